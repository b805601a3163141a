"""Options that do what they say: --reverse on our own deck's term cards, --strict-accents,
--new 0, --mode choice falling back, each checked in the transcript a learner sees."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tpmcards.cli import cli

from .conftest import FIXTURES


@pytest.fixture
def glossary(in_tmp: Path) -> Path:
    shutil.copytree(FIXTURES / "quiz-terms", in_tmp / "sources")
    return in_tmp


def quiz(*args: str, input: str) -> Result:
    return CliRunner().invoke(cli, ["quiz", "--no-color", "--order", "source", *args], input=input)


@pytest.mark.parametrize("deck", [(), ("decks/planning-words.apkg",)], ids=["guide", "apkg"])
def test_reverse_asks_our_term_cards_from_the_explanation(
    glossary: Path, deck: tuple[str, ...]
) -> None:
    """`What is an OKR?` is asked from its explanation, from the guide and from our .apkg;
    a question about a term ("topped with") is asked as usual."""
    assert CliRunner().invoke(cli, ["build"]).exit_code == 0
    result = quiz(
        *deck, "--reverse", "--mode", "type", "-n", "3", input="okr\n\nroadmap\n\nsugar\n\n"
    )
    assert result.exit_code == 0, result.output
    out = result.output
    assert (
        "\nAn objective paired with measurable key results.\nYour answer: okr\n✓ exact\nOKR\n"
        in out
    )
    assert "\nA timeline of the milestones a program plans to reach.\nYour answer: roadmap\n" in out
    assert "\nWhat is a dessert topped with?\nYour answer: sugar\n" in out


def test_strict_accents_marks_a_missing_accent_wrong(glossary: Path) -> None:
    """Without the option `creme brulee` is right; with it, wrong and saying why."""
    typed = "caramelised sugar\n\ncreme brulee\n\n"
    lenient = quiz("--mode", "type", "--topic", "food", input=typed)
    assert "\nYour answer: creme brulee\n✓ exact\n" in lenient.output
    strict = quiz("--mode", "type", "--topic", "food", "--strict-accents", input=typed)
    assert "\nYour answer: creme brulee\n✗ the accents differ\n" in strict.output
    assert "close enough" not in strict.output


def test_new_0_says_how_many_new_cards_wait(glossary: Path) -> None:
    result = quiz("--new", "0", input="")
    assert result.exit_code == 0
    assert result.output.startswith(
        "Nothing due now. 4 new cards not yet seen: --new 0 asks none of them.\n"
    )


def test_choice_falling_back_to_typing_says_so(glossary: Path) -> None:
    """Four short answers of different shapes: too few fit as options beside a sentence."""
    result = quiz("--mode", "choice", "-n", "1", input="an objective with key results\n\n")
    assert result.exit_code == 0, result.output
    assert (
        "[1/1] Planning · type\n"
        "Too few fitting options for multiple choice (1 of 3): type the answer.\n"
        "What is an OKR?\n"
    ) in result.output
