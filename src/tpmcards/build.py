"""Writing one deck: its package, exports and lock, and the lines that report it.

The pipeline that decides which cards go in which deck is `project.Project`; this module
writes a deck it is handed, atomically, and says what changed.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import cache
from .errors import OutputError, TpmcardsError
from .identity import (
    Assignment,
    BuildDiff,
    LockEntry,
    assign_ids,
    dump_lock,
    lock_path,
    read_lock,
)
from .model import Card, Config
from .paths import cache_dir

if TYPE_CHECKING:
    from .anki import Wanted
    from .buildstate import Built
    from .media import Media
    from .project import Deck

FORMATS = ("apkg", "csv", "json")


def prepare_cards(cards: Sequence[Card], paths: Sequence[Path], folder: Path | None) -> Media:
    """Cards as their notes show them: code highlighted, math for MathJax, images packaged.

    Fields rendered by the last build come from the cache in `folder` (see cache.py): an
    edit to one guide renders only its cards.
    """
    # Imported here, as the packaging ones below: a quiz reads cards and needs none of them.
    from .fields import from_html_guide, render_field
    from .media import collect_media, media_roots

    media = collect_media(cards, media_roots(paths))
    known = cache.read_fields(folder) if folder is not None else {}
    used: dict[bytes, str | None] = {}

    def render(fragment: str, from_html: bool) -> str:
        key = cache.field_key(fragment, from_html)
        if key in known:
            done = known[key]
        else:
            rendered = render_field(fragment, from_html)
            done = None if rendered == fragment else rendered
        used[key] = done
        return fragment if done is None else done

    rendered = []
    html_guides: dict[str, bool] = {}  # by the guide's path: asked once per guide, not card
    for card in media.cards:
        from_html = html_guides.get(card.source.path)
        if from_html is None:
            from_html = html_guides[card.source.path] = from_html_guide(card)
        question, answer = render(card.question, from_html), render(card.answer, from_html)
        extra = render(card.extra, from_html) if card.extra else ""
        same = question == card.question and answer == card.answer and extra == card.extra
        rendered.append(
            card if same else replace(card, question=question, answer=answer, extra=extra)
        )
    if folder is not None and used.keys() != known.keys():
        cache.write_fields(folder, used)
    return replace(media, cards=tuple(rendered))


@dataclass(frozen=True)
class DeckReport:
    """What one deck's build did (or, with `write=False`, would do)."""

    deck: str
    path: Path  # the first file written: the .apkg unless only other formats were asked
    per_topic: dict[str, int]
    diff: BuildDiff
    written: bool  # False when the bytes on disk were already these, or nothing was written
    up_to_date: bool = True  # the files and lock on disk already hold exactly this build
    lock: Path | None = None
    paths: tuple[Path, ...] = ()  # every file of this deck, one per format
    warnings: tuple[str, ...] = ()  # what was left out, e.g. an image that is missing
    topics: tuple[tuple[str, str], ...] = ()  # (slug, title) of the config's topics, in order
    other: int = 0  # cards that fit no topic of the config, kept in the deck itself
    dropped: int = 0  # cards that fit no topic, left out as the config says
    # Notes the package was written with anew; the others came from the last build's
    # collection, kept in the cache (0 when the package on disk was already this one).
    notes_written: int = 0


def build_deck(
    deck: Deck,
    members: Sequence[Card],
    media: Media,
    out_dir: Path,
    now: int,
    write: bool = True,
    formats: Sequence[str] = ("apkg",),
    lock: Sequence[LockEntry] | None = None,
    built: list[Built] | None = None,
) -> DeckReport:
    """Write one deck's `.apkg` (and/or `.csv`, `.json`) and its id lock into `out_dir`.

    `members` are the deck's cards as their notes show them. With `write=False` nothing is
    written: the report says what a build would change and whether the files are up to date.
    `lock` is the deck's id lock when the caller has read it already. `built`, when given,
    is told the assignment and the bytes of the package and lock (increment.py keeps them).
    """
    from .export import export_csv, export_json

    config = deck.config
    lock_file = lock_path(out_dir, deck.output)
    assignment = assign_ids(members, read_lock(lock_file) if lock is None else lock, now)
    outputs: dict[Path, bytes] = {}
    notes_written = 0
    wanted: Wanted | None = None
    for fmt in (f for f in FORMATS if f in formats):
        path = out_dir / f"{deck.output}.{fmt}"
        if fmt == "apkg":
            outputs[path], notes_written, wanted = _package(
                assignment, config, path, media.used_by(members)
            )
        elif fmt == "csv":
            outputs[path] = export_csv(assignment.cards, config).encode("utf-8")
        else:
            outputs[path] = export_json(assignment.cards, config).encode("utf-8")
    lock_data = dump_lock(assignment.lock).encode("utf-8")
    stale, lock_same = write_outputs(outputs, lock_file, lock_data, write)
    if built is not None and formats == ("apkg",):
        built.append((assignment, next(iter(outputs.values())), lock_data, wanted))
    for path in outputs:
        if path.suffix == ".apkg" and (write or path not in stale):
            _remember_package(assignment, config, path, outputs[path])
    return DeckReport(
        deck.name,
        next(iter(outputs)),
        dict(Counter(c.topic for c in members)),
        assignment.diff,
        written=write and bool(stale or not lock_same),
        up_to_date=not stale and lock_same,
        lock=lock_file,
        paths=tuple(outputs),
        warnings=tuple(str(problem) for problem in media.problems_of(members)),
        topics=tuple((t.slug, t.title) for t in config.topics),
        other=deck.other,
        dropped=deck.dropped,
        notes_written=notes_written,
    )


def write_outputs(
    outputs: dict[Path, bytes],
    lock_file: Path,
    lock_data: bytes,
    write: bool,
    lock_read: bytes | None = None,
    differs: Collection[Path] = (),
) -> tuple[list[Path], bool]:
    """Write a deck's files that do not hold their bytes yet (when `write`): the files not up
    to date, and whether the lock is. `lock_read` is the lock's bytes when the caller has
    read them under the build lock already: the lock is not read again. Files in `differs`
    are known to hold other bytes: they are not read."""
    from .anki import write_package

    stale = [p for p, data in outputs.items() if p in differs or not _holds(p, data)]
    lock_same = _holds(lock_file, lock_data) if lock_read is None else lock_read == lock_data
    if write and (stale or not lock_same):
        # One atomic step per deck: the lock renamed into place first, the deck last, so
        # a deck on disk always has the lock that gave its ids.
        first, *rest = stale or [next(iter(outputs))]
        also = [(path, outputs[path]) for path in rest]
        if not lock_same:
            also.insert(0, (lock_file, lock_data))
        write_package(first, outputs[first], also=also)
    return stale, lock_same


def ensure_folder(out_dir: Path) -> None:
    """Create the output folder (and its parents) if it is missing."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(
            f"cannot create the output folder ({err.strerror}); pass another with -o DIR", out_dir
        ) from None


def _holds(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except FileNotFoundError:
        return False
    except OSError as err:
        raise OutputError(f"cannot read ({err.strerror})", path) from None


def describe_diff(diff: BuildDiff, verbose: bool = False) -> list[str]:
    """The build diff as lines for the user: one per card, or one line for a new lock."""
    if diff.new_lock and not verbose:
        return [f"  {len(diff.added)} cards added (new lock)"] if diff.added else []
    lines = [f"  added: {q}" for q in diff.added]
    lines += [f"  restored: {q}" for q in diff.restored]
    lines += [f"  changed: {q}" for q in diff.changed]
    lines += [f"  reworded: {old} -> {new}" for old, new in diff.reworded]
    lines += [f"  removed: {q}" for q in diff.removed]
    if diff.removed:
        lines.append(
            "  Removed cards stay in the deck, tagged tpmcards::removed (on a first import, "
            "suspended in the subdeck 'Removed from the guide'); find them in Anki with the "
            "search: tag:tpmcards::removed"
        )
    return lines


def describe_report(report: DeckReport, verbose: bool = False) -> list[str]:
    """A deck's build as lines: the deck, its cards per topic, then what changed."""
    total = sum(report.per_topic.values())
    state = "" if report.written else " (unchanged)" if report.up_to_date else " (not written)"
    files = ", ".join(str(path) for path in report.paths or (report.path,))
    lines = [f"{report.deck}: {total} cards -> {files}{state}"]
    titles = dict(report.topics)
    for slug, title in report.topics:
        if slug in report.per_topic:
            lines.append(f"  {title:<22} {report.per_topic[slug]:>4}")
    if titles:
        for slug, count in sorted(report.per_topic.items()):
            if slug not in titles:
                lines.append(f"  {slug:<22} {count:>4}")
    if report.other and not report.dropped:
        lines.append(
            f"  {report.other} {_cards(report.other)} fit no topic: kept in the deck itself, "
            "tagged topic::other"
        )
    if report.dropped:
        lines.append(
            f"  {report.dropped} {_cards(report.dropped)} fit no topic: left out "
            "(`keep_other: false` in the config)"
        )
    lines += [f"  warning: {warning}" for warning in report.warnings]
    return lines + describe_diff(report.diff, verbose)


def _cards(count: int) -> str:
    return "card" if count == 1 else "cards"


def watch_decks(
    paths: Sequence[Path],
    out_dir: Path,
    build: Callable[[], list[DeckReport]],
    on_build: Callable[[list[DeckReport]], None],
    on_error: Callable[[TpmcardsError], None],
    stop_event: threading.Event | None = None,
    debounce_ms: int = 300,
) -> None:
    """Build now, then again each time a file under `paths` changes, until `stop_event`.

    A broken guide or config is handed to `on_error` and the watch goes on: the next save
    that fixes it builds again. Changes come in debounced batches (watchfiles).
    """
    from watchfiles import DefaultFilter, watch

    outputs = out_dir.resolve()

    class _Sources(DefaultFilter):
        def __call__(self, change: Any, path: str) -> bool:
            # The decks, locks, exports and previews we write must not trigger a build of
            # their own; a guide or config in the output folder (`-o` the sources folder) does.
            if not super().__call__(change, path):
                return False
            changed = Path(path)
            if outputs not in changed.parents:
                return not _written_by_us(changed)
            return changed.suffix.lower() in WATCHED_SUFFIXES and not _written_by_us(changed)

    def rebuild() -> None:
        try:
            on_build(build())
        except TpmcardsError as err:
            on_error(err)

    rebuild()
    for _changes in watch(
        *paths,
        watch_filter=_Sources(),
        debounce=debounce_ms,
        stop_event=stop_event,
        raise_interrupt=False,
    ):
        rebuild()


# What may change in the output folder and still call for a build: guides and configs.
WATCHED_SUFFIXES = {".md", ".markdown", ".mdx", ".html", ".htm", ".txt", ".yaml"}


def _written_by_us(path: Path) -> bool:
    from .sources import is_output

    return is_output(path)


def _package(
    assignment: Assignment, config: Config, path: Path, media: dict[str, bytes]
) -> tuple[bytes, int, Wanted | None]:
    """The deck's bytes, and how many notes were written anew for them: none when the cache
    knows `path` holds the package of these very cards (media included: their names are
    their content hashes); else the notes that changed since the last build's collection.
    And the notes the package wanted, when it was made (None when it was on disk)."""
    if cache.package_on_disk(cache_dir(), path, cache.package_digest(assignment, config)):
        return path.read_bytes(), 0, None
    from .anki import build_package_wanting

    return build_package_wanting(
        assignment.cards, config, media, keep=collection_path(cache_dir(), path)
    )


def collection_path(folder: Path, path: Path) -> Path:
    """Where the cache keeps the collection of the deck written to `path`."""
    name = hashlib.sha256(os.fsencode(path.resolve())).hexdigest()[:32]
    return folder / "collections" / f"{name}.anki2"


def _remember_package(assignment: Assignment, config: Config, path: Path, data: bytes) -> None:
    cache.remember_package(cache_dir(), path, cache.package_digest(assignment, config), data)
