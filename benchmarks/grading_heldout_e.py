"""Held-out typed-answer grading cases, set E (issue 14). Written blind to the grader.

A case is (field, kind, question, answer, typed, verdict).

    python benchmarks/grading_heldout_e.py

Written by a fifth person who had not seen the grader or sets A-D, kept out of the test suite on
purpose (same scoring as benchmarks/grading_table.py). Measured clean, as received, by the lead
against the grader at the end of the session that made sets A-E: 37 of 40. The three misses
were then fixed with general rules (issue 14), so the set is no longer held out: "it sets up
the connection" for "A connection between client and server" (a question asking for its
verb's object takes the answer's head noun; "set up" reads as "establish"), "fetch | pull"
for the blanks "git fetch" and "git pull" (words every blank holds go without saying), and
"catalysis" for "A catalyst" (a real word of the stem with another ending is asked about,
however rare). 40 of 40 after.
"""

# ruff: noqa: E501 - one case per line reads as a table
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from grading_table import report
from tests.grading_cases import NEAR, PARTLY, RIGHT, WRONG

# Held-out set D: 40 typed-answer cases, written blind to the grader.
# ruff: noqa: E501 - one case per line reads as a table
CASES = [
    # RIGHT (16)
    ("history", "basic", "In which year did the Berlin Wall fall?", "1989", "in 1989", RIGHT),
    ("chemistry", "basic", "Which gas do plants take in for photosynthesis?", "Carbon dioxide (CO2)", "co2", RIGHT),
    ("databases", "basic", "Which SQL clause filters groups after GROUP BY?", "HAVING", "the having clause", RIGHT),
    ("law", "basic", "Which writ requires a detained person to be brought before a court?", "Habeas corpus", "habeus corpus", RIGHT),
    ("languages", "basic", "What is the French word for 'library'?", "la bibliothèque", "bibliotheque", RIGHT),
    ("tpm", "basic", "Where does a TPM record each program risk with its owner and mitigation?", "In a risk register", "risk register", RIGHT),
    ("physics", "basic", "What is the speed of light in a vacuum, in km/s (approximately)?", "300,000 km/s", "300000", RIGHT),
    ("biology", "basic", "Which organelle produces most of a cell's ATP?", "The mitochondrion", "mitochondria", RIGHT),
    ("medicine", "basic", "What is the term for a lack of healthy red blood cells or hemoglobin?", "Anemia", "anaemia", RIGHT),
    ("history", "basic", "How many amendments make up the US Bill of Rights?", "10", "ten", RIGHT),
    ("networking", "basic", "What does TCP's three-way handshake establish?", "A connection between client and server", "it sets up the connection", RIGHT),
    ("physics", "list", "Name the three primary colours of light.", "Red | Green | Blue", "blue, red and green", RIGHT),
    ("databases", "list", "What four properties does ACID stand for?", "Atomicity | Consistency | Isolation | Durability", "consistency, atomicity, durability, isolation", RIGHT),
    ("chemistry", "cloze", "At sea level, pure water boils at {{c1::100}} °C.", "", "100 degrees", RIGHT),
    ("tpm", "cloze", "A TPM reports program status to {{c1::stakeholders}} throughout the lifecycle.", "", "the stakeholders", RIGHT),
    ("programming", "cloze", "{{c1::git fetch}} downloads commits from a remote; {{c2::git pull}} also merges them.", "", "fetch | pull", RIGHT),
    # WRONG (14)
    ("history", "basic", "In which year did World War I begin?", "1914", "1918", WRONG),
    ("networking", "basic", "Which transport-layer protocol is connectionless?", "UDP", "tcp", WRONG),
    ("programming", "basic", "What is turning data into another format that anyone can reverse without a key called?", "Encoding", "encryption", WRONG),
    ("databases", "basic", "How does adding an index usually affect the speed of writes (INSERT/UPDATE) on a table?", "Writes become slower", "they get faster", WRONG),
    ("medicine", "basic", "Which blood type is the universal red-cell donor?", "O negative", "o positive", WRONG),
    ("law", "basic", "What standard of proof applies in a criminal trial in common-law countries?", "Beyond reasonable doubt", "on the balance of probabilities", WRONG),
    ("languages", "basic", "What is the Spanish adjective for 'embarrassed'?", "avergonzado", "embarazada", WRONG),
    ("tpm", "basic", "Besides engineering, which function does a TPM work with on most programs?", "Product management", "project management", WRONG),
    ("programming", "basic", "In which Python version was the walrus operator (:=) introduced?", "3.8", "python 3.9", WRONG),
    ("programming", "basic", "Are Python strings mutable or immutable?", "Immutable", "mutable", WRONG),
    ("networking", "basic", "How long is an IPv4 address?", "32 bits", "32 bytes", WRONG),
    ("medicine", "cloze", "The {{c1::mitral}} valve is on the left side of the heart, the {{c2::tricuspid}} valve on the right.", "", "tricuspid, mitral", WRONG),
    ("networking", "cloze", "HTTP status code {{c1::404}} means the requested resource was not found.", "", "403", WRONG),
    ("law", "list", "Name the two houses of the UK Parliament.", "House of Commons | House of Lords", "the senate and the house of representatives", WRONG),
    # PARTLY (6)
    ("chemistry", "list", "Name the first three noble gases by atomic number.", "Helium | Neon | Argon", "helium, argon, krypton", PARTLY),
    ("tpm", "list", "Name the 4 phases of a program lifecycle.", "Initiation | Planning | Execution | Closure", "planning and execution", PARTLY),
    ("networking", "list", "Name the top three layers of the OSI model.", "Application | Presentation | Session", "application, session", PARTLY),
    ("medicine", "list", "Name the four chambers of the heart.", "Left atrium | Right atrium | Left ventricle | Right ventricle", "right atrium and left ventricle", PARTLY),
    ("languages", "list", "Besides Romansh, which three languages are official in Switzerland?", "German | French | Italian", "german, french and spanish", PARTLY),
    ("programming", "list", "Name the four pillars of object-oriented programming.", "Encapsulation | Abstraction | Inheritance | Polymorphism", "inheritance, polymorphism, encapsulation", PARTLY),
    # NEAR (4)
    ("medicine", "basic", "Which arteries supply blood to the heart muscle itself?", "The coronary arteries", "coronal arteries", NEAR),
    ("networking", "cloze", "A {{c1::router}} forwards packets between networks by IP address.", "", "route", NEAR),
    ("law", "basic", "What is a court's power to strike down laws that conflict with the constitution called?", "Judicial review", "judicial", NEAR),
    ("chemistry", "basic", "What is a substance that speeds up a reaction without being consumed called?", "A catalyst", "catalysis", NEAR),
]


def main() -> int:
    return report(CASES, " (set E)")


if __name__ == "__main__":
    raise SystemExit(main())
