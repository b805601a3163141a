"""FAQ headings that name a problem instead of asking ("ERROR: heater not detected"): the
card asks for what its answer gives, the cause, the meaning or the fix (CARDS.md rule 5)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tpmcards.cli import cli

FAQ = """# Brewkit FAQ

## ERROR: heater not detected

The base plate loses contact when the kettle sits crooked on it. You can reseat the kettle
to restore contact.

## The display does not light up after a power cut

Hold the reset button for five seconds.

## BrewError: scale overflow

This message means the load on the scale is over five kilos.

## The lid hinge fails after a year

Steam reaches the hinge spring. It also softens the plastic around it.

## I don't like the beeping!

The beep is on by default, and most people find it handy.

## Explain why the filter fails to drain

A blocked mesh holds the water back.

## The grinder fails after a minute

By default, the motor cuts out after sixty seconds even if you have beans left.
"""


def test_a_problem_heading_asks_for_the_cause_meaning_or_fix_its_answer_gives(
    in_tmp: Path,
) -> None:
    """The cause first and the fix that follows it in Extra; an instruction asked as the
    fix; an error that "means" something asked for its meaning; a cause told in two
    sentences kept whole. A taste and a task the guide sets stay as they are."""
    (in_tmp / "brewkit.md").write_text(FAQ)
    result = CliRunner().invoke(cli, ["cards", "brewkit.md", "--json"])
    assert result.exit_code == 0, result.output
    rows = [(r["question"], r["answer"], r["extra"]) for r in json.loads(result.stdout)]
    assert rows == [
        ("Brewkit — What causes “ERROR: heater not detected”?",
         "<p>The base plate loses contact when the kettle sits crooked on it.</p>",
         "<p>You can reseat the kettle to restore contact.</p>"),
        ("Brewkit — What fixes “The display does not light up after a power cut”?",
         "<p>Hold the reset button for five seconds.</p>", ""),
        ("Brewkit — What does “BrewError: scale overflow” mean?",
         "<p>This message means the load on the scale is over five kilos.</p>", ""),
        ("Brewkit — What causes “The lid hinge fails after a year”?",
         "<p>Steam reaches the hinge spring. It also softens the plastic around it.</p>", ""),
        ("I don't like the beeping!",
         "<p>The beep is on by default, and most people find it handy.</p>", ""),
        ("Explain why the filter fails to drain",
         "<p>A blocked mesh holds the water back.</p>", ""),
        # "if you have beans" is what one has, not what one must do: a cause, no fix.
        ("Brewkit — What causes “The grinder fails after a minute”?",
         "<p>By default, the motor cuts out after sixty seconds even if you have beans left.</p>",
         ""),
    ]  # fmt: skip
