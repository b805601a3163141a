"""What a heading is, read from the headings beside it."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Section
from .base import NUMBERING
from .outline import asks_in_words

__all__ = ["page_parts"]


def page_parts(sections: Sequence[Section]) -> set[int]:
    """The headings among numbered questions that are parts of the page, not entries: where
    three or more sibling headings are numbered and most of those ask ("## 4. What is a
    span?"), a sibling without a number that does not ask in words ("## Keywords to use",
    "## You're ready if you can:") is a summary or a checklist of the page."""
    groups: dict[tuple[tuple[str, ...], int], list[int]] = {}
    for n, section in enumerate(sections):
        if section.level:
            groups.setdefault((section.path[:-1], section.level), []).append(n)
    parts: set[int] = set()
    for group in groups.values():
        numbered = [n for n in group if NUMBERING.match(sections[n].heading)]
        asking = [n for n in numbered if asks_in_words(sections[n].heading)]
        if len(numbered) < 3 or len(asking) * 2 <= len(numbered):
            continue
        parts.update(
            n for n in group if n not in numbered and not asks_in_words(sections[n].heading)
        )
    return parts
