"""Cards with ids -> an `.apkg` (genanki): the same cards and lock give the same bytes."""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import os
import sqlite3
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

import genanki

from .atomic import write_atomic
from .errors import OutputError
from .model import CardKind, Config, DeckCard

CSS = """\
.card { font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  font-size: 20px; line-height: 1.45; text-align: left; color: #1d1d1f; background: #fff;
  max-width: 36em; margin: 0 auto; padding: 0 .6em; }
.nightMode.card, .night_mode .card { color: #e8e8ea; background: #1e1e20; }
ul, ol { padding-left: 1.3em; } li { margin: .15em 0; }
table { border-collapse: collapse; } td, th { border: 1px solid #bbb; padding: .2em .5em; }
pre, code { font-family: "SF Mono", Menlo, Consolas, monospace; font-size: .85em; }
pre { background: rgba(127,127,127,.12); padding: .5em; overflow-x: auto; }
.source { margin-top: 1.2em; font-size: .7em; color: #888; }
.cloze { font-weight: bold; color: #0a58ca; } .nightMode .cloze { color: #7fb2ff; }
"""

# Note type ids never change once released; a changed field list gets a new id.
BASIC_MODEL_ID = 1607392319
CLOZE_MODEL_ID = 1607392320

BASIC = genanki.Model(
    BASIC_MODEL_ID,
    "tpmcards Basic",
    fields=[
        {"name": "Question"},
        {"name": "Answer"},
        {"name": "Topic"},
        {"name": "Source"},
        {"name": "Extra"},
    ],
    templates=[
        {
            "name": "Card 1",
            "qfmt": "{{Question}}",
            "afmt": '{{FrontSide}}<hr id="answer">{{Answer}}'
            '{{#Extra}}<div class="extra">{{Extra}}</div>{{/Extra}}'
            '<div class="source">{{Source}}</div>',
        }
    ],
    css=CSS,
)
CLOZE = genanki.Model(
    CLOZE_MODEL_ID,
    "tpmcards Cloze",
    fields=[{"name": "Text"}, {"name": "Extra"}, {"name": "Topic"}, {"name": "Source"}],
    templates=[
        {
            "name": "Cloze",
            "qfmt": "{{cloze:Text}}",
            "afmt": '{{cloze:Text}}{{#Extra}}<div class="extra">{{Extra}}</div>{{/Extra}}'
            '<div class="source">{{Source}}</div>',
        }
    ],
    css=CSS,
    model_type=genanki.Model.CLOZE,
)
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


def build_package(cards: Sequence[DeckCard], config: Config) -> bytes:
    """Write the cards as the bytes of an `.apkg`."""
    decks: dict[str, genanki.Deck] = {}
    modified: dict[str, int] = {}
    names: dict[tuple[str, str], str] = {}  # (deck, topic) -> subdeck, looked up once each
    for deck_card in cards:
        card = deck_card.card
        where = (card.deck or config.deck, card.topic)
        if where not in names:
            names[where] = subdeck_name(config, *where)
        name = names[where]
        deck = decks.get(name)
        if deck is None:
            deck = decks[name] = genanki.Deck(deck_id(name), name)
        tags = [*card.tags, REMOVED_TAG] if deck_card.removed else list(card.tags)
        source = card.source.label
        if card.kind is CardKind.CLOZE:
            note = genanki.Note(
                CLOZE,
                [card.question, card.answer, card.topic, source],
                tags=tags,
                guid=deck_card.id,
            )
        else:
            note = genanki.Note(
                BASIC,
                [card.question, card.answer, card.topic, source, ""],
                tags=tags,
                guid=deck_card.id,
            )
        deck.add_note(note)
        modified[deck_card.id] = deck_card.modified
    package = genanki.Package([decks[name] for name in sorted(decks)])
    return _package_bytes(package, modified)


def _package_bytes(package: genanki.Package, modified: dict[str, int]) -> bytes:
    fd, db_path = tempfile.mkstemp(suffix=".anki2")
    os.close(fd)
    try:
        conn = sqlite3.connect(db_path)
        # A scratch file, read back whole below: no need to wait for the disk on each commit.
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA journal_mode = MEMORY")
        stamp = max(modified.values(), default=EPOCH)
        package.write_to_db(conn.cursor(), stamp, itertools.count(EPOCH * 1000))
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


def write_package(path: Path, data: bytes) -> None:
    """Write a package atomically: the old deck stays whole until the new one is complete."""
    if not path.parent.is_dir():
        raise OutputError("the output folder does not exist; create it or pass -o DIR", path.parent)
    try:
        write_atomic(path, data)
    except OSError as err:
        raise OutputError(
            f"cannot write the deck ({err.strerror}); check the folder's "
            "permissions and free space",
            path,
        ) from None
