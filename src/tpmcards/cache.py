"""A cache of extracted cards and built decks, so a rebuild does only the work that changed.

Where it lives: `$TPMCARDS_HOME/cache/` when TPMCARDS_HOME is set, else the user cache
folder (platformdirs: `~/.cache/tpmcards` on Linux). It holds no data of its own: deleting it
only makes the next build slower. Every command that reads guides shares it.

- `cards/`: one file per guide path with the cards of the last version seen, under a digest
  of the file's bytes, its path and name, the config, tpmcards' own code and the parsing
  libraries installed: a change to any of them parses the file again.
- `decks/`: per output deck, the digest of what went into the package and the SHA-256 of the
  bytes written, so an unchanged deck is not packaged again.
- `fields/`: the fields of the last build's cards as notes show them (code highlighted,
  sanitized), by a digest of the field as extracted, so an edit renders only what changed.
- `builds/`: per output folder, the digest of every input of the last build found up to
  date (guides, config, code, formats) with the SHA-256 of each file it left, so a build of
  the same inputs onto the same files reports it without reading a card.
- `slices/`: per output folder, each guide's part of the last build's decks (increment.py),
  so a build after an edit does the work of the guides that changed only.
- `patterns/`: per interpreter build, the rules' patterns as `re` compiles them
  (patternstore.py), so a command does not compile again those the last one did.

Every file is JSON (data only: a cache folder that others can write, a shared
TPMCARDS_HOME or a CI cache restored from another branch, can never make a build run code),
checked value by value when read back. A missing, damaged or foreign cache file, or one
that parses but holds anything else, is a miss, never an error.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .atomic import write_quietly
from .cachejson import as_text, card_from_json, card_to_json, report_from_json, report_to_json
from .errors import TpmcardsError
from .identity import Assignment
from .markup import clean_fields, remember_clean
from .model import Card, Config
from .sources import display_path, read_guide_bytes

if TYPE_CHECKING:
    from .build import DeckReport

CACHE_FORMAT = 3  # 1 was pickled: never read again; 2 had no Extra
_MAGIC = b"tpmcards-cache-%d\n" % CACHE_FORMAT
# Below this many guides to parse, starting worker processes costs more than it saves.
PARALLEL_MIN_FILES = 20
GC_THRESHOLD = 20_000  # new objects between two collections in a parse worker


# The libraries whose output ends up in the cards, fields and decks: a reinstall of one
# invalidates the cache.
PARSING_LIBRARIES = ("bs4", "markdown_it", "mdit_py_plugins", "nh3", "pygments", "genanki")


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of tpmcards' own code and of the parsing libraries installed beside it.

    Hashing the code (not only the version) keeps the cache right for an editable install
    whose rules are being changed.
    """
    from importlib.util import find_spec

    digest = hashlib.sha256(f"tpmcards-cache-{CACHE_FORMAT}".encode())
    folder = Path(__file__).parent
    for path in sorted(p for p in folder.rglob("*") if p.suffix in {".py", ".yaml", ".css"}):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    for name in PARSING_LIBRARIES:
        spec = find_spec(name)
        if spec is not None and spec.origin:
            # Reinstalling rewrites the files: their times stand in for the versions, which
            # importlib.metadata would take ten times longer to look up.
            info = os.stat(spec.origin)
            digest.update(f"{name}\0{spec.origin}\0{info.st_mtime_ns}\0{info.st_size}".encode())
    return digest.hexdigest()


def config_digest(config: Config) -> str:
    """A digest of everything in the config that extraction reads (all but its file's path)."""
    return hashlib.sha256(repr(replace(config, path=None)).encode()).hexdigest()


def _source_digest(salt: str, path: Path, key: str, raw: bytes) -> str:
    digest = hashlib.sha256(salt.encode("utf-8", "surrogateescape"))
    # The cards depend on the file (wherever it is seen from) and the key. The path they
    # show, relative to the working folder, is put back when they are read.
    for part in (os.path.realpath(path), key):
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
    digest.update(raw)
    return digest.hexdigest()


def _slot(folder: Path, kind: str, path: Path, key: str = "") -> Path:
    name = f"{os.path.realpath(path)}\0{key}".encode("utf-8", "surrogateescape")
    return folder / kind / f"{hashlib.sha256(name).hexdigest()[:32]}.json"


def _read(slot: Path) -> Any:
    """The JSON value of a cache file whose checksum holds; None for anything missing,
    damaged or foreign. JSON is data only: a cache file can never run code."""
    try:
        data = slot.read_bytes()
    except OSError:
        return None
    head = len(_MAGIC)
    if not data.startswith(_MAGIC) or len(data) < head + 32:
        return None
    checksum, payload = data[head : head + 32], data[head + 32 :]
    if hashlib.sha256(payload).digest() != checksum:
        return None
    try:
        return json.loads(payload)
    except (ValueError, RecursionError):
        return None


def _write(slot: Path, value: object) -> None:
    """Write a cache file; a cache that cannot be written is only a slower next build."""
    # ASCII only: a file name that is not UTF-8 (surrogates) survives the round trip.
    payload = json.dumps(value, separators=(",", ":")).encode("ascii")
    write_quietly(slot, _MAGIC + hashlib.sha256(payload).digest() + payload)


def read_cards(folder: Path, path: Path, key: str, digest: str) -> list[Card] | None:
    """The cards cached for this version of a guide, or None."""
    entry = _read(_slot(folder, "cards", path, key))
    if not (isinstance(entry, list) and len(entry) == 2 and entry[0] == digest):
        return None
    if not isinstance(entry[1], list):
        return None
    try:
        cards = [card_from_json(card) for card in entry[1]]
    except (TypeError, ValueError):
        return None
    # Shown from where this run stands, which may not be where the cards were cached.
    shown = display_path(path)
    return [
        c if c.source.path == shown else replace(c, source=replace(c.source, path=shown))
        for c in cards
    ]


def write_cards(folder: Path, path: Path, key: str, digest: str, cards: list[Card]) -> None:
    """Remember the cards of this version of a guide, replacing the previous version's."""
    _write(_slot(folder, "cards", path, key), [digest, [card_to_json(c) for c in cards]])


Guide = tuple[Path, str, Config]  # a guide file, the name it is keyed by, its config
Progress = Callable[[int, int], None]  # (guides parsed so far, guides to parse)


def collect(
    found: Sequence[Guide], folder: Path | None, progress: Progress | None = None
) -> list[list[Card]]:
    """The cards of every guide in `found`, one list per guide: cached ones read back, the
    rest parsed (in worker processes when there are many), `progress` told as they are."""
    results: list[list[Card] | None] = [None] * len(found)
    digests: list[str] = [""] * len(found)
    if folder is not None:
        for n, (path, key, config) in enumerate(found):
            try:
                raw = read_guide_bytes(path, str(path))
            except TpmcardsError:
                continue  # parsing it again reports the problem properly
            digests[n] = _source_digest(code_digest() + config_digest(config), path, key, raw)
            results[n] = read_cards(folder, path, key, digests[n])
    misses = [n for n, cards in enumerate(results) if cards is None]
    # Each guide's cards are cached as they come, while the workers parse the next ones.
    parsed = _parse([found[n] for n in misses], progress)
    for n, cards in zip(misses, parsed, strict=True):
        results[n] = cards
        if folder is not None and digests[n]:
            write_cards(folder, found[n][0], found[n][1], digests[n], cards)
    return [cards or [] for cards in results]


def _parse(batch: list[Guide], progress: Progress | None) -> Iterator[list[Card]]:
    """The cards of each guide of `batch`, in order, as they are parsed."""
    if not batch:
        return
    workers = min(_cores(), len(batch) // PARALLEL_MIN_FILES)
    if workers < 2:
        for n, guide in enumerate(batch, 1):
            [(cards, _)] = _parse_files([guide])
            yield cards
            if progress is not None:
                progress(n, len(batch))
        return
    # Imported here, not by every build (a build after an edit parses one guide in this
    # process); and the parsers before the pool starts, so forked workers inherit them
    # instead of each importing the parsers again.
    from concurrent.futures import ProcessPoolExecutor

    from . import document, extract  # noqa: F401
    from .background import settled

    settled()  # no thread of ours runs while the workers are forked

    # Chunks of a few files each: fewer round trips than one file per task, and still
    # balanced when the files differ in size.
    size = max(1, len(batch) // (workers * 8))
    chunks = [batch[i : i + size] for i in range(0, len(batch), size)]
    done = 0
    with ProcessPoolExecutor(max_workers=workers, initializer=_worker_start) as pool:
        for chunk in pool.map(_parse_files, chunks):
            for cards, clean in chunk:
                # Packaging cleans every field again: the worker already found these clean.
                remember_clean(clean)
                yield cards
            done += len(chunk)
            if progress is not None:
                progress(done, len(batch))


def _worker_start() -> None:
    """A parse worker lives for one build: the objects it inherited (the modules, the
    parsers) are left out of the garbage collector's passes, and a pass waits for more new
    objects than the default 700, most of which are gone by then (tokens, trees, strings).
    The collector runs whether or not the build that forked it had paused its own."""
    gc.enable()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])


def _parse_files(batch: list[Guide]) -> list[tuple[list[Card], list[str]]]:
    """The cards of each guide, and those of their fields that the sanitizer leaves as
    they are."""
    from .document import parse_document
    from .extract import extract_cards
    from .sources import read_source

    parsed = []
    for path, key, config in batch:
        source = read_source(path, key)
        cards = extract_cards(parse_document(source), config)
        # Front matter may choose the note type of the guide's cards (by card kind).
        chosen = source.meta.get("note_type")
        if chosen is not None:
            # Only then: notetypes imports genanki, which a quiz of other guides never needs.
            from .notetypes import choose_note_type, own_note_types

            own = own_note_types(config)
            picks = [choose_note_type(chosen, card.kind, source.display, own=own) for card in cards]
            cards = [
                replace(c, note_type=p.key) if p else c for c, p in zip(cards, picks, strict=True)
            ]
        fields = (f for c in cards for f in (c.question, c.answer, c.extra))
        parsed.append((cards, clean_fields(fields)))
    return parsed


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


# --- built decks ---------------------------------------------------------------------------


def package_digest(assignment: Assignment, config: Config) -> str:
    """A digest of everything a deck's package is made of, in order."""
    prints = {entry.id: entry.fingerprint for entry in assignment.lock}
    digest = hashlib.sha256((code_digest() + repr(config)).encode())
    for card in assignment.cards:
        row = f"{card.id}\0{prints.get(card.id)}\0{card.modified}\0{card.removed}\n"
        digest.update(row.encode())
    return digest.hexdigest()


def package_on_disk(folder: Path, path: Path, digest: str) -> bool:
    """True when `path` holds exactly the package last built from `digest`."""
    entry = _read(_slot(folder, "decks", path.resolve()))
    if not (isinstance(entry, list) and len(entry) == 2 and entry[0] == digest):
        return False
    try:
        on_disk = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return False
    return bool(on_disk == entry[1])


def remember_package(folder: Path, path: Path, digest: str, data: bytes) -> None:
    """Note that `path` now holds the package built from `digest`."""
    _write(_slot(folder, "decks", path.resolve()), [digest, hashlib.sha256(data).hexdigest()])


# --- whole builds --------------------------------------------------------------------------


def build_digest(
    found: Sequence[Guide],
    out_dir: Path,
    formats: Sequence[str],
    guides: Sequence[str] | None = None,
) -> str | None:
    """A digest of every input of a build: each guide's (`guides`, when the caller has
    them), the code, the output folder and formats. None when a guide cannot be read."""
    if (guides := guide_digests(found) if guides is None else guides) is None:
        return None
    digest = hashlib.sha256(f"{code_digest()}\0{out_dir.resolve()}\0{list(formats)}".encode())
    for one in guides:
        digest.update(one.encode())
    return digest.hexdigest()


def guide_digests(found: Sequence[Guide]) -> list[str] | None:
    """A digest of each guide's bytes, path, key and config, and the code; None when a guide
    cannot be read."""
    digests = []
    for path, key, config in found:
        try:
            raw = read_guide_bytes(path, str(path))
        except TpmcardsError:
            return None
        # What a build reports shows paths from the working folder (the cards' cache does not
        # depend on it: they are shown anew on reading).
        shown = f"{os.getcwd()}\0{path}\0"
        digests.append(_source_digest(code_digest() + repr(config) + shown, path, key, raw))
    return digests


def read_slot(folder: Path, kind: str, out_dir: Path) -> Any:
    """The JSON value kept for `out_dir` under `kind` (checksum checked), or None."""
    return _read(_slot(folder, kind, out_dir.resolve()))


def write_slot(folder: Path, kind: str, out_dir: Path, value: object) -> None:
    """Keep a JSON value for `out_dir` under `kind` (increment.py keeps its slices so)."""
    _write(_slot(folder, kind, out_dir.resolve()), value)


def read_build(folder: Path, out_dir: Path, digest: str) -> list[DeckReport] | None:
    """What the last build from `digest` into `out_dir` reported, if every file it left
    (decks and locks) still holds the bytes it found; else None."""
    entry = _read(_slot(folder, "builds", out_dir.resolve()))
    if not (isinstance(entry, list) and len(entry) == 3 and entry[0] == digest):
        return None
    files = entry[2]
    if not isinstance(files, dict) or not isinstance(entry[1], list):
        return None
    try:
        reports = [report_from_json(report) for report in entry[1]]
    except (TypeError, ValueError, KeyError):
        return None
    for path, sha in files.items():
        try:
            if hashlib.sha256(Path(path).read_bytes()).hexdigest() != sha:
                return None
        except OSError:
            return None
    return reports


def remember_build(
    folder: Path,
    out_dir: Path,
    digest: str,
    reports: Sequence[DeckReport],
    files: Sequence[Path],
    known: dict[str, str] | None = None,
) -> None:
    """Note that a build from `digest` found `files` up to date and reported `reports`.
    `known` holds the SHA-256 of files the build wrote or checked itself (by resolved path):
    those are not read again."""
    hashes: dict[str, str] = {}
    for path in files:
        where = str(path.resolve())
        if known and where in known:
            hashes[where] = known[where]
            continue
        try:
            hashes[where] = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return
    entry = [digest, [report_to_json(r) for r in reports], hashes]
    _write(_slot(folder, "builds", out_dir.resolve()), entry)


# --- rendered fields -----------------------------------------------------------------------


def field_key(fragment: str, from_html: bool) -> bytes:
    """The key of a field as extracted, in the table of rendered fields."""
    raw = (b"h" if from_html else b"m") + fragment.encode("utf-8", "surrogatepass")
    return hashlib.sha256(raw).digest()[:16]


def read_fields(folder: Path) -> dict[bytes, str | None]:
    """The rendered fields last remembered: key -> rendering (None: the field as it was)."""
    entry = _read(_slot(folder, "fields", Path("rendered")))
    if not (isinstance(entry, list) and len(entry) == 2 and entry[0] == code_digest()):
        return {}
    table = entry[1]
    if not isinstance(table, dict):
        return {}
    try:
        return {
            bytes.fromhex(key): None if value is None else as_text(value)
            for key, value in table.items()
        }
    except (TypeError, ValueError):
        return {}


def write_fields(folder: Path, table: dict[bytes, str | None]) -> None:
    """Remember these rendered fields (only these: the table holds one build's fields)."""
    rows = {key.hex(): value for key, value in table.items()}
    _write(_slot(folder, "fields", Path("rendered")), [code_digest(), rows])
