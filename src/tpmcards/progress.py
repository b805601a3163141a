"""The progress store: FSRS state and an append-only review log in SQLite, one row per answer.

The file lives in the user data folder (`TPMCARDS_HOME` moves it). Its schema is versioned by
`PRAGMA user_version` and grows by the ordered migrations below; a file that is not ours is
refused with a one-line error rather than touched. WAL and a busy timeout let two quiz
sessions write at once; every review is committed before the next question is asked.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ProgressError, printable
from .paths import data_dir

if TYPE_CHECKING:
    from .quiz import Review

STORE_NAME = "progress.sqlite3"
# "tpmc" in ASCII: marks the file as ours, so a foreign SQLite file is never migrated.
APPLICATION_ID = 0x74706D63
BUSY_TIMEOUT_MS = 10_000
RESET_HINT = "run `tpmcards quiz --reset-progress` to move it aside and start over"


def store_path() -> Path:
    """Where the progress store lives."""
    return data_dir() / STORE_NAME


# --- migrations: append only; a released migration never changes -------------------------


def m001_initial(db: sqlite3.Connection) -> None:
    """Cards with their FSRS state, and the review log."""
    db.execute(
        """CREATE TABLE cards (
            id TEXT PRIMARY KEY,       -- the stable card id, the Anki note GUID
            fsrs TEXT NOT NULL,        -- fsrs.Card.to_json()
            due TEXT NOT NULL,         -- ISO 8601 UTC, copied out of `fsrs` for queries
            state INTEGER NOT NULL,    -- fsrs.State: 1 learning, 2 review, 3 relearning
            updated TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE reviews (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            card_id TEXT NOT NULL,
            rating INTEGER NOT NULL,   -- 1 Again, 2 Hard, 3 Good, 4 Easy
            reviewed_at TEXT NOT NULL
        )"""
    )


def m002_review_details(db: sqlite3.Connection) -> None:
    """What was asked and answered, for the summary and stats; an index for stats by day."""
    db.execute("ALTER TABLE reviews ADD COLUMN state_before INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE reviews ADD COLUMN mode TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE reviews ADD COLUMN topic TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE reviews ADD COLUMN question TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE reviews ADD COLUMN typed TEXT")
    db.execute("ALTER TABLE reviews ADD COLUMN correct INTEGER")
    db.execute("CREATE INDEX reviews_by_time ON reviews (reviewed_at)")
    db.execute("CREATE INDEX reviews_by_card ON reviews (card_id)")


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (m001_initial, m002_review_details)
SCHEMA_VERSION = len(MIGRATIONS)


# --- values ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CardState:
    """A card's stored FSRS state."""

    id: str
    fsrs: str  # JSON of fsrs.Card
    due: datetime
    state: int


@dataclass(frozen=True)
class LoggedReview:
    """A row of the review log."""

    card_id: str
    rating: int
    reviewed_at: datetime
    state_before: int
    topic: str


def iso(moment: datetime) -> str:
    """UTC ISO 8601 text that sorts as time does."""
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def parse_iso(text: str) -> datetime:
    if not isinstance(text, str):
        raise TypeError(f"a time that is not text: {text!r}")
    return datetime.fromisoformat(text).astimezone(timezone.utc)


# The fields of fsrs.Card.to_json() and what each holds.
_FSRS_FIELDS: dict[str, tuple[type, ...]] = {
    "card_id": (int,),
    "state": (int,),
    "step": (int, type(None)),
    "stability": (int, float, type(None)),
    "difficulty": (int, float, type(None)),
    "due": (str,),
    "last_review": (str, type(None)),
}


def _check_fsrs(text: object) -> None:
    """Check the JSON of an FSRS state as fsrs.Card.from_json will read it."""
    if not isinstance(text, str):
        raise TypeError("the FSRS state is not text")
    data = json.loads(text)
    if not isinstance(data, dict) or set(data) != set(_FSRS_FIELDS):
        raise ValueError("the FSRS state lacks its fields")
    for name, kinds in _FSRS_FIELDS.items():
        if not isinstance(data[name], kinds) or isinstance(data[name], bool):
            raise ValueError(f"the FSRS `{name}` is {data[name]!r}")
    if data["state"] not in (1, 2, 3):
        raise ValueError(f"the FSRS state is {data['state']!r}")
    parse_iso(data["due"])
    if data["last_review"] is not None:
        parse_iso(data["last_review"])


# --- the store -----------------------------------------------------------------------------


class ProgressStore:
    """The SQLite file holding every card's FSRS state and every review."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else store_path()
        self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        path = self.path
        if path.exists() and not path.is_file():
            raise ProgressError(f"is not a file; {RESET_HINT}", path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise ProgressError(
                f"cannot create the folder ({err.strerror}); set TPMCARDS_HOME to a writable one",
                path.parent,
            ) from None
        _check_header(path)
        try:
            db = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as err:
            raise ProgressError(f"cannot be opened ({err}); {RESET_HINT}", path) from None
        try:
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            _check_owner(db, path)  # before WAL mode, which would rewrite a foreign file
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
            _migrate(db, path)
        except sqlite3.OperationalError as err:
            db.close()
            if "readonly" in str(err) or "unable to open" in str(err):
                raise ProgressError(
                    f"cannot be written ({err}); check the folder's permissions "
                    "or set TPMCARDS_HOME to a writable folder",
                    path,
                ) from None
            raise ProgressError(
                f"is not a readable progress store ({err}); {RESET_HINT}", path
            ) from None
        except sqlite3.DatabaseError as err:
            db.close()
            raise ProgressError(
                f"is not a readable progress store ({err}); {RESET_HINT}", path
            ) from None
        except BaseException:
            db.close()
            raise
        return db

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        version: int = self._db.execute("PRAGMA user_version").fetchone()[0]
        return version

    def states(self, ids: Iterable[str] | None = None) -> dict[str, CardState]:
        """The stored state of the given cards (all cards when `ids` is None)."""
        rows = self._query("SELECT id, fsrs, due, state FROM cards")
        wanted = None if ids is None else set(ids)
        return {row[0]: self._state(row) for row in rows if wanted is None or row[0] in wanted}

    def _state(self, row: tuple[Any, ...]) -> CardState:
        """A row of `cards` as a state, checked: a damaged row is one line, not a traceback."""
        card_id, fsrs, due, state = row
        try:
            if not isinstance(card_id, str):
                raise ValueError("its id is not text")
            if not isinstance(state, int) or state not in (1, 2, 3):
                raise ValueError(f"state {state!r}")
            _check_fsrs(fsrs)
            return CardState(card_id, fsrs, parse_iso(due), state)
        except (ValueError, TypeError, OverflowError) as err:
            shown = printable(str(card_id))[:40]
            raise ProgressError(
                f"the saved state of card {shown} is damaged ({printable(str(err))[:80]}); "
                f"{RESET_HINT}",
                self.path,
            ) from None

    def record(self, review: Review) -> None:
        """Save one answer: the card's new state and its log row, in one transaction."""
        try:
            with _transaction(self._db):
                self._db.execute(
                    """INSERT INTO cards (id, fsrs, due, state, updated) VALUES (?, ?, ?, ?, ?)
                       ON CONFLICT(id) DO UPDATE SET fsrs = excluded.fsrs, due = excluded.due,
                       state = excluded.state, updated = excluded.updated""",
                    (
                        review.card_id,
                        review.fsrs,
                        iso(review.due),
                        review.state,
                        iso(review.reviewed_at),
                    ),
                )
                self._db.execute(
                    """INSERT INTO reviews (card_id, rating, reviewed_at, state_before, mode,
                       topic, question, typed, correct) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    (
                        review.card_id,
                        review.rating,
                        iso(review.reviewed_at),
                        review.state_before,
                        review.mode,
                        review.topic,
                        review.question,
                        review.typed,
                        int(review.correct),
                    ),
                )
        except sqlite3.Error as err:
            raise ProgressError(
                f"cannot save the answer ({err}); check the disk and the file's permissions",
                self.path,
            ) from None

    def reviews(self, since: datetime | None = None) -> list[LoggedReview]:
        """The review log, oldest first, optionally from `since` on."""
        rows = self._query(
            "SELECT card_id, rating, reviewed_at, state_before, topic FROM reviews"
            " WHERE reviewed_at >= ? ORDER BY id",
            (iso(since) if since else "",),
        )
        try:
            return [LoggedReview(r[0], r[1], parse_iso(r[2]), r[3], r[4]) for r in rows]
        except (ValueError, TypeError, OverflowError) as err:
            raise ProgressError(
                f"a review in the log is damaged ({printable(str(err))[:80]}); {RESET_HINT}",
                self.path,
            ) from None

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        try:
            return list(self._db.execute(sql, params))
        except sqlite3.Error as err:
            raise ProgressError(f"cannot be read ({err}); {RESET_HINT}", self.path) from None


def reset_store(path: Path | None = None, now: datetime | None = None) -> Path | None:
    """Move the store (and its WAL files) aside with a timestamp; return where it went."""
    path = path if path is not None else store_path()
    if not path.exists():
        return None
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.{stamp}.bak")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{stamp}-{n}.bak")
        n += 1
    try:
        os.replace(path, target)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, target.with_name(target.name + suffix))
    except OSError as err:
        raise ProgressError(f"cannot be moved aside ({err.strerror})", path) from None
    return target


# --- helpers -------------------------------------------------------------------------------

_SQLITE_MAGIC = b"SQLite format 3\x00"


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite before sqlite3 gets a chance to misread it."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
    except FileNotFoundError:
        return
    except OSError as err:
        raise ProgressError(f"cannot be read ({err.strerror})", path) from None
    if head and head != _SQLITE_MAGIC:
        raise ProgressError(f"is not a tpmcards progress store (not SQLite); {RESET_HINT}", path)


class _transaction:
    """BEGIN IMMEDIATE ... COMMIT: takes the write lock up front, waiting for the other writer."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, value: object, traceback: object) -> None:
        if kind is None:
            self.db.execute("COMMIT")
        else:
            self.db.execute("ROLLBACK")


def _check_owner(db: sqlite3.Connection, path: Path) -> tuple[int, int]:
    """Refuse another program's database and a newer schema; return (version, app id)."""
    version: int = db.execute("PRAGMA user_version").fetchone()[0]
    app: int = db.execute("PRAGMA application_id").fetchone()[0]
    tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app != APPLICATION_ID and (app != 0 or tables or version):
        raise ProgressError(f"is a SQLite file of another program; {RESET_HINT}", path)
    if version > SCHEMA_VERSION:
        raise ProgressError(
            f"was written by a newer tpmcards (schema {version}, this one knows "
            f"{SCHEMA_VERSION}); upgrade tpmcards, or {RESET_HINT}",
            path,
        )
    return version, app


def _migrate(db: sqlite3.Connection, path: Path) -> None:
    with _transaction(db):
        # Checked again inside the write lock: another session may have migrated meanwhile.
        version, app = _check_owner(db, path)
        for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
            migration(db)
            db.execute(f"PRAGMA user_version = {number}")
        if app != APPLICATION_ID:
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
