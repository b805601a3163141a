"""Cards a tag marks: Obsidian Flashcards' `#card` after a heading or a line (the lines
below it the answer; `#card-reverse` asks both ways), and Logseq's bullets tagged `#card`
over their nested bullets, or with `{{cloze text}}`."""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Iterator

from ..lazyre import lazy
from ..markup import to_text
from ..model import Block, BlockKind, CardKind
from .base import Found, Scope, inner_html, unwrap_p
from .ruled import AFTER_BREAK

__all__ = ["numbered_clozes", "tagged_cards"]

# The plugin's marks: `#card`, and its reversed forms `#card-reverse` / `#card/reverse`
# (also `-spaced`, a card it schedules without a back); the tag names a card, no topic.
_CARD_TAG = lazy(
    r'\s*<span class="tpm-tag (?P<name>card(?:-reverse|::reverse|-spaced|::spaced)?|flashcard)">'
    r"</span>"
)


def tagged_cards(scope: Scope) -> Iterator[Found]:
    """A heading or a line tagged `#card` (NeuraCache: `#flashcard`): the question, over
    the lines that follow it up to an empty line (the heading's first paragraph), or, for
    a line alone, the blocks up to the next rule; `#card-reverse` asks it both ways."""
    blocks = scope.blocks()
    for n, (i, block) in enumerate(blocks):
        if block.kind is BlockKind.LIST and "tpm-tag card" in block.html:
            yield from _tagged_items(i, block)
            continue
        if block.kind is not BlockKind.PARAGRAPH or not _CARD_TAG.search(block.html):
            continue
        inner = inner_html(block)
        first, _, rest = inner.partition("\n")
        mark = _CARD_TAG.search(first)
        used = [i]
        if mark and _CARD_TAG.sub("", first).strip():
            question, answer = _CARD_TAG.sub("", first).strip(), rest.strip()  # `front #card`
            answer = f"<p>{answer.replace(chr(10), '<br>')}</p>" if answer else ""
            if not answer:
                # The blocks below it, up to the next rule, the next card or a heading.
                for j, below in blocks[n + 1 :]:
                    if AFTER_BREAK in below.html[: below.html.find(">")] or _CARD_TAG.search(
                        below.html
                    ):
                        break
                    used.append(j)
                    answer += below.html
        elif n == 0 and scope.section.heading and (mark := _CARD_TAG.search(inner)):
            # The heading's tag, which Obsidian's Markdown moves to the paragraph below it.
            question = htmllib.escape(scope.section.heading)
            answer = f"<p>{_CARD_TAG.sub('', inner).strip().replace(chr(10), '<br>')}</p>"
        else:
            continue
        if not to_text(answer):
            continue
        yield Found(question, answer, CardKind.BASIC, block.line, frozenset(used))
        if "reverse" in mark["name"]:
            yield Found(
                _unwrap(answer), f"<p>{question}</p>", CardKind.BASIC, block.line, frozenset(used)
            )


def _unwrap(html: str) -> str:
    return unwrap_p(html) if html.startswith("<p>") else html


# Logseq's cloze: `{{cloze text}}`.
_PROPERTY = lazy(r"^[ \t]*[\w-]+::[ \t]*[^\n<]*(?:\n|$)", re.M)
_LOGSEQ_CLOZE = lazy(r"\{\{cloze\s+(?P<t>[^{}]+?)\s*\}\}")


def _tagged_items(i: int, block: Block) -> Iterator[Found]:
    """Logseq's cards: an item tagged `#card` over the items nested under it, its answer;
    one with `{{cloze ...}}` and nothing nested is a cloze."""
    for item in block.items:
        first, _, rest = unwrap_p(item).partition("\n")
        mark = _CARD_TAG.search(first)
        if not mark:
            continue
        question = numbered_clozes(_LOGSEQ_CLOZE, _CARD_TAG.sub("", first).strip())
        answer = _PROPERTY.sub("", rest).strip()  # Logseq's schedule: `card-repeats:: 1`
        # One nested item is the answer's one line, not a list of one.
        one = re.fullmatch(r"<ul[^>]*>\s*<li[^>]*>(?P<a>.*)</li>\s*</ul>", answer, re.S)
        if one and "<li" not in one["a"]:
            answer = f"<p>{one['a'].strip()}</p>"
        if "{{c1::" in question:
            yield Found(question, answer, CardKind.CLOZE, block.line, frozenset([i]))
        elif to_text(answer):
            yield Found(question, answer, CardKind.BASIC, block.line, frozenset([i]))


def numbered_clozes(pattern: re.Pattern[str], html: str) -> str:
    """`html` with each match of `pattern` (its text in group `t`) a cloze, numbered in
    order: `{{c1::...}}`, `{{c2::...}}`."""
    numbers = iter(range(1, 1 << 16))
    return pattern.sub(lambda m: f"{{{{c{next(numbers)}::{m['t']}}}}}", html)
