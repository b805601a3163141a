"""The quiz engine: pick cards, ask them, grade answers, schedule with FSRS. No I/O.

Time and randomness come in as arguments (`now`, a `random.Random`), so a session with a
seed is the same session every time. Heavy libraries (fsrs, rapidfuzz) and the grader are
imported where they are first needed, after the first question is on screen (a choice
question needs the grader to pick its options).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import Enum
from random import Random

from .cardtext import readable, without_media
from .lazyre import lazy
from .markup import cloze_deletions as find_deletions
from .markup import sub_cloze, to_text
from .model import CardKind, DeckCard
from .selection import LEARN_AHEAD, Order, Selection, check_topics, select_cards
from .verdict import AGAIN, EASY, GOOD, HARD, Grade, Verdict

__all__ = [
    "AGAIN",
    "EASY",
    "GOOD",
    "HARD",
    "Grade",
    "Order",
    "Selection",
    "Verdict",
    "check_topics",
    "select_cards",
]


class Mode(str, Enum):
    """How a card is asked."""

    FLIP = "flip"
    TYPE = "type"
    CHOICE = "choice"
    MIXED = "mixed"


RATING_NAMES = {AGAIN: "Again", HARD: "Hard", GOOD: "Good", EASY: "Easy"}
CHOICES = 4
LETTERS = "abcd"


# --- questions -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Question:
    """A card as asked: the mode chosen for it, what is shown, and what is expected."""

    card: DeckCard
    mode: Mode  # FLIP, TYPE or CHOICE
    prompt: str
    answer: str  # the full answer, shown after the user answers
    expected: tuple[str, ...] = ()  # accepted typed answers
    items: tuple[str, ...] = ()  # list items to recall, scored one by one
    options: tuple[str, ...] = ()  # multiple choice, in the order shown
    correct_option: int = -1
    reversed: bool = False
    repeat: bool = False  # asked again in this session while still learning
    note: str = ""  # why it is asked otherwise than the mode chosen

    @property
    def topic(self) -> str:
        return self.card.card.topic


_TERM_QUESTION = lazy(r"^(?:what|who)\s+(?:is|are|was|were)\s+(?:an?\s+|the\s+)?(.+?)\??$", re.I)


_PREPOSITIONS = frozenset(
    ["with", "of", "for", "to", "from", "by", "in", "on", "at", "about", "into", "like", "as"]
)


def cloze_blanked(text: str) -> str:
    """The sentence with every deletion shown as `[...]` (or `[hint]`)."""
    return sub_cloze(text, lambda d: f"[{d.hint or '...'}]")


def cloze_filled(text: str) -> str:
    """The sentence with every deletion filled in."""
    return sub_cloze(text, lambda d: d.text)


def cloze_deletions(text: str) -> tuple[str, ...]:
    """The deleted texts, in order."""
    return tuple(readable(d.text) for d in find_deletions(text))


def answer_text(dc: DeckCard) -> str:
    """The answer as readable text (a list card's items one per line), then its Extra."""
    extra = readable(dc.card.extra) if dc.card.extra else ""
    shown = _answer_only(dc)
    # Labelled as `tpmcards cards` shows it: background, not part of what is graded.
    return f"{shown}\nExtra: {extra}" if extra else shown


def _answer_only(dc: DeckCard) -> str:
    card = dc.card
    if card.kind is CardKind.CLOZE:
        full = readable(cloze_filled(card.question))
        extra = readable(card.answer)
        return f"{full}\n{extra}" if extra else full
    if card.items:
        lead = readable(re.split(r"<(?:ul|ol)\b", card.answer, maxsplit=1)[0])
        lines = [f"  - {item}" for item in card.items]
        return "\n".join([lead, *lines] if lead else lines)
    return readable(card.answer)


def term_of(dc: DeckCard) -> str:
    """The term a term card explains: its question without a `What is ...?` wrapper."""
    question = to_text(dc.card.question).rstrip(":").strip()
    match = _TERM_QUESTION.match(question)
    return match.group(1) if match else question.rstrip("?")


def _short_answer(dc: DeckCard) -> str:
    """What a choice option or a typed answer is compared with."""
    card = dc.card
    if card.kind is CardKind.CLOZE:
        return "; ".join(cloze_deletions(card.question))
    if card.items:
        return "; ".join(card.items)
    return without_media(readable(card.answer)) or readable(card.answer)


def reversible(dc: DeckCard) -> bool:
    """A term card, or a basic card asking `What is <a term of a few words>?`."""
    card = dc.card
    if card.kind is CardKind.TERM:
        return True
    if card.kind is not CardKind.BASIC or card.items:
        return False
    match = _TERM_QUESTION.match(to_text(card.question).rstrip(":").strip())
    if match is None:
        return False
    term = match.group(1).split()
    # "What is crème brûlée topped with?" asks about a term, not for one.
    return len(term) <= 5 and term[-1].lower() not in _PREPOSITIONS


def choose_mode(dc: DeckCard, mode: Mode, rng: Random) -> Mode:
    """Resolve `mixed`: type short answers, lists and clozes; flip or choose the rest."""
    if mode is not Mode.MIXED:
        return mode
    card = dc.card
    if card.kind in {CardKind.CLOZE, CardKind.LIST} or card.items:
        return Mode.TYPE
    if len(_short_answer(dc).split()) <= 6:
        return Mode.TYPE
    return Mode.CHOICE if rng.random() < 0.5 else Mode.FLIP


def make_question(
    dc: DeckCard,
    mode: Mode,
    pool: Sequence[DeckCard],
    rng: Random,
    reverse: bool = False,
    repeat: bool = False,
) -> Question:
    """Ask one card in `mode` (resolved from `mixed`), with distractors drawn from `pool`."""
    mode = choose_mode(dc, mode, rng)
    card = dc.card
    backwards = reverse and reversible(dc)
    if backwards:
        prompt = readable(card.answer)
        answer = term_of(dc)
        expected: tuple[str, ...] = (answer,)
        items: tuple[str, ...] = ()
    elif card.kind is CardKind.CLOZE:
        prompt = readable(cloze_blanked(card.question))
        answer = answer_text(dc)
        deletions = cloze_deletions(card.question)
        expected = ("; ".join(deletions),)
        items = deletions if len(deletions) > 1 else ()
    else:
        prompt = readable(card.question)
        answer = answer_text(dc)
        expected = (_short_answer(dc),)
        items = card.items
    question = Question(
        dc, mode, prompt, answer, expected, items, reversed=backwards, repeat=repeat
    )
    if mode is Mode.CHOICE:
        return _with_options(question, pool, rng)
    return question


def _with_options(question: Question, pool: Sequence[DeckCard], rng: Random) -> Question:
    from .choice import Candidate, gives_itself_away, pick_distractors

    dc = question.card
    cloze = dc.card.kind is CardKind.CLOZE
    candidates = [
        Candidate(
            term_of(other) if question.reversed else _short_answer(other),
            other.card.topic == dc.card.topic,
            other.card.deck == dc.card.deck,
            # A cloze is answered by its deletion: other deletions first, then answers.
            (other.card.kind is CardKind.CLOZE) == cloze,
        )
        for other in pool
        if other.id != dc.id and not other.removed and (reversible(other) or not question.reversed)
    ]
    right = question.expected[0]
    distractors = pick_distractors(right, question.prompt, candidates, CHOICES - 1, rng)
    if len(distractors) < CHOICES - 1:
        return replace(
            question,
            mode=Mode.TYPE,
            note=f"Too few fitting options for multiple choice ({len(distractors)} of "
            f"{CHOICES - 1}): type the answer.",
        )
    if gives_itself_away(right, question.prompt, distractors):
        return replace(
            question,
            mode=Mode.TYPE,
            note="The answer repeats the question's words, so it would stand out among the "
            "options: type the answer.",
        )
    options = [right, *distractors]
    rng.shuffle(options)
    return replace(question, options=tuple(options), correct_option=options.index(right))


# --- grading -------------------------------------------------------------------------------


def grade_typed(question: Question, typed: str, accents: bool = False) -> Grade:
    """Grade a typed answer: list items one by one, cloze blanks in order, else one answer."""
    # The grader and its word tables are imported once there is an answer to grade.
    from .grade import grade_answer
    from .gradelists import grade_blanks, grade_items

    if question.items and question.card.card.kind is CardKind.CLOZE:
        return grade_blanks(question.items, typed, accents)
    if question.items:
        return grade_items(question.items, typed, accents)
    return grade_answer(question.expected, typed, question.prompt, accents)


def grade_choice(question: Question, reply: str) -> Grade | None:
    """Grade a letter (or number) for a multiple-choice question; None if it names no option."""
    reply = reply.strip().lower()
    if len(reply) == 1 and reply in LETTERS[: len(question.options)]:
        picked = LETTERS.index(reply)
    elif reply.isdigit() and 1 <= int(reply) <= len(question.options):
        picked = int(reply) - 1
    else:
        return None
    if picked == question.correct_option:
        return Grade(Verdict.RIGHT, "right", question.options[picked], found=1)
    answer = question.options[question.correct_option]
    return Grade(Verdict.WRONG, f"the answer was {LETTERS[question.correct_option]}", answer)


def parse_rating(reply: str, default: int) -> int | None:
    """1-4 (or again/hard/good/easy); Enter keeps `default`; None if it is none of these."""
    reply = reply.strip().lower()
    if not reply:
        return default
    if reply in {"1", "2", "3", "4"}:
        return int(reply)
    for value, name in RATING_NAMES.items():
        if reply == name.lower() or reply == name.lower()[0]:
            return value
    return None


# --- scheduling ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Review:
    """One answer and the card state it leads to: saved as one unit by the progress store."""

    card_id: str
    rating: int
    reviewed_at: datetime
    fsrs: str  # fsrs.Card JSON after the review
    due: datetime
    state: int  # fsrs.State after the review
    state_before: int  # 0 new, else fsrs.State before
    mode: str
    topic: str
    question: str
    typed: str | None
    correct: bool


def schedule(previous: str | None, rating: int, now: datetime) -> tuple[str, datetime, int, int]:
    """FSRS: the card's state after a review -> (JSON, due, state, state before)."""
    from fsrs import Card, Rating, Scheduler

    scheduler = Scheduler(enable_fuzzing=False)
    card = Card.from_json(previous) if previous else Card(card_id=0)
    before = int(card.state.value) if previous else 0
    after, _log = scheduler.review_card(card, Rating(rating), now)
    return after.to_json(), after.due, int(after.state.value), before


# --- a session -----------------------------------------------------------------------------


@dataclass
class Session:
    """The queue of one quiz: selected cards, then those still learning, until none is left."""

    cards: list[DeckCard]
    pool: Sequence[DeckCard]
    states: dict[str, str]  # card id -> fsrs JSON, for cards studied before
    mode: Mode
    rng: Random
    reverse: bool = False
    learning: list[tuple[datetime, int, DeckCard]] = field(default_factory=list)
    asked: int = 0
    _tick: int = 0

    def next(self, now: datetime) -> Question | None:
        """The next question: a learning card now due, a new one, or a learning card ahead."""
        self.learning.sort(key=lambda t: (t[0], t[1]))
        if (
            self.learning
            and (self.learning[0][0] <= now or not self.cards)
            and self.learning[0][0] - now <= LEARN_AHEAD
        ):
            _, _, dc = self.learning.pop(0)
            return self._ask(dc, repeat=True)
        if self.cards:
            return self._ask(self.cards.pop(0), repeat=False)
        return None

    def _ask(self, dc: DeckCard, repeat: bool) -> Question:
        self.asked += 1
        return make_question(dc, self.mode, self.pool, self.rng, self.reverse, repeat)

    def answer(
        self, question: Question, rating: int, now: datetime, typed: str | None = None
    ) -> Review:
        """Schedule the card after an answer; a card still learning joins the queue again."""
        dc = question.card
        state_json, due, state, before = schedule(self.states.get(dc.id), rating, now)
        self.states[dc.id] = state_json
        if state != 2 and due - now <= LEARN_AHEAD:  # 2 is fsrs.State.Review
            self._tick += 1
            self.learning.append((due, self._tick, dc))
        return Review(
            card_id=dc.id,
            rating=rating,
            reviewed_at=now,
            fsrs=state_json,
            due=due,
            state=state,
            state_before=before,
            mode=question.mode.value,
            topic=dc.card.topic,
            question=question.prompt,
            typed=typed,
            correct=rating >= HARD,
        )

    @property
    def remaining(self) -> int:
        return len(self.cards) + len(self.learning)
