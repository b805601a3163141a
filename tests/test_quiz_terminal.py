"""No control character reaches the terminal: card text, topic and deck names, tags, error
messages, `cards`, `quiz` and `stats` output, from a hostile guide, config or Anki deck."""

from __future__ import annotations

import json
import re
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tpmcards.cli import cli
from tpmcards.terminal import clean, wrap

CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x9b2J\x9d0;t\x9c\x1bc"


def assert_clean(*texts: str) -> None:
    for text in texts:
        found = CONTROLS.search(text)
        assert found is None, f"{found.group(0)!r} in {text[max(found.start() - 30, 0) :][:60]!r}"


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("title\x1b]0;pwned\x07 bar", "title bar"),  # OSC: retitle the window
        ("a\x1b[2Jb", "ab"),  # CSI: clear the screen
        ("a\x9b2Jb", "ab"),  # 8-bit CSI
        ("a\x9d0;x\x9cb", "ab"),  # 8-bit OSC ... ST
        ("a\x1bcb", "ab"),  # ESC c: reset the terminal
        ("bell\x07 null\x00 del\x7f nel\x85", "bell null del nel"),
        ("tab\there", "tab    here"),
        ("right\u202eleft", "rightleft"),  # a bidi override reorders the line
        ("accents é ü and ✓ stay\nlines too", "accents é ü and ✓ stay\nlines too"),
    ],
)
def test_clean_keeps_text_and_drops_controls(raw: str, shown: str) -> None:
    assert clean(raw) == shown


def test_wrap_never_breaks_a_word_and_hangs_the_indent() -> None:
    text = "  - A program manager coordinates interdependent projects across organisations"
    assert wrap(text, 30) == (
        "  - A program manager\n"
        "    coordinates interdependent\n"
        "    projects across\n"
        "    organisations"
    )
    assert wrap("Supercalifragilistic words", 10) == "Supercalifragilistic\n  words"


def hostile_deck(col: Any, path: Path) -> Path:
    """A real Anki export, then edited as an attacker would: escape sequences in the deck
    names, the tags and the fields (Anki itself strips some of them on input)."""
    from anki.collection import ExportAnkiPackageOptions

    deck_id = col.decks.id("Evil::Sub")
    note = col.new_note(col.models.by_name("Basic"))
    note["Front"] = "What clears the screen?"
    note["Back"] = "An escape code"
    col.add_note(note, deck_id)
    col.export_anki_package(
        out_path=str(path),
        options=ExportAnkiPackageOptions(
            with_scheduling=False, with_deck_configs=False, with_media=False, legacy=True
        ),
        limit=None,
    )
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    member = "collection.anki21" if "collection.anki21" in members else "collection.anki2"
    db_path = path.with_suffix(".db")
    db_path.write_bytes(members[member])
    db = sqlite3.connect(db_path)
    db.execute(
        "UPDATE notes SET flds = ?, tags = ?",
        (f"What clears{HOSTILE} the screen?\x1fAn escape{HOSTILE} code", f" tag{HOSTILE} "),
    )
    (decks,) = db.execute("SELECT decks FROM col").fetchone()
    decks = json.loads(decks)
    for deck in decks.values():
        deck["name"] = deck["name"].replace("Sub", f"Sub{HOSTILE}")
    db.execute("UPDATE col SET decks = ?", (json.dumps(decks),))
    db.commit()
    db.close()
    members[member] = db_path.read_bytes()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_hostile_anki_deck_prints_no_control_character(
    anki_collection: Any, in_tmp: Path
) -> None:
    """Quiz (text and JSON) and stats on a deck with escapes in names, tags and fields."""
    deck = str(hostile_deck(anki_collection, in_tmp / "evil.apkg"))
    runner = CliRunner()
    typed = runner.invoke(cli, ["quiz", deck, "--mode", "type", "--no-color"], input="code\n\n")
    assert typed.exit_code == 0, typed.output
    assert "What clears the screen?" in typed.output
    as_json = runner.invoke(cli, ["quiz", deck, "--mode", "flip", "--json"], input="\n3\n")
    stats = runner.invoke(cli, ["stats", deck])
    stats_json = runner.invoke(cli, ["stats", deck, "--json"])
    bad_topic = runner.invoke(cli, ["stats", deck, "--topic", f"x{HOSTILE}"])
    assert bad_topic.exit_code == 1
    for result in (typed, as_json, stats, stats_json, bad_topic):
        assert_clean(result.stdout, result.stderr)
    assert json.loads(as_json.stdout)["reviews"][0]["question"] == "What clears the screen?"


def test_a_hostile_guide_and_config_print_no_control_character(in_tmp: Path) -> None:
    """Topic titles from the config and card text from the guide reach cards, quiz, stats
    and the error for an unknown topic without a control character."""
    sources = in_tmp / "sources"
    sources.mkdir()
    (sources / "tpmcards.yaml").write_text(
        'deck: "Evil\\e]0;pwned\\a Deck"\noutput: evil\ntopics:\n'
        '  - slug: tools\n    title: "Tools\\e[2J\\u009b2J"\n    headings: [tools]\n',
        encoding="utf-8",
    )
    (sources / "guide.md").write_text(
        f"# Guide\n\n## Tools\n\n### What cuts{HOSTILE} bread?\n\nA knife{HOSTILE}.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    cards = runner.invoke(cli, ["cards"])
    assert cards.exit_code == 0, cards.output
    # The guide's HTML cleaning drops the ESC and leaves the harmless rest of its sequence.
    assert cards.stdout.startswith("[tools] What cuts")
    quiz = runner.invoke(cli, ["quiz", "--mode", "type", "--no-color"], input="knife\n\n")
    assert "[1/1] Tools · type" in quiz.stdout
    stats = runner.invoke(cli, ["stats"])
    unknown = runner.invoke(cli, ["quiz", "--topic", "nope\x1b[2J"], input="")
    assert unknown.exit_code == 1 and "the topics are: tools (Tools)" in unknown.stderr
    for result in (cards, quiz, stats, unknown):
        assert_clean(result.stdout, result.stderr)
