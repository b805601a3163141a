"""Cards a tag marks: Obsidian Flashcards' `#card` after a heading or a line (the lines
below it the answer; `#card-reverse` asks both ways), and Logseq's bullets tagged `#card`
over their nested bullets, or with `{{cloze text}}`."""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Iterator

from ..markup import to_text
from ..model import Block, BlockKind, CardKind
from .base import Found, Scope, inner_html, unwrap_p

__all__ = ["numbered_clozes", "tagged_cards"]

# The plugin's marks: `#card`, and its reversed forms `#card-reverse` / `#card/reverse`
# (also `-spaced`, a card it schedules without a back); the tag names a card, no topic.
_CARD_TAG = re.compile(
    r'\s*<span class="tpm-tag (?P<name>card(?:-reverse|::reverse|-spaced|::spaced)?)"></span>'
)


def tagged_cards(scope: Scope) -> Iterator[Found]:
    """A heading or a line tagged `#card`: the question, over the lines that follow it up
    to an empty line (the heading's first paragraph); `#card-reverse` asks it both ways."""
    blocks = scope.blocks()
    for n, (i, block) in enumerate(blocks):
        if block.kind is BlockKind.LIST and "tpm-tag card" in block.html:
            yield from _tagged_items(i, block)
            continue
        if block.kind is not BlockKind.PARAGRAPH or "tpm-tag card" not in block.html:
            continue
        inner = inner_html(block)
        first, _, rest = inner.partition("\n")
        mark = _CARD_TAG.search(first)
        if mark and _CARD_TAG.sub("", first).strip() and rest.strip():
            question, answer = _CARD_TAG.sub("", first).strip(), rest.strip()  # `front #card`
        elif n == 0 and scope.section.heading and (mark := _CARD_TAG.search(inner)):
            # The heading's tag, which Obsidian's Markdown moves to the paragraph below it.
            question, answer = htmllib.escape(scope.section.heading), _CARD_TAG.sub("", inner)
        else:
            continue
        answer = answer.strip().replace("\n", "<br>")
        if not to_text(answer):
            continue
        yield Found(question, f"<p>{answer}</p>", CardKind.BASIC, block.line, frozenset([i]))
        if "reverse" in mark["name"]:
            yield Found(answer, f"<p>{question}</p>", CardKind.BASIC, block.line, frozenset([i]))


# Logseq's cloze: `{{cloze text}}`.
_PROPERTY = re.compile(r"^[ \t]*[\w-]+::[ \t]*[^\n<]*(?:\n|$)", re.M)
_LOGSEQ_CLOZE = re.compile(r"\{\{cloze\s+(?P<t>[^{}]+?)\s*\}\}")


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
