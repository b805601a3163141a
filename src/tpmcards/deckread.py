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
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .errors import DeckReadError
from .lazyre import lazy
from .markup import sanitize, sub_cloze, to_text
from .model import Card, CardKind, DeckCard, SourceRef
from .terminal import clean, clean_line

# The newest format first: an Anki export holding `collection.anki21b` also holds a legacy
# `collection.anki2` whose only note says "please update Anki".
MEMBERS = ("collection.anki21b", "collection.anki21", "collection.anki2")
MAX_DATABASE_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed: more than this is a zip bomb, not a deck
REMOVED_TAG = "tpmcards::removed"
_CHUNK = 1 << 20
_CLOZE = lazy(r"\{\{c\d+::")
_ITEM = lazy(r"<li\b[^>]*>(.*?)</li>", re.S | re.I)


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


@dataclass(frozen=True)
class _Template:
    """What one card of a note type shows: the fields on its front, and its answer field."""

    front: tuple[str, ...]
    back: str | None
    cloze: bool = False


@dataclass(frozen=True)
class _NoteType:
    fields: tuple[str, ...]
    templates: dict[int, _Template]
    cloze: bool


def _read_notes(database: Path, apkg: Path) -> list[DeckCard]:
    """One quiz card per Anki card: both directions of a reversed note, each cloze number."""
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
        types = _note_types(db)
        decks = _deck_names(db)
        rows = db.execute(
            "SELECT n.guid, n.mid, n.flds, n.tags, n.mod, c.ord, c.did"
            " FROM cards c JOIN notes n ON n.id = c.nid ORDER BY"
            # New cards in the order Anki would introduce them (our decks: the guide's order).
            " CASE WHEN c.type = 0 THEN c.due ELSE 1 << 40 END, n.id, c.ord"
        ).fetchall()
    except sqlite3.OperationalError as err:
        if "interrupted" in str(err):
            raise ValueError("reading it takes far more work than its size allows") from None
        raise
    finally:
        db.close()
    cards = []
    for guid, mid, flds, tags, mod, ord_, did in rows:
        note_type = types.get(int(mid), _NoteType((), {}, False))
        values = str(flds).split("\x1f")
        deck = decks.get(int(did) if did is not None else -1, "")
        card = _card(
            apkg, str(guid), note_type, values, str(tags).split(), int(mod), deck, int(ord_)
        )
        if card is not None:
            cards.append(card)
    return cards


_REFERENCE = lazy(r"\{\{([^#/^!{}][^{}]*)\}\}")
_SPECIAL = {"frontside", "tags", "type", "deck", "subdeck", "card", "cardflag"}


def _references(template: str, fields: tuple[str, ...]) -> list[tuple[str, str]]:
    """(filter, field) for each `{{filter:Field}}` of a template that names a field."""
    known = {f.lower(): f for f in fields}
    found = []
    for match in _REFERENCE.finditer(template):
        *filters, name = match.group(1).strip().split(":")
        field = known.get(name.strip().lower())
        if field is not None and name.strip().lower() not in _SPECIAL:
            found.append((filters[-1].strip().lower() if filters else "", field))
    return found


def _template(qfmt: str, afmt: str, fields: tuple[str, ...]) -> _Template:
    shown = _references(qfmt, fields)
    cloze = any(kind == "cloze" for kind, _ in shown)
    # `{{type:Answer}}` is the box the answer is typed in, not something shown.
    front = tuple(dict.fromkeys(f for kind, f in shown if kind != "type"))
    back = next(
        (f for kind, f in _references(afmt, fields) if kind != "type" and f not in front), None
    )
    return _Template(front, back, cloze)


def _note_types(db: sqlite3.Connection) -> dict[int, _NoteType]:
    """Note type id -> fields and templates, from the new schema's tables or the legacy JSON."""
    if _has_table(db, "fields") and _has_table(db, "templates"):
        names: dict[int, list[str]] = {}
        for ntid, _ord, name in db.execute("SELECT ntid, ord, name FROM fields ORDER BY ntid, ord"):
            names.setdefault(int(ntid), []).append(str(name))
        if names:
            partial = {ntid: _NoteType(tuple(fields), {}, False) for ntid, fields in names.items()}
            for ntid, ord_, config in db.execute("SELECT ntid, ord, config FROM templates"):
                note_type = partial.get(int(ntid))
                if note_type is None:
                    continue
                strings = _protobuf_strings(bytes(config or b""))
                template = _template(strings.get(1, ""), strings.get(2, ""), note_type.fields)
                note_type.templates[int(ord_)] = template
            return {
                ntid: _NoteType(t.fields, t.templates, any(x.cloze for x in t.templates.values()))
                for ntid, t in partial.items()
            }
    row = db.execute("SELECT models FROM col").fetchone()
    models = json.loads(row[0]) if row and row[0] else {}
    found = {}
    for mid, model in _mapping(models).items():
        model = _mapping(model)
        flds = model.get("flds")
        fields = tuple(
            str(_mapping(f).get("name", "")) for f in (flds if isinstance(flds, list) else [])
        )
        tmpls = model.get("tmpls")
        templates = {}
        for n, tmpl in enumerate(tmpls if isinstance(tmpls, list) else []):
            tmpl = _mapping(tmpl)
            ord_ = tmpl.get("ord", n)
            templates[int(ord_) if isinstance(ord_, int) else n] = _template(
                str(tmpl.get("qfmt", "")), str(tmpl.get("afmt", "")), fields
            )
        found[int(mid)] = _NoteType(fields, templates, model.get("type") == 1)
    return found


def _protobuf_strings(data: bytes) -> dict[int, str]:
    """The top-level length-delimited fields of a protobuf message, as text (field -> str).

    Enough for a template's config (q_format = 1, a_format = 2) without protobuf itself.
    """
    out: dict[int, str] = {}
    pos = 0

    def varint() -> int:
        nonlocal pos
        shift = value = 0
        while pos < len(data):
            byte = data[pos]
            pos += 1
            value |= (byte & 0x7F) << shift
            if not byte & 0x80:
                return value
            shift += 7
        raise ValueError("truncated varint in a note type's template")

    while pos < len(data):
        key = varint()
        number, wire = key >> 3, key & 7
        if wire == 0:
            varint()
        elif wire == 1:
            pos += 8
        elif wire == 5:
            pos += 4
        elif wire == 2:
            size = varint()
            chunk = data[pos : pos + size]
            pos += size
            out.setdefault(number, chunk.decode("utf-8", "replace"))
        else:
            raise ValueError("a note type's template is not a protobuf message")
    return out


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
    note_type: _NoteType,
    values: list[str],
    tags: list[str],
    mod: int,
    deck: str,
    ord_: int,
) -> DeckCard | None:
    # A deck is untrusted: escape sequences go whole, before HTML cleaning leaves their tails.
    values = [clean(v) for v in values]
    tags = [clean_line(t) for t in tags]
    deck = clean_line(deck)
    named = {n.lower(): v for n, v in zip(note_type.fields, values, strict=False)}
    template = note_type.templates.get(0 if note_type.cloze else ord_)
    text_field = template.front[0] if template and template.cloze and template.front else None
    cloze = named.get(text_field.lower()) if text_field else None
    if cloze is None and (note_type.cloze or not note_type.templates):
        cloze = next((v for v in values if _CLOZE.search(v)), None)
    card_id = guid if ord_ == 0 else f"{guid}:{ord_ + 1}"
    if cloze is not None:
        # Each cloze number is its own card: the other numbers' deletions are shown filled.
        question = _only_cloze(cloze, ord_ + 1)
        answer = named.get("extra", named.get("back extra", ""))
        kind = CardKind.CLOZE
        card_id = guid if ord_ == 0 else f"{guid}:c{ord_ + 1}"
    elif template is not None and template.front:
        question = "<br>".join(
            named.get(f.lower(), "") for f in template.front if named.get(f.lower())
        )
        answer = named.get(template.back.lower(), "") if template.back else ""
        kind = CardKind.BASIC
    else:
        question = named.get("question", named.get("front", values[0] if values else ""))
        answer = named.get("answer", named.get("back", values[1] if len(values) > 1 else ""))
        kind = CardKind.BASIC
    if not to_text(question) and "<img" not in question:
        return None
    if kind is not CardKind.CLOZE and not to_text(answer) and "<img" not in answer:
        return None
    items: tuple[str, ...] = ()
    if kind is CardKind.BASIC:
        found = tuple(to_text(m) for m in _ITEM.findall(answer))
        if len(found) >= 2:
            items, kind = found, CardKind.LIST
    topic = _topic(named.get("topic", ""), tags, deck)
    # A basic note's Extra (ours, and Anki's "Basic (and reversed)" with an Extra field) is
    # shown after the answer; a cloze's Extra is already its answer.
    extra = "" if kind is CardKind.CLOZE else named.get("extra", "")
    if extra == answer:
        extra = ""
    card = Card(
        key=f"{apkg.name}#{card_id}",
        question=sanitize(question),
        answer=sanitize(answer),
        kind=kind,
        topic=topic,
        # A topic of our own is titled by its subdeck; a deck's path by the whole path.
        source=SourceRef(str(apkg), 0, deck if "::" in topic else deck.rsplit("::", 1)[-1], deck),
        tags=tuple(t for t in tags if t != REMOVED_TAG),
        items=items,
        deck=deck.split("::", 1)[0],
        extra=sanitize(extra) if to_text(extra) or "<img" in extra else "",
    )
    return DeckCard(card, card_id, mod, removed=REMOVED_TAG in tags)


def _only_cloze(text: str, number: int) -> str:
    """The cloze text asking only deletion `number`: the others are filled in (one forward
    scan: a regex over unclosed openers was cubic)."""
    return sub_cloze(text, lambda d: text[d.start : d.end] if d.number == number else d.text)


def _topic(field: str, tags: list[str], deck: str) -> str:
    """Our Topic field, else a `topic::` tag, else the deck's full path: `Spanish::Vocab` and
    `French::Vocab` are two topics."""
    text = to_text(field)
    if text:
        return text
    for tag in tags:
        if tag.lower().startswith("topic::") and len(tag) > 7:
            return tag[7:]
    parts = [re.sub(r"[^\w]+", "-", p.lower()).strip("-") for p in (deck or "deck").split("::")]
    return "::".join(p for p in parts if p) or "deck"


def topic_titles(cards: list[DeckCard]) -> dict[str, str]:
    """Topic slug -> a readable title, from the subdecks the cards sit in."""
    titles: dict[str, str] = {}
    for dc in cards:
        heading = dc.card.source.heading
        titles.setdefault(dc.card.topic, heading or dc.card.topic)
    return titles
