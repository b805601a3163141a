"""What Windows users meet: no `os.fchmod` before Python 3.13, and output streams under a
legacy code page (cp1252) that cannot encode the quiz's ✓ and ✗."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from tpmcards.cli import cli
from tpmcards.textout import fit_text

from .conftest import FIXTURES


def test_build_writes_decks_without_os_fchmod(
    in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a Python without os.fchmod the deck and lock are written, with a plain file's mode."""
    shutil.copytree(FIXTURES / "quiz", in_tmp / "sources")
    monkeypatch.delattr(os, "fchmod")
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 0, result.output
    umask = os.umask(0)
    os.umask(umask)
    deck = in_tmp / "decks" / "kitchen.apkg"
    assert stat.S_IMODE(deck.stat().st_mode) == 0o666 & ~umask
    assert (in_tmp / "decks" / "kitchen.lock.json").is_file()


def test_a_quiz_redirected_under_cp1252_marks_with_plain_letters_and_saves(
    in_tmp: Path, tpmcards_home: Path
) -> None:
    """A typed quiz whose output cannot encode ✓/✗ shows `+`/`x` and saves every answer."""
    shutil.copytree(FIXTURES / "quiz", in_tmp / "sources")
    runner = CliRunner(charset="cp1252")
    result = runner.invoke(
        cli,
        ["quiz", "--no-color", "--mode", "type", "--order", "source", "-n", "2"],
        input="a knife\n\na cup\n\n",
    )
    assert result.exit_code == 0, result.output
    assert "+ exact" in result.output
    assert "x 0 of 4" in result.output
    db = sqlite3.connect(tpmcards_home / "progress.sqlite3")
    try:
        typed = [row[0] for row in db.execute("SELECT typed FROM reviews ORDER BY id")]
    finally:
        db.close()
    assert typed == ["a knife", "a cup"]


@pytest.mark.parametrize(
    ("text", "encoding", "shown"),
    [
        ("✓ exact", "utf-8", "✓ exact"),  # a stream that can: unchanged
        ("✓ exact", "cp1252", "+ exact"),
        ("✗ not it · Café", "cp1252", "x not it · Café"),  # what cp1252 holds stays
        ("✗ 日本", "cp1252", "x ??"),
        ("✗ no", "ascii", "x no"),
        ("✓ any", None, "✓ any"),  # no encoding known: left alone
    ],
)
def test_fit_text_falls_back_only_where_the_stream_cannot_encode(
    text: str, encoding: str | None, shown: str
) -> None:
    assert fit_text(text, encoding) == shown


GUIDE = "# Words\n\n## What does 日本 mean?\n\nJapan.\n\n## What does a tick mark?\n\nDone.\n"


def test_cards_and_the_quiz_summary_print_what_cp1252_cannot_as_question_marks(
    in_tmp: Path, tpmcards_home: Path
) -> None:
    """Card text a legacy code page cannot hold shows as `?`; no command stops on it."""
    (in_tmp / "g.md").write_text(GUIDE, "utf-8")
    runner = CliRunner(charset="cp1252")
    cards = runner.invoke(cli, ["cards", "g.md"])
    assert cards.exit_code == 0, repr(cards.exception)
    assert "[Words] What does ?? mean?" in cards.stdout
    quiz = runner.invoke(
        cli,
        ["quiz", "g.md", "--no-color", "--mode", "type", "--order", "source", "-n", "1"],
        input="no idea\n\n",
    )
    assert quiz.exit_code == 0, repr(quiz.exception)
    assert "Missed:\n  - What does ?? mean?" in quiz.stdout
    db = sqlite3.connect(tpmcards_home / "progress.sqlite3")
    try:
        assert [r[0] for r in db.execute("SELECT typed FROM reviews")] == ["no idea"]
    finally:
        db.close()
