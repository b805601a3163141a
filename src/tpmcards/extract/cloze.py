"""Cloze cards from prose: which words of a key sentence to hide, so that the deletion
carries the fact and nothing left visible (its root, a synonym, its initials) gives it away."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazyre import lazy
from ..markup import escape
from ..model import CardKind
from ..smells import MAX_CLOZE_WORDS, giveaways, root_visible
from .base import Found

__all__ = ["cloze_point"]

# A sentence states something worth recalling when it defines, obliges, relates or explains.
_KEY_VERB = lazy(
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
    # "A TPM's knowledge is ...": the possessive is no verb; "She's" and "it's" are.
    verb = next(
        (
            m
            for m in _KEY_VERB.finditer(sentence)
            if not m.group(0).endswith("'s") or _PRONOUN_IS.search(sentence, 0, m.end())
        ),
        None,
    )
    if not verb:
        return None
    opening = len(" ".join(sentence.split()[:3]))
    # "..., to be most effective in their duty as a keeper": background, not the fact.
    purpose = _PURPOSE_TAIL.search(sentence)
    background = purpose.start() if purpose else len(sentence)
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
                or start >= background
                # "A CTO is looking to ...": the name a sentence opens with is its topic.
                or (start < opening and any(c.isupper() for c in hidden))
            ):
                continue
            # After the key verb first, then one no other word gives away, then the first.
            # "update them on the program health instead of each team's part": the term
            # set against another is what the sentence says.
            plain = not _CONTRAST.match(sentence, end)
            before = start < verb.start()
            candidates.append((before, len(spans) > 1, plain, start, -len(hidden), tuple(spans)))
    if not candidates:
        return None
    best = min(candidates)
    chosen = [(best[-1], 1)]
    if best[0]:
        # "A TPM's knowledge is important when it comes to creating and running programs":
        # the subject is what the sentence is about; the act after the verb is its fact.
        act = _ACT.search(sentence, verb.end())
        spans = _with_giveaways(sentence, *act.span("g")) if act else []
        if spans and len(spans) == 1:
            chosen = [(tuple(spans), 1)]
    # "X must be a critical thinker and should be able to assess impact": a second fact in
    # its own clause, a second deletion.
    second = _SECOND_CLAUSE.search(sentence, chosen[0][0][-1][1])
    if second:
        later = [c for c in candidates if c[3] >= second.end() and not c[1]]
        if later:
            chosen.append((min(later)[-1], 2))
    spans_numbered = sorted((span, n) for group, n in chosen for span in group)
    text, at = "", 0
    for (a, b), number in spans_numbered:
        text += escape(sentence[at:a]) + f"{{{{c{number}::" + escape(sentence[a:b]) + "}}"
        at = b
    return Found(text + escape(sentence[at:]), "", CardKind.CLOZE, line, frozenset([index]))


_PURPOSE_TAIL = lazy(r",? to be (?:the )?(?:most |more |as )?\w+ (?:in|at|as|for)\b")
_CONTRAST = lazy(r",? (?:instead of|rather than|not)\b")
_PRONOUN_IS = lazy(r"\b(?i:it|she|he|that|there|what|who|here)'s$")
_ACT = lazy(r"\b(?:when it comes to|for|by) (?P<g>[a-z]{3,}ing(?: and [a-z]{3,}ing)?)\b")
_SECOND_CLAUSE = lazy(
    r",? and (?:should|must|can|will|needs? to|ha(?:s|ve) to)(?: also)? (?:have|be)\b"
)


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
