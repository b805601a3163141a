"""`tpmcards quiz` and `tpmcards stats` as a user meets them: sessions driven through stdin,
checked in the transcript and in the rows of the progress store."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tpmcards.cli import cli

from .conftest import FIXTURES

KITCHEN = FIXTURES / "quiz"


@pytest.fixture
def kitchen(in_tmp: Path) -> Path:
    """A small guide with two topics in ./sources, as `tpmcards quiz` finds it by default."""
    shutil.copytree(KITCHEN, in_tmp / "sources")
    return in_tmp


def quiz(*args: str, input: str) -> Result:
    return CliRunner().invoke(cli, ["quiz", "--no-color", *args], input=input)


def reviews(home: Path) -> list[dict[str, Any]]:
    """The review log as the store holds it."""
    db = sqlite3.connect(home / "progress.sqlite3")
    db.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in db.execute("SELECT * FROM reviews ORDER BY id")]
    finally:
        db.close()


def card_states(home: Path) -> dict[str, dict[str, Any]]:
    db = sqlite3.connect(home / "progress.sqlite3")
    db.row_factory = sqlite3.Row
    try:
        return {r["id"]: dict(r) for r in db.execute("SELECT * FROM cards")}
    finally:
        db.close()


def in_order(text: str, *parts: str) -> bool:
    """Every part appears in `text`, each after the one before."""
    at = 0
    for part in parts:
        found = text.find(part, at)
        if found < 0:
            return False
        at = found + len(part)
    return True


def test_flip_session_rates_saves_and_brings_learning_cards_back(
    kitchen: Path, tpmcards_home: Path
) -> None:
    """Flip: Enter reveals, 1-4 rates; a card still learning is asked again in the session."""
    result = quiz("--mode", "flip", "--order", "source", "-n", "2", input="\n3\n\n4\n\n\n")
    assert result.exit_code == 0, result.output
    out = result.output
    assert in_order(
        out,
        "[1/2] Tools · flip",
        "What cuts vegetables?",
        "A knife.",
        "[2/2] Tools · flip",
        "Which tools does every cook need?",
        "  - Whisk",
        "[again] Tools · flip",
        "What cuts vegetables?",
        "Answered 2, correct 2 (100%).",
    )
    rows = reviews(tpmcards_home)
    assert [(r["question"], r["rating"], r["mode"]) for r in rows] == [
        ("What cuts vegetables?", 3, "flip"),
        ("Which tools does every cook need?", 4, "flip"),
        ("What cuts vegetables?", 3, "flip"),  # Enter keeps Good
    ]
    assert [r["state_before"] for r in rows] == [0, 0, 1]  # new, new, learning
    states = card_states(tpmcards_home)
    assert len(states) == 2 and {s["state"] for s in states.values()} == {2}  # both graduated


def test_type_session_grades_leniently_and_scores_lists(kitchen: Path, tpmcards_home: Path) -> None:
    """Type: case, punctuation and a typo pass; a list scores items; the rating can be changed."""
    typed = "\n".join(
        [
            "a KNFE!",  # a typo and shouting: close enough
            "",  # keep the suggested Good
            "knife, fork",  # 1 of 4 items, and one not on the list
            "",  # keep the suggested Again
            "a cup",  # wrong...
            "r",  # ...but the user says they were right
        ]
    )
    result = quiz("--mode", "type", "--order", "source", "-n", "3", input=typed + "\n")
    out = result.output
    assert result.exit_code == 0, out
    assert "✓ close enough" in out
    assert "diff: A kn{+i+}fe[-!-]" in out  # character by character, as Anki shows it
    assert "✗ 1 of 4: missed Pan, Spoon, Whisk; not on the list: fork" in out
    assert "Your answer: a cup\n✗ not it\nA bowl.\n" in out  # no diff against another word
    assert "[Enter = 1 Again, r = I was right]: r" in out
    rows = reviews(tpmcards_home)
    assert [(r["typed"], r["rating"], r["correct"]) for r in rows] == [
        ("a KNFE!", 3, 1),
        ("knife, fork", 1, 0),
        ("a cup", 3, 1),
    ]
    assert "Answered 3, correct 2 (67%)." in out
    assert "Which tools does every cook need?" in out.split("Missed:")[1]


def test_choice_session_with_seed_repeats_questions_and_options(
    kitchen: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With --seed, two runs from the same store ask the same questions with the same options."""
    answers = "a\n\n" * 6
    transcripts = []
    for _ in range(2):
        monkeypatch.setenv("TPMCARDS_HOME", str(tmp_path_factory.mktemp("home")))
        result = quiz("--mode", "choice", "--order", "random", "--seed", "7", input=answers)
        assert result.exit_code == 0, result.output
        # The summary's clock times may tick between the two runs; the session may not.
        transcripts.append(re.sub(r"(?m)^Next due: .*$", "", result.output))
    assert transcripts[0] == transcripts[1]
    other = quiz("--mode", "choice", "--order", "random", "--seed", "8", input=answers)
    assert other.output != transcripts[0]
    # Every question offers four options, one of them the card's answer, three from elsewhere.
    blocks = re.findall(
        r"\n(.+\?)\n  a\) (.+)\n  b\) (.+)\n  c\) (.+)\n  d\) (.+)\n", transcripts[0]
    )
    assert len(blocks) >= 3
    answers_by_question = {
        "What cuts vegetables?": "A knife.",
        "What holds soup?": "A bowl.",
        "What boils water?": "A kettle.",
        "What flips pancakes?": "A spatula.",
        "Which grain is used in risotto?": "Arborio rice.",
    }
    for question, *options in blocks:
        if question in answers_by_question:
            assert answers_by_question[question] in options
            assert len(set(options)) == 4


def test_choice_right_letter_is_saved_as_correct(kitchen: Path, tpmcards_home: Path) -> None:
    """Picking the letter of the right answer scores it right and saves Good."""
    first = quiz("--mode", "choice", "--order", "source", "-n", "1", "--seed", "3", input="")
    options = re.findall(r"  ([a-d])\) (.+)", first.output)
    letter = next(letter for letter, text in options if text == "A knife.")
    result = quiz(
        "--mode", "choice", "--order", "source", "-n", "1", "--seed", "3", input=f"x\n{letter}\n\n"
    )
    assert "Type a letter, or q to quit." in result.output
    assert "✓ right" in result.output
    rows = reviews(tpmcards_home)
    assert [(r["typed"], r["rating"], r["correct"], r["mode"]) for r in rows] == [
        (letter, 3, 1, "choice")
    ]


def test_choice_wrong_letter_is_saved_as_wrong(kitchen: Path, tpmcards_home: Path) -> None:
    """Picking the letter of another option scores it wrong, shows the right one, saves Again."""
    first = quiz("--mode", "choice", "--order", "source", "-n", "1", "--seed", "3", input="")
    options = re.findall(r"  ([a-d])\) (.+)", first.output)
    right = next(letter for letter, text in options if text == "A knife.")
    wrong = next(letter for letter, text in options if text != "A knife.")
    result = quiz(
        "--mode", "choice", "--order", "source", "-n", "1", "--seed", "3", input=f"{wrong}\n\n"
    )
    assert result.exit_code == 0, result.output
    assert "✓" not in result.output
    assert f"✗ the answer was {right}\nA knife.\n" in result.output
    rows = reviews(tpmcards_home)
    assert [(r["typed"], r["rating"], r["correct"], r["mode"]) for r in rows] == [
        (wrong, 1, 0, "choice")
    ]


def test_mixed_mode_types_short_answers_and_lists(kitchen: Path, tpmcards_home: Path) -> None:
    """Mixed picks per card: short answers and lists are typed."""
    result = quiz("--order", "source", "-n", "2", input="knife\n\nknife pan spoon whisk\n\n")
    assert result.exit_code == 0, result.output
    assert "[1/2] Tools · type" in result.output
    assert "Your answer (4 items, separated by commas): " in result.output
    assert "✓ 4 of 4" in result.output
    assert [r["mode"] for r in reviews(tpmcards_home)] == ["type", "type"]


def test_end_of_input_ends_cleanly_without_counting_the_rest(
    kitchen: Path, tpmcards_home: Path
) -> None:
    """Input that ends mid-session ends it: exit 0, only answered cards counted and saved."""
    result = quiz("--mode", "flip", "--order", "source", "--json", input="\n2\n")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["ended"] == "end of input"
    assert summary["answered"] == 1 and summary["correct"] == 1
    assert summary["missed"] == []
    assert summary["reviews"][0]["rating"] == 2
    assert summary["new_left"] == 8
    assert len(reviews(tpmcards_home)) == 1
    assert "What cuts vegetables?" in result.stderr  # questions go to stderr with --json


def test_q_quits_and_shows_the_summary(kitchen: Path, tpmcards_home: Path) -> None:
    """`q` at any prompt ends the session; what was answered is kept and summarised."""
    result = quiz("--mode", "type", "--order", "source", input="a kettle\n1\nq\n")
    assert result.exit_code == 0, result.output
    assert "Answered 1, correct 0 (0%)." in result.output
    assert in_order(result.output, "Missed:", "  - What cuts vegetables?")
    assert "Next due: 1 card in " in result.output
    assert len(reviews(tpmcards_home)) == 1


@pytest.mark.parametrize("command", ["quiz", "stats"])
def test_unknown_topic_exits_1_listing_the_topics(kitchen: Path, command: str) -> None:
    """--topic with a slug no card has: one line naming the topics there are, exit 1."""
    result = CliRunner().invoke(cli, [command, "--topic", "desserts"], input="")
    assert result.exit_code == 1
    assert result.output == (
        "Error: --topic desserts: no such topic here; the topics are: tools (Tools), food (Food)\n"
    )


def test_topic_and_new_limit_select_cards(kitchen: Path, tpmcards_home: Path) -> None:
    """--topic keeps one topic; --new caps the new cards of the session."""
    result = quiz("--topic", "food", "--new", "2", "--mode", "flip", "--json", input="\n4\n\n4\n")
    summary = json.loads(result.stdout)
    assert [r["topic"] for r in summary["reviews"]] == ["food", "food"]
    assert summary["ended"] == "done"
    again = quiz("--topic", "food", "--new", "2", "--mode", "flip", "--json", input="\n4\n\n4\n")
    asked = {r["question"] for r in json.loads(again.stdout)["reviews"]}
    assert asked.isdisjoint({r["question"] for r in summary["reviews"]})


def test_stats_counts_per_topic_and_charts_reviews(kitchen: Path, tpmcards_home: Path) -> None:
    """stats: cards, new, learning, due per topic; retention of cards seen before; the chart."""
    # Again on a new card, Easy on another, then Good when the first comes back (a recall).
    quiz("--mode", "flip", "--order", "source", "-n", "2", input="\n1\n\n4\n\n3\n")
    result = CliRunner().invoke(cli, ["stats", "--json"])
    assert result.exit_code == 0, result.output
    stats = json.loads(result.stdout)
    tools = stats["topics"]["tools"]
    assert (tools["cards"], tools["new"], tools["learning"]) == (5, 3, 1)
    midnight = datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    due_dates = [datetime.fromisoformat(s["due"]) for s in card_states(tpmcards_home).values()]
    assert tools["due_now"] == 0
    assert tools["due_today"] == sum(d < midnight + timedelta(days=1) for d in due_dates)
    assert tools["retention"] == 1.0 and tools["reviews_30d"] == 3
    assert stats["topics"]["food"]["new"] == 4 and stats["topics"]["food"]["retention"] is None
    assert list(stats["reviews_per_day"].values())[-1] == 3
    text = CliRunner().invoke(cli, ["stats"]).output
    assert re.search(rf"^Tools\s+5\s+3\s+1\s+0\s+{tools['due_today']}\s+100%$", text, re.M)
    assert re.search(r"^Food\s+4\s+4\s+0\s+0\s+0\s+-$", text, re.M), text
    assert re.search(r"^  \d\d-\d\d  #{40} 3$", text, re.M), text
    only = json.loads(CliRunner().invoke(cli, ["stats", "--topic", "food", "--json"]).stdout)
    assert list(only["topics"]) == ["food"]


def test_editing_an_answer_or_rewording_a_question_keeps_the_history(
    kitchen: Path, tpmcards_home: Path
) -> None:
    """A card whose answer is edited, or whose question is reworded, keeps its FSRS state."""
    assert CliRunner().invoke(cli, ["build"]).exit_code == 0
    first = quiz("--mode", "flip", "--order", "source", "-n", "2", input="\n4\n\n4\n")
    assert first.exit_code == 0, first.output
    before = card_states(tpmcards_home)
    guide = kitchen / "sources" / "kitchen.md"
    text = guide.read_text()
    text = text.replace("A knife.", "A sharp knife.")
    text = text.replace("Which tools does every cook need?", "Which tools does each cook need?")
    guide.write_text(text)
    for rebuild in (False, True):  # the lock in decks/ keeps ids with or without a rebuild
        if rebuild:
            assert CliRunner().invoke(cli, ["build"]).exit_code == 0
        stats = json.loads(CliRunner().invoke(cli, ["stats", "--json"]).stdout)
        assert stats["topics"]["tools"]["new"] == 3, rebuild
        result = quiz("--mode", "flip", "--order", "source", "-n", "1", input="")
        assert "What holds soup?" in result.output  # the two studied cards are not due
    assert card_states(tpmcards_home) == before


def test_rewording_keeps_history_without_a_deck(kitchen: Path, tpmcards_home: Path) -> None:
    """Without decks/, the quiz's own id lock keeps a reworded card's history."""
    quiz("--mode", "flip", "--order", "source", "-n", "1", input="\n4\n")
    guide = kitchen / "sources" / "kitchen.md"
    guide.write_text(
        guide.read_text().replace("What cuts vegetables?", "What do you cut vegetables with?")
    )
    result = quiz("--mode", "flip", "--order", "source", "-n", "1", input="")
    assert "What do you cut vegetables with?" not in result.output  # studied, not due
    assert "Which tools does every cook need?" in result.output


def test_quiz_from_the_built_deck_uses_the_same_ids(kitchen: Path, tpmcards_home: Path) -> None:
    """An .apkg built by `tpmcards build` quizzes the same cards under the same ids."""
    assert CliRunner().invoke(cli, ["build"]).exit_code == 0
    quiz("--mode", "flip", "--order", "source", "-n", "1", input="\n4\n")
    from_deck = quiz(
        "decks/kitchen.apkg",
        "--topic",
        "tools",
        "--mode",
        "flip",
        "--order",
        "source",
        "-n",
        "1",
        input="",
    )
    assert from_deck.exit_code == 0, from_deck.output
    assert "[1/1] Tools · flip\nWhich tools does every cook need?" in from_deck.output
    stats = json.loads(CliRunner().invoke(cli, ["stats", "decks/kitchen.apkg", "--json"]).stdout)
    assert stats["topics"]["tools"]["new"] == 4
    assert stats["topics"]["tools"]["title"] == "Tools"


def test_corrupt_zip_gives_one_clear_line(kitchen: Path) -> None:
    """A file named .apkg that is not a zip: one line naming it, exit 1, no traceback."""
    (kitchen / "broken.apkg").write_bytes(b"PK\x03\x04 this is not really a zip")
    result = quiz("broken.apkg", input="")
    assert result.exit_code == 1
    assert result.output == (
        "Error: broken.apkg: is not a readable Anki package (File is not a zip file); "
        "export it again\n"
    )


def test_an_edited_guide_is_read_again_not_served_from_the_cache(kitchen: Path) -> None:
    """The card cache follows the guide: an edited answer shows at once."""
    first = quiz("--mode", "flip", "--order", "source", "-n", "1", input="\n")
    assert "A knife." in first.output
    guide = kitchen / "sources" / "kitchen.md"
    guide.write_text(guide.read_text().replace("A knife.", "A chef's knife."))
    second = quiz("--mode", "flip", "--order", "source", "-n", "1", input="\n")
    assert "A chef's knife." in second.output


@pytest.mark.parametrize("command", ["quiz", "stats"])
def test_help_explains_with_an_example(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and f"tpmcards {command}" in result.output
