"""Finding the questions in the shapes the real set heldout34 showed (issue 12): a glossary
of `**Term** definition` paragraphs with no mark between them, emoji shortcodes left as text
in a built page's headings, and a quiz whose right option's letter stands alone under a rule
after the options."""

from __future__ import annotations

from tpmcards.model import CardKind

from .test_find_questions import FIND, qa

B = CardKind.BASIC
T = CardKind.TERM


def test_a_glossarys_bold_term_and_its_definition_after_a_space() -> None:
    assert qa(FIND / "spaced-glossary.md") == [
        ("Bat", "A flat disc fixed to the wheel head.", T),
        ("Wedging", "Kneading clay to push the air out.", T),
        ("Grog", "Fired clay ground fine and mixed into new clay.", T),
    ]


def test_emoji_shortcodes_in_a_built_pages_headings_are_no_words() -> None:
    assert qa(FIND / "emoji-html.html") == [
        ("Kiln Club — What does a membership cost?", "Twenty euros a month.", B),
        ("Kiln Club — When is the studio open?", "Every evening from six.", B),
    ]


def test_the_right_options_letter_alone_under_a_rule_answers() -> None:
    assert qa(FIND / "letter-after-rule.md") == [
        ("Which clay is fired hottest? A: Earthenware B: Stoneware C: Raku", "B: Stoneware", B),
        ("Which tool trims a pot? A: Loop tool B: Sponge", "A: Loop tool", B),
    ]


def test_a_file_named_as_a_glossary_is_one_and_a_lead_in_defines_nothing() -> None:
    """ "kiln-glossary.md" with no title: each heading over its definition is a term, the
    first one too; "Programs of the controller" over "Before a firing:" is no term."""
    assert qa(FIND / "kiln-glossary.md") == [
        ("Bisque", "Clay fired once, before it is glazed; it stays porous.", T),
        ("Cone", "A small pyramid of ceramic that bends when the kiln has done its work.", T),
    ]


def test_a_bold_number_opening_a_sense_is_no_term() -> None:
    """`**1.** Extra words ...` under a term heading numbers one of its senses."""
    assert qa(FIND / "numbered-senses.md") == [
        ("Annotation", "1. Extra words that make a name clear.", T),
        ("Bat", "A flat disc fixed to the wheel head.", T),
    ]


def test_a_glossarys_italic_terms_in_a_quoted_list() -> None:
    """`>* *Bisque* - clay fired once`: a quote holding a list of italic terms, in a
    glossary."""
    assert qa(FIND / "quoted-italic-glossary.md") == [
        ("Bisque", "clay fired once, not yet glazed", T),
        ("Bat", "a flat disc fixed to the wheel head", T),
        ("Grog", "fired clay ground fine", T),
    ]


def test_an_english_guide_titled_by_a_name_alone_names_it_in_each_question() -> None:
    """ "# Kilnware" is a product's name (no English word): "Kilnware — How do I start a
    firing?"; "# Networking" is a word of English and names no subject."""
    assert qa(FIND / "product-title.md") == [
        (
            "Kilnware — How do I start a firing?",
            "Pick a program on the screen and press the green button.",
            B,
        ),
        (
            "Kilnware — How do I stop it early?",
            "Hold the red button for three seconds and the kiln turns off.",
            B,
        ),
    ]
    assert qa(FIND / "word-title.md") == [
        ("What does a switch do?", "It passes frames between the devices of one network.", B),
        ("What does a router do?", "It sends packets from one network to the next one.", B),
    ]


def test_a_list_item_that_asks_without_its_mark_over_its_answer() -> None:
    """ "1. What is a kiln sitter \\" over its answer asks, and gets its mark; "What is
    included:" over a list leads in, and asks nothing."""
    assert qa(FIND / "unmarked-items.md") == [
        ("What is a kiln sitter?", "A switch that a bending cone trips to end the firing.", B),
        ("What does a peephole show?", "The cones inside the kiln while it fires.", B),
    ]


def test_a_bold_question_written_in_several_runs_is_one_question() -> None:
    """`**Can I use my own** _**Kilnware**_ **program?**`: one question; without it the
    whole numbered list gave no card."""
    assert qa(FIND / "split-bold.md") == [
        ("Studio — How long does a firing take?", "About eight hours, then a day to cool.", B),
        (
            "Studio — How can I use my own Kilnware program?",
            "Load it from a USB stick in the controller's menu.",
            B,
        ),
        ("Studio — Who unloads the kiln?", "The technician, on the morning after.", B),
    ]


def test_a_chapters_number_and_interview_are_no_part_of_the_subject() -> None:
    """ "3. Kiln Interview Q&A" is about Kiln, not about "3. Kiln Interview"."""
    assert qa(FIND / "numbered-interview-title.md") == [
        ("Kiln — What is a cone?", "A small pyramid that bends when the kiln reaches its heat.", B)
    ]
