"""Shorter forms of an answer that the question makes enough, and initials that stand for a
term: "Fleming" when it asks who, "1776" when it asks which year, "HTTP" for "Hypertext
Transfer Protocol". Pure."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .answers import is_number, words
from .lazyre import lazy
from .lexicon import ROLES, STOPWORDS, stem

_WHO = lazy(
    r"^\W*(?:who|whom|whose)\b|\bwho\s+(?:was|is|were|are|did|does|wrote|made)\b"
    r"|\b(?:which|what)\s+(?:\w+\s+)?(?:scientist|author|writer|poet|composer|painter|artist|"
    r"philosopher|president|king|queen|emperor|explorer|inventor|mathematician|physicist|"
    r"chemist|biologist|economist|novelist|playwright|founder|person|leader|general|ruler|"
    r"pope|astronaut|engineer|architect|monarch|minister|statesman|thinker)s?\b",
    re.I,
)
_YEAR_QUESTION = lazy(r"\b(?:what|which)\s+year\b|\bwhen\b", re.I)
_NAME_PARTICLES = frozenset(["de", "da", "van", "von", "der", "di", "la", "le", "of", "the"])


def asked_forms(form: str, question: str) -> list[str]:
    """Shorter forms the question makes enough: the surname when it asks "who" ("Fleming" for
    "Alexander Fleming"), the year when it asks which year ("1776" for "July 4, 1776")."""
    forms = []
    names = form.split()
    if (
        _WHO.search(question)
        and 2 <= len(names) <= 4
        and all(n[:1].isupper() or n in _NAME_PARTICLES for n in names)
        and names[-1][:1].isupper()
        and not ROLES & {stem(w) for w in words(names[-1])}  # "Engineering Managers" is none
    ):
        particles = 0  # "da Vinci" as well as "Vinci"
        while particles + 2 < len(names) and names[-2 - particles] in _NAME_PARTICLES:
            particles += 1
        forms += [" ".join(names[-1 - particles :]), names[-1]] if particles else [names[-1]]
    if _OBJECT_QUESTION.search(question):
        forms += _object_head(form)
    years = re.findall(r"\b\d{3,4}\b", form)
    if _YEAR_QUESTION.search(question) and len(years) == 1 and len(words(form)) > 1:
        forms.append(years[0])
    return forms


# "What does the handshake establish?": it asks for the object of its verb, whose head noun is
# the answer ("a connection" of "A connection between client and server"). Not "what does X
# do / mean / stand for", which ask for a verb phrase or a meaning.
_OBJECT_QUESTION = lazy(
    r"^\W*what\s+(?:does|do|did)\s+\w.*?\s+(?!(?:do|mean|stand)\b)[a-z]+\s*\?\s*$", re.I
)
# A qualifier of place or relation, not "of": "the temperature of a room" needs its "of".
_QUALIFIER_CUT = lazy(
    r"\s+(?:in|for|with|at|on|from|by|to|within|across|between|into|over|through|among|"
    r"around|inside|before|after|during|under)\s+",
    re.I,
)
_SENTENCE_VERBS = frozenset("is are was were be been has have had can will must".split())  # noqa: SIM905


def _object_head(form: str) -> list[str]:
    """The head noun phrase of an answer that is a noun phrase, before its qualifier."""
    head = _QUALIFIER_CUT.split(form, maxsplit=1)[0]
    tokens = words(form)
    if head == form or _SENTENCE_VERBS & set(tokens) or not set(words(head)) - STOPWORDS:
        return []
    return [head]


def initials_of(acronym: str, tokens: Sequence[str], capitals: bool = False) -> bool:
    """Whether `acronym` is made of the words' initials, in order, each key word giving its
    first letter and maybe more ("http": hyper-text transfer protocol; "dos": denial of
    service)."""
    # A word may be initials when written in capitals: "WHO", "IT".
    if len(acronym) < 2 or is_number(acronym) or (acronym in STOPWORDS and not capitals):
        return False
    # Two words give letters at least: "route" is not the initials of "a router".
    if sum(token not in STOPWORDS for token in tokens) < 2:
        return False

    @functools.cache
    def fits(a: int, t: int) -> bool:
        if t == len(tokens):
            return a == len(acronym)
        word = tokens[t]
        if word in STOPWORDS and fits(a, t + 1):  # "of" may give no letter
            return True
        if a == len(acronym) or acronym[a] != word[0]:
            return False
        # The word's first letter, then maybe later letters of it, in order.
        a += 1
        for w in range(1, len(word) + 1):
            if fits(a, t + 1):
                return True
            if w < len(word) and a < len(acronym) and word[w] == acronym[a]:
                a += 1
        return False

    return fits(0, 0)
