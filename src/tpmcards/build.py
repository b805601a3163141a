"""Orchestration: sources -> cards -> ids -> packages. The CLI calls these and prints."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import cache
from .anki import build_package, write_package
from .extract import OTHER_TOPIC
from .identity import Assignment, BuildDiff, assign_ids, lock_path, read_lock, write_lock
from .model import Card, Config
from .sources import find_sources, slugify


def collect_cards(paths: Iterable[Path], config: Config, use_cache: bool = True) -> list[Card]:
    """Read, parse and extract every guide under `paths`, in order.

    Guides unchanged since they were last read come from the cache (see cache.py); the rest
    are parsed, on every core when there are many.
    """
    return cache.collect(find_sources(paths), config, cache.cache_dir() if use_cache else None)


def deck_cards(cards: Sequence[Card], config: Config) -> list[Card]:
    """The cards that go into a deck: those of `other` only if the config keeps them."""
    return [c for c in cards if c.topic != OTHER_TOPIC or config.keep_other]


@dataclass(frozen=True)
class DeckReport:
    """What one deck's build did."""

    deck: str
    path: Path
    per_topic: dict[str, int]
    diff: BuildDiff
    written: bool  # False when the bytes on disk were already these


def build_decks(
    paths: Iterable[Path], out_dir: Path, config: Config, now: int, write: bool = True
) -> list[DeckReport]:
    """Build one `.apkg` per deck into `out_dir`, with its id lock beside it."""
    cards = deck_cards(collect_cards(paths, config), config)
    by_deck: dict[str, list[Card]] = {}
    for card in cards:
        by_deck.setdefault(card.deck or config.deck, []).append(card)
    reports = []
    for deck, members in by_deck.items():
        output = config.output if deck == config.deck else slugify(deck)
        path = out_dir / f"{output}.apkg"
        lock_file = lock_path(out_dir, output)
        assignment = assign_ids(members, read_lock(lock_file), now)
        data, unchanged = _package(assignment, config, path)
        if write and not unchanged:
            write_package(path, data)
            write_lock(lock_file, assignment.lock)
            _remember_package(assignment, config, path, data)
        reports.append(
            DeckReport(
                deck,
                path,
                dict(Counter(c.topic for c in members)),
                assignment.diff,
                write and not unchanged,
            )
        )
    return reports


def _package(assignment: Assignment, config: Config, path: Path) -> tuple[bytes, bool]:
    """The deck's bytes, and whether `path` already holds them.

    When the cache knows `path` holds the package of these very cards, it is not built again.
    """
    if cache.package_on_disk(cache.cache_dir(), path, cache.package_digest(assignment, config)):
        return path.read_bytes(), True
    data = build_package(assignment.cards, config)
    unchanged = path.exists() and path.read_bytes() == data
    if unchanged:
        _remember_package(assignment, config, path, data)
    return data, unchanged


def _remember_package(assignment: Assignment, config: Config, path: Path, data: bytes) -> None:
    cache.remember_package(cache.cache_dir(), path, cache.package_digest(assignment, config), data)
