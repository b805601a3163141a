"""Card HTML -> the HTML a note shows: code highlighted, math delimited for MathJax."""

from __future__ import annotations

from dataclasses import replace
from pathlib import PurePath

from .highlight import highlight_code
from .markup import sanitize
from .mathjax import dollars_to_mathjax
from .model import Card

HTML_SUFFIXES = {".html", ".htm"}


def render_fields(card: Card) -> Card:
    """Highlight the card's code blocks and, for HTML guides, turn `$...$` into `\\(...\\)`.

    Markdown math was already converted when the guide was parsed (see mathjax.py); the
    result is sanitized again, so a field passes the sanitizer unchanged.
    """
    from_html = PurePath(card.source.path).suffix.lower() in HTML_SUFFIXES

    def render(fragment: str) -> str:
        fragment = highlight_code(fragment)
        if from_html:
            fragment = dollars_to_mathjax(fragment)
        return sanitize(fragment)

    return replace(card, question=render(card.question), answer=render(card.answer))
