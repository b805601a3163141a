"""Finding the questions in the shapes the real set heldout26 showed (issue 12): a glossary
whose bold terms have their definitions on the next line, under an "Overview" that is the
glossary's introduction, not a term; and MDX accordions whose title holds the other quote
("How do I use the Portal's API?")."""

from __future__ import annotations

from tpmcards.model import CardKind

from .test_find_questions import FIND, qa

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
