"""Finding the questions in the shapes the real set heldout18 showed (issue 12): a quiz whose
options are a task list with the right ones checked (the options go with the question, the
checked ones are the answer, the explanation after its bold title goes to the back), a
fill-in-the-blank statement that asks as a question does, and questions indented by accident
(Markdown takes them for code) over `<details>` answers behind an "ANS" summary, in a guide
whose title is a repository's name for what it collects (no subject of its own). Each test
compares the whole card list of a small fixture of our own."""

from __future__ import annotations

import pytest

from tpmcards.markup import to_text
from tpmcards.model import CardKind

from .test_find_questions import FIND, cards_json, qa

B, L = CardKind.BASIC, CardKind.LIST

EXPECTED: dict[str, list[tuple[str, str, CardKind]]] = {
    "checked-quiz.md": [
        ("Which bee lays the eggs of a colony? A drone The queen A forager", "The queen", B),
        (
            "Beekeepers calm a hive with _____ before they open it. smoke water sugar",
            "smoke",
            B,
        ),
        (
            "Which two jobs come before a hive is closed for winter? Treat for mites Add a "
            "honey super Check the stores",
            "Treat for mites Check the stores",
            L,
        ),
    ],
    "indented-questions.md": [
        ("What does a smoker do?", "It burns slow fuel to make cool smoke that calms the bees.", B),
        ("Give me an example of a hive product besides honey", "Beeswax.", B),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_finds_the_cards_a_reader_would_write(name: str) -> None:
    assert qa(FIND / name) == EXPECTED[name]


def test_a_checked_option_is_the_answer_and_its_explanation_the_back() -> None:
    """The explanation's bold title goes: on the back it needs none."""
    rows = cards_json(FIND / "checked-quiz.md")
    assert [to_text(r["extra"]) for r in rows] == [
        "A colony has one queen, and she lays up to two thousand eggs a day in high summer.",
        "Smoke masks the alarm scent that the guard bees give off.",
        "",
    ]
    assert rows[2]["items"] == ["Treat for mites", "Check the stores"]
