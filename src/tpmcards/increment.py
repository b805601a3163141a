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

import hashlib
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import cache
from .identity import Assignment, assign_ids
from .lockfile import entry_lines, join_lines, line_order, lock_path, parse_lines, split_lines
from .model import OTHER_TOPIC, Card, Config, DeckCard
from .sources import slugify

if TYPE_CHECKING:
    from .build import DeckReport
    from .media import Media
    from .project import Deck, Guide

KIND = "slices"
FORMAT = 1


@dataclass(frozen=True)
class Part:
    """One guide's cards in one deck."""

    deck: int  # the deck's place in the build
    notes: tuple[tuple[str, str], ...]  # (GUID, note digest in hex) of each card kept, in order
    topics: dict[str, int]  # cards kept per topic, in order of first use
    other: int  # cards of no topic, kept or not
    dropped: int  # cards of no topic left out
    subdecks: tuple[str, ...]  # the subdecks its notes go to


@dataclass(frozen=True)
class DeckState:
    """A deck as the last build left it: its name and file, and whose each lock line is."""

    ident: str  # its config and name (see `deck_ident`)
    name: str
    output: str
    package: str  # SHA-256 of the package written
    lock: str  # SHA-256 of the lock written
    owners: tuple[int, ...]  # per lock line, the guide of its card; -1 for a removed card


@dataclass(frozen=True)
class State:
    """Each guide's digest and parts, and each deck, of the last build."""

    guides: tuple[tuple[str, tuple[Part, ...]], ...]
    decks: tuple[DeckState, ...]


# A guide's cards in one deck: (deck ident, deck name, cards kept, of no topic, left out).
Group = tuple[str, str, tuple[Card, ...], int, int]


def deck_ident(config: Config, name: str) -> str:
    """A deck as the build groups cards: by config and deck name."""
    return hashlib.sha256(f"{config!r}\0{name}".encode("utf-8", "surrogatepass")).hexdigest()


def output_base(name: str, config: Config) -> str:
    """The file name of a deck's package and lock, when no other deck or lock disputes it."""
    return config.output if config.output and name == config.deck else slugify(name)


def group(config: Config, cards: Sequence[Card]) -> list[Group]:
    """A guide's cards by deck, decks in order of first use, as `Project.decks` groups them."""
    found: dict[str, list[Card]] = {}
    for card in cards:
        found.setdefault(card.deck.split("::")[0], []).append(card)
    groups = []
    for name, members in found.items():
        other = sum(c.topic == OTHER_TOPIC for c in members) if config.topics else 0
        kept = tuple(c for c in members if config.keep_other or c.topic != OTHER_TOPIC)
        groups.append((deck_ident(config, name), name, kept, other, len(members) - len(kept)))
    return groups


# --- the state of a build made whole ------------------------------------------------------


def whole_state(
    guides: Sequence[Guide],
    digests: Sequence[str],
    cards: Sequence[Sequence[Card]],
    decks: Sequence[Deck],
    built: Sequence[tuple[Assignment, bytes, bytes]],
) -> State | None:
    """The state a whole build leaves: its guides (with their digests and cards), its decks
    and, per deck, the assignment and the bytes of package and lock written. None when the
    next build could not splice into it."""
    from .anki import note_wants

    if len(built) != len(decks) or not _keyed_by_guide(guides, cards):
        return None
    if any(d.output != output_base(d.name, d.config) for d in decks):
        return None  # a name another deck or lock disputes: found again by a whole build
    index = {deck_ident(d.config, d.name): n for n, d in enumerate(decks)}
    groups = [group(g.config, c) for g, c in zip(guides, cards, strict=True)]
    if any(g[0] not in index for gs in groups for g in gs):
        return None
    parts: list[list[Part]] = [[] for _ in guides]
    states = []
    for d, (deck, (assignment, package, lock)) in enumerate(zip(decks, built, strict=True)):
        wants, subdecks = note_wants(assignment.cards, deck.config)
        position = 0
        owner: dict[str, int] = {}
        for g, found in enumerate(groups):
            for ident, _, kept, other, dropped in found:
                if index[ident] == d:
                    span = slice(position, position + len(kept))
                    notes = tuple((w.guid, w.digest.hex()) for w in wants[span])
                    parts[g].append(_part(d, kept, notes, other, dropped, subdecks[span]))
                    owner.update((card.key, g) for card in kept)
                    position += len(kept)
        if len(owner) != position or position != len(deck.cards):
            return None  # two cards of one key: not every card matches its entry by key
        owners = tuple(-1 if e.removed else owner.get(e.key, -2) for e in assignment.lock)
        if -2 in owners:
            return None
        ident = deck_ident(deck.config, deck.name)
        states.append(DeckState(ident, deck.name, deck.output, _sha(package), _sha(lock), owners))
    return State(tuple(zip(digests, map(tuple, parts), strict=True)), tuple(states))


def _keyed_by_guide(guides: Sequence[Guide], cards: Sequence[Sequence[Card]]) -> bool:
    """Each card's key starts with its guide's, and no two guides share one: a guide's cards
    never take another guide's lock entry by key."""
    if len({g.key for g in guides}) != len(guides):
        return False
    return all(
        c.key.startswith(f"{g.key}#") for g, found in zip(guides, cards, strict=True) for c in found
    )


def _part(
    deck: int,
    kept: Sequence[Card],
    notes: tuple[tuple[str, str], ...],
    other: int,
    dropped: int,
    subdecks: Sequence[str],
) -> Part:
    topics = dict(Counter(card.topic for card in kept))
    return Part(deck, notes, topics, other, dropped, tuple(sorted(set(subdecks))))


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- a build spliced into the last one ----------------------------------------------------


@dataclass(frozen=True)
class Inputs:
    """What a spliced build reads of the project: its guides and their digests, how to get
    the cards of some guides, how to render cards for their notes, where decks go."""

    guides: Sequence[Guide]
    digests: Sequence[str]
    cards_of: Callable[[list[int]], list[list[Card]]]
    render: Callable[[list[Card]], Media]
    out_dir: Path
    collection: Callable[[Path], Path]  # where the cache keeps a deck's collection


def splice(state: State, inputs: Inputs, now: int) -> tuple[list[DeckReport], State] | None:
    """Build the decks anew from the guides that changed since `state` and the parts of the
    others; write what changed. None (nothing written) when the build must be made whole."""
    guides = inputs.guides
    if len(state.guides) != len(guides):
        return None
    changed = [n for n, digest in enumerate(inputs.digests) if digest != state.guides[n][0]]
    if not changed:
        return None
    fresh = inputs.cards_of(changed)
    if not _keyed_by_guide([guides[n] for n in changed], fresh):
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
    media = inputs.render(cards)
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
        done = _splice_deck(d, deck, config, state, groups, members, inputs, now)
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


def _holds(path: Path, sha: str) -> bool:
    try:
        return _sha(path.read_bytes()) == sha
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
) -> tuple[DeckReport, DeckState, dict[tuple[int, int], Part]] | None:
    """Deck `d` built from its unchanged guides' parts and its changed guides' cards."""
    from .anki import Incomplete, note_wants, package_notes
    from .build import write_outputs
    from .collection import Want

    package, lock = inputs.out_dir / f"{deck.output}.apkg", lock_path(inputs.out_dir, deck.output)
    try:
        raw = lock.read_bytes()
    except OSError:
        return None
    lines = split_lines(raw.decode("utf-8", "replace")) if _sha(raw) == deck.lock else None
    if lines is None or len(lines) != len(deck.owners):
        return None
    kept = [o >= 0 and o not in groups for o in deck.owners]
    try:
        pool = parse_lines([line for line, keep in zip(lines, kept, strict=True) if not keep])
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
    assignment = assign_ids(cards, pool, now, taken=taken, new_lock=not lines)
    owner = {card.key: n for (n, e), found in members.items() if e == d for card in found}
    if len(owner) != len(cards):
        return None
    spliced, owners = _merge(
        [(line, o) for line, o, keep in zip(lines, deck.owners, kept, strict=True) if keep],
        entry_lines(assignment.lock),
        [-1 if e.removed else owner[e.key] for e in assignment.lock],
    )
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
                made = tuple((w.guid, w.digest.hex()) for w in wants)
                parts_made[n, d] = _part(d, group_cards, made, other, dropped, names)
            continue
        for part in parts:
            if part.deck == d:
                start = len(wanted)
                wanted += [
                    Want(guid, bytes.fromhex(digest), start + k)
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
            wanted, notes, subdecks, config, {}, keep=inputs.collection(package)
        )
    except Incomplete:
        return None  # the kept collection is not the last build's: built whole
    lock_data = join_lines(spliced).encode("utf-8")
    stale, lock_same = write_outputs({package: data}, lock, lock_data, write=True)
    changed = bool(stale or not lock_same)
    in_order: list[Part] = []  # the parts of the deck in guide order
    for n, (_, old) in enumerate(state.guides):
        if n in groups:
            in_order += [parts_made[n, d]] if (n, d) in parts_made else []
        else:
            in_order += [p for p in old if p.deck == d]
    report = _report(deck, config, in_order, package, lock, assignment, changed, written)
    new = DeckState(deck.ident, deck.name, deck.output, _sha(data), _sha(lock_data), owners)
    return report, new, parts_made


def _merge(
    kept: list[tuple[str, int]], lines: list[str], owners: list[int]
) -> tuple[list[str], tuple[int, ...]]:
    """The kept lines (sorted) and the new ones (sorted) in one sorted list, with owners."""
    out = [line for line, _ in kept]
    out_owners = [o for _, o in kept]
    # Few new lines among many kept: each found by bisection, reading only the lines it meets.
    for line, owner in zip(lines, owners, strict=True):
        at = bisect_left(out, line_order(line), key=line_order)
        out.insert(at, line)
        out_owners.insert(at, owner)
    return out, tuple(out_owners)


# --- the state, kept as JSON ------------------------------------------------------------------


def _setup(out_dir: Path) -> str:
    text = f"{FORMAT}\0{cache.code_digest()}\0{out_dir.resolve()}"
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


def save(folder: Path, out_dir: Path, state: State | None) -> None:
    """Keep the state of the build just made (None: none to keep, the next is made whole)."""
    if state is None:
        cache.write_slot(folder, KIND, out_dir, None)
        return
    guides = [
        [digest, [[p.deck, p.notes, p.topics, p.other, p.dropped, p.subdecks] for p in parts]]
        for digest, parts in state.guides
    ]
    decks = [[d.ident, d.name, d.output, d.package, d.lock, d.owners] for d in state.decks]
    cache.write_slot(folder, KIND, out_dir, [_setup(out_dir), guides, decks])


def load(folder: Path, out_dir: Path) -> State | None:
    """The state the last build into `out_dir` left, or None (missing, damaged, foreign)."""
    entry = cache.read_slot(folder, KIND, out_dir)
    if not (isinstance(entry, list) and len(entry) == 3 and entry[0] == _setup(out_dir)):
        return None
    try:
        guides = tuple((_text(digest), tuple(map(_read_part, parts))) for digest, parts in entry[1])
        decks = tuple(_read_deck(fields) for fields in entry[2])
    except (TypeError, ValueError):
        return None
    if any(p.deck >= len(decks) for _, parts in guides for p in parts):
        return None
    return State(guides, decks)


def _read_deck(value: Any) -> DeckState:
    ident, name, output, package, lock, owners = value
    texts = (_text(ident), _text(name), _text(output), _text(package), _text(lock))
    return DeckState(*texts, tuple(map(_number, owners)))


def _read_part(value: Any) -> Part:
    deck, notes, topics, other, dropped, subdecks = value
    return Part(
        _number(deck),
        tuple((_text(guid), _text(digest)) for guid, digest in notes),
        {_text(k): _number(v) for k, v in topics.items()},
        _number(other),
        _number(dropped),
        tuple(map(_text, subdecks)),
    )


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value


def _number(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(value)
    return value
