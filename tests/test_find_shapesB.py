"""Finding the questions in shapes real documents showed (issue 12, heldout21-22): a quiz
vault whose answers are headings (`### A: Merkur`, once `## A:` at the question's level)
under questions, sentence stems ending in "..." and questions followed by their options.
Each test compares the whole card list of a small fixture of our own."""

from __future__ import annotations

import pytest

from tpmcards.model import CardKind

from .test_find_questions import FIND, qa

B, L = CardKind.BASIC, CardKind.LIST

EXPECTED: dict[str, list[tuple[str, str, CardKind]]] = {
    # The answer heading is the answer, its label dropped; a heading so answered asks,
    # whatever its form; what stands between it and its answer goes with the question.
    # Two questions told apart by their question word (Wer / Wann), or by their options,
    # ask two facts.
    "answer-headings.md": [
        ("Welcher Planet ist der Sonne am nächsten?", "Merkur", B),
        ("Der größte Planet des Sonnensystems ist ...", "Jupiter.", B),
        ("Wer entdeckte den Planeten Uranus?", "Wilhelm Herschel", B),
        ("Wann entdeckte Wilhelm Herschel den Planeten Uranus?", "1781", B),
        ("Welcher Planet ist ein Gasriese? Mars, Venus, Saturn, Merkur", "Saturn", B),
        ("Welcher Planet ist ein Gasriese? Erde, Mars, Neptun, Venus", "Neptun", B),
        (
            "Wie heißt der rote Planet? Tipp: Er trägt den Namen des römischen Kriegsgottes.",
            "Mars",
            B,
        ),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_finds_the_cards_a_reader_would_write(name: str) -> None:
    assert qa(FIND / name) == EXPECTED[name]
