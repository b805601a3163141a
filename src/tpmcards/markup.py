"""Card HTML: sanitize what goes into a field, and reduce HTML to plain text."""

from __future__ import annotations

import html as htmllib
import re

import nh3

# Tags a card may hold: text structure, lists, tables, code, images and math. Nothing that
# runs code, loads a page, or styles beyond the card.
ALLOWED_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "code",
    "dd",
    "del",
    "details",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "s",
    "samp",
    "small",
    "span",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
    "var",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align", "scope"},
    "ol": {"start"},
    "code": {"class"},
    "pre": {"class"},
    "span": {"class"},
    "div": {"class"},
}
URL_SCHEMES = {"http", "https", "mailto"}
_SPACE = re.compile(r"\s+")
_TAG = re.compile(r"<[^>]*>")
_BLOCK_END = re.compile(
    r"</?(p|li|dt|dd|tr|td|th|h[1-6]|div|pre|blockquote|ul|ol|table|details|summary)\b[^>]*>"
    r"|<br\s*/?>",
    re.I,
)


def sanitize(fragment: str) -> str:
    """Keep only safe HTML: no scripts, handlers, frames, or `javascript:`/`data:` URLs."""
    cleaned: str = nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    return cleaned.strip()


def to_text(fragment: str) -> str:
    """Reduce HTML to one line of readable text."""
    text = _TAG.sub("", _BLOCK_END.sub(" ", fragment))
    return _SPACE.sub(" ", htmllib.unescape(text)).strip()


def escape(text: str) -> str:
    """Escape plain text for a field."""
    return htmllib.escape(text, quote=False)
