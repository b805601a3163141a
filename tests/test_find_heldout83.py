"""Finding the questions in the shapes the real sets heldout83-85 showed (issue 12): each
fixture is written in our own words, and each test compares the whole card list."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from tpmcards.cli import cli
from tpmcards.model import CardKind

from .test_find_questions import FIND, cards_json, qa

B = CardKind.BASIC
L = CardKind.LIST
T = CardKind.TERM


def test_terms_in_accordions_titled_by_their_letter() -> None:
    """MDX `<AccordionItem title="B">` files terms under a letter: no question "B" over a
    list. Its children are indented four spaces as JSX is, which in MDX makes no code: each
    `- <b>Term</b>: ...` is an item. A term still to be defined is no card, and `check`
    names it at its own line; each card cites its own line too."""
    guide = FIND / "accordion-letters.mdx"
    assert qa(guide) == [
        ("Bisque", "The first, low firing that hardens raw clay.", T),
        ("Bat", "A removable disc fixed to the wheel head.", T),
        ("Cone", "A slender pyramid that bends when the heat work is done.", T),
        ("Crawling", "Glaze pulling back from the pot into beads.", T),
    ]
    assert [row["source"].rsplit(":", 1)[1] for row in cards_json(guide)] == [
        "10",
        "11",
        "20",
        "21",
    ]
    result = CliRunner().invoke(cli, ["check", str(guide)])
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert [line.rpartition("/")[2] for line in errors] == [
        'accordion-letters.mdx:12: error: term without definition: "Bloating"; write its '
        "definition below it, or remove it"
    ]


def test_a_see_also_section_and_a_heading_id_with_spaces() -> None:
    """ "Zobacz też" (see also) over links is no FAQ entry; MkDocs' `{ #shelves }` after a
    heading is its id, not words of the question."""
    assert qa(FIND / "kiln-faq-tail.md") == [
        (
            "Czy mogę wypalać szkliwo w piecu gazowym?",
            "Tak. Piec gazowy daje redukcję, więc kolory miedzi robią się czerwone.",
            B,
        ),
        ("Jak wyczyścić półki?", "Zeszlifuj krople szkliwa i pomaluj półki masą separującą.", B),
    ]


def test_a_list_that_outlines_the_page_gives_no_terms() -> None:
    """ "**Technical** - how the kiln works" and two more items naming the page's later
    parts ("🔧 Technical", ...) map the page: no terms. Terms that later questions ask about
    ("When does the exhaust run?") are terms still; a bold list answering a question ("What
    ports ...?") is that question's answer, whatever later headings say."""
    assert qa(FIND / "prep-groups.md") == [
        ("Intake", "the low vent by the floor", T),
        ("Exhaust", "the hood over the lid", T),
        ("Damper", "the plate that closes the flue", T),
        ("Which kiln does the studio fire?", "An electric top loader rated to cone 10.", B),
        ("When does the exhaust run?", "For the whole firing.", B),
        ("How is the intake cleaned?", "With a vacuum brush.", B),
        ("What does one firing cost?", "Twelve euros a shelf.", B),
        (
            "What ports does the kiln vent use?",
            "Spy hole: the plug on the side Flue: the pipe through the roof "
            "Door gap: the slit under the door",
            L,
        ),
    ]


def test_a_bold_statement_over_its_answer_among_bold_questions() -> None:
    """In an FAQ, "**I lost my studio card.**" over its answer on the next line is written
    as the section's bold question is: an entry."""
    assert qa(FIND / "bold-statement-entry.md") == [
        ("Can I share one studio card?", "No: each member signs in with a card of their own.", B),
        ("I lost my studio card.", "The front desk prints a new one for five euros.", B),
    ]


def test_an_english_pronoun_is_not_read_into_another_language() -> None:
    """Turkish "Her öğrenci" is "every student": no unnamed "her" drops the card."""
    assert qa(FIND / "tr-sss.md") == [
        (
            "Okulumuz kayıtlı. Her öğrenci ayrı form doldurmalı mı?",
            "Hayır. Okul kayıtlıysa öğrenciler okul e-postasıyla doğrudan girer.",
            B,
        ),
        ("Fırını kim açar?", "Atölye sorumlusu sabah sekizde açar.", B),
    ]


def test_an_faq_question_alone_in_a_bullet_over_its_answer() -> None:
    """`* How do I sieve a glaze?` alone in its list, answered by the paragraphs and code
    below it up to the next such question (in its section too)."""
    assert qa(FIND / "one-item-questions.md") == [
        (
            "How do I sieve a glaze?",
            "Pour it through an 80 mesh sieve twice. sieve 80 -> bucket -> sieve 80 "
            "Stir the bucket before each pour.",
            B,
        ),
        ("When does the kiln open?", "Only below 100 °C.", B),
        ("How long does a firing cool?", "About a day with the lid shut.", B),
    ]


def test_quiz_components_that_name_a_question_and_its_answer() -> None:
    """`<Quiz question="..." answer="..." />`: the props are the card; the text after the
    component is not its answer."""
    assert qa(FIND / "quiz-props.mdx") == [
        ("Which cone fires stoneware?", "Cone 10", B),
        ("Name the tool that trims a foot", "A loop tool", B),
    ]


def test_a_german_her_is_no_pronoun_either(tmp_path: Path) -> None:
    """German "her" (hither) beside words English shares ("was"): the sentence reads as
    German, so no unnamed pronoun drops the card."""
    guide = tmp_path / "ton.md"
    guide.write_text(
        "# Häufige Fragen\n\n## Wo kommt das her, und was ist drin?\n\n"
        "Aus der Grube am Fluss; der Ton ist voller Eisen.\n",
        encoding="utf-8",
    )
    assert qa(guide) == [
        (
            "Wo kommt das her, und was ist drin?",
            "Aus der Grube am Fluss; der Ton ist voller Eisen.",
            B,
        )
    ]
