"""Cards with ids -> an `.apkg` (genanki): the same cards and lock give the same bytes."""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import sqlite3
import tempfile
import warnings
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .genankiload import prepare_genanki

prepare_genanki()

import genanki  # noqa: E402

from . import background  # noqa: E402
from .atomic import write_all_atomic  # noqa: E402
from .background import Pending  # noqa: E402
from .collection import EPOCH, Kept, NewNote, StaleCopy, Want, WorkingCollection  # noqa: E402
from .errors import OutputError  # noqa: E402
from .markup import clean_name, clean_tag, sanitize  # noqa: E402
from .mathjax import safe_tex  # noqa: E402
from .model import Config, DeckCard  # noqa: E402
from .notetypes import STYLE, Style, genanki_models, note_type_for, own_note_types  # noqa: E402

REMOVED_TAG = "tpmcards::removed"
REMOVED_SUBDECK = "Removed from the guide"
# Fixed times inside the package, so a rebuild with no edits is byte-identical.
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
    keep: Path | None = None,
) -> bytes:
    """Write the cards, and the media files they show, as the bytes of an `.apkg`.

    With `keep` (a file in the cache folder), the collection of the last build kept there is
    patched: only the notes whose content changed are written again (see collection.py).
    The bytes are those of a build from nothing either way.
    """
    return build_package_counted(cards, config, media, style, keep)[0]


def build_package_counted(
    cards: Sequence[DeckCard],
    config: Config,
    media: Mapping[str, bytes] | None = None,
    style: Style = STYLE,
    keep: Path | None = None,
) -> tuple[bytes, int]:
    """`build_package`, and how many notes it wrote (the others came from the kept copy);
    the kept copy is on disk when it returns."""
    data, written, _ = build_package_wanting(cards, config, media, style, keep)
    background.written()
    return data, written


Wanted = tuple[list[Want], list[str]]  # what `note_wants` gives


def build_package_wanting(
    cards: Sequence[DeckCard],
    config: Config,
    media: Mapping[str, bytes] | None = None,
    style: Style = STYLE,
    keep: Path | None = None,
) -> tuple[bytes, int, Wanted]:
    """`build_package_counted`, and the notes it wanted (`note_wants`): the state a build
    leaves for the next one is made of them too. The kept copy is written in a thread
    (`background.written()` waits for it: a build does, before it lets go of its lock)."""
    wanted, subdecks = note_wants(cards, config)
    notes = {
        want.guid: (card, name) for want, card, name in zip(wanted, cards, subdecks, strict=True)
    }
    data, written = package_notes(wanted, notes, set(subdecks), config, media, style, keep)
    return data, written, (wanted, subdecks)


def note_wants(
    cards: Sequence[DeckCard], config: Config, start: int = 0
) -> tuple[list[Want], list[str]]:
    """The note each card wants (its GUID, digest, and place `start + n` in the new-card
    queue), and the subdeck of each."""
    names: dict[tuple[str, str], str] = {}  # (deck, topic) -> subdeck, looked up once each
    wanted: list[Want] = []
    subdecks: list[str] = []
    for position, deck_card in enumerate(cards, start):
        card = deck_card.card
        # A card gone from the guide waits in a subdeck of its own: a first import keeps it
        # apart (one deck to delete), and Anki leaves a user's own card where it is.
        where = (card.deck or config.deck, REMOVED_SUBDECK if deck_card.removed else card.topic)
        if where not in names:
            names[where] = clean_name(
                f"{where[0]}::{REMOVED_SUBDECK}"
                if deck_card.removed
                else subdeck_name(config, *where)
            )
        name = names[where]
        wanted.append(Want(deck_card.id, _note_digest(deck_card, name), position))
        subdecks.append(name)
    return wanted, subdecks


class Incomplete(Exception):
    """A note wanted as kept is missing from the kept collection, and its card not given."""


def package_notes(
    wanted: Sequence[Want],
    notes: Mapping[str, tuple[DeckCard, str]],
    subdecks: set[str],
    config: Config,
    media: Mapping[str, bytes] | None = None,
    style: Style = STYLE,
    keep: Path | None = None,
    kept: Pending[Kept | None] | None = None,
) -> tuple[bytes, int]:
    """The package of the `wanted` notes (all of them, in their subdecks `subdecks`), and
    how many it wrote. `kept` reads the collection kept at `keep` (`read_kept`, started in
    a thread beforehand). `notes` holds the card (and subdeck) of each note that may have to be
    written: a note the kept collection lacks and `notes` too raises Incomplete."""
    models = genanki_models(style, own_note_types(config))
    setup = _setup_digest(config, style)

    def new_note(want: Want) -> NewNote:
        if want.guid not in notes:
            raise Incomplete(want.guid)
        deck_card, name = notes[want.guid]
        card = deck_card.card
        note_type = note_type_for(card, config)
        note = genanki.Note(
            models[note_type.id],
            gate_fields(note_type.values(card, card.source.label)),
            tags=gate_tags(card.tags, deck_card.removed),
            guid=want.guid,
            # A new card's due is its place in Anki's new queue: study in the guide's order.
            due=want.due,
        )
        if deck_card.removed:
            # Kept so that a user's copy gets its tag; suspended so that a first import of
            # the deck does not teach what the guide no longer says.
            for card_row in note.cards:
                card_row.suspend = True

        deck = deck_id(name)

        def write(cursor: sqlite3.Cursor, ids: Iterable[int]) -> None:
            # A note's mod is when its content last changed, so Anki takes edits and only edits.
            note.write_to_db(cursor, deck_card.modified, deck, iter(ids))

        ords = tuple(c.ord for c in note.cards)
        return NewNote(want.guid, ords, deck, note.model.model_id, write)

    by_guid = {want.guid: want for want in wanted}

    def fill(work: WorkingCollection) -> bytes:
        missing = work.sync(wanted)
        work.add([new_note(by_guid[guid]) for guid in sorted(missing)], by_guid)
        return work.export(_col_row(work, models, subdecks))

    try:
        with warnings.catch_warnings():
            # Fields are sanitized HTML; genanki's tag check misreads an escaped `<` as a tag.
            warnings.filterwarnings("ignore", "Field contained the following invalid HTML")
            data, written = _filled(keep, setup, fill, kept)
    except (sqlite3.Error, OSError) as err:
        # The database is built in a temporary file first: a full disk shows up here.
        raise OutputError(
            f"cannot build the deck's database ({err}); check the free space there",
            tempfile.gettempdir(),
        ) from None
    return _zip_package(data, media or {}), written


def _filled(
    keep: Path | None,
    setup: str,
    fill: Callable[[WorkingCollection], bytes],
    kept: Pending[Kept | None] | None = None,
) -> tuple[bytes, int]:
    """The database `fill` makes of the kept collection (or of an empty one, when the kept
    one cannot give a cold build's bytes), and how many notes it wrote; the result kept."""
    work = WorkingCollection.load(keep, setup, kept)
    try:
        try:
            data = fill(work)
        except (StaleCopy, sqlite3.DatabaseError):
            if not work.kept:
                raise  # not the kept copy's fault: a full disk, say
            work.close()
            work = WorkingCollection.empty()
            data = fill(work)
        if keep is not None:
            work.save(keep, setup)
        return data, work.written
    finally:
        work.close()


def _note_digest(deck_card: DeckCard, subdeck: str) -> str:
    """A digest of everything a note's rows are made of, but its place in the queue."""
    card = deck_card.card
    parts = (
        deck_card.id,
        card.question,
        card.answer,
        card.extra,
        card.kind.value,
        card.topic,
        card.source.label,
        card.source.path,
        "\x1f".join(card.tags),
        card.note_type,
        subdeck,
        str(deck_card.modified),
        "removed" if deck_card.removed else "",
    )
    text = "\x1e".join(parts).encode("utf-8", "surrogatepass")
    return hashlib.sha256(text).hexdigest()[:32]


def _setup_digest(config: Config, style: Style) -> str:
    """What every note of a deck depends on: the code, the config, the style and sqlite."""
    from .cache import code_digest

    text = f"{code_digest()}\0{config!r}\0{style!r}\0{sqlite3.sqlite_version}"
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _col_row(
    work: WorkingCollection, models: Mapping[int, genanki.Model], names: set[str]
) -> tuple[Any, ...]:
    """The collection's `col` row (decks and the note types each uses), as genanki writes
    it, from the rows the working copy holds."""
    by_id = {deck_id(name): genanki.Deck(deck_id(name), name) for name in names}
    for did, mid in work.deck_models():
        by_id[did].add_model(models[mid])
    used = [deck for deck in by_id.values() if deck.models]
    stamp = work.newest() or EPOCH
    scratch = sqlite3.connect(":memory:")
    try:
        package = genanki.Package(sorted(used, key=lambda deck: deck.name))
        package.write_to_db(scratch.cursor(), stamp, itertools.count(1))
        # Fixed times: the collection's own times are the newest note's, never the clock's.
        scratch.execute("UPDATE col SET crt = ?, mod = ?, ls = ?", (EPOCH, stamp * 1000, 0))
        row: tuple[Any, ...] = scratch.execute("SELECT * FROM col").fetchone()
    finally:
        scratch.close()
    return row


def _zip_package(database: bytes, media: Mapping[str, bytes]) -> bytes:
    """The `.apkg`: the collection, the `media` map, and the media files `0`, `1`, ...

    The collection is stored, not deflated: deflating it again was the largest cost of a
    build after a one-line edit (a zip entry is one stream, so an edit deflates it whole),
    for a file about 3.8 times smaller. Git deflates what it keeps anyway, and a stored
    collection keeps a committed deck's versions alike, so git's deltas stay small.
    """
    names = sorted(media)
    entries = [
        ("collection.anki2", database, zipfile.ZIP_STORED),
        ("media", json.dumps(dict(enumerate(names))).encode(), zipfile.ZIP_DEFLATED),
        *((str(n), media[name], zipfile.ZIP_DEFLATED) for n, name in enumerate(names)),
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for filename, data, method in entries:
            info = zipfile.ZipInfo(filename, date_time=ZIP_TIME)
            info.compress_type = method
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
