"""Finding the questions in the shapes the real set heldout14 showed (issue 12): a built
Sphinx page whose menu of every page outweighs its short glossary (the article is still the
glossary, not the footer), and a lesson of true/false items written as `**Statement:**` /
`**Answer:** False` / `**Feedback:**` paragraphs: labels are no terms, a true/false item is
a card that `check` names (CARDS.md rule 4), and no card is mined from a statement
the key calls false."""

from __future__ import annotations

from click.testing import CliRunner

from tpmcards.cli import cli
from tpmcards.model import CardKind

from .test_find_questions import FIND, qa

B = CardKind.BASIC
T = CardKind.TERM


def test_a_short_glossary_under_a_long_menu_is_the_article() -> None:
    assert qa(FIND / "sphinx-glossary-nav.html") == [
        ("cone", "A small pyramid that bends at a set heat.", T),
        ("soak", "Holding the top heat for a while so the whole load catches up.", T),
    ]


def test_true_false_items_are_cards_and_named_by_check() -> None:
    """The statement asks, the verdict and its feedback answer: the verdict is the fact a
    learner of the lesson must recall."""
    guide = FIND / "true-false-items.md"
    assert qa(guide) == [
        (
            "You may open the kiln lid as soon as the controller says the firing is done.",
            "False Feedback: Wait until the kiln is below 100 degrees: the pots crack in cold air.",
            B,
        ),
        (
            "Gloves rated for heat are needed to unload a warm kiln.",
            "True Feedback: Shelves stay hot long after the pots feel cool.",
            B,
        ),
    ]
    result = CliRunner().invoke(cli, ["check", str(guide)])
    warned = [line for line in result.output.splitlines() if "true/false item" in line]
    assert [line.split(":")[1] for line in warned] == ["5", "14"]
