"""Finding the questions in the shapes the real set heldout14 showed (issue 12): a built
Sphinx page whose menu of every page outweighs its short glossary (the article is still the
glossary, not the footer), and a lesson of true/false items written as `**Statement:**` /
`**Answer:** False` / `**Feedback:**` paragraphs: labels are no terms, a true/false item is
a yes/no card (CARDS.md rule 4) that `check` names, and no card is mined from a statement
the key calls false."""

from __future__ import annotations

from click.testing import CliRunner

from tpmcards.cli import cli
from tpmcards.model import CardKind

from .test_find_questions import FIND, qa

T = CardKind.TERM


def test_a_short_glossary_under_a_long_menu_is_the_article() -> None:
    assert qa(FIND / "sphinx-glossary-nav.html") == [
        ("cone", "A small pyramid that bends at a set heat.", T),
        ("soak", "Holding the top heat for a while so the whole load catches up.", T),
    ]


def test_true_false_items_are_named_by_check_and_give_no_card() -> None:
    guide = FIND / "true-false-items.md"
    assert qa(guide) == []
    result = CliRunner().invoke(cli, ["check", str(guide)])
    warned = [line for line in result.output.splitlines() if "true/false item" in line]
    assert [line.split(":")[1] for line in warned] == ["5", "14"]
