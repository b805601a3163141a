"""Finding the questions in the shapes the real sets heldout27, heldout28 and heldout29
showed (issue 12), and writing their cards clean (CARDS.md rule 9): a JBake header, kramdown
attribute lists, emoji between a term and its dash, Vietnamese and Polish Q/A labels, a page
template's Hugo shortcodes, a link run into the word before it, a glossary of plain
`Term: meaning` items with its references, a "word list", an "answer example" summary,
stars after a question, and a named set of another language."""

from __future__ import annotations

from tpmcards.model import CardKind

from .test_find_questions import FIND, cards_json, qa

B = CardKind.BASIC
T = CardKind.TERM


def test_a_jbake_header_is_front_matter_not_a_fence() -> None:
    assert qa(FIND / "jbake-qa.md") == [
        (
            "What does a kiln log record?",
            "The time and heat of every firing, so the next one can follow it.",
            B,
        ),
        ("Why write down the cone used?", "Cones show the heat work the pots really got.", B),
    ]


def test_kramdown_attribute_lists_are_no_text() -> None:
    assert qa(FIND / "kramdown-terms.md") == [
        ("crawling", "Glaze pulling back from the clay into beads.", T),
        ("crazing", "A web of fine cracks in the glaze.", T),
        ("pinholing", "Tiny holes left by gas escaping the clay.", T),
    ]


def test_emoji_between_a_term_and_its_dash() -> None:
    assert qa(FIND / "emoji-terms.md") == [
        ("Wheel", "the spinning plate a potter throws clay on.", T),
        ("Kiln", "the oven that fires the clay.", T),
        ("Slip", "clay mixed with water to a cream.", T),
    ]


def test_vietnamese_numbered_labels_go() -> None:
    assert qa(FIND / "labelled-faq-vi.md") == [
        ("Lò nung đạt nhiệt độ bao nhiêu?", "Khoảng 1.300 độ C với lò gas.", B),
        ("lò nung — Mất bao lâu để nung một mẻ?", "Thường từ tám đến mười hai giờ.", B),
    ]


def test_polish_p_and_o_labels_go() -> None:
    assert qa(FIND / "labelled-faq-pl.md") == [
        ("Ile schnie glina przed wypałem?", "Około tygodnia, w zależności od grubości.", B),
        ("Czym jest szlikier?", "Gliną rozrobioną z wodą do konsystencji śmietany.", B),
    ]


def test_template_shortcodes_go_and_a_glued_link_is_spaced() -> None:
    rows = cards_json(FIND / "hugo-wrapped-faq.md")
    assert [(r["question"], r["answer"]) for r in rows] == [
        (
            "Studio — How long does clay take to dry?",
            "<p>About a week for a mug, longer for thick pieces.</p>",
        ),
        (
            "Studio — Where can I ask for help?",
            '<p>Write to the studio forum <a href="https://example.org/forum" '
            'rel="noopener noreferrer">here</a>: a teacher answers within a day.</p>',
        ),
    ]


def test_a_named_set_in_another_language_asks_by_its_names() -> None:
    """No English "which one means" around Spanish words: the name asks, its meaning
    answers."""
    lead = "Cuáles son las técnicas de modelado más usadas"
    assert qa(FIND / "named-set-es.md") == [
        (f"{lead}: Pellizco", "se forma la pieza apretando la bola de barro con los dedos", B),
        (f"{lead}: Churros", "se apilan rollos de barro unos sobre otros", B),
        (f"{lead}: Placas", "se cortan láminas de barro y se unen con barbotina", B),
        (f"{lead}: Torno", "se da forma al barro mientras gira sobre el plato", B),
        (f"{lead}: Molde", "se presiona el barro dentro de una forma de yeso", B),
    ]


def test_a_glossarys_plain_colon_items_are_terms_and_its_references_are_not() -> None:
    assert qa(FIND / "colon-glossary.md") == [
        ("Bizcocho", "pieza cocida una vez, sin esmalte.", T),
        ("Engobe", "barro líquido que colorea la superficie.", T),
        ("Gres", "pasta que vitrifica a alta temperatura.", T),
    ]


def test_a_word_list_is_a_glossary() -> None:
    assert qa(FIND / "word-list.md") == [
        ("Bat", "A flat disc fixed to the wheel head, lifted off with the pot on it.", T),
        ("Leather hard", "Clay dry enough to hold its shape but still soft enough to carve.", T),
    ]


def test_an_answer_example_summary_hides_the_answer_and_stars_are_no_question() -> None:
    assert qa(FIND / "example-answers.md") == [
        ("가마의 온도는 어떻게 확인하나요?", "고온계나 콘으로 확인합니다.", B),
        (
            "유약이 흘러내리는 이유는?",
            "유약을 너무 두껍게 바르거나 온도가 너무 높기 때문입니다.",
            B,
        ),
    ]
