"""Finding the questions in the shapes the real set heldout29 showed (issue 12): an
interview sheet whose numbered items ask (with a question mark or as an order) over a
collapsible titled only "Answer" ("Ответ"). The line above the fold is the question, the
fold's body the answer, shown rather than folded under its label; a Russian list split into
clozes carries no English "and"."""

from __future__ import annotations

from tpmcards.model import CardKind

from .test_find_questions import FIND, cards_json, qa

B = CardKind.BASIC

LEAD = "Какие бывают печи для обжига (5): "
KINDS = [
    "Электрическая печь с нагревательными спиралями",
    "Газовая печь с горелками",
    "Дровяная печь анагама",
    "Печь раку для быстрого обжига",
    "Солевая печь для соляной глазури",
]


def test_a_line_over_a_folded_answer_asks_and_the_fold_is_opened() -> None:
    rows = [(r["question"], r["answer"], r["kind"]) for r in cards_json(FIND / "folded-answers.md")]
    assert rows[:2] == [
        (
            "What is a kiln's firing curve?",
            "<p>The plan of heat over time for one firing.</p>",
            "basic",
        ),
        (
            "Name two kinds of kiln, and say how they differ.",
            "<p>Electric kilns heat with coils; gas kilns burn fuel and can starve the flame of "
            "air.</p>",
            "basic",
        ),
    ]
    clozes = [
        LEAD + "; ".join(k for k in KINDS if k != hidden) + "; {{c1::" + hidden + "}}"
        for hidden in KINDS
    ]
    assert rows[2:] == [(cloze, "", "cloze") for cloze in clozes]


def test_a_docs_sites_name_in_any_language_is_the_subject() -> None:
    """A Sphinx page's `<title>` names its project with the word for documentation after it
    ("kilnlib ドキュメント", "KILNY - User documentation 2.1 Dokumentation") or before it
    ("документация Kiln.Online 0.1"): the project goes before each question, and "Вопросы и
    ответы" names no subject of its own."""
    assert qa(FIND / "site-ja.html") == [
        ("kilnlib — 窯の温度はどうやって測りますか？", "熱電対を使って測ります。", B)
    ]
    assert qa(FIND / "site-ru.html") == [
        ("Kiln.Online — Как включить печь?", "Нажмите кнопку питания и выберите программу.", B)
    ]
    assert qa(FIND / "site-de.html") == [
        ("KILNY — Wie heiß wird der Ofen?", "Bis zu 1300 Grad.", B)
    ]


def test_a_czech_list_split_into_clozes_carries_no_english_and() -> None:
    rows = cards_json(FIND / "czech-set.md")
    assert len(rows) == 5
    assert all(" and " not in r["question"] for r in rows)
    assert rows[0]["question"] == (
        "Co je součástí kurzu (5): Glazury a engoby; Dva výpaly v peci; Nářadí k zapůjčení; "
        "Zástěra pro každého; {{c1::Hlína na celý semestr}}"
    )


def test_a_sites_name_from_its_meta_data_names_the_subject() -> None:
    """A page titled only "Frequently Asked Questions" names its site in `og:site_name`, a
    Markdown page in its front matter's `seo_title` ("FAQ | 釉薬ノート"); the page's own
    answer wins over the front matter's FAQ summary of the same question."""
    assert qa(FIND / "og-site.html") == [
        (
            "Glazebook — How do I mix a glaze?",
            "Weigh the dry parts, then add water slowly while stirring.",
            B,
        )
    ]
    assert qa(FIND / "seo-faq.md") == [
        (
            "釉薬ノート — 試用期間はありますか？",
            "最初の7日間は無料で試せます。その後は月額制です。",
            B,
        ),
        ("釉薬ノート — 対応OSは何ですか？", "WindowsとmacOSです。", B),
    ]
