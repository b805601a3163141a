"""Regeneration that Anki accepts: edit the guide, rebuild, re-import, lose nothing."""

from __future__ import annotations

import queue
import shutil
import sqlite3
import threading
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tpmcards.build import DeckReport, watch_decks
from tpmcards.cli import cli
from tpmcards.errors import TpmcardsError
from tpmcards.identity import BuildDiff, read_lock, removed_ids
from tpmcards.project import Project

from .conftest import SOURCES

GUIDE_V1 = """\
# Team Handbook

## Basics

### What is a sprint?

A sprint is a fixed period of one or two weeks in which a team finishes planned work.

### Who owns the product backlog?

The product manager owns the product backlog and orders it by value.

### What does a retrospective review?

A retrospective reviews how the last sprint went and agrees on one thing to change.

## Roles

### Who removes blockers for the team?

The engineering manager removes blockers so that engineers can keep working.

### What does a tech lead decide?

The tech lead decides the technical design and reviews the riskiest changes.

## Meetings

### How long is the daily standup?

The daily standup lasts fifteen minutes at most.
"""

# v2: one answer edited, one question reworded, one card added, one removed, the Meetings
# section moved to the top, and the blockers card moved from Roles to Basics.
GUIDE_V2 = """\
# Team Handbook

## Meetings

### How long is the daily standup?

The daily standup lasts fifteen minutes at most.

## Basics

### What is a sprint?

A sprint is a fixed period of two weeks in which a team finishes planned work.

### Which person owns the product backlog?

The product manager owns the product backlog and orders it by value.

### What does a retrospective review?

A retrospective reviews how the last sprint went and agrees on one thing to change.

### Who removes blockers for the team?

The engineering manager removes blockers so that engineers can keep working.

### What is a burndown chart?

A burndown chart shows the work left in a sprint, day by day.
"""

CONFIG = """\
deck: Team Handbook
output: handbook
topics:
  - {slug: basics, title: Basics, headings: [basics]}
  - {slug: roles, title: Roles, headings: [roles]}
  - {slug: meetings, title: Meetings, headings: [meetings]}
"""

V1_TIME = 1_750_000_000  # the first build, well before the test runs


def _guide(root: Path, text: str) -> Path:
    """A guide folder with its config, as a user keeps one."""
    (root / "guide").mkdir(exist_ok=True)
    (root / "guide" / "tpmcards.yaml").write_text(CONFIG)
    guide = root / "guide" / "handbook.md"
    guide.write_text(text)
    return guide


def _build(root: Path, now: int) -> list[DeckReport]:
    return Project([root / "guide"], out_dir=root / "decks").build(now=now)


def _import(col: Any, package: Path, with_scheduling: bool = False) -> None:
    """Import with Anki's default options (update a note only when the incoming one is newer),
    or with the package's learning progress too ("Import any learning progress")."""
    from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    options = ImportAnkiPackageOptions(with_scheduling=with_scheduling)
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(package), options=options))


def _note_by_question(col: Any, question: str) -> Any:
    found = [col.get_note(n) for n in col.find_notes("") if col.get_note(n)["Question"] == question]
    assert len(found) == 1, (question, len(found))
    return found[0]


def _answer(col: Any, note: Any, ease: int = 3) -> None:
    """Review a note's card through Anki's own scheduler."""
    card = note.cards()[0]
    card.start_timer()
    col.sched.answerCard(card, ease)


def test_edited_guide_reimports_without_losing_reviews_or_user_edits(
    tmp_path: Path, anki_collection: Any
) -> None:
    """v1 -> Anki reviews and an Anki edit -> edited guide v2 -> Anki holds the right notes."""
    guide = _guide(tmp_path, GUIDE_V1)
    (tmp_path / "decks").mkdir()
    [report] = _build(tmp_path, V1_TIME)
    col = anki_collection
    _import(col, report.path)
    assert len(col.find_notes("")) == 6

    sprint = _note_by_question(col, "What is a sprint?")
    backlog = _note_by_question(col, "Who owns the product backlog?")
    standup = _note_by_question(col, "How long is the daily standup?")
    retro = _note_by_question(col, "What does a retrospective review?")
    tech_lead = _note_by_question(col, "What does a tech lead decide?")
    blockers = _note_by_question(col, "Who removes blockers for the team?")
    for note in (sprint, backlog, standup):
        _answer(col, note)
    reviews = col.db.all("SELECT id, cid, ease FROM revlog ORDER BY id")
    assert len(reviews) == 3
    scheduled = {n.id: col.get_card(n.cards()[0].id).due for n in (sprint, backlog, standup)}
    retro["Extra"] = "My own mnemonic: the three Rs."
    col.update_note(retro)

    guide.write_text(GUIDE_V2)
    [report] = _build(tmp_path, int(time.time()) + 60)  # the guide is edited after the reviews
    assert report.diff.added == ("What is a burndown chart?",)
    assert report.diff.removed == ("What does a tech lead decide?",)
    assert report.diff.reworded == (
        ("Who owns the product backlog?", "Which person owns the product backlog?"),
    )
    assert set(report.diff.changed) == {"What is a sprint?", "Who removes blockers for the team?"}
    _import(col, report.path)

    notes = {n: col.get_note(n) for n in col.find_notes("")}
    assert len(notes) == 7, "one card added, the removed one kept, no duplicate"
    assert len({n.guid for n in notes.values()}) == 7
    # The edited answer is updated in place: same note id, same card, its review kept.
    sprint_now = col.get_note(sprint.id)
    assert "fixed period of two weeks" in sprint_now["Answer"]
    assert sprint_now.cards()[0].id == sprint.cards()[0].id
    # The reworded question is the same note, with its history and schedule.
    backlog_now = col.get_note(backlog.id)
    assert backlog_now["Question"] == "Which person owns the product backlog?"
    assert backlog_now.cards()[0].due == scheduled[backlog.id]
    # The moved card took its new place (source field), still the same note.
    assert "Basics" in col.get_note(blockers.id)["Source"]
    # The new card arrived; the removed one is still there, tagged, and the report says so.
    assert _note_by_question(col, "What is a burndown chart?").cards()[0].type == 0
    assert "tpmcards::removed" in col.get_note(tech_lead.id).tags
    assert col.find_notes("tag:tpmcards::removed") == [tech_lead.id]
    # The package suspends it for first imports; a user's own card keeps its place.
    removed_card = col.get_card(tech_lead.cards()[0].id)
    assert removed_card.queue == 0
    assert removed_card.did == tech_lead.cards()[0].did  # not moved to the Removed subdeck
    # Untouched cards, and what the user wrote inside Anki, are as they were.
    assert col.get_note(retro.id)["Extra"] == "My own mnemonic: the three Rs."
    standup_now = col.get_note(standup.id)
    assert (standup_now.mod, standup_now.fields) == (standup.mod, standup.fields)
    assert standup_now.cards()[0].due == scheduled[standup.id]
    # The review log is intact.
    assert col.db.all("SELECT id, cid, ease FROM revlog ORDER BY id") == reviews
    # The lock tells the quiz which ids are gone.
    assert removed_ids(read_lock(tmp_path / "decks" / "handbook.lock.json")) == {tech_lead.guid}


def test_a_first_import_gets_removed_cards_suspended(tmp_path: Path, anki_collection: Any) -> None:
    """A learner who imports the deck for the first time, with its learning progress, after a
    card was removed from the guide gets it tagged and suspended: kept out of study. (Anki's
    default import drops every card's state, suspension included.)"""
    guide = _guide(tmp_path, GUIDE_V1)
    (tmp_path / "decks").mkdir()
    _build(tmp_path, V1_TIME)
    guide.write_text(GUIDE_V1.replace("### What does a tech lead decide?", "### Dropped"))
    [report] = _build(tmp_path, V1_TIME + 100)
    col = anki_collection
    _import(col, report.path, with_scheduling=True)
    suspended = col.find_cards("is:suspended")
    assert [col.get_card(c).note()["Question"] for c in suspended] == [
        "What does a tech lead decide?"
    ]
    assert col.find_cards("tag:tpmcards::removed") == suspended
    assert len(col.find_cards("-is:suspended")) == 5
    # Apart in a subdeck of its own, which a learner deletes in one step.
    [card_id] = suspended
    assert col.decks.name(col.get_card(card_id).did) == "Team Handbook::Removed from the guide"


def test_removed_card_comes_back_with_its_old_id_and_loses_the_tag(
    tmp_path: Path, anki_collection: Any
) -> None:
    """A card removed from the guide, then put back, is the same Anki note, untagged again."""
    guide = _guide(tmp_path, GUIDE_V1)
    (tmp_path / "decks").mkdir()
    [first] = _build(tmp_path, V1_TIME)
    col = anki_collection
    _import(col, first.path)
    tech_lead = _note_by_question(col, "What does a tech lead decide?")
    guide.write_text(GUIDE_V1.replace("### What does a tech lead decide?", "### Dropped"))
    _import(col, _build(tmp_path, V1_TIME + 100)[0].path)
    assert "tpmcards::removed" in col.get_note(tech_lead.id).tags
    guide.write_text(GUIDE_V1)
    [back] = _build(tmp_path, V1_TIME + 200)
    assert back.diff.restored == ("What does a tech lead decide?",)
    assert back.diff.added == ()
    _import(col, back.path)
    assert "tpmcards::removed" not in col.get_note(tech_lead.id).tags
    assert len(col.find_notes("")) == 6


def _notes(package: Path) -> dict[str, tuple[Any, ...]]:
    """The note rows of a package, by GUID."""
    with zipfile.ZipFile(package) as archive:
        data = archive.read("collection.anki2")
    db = package.with_suffix(".read.anki2")
    db.write_bytes(data)
    try:
        conn = sqlite3.connect(db)
        rows = {row[1]: tuple(row) for row in conn.execute("SELECT * FROM notes")}
        conn.close()
    finally:
        db.unlink()
    return rows


@pytest.fixture
def project(in_tmp: Path) -> Path:
    """A copy of the project's sources, as a fresh clone has them."""
    shutil.copytree(SOURCES, in_tmp / "sources")
    return in_tmp


@pytest.mark.parametrize(
    ("file", "old", "new"),
    [
        ("01-role-and-skills.md", "interconnected projects", "linked projects"),
        ("02-duties-and-teams.html", "Directing every aspect", "Steering every aspect"),
        ("03-interview.md", "Concisely and to the point", "Concisely, to the point"),
    ],
)
def test_editing_a_sentence_changes_exactly_the_notes_that_hold_it(
    project: Path, file: str, old: str, new: str
) -> None:
    """Only the notes whose text held the edited sentence differ in the rebuilt package."""
    (project / "decks").mkdir()
    [v1] = Project([project / "sources"], out_dir=project / "decks").build(now=V1_TIME)
    before = _notes(v1.path)
    path = project / "sources" / file
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    [v2] = Project([project / "sources"], out_dir=project / "decks").build(now=V1_TIME + 10)
    after = _notes(v2.path)
    # Which notes held the first occurrence: the sentence, as it reads in the old guide.
    line = next(line for line in text.splitlines() if old in line)
    start = line.index(old)
    fragment = line[max(0, start - 25) : start + len(old) + 5].strip()
    holding = {guid for guid, row in before.items() if old in row[6] and _near(row[6], fragment)}
    assert holding, fragment
    differing = {
        guid for guid in before.keys() | after.keys() if before.get(guid) != after.get(guid)
    }
    assert differing == holding
    assert all(after[g][3] == V1_TIME + 10 for g in holding)


def _near(fields: str, fragment: str) -> bool:
    """Whether the note text holds the fragment, ignoring line breaks and markup."""
    from tpmcards.markup import to_text

    words = fragment.split()
    flat = " ".join(to_text(fields.replace("\x1f", " ")).split())
    return " ".join(words[1:-1]) in flat


def test_rebuild_with_no_edits_is_byte_identical_even_later(project: Path) -> None:
    """Same sources and lock give the same bytes, whatever the clock says."""
    (project / "decks").mkdir()
    [first] = Project([project / "sources"], out_dir=project / "decks").build(now=V1_TIME)
    deck, lock = first.path.read_bytes(), first.lock.read_bytes() if first.lock else b""
    [again] = Project([project / "sources"], out_dir=project / "decks").build(now=V1_TIME + 9999)
    assert not again.written and again.up_to_date
    assert first.path.read_bytes() == deck
    assert first.lock is not None and first.lock.read_bytes() == lock


def test_adding_a_card_renumbers_no_other_note(project: Path) -> None:
    """Note ids come from GUIDs: a new card leaves every other note row as it was."""
    (project / "decks").mkdir()
    [v1] = Project([project / "sources"], out_dir=project / "decks").build(now=V1_TIME)
    before = _notes(v1.path)
    path = project / "sources" / "01-role-and-skills.md"
    path.write_text(
        path.read_text().replace(
            "### What is a technical program?",
            "### What does TPM stand for?\n\nTechnical program manager.\n\n"
            "### What is a technical program?",
        )
    )
    [v2] = Project([project / "sources"], out_dir=project / "decks").build(now=V1_TIME + 10)
    after = _notes(v2.path)
    assert v2.diff.added == ("What does TPM stand for?",)
    assert len(after) == len(before) + 1
    assert all(after[guid] == row for guid, row in before.items())


def test_check_fails_with_one_line_when_sources_changed(project: Path) -> None:
    """`--check` exits 1 naming the stale deck, writes nothing; exit 0 once rebuilt."""
    runner = CliRunner()
    assert runner.invoke(cli, ["build"]).exit_code == 0
    guide = project / "sources" / "03-interview.md"
    guide.write_text(guide.read_text().replace("Move fast.", "Move quickly.", 1))
    lock = (project / "decks" / "tpm-guide.lock.json").read_bytes()
    result = runner.invoke(cli, ["build", "--check"])
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: decks/tpm-guide.apkg is out of date with the guides; "
        "run `tpmcards build` and commit the deck and its lock\n"
    )
    assert (project / "decks" / "tpm-guide.lock.json").read_bytes() == lock
    assert runner.invoke(cli, ["build"]).exit_code == 0
    assert runner.invoke(cli, ["build", "--check"]).output == "decks: up to date\n"


def test_first_build_summarises_and_dry_run_lists_without_writing(in_tmp: Path) -> None:
    """A first build says "N cards added (new lock)"; --dry-run prints the diff, writes nothing."""
    _guide(in_tmp, GUIDE_V1)
    runner = CliRunner()
    first = runner.invoke(cli, ["build", "guide"])
    assert first.exit_code == 0, first.output
    assert first.output.splitlines()[-1] == "  6 cards added (new lock)"
    verbose = runner.invoke(cli, ["build", "guide", "-o", "other", "-v"])
    assert "  added: What is a sprint?" in verbose.output.splitlines()
    Path("guide/handbook.md").write_text(GUIDE_V2)
    deck = Path("decks/handbook.apkg").read_bytes()
    dry = runner.invoke(cli, ["build", "guide", "--dry-run"])
    assert dry.exit_code == 0, dry.output
    lines = dry.output.splitlines()
    assert lines[0] == "Team Handbook: 6 cards -> decks/handbook.apkg (not written)"
    assert "  added: What is a burndown chart?" in lines
    assert "  changed: What is a sprint?" in lines
    assert (
        "  reworded: Who owns the product backlog? -> Which person owns the product backlog?"
        in lines
    )
    assert "  removed: What does a tech lead decide?" in lines
    assert any("tag:tpmcards::removed" in line for line in lines)
    assert Path("decks/handbook.apkg").read_bytes() == deck


def test_watch_rebuilds_on_save_and_survives_a_broken_guide(tmp_path: Path) -> None:
    """A real watchfiles run: a save rebuilds, a broken guide reports and the watch goes on."""
    guide = _guide(tmp_path, GUIDE_V1)
    events: queue.Queue[Any] = queue.Queue()
    stop = threading.Event()

    def on_build(reports: list[DeckReport]) -> None:
        events.put(reports[0].diff)

    def on_error(err: TpmcardsError) -> None:
        events.put(err)

    def wait_for(expected: Any) -> None:
        """Take events until one is the expected one (a save may come in two batches)."""
        while True:
            event = events.get(timeout=20)  # queue.Empty here means the watch never reacted
            if expected(event):
                return

    watcher = threading.Thread(
        target=watch_decks,
        args=([tmp_path / "guide"], tmp_path / "decks"),
        kwargs={
            "build": lambda: Project([tmp_path / "guide"], out_dir=tmp_path / "decks").build(
                now=V1_TIME
            ),
            "on_build": on_build,
            "on_error": on_error,
            "stop_event": stop,
            "debounce_ms": 50,
        },
    )
    (tmp_path / "decks").mkdir()
    watcher.start()
    try:
        wait_for(lambda e: isinstance(e, BuildDiff) and e.new_lock)
        time.sleep(0.3)  # let the watcher start listening before the first save
        guide.write_text(GUIDE_V1 + "\n### What is a burndown chart?\n\nWork left, by day.\n")
        wait_for(lambda e: isinstance(e, BuildDiff) and e.added == ("What is a burndown chart?",))
        guide.write_bytes(b"\x00\x01binary\xff")
        wait_for(lambda e: isinstance(e, TpmcardsError) and "handbook.md" in str(e))
        guide.write_text(GUIDE_V1)
        wait_for(lambda e: isinstance(e, BuildDiff) and e.removed == ("What is a burndown chart?",))
    finally:
        stop.set()
        watcher.join(10)
    assert not watcher.is_alive()


def test_a_build_that_removes_cards_is_what_a_rebuild_from_its_lock_writes(project: Path) -> None:
    """Cards removed by an edit sit in the package where any later build puts them: a
    rebuild with no cache, from the lock the edit left, writes the same bytes."""
    (project / "decks").mkdir()
    Project([project / "sources"], out_dir=project / "decks").build(now=V1_TIME)
    guide = project / "sources" / "03-interview.md"
    text = guide.read_text()
    # Two edits: the last section goes, then the ones before it. The cards removed second
    # sort after those removed first ("how ..." < "who ..." < "why ...").
    guide.write_text(text[: text.index("## How Liana Gervorgyan became a TPM")])
    [first] = Project([project / "sources"], out_dir=project / "decks").build(now=V1_TIME + 5)
    guide.write_text(text[: text.index("## Why the TPM role matters")])
    [edited] = Project([project / "sources"], out_dir=project / "decks").build(now=V1_TIME + 10)
    assert len(first.diff.removed) >= 3 and len(edited.diff.removed) >= 5
    package = edited.path.read_bytes()
    [again] = Project([project / "sources"], out_dir=project / "decks", use_cache=False).build(
        now=V1_TIME + 20
    )
    assert again.up_to_date and not again.written
    assert again.path.read_bytes() == package
