"""Read the notes of any `.apkg` (ours or exported from Anki) as cards for the quiz.

Only the collection database is read, never the media: it is copied (size-limited, to defeat
zip bombs) into a temporary file for sqlite, opened read-only, and deleted. Note GUIDs are the
card ids, so progress on a deck matches progress on the guide it was built from.
"""

from __future__ import annotations

import json
import re
import sqlite3
import tempfile
import zipfile
from pathlib import Path
from typing import IO, Any

from .errors import DeckReadError
from .markup import sanitize, to_text
from .model import Card, CardKind, DeckCard, SourceRef

# The newest format first: an Anki export holding `collection.anki21b` also holds a legacy
# `collection.anki2` whose only note says "please update Anki".
MEMBERS = ("collection.anki21b", "collection.anki21", "collection.anki2")
MAX_DATABASE_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed: more than this is a zip bomb, not a deck
REMOVED_TAG = "tpmcards::removed"
_CHUNK = 1 << 20
_CLOZE = re.compile(r"\{\{c\d+::")
_ITEM = re.compile(r"<li\b[^>]*>(.*?)</li>", re.S | re.I)


def read_deck(path: Path, max_bytes: int = MAX_DATABASE_BYTES) -> list[DeckCard]:
    """The notes of an `.apkg` as cards, new ones in Anki's order of introduction."""
    display = str(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile) as err:
        raise DeckReadError(
            f"is not a readable Anki package ({err}); export it again", display
        ) from None
    except OSError as err:
        raise DeckReadError(f"cannot be read ({err.strerror})", display) from None
    with archive, tempfile.TemporaryDirectory(prefix="tpmcards-deck-") as tmp:
        names = set(archive.namelist())
        member = next((m for m in MEMBERS if m in names), None)
        if member is None:
            raise DeckReadError(
                "holds no Anki collection (collection.anki2/anki21/anki21b); "
                "is it an Anki package?",
                display,
            )
        database = Path(tmp) / "collection.db"
        _copy_member(archive, member, database, max_bytes, display)
        try:
            return _read_notes(database, path)
        except (sqlite3.DatabaseError, ValueError, TypeError, RecursionError) as err:
            raise DeckReadError(
                f"its collection database is damaged ({str(err)[:100]}); export the deck again",
                display,
            ) from None


def _copy_member(
    archive: zipfile.ZipFile, member: str, target: Path, max_bytes: int, display: str
) -> None:
    info = archive.getinfo(member)
    # An encrypted member raises RuntimeError, an unknown compression NotImplementedError.
    damaged: tuple[type[BaseException], ...] = (
        zipfile.BadZipFile,
        EOFError,
        ValueError,
        RuntimeError,
        NotImplementedError,
    )
    if info.file_size > max_bytes or (
        info.file_size > _CHUNK and info.file_size > MAX_RATIO * max(info.compress_size, 1)
    ):
        raise DeckReadError(_too_big(max_bytes), display)
    try:
        with archive.open(member) as raw, target.open("wb") as out:
            source: IO[bytes] = raw
            if member.endswith("anki21b"):
                source = _zstd_reader(raw, display)
                import zstandard

                damaged = (*damaged, zstandard.ZstdError)
            written = 0
            while chunk := source.read(_CHUNK):
                written += len(chunk)
                if written > max_bytes:
                    raise DeckReadError(_too_big(max_bytes), display)
                out.write(chunk)
    except damaged as err:
        raise DeckReadError(f"is damaged ({err}); export the deck again", display) from None
    except OSError as err:
        raise DeckReadError(f"cannot be unpacked ({err})", display) from None


def _zstd_reader(raw: IO[bytes], display: str) -> IO[bytes]:
    try:
        import zstandard
    except ImportError:  # pragma: no cover - zstandard is a dependency
        raise DeckReadError(
            "is in Anki's newer format (collection.anki21b); install zstandard to read it, "
            "or export with 'Support older Anki versions'",
            display,
        ) from None
    reader: IO[bytes] = zstandard.ZstdDecompressor().stream_reader(raw)
    return reader


def _too_big(max_bytes: int) -> str:
    return (
        f"its collection unpacks to more than {max_bytes // 2**20} MB (a zip bomb?); "
        "refusing to read it"
    )


# SQLite steps a query may take per byte of the database: reading every note and card of a
# real deck takes a few; a view that recurses forever is stopped when the budget runs out.
STEPS_PER_BYTE = 50
_STEPS_PER_CALL = 1000


def _read_notes(database: Path, apkg: Path) -> list[DeckCard]:
    db = sqlite3.connect(f"file:{database}?mode=ro&immutable=1", uri=True)
    budget = [STEPS_PER_BYTE * max(database.stat().st_size, 1 << 20) // _STEPS_PER_CALL]

    def spend() -> int:
        budget[0] -= 1
        return 1 if budget[0] < 0 else 0  # non-zero interrupts the query

    db.set_progress_handler(spend, _STEPS_PER_CALL)
    try:
        for name in ("notes", "cards", "col"):
            kind = db.execute("SELECT type FROM sqlite_master WHERE name = ?", (name,)).fetchone()
            if kind is not None and kind[0] != "table":
                # A view runs whatever query it holds: one that recurses never ends.
                raise ValueError(f"`{name}` is a {kind[0]}, not a table")
        fields = _field_names(db)
        decks = _deck_names(db)
        rows = db.execute(
            "SELECT n.guid, n.mid, n.flds, n.tags, n.mod,"
            " (SELECT c.did FROM cards c WHERE c.nid = n.id ORDER BY c.ord LIMIT 1)"
            " FROM notes n ORDER BY"
            # New cards in the order Anki would introduce them (our decks: the guide's order).
            " COALESCE((SELECT MIN(c.due) FROM cards c WHERE c.nid = n.id AND c.type = 0),"
            " 1 << 40), n.id"
        ).fetchall()
    except sqlite3.OperationalError as err:
        if "interrupted" in str(err):
            raise ValueError("reading it takes far more work than its size allows") from None
        raise
    finally:
        db.close()
    cards = []
    for guid, mid, flds, tags, mod, did in rows:
        names = fields.get(int(mid), [])
        values = str(flds).split("\x1f")
        deck = decks.get(int(did) if did is not None else -1, "")
        cards.append(_card(apkg, str(guid), names, values, str(tags).split(), int(mod), deck))
    return [c for c in cards if c is not None]


def _field_names(db: sqlite3.Connection) -> dict[int, list[str]]:
    """Note type id -> field names, from the new schema's tables or the legacy JSON."""
    found: dict[int, list[str]] = {}
    if _has_table(db, "fields"):
        for ntid, _ord, name in db.execute("SELECT ntid, ord, name FROM fields ORDER BY ntid, ord"):
            found.setdefault(int(ntid), []).append(str(name))
        if found:
            return found
    row = db.execute("SELECT models FROM col").fetchone()
    models = json.loads(row[0]) if row and row[0] else {}
    for mid, model in _mapping(models).items():
        fields = _mapping(model).get("flds")
        names = fields if isinstance(fields, list) else []
        found[int(mid)] = [str(_mapping(f).get("name", "")) for f in names]
    return found


def _mapping(value: object) -> dict[str, Any]:
    """A JSON object from the collection, or {} when the collection holds something else."""
    return value if isinstance(value, dict) else {}


def _deck_names(db: sqlite3.Connection) -> dict[int, str]:
    if _has_table(db, "decks"):
        names = {
            int(i): str(n).replace("\x1f", "::")
            for i, n in db.execute("SELECT id, name FROM decks")
        }
        if names:
            return names
    row = db.execute("SELECT decks FROM col").fetchone()
    decks = json.loads(row[0]) if row and row[0] else {}
    return {int(i): str(_mapping(d).get("name", "")) for i, d in _mapping(decks).items()}


def _has_table(db: sqlite3.Connection, name: str) -> bool:
    row = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
    return row.fetchone() is not None


def _card(
    apkg: Path,
    guid: str,
    names: list[str],
    values: list[str],
    tags: list[str],
    mod: int,
    deck: str,
) -> DeckCard | None:
    named = {n.lower(): v for n, v in zip(names, values, strict=False)}
    cloze = next((v for v in values if _CLOZE.search(v)), None)
    if cloze is not None:
        question = cloze
        answer = named.get("extra", named.get("back extra", ""))
        kind = CardKind.CLOZE
    else:
        question = named.get("question", named.get("front", values[0] if values else ""))
        answer = named.get("answer", named.get("back", values[1] if len(values) > 1 else ""))
        kind = CardKind.BASIC
    if not to_text(question) or (kind is not CardKind.CLOZE and not to_text(answer)):
        return None
    items: tuple[str, ...] = ()
    if kind is CardKind.BASIC:
        found = tuple(to_text(m) for m in _ITEM.findall(answer))
        if len(found) >= 2:
            items, kind = found, CardKind.LIST
    topic = _topic(named.get("topic", ""), tags, deck)
    card = Card(
        key=f"{apkg.name}#{guid}",
        question=sanitize(question),
        answer=sanitize(answer),
        kind=kind,
        topic=topic,
        source=SourceRef(str(apkg), 0, deck.split("::", 1)[-1] if "::" in deck else "", deck),
        tags=tuple(t for t in tags if t != REMOVED_TAG),
        items=items,
        deck=deck.split("::", 1)[0],
    )
    return DeckCard(card, guid, mod, removed=REMOVED_TAG in tags)


def _topic(field: str, tags: list[str], deck: str) -> str:
    """Our Topic field, else a `topic::` tag, else the subdeck's name."""
    text = to_text(field)
    if text:
        return text
    for tag in tags:
        if tag.lower().startswith("topic::") and len(tag) > 7:
            return tag[7:]
    name = deck.rsplit("::", 1)[-1] if deck else "deck"
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "deck"


def topic_titles(cards: list[DeckCard]) -> dict[str, str]:
    """Topic slug -> a readable title, from the subdecks the cards sit in."""
    titles: dict[str, str] = {}
    for dc in cards:
        heading = dc.card.source.heading
        titles.setdefault(dc.card.topic, heading or dc.card.topic)
    return titles
