"""tpmcards: study guides in Markdown or HTML -> Anki decks and a terminal quiz."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
# Imported on first use, so `tpmcards --help` does not pay for the data model.
_HOMES = {name: ".model" for name in __all__} | {"TpmcardsError": ".errors"}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
