"""Finding the questions in the shapes the real sets heldout30 and heldout31 showed (issue
12): a homework sheet answered in bold at the end of each numbered item, headings with their
own ids (`{#id}`) and emoji shortcodes (`:gear:`), and Q/A labels inside `<span>`s."""

from __future__ import annotations

from tpmcards.model import CardKind

from .test_find_questions import FIND, qa

B = CardKind.BASIC


def test_a_worksheet_answered_in_bold_at_each_items_end() -> None:
    """The text before the bold asks, the bold answers; a sentence left unfinished ends
    in "…", a true/false statement and a blank stay as written."""
    assert qa(FIND / "worksheet.md") == [
        ("Stoneware is fired at a lower heat than earthenware", "False", B),
        ("The glassy coat on a fired pot is called a …", "glaze", B),
        ("Cone 6 ends near __________ degrees Celsius.", "1,220", B),
        ("Crawling often starts on dusty bisque", "True", B),
    ]


def test_heading_ids_and_emoji_shortcodes_are_no_words_of_the_question() -> None:
    assert qa(FIND / "heading-decor.md") == [
        ("How hot does a kiln get?", "About 1,300 degrees Celsius for stoneware.", B),
        ("Kiln — How do I set the controller?", "Choose a program, then press Start.", B),
    ]


def test_qa_labels_inside_spans() -> None:
    assert qa(FIND / "span-labels.html") == [
        ("Studio — What is bisque?", "Clay fired once, before it is glazed.", B),
        ("When is the studio open?", "Every evening from six to ten.", B),
    ]
