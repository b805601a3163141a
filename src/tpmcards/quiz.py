"""The quiz engine: pick cards, ask them, grade answers, schedule with FSRS. No I/O.

Time and randomness come in as arguments (`now`, a `random.Random`), so a session with a
seed is the same session every time. Heavy libraries (fsrs, rapidfuzz) are imported where
they are first needed, after the first question is on screen.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import Enum
from random import Random

from .markup import cloze_deletions as find_deletions
from .markup import sub_cloze, to_text
from .model import CardKind, DeckCard


class Mode(str, Enum):
    """How a card is asked."""

    FLIP = "flip"
    TYPE = "type"
    CHOICE = "choice"
    MIXED = "mixed"


class Order(str, Enum):
    """The order cards are asked in."""

    DUE = "due"
    RANDOM = "random"
    SOURCE = "source"


AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
RATING_NAMES = {AGAIN: "Again", HARD: "Hard", GOOD: "Good", EASY: "Easy"}
# Cards still learning come back in the same session when due within this time, as Anki's
# "learn ahead limit" does: the terminal never makes the user wait for a one-minute step.
LEARN_AHEAD = timedelta(minutes=20)
CHOICES = 4
LETTERS = "abcd"


# --- selection -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Selection:
    """Which cards a session asks, and in which order."""

    topics: tuple[str, ...] = ()
    count: int | None = None
    order: Order = Order.DUE
    new_limit: int | None = None


def select_cards(
    cards: Sequence[DeckCard],
    due: Mapping[str, datetime],
    now: datetime,
    selection: Selection,
    rng: Random,
) -> list[DeckCard]:
    """The cards to ask: due ones first (most overdue first), then new ones in source order.

    `due` maps the id of every card studied before to when it is next due; a studied card
    that is not due within the learn-ahead time (a learning step cut short by quitting) is
    left out.
    """
    wanted = [
        c
        for c in cards
        if not c.removed and (not selection.topics or c.card.topic in selection.topics)
    ]
    studied = sorted(
        (c for c in wanted if c.id in due and due[c.id] <= now + LEARN_AHEAD),
        key=lambda c: due[c.id],
    )
    new = [c for c in wanted if c.id not in due]
    if selection.new_limit is not None:
        new = new[: max(selection.new_limit, 0)]
    chosen = studied + new
    if selection.order is Order.RANDOM:
        rng.shuffle(chosen)
    elif selection.order is Order.SOURCE:
        position = {c.id: n for n, c in enumerate(cards)}
        chosen.sort(key=lambda c: position[c.id])
    if selection.count is not None:
        chosen = chosen[: max(selection.count, 0)]
    return chosen


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

    @property
    def topic(self) -> str:
        return self.card.card.topic


_TERM_QUESTION = re.compile(
    r"^(?:what|who)\s+(?:is|are|was|were)\s+(?:an?\s+|the\s+)?(.+?)\??$", re.I
)


def cloze_blanked(text: str) -> str:
    """The sentence with every deletion shown as `[...]` (or `[hint]`)."""
    return sub_cloze(text, lambda d: f"[{d.hint or '...'}]")


def cloze_filled(text: str) -> str:
    """The sentence with every deletion filled in."""
    return sub_cloze(text, lambda d: d.text)


def cloze_deletions(text: str) -> tuple[str, ...]:
    """The deleted texts, in order."""
    return tuple(to_text(d.text) for d in find_deletions(text))


def answer_text(dc: DeckCard) -> str:
    """The answer as readable text; a list card's items one per line."""
    card = dc.card
    if card.kind is CardKind.CLOZE:
        full = to_text(cloze_filled(card.question))
        extra = to_text(card.answer)
        return f"{full}\n{extra}" if extra else full
    if card.items:
        lead = to_text(re.split(r"<(?:ul|ol)\b", card.answer, maxsplit=1)[0])
        lines = [f"  - {item}" for item in card.items]
        return "\n".join([lead, *lines] if lead else lines)
    return to_text(card.answer)


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
    return to_text(card.answer)


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
    backwards = reverse and card.kind is CardKind.TERM
    if backwards:
        prompt = to_text(card.answer)
        answer = term_of(dc)
        expected: tuple[str, ...] = (answer,)
        items: tuple[str, ...] = ()
    elif card.kind is CardKind.CLOZE:
        prompt = to_text(cloze_blanked(card.question))
        answer = answer_text(dc)
        deletions = cloze_deletions(card.question)
        expected = ("; ".join(deletions),)
        items = deletions if len(deletions) > 1 else ()
    else:
        prompt = to_text(card.question)
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
    dc = question.card

    def option(other: DeckCard) -> str:
        if question.reversed:
            return term_of(other)
        return _short_answer(other)

    def eligible(other: DeckCard) -> bool:
        if other.id == dc.id or other.removed:
            return False
        if question.reversed:
            return other.card.kind is CardKind.TERM
        # A cloze is answered by its deletion: offer other deletions, not whole answers.
        return (other.card.kind is CardKind.CLOZE) == (dc.card.kind is CardKind.CLOZE)

    right = question.expected[0]
    seen = {_normal(right)}
    distractors: list[str] = []
    for same_topic in (True, False):
        candidates = []
        for other in pool:
            if not eligible(other) or (other.card.topic == dc.card.topic) != same_topic:
                continue
            text = option(other)
            if text and _normal(text) not in seen:
                seen.add(_normal(text))
                candidates.append(text)
        take = min(CHOICES - 1 - len(distractors), len(candidates))
        distractors += rng.sample(candidates, take)
    if len(distractors) < CHOICES - 1:
        # Too few other cards to choose from: fall back to typing the answer.
        return replace(question, mode=Mode.TYPE)
    options = [right, *distractors]
    rng.shuffle(options)
    return replace(question, options=tuple(options), correct_option=options.index(right))


# --- grading -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Grade:
    """How a typed or chosen answer did, and the rating it suggests."""

    correct: bool
    rating: int
    note: str  # "exact", "close enough", "4 of 6: missed legal, vendors", ...
    diff: tuple[
        tuple[str, str], ...
    ] = ()  # (op, word): "=" both, "-" typed only, "+" expected only
    found: int = 0
    total: int = 0
    missed: tuple[str, ...] = ()


def normalize_answer(text: str, accents: bool = False) -> str:
    """Lower case, no punctuation, single spaces; accents dropped unless `accents`."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("&", " and ")
    if not accents:
        text = "".join(
            ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch)
        )
    return " ".join(re.findall(r"\w+", text))


_PARENS = re.compile(r"\s*\(([^()]*)\)")
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "at",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "their",
        "they",
        "them",
        "he",
        "she",
        "her",
        "his",
        "our",
        "we",
        "you",
        "your",
        "not",
        "but",
        "so",
        "than",
        "then",
        "there",
        "which",
        "who",
        "whom",
        "what",
        "when",
        "where",
        "why",
        "how",
        "each",
        "every",
        "all",
        "any",
        "can",
        "could",
        "should",
        "would",
        "will",
        "must",
        "may",
        "might",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "only",
        "also",
        "more",
        "most",
        "very",
        "just",
        "own",
    ]
)


def alternatives(answer: str) -> list[str]:
    """The forms of an answer a user may type: `a / b`, `a; b`, `(optional words)`, `(ABBR)`."""
    forms: list[str] = []
    text = answer.strip()
    sentences = re.split(r"(?<=[.!?])\s+", text)
    parts = [text]
    if len(sentences) > 1 and len(sentences[0].split()) <= 8:
        parts.append(sentences[0])
    for part in parts:
        # The whole answer, then each of its alternatives.
        for alt in [part, *re.split(r"\s+/\s+|;\s*|\s+\|\s+", part)]:
            alt = alt.strip().rstrip(".")
            if not alt:
                continue
            forms.append(alt)
            forms.append(_PARENS.sub("", alt))
            forms.append(_PARENS.sub(r" \1", alt))
            forms += [m.group(1) for m in _PARENS.finditer(alt) if m.group(1).isupper()]
    return list(dict.fromkeys(f.strip() for f in forms if f.strip()))


def grade_typed(question: Question, typed: str, accents: bool = False) -> Grade:
    """Grade a typed answer leniently: alternatives, typos, key words, list items."""
    if question.items:
        return _grade_items(question.items, typed, accents)
    from rapidfuzz import fuzz

    said = _drop_article(normalize_answer(typed, accents))
    # Words of the question are given, not recalled: "What is a technical program?" need not
    # be answered with "a technical program is ...".
    given = frozenset(normalize_answer(question.prompt, accents).split())
    best: tuple[float, str] = (-1.0, question.expected[0] if question.expected else "")
    for expected in question.expected:
        for alt in alternatives(expected):
            target = _drop_article(normalize_answer(alt, accents))
            if not target:
                continue
            if said == target:
                score = 1.01  # above any near miss: "exact" is kept for the exact form
            else:
                recall = _key_word_recall(said, target, given)
                score = min(max(fuzz.ratio(said, target) / 100, recall), 1.0)
            if score > best[0]:
                best = (score, alt)
    score, closest = best
    diff = word_diff(typed, closest, accents)
    if score > 1.0:
        return Grade(True, GOOD, "exact", diff, 1, 1)
    if score >= 0.85:
        return Grade(True, GOOD, "close enough", diff, 1, 1)
    if score >= 0.6:
        return Grade(True, HARD, "partly right", diff, 0, 1)
    return Grade(False, AGAIN, "not it", diff, 0, 1)


def _key_words(text: str) -> list[str]:
    return [w for w in text.split() if w not in _STOPWORDS and len(w) > 2]


def _found(word: str, words: Sequence[str]) -> bool:
    from rapidfuzz import fuzz

    return any(fuzz.ratio(word, w) >= 85 for w in words)


def _key_word_recall(said: str, target: str, given: frozenset[str] = frozenset()) -> float:
    """Share of the expected answer's key words found in what was typed (typos allowed)."""
    keys = [w for w in _key_words(target) if w not in given] or _key_words(target)
    if len(keys) < 3:
        return 0.0
    words = said.split()
    return sum(_found(k, words) for k in keys) / len(keys)


def _item_forms(item: str, accents: bool) -> list[str]:
    head = item.split(":", 1)[0]
    forms = [*alternatives(item), *alternatives(head)]
    normal = [normalize_answer(f, accents) for f in forms]
    normal += [_drop_article(f) for f in normal]
    return [f for f in dict.fromkeys(normal) if f]


def item_name(item: str) -> str:
    """How a list item is named in "missed ...": its head before a colon."""
    return item.split(":", 1)[0].strip()


def _coverage_score(span: Sequence[str], keys: Sequence[str]) -> float:
    """80-100 when every typed key word belongs to the item and they cover half of it or more:
    "good listener" recalls "A really good listener"."""
    typed = _key_words(" ".join(span))
    if not typed or not keys or not all(_found(w, keys) for w in typed):
        return 0.0
    coverage = sum(_found(k, typed) for k in keys) / len(keys)
    return 80 + 20 * coverage if coverage >= 0.5 else 0.0


def _grade_items(items: Sequence[str], typed: str, accents: bool) -> Grade:
    from rapidfuzz import fuzz

    # Candidates are the typed pieces and the runs of words inside them, so "knife pan spoon"
    # counts three items; a word serves one item at most.
    pieces = [normalize_answer(p, accents).split() for p in re.split(r"[,;\n/&+]|\band\b", typed)]
    forms = [_item_forms(item, accents) for item in items]
    keys = [_key_words(normalize_answer(item_name(item), accents)) for item in items]
    pairs = []
    for p, words in enumerate(pieces):
        for start in range(len(words)):
            for end in range(start + 1, min(start + 6, len(words)) + 1):
                text = _drop_article(" ".join(words[start:end]))
                span = words[start:end]
                for i, item_forms in enumerate(forms):
                    score = max(fuzz.ratio(text, form) for form in item_forms)
                    score = max(score, _coverage_score(span, keys[i]))
                    if score >= 80:
                        pairs.append((score, end - start, p, start, end, i))
    used_words: set[tuple[int, int]] = set()
    found: set[int] = set()
    for _score, _length, p, start, end, i in sorted(pairs, key=lambda t: (-t[0], -t[1], t[2:])):
        taken = {(p, w) for w in range(start, end)}
        if i in found or taken & used_words:
            continue
        used_words |= taken
        found.add(i)
    missed = tuple(item_name(items[i]) for i in range(len(items)) if i not in found)
    total = len(items)
    share = len(found) / total if total else 0.0
    note = f"{len(found)} of {total}"
    if missed:
        note += ": missed " + ", ".join(missed)
    if share >= 1.0:
        rating, correct = GOOD, True
    elif share >= 0.75:
        rating, correct = HARD, True
    else:
        rating, correct = AGAIN, False
    return Grade(correct, rating, note, (), len(found), total, missed)


def word_diff(typed: str, expected: str, accents: bool = False) -> tuple[tuple[str, str], ...]:
    """A word-level diff of typed against expected, compared in normalised form."""
    said, want = typed.split(), expected.split()
    matcher = difflib.SequenceMatcher(
        a=[normalize_answer(w, accents) for w in said],
        b=[normalize_answer(w, accents) for w in want],
        autojunk=False,
    )
    out: list[tuple[str, str]] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            out += [("=", w) for w in want[b1:b2]]
        else:
            out += [("-", w) for w in said[a1:a2]]
            out += [("+", w) for w in want[b1:b2]]
    return tuple(out)


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
        return Grade(True, GOOD, "right", found=1, total=1)
    return Grade(False, AGAIN, f"the answer was {LETTERS[question.correct_option]}", total=1)


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


def _drop_article(text: str) -> str:
    """`a knife` and `knife` are the same answer."""
    return re.sub(r"^(?:the|a|an) (?=\w)", "", text)


def _normal(text: str) -> str:
    return normalize_answer(text)
