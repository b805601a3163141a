"""A deck's collection kept between builds, so that an edit writes only the notes it changed.

The working copy is an Anki collection (genanki's schema) plus a table that records, for
each note, the digest of everything its rows are made of. A build syncs it to its notes:
rows whose digest differs or whose note is gone are deleted, missing ones are written, every
card takes its place in the new-card queue. The package's database is then copied out of it
in one fixed way (a fresh file with genanki's schema, rows in id order), whether the working
copy started empty (a cold build) or from the last build: both give the same bytes.

The copy lives in the cache folder, one file per deck output, checksummed, under a digest
of the code and config that made it. A missing, damaged or foreign copy (another schema,
another setup, a trigger someone planted) is an empty start, never an error.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from genanki.apkg_schema import APKG_SCHEMA

from .atomic import write_quietly

# Note and card ids look like creation times in milliseconds (Anki shows them as such); ours
# are derived from the GUID within a window after EPOCH, so adding a card renumbers no other.
EPOCH = 1_700_000_000
_ID_WINDOW = 1 << 36
_OWN_SCHEMA = "CREATE TABLE tpm_notes (guid TEXT PRIMARY KEY, nid INTEGER NOT NULL, digest BLOB);"
_MAGIC = b"tpmcards-collection-1\n"
_NOTE_COLUMNS = "id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data"
_CARD_COLUMNS = (
    "id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, lapses, left, "
    "odue, odid, flags, data"
)


class Want(NamedTuple):
    """One note a build wants: its GUID, the digest of what makes its rows, its queue place."""

    guid: str
    digest: bytes
    due: int


@dataclass(frozen=True)
class NewNote:
    """A note to write: its GUID, the ords of its cards, and how to write it with given ids."""

    guid: str
    ords: tuple[int, ...]
    write: Callable[[sqlite3.Cursor, Iterable[int]], None]


class StaleCopy(Exception):
    """The kept copy cannot give the bytes of a cold build (an id would collide): start empty."""


def stable_id(text: str) -> int:
    """The id a note (by GUID) or card (by GUID and ord) has when no other one collides."""
    digest = int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:16], 16)
    return EPOCH * 1000 + digest % _ID_WINDOW


class WorkingCollection:
    """The rows of a deck's last build, synced to this build's notes and copied out."""

    def __init__(self, conn: sqlite3.Connection, path: str, kept: bool) -> None:
        self.conn = conn
        self.path = path  # a scratch file, removed on close
        self.kept = kept  # it started from the last build's rows, not empty
        self.keepable = True  # no id was moved by a collision: a later build may start here
        self.written = 0  # notes written by this build (the rest were kept)
        self.wanted: dict[str, Want] = {}  # the notes this build wants, by GUID (see `sync`)

    @classmethod
    def load(cls, path: Path | None, setup: str) -> WorkingCollection:
        """The copy kept at `path` for this `setup`, or an empty one."""
        data = _read_checked(path, setup) if path is not None else None
        if data is not None:
            try:
                work = cls._open(data, kept=True)
            except (sqlite3.DatabaseError, OSError):
                return cls.empty()  # a copy we cannot read or place is only a miss
            if _schema(work.conn) == _expected_schema():
                return work
            work.close()
        return cls.empty()

    @classmethod
    def empty(cls) -> WorkingCollection:
        """A working copy with no rows: what a cold build starts from."""
        work = cls._open(b"", kept=False)
        work.conn.executescript(APKG_SCHEMA + _OWN_SCHEMA)
        return work

    @classmethod
    def _open(cls, data: bytes, kept: bool) -> WorkingCollection:
        fd, path = tempfile.mkstemp(suffix=".anki2")
        conn: sqlite3.Connection | None = None
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            conn = sqlite3.connect(path)
            # A kept copy comes from a folder others may write to: its schema runs no
            # functions. A scratch file: no need to wait for the disk.
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("PRAGMA journal_mode = MEMORY")
            _schema(conn)  # a file that is no database fails here
        except BaseException:
            if conn is not None:
                conn.close()
            os.unlink(path)
            raise
        return cls(conn, path, kept)

    def sync(self, wanted: Sequence[Want]) -> set[str]:
        """Delete the rows of notes not wanted as they are; return the GUIDs to write."""
        # Compared here, not in a table of the wanted notes: filling one cost more than the
        # comparison (an edit keeps nearly every note).
        self.wanted = want = {w.guid: w for w in wanted}
        have = self.conn.execute("SELECT guid, nid, digest FROM tpm_notes").fetchall()
        gone = [(guid, nid) for guid, nid, digest in have if _differs(want.get(guid), digest)]
        if gone:
            nids = [(nid,) for _, nid in gone]
            self.conn.executemany("DELETE FROM cards WHERE nid = ?", nids)
            self.conn.executemany("DELETE FROM notes WHERE id = ?", nids)
            self.conn.executemany("DELETE FROM tpm_notes WHERE guid = ?", [(g,) for g, _ in gone])
        return want.keys() - ({guid for guid, _, _ in have} - {guid for guid, _ in gone})

    def add(self, notes: Sequence[NewNote], digests: dict[str, bytes]) -> None:
        """Write new notes with ids from their GUIDs: probing past a collision in GUID order,
        as a cold build does; a kept copy that would need a probe is stale."""
        if not notes:
            return
        conn = self.conn
        note_taken = {nid for (nid,) in conn.execute("SELECT id FROM notes")}
        card_taken = {cid for (cid,) in conn.execute("SELECT id FROM cards")}
        ordered = sorted(notes, key=lambda n: n.guid)
        note_ids = [self._id(n.guid, note_taken) for n in ordered]
        card_ids = [[self._id(f"{n.guid}\x1f{o}", card_taken) for o in n.ords] for n in ordered]
        cursor = conn.cursor()
        for note, nid, cids in zip(ordered, note_ids, card_ids, strict=True):
            note.write(cursor, iter([nid, *cids]))
        conn.executemany(
            "INSERT INTO tpm_notes VALUES (?, ?, ?)",
            [(n.guid, nid, digests[n.guid]) for n, nid in zip(ordered, note_ids, strict=True)],
        )
        self.written += len(notes)

    def _id(self, text: str, taken: set[int]) -> int:
        candidate = stable_id(text)
        if candidate in taken:
            if self.kept:
                raise StaleCopy(text)
            self.keepable = False  # a later build that loses the other one would not probe
            while candidate in taken:
                candidate += 1
        taken.add(candidate)
        return candidate

    def place(self) -> None:
        """Give every card its note's place in the new-card queue, as this build wants it."""
        want = self.wanted
        rows = self.conn.execute(
            "SELECT cards.id, cards.due, t.guid FROM cards JOIN tpm_notes AS t ON t.nid = cards.nid"
        ).fetchall()
        moved = [(want[guid].due, cid) for cid, due, guid in rows if want[guid].due != due]
        self.conn.executemany("UPDATE cards SET due = ? WHERE id = ?", moved)

    def deck_models(self) -> list[tuple[int, int]]:
        """(deck id, note type id) pairs in use, each deck's in the order of first use."""
        rows = self.conn.execute(
            "SELECT cards.did, notes.mid, MIN(cards.due) AS first FROM cards "
            "JOIN notes ON notes.id = cards.nid GROUP BY cards.did, notes.mid "
            "ORDER BY cards.did, first, notes.mid"
        ).fetchall()
        return [(did, mid) for did, mid, _ in rows]

    def newest(self) -> int | None:
        """The latest note modification time, or None for an empty collection."""
        (stamp,) = self.conn.execute("SELECT MAX(mod) FROM notes").fetchone()
        return int(stamp) if stamp is not None else None

    def export(self, col: Sequence[Any]) -> bytes:
        """The package's database: a fresh file with genanki's schema, the `col` row given,
        notes and cards in id order; the same rows give the same bytes."""
        fd, db_path = tempfile.mkstemp(suffix=".anki2")
        os.close(fd)
        try:
            out = sqlite3.connect(db_path)
            try:
                # A scratch file, read back whole below: no need to wait for the disk.
                out.execute("PRAGMA synchronous = OFF")
                out.execute("PRAGMA journal_mode = MEMORY")
                out.executescript(APKG_SCHEMA)
                out.execute(f"INSERT INTO col VALUES ({', '.join('?' * len(col))})", tuple(col))
                out.commit()
            finally:
                out.close()
            # Rows copied by sqlite itself, in id order, named column by column.
            self.conn.commit()
            self.conn.execute("ATTACH DATABASE ? AS out", (db_path,))
            try:
                for table, columns in (("notes", _NOTE_COLUMNS), ("cards", _CARD_COLUMNS)):
                    self.conn.execute(
                        f"INSERT INTO out.{table} ({columns}) "
                        f"SELECT {columns} FROM main.{table} ORDER BY id"
                    )
                self.conn.commit()
            finally:
                self.conn.execute("DETACH DATABASE out")
            return Path(db_path).read_bytes()
        finally:
            os.unlink(db_path)

    def save(self, path: Path, setup: str) -> None:
        """Keep the copy for the next build (when it can start from it)."""
        self.conn.commit()
        if self.keepable:
            _write_checked(path, setup, Path(self.path).read_bytes())
        else:
            with contextlib.suppress(OSError):
                path.unlink()

    def close(self) -> None:
        self.conn.close()
        with contextlib.suppress(OSError):
            os.unlink(self.path)


def _differs(want: Want | None, digest: bytes) -> bool:
    return want is None or want.digest != digest


def _schema(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    query = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
    return conn.execute(query).fetchall()


_EXPECTED: list[list[tuple[Any, ...]]] = []


def _expected_schema() -> list[tuple[Any, ...]]:
    if not _EXPECTED:
        fresh = WorkingCollection.empty()
        _EXPECTED.append(_schema(fresh.conn))
        fresh.close()
    return _EXPECTED[0]


def _read_checked(path: Path, setup: str) -> bytes | None:
    """The bytes kept at `path` for `setup` whose checksum holds; None for anything else."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = _MAGIC + setup.encode("ascii") + b"\n"
    if not data.startswith(head) or len(data) < len(head) + 32:
        return None
    checksum, payload = data[len(head) : len(head) + 32], data[len(head) + 32 :]
    return payload if hashlib.sha256(payload).digest() == checksum else None


def _write_checked(path: Path, setup: str, payload: bytes) -> None:
    """Write the copy; one that cannot be written is only a slower next build."""
    head = _MAGIC + setup.encode("ascii") + b"\n"
    write_quietly(path, head + hashlib.sha256(payload).digest() + payload)
