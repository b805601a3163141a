"""The card writer: what a learner meets in `tpmcards cards` is a card worth keeping
(../shared/CARDS.md): long lists split, pronouns named, duplicates merged, terms put right."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tpmcards.cli import cli
from tpmcards.model import Card, CardKind, SourceRef
from tpmcards.smells import card_smells, cloze_shows_answer, near_duplicates
from tpmcards.writer import fix_terms

from .conftest import FIXTURES

CONFIG = """deck: Team Guide
topics:
  - slug: people
    title: People
    headings: [people, team]
terms:
  design groups: engineering teams
  item managers: product managers
"""


def cards(*paths: str) -> list[dict[str, str]]:
    """The cards `tpmcards cards --json` shows for `paths`."""
    result = CliRunner().invoke(cli, ["cards", *paths, "--json"])
    assert result.exit_code == 0, result.output
    rows: list[dict[str, str]] = json.loads(result.stdout)
    return rows


def questions(*paths: str) -> list[tuple[str, str, str]]:
    return [(r["kind"], r["question"], r["answer"]) for r in cards(*paths)]


def test_an_unordered_list_of_more_than_four_gives_one_cued_card_per_item(in_tmp: Path) -> None:
    """Five skills, each "Name (what it means)": five cards, each asked by its meaning."""
    (in_tmp / "skills.md").write_text(
        "## Skills\n\nThe core skills of a lead:\n\n"
        "- Judgement (choosing between options)\n- Candour (saying what is true)\n"
        "- Focus (doing one thing at a time)\n- Patience (waiting for results)\n"
        "- Tact (saying it kindly)\n"
    )
    assert questions("skills.md") == [
        ("basic", "The core skills of a lead: which one means choosing between options?",
         "<p>Judgement</p>"),
        ("basic", "The core skills of a lead: which one means saying what is true?",
         "<p>Candour</p>"),
        ("basic", "The core skills of a lead: which one means doing one thing at a time?",
         "<p>Focus</p>"),
        ("basic", "The core skills of a lead: which one means waiting for results?",
         "<p>Patience</p>"),
        ("basic", "The core skills of a lead: which one means saying it kindly?", "<p>Tact</p>"),
    ]  # fmt: skip


def test_an_ordered_sequence_becomes_overlapping_clozes(in_tmp: Path) -> None:
    """Five steps in order: each hidden in turn, with its neighbours shown."""
    (in_tmp / "steps.md").write_text(
        "## Release\n\nA release goes through these steps:\n\n"
        "1. Freeze\n2. Branch\n3. Test\n4. Tag\n5. Ship\n"
    )
    lead = "A release goes through these steps, step"
    assert [q for _, q, _ in questions("steps.md")] == [
        f"{lead} 1 of 5: {{{{c1::Freeze}}}} → Branch",
        f"{lead} 2 of 5: Freeze → {{{{c1::Branch}}}} → Test",
        f"{lead} 3 of 5: Branch → {{{{c1::Test}}}} → Tag",
        f"{lead} 4 of 5: Test → {{{{c1::Tag}}}} → Ship",
        f"{lead} 5 of 5: Tag → {{{{c1::Ship}}}}",
    ]


def test_a_list_of_four_stays_one_card_that_states_its_count(in_tmp: Path) -> None:
    (in_tmp / "teams.md").write_text(
        "## Partners\n\nA lead also works with these teams:\n\n"
        "- Legal\n- Sales\n- Support\n- Finance\n"
    )
    [(kind, question, _)] = questions("teams.md")
    assert (kind, question) == ("list", "A lead also works with these teams: name the 4.")


def test_she_in_a_question_is_named_after_the_person_of_the_guide(in_tmp: Path) -> None:
    """ "Why did she change her job title?" names the person the guide is about."""
    (in_tmp / "talk.md").write_text(
        "# A talk with Ada Lovelace\n\nAda Lovelace wrote the first program.\n\n"
        "## Why did she change her job title?\n\nTo match the work she did.\n\n"
        "## What was her first job?\n\nTranslating a paper.\n"
    )
    assert [q for _, q, _ in questions("talk.md")] == [
        "Why did Ada Lovelace change her job title?",
        "What was Ada Lovelace's first job?",
    ]


def test_a_pronoun_nothing_names_drops_the_card_and_check_says_so(in_tmp: Path) -> None:
    """A question that opens on "It" is dropped; "What does it do?" in a guide's own words is
    kept, and check warns about both."""
    (in_tmp / "faq.md").write_text(
        "## It is what, exactly?\n\nThe cache.\n\n## What does it hold?\n\nA saved copy.\n"
    )
    assert [q for _, q, _ in questions("faq.md")] == ["What does it hold?"]
    result = CliRunner().invoke(cli, ["check", "faq.md"])
    assert result.stdout.splitlines() == [
        'faq.md:1: warning: unnamed pronoun in "It is what, exactly?"; card dropped',
        'faq.md:5: warning: unnamed pronoun "it" in "What does it hold?"; name who or what it '
        "means",
    ]


def test_a_check_yourself_question_repeating_a_heading_is_one_card(in_tmp: Path) -> None:
    """The repeat is merged into the first card; check names both places."""
    (in_tmp / "guide.md").write_text(
        "## Which programs need a TPM most?\n\n"
        "Cross-functional programs that depend on several teams.\n\n"
        "## Check yourself\n\n"
        "Q: Which programs need a TPM the most, according to the interview?\n\n"
        "A: Cross-functional programs that depend on several teams.\n"
    )
    assert [q for _, q, _ in questions("guide.md")] == ["Which programs need a TPM most?"]
    result = CliRunner().invoke(cli, ["check", "guide.md"])
    assert result.stdout.startswith("guide.md:7: warning: near-duplicate of guide.md:1 ")


def test_the_term_map_puts_garbled_words_right_in_every_card(in_tmp: Path) -> None:
    (in_tmp / "tpmcards.yaml").write_text(CONFIG)
    (in_tmp / "team.md").write_text(
        "## Team\n\n### Who helps on most programs?\n\nSeveral item managers.\n\n"
        "### Which teams does a lead mainly work with?\n\nThe Design groups of the company.\n"
    )
    assert [(q, a) for _, q, a in questions("team.md")] == [
        ("Who helps on most programs?", "<p>Several product managers.</p>"),
        ("Which teams does a lead mainly work with?",
         "<p>The engineering teams of the company.</p>"),
    ]  # fmt: skip


def test_fix_terms_keeps_a_sentence_capital_and_only_whole_phrases() -> None:
    terms = [("design groups", "engineering teams"), ("Top quality Guarantee", "quality assurance")]
    assert fix_terms("Design groups build it.", terms) == "Engineering teams build it."
    assert fix_terms("in the Top quality Guarantee side", terms) == "in the quality assurance side"
    assert fix_terms("redesign groupsware", terms) == "redesign groupsware"


def _card(question: str, answer: str = "<p>An answer.</p>", kind: CardKind = CardKind.BASIC,
          items: tuple[str, ...] = (), line: int = 1) -> Card:  # fmt: skip
    return Card(f"g.md#{question}", question, answer, kind, "x", SourceRef("g.md", line),
                items=items)  # fmt: skip


@pytest.mark.parametrize(
    ("card", "smell"),
    [
        (_card("Does a TPM need leadership skills?", "<p>Yes.</p>"), "yes/no question"),
        (_card("Why did she change her job title?"), 'unnamed pronoun "she"'),
        (_card("They need to be what?"), 'unnamed pronoun "They"'),
        (_card("Name the skills.", kind=CardKind.LIST, items=("a", "b", "c", "d", "e")),
         "list of 5"),
        (_card("the need for {{c1::cross-functional}} programs and cross-functional work",
               "", CardKind.CLOZE), 'cloze answer "cross-functional" stays visible'),
        (_card("{{c1::a b c d e}} is long", "", CardKind.CLOZE), "cloze hides 5 words"),
        (_card("What is a TPM?", ""), "empty side"),
    ],
)  # fmt: skip
def test_card_smells_a_program_can_see(card: Card, smell: str) -> None:
    assert any(smell in found for found in card_smells(card)), card_smells(card)


@pytest.mark.parametrize(
    "card",
    [
        _card("Which teams does a TPM mainly work with?"),
        _card("Is a TPM an engineer or a manager?"),  # asks for one of two: not yes/no
        _card("Why did Liana Gervorgyan change her job title?"),
        _card("A TPM runs {{c1::technical programs}} for a company.", "", CardKind.CLOZE),
    ],
)
def test_a_good_card_has_no_smell(card: Card) -> None:
    assert card_smells(card) == []


def test_a_cloze_on_a_root_still_visible_is_seen() -> None:
    assert cloze_shows_answer("good {{c1::listeners}} who listen") == "listeners"
    assert cloze_shows_answer("good {{c1::listeners}} and communicators") is None
    # A hyphenated word shows its parts ("post-closure" shows "closure"), and a hidden one
    # is given away by its head word ("closure"), not by its prefix ("post-", "cross-").
    assert cloze_shows_answer("to {{c1::closure}} or post-closure monitoring") == "closure"
    assert cloze_shows_answer("to closure or {{c1::post-closure monitoring}}") == (
        "post-closure monitoring"
    )
    assert cloze_shows_answer("to launch or {{c1::post-closure monitoring}}") is None
    assert cloze_shows_answer("for {{c1::cross-functional}} cross-border trade") is None
    # A synonym, or the initials, give the hidden words away as much as their root does.
    assert cloze_shows_answer("for {{c1::cross-functional}} cross-team programs") == (
        "cross-functional"
    )
    assert cloze_shows_answer("be {{c1::concise}} and to the point") == "concise"
    assert cloze_shows_answer("a {{c1::quality assurance}} lead, then QA head") == (
        "quality assurance"
    )
    assert cloze_shows_answer("a {{c1::QA}} lead in quality assurance") == "QA"
    assert cloze_shows_answer("a {{c1::QA}} lead in quality teams") is None
    assert cloze_shows_answer("for {{c1::cross-functional}} work, quickly") is None


def test_a_list_that_is_the_union_of_other_cards_is_a_duplicate() -> None:
    parts = [_card("Who helps a TPM on most programs?", "<p>Product managers.</p>"),
             _card("Who runs the projects?", "<p>Project managers.</p>")]  # fmt: skip
    union = _card("Who does a TPM work with?", "<ul><li>Product managers</li>"
                  "<li>Project managers</li></ul>", CardKind.LIST,
                  ("Product managers", "Project managers"))  # fmt: skip
    assert near_duplicates([*parts, union]) == [(parts[0], union)]
    # Cards that only mention the items ("... better program execution.") teach other facts.
    mentions = [
        _card(
            "How do technical skills help?",
            "<p>A much faster and better program execution overall.</p>",
        ),
        _card(
            "What does a TPM ship?",
            "<p>Every delivery on time, for many teams across the company.</p>",
        ),
    ]
    phases = _card("Name the phases.", "<ol><li>Execution</li><li>Delivery</li></ol>",
                   CardKind.LIST, ("Execution", "Delivery"))  # fmt: skip
    assert near_duplicates([*mentions, phases]) == []


def test_cards_that_share_most_words_but_their_rarest_are_near_duplicates() -> None:
    """Two cards of one fact are found even when each one's rarest word is its own: the
    words they share are in a third card too, which shares too few of its own."""
    first = _card("Alpha bravo charlie?", "<p>Delta xray.</p>")
    second = _card("Charlie delta bravo?", "<p>Alpha yankee.</p>")
    third = _card("Alpha bravo charlie delta?", "<p>Echo foxtrot golf hotel india juliet.</p>")
    assert near_duplicates([first, second, third]) == [(first, second)]
    assert near_duplicates([third, second, first]) == [(second, first)]


def test_two_lists_that_differ_in_one_step_are_a_conflict(in_tmp: Path) -> None:
    """Closure in one guide, Completion in the other: check reports the conflict."""
    steps = "1. Strategy\n2. Execution\n3. Delivery\n4. {}\n"
    (in_tmp / "a.md").write_text(
        "## Phases\n\nA program moves through:\n\n" + steps.format("Closure")
    )
    (in_tmp / "b.md").write_text("## Stages\n\nA TPM carries a program through:\n\n"
                                 + steps.format("Completion"))  # fmt: skip
    result = CliRunner().invoke(cli, ["check", "a.md", "b.md"])
    assert 'b.md:3: warning: conflict with a.md:3: the lists differ in one item, "Closure" vs ' \
        '"Completion"; make them agree' in result.stdout.splitlines()  # fmt: skip


def test_the_prose_fixture_keeps_its_qualifier(in_tmp: Path) -> None:
    """ "Primarily, X work with Y" asks who X *primarily* work with: dropping it is false."""
    (in_tmp / "p.md").write_text(
        "# Notes\n\nSome intro words for the page here.\n\n## Partners\n\n"
        "Primarily, TPMs work closely with the engineering teams in their company.\n"
    )
    assert [q for _, q, _ in questions("p.md")] == ["Who do TPMs primarily work with?"]


def test_fixtures_give_no_card_with_a_smell() -> None:
    """Every written card of the Markdown fixtures passes the writer's own smell test."""
    smelly = []
    for path in sorted(FIXTURES.glob("*.md")):
        if path.name.startswith(("hostile", "not-cards", "unclosed")):
            continue
        for row in cards(str(path)):
            card = _card(row["question"], row["answer"], CardKind(row["kind"]))
            smelly += [(path.name, s) for s in card_smells(card) if "pronoun" in s]
    assert smelly == []


# --- prose that feeds the writer -----------------------------------------------------------


def test_prose_definitions_and_what_is_not_a_card(in_tmp: Path) -> None:
    """A definition with an expansion asks what the term does; a sentence with no subject of
    its own ("Thus you don't need ...") gives no question; a list after "In this example:"
    or of dozens of items is no card."""
    ports = "".join(f"- port {n}\n" for n in range(1, 14))
    (in_tmp / "net.md").write_text(
        "# Networking notes\n\n## Names\n\n"
        "DNS (Domain Name System) turns names into addresses. "
        "Thus you don't need to remember numbers.\n\n"
        "In this example:\n\n- alpha\n- beta\n\n"
        f"## Ports\n\nThese are the ports we use:\n\n{ports}"
    )
    assert questions("net.md") == [
        ("basic", "What does DNS do?", "<p>Turns names into addresses.</p>"),
    ]


def test_prose_sentences_are_made_to_stand_alone(in_tmp: Path) -> None:
    """An opening "They" takes the group named before it, "She's" the person; an opening
    "It" that nothing names gives no card; "And, consequently," is dropped."""
    (in_tmp / "tpm.md").write_text(
        "# Notes\n\nSome intro words for the page here.\n\n## Who they are\n\n"
        "Most TPMs report to a director. And, consequently, they need a deep grasp of budgets. "
        "It's what makes the job hard. "
        "Picture a CTO who wants a new product. They are responsible for its budget. "
        "We talked with Ada Lovelace about it. She's responsible for the analytical engine.\n"
    )
    assert [q for _, q, _ in questions("tpm.md")] == [
        "What do TPMs need a deep grasp of?",
        "What is the CTO responsible for?",
        "What is Ada Lovelace responsible for?",
    ]


def test_prose_asks_for_the_specific_thing_a_sentence_says(in_tmp: Path) -> None:
    """Whose help, a reason given first, a second duty after "while", what to understand."""
    (in_tmp / "leads.md").write_text(
        "# Notes\n\nSome intro words for the page here.\n\n## Leads\n\n"
        "New launches usually call for the help of several designers. "
        "Given that a launch has many parts TPMs depend on release managers to assist them. "
        "Mostly, TPMs are responsible for the launch plan while reporting its status to "
        "the sponsors. "
        "Every TPM needs a deep understanding of the company's products. "
        "A TPM must also be a critical thinker and should measure impact.\n"
    )
    assert [(q, a) for _, q, a in questions("leads.md")] == [
        ("Whose help do new launches usually need?", "<p>Several designers.</p>"),
        ("Why is it that TPMs depend on release managers?", "<p>A launch has many parts.</p>"),
        ("What are TPMs mostly responsible for?", "<p>The launch plan.</p>"),
        ("Besides the launch plan, what are TPMs mostly responsible for?",
         "<p>Reporting its status to the sponsors.</p>"),
        ("What does every TPM need a deep understanding of?", "<p>The company's products.</p>"),
        # "What should a TPM be?" has a hundred right answers: no card (a cloze, given a
        # keyword to hide).
    ]  # fmt: skip


def test_term_fixes_that_complete_each_other_both_apply() -> None:
    """One fix may leave the phrase of another: both apply, whatever their order in the map,
    and a capital that starts a sentence stays."""
    from tpmcards.writer import fix_terms

    terms = [("total program health", "overall program health"), ("health and wellness", "health")]
    assert fix_terms("Report total program health and wellness.", terms) == (
        "Report overall program health."
    )
    assert fix_terms("Design groups build it.", [("design groups", "engineering teams")]) == (
        "Engineering teams build it."
    )


def test_a_split_list_keeps_its_opening_fact_as_a_card_of_its_own(in_tmp: Path) -> None:
    """The sentence before a long list states a fact: it is a card asked by the list's
    question, and each item's card is as short as before."""
    (in_tmp / "kitchen.md").write_text(
        "## What should a new cook learn first?\n\n"
        "Knife work comes first, since nearly every dish starts with it. "
        "The usual cuts are these:\n\n"
        "- Chop (rough pieces)\n- Dice (even cubes)\n- Mince (very fine bits)\n"
        "- Slice (thin flat pieces)\n- Julienne (matchstick strips)\n"
    )
    lead = "What should a new cook learn first: which one means"
    assert questions("kitchen.md") == [
        ("basic", "What should a new cook learn first?",
         "<p>Knife work comes first, since nearly every dish starts with it.</p>"),
        ("basic", f"{lead} rough pieces?", "<p>Chop</p>"),
        ("basic", f"{lead} even cubes?", "<p>Dice</p>"),
        ("basic", f"{lead} very fine bits?", "<p>Mince</p>"),
        ("basic", f"{lead} thin flat pieces?", "<p>Slice</p>"),
        ("basic", f"{lead} matchstick strips?", "<p>Julienne</p>"),
    ]  # fmt: skip


def test_a_long_opening_of_a_split_list_is_cut_like_any_answer(in_tmp: Path) -> None:
    """The opening's card answers with its first sentence; the rest is its Extra."""
    (in_tmp / "kitchen.md").write_text(
        "## What should a new cook learn first?\n\n"
        "Knife work comes first, since nearly every dish starts with it and a dull or badly "
        "held knife is the commonest cause of kitchen injuries. Most cooking schools spend the "
        "whole first week on it before any heat is used. The usual cuts are these:\n\n"
        "- Chop (rough pieces)\n- Dice (even cubes)\n- Mince (very fine bits)\n"
        "- Slice (thin flat pieces)\n- Julienne (matchstick strips)\n"
    )
    first = cards("kitchen.md")[0]
    assert (first["question"], first["answer"], first["extra"]) == (
        "What should a new cook learn first?",
        "<p>Knife work comes first, since nearly every dish starts with it and a dull or badly "
        "held knife is the commonest cause of kitchen injuries.</p>",
        "<p>Most cooking schools spend the whole first week on it before any heat is used.</p>",
    )


def test_a_split_list_keeps_its_introduction_on_the_back_of_each_item(in_tmp: Path) -> None:
    """An opening that only introduces the list ("...:") states no fact of its own: it goes
    to the back (the cloze's Extra) of every item's card."""
    (in_tmp / "bread.md").write_text(
        "## How is a loaf made?\n\nAfter the dough is mixed, the baker goes on like this:\n\n"
        "1. Knead\n2. Rise\n3. Shape\n4. Proof\n5. Bake\n"
    )
    lead = "How is a loaf made, step"
    back = "<p>After the dough is mixed, the baker goes on like this:</p>"
    assert questions("bread.md") == [
        ("cloze", f"{lead} 1 of 5: {{{{c1::Knead}}}} → Rise", back),
        ("cloze", f"{lead} 2 of 5: Knead → {{{{c1::Rise}}}} → Shape", back),
        ("cloze", f"{lead} 3 of 5: Rise → {{{{c1::Shape}}}} → Proof", back),
        ("cloze", f"{lead} 4 of 5: Shape → {{{{c1::Proof}}}} → Bake", back),
        ("cloze", f"{lead} 5 of 5: Proof → {{{{c1::Bake}}}}", back),
    ]


def test_a_long_step_is_asked_by_its_first_sentence_and_explained_in_extra(in_tmp: Path) -> None:
    """A step that is a paragraph hides only its first sentence, its neighbours are shown by
    theirs, and the rest of it is the card's Extra."""
    (in_tmp / "bread.md").write_text(
        "## How is a loaf made?\n\n"
        "1. Knead\n2. Rise\n"
        "3. Shape the dough into a tight ball on a floured board. A loose ball spreads flat in "
        "the oven and bakes into a pale, dense loaf.\n"
        "4. Proof\n5. Bake\n"
    )
    rows = cards("bread.md")
    assert [(r["question"], r["extra"]) for r in rows] == [
        ("How is a loaf made, step 1 of 5: {{c1::Knead}} → Rise", ""),
        ("How is a loaf made, step 2 of 5: Knead → {{c1::Rise}} → "
         "Shape the dough into a tight ball on a floured board.", ""),
        ("How is a loaf made, step 3 of 5: Rise → "
         "{{c1::Shape the dough into a tight ball on a floured board.}} → Proof",
         "<p>A loose ball spreads flat in the oven and bakes into a pale, dense loaf.</p>"),
        ("How is a loaf made, step 4 of 5: Shape the dough into a tight ball on a floured "
         "board. → {{c1::Proof}} → Bake", ""),
        ("How is a loaf made, step 5 of 5: Proof → {{c1::Bake}}", ""),
    ]  # fmt: skip


def test_a_checklist_of_questions_makes_no_chain_of_clozes(in_tmp: Path) -> None:
    """Five checks asked as questions are no sequence, and a cloze of "Is the tray full?"
    hides a whole question (CARDS.md rule 7): the opening's fact is the card, the checks
    give none, and `check` says why."""
    (in_tmp / "printer.md").write_text(
        "## Why does the printer jam?\n\n"
        "Most jams come from damp paper. Before calling support, go through these:\n\n"
        "1. Is the paper dry?\n2. Is the tray overfilled?\n3. Have you removed the staples?\n"
        "4. If you use card stock, is the rear tray open?\n"
        "5. Clean the rollers with a dry cloth.\n"
    )
    assert questions("printer.md") == [
        ("basic", "Why does the printer jam?", "<p>Most jams come from damp paper.</p>"),
    ]
    result = CliRunner().invoke(cli, ["check", "printer.md"])
    assert "checklist of questions" in result.output


def test_a_term_written_with_a_letter_that_folds_unlike_its_lower_case_is_still_fixed() -> None:
    """`ſ` (long s) and `İ` match the map's phrase case-insensitively though their lower
    case differs from it: fixed, not a crash."""
    terms = [("design groups", "engineering teams")]
    assert fix_terms("The deſign groups meet.", terms) == "The engineering teams meet."
    assert fix_terms("DESİGN GROUPS meet.", terms) == "Engineering teams meet."


def test_two_questions_each_with_a_word_of_its_own_are_two_facts() -> None:
    """ "What are the primitive data types?" and "What are the default values for all data
    types?" share their answers' type names, but each asks with a word that neither the
    other question nor its answer says: two facts, not one asked twice."""
    types = _card(
        "What are the primitive data types in Java?",
        "<p>boolean, byte, short, int, long, float, double, char</p>",
    )
    defaults = _card(
        "What are the default values for all data types in Java?",
        "<ul><li>Objects - null</li><li>int, short, byte, long, float, double - 0</li>"
        "<li>boolean - false</li><li>char - the null character</li></ul>",
    )
    assert near_duplicates([types, defaults]) == []
