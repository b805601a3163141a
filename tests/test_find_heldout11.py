"""Finding the questions in the shapes the real set heldout11 showed (issue 12): a reference
table whose first column says the same on every row (a shortcut's prefix), with rows of
dashes between its groups; a glossary written as Hugo definition shortcodes; a built mdBook
FAQ page. Each test compares the whole card list of a small fixture written in our own
words."""

from __future__ import annotations

import pytest

from tpmcards.model import CardKind

from .test_find_questions import FIND, qa

B, T = CardKind.BASIC, CardKind.TERM

EXPECTED: dict[str, list[tuple[str, str, CardKind]]] = {
    # The first column never varies ("Alt+k"): the term is the prefix and the key together;
    # keys told apart only by their symbol ("|", "%") are two cards; rows of dashes are group
    # separators, no cards. A table whose first column varies keeps it alone as the term.
    "constant-prefix-table.md": [
        ("Alt+k n", "Open a new shell", T),
        ("Alt+k |", "Split side by side", T),
        ("Alt+k %", "Split top and foot", T),
        ("Alt+k q", "Close the shell", T),
        ("kettle", "Start the shell", T),
        ("brew", "Install a package", T),
    ],
    # Hugo's paired shortcodes naming a term (`{{%definition "alias"%}}` ... closing pair, or
    # the `{{< >}}` form), inside a raw `<dl>` opener, one after an empty anchor: each a term
    # card, its first paragraph the answer ("More info" links go on the back); a pair left
    # open is no entry.
    "hugo-definitions.md": [
        ("alias", "A short name that stands for a longer command.", T),
        ("bundle", "The set of tools installed together on a new machine.", T),
        ("cache", "Files kept from the last run so the next one starts sooner.", T),
    ],
    # A built mdBook page: each heading's words inside its own `<a class="header">` link are
    # the heading, not a site header; a statement entry ("kettle Prints No Prompt") is an
    # entry of the FAQ; a `¶` anchor beside a heading's words stays chrome; the sidebar, the
    # menu bar and prev/next are no cards.
    "mdbook-faq.html": [
        (
            "Kettle Book — Why Is The First Start Slow?",
            "Kettle fills its cache on the first start; later starts read it back.",
            B,
        ),
        ("kettle Prints No Prompt", "Set KETTLE_PROMPT to the prompt you want.", B),
        (
            "Kettle Book — How can I move the cache?",
            "Point KETTLE_CACHE at another folder before the first start.",
            B,
        ),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_finds_the_cards_a_reader_would_write(name: str) -> None:
    assert qa(FIND / name) == EXPECTED[name]
