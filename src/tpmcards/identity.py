"""Cards + lock -> stable ids and content-changed times, and what changed since the lock.

The lock is the memory of every build: which id each card has, a fingerprint of its content
and when that content last changed. Matching old to new runs in order of certainty: the same
key, the same question elsewhere, then a reworded question with the same or a similar answer.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import genanki

from .atomic import write_atomic
from .errors import ConfigError, OutputError
from .extract import normalize
from .markup import to_text
from .model import Card, DeckCard

LOCK_VERSION = 1


@dataclass(frozen=True)
class LockEntry:
    """What the lock remembers of one card."""

    key: str
    id: str
    fingerprint: str
    modified: int
    question: str  # plain text, for matching rewordings and for the build report
    answer: str  # plain text, for matching rewordings
    removed: bool = False


@dataclass(frozen=True)
class BuildDiff:
    """What a build changed, by question."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    reworded: tuple[tuple[str, str], ...] = ()  # (old question, new question)
    removed: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.reworded or self.removed)


@dataclass(frozen=True)
class Assignment:
    """The result of matching a build's cards against the lock."""

    cards: tuple[DeckCard, ...]
    lock: tuple[LockEntry, ...]
    diff: BuildDiff = field(default_factory=BuildDiff)


def fingerprint(card: Card) -> str:
    """Hash of everything that reaches the note: a change here is a change Anki must take."""
    content = "\x1f".join(
        [
            card.question,
            card.answer,
            card.kind.value,
            card.topic,
            card.source.label,
            " ".join(card.tags),
            card.deck,
        ]
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]


def assign_ids(cards: Sequence[Card], lock: Iterable[LockEntry], now: int) -> Assignment:
    """Give each card its id from the lock (or a new one) and its content-changed time."""
    old = [e for e in lock if not e.removed]
    by_key = {e.key: e for e in old}
    taken: set[str] = set()
    matched: dict[int, LockEntry] = {}
    reworded: list[tuple[str, str]] = []

    # 1. The same key: the card stayed where it was.
    for n, card in enumerate(cards):
        entry = by_key.get(card.key)
        if entry is not None and entry.id not in taken:
            matched[n] = entry
            taken.add(entry.id)
    # 2. The same question, moved to another section or file.
    by_question: dict[str, list[LockEntry]] = {}
    for e in old:
        if e.id not in taken:
            by_question.setdefault(normalize(e.question), []).append(e)
    for n, card in enumerate(cards):
        if n in matched:
            continue
        candidates = [
            e for e in by_question.get(normalize(to_text(card.question)), []) if e.id not in taken
        ]
        if candidates:
            matched[n] = candidates[0]
            taken.add(candidates[0].id)
    # 3. A reworded question whose answer stayed the same or nearly so.
    leftovers = [e for e in old if e.id not in taken]
    if leftovers:
        for n, entry in _match_rewordings(cards, matched, leftovers).items():
            matched[n] = entry
            taken.add(entry.id)
            reworded.append((entry.question, to_text(cards[n].question)))

    result: list[DeckCard] = []
    entries: list[LockEntry] = []
    added, changed = [], []
    for n, card in enumerate(cards):
        print_ = fingerprint(card)
        entry = matched.get(n)
        question, answer = to_text(card.question), to_text(card.answer)
        if entry is None:
            card_id = _new_id(card.key, taken)
            taken.add(card_id)
            modified = now
            added.append(question)
        else:
            card_id = entry.id
            modified = (
                entry.modified if entry.fingerprint == print_ else max(now, entry.modified + 1)
            )
            if entry.fingerprint != print_ and normalize(entry.question) == normalize(question):
                changed.append(question)
        result.append(DeckCard(card, card_id, modified))
        entries.append(LockEntry(card.key, card_id, print_, modified, question, answer))

    removed = []
    for e in lock:
        if e.id in taken:
            continue
        if e.removed:
            entries.append(e)
        else:
            removed.append(e.question)
            entries.append(
                LockEntry(
                    e.key,
                    e.id,
                    e.fingerprint,
                    max(now, e.modified + 1),
                    e.question,
                    e.answer,
                    removed=True,
                )
            )
    diff = BuildDiff(tuple(added), tuple(changed), tuple(reworded), tuple(removed))
    return Assignment(tuple(result), tuple(sorted(entries, key=lambda e: (e.key, e.id))), diff)


# A reworded question is taken for the same card when its answer is at least this similar
# (rapidfuzz token_set_ratio, 0-100); tests/test_identity.py shows where it separates.
ANSWER_SIMILARITY = 85
QUESTION_SIMILARITY = 60


def _match_rewordings(
    cards: Sequence[Card], matched: dict[int, LockEntry], leftovers: list[LockEntry]
) -> dict[int, LockEntry]:
    from rapidfuzz import fuzz, process

    found: dict[int, LockEntry] = {}
    answers = [normalize(e.answer) for e in leftovers]
    used: set[int] = set()
    for n, card in enumerate(cards):
        if n in matched:
            continue
        answer = normalize(to_text(card.answer))
        best = process.extractOne(
            answer, answers, scorer=fuzz.token_set_ratio, score_cutoff=ANSWER_SIMILARITY
        )
        if best is None and answers:
            # The answer was edited too: accept a close question with a fairly close answer.
            question = normalize(to_text(card.question))
            for k, e in enumerate(leftovers):
                if k in used:
                    continue
                if (
                    fuzz.token_set_ratio(question, normalize(e.question))
                    >= QUESTION_SIMILARITY + 20
                    and fuzz.token_set_ratio(answer, answers[k]) >= QUESTION_SIMILARITY
                ):
                    best = (answers[k], 0, k)
                    break
        if best is not None and best[2] not in used:
            used.add(best[2])
            found[n] = leftovers[best[2]]
    return found


def _new_id(key: str, taken: set[str]) -> str:
    card_id: str = genanki.guid_for(key)
    salt = 0
    while card_id in taken:
        salt += 1
        card_id = genanki.guid_for(key, salt)
    return card_id


# --- the lock file: the only I/O of this stage -------------------------------------------


def lock_path(out_dir: Path, output: str) -> Path:
    """Where the lock of a deck lives: beside it."""
    return out_dir / f"{output}.lock.json"


def read_lock(path: Path) -> list[LockEntry]:
    """Read a lock file; a missing file is an empty lock."""
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text("utf-8"))
        return [LockEntry(**entry) for entry in data["cards"]]
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise ConfigError(f"the id lock is damaged ({err}); restore it from git", path) from None


def dump_lock(entries: Sequence[LockEntry]) -> str:
    """The lock as text: one card per line, sorted, so a diff shows exactly what changed."""
    lines = [json.dumps(e.__dict__, ensure_ascii=False, sort_keys=True) for e in entries]
    body = ",\n".join(f"  {line}" for line in lines)
    return f'{{"version": {LOCK_VERSION}, "cards": [\n{body}\n]}}\n'


def write_lock(path: Path, entries: Sequence[LockEntry]) -> None:
    """Write the lock atomically."""
    try:
        write_atomic(path, dump_lock(entries).encode("utf-8"))
    except OSError as err:
        raise OutputError(f"cannot write the id lock ({err.strerror})", path) from None
