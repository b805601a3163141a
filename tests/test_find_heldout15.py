"""Finding the questions in the shapes the real sets heldout15 and heldout16 showed (issue
12): term lists written as `term<TAB>meaning` and as `[term](page) : meaning` (also under a
heading of a glossary, where the list is terms, not the heading's definition); two terms
told apart only by their capitals (`bo` bobble, `BO` bind off) and a term of symbols only
(`*`); a page of glossary cards whose elements are classed `term` and `def`, a reading
between them. Each test compares the whole card list of a small fixture of our own."""

from __future__ import annotations

import pytest

from tpmcards.markup import to_text
from tpmcards.model import CardKind

from .test_find_questions import FIND, cards_json, qa

B, T = CardKind.BASIC, CardKind.TERM

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
    # A page whose only paragraphs are its footer's: the FAQ of headings and answer divs is
    # the article; "Are there X? Yes, ..." asks what X there are.
    "onclick-faq.html": [
        ("How long does a firing take?", "About nine hours, then a day to cool.", B),
        (
            "What age limits are there for the wheel room?",
            "Members must be at least 12 to use a wheel alone.",
            B,
        ),
    ],
    # One-item bullets over quoted answers labelled 参考答案 ("reference answer"): the
    # bullet asks, also as a request ending in 。.
    "quoted-answers.md": [
        ("素烧和釉烧的区别是什么？", "素烧先烧一次坯体，釉烧再把釉料烧熔。", B),
        ("解释一下什么是还原烧。", "减少窑内的氧气。 改变釉色。", B),
    ],
    # An FAQ kept in the front matter (a template renders it): each entry a card; one
    # whose answer is still "TBD" is a question without answer, no card.
    "front-matter-faq.md": [
        ("When is the studio open?", "Tuesdays and Fridays from eight to ten in the evening.", B),
        (
            "What does a firing cost?",
            "Three euros a shelf. Members fire their first shelf free.",
            B,
        ),
    ],
    # Headings that only number a question over its task, and summaries that name the
    # answer of that number ("Answer to question 1", "第 2 题的答案"): the task asks.
    "numbered-details.md": [
        ("Name the oxide that turns a glaze blue.", "Cobalt oxide.", B),
        ("写出让釉变绿的氧化物。", "氧化铜。", B),
    ],
    # In a definition list, "See X" answers an acronym with the words it stands for, and
    # is no card where it only sends to another entry.
    "dl-see-also.md": [
        ("Cone Equivalent Temperature (CET)", "The heat at which a given cone bends.", T),
        ("CET", "Cone Equivalent Temperature", T),
        ("oxidation firing", "A firing with plenty of air in the kiln.", T),
    ],
    # In a glossary, a table of references (no column a meaning) and a list of open tasks
    # are no terms.
    "glossary-extras.md": [
        ("Bizcocho", "Arcilla cocida una vez, sin esmalte.", T),
        ("Engobe", "Arcilla líquida para decorar.", T),
    ],
    # Raw HTML in Markdown, indented, with blank lines inside (a site's kramdown reads it
    # up to its closing tag): still HTML, not code.
    "html-cards-in-markdown.md": [
        (
            "¿Cuánto dura una cocción?",
            "Unas nueve horas, y un día para enfriar.",
            B,
        ),
        (
            "¿Quién carga el horno?",
            "El técnico, los jueves por la mañana.",
            B,
        ),
    ],
    # In an interview sheet, a heading over `**Term**: ...` items is no question of its
    # own: its items are terms.
    "interview-term-list.md": [
        ("Tell me about your last piece", "A lidded jar in stoneware, fired to cone 6.", B),
        ("Pieces", "forty in the last year", T),
        ("Glazes", "six of my own recipes", T),
        ("Firings", "twelve, all electric", T),
    ],
    "glossary-cards.html": [
        ("wedging", "Kneading clay to push the air out.", T),
        ("leather hard", "Clay dry enough to hold its shape, still soft enough to carve.", T),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_finds_the_cards_a_reader_would_write(name: str) -> None:
    assert qa(FIND / name) == EXPECTED[name]


def test_a_hugo_page_with_json_front_matter_and_inline_shortcodes() -> None:
    # The JSON object names the deck; `{{< link text="..." >}}` inside a line is its text;
    # items of a loose list open with their bold question; "There are two cases:" goes on.
    rows = [
        (r["question"], to_text(str(r["answer"])), r["deck"])
        for r in cards_json(FIND / "hugo-json-faq.md")
    ]
    assert rows == [
        (
            "What does a year cost?",
            "Thirty euros, set by the members' meeting. More in our fee rules.",
            "Join the kiln club",
        ),
        (
            "Is there a lower fee?",
            "There are two cases: Members under eighteen pay nothing. Anyone else may ask "
            "the board for less.",
            "Join the kiln club",
        ),
        ("How do I leave?", "Write to the board; it takes effect at once.", "Join the kiln club"),
    ]


def test_toml_front_matter_names_the_deck_and_its_tags() -> None:
    [row] = cards_json(FIND / "hugo-toml-note.md")
    assert (row["question"], row["deck"], row["tags"], str(row["source"]).rsplit("/", 1)[-1]) == (
        "What heat does a bisque firing reach?",
        "Kiln club notes",
        ["club"],
        "hugo-toml-note.md:6",
    )


def test_notes_with_a_callout_a_numbered_set_a_procedure_and_mostly_terms() -> None:
    # A callout's title over a body that defines it is a term; a numbered set of kinds is
    # asked item by item among the others, in their order, not as "step n"; a procedure
    # ("To reclaim ...:") keeps its order; a list of bold terms but one gives its terms.
    kinds = ["Porcelain", "Paper clay", "Raku clay", "Wild clay dug by hand", "Recycled clay"]
    steps = [
        "Break them into small pieces.",
        "Soak them overnight.",
        "Pour off the water.",
        "Dry the slurry on plaster.",
        "Wedge it before use.",
    ]
    cards = qa(FIND / "notes-callouts.md")
    assert cards[0] == (
        "Grog",
        "Grog is fired clay ground into grit and mixed back into fresh clay.",
        T,
    )
    assert [q for q, _, _ in cards[1:6]] == [
        "Clay notes (5): " + "; ".join("{{c1::" + k + "}}" if k == kind else k for k in kinds)
        for kind in kinds
    ]
    assert [q.split(":", 1)[0] for q, _, _ in cards[6:11]] == [
        f"To reclaim dry scraps, step {n} of 5" for n in range(1, 6)
    ]
    assert "{{c1::" + steps[2] + "}}" in cards[8][0]
    assert cards[11:] == [
        ("Silica", "the glass former.", T),
        ("Alumina", "stiffens the melt.", T),
        ("Flux", "lowers the melting point.", T),
    ]
