"""Finding the questions in the shapes the real sets heldout68-70 showed (issue 12): each
fixture is written in our own words, and each test compares the whole card list."""

from __future__ import annotations

from tpmcards.model import CardKind

from .test_find_questions import FIND, cards_json, qa

B = CardKind.BASIC
T = CardKind.TERM


def test_an_answer_drop_down_in_a_page_of_question_boxes() -> None:
    """A hand-written quiz page: each `<div class="question">` holds a numbered stem, its
    options and a `<select>` whose first option says "View answer". Every box is read (not
    only the densest), the drop-down is the answer's fold, the letter it opens with names
    the option, and `A -> bisque` is a matching answer, not an `A` label. The language
    drop-down is no card."""
    assert qa(FIND / "answer-dropdown.html") == [
        (
            "Which gas must the kiln room vent before anyone opens the door? A. Oxygen "
            "B. Carbon monoxide",
            "B) Carbon monoxide Carbon monoxide builds up during a reduction firing.",
            B,
        ),
        (
            "A kiln must cool below ________ before it is unloaded. A. 100 °C B. 400 °C",
            "A) 100 °C Hot shelves crack when cold air reaches them.",
            B,
        ),
        ("Match each cone to its firing. A. Cone 06 B. Cone 6", "A -> bisque, B -> glaze", B),
    ]


def test_bold_terms_with_readings_under_group_headings() -> None:
    """`<strong>Raku (<small>楽焼</small>)</strong><br />` over its definition is a term
    with its reading; "Basics" over "Every class uses these terms ..." is a group, no term; the one
    term under "Tools" is a term of its own, not the heading's definition. "Modem" over
    "**Modulator Demodulator** is ..." (and "PID") is one card: the bold words spell it out."""
    assert qa(FIND / "pottery-terms.md") == [
        ("Raku (楽焼)", "A firing where pots leave the kiln red hot.", T),
        ("Shino (志野)", "A white glaze that crawls and pits.", T),
        ("Kanna (鉋)", "A trimming tool bent from a steel strip.", T),
        (
            "Modem",
            "Modulator Demodulator is the box the kiln controller uses to report its temperature.",
            T,
        ),
        ("PID", "Proportional Integral Derivative control keeps the kiln on its schedule.", T),
    ]


def test_a_correct_answer_line_right_under_the_options() -> None:
    """`**Correct Answer:** a. cones` on the line after the last option (Markdown makes it
    a part of that item): the label answers, the option keeps its own words."""
    assert qa(FIND / "choice-key-lines.md") == [
        ("A kiln's firing is measured in ________. a. cones b. minutes c. litres", "a. cones", B),
        (
            "Which tool trims a leather-hard foot? a. a sponge b. a loop tool c. a bat",
            "b. a loop tool",
            B,
        ),
    ]


def test_records_with_a_field_of_their_own() -> None:
    """Entries of `**Definition**` / `**Cause**` fields: one entry with a `**Remedy**` no
    other has is still an entry, its definition the answer and the rest on the back."""
    assert qa(FIND / "glaze-records.md") == [
        ("Crazing", "A net of fine cracks in the glaze", T),
        ("Shivering", "Glaze flaking off at rims and edges", T),
        ("Blistering", "Craters where bubbles burst in the glaze", T),
    ]
    blistering = cards_json(FIND / "glaze-records.md")[2]
    assert blistering["extra"] == (
        "<p><em>Cause:</em> Firing too fast or too hot</p>"
        "<p><em>Remedy:</em> A longer soak at the top temperature</p>"
    )


def test_answer_folds_in_other_words() -> None:
    """ "Possibile Risposta" and "Klik hier voor het antwoord" only hide the answer; a fold
    with nothing but a rule in it answers nothing; a labelled `**Vraag:**` asks rather
    than the line after it; `??? "Why ...?"` (a collapsible with a title and no type)
    asks its title."""
    assert qa(FIND / "folds-in-other-words.md") == [
        ("Perché si fa la biscottatura?", "Per rendere il pezzo resistente prima di smaltarlo.", B),
        (
            "Wat gebeurt er als je de oven te snel opent? Probeer het bij een klein stuk. "
            "Blijft het heel?",
            "Het stuk barst door het plotselinge temperatuurverschil.",
            B,
        ),
        ("Why does a glaze run off the pot?", "It was applied too thick or fired too hot.", B),
    ]


def test_an_example_asking_on_under_a_question_heading() -> None:
    """The paragraph right under a question heading that asks on ("should the plate not
    have survived ...?") is the heading's example: the heading asks, the labelled answer
    answers it."""
    assert qa(FIND / "example-under-question.md") == [
        (
            "Why do some pots crack in a cool kiln? For example, a plate fired with a cup "
            "cracked while the cup came out whole: should the plate not have survived the "
            "same cooling?",
            "A wide, flat piece cools unevenly across its width, so its rim shrinks before "
            "its centre.",
            B,
        ),
        (
            "Kiln — Why is my glaze dull?",
            "The kiln cooled too slowly and crystals grew in the glaze.",
            B,
        ),
    ]


def test_a_case_over_its_answer_heading() -> None:
    """`### 1. Shelf space` over a case, a table and the question it ends with, then
    `##### Answer:`: the question asks, the case (not its tag line in brackets) is shown
    after it, the answer section answers."""
    assert qa(FIND / "case-answer-headings.md") == [
        (
            "How many pots are on the two loaded shelves? A kiln has three shelves; each "
            "holds eight mugs or four bowls. shelf mugs bowls top 8 0 middle 0 4",
            "Twelve: eight mugs and four bowls.",
            B,
        ),
        (
            "How much silica does a 500 g batch need? A recipe needs 40 g of silica per "
            "100 g of glaze.",
            "200 g of silica.",
            B,
        ),
    ]


def test_plain_terms_on_hard_broken_lines() -> None:
    """A term on its line, ended by a hard break (two trailing spaces), over its definition:
    three or more make a glossary's entries; the letters between them are no terms. "The
    first way" / "The second way" over how each goes is a series, no terms."""
    assert qa(FIND / "hard-break-terms.md") == [
        ("Bisque", "Clay fired once, before it is glazed.", T),
        ("Bat", "A flat disc fixed to the wheel head that a pot is thrown on.", T),
        ("Cone", "A small pyramid of ceramic that bends when the kiln reaches its heat.", T),
        ("Crawling", "Glaze that pulls back from the clay and leaves bare patches.", T),
    ]


def test_a_numbered_word_table_in_malay() -> None:
    """`| No | Perkataan | Maksud | Jawapan |`: the word beside the row's number is the term,
    "Maksud" (meaning) its answer; the number is no part of the card."""
    assert qa(FIND / "word-table-ms.md") == [
        ("tanah liat", "bahan asas tembikar Jawapan: A", T),
        ("tanur", "ketuhar untuk membakar tembikar Jawapan: B", T),
        ("sepuh", "lapisan kaca pada tembikar Jawapan: C", T),
    ]


def test_tasks_under_question_labels_and_answer_headings() -> None:
    """`## Question:1` (a colon before the number) over the task as a sub-heading or quoted,
    its details, then `#### Answer:`: the task and its details ask, what follows the label
    answers. A shell line's `>> firing.log` is a redirect, no card; the learning objectives
    are no card."""
    assert qa(FIND / "task-answers.md") == [
        (
            "Load the bisque kiln for a cone 04 firing: Stack the bowls rim to rim Leave two "
            "fingers of space under the top shelf",
            "kiln-log start --cone 04 >> firing.log Close the lid and prop it open a finger's "
            "width for the first hour",
            B,
        ),
        (
            "Mix a 500 g test batch of the studio clear glaze Weigh the dry materials first",
            "glaze-mix --batch 500 --sieve 80 >> batch.log",
            B,
        ),
    ]


def test_a_term_headings_lines_for_two_readers() -> None:
    """ "### Good firing" over "For most students: ..." / "For the technician: ...": the
    lines define the heading (the first on the front of the answer), no terms of their own."""
    assert qa(FIND / "term-heading-notes.md") == [
        ("Good firing", "For most students: a kiln that opens with nothing cracked.", T),
        ("Leather-hard", "Clay dry enough to hold its shape but still soft enough to carve.", T),
        ("Greenware", "Clay shaped and dried but never fired.", T),
    ]


def test_a_bracketed_note_under_a_question_heading() -> None:
    """`*(They wonder: Will you stay?)*` right under a question heading notes what the
    question is after: the heading asks, the labelled answer answers it."""
    assert qa(FIND / "noted-questions.md") == [
        (
            "Why do you want a part-time role? (They wonder: Will you stay? Are you reliable?)",
            '"I want time for my own work, and a studio where I keep learning from other potters."',
            B,
        ),
        (
            "What is your weakest technique? (They wonder: Do you know your limits?)",
            '"Throwing large plates; I practise them every week."',
            B,
        ),
    ]


def test_lettered_options_keyed_on_the_last_options_line() -> None:
    """`- A. 600 °C` ... `- D. 2000 °C` then `**Răspuns corect: B**` on the last option's
    next line: option B answers, not option A read as an `A.` label, and the key is off the
    front."""
    assert qa(FIND / "keyed-options.md") == [
        (
            "Ce temperatură atinge o ardere de biscuit? A) 600 °C B) 950 °C C) 1300 °C D) 2000 °C",
            "B) 950 °C",
            B,
        ),
        (
            "Ce unealtă netezește peretele vasului? A) Coasta B) Sârma C) Acul D) Buretele uscat",
            "A) Coasta",
            B,
        ),
    ]


def test_lettered_options_with_the_right_ones_written_again() -> None:
    """Options indented into code, or run on under the question, then the right ones
    written again with no label: the options ask with the question, the lines written
    again answer (several for "select all")."""
    assert qa(FIND / "repeated-options.md") == [
        (
            "A glaze that runs off the pot was most likely ___________? a) Applied too thick "
            "b) Fired too low c) Left to dry too long d) Mixed too thin",
            "a) Applied too thick",
            B,
        ),
        (
            "Which of these raise a glaze's melting point? Select all correct answers. "
            "a) Adding alumina b) Adding silica c) Adding a flux d) Adding water",
            "a) Adding alumina b) Adding silica",
            B,
        ),
        (
            "Bisque ware can be glazed straight from the kiln. True or False? a) True b) False",
            "a) True",
            B,
        ),
    ]


def test_a_correct_answer_label_after_the_options_list() -> None:
    """`**Resposta correcta: B) ...**` after `- A) ...` options: the options go with the
    question, the named one answers. Where options stand between code blocks, the last
    option alone in its list is no question of its own."""
    assert qa(FIND / "keyed-last-option.md") == [
        (
            "Quina eina s'utilitza per tallar el fang del torn? A) Una esponja B) Un fil de "
            "tallar C) Un pinzell",
            "B) Un fil de tallar",
            B,
        ),
        (
            "Quina és la bona pràctica per assecar una peça?",
            "A) Al sol, sobre la taula. B) Lentament, tapada amb plàstic. C) Al forn, de "
            "seguida. D) Tant la B com evitar corrents d'aire. Resposta correcta: D) Tant la B "
            "com evitar corrents d'aire.",
            B,
        ),
    ]


def test_terms_in_italics_and_with_the_dash_in_bold() -> None:
    """Paragraphs of `<em>Bisque</em>: ...` (four or more, the colon inside or outside the
    italics) are terms, as bold ones are; so are `<b>Cone pack - </b>...`, the dash inside
    the bold. The bold line over them is a group's title, no term."""
    assert qa(FIND / "italic-terms.html") == [
        ("Bisque", "the first firing, which hardens the clay.", T),
        ("Glost", "the glaze firing.", T),
        ("Soak", "holding the kiln at its top heat.", T),
        ("Reduction", "firing with too little air, so the flames take oxygen from the glazes.", T),
        ("Cone pack", "three cones set side by side to read the heat from.", T),
        ("Witness cone", "a cone watched through the spy hole.", T),
        ("Kiln sitter", "a switch that a bending cone trips to end the firing.", T),
    ]


def test_a_glossary_by_letter_headings_with_anchored_bold_terms() -> None:
    """Under letter headings ("B", "G"), a bold term over a line break and its definition
    is an entry, its anchor inside or outside the bold no part of the term."""
    assert [row["question"] for row in cards_json(FIND / "lettered-glossary.html")] == [
        "Bat",
        "Grog",
        "Greenware",
    ]
    assert qa(FIND / "lettered-glossary.html") == [
        ("Bat", "A flat board a pot is thrown on and lifted off the wheel with.", T),
        ("Grog", "Fired clay ground fine and wedged into a clay body.", T),
        ("Greenware", "Clay shaped and dried but never fired.", T),
    ]


def test_a_test_bank_export() -> None:
    """`1\\) stem` over option paragraphs (`A\\) ...`, one wrapped over two lines), then
    `Answer: B`: the stem and its options ask, option B answers; a stem with no options is
    answered by its label; an option that opens with the word "A" (`A\\) A glaze ...`) is
    an option, not an answer labelled `A)`."""
    assert qa(FIND / "test-bank.md") == [
        (
            "A bisque firing to cone 04 reaches about A) 600 °C. B) 1060 °C. C) 1300 °C.",
            "B) 1060 °C.",
            B,
        ),
        (
            "The glaze firing of stoneware is a firing at high heat that vitrifies the body "
            "and melts the A) slip under the foot of the pot and the wadding B) glaze on the "
            "surface of the pot C) kiln shelves",
            "B) glaze on the surface of the pot",
            B,
        ),
        ("Name the cone that marks a glaze firing of stoneware.", "Cone 10 Diff: 1 Type: SA", B),
        (
            "Which one of these is a glaze fault? A) A glaze that melts evenly. B) A glaze that "
            "crawls back from the clay.",
            "B) A glaze that crawls back from the clay.",
            B,
        ),
    ]


def test_bullets_answered_in_bold_at_their_end() -> None:
    """Bullets, half of them asking ("...? **Kevlar gloves**", "...adjusted to: **...**"),
    each answered by the bold at its end: a card each, a statement's stem left open."""
    assert qa(FIND / "bold-end-bullets.md") == [
        ("What must be open before a reduction firing starts?", "The kiln room vents", B),
        ("Which gloves do you wear to unload a warm kiln?", "Kevlar gloves", B),
        ("A cone that bends to touch the shelf shows the firing is …", "finished", B),
        ("On a gas kiln the damper is adjusted to …", "Control the draft", B),
    ]


def test_quiz_bot_items_one_paragraph_each() -> None:
    """A quiz bot's items, each one paragraph of hard-broken lines (`Question:`, options,
    `Answer: b`, `Explanation:`), the second without its `Question:` label: two cards, each
    answered by the option its key names, not one running into the next."""
    assert qa(FIND / "quiz-bot-items.md") == [
        (
            "Which kiln do we fire stoneware in? a. The small electric kiln b. The gas kiln "
            "c. The raku kiln",
            "b) The gas kiln Explanation: Only the gas kiln reaches cone 10.",
            B,
        ),
        (
            "How long does the bisque kiln cool before unloading? a) Two hours b) One day "
            "c) One week",
            "b) One day Explanation: A full day lets the shelves cool evenly.",
            B,
        ),
    ]


def test_german_question_headings_without_a_question_mark() -> None:
    """German asks with a w-word before any verb ("Was umfasst", "Welche ... gibt es",
    "Wie ist ... aufgebaut") or with the verb first ("Sind ... frostfest"): each heading
    asks, with or without its mark."""
    assert qa(FIND / "de-ohne-fragezeichen.md") == [
        (
            "Was umfasst der Schrühbrand?",
            "Das erste Brennen des getrockneten Tons, vor dem Glasieren.",
            B,
        ),
        ("Welche Brennarten gibt es?", "Schrühbrand, Glasurbrand und Rakubrand.", B),
        ("Sind Steinzeugtone frostfest?", "Ja, wenn sie dicht gebrannt sind.", B),
        ("Wie ist eine Glasur aufgebaut?", "Aus Glasbildner, Flussmittel und Stabilisator.", B),
    ]


def test_q_numbered_questions_with_their_answers_below() -> None:
    """`Q1 What is a kiln?` (no stop after the number) labels a question; its answer is the
    paragraph after it, or the lines under it in its own paragraph, a statement
    ("Difference between ...") too. The link above them is no card."""
    assert qa(FIND / "q-number-notes.md") == [
        ("What is a kiln?", "An oven for firing clay | electric or gas | up to 1300 °C", B),
        (
            "How does a glaze stick to a pot?",
            "It melts in the firing and fuses with the clay body.",
            B,
        ),
        (
            "Difference between earthenware and stoneware.",
            "Earthenware: porous, low fire Stoneware: dense, high fire",
            B,
        ),
    ]


def test_a_long_named_list_split_under_its_first_question() -> None:
    """ "Which firings ...? Can you name at least 4?" over five named items: a card per item,
    cued by the first question alone; the answer is the name, and the list's introduction
    ("A studio runs five kinds of firing:") goes to the back as background."""
    rows = cards_json(FIND / "long-named-list.md")
    assert [(r["question"], r["answer"], r["extra"]) for r in rows[:2]] == [
        (
            "Which firings does a potter run: which one means the first, low firing that "
            "hardens the clay?",
            "<p>Bisque</p>",
            "<p>A studio runs five kinds of firing:</p>",
        ),
        (
            "Which firings does a potter run: which one means the firing that melts the glaze "
            "onto the pot?",
            "<p>Glaze</p>",
            "<p>A studio runs five kinds of firing:</p>",
        ),
    ]
    assert len(rows) == 5


def test_a_dl_holding_headings_and_paragraphs() -> None:
    """A `<dl>` with no `<dt>` of its own, holding a bold term, headings and paragraphs
    (a built glossary's template): read as the blocks it holds, each term a card."""
    assert qa(FIND / "loose-dl-glossary.html") == [
        ("Bat", "A flat board a pot is thrown on.", T),
        ("Burnishing", "Polishing leather-hard clay with a smooth stone.", T),
        ("Coiling", "Building a pot from rolled ropes of clay.", T),
        ("Crazing", "A net of fine cracks in a glaze.", T),
    ]


def test_an_faq_table_of_row_headers() -> None:
    """A table whose rows are `<th>` question and `<td>` answer, one row a problem stated
    rather than asked: every row is a card (the statement asked after its cause). A table
    of three columns comparing things ("| Reduction? | Yes | No |") is no such table: it
    answers the heading above it whole."""
    assert qa(FIND / "faq-row-headers.html") == [
        ("Which cone should I fire stoneware to?", "Cone 6 in the studio kiln.", B),
        ("Why did my glaze crawl?", "It went on over dust or too thick.", B),
        ("Can I fire commercial clay in the gas kiln?", "Only clays rated to cone 10.", B),
        (
            "What causes “The kiln shows error E-1 at startup”?",
            "A thermocouple is loose; call the technician.",
            B,
        ),
        (
            "Gas or electric?",
            "Feature Gas kiln Electric kiln Reduction? Yes No Even heat? No Yes Needs a vent "
            "hood? Yes Yes Fires overnight? No Yes Running cost Low High",
            B,
        ),
    ]


def test_mdx_components_that_name_a_term_and_its_definition() -> None:
    """`<GlossaryEntry term="..." definition="..." />` (or `description=`): a term card; the
    component's other attributes are no part of it."""
    assert qa(FIND / "component-glossary.mdx") == [
        ("Bisque", "Clay fired once, before glazing.", T),
        ("Slip", "Clay thinned with water to a cream.", T),
        ("Sgraffito", "Scratching through slip to show the clay below.", T),
    ]


def test_a_colon_stem_over_options_under_a_label_heading() -> None:
    """ "## 🟢 Q1 – Safety: ..." only labels; the paragraph ending in a colon over lettered
    options is the stem, the fold's key names the answer."""
    assert qa(FIND / "headed-stems.md") == [
        (
            "A kiln is fired in a closed room with no extractor. Under the studio rules, this "
            "firing is: A) Allowed for bisque firings B) A breach of the venting rule C) Allowed "
            "if the door stays open",
            "B) A breach of the venting rule Every firing needs the extractor running.",
            B,
        ),
    ]


def test_letters_over_term_lists_with_equals_signs() -> None:
    """ "**B**" alone over `- **Biskuit** = ...` items: the letter labels nothing (a bold "K"
    is no Hungarian question label), each item is a term, `=` parting it from its meaning;
    the page's navigation ("**Navigasi**", "**Navigation**" over lesson links, or a
    "## Navigasi" section of them) is no term."""
    assert qa(FIND / "istilah-tembikar.md") == [
        ("Biskuit", "Tanah liat yang dibakar sekali sebelum diglasir.", T),
        ("Butsir", "Alat kayu untuk membentuk tanah liat.", T),
        ("Kiln", "Tungku untuk membakar tembikar.", T),
    ]


def test_answer_folds_and_labels_in_more_languages() -> None:
    """A "Megoldás" (solution) fold answers the numbered question above it; `Intrebare:` /
    `Raspuns scurt:` (short answer) items alternate question and answer."""
    assert qa(FIND / "foreign-folds.md") == [
        (
            "Mi a zsengélés? [ ] A) Az első, alacsony hőfokú égetés [ ] B) A mázas égetés",
            "A) Az első, alacsony hőfokú égetés",
            B,
        ),
        ('"Cat dureaza arderea?"', "aproximativ opt ore.", B),
        ('"Cand pot deschide cuptorul?"', "sub 100 de grade.", B),
    ]


def test_each_keyed_item_cites_its_own_line() -> None:
    """Numbered questions of one list, each with its options and key: each card's source
    is its own item's line, not the list's first."""
    sources = [row["source"] for row in cards_json(FIND / "keyed-options.md")]
    assert [source.rsplit(":", 1)[1] for source in sources] == ["4", "11"]
