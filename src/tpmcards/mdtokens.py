"""Markdown -> tokens -> sections of blocks, in one parse.

markdown-it's tokens are walked straight into sections: each block is rendered to HTML on its
own, written the way BeautifulSoup writes the tree it would have parsed from the rendering
of the whole page (attributes sorted, `<br/>`, quotes unescaped in text), so a card is the
same whichever way its guide was read. A guide holding what only an HTML parser reads the
way a browser does (raw HTML, admonitions, a list of headings) is rendered whole and parsed
as HTML instead: `markdown_outline` returns None for it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.deflist import deflist_plugin

from .chrome import CHROME_WORDS
from .lazyre import lazy
from .markup import to_text
from .mathjax import math_plugin
from .model import Block, BlockKind
from .obsidian import obsidian_plugin
from .sectioning import Outline, heading_words
from .sitesyntax import site_syntax_plugin

# A line this long is a whole paragraph, not a hard-wrapped line of one.
UNWRAPPED_LINE = 160


@lru_cache(maxsize=2)
def _parser(mdx: bool = False) -> MarkdownIt:
    # One parser for every guide: its rules and plugins keep no state between parses.
    md = (
        MarkdownIt("commonmark", {"html": True})
        .enable("table")
        .use(deflist_plugin)
        .use(admon_plugin)
        .use(math_plugin)
        .use(obsidian_plugin)
        .use(site_syntax_plugin)
    )
    # MDX has no indented code: a component's children are indented as JSX is.
    return md.disable("code") if mdx else md


def markdown_tokens(text: str, first_line: int = 1, mdx: bool = False) -> list[Token]:
    """markdown-it's tokens of a guide, with a `data-line` on every block: its line in the
    file. `mdx`: the guide is MDX, where indenting makes no code."""
    md = _parser(mdx)
    tokens = _split_unwrapped(md, md.parse(text))
    for token in tokens:
        if token.map is None:
            continue
        line = str(token.map[0] + first_line)
        if token.nesting == 1 or token.type in {"fence", "code_block", "math_block"}:
            token.attrSet("data-line", line)
        elif token.type == "html_block":
            token.content = re.sub(
                r"^(\s*<[A-Za-z][\w-]*)", rf'\1 data-line="{line}"', token.content, count=1
            )
    return tokens


def render_tokens(tokens: Sequence[Token]) -> str:
    """The HTML of markdown-it tokens."""
    md = _parser()
    return str(md.renderer.render(tokens, md.options, {}))


def render_markdown(text: str, first_line: int = 1) -> str:
    """Render Markdown to HTML with a `data-line` on every block: its line in the file."""
    return render_tokens(markdown_tokens(text, first_line))


def _split_unwrapped(md: MarkdownIt, tokens: list[Token]) -> list[Token]:
    """Make each line its own paragraph where lines are not hard-wrapped prose.

    Text pasted from a web page puts a whole paragraph on one line and starts the next
    on the next line, with no blank line between: Markdown would join them all.
    """
    out: list[Token] = []
    n = 0
    while n < len(tokens):
        opening = tokens[n]
        inline = tokens[n + 1] if n + 1 < len(tokens) else None
        lines = inline.content.split("\n") if inline is not None else []
        if (
            opening.type != "paragraph_open"
            or inline is None
            or opening.map is None
            or len(lines) < 2
            # One long line (a URL, a long link) in wrapped prose is not a pasted page.
            or sum(len(line) >= UNWRAPPED_LINE for line in lines) < 2
        ):
            out.append(opening)
            n += 1
            continue
        for k, line in enumerate(lines):
            if not line.strip():
                continue
            start = opening.map[0] + k
            out.append(Token("paragraph_open", "p", 1, map=[start, start + 1], block=True))
            out.extend(md.parseInline(line.strip()))
            out.append(Token("paragraph_close", "p", -1, block=True))
        n += 3
    return out


# --- the token walk ------------------------------------------------------------------------

# Top-level tokens the walk reads, with the element each is written as; any other (raw
# HTML, an admonition, a callout: a blockquote written as a `<div>`) sends the guide the HTML
# way.
_BLOCK_KINDS = {
    ("paragraph_open", "p"): BlockKind.PARAGRAPH,
    ("math_block", "math"): BlockKind.PARAGRAPH,
    ("bullet_list_open", "ul"): BlockKind.LIST,
    ("ordered_list_open", "ol"): BlockKind.LIST,
    ("table_open", "table"): BlockKind.TABLE,
    ("dl_open", "dl"): BlockKind.DEFINITIONS,
    ("blockquote_open", "blockquote"): BlockKind.QUOTE,
    ("fence", "code"): BlockKind.CODE,
    ("code_block", "code"): BlockKind.CODE,
}


class _NeedsHtml(Exception):
    """The guide holds what the walk leaves to the HTML parser."""


def markdown_outline(tokens: Sequence[Token], first_line: int) -> Outline | None:
    """The sections of a guide's tokens; None when it must go the HTML way."""
    if any(_raw(token) for token in tokens):
        return None
    outline = Outline(first_line)
    try:
        n = 0
        while n < len(tokens):
            n = _top_level(tokens, n, outline, first_line)
    except _NeedsHtml:
        return None
    return outline


def _raw(token: Token) -> bool:
    """Whether a token is, or holds, raw HTML."""
    if token.type == "html_block":
        return True
    return token.type == "inline" and any(c.type == "html_inline" for c in token.children or ())


def _top_level(tokens: Sequence[Token], n: int, outline: Outline, first_line: int) -> int:
    """Take the top-level block starting at `n` into the outline; the index after it."""
    token = tokens[n]
    end = _close(tokens, n)
    if token.type == "hr":
        return end
    if token.map is None:
        raise _NeedsHtml  # a block without its line: the HTML way finds one
    line = token.map[0] + first_line
    if token.type == "heading_open":
        inline = tokens[n + 1]
        if any(c.type == "link_open" for c in inline.children or ()):
            raise _NeedsHtml  # a permalink `[¶](#x)` to drop: the HTML way knows them
        text = heading_words(_inline_html(inline))
        if text:
            outline.heading(int(token.tag[1]), text, line, None)
        return end
    kind = _BLOCK_KINDS.get((token.type, token.tag))
    if kind is None:
        raise _NeedsHtml
    if token.type == "fence" and CHROME_WORDS.search(_code_class(token)):
        raise _NeedsHtml  # ```nav: the HTML way drops it as site chrome
    block = tokens[n:end]
    html = _as_soup_writes(render_tokens(block)).rstrip("\n")
    text = to_text(html)
    if not text and "<img" not in html:
        return end
    if kind is BlockKind.LIST:
        if any(t.type == "heading_open" for t in block):
            raise _NeedsHtml  # a list of headings: each item is a section
        items = tuple(_inner(block, k) for k in _children(block, "list_item_open"))
        ordered = token.type == "ordered_list_open"
        outline.add(Block(kind, html, text, line, items=items, ordered=ordered))
    elif kind is BlockKind.TABLE:
        rows = tuple(
            tuple(_inner(block, k) for k in range(r, _close(block, r)) if _is_cell(block[k]))
            for r in range(len(block))
            if block[r].type == "tr_open"
        )
        outline.add(Block(kind, html, text, line, rows=rows))
    elif kind is BlockKind.DEFINITIONS:
        outline.add(Block(kind, html, text, line, rows=_definitions(block)))
    else:
        outline.add(Block(kind, html, text, line))
    return end


def _close(tokens: Sequence[Token], n: int) -> int:
    """The index after the token that closes the one at `n` (after `n` for a leaf)."""
    if tokens[n].nesting != 1:
        return n + 1
    depth = 0
    for k in range(n, len(tokens)):
        depth += tokens[k].nesting
        if depth == 0:
            return k + 1
    return len(tokens)


def _children(block: Sequence[Token], kind: str) -> list[int]:
    """Where the tokens of type `kind` one level inside the block's first token start."""
    level = block[0].level + 1
    return [k for k, t in enumerate(block) if t.type == kind and t.level == level]


def _is_cell(token: Token) -> bool:
    return token.type in {"th_open", "td_open"}


def _inner(block: Sequence[Token], k: int) -> str:
    """The HTML inside the element opened at `block[k]`, as BeautifulSoup writes it."""
    return _as_soup_writes(render_tokens(block[k + 1 : _close(block, k) - 1])).strip()


def _definitions(block: Sequence[Token]) -> tuple[tuple[str, ...], ...]:
    """(term, definition) pairs of a definition list: each term with the definition right
    after it, if one is."""
    level = block[0].level + 1
    parts = [k for k, t in enumerate(block) if t.level == level and t.type in _DEFINITION_PARTS]
    return tuple(
        (_inner(block, k), _inner(block, after))
        for k, after in pairwise(parts)
        if block[k].type == "dt_open" and block[after].type == "dd_open"
    )


_DEFINITION_PARTS = {"dt_open", "dd_open"}


def _inline_html(inline: Token) -> str:
    return _as_soup_writes(render_tokens([inline]))


def _code_class(token: Token) -> str:
    info = token.info.strip()
    return "language-" + info.split(maxsplit=1)[0] if info else ""


# --- writing HTML as BeautifulSoup does ----------------------------------------------------

# What BeautifulSoup writes otherwise than markdown-it: a start tag (markdown-it writes its
# attributes `name="escaped value"`), `&quot;` in text, and text of ASCII spaces alone, which
# it writes as one space or one newline, but inside `<pre>`.
_REWRITTEN = lazy(
    r'(?P<pre><pre[ >].*?</pre>)|(?P<space>(?<=>)[ \t\n\r\f]+(?=<))'
    r'|<(?P<name>[a-z][a-z0-9]*)(?P<attributes>(?: [^\s"=<>/]+="[^"]*")*)(?P<void> /)?>'
    r"|&quot;",
    re.S,
)
_IN_PRE = lazy(r'<([a-z][a-z0-9]*)((?: [^\s"=<>/]+="[^"]*")*)( /)?>|&quot;')
_ATTRIBUTE = lazy(r' ([^\s"=<>/]+)="([^"]*)"')
_SPACES_BETWEEN_TAGS = lazy(r">(?!\n<)[ \t\n\r\f]+<")


def _as_soup_writes(html: str) -> str:
    """markdown-it's HTML as BeautifulSoup writes the tree it parses from it: attributes in
    name order, quoted its way, void elements as `<br/>`, `"` unescaped in text, and runs of
    spaces between tags as one."""
    if (
        "&quot;" not in html
        and " />" not in html
        and '" ' not in html
        and not _SPACES_BETWEEN_TAGS.search(html)
    ):
        return html  # the common case: nothing BeautifulSoup writes otherwise
    return _REWRITTEN.sub(_soup_part, html)


def _soup_part(match: re.Match[str]) -> str:
    if match.group("pre") is not None:
        return _IN_PRE.sub(_soup_tag, match.group("pre"))  # spaces there are kept
    space = match.group("space")
    if space is not None:
        return "\n" if "\n" in space else " "
    name = match.group("name")
    if name is None:
        return '"'
    return _start_tag(name, match.group("attributes"), match.group("void"))


def _soup_tag(match: re.Match[str]) -> str:
    if match.group(1) is None:
        return '"'
    return _start_tag(match.group(1), match.group(2), match.group(3))


def _start_tag(name: str, attributes: str, void: str | None) -> str:
    pairs = sorted(_ATTRIBUTE.findall(attributes))
    written = "".join(f" {key}={_soup_quoted(key, value)}" for key, value in pairs)
    return f"<{name}{written}{'/' if void else ''}>"


def _soup_quoted(key: str, value: str) -> str:
    value = value.replace("&quot;", '"')
    if key == "class":  # a list of words to BeautifulSoup, written back one space apart
        value = " ".join(value.split())
    if '"' not in value:
        return f'"{value}"'
    if "'" not in value:
        return f"'{value}'"
    return '"' + value.replace('"', "&quot;") + '"'
