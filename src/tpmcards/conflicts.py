"""What no typo tolerance forgives in a typed answer, set against one form of the expected
answer: a different number, a flipped negation, an antonym, the other way round, a different
unit, another key term. Each rule names what differs, or returns None. Pure."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .answers import is_number, key_words
from .lexicon import NEGATIONS, opposite, stem
from .units import unit, units_after_numbers


@dataclass(frozen=True)
class Compared:
    """A typed answer set against one form of the expected answer."""

    form: str
    keys: tuple[str, ...]  # the form's key words
    matched: int  # key words found in what was typed
    typos: int  # edits forgiven
    extra: tuple[str, ...]  # typed key words that match nothing expected
    typed_words: tuple[str, ...]
    form_words: tuple[str, ...]
    slips: tuple[str, ...] = ()  # typed words a typo away from a key word, and words too
    verbatim: bool = False  # typed word for word as the form (not its initials)

    @property
    def coverage(self) -> float:
        return self.matched / len(self.keys) if self.keys else 0.0


# Rules that no typo tolerance forgives: each names what differs, or returns None.
Rule = Callable[[Compared], "str | None"]


def _different_number(c: Compared) -> str | None:
    # Typed without its numbers, a form's number is a key word like any other (coverage).
    typed = [w for w in c.typed_words if is_number(w)]
    wanted = iter([w for w in c.form_words if is_number(w)])
    # Each typed number, in order, among the expected ones: "1945" of "1939 to 1945" is part
    # of the answer; "1954", or "4/3" for "3/4", is another.
    if not all(number in wanted for number in typed):
        return "a different number"
    return None


def _flipped_negation(c: Compared) -> str | None:
    typed = any(w in NEGATIONS for w in _without_idioms(c.typed_words))
    wanted = any(w in NEGATIONS for w in _without_idioms(c.form_words))
    return "the negation is flipped" if typed != wanted else None


def _without_idioms(tokens: Sequence[str]) -> list[str]:
    """Words with "no matter" and "not only" taken out: they negate nothing."""
    text = " ".join(tokens)
    return re.sub(r"\b(?:no matter|not only|no doubt)\b", " ", text).split()


def _antonym(c: Compared) -> str | None:
    # A typed word said more often than the answer says it, where the answer says its
    # opposite more often than typed: "first in, first out" for "last in, first out".
    typed, form = Counter(c.typed_words), Counter(c.form_words)
    for word in typed:
        if typed[word] <= form[word]:
            continue
        for expected in form:
            if form[expected] > typed[expected] and opposite(word, expected):
                return f"{word!r} is the opposite of {expected!r}"
    return None


def _reversed(c: Compared) -> str | None:
    # "IP addresses into domain names" for "domain names into IP addresses": the same words
    # on the other sides of a word of direction.
    form, typed = _sides(c.form_words), _sides(c.typed_words)
    if form is None or typed is None:
        return None
    # Words on both sides ("addresses" in "IP addresses to MAC addresses") tell nothing.
    left, right = form[0] - form[1], form[1] - form[0]
    if typed[0] & right and typed[1] & left:
        return "the other way round"
    return None


_DIRECTION = frozenset(["into", "to", "from", "than", "before", "after", "onto", "towards"])


def _sides(tokens: Sequence[str]) -> tuple[set[str], set[str]] | None:
    """The key words before and after the first word of direction, as stems."""
    for n, token in enumerate(tokens):
        if token in _DIRECTION and n:
            before = {stem(w) for w in key_words(tokens[:n])}
            after = {stem(w) for w in key_words(tokens[n + 1 :])}
            if before and after:
                return before, after
    return None


def _different_unit(c: Compared) -> str | None:
    # "100 °F" for "100 °C", "5 hours" for "5 minutes"; "degrees" names no scale.
    wanted = {unit(w) for w in units_after_numbers(c.form_words)}
    typed = {unit(w) for w in units_after_numbers(c.typed_words)} - wanted - {"degree"}
    return "a different unit" if wanted and typed else None


def _different_term(c: Compared) -> str | None:
    # A short answer with a word missing and another typed in its place names another thing:
    # "dependency injection" is not "dependency inversion", "UDP" is not "TCP".
    if len(c.keys) <= 4 and c.matched < len(c.keys) and c.extra and c.matched:
        return "a different term"
    return None


RULES: tuple[Rule, ...] = (
    _different_number,
    _flipped_negation,
    _antonym,
    _reversed,
    _different_unit,
    _different_term,
)
