"""More shapes of the real set heldout18 (issue 12): a glossary that gives several terms one
definition (`<dt>ACE</dt><dt>ACEs</dt><dt>Access Control Entity</dt><dd>`: one card, the
other names in brackets, the plural left out), sentences that reStructuredText turned into a
definition list (no terms), yes/no questions whose answer goes on to tell how ("Is it
possible to X? Yes. ..." asks "How can I X?", "Does X support Y? Yes! X supports ..." asks
how), and a document's particulars (`**Author**: ...`), which are no terms. Each test
compares the whole card list of a small fixture of our own, and what `check` says."""

from __future__ import annotations

from click.testing import CliRunner

from tpmcards.cli import cli
from tpmcards.model import CardKind

from .test_find_questions import FIND, qa

B, T = CardKind.BASIC, CardKind.TERM


def test_terms_sharing_a_definition_are_one_card_and_prose_is_no_term() -> None:
    assert qa(FIND / "glossary-synonyms.html") == [
        ("brood", "The eggs, larvae and pupae of a colony.", T),
        (
            "QMP (Queen Mandibular Pheromone)",
            "The scent by which a queen tells the colony that she is there.",
            T,
        ),
        ("super", "A box set above the brood box to hold honey.", T),
        ("Does a hive need a queen excluder?", "Many keepers use one.", B),
    ]
    result = CliRunner().invoke(cli, ["check", str(FIND / "glossary-synonyms.html")])
    assert "term without definition" not in result.output


def test_a_yes_that_goes_on_to_tell_how_is_asked_how() -> None:
    assert qa(FIND / "yes-how.md") == [
        (
            "Hivelog — How can I export my inspection notes?",
            "Open the hive's page and choose Export, then pick CSV or PDF.",
            B,
        ),
        (
            "How does Hivelog support several apiaries?",
            "Hivelog supports any number of apiaries, each with its own map and weather.",
            B,
        ),
        # A yes followed by no way to ask how stays the yes/no card, and `check` names it.
        ("Does Hivelog support tablets?", "Yes, since version 2.", B),
        (
            "Who wrote Hivelog?",
            "A club of beekeepers in Ghent.",
            B,
        ),
    ]
    result = CliRunner().invoke(cli, ["check", str(FIND / "yes-how.md")])
    assert 'yes/no question "Does Hivelog support tablets?"; ask for the' in result.output
