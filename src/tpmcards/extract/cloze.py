"""Cloze cards from prose: which words of a key sentence to hide, so that the deletion
carries the fact and nothing left visible (its root, a synonym, its initials) gives it away."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..markup import escape
from ..model import CardKind
from ..smells import MAX_CLOZE_WORDS, giveaways, root_visible
from .base import Found

__all__ = ["cloze_point"]

# A sentence states something worth recalling when it defines, obliges, relates or explains.
_KEY_VERB = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|means?|includes?|consists?|composed|made up|requires?|"
    r"needs?|must|should|ha(?:s|ve) to|helps?|assists?|allows?|depends?|responsible|"
    r"accountable|charged|works?|collaborates?|partners?|coordinates?|reports?|leads?|"
    r"manages?|owns?|runs?|tracks?|important|essential|necessary|required|began|started|"
    r"changed|became)\b|\w'(?:re|s)\b)",
    re.I,
)


def cloze_point(sentence: str, terms: Sequence[str], line: int, index: int) -> Found | None:
    """A cloze on the key term that carries the sentence's fact: the first one after its key
    verb, never a name it opens with, never one whose root stays visible, at most four words."""
    lowered = sentence.lower()
    verb = _KEY_VERB.search(sentence)
    if not verb:
        return None
    opening = len(" ".join(sentence.split()[:3]))
    candidates = []
    for term in terms:
        if len(term) <= 2:
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(term)}(?:s|es)?(?!\w)", lowered):
            start, end = match.span()
            hidden = sentence[start:end]
            spans = _with_giveaways(sentence, start, end)
            words = sum(len(sentence[a:b].split()) for a, b in spans)
            if (
                not spans
                or words > MAX_CLOZE_WORDS
                or end - start >= len(sentence) // 2
                # "A CTO is looking to ...": the name a sentence opens with is its topic.
                or (start < opening and any(c.isupper() for c in hidden))
            ):
                continue
            candidates.append((start < verb.start(), start, -len(hidden), tuple(spans)))
    if not candidates:
        return None
    text, at = "", 0
    for a, b in min(candidates)[3]:
        text += escape(sentence[at:a]) + "{{c1::" + escape(sentence[a:b]) + "}}"
        at = b
    return Found(text + escape(sentence[at:]), "", CardKind.CLOZE, line, frozenset([index]))


def _with_giveaways(sentence: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span to hide and the synonyms or initials that would give it away ("concise" and
    "to the point"), all under one deletion number; none if its root still shows."""
    hidden = sentence[start:end]
    rest = sentence[:start] + " " * (end - start) + sentence[end:]
    spans = [(start, end), *giveaways(hidden, rest)]
    left = "".join(
        c if not any(a <= n < b for a, b in spans) else " " for n, c in enumerate(sentence)
    )
    if root_visible(hidden, left):
        return []
    return sorted(spans)
