"""Headings and blocks in reading order -> sections: what the Markdown token walk and the
HTML tree walk both feed, so the two cut a guide the same way."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from .chrome import CHROME_LINE, LISTING_LINE, drop_chrome_blocks
from .lazyre import lazy
from .markup import to_text
from .model import Block, BlockKind, Section

# A line of a rule's marks only: `⸻`, `———`, `* * *`, `~~~~`, `═══`.
# A `*` alone answers "Which symbol makes italics?"; any other mark alone is a rule.
_SEPARATOR = lazy(r"\s*(?:(?:[⸺⸻—–\-_*=~·•═─━]\s*){2,}|[⸺⸻—–\-_=~·•═─━]\s*)")

# Marks themes append to headings to link to them.
PERMALINK = lazy(
    r"[\s\u00b6#\u00a7\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]+$"
)


def heading_words(inner_html: str) -> str:
    """A heading's text from its inner HTML, without the permalink marks themes append."""
    return PERMALINK.sub("", to_text(inner_html)).strip()


@dataclass
class OpenSection:
    """A section being filled: its heading path, line, level, topic and blocks so far."""

    path: tuple[str, ...]
    line: int
    level: int
    topic: str | None
    blocks: list[Block] = field(default_factory=list)
    resumed: bool = False  # the section around a list of headings, after that list

    @property
    def heading_text(self) -> str:
        return self.path[-1] if self.path else ""


class Outline:
    """The sections of a guide as its headings and blocks arrive, in reading order."""

    def __init__(self, first_line: int) -> None:
        self.stack: list[tuple[int, str]] = []  # (level, text) of the headings above
        self.sections: list[OpenSection] = [OpenSection((), first_line, 0, None)]

    def heading(self, level: int, text: str, line: int, topic: str | None) -> None:
        """Open the section of a heading, under the headings of lower level above it."""
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        self.stack.append((level, text))
        path = tuple(t for _, t in self.stack)
        self.sections.append(OpenSection(path, line, level, topic))

    def add(self, block: Block) -> None:
        """Add a block to the section open last; a paragraph of nothing but a rule's marks
        (`⸻`, `* * *`, `———`) is a separator, as `<hr>` is: no block."""
        if block.kind is BlockKind.PARAGRAPH and _SEPARATOR.fullmatch(block.text):
            return
        self.sections[-1].blocks.append(block)

    def finish(self) -> Iterator[Section]:
        """The sections, without site furniture ("Contents", "Latest posts" and the like)."""
        chrome_level = 0  # inside a "Latest posts" section, down to headings below it
        for s in self.sections:
            if chrome_level and s.level > chrome_level:
                continue
            # "Latest posts" takes the headings under it along; "Contents" only its own list.
            chrome_level = s.level if s.level and LISTING_LINE.match(s.heading_text) else 0
            if chrome_level:
                continue
            blocks = tuple(drop_chrome_blocks(s.blocks))
            if s.level and CHROME_LINE.match(s.heading_text):
                # A table under "Table of contents" (the page's FAQ, its heading missing) is
                # content, unless it links its rows to sections; the contents' own list and
                # notes are not.
                blocks = tuple(b for b in blocks if b.kind is BlockKind.TABLE and not _linked(b))
                if blocks:
                    yield Section(s.path[:-1], s.line, s.level, blocks, s.topic)
                continue
            if blocks or (s.level and not s.resumed):
                yield Section(s.path, s.line, s.level, blocks, s.topic)


def _linked(table: Block) -> bool:
    """Whether a table's rows open with links: a table of contents."""
    return any("<a " in row[0] for row in table.rows if row)
