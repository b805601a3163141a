"""Finding the questions in the shapes the real sets heldout65-67 showed (issue 12): each
fixture is written in our own words, and each test compares the whole card list."""

from __future__ import annotations

from click.testing import CliRunner

from tpmcards.cli import cli
from tpmcards.model import CardKind

from .test_find_questions import FIND, cards_json, qa

B = CardKind.BASIC
T = CardKind.TERM


def test_a_term_headings_fields_on_lines_of_one_paragraph() -> None:
    """`**Tiếng Việt**: ...  ` / `**Giải thích**: ...` joined by hard breaks: the heading is
    the term, the explanation its answer, the translation on the back. The glossary's
    introduction is no term; a "License" the glossary defines is one."""
    assert qa(FIND / "lined-fields.md") == [
        ("Bisque", "Đất sét đã nung một lần, chưa tráng men", T),
        ("Bat", "Đĩa phẳng gắn trên bàn xoay", T),
        ("Grog", "Đất sét đã nung rồi nghiền mịn", T),
        ("License", "A licence is permission to use the studio's kiln outside class hours.", T),
    ]
    [bisque, *_] = cards_json(FIND / "lined-fields.md")
    assert bisque["extra"] == "<p><em>Tiếng Việt:</em> Gốm mộc</p>"


def test_a_glossary_headings_own_list_of_terms() -> None:
    """`## Definitions` over `Term: meaning` bullets: the section is the glossary itself,
    so short meanings ("Clay thinned with water") are terms too. The tools under another
    heading stay a list to choose from."""
    tools = "Hand Tools: which one means"
    assert qa(FIND / "kiln-notes.md") == [
        ("Foot", "Unglazed ring a pot stands on", T),
        ("Bat", "Flat disc on the wheel head (plaster, wood)", T),
        ("Grog", "Fired clay ground fine for throwing bodies", T),
        ("Slip", "Clay thinned with water", T),
        (f"{tools} trim and score the rims?", "Needle Tool", B),
        (f"{tools} measurement?", "Calipers", B),
        (f"{tools} smooths the walls of large pots?", "Metal Rib", B),
        (f"{tools} cut pots off?", "Wire", B),
    ]


def test_a_lexique_is_a_glossary() -> None:
    """ "Lexique" titles a glossary: its tables' bold first column is the term, the
    DÉFINITION column the answer, the bold left off."""
    assert qa(FIND / "lexique.md") == [
        ("Biscuit", "Argile cuite une seule fois, sans émail", T),
        ("Barbotine", "Argile délayée dans l'eau pour coller deux pièces", T),
    ]
    # The bold that marks the term column is no part of the card's front.
    assert [card["question"] for card in cards_json(FIND / "lexique.md")] == [
        "Biscuit",
        "Barbotine",
    ]


def test_an_anchored_bold_term_over_its_definition_line_in_raw_html() -> None:
    """`<p><a name=...><strong>term</strong></a><br/>` then the definition: a term card,
    in the page's order (raw HTML's tags take the lines around them, not the rendered
    HTML's); the paragraph of links to the entries is no card."""
    assert qa(FIND / "anchored-terms.md") == [
        ("biskwit", "glina wypalona raz, jeszcze bez szkliwa.", T),
        ("szkliwo", "szklista powłoka, która po wypale zamyka pory gliny.", T),
    ]


def test_an_answer_promised_for_later_is_no_answer() -> None:
    """ "Yakında yanıtlayacağız." ("we will answer soon") and "We'll answer soon." answer
    nothing: no card, and `check` names each question."""
    assert qa(FIND / "answer-soon.md") == [
        ("Fırın kaç derecede çalışır?", "Bisküvi pişirimi için yaklaşık 950 derecede.", B),
    ]
    result = CliRunner().invoke(cli, ["check", str(FIND / "answer-soon.md")])
    assert "Sır neden çatlar?" in result.output
    assert "What does the glaze test cost?" in result.output


def test_a_quiz_exports_selected_answers() -> None:
    """A numbered stem (ending in a colon or a question mark) over a nested `Selected
    Answer: ... (correct answer)` item: the label and the mark go, and a "He" the stem's
    own sentence introduced stays as written (no name from elsewhere is put for it)."""
    assert qa(FIND / "selected-answer.md") == [
        (
            "A student opens the kiln at 300 degrees. The technician will first check:",
            "The student's gloves and the vent",
            B,
        ),
        (
            "A 9-year-old boy joins the evening class. He has never used a wheel. Which tool "
            "does the teacher give him first?",
            "A sponge and a needle tool",
            B,
        ),
        ("Bisque ware is fired once to make it:", "Hard enough to glaze", B),
    ]


def test_a_term_heading_over_its_name_spelled_out_in_bold() -> None:
    """ "### ✏️ CO" over "**Controlled Oxidation** is ...": one card for CO, not one for
    the bold words; the pencil is no part of the term. A bold term with a colon under a
    term heading is that term's entry."""
    assert qa(FIND / "spelled-out-term.md") == [
        ("CO", "Controlled Oxidation is a firing with enough air that the flames burn clean.", T),
        ("RF", "Reduction Firing A firing starved of air, which changes the colour of glazes.", T),
        ("Slip", "clay thinned with water.", T),
    ]


def test_a_numbered_prompt_over_a_show_answer_fold() -> None:
    """`2. Name the two firings ...` ends with a full stop, but its number and the "Show
    Answer" fold under it make it the question (not the page's title)."""
    assert qa(FIND / "numbered-show-answer.md") == [
        ("What is wedging?", "Kneading clay to push out the air.", B),
        (
            "Name the two firings a glazed pot goes through.",
            "The bisque firing, then the glaze firing.",
            B,
        ),
    ]


def test_a_glossary_table_in_html_without_a_header_row() -> None:
    """A hand-written `<table>` with no `<th>`: its first row is an entry, and a row that
    opens a group (`<td rowspan>` label) lines its term up with the rows below. A first
    row in bold ("Fault", "What you see") is still a header; a plain "Word, Meaning" row
    is no entry."""
    assert qa(FIND / "grouped-html-table.md") == [
        ("Kiln", "窑", T),
        ("Rib", "刮片", T),
        ("Needle tool", "针形工具", T),
        ("Crawling", "Glaze pulling back from the clay", T),
        ("Pinholes", "Tiny holes left by escaping gas", T),
        ("Soak", "Holding the kiln at its top temperature", T),
    ]
