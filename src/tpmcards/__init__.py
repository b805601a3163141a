"""tpmcards: study guides in Markdown or HTML -> Anki decks and a terminal quiz."""

from __future__ import annotations

from .errors import TpmcardsError
from .model import Card, CardKind, Config, DeckCard, Document, Section, Source, Topic

__all__ = [
    "Card",
    "CardKind",
    "Config",
    "DeckCard",
    "Document",
    "Section",
    "Source",
    "Topic",
    "TpmcardsError",
]
