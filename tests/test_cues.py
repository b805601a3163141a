"""Cues that ask one thing and stand alone (../shared/CARDS.md rules 1 and 3), as a learner
meets them in `tpmcards cards` and a guide's author in `tpmcards check`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from tpmcards.cli import cli
from tpmcards.markup import to_text

from .conftest import FIXTURES


def _cards(path: str) -> list[tuple[str, str, str]]:
    result = CliRunner().invoke(cli, ["cards", path, "--json"])
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return [(to_text(r["question"]), to_text(r["answer"]), to_text(r["extra"])) for r in rows]


def test_questions_name_their_subject_and_ask_one_thing() -> None:
    assert _cards(str(FIXTURES / "plotkeeper-faq.md")) == [
        # A question that does not name the subject of a "PlotKeeper FAQ" is asked with it
        # before, whether it says "it" or not.
        (
            "PlotKeeper — What does it cost?",
            "Nothing for one garden; a club with many gardens pays a small yearly fee.",
            "",
        ),
        # The answer, cut, answers the yes/no second question first: the cue keeps it.
        (
            "PlotKeeper — How secure is this? Can others see my plots?",
            "Your plots are kept private and secure unless you share a link to them.",
            "Everything you send travels encrypted and is stored in one country. Club "
            "administrators see the names of the gardens in their club, never the plots, and a "
            "shared link can be withdrawn at any time from the plot's menu.",
        ),
        # The answer was cut to what answers the first question: the cue asks only that.
        (
            "PlotKeeper — What is a plot?",
            "A plot is one bed of a garden with its own sowing calendar and harvest log.",
            "Each plot remembers what grew there in earlier years, warns when the same family "
            "of crops comes back too soon, and suggests what to sow next. The more seasons you "
            "record, the better the suggestions become, since they are drawn from your own "
            "harvests and not from averages.",
        ),
        # Two halves of one contrast: one question, the whole answer.
        (
            "PlotKeeper — Which beds get the morning sun and which beds get the evening sun?",
            "The east beds get the morning sun: the sheds shade them after noon, and they dry "
            "slowly. The west beds get the evening sun and stay warm long after sunset, which "
            "suits tomatoes and squash. Mark both on the map when you set up a garden.",
            "",
        ),
        # A short answer holds both parts: the cue stays as written.
        (
            "PlotKeeper — What is a harvest log and who keeps it?",
            "A list of what was picked and when; each gardener keeps their own.",
            "",
        ),
        # A yes/no afterthought the answer does not take up leaves the cue.
        (
            "PlotKeeper — How often should the harvest log be filled in?",
            "Fill in the harvest log after every picking, while the baskets are still in the shed.",
            "",
        ),
        # A question in another script needs its subject as much: a name reads in any.
        ("PlotKeeper — Сколько грядок в одном саду?", "До двадцати.", ""),
        # A prompt, not a question, asks for what it names: no prefix.
        ("Name the three plot sizes", "Small Medium Large", ""),
    ]


def test_a_title_that_names_nothing_names_no_subject_and_check_warns(in_tmp: Path) -> None:
    """A guide titled "Help FAQ" names no subject: nothing is invented, `check` names the card."""
    (in_tmp / "help.md").write_text(
        "# Help FAQ\n\n## What does it cost?\n\nNothing for one garden; a club pays a yearly fee.\n"
    )
    path = "help.md"
    assert [q for q, _, _ in _cards(path)] == ["What does it cost?"]
    result = CliRunner().invoke(cli, ["check", path])
    assert 'unnamed pronoun "it" in "What does it cost?"' in result.output


def test_check_judges_a_question_without_the_subject_named_before_it(in_tmp: Path) -> None:
    """A yes/no wording kept for its content answer is still named by `check`."""
    (in_tmp / "garden.md").write_text(
        "# Garden FAQ\n\n## Can I print my plots?\n\nOnly from the desktop app.\n"
    )
    assert [q for q, _, _ in _cards("garden.md")] == ["Garden — Can I print my plots?"]
    result = CliRunner().invoke(cli, ["check", "garden.md"])
    assert result.output.splitlines()[0] == (
        'garden.md:3: warning: yes/no question "Can I print my plots?"; ask for the content instead'
    )


def test_a_command_named_in_capitals_is_its_subject_and_a_file_name_is_none(
    in_tmp: Path,
) -> None:
    """A man page's "% GARDEN-CLI(1)" names the command; a guide without a title, named by
    its file, names nothing."""
    body = "## I sow too early every spring. What should I use?\n\nThe frost calendar.\n"
    (in_tmp / "manual.md").write_text("% GARDEN-CLI(1)\n\n# NAME\n\ngarden-cli\n\n" + body)
    (in_tmp / "garden-cli.md").write_text(
        "Q: I sow too early every spring. What should I use?\n\nA: The frost calendar.\n"
    )
    assert [q for q, _, _ in _cards("manual.md")] == [
        "garden-cli — I sow too early every spring. What should I use?"
    ]
    assert [q for q, _, _ in _cards("garden-cli.md")] == [
        "I sow too early every spring. What should I use?"
    ]


def test_check_names_the_cues_kept_with_two_questions(in_tmp: Path) -> None:
    """A cue kept whole though it asks two things is named for the author; a contrast of two
    halves is one question."""
    shutil.copy(FIXTURES / "plotkeeper-faq.md", in_tmp)
    result = CliRunner().invoke(cli, ["check", "plotkeeper-faq.md"])
    assert result.output.splitlines() == [
        'plotkeeper-faq.md:7: warning: two questions in "How secure is this? Can others see '
        'my plots?"; ask one per card',
        'plotkeeper-faq.md:29: warning: two questions in "What is a harvest log and who keeps '
        'it?"; ask one per card',
        "1 files: 0 errors, 2 warnings",
    ]
    (in_tmp / "beds.md").write_text(
        "# Notes\n\n## What is a bed? How wide is it? Who digs it?\n\n"
        "A strip of soil, a metre wide, dug by the gardener.\n"
    )
    result = CliRunner().invoke(cli, ["check", "beds.md"])
    assert result.output.splitlines()[0] == (
        'beds.md:3: warning: two questions in "What is a bed? How wide is it? Who digs it?"; '
        "ask one per card"
    )


def test_an_faq_titled_only_faq_is_about_the_name_its_answers_say(in_tmp: Path) -> None:
    """ "Frequently Asked Questions" names nothing, but when (nearly) every answer says
    "Sowly", the FAQ is Sowly's; a name said in fewer, or a word also written in lower case,
    is no subject."""
    entries = [
        ("Why does my tray stay dry?", "Sowly waters only the trays that are switched on."),
        ("How do I add a tray?", "Sowly finds a new tray when you press its button."),
        ("Where are the logs kept?", "Sowly writes them to the card in the base."),
        ("What powers it?", "Sowly runs on two batteries or a USB cable."),
        ("How loud is the pump?", "Sowly pumps quietly, about as loud as a fridge."),
        ("How big is the tank?", "Sowly holds two litres, enough for a week."),
    ]
    faq = "# Frequently Asked Questions\n\n" + "".join(f"## {q}\n\n{a}\n\n" for q, a in entries)
    (in_tmp / "faq.md").write_text(faq)
    assert [q for q, _, _ in _cards("faq.md")] == [f"Sowly — {q}" for q, _ in entries]
    # Said in 4 of 6 cards, the name is not what the FAQ is about.
    (in_tmp / "faq.md").write_text(faq.replace("Sowly", "It", 2))
    assert [q for q, _, _ in _cards("faq.md")] == [q for q, _ in entries]
    # "Trays" opens every answer, but "trays" is a word: no name.
    (in_tmp / "faq.md").write_text(faq.replace("Sowly", "Trays").replace("only the", "only"))
    assert [q for q, _, _ in _cards("faq.md")] == [q for q, _ in entries]


def test_an_faq_titled_in_another_language_names_its_subject(in_tmp: Path) -> None:
    """"Preguntas frecuentes sobre X", "X 常见问题", "FAQ zu X": the subject X goes before
    questions that do not name it, whatever their language; "Häufige Fragen" alone names
    nothing."""
    pages = {
        "es.md": "# Preguntas frecuentes sobre Huertix\n\n## ¿Cuánto cuesta?\n\nNada.\n",
        "zh.md": "# Huertix 常见问题\n\n## 需要联网吗？\n\n只在同步时需要。\n",
        "de.md": "# FAQ zu Huertix\n\n## Wie viele Beete passen?\n\nBis zu zwanzig.\n",
        "de-generic.md": "# Häufige Fragen\n\n## Wie viele Beete passen?\n\nBis zu zwanzig.\n",
    }
    for name, text in pages.items():
        (in_tmp / name).write_text(text)
    assert [_cards(name)[0][0] for name in pages] == [
        "Huertix — ¿Cuánto cuesta?",
        "Huertix — 需要联网吗？",
        "Huertix — Wie viele Beete passen?",
        "Wie viele Beete passen?",
    ]
