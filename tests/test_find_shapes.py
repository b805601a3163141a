"""Finding the questions in the shapes a new real set showed (issue 12, heldout9): FAQ pages
built by Asciidoctor, untitled glossaries, shortcut tables, WordPress readmes, numbered bold
questions with inline code, schedules, bare-URL pointers and the labels among numbered
questions. Each test compares the whole card list of a small fixture written in our own
words."""

from __future__ import annotations

import pytest

from tpmcards.model import CardKind

from .test_find_questions import FIND, qa

B, L, T = CardKind.BASIC, CardKind.LIST, CardKind.TERM

EXPECTED: dict[str, list[tuple[str, str, CardKind]]] = {
    # Asciidoctor output in a site's page: the `<div class="content">` around a code listing
    # is not the article (it holds none of the page's paragraphs); entries without a question
    # mark are entries; a line that asks inside an answer is the answer's own rhetoric.
    "asciidoc-faq.html": [
        (
            "Why make a new shell? Plenty exist already…",
            "Kettle bundles the tools a new machine lacks, set up the same way for everyone. "
            "Ever tried to set up a compiler by hand on a fresh laptop? How long did it take? "
            "Kettle does it in one step.",
            B,
        ),
        (
            "How can I move the home folder?",
            "Set the KETTLE_HOME variable before the first start.",
            B,
        ),
        (
            "The prompt shows garbled letters.",
            "$ kettle start starting shell with code page 437, fonts may not match the "
            "terminal settings Switch the terminal font to one with Unicode glyphs.",
            B,
        ),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_finds_the_cards_a_reader_would_write(name: str) -> None:
    assert qa(FIND / name) == EXPECTED[name]
