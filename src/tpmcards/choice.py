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

from .grade import accepts, key_words, words


class Shape(str, Enum):
    """What an option looks like at a glance."""

    TERM = "term"  # a few words
    SENTENCE = "sentence"  # a statement
    LIST = "list"  # several items


def shape(text: str) -> Shape:
    """Lists have `;` or two commas or more; sentences seven words or a full stop."""
    if ";" in text or text.count(",") >= 2 or "\n" in text:
        return Shape.LIST
    if len(text.split()) >= 7 or text.rstrip().endswith("."):
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


def fits(right: str, question: str, other: str) -> bool:
    """Whether `other` may stand beside `right` as a wrong option."""
    if not other.strip() or " ".join(words(other)) == " ".join(words(right)):
        return False
    if shape(other) is not shape(right) or _length_gap(other, right) > MAX_LENGTH_GAP:
        return False
    if echo(other, question) > echo(right, question):
        return False
    # An option the grader would take for the answer (or the answer for it) is a second
    # right answer: "Programs that are cross-functional" beside "Cross-functional programs".
    return not accepts(right, other, question) and not accepts(other, right, question)


def pick_distractors(
    right: str, question: str, candidates: Sequence[Candidate], need: int, rng: Random
) -> list[str]:
    """Up to `need` distractors: from the same topic first, the closest in length favoured."""
    chosen: list[str] = []
    seen = {" ".join(words(right))}
    for same_topic in (True, False):
        fitting = []
        for c in candidates:
            key = " ".join(words(c.text))
            if c.same_topic is same_topic and key not in seen and fits(right, question, c.text):
                seen.add(key)
                fitting.append(c.text)
        fitting.sort(key=lambda text: _length_gap(text, right))
        # Among the closest in length, chance decides: the same seed gives the same options.
        nearest = fitting[: max(2 * (need - len(chosen)), 0)]
        take = min(need - len(chosen), len(nearest))
        chosen += rng.sample(nearest, take)
    return chosen
