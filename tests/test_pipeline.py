"""The default build end to end: sources/ -> decks/tpm-guide.apkg -> a real Anki collection."""

from __future__ import annotations

import json
import shutil
import statistics
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tpmcards.cli import cli
from tpmcards.markup import sanitize, to_text

from .conftest import SOURCES

TOPIC_TITLES = {
    "role": "Role definition",
    "skills": "Skills",
    "duties": "Duties",
    "teams": "Collaborating teams",
    "interview": "Interview answers",
}


@pytest.fixture
def project(in_tmp: Path) -> Path:
    """A copy of the project's sources in an empty folder, as a fresh clone would have them."""
    shutil.copytree(SOURCES, in_tmp / "sources")
    return in_tmp


def _cards_json(*args: str) -> list[dict[str, Any]]:
    result = CliRunner().invoke(cli, ["cards", *args, "--json"])
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def test_build_writes_the_deck_and_reports_topics(project: Path) -> None:
    """`tpmcards build` with no arguments reads sources/ and writes decks/tpm-guide.apkg."""
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 0, result.output
    assert (project / "decks" / "tpm-guide.apkg").is_file()
    assert (project / "decks" / "tpm-guide.lock.json").is_file()
    first = result.output.splitlines()[0]
    total = len(_cards_json())
    assert first == f"TPM Guide: {total} cards -> decks/tpm-guide.apkg"
    for title in TOPIC_TITLES.values():
        assert any(line.strip().startswith(title) for line in result.output.splitlines())


def test_every_topic_has_cards_and_answers_stay_short(project: Path) -> None:
    """Five subdecks of at least four cards; median answer <= 40 words, none over 120."""
    rows = _cards_json()
    per_topic = {slug: sum(r["topic"] == slug for r in rows) for slug in TOPIC_TITLES}
    assert all(count >= 4 for count in per_topic.values()), per_topic
    assert {r["topic"] for r in rows} == set(TOPIC_TITLES)
    lengths = [len(to_text(r["answer"]).split()) for r in rows]
    assert statistics.median(lengths) <= 40
    assert max(lengths) <= 120


def test_no_card_carries_site_chrome(project: Path) -> None:
    """The HTML guide's header, navigation, sidebar, footer and script never reach a card."""
    rows = _cards_json("sources/02-duties-and-teams.html")
    assert rows
    page = (project / "sources" / "02-duties-and-teams.html").read_text()
    chrome = ["Latest Posts", "All rights reserved", "Share on", "analytics", "Home"]
    present = [c for c in chrome if c in page]
    assert present, "the fixture page should carry chrome for this test to mean anything"
    for row in rows:
        for word in present:
            assert word not in row["question"] + row["answer"], (word, row["question"])


def test_cards_json_fields_and_sources(project: Path) -> None:
    """Every file of sources/ gives JSON cards with id, question, answer, topic, kind, source."""
    for path in sorted((project / "sources").glob("*.[mh]*")):
        rows = _cards_json(f"sources/{path.name}")
        assert rows, path
        for row in rows:
            assert set(row) >= {"id", "question", "answer", "topic", "kind", "tags", "source"}
            file, line = row["source"].rsplit(":", 1)
            assert file == f"sources/{path.name}" and int(line) > 0
            assert f"topic::{row['topic']}" in row["tags"]
            assert sanitize(row["answer"]) == row["answer"]


def test_source_line_points_at_the_question(project: Path) -> None:
    """A card whose question is written in the guide points at the line that holds it."""
    checked = 0
    for row in _cards_json():
        file, line = row["source"].rsplit(":", 1)
        lines = (project / file).read_text().splitlines()
        question = to_text(row["question"])
        if any(question in text for text in lines):
            assert question in lines[int(line) - 1], (row["question"], row["source"])
            checked += 1
    assert checked >= 30


def test_round_trip_through_anki(project: Path, anki_collection: Any) -> None:
    """Anki imports the deck: one note per card, each in its topic subdeck with its tag."""
    from anki.import_export_pb2 import ImportAnkiPackageRequest

    assert CliRunner().invoke(cli, ["build"]).exit_code == 0
    rows = {r["id"]: r for r in _cards_json()}
    col = anki_collection
    col.import_anki_package(
        ImportAnkiPackageRequest(package_path=str(project / "decks" / "tpm-guide.apkg"))
    )
    note_ids = col.find_notes("")
    assert len(note_ids) == len(rows)
    for nid in note_ids:
        note = col.get_note(nid)
        row = rows[note.guid]
        if row["kind"] == "cloze":  # a cloze note's text is its question, Extra its answer
            assert (note["Text"], note["Extra"]) == (row["question"], row["answer"])
        else:
            assert (note["Question"], note["Answer"]) == (row["question"], row["answer"])
        assert f"topic::{row['topic']}" in note.tags
        deck = col.decks.name(note.cards()[0].did)
        assert deck == f"TPM Guide::{TOPIC_TITLES[row['topic']]}"


def test_build_twice_gives_the_same_bytes(project: Path) -> None:
    """A rebuild with no edits leaves the deck and lock byte-identical."""
    runner = CliRunner()
    assert runner.invoke(cli, ["build"]).exit_code == 0
    deck = (project / "decks" / "tpm-guide.apkg").read_bytes()
    lock = (project / "decks" / "tpm-guide.lock.json").read_bytes()
    again = runner.invoke(cli, ["build"])
    assert again.exit_code == 0
    assert "(unchanged)" in again.output.splitlines()[0]
    assert (project / "decks" / "tpm-guide.apkg").read_bytes() == deck
    assert (project / "decks" / "tpm-guide.lock.json").read_bytes() == lock


@pytest.mark.parametrize("command", [[], *([name] for name in sorted(cli.commands))])
def test_every_command_has_help(command: list[str]) -> None:
    """`--help` works for the group and each command, and each command shows an example."""
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output
    if command:
        assert "Example" in result.output


def test_the_commands_are_the_documented_ones() -> None:
    """The CLI offers the commands the README documents."""
    assert set(cli.commands) == {"build", "cards", "check", "preview", "push", "quiz", "stats"}


def test_missing_path_is_a_usage_error(in_tmp: Path) -> None:
    """A path that does not exist gets a one-line error and exit status 2."""
    result = CliRunner().invoke(cli, ["cards", "nope.md"])
    assert result.exit_code == 2
    assert "nope.md" in result.output and "does not exist" in result.output


def test_txt_file_is_read_as_markdown(in_tmp: Path) -> None:
    """`cards` accepts any file path; a .txt file is read as Markdown."""
    Path("notes.txt").write_text("# Notes\n\n## What is a TPM?\n\nA technical program manager.\n")
    rows = _cards_json("notes.txt")
    assert [(r["question"], r["answer"]) for r in rows] == [
        ("What is a TPM?", "<p>A technical program manager.</p>")
    ]


def test_cards_shows_each_decks_ids_from_its_own_lock(in_tmp: Path) -> None:
    """A guide whose front matter names another deck takes its ids from that deck's lock."""
    shutil.copytree(SOURCES, in_tmp / "sources")
    extra = in_tmp / "sources" / "04-extra.md"
    extra.write_text(
        "---\ndeck: TPM Extras\n---\n# Extras\n\n## The role\n\n"
        "### What does a TPM keep for every program?\n\n"
        "A written plan that every team involved has read and agreed to.\n",
        "utf-8",
    )
    assert CliRunner().invoke(cli, ["build"]).exit_code == 0
    assert (in_tmp / "decks" / "tpm-extras.lock.json").is_file()
    built = [r["id"] for r in _cards_json("sources/04-extra.md")]
    extra.write_text(
        extra.read_text("utf-8").replace("keep for every program", "write down for each program"),
        "utf-8",
    )
    reworded = _cards_json("sources/04-extra.md")
    assert [r["question"] for r in reworded] == ["What does a TPM write down for each program?"]
    assert [r["id"] for r in reworded] == built
