"""Card HTML: sanitize what goes into a field, and reduce HTML to plain text."""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

import nh3

from .lazyre import lazy

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
    # Ruby annotations (furigana over kanji): kept as the page wrote them, never read aloud
    # in a card's text (`to_text`).
    "rb",
    "rp",
    "rt",
    "rtc",
    "ruby",
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
_SPACE = lazy(r"\s+")
# Control characters are invalid in HTML, and U+001F separates the fields of an Anki note.
_CONTROL = lazy(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ANY_CONTROL = lazy(r"[\x00-\x1f\x7f-\x9f]")
_TAG = lazy(r"<[^>]*>")
_RUBY_READING = lazy(r"<(rt|rp)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_BLOCK_END = lazy(
    r"</?(p|li|dt|dd|tr|td|th|h[1-6]|div|pre|blockquote|ul|ol|table|details|summary)\b[^>]*>"
    r"|<br\s*/?>",
    re.I,
)


# Every element name HTML, SVG and MathML define, with the obsolete ones old pages still use.
# A tag-looking text with any other name (`List<T>`, `<Key>`) is prose, not markup.
HTML_ELEMENTS = frozenset(
    """
    a abbr acronym address applet area article aside audio b base basefont bdi bdo bgsound
    big blink blockquote body br button canvas caption center cite code col colgroup data
    datalist dd del details dfn dialog dir div dl dt em embed fieldset figcaption figure font
    footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe image img
    input ins isindex kbd keygen label legend li link listing main map mark marquee math menu
    menuitem meta meter multicol nav nobr noembed noframes noscript object ol optgroup option
    output p param picture plaintext pre progress q rb rp rt rtc ruby s samp script search
    section select slot small source spacer span strike strong style sub summary sup svg table
    tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr xmp
    animate animatemotion animatetransform circle clippath defs desc ellipse feblend filter
    foreignobject g line lineargradient marker mask mpath path pattern polygon polyline
    radialgradient rect stop switch symbol text textpath tspan use view
    annotation maction menclose merror mfrac mi mmultiscripts mn mo mover mpadded mphantom
    mprescripts mroot mrow ms mspace msqrt mstyle msub msubsup msup mtable mtd mtext mtr
    munder munderover semantics
    """.split()  # noqa: SIM905
)
# A start or end tag as Python's html.parser reads one: `<` then a name up to space, / or >.
_TAG_START = lazy(r"<(/?)([A-Za-z][^\t\n\r\f />\x00<]*)")
_MARKED_SECTION = lazy(r"<!\[(?!CDATA\[)")
_CUSTOM_ELEMENT = lazy(r"[a-z][a-z0-9._]*-[a-z0-9._-]*")


# `<summary>Question?<summary>`: a summary closed by a second opening tag, on its line.
_UNCLOSED_SUMMARY = lazy(r"<summary>(?P<text>[^<>\n]+)<summary>", re.I)


def mend_summaries(text: str) -> str:
    """The text with each summary closed by a mistyped opening tag closed as meant (left as
    written, the summary would hold the whole answer)."""
    if "<summary>" not in text.lower():
        return text
    return _UNCLOSED_SUMMARY.sub(r"<summary>\g<text></summary>", text)


def escape_stray_tags(html: str) -> str:
    """Escape text that looks like a tag but names no HTML element (`List<T>`, `Map<K, V>`),
    so it shows as written instead of being parsed as an element and dropped."""

    def fix(match: re.Match[str]) -> str:
        name = match.group(2).lower()
        if name in HTML_ELEMENTS or _CUSTOM_ELEMENT.fullmatch(name):
            return match.group(0)
        return "&lt;" + match.group(0)[1:]

    # `<![` starts a marked section that Python's html.parser rejects unless it is CDATA.
    return _MARKED_SECTION.sub("&lt;![", _TAG_START.sub(fix, html))


def sanitize(fragment: str) -> str:
    """Keep only safe HTML: no scripts, handlers, frames, or `javascript:`/`data:` URLs."""
    known = _SANITIZED.get(fragment)
    if known is not None:
        return known
    # Text with no markup, entity or character the cleaner changes comes out as it went in;
    # so do paragraphs and lists of such text (most answers), whatever their words.
    # The line numbers the parser tags blocks with are dropped as the cleaner drops them.
    bare = _DATA_LINE.sub(r"<\1>", fragment) if "data-line" in fragment else fragment
    if _PLAIN.fullmatch(bare) or _SIMPLE.fullmatch(bare):
        cleaned, stable = bare.strip(), True
    else:
        cleaned = _clean(fragment)
        stable = cleaned == fragment  # already what cleaning keeps: a second pass gives it again
    # Mis-nested markup (an item inside a table inside an item) can come out of one pass
    # still mis-nested and change on the next: clean until the field is stable, so what is
    # stored is exactly what any later cleaning would keep.
    for _ in range(0 if stable else _MAX_PASSES):
        again = _clean(cleaned)
        stable = again == cleaned
        if stable:
            break
        cleaned = again
    # A field is cleaned where it is found, rendered, and again at the packaging gate: the
    # same text is not handed to the cleaner three times. What cleaning keeps, it keeps.
    if len(_SANITIZED) >= _MAX_REMEMBERED:
        _SANITIZED.clear()
    _SANITIZED[fragment] = cleaned
    if stable:
        _SANITIZED[cleaned] = cleaned
    return cleaned


_MAX_PASSES = 4
# Every field of 100,000 cards twice over (as extracted, as rendered): a memo cleared in the
# middle of a build would clean the fields of the cards before that point once more.
_MAX_REMEMBERED = 1 << 19
_SANITIZED: dict[str, str] = {}
# What nh3 leaves alone: no `<`, `&` or `>`, no control character (tab and newline aside), no
# no-break space (it writes `&nbsp;`), no lone surrogate.
_PLAIN_TEXT = r"[^\x00-\x08\x0b-\x1f&<>\x7f-\xa0\ud800-\udfff]*"
_PLAIN = lazy(_PLAIN_TEXT)
_DATA_LINE = lazy(r'<(p|ul|ol|li) data-line="\d+">')
# Paragraphs and lists without attributes, of such text, one after another, with spaces,
# tabs and newlines between the tags.
_SIMPLE = lazy(
    r"(?:{s}(?:<p>{t}</p>|<(ul|ol)>(?:{s}<li>{t}</li>)+{s}</\1>))+{s}".replace(
        "{s}", r"[ \t\n]*"
    ).replace("{t}", _PLAIN_TEXT)
)


def clean_fields(fields: Iterable[str]) -> list[str]:
    """The fields that `sanitize` leaves as they are."""
    return [field for field in fields if sanitize(field) == field]


def remember_clean(fields: Iterable[str]) -> None:
    """Take `fields` as ones `sanitize` leaves as they are: what `clean_fields` found in a
    worker process running this same code, so this process does not clean them again."""
    for field in fields:
        if len(_SANITIZED) >= _MAX_REMEMBERED:
            return  # a full memo is cleared by the next field cleaned: what it holds stays
        _SANITIZED[field] = field


def _clean(fragment: str) -> str:
    cleaned: str = nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    return _CONTROL.sub("", cleaned).strip()


@lru_cache(maxsize=1 << 15)  # a card's fields are read as text by many stages
def to_text(fragment: str) -> str:
    """Reduce HTML to one line of readable text (a ruby annotation's reading left out:
    `<ruby>避難<rt>ひなん</rt></ruby>` reads 避難)."""
    if "<r" in fragment:
        fragment = _RUBY_READING.sub("", fragment)
    # Plain text (a question, a line) has no tag to drop: both patterns need a `<`.
    text = _TAG.sub("", _BLOCK_END.sub(" ", fragment)) if "<" in fragment else fragment
    return _SPACE.sub(" ", htmllib.unescape(text)).strip()


def escape(text: str) -> str:
    """Escape plain text for a field."""
    return htmllib.escape(text, quote=False)


def clean_tag(tag: str) -> str:
    """A tag Anki accepts: no spaces (they separate tags), no control characters."""
    return _ANY_CONTROL.sub("", "_".join(tag.split()))


def clean_name(text: str) -> str:
    """A one-line name (deck, topic title): control characters dropped."""
    return _ANY_CONTROL.sub("", text)


# --- cloze deletions, found in one pass ----------------------------------------------------

# A regex such as `\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}` rescans the rest of the text from each
# opener that is never closed: cubic on a paragraph of `{{c1::a::` openers. One forward scan
# finds the same deletions: an opener, then the first `}}` after it; no `}}` after an opener
# means none after any later opener either, so the scan stops there.
_CLOZE_OPEN = lazy(r"\{\{c(\d{1,9})::")


@dataclass(frozen=True)
class Deletion:
    """One `{{cN::text}}` or `{{cN::text::hint}}` of a cloze field, and where it is."""

    start: int
    end: int
    number: int
    text: str
    hint: str | None


def cloze_deletions(text: str) -> list[Deletion]:
    """Every cloze deletion of `text`, in order, in time linear in its length."""
    found = []
    pos = 0
    while (opener := _CLOZE_OPEN.search(text, pos)) is not None:
        close = text.find("}}", opener.end())
        if close < 0:
            break
        answer, sep, hint = text[opener.end() : close].partition("::")
        found.append(
            Deletion(opener.start(), close + 2, int(opener.group(1)), answer, hint if sep else None)
        )
        pos = close + 2
    return found


def has_cloze(text: str) -> bool:
    """Whether `text` holds a closed `{{cN::...}}` with some text in it."""
    opener = _CLOZE_OPEN.search(text)
    return opener is not None and text.find("}}", opener.end() + 1) >= 0


def sub_cloze(text: str, replace: Callable[[Deletion], str]) -> str:
    """`text` with every cloze deletion replaced by what `replace` makes of it."""
    parts = []
    pos = 0
    for deletion in cloze_deletions(text):
        parts += [text[pos : deletion.start], replace(deletion)]
        pos = deletion.end
    parts.append(text[pos:])
    return "".join(parts)
