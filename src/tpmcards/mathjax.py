"""Inline and display math, delimited the way Anki's MathJax reads it: `\\(...\\)`, `\\[...\\]`.

Markdown goes through a markdown-it plugin (so `\\(` is not eaten as an escape and `$x*y$`
does not become emphasis); HTML pages get `$...$` converted in their text outside code.
`$` is math only in Pandoc's sense: `$x$` with no space inside the dollars and no digit after
the closing one, so prices such as `$5 and $10` stay prose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from mdit_py_plugins.dollarmath import dollarmath_plugin

from .lazyre import lazy

_DOLLARS = lazy(r"(?<![\\$\w])\$(?=[^\s$])(?P<tex>[^$\n]*?[^\s$\\])\$(?![\d$\w])")
_SKIP = lazy(r"(<pre\b.*?</pre>|<code\b.*?</code>|<[^>]*>)", re.S | re.I)
_CLOSERS = {"(": ")", "[": "]"}


def math_plugin(md: MarkdownIt) -> None:
    """Parse `$...$`, `$$...$$`, `\\(...\\)` and `\\[...\\]`; render them for MathJax."""
    dollarmath_plugin(md, allow_space=False, allow_digits=False, allow_labels=False)
    md.inline.ruler.before("escape", "math_brackets", _brackets)
    md.add_render_rule("math_inline", _render_inline)
    md.add_render_rule("math_inline_double", _render_display)
    md.add_render_rule("math_block", _render_block)


def dollars_to_mathjax(fragment: str) -> str:
    """Rewrite `$...$` in the text of an HTML fragment as `\\(...\\)`; code is left alone."""
    parts = _SKIP.split(fragment)
    return "".join(
        part if n % 2 else _DOLLARS.sub(lambda m: f"\\({safe_tex(m.group('tex'))}\\)", part)
        for n, part in enumerate(parts)
    )


def _brackets(state: StateInline, silent: bool) -> bool:
    src, pos = state.src, state.pos
    if src[pos] != "\\" or pos + 1 >= state.posMax or src[pos + 1] not in _CLOSERS:
        return False
    opener = src[pos + 1]
    end = _closer(state, "\\" + _CLOSERS[opener], pos + 2)
    if end < 0 or end + 2 > state.posMax:
        return False
    if _PROSE.fullmatch(src[pos + 2 : end]):
        return False  # `\(Choose 2 answers\)`: escaped brackets around words, not math
    if not silent:
        token = state.push("math_inline" if opener == "(" else "math_inline_double", "math", 0)
        token.content = src[pos + 2 : end]
        token.markup = "\\" + opener
    state.pos = end + 2
    return True


# Words between escaped brackets, two of three letters or more and nothing TeX writes (a
# command, a script, braces, an operator): prose, as Markdown exports escape brackets.
_PROSE = lazy(r"(?=(?:.*?[^\W\d_]{3,}){2})[^\\^_{}=+<>*/|$]*")


def _closer(state: StateInline, closer: str, start: int) -> int:
    """`state.src.find(closer, start)`, remembered per inline text: a run of `\\(` never
    closed would otherwise scan to the end of the text from each one (quadratic)."""
    known: dict[str, tuple[int, int]] = state.__dict__.setdefault("_tpm_closers", {})
    if closer in known:
        searched_from, found = known[closer]
        # `found` is the first closer at or after `searched_from`: also the first after
        # `start` when `start` lies between them (or there is none at all).
        if searched_from <= start and (found < 0 or start <= found):
            return found
    found = state.src.find(closer, start)
    known[closer] = (start, found)
    return found


# TeX commands MathJax turns into links, styles, classes, ids or arbitrary characters:
# Anki runs MathJax on every card, so `\\href{javascript:...}` would be a live link.
_UNSAFE_TEX = lazy(r"\\+(?:href|url|style|class|cssId|unicode|html\w*|require)(?![A-Za-z])")


def safe_tex(tex: str) -> str:
    """TeX with the commands that reach outside the formula removed (their `\\` and name:
    what follows shows as plain text)."""
    return _UNSAFE_TEX.sub("", tex)


def _render_inline(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    return f"\\({escapeHtml(safe_tex(tokens[idx].content.strip()))}\\)"


def _render_display(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    return f"\\[{escapeHtml(safe_tex(tokens[idx].content.strip()))}\\]"


def _render_block(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    # Its attributes too: the `data-line` that gives its paragraph the line it is on.
    attributes = self.renderAttrs(tokens[idx])
    return f"<p{attributes}>\\[{escapeHtml(safe_tex(tokens[idx].content.strip()))}\\]</p>\n"
