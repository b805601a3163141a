"""Finding the questions in the shapes the real sets heldout83-88 showed (issue 12): each
fixture is written in our own words, and each test compares the whole card list."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from tpmcards.cli import cli
from tpmcards.model import CardKind

from .test_find_questions import FIND, cards_json, qa

B = CardKind.BASIC
L = CardKind.LIST
T = CardKind.TERM


def test_terms_in_accordions_titled_by_their_letter() -> None:
    """MDX `<AccordionItem title="B">` files terms under a letter: no question "B" over a
    list. Its children are indented four spaces as JSX is, which in MDX makes no code: each
    `- <b>Term</b>: ...` is an item. A term still to be defined is no card, and `check`
    names it at its own line; each card cites its own line too."""
    guide = FIND / "accordion-letters.mdx"
    assert qa(guide) == [
        ("Bisque", "The first, low firing that hardens raw clay.", T),
        ("Bat", "A removable disc fixed to the wheel head.", T),
        ("Cone", "A slender pyramid that bends when the heat work is done.", T),
        ("Crawling", "Glaze pulling back from the pot into beads.", T),
    ]
    assert [row["source"].rsplit(":", 1)[1] for row in cards_json(guide)] == [
        "10",
        "11",
        "20",
        "21",
    ]
    result = CliRunner().invoke(cli, ["check", str(guide)])
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert [line.rpartition("/")[2] for line in errors] == [
        'accordion-letters.mdx:12: error: term without definition: "Bloating"; write its '
        "definition below it, or remove it"
    ]


def test_a_see_also_section_and_a_heading_id_with_spaces() -> None:
    """ "Zobacz też" (see also) over links is no FAQ entry; MkDocs' `{ #shelves }` after a
    heading is its id, not words of the question."""
    assert qa(FIND / "kiln-faq-tail.md") == [
        (
            "Czy mogę wypalać szkliwo w piecu gazowym?",
            "Tak. Piec gazowy daje redukcję, więc kolory miedzi robią się czerwone.",
            B,
        ),
        ("Jak wyczyścić półki?", "Zeszlifuj krople szkliwa i pomaluj półki masą separującą.", B),
    ]


def test_a_list_that_outlines_the_page_gives_no_terms() -> None:
    """ "**Technical** - how the kiln works" and two more items naming the page's later
    parts ("🔧 Technical", ...) map the page: no terms. Terms that later questions ask about
    ("When does the exhaust run?") are terms still; a bold list answering a question ("What
    ports ...?") is that question's answer, whatever later headings say."""
    assert qa(FIND / "prep-groups.md") == [
        ("Intake", "the low vent by the floor", T),
        ("Exhaust", "the hood over the lid", T),
        ("Damper", "the plate that closes the flue", T),
        ("Which kiln does the studio fire?", "An electric top loader rated to cone 10.", B),
        ("When does the exhaust run?", "For the whole firing.", B),
        ("How is the intake cleaned?", "With a vacuum brush.", B),
        ("What does one firing cost?", "Twelve euros a shelf.", B),
        (
            "What ports does the kiln vent use?",
            "Spy hole: the plug on the side Flue: the pipe through the roof "
            "Door gap: the slit under the door",
            L,
        ),
    ]


def test_a_bold_statement_over_its_answer_among_bold_questions() -> None:
    """In an FAQ, "**I lost my studio card.**" over its answer on the next line is written
    as the section's bold question is: an entry."""
    assert qa(FIND / "bold-statement-entry.md") == [
        ("Can I share one studio card?", "No: each member signs in with a card of their own.", B),
        ("I lost my studio card.", "The front desk prints a new one for five euros.", B),
    ]


def test_an_english_pronoun_is_not_read_into_another_language() -> None:
    """Turkish "Her öğrenci" is "every student": no unnamed "her" drops the card."""
    assert qa(FIND / "tr-sss.md") == [
        (
            "Okulumuz kayıtlı. Her öğrenci ayrı form doldurmalı mı?",
            "Hayır. Okul kayıtlıysa öğrenciler okul e-postasıyla doğrudan girer.",
            B,
        ),
        ("Fırını kim açar?", "Atölye sorumlusu sabah sekizde açar.", B),
    ]


def test_an_faq_question_alone_in_a_bullet_over_its_answer() -> None:
    """`* How do I sieve a glaze?` alone in its list, answered by the paragraphs and code
    below it up to the next such question (in its section too)."""
    assert qa(FIND / "one-item-questions.md") == [
        (
            "How do I sieve a glaze?",
            "Pour it through an 80 mesh sieve twice. sieve 80 -> bucket -> sieve 80 "
            "Stir the bucket before each pour.",
            B,
        ),
        ("When does the kiln open?", "Only below 100 °C.", B),
        ("How long does a firing cool?", "About a day with the lid shut.", B),
    ]


def test_quiz_components_that_name_a_question_and_its_answer() -> None:
    """`<Quiz question="..." answer="..." />`: the props are the card; the text after the
    component is not its answer."""
    assert qa(FIND / "quiz-props.mdx") == [
        ("Which cone fires stoneware?", "Cone 10", B),
        ("Name the tool that trims a foot", "A loop tool", B),
    ]


def test_a_german_her_is_no_pronoun_either(tmp_path: Path) -> None:
    """German "her" (hither) beside words English shares ("was"): the sentence reads as
    German, so no unnamed pronoun drops the card."""
    guide = tmp_path / "ton.md"
    guide.write_text(
        "# Häufige Fragen\n\n## Wo kommt das her, und was ist drin?\n\n"
        "Aus der Grube am Fluss; der Ton ist voller Eisen.\n",
        encoding="utf-8",
    )
    assert qa(guide) == [
        (
            "Wo kommt das her, und was ist drin?",
            "Aus der Grube am Fluss; der Ton ist voller Eisen.",
            B,
        )
    ]


def test_a_korean_vocabulary_table_with_a_row_number_column() -> None:
    """ "어휘" (vocabulary) heads a word list: the row number is no term, the English word
    is, and the column "한국어 뜻" (Korean meaning) its answer."""
    assert qa(FIND / "ko-eohwi.md") == [
        ("kiln", "가마", T),
        ("glaze", "유약", T),
        ("wedge", "반죽하다", T),
    ]


def test_glossary_terms_apart_from_their_definition_by_a_space(tmp_path: Path) -> None:
    """`**Bisque slot** The shelf space ...`: in a glossary, a bold term and a space.
    Elsewhere a release note's `**Faster** The timer ...` items are no terms."""
    assert qa(FIND / "spaced-bold-terms.mdx") == [
        ("Bisque slot", "The shelf space booked for a first firing.", T),
        ("Glaze day", "The one weekday the glaze room is open.", T),
        ("Member card", "The card that opens the studio door.", T),
    ]
    notes = tmp_path / "release.md"
    notes.write_text(
        "# Kiln firmware 2.1\n\nWhat changed in this release:\n\n"
        "- **Faster** The timer starts in one second.\n"
        "- **Safer** The door locks above 200 degrees.\n"
        "- **Quieter** The fan runs at half speed.\n",
        encoding="utf-8",
    )
    assert [kind for _, _, kind in qa(notes)] == [L]


def test_word_bank_questions_kept_in_front_matter() -> None:
    """A page that is only front matter: `text:` sentences with a blank, a word bank of
    `- option: word` and the `answer:` naming the word."""
    assert qa(FIND / "word-bank-front.md") == [
        (
            "Clay is __________ before it is thrown, to push the air out. fired wedged glazed",
            "wedged",
            B,
        ),
        ("A first firing of raw ware is a __________ firing. bisque glaze raku", "bisque", B),
    ]


def test_question_and_answer_labels_numbered_with_a_hyphen() -> None:
    """`Q-001.<TAB>...` over `A-001.<TAB>...` in a plain-text FAQ."""
    assert [q for q, _, _ in qa(FIND / "numbered-labels.txt")] == [
        "What causes “The kiln shows error E1”?",
        "Why do my pots crack in the bisque?",
    ]


def test_statement_entries_among_questions_nested_under_a_question() -> None:
    """`### My glaze ran onto the shelf` among `###` questions (four of six ask) under
    `## What is the studio?`: FAQ entries, not parts of that answer."""
    assert [q for q, _, _ in qa(FIND / "nested-statements.md")] == [
        "What is the studio?",
        "Can I bring my own clay?",
        "Do I need to book the wheel?",
        "How can I fire at cone 10?",
        "My glaze ran onto the shelf",
        "Is there parking?",
        "What fixes “The door code does not work”?",
    ]


def test_credits_after_a_question_mark_are_no_words_of_it() -> None:
    """ "...? (Q: Ana, A: Marek, 24.09.2017)": who asked, who answered and when."""
    assert [q for q, _, _ in qa(FIND / "credited-questions.md")] == [
        "Studio — Do I have to attend the induction?",
        "Studio — Where are the aprons?",
    ]


def test_a_heading_labelled_as_a_question_asks_in_any_form() -> None:
    """ "Câu hỏi 2: Giải thích ..." (Question 2: Explain ...), and "... là gì? Đưa ra một
    ví dụ." with its mark in the middle: the label says they ask."""
    assert qa(FIND / "labelled-prompts.md") == [
        (
            "Lò nung điện là gì? Đưa ra một ví dụ.",
            "Lò dùng điện trở để nung gốm, ví dụ lò nạp từ trên.",
            B,
        ),
        (
            "Giải thích sự khác nhau giữa nung sống và nung men.",
            "Nung sống làm cứng đất; nung men làm chảy lớp men.",
            B,
        ),
    ]


def test_a_heading_that_only_numbers_its_question_asks_nothing_itself() -> None:
    """`## Question 1.1` over the stem and its options: the label numbers the question
    written under it (no question "1" of its own that would hide the stem)."""
    assert [q for q, _, _ in qa(FIND / "numbered-question-labels.md")] == [
        "A bisque firing usually ends at __________. a) cone 04 b) cone 10",
        "Which gas does a reduction firing make? a) Oxygen b) Carbon monoxide",
    ]


def test_an_explanation_or_a_diagram_after_the_answer_goes_to_the_back() -> None:
    """`**Explanation:** ...` and `**Diagram (Mermaid):**` over its code, after a short
    answer, are the back's background, not the answer (the explanation's title left off);
    an answer that opens with its explanation is the answer still."""
    rows = cards_json(FIND / "explained-answers.md")
    assert [(r["question"], r["answer"]) for r in rows] == [
        ("What is a bisque firing?", "<p>The first firing, which hardens raw clay.</p>"),
        ("What does a cone measure?", "<p>Heat work: time and temperature together.</p>"),
        (
            "Why do pots crack in a fast cooling?",
            "<p><strong>Explanation:</strong> The rim cools first and shrinks before the foot "
            "does.</p>",
        ),
    ]
    assert rows[0]["extra"] == "<p>It leaves the ware porous, so glaze sticks to it.</p>"
    assert rows[1]["extra"].startswith("<p><strong>Diagram (Mermaid):</strong></p><pre>")


def test_a_question_number_in_brackets_is_no_part_of_the_question() -> None:
    """`- [Q1] Where do ...?`: the bracketed number leaves the front."""
    assert [q for q, _, _ in qa(FIND / "bracket-q-labels.md")] == [
        "Studio — Where do members keep their tools?",
        "Studio — When is the glaze room open?",
    ]


def test_an_faq_that_first_asks_what_its_subject_is_names_it_in_every_question(
    tmp_path: Path,
) -> None:
    """A page titled only "FAQ" opening with "What is Kilnware?", the name said again in
    three of its five cards: each later question that does not name it is asked of it. A
    page titled after something else is about that; and one opening with "What is DNS?"
    whose other cards say nothing of DNS is no FAQ about DNS."""
    guide = FIND / "first-asks-subject.md"
    assert [q for q, _, _ in qa(guide)] == [
        "What is Kilnware?",
        "Kilnware — How can I run two kilns at once?",
        "Kilnware — Does it need the internet?",
        "Kilnware — Which kilns are supported?",
        "Kilnware — How do I export a firing log?",
    ]
    titled = tmp_path / "notes.md"
    titled.write_text(
        guide.read_text(encoding="utf-8").replace("title: FAQ", "title: Studio notes"),
        encoding="utf-8",
    )
    assert [q for q, _, _ in qa(titled)] == [
        "What is Kilnware?",
        "How can I run two kilns at once?",
        "Does it need the internet?",
        "Which kilns are supported?",
        "How do I export a firing log?",
    ]
    # Without a title of its own (its first question or its file's name stands in): the same.
    untitled = tmp_path / "kilnware.md"
    untitled.write_text(guide.read_text(encoding="utf-8").split("---\n", 2)[2], encoding="utf-8")
    lines = tmp_path / "studio-notes.txt"
    lines.write_text(
        "Q: What is Kilnware?\nA: Kilnware is a controller app for electric kilns.\n\n"
        "Q: Which kilns are supported?\nA: Any kiln with a serial port; Kilnware finds it.\n\n"
        "Q: How do I export a firing log?\nA: Press Export; Kilnware writes a CSV file.\n",
        encoding="utf-8",
    )
    for page in (untitled, lines):
        assert (
            [q for q, _, _ in qa(page)][1:]
            == [q for q, _, _ in qa(page)[1:] if q.startswith("Kilnware — ")]
            != []
        )
    assert [q for q, _, _ in qa(FIND / "first-asks-topic.md")] == [
        "What is DNS?",
        "How long is a subnet mask?",
        "Which port does SSH use?",
        "What does a switch forward?",
    ]


def test_code_terms_defined_with_an_equals_sign_among_dashes() -> None:
    """`` `Shrinkage` = wet size - fired size `` among `` `Kiln` - ... `` items."""
    assert [q for q, _, _ in qa(FIND / "code-terms-equals.md")] == ["Kiln", "Shrinkage", "Grog"]


def test_a_fold_titled_click_me_hides_the_answer_of_the_heading_above() -> None:
    """`<summary>CLICK ME</summary>` is a button's words, not the question."""
    assert qa(FIND / "click-me-folds.md") == [
        ("What closes a kiln's spy hole?", "A ceramic plug.", B)
    ]


def test_keycap_emoji_numbers_leave_the_question() -> None:
    """`### 1️⃣ What is a pyrometer?`, `### 🔟 ...`: the keycap number is no word of the
    question."""
    assert [q for q, _, _ in qa(FIND / "keycap-numbers.md")] == [
        "What is a pyrometer?",
        "What is a witness cone?",
        "What is a kiln sitter?",
    ]


def test_a_myst_glossary_definition_wrapped_without_its_indent() -> None:
    """`: The first firing of raw clay.` then `It leaves the ware porous.` on the next line,
    unindented: one definition, not a term "It leaves the ware porous."."""
    assert qa(FIND / "myst-wrapped.md") == [
        ("Bisque", "The first firing of raw clay. It leaves the ware porous.", T),
        ("Glaze", "Glass melted onto the ware.", T),
    ]


def test_a_definition_that_is_only_a_link_spelling_the_term_out() -> None:
    """ "PCE" / `<a>Pyrometric Cone Equivalent</a>` is defined by the link's words; "Shard" /
    "See <a>Pot</a>." only sends elsewhere."""
    assert qa(FIND / "linked-definitions.html") == [
        ("PCE", "Pyrometric Cone Equivalent", T),
        ("Pot", "A vessel thrown or built from clay.", T),
    ]


def test_dictionary_glosses_of_verbs_and_adjectives_read_as_terms() -> None:
    """Under headings with no glossary title, "To knead clay ..." (a verb's gloss) and
    "relating to clay that ..." (an adjective's) define their headings."""
    assert [q for q, _, _ in qa(FIND / "kiln-lingo.md")] == ["Wedge", "Plastic"]


def test_a_question_label_with_an_ordinal_and_options_marked_in_bold() -> None:
    """`### Pertanyaan Ke-1` only labels the question under it; of its options the one in
    bold is the answer, the quote after them the back's."""
    rows = cards_json(FIND / "ke-label-quiz.md")
    assert [(r["question"], r["answer"]) for r in rows] == [
        (
            "Apa nama pembakaran pertama tanah liat?<ul><li>Glasir</li><li>Biskuit</li>"
            "<li>Raku</li></ul>",
            "<p>Biskuit</p>",
        ),
        (
            "Alat apa yang merapikan kaki pot?<ul><li>Spons</li><li>Alat loop</li></ul>",
            "<p>Alat loop</p>",
        ),
    ]
    assert "mengeraskan tanah liat" in rows[0]["extra"]


def test_a_bold_question_closed_at_the_start_of_the_answer_line() -> None:
    """`**Can I glaze the foot of a pot?` over `**No - glaze ...`: the closing mark belongs
    to the question."""
    assert qa(FIND / "bold-closed-below.md") == [
        (
            "Studio — Can I glaze the foot of a pot?",
            "No - glaze on the foot melts onto the kiln shelf.",
            B,
        ),
        (
            "Studio — How long does a bisque firing take?",
            "About eight hours, and a day to cool.",
            B,
        ),
        ("Studio — 釉薬はいつ乾きますか？", "一晩で乾きます。", B),
    ]


def test_the_closing_still_have_questions_line_is_no_card() -> None:
    """ "**Still have questions?** Ask at the front desk": where to ask, nothing to recall."""
    assert [q for q, _, _ in qa(FIND / "closing-question.md")] == [
        "Kiln — How hot does a bisque firing get?",
        "Kiln — Why do glazes crawl?",
    ]


def test_an_item_in_bold_under_a_lead_in_is_emphasis_not_a_choice(tmp_path: Path) -> None:
    """ "The studio fires three kilns:" over `- Electric`, `- **Gas**`, `- Wood` asks no
    question: the bold item is stressed, the list is the answer whole."""
    guide = tmp_path / "kilns.md"
    guide.write_text(
        "# Studio\n\n## Kilns we fire\n\nThe studio fires three kilns:\n\n"
        "- Electric\n- **Gas**\n- Wood\n",
        encoding="utf-8",
    )
    assert qa(guide) == [("The studio fires three kilns: name the 3.", "Electric Gas Wood", L)]


def test_bold_field_labels_of_an_empty_form_are_no_options(tmp_path: Path) -> None:
    """An answer still to be written as a form (`* **Definition:**`, `* **Example:**`,
    `* **References:** []()`): bold labels, no right option among wrong ones."""
    guide = tmp_path / "prep.md"
    guide.write_text(
        "# Kiln prep\n\n## Questions\n> What is a bisque firing?\n\n"
        "* **Definition:** The first firing of raw clay\n* **Example:** A cone 04 firing\n"
        "* **Why:** It makes ware safe to glaze\n* **References:** [Notes](notes.md)\n\n"
        "> What does a witness cone show?\n* **Definition:**\n* **Example:**\n* **Why:**\n"
        "* **References:** []()\n",
        encoding="utf-8",
    )
    assert [q for q, _, _ in qa(guide)] == ["What is a bisque firing?"]


def test_accordion_items_named_by_their_classes() -> None:
    """A built page's `accordion__item-header` over `accordion__item-body` (hidden until
    clicked): a question and its answer, the header not taken for page chrome and the
    question out of its `<div class="title">`."""
    assert qa(FIND / "accordion-items.html") == [
        ("Studio — When does the kiln open?", "Only below 100 °C.", B),
        ("Studio — Who loads the kiln?", "The technician, on Mondays.", B),
    ]
    assert [row["question"] for row in cards_json(FIND / "accordion-items.html")] == [
        "Studio — When does the kiln open?",
        "Studio — Who loads the kiln?",
    ]


def test_an_expansion_in_italics_over_the_definition_and_a_learn_more_fold(
    tmp_path: Path,
) -> None:
    """ "PCE" / `_Pyrometric Cone Equivalent_` / its definition: the card holds both; a
    `<details>` titled "Learn more about ..." is more on the term, no question of its own;
    one titled "See how ...?" asks."""
    asking = tmp_path / "notes.md"
    asking.write_text(
        "# Notes\n\n<details>\n<summary>See how a kiln sitter ends a firing?</summary>\n\n"
        "A small cone bends and trips the switch.\n\n</details>\n",
        encoding="utf-8",
    )
    assert qa(asking) == [
        ("See how a kiln sitter ends a firing?", "A small cone bends and trips the switch.", B)
    ]
    assert qa(FIND / "expansion-terms.mdx") == [
        (
            "PCE",
            "Pyrometric Cone Equivalent The cone whose bending matches the heat work a clay "
            "can take.",
            T,
        ),
        ("Bisque", "The first firing of raw clay.", T),
    ]


def test_what_the_new_rules_must_leave_alone() -> None:
    """A review of this round's rules, each a page they once read wrongly: a bullet
    question's answer stops at the bold question after it; a bold item in an answer's list
    is stressed, not the right option; "Loading" / "To load the kiln, stack ..." is a step,
    no term; "(A, B, C or D)" after a question is part of it; code indented inside a
    component of a plain `.md` page stays code; "Go" in "good" names no subject."""
    assert [q for q, _, _ in qa(FIND / "rv-faq-mixed.md")] == [
        "How do I reset my password?",
        "How do I delete my account?",
        "How can I export my data?",
    ]
    assert qa(FIND / "rv-faq-packing.md")[0][2] is L
    assert qa(FIND / "rv-howto.md") == []
    assert [q for q, _, _ in qa(FIND / "rv-faq-options.md")] == [
        "Which letter is right? (A, B, C or D)"
    ]
    assert cards_json(FIND / "rv-note-code.md")[0]["answer"].startswith("<pre><code>kiln start")
    assert [q for q, _, _ in qa(FIND / "rv-faq-go.md")] == [
        "What is Go?",
        "Is it good for kids?",
        "How long is a game?",
        "Where can I play?",
    ]


def test_a_full_width_bold_question_closed_on_the_answer_line(tmp_path: Path) -> None:
    """The same with only full-width question marks on the page: `**釉薬はいつ乾きますか？`."""
    guide = tmp_path / "faq.md"
    guide.write_text("# FAQ\n\n**釉薬はいつ乾きますか？\n**一晩で乾きます。\n", encoding="utf-8")
    assert qa(guide) == [("釉薬はいつ乾きますか？", "一晩で乾きます。", B)]


def test_a_template_heading_still_to_be_filled_in_is_no_card(tmp_path: Path) -> None:
    """ "Problem 1: [Problem name]" over bracketed blanks is a template's; a glossary's
    "#### [Glaze]" (a reference link left unresolved) is a term still."""
    assert [q for q, _, _ in qa(FIND / "template-headings.md")] == ["Why does my glaze crawl?"]
    glossary = tmp_path / "words.md"
    glossary.write_text(
        "# Glossary\n\n#### [Glaze]\n\nGlass melted onto the ware.\n", encoding="utf-8"
    )
    assert [q for q, _, _ in qa(glossary)] == ["[Glaze]"]


def test_bold_stems_over_options_marked_in_bold() -> None:
    """A study guide's quiz: `__The first firing ... is called__` (no mark) or a bold
    question over its options, the right one in bold; each stem is a card of its own."""
    assert qa(FIND / "bold-stem-quiz.md") == [
        ("The first firing of raw clay is called raku. bisque. glaze.", "bisque.", B),
        (
            "A cone that bends at the right heat work is a witness cone. guide cone.",
            "witness cone.",
            B,
        ),
        ("Which tool trims a leather-hard foot? a sponge a loop tool a bat", "a loop tool", B),
        ("What should a potter bring to the studio?", "A clean apron and a towel.", B),
    ]


def test_front_matter_questions_under_a_title_key() -> None:
    """`questions:` whose entries name the question `title:` over an `answer:`."""
    assert qa(FIND / "front-titles.md") == [
        ("When is the studio open?", "From nine to nine, every day but Monday.", B),
        ("Who fires the kilns?", "The technician, twice a week.", B),
    ]


def test_a_title_that_is_only_the_pages_slug_names_no_subject() -> None:
    """`title: studio-help-pages` beside `slug: /studio-help-pages` is the page's address
    written again, not a name to put before each question."""
    assert [q for q, _, _ in qa(FIND / "slug-title.md")] == [
        "When is the studio open?",
        "Who fires the kilns?",
    ]


def test_terms_with_their_translation_in_brackets_over_examples() -> None:
    """`**annealing** (recozimento)` over nested example sentences: the term, its
    translation as the answer, the examples on the back; an item without a translation
    among them (`**(to) apply**`) is left out."""
    rows = cards_json(FIND / "glossed-terms.md")
    assert [(r["question"], r["answer"]) for r in rows] == [
        ("annealing", "recozimento"),
        ("ash glaze", "esmalte de cinza"),
        ("atmosphere", "atmosfera"),
    ]
    assert "keeps glass from cracking" in rows[0]["extra"]


def test_a_numbered_ranking_with_notes_in_brackets_gives_no_terms(tmp_path: Path) -> None:
    """`1. **Electric** (easiest to control)` ... ranks kilns; the notes define nothing."""
    guide = tmp_path / "ranking.md"
    guide.write_text(
        "# Kilns\n\n## Which kiln to buy first\n\n1. **Electric** (easiest to control)\n"
        "2. **Gas** (reduction colours)\n3. **Wood** (most work)\n",
        encoding="utf-8",
    )
    assert not any(kind is T for _, _, kind in qa(guide))


def test_an_english_question_of_few_words_still_reads_as_english(tmp_path: Path) -> None:
    """ "When did she leave?" holds none of English's small words, but opens as English
    questions do: its unnamed "she" still drops the card, and `check` says so."""
    guide = tmp_path / "faq.md"
    guide.write_text("## When did she leave?\n\nIn May.\n", encoding="utf-8")
    assert qa(guide) == []
    result = CliRunner().invoke(cli, ["check", str(guide)])
    assert 'unnamed pronoun in "When did she leave?"; card dropped' in result.output


def test_a_done_to_do_list_is_no_choice(tmp_path: Path) -> None:
    """Every item ticked (`- [x] Wedged the clay`, `- [x] Loaded the kiln`): a to-do list
    done, no right option picked among wrong ones; the list stays the answer."""
    guide = tmp_path / "log.md"
    guide.write_text(
        "# Studio log\n\n## What did the studio finish on Monday?\n\n"
        "- [x] Wedged the clay\n- [x] Loaded the kiln\n",
        encoding="utf-8",
    )
    assert qa(guide) == [
        (
            "What did the studio finish on Monday?",
            "[x] Wedged the clay [x] Loaded the kiln",
            L,
        )
    ]
