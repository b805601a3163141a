"""The progress store survives: old schemas migrate, foreign or corrupt files are refused
with one line and can be moved aside, and two writers at once lose nothing."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from tpmcards.cli import cli
from tpmcards.errors import ProgressError
from tpmcards.progress import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    ProgressStore,
    m001_initial,
    reset_store,
    store_path,
)
from tpmcards.quiz import Review, schedule

from .conftest import FIXTURES

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


def review(card_id: str, rating: int = 3, at: datetime = NOW) -> Review:
    state, due, after, before = schedule(None, rating, at)
    return Review(card_id, rating, at, state, due, after, before, "flip", "tools", "Q?", None, True)


def test_store_lives_in_tpmcards_home(tpmcards_home: Path) -> None:
    """TPMCARDS_HOME moves the store; it is created on first use with the current schema."""
    with ProgressStore() as store:
        assert store.path == tpmcards_home / "progress.sqlite3"
        assert store.schema_version == SCHEMA_VERSION
    assert store_path().is_file()


def test_a_review_is_saved_with_the_card_state(tpmcards_home: Path) -> None:
    """record() writes the FSRS state and a log row; a new connection reads both back."""
    first = review("card-1", 4)  # Easy: straight to review
    later = NOW + timedelta(days=3)
    state, due, after, before = schedule(first.fsrs, 1, later)
    second = Review(
        "card-1", 1, later, state, due, after, before, "type", "tools", "Q?", "x", False
    )
    with ProgressStore() as store:
        store.record(first)
        store.record(second)
    with ProgressStore() as store:
        states = store.states()
        assert list(states) == ["card-1"]
        assert states["card-1"].state == 3  # relearning after Again
        assert [(r.card_id, r.rating, r.state_before) for r in store.reviews()] == [
            ("card-1", 4, 0),
            ("card-1", 1, 2),
        ]


def test_a_version_1_store_is_migrated_keeping_its_rows(tpmcards_home: Path) -> None:
    """A store written by the first schema opens with today's code, rows intact."""
    path = store_path()
    db = sqlite3.connect(path)
    m001_initial(db)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")
    old = review("old-card", 3)
    db.execute(
        "INSERT INTO cards VALUES (?, ?, ?, ?, ?)",
        ("old-card", old.fsrs, old.due.isoformat(), old.state, NOW.isoformat()),
    )
    db.execute(
        "INSERT INTO reviews (card_id, rating, reviewed_at) VALUES (?, ?, ?)",
        ("old-card", 3, NOW.isoformat()),
    )
    db.commit()
    db.close()
    with ProgressStore() as store:
        assert store.schema_version == SCHEMA_VERSION == 2
        assert store.states()["old-card"].fsrs == old.fsrs
        logged = store.reviews()
        assert [(r.card_id, r.rating, r.state_before, r.topic) for r in logged] == [
            ("old-card", 3, 0, "")
        ]
        store.record(review("new-card"))
        assert len(store.reviews()) == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"hello, I am a text file\n", "is not a tpmcards progress store (not SQLite)"),
        (b"SQLite format 3\x00" + b"\x00" * 200, "is not a readable progress store"),
    ],
)
def test_a_corrupt_store_is_one_line_and_can_be_moved_aside(
    tpmcards_home: Path, in_tmp: Path, content: bytes, message: str
) -> None:
    """A damaged store: `Error: <file>: ...; run ... --reset-progress`; reset moves it aside."""
    shutil.copytree(FIXTURES / "quiz", in_tmp / "sources")
    path = store_path()
    path.write_bytes(content)
    result = CliRunner().invoke(cli, ["quiz"], input="")
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {path}: {message}")
    assert result.output.rstrip().endswith(
        "run `tpmcards quiz --reset-progress` to move it aside and start over"
    )
    assert len(result.output.splitlines()) == 1
    assert path.read_bytes() == content  # left as it was

    reset = CliRunner().invoke(
        cli, ["quiz", "--reset-progress", "--mode", "flip", "-n", "1"], input="\n4\n"
    )
    assert reset.exit_code == 0, reset.output
    moved = list(tpmcards_home.glob("progress.sqlite3.*.bak"))
    assert len(moved) == 1 and moved[0].read_bytes() == content
    assert f"Moved the old progress store to {moved[0]}" in reset.output
    with ProgressStore() as store:
        assert len(store.reviews()) == 1


def test_a_foreign_sqlite_file_is_refused_untouched(tpmcards_home: Path) -> None:
    """Another program's SQLite database is never migrated into ours."""
    path = store_path()
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(ProgressError, match="is a SQLite file of another program"):
        ProgressStore()
    assert path.read_bytes() == before


def test_a_store_from_a_newer_version_is_refused(tpmcards_home: Path) -> None:
    """A schema newer than this code knows: say so rather than guess."""
    ProgressStore().close()
    db = sqlite3.connect(store_path())
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(ProgressError, match=r"newer tpmcards \(schema 3, this one knows 2\)"):
        ProgressStore()


def test_reset_moves_the_wal_files_too(tpmcards_home: Path) -> None:
    """Reset renames the store and its -wal/-shm with a timestamp and returns the new name."""
    store = ProgressStore()
    store.record(review("x"))
    moved = reset_store(store_path(), NOW)
    store.close()
    assert moved == tpmcards_home / "progress.sqlite3.20260301T120000.bak"
    assert not store_path().exists()
    assert reset_store(store_path(), NOW) is None


def test_two_writers_at_once_lose_no_review(tpmcards_home: Path) -> None:
    """Two connections (two quiz sessions) writing at the same time: every review is kept."""
    ProgressStore().close()
    per_writer = 150
    errors: list[BaseException] = []

    def write(name: str) -> None:
        try:
            with ProgressStore() as store:
                for n in range(per_writer):
                    store.record(review(f"{name}-{n % 10}", 1 + n % 4))
        except BaseException as err:  # a lost write must fail the test, not vanish in a thread
            errors.append(err)

    threads = [threading.Thread(target=write, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with ProgressStore() as store:
        logged = store.reviews()
        assert len(logged) == 2 * per_writer
        assert len(store.states()) == 20


def test_two_processes_writing_at_once_lose_no_review(tpmcards_home: Path) -> None:
    """Two quiz processes saving answers at the same moment: both logs are complete."""
    import subprocess
    import sys

    ProgressStore().close()
    script = (
        "import sys\n"
        "from tests.test_progress import review\n"
        "from tpmcards.progress import ProgressStore\n"
        "with ProgressStore() as store:\n"
        "    for n in range(100):\n"
        "        store.record(review(f'{sys.argv[1]}-{n}'))\n"
    )
    root = Path(__file__).resolve().parent.parent
    procs = [
        subprocess.Popen([sys.executable, "-c", script, name], cwd=root) for name in ("a", "b")
    ]
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    with ProgressStore() as store:
        assert len(store.reviews()) == 200
        assert len(store.states()) == 200
