"""Which files of a folder are guides: hidden folders, node_modules and what a
`.tpmcardsignore` names are never read."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tpmcards.cli import cli


def _note(path: Path, question: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"# Notes\n\n## {question}\n\nAn answer worth keeping.\n", "utf-8")


def _questions(*args: str) -> list[str]:
    result = CliRunner().invoke(cli, ["cards", "--json", *args])
    assert result.exit_code == 0, result.output
    return sorted(row["question"] for row in json.loads(result.stdout))


def test_hidden_folders_and_node_modules_give_no_card(in_tmp: Path) -> None:
    """A vault's `.trash`, `.obsidian`, `.git` and a `node_modules` are never read."""
    vault = in_tmp / "vault"
    _note(vault / "kept.md", "What does the kept note ask?")
    _note(vault / "topics" / "deep.md", "What does the deep note ask?")
    _note(vault / ".trash" / "deleted.md", "What did the deleted note ask?")
    _note(vault / ".obsidian" / "plugins" / "readme.md", "What does a plugin readme ask?")
    _note(vault / ".git" / "notes.md", "What does a git file ask?")
    _note(vault / "node_modules" / "pkg" / "README.md", "What does a package readme ask?")
    _note(vault / "topics" / "node_modules" / "x.md", "What does a nested package ask?")
    _note(vault / ".hidden.md", "What does a hidden note ask?")
    assert _questions(str(vault)) == [
        "What does the deep note ask?",
        "What does the kept note ask?",
    ]


def test_tpmcardsignore_uses_gitignore_syntax(in_tmp: Path) -> None:
    """Folders, globs and `!` exceptions, from the top folder and from a folder below it."""
    vault = in_tmp / "vault"
    _note(vault / "kept.md", "What does the kept note ask?")
    _note(vault / "drafts" / "idea.md", "What does a draft ask?")
    _note(vault / "daily" / "2026-01-01.md", "What happened on new year?")
    _note(vault / "daily" / "summary.md", "What does the summary ask?")
    _note(vault / "deep" / "private.md", "What does the private note ask?")
    _note(vault / "deep" / "public.md", "What does the public note ask?")
    (vault / ".tpmcardsignore").write_text("# not cards\ndrafts/\ndaily/*\n!daily/summary.md\n")
    (vault / "deep" / ".tpmcardsignore").write_text("private.md\n")
    assert _questions(str(vault)) == [
        "What does the kept note ask?",
        "What does the public note ask?",
        "What does the summary ask?",
    ]


def test_a_file_named_on_the_command_line_is_read_even_in_a_hidden_folder(in_tmp: Path) -> None:
    """Ignore rules choose among a folder's files; a file given by name is what was asked."""
    note = in_tmp / ".trash" / "old.md"
    _note(note, "What did the old note ask?")
    assert _questions(str(note)) == ["What did the old note ask?"]
