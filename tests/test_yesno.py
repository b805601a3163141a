"""Yes/no questions in any language (../shared/CARDS.md rule 4): a question answered yes or
no, and a true/false item, give no card and `check` names each (file:line); a yes/no
wording whose answer gives content keeps its card and `check` warns; a question word, an
alternative ("deep or shallow?") or a definition that opens with 是 is no yes/no.
"Are there any benches...? Yes, three..." is safely asked as "What benches are there...?",
and "Can I...? Yes, spread it..." (an instruction) as "How can I...?"."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from tpmcards.cli import cli

from .conftest import FIXTURES

GARDEN = FIXTURES / "yesno" / "garden.md"


def test_questions_answered_yes_or_no_in_any_language_give_no_card(in_tmp: Path) -> None:
    shutil.copy(GARDEN, in_tmp / "garden.md")
    result = CliRunner().invoke(cli, ["cards", "garden.md", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["question"], r["answer"], r["source"]) for r in rows] == [
        ("Garden — Darf ich Samen mitbringen?", "<p>Nur in geschlossenen Tüten.</p>",
         "garden.md:27"),
        ("Garden — Ist der Eintritt frei?", "<p>Nur für Kinder unter zehn.</p>", "garden.md:31"),
        ("Garden — ¿Puedo traer mi bicicleta?", "<p>Solo por el camino de grava.</p>",
         "garden.md:35"),
        ("Garden — 能否在花园里野餐？", "<p>只在草坪东侧。</p>", "garden.md:39"),
        ("Garden — Est-ce que le parc ferme le lundi ?", "<p>Seulement en janvier.</p>",
         "garden.md:43"),
        ("Garden — Was ist ein Hochbeet?", "<p>Ein Beet auf Hüfthöhe, aus Holz gebaut.</p>",
         "garden.md:47"),
        ("Garden — 什么是堆肥？", "<p>是一种由落叶变成的肥料。</p>", "garden.md:51"),
        ("What time does the garden close?", "<p>At six in the evening.</p>", "garden.md:55"),
        # A question in any language not naming the "Garden FAQ"'s subject is asked with it
        # before.
        ("Garden — Is the pond deep or shallow?", "<p>Shallow, about knee high.</p>",
         "garden.md:59"),
        ("Garden — What benches are there near the pond?",
         "<p>Three of them stand under the willow.</p>", "garden.md:82"),
        ("Garden — How can I bring a picnic blanket?", "<p>Spread it on the east lawn.</p>",
         "garden.md:90"),
    ]  # fmt: skip


def test_check_names_every_yes_no_question_with_file_and_line(in_tmp: Path) -> None:
    shutil.copy(GARDEN, in_tmp / "garden.md")
    result = CliRunner().invoke(cli, ["check", "garden.md"])
    assert result.exit_code == 0, result.output
    dropped = "yes/no question answered yes or no"
    content = "; ask for the content instead"
    assert result.stdout.splitlines() == [
        f'garden.md:3: warning: {dropped} "Is the garden open in winter?"; card dropped',
        f'garden.md:7: warning: {dropped} "Kann man im Garten grillen?"; card dropped',
        f'garden.md:11: warning: {dropped} "¿Hay agua potable en el jardín?"; card dropped',
        f'garden.md:15: warning: {dropped} "Peut-on cueillir les fleurs ?"; card dropped',
        f'garden.md:19: warning: {dropped} "花园里可以带狗吗？"; card dropped',
        f'garden.md:23: warning: {dropped} "温室は一年中開いていますか？"; card dropped',
        f'garden.md:27: warning: yes/no question "Darf ich Samen mitbringen?"{content}',
        f'garden.md:31: warning: yes/no question "Ist der Eintritt frei?"{content}',
        f'garden.md:35: warning: yes/no question "¿Puedo traer mi bicicleta?"{content}',
        f'garden.md:39: warning: yes/no question "能否在花园里野餐？"{content}',
        f'garden.md:43: warning: yes/no question "Est-ce que le parc ferme le lundi ?"{content}',
        'garden.md:75: warning: true/false item "温室在冬天也开放。 选项： A. 正确 B. 错误"; '
        "card dropped",
        f'garden.md:86: warning: {dropped} "Is there a fee for parking?"; card dropped',
        f'garden.md:94: warning: {dropped} "Can we stay after dark?"; card dropped',
        f'garden.md:98: warning: {dropped} "Can I photograph the roses?"; card dropped',
    ]


def test_a_can_question_answered_with_a_way_asks_how(in_tmp: Path) -> None:
    """ "Can I see the log? If you want to read it, open ..." tells how, without a yes or
    no: the card asks "How can I ...?" and `check` no longer names it. A request ("Can
    you please ...?") and an answer that denies ("Exports are not supported ...") stay as
    the guide wrote them."""
    (in_tmp / "garden.md").write_text(
        "# Sprinkler notes\n\n"
        "## Can I see the watering log?\n\n"
        "If you want to read the log, open the History tab after the first cycle.\n\n"
        "## Can zones be watered in turn?\n\n"
        "Give each zone a start time at least ten minutes after the last one ends.\n\n"
        "## Can you please bring back the rain sensor?\n\n"
        "The new controller reads the weather forecast instead.\n\n"
        "## Can I export the schedule?\n\n"
        "Exports are not supported on the basic controller.\n"
    )
    result = CliRunner().invoke(cli, ["cards", "garden.md", "--json"])
    assert result.exit_code == 0, result.output
    assert [(r["question"], r["answer"]) for r in json.loads(result.stdout)] == [
        ("How can I see the watering log?",
         "<p>If you want to read the log, open the History tab after the first cycle.</p>"),
        ("How can zones be watered in turn?",
         "<p>Give each zone a start time at least ten minutes after the last one ends.</p>"),
        ("Can you please bring back the rain sensor?",
         "<p>The new controller reads the weather forecast instead.</p>"),
        ("Can I export the schedule?",
         "<p>Exports are not supported on the basic controller.</p>"),
    ]  # fmt: skip
    checked = CliRunner().invoke(cli, ["check", "garden.md"]).output
    assert "watering log" not in checked and "export the schedule" in checked


def test_a_yes_no_question_of_several_things_asks_which_of_them(in_tmp: Path) -> None:
    """One yes or no asked of a list of things, answered thing by thing, asks which of them
    (in English and Chinese); answered with a plain yes or no, it stays a yes/no card and
    is dropped; "A or B" already asks which."""
    (in_tmp / "langs.md").write_text(
        "# Language notes\n\n"
        "## Do Go, Rust and Zig have a garbage collector?\n\n"
        "Go has one; Rust and Zig free memory without one.\n\n"
        "## Tuple、List、Dict是否可以修改？\n\n"
        "List和Dict可以修改，Tuple不可以。\n\n"
        "## Are Lua and Ruby dynamically typed?\n\n"
        "Yes, both are.\n\n"
        "## Is Go or Rust faster to compile?\n\n"
        "Go compiles faster than Rust.\n"
    )
    result = CliRunner().invoke(cli, ["cards", "langs.md", "--json"])
    assert result.exit_code == 0, result.output
    assert [(r["question"], r["answer"]) for r in json.loads(result.stdout)] == [
        ("Which of Go, Rust and Zig have a garbage collector?",
         "<p>Go has one; Rust and Zig free memory without one.</p>"),
        ("Tuple、List、Dict中哪些可以修改？", "<p>List和Dict可以修改，Tuple不可以。</p>"),
        ("Is Go or Rust faster to compile?", "<p>Go compiles faster than Rust.</p>"),
    ]  # fmt: skip
