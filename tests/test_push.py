"""`tpmcards push` against an AnkiConnect-compatible server backed by a real Anki collection:
what Anki holds after each push, and one line when Anki cannot be reached."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tpmcards.cli import cli
from tpmcards.push import removed_query

from .ankiconnect_server import FakeAnki, serve

GUIDE = """# Kitchen

## What cuts vegetables?

A knife.

## What holds soup?

A bowl.
"""
NEW_CARD = """
## What boils water?

A kettle.
"""


@pytest.fixture
def anki(anki_collection: Any) -> Iterator[FakeAnki]:
    with serve(anki_collection) as server:
        yield server


def _push(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, ["push", "notes", *args], env=env)


def _lock(folder: Path) -> dict[str, dict[str, Any]]:
    """The lock of the `notes` deck (the folder pushed): question -> entry."""
    data = json.loads((folder / "decks" / "notes.lock.json").read_text("utf-8"))
    return {entry["question"]: entry for entry in data["cards"]}


def _notes(col: Any) -> dict[str, tuple[str, list[str]]]:
    """What Anki holds: GUID -> (question field, tags)."""
    found = {}
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        found[note.guid] = (note.fields[0], list(note.tags))
    return found


def test_push_add_and_delete_removed_leave_anki_holding_the_decks_notes(
    in_tmp: Path, anki: FakeAnki
) -> None:
    """Push; add a card and push; remove it and push --delete-removed: Anki holds exactly the
    deck's notes under the lock's GUIDs, and the removed one is gone."""
    guide = in_tmp / "notes" / "kitchen.md"
    guide.parent.mkdir()
    guide.write_text(GUIDE, "utf-8")
    first = _push("--url", anki.url)
    assert first.exit_code == 0, first.output
    assert first.output.splitlines()[0] == "notes: 2 cards -> decks/notes.apkg"
    assert f"  imported into Anki at {anki.url}" in first.output.splitlines()
    lock = _lock(in_tmp)
    assert {g: q for g, (q, _) in _notes(anki.col).items()} == {
        lock["What cuts vegetables?"]["id"]: "What cuts vegetables?",
        lock["What holds soup?"]["id"]: "What holds soup?",
    }

    guide.write_text(GUIDE + NEW_CARD, "utf-8")
    second = _push("--url", anki.url)
    assert second.exit_code == 0, second.output
    assert "  added: What boils water?" in second.output.splitlines()
    kettle = _lock(in_tmp)["What boils water?"]["id"]
    assert set(_notes(anki.col)) == {e["id"] for e in _lock(in_tmp).values()}
    assert _notes(anki.col)[kettle][0] == "What boils water?"

    guide.write_text(GUIDE, "utf-8")
    kept = _push("--url", anki.url)  # without --delete-removed the note stays, tagged
    assert kept.exit_code == 0, kept.output
    assert "tpmcards::removed" in _notes(anki.col)[kettle][1]
    third = _push("--url", anki.url, "--delete-removed")
    assert third.exit_code == 0, third.output
    assert "  deleted 1 removed note from Anki" in third.output.splitlines()
    live = {e["id"] for e in _lock(in_tmp).values() if not e["removed"]}
    assert kettle not in live
    assert set(_notes(anki.col)) == live
    # The deck file keeps the removed card for File > Import users: each push imports it
    # again, and --delete-removed deletes it again.
    again = _push("--url", anki.url, "--delete-removed")
    assert again.exit_code == 0, again.output
    assert set(_notes(anki.col)) == live


def test_delete_removed_keeps_notes_of_other_decks(in_tmp: Path, anki: FakeAnki) -> None:
    """Only the pushed deck's removed notes go; another deck's tagged note stays."""
    col = anki.col
    other = col.new_note(col.models.by_name("Basic"))
    other["Front"], other["Back"] = "Kept question", "Kept answer"
    other.tags = ["tpmcards::removed"]
    col.add_note(other, col.decks.id("Kitchenette"))
    guide = in_tmp / "notes" / "kitchen.md"
    guide.parent.mkdir()
    guide.write_text(GUIDE + NEW_CARD, "utf-8")
    assert _push("--url", anki.url).exit_code == 0
    guide.write_text(GUIDE, "utf-8")
    result = _push("--url", anki.url, "--delete-removed")
    assert result.exit_code == 0, result.output
    assert "  deleted 1 removed note from Anki" in result.output.splitlines()
    assert other.guid in _notes(col)


def test_the_removed_query_finds_exactly_that_deck_in_anki(anki_collection: Any) -> None:
    """Wildcards, quotes, colons and backslashes in a deck name are matched literally, the
    deck's subdecks included; a deck a wildcard would also match is left alone."""
    col = anki_collection
    names = ['My_deck *"1"', 'MyXdeck a"1"', "C++: basics", "a\\b", "ab"]
    for name in names:
        for deck in (name, f"{name}::Sub"):
            note = col.new_note(col.models.by_name("Basic"))
            note["Front"] = deck
            note.tags = ["tpmcards::removed"]
            col.add_note(note, col.decks.id(deck))
    for name in ['My_deck *"1"', "C++: basics", "a\\b"]:
        found = {col.get_note(n)["Front"] for n in col.find_notes(removed_query(name))}
        assert found == {name, f"{name}::Sub"}


def test_url_comes_from_the_environment(in_tmp: Path, anki: FakeAnki) -> None:
    """TPMCARDS_ANKICONNECT_URL points push at Anki when --url is not given."""
    (in_tmp / "notes").mkdir()
    (in_tmp / "notes" / "kitchen.md").write_text(GUIDE, "utf-8")
    result = _push(env={"TPMCARDS_ANKICONNECT_URL": anki.url})
    assert result.exit_code == 0, result.output
    assert len(_notes(anki.col)) == 2


def test_an_api_key_is_sent_and_a_missing_one_is_one_line(
    in_tmp: Path, anki_collection: Any
) -> None:
    (in_tmp / "notes").mkdir()
    (in_tmp / "notes" / "kitchen.md").write_text(GUIDE, "utf-8")
    with serve(anki_collection, key="s3cret") as anki:
        refused = _push("--url", anki.url)
        assert refused.exit_code == 1
        assert refused.stderr == (
            f"Error: AnkiConnect at {anki.url} refused `version`: valid api key must be "
            "provided; pass AnkiConnect's key with --key or TPMCARDS_ANKICONNECT_KEY\n"
        )
        assert _notes(anki_collection) == {}
        result = _push("--url", anki.url, "--key", "s3cret")
        assert result.exit_code == 0, result.output
        assert len(_notes(anki_collection)) == 2
        from_env = _push("--url", anki.url, env={"TPMCARDS_ANKICONNECT_KEY": "s3cret"})
        assert from_env.exit_code == 0, from_env.output


def test_anki_not_running_is_one_line_naming_the_url(in_tmp: Path) -> None:
    """Nothing listens at the URL: one line that names it and what to start, exit 1."""
    (in_tmp / "notes").mkdir()
    (in_tmp / "notes" / "kitchen.md").write_text(GUIDE, "utf-8")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    result = _push("--url", url)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"Error: cannot reach Anki at {url} (")
    assert result.stderr.endswith(
        "); start Anki with the AnkiConnect add-on (code 2055492159) installed, or pass --url\n"
    )


@pytest.mark.parametrize("url", ["file:///etc/passwd", "127.0.0.1:8765", "ftp://host/x"])
def test_a_url_that_is_not_http_is_refused(in_tmp: Path, url: str) -> None:
    (in_tmp / "notes").mkdir()
    (in_tmp / "notes" / "kitchen.md").write_text(GUIDE, "utf-8")
    result = _push("--url", url)
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {url!r} is not an http:// address; pass AnkiConnect's, "
        "e.g. http://127.0.0.1:8765\n"
    )


def test_anki_not_running_builds_nothing(in_tmp: Path) -> None:
    """push asks Anki first: when Anki is away no deck or lock is written (build does that)."""
    (in_tmp / "notes").mkdir()
    (in_tmp / "notes" / "kitchen.md").write_text(GUIDE, "utf-8")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert _push("--url", f"http://127.0.0.1:{port}").exit_code == 1
    assert list((in_tmp / "decks").glob("*")) == []
