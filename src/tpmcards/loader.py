"""The cards a quiz asks: from guides (through a cache) or from `.apkg` files.

Parsing the guides costs more than the 0.3 s a quiz may take to show its first question, so
the cards with their ids are cached in the data folder, keyed by the bytes of every guide,
the config and the id locks: any edit to one of them rebuilds the cache.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import OutputError
from .model import Card, CardKind, DeckCard, SourceRef

CACHE_VERSION = 1
LOCK_FOLDER = Path("decks")


@dataclass(frozen=True)
class QuizDeck:
    """The cards to quiz on, and the titles of their topics in display order."""

    cards: list[DeckCard]
    titles: dict[str, str]


def load_quiz_deck(paths: list[Path], config_path: Path | None, home: Path | None) -> QuizDeck:
    """Cards with their stable ids from `.apkg` files or guides (the latter cached in `home`).

    Ids come from the build's lock in `decks/` when there is one, so the quiz and the Anki
    deck share them; without it the quiz keeps its own lock in `home`, so a reworded card
    keeps its history for users who never build a deck.
    """
    packages = [p for p in paths if p.suffix.lower() == ".apkg"]
    if packages:
        from .deckread import read_deck, topic_titles

        cards = [dc for p in packages for dc in read_deck(p)]
        guides = [p for p in paths if p not in packages]
        titles = topic_titles(cards)
        if guides:
            more = load_quiz_deck(guides, config_path, home)
            cards += more.cards
            titles = {**more.titles, **titles}
        return QuizDeck(cards, titles)
    key = _cache_key(paths, config_path)
    slot = hashlib.sha256("\n".join(str(p.resolve()) for p in paths).encode()).hexdigest()[:12]
    cache = home / "cache" / f"cards-{slot}.json" if home is not None else None
    if cache is not None:
        cached = _read_cache(cache, key)
        if cached is not None:
            return cached
    own_locks = home / "locks" / slot if home is not None else None
    deck = _identified_cards(paths, config_path, own_locks)
    if cache is not None:
        _write_cache(cache, key, deck)
    return deck


def _identified_cards(
    paths: list[Path], config_path: Path | None, own_locks: Path | None
) -> QuizDeck:
    import time

    from .build import collect_cards, deck_cards, group_by_deck
    from .identity import assign_ids, dump_lock, lock_path, read_lock, write_lock
    from .sources import load_config

    config = load_config(config_path, paths)
    cards: list[DeckCard] = []
    now = int(time.time())
    for _deck, output, members in group_by_deck(
        deck_cards(collect_cards(paths, config), config), config
    ):
        shared = lock_path(LOCK_FOLDER, output)
        own = lock_path(own_locks, output) if own_locks and not shared.exists() else None
        entries = read_lock(own if own is not None else shared)
        assignment = assign_ids(members, entries, now)
        if own is not None and dump_lock(assignment.lock) != dump_lock(entries):
            try:
                own.parent.mkdir(parents=True, exist_ok=True)
                write_lock(own, assignment.lock)
            except (OSError, OutputError):
                pass  # without its own lock the quiz still runs; ids follow the keys
        cards += assignment.cards
    titles = {t.slug: t.title for t in config.topics}
    for dc in cards:
        titles.setdefault(dc.card.topic, dc.card.topic)
    return QuizDeck(cards, titles)


def _cache_key(paths: list[Path], config_path: Path | None) -> str:
    from .sources import find_config, find_sources

    digest = hashlib.sha256()
    # A new version of the extraction code must not serve cards the old one cached.
    for entry in sorted(os.scandir(Path(__file__).parent), key=lambda e: e.name):
        if entry.name.endswith(".py"):
            stat = entry.stat()
            digest.update(f"code {entry.name} {stat.st_size} {stat.st_mtime_ns}\n".encode())
    digest.update(f"cache {CACHE_VERSION}\n".encode())
    for path in paths:
        digest.update(f"input {path.resolve()}\n".encode())
    files = [(p, f"source {k}") for p, k in find_sources(paths)]
    config = find_config(config_path, paths)
    if config is not None:
        files.append((config, f"config {config.resolve()}"))
    if LOCK_FOLDER.is_dir():
        files += [(p, f"lock {p.resolve()}") for p in sorted(LOCK_FOLDER.glob("*.lock.json"))]
    for path, label in files:
        digest.update(f"{label}\n".encode())
        try:
            digest.update(hashlib.sha256(path.read_bytes()).digest())
        except OSError:
            digest.update(b"unreadable")
    return digest.hexdigest()


def _read_cache(path: Path, key: str) -> QuizDeck | None:
    try:
        data = json.loads(path.read_text("utf-8"))
        if data.get("key") != key:
            return None
        cards = [_card_from(row) for row in data["cards"]]
        return QuizDeck(cards, dict(data["titles"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None  # a missing or damaged cache is rebuilt


def _write_cache(path: Path, key: str, deck: QuizDeck) -> None:
    from .atomic import write_atomic

    data = {"key": key, "titles": deck.titles, "cards": [_card_to(dc) for dc in deck.cards]}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    except OSError:
        pass  # the cache only saves time; without it the quiz still runs


def _card_to(dc: DeckCard) -> dict[str, Any]:
    c = dc.card
    return {
        "id": dc.id,
        "modified": dc.modified,
        "removed": dc.removed,
        "key": c.key,
        "question": c.question,
        "answer": c.answer,
        "kind": c.kind.value,
        "topic": c.topic,
        "source": [c.source.path, c.source.line, c.source.heading, c.source.guide],
        "tags": list(c.tags),
        "items": list(c.items),
        "deck": c.deck,
    }


def _card_from(row: dict[str, Any]) -> DeckCard:
    path, line, heading, guide = row["source"]
    card = Card(
        key=row["key"],
        question=row["question"],
        answer=row["answer"],
        kind=CardKind(row["kind"]),
        topic=row["topic"],
        source=SourceRef(path, line, heading, guide),
        tags=tuple(row["tags"]),
        items=tuple(row["items"]),
        deck=row["deck"],
    )
    return DeckCard(card, row["id"], row["modified"], bool(row["removed"]))
