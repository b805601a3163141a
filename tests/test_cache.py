"""The card cache: a rebuild reads unchanged guides back instead of parsing them again."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tpmcards.cache import PARALLEL_MIN_FILES
from tpmcards.cli import cli
from tpmcards.document import parse_document
from tpmcards.extract import extract_cards
from tpmcards.paths import cache_dir
from tpmcards.project import Project
from tpmcards.sources import load_sources, own_terms

from .conftest import SOURCES


@pytest.fixture
def guides(in_tmp: Path) -> Path:
    """A copy of the project's guides in an empty folder."""
    shutil.copytree(SOURCES, in_tmp / "sources")
    return in_tmp / "sources"


def _cache_files() -> dict[Path, int]:
    return {p: p.stat().st_mtime_ns for p in (cache_dir() / "cards").glob("*.json")}


def test_cache_gives_the_cards_of_a_fresh_parse(guides: Path) -> None:
    """A second read comes from the cache (no cache file rewritten) and equals a fresh parse."""
    first = Project([guides]).cards()
    written = _cache_files()
    assert len(written) == len(list(guides.glob("*.md")) + list(guides.glob("*.html")))
    again = Project([guides]).cards()
    assert _cache_files() == written
    assert again == first == Project([guides], use_cache=False).cards()


def test_an_edited_guide_is_parsed_again(guides: Path) -> None:
    """Editing a guide changes its cards on the next read: the cache never serves old cards."""
    Project([guides]).cards()
    guide = guides / "03-interview.md"
    guide.write_text(
        guide.read_text("utf-8") + "\n## What is the cache test asking?\n\nWhether edits show.\n",
        "utf-8",
    )
    questions = [c.question for c in Project([guides]).cards()]
    assert "What is the cache test asking?" in questions


def test_a_run_from_another_folder_reads_the_cache(guides: Path) -> None:
    """The cards do not depend on the working folder: reading the same guides from another
    folder parses none of them again, and the cards show their paths from there."""
    runner = CliRunner()
    first = runner.invoke(cli, ["cards", "--json"])
    assert first.exit_code == 0, first.output
    written = _cache_files()
    elsewhere = guides.parent / "elsewhere"
    elsewhere.mkdir()
    os.chdir(elsewhere)
    again = runner.invoke(cli, ["cards", "--json", "../sources"])
    assert again.exit_code == 0, again.output
    assert _cache_files() == written
    shown = {card["source"].rsplit(":", 1)[0] for card in json.loads(again.stdout)}
    assert shown == {f"../sources/{p.name}" for p in guides.iterdir() if p.suffix != ".yaml"}
    fresh = runner.invoke(
        cli, ["cards", "--json", "../sources"], env={"TPMCARDS_HOME": str(elsewhere / "home")}
    )
    assert fresh.exit_code == 0, fresh.output
    assert again.stdout == fresh.stdout


@pytest.mark.parametrize("damage", [b"", b"garbage", b"tpmcards-cache-1\n" + b"\x00" * 40])
def test_a_damaged_cache_is_ignored(guides: Path, damage: bytes) -> None:
    """Truncated or garbled cache files are misses: the build succeeds with the same cards."""
    runner = CliRunner()
    first = runner.invoke(cli, ["cards", "--json"])
    assert first.exit_code == 0, first.output
    for path in _cache_files():
        path.write_bytes(damage)
    again = runner.invoke(cli, ["cards", "--json"])
    assert again.exit_code == 0, again.output
    assert again.stdout == first.stdout
    assert all(path.read_bytes() != damage for path in _cache_files())


def test_rebuild_rewrites_a_deck_whose_bytes_changed(guides: Path) -> None:
    """The memo of built decks trusts the bytes on disk only: a clobbered deck is rebuilt."""
    runner = CliRunner()
    assert runner.invoke(cli, ["build"]).exit_code == 0
    deck = guides.parent / "decks" / "tpm-guide.apkg"
    good = deck.read_bytes()
    unchanged = runner.invoke(cli, ["build"])
    assert "(unchanged)" in unchanged.output.splitlines()[0]
    deck.write_bytes(b"not a deck")
    rebuilt = runner.invoke(cli, ["build"])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert "(unchanged)" not in rebuilt.output.splitlines()[0]
    assert deck.read_bytes() == good


def _many_guides(folder: Path, count: int) -> None:
    folder.mkdir()
    for n in range(count):
        (folder / f"guide-{n:03d}.md").write_text(
            f"# Guide {n}\n\n## What does part {n} do?\n\nIt keeps thing {n} running.\n", "utf-8"
        )


def test_many_guides_give_the_cards_of_one_by_one_parsing(in_tmp: Path) -> None:
    """Parsing many guides (in worker processes) gives the cards, in order, of parsing each."""
    _many_guides(in_tmp / "notes", PARALLEL_MIN_FILES * 2 + 5)
    expected = [
        card
        for source in load_sources([in_tmp / "notes"])
        for card in extract_cards(parse_document(source), own_terms(in_tmp / "notes"))
    ]
    assert Project([in_tmp / "notes"], use_cache=False).cards() == expected


def test_a_bad_guide_among_many_is_reported_by_name(in_tmp: Path) -> None:
    """An unreadable guide parsed in a worker still gives the one-line error naming it."""
    _many_guides(in_tmp / "notes", PARALLEL_MIN_FILES * 2 + 5)
    (in_tmp / "notes" / "guide-017.md").write_bytes(b"\x00\x01binary")
    result = CliRunner().invoke(cli, ["build", "notes", "-o", "out"])
    assert result.exit_code == 1
    assert "guide-017.md" in result.output
    assert "binary" in result.output
    assert "Traceback" not in result.output


def test_help_imports_no_parser_or_packager() -> None:
    """`tpmcards --help` loads click and the CLI only: parsers and genanki wait for a command."""
    code = (
        "import sys; from tpmcards.cli import cli\n"
        "heavy = {'bs4', 'markdown_it', 'genanki', 'nh3', 'yaml', 'rapidfuzz', 'dataclasses'}\n"
        "print(sorted(heavy & set(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_unchanged_rebuilds_report_alike_and_notice_every_changed_file(guides: Path) -> None:
    """A build of unchanged guides onto unchanged files is answered from the memo of whole
    builds: it prints what a full build prints, and a changed guide, lock or deck is seen."""
    runner = CliRunner()
    assert runner.invoke(cli, ["build"]).exit_code == 0
    full = runner.invoke(cli, ["build"])  # finds everything up to date, and remembers it
    memo = runner.invoke(cli, ["build"])
    assert full.exit_code == memo.exit_code == 0
    assert memo.output == full.output
    assert list((cache_dir() / "builds").glob("*.json"))  # the memo that answered
    assert "(unchanged)" in memo.output.splitlines()[0]
    assert runner.invoke(cli, ["build", "--check"]).exit_code == 0
    lock = next(p for p in (guides.parent / "decks").iterdir() if "lock" in p.name)
    deck = guides.parent / "decks" / "tpm-guide.apkg"
    for damaged in (lock, deck):
        good = damaged.read_bytes()
        damaged.write_bytes(good + b" ")
        assert runner.invoke(cli, ["build", "--check"]).exit_code != 0
        rebuilt = runner.invoke(cli, ["build"])
        assert "(unchanged)" not in rebuilt.output.splitlines()[0], rebuilt.output
        assert damaged.read_bytes() == good
        runner.invoke(cli, ["build"])  # up to date again: remembered again
    guide = guides / "03-interview.md"
    guide.write_text(guide.read_text("utf-8") + "\n## What is new here?\n\nA card.\n", "utf-8")
    edited = runner.invoke(cli, ["build"])
    assert "added: What is new here?" in edited.output or "1 cards added" in edited.output, (
        edited.output
    )


def test_rendered_fields_from_the_cache_equal_a_fresh_rendering(guides: Path) -> None:
    """Fields rendered by an earlier run (code highlighted, sanitized) are reused as they
    were rendered, and a changed code block is rendered anew."""
    guide = guides / "code.md"
    guide.write_text(
        "# Code\n\n## What does the snippet print?\n\n```python\nprint('one')\n```\n", "utf-8"
    )
    runner = CliRunner()
    first = runner.invoke(cli, ["cards", "--json"])
    assert first.exit_code == 0, first.output
    snippet = next(c for c in json.loads(first.stdout) if "snippet" in c["question"])
    assert '<pre class="highlight">' in snippet["answer"]
    assert list((cache_dir() / "fields").glob("*.json"))
    again = runner.invoke(cli, ["cards", "--json"])
    assert again.stdout == first.stdout
    guide.write_text(guide.read_text("utf-8").replace("'one'", "'two'"), "utf-8")
    edited = runner.invoke(cli, ["cards", "--json"])
    answer = next(c for c in json.loads(edited.stdout) if "snippet" in c["question"])["answer"]
    assert answer == snippet["answer"].replace("'one'", "'two'")


def test_first_rebuild_after_an_edit_reads_no_guide(guides: Path) -> None:
    """A build that wrote a change leaves the memo a no-change rebuild needs: the next build
    of the same inputs is answered without parsing (no card cache is even looked at)."""
    runner = CliRunner()
    assert runner.invoke(cli, ["build"]).exit_code == 0
    guide = guides / "03-interview.md"
    guide.write_text(guide.read_text("utf-8") + "\n## What is new here?\n\nA card.\n", "utf-8")
    edited = runner.invoke(cli, ["build"])
    assert "added: What is new here?" in edited.output, edited.output
    shutil.rmtree(cache_dir() / "cards")
    again = runner.invoke(cli, ["build"])
    assert again.exit_code == 0
    assert "(unchanged)" in again.output.splitlines()[0]
    assert "added" not in again.output
    assert not (cache_dir() / "cards").exists()  # nothing was parsed
    assert runner.invoke(cli, ["build", "--check"]).exit_code == 0


def test_a_parse_worker_collects_garbage_though_its_build_paused_the_collector() -> None:
    """A build after an edit pauses the collector and may fork parse workers (many guides
    changed): each worker turns its own collector on, so a large parse keeps its memory."""
    import gc

    from tpmcards.cache import _worker_start

    threshold = gc.get_threshold()
    gc.disable()
    try:
        _worker_start()
        assert gc.isenabled()
    finally:  # this process is no worker: its collector as it was
        gc.unfreeze()
        gc.set_threshold(*threshold)
        gc.enable()
