"""Growth (issue 17): each pathological guide grown 8 times takes at most about 8 times as
long. A ratio of two timings in one run, never a wall-clock limit; the sizes are small so
the suite stays fast (benchmarks/hostile.py runs the issue's full sizes)."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tpmcards.preview import render_preview
from tpmcards.project import Project
from tpmcards.quiz import cloze_blanked, cloze_deletions, cloze_filled

# 8x the input may take at most this many times as long: linear (or n log n), with room for
# a shared machine's noise (12x was seen under load for a linear stage). A quadratic stage
# would take 64 times as long, a cubic one 512.
MAX_RATIO = 20


def _nested_tables(n: int) -> str:
    return "# T\n\n## What is x?\n\n" + "<table><tr><td>" * n + "x" + "</td></tr></table>" * n


def _nested_dl(n: int) -> str:
    return "# D\n\n## What is x?\n\n" + "<dl><dt>t</dt><dd>" * n + "x" + "</dd></dl>" * n


def _cloze_openers(n: int) -> str:
    return "# C\n\n{{c1::one}} closed, then " + "{{c1::a::" * n + "end\n"


def _unclosed_cloze(n: int) -> str:
    return "# C\n\n" + "{{c1::word " * n + "\n"


def _parens(n: int) -> str:
    return "# M\n\n## What is x?\n\nIt is " + "\\(" * n + "\n"


def _missing_images(n: int) -> str:
    return "# I\n\n## What is shown?\n\n" + "".join(f"![i{i}](m{i}.png)\n" for i in range(n))


def _comments(n: int) -> str:
    return "<h1>C</h1><h2>What is x?</h2><p>It is " + "<!--" * n + "</p>"


def _dollars(n: int) -> str:
    return "# M\n\n## What is x?\n\nIt is " + "$a " * n + "\n"


def _stars(n: int) -> str:
    return "# S\n\n## What is x?\n\nIt is " + "**a " * n + "\n"


def _bold_tags(n: int) -> str:
    return "<h1>B</h1><h2>What is x?</h2><p>It is " + "<b>a " * n + "</p>"


def _term_bullets(n: int) -> str:
    return "# T\n\n## Terms\n\n" + "".join(f"- **Term {i}**: meaning {i}\n" for i in range(n))


SHAPES: list[tuple[str, str, Callable[[int], str], int]] = [
    ("nested tables", ".md", _nested_tables, 150),
    ("nested dl", ".md", _nested_dl, 150),
    ("cloze openers", ".md", _cloze_openers, 150),
    ("unclosed cloze", ".md", _unclosed_cloze, 600),
    ("\\( repeated", ".md", _parens, 1000),
    ("missing images", ".md", _missing_images, 300),
    ("<!-- repeated", ".html", _comments, 1000),
    ("$ repeated", ".md", _dollars, 1000),
    ("** repeated", ".md", _stars, 1000),
    ("<b> repeated", ".html", _bold_tags, 1000),
    ("term bullets", ".md", _term_bullets, 150),
]


def _every_stage(guide: Path) -> None:
    """What `cards`, `build`, `preview` and `quiz` do with a guide, short of writing files."""
    project = Project([guide], out_dir=guide.parent / "decks", use_cache=False)
    cards = project.identified()
    render_preview(cards, project.merged_config(), project.media.files)
    for dc in cards:
        cloze_blanked(dc.card.question), cloze_filled(dc.card.question)
        cloze_deletions(dc.card.question)


def _best_times(small: Path, large: Path, runs: int = 4) -> tuple[float, float]:
    """The best timing of each guide, taken in turns (so that other work on the machine
    slows both alike), without the garbage collector: its passes grow with the heap, not
    with the work a stage does, and made the ratio noisy."""
    best = [float("inf"), float("inf")]
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            for n, guide in enumerate((small, large)):
                # CPU time of this process: time spent waiting for a busy machine's cores
                # is not the stage's.
                start = time.process_time()
                _every_stage(guide)
                best[n] = min(best[n], time.process_time() - start)
    finally:
        gc.enable()
    return best[0], best[1]


@pytest.mark.parametrize(
    ("suffix", "make", "n"), [s[1:] for s in SHAPES], ids=[s[0] for s in SHAPES]
)
def test_eight_times_the_input_takes_about_eight_times_as_long(
    tmp_path: Path, suffix: str, make: Callable[[int], str], n: int
) -> None:
    small, large = tmp_path / f"small{suffix}", tmp_path / f"large{suffix}"
    small.write_text(make(n), "utf-8")
    large.write_text(make(8 * n), "utf-8")
    _every_stage(small)  # warm: imports and compiled patterns are not the guide's work
    small_time, large_time = _best_times(small, large)
    ratio = large_time / small_time
    assert ratio <= MAX_RATIO, f"8x the input took {ratio:.0f}x the time"
