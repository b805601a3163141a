"""Time the pathological guides of issue 17 (hostile input, round 2) and their growth.

    python benchmarks/hostile.py               # the issue's table: each shape at its size
    python benchmarks/hostile.py --growth      # each shape at 1x, 2x, 4x, 8x: time ratios
    python benchmarks/hostile.py --only dl     # shapes whose name holds `dl`
    python benchmarks/hostile.py --tpmcards /tmp/old/.venv/bin/tpmcards   # another build

Each guide is written to benchmarks/_work/hostile/ and run through the real command
(`tpmcards cards FILE --json`, or `quiz`/`preview` for the cloze paragraph) in a fresh
process with an empty cache, under a time limit. Peak memory is the child's max RSS.
Never part of the test suite: timings belong here (tests/test_hostile.py checks growth
ratios at small sizes).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "benchmarks" / "_work" / "hostile"


@dataclass(frozen=True)
class Shape:
    """A pathological guide: its name, file suffix, how it grows, the issue's size."""

    name: str
    suffix: str
    make: Callable[[int], str]  # n repetitions -> guide text
    size: int  # bytes the issue ran it at
    command: str = "cards"


def _nested_tables(n: int) -> str:
    return "# T\n\n" + "<table><tr><td>" * n + "x" + "</td></tr></table>" * n + "\n"


def _nested_cloze(n: int) -> str:
    return "# Cloze\n\n{{c1::one}} closed, then " + "{{c1::a::" * n + "end\n"


def _unclosed_cloze(n: int) -> str:
    return "# Cloze\n\n" + "{{c1::word " * n + "\n"


def _nested_dl(n: int) -> str:
    return "# D\n\n" + "<dl><dt>t</dt><dd>" * n + "x" + "</dd></dl>" * n + "\n"


def _comments(n: int) -> str:
    return "<html><body><h1>C</h1><p>" + "<!--" * n + "</p></body></html>\n"


def _parens(n: int) -> str:
    return "# M\n\n" + "\\(" * n + "\n"


def _missing_images(n: int) -> str:
    return "# Images\n\n## What is shown?\n\n" + "".join(
        f"![img {i}](missing-{i}.png)\n" for i in range(n)
    )


def _dl_pairs(n: int) -> str:
    body = "".join(f"<dt>Term {i}</dt><dd>Meaning number {i}</dd>" for i in range(n))
    return f"<html><body><h1>D</h1><dl>{body}</dl></body></html>\n"


def _bold_questions(n: int) -> str:
    return "# B\n\n" + "".join(f"**What is item {i}?**\nIt is thing {i}.\n\n" for i in range(n))


def _term_bullets(n: int) -> str:
    return "# Terms\n\n" + "".join(f"- **Term {i}**: meaning {i}\n" for i in range(n))


def _question_headings(n: int) -> str:
    return "# Q\n\n" + "".join(
        f"## What is question {i}?\n\nThe answer to question {i} is here.\n\n" for i in range(n)
    )


def _dollars(n: int) -> str:
    return "# M\n\n" + "$a " * n + "\n"


def _stars(n: int) -> str:
    return "# S\n\n" + "**a " * n + "\n"


def _bold_tags(n: int) -> str:
    return "<html><body><h1>B</h1><p>" + "<b>a " * n + "</p></body></html>\n"


def _nested_lists(n: int) -> str:
    return "# L\n\n" + "<ul><li>" * n + "x" + "</li></ul>" * n + "\n"


SHAPES = [
    Shape("300 nested <table> (md)", ".md", _nested_tables, 9_900),
    Shape("nested {{c1:: openers (quiz)", ".md", _nested_cloze, 13_000, "quiz"),
    Shape("nested {{c1:: openers (preview)", ".md", _nested_cloze, 13_000, "preview"),
    Shape("unclosed {{c1:: repeated", ".md", _unclosed_cloze, 240_000),
    Shape("nested <dl>", ".md", _nested_dl, 45_000),
    Shape("<!-- repeated (html)", ".html", _comments, 400_000),
    Shape("\\( repeated", ".md", _parens, 600_000),
    Shape("20,000 missing images", ".md", _missing_images, 520_000),
    Shape("200,000 <dl> pairs", ".html", _dl_pairs, 7_200_000),
    Shape("100,000 bold questions", ".md", _bold_questions, 4_000_000),
    Shape("200,000 term bullets", ".md", _term_bullets, 5_500_000),
    Shape("100,000 question headings", ".md", _question_headings, 5_800_000),
    Shape("$ repeated", ".md", _dollars, 600_000),
    Shape("** repeated", ".md", _stars, 600_000),
    Shape("<b> repeated (html)", ".html", _bold_tags, 600_000),
    Shape("nested lists", ".md", _nested_lists, 45_000),
]


def sized(shape: Shape, target: int) -> str:
    """The shape's text grown to about `target` bytes."""
    one = len(shape.make(1).encode())
    ten = len(shape.make(11).encode())
    per = max(1, (ten - one) // 10)
    return shape.make(max(1, (target - one) // per + 1))


def run(shape: Shape, text: str, tpmcards: str, limit: float) -> tuple[float, str, float]:
    """Run the command on `text`: seconds, outcome (cards, refusal line, or killed), MB."""
    folder = Path(tempfile.mkdtemp(dir=WORK))
    guide = folder / f"guide{shape.suffix}"
    guide.write_text(text, "utf-8")
    env = {**os.environ, "TPMCARDS_HOME": str(folder / "home")}
    args = {
        "cards": [tpmcards, "cards", guide.name, "--json"],
        "preview": [tpmcards, "preview", guide.name, "-o", "p.html"],
        "quiz": [tpmcards, "quiz", guide.name, "-n", "1"],
    }[shape.command]
    rss = folder / "maxrss"
    # A small wrapper reports the peak memory of this one run (ru_maxrss of its child).
    wrapper = [sys.executable, "-c", _WRAP, str(rss), *args]
    start = time.perf_counter()
    child = subprocess.Popen(
        wrapper,
        cwd=folder,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        _, stderr = child.communicate("q\n" * 3, timeout=limit)
        seconds = time.perf_counter() - start
        lines = stderr.strip().splitlines()
        if child.returncode == 0:
            outcome = "ok"
        elif len(lines) == 1 and lines[0].startswith("Error:"):
            outcome = "refused: " + lines[0][:70]
        else:
            outcome = f"exit {child.returncode}: " + (lines[-1][:70] if lines else "")
    except subprocess.TimeoutExpired:
        seconds = time.perf_counter() - start
        os.killpg(child.pid, signal.SIGKILL)
        child.communicate()
        outcome = f"killed at {limit:.0f} s"
    try:
        peak = int(rss.read_text()) / 1024
    except (OSError, ValueError):
        peak = float("nan")
    shutil.rmtree(folder, ignore_errors=True)
    return seconds, outcome, peak


_WRAP = """
import resource, subprocess, sys
code = subprocess.call(sys.argv[2:])
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
open(sys.argv[1], "w").write(str(peak))
sys.exit(code)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--growth", action="store_true", help="1x..8x of a base size")
    parser.add_argument("--base", type=int, default=20_000, help="bytes at 1x (--growth)")
    parser.add_argument("--only", default="", help="only shapes whose name holds this")
    parser.add_argument("--limit", type=float, default=90.0, help="seconds before a kill")
    parser.add_argument("--tpmcards", default=str(Path(sys.executable).parent / "tpmcards"))
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    shapes = [s for s in SHAPES if args.only in s.name]
    if args.growth:
        print(f"| shape | {' | '.join(f'{k}x' for k in (1, 2, 4, 8))} | 8x/1x |")
        print("| --- | --- | --- | --- | --- | --- |")
        for shape in shapes:
            times = [
                run(shape, sized(shape, args.base * k), args.tpmcards, args.limit)[0]
                for k in (1, 2, 4, 8)
            ]
            cells = " | ".join(f"{t:.2f}" for t in times)
            print(f"| {shape.name} | {cells} | {times[-1] / times[0]:.1f} |", flush=True)
        return
    print("| input | size | command | seconds | result | peak MB |")
    print("| --- | --- | --- | --- | --- | --- |")
    for shape in shapes:
        text = sized(shape, shape.size)
        seconds, outcome, peak = run(shape, text, args.tpmcards, args.limit)
        size = len(text.encode())
        print(
            f"| {shape.name} | {size / 1000:.0f} KB | {shape.command} | {seconds:.1f} | "
            f"{outcome} | {peak:.0f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
