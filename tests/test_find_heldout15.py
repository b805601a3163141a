"""Finding the questions in the shapes the real sets heldout15 and heldout16 showed (issue
12): term lists written as `term<TAB>meaning` and as `[term](page) : meaning` (also under a
heading of a glossary, where the list is terms, not the heading's definition); two terms
told apart only by their capitals (`bo` bobble, `BO` bind off) and a term of symbols only
(`*`); a page of glossary cards whose elements are classed `term` and `def`, a reading
between them. Each test compares the whole card list of a small fixture of our own."""

from __future__ import annotations

import pytest

from tpmcards.model import CardKind

from .test_find_questions import FIND, qa

T = CardKind.TERM

EXPECTED: dict[str, list[tuple[str, str, CardKind]]] = {
    "tab-link-terms.md": [
        ("*", "repeat from the asterisk as directed", T),
        ("alt", "alternate", T),
        ("bo", "bobble", T),
        ("BO", "bind off", T),
        ("k2tog", "knit two together", T),
        ("moss stitch (seed)", "knit one, purl one, offset each row", T),
        ("rib (k1p1)", "knit one, purl one, stacked", T),
        ("garter", "knit every row", T),
    ],
    "glossary-cards.html": [
        ("wedging", "Kneading clay to push the air out.", T),
        ("leather hard", "Clay dry enough to hold its shape, still soft enough to carve.", T),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_finds_the_cards_a_reader_would_write(name: str) -> None:
    assert qa(FIND / name) == EXPECTED[name]
