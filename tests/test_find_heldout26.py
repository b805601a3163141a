"""Finding the questions in the shapes the real set heldout26 showed (issue 12): a glossary
whose bold terms have their definitions on the next line, under an "Overview" that is the
glossary's introduction, not a term; and MDX accordions whose title holds the other quote
("How do I use the Portal's API?")."""

from __future__ import annotations

from tpmcards.model import CardKind

from .test_find_questions import FIND, cards_json, qa

B = CardKind.BASIC
T = CardKind.TERM


def test_a_glossarys_bold_term_over_its_definition_line_is_a_term() -> None:
    assert qa(FIND / "lined-glossary.md") == [
        ("Bisque", "Clay fired once, hard but still porous, ready for glaze.", T),
        ("Bone dry", "Clay that has lost all the water it can lose in air.", T),
        ("Greenware", "Shaped clay that has not been fired yet.", T),
    ]


def test_a_bold_line_over_text_outside_a_glossary_is_a_title_not_a_term() -> None:
    assert qa(FIND / "bold-line-notes.md") == []


def test_an_accordion_title_may_hold_the_other_quote() -> None:
    assert qa(FIND / "accordion-quotes.mdx") == [
        (
            "How do I read the kiln's controller?",
            "The top number is the heat inside the kiln. The bottom number is the heat it is "
            "heading for.",
            B,
        ),
        ('Kiln — What does "cone 6" mean?', "A firing that ends near 1,220 degrees Celsius.", B),
    ]


def test_a_short_set_of_named_meanings_asks_for_each_name() -> None:
    """Three zones, each "Name: meaning", under a heading: one card per meaning, not a
    "name the 3" graded all at once; a sequence of steps and a question the guide asked
    keep their list."""
    assert qa(FIND / "named-set.md") == [
        ("Pond zones: which one means the shallow edge where reeds grow?", "Margin", B),
        ("Pond zones: which one means the middle, too deep for rooted plants?", "Open water", B),
        ("Pond zones: which one means the cold bottom layer that stays dark?", "Deep zone", B),
        (
            "Steps to fill a pond: name the 2.",
            "Lay the liner: spread it over sand so stones cannot pierce it Fill slowly: let the "
            "liner settle into the shape of the hole",
            CardKind.LIST,
        ),
        (
            "What does a pond pump do?",
            "Flow: it keeps the water moving Oxygen: it mixes air into the water",
            CardKind.LIST,
        ),
    ]


def test_an_answer_that_asks_back_or_thanks_first_starts_at_its_answer() -> None:
    """ "Did the kiln stop ...? <a>Open a ticket</a> ..." and "Thank you for considering us!
    Fill in the form ...": the card's answer is what answers (CARDS.md rule 10)."""
    rows = cards_json(FIND / "asking-openings.md")
    assert [(r["question"], r["answer"]) for r in rows] == [
        (
            "How do I report a broken kiln?",
            '<p><a href="https://example.org/tickets" rel="noopener noreferrer">Open a ticket</a>'
            " with the firing log attached.</p>",
        ),
        (
            "Kiln — How do I join the studio?",
            "<p>Fill in the form at the front desk and pay the first month.</p>",
        ),
        (
            "Kiln — Why did my glaze crawl?",
            "<p>The pot was dusty. Wipe bisque ware with a damp sponge before glazing.</p>",
        ),
    ]
