"""A deck's collection kept between builds, so that an edit writes only the notes it changed.

The working copy is an Anki collection (genanki's schema) plus a table that records, for
each note, the digest of everything its rows are made of, its place in the new-card queue,
its deck and note type. A build syncs it to its notes: rows whose digest differs or whose
note is gone are deleted, missing ones are written, every card takes its place in the
new-card queue. The package's database is then copied out of it in one fixed way (a fresh
database with genanki's schema, rows in id order), whether the working copy started empty
(a cold build) or from the last build: both give the same bytes. Both databases are kept
in memory (see `_scratch`).

The copy lives in the cache folder, one file per deck output, checksummed, under a digest
of the code and config that made it. A missing, damaged or foreign copy (another schema,
another setup, a trigger someone planted) is an empty start, never an error.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import sqlite3
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from .genankiload import prepare_genanki

# genanki's package is imported with its schema: without asyncio (see genankiload.py), also
# when a build after an edit reads its kept collection before anki.py is imported.
prepare_genanki()

from genanki.apkg_schema import APKG_SCHEMA  # noqa: E402

from .atomic import write_quietly  # noqa: E402
from .background import Pending, write_in_background, written  # noqa: E402

# Note and card ids look like creation times in milliseconds (Anki shows them as such); ours
# are derived from the GUID within a window after EPOCH, so adding a card renumbers no other.
EPOCH = 1_700_000_000
_ID_WINDOW = 1 << 36
# Per note: its id, digest, place in the new-card queue, deck and note type: what the rows
# hold, known without reading (or joining) the notes and cards tables.
_OWN_SCHEMA = (
    "CREATE TABLE tpm_notes (guid TEXT PRIMARY KEY, nid INTEGER NOT NULL, digest TEXT, "
    "due INTEGER NOT NULL, did INTEGER NOT NULL, mid INTEGER NOT NULL);"
)
# The working copy has genanki's schema, every index included: the package's tables are
# then copied out by sqlite's transfer of whole rows and index entries (see `export`).
_WORKING_SCHEMA = APKG_SCHEMA
_MAGIC = b"tpmcards-collection-3\n"  # 2: digests were bytes


class Want(NamedTuple):
    """One note a build wants: its GUID, the digest of what makes its rows, its queue place."""

    guid: str
    digest: str  # in hex, as the state a build leaves holds it (buildstate.py)
    due: int


@dataclass(frozen=True)
class NewNote:
    """A note to write: its GUID, the ords of its cards, its deck and note type ids, and how
    to write it with given ids (its cards in its deck, at its place in the new-card queue)."""

    guid: str
    ords: tuple[int, ...]
    deck: int
    model: int
    write: Callable[[sqlite3.Cursor, Iterable[int]], None]


class StaleCopy(Exception):
    """The kept copy cannot give the bytes of a cold build (an id would collide): start empty."""


def stable_id(text: str) -> int:
    """The id a note (by GUID) or card (by GUID and ord) has when no other one collides."""
    digest = int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:16], 16)
    return EPOCH * 1000 + digest % _ID_WINDOW


class WorkingCollection:
    """The rows of a deck's last build, synced to this build's notes and copied out."""

    def __init__(self, scratch: _Scratch, kept: bool) -> None:
        self.scratch = scratch
        self.conn = scratch.conn
        self.kept = kept  # it started from the last build's rows, not empty
        self.keepable = True  # no id was moved by a collision: a later build may start here
        self.written = 0  # notes written by this build (the rest were kept)

    @classmethod
    def load(
        cls, path: Path | None, setup: str, read: Pending[Kept | None] | None = None
    ) -> WorkingCollection:
        """The copy kept at `path` for this `setup` (as `read_kept` read it in a thread,
        when given), or an empty one."""
        written()  # a copy still being kept by the last build of this process
        kept = read.result() if read is not None else read_kept(path) if path else None
        data = _checked(kept, setup) if kept is not None else None
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
        work.conn.executescript(_WORKING_SCHEMA + _OWN_SCHEMA)
        return work

    @classmethod
    def _open(cls, data: bytes | memoryview, kept: bool) -> WorkingCollection:
        scratch = _scratch(data)
        try:
            # A kept copy comes from a folder others may write to: its schema runs no
            # functions.
            scratch.conn.execute("PRAGMA trusted_schema = OFF")
            _schema(scratch.conn)  # bytes that are no database fail here
        except BaseException:
            scratch.drop()
            raise
        return cls(scratch, kept)

    def sync(self, wanted: Sequence[Want]) -> set[str]:
        """Delete the rows of notes not wanted as they are, give the others their place in
        the new-card queue as this build wants it; return the GUIDs to write."""
        # Compared here, not in a table of the wanted notes: filling one cost more than the
        # comparison. A Want is the tuple (GUID, digest, place) a row of tpm_notes holds:
        # sets find the few that differ (an edit keeps nearly every note as it was).
        conn = self.conn
        have = set(conn.execute("SELECT guid, digest, due FROM tpm_notes"))
        want = set(wanted)
        by_guid = {w.guid: w for w in want - have}  # new, changed or moved
        gone: list[tuple[str]] = []
        moved: list[tuple[int, str]] = []
        for guid, digest, _ in have - want:
            found = by_guid.get(guid)
            if found is None or found.digest != digest:
                gone.append((guid,))
            else:
                moved.append((found.due, guid))
                del by_guid[guid]
        nid = "(SELECT nid FROM tpm_notes WHERE guid = ?)"
        if gone:
            conn.executemany(f"DELETE FROM cards WHERE nid = {nid}", gone)
            conn.executemany(f"DELETE FROM notes WHERE id = {nid}", gone)
            conn.executemany("DELETE FROM tpm_notes WHERE guid = ?", gone)
        if moved:
            conn.executemany(f"UPDATE cards SET due = ? WHERE nid = {nid}", moved)
            conn.executemany("UPDATE tpm_notes SET due = ? WHERE guid = ?", moved)
        return set(by_guid)

    def add(self, notes: Sequence[NewNote], wanted: Mapping[str, Want]) -> None:
        """Write new notes with ids from their GUIDs: probing past a collision in GUID order,
        as a cold build does; a kept copy that would need a probe is stale."""
        if not notes:
            return
        conn = self.conn
        ordered = sorted(notes, key=lambda n: n.guid)
        note_taken = self._taken("notes", [n.guid for n in ordered])
        card_taken = self._taken("cards", [f"{n.guid}\x1f{o}" for n in ordered for o in n.ords])
        note_ids = [self._id(n.guid, note_taken) for n in ordered]
        card_ids = [[self._id(f"{n.guid}\x1f{o}", card_taken) for o in n.ords] for n in ordered]
        cursor = conn.cursor()
        for note, nid, cids in zip(ordered, note_ids, card_ids, strict=True):
            note.write(cursor, iter([nid, *cids]))
        rows = []
        for n, nid in zip(ordered, note_ids, strict=True):
            want = wanted[n.guid]
            rows.append((n.guid, nid, want.digest, want.due, n.deck, n.model))
        conn.executemany("INSERT INTO tpm_notes VALUES (?, ?, ?, ?, ?, ?)", rows)
        self.written += len(notes)

    def _taken(self, table: str, texts: Sequence[str]) -> set[int]:
        """The ids of `table` that rows made from `texts` may collide with: all of them; or,
        for a few rows added to a kept copy (which any collision makes stale), those of
        the ids the rows would take."""
        if not self.kept or len(texts) > _FEW:
            return {row_id for (row_id,) in self.conn.execute(f"SELECT id FROM {table}")}
        ids = [stable_id(text) for text in texts]
        marks = ", ".join("?" * len(ids))
        query = f"SELECT id FROM {table} WHERE id IN ({marks})"
        return {row_id for (row_id,) in self.conn.execute(query, ids)}

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

    def deck_models(self) -> list[tuple[int, int]]:
        """(deck id, note type id) pairs in use, each deck's in the order of first use."""
        rows = self.conn.execute(
            "SELECT did, mid, MIN(due) AS first FROM tpm_notes GROUP BY did, mid "
            "ORDER BY did, first, mid"
        ).fetchall()
        return [(did, mid) for did, mid, _ in rows]

    def newest(self) -> int | None:
        """The latest note modification time, or None for an empty collection."""
        (stamp,) = self.conn.execute("SELECT MAX(mod) FROM notes").fetchone()
        return int(stamp) if stamp is not None else None

    def export(self, col: Sequence[Any]) -> bytes:
        """The package's database: a fresh database with genanki's schema, the `col` row
        given, notes and cards in id order; the same rows give the same bytes."""
        fresh = _scratch(b"")
        out = fresh.conn
        try:
            out.executescript(APKG_SCHEMA)
            out.execute(f"INSERT INTO col VALUES ({', '.join('?' * len(col))})", tuple(col))
            out.commit()
            # Rows copied by sqlite itself into the empty tables of the same schema: with
            # `SELECT *` and nothing more, sqlite transfers each row's record as it is, in
            # rowid (= id) order, then each index's entries in index order, appended, not
            # inserted one by one (half of the time the copy took). Records and index
            # entries are made of the values alone, so the bytes do not depend on the
            # order in which the working copy was written.
            self.conn.commit()
            self.conn.execute("ATTACH DATABASE ? AS out", (fresh.name,))
            try:
                for table in ("notes", "cards"):
                    self.conn.execute(f"INSERT INTO out.{table} SELECT * FROM main.{table}")
                self.conn.commit()
            finally:
                self.conn.execute("DETACH DATABASE out")
            return fresh.contents()
        finally:
            fresh.drop()

    def save(self, path: Path, setup: str) -> None:
        """Keep the copy for the next build (when it can start from it): its bytes are
        checksummed and written in a thread while the build goes on (the next `load`, and
        the end of the process, wait for it)."""
        self.conn.commit()
        if self.keepable:
            payload = self.scratch.contents()
            write_in_background(lambda: _write_checked(path, setup, payload))
        else:
            with contextlib.suppress(OSError):
                path.unlink()

    def close(self) -> None:
        self.scratch.drop()


# A scratch database lives in memory where sqlite3 hands its bytes back (Python 3.11+), in
# sqlite's memdb file system: the very bytes a file on disk would hold after the same steps
# (its header counts the writes), never written and read back. Before, in a scratch file.
_MEMDB = "file:/tpmcards-{}-{}?vfs=memdb"
# Python has the methods where its sqlite has the (de)serialize API (3.36 on, by default).
_SERIALIZES = hasattr(sqlite3.Connection, "serialize")


class _Scratch(NamedTuple):
    """A scratch database: its connection, what ATTACH opens it by, whether it is a file."""

    conn: sqlite3.Connection
    name: str  # its memdb URI, or its file's path
    on_disk: bool

    def contents(self) -> bytes:
        """The database's bytes."""
        self.conn.commit()
        if sys.version_info >= (3, 11) and not self.on_disk:
            return self.conn.serialize()
        return Path(self.name).read_bytes()

    def drop(self) -> None:
        self.conn.close()
        if self.on_disk:
            with contextlib.suppress(OSError):
                os.unlink(self.name)


def _scratch(data: bytes | memoryview) -> _Scratch:
    """A scratch database holding `data` (b"": a new one). URIs are on: a package is
    exported into a database attached by its URI."""
    if sys.version_info >= (3, 11) and _SERIALIZES:
        uri = _MEMDB.format(os.getpid(), next(_SCRATCH_NAMES))
        conn = sqlite3.connect(uri, uri=True)
        if data:
            conn.deserialize(data)
        return _Scratch(conn, uri, on_disk=False)
    fd, path = tempfile.mkstemp(suffix=".anki2")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        conn = sqlite3.connect(path)
    except BaseException:
        os.unlink(path)
        raise
    # A scratch file, read back whole: no need to wait for the disk.
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA journal_mode = MEMORY")
    return _Scratch(conn, path, on_disk=True)


_SCRATCH_NAMES = itertools.count()
# Up to this many new rows, their ids are looked up one by one in a kept copy's index
# rather than every id of the table read (a bound well under sqlite's 32,766 parameters).
_FEW = 1000


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


class Kept(NamedTuple):
    """A kept copy's file as read, and the checksum of what follows a head of a setup's
    usual length (a SHA-256 in hex)."""

    data: bytes
    checksum: bytes


_USUAL_START = len(_MAGIC) + 64 + 1 + 4  # the magic, the setup and its line break, the CRC


def read_kept(path: Path) -> Kept | None:
    """The copy kept at `path`, read and checksummed (the work, in a thread while a build
    parses its guides: reading and CRC-32 release the GIL); None when there is none."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return Kept(data, _checksum(memoryview(data)[_USUAL_START:]))


def _checked(kept: Kept, setup: str) -> memoryview | None:
    """The payload of a copy kept for `setup` whose checksum holds; None for anything else."""
    data = kept.data
    head = _MAGIC + setup.encode("ascii") + b"\n"
    if not data.startswith(head) or len(data) < len(head) + _CHECKSUM_SIZE:
        return None
    view = memoryview(data)  # the copy's megabytes are not copied again
    start = len(head) + _CHECKSUM_SIZE
    checksum, payload = view[len(head) : start], view[start:]
    computed = kept.checksum if start == _USUAL_START else _checksum(payload)
    return payload if checksum == computed else None


def _write_checked(path: Path, setup: str, payload: bytes) -> None:
    """Write the copy; one that cannot be written is only a slower next build."""
    head = _MAGIC + setup.encode("ascii") + b"\n"
    write_quietly(path, head + _checksum(payload), payload)


# The checksum finds a copy damaged on disk (a torn write, a flipped bit), as zip's CRC-32
# finds a damaged entry; a copy someone wrote on purpose is caught by its schema (see
# `load`), as any checksum they could make again would not. CRC-32 reads the megabytes of
# a copy several times faster than SHA-256.
_CHECKSUM_SIZE = 4


def _checksum(payload: bytes | memoryview) -> bytes:
    return zlib.crc32(payload).to_bytes(_CHECKSUM_SIZE, "big")
