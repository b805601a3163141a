"""Orchestration: sources -> cards -> ids -> packages. The CLI calls these and prints."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .anki import build_package, write_package
from .document import parse_document
from .errors import SourceError
from .extract import OTHER_TOPIC, extract_cards
from .identity import BuildDiff, assign_ids, dump_lock, lock_path, read_lock
from .model import Card, Config
from .sources import load_sources, slugify


def collect_cards(paths: Iterable[Path], config: Config) -> list[Card]:
    """Read, parse and extract every guide under `paths`, in order."""
    cards: list[Card] = []
    for source in load_sources(paths):
        cards.extend(extract_cards(parse_document(source), config))
    return cards


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
    paths = list(paths)
    found = collect_cards(paths, config)
    cards = deck_cards(found, config)
    if not cards:
        # Writing an empty deck would only hide the old one's cards; keep it and say why.
        where = ", ".join(str(p) for p in paths)
        if found:
            raise SourceError(
                f"no card matches a topic of the config ({len(found)} found, all of topic "
                f"`{OTHER_TOPIC}`), so no deck was written; add topic headings or keywords "
                "to the config, or set `keep_other: true`",
                where,
            )
        raise SourceError(
            "no cards found, so no deck was written; add questions (e.g. a heading that "
            "ends in `?`) and check them with `tpmcards cards`",
            where,
        )
    by_deck: dict[str, list[Card]] = {}
    for card in cards:
        by_deck.setdefault(card.deck or config.deck, []).append(card)
    reports = []
    for deck, members in by_deck.items():
        output = config.output if deck == config.deck else slugify(deck)
        path = out_dir / f"{output}.apkg"
        lock_file = lock_path(out_dir, output)
        assignment = assign_ids(members, read_lock(lock_file), now)
        data = build_package(assignment.cards, config)
        unchanged = path.exists() and path.read_bytes() == data
        if write and not unchanged:
            lock_data = dump_lock(assignment.lock).encode("utf-8")
            write_package(path, data, also=[(lock_file, lock_data)])
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
