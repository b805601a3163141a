"""Source -> Document: Markdown and HTML meet here, so every later rule is written once.

Markdown's tokens are walked straight into sections (mdtokens.py); a guide with raw HTML in
it is rendered to HTML with each block tagged with its source line and read as a page. HTML
pages are stripped to their article and walked here into the same sections of blocks.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from typing import Any

from . import bs4load  # noqa: F401  # isort: skip
from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, Tag
from bs4.element import NavigableString
from bs4.exceptions import ParserRejectedMarkup

from .chrome import HEADINGS, find_article, strip_chrome
from .errors import SourceError
from .faqwidgets import Widget, faq_widgets, open_answer_drop_downs, question_html, term_name
from .frontfaq import front_matter_faq
from .lazyre import lazy
from .markup import escape_stray_tags, mend_summaries, to_text
from .mdtokens import markdown_outline, markdown_tokens, render_tokens
from .model import Block, BlockKind, Document, Section, Source
from .readmetxt import wordpress_headings
from .sectioning import OpenSection, Outline, heading_words
from .shortcodes import component_terms, myst_glossaries, term_shortcodes
from .titles import GENERIC_TITLE

BLOCK_TAGS = {"p", "ul", "ol", "table", "pre", "details", "dl", "blockquote", "img", "figure", "hr"}


def parse_document(source: Source, by_tokens: bool = True) -> Document:
    """Parse a guide into sections of blocks, each block with its source line.

    `by_tokens=False` reads a Markdown guide the way one holding raw HTML is read (rendered,
    then parsed as HTML): the same Document, only slower.
    """
    page_title = site = ""
    outline = None
    if source.format == "html" or _whole_page(source.text):
        soup = _parse_html(escape_stray_tags(mend_summaries(source.text)), source.display)
        title_tag = soup.find("title")
        full_title = to_text(title_tag.get_text()) if title_tag else ""
        page_title = without_site_name(full_title)
        site = full_title[len(page_title) :].strip(" |—–·:-") if full_title != page_title else ""
        if site and GENERIC_TITLE.match(site) and not GENERIC_TITLE.match(page_title):
            page_title, site = site, page_title  # "WOZexperts | FAQ": the site's name first
        if not site:
            # `<meta property="og:site_name" content="The ChoiceScript IDE">`: the site's own
            # name for itself, when its <title> holds none.
            meta_tag = soup.find("meta", attrs={"property": "og:site_name"}) or soup.find(
                "meta", attrs={"name": "application-name"}
            )
            content = meta_tag.get("content") if isinstance(meta_tag, Tag) else None
            site = " ".join(content.split()) if isinstance(content, str) else ""
        root: Tag | BeautifulSoup = find_article(soup)
        line_offset = source.body_line - 1
    else:
        text = myst_glossaries(
            term_shortcodes(component_terms(wordpress_headings(mend_summaries(source.text))))
        )
        tokens = markdown_tokens(text, source.body_line, source.path.suffix.lower() == ".mdx")
        outline = markdown_outline(tokens, source.body_line) if by_tokens else None
        if outline is None:  # raw HTML and the like: read the way a browser would
            root = _parse_html(escape_stray_tags(render_tokens(tokens)), source.display)
            # A tag markdown-it gave no `data-line` (raw HTML) has a line of the rendered
            # HTML, not of the file: it takes the last line seen, so order is kept.
            line_offset = -1
    if outline is None:
        open_answer_drop_downs(root)
        widgets = faq_widgets(root)
        strip_chrome(root, keep={id(tag) for w in widgets for tag in w.parts()})
        walker = _Walker(line_offset=line_offset, first_line=source.body_line)
        walker.below = _names_below(root)
        walker.widget_at(w for w in widgets if w.read)
        walker.walk(root)
        outline = walker.outline
    sections = tuple(outline.finish())
    if ":" in "".join(s.heading for s in sections):
        sections = tuple(map(_without_emoji_codes, sections))
    faq = front_matter_faq(source.meta) if source.meta else None
    if faq is not None:
        # After the page's own sections: a question the page asks as well is its card, and
        # the front matter's copy (an SEO summary of it) a duplicate.
        sections = (*sections, faq)
    # A page without a top heading is better named by its <title> than by its first <h2>.
    title = (
        str(source.meta.get("title") or "")
        or _first_heading(sections, top_only=True)
        or page_title
        or _first_heading(sections)
    )
    if not site and source.meta:
        site = _meta_site(source.meta)
    # "RUNALYZE - User documentation 2.1 Dokumentation": the name before the words.
    named = _SITE_SUFFIX.sub("", _SITE_SUFFIX.sub("", site)).strip(" -–—|·:")
    site = _SITE_PREFIX.sub(r"\g<name>", named).strip() or site
    if site and GENERIC_TITLE.match(title) and len(site.split()) <= _SITE_WORDS:
        # "Frequently Asked Questions | Broad Sky Tax": the site is what the page is about.
        title = f"{site} — {title}"
    return Document(source=source, title=title or source.key, sections=sections)


# Emoji written as shortcodes that headings keep as text (`### :gear: How do I set it up?`,
# a Jekyll page built without jemoji): no words of the heading.
_EMOJI_SHORTCODE = lazy(r"(?<![\w:]):[a-z][a-z0-9_+-]{1,30}:(?![\w:])\s*")


def _without_emoji_codes(section: Section) -> Section:
    path = tuple(_EMOJI_SHORTCODE.sub("", h).strip() or h for h in section.path)
    return section if path == section.path else replace(section, path=path)


_SITE_WORDS = 5  # a longer "site name" is a sentence, not a name
# Front matter that names the site or product a page belongs to (Jekyll, Hugo and SEO
# plug-ins): a name, or a title built as "FAQ | Product".
_SITE_KEYS = ("site_name", "product", "project", "app_name")
_SITE_TITLE_KEYS = ("seo_title", "og_title", "meta_title")


def _meta_site(meta: Mapping[str, object]) -> str:
    """The site's or product's name that a page's front matter gives, or ""."""
    for key in _SITE_KEYS:
        value = meta.get(key)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    for key in _SITE_TITLE_KEYS:
        value = meta.get(key)
        if not isinstance(value, str):
            continue
        full = " ".join(value.split())
        page = without_site_name(full)
        if page != full and GENERIC_TITLE.match(page):
            return full[len(page) :].strip(" |—–·:-")
        if page != full and GENERIC_TITLE.match(full[len(page) :].strip(" |—–·:-")):
            return page
    return ""
# What a docs site adds after its name: "alerta 4.1 documentation", "Sphinx docs".
_SITE_SUFFIX = lazy(
    r"(?:\s+(?:v?\d+(?:\.\d+)*(?:\.x)?|latest|stable|dev))*(?:\s+(?:user|developer|api))?"
    r"\s+(?:documentation|docs|manual|reference|wiki|dokumentation|documentaci[oó]n|"
    r"documenta[cç][aã]o|documentazione|documentatie|dokumentacja|ドキュメント|文档|文檔|"
    r"문서|документация|документація)(?:\s+v?\d+(?:\.\d+)*)?\s*$",
    re.I,
)
# ... and before it, in the languages that name the documentation first: "документация
# Typicon.Online 0.1", "documentation de Foo".
_SITE_PREFIX = lazy(
    r"^(?:документация|документація|dokumentacja|documentation\s+(?:de|du)|"
    r"documentaci[oó]n\s+de|documenta[cç][aã]o\s+d[eo])\s+(?P<name>.+?)"
    r"(?:\s+v?\d+(?:\.\d+)*)?\s*$",
    re.I,
)


def _whole_page(text: str) -> bool:
    """A Markdown file holding a whole HTML page (`<html>` after its front matter, as Jekyll
    posts do): read as the page, since Markdown would end its HTML at the first blank line
    and take the indented markup after it for code."""
    head = text.lstrip()[:15].lower()
    return head.startswith(("<!doctype html", "<html"))


# "Closures - JavaScript | MDN": the page's own title comes first, the site's name after the
# last separator of the strongest kind present.
_SITE_SEPARATORS = (" | ", " — ", " – ", " · ", " :: ", " - ")


def without_site_name(title: str) -> str:
    """A page title without the site's name: `Closures - JavaScript | MDN` -> `Closures -
    JavaScript`, `FAQ — Sphinx documentation` -> `FAQ`."""
    for separator in _SITE_SEPARATORS:
        if separator in title:
            page = title.rsplit(separator, 1)[0].strip()
            return page or title
    return title


# Start tags that end an open <p>, <li>, <dt> or <dd>: HTML's implied end tags, which Python's
# html.parser does not apply (it nests `<p>a<h2>b` and `<li>a<li>b`, and the walker would
# take the next heading or item for part of this one).
_ENDS_P = {
    *HEADINGS,
    *{"p", "ul", "ol", "dl", "table", "pre", "blockquote", "details", "figure", "hr", "div"},
    *{"section", "article", "aside", "header", "footer", "nav", "main", "form", "address"},
    *{"fieldset", "figcaption", "hgroup", "menu", "search", "summary"},
}
_ENDS = {
    name: ("p", *(("li",) if name == "li" else ("dt", "dd") if name in {"dt", "dd"} else ()))
    for name in _ENDS_P | {"li", "dt", "dd"}
}
# An open element behind one of these is out of reach (HTML's scopes, simplified); a bounded
# search keeps a hostile page of 10,000 nested elements linear.
_SCOPE = {"html", "table", "td", "th", "caption", "button", "object", "template", "ul", "ol", "dl"}
_SCOPE_DEPTH = 64


class _Soup(BeautifulSoup):
    """BeautifulSoup on html.parser, closing <p>, <li>, <dt> and <dd> where HTML would."""

    def handle_starttag(self, name: str, *args: Any, **kwargs: Any) -> Tag | None:
        for open_name in _ENDS.get(name, ()):
            if not self.open_tag_counter.get(open_name):
                continue
            for tag in self.tagStack[: -_SCOPE_DEPTH - 1 : -1]:
                if tag.name == open_name:
                    self.endData()
                    self._popToTag(open_name)
                    break
                if tag.name in _SCOPE and not (open_name == "p" and tag.name in {"ul", "ol", "dl"}):
                    break
        return super().handle_starttag(name, *args, **kwargs)


def _parse_html(html: str, display: str) -> BeautifulSoup:
    with warnings.catch_warnings():
        # A guide of one word or a URL is a guide, not a file name: no warning for the user.
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        try:
            return _Soup(html, "html.parser")
        except ParserRejectedMarkup as err:
            raise SourceError(f"cannot be read as HTML ({err}); fix its markup", display) from None


class _Walker:
    """Walk an HTML tree in order, cutting it into sections at headings."""

    def __init__(self, line_offset: int, first_line: int):
        # What each tag holds somewhere inside (see _names_below), asked of every list,
        # paragraph and heading; filled by parse_document, else by the first walk.
        self.below: dict[int, int] | None = None
        self.offset = line_offset
        self.last_line = first_line
        self.outline = Outline(first_line)
        # FAQ widgets (faqwidgets.py) by the element the walk meets first, and their answers.
        self.widgets: dict[int, Widget] = {}
        self.answers: set[int] = set()

    def widget_at(self, widgets: Iterable[Widget]) -> None:
        """Read these FAQ widgets as questions where the walk meets them."""
        assert self.below is not None
        for widget in widgets:
            self.widgets[id(widget.top)] = widget
            self.answers.add(id(widget.answer_top))
            self.answers.update(id(tag) for tag in widget.also)
            # The walk goes down to them even where nothing else there is a block.
            for holder in widget.top.parents:
                self.below[id(holder)] = self.below.get(id(holder), 0) | _HAS_BLOCK

    def walk(self, root: Tag | BeautifulSoup) -> None:
        # An explicit stack, not recursion: a page may nest elements 10,000 deep.
        if self.below is None:
            self.below = _names_below(root)
        below = self.below
        stack: list[tuple[Tag | BeautifulSoup, Iterator[object], list[str]]] = [
            (root, iter(root.children), [])
        ]
        while stack:
            node, children, loose = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                self._loose(loose, node)
                continue
            if isinstance(child, NavigableString):
                if type(child) is NavigableString and child.strip():
                    loose.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            inside = below.get(id(child), 0)
            if id(child) in self.answers:
                continue  # read with its question
            if id(child) in self.widgets:
                self._loose(loose, child)
                loose.clear()
                self._widget(self.widgets[id(child)])
            elif child.name in {"ul", "ol"} and inside & _HAS_HEADING:
                # Interview-question collections number their questions as a list of
                # headings (`1. ### What is X`): each item is a section, not a list item.
                self._loose(loose, child)
                loose.clear()
                outline = self.outline
                outer, around = list(outline.stack), outline.sections[-1]
                for item in _child_tags(child, "li"):
                    self.walk(item)
                if outline.stack != outer:
                    # What follows the list belongs to the section around it, not to the
                    # answer of its last item.
                    outline.stack = outer
                    outline.sections.append(
                        OpenSection(
                            around.path, self.last_line, around.level, around.topic, [], True
                        )
                    )
            elif child.name == "div" and "admonition" in (child.get("class") or []):
                self._loose(loose, child)
                loose.clear()
                self._admonition(child)
            elif child.name == "p" and inside & _HAS_CLOSES_P:
                # Raw HTML that leaves a `<p>` open swallows the headings and blocks after
                # it; a browser closes the paragraph at the first of them, and so do we.
                self._loose(loose, child)
                loose.clear()
                self.walk(child)
            elif child.name in HEADINGS or child.name in BLOCK_TAGS:
                self._loose(loose, child)
                loose.clear()
                if child.name in HEADINGS:
                    self._heading(child, links=bool(inside & _HAS_LINK))
                else:
                    self._block(child)
            elif inside & _HAS_BLOCK:
                self._loose(loose, child)
                loose.clear()
                stack.append((child, iter(child.children), []))
            elif child.name == "div" and loose and _DIV_TAG.match(loose[-1].lstrip()):
                # A box of text right after another (docutils' line blocks, one per Q/A
                # pair) is a paragraph of its own, not more of the one before.
                self._loose(loose, child)
                loose.clear()
                loose.append(str(child))
            else:
                loose.append(str(child))

    def _line(self, tag: Tag) -> int:
        mark = tag.get("data-line")
        if mark is None and tag.name == "pre" and isinstance(tag.code, Tag):
            # markdown-it writes a fenced block's attributes on its `<code>`.
            mark = tag.code.get("data-line")
        if isinstance(mark, str) and mark.isdigit():
            line = int(mark)
        elif tag.sourceline is not None and self.offset >= 0:
            line = tag.sourceline + self.offset
        else:
            line = self.last_line
        self.last_line = max(line, self.last_line) if line else self.last_line
        return line or self.last_line

    def _heading(self, tag: Tag, links: bool = True) -> None:
        level = HEADINGS[tag.name or "h1"]
        text = heading_text(tag, links)
        line = self._line(tag)
        if text:
            self.outline.heading(level, text, line, _forced_topic(tag))

    def _add(self, block: Block) -> None:
        self.outline.add(block)

    def _loose(self, parts: list[str], parent: Tag | BeautifulSoup) -> None:
        html = "".join(parts).strip()
        text = to_text(html)
        if text:
            if "<div" in html:
                # `<div class="faq-answer">text</div>` holds a line of text here: in a
                # paragraph, a `<div>` would be moved out of it by the sanitizer.
                html = _DIV_TAG.sub(" ", html).strip()
            line = self._line(parent) if isinstance(parent, Tag) else self.last_line
            self._add(Block(BlockKind.PARAGRAPH, f"<p>{html}</p>", text, line))

    def _admonition(self, tag: Tag) -> None:
        """An MkDocs admonition (`??? question "Title"`, `!!! faq`): one that asks is a
        question with its answer, like `<details>`; any other is read as its blocks."""
        title = tag.find(class_="admonition-title")
        classes = set(tag.get("class") or [])
        if not isinstance(title, Tag) or not (
            to_text(title.decode_contents()).endswith("?") or classes & _QUESTION_ADMONITIONS
        ):
            self.walk(tag)
            return
        line, html, text = self._line(tag), str(tag), to_text(str(tag))
        question = title.decode_contents().strip()
        title.extract()
        body = tag.decode_contents().strip()
        self._add(Block(BlockKind.DETAILS, html, text, line, rows=((question, body),)))

    def _widget(self, widget: Widget) -> None:
        """An FAQ widget's question and answer, read as a `<details>` block (a glossary
        card's term and definition as a definition list)."""
        html = str(widget.top) + str(widget.answer_top)
        question = (
            term_name(widget.question) if widget.term else question_html(widget.question)
        )
        answer = widget.answer.decode_contents().strip()
        line = self._line(widget.top)
        kind = BlockKind.DEFINITIONS if widget.term else BlockKind.DETAILS
        self._add(Block(kind, html, to_text(html), line, rows=((question, answer),)))

    def _block(self, tag: Tag) -> None:
        line = self._line(tag)
        html = str(tag)
        text = to_text(html)
        name = tag.name
        if name == "hr" or (not text and name not in {"img", "figure"} and not tag.find("img")):
            return
        if name in {"ul", "ol"}:
            items = tuple(li.decode_contents().strip() for li in _child_tags(tag, "li"))
            self._add(Block(BlockKind.LIST, html, text, line, items=items, ordered=name == "ol"))
        elif name == "table":
            # The table's own rows and cells only: a table nested in a cell is part of that
            # cell, and collecting its rows again at every level was quadratic.
            rows = tuple(
                tuple(cell.decode_contents().strip() for cell in _child_tags(tr, "th", "td"))
                for tr in _own(tag, "tr", _ROW_GROUPS)
            )
            self._add(Block(BlockKind.TABLE, html, text, line, rows=rows))
        elif name == "dl" and not _own(tag, "dt", {"div"}):
            self.walk(tag)  # a `<dl>` holding no terms of its own: a box around headings
        elif name == "dl":
            pairs = []
            terms: list[str] = []  # terms given one definition ("ACE", "ACEs", "Access ...")
            for dt in _own(tag, "dt", {"div"}):
                terms.append(dt.decode_contents().strip())
                dd = dt.find_next_sibling(["dd", "dt"])
                if dd is not None and dd.name == "dd":
                    pairs.append((_one_term(terms), dd.decode_contents().strip()))
                    terms = []
            self._add(Block(BlockKind.DEFINITIONS, html, text, line, rows=tuple(pairs)))
        elif name == "details":
            summary = tag.find("summary")
            question = summary.decode_contents().strip() if summary else ""
            if summary is not None:
                summary.extract()
            body = tag.decode_contents().strip()
            self._add(Block(BlockKind.DETAILS, html, text, line, rows=((question, body),)))
        elif name == "pre":
            self._add(Block(BlockKind.CODE, html, text, line))
        elif name in {"img", "figure"}:
            self._add(Block(BlockKind.IMAGE, html, text, line))
        elif name == "blockquote":
            self._add(Block(BlockKind.QUOTE, html, text, line))
        else:
            self._add(Block(BlockKind.PARAGRAPH, html, text, line))


def _one_term(terms: list[str]) -> str:
    """Terms a glossary defines at once, as one: the first, its other names after it in
    brackets, plurals left out ("ACE", "ACEs", "Access Control Entity" -> "ACE (Access
    Control Entity)")."""
    kept: list[tuple[str, str]] = []  # (the term as written, in lower case)
    for term in terms:
        plain = to_text(term).strip().lower()
        if not any(plain in {k, k + "s", k + "es"} for _, k in kept):
            kept.append((term, plain))
    first, *others = [term for term, _ in kept]
    return f"{first} ({', '.join(others)})" if others else first


_DIV_TAG = lazy(r"</?div\b[^>]*>", re.I)

# What a tag may hold somewhere inside, as bits of _names_below.
_HAS_HEADING, _HAS_CLOSES_P, _HAS_BLOCK, _HAS_LINK = 1, 2, 4, 8


def _names_below(root: Tag | BeautifulSoup) -> dict[int, int]:
    """For each tag under `root` (by id), the bits of what it holds somewhere inside: a
    heading, a tag that closes a `<p>`, a block or heading, a link. One pass, leaves first:
    asking each list and paragraph with `find` costs a tree walk apiece."""
    below: dict[int, int] = {}
    for tag in reversed(root.find_all(True)):
        name = tag.name
        own = (
            (_HAS_HEADING if name in HEADINGS else 0)
            | (_HAS_CLOSES_P if name in _CLOSES_P else 0)
            | (_HAS_BLOCK if name in BLOCK_TAGS or name in HEADINGS else 0)
            | (_HAS_LINK if name == "a" else 0)
        )
        parent = tag.parent
        if parent is not None:
            below[id(parent)] = below.get(id(parent), 0) | below.get(id(tag), 0) | own
    return below


def _child_tags(tag: Tag, *names: str) -> list[Tag]:
    """`tag.find_all(names, recursive=False)` without building a filter."""
    return [c for c in tag.children if isinstance(c, Tag) and c.name in names]


_ROW_GROUPS = {"thead", "tbody", "tfoot"}


def _own(tag: Tag, name: str, wrappers: set[str]) -> list[Tag]:
    """The `name` children of `tag`, also those one wrapper down (a table's rows in its
    `tbody`, a list's terms in a `div`), never those of a table or list nested deeper."""
    found = []
    for child in tag.children:
        if isinstance(child, Tag):
            if child.name == name:
                found.append(child)
            elif child.name in wrappers:
                found += _child_tags(child, name)
    return found


# Admonition types that hold a question and its answer.
_QUESTION_ADMONITIONS = {"question", "faq", "help", "quiz"}

# The tags that end an open paragraph (HTML's "p end tag omitted" rule, in short).
_CLOSES_P = {"p", "ul", "ol", "table", "pre", "details", "dl", "blockquote", "div", *HEADINGS}


def _forced_topic(tag: Tag) -> str | None:
    holder = next((t for t in (tag, *tag.parents) if t.has_attr("data-topic")), None)
    value = holder.get("data-topic") if holder is not None else None
    return value if isinstance(value, str) and value else None


def heading_text(tag: Tag, links: bool = True) -> str:
    """A heading's text without the permalink marks themes append (¶, #, icon glyphs).
    `links=False` says the heading holds no `<a>`."""
    for link in tag.find_all("a") if links else ():
        href = link.get("href")
        if isinstance(href, str) and href.startswith("#") and _in_page_mark(link.get_text()):
            link.decompose()
    return heading_words(tag.decode_contents())


# A link within the page that says nothing but where it goes: a permalink's `¶`, a back to
# top's arrow (`**[⬆](#top)**` over a `---` is a heading in Markdown's eyes, not a section).
_BACK_TO_TOP = lazy(r"(?:back\s+)?(?:to\s+)?top", re.I)


def _in_page_mark(text: str) -> bool:
    words = text.strip("#¶§ \u00a0")
    return not re.search(r"\w", words) or bool(_BACK_TO_TOP.fullmatch(words))


def _first_heading(sections: tuple[Section, ...], top_only: bool = False) -> str:
    return next((s.path[0] for s in sections if s.path and (s.level <= 1 or not top_only)), "")
