"""The quiz in a real terminal, driven through tmux: arrow keys edit the answer and Up
recalls the one before (readline) instead of landing in it as escape codes, and text wraps to
the width without breaking a word. Skipped only when tmux is not installed."""

from __future__ import annotations

import shlex
import shutil
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

WIDTH = 40
GUIDE = """\
# Planning

## Roadmaps

### What does a program roadmap show to stakeholders across the organisation?

The sequence of milestones that interdependent projects must reach before delivery.

### What cuts vegetables?

A knife.
"""


class Tmux:
    """A detached tmux server of our own, one window of a fixed size."""

    def __init__(self, socket: str) -> None:
        self.socket = socket

    def run(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=True
        )
        return done.stdout

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "quiz")

    def wait_for(self, text: str, seconds: float = 20.0, after: str = "") -> str:
        """The screen once `text` shows below `after` (the quiz runs at the machine's pace)."""
        end = time.monotonic() + seconds
        while True:
            screen = self.screen()
            if text in screen[screen.find(after) :] or time.monotonic() > end:
                return screen[screen.find(after) :]
            time.sleep(0.1)


@pytest.fixture
def tmux(in_tmp: Path, tpmcards_home: Path) -> Iterator[Tmux]:
    (in_tmp / "sources").mkdir()
    (in_tmp / "sources" / "planning.md").write_text(GUIDE, encoding="utf-8")
    server = Tmux(f"tpmcards-{uuid.uuid4().hex[:8]}")
    command = " ".join(
        shlex.quote(part)
        for part in [
            sys.executable,
            "-m",
            "tpmcards",
            "quiz",
            "--mode",
            "type",
            "--order",
            "source",
            "--no-color",
        ]
    )
    env = f"TPMCARDS_HOME={shlex.quote(str(tpmcards_home))} TERM=xterm NO_COLOR=1"
    server.run(
        "new-session",
        "-d",
        "-s",
        "quiz",
        "-x",
        str(WIDTH),
        "-y",
        "40",
        "-c",
        str(in_tmp),
        f"env {env} {command}; sleep 60",
    )
    try:
        yield server
    finally:
        subprocess.run(["tmux", "-L", server.socket, "kill-server"], check=False)


def test_arrow_keys_edit_the_answer_and_text_wraps_whole_words(
    tmux: Tmux, tpmcards_home: Path
) -> None:
    screen = tmux.wait_for("Your answer:")
    lines = screen.splitlines()
    assert all(len(line) <= WIDTH for line in lines)
    # The question, wrapped at 40 columns, every word whole.
    assert "What does a program roadmap show to" in lines
    assert "  stakeholders across the organisation?" in lines
    # Type with a slip, go back with the arrow keys and mend it, then answer.
    tmux.run("send-keys", "-t", "quiz", "-l", "seqence of milestones")
    tmux.run("send-keys", "-t", "quiz", "Home", "Right", "Right", "Right")
    tmux.run("send-keys", "-t", "quiz", "-l", "u")
    tmux.run("send-keys", "-t", "quiz", "Enter")
    screen = tmux.wait_for("[Enter = 3 Good]:")  # the whole prompt, not its first write
    assert "Your answer: sequence of milestones" in screen
    assert "\x1b" not in screen and "^[[D" not in screen
    assert "Rate 1 Again, 2 Hard, 3 Good, 4 Easy\n  [Enter = 3 Good]:" in screen  # wrapped
    answer = [line for line in screen.splitlines() if line.startswith("The sequence")]
    assert answer == ["The sequence of milestones that"]
    assert "  interdependent projects must reach" in screen.splitlines()
    tmux.run("send-keys", "-t", "quiz", "Enter")  # keep the suggested rating: saved
    tmux.wait_for("What cuts vegetables?")
    # History: Up brings back the answer before; Ctrl-U clears the line for a new one.
    tmux.run("send-keys", "-t", "quiz", "Up")
    below = tmux.wait_for("Your answer: sequence", after="What cuts vegetables?")
    assert "Your answer: sequence of milestones" in below
    tmux.run("send-keys", "-t", "quiz", "C-u")
    tmux.run("send-keys", "-t", "quiz", "-l", "a knife")
    tmux.run("send-keys", "-t", "quiz", "Enter")
    assert "✓ exact" in tmux.wait_for("✓ exact")
    tmux.run("send-keys", "-t", "quiz", "Enter")
    tmux.run("send-keys", "-t", "quiz", "q", "Enter")
    assert "Answered 2, correct 2 (100%)." in tmux.wait_for("Answered")
    db = sqlite3.connect(tpmcards_home / "progress.sqlite3")
    typed = [row[0] for row in db.execute("SELECT typed FROM reviews ORDER BY id")]
    db.close()
    assert typed == ["sequence of milestones", "a knife"]  # no escape codes saved
