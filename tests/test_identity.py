"""Stable ids: which old card a new one is, and when its content last changed."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tpmcards.extract import normalize
from tpmcards.identity import (
    CARD_SIMILARITY,
    SAME_ANSWER_MIN_WORDS,
    LockEntry,
    assign_ids,
    card_similarity,
    dump_lock,
    read_lock,
    removed_ids,
    write_lock,
)
from tpmcards.markup import to_text
from tpmcards.model import Card, CardKind, SourceRef
from tpmcards.project import Project

from .conftest import SOURCES


def _card(question: str, answer: str, section: str = "basics", file: str = "guide.md") -> Card:
    return Card(
        key=f"{file}#{section}#{normalize(question)}",
        question=question,
        answer=answer,
        kind=CardKind.BASIC,
        topic="role",
        source=SourceRef(file, 1, section, "Guide"),
        tags=("topic::role",),
        deck="Guide",
    )


def _lock(*cards: Card, now: int = 100) -> tuple[LockEntry, ...]:
    return assign_ids(cards, (), now).lock


# (old question, old answer, new question, new answer, kept): a build that drops the old
# card and finds the new one keeps the old id exactly when `kept`. The score each pair gets
# is in the comment; CARD_SIMILARITY = 80 sits between the two groups.
SIMILARITY_TABLE = [
    # Just above: rewordings and light edits of both sides, the same card.
    ("Who owns the product backlog?", "The product manager.",
     "Which person is the owner of the product backlog?", "The product manager.", True),  # 81.0
    ("Why do companies need TPMs?",
     "Companies depend on technology, so they need people to lead technical programs.",
     "Why do companies hire TPMs?",
     "Companies rely on technology and need people who can lead their technical programs.",
     True),  # 82.6
    ("What is a sprint?", "A fixed period of one or two weeks.",
     "How long is a sprint?", "A fixed period of two weeks.", True),  # 82.8
    # Just below: another card that looks alike.
    ("Does a TPM need leadership skills?", "Yes.",
     "Does a TPM need communication skills?", "Yes.", False),  # 75.3
    ("Who owns the product backlog?", "The product manager.",
     "Who owns the sprint backlog?", "The engineering team.", False),  # 68.8
    ("How long is the daily standup?", "Fifteen minutes at most.",
     "How long is the weekly planning?", "Two hours at most.", False),  # 66.7
]  # fmt: skip


@pytest.mark.parametrize(("old_q", "old_a", "new_q", "new_a", "kept"), SIMILARITY_TABLE)
def test_similarity_threshold_separates_rewordings_from_other_cards(
    old_q: str, old_a: str, new_q: str, new_a: str, kept: bool
) -> None:
    """Pairs just above CARD_SIMILARITY keep their id; pairs just below become new cards."""
    score = card_similarity((old_q, old_a), (new_q, new_a))
    assert (score >= CARD_SIMILARITY) is kept
    assert abs(score - CARD_SIMILARITY) < 15, "the table should show pairs near the threshold"
    lock = _lock(_card(old_q, old_a))
    result = assign_ids([_card(new_q, new_a)], lock, now=200)
    assert (result.cards[0].id == lock[0].id) is kept
    assert result.diff.reworded == (((old_q, new_q),) if kept else ())
    assert result.diff.removed == (() if kept else (old_q,))


@pytest.mark.parametrize(
    ("answer", "kept"),
    [("The TPM runs it.", True), ("The TPM does.", False)],
)
def test_same_answer_keeps_a_rewritten_question_from_four_words(answer: str, kept: bool) -> None:
    """An identical answer of SAME_ANSWER_MIN_WORDS words carries a rewritten question; 3 not.

    The questions share little (score ~62), so only the same-answer rule can match them.
    """
    assert len(normalize(answer).split()) == SAME_ANSWER_MIN_WORDS - (0 if kept else 1)
    old = "Who runs the program a CTO sets up?"
    new = "When a CTO creates a program, who is in charge?"
    assert card_similarity((old, answer), (new, answer)) < CARD_SIMILARITY
    lock = _lock(_card(old, answer))
    result = assign_ids([_card(new, answer)], lock, now=200)
    assert (result.cards[0].id == lock[0].id) is kept


def test_same_answer_must_be_unique_to_count() -> None:
    """Two new cards with the answer of one old card: neither inherits it by that answer."""
    answer = "The product manager does it."
    lock = _lock(_card("Who orders the backlog by value?", answer))
    result = assign_ids(
        [_card("Who writes user stories?", answer), _card("Who talks to customers?", answer)],
        lock,
        now=200,
    )
    assert lock[0].id not in {c.id for c in result.cards[:2]}


def test_no_two_cards_of_the_tpm_guide_look_alike_to_the_matcher() -> None:
    """The real guide: every pair of distinct cards stays well under CARD_SIMILARITY,
    and no answer of SAME_ANSWER_MIN_WORDS words or more appears twice."""
    cards = Project([SOURCES]).cards()
    pairs = [(to_text(c.question), to_text(c.answer)) for c in cards]
    worst = max(card_similarity(a, b) for a, b in combinations(pairs, 2))
    assert worst < CARD_SIMILARITY - 5, worst
    long_answers = [normalize(a) for _, a in pairs if len(a.split()) >= SAME_ANSWER_MIN_WORDS]
    assert len(long_answers) == len(set(long_answers))


def test_key_then_question_then_answer_in_that_order() -> None:
    """A card found by its key keeps the id even when another card now has its question."""
    a, b = _card("What is a TPM?", "A manager."), _card("What is a program?", "Projects.")
    lock = _lock(a, b)
    moved = _card("What is a program?", "Projects.", section="elsewhere")
    result = assign_ids([moved, a], lock, now=200)
    ids = {to_text(dc.card.question): dc.id for dc in result.cards}
    assert ids == {"What is a TPM?": lock_id(lock, a), "What is a program?": lock_id(lock, b)}
    # Moved: same question, new section: the same id, a newer time (the source field changed).
    assert result.diff.changed == ("What is a program?",)
    assert result.diff.added == result.diff.removed == ()


def lock_id(lock: tuple[LockEntry, ...], card: Card) -> str:
    return next(e.id for e in lock if e.key == card.key)


def test_modification_times_follow_content() -> None:
    """Unchanged keeps its time; changed gets `now`; removed gets a newer time once."""
    a, b, c = _card("Q one?", "A."), _card("Q two?", "B."), _card("Q three?", "C.")
    lock = _lock(a, b, c, now=100)
    edited = _card("Q two?", "B, edited.")
    second = assign_ids([a, edited], lock, now=200)
    times = {e.question: (e.modified, e.removed) for e in second.lock}
    assert times == {"Q one?": (100, False), "Q two?": (200, False), "Q three?": (200, True)}
    assert second.diff.changed == ("Q two?",)
    assert second.diff.removed == ("Q three?",)
    removed = [dc for dc in second.cards if dc.removed]
    assert [to_text(dc.card.question) for dc in removed] == ["Q three?"]
    assert removed_ids(second.lock) == {lock_id(lock, c)}
    # A later build: the removed card stays removed with the same time, nothing is reported.
    third = assign_ids([a, edited], second.lock, now=300)
    assert third.lock == second.lock
    assert third.diff.empty
    # A clock behind the lock still moves a changed card forward.
    fourth = assign_ids([a, _card("Q two?", "B again.")], second.lock, now=50)
    assert {e.question: e.modified for e in fourth.lock}["Q two?"] == 201


def test_removed_card_returns_with_its_id_and_a_newer_time() -> None:
    """A card back in the guide takes its old id, is reported restored, not added."""
    a, b = _card("Q one?", "A."), _card("Q two?", "B.")
    lock = _lock(a, b, now=100)
    gone = assign_ids([a], lock, now=200).lock
    back = assign_ids([a, b], gone, now=300)
    assert back.diff.restored == ("Q two?",)
    assert back.diff.added == ()
    assert [(dc.id, dc.modified, dc.removed) for dc in back.cards] == [
        (lock_id(lock, a), 100, False),
        (lock_id(lock, b), 300, False),
    ]
    assert removed_ids(back.lock) == set()


def test_removed_card_keeps_its_html_and_deck_in_the_package() -> None:
    """The package rewrites a removed note with the content it had, plus the tag."""
    rich = _card("What are the phases?", "<ol><li>Plan</li><li>Run</li></ol>")
    lock = _lock(rich)
    removed = assign_ids([], lock, now=200).cards
    assert len(removed) == 1
    card = removed[0].card
    assert (card.question, card.answer, card.deck, card.topic, card.tags) == (
        rich.question,
        rich.answer,
        rich.deck,
        rich.topic,
        rich.tags,
    )
    assert card.source.label == rich.source.label


def test_lock_is_sorted_one_card_per_line_and_reads_back(tmp_path: Path) -> None:
    """The lock file diffs well in git and round-trips exactly."""
    cards = [_card(f"Question {n}?", f"Answer {n}.") for n in (3, 1, 2)]
    lock = assign_ids(cards, (), now=100).lock
    text = dump_lock(lock)
    lines = text.splitlines()
    assert lines[0].startswith('{"version": 2')
    assert len(lines) == len(cards) + 2
    keys = [e.key for e in lock]
    assert keys == sorted(keys)
    path = tmp_path / "deck.lock.json"
    write_lock(path, lock)
    assert tuple(read_lock(path)) == lock


def test_version_1_lock_still_reads(tmp_path: Path) -> None:
    """A lock from before removed cards carried their HTML is read, and its ids kept."""
    path = tmp_path / "deck.lock.json"
    path.write_text(
        '{"version": 1, "cards": [\n  {"answer": "A.", "fingerprint": "x", "id": "abc", '
        '"key": "k", "modified": 5, "question": "Q?", "removed": false}\n]}\n'
    )
    [entry] = read_lock(path)
    result = assign_ids([_card("Q?", "A.")], [entry], now=10)
    assert result.cards[0].id == "abc"


questions = st.sampled_from(["What is X?", "What is Y?", "Who runs Z?", "Why Q?", "How W?"])
answers = st.sampled_from(["Yes.", "The product manager does.", "A, B and C.", "No."])
card_lists = st.lists(
    st.tuples(questions, answers, st.sampled_from(["a", "b"])).map(
        lambda t: _card(t[0], t[1], section=t[2])
    ),
    max_size=8,
)


@settings(max_examples=150, deadline=None)
@given(first=card_lists, second=card_lists, third=card_lists)
def test_two_cards_never_share_an_id(
    first: list[Card], second: list[Card], third: list[Card]
) -> None:
    """Whatever the edits, every id in a build (removed cards included) is distinct."""
    lock: tuple[LockEntry, ...] = ()
    for now, cards in ((100, first), (200, second), (300, third)):
        result = assign_ids(cards, lock, now)
        ids = [dc.id for dc in result.cards]
        assert len(ids) == len(set(ids))
        assert len({e.id for e in result.lock}) == len(result.lock)
        lock = result.lock
