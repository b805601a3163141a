"""Shapes of the real sets heldout20-22 (issue 12). Each test compares the whole card list of
a small fixture of our own."""

from __future__ import annotations

from click.testing import CliRunner

from tpmcards.cli import cli
from tpmcards.model import CardKind

from .test_find_questions import FIND, cards_json, qa

B, T = CardKind.BASIC, CardKind.TERM


def test_a_container_named_like_a_permalink_holding_a_question_is_content() -> None:
    """`<div class="anchor-link">` around a question and its answer is a link target, not
    the heading's permalink marker (`<a class="headerlink">¶</a>`, which goes)."""
    assert qa(FIND / "anchor-divs.html") == [
        (
            "Beehive rental — Wat kost een huurkast per seizoen?",
            "Veertig euro, een zwerm inbegrepen.",
            B,
        ),
        (
            "Beehive rental — Waar moet de kast staan?",
            "Op een droge plek met ochtendzon, uit de wind.",
            B,
        ),
    ]


def test_a_problem_stated_among_questions_and_two_questions_answered_alike() -> None:
    """In a list of questions, an item that states a problem over its fix is an entry too
    (asked for its fix); two questions of their own words answered alike ("no date yet")
    are two cards, not one fact asked twice."""
    assert qa(FIND / "problem-items.html") == [
        ("Hivelog — How do I add a hive?", "Press the plus button on the apiary's map.", B),
        (
            "What fixes “Hivelog freezes when I open the weather tab”?",
            "Turn off the radar layer in the settings; old phones cannot draw it.",
            B,
        ),
        (
            "Hivelog — Where are the photos kept?",
            "In the Hivelog folder of your phone's pictures.",
            B,
        ),
        (
            "When will Hivelog support queen pedigrees?",
            "We have no date for this yet, but it is high on our list.",
            B,
        ),
        (
            "When will Hivelog import spreadsheets of inspections?",
            "We have no date for this yet, but it is high on our list.",
            B,
        ),
    ]


def test_answers_out_of_their_boxes_and_options_named_by_a_label() -> None:
    """Options then `* Answer: May` (or `**Answer:** 2`, the option's number): the options go
    with the question, the named option is the answer; an answer quoted under its label
    (`> **Resposta:**`) or boxed in a details' `<div>` is the answer's own text, without
    the label and without a closing "See details here"."""
    rows = cards_json(FIND / "answer-boxes.md")
    assert [(r["question"], r["answer"], r["extra"]) for r in rows] == [
        (
            "In which month do colonies swarm most?<ul><li>March</li><li>May</li>"
            "<li>August</li></ul>",
            "<p>May</p>",
            "",
        ),
        (
            "Which tool lifts a frame stuck with propolis?<ol><li>A smoker</li>"
            "<li>A hive tool</li><li>A bee brush</li></ol>",
            "<p>A hive tool</p>",
            "<p>Its flat end slides between the frames.</p>",
        ),
        (
            "What is propolis?",
            "<p>A resin that bees gather from buds and use to seal gaps in the hive.</p>",
            "",
        ),
        (
            "What is a brood frame?",
            "<p>A frame where the queen lays and the young bees grow.</p>",
            "",
        ),
    ]


def test_an_interviewers_guide_is_asked_for_what_a_good_answer_shows() -> None:
    """Answers written for the interviewer ("Look for ...", "This question tests ...") are
    asked as what a good answer shows; "Can you tell us ...?" is a request, not a question
    of how one can."""
    assert qa(FIND / "interviewer-guide.md") == [
        (
            "What should a good answer to “Can you describe a time you calmed an angry visitor? "
            "How did you do it?” show?",
            "Look for a concrete story in which the volunteer listened first and offered a way "
            "forward.",
            B,
        ),
        (
            "Can you tell us how you would check a hive before a school visit?",
            "Open it the day before, find the queen's brood and make sure the colony is calm.",
            B,
        ),
        (
            "What should a good answer to “Why do you want to volunteer with us?” show?",
            "This question tests whether the volunteer knows the club's aims: teaching and swarm "
            "rescue.",
            B,
        ),
    ]


def test_operators_of_equal_signs_are_text_and_a_highlight_still_marks() -> None:
    """`'=='` and `'==='` are operators, not a highlight's delimiters; `==types too==` is a
    highlight."""
    [row] = cards_json(FIND / "equals-operators.md")
    assert (
        row["question"] == "What is the difference between '==' and '===' in the hive scale script?"
    )
    assert row["answer"] == (
        "<p>'==' converts the types before it compares; '===' compares the <mark>types too</mark>."
        "</p>"
    )


def test_an_exercise_left_to_the_reader_is_no_part_of_the_back() -> None:
    """ "How would you use it to ...? Give an example ..." after an answer asks something of
    the reader: it leaves the back, the background stays."""
    [row] = cards_json(FIND / "exercise-tail.md")
    assert (row["answer"], row["extra"]) == (
        "<p>It reads the scale under the hive and stores the weight with the date.</p>",
        "<p>The weight is kept in grams, and a drop of more than two kilograms in a day raises an "
        "alert for the keeper.</p>",
    )


def test_a_note_field_goes_to_the_back_without_its_label() -> None:
    """`- Note: ...` says nothing by its label on the back; `- Why: ...` keeps its own."""
    [row] = cards_json(FIND / "note-field.md")
    assert (row["answer"], row["extra"]) == (
        "<p>The super.</p>",
        "<p>It sits above the brood box.</p><p><em>Why:</em> the queen stays below the "
        "excluder.</p>",
    )


def test_line_blocks_one_after_another_are_pairs_of_their_own() -> None:
    """docutils' `<div class="line-block">`, one per Q/A pair: each pair is read on its own,
    so a pair whose answer only points elsewhere takes no other pair with it."""
    assert qa(FIND / "line-blocks.html") == [
        (
            "The scale shows 0 kg after a restart",
            "Tare it again with the hive lifted off, then put the hive back.",
            B,
        )
    ]


def test_a_glossary_of_one_paragraph_per_entry_under_letter_headings() -> None:
    """`Smoker - A can ...` paragraphs, one per entry, under letter headings of a glossary:
    each a term card, also alone under its letter; the letter itself is no term."""
    assert qa(FIND / "paragraph-terms.md") == [
        ("Smoker", "A can that burns slow fuel to make cool smoke", T),
        ("Super", "A box above the brood box where bees store honey", T),
        ("Swarm", "A colony's old queen leaving with half the workers", T),
        ("Top-bar hive", "A hive of bars without frames, combs hanging free", T),
    ]


def test_chinese_questions_answered_on_their_line_after_a_full_width_mark() -> None:
    """`我要带什么？－－ 手套和面网。` and `课程多长时间？三个周六上午。`: the answer follows the
    full-width mark on its line (after `－－` or nothing); one that goes on in a nested list
    keeps it."""
    assert qa(FIND / "same-line-zh.md") == [
        ("如何报名？", "请写信给俱乐部，附上姓名和电话： 每月第一个周六开课 需要自带手套", B),
        ("我要带什么？", "手套和面网。", B),
        ("课程多长时间？", "三个周六上午。", B),
    ]


def test_questions_set_apart_in_quotes_over_their_answers() -> None:
    """A page that quotes each question (`<blockquote><p>How do I ...?</p>`) over its answer:
    each quote asks, its answer runs to the next quoted question."""
    assert qa(FIND / "quoted-questions.html") == [
        (
            "Hivelog — How do I export my inspections?",
            "Open the hive, choose Export and pick CSV.",
            B,
        ),
        (
            "Hivelog — Where are the photos kept?",
            "In the Hivelog folder of your phone's pictures.",
            B,
        ),
    ]


def test_a_short_answer_answers_and_the_long_one_is_its_background() -> None:
    """`Short answer:` / `Longer answer:`: the short one is the answer (a bare "Yes" stays the
    yes/no card the guide wrote), the long one goes to the back; "Can I ...?" denied in a later
    sentence ("the short answer is no, you cannot") is never asked "How can I ...?"; a
    "Troubleshooting and FAQs" page names no subject."""
    rows = cards_json(FIND / "short-long.md")
    assert [(r["question"], r["answer"], r["extra"]) for r in rows] == [
        (
            "Can I run the hive scale on batteries?",
            "<p>Only the solar model runs for long on its own. So the short answer is no, you "
            "cannot run the basic scale on batteries.</p>",
            "",
        ),
        (
            "Can I move the hive at night?",
            "<p>Yes</p>",
            "<p>Close the entrance at dusk, strap the boxes and move them before dawn.</p>",
        ),
        (
            "Why does the scale drift in the sun?",
            "<p>Heat.</p>",
            "<p>The load cell expands as it warms, which reads as weight.</p>",
        ),
        # A no with its reason asks for the reason; a bare "No." stays the yes/no card.
        (
            "Why is it not possible to weigh a single frame?",
            "<p>Not with this scale, because its load cell sits under the whole hive.</p>",
            "",
        ),
        ("Can I paint the scale?", "<p>No.</p>", ""),
    ]


def test_a_reference_table_under_a_heading_that_asks_is_its_answer() -> None:
    """`| Sensor | Interval | Description |` under "Which sensors ...?": the question's answer,
    not a term card per row."""
    assert qa(FIND / "table-answer.md") == [
        (
            "Hive scale — Which sensors does the scale read, and how often?",
            "Sensor Interval Description Weight 15 min Load cell under the hive Temperature "
            "5 min Probe in the brood box",
            B,
        ),
        (
            "Hive scale — How is the scale powered?",
            "By a small solar panel and a buffer battery.",
            B,
        ),
    ]


def test_bold_steps_under_an_interview_question_are_its_answer() -> None:
    """`1. **Queen cells:**` items under "Explain what happens ..." in an interview's answer
    key are the answer's parts, not entries of their own."""
    assert qa(FIND / "answer-steps.md") == [
        (
            "Explain what happens when a colony swarms",
            "Several steps follow one another: Queen cells: Workers raise new queens Departure: "
            "The old queen leaves with half the bees",
            CardKind.LIST,
        ),
        ("What is a nuc?", "A small colony of five frames.", B),
    ]


def test_what_happens_when_is_a_sequence_asked_step_by_step() -> None:
    """ "Explain what happens when ..." over a numbered list is a process: each step hidden in
    its place, its neighbours shown (an overlapping cloze), never moved to the end."""
    steps = [
        "Workers raise queen cells",
        "The old queen slims down",
        "Half the bees leave with her",
        "They hang in a cluster",
        "Scouts choose a new home",
    ]
    questions = [q for q, _, _ in qa(FIND / "what-happens.md")]
    assert [q.split(":", 1)[0] for q in questions] == [
        f"Explain what happens when a colony swarms, step {n} of 5" for n in range(1, 6)
    ]
    assert questions[2].endswith(f"{steps[1]} → {{{{c1::{steps[2]}}}}} → {steps[3]}")


def test_this_thing_is_the_product_the_guide_is_titled_after() -> None:
    """ "What does this thing do?" in a guide titled after a product: named by the title; a
    bare "it" is left alone (it may mean the section's subject)."""
    assert qa(FIND / "this-thing.md") == [
        ("Hive Scale Planner — What does this thing do?", "It plans when to weigh each hive.", B),
        ("Why use it?", "It spots a swarm early.", B),
    ]


def test_a_note_before_the_answer_goes_to_the_back() -> None:
    """ "Note: this is a technical fix." before the fix: the fix is the answer, the note its
    back; a "Troubleshooting and FAQs" title names nothing, even for "this app"."""
    [row] = cards_json(FIND / "note-first.md")
    assert (row["question"], row["answer"], row["extra"]) == (
        "How do I restart this app when it hangs?",
        "<p>Hold the power button for ten seconds, until the light blinks twice.</p>",
        "<p>Note: this is a technical fix.</p>",
    )


def test_a_question_with_code_in_it_over_its_nested_answer() -> None:
    """A bullet question holding code (`weigh --raw`) over its nested answer is a card, as
    one without code is."""
    cards = qa(FIND / "code-questions.md")
    assert cards[:2] == [
        (
            "What is the difference between weigh and weigh --raw?",
            "weigh subtracts the empty hive; --raw does not",
            B,
        ),
        ("What are the hive types of the club?", "Deep, Shallow, Super, Nucleus, Warre", B),
    ]


def test_an_faq_list_asking_on_every_line_whatever_its_opening_word() -> None:
    """In an FAQ, a numbered list whose every item asks and answers on one line: each item a
    card, also one that does not open with a question word ("Esqueci minha senha, o que devo
    fazer? ...")."""
    assert qa(FIND / "faq-same-line-pt.md") == [
        ("Como posso criar uma conta no clube?", "Preencha o formulário de cadastro no site.", B),
        (
            "Esqueci minha senha, o que devo fazer?",
            'Clique em "Esqueci minha senha" na página de login.',
            B,
        ),
    ]


def test_a_tests_particulars_and_instructions_are_no_cards() -> None:
    """`**Module**: 2`, `**Topic**: Swarms` and a list under "Instructions" are about the
    test, not its content: only the question is a card."""
    assert qa(FIND / "test-instructions.md") == [
        (
            "What do scouts look for in a new home?",
            "A dry cavity of about forty litres, high off the ground.",
            B,
        )
    ]


def test_german_was_in_the_past_asks_for_content() -> None:
    """"Was passierte ...?" and "Was geschah ...?" ask what happened (German "was"), not an
    English yes/no "Was ...?": cards, and `check` warns of no yes/no question."""
    assert qa(FIND / "was-de.md") == [
        ("Was passierte am 9. November 1989?", "Die Berliner Mauer fiel.", B),
        ("Was geschah 1949?", "Zwei deutsche Staaten wurden gegründet.", B),
    ]
    result = CliRunner().invoke(cli, ["check", str(FIND / "was-de.md")])
    assert "yes/no" not in result.output


def test_escaped_brackets_around_words_are_brackets_and_math_stays_math() -> None:
    """`\\(choose the best answer\\)` (a Markdown export escaping its brackets) is text in
    brackets; `\\(\\pi r^2\\)` is MathJax math."""
    rows = cards_json(FIND / "escaped-brackets.md")
    assert [(r["question"], r["answer"]) for r in rows] == [
        (
            "Why does the scale read too high? (choose the best answer)",
            "<p>Dew on the lid adds weight (up to half a kilo) before sunrise.</p>",
        ),
        ("What is the area of a round entrance of radius r?", "<p>\\(\\pi r^2\\)</p>"),
    ]


def test_a_bold_answer_quiz_with_a_level_tag_and_notes_under_options() -> None:
    """A question followed by its level on a line of its own (`**[ADVANCED]**`), and right
    options in bold with a note in brackets under one: the tag leaves the question, the
    bold options are the answer."""
    assert qa(FIND / "bold-tagged-quiz.md") == [
        (
            "A colony is calm at noon but angry at dusk. What might be happening? (Choose 2 "
            "answers) Foragers are home and guarding The smoker is too cold Robbing has started "
            "The queen is laying",
            "Foragers are home and guarding Robbing has started",
            CardKind.LIST,
        ),
        ("Which tool lifts frames? A brush A hive tool A smoker", "A hive tool", B),
    ]


def test_a_glossary_cards_letter_badge_and_tag_are_no_part_of_its_term() -> None:
    """`<span class="term-letter">B</span> Brood <span class="term-tag">Colony</span>`: the
    term is "Brood"."""
    assert qa(FIND / "badge-glossary.html") == [
        ("Brood", "The eggs, larvae and pupae of a colony.", T),
        ("Smoker", "A can that burns slow fuel to make cool smoke.", T),
    ]


def test_glossary_terms_named_like_labels_or_with_a_note_in_brackets() -> None:
    """In a glossary, "Statement" over its definition is a term (not a quiz's statement
    label), and so is "Management (i.e. memory management)" with its stops in brackets."""
    assert qa(FIND / "label-terms.md") == [
        ("Management (i.e. memory management)", "Freeing what a program no longer uses.", T),
        ("Statement", "One instruction of a program.", T),
    ]
    result = CliRunner().invoke(cli, ["check", str(FIND / "label-terms.md")])
    assert "question without answer" not in result.output


def test_a_section_of_further_reading_or_references_gives_no_card() -> None:
    """"Further reading" and "参考文献" list titles to look up, not facts: no card from them
    (not a lead-in list, not a term under them), the question before them is one."""
    assert qa(FIND / "further-reading.md") == [
        ("What does the scale measure?", "The weight of the hive, every fifteen minutes.", B),
    ]


def test_a_glossarys_useful_links_are_no_term() -> None:
    """"Useful links" in a glossary lists pages to visit: no term card of it."""
    assert qa(FIND / "glossary-links.md") == [
        ("Brood", "The eggs, larvae and pupae of a colony.", T),
        ("Smoker", "A can that burns slow fuel to make cool smoke.", T),
    ]
