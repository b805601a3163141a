"""One whole quiz session pinned line by line, prompts included (as llm's chat tests do): a
near miss asked "accept? [y/N]", a typo forgiven with its diff, an exact answer, another
term refused, a learning card back, `q`; then the rows the store holds."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from tpmcards.cli import cli

from .conftest import FIXTURES

TRANSCRIPT = """
[1/4] Food · type
Which grain is used in risotto?
Your answer: rice
? near miss: 1 of 2 key words
  diff: {+Arborio +}rice
Arborio rice.
accept? [y/N] y
Rate 1 Again, 2 Hard, 3 Good, 4 Easy [Enter = 3 Good]:

[2/4] Food · type
What is crème brûlée topped with?
Your answer: caramelsed sugar
✓ close enough
  diff: Caramel{+i+}sed sugar
Caramelised sugar.
Rate 1 Again, 2 Hard, 3 Good, 4 Easy [Enter = 3 Good]:

[3/4] Food · type
Which fruit is guacamole made from?
Your answer: avocado
✓ exact
Avocado.
Rate 1 Again, 2 Hard, 3 Good, 4 Easy [Enter = 3 Good]: 4

[4/4] Food · type
What do you whisk to make meringue?
Your answer: egg yolks
✗ a different term
  diff: Egg [-yolk-]{+white+}s
Egg whites.
Rate 1 Again, 2 Hard, 3 Good, 4 Easy [Enter = 1 Again, r = I was right]:

[again] Food · type
What do you whisk to make meringue?
Your answer: q

Answered 4, correct 3 (75%).
  Food  3/4
Missed:
  - What do you whisk to make meringue?
Next due: 1 card in 1 min (<local time>).
""".replace("]:\n", "]: \n")  # a prompt ends in a space; Enter alone leaves it at line end


def test_a_whole_typed_session_reads_as_pinned(in_tmp: Path, tpmcards_home: Path) -> None:
    shutil.copytree(FIXTURES / "quiz", in_tmp / "sources")
    typed = "rice\ny\n\ncaramelsed sugar\n\navocado\n4\negg yolks\n\nq\n"
    result = CliRunner().invoke(
        cli,
        ["quiz", "--no-color", "--mode", "type", "--topic", "food", "--order", "source"],
        input=typed,
    )
    assert result.exit_code == 0, result.output
    # The one line that depends on the clock: the local time the next card is due.
    output = re.sub(r"\(\d{4}-\d\d-\d\d \d\d:\d\d\)", "(<local time>)", result.output)
    assert output == TRANSCRIPT
    db = sqlite3.connect(tpmcards_home / "progress.sqlite3")
    rows = list(db.execute("SELECT question, typed, rating, correct, mode FROM reviews"))
    db.close()
    assert rows == [
        ("Which grain is used in risotto?", "rice", 3, 1, "type"),  # accepted: Good
        ("What is crème brûlée topped with?", "caramelsed sugar", 3, 1, "type"),
        ("Which fruit is guacamole made from?", "avocado", 4, 1, "type"),
        ("What do you whisk to make meringue?", "egg yolks", 1, 0, "type"),
    ]
