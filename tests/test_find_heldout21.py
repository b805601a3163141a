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


def test_a_problem_stated_among_questions_and_two_questions_answered_alike() -> None:
    """In a list of questions, an item that states a problem over its fix is an entry too
    (asked for its fix); two questions of their own words answered alike ("no date yet")
    are two cards, not one fact asked twice."""
    assert qa(FIND / "problem-items.html") == [
        ("Hivelog — How do I add a hive?", "Press the plus button on the apiary's map.", B),
        (
            "What fixes “Hivelog freezes when I open the weather tab”?",
            "Turn off the radar layer in the settings; old phones cannot draw it.",
            B,
        ),
        (
            "Hivelog — Where are the photos kept?",
            "In the Hivelog folder of your phone's pictures.",
            B,
        ),
        (
            "When will Hivelog support queen pedigrees?",
            "We have no date for this yet, but it is high on our list.",
            B,
        ),
        (
            "When will Hivelog import spreadsheets of inspections?",
            "We have no date for this yet, but it is high on our list.",
            B,
        ),
    ]
