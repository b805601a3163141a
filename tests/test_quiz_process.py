"""The quiz as a real process: killed mid-session it has saved every answer; Ctrl-C exits 130
with the summary."""

from __future__ import annotations

import os
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import FIXTURES


def start_quiz(folder: Path, home: Path, *args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "TPMCARDS_HOME": str(home), "NO_COLOR": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "tpmcards", "quiz", "--mode", "flip", "--order", "source", *args],
        cwd=folder,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def read_until(proc: subprocess.Popen[bytes], marker: str, seen: bytearray) -> str:
    """Read the quiz's output until `marker` appears (or fail after 30 s)."""
    assert proc.stdout is not None
    deadline = time.monotonic() + 30
    while marker.encode() not in seen:
        if time.monotonic() > deadline:
            pytest.fail(f"no {marker!r} in output: {seen.decode()}")
        ready, _, _ = select.select([proc.stdout], [], [], 0.5)
        if ready:
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                pytest.fail(f"quiz ended before {marker!r}: {seen.decode()}")
            seen += chunk
    return seen.decode()


def answer(proc: subprocess.Popen[bytes], text: str) -> None:
    assert proc.stdin is not None
    proc.stdin.write(text.encode())
    proc.stdin.flush()


def saved_reviews(home: Path) -> list[tuple[str, int]]:
    db = sqlite3.connect(home / "progress.sqlite3")
    try:
        return list(db.execute("SELECT question, rating FROM reviews ORDER BY id"))
    finally:
        db.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES / "quiz", tmp_path / "sources")
    return tmp_path


def test_sigkill_mid_session_loses_no_answered_review(folder: Path, tpmcards_home: Path) -> None:
    """Every answer is saved before the next question: SIGKILL loses none of them."""
    proc = start_quiz(folder, tpmcards_home)
    seen = bytearray()
    ratings = [4, 2, 1]
    try:
        for n, rating in enumerate(ratings, start=1):
            read_until(proc, f"[{n}/9]", seen)
            answer(proc, f"\n{rating}\n")
        read_until(proc, "[4/9]", seen)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert saved_reviews(tpmcards_home) == [
        ("What cuts vegetables?", 4),
        ("Which tools does every cook need?", 2),
        ("What holds soup?", 1),
    ]


def test_ctrl_c_saves_prints_the_summary_and_exits_130(folder: Path, tpmcards_home: Path) -> None:
    """SIGINT while waiting for an answer: answers kept, summary printed, exit status 130."""
    proc = start_quiz(folder, tpmcards_home)
    seen = bytearray()
    try:
        read_until(proc, "[1/9]", seen)
        answer(proc, "\n3\n")
        read_until(proc, "[2/9]", seen)
        read_until(proc, "(q quits) ", seen)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    text = seen.decode() + out.decode()
    assert proc.returncode == 130, err.decode()
    assert "Answered 1, correct 1 (100%)." in text
    assert "Traceback" not in err.decode()
    assert saved_reviews(tpmcards_home) == [("What cuts vegetables?", 3)]


@pytest.mark.parametrize(
    ("extra", "env", "coloured"),
    [((), {}, True), (("--no-color",), {}, False), ((), {"NO_COLOR": "1"}, False)],
    ids=["tty", "--no-color", "NO_COLOR"],
)
def test_colours_only_on_a_terminal_and_never_when_refused(
    folder: Path, tpmcards_home: Path, extra: tuple[str, ...], env: dict[str, str], coloured: bool
) -> None:
    """On a terminal the quiz uses colour, unless --no-color or NO_COLOR says otherwise."""
    import pty

    master, slave = pty.openpty()
    base = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tpmcards", "quiz", "--mode", "flip", "-n", "1", *extra],
        cwd=folder,
        env={**base, "TPMCARDS_HOME": str(tpmcards_home), **env},
        stdin=subprocess.PIPE,
        stdout=slave,
        stderr=slave,
    )
    os.close(slave)
    assert proc.stdin is not None
    proc.stdin.write(b"\n3\n")
    proc.stdin.close()
    output = bytearray()
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal closes when the quiz exits
            break
        if not chunk:
            break
        output += chunk
    os.close(master)
    assert proc.wait(timeout=30) == 0
    assert b"What cuts vegetables?" in output
    assert (b"\x1b[" in output) is coloured
