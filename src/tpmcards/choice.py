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

from .answers import alternatives, key_words, words
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
    """Another card's answer that may serve as a distractor, and how near its card is."""

    text: str
    same_topic: bool
    same_deck: bool = True
    same_kind: bool = True  # a cloze's deletion beside another cloze's, an answer beside one

    @property
    def rank(self) -> tuple[bool, bool, bool]:
        """Nearest first: the same deck, then the same topic, then the same kind of card."""
        return (not self.same_deck, not self.same_topic, not self.same_kind)


def _parts(text: str) -> list[str]:
    """The shorter options an answer holds: its list items and its key terms."""
    items = [p.strip() for p in text.split(";")] if ";" in text else []
    return [p for p in dict.fromkeys([*items, *alternatives(text)[1:]]) if p and p != text]


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
    """Up to `need` distractors, nearest cards first (same deck, topic, kind). When the answer
    repeats the question's words, one distractor that repeats as many is taken first, from
    wherever it is nearest, so the answer does not stand out; the rest are closest in length.
    Whole answers are offered first; the list items and key terms they hold only when whole
    answers are too few, or none repeats the question as the answer does.
    """
    wanted_echo = echo(right, question)
    chosen: list[_Option] = []
    for with_parts in (False, True):
        options = _options(right, question, candidates, with_parts)
        chosen = []
        if wanted_echo and need:
            echoing = [o for o in options if echo(o.text, question) == wanted_echo]
            chosen += _take(echoing, right, question, 1, rng, chosen)
        chosen += _take(options, right, question, need - len(chosen), rng, chosen)
        if len(chosen) == need and not gives_itself_away(right, question, [o.text for o in chosen]):
            break
    return [o.text for o in chosen]


def _options(
    right: str, question: str, candidates: Sequence[Candidate], with_parts: bool
) -> list[_Option]:
    """The plausible options the candidates give, best first."""
    seen = {" ".join(words(right))}
    options: list[_Option] = []
    if len(candidates) > MAX_EXAMINED:
        # A big deck offers far more than a question shows: the nearest cards (same deck,
        # topic, kind), in their order, up to a bound, so the first question of a deck of
        # 10,000 cards does not weigh every answer of it.
        candidates = sorted(candidates, key=lambda c: c.rank)[:MAX_EXAMINED]
    for card, c in enumerate(candidates):
        for n, text in enumerate([c.text, *(_parts(c.text) if with_parts else ())]):
            if n and right.endswith(".") and not text.endswith("."):
                text += "."  # a key term shown as its answer is: "The program's milestones."
            key = " ".join(words(text))
            if key not in seen and _plausible(right, question, text):
                seen.add(key)
                options.append(_Option((*c.rank, n > 0), text, card))
    options.sort(key=lambda o: (o.rank, _length_gap(o.text, right)))
    return options


# The candidates a choice question weighs at most: far more than the few options it shows.
MAX_EXAMINED = 400


@dataclass(frozen=True)
class _Option:
    rank: tuple[bool, ...]
    text: str
    card: int  # which candidate it came from: one option per card


def _take(
    ranked: list[_Option],
    right: str,
    question: str,
    need: int,
    rng: Random,
    taken: Sequence[_Option] = (),
) -> list[_Option]:
    """Up to `need` options, best first, none from a card already `taken` from; chance decides
    among the best few of one rank (the same seed gives the same options). The grader, the
    costly check, runs only on options about to be shown."""
    chosen: list[_Option] = []
    used = {o.card for o in taken}
    pending = list(ranked)
    while pending and len(chosen) < need:
        best = [o for o in pending[: 2 * (need - len(chosen))] if o.rank == pending[0].rank]
        rng.shuffle(best)
        pending = best + pending[len(best) :]
        option = pending.pop(0)
        if option.card not in used and not _second_answer(right, question, option.text):
            chosen.append(option)
            used.add(option.card)
    return chosen


GIVEAWAY = 1  # a question word the answer repeats and no distractor does: it stands out


def gives_itself_away(right: str, question: str, distractors: Sequence[str]) -> bool:
    """Whether the answer repeats the question so much more than every distractor that a
    learner could pick it without knowing it."""
    most = max((echo(d, question) for d in distractors), default=0)
    return echo(right, question) - most >= GIVEAWAY
