"""Multiple choice that plays fair: one right answer, options of one shape and length, no
distractor echoing the question more than the answer, and a plain word when it cannot."""

from __future__ import annotations

from random import Random

import pytest

from tpmcards.choice import (
    Candidate,
    Shape,
    echo,
    fits,
    gives_itself_away,
    pick_distractors,
    shape,
)
from tpmcards.model import Card, CardKind, DeckCard, SourceRef
from tpmcards.quiz import Mode, make_question


def card(n: int, question: str, answer: str, topic: str = "t") -> DeckCard:
    return DeckCard(
        Card(f"k{n}", question, f"<p>{answer}</p>", CardKind.BASIC, topic, SourceRef("g.md", n)),
        f"id{n}",
        0,
    )


QUESTION = "What problem do cross-functional programs create?"
RIGHT = "Cross-functional programs bring many dependencies between teams."


def test_no_distractor_the_grader_would_take_for_the_answer() -> None:
    assert not fits(RIGHT, QUESTION, "Programs that are cross-functional bring many dependencies.")
    assert fits(RIGHT, QUESTION, "Each team answers only for its own pieces of the program.")


def test_options_share_the_answer_s_shape_and_length() -> None:
    assert shape("Marketing; legal; vendors") is Shape.LIST
    assert shape("Engineering managers") is Shape.TERM
    assert shape(RIGHT) is Shape.SENTENCE
    assert not fits(RIGHT, QUESTION, "Marketing; legal; operations; vendors")  # a list
    assert not fits(RIGHT, QUESTION, "Legal")  # a term beside a sentence
    assert not fits("Legal", "Who signs contracts?", "A TPM coordinates many related projects.")
    long = "A TPM " + "coordinates many related technical projects across teams " * 3
    assert not fits(RIGHT, QUESTION, long)  # more than 2.5 times longer


def test_no_option_echoes_the_question_more_than_the_answer() -> None:
    question = "Which engineers share responsibility for delivering the program?"
    assert echo("Engineers who deliver the program", question) > echo("Tech leads", question)
    assert not fits("Tech leads", question, "Program engineers")
    assert fits("Tech leads", question, "Data scientists")


def test_distractors_prefer_the_same_topic_and_repeat_with_the_seed() -> None:
    candidates = [
        Candidate("Product managers", True),
        Candidate("Project managers", True),
        Candidate("Legal counsel", False),
        Candidate("Vendor teams", False),
        Candidate("Sales reps", False),
    ]
    first = pick_distractors("Engineering managers", "Who runs teams?", candidates, 3, Random(4))
    assert first == pick_distractors(
        "Engineering managers", "Who runs teams?", candidates, 3, Random(4)
    )
    assert set(first[:2]) == {"Product managers", "Project managers"}
    assert len(first) == 3 and first[2] in {"Legal counsel", "Vendor teams", "Sales reps"}


def test_too_few_fitting_options_says_so_and_asks_typed() -> None:
    pool = [
        card(1, QUESTION, RIGHT),
        card(2, "Who signs contracts?", "Legal"),  # a term: not beside a sentence
        card(3, "What does the team ship?", "Cross-functional programs bring many dependencies."),
        card(4, "How is accountability split?", "Each team answers only for its own pieces."),
    ]
    question = make_question(pool[0], Mode.CHOICE, pool, Random(0))
    assert question.mode is Mode.TYPE and question.options == ()
    assert question.note == "Too few fitting options for multiple choice (1 of 3): type the answer."


def test_an_answer_repeating_the_question_is_asked_typed_saying_why() -> None:
    """ "A TPM tracks the status" beside options that never say "tracks": a giveaway."""
    question = "What does a TPM track?"
    assert gives_itself_away("The TPM tracks program status", question, ["Budgets", "Hiring"])
    assert not gives_itself_away("Program status", question, ["Budgets", "Hiring"])
    pool = [
        card(1, "What does a TPM track?", "A TPM tracks program status."),
        card(2, "What does a designer draw?", "Wireframes for each screen."),
        card(3, "What does legal review?", "Contracts with every vendor."),
        card(4, "What does finance set?", "Budgets for the next quarter."),
    ]
    asked = make_question(pool[0], Mode.CHOICE, pool, Random(0))
    assert asked.mode is Mode.TYPE
    assert asked.note == (
        "The answer repeats the question's words, so it would stand out among the options: "
        "type the answer."
    )
    fair = make_question(pool[1], Mode.CHOICE, pool, Random(0))
    assert fair.mode is Mode.CHOICE and len(fair.options) == 4


def test_an_answer_echoing_the_question_gets_an_echoing_distractor_from_another_topic() -> None:
    """The same topic's answers never say "thinker": one that does, from another topic, is
    taken first, so the answer no longer stands out and the card is asked as choice."""
    pool = [
        card(1, "What kind of thinker should a TPM be?", "A critical thinker.", "skills"),
        card(2, "Who should a TPM listen to?", "Every stakeholder.", "skills"),
        card(3, "What should a TPM keep short?", "Status reports.", "skills"),
        card(4, "What do TPMs avoid?", "Wishful planning.", "skills"),
        card(5, "Who sets the vision?", "A product thinker.", "people"),
    ]
    asked = make_question(pool[0], Mode.CHOICE, pool, Random(0))
    assert asked.mode is Mode.CHOICE, asked.note
    assert "A product thinker." in asked.options
    assert not gives_itself_away("A critical thinker.", asked.prompt, asked.options)


def test_distractors_come_from_the_same_deck_before_another_deck() -> None:
    candidates = [
        Candidate("Perro", False, same_deck=False),
        Candidate("Gato", False, same_deck=False),
        Candidate("Product managers", False),
        Candidate("Legal counsel", False),
        Candidate("Sales reps", False),
    ]
    picked = pick_distractors("Engineering managers", "Who runs teams?", candidates, 3, Random(1))
    assert set(picked) == {"Product managers", "Legal counsel", "Sales reps"}


def test_items_and_key_terms_of_other_answers_serve_one_per_card() -> None:
    """A list's items are terms beside a term answer, shown as the answer is written (with
    its full stop); never two options from one card."""
    candidates = [
        Candidate("Strategy; Execution; Delivery", True),
        Candidate("Status reports; Roadmaps", True),
        Candidate("Budgets, which finance sets each quarter for every team.", True),
    ]
    picked = pick_distractors("Related goals.", "What do projects share?", candidates, 3, Random(0))
    assert len(picked) == 3
    assert len(set(picked) & {"Strategy.", "Execution.", "Delivery."}) == 1
    assert len(set(picked) & {"Status reports.", "Roadmaps."}) == 1
    assert "Budgets." in picked


def test_a_cloze_deletion_may_take_other_cards_answers_of_its_shape() -> None:
    cloze = DeckCard(
        Card(
            "c",
            "A TPM owns the {{c1::program roadmap}}.",
            "",
            CardKind.CLOZE,
            "t",
            SourceRef("g.md", 9),
        ),
        "idc",
        0,
    )
    pool = [
        cloze,
        card(1, "What does finance own?", "The budget"),
        card(2, "What does legal own?", "Vendor contracts"),
        card(3, "What does QA own?", "The test plan"),
    ]
    asked = make_question(cloze, Mode.CHOICE, pool, Random(0))
    assert asked.mode is Mode.CHOICE, asked.note
    assert set(asked.options) == {
        "program roadmap",
        "The budget",
        "Vendor contracts",
        "The test plan",
    }


def test_a_big_deck_weighs_only_its_nearest_answers_for_a_choice_question(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A deck of 5,000 cards: the options come from the nearest answers (the same topic
    first), and no more than MAX_EXAMINED of them are weighed, so a quiz of a big deck asks
    its first choice question at once."""
    import tpmcards.choice as choice

    weighed: list[str] = []
    plausible = choice._plausible

    def counted(right: str, question: str, other: str) -> bool:
        weighed.append(other)
        return plausible(right, question, other)

    monkeypatch.setattr(choice, "_plausible", counted)
    words = [
        "amber",
        "birch",
        "cedar",
        "dune",
        "ember",
        "fern",
        "grove",
        "heath",
        "iris",
        "juniper",
    ]
    names = [f"{a} {b} {c}" for a in words for b in words for c in words]
    far = [choice.Candidate(f"A distant {name}", same_topic=False) for name in names * 4]
    near = [choice.Candidate(f"The near {name}", same_topic=True) for name in names]
    picked = choice.pick_distractors(
        "The smoking pot", "Which thing calms bees?", far + near, 3, Random(1)
    )
    assert len(picked) == 3 and all(p.startswith("The near") for p in picked)
    assert len(set(weighed)) <= choice.MAX_EXAMINED
