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
    from_html = from_html_guide(card)
    return replace(
        card,
        question=render_field(card.question, from_html),
        answer=render_field(card.answer, from_html),
        extra=render_field(card.extra, from_html) if card.extra else "",
    )


def from_html_guide(card: Card) -> bool:
    """Whether the card comes from an HTML page (whose `$...$` math render_field converts)."""
    return PurePath(card.source.path).suffix.lower() in HTML_SUFFIXES


def render_field(fragment: str, from_html: bool) -> str:
    """One field as render_fields renders it."""
    fragment = highlight_code(fragment)
    if from_html:
        fragment = dollars_to_mathjax(fragment)
    return sanitize(fragment)
