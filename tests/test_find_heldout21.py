"""Shapes of the real sets heldout20-22 (issue 12). Each test compares the whole card list of
a small fixture of our own."""

from __future__ import annotations

from tpmcards.model import CardKind

from .test_find_questions import FIND, qa

B = CardKind.BASIC


def test_a_container_named_like_a_permalink_holding_a_question_is_content() -> None:
    """`<div class="anchor-link">` around a question and its answer is a link target, not
    the heading's permalink marker (`<a class="headerlink">¶</a>`, which goes)."""
    assert qa(FIND / "anchor-divs.html") == [
        (
            "Beehive rental — Wat kost een huurkast per seizoen?",
            "Veertig euro, een zwerm inbegrepen.",
            B,
        ),
        (
            "Beehive rental — Waar moet de kast staan?",
            "Op een droge plek met ochtendzon, uit de wind.",
            B,
        ),
    ]
