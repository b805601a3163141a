"""Orchestration: sources -> cards -> ids -> packages. The CLI calls these and prints."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .anki import build_package, write_package
from .document import parse_document
from .export import export_csv, export_json
from .extract import OTHER_TOPIC, extract_cards
from .fields import render_fields
from .identity import BuildDiff, assign_ids, lock_path, read_lock, write_lock
from .media import Media, collect_media, media_roots
from .model import Card, Config
from .notetypes import choose_note_type
from .sources import load_sources, slugify

FORMATS = ("apkg", "csv", "json")


def collect_cards(paths: Iterable[Path], config: Config) -> list[Card]:
    """Read, parse and extract every guide under `paths`, in order."""
    cards: list[Card] = []
    for source in load_sources(paths):
        chosen = source.meta.get("note_type")
        for card in extract_cards(parse_document(source), config):
            note_type = choose_note_type(chosen, card.kind, source.display)
            cards.append(replace(card, note_type=note_type.key) if note_type else card)
    return cards


def prepare_cards(cards: Sequence[Card], paths: Iterable[Path]) -> Media:
    """Cards as their notes show them: code highlighted, math for MathJax, images packaged."""
    media = collect_media(cards, media_roots(paths))
    return replace(media, cards=tuple(render_fields(c) for c in media.cards))


def deck_cards(cards: Sequence[Card], config: Config) -> list[Card]:
    """The cards that go into a deck: those of `other` only if the config keeps them."""
    return [c for c in cards if c.topic != OTHER_TOPIC or config.keep_other]


@dataclass(frozen=True)
class DeckReport:
    """What one deck's build did."""

    deck: str
    path: Path  # the first file written: the .apkg unless only other formats were asked
    per_topic: dict[str, int]
    diff: BuildDiff
    written: bool  # False when the bytes on disk were already these
    paths: tuple[Path, ...] = ()  # every file of this deck, one per format


def build_decks(
    paths: Iterable[Path],
    out_dir: Path,
    config: Config,
    now: int,
    write: bool = True,
    formats: Sequence[str] = ("apkg",),
) -> list[DeckReport]:
    """Build one `.apkg` (and/or `.csv`, `.json`) per deck into `out_dir`, with its id lock."""
    paths = list(paths)
    media = prepare_cards(deck_cards(collect_cards(paths, config), config), paths)
    by_deck: dict[str, list[Card]] = {}
    for card in media.cards:
        by_deck.setdefault(card.deck or config.deck, []).append(card)
    reports = []
    for deck, members in by_deck.items():
        output = config.output if deck == config.deck else slugify(deck)
        lock_file = lock_path(out_dir, output)
        assignment = assign_ids(members, read_lock(lock_file), now)
        outputs: dict[Path, bytes] = {}
        for fmt in (f for f in FORMATS if f in formats):
            if fmt == "apkg":
                data = build_package(assignment.cards, config, media.used_by(members))
            elif fmt == "csv":
                data = export_csv(assignment.cards, config).encode("utf-8")
            else:
                data = export_json(assignment.cards, config).encode("utf-8")
            outputs[out_dir / f"{output}.{fmt}"] = data
        stale = [p for p, data in outputs.items() if not (p.exists() and p.read_bytes() == data)]
        if write and stale:
            for path in stale:
                write_package(path, outputs[path])
            write_lock(lock_file, assignment.lock)
        reports.append(
            DeckReport(
                deck,
                next(iter(outputs)),
                dict(Counter(c.topic for c in members)),
                assignment.diff,
                write and bool(stale),
                tuple(outputs),
            )
        )
    return reports
