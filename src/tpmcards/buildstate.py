"""The state a build leaves for the next one to splice into (see increment.py): each
guide's part of each deck (the GUID and note digest of each of its cards, the counts its
report shows) and which lines of each deck's lock hold whose cards.

Kept in the cache (`slices/`, JSON, checked value by value when read back: anything but
what we wrote is a miss, never an error).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import cache
from .identity import Assignment
from .model import OTHER_TOPIC, Card, Config
from .sources import slugify

if TYPE_CHECKING:
    from .anki import Wanted
    from .project import Guide, Project

# A deck a whole build wrote: its assignment, the bytes of its package and lock, and the
# notes the package wanted (None when the package was found on disk already).
Built = tuple[Assignment, bytes, bytes, "Wanted | None"]

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
    project: Project, digests: Sequence[str], built: Sequence[Built]
) -> State | None:
    """The state a whole build of `project` leaves: its guides' digests and cards, its decks
    and, per deck, the assignment and the bytes of package and lock written. None when the
    next build could not splice into it."""
    guides, cards, decks = project.guides, project.cards_by_guide, project.decks
    from .anki import note_wants

    if len(built) != len(decks) or not keyed_by_guide(guides, cards):
        return None
    if any(d.output != output_base(d.name, d.config) for d in decks):
        return None  # a name another deck or lock disputes: found again by a whole build
    index = {deck_ident(d.config, d.name): n for n, d in enumerate(decks)}
    groups = [group(g.config, c) for g, c in zip(guides, cards, strict=True)]
    if any(g[0] not in index for gs in groups for g in gs):
        return None
    parts: list[list[Part]] = [[] for _ in guides]
    states = []
    for d, (deck, (assignment, package, lock, wanted)) in enumerate(
        zip(decks, built, strict=True)
    ):
        wants, subdecks = wanted or note_wants(assignment.cards, deck.config)
        position = 0
        owner: dict[str, int] = {}
        for g, found in enumerate(groups):
            for ident, _, kept, other, dropped in found:
                if index[ident] == d:
                    span = slice(position, position + len(kept))
                    notes = tuple((w.guid, w.digest) for w in wants[span])
                    parts[g].append(make_part(d, kept, notes, other, dropped, subdecks[span]))
                    owner.update((card.key, g) for card in kept)
                    position += len(kept)
        if len(owner) != position or position != len(deck.cards):
            return None  # two cards of one key: not every card matches its entry by key
        owners = tuple(-1 if e.removed else owner.get(e.key, -2) for e in assignment.lock)
        if -2 in owners:
            return None
        ident = deck_ident(deck.config, deck.name)
        states.append(DeckState(ident, deck.name, deck.output, sha(package), sha(lock), owners))
    return State(tuple(zip(digests, map(tuple, parts), strict=True)), tuple(states))


def keyed_by_guide(guides: Sequence[Guide], cards: Sequence[Sequence[Card]]) -> bool:
    """Each card's key starts with its guide's, and no two guides share one: a guide's cards
    never take another guide's lock entry by key."""
    if len({g.key for g in guides}) != len(guides):
        return False
    return all(
        c.key.startswith(f"{g.key}#") for g, found in zip(guides, cards, strict=True) for c in found
    )


def make_part(
    deck: int,
    kept: Sequence[Card],
    notes: tuple[tuple[str, str], ...],
    other: int,
    dropped: int,
    subdecks: Sequence[str],
) -> Part:
    topics = dict(Counter(card.topic for card in kept))
    return Part(deck, notes, topics, other, dropped, tuple(sorted(set(subdecks))))


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


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
    return DeckState(*texts, _numbers(owners))


def _read_part(value: Any) -> Part:
    deck, notes, topics, other, dropped, subdecks = value
    return Part(
        _number(deck),
        _pairs(notes),
        {_text(k): _number(v) for k, v in topics.items()},
        _number(other),
        _number(dropped),
        tuple(map(_text, subdecks)),
    )


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value


# A deck's owners and a guide's notes run to one per card: checked by C loops (map, set),
# not a Python call per value (a tenth of an edit's reading of the state at 10,000 cards).


def _numbers(value: Any) -> tuple[int, ...]:
    """A list of ints (no bools), as a tuple."""
    if not isinstance(value, list) or not set(map(type, value)) <= {int}:
        raise TypeError(value)
    return tuple(value)


def _pairs(value: Any) -> tuple[tuple[str, str], ...]:
    """A list of [text, text] lists, as a tuple of pairs."""
    if not (
        isinstance(value, list)
        and set(map(type, value)) <= {list}
        and set(map(len, value)) <= {2}
        and set(map(type, chain.from_iterable(value))) <= {str}
    ):
        raise TypeError(value)
    return tuple(map(tuple, value))


def _number(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(value)
    return value
