"""Cards parted by a rule (`---`, `***`): a question, a thematic break, its answer, and the
next break or the end, as Mochi and other Markdown card files write them. Markdown keeps
no trace of a break, so the source's lines tell where they were; each such question and
answer is rewritten as one paragraph split by a `?` line, which `flashcards` reads."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..lazyre import lazy
from ..model import Block, BlockKind, Document
from .base import ends_question, inner_html

__all__ = ["AFTER_BREAK", "ruled_cards"]

# The mark of a block that follows a break, for the rules that read a card up to a rule.
AFTER_BREAK = "data-after-break"

MAX_FRONT_WORDS = 30  # past this, a part between rules is a passage, not a card's front
MAX_TERM_WORDS = 8  # a front that does not ask names a term: a few words
# A thematic break after an empty line (after text, `---` underlines a heading instead).
_BREAK = lazy(r"(?<=\n\n)[ ]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$", re.M)
_FENCE = lazy(r"^[ \t]{0,3}(`{3,}|~{3,}).*?(?:^[ \t]{0,3}\1|\Z)", re.S | re.M)


def ruled_cards(document: Document) -> Document:
    """The document with each question and answer parted by breaks written as one card."""
    text = document.source.text
    if "\n\n" not in text or not _BREAK.search(text):
        return document
    unfenced = _FENCE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), "\n\n" + text)
    first = document.source.body_line - 2  # the two newlines put before the text
    breaks = [first + unfenced.count("\n", 0, m.start()) for m in _BREAK.finditer(unfenced)]
    sections = []
    for section in document.sections:
        blocks = _mark_breaks(_merge(section.blocks, breaks), breaks)
        sections.append(replace(section, blocks=blocks) if blocks != section.blocks else section)
    return replace(document, sections=tuple(sections))


def _merge(blocks: Sequence[Block], breaks: Sequence[int]) -> tuple[Block, ...]:
    segments: list[list[Block]] = [[]]
    ends: list[bool] = []  # whether each segment ends at a break
    for n, block in enumerate(blocks):
        segments[-1].append(block)
        after = blocks[n + 1].line if n + 1 < len(blocks) else None
        if after is not None and any(block.line < b < after for b in breaks):
            ends.append(True)
            segments.append([])
    ends.append(bool(blocks) and any(b > blocks[-1].line for b in breaks))
    # A deck of such cards only (two at least, every part a front or a back): a front need
    # not ask ("perro" / --- / "the dog"); elsewhere only a question is one.
    deck = (
        len(segments) >= 4
        and len(segments) % 2 == 0
        and all(_front(segments[k], MAX_TERM_WORDS) for k in range(0, len(segments), 2))
        and all(segments[k] for k in range(1, len(segments), 2))
    )
    out: list[Block] = []
    j = 0
    while j < len(segments):
        question = segments[j]
        if (
            j + 1 < len(segments)
            and _front(question)
            and (deck or ends_question(question[0].text))
            and segments[j + 1]
            and (ends[j + 1] or j + 2 == len(segments))
        ):
            answer = segments[j + 1]
            asked = inner_html(question[0])
            if answer[0].kind is BlockKind.PARAGRAPH:
                html = f"<p>{asked}\n?\n{inner_html(answer[0])}</p>"
                out.append(replace(question[0], html=html))
                out.extend(answer[1:])
            else:
                out.append(replace(question[0], html=f"<p>{asked}\n?</p>"))
                out.extend(answer)
            j += 2
            continue
        out.extend(question)
        j += 1
    return tuple(out)


def _front(segment: Sequence[Block], most: int = 0) -> bool:
    """Whether a part between rules can be a card's front: one short paragraph."""
    return (
        len(segment) == 1
        and segment[0].kind is BlockKind.PARAGRAPH
        and len(segment[0].text.split()) <= (most or MAX_FRONT_WORDS)
    )


def _mark_breaks(blocks: tuple[Block, ...], breaks: Sequence[int]) -> tuple[Block, ...]:
    """The blocks, each one right after a break marked so."""
    marked = []
    for n, block in enumerate(blocks):
        before = blocks[n - 1].line if n else 0
        if any(before < b < block.line for b in breaks) and block.html.lstrip().startswith("<"):
            html = re.sub(r"^(\s*<\w+)", rf"\1 {AFTER_BREAK}", block.html, count=1)
            block = replace(block, html=html)
        marked.append(block)
    return tuple(marked)
