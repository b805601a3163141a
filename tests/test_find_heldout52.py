"""Finding the questions in the shapes the real sets heldout49-54 showed (issue 12): each
fixture is written in our own words, and each test compares the whole card list."""

from __future__ import annotations

from click.testing import CliRunner

from tpmcards.cli import cli
from tpmcards.extract.base import glossary_heading
from tpmcards.markup import to_text
from tpmcards.model import CardKind

from .test_find_questions import FIND, cards_json, qa

B = CardKind.BASIC
T = CardKind.TERM


def test_a_freecodecamp_quiz_asks_its_text_over_its_options() -> None:
    """`#### --text--` asks, `--distractors--` and `--answer--` are the options shown on the
    front, the right one placed among the others (not always last), code options and all.
    Two questions over the same options, in Chinese, ask two things."""
    tools = "Kiln Planner Glaze Mixer Contrast Checker Clay Picker"
    assert qa(FIND / "fcc-quiz.md") == [
        ("Which cone fires mid-range stoneware? Cone 022 Cone 04 Cone 12 Cone 6", "Cone 6", B),
        (
            "Which glaze recipe gives a matte surface? silica 60, alumina 8 "
            "silica 40, alumina 12 silica 70, alumina 5",
            "silica 40, alumina 12",
            B,
        ),
        (f"哪个工具可以输入两种颜色并检查它们的对比度？ {tools}", "Contrast Checker", B),
        (f"哪个工具可以从照片上实时选取釉料的颜色？ {tools}", "Clay Picker", B),
    ]
    [_, code, *_] = cards_json(FIND / "fcc-quiz.md")
    assert code["answer"].startswith("<pre") and "silica 40, alumina 12" in code["answer"]


def test_a_freecodecamp_video_question_answers_by_its_solution_number() -> None:
    """`## --answers--` split by `---`, `## --video-solution--` naming the right one; an
    option's `### --feedback--` goes to the back, named by its option."""
    [card] = cards_json(FIND / "fcc-video.md")
    assert (card["question"], card["answer"], card["extra"]) == (
        "Why is clay wedged before throwing?<ul><li>To make it <code>wetter</code></li>"
        "<li>To push out air bubbles</li><li>To change its colour</li></ul>",
        "<p>To push out air bubbles</p>",
        "<p>To make it <code>wetter</code>: Wedging does not add water.</p>",
    )


def test_italic_terms_in_a_glossary_and_in_a_list_of_four() -> None:
    """`1. *Term*: definition` in a glossary (a colon inside the italics too; an entry with
    sub-points of its own stays out), and `- *Term*: ...` in a list of four elsewhere; an
    italic word in a sentence is no term."""
    assert qa(FIND / "italic-glossary.md") == [
        ("Bisque", "Clay fired once, before it is glazed.", T),
        ("Bone dry", "Clay with no water left to lose in the air.", T),
        ("Grog", "Fired clay ground to grit and mixed into a body.", T),
        ("Kiln wash", "A coat on the shelves that keeps glaze from sticking.", T),
        ("Wedging", "Kneading clay to drive out air.", T),
    ]
    assert qa(FIND / "italic-list.md") == [
        ("Centering", "pressing the clay until it spins true.", T),
        ("Coning", "raising the clay into a cone and pushing it down again.", T),
        ("Opening", "pressing a well into the centred clay.", T),
        ("Pulling", "thinning the walls upward between two hands.", T),
    ]


def test_near_duplicates_are_told_in_chinese_too() -> None:
    """The same question asked twice in other words is one card, in a script without
    spaces as in English."""
    assert qa(FIND / "cjk-duplicates.md") == [
        ("什么是釉料的熔点？", "釉料开始熔化流动的温度。", B),
        ("什么是釉料的烧成范围？", "釉料能烧好的最低到最高温度。", B),
    ]


def test_a_table_of_one_cards_fields_is_that_card() -> None:
    """`| Question | ... |` over `| Correct Answer | ... |` in the first column: the wrong
    answers are options shown with the question, the right one among them; an id goes;
    any other field goes to the back under its label. A table of questions in rows with
    a `| Question | Answer |` header is still read row by row."""
    rows = [(c["question"], c["answer"], c["extra"]) for c in cards_json(FIND / "record-tables.md")]
    assert rows == [
        (
            "What should you wear to unload a hot kiln?<ul><li>Cotton gloves.</li>"
            "<li>Nothing special, if you are quick.</li>"
            "<li>Heat-proof gloves and eye protection.</li></ul>",
            "Heat-proof gloves and eye protection.",
            "",
        ),
        (
            "Why must a kiln room be vented?",
            "Firing gives off carbon monoxide and sulphur fumes.",
            "<p><em>Source:</em> The studio safety sheet, page 2.</p>",
        ),
        ("At what cone does bisque usually fire?", "Cone 04", ""),
        ("What colour does cobalt give?", "Blue", ""),
    ]


def test_terms_nested_under_the_letters_of_the_alphabet() -> None:
    """`- A` over its nested `` `Term` - definition `` items, letters without terms between:
    the letters file the terms, the terms are the cards."""
    assert qa(FIND / "letter-index.md") == [
        ("Arcilla", "Tierra fina que se vuelve plástica con agua.", T),
        ("Cono", "Pirámide pequeña que se dobla a una temperatura conocida.", T),
        ("Chamota", "Arcilla cocida y molida que se añade a la pasta.", T),
        ("Esmalte", "Capa vítrea que cubre la pieza.", T),
    ]


def test_a_title_naming_a_fields_terms_is_a_glossary() -> None:
    """A title such as "Kiln Terms" over term headings, each defined by its paragraph in
    words that do not define by form ("Starving the fire ..."); "Terms of Service" and a
    licence's terms name no glossary."""
    assert qa(FIND / "field-terms.md") == [
        ("Reduction", "Starving the fire of air so the glazes take their deep colours.", T),
        ("Oxidation", "Firing with plenty of air. Colours come out bright and clean.", T),
        (
            "Soaking",
            "Holding the kiln at its top temperature for a while so the glaze smooths out.",
            T,
        ),
    ]
    named = ["Sailing terms", "Kiln Terms", "License terms", "Terms of Service", "Use these terms"]
    assert [glossary_heading(h) for h in named] == [True, True, False, False, False]


def test_one_word_put_for_another_asks_another_thing() -> None:
    """An "alumina glaze" / a "silica glaze" answered by the same words in another order,
    "going up" / "going down" by the same cones reversed: four cards, none a duplicate. A bold
    question closed right before its answer (`**...?**The ...`) is still a question."""
    assert qa(FIND / "swapped-words.md") == [
        ("What is a flux?", "A material that lowers the melting point of a glaze", B),
        ("What is a glass former?", "The material that makes the glass, mostly silica", B),
        ("What is an alumina glaze?", "More alumina on top of less silica", B),
        ("What is a silica glaze?", "More silica on top of less alumina", B),
        ("What is the cone order going up?", "022, 06, 04, 6, 10", B),
        ("What is the cone order going down?", "10, 6, 04, 06, 022", B),
        ("What is a semi-matte glaze?", "A glaze between the two", B),
    ]


def test_notes_that_define_in_sentences_give_their_terms() -> None:
    """Three or more bullets each saying "X is a/the ...": X is a term, what it is the
    definition; bullets that say how things are ("The kiln is faster to load") are no
    terms."""
    assert qa(FIND / "defining-bullets.md") == [
        ("Bisque", "the first, unglazed firing of a pot", T),
        ("Cone pack", "a row of cones set where you can see them through the spy hole", T),
        ("Soak time", "the time the kiln holds its top temperature", T),
        (
            "What changed this term: name the 3.",
            "The kiln is faster to load Glaze buckets are now labelled "
            "The wheel room is open on Sundays",
            CardKind.LIST,
        ),
    ]


def test_a_page_of_one_question_answers_its_title() -> None:
    """One page per question, as interview sites write them: the front matter's title asks
    (with its mark, or in Chinese by "有什么区别") and the text without headings answers
    it. A title that asks nothing over a paragraph is no card."""
    one = FIND / "one-question"
    assert qa(one / "wedging.md") == [
        (
            "Why do potters wedge their clay?",
            "Wedging pushes the air out of the clay, so pots do not burst in the kiln. "
            "It also evens out the water in the clay, so it throws the same all through.",
            B,
        )
    ]
    assert qa(one / "glaze-zh.md") == [
        ("釉料与化妆土有什么区别？", "釉料烧成后是一层玻璃，化妆土烧成后仍是泥。", B)
    ]
    assert qa(one / "studio.md") == []


def test_a_plain_quiz_of_questions_options_and_answer_labels() -> None:
    """Paragraphs that ask, their options under them (letters then a space, `A Earthenware`,
    on the question's own lines or apart; or `a)`), then `Answer: C Porcelain` or `Answer:
    b`: the options go with the question, the named one answers; the heading over the round
    asks nothing, and "his" in a question asking which potter is the potter asked for."""
    assert qa(FIND / "plain-quiz.md") == [
        (
            "Which clay body fires whitest? A) Earthenware B) Stoneware C) Porcelain",
            "C) Porcelain",
            B,
        ),
        (
            "Which potter is known for his Leach Pottery in St Ives? A) Bernard Leach "
            "B) Hamada Shoji C) Lucie Rie",
            "A) Bernard Leach",
            B,
        ),
        ("What is bone dry clay?", "Clay that has lost all the water it can lose in air.", B),
        ("Which cone is hotter? a) Cone 06 b) Cone 6", "b) Cone 6", B),
    ]


def test_a_quiz_of_radio_buttons_with_hidden_keys() -> None:
    """A Jekyll mock test: each question a list item, its options sub-items after radio
    buttons, its key in a hidden `<span>` (one left outside the list, unindented); an order
    without a question mark asks too, and a line between question and options is shown."""
    assert qa(FIND / "radio-quiz.md") == [
        (
            "Name the oxide that gives a glaze its glass. A) Alumina B) Silica C) Calcia",
            "B) Silica",
            B,
        ),
        (
            "Which recipe is the matte one? Silica 40, alumina 12 A) The first B) Neither",
            "A) The first",
            B,
        ),
        ("Which cone is a glaze firing usually taken to? A) Cone 06 B) Cone 6", "B) Cone 6", B),
    ]


def test_quizdown_settings_between_rules_are_no_text() -> None:
    """quizdown's `---` / `shuffle_answers: false` / `---` blocks over the quiz and over each
    question go, so its headings ask over their ticked options."""
    assert qa(FIND / "quizdown.md") == [
        (
            "Which gas does a reduction firing starve the kiln of? Carbon dioxide Oxygen Nitrogen",
            "Oxygen",
            B,
        ),
        ("Which cones are mid-fire? Cone 5 Cone 6 Cone 10", "Cone 5 Cone 6", CardKind.LIST),
    ]


def test_options_marked_right_by_an_asterisk() -> None:
    """QCon's key: numbered questions over their numbered options, the right ones marked by
    a lone asterisk before (`2. *False`) or after (`Feldspar *`) them."""
    assert qa(FIND / "starred-quiz.md") == [
        ("Crazing is a glaze that fits its clay body: True False", "False", B),
        (
            "Which oxide makes a glaze matte when there is plenty of it? Silica Alumina Boron",
            "Alumina",
            B,
        ),
        (
            "Which of these are fluxes? Select all that apply. Calcium carbonate Feldspar Kaolin",
            "Calcium carbonate Feldspar",
            B,
        ),
    ]


def test_a_quiz_in_the_front_matter() -> None:
    """`questions:` in the front matter, each a `text` with its `options` and `answer`: a
    card each, the options shown; one without an answer is no card."""
    assert qa(FIND / "front-matter-quiz.md") == [
        ("Which cone fires stoneware? Cone 06 Cone 6 Cone 016", "Cone 6", B),
        ("What is clay called after its first firing?", "Bisque", B),
    ]


def test_terms_given_with_an_arrow() -> None:
    """`**Kiln** → **窑**` paragraphs of a term table, a gloss under one on its next line."""
    assert qa(FIND / "arrow-glossary.md") == [
        ("Kiln", "窑", T),
        ("Glaze", "釉 烧成后形成玻璃层", T),
        ("Wedging", "揉泥", T),
    ]


def test_a_form_left_empty_answers_nothing() -> None:
    """Questions over a template of fields (`**Definition:**`, `**Example:**`, an empty
    link): one whose fields are all empty is no card and `check` says so; the empty fields
    of a filled one are left out of its answer."""
    assert qa(FIND / "empty-form.md") == [
        (
            "What is bisque firing?",
            "Definition: The first firing, which hardens clay before it is glazed. "
            "Example: Cone 04 in an electric kiln.",
            B,
        ),
        (
            "Why do glazes craze?",
            "Definition: The glaze shrinks more than the clay body as it cools.",
            B,
        ),
    ]
    result = CliRunner().invoke(cli, ["check", str(FIND / "empty-form.md")])
    assert 'question without answer: "What is a raku firing?"' in result.output


def test_an_answer_and_its_explanation_in_one_fold() -> None:
    """`## 問題1` over a prompt to choose and its options, then `<details>` whose summary
    says "answer and explanation" (答えと解説): `### 答え` answers, `### 解説` goes to the back.
    A prompt to choose whose options have no answer is no card, and `check` says so."""
    [card] = cards_json(FIND / "mondai-details.md")
    assert to_text(card["question"]) == (
        "釉薬について、以下の選択肢から正しいものを1つ選びなさい。 釉薬は、焼くとガラスになる "
        "釉薬は、焼くと粘土になる 釉薬は、焼いても変わらない"
    )
    assert to_text(card["answer"]) == "釉薬は、焼くとガラスになる"
    assert to_text(card["extra"]) == "釉薬は高温で溶けて、冷えるとガラスの層になる。"
    result = CliRunner().invoke(cli, ["check", str(FIND / "mondai-details.md")])
    assert ':22: error: question without answer: "窯について' in result.output


def test_a_glossarys_page_parts_are_no_terms() -> None:
    """The labels "Related documents" and "Last updated" written as bold terms, and a
    "使用说明" (how to use) heading over its bullets, are parts of the page: only the terms
    are cards."""
    assert qa(FIND / "glossary-page-parts.md") == [
        ("Bisque", "유약을 바르기 전에 한 번 구운 기물.", T),
        ("Glaze", "구우면 유리층이 되는 코팅.", T),
    ]


def test_options_marked_right_by_a_degree_sign() -> None:
    """`**Domanda 1:**` over a prompt to choose ("Scegli un'alternativa:") and numbered
    options, the right one marked by a trailing `°`: the marked option answers."""
    assert qa(FIND / "degree-marked.md") == [
        (
            "Quale ossido rende blu uno smalto? Scegli un'alternativa: ossido di ferro "
            "ossido di cobalto ossido di rame",
            "ossido di cobalto",
            B,
        ),
        (
            "A quale cono si cuoce il gres? Scegli un'alternativa: cono 06 cono 04 cono 6",
            "cono 6",
            B,
        ),
    ]


def test_a_true_or_false_statement_asks() -> None:
    """A bold "Vrai ou faux ? ..." statement among bold questions asks, so the answer above
    it ends before it; the `:one:` shortcodes that number them go."""
    assert qa(FIND / "true-false.md") == [
        ("Quelle argile cuit le plus blanc ?", "La porcelaine", B),
        ("Vrai ou faux ? On peut émailler une pièce crue.", "Vrai", B),
        ("Quel outil centre la terre ?", "Le tour", B),
    ]


def test_a_chain_of_arrows_is_no_term() -> None:
    """`**Top** → 1222 °C → even` records a finding step by step, no term and its meaning;
    `**Soak** → holding ...` is a term."""
    assert qa(FIND / "arrow-chain.md") == [
        (
            "Readings taken: name the 3.",
            "Top → 1222 °C → even Middle → 1218 °C → even Bottom → 1190 °C → cold",
            CardKind.LIST,
        ),
        ("Cone pack", "a row of cones set where the spy hole shows them", T),
        ("Soak", "holding the top temperature for a while", T),
        ("Kiln sitter", "a switch that a bending cone trips", T),
    ]


def test_a_glossarys_terms_in_code_headings_with_colons_and_links() -> None:
    """In a glossary: `` `grog`. fired clay ... `` paragraphs (a colon, a full stop or
    nothing after the term in code); `## Centering (verb): ##` headings over their bullets;
    `* [Rib](url)` items over their nested bullets; `Crazing: ...` items under a heading,
    which files them and is no term itself."""
    assert qa(FIND / "code-terms-glossary.md") == [
        ("bisque", "clay fired once, before glazing.", T),
        ("grog", "fired clay ground to grit and mixed into a body.", T),
        ("slip", "a clay thinned with water to a cream.", T),
        ("Centering (verb)", "Pressing the clay until it spins true", T),
        (
            "Trimming (verb, tornear)",
            "Cutting away clay from a leather-hard pot Done upside down on the wheel",
            T,
        ),
        ("Rib", "A flat tool for shaping walls. Made of wood, metal or rubber.", T),
        ("Needle tool", "A pin in a handle for cutting and scoring.", T),
        ("Crazing", "a web of fine cracks in a glaze that shrank too much.", T),
        ("Crawling", "glaze pulling back from the clay, leaving bare patches.", T),
        ("Pinholes", "tiny holes left where gas escaped through the glaze.", T),
    ]


def test_a_flashcard_tools_file_asks_by_its_question_headings_too() -> None:
    """A `#flashcards` file: its `q::a` lines are cards, and so are its question headings
    over their answers (a `??` line between them goes)."""
    assert qa(FIND / "tool" / "kiln-flashcards.md") == [
        ("What does a kiln sitter do?", "It switches the kiln off when a small cone bends.", B),
        ("When is a kiln safe to open?", "Below 100 °C, or the pots may crack.", B),
        ("Cone 6 temperature", "about 1222 °C", B),
    ]


def test_plain_term_lines_of_a_list_of_four() -> None:
    """Four or more `Name: what it is, in a sentence` items are terms, in a glossary or
    not; `Step one: ...` items are steps of one sequence, no terms. A glossary's heading
    over such items files them, and defines nothing itself."""
    terms = [card for card in qa(FIND / "colon-terms.md") if card[2] is T]
    assert terms == [
        ("Crazing", "a web of fine cracks in a glaze that shrank more than its clay body.", T),
        (
            "Crawling",
            "glaze pulling back from the clay during firing, leaving bare patches behind.",
            T,
        ),
        ("Pinholes", "tiny holes left where gas escaped through the molten glaze surface.", T),
        ("Blistering", "bubbles that burst in a glaze fired too hot or too fast.", T),
    ]


def test_a_bold_quiz_numbered_by_bold_titles() -> None:
    """`**1. Émaux**` titles over bold stems, lettered options and `**Réponse correcte :**`:
    each answer stops at the next title, and a stem ending in a colon over its options asks
    as a question does."""
    assert qa(FIND / "bold-qcm.md") == [
        (
            "Quel oxyde donne un émail bleu ? a) L'oxyde de fer b) L'oxyde de cobalt "
            "c) L'oxyde de cuivre",
            "b) L'oxyde de cobalt",
            B,
        ),
        (
            "Le biscuit est une cuisson qui sert principalement à : a) Vitrifier l'émail "
            "b) Durcir la terre avant l'émaillage",
            "b) Durcir la terre avant l'émaillage",
            B,
        ),
    ]


def test_notes_over_a_sample_answer_go_to_the_back() -> None:
    """`??? question "Frage 1.1: ..."` folds whose first paragraph says what the examiner
    wants to hear, then `**Beispielantwort:**`: the sample answer is the answer, the note
    goes to the back; the question loses its "Frage 1.1:" number."""
    rows = [
        (c["question"], c["answer"], c["extra"]) for c in cards_json(FIND / "examiner-notes.md")
    ]
    assert rows == [
        (
            "Was ist der Unterschied zwischen Schrüh- und Glattbrand?",
            "<p>Der Schrühbrand härtet den Ton vor dem Glasieren, der Glattbrand schmilzt die "
            "Glasur.</p>",
            "<p><strong>Was will der Prüfer hören?</strong> Reihenfolge, Temperatur.</p>",
        ),
        (
            "Wozu dient ein Brennkegel?",
            "<p>Er zeigt an, wie viel Wärme die Ware bekommen hat.</p>",
            "",
        ),
    ]


def test_a_quiz_of_options_said_right_by_an_attribute() -> None:
    """`<div class="quiz-question">` over options whose `data-correct="true"` says which is
    right (in a box of their own, or as siblings, a letter `<span>` before each): the
    options go with the question, the right one answers."""
    rows = [(c["question"], c["answer"]) for c in cards_json(FIND / "data-correct-quiz.md")]
    assert rows == [
        ("Which cone fires stoneware?<ul><li>Cone 06</li><li>Cone 6</li></ul>", "<p>Cone 6</p>"),
        (
            "What does a kiln sitter do?<ul><li>Switches the kiln off when its cone bends</li>"
            "<li>Holds the shelves apart</li></ul>",
            "<p>Switches the kiln off when its cone bends</p>",
        ),
    ]


def test_a_front_matter_quiz_answered_by_its_options_letter() -> None:
    """`choice:` of `option:` / `text:` mappings, `answer:` naming the option and saying
    why: the option's text answers, the why follows it."""
    [card] = cards_json(FIND / "front-matter-choices.md")
    assert (card["question"], card["answer"]) == (
        "Which oxide makes a glaze blue?<ul><li>Iron oxide</li><li>Cobalt oxide</li></ul>",
        "<p>Cobalt oxide</p><p>Cobalt gives blue even at one percent.</p>",
    )


def test_a_vocabulary_table_under_a_wortschatz_title() -> None:
    """ "Lernwortschatz" names a vocabulary: its table's rows are terms, and a column's dash
    where it does not apply goes nowhere."""
    rows = [(c["question"], c["answer"], c["extra"]) for c in cards_json(FIND / "wortschatz.md")]
    assert rows == [
        ("der Ton", "clay", ""),
        ("die Glasur", "glaze", ""),
        ("brennen", "to fire", "<p><em>Perfekt (only verbs):</em> hat gebrannt</p>"),
    ]


def test_content_tabs_and_mkdocs_quiz_blocks() -> None:
    """MkDocs Material's `=== "Tab"` bodies are read as Markdown, not as indented code,
    their labels in bold; a `<quiz>` block asks its first line over its ticked options, and
    the same quiz quoted in a code fence asks nothing."""
    rows = [(c["question"], c["answer"]) for c in cards_json(FIND / "content-tabs.md")]
    assert rows == [
        (
            "Kiln — How do I start a firing?",
            "<p><strong>Electric kiln</strong></p><p>Set the controller to the bisque program and "
            "press start.</p><p><strong>Gas kiln</strong></p><p>Light the burners one at a "
            "time.</p>",
        ),
        ("Which cone fires stoneware?<ul><li>Cone 06</li><li>Cone 6</li></ul>", "<p>Cone 6</p>"),
    ]


def test_a_cheat_sheets_plain_terms_and_piped_terms() -> None:
    """Three or more paragraphs of a plain term's line over its definition's line; and
    `**Term** | Definition` paragraphs, a pipe with no table around it."""
    assert qa(FIND / "plain-lined-terms.md") == [
        ("bisque", "clay fired once, before it is glazed", T),
        ("leather hard", "clay dry enough to hold its shape but still soft enough to carve", T),
        ("slip", "liquid clay used to join pieces and to decorate", T),
        ("Grog", "Fired clay ground to grit and mixed into a body", T),
        ("Wedging", "Kneading clay to drive out the air", T),
        ("Slaking", "Soaking dry clay in water until it breaks down", T),
    ]


def test_numbered_labels_and_a_question_over_what_it_shows() -> None:
    """`**2. Soru:**` (the number before the label) over a quoted sentence it asks about,
    then `**Cevap:**`, lines of one paragraph: the quoted line goes with the question."""
    assert qa(FIND / "numbered-labels.md") == [
        ("Bisküvi pişirimi kaç derecede yapılır?", "Yaklaşık 950 derecede.", B),
        (
            "Aşağıdaki cümlede geçen edat hangisidir? “Çamur tezgahın üzerinde duruyor.”",
            "Üzerinde",
            B,
        ),
        ("Sır nedir?", "Pişince cam olan kaplama.", B),
    ]
