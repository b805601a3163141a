"""Finding the questions in the shapes the real set heldout12 showed (issue 12): a glossary
of bold term lines over their definitions (and bold day titles over notes, which are no
glossary), a MyST glossary directive with a cheat sheet of `` `command`: meaning `` bullets
(where `hold 10` and `hold 10 --soak` are two terms), and a Docusaurus `.mdx` page. Each
test compares the whole card list of a small fixture written in our own words."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tpmcards.model import CardKind

from .test_find_questions import FIND, cards_json, qa

B, T = CardKind.BASIC, CardKind.TERM

EXPECTED: dict[str, list[tuple[str, str, CardKind]]] = {
    "bold-glossary.md": [
        ("Bisque", "Bisque is clay fired once, before any glaze goes on.", T),
        ("Slip", "Liquid clay used to join two pieces or to paint a surface.", T),
        ("Wedging", "Kneading clay to push the air out before it goes on the wheel.", T),
    ],
    "bold-titles.md": [],
    # An FAQ whose entries ask (three in four at their level), with one group of problem
    # statements: entries too.
    "faq-problem-groups.md": [
        ("Studio — How do I book a wheel?", "Write your name on the board by the door.", B),
        ("When does the studio open?", "At nine on weekdays and ten at weekends.", B),
        ("Studio — Where do I leave wet pots?", "On the lower rack by the sink.", B),
        ("Studio — Who loads the kiln?", "The technician, on Thursday mornings.", B),
        ("Studio — How long until my pots come back?", "About a week after the glaze firing.", B),
        ("Studio — Which glazes are food safe?", "The ones marked with a green dot.", B),
        (
            "Glaze crawls off the pot",
            "Wipe the bisque with a damp sponge before glazing: dust stops the glaze from holding.",
            B,
        ),
        (
            "Pots crack in the kiln",
            "Dry them for longer; wet clay bursts as the water boils off.",
            B,
        ),
    ],
    # A numbered item that only says "Quiz" over its question, with `Answer:` below: the
    # question asks; what it tells the quiz's takers about typing the answer ("Please
    # answer in one word.") is no part of the cue.
    "quiz-items.md": [
        ("How many cones hotter is a glaze firing than a bisque firing?", "2", B),
        ("Which gas does a reduction firing starve the kiln of?", "oxygen", B),
        ("What is a kiln's peephole for?", "Watching the cones during a firing.", B),
        ("Which key closes the kilnctl log viewer?", "q", B),
    ],
    # MDX components titled as collapsibles are questions over their contents (a component
    # closing itself over several lines is no text); one question asked under two headings
    # with two answers is asked of each heading.
    "mdx-accordions.mdx": [
        ("Firing — How long does it cool? (Electric kilns)", "About a day, with the lid shut.", B),
        ("Firing — Can I open it early?", "Not below the red-heat line: the pots crack.", B),
        ("kilnCtl (Electric kilns)", "Start it with the electric profile.", B),
        ("Firing — How long does it cool? (Gas kilns)", "Two days, with the damper closed.", B),
        ("kilnCtl (Gas kilns)", "Start it with the gas profile and light the pilot first.", B),
    ],
    "myst-glossary.md": [
        ("cone", "A small clay pyramid that bends when the kiln reaches its heat.", T),
        ("kiln wash (shelf wash)", "A coat that stops glaze from sticking to the shelves.", T),
        ("reduction", "A firing starved of air, which changes the colour of glaze.", T),
        ("prog 1", "load the bisque programme", T),
        ("prog 2", "load the glaze programme", T),
        ("hold 10", "hold the top heat for ten minutes", T),
        ("hold 10 --soak", "hold the top heat for ten minutes, door sealed", T),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_finds_the_cards_a_reader_would_write(name: str) -> None:
    assert qa(FIND / name) == EXPECTED[name]


def test_a_docusaurus_mdx_page_in_a_folder_is_a_guide(tmp_path: Path) -> None:
    shutil.copy(FIND / "component-faq.mdx", tmp_path / "faq.mdx")
    rows = [(r["question"], r["answer"]) for r in cards_json(tmp_path)]
    assert rows == [
        ("Kiln — How hot does a glaze firing go?", "<p>About 1,220 degrees, cone 6.</p>")
    ]
