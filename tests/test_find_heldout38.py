"""Finding the questions in the shapes the real sets heldout38-41 showed (issue 12)."""

from __future__ import annotations

from click.testing import CliRunner

from tpmcards.cli import cli
from tpmcards.extract.base import glossary_heading
from tpmcards.model import CardKind

from .test_find_questions import FIND, cards_json, qa

B = CardKind.BASIC
T = CardKind.TERM
L = CardKind.LIST


def test_a_mystmd_glossary_of_definition_list_lines_gives_its_terms() -> None:
    assert qa(FIND / "mystmd-glossary.md") == [
        ("Crawling", "Glaze pulling back from the clay during firing, leaving bare patches.", T),
        ("Crazing", "A web of fine cracks in a glaze that shrank more than its body.", T),
        ("Pinholes", "Tiny holes left where gas escaped through the molten glaze.", T),
    ]


def test_custom_elements_named_question_and_answer_give_a_card_code_and_all() -> None:
    """`<quiz-question>` over `<quiz-answer>`: the code inside the question is its front's."""
    assert qa(FIND / "quiz-elements.html") == [
        (
            "Which cone fires this kiln's glaze load? Kiln log: - bisque: cone 04 - glaze: cone 6",
            "Cone 6, the glaze line of the log.",
            B,
        ),
        ("Why is greenware dried slowly?", "Fast drying cracks it.", B),
    ]


def test_mdx_question_components_ask_of_their_own_code() -> None:
    """`<Question><Title>` ... `<Answer>`: the title and the code ask, the answer's indented
    lines are text (MDX has no indented code), two titles alike over other code are two
    cards, and the page's `export default` layout is no answer."""
    assert qa(FIND / "question-components.mdx") == [
        (
            "What does it print? print([1, 2] * 2)",
            "[1, 2, 1, 2] Multiplying a list repeats it: see sequence operations.",
            B,
        ),
        (
            "What does it print? print([1, 2] * 3)",
            "[1, 2, 1, 2, 1, 2] Multiplying a list repeats it: see sequence operations.",
            B,
        ),
    ]


def test_a_glossarys_badges_between_term_and_definition_are_neither() -> None:
    assert qa(FIND / "badged-glossary.html") == [
        ("Bisque", "clay fired once, before glazing.", T),
        ("Burnish", "polishing leather-hard clay with a smooth stone.", T),
        ("Slip", "clay thinned with water to a cream.", T),
    ]


def test_an_answer_of_markdown_marks_is_an_answer_and_a_dash_is_none() -> None:
    """Notes on Markdown answer in its marks: `#` or `*` alone is no empty heading or list
    item, `*, -, +` is an answer; a dash alone still stands for an answer to come."""
    assert qa(FIND / "symbol-answers.md") == [
        ("Which symbol starts a heading in Markdown?", "#", B),
        ("How many hashes make the smallest heading?", "Six.", B),
        ("Which symbol wraps italic text?", "*", B),
        ("Which three symbols can start a bullet?", "*, -, +", B),
    ]


def test_a_drill_table_of_expressions_and_values_asks_each_expression() -> None:
    assert qa(FIND / "expression-table.md") == [
        ("7 // 2", "3", B),
        ("7 % 2", "1", B),
        ("2 ** 3", "8", B),
    ]


def test_a_list_of_q_items_each_holding_its_a_item() -> None:
    assert qa(FIND / "nested-qa-list.md") == [
        ("What does a pyrometer measure?", "The kiln's inside temperature.", B),
        ("Why vent a kiln early in a firing?", "To let water and burning organics out.", B),
    ]


def test_code_between_a_question_and_its_quoted_answer_is_the_questions() -> None:
    """Answers quoted under their questions: the code between asks too (two alike
    questions over other code are two cards), and a line of instructions after it; a
    numbered question ending in a colon asks among them, its answer in several quotes; a
    quoted note after an example answers nothing of its own."""
    assert qa(FIND / "quoted-answers-code.md") == [
        ('What does this print? print(len("kiln"))', "4", B),
        ('What does this print? print("kiln"[::-1])', "nlik", B),
        ("Which keyword defines a function?", "def", B),
        (
            "How do I read a file?",
            'text = open("notes.txt").read() Note: close the file, or open it in a with block.',
            B,
        ),
        (
            'Given this code, what does it print: print(sorted("kiln")) Write the list as Python'
            " shows it.",
            "['i', 'k', 'l', 'n']",
            B,
        ),
    ]


def test_one_quote_after_an_example_stays_in_the_answer() -> None:
    assert qa(FIND / "quote-after-example.md") == [
        (
            "How do I read a whole file?",
            'text = open("notes.txt").read() This reads every line into memory at once.',
            B,
        ),
        (
            "How do I read a file line by line?",
            'Loop over the open file: for line in open("notes.txt"):.',
            B,
        ),
    ]


def test_an_answer_of_named_links_names_its_answer_a_pointer_or_site_links_do_not() -> None:
    assert qa(FIND / "named-links-answer.md") == [
        ("Which firing ranges does Glaze Lab cover?", "Low fire Mid fire (cone 5-6)", L),
        (
            "Glaze Lab — How long does a glaze firing take?",
            "About eight hours, then a day to cool.",
            B,
        ),
    ]


def test_a_japanese_fold_that_only_shows_the_answer_names_no_question() -> None:
    """ "答えを見る" / "解答を表示" ("see the answer"): the heading above asks."""
    assert qa(FIND / "ja-answer-summary.md") == [
        ("素焼きの温度は何度くらいですか？", "約800度です。", B),
        ("釉薬は何のために使いますか？", "器の表面を覆い、水を通さなくするためです。", B),
    ]


def test_a_list_of_labelled_questions_is_no_set_to_name() -> None:
    """Items opening with "Question:" (their wording under it, unanswered) ask; they are
    not a list to recall ("Craft: name the 2.")."""
    assert qa(FIND / "labelled-question-list.md") == [
        (
            "Why wear a mask when mixing glazes?",
            "Dry glaze dust holds silica, which harms the lungs.",
            B,
        ),
    ]


def test_a_bold_labelled_question_answered_on_its_next_line() -> None:
    """`**Q1: ...?**` with its answer on the line under it, in one paragraph; "Interview
    Q&A" names no subject to put before each question."""
    assert qa(FIND / "bold-q-label-lines.md") == [
        ("What does wedging do to clay?", "It pushes the air out and evens the moisture.", B),
        (
            "Why is bisque fired before glazing?",
            "The clay holds its shape and takes glaze evenly.",
            B,
        ),
    ]


def test_numbered_questions_with_options_answered_by_a_correct_answers_key() -> None:
    assert qa(FIND / "options-answer-key.md") == [
        ("Which cone is hottest? A) Cone 06 B) Cone 6 C) Cone 010", "B) Cone 6", B),
        ("What does a kiln sitter hold? A) A small cone B) A shelf post", "A) A small cone", B),
    ]


def test_entries_of_labelled_fields_give_one_card_each_the_other_fields_on_the_back() -> None:
    """Headings over `**Definition**:` / `**Context**:` / `**Example**:` items: the heading
    asks, its definition answers, the rest go to Extra; the list that explains the fields is
    no card, nor is each field."""
    rows = cards_json(FIND / "fielded-entries.md")
    assert [(r["question"], r["answer"], r["extra"]) for r in rows] == [
        (
            "Bisque",
            "<p>Clay fired once, before glazing.</p>",
            "<p><em>Context:</em> Studio schedules</p>"
            '<p><em>Example:</em> "The bisque load goes in on Monday."</p>',
        ),
        (
            "Cone",
            "<p>A small pyramid that bends at a set heat.</p>",
            "<p><em>Context:</em> Every firing</p>",
        ),
        (
            "Slip",
            "<p>Clay thinned with water to a cream.</p>",
            '<p><em>Example:</em> "Join the handle with slip."</p>',
        ),
    ]


def test_question_and_answer_labels_of_more_languages_and_headers_with_emoji_and_notes() -> None:
    """`✏️ KÉRDÉS (hajtsd ide)` / `✅ VÁLASZ (hajtsd el)` name a table's columns (its `#`
    column numbers the rows); Swedish `Fråga:` / `Svar:` label a pair."""
    assert qa(FIND / "labels-more-languages.md") == [
        ("Mi a zsengélés?", "Az első, máz nélküli égetés.", B),
        ("Mi a máz?", "Üvegszerű bevonat az edényen.", B),
        ("Vad är en drejskiva?", "En roterande skiva där lera formas.", B),
    ]


def test_a_two_column_table_whose_first_column_is_all_bold_is_a_word_list() -> None:
    assert qa(FIND / "bold-word-table.md") == [
        ("agyag", "clay", T),
        ("máz", "glaze", T),
        ("kemence", "kiln", T),
    ]


def test_items_labelled_k_ask_even_as_statements() -> None:
    """Hungarian `K:` (Kérdés) labels a question; a labelled statement over its answer is
    an entry as a labelled question is."""
    assert qa(FIND / "k-labelled-items.md") == [
        (
            "Kemence — Meddig tart egy mázas égetés?",
            "Körülbelül nyolc óráig, utána egy napig hűl.",
            B,
        ),
        ("A kemence ajtaja nem zár rendesen.", "Cserélje ki az ajtó tömítését.", B),
    ]


def test_glossary_titles_of_more_languages() -> None:
    titles = [
        "Microsoft Azure ord lista: en ord lista med moln terminologi",  # Swedish, split
        "Keramikordliste",  # Danish, Norwegian: a compound is no word of its own
        "Ordliste",
        "Sanasto",  # Finnish
        "Szójegyzék",  # Hungarian
        "Glosář pojmů",  # Czech
        "Daftar istilah",  # Indonesian
        "Bảng thuật ngữ",  # Vietnamese
        "Getting started",
    ]
    assert [bool(glossary_heading(t)) for t in titles] == [
        True, False, True, True, True, True, True, True, False
    ]  # fmt: skip


def test_a_folds_answer_written_unindented_under_it_is_its_answer() -> None:
    assert qa(FIND / "unindented-admonition.md") == [
        ("Kiln — How long does a glaze firing take?", "About eight hours, then a day to cool.", B),
        (
            "Can I open the kiln early?",
            "No: the ware cracks if it cools too fast. Wait until it reads below 100 °C.",
            B,
        ),
    ]


def test_a_question_table_under_table_of_contents_is_content_a_linked_table_is_not() -> None:
    assert qa(FIND / "table-under-contents.md") == [
        ("Kiln — How hot is a glaze firing?", "About 1220 °C.", B),
        ("Kiln — How long does it take?", "About eight hours.", B),
    ]


def test_an_interview_written_as_a_dialogue_asks_by_the_interviewers_turns() -> None:
    assert qa(FIND / "interview-dialogue.md") == [
        (
            "How do you know a glaze firing has reached its heat?",
            "The witness cones bend: the middle one touches the shelf.",
            B,
        ),
        (
            "What do you do if the kiln stalls below it?",
            "Check the elements and the thermocouple before firing again.",
            B,
        ),
    ]


def test_entries_of_labelled_field_paragraphs_and_qa_labels_are_no_fields() -> None:
    """`**Definition**: ...` paragraphs under each heading are fields too (an entry of its
    definition alone as well); `**Q:**` / `**A:**` under three headings stay questions."""
    assert qa(FIND / "fielded-paragraphs.md") == [
        ("Bisque", "Clay fired once, before glazing.", T),
        ("Cone", "A small pyramid that bends at a set heat.", T),
        ("Reduction", "A firing starved of air.", T),
    ]
    assert qa(FIND / "qa-sections.md") == [
        ("How hot is a glaze firing?", "About 1220 °C.", B),
        ("What does a glaze become in the kiln?", "A thin layer of glass.", B),
        ("Why dry greenware slowly?", "Fast drying cracks it.", B),
    ]


def test_a_questions_labelled_fields_go_after_its_answer() -> None:
    """`**Difficulty**:` / `**Topic**:` under every question heading head no answer of
    their own and are no term; the answer comes first."""
    assert qa(FIND / "labelled-question-headings.md") == [
        ("How hot is a glaze firing?", "About 1220 °C, cone 6. Difficulty: Easy Topic: Firing", B),
        (
            "Why vent a kiln early?",
            "To let water and burning organics out. Difficulty: Medium Topic: Firing",
            B,
        ),
        ("What is reduction?", "A firing starved of air. Difficulty: Hard Topic: Atmosphere", B),
    ]


def test_a_task_list_quiz_shows_its_picture_hint_and_instruction_with_the_question() -> None:
    """Options ticked `[x]` under a heading: the picture, the quoted hint ("He ...", no
    unnamed pronoun of the question's) and "Select all correct answers:" go on the front
    with the options; the ticked ones answer; a note under an option goes to the back."""
    rows = cards_json(FIND / "task-quiz.md")
    assert [(r["question"], r["answer"], r["extra"], r["kind"]) for r in rows] == [
        (
            'Who is the potter in the picture?<p><a href="https://example.org/potter.jpg" '
            'rel="noopener noreferrer">[image]</a></p><blockquote>\n'
            "<p>He fired his first anagama kiln in 1964.</p>\n</blockquote>"
            "<ul><li>Hamada Shōji</li><li>Bernard Leach</li><li>Lucie Rie</li></ul>",
            "<p>Hamada Shōji</p>",
            "",
            "basic",
        ),
        (
            "Which cones fire stoneware?<p>Select all correct answers:</p>"
            "<ul><li>Cone 6</li><li>Cone 10</li><li>Cone 06</li></ul>",
            "<ul><li>Cone 6</li><li>Cone 10</li></ul>",
            "<blockquote>\n<p>Mid-fire stoneware</p>\n</blockquote>",
            "list",
        ),
        (
            "Which clay fires whitest?"
            "<ul><li>Porcelain</li><li>Earthenware</li><li>Stoneware</li></ul>",
            "<p>Porcelain</p>",
            "",
            "basic",
        ),
    ]


def test_a_labelled_link_before_an_answer_goes_and_an_appendix_is_no_subject() -> None:
    """ "Related links: LINK" over the answer sends away (the answer starts after it);
    "Appendix: FAQ" names no subject to put before each question."""
    assert qa(FIND / "appendix-faq.md") == [
        (
            "How do I centre clay on the wheel?",
            "Brace your elbows on your knees and press the clay into a cone, then down again.",
            B,
        ),
        ("Why does my pot wobble?", "The clay was not centred before you opened it.", B),
    ]


def test_a_dictionarys_bold_words_over_their_senses_and_a_chinese_word_table() -> None:
    """ "Dizionario": each bold word over its list of senses is a term; "名词表" is a
    glossary whose "名词 | 含义/备注" table gives its terms."""
    assert qa(FIND / "dizionario.md") == [
        ("tornio", "macchina che fa girare l'argilla il giro stesso", T),
        ("smalto", "rivestimento vetroso della ceramica", T),
    ]
    assert qa(FIND / "mingcibiao.md") == [
        ("素烧", "上釉前的第一次烧制", T),
        ("拉坯", "在转盘上成型", T),
    ]


def test_a_question_still_to_be_written_is_no_card() -> None:
    """ "###### 2. ???" over "A) ???" options: a placeholder, not a question."""
    path = FIND / "placeholder-questions.md"
    assert qa(path) == [("Qual cone queima mais quente? A) Cone 06 B) Cone 6", "B) Cone 6", B)]
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert (
        'placeholder-questions.md:19: warning: question still to be written: "??? A) ??? B) ???"'
        in (result.output)
    )


def test_a_summary_closed_by_a_mistyped_opening_tag_is_closed() -> None:
    assert qa(FIND / "mistyped-summary.md") == [
        ("Clay — What is grog?", "Fired clay ground fine and mixed into new clay.", B),
        ("Why wedge clay?", "To push the air out.", B),
    ]


def test_a_fold_of_folds_asks_by_its_inner_folds() -> None:
    """A category fold ("📋 Basic questions", "expand") holding, in a wrapper, one fold per
    question: each inner fold is a card, its bold number gone."""
    assert qa(FIND / "folds-of-folds.html") == [
        ("Why vent a kiln early in a firing?", "To let water and burning organics out.", B),
        ("What does a pyrometer measure?", "The heat inside the kiln.", B),
    ]


def test_a_table_under_an_answers_label_is_the_answer_a_question_table_is_not() -> None:
    assert qa(FIND / "answer-table.md") == [
        (
            "Чем отличаются конусы 06 и 6?",
            "Конус Температура Для чего 06 около 1000 °C утельный обжиг 6 около 1220 °C "
            "глазурный обжиг",
            B,
        ),
        ("Что такое глазурь?", "Стекловидное покрытие на черепке.", B),
        ("Что такое шамот?", "Молотая обожжённая глина.", B),
    ]


def test_labels_in_lenticular_brackets() -> None:
    """`【問題】` asks and `【解答】` answers, the answer on the label's line or under it."""
    assert qa(FIND / "bracket-labels.md") == [
        ("素焼きは何度くらいで焼きますか？", "約800度です。", B),
        ("釉薬は何のために使いますか？", "器の表面を覆い、水を通さなくするためです。", B),
    ]
