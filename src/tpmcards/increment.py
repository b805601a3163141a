"""A build after an edit: the work of the guides that changed, the rest spliced from the last.

Every build that can leaves in the cache (`slices/`) each guide's part of its decks: per
deck, the GUID and note digest of each of the guide's cards in order, the counts its report
shows, and which lines of the deck's lock hold its cards. A guide whose digest (bytes, path,
key, config, code) is unchanged has the very same cards, and they match their lock entries
by key with the same fingerprint: their ids, change times, lock lines and notes stay what
they were. So a build after an edit parses, matches and packages only the changed guides'
cards (against the lock's other entries, which they may take: moved, reworded or removed
cards), splices them in among the other guides' lines and notes, and gives the bytes of a
build from nothing (tests/test_increment.py builds both).

What cannot be spliced is built whole: guides added, removed or moved; a deck that appears,
goes or changes place; images; formats other than `.apkg`; a deck or lock not as it was left.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import compress
from pathlib import Path
from typing import TYPE_CHECKING

from .background import Pending, in_background
from .buildstate import DeckState, Group, Part, State, group, keyed_by_guide, load, make_part, sha
from .cache import PARALLEL_MIN_FILES
from .identity import Assignment, assign_ids
from .lockfile import (
    entry_lines,
    join_raw,
    lock_path,
    raw_entries,
    raw_line,
    raw_line_order,
    split_raw,
)
from .model import Card, Config, DeckCard
from .paths import cache_dir

if TYPE_CHECKING:
    from .build import DeckReport
    from .collection import Kept
    from .project import Guide


# --- a build spliced into the last one ----------------------------------------------------


@dataclass(frozen=True)
class Inputs:
    """What a spliced build reads of the project: its guides and their digests, how to get
    the cards of some guides (by place), the paths given, where decks go."""

    guides: Sequence[Guide]
    digests: Sequence[str]
    cards_of: Callable[[list[int]], list[list[Card]]]
    paths: Sequence[Path]
    out_dir: Path


def splice(folder: Path, inputs: Inputs, now: int) -> tuple[list[DeckReport], State] | None:
    """Build the decks anew from the guides that changed since the state the last build
    left in the cache `folder` and the parts of the others; write what changed. None
    (nothing written) when the build must be made whole."""
    from .build import prepare_cards

    state = load(folder, inputs.out_dir)
    if state is None:
        return None
    guides = inputs.guides
    if len(state.guides) != len(guides) or len({g.key for g in guides}) != len(guides):
        return None  # a guide added or gone; or two guides of one key, whose cards may mix
    changed = [n for n, digest in enumerate(inputs.digests) if digest != state.guides[n][0]]
    if not changed:
        return None
    out_dir = inputs.out_dir
    # While the changed guides are parsed, the locks of the decks they had cards in, and
    # the collections kept for them (collection.py), are read and checked in threads (file
    # reads and hashing release the GIL; parsing holds it). Not when so many changed that
    # forked workers parse them: those threads would only be waited for (background.py).
    few = len(changed) < PARALLEL_MIN_FILES
    were = list(dict.fromkeys(p.deck for n in changed for p in state.guides[n][1])) if few else []
    reading = _read_ahead([state.decks[d].output for d in were], out_dir)
    locks = dict(zip(were, reading[0], strict=True))
    copies = dict(zip(were, reading[1], strict=True))
    fresh = inputs.cards_of(changed)
    if not keyed_by_guide([guides[n] for n in changed], fresh):
        return None
    index = {deck.ident: n for n, deck in enumerate(state.decks)}
    groups = {n: group(guides[n].config, cards) for n, cards in zip(changed, fresh, strict=True)}
    if any(g[0] not in index for gs in groups.values() for g in gs):
        return None  # a new deck
    order: dict[int, None] = {}
    for n, (_, parts) in enumerate(state.guides):
        decks = [index[g[0]] for g in groups[n]] if n in groups else [p.deck for p in parts]
        order.update(dict.fromkeys(decks))
    if list(order) != list(range(len(state.decks))):
        return None  # a deck gone or in another place
    cards = [card for n in changed for g in groups[n] for card in g[2]]
    media = prepare_cards(cards, inputs.paths, None)  # the fields cache is for whole builds
    if media.files or media.problems:
        return None  # images are read from files outside the guides: built whole
    rendered = iter(media.cards)
    members = {(n, index[g[0]]): [next(rendered) for _ in g[2]] for n in changed for g in groups[n]}
    touched = {d for n, d in members} | {p.deck for n in changed for p in state.guides[n][1]}
    reports: list[DeckReport] = []
    new_decks = list(state.decks)
    new_parts: dict[tuple[int, int], Part] = {}
    for d, deck in enumerate(state.decks):
        config = _config_of(state, guides, groups, d)
        if d not in touched:
            report = _unchanged(d, config, state, inputs.out_dir)
            if report is None:
                return None
            reports.append(report)
            continue
        lock = locks[d].result() if d in locks else _read_hashed(lock_path(out_dir, deck.output))
        read = (lock, copies.get(d))
        done = _splice_deck(d, deck, config, state, groups, members, inputs, now, *read)
        if done is None:
            return None
        report, new_decks[d], made = done
        reports.append(report)
        new_parts.update(made)
    new_guides = list(state.guides)
    for n in changed:
        new_guides[n] = (inputs.digests[n], tuple(new_parts[n, index[g[0]]] for g in groups[n]))
    return reports, State(tuple(new_guides), tuple(new_decks))


def _config_of(
    state: State, guides: Sequence[Guide], groups: dict[int, list[Group]], d: int
) -> Config:
    """The config of deck `d`: that of a guide with cards in it."""
    ident = state.decks[d].ident
    for n, (_, parts) in enumerate(state.guides):
        if n in groups:
            if any(g[0] == ident for g in groups[n]):
                return guides[n].config
        elif any(p.deck == d for p in parts):
            return guides[n].config
    raise AssertionError(d)  # every deck of the order checked in `splice` has a guide


def _unchanged(d: int, config: Config, state: State, out_dir: Path) -> DeckReport | None:
    """The report of a deck no changed guide touches, when its files are as they were left."""
    deck = state.decks[d]
    package, lock = out_dir / f"{deck.output}.apkg", lock_path(out_dir, deck.output)
    if not (_holds(package, deck.package) and _holds(lock, deck.lock)):
        return None
    parts = [p for _, ps in state.guides for p in ps if p.deck == d]
    return _report(deck, config, parts, package, lock, None, written=False, notes=0)


def _read_ahead(
    outputs: list[str], out_dir: Path
) -> tuple[list[Pending[tuple[bytes, str] | None]], list[Pending[Kept | None]]]:
    """Start reading (and hashing) the lock and the kept collection of each deck."""
    from .build import collection_path
    from .collection import read_kept

    locks = [in_background(partial(_read_hashed, lock_path(out_dir, o))) for o in outputs]
    kept = [
        in_background(partial(read_kept, collection_path(cache_dir(), out_dir / f"{o}.apkg")))
        for o in outputs
    ]
    return locks, kept


def _read_hashed(path: Path) -> tuple[bytes, str] | None:
    """A file's bytes and their SHA-256; None when it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return data, sha(data)


def _holds(path: Path, digest: str) -> bool:
    try:
        return sha(path.read_bytes()) == digest
    except OSError:
        return False


def _report(
    deck: DeckState,
    config: Config,
    parts: Sequence[Part],
    package: Path,
    lock: Path,
    assignment: Assignment | None,
    written: bool,
    notes: int,
) -> DeckReport:
    from .build import DeckReport
    from .identity import BuildDiff

    topics: dict[str, int] = {}
    for part in parts:
        for topic, count in part.topics.items():
            topics[topic] = topics.get(topic, 0) + count
    return DeckReport(
        deck.name,
        package,
        topics,
        assignment.diff if assignment is not None else BuildDiff(),
        written=written,
        up_to_date=not written,
        lock=lock,
        paths=(package,),
        topics=tuple((t.slug, t.title) for t in config.topics),
        other=sum(p.other for p in parts),
        dropped=sum(p.dropped for p in parts),
        notes_written=notes,
    )


def _splice_deck(
    d: int,
    deck: DeckState,
    config: Config,
    state: State,
    groups: dict[int, list[Group]],
    members: dict[tuple[int, int], list[Card]],
    inputs: Inputs,
    now: int,
    read: tuple[bytes, str] | None,
    copy: Pending[Kept | None] | None,
) -> tuple[DeckReport, DeckState, dict[tuple[int, int], Part]] | None:
    """Deck `d` built from its unchanged guides' parts and its changed guides' cards, its
    lock as `read` (bytes and hash) under the build lock, its kept collection as `copy`
    reads it."""
    from .anki import Incomplete, note_wants, package_notes
    from .build import collection_path, write_outputs
    from .collection import Want

    package, lock = inputs.out_dir / f"{deck.output}.apkg", lock_path(inputs.out_dir, deck.output)
    if read is None:
        return None
    raw, raw_sha = read
    lines = split_raw(raw) if raw_sha == deck.lock else None
    if lines is None or len(lines) != len(deck.owners):
        return None
    redone = [o < 0 or o in groups for o in deck.owners]  # the lines matched again
    try:
        pool = raw_entries(list(compress(lines, redone)))
    except (ValueError, TypeError):
        return None
    # The cards of the changed guides in guide order, beside the ids of the others.
    cards: list[Card] = []
    taken: set[str] = set()
    for n, (_, parts) in enumerate(state.guides):
        if n in groups:
            cards += members.get((n, d), [])
        else:
            taken.update(guid for p in parts if p.deck == d for guid, _ in p.notes)
    if not (cards or taken):
        return None  # no card left: a whole build leaves the deck out (or says none is left)
    assignment = assign_ids(cards, pool, now, taken=taken, new_lock=not lines)
    owner = {card.key: n for (n, e), found in members.items() if e == d for card in found}
    if len(owner) != len(cards):
        return None
    kept = [not r for r in redone]
    spliced, owners = _merge(
        list(compress(lines, kept)),
        list(compress(deck.owners, kept)),
        [raw_line(line) for line in entry_lines(assignment.lock)],
        [-1 if e.removed else owner[e.key] for e in assignment.lock],
    )
    lock_data = join_raw(spliced)
    # Hashed in a thread while the notes are packaged (the state the build leaves holds it).
    lock_hash = in_background(partial(sha, lock_data))
    # The notes of every card, in deck order; those to write are the changed guides' and
    # the removed cards'.
    wanted: list[Want] = []
    notes: dict[str, tuple[DeckCard, str]] = {}
    subdecks: set[str] = set()
    parts_made: dict[tuple[int, int], Part] = {}
    live = iter(assignment.cards[: len(cards)])
    for n, (_, parts) in enumerate(state.guides):
        if n in groups:
            for ident, _, group_cards, other, dropped in groups[n]:
                if state.decks[d].ident != ident:
                    continue
                mine = [next(live) for _ in group_cards]
                wants, names = note_wants(mine, config, start=len(wanted))
                wanted += wants
                subdecks.update(names)
                notes.update((dc.id, (dc, name)) for dc, name in zip(mine, names, strict=True))
                made = tuple((w.guid, w.digest) for w in wants)
                parts_made[n, d] = make_part(d, group_cards, made, other, dropped, names)
            continue
        for part in parts:
            if part.deck == d:
                start = len(wanted)
                wanted += [
                    Want(guid, digest, start + k)
                    for k, (guid, digest) in enumerate(part.notes)
                ]
                subdecks.update(part.subdecks)
    removed = assignment.cards[len(cards) :]
    wants, names = note_wants(removed, config, start=len(wanted))
    wanted += wants
    subdecks.update(names)
    notes.update((dc.id, (dc, name)) for dc, name in zip(removed, names, strict=True))
    try:
        data, written = package_notes(
            wanted,
            notes,
            subdecks,
            config,
            {},
            keep=collection_path(cache_dir(), package),
            kept=copy,
        )
    except Incomplete:
        return None  # the kept collection is not the last build's: built whole
    # The lock was read (and its hash checked) above, under the build lock: not read again;
    # nor is the package when its hash tells it is not the one the last build left.
    package_sha = sha(data)
    differs = [package] if package_sha != deck.package else []
    stale, lock_same = write_outputs(
        {package: data}, lock, lock_data, True, lock_read=raw, differs=differs
    )
    changed = bool(stale or not lock_same)
    in_order: list[Part] = []  # the parts of the deck in guide order
    for n, (_, old) in enumerate(state.guides):
        if n in groups:
            in_order += [parts_made[n, d]] if (n, d) in parts_made else []
        else:
            in_order += [p for p in old if p.deck == d]
    report = _report(deck, config, in_order, package, lock, assignment, changed, written)
    lock_sha = lock_hash.result()
    new = DeckState(deck.ident, deck.name, deck.output, package_sha, lock_sha, owners)
    return report, new, parts_made


def _merge(
    out: list[bytes], out_owners: list[int], lines: list[bytes], owners: list[int]
) -> tuple[list[bytes], tuple[int, ...]]:
    """The kept lines (sorted, with their owners) and the new ones (sorted) in one sorted
    list, with owners; the kept lists are filled in place."""
    # Few new lines among many kept: each found by bisection, reading only the lines it meets.
    for line, owner in zip(lines, owners, strict=True):
        at = bisect_left(out, raw_line_order(line), key=raw_line_order)
        out.insert(at, line)
        out_owners.insert(at, owner)
    return out, tuple(out_owners)
