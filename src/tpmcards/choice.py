"""Multiple-choice options: distractors a learner cannot mistake for the answer. Pure.

A fair option list has one right answer, options of like shape and length (lists with
lists, sentences with sentences, terms with terms), and no distractor that gives itself
away by echoing the question's words more than the answer does.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from random import Random

from .answers import key_words, words
from .grade import accepts


class Shape(str, Enum):
    """What an option looks like at a glance."""

    TERM = "term"  # a few words
    SENTENCE = "sentence"  # a statement
    LIST = "list"  # several items


def shape(text: str) -> Shape:
    """Lists have `;` or two commas or more; sentences seven words, or four and a full stop."""
    if ";" in text or text.count(",") >= 2 or "\n" in text:
        return Shape.LIST
    size = len(text.split())
    if size >= 7 or (size >= 4 and text.rstrip().endswith(".")):
        return Shape.SENTENCE
    return Shape.TERM


def echo(option: str, question: str) -> int:
    """How many of the question's key words an option repeats."""
    asked = set(key_words(words(question)))
    return len(asked & set(key_words(words(option))))


def _length_gap(a: str, b: str) -> float:
    return abs(math.log((len(a) + 5) / (len(b) + 5)))


MAX_LENGTH_GAP = math.log(2.5)  # an option at most 2.5 times longer or shorter than the answer


@dataclass(frozen=True)
class Candidate:
    """Another card's answer that may serve as a distractor."""

    text: str
    same_topic: bool


def _plausible(right: str, question: str, other: str) -> bool:
    """The cheap checks: another answer, of the answer's shape and length, echoing less."""
    if not other.strip() or " ".join(words(other)) == " ".join(words(right)):
        return False
    if shape(other) is not shape(right) or _length_gap(other, right) > MAX_LENGTH_GAP:
        return False
    return echo(other, question) <= echo(right, question)


def _second_answer(right: str, question: str, other: str) -> bool:
    # An option the grader would take for the answer (or the answer for it) is a second
    # right answer: "Programs that are cross-functional" beside "Cross-functional programs".
    return accepts(right, other, question) or accepts(other, right, question)


def fits(right: str, question: str, other: str) -> bool:
    """Whether `other` may stand beside `right` as a wrong option."""
    return _plausible(right, question, other) and not _second_answer(right, question, other)


def pick_distractors(
    right: str, question: str, candidates: Sequence[Candidate], need: int, rng: Random
) -> list[str]:
    """Up to `need` distractors: from the same topic first; those echoing the question as
    much as the answer does and closest in length favoured, so the answer does not stand out.
    """
    chosen: list[str] = []
    seen = {" ".join(words(right))}
    wanted_echo = echo(right, question)
    for same_topic in (True, False):
        plausible = []
        for c in candidates:
            key = " ".join(words(c.text))
            if (
                c.same_topic is same_topic
                and key not in seen
                and _plausible(right, question, c.text)
            ):
                seen.add(key)
                plausible.append(c.text)
        plausible.sort(
            key=lambda text: (wanted_echo - echo(text, question), _length_gap(text, right))
        )
        # Chance decides among the best few: the same seed gives the same options. The grader
        # (the costly check) runs only on options about to be shown.
        while plausible and len(chosen) < need:
            best = plausible[: 2 * (need - len(chosen))]
            rng.shuffle(best)
            plausible = best + plausible[len(best) :]
            text = plausible.pop(0)
            if not _second_answer(right, question, text):
                chosen.append(text)
    return chosen


GIVEAWAY = 1  # a question word the answer repeats and no distractor does: it stands out


def gives_itself_away(right: str, question: str, distractors: Sequence[str]) -> bool:
    """Whether the answer repeats the question so much more than every distractor that a
    learner could pick it without knowing it."""
    most = max((echo(d, question) for d in distractors), default=0)
    return echo(right, question) - most >= GIVEAWAY
