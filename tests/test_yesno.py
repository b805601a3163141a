"""Yes/no questions in any language (../shared/CARDS.md rule 4): a question answered yes or
no, a true/false item, and a yes/no wording whose answer gives content keep their card as
the guide asked them, and `check` names each once (file:line); a question word, an
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


def test_questions_answered_yes_or_no_keep_their_card_in_any_language(in_tmp: Path) -> None:
    """The verdict and what follows it are the guide's fact: the card stays as the guide
    asked it (a learner who lost "Nein." would lose the fact), and `check` names it."""
    shutil.copy(GARDEN, in_tmp / "garden.md")
    result = CliRunner().invoke(cli, ["cards", "garden.md", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["question"], r["answer"], r["source"]) for r in rows] == [
        ("Is the garden open in winter?", "<p>Yes, on weekends only.</p>", "garden.md:3"),
        ("Garden — Kann man im Garten grillen?", "<p>Nein.</p>", "garden.md:7"),
        ("Garden — ¿Hay agua potable en el jardín?", "<p>Sí, junto a la puerta norte.</p>",
         "garden.md:11"),
        ("Garden — Peut-on cueillir les fleurs ?",
         "<p>Non, elles restent pour les abeilles.</p>", "garden.md:15"),
        ("Garden — 花园里可以带狗吗？", "<p>可以，但要拴绳。</p>", "garden.md:19"),
        ("Garden — 温室は一年中開いていますか？", "<p>はい、毎日開いています。</p>",
         "garden.md:23"),
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
        # A true/false item keeps its statement and options; the right one is the answer.
        ("<p>温室在冬天也开放。</p><p><strong>选项：</strong></p><ul>\n<li>A. 正确</li>\n"
         "<li>B. 错误</li>\n</ul>", "<p>A) 正确</p>", "garden.md:75"),
        ("Garden — What benches are there near the pond?",
         "<p>Three of them stand under the willow.</p>", "garden.md:82"),
        ("Garden — Is there a fee for parking?", "<p>No.</p>", "garden.md:86"),
        ("Garden — How can I bring a picnic blanket?", "<p>Spread it on the east lawn.</p>",
         "garden.md:90"),
        ("Garden — Can we stay after dark?", "<p>Yes, members stay until ten.</p>",
         "garden.md:94"),
        ("Garden — Can I photograph the roses?", "<p>Photography is welcome everywhere.</p>",
         "garden.md:98"),
    ]  # fmt: skip


def test_check_names_every_yes_no_question_with_file_and_line(in_tmp: Path) -> None:
    """Once each, whether the answer says yes or no or gives content without saying it."""
    shutil.copy(GARDEN, in_tmp / "garden.md")
    result = CliRunner().invoke(cli, ["check", "garden.md"])
    assert result.exit_code == 0, result.output
    content = "; ask for the content instead"
    assert result.stdout.splitlines() == [
        f'garden.md:3: warning: yes/no question "Is the garden open in winter?"{content}',
        f'garden.md:7: warning: yes/no question "Kann man im Garten grillen?"{content}',
        f'garden.md:11: warning: yes/no question "¿Hay agua potable en el jardín?"{content}',
        f'garden.md:15: warning: yes/no question "Peut-on cueillir les fleurs ?"{content}',
        f'garden.md:19: warning: yes/no question "花园里可以带狗吗？"{content}',
        f'garden.md:23: warning: yes/no question "温室は一年中開いていますか？"{content}',
        f'garden.md:27: warning: yes/no question "Darf ich Samen mitbringen?"{content}',
        f'garden.md:31: warning: yes/no question "Ist der Eintritt frei?"{content}',
        f'garden.md:35: warning: yes/no question "¿Puedo traer mi bicicleta?"{content}',
        f'garden.md:39: warning: yes/no question "能否在花园里野餐？"{content}',
        f'garden.md:43: warning: yes/no question "Est-ce que le parc ferme le lundi ?"{content}',
        'garden.md:75: warning: true/false item "温室在冬天也开放。 选项： A. 正确 B. 错误"'
        + content,
        f'garden.md:86: warning: yes/no question "Is there a fee for parking?"{content}',
        f'garden.md:94: warning: yes/no question "Can we stay after dark?"{content}',
        f'garden.md:98: warning: yes/no question "Can I photograph the roses?"{content}',
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
    (in English and Chinese); answered with a plain yes or no, it stays the yes/no card
    the guide wrote; "A or B" already asks which."""
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
        ("Are Lua and Ruby dynamically typed?", "<p>Yes, both are.</p>"),
        ("Is Go or Rust faster to compile?", "<p>Go compiles faster than Rust.</p>"),
    ]  # fmt: skip
