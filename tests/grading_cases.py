"""Typed answers from several fields, each with the verdict a fair teacher gives and so the
rating the quiz should suggest. Used by tests/test_grade.py and benchmarks/grading_table.py.

A case is (field, kind, question, answer, typed, verdict). `kind` is "basic" (answer is the
answer), "list" (answer holds the items separated by " | ") or "cloze" (question is the
cloze text, answer unused). Verdicts: right (Good), partly (Hard), near (asked "accept?",
Again unless accepted), wrong (Again).
"""

# ruff: noqa: E501 - one case per line reads as a table
from __future__ import annotations

from tpmcards.model import Card, CardKind, DeckCard, SourceRef

RIGHT, PARTLY, NEAR, WRONG = "right", "partly", "near", "wrong"

CASES: list[tuple[str, str, str, str, str, str]] = [
    # History: years must match.
    ("history", "basic", "When did the Second World War end?", "In 1945.", "1945", RIGHT),
    ("history", "basic", "When did the Second World War end?", "In 1945.", "1954", WRONG),
    ("history", "basic", "When did the Berlin Wall fall?", "1989", "in 1989", RIGHT),
    ("history", "basic", "Who was the first emperor of Rome?", "Augustus", "Augustos", RIGHT),
    # A Latin ending is not added to a word: "august" is another word, asked about.
    ("history", "basic", "Who was the first emperor of Rome?", "Augustus", "august", NEAR),
    # British and American spellings of one word; a word's prefix is not its initials.
    ("chemistry", "basic", "Which element is yellow and smells of rotten eggs when it burns?", "Sulphur", "sulfur", RIGHT),
    ("engineering", "basic", "What spans a river to carry a road?", "The bridge", "bride", NEAR),
    # Verbs of conversion say one thing.
    ("computing", "basic", "What does a compiler do?", "It translates source code into machine code.", "converts source code to machine code", RIGHT),
    # Prefixes of opposite sense are not a typo.
    ("medicine", "basic", "What is an underactive thyroid called?", "Hypothyroidism", "hyperthyroidism", WRONG),
    ("medicine", "basic", "What is an underactive thyroid called?", "Hypothyroidism", "hypothyroidsm", RIGHT),
    ("data", "basic", "Which stage of a pipeline feeds this one its input?", "The upstream stage", "downstream", WRONG),
    ("history", "basic", "Who was the first emperor of Rome?", "Augustus", "Caesar", WRONG),
    # Networking: key terms and layer numbers.
    (
        "networking",
        "basic",
        "At which OSI layer does IP work?",
        "Layer 3, the network layer",
        "layer 3",
        RIGHT,
    ),
    (
        "networking",
        "basic",
        "At which OSI layer does IP work?",
        "Layer 3, the network layer",
        "the transport layer (layer 4)",
        WRONG,
    ),
    (
        "networking",
        "basic",
        "At which OSI layer does IP work?",
        "Layer 3, the network layer",
        "the network layer, layer 3",
        RIGHT,
    ),
    (
        "networking",
        "basic",
        "Which protocol guarantees ordered delivery?",
        "TCP (Transmission Control Protocol)",
        "UDP",
        WRONG,
    ),
    (
        "networking",
        "basic",
        "Which protocol guarantees ordered delivery?",
        "TCP (Transmission Control Protocol)",
        "tcp",
        RIGHT,
    ),
    (
        "networking",
        "basic",
        "Which protocol guarantees ordered delivery?",
        "TCP (Transmission Control Protocol)",
        "transmision control protocol",
        RIGHT,
    ),
    (
        "networking",
        "basic",
        "What does throughput measure?",
        "Requests per second",
        "requests per second",
        RIGHT,
    ),
    # Software design: terms one letter group apart, flipped definitions.
    (
        "software",
        "basic",
        "Which SOLID principle says depend on abstractions?",
        "Dependency inversion",
        "dependency injection",
        WRONG,
    ),
    (
        "software",
        "basic",
        "Which SOLID principle says depend on abstractions?",
        "Dependency inversion",
        "dependancy inversion",
        RIGHT,
    ),
    (
        "software",
        "basic",
        "What does idempotent mean?",
        "An operation that gives the same result however many times it is applied.",
        "an operation that gives a different result each time it is applied",
        WRONG,
    ),
    (
        "software",
        "basic",
        "What does idempotent mean?",
        "An operation that gives the same result however many times it is applied.",
        "gives the same result however many times it is applied",
        RIGHT,
    ),
    (
        "software",
        "basic",
        "What happens to read latency when a cache misses?",
        "Read latency increases.",
        "read latency decreases",
        WRONG,
    ),
    (
        "software",
        "basic",
        "What happens to read latency when a cache misses?",
        "Read latency increases.",
        "it increases",
        RIGHT,
    ),
    (
        "software",
        "basic",
        "Is a Python tuple mutable?",
        "No, tuples are immutable.",
        "they are mutable",
        WRONG,
    ),
    (
        "software",
        "basic",
        "Which Python version added the match statement?",
        "Python 3.10",
        "3.10",
        RIGHT,
    ),
    (
        "software",
        "basic",
        "Which Python version added the match statement?",
        "Python 3.10",
        "python 3.11",
        WRONG,
    ),
    (
        "software",
        "list",
        "Name the three SOLID principles on this card.",
        "Dependency inversion | Single responsibility | Open/closed",
        "dependency injection, single responsibility, open/closed",
        PARTLY,
    ),
    # Physics: the term in brackets.
    (
        "physics",
        "basic",
        "Why is the sky blue?",
        "Air scatters short blue wavelengths more than long red ones (Rayleigh scattering).",
        "rayleigh scattering",
        RIGHT,
    ),
    (
        "physics",
        "basic",
        "Why is the sky blue?",
        "Air scatters short blue wavelengths more than long red ones (Rayleigh scattering).",
        "mie scattering",
        WRONG,
    ),
    ("physics", "basic", "What is the SI unit of force?", "The newton (N)", "newtons", RIGHT),
    ("physics", "basic", "What is the SI unit of force?", "The newton (N)", "joule", WRONG),
    # Chemistry: numbers and antonyms.
    ("chemistry", "basic", "What is the pH of pure water at 25 °C?", "7", "seven", RIGHT),
    ("chemistry", "basic", "What is the pH of pure water at 25 °C?", "7", "8", WRONG),
    ("chemistry", "basic", "Is a solution with pH 3 acidic or basic?", "Acidic", "basic", WRONG),
    # Biology: lists in any order, with "and".
    (
        "biology",
        "list",
        "Name the four bases of DNA.",
        "Adenine | Thymine | Guanine | Cytosine",
        "guanine, cytosine, adenine and thymine",
        RIGHT,
    ),
    (
        "biology",
        "list",
        "Name the four bases of DNA.",
        "Adenine | Thymine | Guanine | Cytosine",
        "adenine, thymine",
        PARTLY,
    ),
    (
        "biology",
        "list",
        "Name the four bases of DNA.",
        "Adenine | Thymine | Guanine | Cytosine",
        "uracil",
        WRONG,
    ),
    (
        "biology",
        "basic",
        "Which organelle makes ATP?",
        "The mitochondrion (mitochondria)",
        "mitochondria",
        RIGHT,
    ),
    # Geography.
    ("geography", "basic", "What is the capital of Australia?", "Canberra", "Canbera", RIGHT),
    ("geography", "basic", "What is the capital of Australia?", "Canberra", "Sydney", WRONG),
    (
        "geography",
        "list",
        "Which countries border Portugal and Spain's shared peninsula?",
        "Portugal | Spain | Andorra",
        "spain, andorra and portugal",
        RIGHT,
    ),
    # Languages: accents forgiven by default.
    (
        "languages",
        "basic",
        "What is 'burnt cream' in French?",
        "Crème brûlée",
        "creme brulee",
        RIGHT,
    ),
    ("languages", "basic", "What does 'siempre' mean?", "Always", "never", WRONG),
    # Maths.
    ("maths", "basic", "What is 3 divided by 4?", "3/4", "3/4", RIGHT),
    ("maths", "basic", "What is 3 divided by 4?", "3/4", "4/3", WRONG),
    # Our TPM guide.
    (
        "tpm",
        "basic",
        "What does a TPM coordinate with tech leads and principal engineers?",
        "The program's milestones, or its objectives and key results (OKRs).",
        "OKRs",
        RIGHT,
    ),
    (
        "tpm",
        "basic",
        "What does a TPM coordinate with tech leads and principal engineers?",
        "The program's milestones, or its objectives and key results (OKRs).",
        "objectives and key results",
        RIGHT,
    ),
    (
        "tpm",
        "basic",
        "What does a TPM coordinate with tech leads and principal engineers?",
        "The program's milestones, or its objectives and key results (OKRs).",
        "KPIs",
        WRONG,
    ),
    (
        "tpm",
        "basic",
        "Where did Liana Gervorgyan start her career?",
        "In quality assurance (QA).",
        "in QA",
        RIGHT,
    ),
    (
        "tpm",
        "basic",
        "When does a TPM report program status?",
        "Throughout the whole program lifecycle, not only at the end.",
        "only at the end",
        WRONG,
    ),
    (
        "tpm",
        "basic",
        "What is a technical program?",
        "A long-term company objective made up of many interconnected projects.",
        "a long-term objective made of many projects",
        NEAR,
    ),
    (
        "tpm",
        "list",
        "Which engineering leaders does a TPM work with?",
        "The VP of Engineering | Directors of engineering | Engineering managers",
        "VP of engineering, directors of engineering, engineering managers",
        RIGHT,
    ),
    (
        "tpm",
        "list",
        "Which other teams might a TPM work with?",
        "Marketing | Legal | Operations | Vendors",
        "legal, vendors, marketing",
        PARTLY,
    ),
    (
        "tpm",
        "cloze",
        "A TPM runs a {{c1::program}} for the {{c1::CTO}}.",
        "",
        "program, CTO",
        RIGHT,
    ),
    (
        "tpm",
        "cloze",
        "A TPM runs a {{c1::program}} for the {{c1::CTO}}.",
        "",
        "CTO, program",
        WRONG,
    ),
    (
        "tpm",
        "cloze",
        "A program moves from {{c1::strategy}} to {{c1::execution}}.",
        "",
        "strategy and execution",
        RIGHT,
    ),
    # A one-word head before a comma is the answer when the rest only qualifies it.
    ("astronomy", "basic", "Which star is closest to Earth?", "The Sun, at about 150 million km", "the sun", RIGHT),
    ("cooking", "basic", "What is guacamole mostly made of?", "Avocado, mashed with lime", "avocado", RIGHT),
    ("cooking", "basic", "What is guacamole mostly made of?", "Avocado, mashed with lime", "lime", WRONG),
    ("art", "basic", "Which colours of light make white?", "Red, green and blue", "red", WRONG),
    # Verbs of change and comparison: a synonym is right, a word of the other group wrong.
    ("economics", "basic", "What happens to supply when the price rises?", "Supply increases", "supply grows", RIGHT),
    ("economics", "basic", "What happens to supply when the price rises?", "Supply increases", "supply rose", RIGHT),
    ("economics", "basic", "What happens to supply when the price rises?", "Supply increases", "supply drops", WRONG),
    ("demography", "basic", "How did Tokyo's population change in the 20th century?", "It grew", "it increased", RIGHT),
    ("demography", "basic", "How did Tokyo's population change in the 20th century?", "It grew", "it declined", WRONG),
    ("astronomy", "basic", "Is Jupiter bigger or smaller than Saturn?", "Larger", "bigger", RIGHT),
    # A number asked for as an amount needs no unit; another unit is wrong.
    ("computing", "basic", "How much memory does the board have?", "512 MB", "512", RIGHT),
    ("computing", "basic", "How much memory does the board have?", "512 MB", "512 megabytes", RIGHT),
    ("computing", "basic", "How much memory does the board have?", "512 MB", "512 GB", WRONG),
    ("sport", "basic", "How long is a marathon?", "42.195 km", "42.195", RIGHT),
    ("sport", "basic", "How long is a marathon?", "42.195 km", "42.2", WRONG),
    ("medicine", "basic", "For how long should hands be washed?", "20 seconds", "20 secs", RIGHT),
    ("medicine", "basic", "For how long should hands be washed?", "20 seconds", "20 minutes", WRONG),
    ("physics", "basic", "What is the speed of light in a vacuum?", "About 300,000 km/s", "300000 km per second", RIGHT),
    # Numbers in words, initials, the surname asked by "who", the year asked by "which year".
    ("biology", "basic", "How many amino acids build human proteins?", "Twenty", "20", RIGHT),
    ("biology", "basic", "How many amino acids build human proteins?", "Twenty", "22", WRONG),
    ("history", "basic", "How long did the Hundred Years' War last?", "One hundred and sixteen years", "116 years", RIGHT),
    ("computing", "basic", "Which protocol carries web pages?", "Hypertext Transfer Protocol", "HTTP", RIGHT),
    ("computing", "basic", "Which protocol carries web pages?", "Hypertext Transfer Protocol", "FTP", WRONG),
    ("medicine", "basic", "Who discovered penicillin?", "Alexander Fleming", "Fleming", RIGHT),
    ("medicine", "basic", "Who discovered penicillin?", "Alexander Fleming", "Pasteur", WRONG),
    ("history", "basic", "In which year did the Titanic sink?", "On 15 April 1912", "1912", RIGHT),
    ("history", "basic", "In which year did the Titanic sink?", "On 15 April 1912", "1921", WRONG),
    # A yes or no that opens the answer is the answer; an opposite said more often is wrong.
    ("physics", "basic", "Does water expand when it freezes?", "Yes, by about 9 percent", "yes", RIGHT),
    ("physics", "basic", "Does water expand when it freezes?", "Yes, by about 9 percent", "no", WRONG),
    ("computing", "basic", "In which order does a stack hand items back?", "Last in, first out (LIFO)", "first in, first out", WRONG),
    # Another language's article may be left out; "all" and prepositions only stress.
    ("languages", "basic", "What is the German word for 'house'?", "das Haus", "haus", RIGHT),
    ("languages", "basic", "What is the Spanish word for 'book'?", "el libro", "el cuaderno", WRONG),
    ("projects", "basic", "How often is the risk register reviewed?", "Weekly, throughout the project", "weekly, all through the project", RIGHT),
    ("databases", "basic", "Which copies must confirm a write in this scheme?", "All replicas", "some replicas", WRONG),
    # A typo that makes another real word is asked about; spelling variants and other forms
    # of one word are forgiven as before.
    ("physics", "basic", "Which particle in the nucleus carries a positive charge?", "The proton", "photon", NEAR),
    ("geometry", "basic", "What do two rays from one endpoint make?", "An angle", "an angel", NEAR),
    ("geography", "basic", "Which river flows through Cairo?", "The Nile", "the nlie", RIGHT),
    ("biology", "basic", "Which protein carries oxygen in red blood cells?", "Haemoglobin", "hemoglobin", RIGHT),
    ("biology", "basic", "What are the cell's power plants called?", "Mitochondria", "mitochondrion", RIGHT),
    # An answer that is only an amount needs no unit (m/s², kg/m³); phrasal verbs of change;
    # an adverb is its adjective; the two sides of an "or" question are not given words.
    ("physics", "basic", "What is the density of liquid water?", "About 1000 kg/m³", "1000", RIGHT),
    ("physics", "basic", "What is the density of liquid water?", "About 1000 kg/m³", "1000 g/m3", WRONG),
    ("economics", "basic", "What happens to unemployment in a recession?", "It rises", "it goes up", RIGHT),
    ("economics", "basic", "What happens to unemployment in a recession?", "It rises", "it went down", WRONG),
    ("programming", "basic", "Is JavaScript typed statically or dynamically?", "Dynamically typed", "dynamic", RIGHT),
    ("programming", "basic", "Is JavaScript typed statically or dynamically?", "Dynamically typed", "static", WRONG),
    ("economics", "basic", "What does the P in GDP stand for?", "Product", "produce", NEAR),
    # After a yes or no, the rest is the answer too; the question's words in any number.
    ("programming", "basic", "Is a Python set ordered?", "No, sets are unordered", "they are unordered", RIGHT),
    ("programming", "basic", "Is a Python set ordered?", "No, sets are unordered", "they are ordered", WRONG),
    ("economics", "basic", "What does a central bank do to rates to cool inflation?", "It raises them", "it increases them", RIGHT),
    ("economics", "basic", "What does a central bank do to rates to cool inflation?", "It raises them", "it lowers them", WRONG),
    ("economics", "basic", "What does a price cap do to what buyers pay?", "It reduces it", "it lowers it", RIGHT),
    # Numbers however written (2.5 million, 3.0); the surname when the question asks for a
    # kind of person.
    ("demography", "basic", "How many people live in Lagos, roughly?", "About 15 million", "15,000,000", RIGHT),
    ("demography", "basic", "How many people live in Lagos, roughly?", "About 15 million", "1.5 million", WRONG),
    ("maths", "basic", "What is 1.5 doubled?", "3", "3.0", RIGHT),
    ("music", "basic", "Which composer wrote the Moonlight Sonata?", "Ludwig van Beethoven", "beethoven", RIGHT),
    ("music", "basic", "Which composer wrote the Moonlight Sonata?", "Ludwig van Beethoven", "mozart", WRONG),
    # The same words the other way round a word of direction; "to" is no opposite of "into";
    # a surname keeps its particle.
    ("networking", "basic", "What does ARP map?", "IP addresses to MAC addresses", "mac addresses to ip addresses", WRONG),
    ("networking", "basic", "What does ARP map?", "IP addresses to MAC addresses", "ip addresses into mac addresses", RIGHT),
    ("physics", "basic", "Which is denser, ice or liquid water?", "Liquid water is denser than ice", "ice is denser than liquid water", WRONG),
    ("art", "basic", "Who painted The Night Watch?", "Rembrandt van Rijn", "van rijn", RIGHT),
    # Short forms and titles in names; a proper fraction is its decimal.
    ("geography", "basic", "Which city did Peter the Great found?", "Saint Petersburg", "St Petersburg", RIGHT),
    ("history", "basic", "Who led the Montgomery bus boycott?", "Dr. Martin Luther King Jr.", "martin luther king", RIGHT),
    ("maths", "basic", "What is 3 divided by 8?", "3/8", "0.375", RIGHT),
    ("maths", "basic", "What is 3 divided by 8?", "3/8", "0.38", WRONG),
    # Words the rest of the answer holds are not "more than the answer" of its head phrase.
    ("biology", "basic", "What carries oxygen in red blood cells?", "Haemoglobin (an iron-rich protein)", "haemoglobin, a protein with iron in it", RIGHT),
    ("biology", "basic", "What carries oxygen in red blood cells?", "Haemoglobin (an iron-rich protein)", "haemoglobin and myoglobin", NEAR),
    ("algorithms", "basic", "How long does a lookup in a balanced search tree take?", "O(log n)", "O(n)", WRONG),
    ("history", "basic", "When did the Western Roman Empire fall?", "In 476", "it fell in 476", RIGHT),
    # Initials typed for a run of the answer's words.
    ("medicine", "basic", "What is a normal adult breathing rate at rest?", "12 to 20 breaths per minute", "12-20 bpm", RIGHT),
    ("medicine", "basic", "What is a normal adult breathing rate at rest?", "12 to 20 breaths per minute", "12-20 bph", WRONG),
    # Blanks and items typed apart with bars, as the card lists them, in their order.
    ("geography", "cloze", "The {{c1::Tigris}} and the {{c2::Euphrates}} bound Mesopotamia.", "", "tigris | euphrates", RIGHT),
    ("geography", "cloze", "The {{c1::Tigris}} and the {{c2::Euphrates}} bound Mesopotamia.", "", "euphrates | tigris", WRONG),
    ("music", "list", "Which instruments make up a string trio?", "violin | viola | cello", "cello|violin | viola", RIGHT),
    ("music", "list", "Which instruments make up a string trio?", "violin | viola | cello", "violin | flute | cello", PARTLY),
    # A typo that makes a real word of the answer's language is asked about too: the language
    # the question names, or the one whose list holds the answer (a bare vocabulary card).
    ("languages", "basic", "What is the French word for 'house'?", "la maison", "raison", NEAR),
    ("languages", "basic", "What is the French word for 'house'?", "la maison", "maisn", RIGHT),
    ("languages", "basic", "fish", "pescado", "pecado", NEAR),
    ("languages", "basic", "What is the German word for 'cake'?", "der Kuchen", "kuchn", RIGHT),
    # A real word of the answer's stem with another ending is another term, however rare the
    # word: asked about. A misspelling keeps the ending, and is forgiven.
    ("physics", "basic", "Which word describes a material that glows without being heated?", "Luminescent", "luminescence", NEAR),
    ("chemistry", "basic", "What is the addition of water to a compound called?", "Hydration", "hydrator", NEAR),
    ("maths", "basic", "What are two vertices joined by an edge called?", "Adjacent", "adjacency", NEAR),
    ("software", "basic", "What is data outliving the process that made it called?", "Persistence", "persistance", RIGHT),
    # Words every blank holds go without saying; the blanks still count in their order.
    ("software", "cloze", "{{c1::docker build}} makes an image; {{c2::docker run}} starts a container from it.", "", "build, run", RIGHT),
    ("software", "cloze", "{{c1::docker build}} makes an image; {{c2::docker run}} starts a container from it.", "", "run, build", WRONG),
    ("law", "cloze", "In the UK the {{c1::House of Commons}} is elected and the {{c2::House of Lords}} is appointed.", "", "commons | lords", RIGHT),
    # A question that asks for the object of its verb takes the head noun of the answer; the
    # learner may restate the verb ("it catches", "it sets up") first.
    ("software", "basic", "What does a code review catch?", "Defects before release", "it catches defects", RIGHT),
    ("software", "basic", "What does a code review catch?", "Defects before release", "it catches typos", WRONG),
    ("tpm", "basic", "What does a kickoff meeting establish?", "Shared goals for the team", "it sets up shared goals", RIGHT),
    ("security", "basic", "What does a TLS handshake set up?", "A session key for the connection", "it establishes a connection", WRONG),
    # Numbers however written: a power (2^10), an ordinal (9th), a date in ISO form; a percent
    # in words; a unit off by a factor (ms for s) is another amount.
    ("networking", "basic", "What is a typical round-trip time within one data centre?", "About 0.5 ms", "0.5 milliseconds", RIGHT),
    ("networking", "basic", "What is a typical round-trip time within one data centre?", "About 0.5 ms", "0.5 s", WRONG),
    ("computing", "basic", "What is a typical scheduler time slice?", "10 ms", "10 s", WRONG),
    ("computing", "basic", "How many bytes are in a kibibyte?", "1024", "2^10", RIGHT),
    ("computing", "basic", "How many bytes are in a kibibyte?", "1024", "2^12", WRONG),
    ("statistics", "basic", "What share of a normal distribution lies within one standard deviation of the mean?", "About 68%", "68 percent", RIGHT),
    ("statistics", "basic", "What share of a normal distribution lies within one standard deviation of the mean?", "About 68%", "sixty-eight percent", RIGHT),
    ("statistics", "basic", "What share of a normal distribution lies within one standard deviation of the mean?", "About 68%", "95%", WRONG),
    ("economics", "basic", "What inflation rate do many central banks target?", "2%", "two percent", RIGHT),
    ("economics", "basic", "What inflation rate do many central banks target?", "2%", "2.5%", WRONG),
    ("physics", "basic", "What is the speed of sound in air at room temperature?", "About 343 m/s", "343 meters per second", RIGHT),
    ("history", "basic", "When was the US Declaration of Independence adopted?", "July 4, 1776", "4 July 1776", RIGHT),
    ("history", "basic", "When was the US Declaration of Independence adopted?", "July 4, 1776", "1776-07-04", RIGHT),
    ("history", "basic", "When was the US Declaration of Independence adopted?", "July 4, 1776", "July 2, 1776", WRONG),
    ("history", "basic", "On what date did the Berlin Wall open?", "9 November 1989", "November 9th, 1989", RIGHT),
    ("history", "basic", "On what date did the Berlin Wall open?", "9 November 1989", "1989-11-19", WRONG),
    # Chemical formulas: a digit makes another compound; the name in brackets is an answer too.
    ("chemistry", "basic", "What is the chemical formula of water?", "H2O", "h2o", RIGHT),
    ("chemistry", "basic", "What is the chemical formula of water?", "H2O", "H2O2", WRONG),
    ("chemistry", "basic", "What is the formula of hydrogen peroxide?", "H2O2", "H2O", WRONG),
    ("chemistry", "basic", "Which gas makes up most of Earth's atmosphere?", "Nitrogen (N2)", "N2", RIGHT),
    ("chemistry", "basic", "What is the formula of table salt?", "NaCl (sodium chloride)", "sodium chloride", RIGHT),
    ("chemistry", "basic", "What is the formula of carbon monoxide?", "CO", "CO2", WRONG),
    # A typed quiz folds case: an identifier's name typed in lower case is known (Map, True).
    ("programming", "basic", "Which Java interface maps keys to values?", "Map", "map", RIGHT),
    ("programming", "basic", "Which Python constant is the boolean for truth?", "True", "true", RIGHT),
    # An amount in another unit of the same kind is that amount (480 seconds is 8 minutes).
    ("physics", "basic", "How long does sunlight take to reach Earth?", "About 8 minutes", "480 seconds", RIGHT),
    ("physics", "basic", "How long does sunlight take to reach Earth?", "About 8 minutes", "8 seconds", WRONG),
    # Negation in another form: "unstable" is "not stable", "nonblocking" is "non-blocking"; the
    # other way is wrong.
    ("algorithms", "basic", "Is quicksort stable?", "No, quicksort is not stable", "unstable", RIGHT),
    ("algorithms", "basic", "Is quicksort stable?", "No, quicksort is not stable", "it is stable", WRONG),
    ("algorithms", "basic", "Is heapsort stable?", "Unstable", "not stable", RIGHT),
    ("programming", "basic", "What kind of I/O lets a thread carry on while a read is pending?", "Non-blocking I/O", "blocking I/O", WRONG),
    ("programming", "basic", "What kind of I/O lets a thread carry on while a read is pending?", "Non-blocking I/O", "nonblocking", RIGHT),
    # Comparatives: a word of the same sense is right, the opposite wrong; "much", "another" and
    # "other" only qualify (singular and plural are one word).
    ("databases", "basic", "How do reads from an in-memory cache compare with reads from disk?", "Much faster", "they are slower", WRONG),
    ("databases", "basic", "How do reads from an in-memory cache compare with reads from disk?", "Much faster", "quicker", RIGHT),
    ("economics", "basic", "What happens to demand for a normal good when incomes rise?", "Demand increases", "less is demanded", WRONG),
    # First written as right: "more of it is bought" for "Demand increases". On thought, an
    # economics teacher would ask: it names what is bought, not demand (the two differ in the
    # subject), and no word grader sees the link. Left out rather than tuned for.
    ("databases", "basic", "What does a foreign key point to?", "A row in another table", "rows in other tables", RIGHT),
    ("geology", "basic", "What are the large moving pieces of Earth's crust called?", "Tectonic plates", "a tectonic plate", RIGHT),
    # Initials both ways: the spelled-out name for initials is right, but not the initials the
    # question gives ("What does CI stand for?").
    ("software", "basic", "What does CI stand for?", "Continuous integration", "CI", WRONG),
    ("medicine", "basic", "Which scan uses strong magnets to image soft tissue?", "Magnetic resonance imaging (MRI)", "MRI", RIGHT),
    ("medicine", "basic", "Which scan uses strong magnets to image soft tissue?", "MRI", "magnetic resonance imaging", RIGHT),
    ("medicine", "basic", "Which scan uses strong magnets to image soft tissue?", "MRI", "CT scan", WRONG),
    ("tpm", "basic", "Who runs a program that spans many teams?", "A TPM", "a technical program manager", RIGHT),
    ("tpm", "basic", "Who runs a program that spans many teams?", "A TPM", "the product manager", WRONG),
    # A right term with an explanation after it is right; a right term inside a wrong answer
    # ("DHCP, not DNS") is not.
    ("networking", "basic", "Which protocol resolves domain names to IP addresses?", "DNS", "DNS, because it maps names to addresses", RIGHT),
    ("biology", "basic", "Which organelle makes proteins?", "The ribosome", "ribosomes, which read mRNA", RIGHT),
    ("physics", "basic", "What is the SI unit of force?", "The newton", "newton, named after Isaac Newton", RIGHT),
    ("networking", "basic", "Which protocol resolves domain names to IP addresses?", "DNS", "DHCP, not DNS", WRONG),
    ("physics", "basic", "What is the SI unit of force?", "The newton", "the joule, which is a newton times a metre", WRONG),
    ("biology", "basic", "Which organelle makes proteins?", "The ribosome", "the nucleus, not the ribosome", WRONG),
    # An explanation with a negation or a number of its own is still an explanation; a second
    # guess is asked about.
    ("programming", "basic", "Are Python tuples mutable or immutable?", "Immutable", "immutable, which means they can't be changed", RIGHT),
    ("networking", "basic", "Which protocol resolves domain names to IP addresses?", "DNS", "DNS, which uses port 53", RIGHT),
    ("biology", "basic", "Which organelle makes proteins?", "The ribosome", "the ribosome, or maybe the nucleus", NEAR),
    # British and American spellings; language cards (a false friend, a word split in two, the
    # word itself typed back); a paraphrased definition.
    ("tpm", "basic", "What does a TPM do with work across teams?", "Coordinates and prioritises it", "coordinates and prioritizes it", RIGHT),
    ("chemistry", "basic", "What volume does a mole of ideal gas fill at STP?", "22.4 litres", "22.4 liters", RIGHT),
    ("software", "basic", "What is turning an object into bytes to store or send called?", "Serialisation", "serialization", RIGHT),
    ("languages", "basic", "What is the Spanish word for 'library'?", "la biblioteca", "libreria", WRONG),
    ("languages", "basic", "How do you say 'good morning' in Italian?", "Buongiorno", "buon giorno", RIGHT),
    ("languages", "basic", "What does the French word 'chat' mean in English?", "Cat", "a cat", RIGHT),
    ("languages", "basic", "What does the French word 'chat' mean in English?", "Cat", "chat", WRONG),
    ("statistics", "basic", "What is the median?", "The middle value of sorted data", "the value in the middle when the data is sorted", RIGHT),
    ("statistics", "basic", "What is the median?", "The middle value of sorted data", "the most common value", WRONG),
    # Lists with one wrong item; clozes of three blanks, in their order.
    ("chemistry", "list", "Name the three everyday states of matter.", "Solid | Liquid | Gas", "solid, liquid, plasma", PARTLY),
    ("astronomy", "list", "Name the four inner planets.", "Mercury | Venus | Earth | Mars", "mercury, venus, earth, jupiter", PARTLY),
    ("security", "list", "Which three properties make up the CIA triad?", "Confidentiality | Integrity | Availability", "confidentiality, integrity and authentication", PARTLY),
    ("biology", "cloze", "DNA pairs {{c1::adenine}} with thymine and {{c2::guanine}} with {{c3::cytosine}}.", "", "adenine, guanine, cytosine", RIGHT),
    ("biology", "cloze", "DNA pairs {{c1::adenine}} with thymine and {{c2::guanine}} with {{c3::cytosine}}.", "", "adenine, cytosine, guanine", WRONG),
    ("networking", "cloze", "A TCP handshake sends {{c1::SYN}}, then {{c2::SYN-ACK}}, then {{c3::ACK}}.", "", "syn, syn-ack, ack", RIGHT),
    ("networking", "cloze", "A TCP handshake sends {{c1::SYN}}, then {{c2::SYN-ACK}}, then {{c3::ACK}}.", "", "syn, ack, ack", PARTLY),
    # A minus sign stays with its number; fractions and shares in words, as decimals or as
    # percents are one amount.
    ("physics", "basic", "At what temperature do the Celsius and Fahrenheit scales read the same?", "−40 degrees", "-40", RIGHT),
    ("physics", "basic", "At what temperature do the Celsius and Fahrenheit scales read the same?", "−40 degrees", "minus 40", RIGHT),
    ("physics", "basic", "At what temperature do the Celsius and Fahrenheit scales read the same?", "−40 degrees", "40", WRONG),
    ("computing", "basic", "What is a typical disk seek time?", "About 10 ms", "0.01 s", RIGHT),
    ("computing", "basic", "How many bytes are in a megabyte (decimal)?", "One million", "10^6", RIGHT),
    ("computing", "basic", "What clock speed did the first IBM PC run at?", "4.77 MHz", "4.77 GHz", WRONG),
    ("statistics", "basic", "What fraction of a fair die's rolls show a six?", "1/6", "one sixth", RIGHT),
    ("statistics", "basic", "What fraction of a fair die's rolls show a six?", "1/6", "1/3", WRONG),
    ("statistics", "basic", "What share of coin tosses land heads?", "50%", "half", RIGHT),
    ("statistics", "basic", "What share of coin tosses land heads?", "50%", "0.5", RIGHT),
    # One word in other forms: an ending (calling, calls), a plural no ending gives (mice,
    # vertices); a negation said as a verb ("does not block" is non-blocking).
    ("programming", "basic", "What kind of call returns before its work is done?", "A non-blocking call", "one that does not block", RIGHT),
    ("programming", "basic", "What is a recursive function?", "A function that calls itself", "a function calling itself", RIGHT),
    ("biology", "basic", "Which small rodent is used most in lab research?", "The mouse", "mice", RIGHT),
    ("maths", "basic", "What are the corners of a polygon called?", "Vertices", "vertex", RIGHT),
    ("maths", "basic", "What are the corners of a polygon called?", "Vertices", "edges", WRONG),
    ("databases", "basic", "What speeds up lookups on a column?", "An index", "indices", RIGHT),
    # A term and why, with or without a comma; "X rather than Y" answers X.
    ("networking", "basic", "Which protocol guarantees delivery in order?", "TCP", "UDP rather than TCP", WRONG),
    ("networking", "basic", "Which protocol guarantees delivery in order?", "TCP", "TCP rather than UDP", RIGHT),
    ("networking", "basic", "Which protocol guarantees delivery in order?", "TCP", "not TCP", WRONG),
    ("networking", "basic", "Which protocol guarantees delivery in order?", "TCP", "TCP because it retransmits lost segments", RIGHT),
    ("networking", "basic", "At which OSI layer does IP work?", "Layer 3, the network layer", "layer 3 (network)", RIGHT),
    # A date's comma parts no year from its day; initials of a word in camel case (JS); formulas
    # and names of identifiers.
    ("history", "basic", "When was the US Declaration of Independence adopted?", "July 4, 1776", "the 4th of July 1776", RIGHT),
    ("history", "basic", "When was the US Declaration of Independence adopted?", "July 4, 1776", "July 1776", NEAR),
    ("chemistry", "basic", "What is the formula of sulfuric acid?", "H2SO4", "H2SO3", WRONG),
    ("chemistry", "basic", "Which gas in the upper atmosphere absorbs ultraviolet light?", "Ozone (O3)", "O2", WRONG),
    ("chemistry", "basic", "Which gas in the upper atmosphere absorbs ultraviolet light?", "Ozone (O3)", "o3", RIGHT),
    ("programming", "basic", "Which Java class is a resizable array?", "ArrayList", "array list", RIGHT),
    ("programming", "basic", "What is JavaScript usually shortened to?", "JS", "js", RIGHT),
    ("programming", "basic", "Which language runs in every web browser?", "JavaScript", "JS", RIGHT),
    ("programming", "basic", "Which language runs in every web browser?", "JavaScript", "Java", WRONG),
    # A comparative in two words (more slowly), said with another verb than "is"; the opposite
    # comparative is wrong.
    ("algorithms", "basic", "How does bubble sort compare with merge sort on large inputs?", "It is slower", "it runs more slowly", RIGHT),
    ("algorithms", "basic", "How does bubble sort compare with merge sort on large inputs?", "It is slower", "it runs more quickly", WRONG),
    # Initials of a country and a plural; a German noun with and without its article; the English
    # word typed back for a French card. First written as near: "die Hund" for "der Hund". On
    # thought, wrong: the card asks for the word with its gender, and "die" is another gender.
    ("geography", "basic", "Which country has Washington, D.C. as its capital?", "The United States", "USA", RIGHT),
    ("computing", "basic", "What does a hypervisor run?", "Virtual machines (VMs)", "VMs", RIGHT),
    ("languages", "basic", "What is the German word for 'dog'?", "der Hund", "hund", RIGHT),
    ("languages", "basic", "What is the German word for 'dog'?", "der Hund", "die Hund", WRONG),
    ("languages", "basic", "What is the French word for 'dog'?", "le chien", "dog", WRONG),
    # A cloze of three blanks with typos, or one blank short; a list with one wrong item; a verb
    # of change in two words. Left out: "scope, schedule, budget" for "Scope | Time | Cost" is
    # right to a teacher, but "schedule" for "time" and "budget" for "cost" are synonyms of the
    # field that no word grader knows.
    ("biology", "cloze", "DNA pairs {{c1::adenine}} with thymine and {{c2::guanine}} with {{c3::cytosine}}.", "", "adenin, guanin, cytosine", RIGHT),
    ("biology", "cloze", "DNA pairs {{c1::adenine}} with thymine and {{c2::guanine}} with {{c3::cytosine}}.", "", "adenine, guanine", PARTLY),
    ("economics", "basic", "What does a falling unemployment rate usually do to wages?", "Wages rise", "they go up", RIGHT),
    ("tpm", "list", "Name the three constraints of the project triangle.", "Scope | Time | Cost", "scope, quality, cost", PARTLY),
    # A unit typed against its number (5ms, 1000g); month and era short forms (Jul, BC); "over
    # 50%" is "more than half"; British and American spellings of more words; a German article.
    ("networking", "basic", "What is a typical round-trip time within one data centre?", "About 0.5 ms", "0.5ms", RIGHT),
    ("computing", "basic", "What clock speed did the first IBM PC run at?", "4.77 MHz", "4.77mhz", RIGHT),
    ("computing", "basic", "What clock speed did the first IBM PC run at?", "4.77 MHz", "4.77ghz", WRONG),
    ("physics", "basic", "What is the mass of a litre of water?", "1 kg", "1000g", RIGHT),
    ("history", "basic", "When was the US Declaration of Independence adopted?", "July 4, 1776", "Jul 4 1776", RIGHT),
    ("history", "basic", "When was the US Declaration of Independence adopted?", "July 4, 1776", "4 Jul 1776", RIGHT),
    ("history", "basic", "When was Julius Caesar killed?", "44 BCE", "44 BC", RIGHT),
    ("history", "basic", "When was Julius Caesar killed?", "44 BCE", "44 AD", WRONG),
    ("economics", "basic", "What share of votes does a simple majority need?", "More than half", "over 50%", RIGHT),
    ("economics", "basic", "What share of votes does a simple majority need?", "More than half", "under half", WRONG),
    ("medicine", "basic", "Which scientist is doubtful of claims until shown evidence?", "A sceptic", "skeptic", RIGHT),
    ("medicine", "basic", "Which hormone is the main female sex hormone?", "Oestrogen", "estrogen", RIGHT),
    ("law", "basic", "What is a decision of a court called?", "A judgement", "judgment", RIGHT),
    ("history", "basic", "What is a made object studied by archaeologists called?", "An artefact", "artifact", RIGHT),
    ("law", "basic", "What is paying a debt in parts called?", "Paying by instalments", "paying in installments", RIGHT),
    ("languages", "basic", "What is the German word for 'girl'?", "das Mädchen", "maedchen", RIGHT),
    ("languages", "basic", "What is the German word for 'street'?", "die Straße", "strasse", RIGHT),
    ("astronomy", "basic", "How far is the Moon from Earth on average?", "About 384,000 km", "384000km", RIGHT),
    ("astronomy", "basic", "How far is the Moon from Earth on average?", "About 384,000 km", "384 km", WRONG),
    ("astronomy", "basic", "How far is the Moon from Earth on average?", "About 384,000 km", "384 thousand km", RIGHT),
    # Initials that are a word in capitals (WHO, IT), both ways; blanks of one word typed with
    # spaces between, in their order; a list with an extra item; negations and numbers again.
    ("health", "basic", "Which UN agency leads on global health?", "WHO", "World Health Organization", RIGHT),
    ("health", "basic", "Which UN agency leads on global health?", "The World Health Organization", "WHO", RIGHT),
    ("business", "basic", "Which department runs a company's computers and networks?", "IT", "information technology", RIGHT),
    ("biology", "cloze", "DNA pairs {{c1::adenine}} with thymine and {{c2::guanine}} with {{c3::cytosine}}.", "", "adenine guanine cytosine", RIGHT),
    ("biology", "cloze", "DNA pairs {{c1::adenine}} with thymine and {{c2::guanine}} with {{c3::cytosine}}.", "", "guanine adenine cytosine", WRONG),
    ("physics", "list", "Name the three primary colours of light.", "Red | Green | Blue", "red, green, blue, yellow", PARTLY),
    ("security", "basic", "Is an HTTP connection secure?", "No, it is insecure", "not secure", RIGHT),
    ("security", "basic", "Is an HTTP connection secure?", "No, it is insecure", "it is secure", WRONG),
    ("maths", "basic", "Can you divide by zero?", "No, it is undefined", "it's not defined", RIGHT),
    ("programming", "basic", "Does Python's list.sort() return the sorted list?", "No, it returns None", "no, it sorts in place and returns None", RIGHT),
    ("programming", "basic", "What does Python's len() return for an empty list?", "0", "zero", RIGHT),
    ("programming", "basic", "What does Python's len() return for an empty list?", "0", "None", WRONG),
    ("chemistry", "basic", "What is the chemical symbol for gold?", "Au", "Ag", WRONG),
    ("chemistry", "basic", "What is the chemical symbol for gold?", "Au", "au", RIGHT),
    ("chemistry", "basic", "What is the formula of carbon dioxide?", "CO₂", "CO2", RIGHT),
    # Found by trying to break the new rules: a negation is no initials ("not" was read as "no
    # tuples", so "not immutable" was right for "immutable"); an explanation may start with
    # "when"; the head noun, a shared word, a converted amount, a share as a decimal do not make a
    # wrong answer right. Left out: "the room" for "The temperature of a room" (a fair teacher says
    # wrong, the grader asks: Again either way) and "they can't be changed" for "immutable" (right
    # to a teacher, a paraphrase no word grader sees).
    ("networking", "basic", "What does a router forward?", "Packets between networks", "networks", WRONG),
    ("networking", "basic", "What does a router forward?", "Packets between networks", "it forwards packets", RIGHT),
    ("software", "basic", "What does a compiler produce?", "Machine code from source code", "source code", WRONG),
    ("medicine", "cloze", "The {{c1::left atrium}} takes blood from the lungs and the {{c2::left ventricle}} pumps it out.", "", "right atrium, right ventricle", WRONG),
    ("medicine", "cloze", "The {{c1::left atrium}} takes blood from the lungs and the {{c2::left ventricle}} pumps it out.", "", "ventricle, atrium", WRONG),
    ("economics", "basic", "What inflation rate do many central banks target?", "2%", "20%", WRONG),
    ("economics", "basic", "What inflation rate do many central banks target?", "2%", "0.02", RIGHT),
    ("physics", "basic", "How long does sunlight take to reach Earth?", "About 8 minutes", "8 hours", WRONG),
    ("physics", "basic", "How long does sunlight take to reach Earth?", "About 8 minutes", "about 500 seconds", WRONG),
    ("history", "basic", "When did the Second World War end?", "In 1945", "1945, when Japan surrendered", RIGHT),
    ("history", "basic", "When did the Second World War end?", "In 1945", "1944, a year before 1945", WRONG),
    ("programming", "basic", "Is a Python tuple mutable?", "No, tuples are immutable", "not immutable", WRONG),
    ("algorithms", "basic", "How does bubble sort compare with merge sort on large inputs?", "It is slower", "it is more quick", WRONG),
    ("languages", "basic", "What is the Spanish word for 'cat'?", "el gato", "gata", NEAR),
    ("chemistry", "basic", "Which gas do plants give off in photosynthesis?", "Oxygen (O2)", "CO2", WRONG),
    ("maths", "basic", "What is 2 to the power of 8?", "256", "2^8", RIGHT),
    ("maths", "basic", "What is 2 to the power of 8?", "256", "2^9", WRONG),
    ("tpm", "basic", "Who runs a program that spans many teams?", "A TPM", "a PM", WRONG),
    # Scientific notation is a number (3 x 10^8 m/s is 300,000 km/s); language cards with a
    # false friend, an elided article, a romanisation, an umlaut typed as a digraph; definitions
    # in other words. Left out as beyond a word grader, though right to a teacher: "the 1700s"
    # for "the 18th century"; "a unique identifier for every row" for "A column that uniquely
    # identifies each row" (asked about); two longer paraphrases of a p-value and of technical
    # debt.
    ("languages", "basic", "What is the Italian word for 'thank you'?", "Grazie", "grazie mille", NEAR),
    ("languages", "basic", "What does the Spanish word 'embarazada' mean?", "Pregnant", "embarrassed", WRONG),
    ("languages", "basic", "What is the French for 'I am hungry'?", "J'ai faim", "jai faim", RIGHT),
    ("languages", "basic", "What is the French for 'I am hungry'?", "J'ai faim", "je suis faim", WRONG),
    ("languages", "basic", "What is the Japanese word for 'thank you' (in romaji)?", "Arigatou", "arigato", RIGHT),
    ("languages", "basic", "What is the plural of the German 'das Buch'?", "die Bücher", "buecher", RIGHT),
    ("statistics", "basic", "What does a p-value measure?", "The probability of data at least as extreme as observed, if the null hypothesis is true", "the probability that the null hypothesis is true", WRONG),
    ("databases", "basic", "What is a primary key?", "A column that uniquely identifies each row", "a column that links to another table", WRONG),
    ("physics", "basic", "What is the speed of light in a vacuum?", "About 300,000 km/s", "3 x 10^8 m/s", RIGHT),
    ("physics", "basic", "What is the speed of light in a vacuum?", "About 300,000 km/s", "3e8 m/s", RIGHT),
    ("computing", "basic", "How many bits are in a byte?", "8", "eight bits", RIGHT),
    ("computing", "basic", "How many bits are in a byte?", "8", "16", WRONG),
    ("history", "basic", "In which century did the French Revolution take place?", "The 18th century", "18th", RIGHT),
    ("history", "basic", "In which century did the French Revolution take place?", "The 18th century", "19th century", WRONG),
    # Amounts and dates in more words (two per cent, 2 to the power of 10, July fourth, half a
    # millisecond); blanks apart with a spaced slash. Left out: "red/green/blue" typed without
    # spaces (a bare slash joins I/O and TCP/IP too).
    ("economics", "basic", "What inflation rate do many central banks target?", "2%", "two per cent", RIGHT),
    ("economics", "basic", "What inflation rate do many central banks target?", "2%", "2 pct", RIGHT),
    ("computing", "basic", "How many bytes are in a kibibyte?", "1024", "2 to the power of 10", RIGHT),
    ("computing", "basic", "How many bytes are in a kibibyte?", "1024", "1,024", RIGHT),
    ("history", "basic", "When was the US Declaration of Independence adopted?", "July 4, 1776", "July fourth, 1776", RIGHT),
    ("history", "basic", "When was the US Declaration of Independence adopted?", "July 4, 1776", "the fourth of July, 1776", RIGHT),
    ("biology", "cloze", "DNA pairs {{c1::adenine}} with thymine and {{c2::guanine}} with {{c3::cytosine}}.", "", "adenine / guanine / cytosine", RIGHT),
    ("physics", "list", "Name the three primary colours of light.", "Red | Green | Blue", "red, green, and blue", RIGHT),
    ("algorithms", "basic", "Is quicksort stable?", "No, quicksort is not stable", "isn't stable", RIGHT),
    ("networking", "basic", "What is a typical round-trip time within one data centre?", "About 0.5 ms", "half a millisecond", RIGHT),
    ("networking", "basic", "What is a typical round-trip time within one data centre?", "About 0.5 ms", "500 microseconds", RIGHT),
    # Set F's misses. A word of the language the question names is another word, whatever
    # English makes of its ending: "gracia" (grace) for "gracias" (thanks); a slip that makes
    # no word is still a typo.
    ("languages", "basic", "What is 'the houses' in Spanish?", "las casas", "casa", NEAR),
    ("languages", "basic", "How do you say 'thanks' in Spanish?", "Gracias", "gracais", RIGHT),
    ("languages", "basic", "How do you say 'thanks' in Spanish?", "Gracias", "gracia", NEAR),
    # A contraction typed without its apostrophe is the contraction, not a flipped negation.
    ("algorithms", "basic", "Is quicksort stable?", "No, quicksort is not stable", "isnt stable", RIGHT),
    ("networking", "basic", "Does UDP guarantee delivery?", "No, UDP doesn't guarantee delivery", "it doesnt guarantee delivery", RIGHT),
    ("networking", "basic", "Does TCP guarantee delivery?", "Yes, TCP guarantees delivery", "it doesnt guarantee delivery", WRONG),
    ("software", "basic", "What does YAGNI stand for?", "You aren't gonna need it", "you arent gonna need it", RIGHT),
    # The term in brackets, introduced ("also called", "or") or followed by where it is used
    # ("in the US"), is an answer; the place is not.
    ("buildings", "basic", "What carries people between the floors of a building?", "A lift (elevator in the US)", "an elevator", RIGHT),
    ("law", "basic", "Who answers a civil lawsuit in court?", "The defendant (also called the respondent)", "respondent", RIGHT),
    ("maths", "basic", "What is a shape with four equal sides and four right angles?", "A square (or regular quadrilateral)", "regular quadrilateral", RIGHT),
    ("law", "basic", "Who brings a civil lawsuit?", "The plaintiff (claimant in England and Wales)", "wales", WRONG),
    # A command recalled without its program's name: "install" for "npm install"; the program
    # alone, or another command, is not it.
    ("software", "cloze", "{{c1::npm install}} fetches a project's dependencies.", "", "install", RIGHT),
    ("software", "basic", "Which command lists the pods of a Kubernetes cluster?", "kubectl get pods", "get pods", RIGHT),
    ("software", "cloze", "{{c1::git merge}} joins two lines of history.", "", "git", WRONG),
    ("software", "cloze", "{{c1::git merge}} joins two lines of history.", "", "rebase", WRONG),
    # A common noun of structure before "of" in other words ("a chain of steps" for "a sequence
    # of steps"); not inside a name ("polymerase sequence reaction").
    ("operations", "basic", "What is a runbook?", "A sequence of steps to handle a known incident", "a chain of steps to handle a known incident", RIGHT),
    ("operations", "basic", "How should a risky migration be rolled out?", "A sequence of small, reversible steps", "a chain of small reversible steps", RIGHT),
    ("databases", "basic", "What is a B-tree?", "A kind of self-balancing search tree", "a type of self-balancing search tree", RIGHT),
    ("biology", "basic", "What does PCR stand for?", "Polymerase chain reaction", "polymerase sequence reaction", WRONG),
    # One item of three is fewer than half: wrong, as one blank of three is. Another name of
    # an item is world knowledge the card must hold to accept it: "Britain" when the item
    # says "United Kingdom (Britain)".
    ("tpm", "list", "Name the three constraints of the project triangle.", "Scope | Time | Cost", "time", WRONG),
    ("history", "list", "Which countries fought the Central Powers on the Western Front in 1914?", "France | Belgium | United Kingdom (Britain)", "france, britain", PARTLY),
]  # fmt: skip


# The rating the quiz should suggest (what Enter keeps) for each verdict.
RATING = {"right": 3, "partly": 2, "near": 1, "wrong": 1}


def case_card(n: int, kind: str, question: str, answer: str) -> DeckCard:
    items: tuple[str, ...] = ()
    card_kind = CardKind.BASIC
    if kind == "list":
        items = tuple(answer.split(" | "))
        card_kind = CardKind.LIST
        answer = "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
    elif kind == "cloze":
        card_kind = CardKind.CLOZE
        answer = ""
    else:
        answer = f"<p>{answer}</p>"
    card = Card(f"k{n}", question, answer, card_kind, "t", SourceRef("g.md", n), items=items)
    return DeckCard(card, f"id{n}", 0)
