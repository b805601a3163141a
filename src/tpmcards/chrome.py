"""Site chrome: find a page's article, and drop the furniture around and inside it
(navigation, sidebars, footers, share buttons, "Latest posts", folded tables of contents)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator

from bs4 import BeautifulSoup, Tag

from .lazyre import lazy
from .markup import to_text
from .model import Block, BlockKind

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Elements that are never content, wherever they appear.
CHROME_TAGS = [
    "script",
    "style",
    "noscript",
    "nav",
    "aside",
    "form",
    "button",
    "iframe",
    "template",
    "svg",
    "canvas",
    "object",
    "embed",
    "link",
    "meta",
    "input",
    "select",
    "textarea",
    "dialog",
]
# Class or id words that mark site chrome in real themes.
CHROME_WORDS = lazy(
    r"(?:^|[-_ ])(nav|navbar|navigation|menu|breadcrumbs?|sidebar|sidebars|toc|"
    r"table-of-contents|share|sharing|social|related|latest|recent|footer|header|"
    r"comments?|edit-link|edit-this-page|skip-link|cookie|banner|advert|ads|promo|"
    r"newsletter|subscribe|pagination|pager|prev-next|headerlink|anchor-link|"
    r"screen-reader-text|visually-hidden|sr-only|lastmod|last-modified|page-meta|post-meta|"
    r"entry-meta|byline|posted-on)(?:$|[-_ ])",
    re.I,
)
CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search"}
# Containers themes put the article in, most specific first.
ARTICLE_SELECTORS = [
    "article",
    "main",
    "[role=main]",
    "div.document div.body",
    "div[itemprop=articleBody]",
    "#bodyColumn",
    "#content",
    ".post-content",
    ".entry-content",
    ".article-content",
    ".markdown-body",
    ".content",
    "#main",
]
# Lines and headings that are a site's furniture, not its content.
CHROME_LINE = lazy(
    r"^(?:all categories|categories|featured|tags|table of contents|contents|on this page|"
    r"in this article|share( this( post| article)?)?|share on \w+|edit( this page)?"
    r"( on github)?|read more|more|previous|next|back to top|skip to content|"
    r"(?:latest|recent|related|popular|more|other) (?:posts|articles|stories|guides)|"
    r"you (?:may|might) also like|read next|leave a (?:comment|reply)|comments)[\s:.»›]*$",
    re.I,
)
# The words of links that work the site rather than say something, arrows and icons aside.
CHROME_LINK = lazy(
    r"^\W*(?:share(?: on \w+)?|tweet|twitter|facebook|linkedin|reddit|email|print|"
    r"edit(?: this page)?(?: on github)?|view (?:page )?source|back to top|top|home|"
    r"next|previous|prev|older|newer|next post|previous post|read more|permalink)\W*$",
    re.I,
)
# After one of these, the short title-like lines that follow are a list of other pages.
LISTING_LINE = lazy(
    r"^(?:(?:latest|recent|related|popular|more|other) (?:posts|articles|stories|guides)|"
    r"you (?:may|might) also like|read next)[\s:]*$",
    re.I,
)


def find_article(soup: BeautifulSoup) -> Tag:
    """Find the main content of a page: the theme's article container, else the densest."""
    body = soup.body or soup
    tags = body.find_all(True)
    # A container holds the article only if it holds a good part of the page's paragraphs or
    # of its text: the `<div class="content">` Asciidoctor wraps each code listing in is a
    # part of the article, not all of it.
    # The page's text without its navigation, sidebars and footer: a docs theme's menu of
    # every page may outweigh a short article (a glossary of eight terms).
    text = (len(body.get_text(strip=True)) - _furniture_text(tags)) / 3
    prose = _paragraph_text(body) / 3
    for selector in ARTICLE_SELECTORS:
        matches = _SELECTORS[selector]
        candidates = [
            c
            for c in tags
            if matches(c)
            and (size := len(c.get_text(strip=True))) > 80
            and (size >= text or _paragraph_text(c) >= prose)
        ]
        if candidates:
            # The outermost match holds the whole article; nested matches are parts of it.
            return max(candidates, key=lambda c: len(c.get_text(strip=True)))
    return _densest(body) if isinstance(body, Tag) else soup


def _furniture_text(tags: list[Tag]) -> int:
    """The length of the text in a page's outermost navigation, sidebars and footers."""
    counted: set[int] = set()
    total = 0
    for tag in tags:
        furniture = tag.name in {"nav", "aside", "footer"} or tag.get("role") in CHROME_ROLES
        if furniture and not any(id(parent) in counted for parent in tag.parents):
            counted.add(id(tag))
            total += len(tag.get_text(strip=True))
    return total


def _paragraph_text(tag: Tag | BeautifulSoup) -> int:
    return sum(len(p.get_text(strip=True)) for p in tag.find_all("p"))


def tag_classes(tag: Tag) -> list[str]:
    """A tag's classes, whether the parser gave them as a list or as one string."""
    value = tag.get("class")
    return value.split() if isinstance(value, str) else list(value or [])


def _attr_is(tag: Tag, name: str, value: str) -> bool:
    # As soupsieve's `[name=value]`: `^value$`, so one trailing newline passes too.
    found = tag.get(name)
    text = found if isinstance(found, str) else " ".join(found or []) if found else None
    return text is not None and text in {value, value + "\n"}


# ARTICLE_SELECTORS as plain tests: the same matches as soupsieve's `select`, without the
# 0.2 s its selector compiling costs every process that reads an HTML page.
_SELECTORS: dict[str, Callable[[Tag], bool]] = {
    "article": lambda t: t.name == "article",
    "main": lambda t: t.name == "main",
    "[role=main]": lambda t: _attr_is(t, "role", "main"),
    "div.document div.body": lambda t: (
        t.name == "div"
        and "body" in tag_classes(t)
        and any(p.name == "div" and "document" in tag_classes(p) for p in t.parents)
    ),
    "div[itemprop=articleBody]": lambda t: (
        t.name == "div" and _attr_is(t, "itemprop", "articleBody")
    ),
    "#bodyColumn": lambda t: t.get("id") == "bodyColumn",
    "#content": lambda t: t.get("id") == "content",
    ".post-content": lambda t: "post-content" in tag_classes(t),
    ".entry-content": lambda t: "entry-content" in tag_classes(t),
    ".article-content": lambda t: "article-content" in tag_classes(t),
    ".markdown-body": lambda t: "markdown-body" in tag_classes(t),
    ".content": lambda t: "content" in tag_classes(t),
    "#main": lambda t: t.get("id") == "main",
}


def _densest(body: Tag) -> Tag:
    """Pick the container whose paragraphs hold most of the page's prose."""
    # Text of the paragraphs and links inside each element, summed leaves first in one pass:
    # asking each container for its own would take minutes on 10,000 nested <div>s.
    prose: dict[int, int] = {}
    links: dict[int, int] = {}
    # A footer's or a menu's paragraphs are no article's ("© 2025 ... All rights reserved").
    furniture = {
        id(inner)
        for part in body.find_all(["footer", "nav", "aside"])
        for inner in (part, *part.find_all(True))
    }
    for tag in reversed(body.find_all(True)):
        if id(tag) in furniture:
            continue
        if tag.name in {"p", "a"}:
            sums = prose if tag.name == "p" else links
            sums[id(tag)] = sums.get(id(tag), 0) + len(tag.get_text(strip=True))
        parent = tag.parent
        if parent is not None:
            for sums in (prose, links):
                if id(tag) in sums:
                    sums[id(parent)] = sums.get(id(parent), 0) + sums[id(tag)]

    def score(tag: Tag) -> int:
        return prose.get(id(tag), 0) - 2 * links.get(id(tag), 0)

    best, best_score = body, 0.0
    for div in body.find_all(["div", "section", "td"]):
        if score(div) > best_score * 1.2:
            best, best_score = div, score(div)
    # One of many like boxes (each `<div class="question">` of a quiz) holds a small part
    # of the prose: the article is the box holding them all.
    while best is not body and best.parent is not None and 2 * score(best) < score(body):
        best = best.parent
    return best


def strip_chrome(root: Tag | BeautifulSoup, keep: Collection[int] = ()) -> None:
    """Remove navigation, sidebars, footers, scripts and the like, in place; not the tags
    in `keep` (by id) for their classes alone (an FAQ's "card-header")."""
    # Accordion FAQs put the question in a button inside the heading: keep its text.
    # (`h2 button, summary button, ...` without soupsieve, whose selector compiling alone
    # costs a quiz's first run 0.2 s.)
    buttons = [
        button
        for button in root.find_all("button")
        if any(parent.name in _BUTTON_HOLDERS for parent in button.parents)
    ]
    for button in buttons:
        button.unwrap()
    # Two passes over one list of the tags, not two `find_all` filters over the tree: the
    # chrome tags first, then whatever is chrome among the tags they did not take along.
    tags = root.find_all(True)
    # The tags the first pass takes along, found before it runs: a chrome tag and all inside.
    gone: set[int] = set()
    for tag in tags:
        if tag.name in _CHROME_TAG_SET or id(tag.parent) in gone:
            gone.add(id(tag))
    for tag in tags:
        if tag.name in _CHROME_TAG_SET:
            tag.decompose()
    chrome = [
        tag for tag in tags if id(tag) not in gone and id(tag) not in keep and _is_chrome(tag)
    ]
    for tag in chrome:
        tag.decompose()


_BUTTON_HOLDERS = {*HEADINGS, "summary", "dt"}
_CHROME_TAG_SET = set(CHROME_TAGS)


_LANGUAGE = lazy(r"(?:language|lang)-")


def _whole_heading_link(tag: Tag) -> bool:
    """A heading's link to itself that holds all its words (mdBook's `<a class="header">`):
    the heading's text, not a header's; a `¶` anchor beside the words stays chrome."""
    parent = tag.parent
    return (
        tag.name == "a"
        and parent is not None
        and parent.name in HEADINGS
        and bool(tag.get_text(strip=True))
        and tag.get_text(strip=True) == parent.get_text(strip=True)
    )


def _is_chrome(tag: Tag) -> bool:
    if tag.attrs is None:
        return False
    if tag.get("role") in CHROME_ROLES or tag.get("aria-hidden") == "true":
        return True
    if tag.name in {"header", "footer"}:
        # An article's own header holds its title; keep it, drop a site header.
        return tag.find(list(HEADINGS)) is None or tag.name == "footer"
    if tag.name in HEADINGS or tag.name in {"body", "html", "main", "article"}:
        return False
    if _whole_heading_link(tag):
        return False
    classes = tag.get("class")
    # A code block's language ("language-nav", "lang-toc") names its content, not the page's parts.
    named = [c for c in (classes if isinstance(classes, list) else []) if not _LANGUAGE.match(c)]
    words = " ".join([*named, str(tag.get("id") or "")])
    found = {m.group(1).lower() for m in CHROME_WORDS.finditer(words)} if words.strip() else set()
    if found and found <= _MARKERS and tag.find([*HEADINGS, "p"]) is not None:
        return False  # `<div class="anchor-link">` around a question and its answer: content
    return bool(found)


# Class words of a small marker beside content (a heading's permalink, a skip link): a
# container holding headings or paragraphs under such a name is content.
_MARKERS = {"headerlink", "anchor-link", "skip-link", "edit-link"}


def drop_chrome_blocks(blocks: list[Block]) -> Iterator[Block]:
    """Drop the site furniture left inside an article: "Featured", "Share", link-only lines,
    and a "Latest posts" line with the list of page titles after it."""
    listing = False
    for block in blocks:
        if listing and _is_title_list(block):
            continue
        listing = False
        if block.kind is BlockKind.PARAGRAPH and CHROME_LINE.match(block.text):
            listing = bool(LISTING_LINE.match(block.text))
            continue
        if block.kind is BlockKind.PARAGRAPH and _only_links(block.html):
            continue
        # `<details><summary>Table of contents</summary>`: a folded TOC, not a question.
        if (
            block.kind is BlockKind.DETAILS
            and block.rows
            and CHROME_LINE.match(to_text(block.rows[0][0]))
        ):
            continue
        yield block


def is_title_like(text: str) -> bool:
    """A short line without sentence punctuation: a title or a link, not prose."""
    return len(text.split()) <= 14 and not re.search(r"[.!?:;]\s*$", text.strip())


def _is_title_list(block: Block) -> bool:
    if block.kind is BlockKind.PARAGRAPH:
        return is_title_like(block.text)
    if block.kind is BlockKind.LIST:
        return all(is_title_like(to_text(item)) for item in block.items)
    return False


def _only_links(html: str) -> bool:
    """A paragraph made only of site links (share, edit, back to top, next post), with no
    prose around them. A link to another page that is not one of those may be an answer."""
    if "<a" not in html and "<A" not in html:
        return False  # no `<a>` element (html.parser lower-cases names): skip the parse
    fragment = BeautifulSoup(html, "html.parser")
    links = fragment.find_all("a")
    if not links:
        return False
    for link in links:
        href = link.get("href")
        in_page = isinstance(href, str) and href.startswith("#")
        if not in_page and not CHROME_LINK.match(link.get_text(" ", strip=True)):
            return False
        link.decompose()
    return not re.sub(r"[\s|·•»›,/-]+", "", fragment.get_text())
