"""Finding the questions in the shapes the real sets heldout20 and heldout22 showed (issue 12):
an interview sheet whose answers sit under headings after the question list, each behind an
empty anchor heading (`#### PA2`) and followed by a back-to-top arrow that Markdown reads as a
heading (`**[⬆](#top)**` over `---`), its questions decorated with a pictograph (`✍`). Each
test compares the whole card list of a small fixture of our own."""

from __future__ import annotations

import pytest

from tpmcards.model import CardKind

from .test_find_questions import FIND, qa

B = CardKind.BASIC

EXPECTED: dict[str, list[tuple[str, str, CardKind]]] = {
    # The unanswered third question gives no card.
    "anchored-answers.md": [
        ("Reverse a list in place.", "items.reverse()", B),
        ("Count the words of a sentence.", "len(sentence.split())", B),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_finds_the_cards_a_reader_would_write(name: str) -> None:
    assert qa(FIND / name) == EXPECTED[name]
