"""Finding the questions in the shapes a new real set showed (issue 12, heldout9): FAQ pages
built by Asciidoctor, untitled glossaries, shortcut tables, WordPress readmes, numbered bold
questions with inline code, schedules, bare-URL pointers and the labels among numbered
questions. Each test compares the whole card list of a small fixture written in our own
words."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tpmcards.cli import cli
from tpmcards.document import parse_document
from tpmcards.extract import extract_cards
from tpmcards.model import CardKind, Config
from tpmcards.readmetxt import wordpress_headings
from tpmcards.sources import read_source

from .test_find_questions import FIND, qa

B, L, T = CardKind.BASIC, CardKind.LIST, CardKind.TERM

# A definition of more than 80 words: its answer is its first sentence, the rest in Extra.
TASK_BOARD = (
    "A wall or screen with one column per stage of work, from waiting to done, where each item "
    "is a card that moves to the right as the team works on it."
)

EXPECTED: dict[str, list[tuple[str, str, CardKind]]] = {
    # Asciidoctor output in a site's page: the `<div class="content">` around a code listing
    # is not the article (it holds none of the page's paragraphs); entries without a question
    # mark are entries; a line that asks inside an answer is the answer's own rhetoric.
    "asciidoc-faq.html": [
        (
            "Why make a new shell? Plenty exist already…",
            "Kettle bundles the tools a new machine lacks, set up the same way for everyone.",
            B,
        ),
        (
            "Kettle — How can I move the home folder?",
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
    # An untitled glossary of `##` term headings, each defined by a gloss ("The ordered list
    # of ...", "A chart of ..."), one at length: every entry of a run that nearly all reads
    # as terms is a term; "See Task Board." is a cross-reference (no card), "See Work In
    # Progress." under "WIP" spells the initials out (a card); a stray comma is no part.
    "gloss-glossary.md": [
        ("Backlog", "The ordered list of work a team has not started yet.", T),
        ("Burndown", "A chart of the work left against the days left in a sprint.", T),
        ("WIP", "See Work In Progress.", T),
        (
            "Sprint",
            "A fixed stretch of time, usually two weeks, in which a team finishes a set of items.",
            T,
        ),
        ("Velocity", "The amount of work a team finishes in one sprint, counted in points.", T),
        (
            "Retrospective",
            "In the last meeting of each sprint, the team looks back at how it worked and "
            "picks one thing to change.",
            T,
        ),
        ("Task Board", TASK_BOARD, T),
        ("Work In Progress", "The items started but not yet finished.", T),
    ],
    # A table of the ways to do things (`| task | keyboard shortcut | command syntax |
    # toolbar button |`): a term card per task, each way labelled when there are several,
    # other columns as context; a row with only a tick is no card, `---` written as code is.
    "keys-table.md": [
        (
            "new tab",
            "keyboard shortcut: ctrl+t command syntax: :tabnew toolbar button: in the View menu",
            T,
        ),
        ("split pane", "keyboard shortcut: ctrl+shift+d", T),
        ("clear screen", "command syntax: ---", T),
        ("close tab", "keyboard shortcut: ctrl+w", T),
        ("next page", "space", T),
        ("go to top", "g", T),
        # `| step | command |` with numbered steps: a number names nothing to recall.
        # Columns named after platforms hold keys: they are ways too.
        (
            "open palette",
            "Windows / Linux: Ctrl+Shift+P macOS: Cmd+Shift+P",
            T,
        ),
        ("toggle sidebar", "Windows / Linux: Ctrl+B macOS: Cmd+B", T),
    ],
    # A WordPress plugin's readme.txt: `== Section ==` and `= Question? =` lines are headings,
    # so the FAQ's entries are cards; its install steps and changelog are not.
    "plugin-readme.txt": [
        ("Where do held comments go?", "To the moderation queue, marked with a clock icon.", B),
        (
            "Why does an old account's comment still wait ?",
            "The account changed its e-mail address, which counts as new.",
            B,
        ),
    ],
    # A numbered list of bold questions, each answered by one nested bullet: inline code in
    # the question is no reason to pass it by, and in a numbered list "Explain X." asks
    # as plainly as a question mark does.
    "numbered-bold-code.md": [
        ("What does pwd print?", "The full path of the folder the shell is in.", B),
        (
            "Explain the difference between > and >>",
            "> replaces the file's contents, while >> adds to the end of the file.",
            B,
        ),
        ("What is $PATH used for?", "It lists the folders the shell searches for commands.", B),
        (
            "Explain what chmod +x does",
            "It marks a file as a program the owner and others may run.",
            B,
        ),
        # Bold steps of a numbered list with no question among them ask nothing.
        (
            "Setting up: name the 2.",
            "Define the folder layout. Keep sources in src and tests beside them. "
            "Write a first test. Check one behaviour before the code exists.",
            L,
        ),
    ],
    # A plan (`**Week 1-2**: ...`, `Monday - ...`) is neither terms nor a list to recall,
    # under its heading or under a lead-in; `**Latency**: ...` bullets are still terms.
    "study-plan.md": [
        ("Latency", "the delay before data starts to arrive", T),
        ("Jitter", "how much the latency changes from packet to packet", T),
        ("Throughput", "how much data arrives per second", T),
    ],
    # A plain-text FAQ of `Q.` / `A.` paragraphs: an answer that only gives web addresses
    # written out ("Read my notes https://...") is no card; an address in code is the
    # answer's own, and one beside a fact leaves the fact to recall.
    "plain-faq.txt": [
        ("How do I install the tool?", "pip install https://example.org/kit.zip", B),
        (
            "Where do the sample points come from?",
            "From the city list at https://example.org/cities, about 40 000 places.",
            B,
        ),
    ],
    # Numbered question headings of an interview page, then headings without a number that
    # ask nothing ("Keywords to Mention", "You're Ready If You Can:"): a summary and a
    # checklist of the page, not entries of its Q&A. `### Expected Answer` only labels.
    "numbered-interview.md": [
        (
            "What is a cache hit?",
            "A request served from the cache without asking the origin.",
            B,
        ),
        (
            "What is eviction?",
            "Removing entries to make room, oldest or least used first.",
            B,
        ),
        (
            "Why set a time to live?",
            "So stale entries expire even when nobody evicts them.",
            B,
        ),
    ],
    # A README's short sections are no glossary: "The goal of this project is ..." is a
    # sentence about the thing it opens with, not a gloss of "Motivation".
    "short-sections.md": [
        ("What is the core of the tool?", "A small reader that streams each file in blocks.", B),
    ],
    # An article of a table and no paragraph is still the article when it holds most of the
    # page's text: the paragraphs of the site's legal notes below it are not.
    "table-article.html": [
        ("Which port does SSH listen on?", "22", B),
        ("Which port does plain HTTP use?", "80", B),
        ("Which port does DNS answer on?", "53, over UDP and TCP", B),
    ],
    # A yes/no question answered "not yet" or "at the moment it is not possible" (after a
    # short exclamation too) is answered no: the card stays as asked, and `check` names it.
    "not-yet-faq.md": [
        ("Sketchpad — Can I export a drawing to PDF?",
         "Not yet, but it is planned for the next release.", B),
        ("Does Sketchpad run on phones?",
         "What a thought! At the moment it is not possible: only desktops are supported.", B),
        (
            "Sketchpad — Is there a limit on the size of a drawing?",
            "Drawings of up to 10 000 by 10 000 pixels open in one piece.",
            B,
        ),
        (
            "Sketchpad — How do I undo a stroke?",
            "Press Ctrl+Z, or pick Undo from the Edit menu.",
            B,
        ),
    ],
    # A question heading in quotes, as an interviewer says it, is asked without them; one
    # that asks and then prompts ("Why ...? Give one reason.") gets no mark after its end.
    "quoted-headings.md": [
        (
            "How do you find a slow query?",
            "Turn on the slow query log and read the plans of the worst ones.",
            B,
        ),
        (
            "Why do indexes slow down writes? Give one reason.",
            "Every insert must also update each index on the table.",
            B,
        ),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_finds_the_cards_a_reader_would_write(name: str) -> None:
    assert qa(FIND / name) == EXPECTED[name]


def test_check_takes_a_row_with_only_a_tick_for_no_missing_definition() -> None:
    """A shortcut table's row that only ticks a box has nothing to recall: no card, and
    `check` does not call it a term without definition."""
    result = CliRunner().invoke(cli, ["check", str(FIND / "keys-table.md")])
    assert "open settings" not in result.output
    assert result.exit_code == 0


def test_only_a_readme_opening_with_its_name_line_has_equals_sign_headings() -> None:
    """`== x ==` lines of a guide that does not open with `=== Name ===` stay text."""
    text = "# Notes\n\n== not a heading ==\n"
    assert wordpress_headings(text) == text
    readme = "=== Tool ===\n\n== Usage ==\n\n= Why? =\n"
    assert wordpress_headings(readme) == "# Tool\n\n## Usage\n\n### Why?\n"


def test_check_names_the_line_of_a_bold_question_asked_twice_in_a_list() -> None:
    """Each numbered bold question is at its own item's line, so a repeat is found there."""
    result = CliRunner().invoke(cli, ["check", str(FIND / "repeated-bold.md")])
    warnings = [
        line.rpartition("/")[2] for line in result.output.splitlines() if ": warning: " in line
    ]
    assert warnings == [
        'repeated-bold.md:7: warning: duplicate question "What is a port?" (first at line 3); '
        "only the first becomes a card"
    ]


def test_an_untitled_glossary_names_its_deck_after_its_file() -> None:
    """A glossary with no title is not named after its first term ("Backlog")."""
    document = parse_document(read_source(FIND / "gloss-glossary.md"))
    cards = extract_cards(document, Config(deck="", output="", topics=()))
    assert {card.deck for card in cards} == {"gloss-glossary"}


def test_check_asks_for_no_mark_a_heading_already_holds(tmp_path: Path) -> None:
    """A heading that asks with its mark, then says more, needs no "?" added at its end;
    one that asks without any mark does."""
    guide = tmp_path / "notes.md"
    guide.write_text(
        "# Notes\n\n## Why was the cache added? Reads were slow…\n\nEach page took a second.\n\n"
        "## Why was the queue added\n\nBursts of writes were lost.\n",
        "utf-8",
    )
    result = CliRunner().invoke(cli, ["check", str(guide)])
    assert [line for line in result.output.splitlines() if "question mark" in line] == [
        f'{guide}:7: warning: heading "Why was the queue added" reads as a question but has '
        'no question mark; add "?"'
    ]
