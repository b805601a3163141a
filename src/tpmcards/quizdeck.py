"""The cards a quiz asks and the titles of their topics: from guides, through the same
`Project` as every other command (so the same ids), or from `.apkg` files."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import TpmcardsError
from .identity import assign_ids, lock_path, read_lock, write_lock
from .model import OTHER_TOPIC, DeckCard
from .project import Project


@dataclass(frozen=True)
class QuizDeck:
    """The cards to quiz on, and the titles of their topics in display order."""

    cards: list[DeckCard]
    titles: dict[str, str]


def quiz_deck(paths: Sequence[Path], config_path: Path | None, home: Path | None) -> QuizDeck:
    """The cards of the `.apkg` files and the guides among `paths`, with their stable ids."""
    packages = [p for p in paths if p.suffix.lower() == ".apkg"]
    guides = [p for p in paths if p not in packages]
    cards: list[DeckCard] = []
    titles: dict[str, str] = {}
    if guides:
        found = guide_cards(Project(guides, config_path), home / "locks" if home else None)
        cards, titles = found.cards, found.titles
    if packages:
        from .deckread import read_deck
        from .deckread import topic_titles as deck_titles

        from_decks = [dc for p in packages for dc in read_deck(p)]
        cards += from_decks
        titles = {**titles, **deck_titles(from_decks)}
    return QuizDeck(cards, titles)


def guide_cards(project: Project, own_locks: Path | None) -> QuizDeck:
    """The cards to quiz on, with the ids the built decks give them.

    Without a built deck the quiz keeps its own lock under `own_locks`, so a reworded
    card keeps its history for users who never build a deck.
    """
    import time

    cards: list[DeckCard] = []
    now = int(time.time())
    slot = hashlib.sha256("\n".join(os.path.abspath(p) for p in project.paths).encode())
    for deck in project.decks:
        shared = lock_path(project.out_dir, deck.output)
        own = None
        if own_locks is not None and not shared.exists():
            own = lock_path(own_locks / slot.hexdigest()[:12], deck.output)
        entries = read_lock(own if own is not None else shared)
        assignment = assign_ids(deck.cards, entries, now)
        if own is not None and tuple(assignment.lock) != tuple(entries):
            try:
                own.parent.mkdir(parents=True, exist_ok=True)
                write_lock(own, assignment.lock)
            except (OSError, TpmcardsError):
                pass  # without its own lock the quiz still runs; ids follow the keys
        cards += [dc for dc in assignment.cards if not dc.removed]
    return QuizDeck(cards, topic_titles(project))


def topic_titles(project: Project) -> dict[str, str]:
    """Topic slug -> title, in the configs' order; cards of no topic under `Other`, or
    under the deck's name when no config has topics."""
    titles = {t.slug: t.title for deck in project.decks for t in deck.config.topics}
    if any(c.topic == OTHER_TOPIC for deck in project.decks for c in deck.cards):
        names = " + ".join(deck.name for deck in project.decks if not deck.config.topics)
        titles[OTHER_TOPIC] = "Other" if titles or not names else names
    for deck in project.decks:
        for card in deck.cards:
            titles.setdefault(card.topic, card.topic)
    return titles
