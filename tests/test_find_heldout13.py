"""Finding the questions in the shapes the real set heldout13 showed (issue 12): a glossary
titled in another language ("definizioni") of numbered term headings, and a glossary table
of several columns whose header is written in two languages: a row number is no term, the
column the header names a definition is the answer, the others go on the back."""

from __future__ import annotations

from tpmcards.markup import to_text
from tpmcards.model import CardKind

from .test_find_questions import FIND, cards_json, qa

B, L, T = CardKind.BASIC, CardKind.LIST, CardKind.TERM


def test_a_glossary_titled_in_italian_gives_term_cards() -> None:
    assert qa(FIND / "definizioni.md") == [
        ("Biscotto", "Argilla cotta una volta, prima dello smalto.", T),
        ("Barbottina", "Argilla liquida per unire due pezzi.", T),
        (
            "Cono",
            "Una piccola piramide che si piega quando il forno raggiunge il calore giusto.",
            T,
        ),
    ]


def test_a_glossary_table_of_several_columns_puts_the_others_on_the_back() -> None:
    rows = [
        (r["question"], to_text(r["answer"]), to_text(r["extra"]))
        for r in cards_json(FIND / "glossary-columns.html")
    ]
    assert rows == [
        ("bisque", "clay fired once, before glazing", "中文 Chinese: 素烧坯"),
        ("slip", "liquid clay used as glue", "中文 Chinese: 泥浆"),
        ("cone", "a pyramid that bends at a set heat", "中文 Chinese: 测温锥"),
    ]


def test_furigana_stays_on_the_card_and_out_of_its_text() -> None:
    rows = [(r["question"], r["answer"]) for r in cards_json(FIND / "furigana-glossary.html")]
    assert rows == [
        ("素焼", "釉薬をかける<ruby>前<rt>まえ</rt></ruby>に一度焼くことです。"),
        ("窯", "作品を焼くための炉です。"),
    ]


def test_a_whole_html_page_in_a_markdown_post_is_read_as_the_page() -> None:
    # Markdown would end the page's HTML at its first blank line and take the indented
    # markup after it for code; the reveal summary names the correct answer, no question.
    assert qa(FIND / "page-in-markdown.md") == [
        ("Which firing comes first? A) Glaze B) Bisque", "B) Bisque", B)
    ]


def test_a_glossary_by_letter_of_one_term_lists() -> None:
    assert qa(FIND / "letter-glossary.md") == [
        ("Bat", "A flat board the pot is thrown on, lifted off the wheel with it.", T),
        ("Cone", "A small pyramid that bends at a set heat.", T),
        ("Crawling", "Glaze pulling back from the clay in the kiln.", T),
    ]


def test_a_list_of_example_questions_is_no_card() -> None:
    assert qa(FIND / "example-questions.md") == [
        (
            "The studio has three rooms: name the 3.",
            "The wheel room The glaze room The kiln room",
            L,
        )
    ]
