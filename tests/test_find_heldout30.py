"""Finding the questions in the shapes the real sets heldout30 and heldout31 showed (issue
12): a homework sheet answered in bold at the end of each numbered item, headings with their
own ids (`{#id}`) and emoji shortcodes (`:gear:`), and Q/A labels inside `<span>`s."""

from __future__ import annotations

from tpmcards.model import CardKind

from .test_find_questions import FIND, cards_json, qa

B = CardKind.BASIC
T = CardKind.TERM


def test_a_worksheet_answered_in_bold_at_each_items_end() -> None:
    """The text before the bold asks, the bold answers; a sentence left unfinished ends
    in "…", a true/false statement and a blank stay as written."""
    assert qa(FIND / "worksheet.md") == [
        ("Stoneware is fired at a lower heat than earthenware", "False", B),
        ("The glassy coat on a fired pot is called a …", "glaze", B),
        ("Cone 6 ends near __________ degrees Celsius.", "1,220", B),
        ("Crawling often starts on dusty bisque", "True", B),
    ]


def test_heading_ids_and_emoji_shortcodes_are_no_words_of_the_question() -> None:
    assert qa(FIND / "heading-decor.md") == [
        ("How hot does a kiln get?", "About 1,300 degrees Celsius for stoneware.", B),
        ("Kiln — How do I set the controller?", "Choose a program, then press Start.", B),
    ]


def test_qa_labels_inside_spans() -> None:
    assert qa(FIND / "span-labels.html") == [
        ("Studio — What is bisque?", "Clay fired once, before it is glazed.", B),
        ("When is the studio open?", "Every evening from six to ten.", B),
    ]


def test_a_reference_tables_row_number_is_no_term_the_name_beside_it_is() -> None:
    """`| 1 | **Drying** | The last water ... |`: the bold name is the term, its number goes
    to the back; a column of codes (`| 101 | Thermocouple open |`) keeps its codes."""
    rows = cards_json(FIND / "numbered-reference.md")
    assert [(r["question"], r["answer"]) for r in rows] == [
        (
            "Drying",
            "<p>The last water leaves the clay</p><p><em>Step:</em> 1</p>"
            "<p><em>Heat:</em> Up to 100 °C</p>",
        ),
        (
            "Burnout",
            "<p>Carbon in the clay burns away</p><p><em>Step:</em> 2</p>"
            "<p><em>Heat:</em> 300–800 °C</p>",
        ),
        (
            "Vitrification",
            "<p>The clay body turns partly to glass</p><p><em>Step:</em> 3</p>"
            "<p><em>Heat:</em> Above 1,100 °C</p>",
        ),
        ("101", "<p>Thermocouple open</p><p><em>Where you see it:</em> Display, flashing</p>"),
        ("102", "<p>Relay stuck</p><p><em>Where you see it:</em> Display, steady</p>"),
    ]


def test_a_title_line_over_question_and_answer_lines_is_no_part_of_the_question() -> None:
    assert qa(FIND / "titled-qa-lines.md") == [
        ("What is a kiln sitter?", "A switch that a small cone bends to turn the kiln off.", B),
        ("What is a peephole for?", "Watching the cones during a firing.", B),
    ]


def test_marked_options_give_no_answer_away_and_labels_go() -> None:
    """A task-list quiz under an "Opciones:" label (after the code it shows), the right
    option marked "← CORRECTA", and options ticked ✅ over an `Answer:` label: the options
    go on the front unmarked, the right one answers, the explanation's label and its colon
    go."""
    rows = cards_json(FIND / "marked-options.md")
    assert [(r["question"], r["answer"], r["extra"]) for r in rows] == [
        (
            "¿Qué mide un termopar?<ul><li>La humedad</li><li>La temperatura</li>"
            "<li>El peso</li></ul>",
            "<p>La temperatura</p>",
            "<p>Un termopar convierte el calor en una pequeña tensión.</p>",
        ),
        (
            "¿Qué falta en esta línea de programa?<pre><code>cone = 6\n</code></pre>"
            "<ul><li>Nada</li><li>Un punto y coma</li></ul>",
            "<p>Nada</p>",
            "",
        ),
        (
            "Which cone bends first?<p>a) Cone 10<br>b) Cone 022<br>c) Cone 6</p>",
            "<p>b) Cone 022</p>",
            "",
        ),
    ]


def test_other_languages_faq_titles_name_no_subject() -> None:
    """ "Întrebări frecvente (FAQ)" and "Usein kysytyt kysymykset" say "FAQ": nothing goes
    before the questions."""
    assert qa(FIND / "faq-ro.md") == [
        ("Cât durează o ardere?", "Între opt și douăsprezece ore.", B)
    ]
    assert qa(FIND / "faq-fi.md") == [("Kuinka kuuma uuni on?", "Noin 1 300 astetta.", B)]


def test_a_note_tagged_for_flashcards_without_the_tools_cards_is_read_as_a_guide() -> None:
    """`tags: [flashcards/french]` over a vocabulary table and no `::` card: the table's rows
    are the cards (a tagged note whose tool cards are there keeps only those)."""
    assert qa(FIND / "flashcards-tag-table.md") == [
        ("four", "kiln", T),
        ("tour", "wheel", T),
        ("émail", "glaze", T),
    ]


def test_one_item_lists_over_quotes_are_questions_and_answers() -> None:
    """A Sphinx FAQ written as `* problem` with its answer indented (a quote), twice or
    more under a category heading: each item asks, a stated problem asked for its fix."""
    assert qa(FIND / "quoted-answers.html") == [
        (
            "Kilnware — What fixes “The controller test fails on the first start”?",
            "Check that the thermocouple is plugged into the left socket.",
            B,
        ),
        ("Which boards does Kilnware run on?", "The Raspberry Pi 4 and later.", B),
    ]


def test_a_label_may_carry_a_note_in_brackets() -> None:
    """`**Question (Display):**` is a question's label like `**Question:**`."""
    assert qa(FIND / "display-labels.md") == [
        ("When does the studio open?", "At six every evening.", B),
        ("What does a firing cost?", "Five euros a shelf.", B),
    ]


def test_a_word_in_capitals_after_a_hash_is_text_not_a_tag() -> None:
    """`#PCDATA` is XML's name for parsed text; `#xml` stays an Obsidian tag."""
    rows = cards_json(FIND / "caps-hash.md")
    assert [(r["question"], r["answer"], r["tags"]) for r in rows] == [
        (
            "What does #PCDATA mean in a DTD?",
            "<p>Parsed character data: text the parser reads.</p>",
            ["xml"],
        )
    ]


def test_numbered_checks_under_a_heading_that_asks_are_its_answer() -> None:
    """ "Why won't the kiln heat up?" over "1. Is the fuse whole? Swap it ...": the checks
    answer the heading; they are no questions of their own."""
    assert qa(FIND / "checks-under-question.md") == [
        (
            "Why won't the kiln heat up?",
            "Things to check: Is the fuse whole? Swap it for a 16 A fuse. Is the lid switch "
            "closed? Press the lid down until it clicks.",
            CardKind.LIST,
        ),
        ("How long does a bisque firing take?", "About eight hours, then a day to cool.", B),
    ]


def test_headings_that_ask_without_their_mark_in_other_languages() -> None:
    """ "Что такое индекс" and "Почему ..." open as questions do: asked, with the mark
    added; a topic heading ("Нормализация") asks nothing."""
    assert qa(FIND / "ru-headings-no-mark.md") == [
        ("Что такое индекс?", "Структура, которая ускоряет поиск строк в таблице.", B),
        (
            "Почему транзакции изолируют?",
            "Чтобы параллельные запросы не видели чужих незавершённых изменений.",
            B,
        ),
    ]


def test_a_follow_up_question_folded_inside_an_answer_is_a_card_of_its_own() -> None:
    """An interview's `<details>` holding a follow-up `<details>` ("Follow-up 1: ...",
    "꼬리질문1: ..."): two cards, the follow-up out of the first answer."""
    assert qa(FIND / "follow-ups.md") == [
        (
            "What does a kiln controller do?",
            "It raises the heat along a programmed curve and holds it at the top.",
            B,
        ),
        (
            "What happens if the thermocouple fails?",
            "The controller stops the firing and shows an error.",
            B,
        ),
        ("Why fire glazes slowly at the end?", "So the glaze can smooth out before it sets.", B),
    ]


def test_a_bold_statement_among_an_faqs_bold_questions_is_an_entry() -> None:
    """It ends the answer before it and asks with its own answer."""
    assert qa(FIND / "bold-statement-faq.md") == [
        ("How hot does the small kiln get?", "Up to 1,280 degrees Celsius.", B),
        ("The big kiln can fire porcelain.", "Yes, its elements reach cone 10.", B),
        ("Who may load the kilns?", "Members who took the safety class.", B),
    ]


def test_an_arrow_marking_the_right_option_leaves_the_front() -> None:
    """ "b) Cone 022 ← **correct**" among lettered options over `**Answer:** b`: the mark is
    gone from the options and from the answer, whichever rule read them."""
    rows = cards_json(FIND / "marked-labelled.md")
    assert [(r["question"], r["answer"]) for r in rows] == [
        (
            "Which cone bends first?<p>a) Cone 10<br>b) Cone 022<br>c) Cone 6</p>",
            "<p>b) Cone 022</p>",
        )
    ]
