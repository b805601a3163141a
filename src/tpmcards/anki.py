"""Cards with ids -> an `.apkg` (genanki): the same cards and lock give the same bytes."""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import os
import sqlite3
import tempfile
import warnings
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path

import genanki

from .atomic import write_all_atomic
from .errors import OutputError
from .markup import clean_name, clean_tag, sanitize
from .mathjax import safe_tex
from .model import Config, DeckCard
from .notetypes import STYLE, Style, genanki_models, note_type_for, own_note_types

REMOVED_TAG = "tpmcards::removed"
# Fixed times inside the package, so a rebuild with no edits is byte-identical.
EPOCH = 1_700_000_000
ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def deck_id(name: str) -> int:
    """A deck's id, derived from its full name so it never changes."""
    return int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:12], 16) % (1 << 40) + (1 << 40)


def subdeck_name(config: Config, deck: str, topic: str) -> str:
    """`TPM Guide::Skills` for a card of topic `skills`."""
    found = config.topic(topic)
    return f"{deck}::{found.title}" if found else deck


def gate_fields(values: Sequence[str]) -> list[str]:
    """The last gate before a note is written: every field sanitized, whatever its origin
    (guide, lock, cache, config, front matter), so no script and no control character (U+001F
    above all: it separates Anki's fields) reaches a deck; and no TeX command that MathJax
    (which Anki runs on every card) would turn into a link or a style."""
    return [sanitize(safe_tex(value)) for value in values]


def gate_tags(tags: Sequence[str], removed: bool) -> list[str]:
    """A note's tags as Anki accepts them (no spaces, no control characters): the removed
    tag only on a removed card, whatever a lock or front matter said."""
    kept = [clean_tag(tag) for tag in tags]
    kept = [tag for tag in kept if tag and tag.lower() != REMOVED_TAG]
    return [*kept, REMOVED_TAG] if removed else kept


def build_package(
    cards: Sequence[DeckCard],
    config: Config,
    media: Mapping[str, bytes] | None = None,
    style: Style = STYLE,
) -> bytes:
    """Write the cards, and the media files they show, as the bytes of an `.apkg`."""
    models = genanki_models(style, own_note_types(config))
    decks: dict[str, genanki.Deck] = {}
    modified: dict[str, int] = {}
    names: dict[tuple[str, str], str] = {}  # (deck, topic) -> subdeck, looked up once each
    for position, deck_card in enumerate(cards):
        card = deck_card.card
        where = (card.deck or config.deck, card.topic)
        if where not in names:
            names[where] = subdeck_name(config, *where)
        name = clean_name(names[where])
        deck = decks.get(name)
        if deck is None:
            deck = decks[name] = genanki.Deck(deck_id(name), name)
        note_type = note_type_for(card, config)
        note = genanki.Note(
            models[note_type.id],
            gate_fields(note_type.values(card, card.source.label)),
            tags=gate_tags(card.tags, deck_card.removed),
            guid=deck_card.id,
            # A new card's due is its place in Anki's new queue: study in the guide's order.
            due=position,
        )
        deck.add_note(note)
        modified[deck_card.id] = deck_card.modified
    package = genanki.Package([decks[name] for name in sorted(decks)])
    try:
        with warnings.catch_warnings():
            # Fields are sanitized HTML; genanki's tag check misreads an escaped `<` as a tag.
            warnings.filterwarnings("ignore", "Field contained the following invalid HTML")
            data = _package_bytes(package, modified)
    except (sqlite3.Error, OSError) as err:
        # The database is built in a temporary file first: a full disk shows up here.
        raise OutputError(
            f"cannot build the deck's database ({err}); check the free space there",
            tempfile.gettempdir(),
        ) from None
    return _with_media(data, media or {})


def _package_bytes(package: genanki.Package, modified: dict[str, int]) -> bytes:
    fd, db_path = tempfile.mkstemp(suffix=".anki2")
    os.close(fd)
    try:
        conn = sqlite3.connect(db_path)
        # A scratch file, read back whole below: no need to wait for the disk on each commit.
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA journal_mode = MEMORY")
        stamp = max(modified.values(), default=EPOCH)
        # genanki numbers notes and cards from a counter; small numbers here, so that the
        # stable ids given below never collide with them.
        package.write_to_db(conn.cursor(), stamp, itertools.count(1))
        _stable_ids(conn)
        # A note's mod is when its content last changed, so Anki takes edits and only edits.
        # Joined through a keyed temp table: `notes` has no index on guid, and one UPDATE per
        # guid would scan the whole table each time (quadratic in the number of cards).
        conn.execute("CREATE TEMP TABLE note_mod (guid TEXT PRIMARY KEY, mod INTEGER)")
        conn.executemany("INSERT INTO note_mod VALUES (?, ?)", modified.items())
        conn.execute(
            "UPDATE notes SET mod = (SELECT mod FROM note_mod WHERE note_mod.guid = notes.guid)"
            " WHERE guid IN (SELECT guid FROM note_mod)"
        )
        conn.execute("DROP TABLE note_mod")
        conn.execute("UPDATE cards SET mod = (SELECT mod FROM notes WHERE notes.id = cards.nid)")
        conn.execute("UPDATE col SET crt = ?, mod = ?, ls = ?", (EPOCH, stamp * 1000, 0))
        conn.commit()
        conn.execute("VACUUM")
        conn.close()
        database = Path(db_path).read_bytes()
    finally:
        os.unlink(db_path)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in (("collection.anki2", database), ("media", json.dumps({}).encode())):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


# Note and card ids look like creation times in milliseconds (Anki shows them as such); ours
# are derived from the GUID within a window after EPOCH, so adding a card renumbers no other.
_ID_WINDOW = 1 << 36


def _stable_id(text: str, taken: set[int]) -> int:
    digest = int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:16], 16)
    candidate = EPOCH * 1000 + digest % _ID_WINDOW
    while candidate in taken:  # a collision is rare; probing in guid order keeps it stable
        candidate += 1
    taken.add(candidate)
    return candidate


def _stable_ids(conn: sqlite3.Connection) -> None:
    """Replace genanki's counter ids: a note's id from its GUID, a card's from GUID and ord."""
    note_ids: dict[int, int] = {}
    taken: set[int] = set()
    for old, guid in conn.execute("SELECT id, guid FROM notes ORDER BY guid").fetchall():
        note_ids[old] = _stable_id(guid, taken)
    rows = conn.execute(
        "SELECT cards.id, cards.nid, cards.ord, notes.guid FROM cards "
        "JOIN notes ON notes.id = cards.nid ORDER BY notes.guid, cards.ord"
    ).fetchall()
    card_taken: set[int] = set()
    card_ids = {old: _stable_id(f"{guid}\x1f{ord_}", card_taken) for old, _, ord_, guid in rows}
    conn.executemany("UPDATE notes SET id = ? WHERE id = ?", [(v, k) for k, v in note_ids.items()])
    conn.executemany(
        "UPDATE cards SET id = ?, nid = ? WHERE id = ?",
        [(card_ids[old], note_ids[nid], old) for old, nid, _, _ in rows],
    )


def _with_media(package: bytes, media: Mapping[str, bytes]) -> bytes:
    """Add media files to a package: entries `0`, `1`, ... and the `media` map naming them."""
    if not media:
        return package
    names = sorted(media)
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(package)) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        entries = [(i.filename, source.read(i)) for i in source.infolist() if i.filename != "media"]
        entries.append(("media", json.dumps(dict(enumerate(names))).encode()))
        entries.extend((str(n), media[name]) for n, name in enumerate(names))
        for filename, data in entries:
            info = zipfile.ZipInfo(filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def write_package(path: Path, data: bytes, also: Sequence[tuple[Path, bytes]] = ()) -> None:
    """Write a package atomically, with the files that go with it (`also`: its id lock): the
    old files stay whole until every new one is complete."""
    if not path.parent.is_dir():
        raise OutputError("the output folder does not exist; create it or pass -o DIR", path.parent)
    try:
        # The deck goes last: a deck on disk always has its lock beside it.
        write_all_atomic([*also, (path, data)])
    except OSError as err:
        raise OutputError(
            f"cannot write the deck ({err.strerror}); check the folder's "
            "permissions and free space",
            path,
        ) from None
