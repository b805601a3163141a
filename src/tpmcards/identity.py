"""Cards + lock -> stable ids and content-changed times, and what changed since the lock.

The lock is the memory of every build: which id each card has, a fingerprint of its content
and when that content last changed. Matching old to new runs in order of certainty: the same
key, the same question elsewhere, then a reworded question with the same or a similar answer.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace

from .lockfile import (
    LOCK_VERSION,
    LockEntry,
    dump_lock,
    lock_path,
    read_lock,
    write_lock,
)
from .markup import escape, to_text
from .model import Card, CardKind, DeckCard, SourceRef, normalize

# The lock's file (read, checked, written) lives in lockfile.py; its names stay importable
# from here, where the ids it holds are given.
__all__ = [
    "CARD_SIMILARITY",
    "LOCK_VERSION",
    "SAME_ANSWER_MIN_WORDS",
    "Assignment",
    "BuildDiff",
    "LockEntry",
    "assign_ids",
    "card_similarity",
    "dump_lock",
    "entry_card",
    "fingerprint",
    "lock_path",
    "read_lock",
    "removed_ids",
    "write_lock",
]

# A reworded question keeps its card when the answer is the same, word for word, and has at
# least this many words: a repeated answer of that length is the same fact asked another way,
# while "Yes." repeated is no evidence at all. tests/test_identity.py shows both sides.
SAME_ANSWER_MIN_WORDS = 4
# Otherwise a card keeps its id when question and answer together are at least this similar
# (rapidfuzz `fuzz.ratio` of the normalized "question answer", 0-100: length-weighted, so a
# long unchanged answer carries a rewritten short question). No two distinct cards of the TPM
# guide reach 71; a rewording or a light edit of both sides scores 80 or more; swapping the
# subject of a yes/no question ("leadership" -> "communication") scores 75.
# tests/test_identity.py holds the table of pairs just above and just below.
CARD_SIMILARITY = 80


@dataclass(frozen=True)
class BuildDiff:
    """What a build changed, by question."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    reworded: tuple[tuple[str, str], ...] = ()  # (old question, new question)
    removed: tuple[str, ...] = ()
    restored: tuple[str, ...] = ()  # removed before, back in the guide with their old id
    new_lock: bool = False  # there was no lock: every card is new

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.reworded or self.removed or self.restored)


@dataclass(frozen=True)
class Assignment:
    """The result of matching a build's cards against the lock.

    `cards` holds the guide's cards, then the removed cards the package still carries.
    """

    cards: tuple[DeckCard, ...]
    lock: tuple[LockEntry, ...]
    diff: BuildDiff = field(default_factory=BuildDiff)


def fingerprint(card: Card, label: str | None = None) -> str:
    """Hash of everything that reaches the note: a change here is a change Anki must take.
    (`label` is the card's source label, when the caller has it already.)"""
    content = "\x1f".join(
        [
            card.question,
            card.answer,
            card.kind.value,
            card.topic,
            card.source.label if label is None else label,
            " ".join(card.tags),
            card.deck,
            # Only when there is one: the cards of every deck built before keep their prints.
            *([card.extra] if card.extra else []),
        ]
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]


def removed_ids(entries: Iterable[LockEntry]) -> set[str]:
    """The ids of the cards a lock keeps only as removed (the quiz skips them)."""
    return {e.id for e in entries if e.removed}


def entry_card(entry: LockEntry) -> Card:
    """Rebuild the card a lock entry remembers, to keep writing it once it left the guide."""
    return Card(
        key=entry.key,
        question=entry.question_html or escape(entry.question),
        answer=entry.answer_html or escape(entry.answer),
        extra=entry.extra_html,
        kind=CardKind(entry.kind),
        topic=entry.topic,
        source=SourceRef("", 0, entry.source),
        tags=entry.tags,
        deck=entry.deck,
    )


def assign_ids(
    cards: Sequence[Card],
    lock: Iterable[LockEntry],
    now: int,
    *,
    taken: AbstractSet[str] = frozenset(),
    new_lock: bool | None = None,
) -> Assignment:
    """Give each card its id from the lock (or a new one) and its content-changed time.

    Old cards are matched to new ones in order of certainty: the same key; the same question
    moved elsewhere; the same answer (of `SAME_ANSWER_MIN_WORDS` words or more) under a
    reworded question; question and answer together at least `CARD_SIMILARITY` alike.
    Cards still in the guide are matched before removed ones, so a removed card that comes
    back gets its old id. Two cards never share an id.

    For a part of a deck (see increment.py): `taken` are the ids of the other cards, which
    keep theirs; `new_lock` whether the deck's lock was empty.
    """
    entries = list(lock)
    # Live entries first: a card finds its current id before an old removed one.
    pool = [e for e in entries if not e.removed] + [e for e in entries if e.removed]
    labels = [card.source.label for card in cards]
    prints = [fingerprint(card, label) for card, label in zip(cards, labels, strict=True)]
    matched: dict[int, int] = {}  # card index -> pool index
    free = set(range(len(pool)))

    def take(index: int, candidates: list[int]) -> None:
        for k in candidates:
            if k in free:
                matched[index] = k
                free.discard(k)
                return

    # 1. The same key: the card stayed where it was.
    by_key: dict[str, list[int]] = {}
    for k, e in enumerate(pool):
        by_key.setdefault(e.key, []).append(k)
    for n, card in enumerate(cards):
        take(n, by_key.get(card.key, []))
    texts = [_plain_text(card, pool, matched.get(n), prints[n]) for n, card in enumerate(cards)]
    # Normalized text only for the cards left (few on a rebuild): matching is linear in cards.
    # None at all when no entry is left to match them (a first build: a new lock).
    normal = (
        {n: (normalize(q), normalize(a)) for n, (q, a) in enumerate(texts) if n not in matched}
        if free
        else {}
    )
    # 2. The same question, moved to another section or file.
    by_question: dict[str, list[int]] = {}
    for k in sorted(free):
        by_question.setdefault(normalize(pool[k].question), []).append(k)
    for n, (question, _) in normal.items():
        take(n, by_question.get(question, []))
    # 3. The same answer under a reworded question, when that answer is unique on both sides.
    if free:
        for n, k in _same_answers(normal, matched, pool, free).items():
            matched[n] = k
            free.discard(k)
    # 4. Question and answer together nearly the same.
    if free:
        for n, k in _similar_cards(normal, matched, pool, free).items():
            matched[n] = k
            free.discard(k)

    taken = {e.id for e in pool} | taken
    result: list[DeckCard] = []
    out: list[LockEntry] = []
    added: list[str] = []
    changed: list[str] = []
    reworded: list[tuple[str, str]] = []
    restored: list[str] = []
    for n, card in enumerate(cards):
        label, print_ = labels[n], prints[n]
        question, answer = texts[n]
        found = matched.get(n)
        if found is None:
            card_id = _new_id(card.key, taken)
            taken.add(card_id)
            modified = now
            added.append(question)
        else:
            entry = pool[found]
            card_id = entry.id
            if entry.removed:
                # Anki holds it tagged as removed: a newer time takes the tag off again.
                modified = max(now, entry.modified + 1)
                restored.append(question)
            elif entry.fingerprint == print_:
                modified = entry.modified
            else:
                modified = max(now, entry.modified + 1)
                if normalize(entry.question) == normalize(question):
                    changed.append(question)
                else:
                    reworded.append((entry.question, question))
        result.append(DeckCard(card, card_id, modified))
        out.append(_entry(card, card_id, print_, modified, question, answer, label))

    removed: list[str] = []
    # In the lock's order, whether removed now or before: the next build, which finds them
    # all removed, must place them (and so write the package) exactly as this one does.
    for k in sorted(free, key=lambda k: (pool[k].key, pool[k].id)):
        entry = pool[k]
        if not entry.removed:
            # Gone from the guide: Anki cannot delete through a package, so tag it, newer.
            removed.append(entry.question)
            entry = replace(entry, removed=True, modified=max(now, entry.modified + 1))
        result.append(DeckCard(entry_card(entry), entry.id, entry.modified, removed=True))
        out.append(entry)
    diff = BuildDiff(
        tuple(added),
        tuple(changed),
        tuple(reworded),
        tuple(removed),
        tuple(restored),
        new_lock=not entries if new_lock is None else new_lock,
    )
    return Assignment(tuple(result), tuple(sorted(out, key=lambda e: (e.key, e.id))), diff)


def _plain_text(
    card: Card, pool: Sequence[LockEntry], found: int | None, print_: str
) -> tuple[str, str]:
    """The card's question and answer as plain text: as the lock holds them when the card
    is the one its entry was written from (most cards of a rebuild), else taken from HTML."""
    if found is not None:
        entry = pool[found]
        if entry.fingerprint == print_ and not entry.removed:
            return entry.question, entry.answer
    return to_text(card.question), to_text(card.answer)


def _entry(
    card: Card, card_id: str, print_: str, modified: int, question: str, answer: str, label: str
) -> LockEntry:
    return LockEntry(
        key=card.key,
        id=card_id,
        fingerprint=print_,
        modified=modified,
        question=question,
        answer=answer,
        question_html=card.question,
        answer_html=card.answer,
        extra_html=card.extra,
        kind=card.kind.value,
        topic=card.topic,
        deck=card.deck,
        source=label,
        tags=card.tags,
    )


def _same_answers(
    normal: dict[int, tuple[str, str]],
    matched: dict[int, int],
    pool: Sequence[LockEntry],
    free: set[int],
) -> dict[int, int]:
    """Pair cards and old entries whose answers are identical and unique on each side."""
    cards_by_answer: dict[str, list[int]] = {}
    for n, (_, answer) in normal.items():
        if n not in matched and len(answer.split()) >= SAME_ANSWER_MIN_WORDS:
            cards_by_answer.setdefault(answer, []).append(n)
    entries_by_answer: dict[str, list[int]] = {}
    for k in sorted(free):
        entries_by_answer.setdefault(normalize(pool[k].answer), []).append(k)
    found: dict[int, int] = {}
    for answer, members in cards_by_answer.items():
        olds = entries_by_answer.get(answer, [])
        if len(members) == 1 and len(olds) == 1:
            found[members[0]] = olds[0]
    return found


def _similar_cards(
    normal: dict[int, tuple[str, str]],
    matched: dict[int, int],
    pool: Sequence[LockEntry],
    free: set[int],
) -> dict[int, int]:
    """Pair the leftovers by similarity of question and answer together, best pairs first."""
    from rapidfuzz import fuzz, process

    olds = sorted(free)
    choices = [normalize(f"{pool[k].question} {pool[k].answer}") for k in olds]
    pairs: list[tuple[float, int, int]] = []
    for n, (question, answer) in normal.items():
        if n in matched:
            continue
        for _, score, index in process.extract(
            f"{question} {answer}",
            choices,
            scorer=fuzz.ratio,
            score_cutoff=CARD_SIMILARITY,
            limit=None,
        ):
            pairs.append((-score, n, olds[index]))
    found: dict[int, int] = {}
    used: set[int] = set()
    for _, n, k in sorted(pairs):
        if n not in found and k not in used:
            found[n] = k
            used.add(k)
    return found


def card_similarity(a: tuple[str, str], b: tuple[str, str]) -> float:
    """How alike two (question, answer) pairs are, 0-100, as the matcher scores them."""
    from rapidfuzz import fuzz

    return float(fuzz.ratio(normalize(f"{a[0]} {a[1]}"), normalize(f"{b[0]} {b[1]}")))


def _new_id(key: str, taken: set[str]) -> str:
    from .genankiload import prepare_genanki

    prepare_genanki()
    import genanki  # here, not at the top: a quiz of known cards never needs it

    card_id: str = genanki.guid_for(key)
    salt = 0
    while card_id in taken:
        salt += 1
        card_id = genanki.guid_for(key, salt)
    return card_id
