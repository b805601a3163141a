"""The pure quiz engine: lenient grading, list recall, choices, clozes, reversal, selection
and the learning queue, each compared as whole values."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from random import Random

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tpmcards.answers import alternatives
from tpmcards.grade import Verdict, char_diff
from tpmcards.model import Card, CardKind, DeckCard, SourceRef
from tpmcards.quiz import (
    AGAIN,
    GOOD,
    HARD,
    Mode,
    Order,
    Selection,
    Session,
    grade_choice,
    grade_typed,
    make_question,
    select_cards,
)

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


def card(
    n: int,
    question: str,
    answer: str,
    topic: str = "teams",
    kind: CardKind = CardKind.BASIC,
    items: tuple[str, ...] = (),
) -> DeckCard:
    return DeckCard(
        Card(f"guide.md#{n}", question, answer, kind, topic, SourceRef("guide.md", n), (), items),
        f"id{n}",
        0,
    )


TEAMS = card(
    1,
    "Which other teams might a TPM work with?",
    "<ul><li>Marketing</li><li>Legal</li><li>Operations</li><li>Vendors</li>"
    "<li>Product managers</li><li>Project managers</li></ul>",
    kind=CardKind.LIST,
    items=("Marketing", "Legal", "Operations", "Vendors", "Product managers", "Project managers"),
)
QA = card(2, "Where did she start?", "<p>Quality assurance (QA).</p>", topic="interview")


@pytest.mark.parametrize(
    ("typed", "rating", "note"),
    [
        ("Quality assurance (QA)", GOOD, "exact"),
        ("quality   ASSURANCE", GOOD, "exact"),  # case, spacing, optional words
        ("QA", GOOD, "exact"),  # the abbreviation in brackets is an alternative
        ("qualty assurance", GOOD, "close enough"),  # a typo
        ("customer support", AGAIN, "not it"),
    ],
)
def test_typed_answers_are_graded_leniently(typed: str, rating: int, note: str) -> None:
    """Case, whitespace, punctuation, optional words and typos do not fail an answer."""
    grade = grade_typed(make_question(QA, Mode.TYPE, [], Random(0)), typed)
    assert (grade.rating, grade.note) == (rating, note)


def test_accents_count_only_when_asked() -> None:
    """`creme brulee` passes for `Crème brûlée` unless accents are strict."""
    dish = card(3, "Which dessert has a burnt sugar top?", "<p>Crème brûlée</p>")
    question = make_question(dish, Mode.TYPE, [], Random(0))
    assert grade_typed(question, "creme brulee").note == "exact"
    assert grade_typed(question, "creme brulee", accents=True).note != "exact"
    assert grade_typed(question, "crème BRÛLÉE", accents=True).note == "exact"


def test_alternatives_split_on_slash_and_semicolon() -> None:
    assert alternatives("colour / color; hue") == ["colour / color; hue", "colour", "color", "hue"]
    assert alternatives("Strategy (plan) creation") == [
        "Strategy (plan) creation",
        "Strategy creation",
        "Strategy plan creation",
    ]


def test_list_recall_is_scored_item_by_item() -> None:
    """ "4 of 6: missed legal, vendors": items in any order, with typos, one piece each."""
    question = make_question(TEAMS, Mode.TYPE, [], Random(0))
    grade = grade_typed(question, "marketing, operatons, product managers and project managers")
    assert (grade.found, grade.total, grade.missed) == (4, 6, ("Legal", "Vendors"))
    assert grade.note == "4 of 6: missed Legal, Vendors"
    assert (grade.rating, grade.verdict) == (HARD, Verdict.PARTLY)  # half or more: partly
    two = grade_typed(question, "marketing, legal")
    assert (two.found, two.rating, two.verdict) == (2, AGAIN, Verdict.WRONG)
    suited = make_question(
        card(
            6,
            "Who suits the role?",
            "",
            kind=CardKind.LIST,
            items=("A really good listener", "Concise and direct"),
        ),
        Mode.TYPE,
        [],
        Random(0),
    )
    assert grade_typed(suited, "good listener, concise").found == 2  # half an item's words do
    five = grade_typed(question, "legal marketing operations vendors product managers")
    assert (five.found, five.rating, five.correct) == (5, HARD, True)
    # One typed word counts for one item at most.
    assert grade_typed(question, "managers").found == 1


def test_key_words_of_a_long_answer_count_without_the_question_s_own_words() -> None:
    """A long answer is recalled by its key words; the subject the question names is given."""
    program = card(
        5,
        "What is a technical program?",
        "<p>A technical program is a long-term company objective made up of many "
        "interconnected projects.</p>",
    )
    question = make_question(program, Mode.TYPE, [], Random(0))
    recalled = grade_typed(question, "long term company objective, many interconnected projects")
    assert (recalled.verdict, recalled.rating) == (Verdict.RIGHT, GOOD)
    assert grade_typed(question, "a project").rating == AGAIN


def test_a_miss_shows_a_character_diff_as_anki_does() -> None:
    """Runs of characters kept, typed only (-) and expected only (+); case does not count."""
    assert char_diff("the slow Brown fox", "the quick brown fox") == (
        ("=", "the "),
        ("-", "slow"),
        ("+", "quick"),
        ("=", " brown fox"),
    )
    assert char_diff("recieve", "receive") == (
        ("=", "rec"),
        ("+", "e"),
        ("=", "i"),
        ("-", "e"),
        ("=", "ve"),
    )


POOL = [
    card(10, "Who runs the program?", "<p>A TPM.</p>"),
    card(11, "Who owns the product?", "<p>The product manager.</p>"),
    card(12, "Who writes the code?", "<p>Engineers.</p>"),
    card(13, "Who checks quality?", "<p>QA.</p>"),
    card(14, "Who signs contracts?", "<p>Legal.</p>", topic="other"),
    card(15, "Who sells?", "<p>Sales.</p>", topic="other"),
]


def test_choices_come_from_the_same_topic_first_and_repeat_with_the_seed() -> None:
    """Three distractors from the card's topic, shuffled the same way for the same seed."""
    first = make_question(POOL[0], Mode.CHOICE, POOL, Random(5))
    again = make_question(POOL[0], Mode.CHOICE, POOL, Random(5))
    assert first.options == again.options
    assert sorted(first.options) == ["A TPM.", "Engineers.", "QA.", "The product manager."]
    assert first.options[first.correct_option] == "A TPM."
    letter = "abcd"[first.correct_option]
    assert grade_choice(first, letter.upper()) is not None
    assert grade_choice(first, letter).correct  # type: ignore[union-attr]
    assert grade_choice(first, "e") is None


def test_choices_fall_back_to_other_topics_then_to_typing() -> None:
    lonely = card(20, "Who signs contracts?", "<p>Legal.</p>", topic="other")
    question = make_question(lonely, Mode.CHOICE, POOL, Random(1))
    assert "Sales." in question.options and len(question.options) == 4
    alone = make_question(lonely, Mode.CHOICE, [lonely], Random(1))
    assert alone.mode is Mode.TYPE and alone.options == ()


def test_cloze_is_asked_with_the_deletion_blanked() -> None:
    cloze = card(
        30, "A TPM runs a {{c1::program}} for {{c2::a company::who}}.", "", kind=CardKind.CLOZE
    )
    question = make_question(cloze, Mode.TYPE, [], Random(0))
    assert question.prompt == "A TPM runs a [...] for [who]."
    assert question.answer == "A TPM runs a program for a company."
    assert question.items == ("program", "a company")
    assert grade_typed(question, "program, company").found == 2


def test_reverse_asks_term_cards_from_the_explanation() -> None:
    """--reverse turns a term card around; other cards are asked as usual."""
    term = card(40, "What is an OKR?", "<p>An objective with key results.</p>", kind=CardKind.TERM)
    question = make_question(term, Mode.TYPE, [], Random(0), reverse=True)
    assert (question.prompt, question.expected, question.reversed) == (
        "An objective with key results.",
        ("OKR",),
        True,
    )
    assert grade_typed(question, "okr").correct
    plain = make_question(QA, Mode.TYPE, [], Random(0), reverse=True)
    assert plain.prompt == "Where did she start?" and not plain.reversed


def test_selection_puts_due_cards_first_then_new_with_limits() -> None:
    cards = [card(n, f"Q{n}?", f"<p>A{n}</p>", topic="a" if n % 2 else "b") for n in range(1, 7)]
    due = {
        "id2": NOW - timedelta(days=1),
        "id4": NOW - timedelta(days=3),
        "id6": NOW + timedelta(days=2),  # studied, not due: left out
        "id5": NOW + timedelta(minutes=10),  # a learning step: due within the learn-ahead
    }
    chosen = select_cards(cards, due, NOW, Selection(), Random(0))
    assert [c.id for c in chosen] == ["id4", "id2", "id5", "id1", "id3"]
    limited = select_cards(cards, due, NOW, Selection(new_limit=1, count=2), Random(0))
    assert [c.id for c in limited] == ["id4", "id2"]
    source = select_cards(cards, due, NOW, Selection(order=Order.SOURCE), Random(0))
    assert [c.id for c in source] == ["id1", "id2", "id3", "id4", "id5"]
    topic = select_cards(cards, due, NOW, Selection(topics=("a",)), Random(0))
    assert [c.id for c in topic] == ["id5", "id1", "id3"]  # due first, then new
    shuffled = [
        c.id for c in select_cards(cards, due, NOW, Selection(order=Order.RANDOM), Random(3))
    ]
    assert sorted(shuffled) == ["id1", "id2", "id3", "id4", "id5"]
    assert shuffled == [
        c.id for c in select_cards(cards, due, NOW, Selection(order=Order.RANDOM), Random(3))
    ]


def test_learning_cards_come_back_in_the_session_until_learned() -> None:
    """Again keeps a card in the session; a graduated card leaves it."""
    cards = [card(1, "Q1?", "<p>A1</p>"), card(2, "Q2?", "<p>A2</p>")]
    session = Session(list(cards), cards, {}, Mode.FLIP, Random(0))
    asked = []
    now = NOW
    ratings = {"id1": [AGAIN, GOOD, GOOD], "id2": [4]}
    while (question := session.next(now)) is not None:
        asked.append(question.card.id)
        review = session.answer(question, ratings[question.card.id].pop(0), now)
        assert review.correct == (review.rating >= HARD)
        now += timedelta(seconds=30)
    assert asked == ["id1", "id2", "id1", "id1"]
    assert session.remaining == 0


@given(answer=st.text(min_size=1, max_size=60), typed=st.text(max_size=60))
@example(answer="0KW:1W", typed="")  # two amounts of one kind, once graded against itself
@settings(max_examples=100, deadline=None)
def test_grading_any_text_never_fails_and_the_answer_itself_is_exact(
    answer: str, typed: str
) -> None:
    """Whatever is typed, grading returns a rating; typing the answer itself is exact."""
    from tpmcards.answers import normalize_answer
    from tpmcards.markup import escape

    question = make_question(card(50, "Q?", f"<p>{escape(answer)}</p>"), Mode.TYPE, [], Random(0))
    assert grade_typed(question, typed).rating in {AGAIN, HARD, GOOD}
    if normalize_answer(question.expected[0]):
        assert grade_typed(question, question.expected[0]).note == "exact"


@given(
    items=st.lists(
        # "and" separates typed items, so it cannot be one.
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=12).filter(
            lambda word: word != "and"
        ),
        min_size=1,
        max_size=8,
        unique=True,
    )
)
@settings(max_examples=100, deadline=None)
def test_typing_every_item_of_a_list_recalls_all_of_them(items: list[str]) -> None:
    """All items typed, in any order: all found, none missed."""
    question = make_question(
        card(51, "List?", "", kind=CardKind.LIST, items=tuple(items)), Mode.TYPE, [], Random(0)
    )
    grade = grade_typed(question, ", ".join(reversed(items)))
    assert (grade.found, grade.missed, grade.rating) == (len(items), (), GOOD)
