"""Benchmark tpmcards on a synthetic corpus, optionally side by side with markdown-anki-decks.

    python benchmarks/run.py              # 200 files, 10,000 cards; and 10x that
    python benchmarks/run.py --vs-peer    # the same, with the peer's build in the same run
    python benchmarks/run.py --quick      # a small corpus, one run each: a smoke test

Every figure is the median of --runs subprocess runs of the real `tpmcards` command. Work
files (corpus, decks, cache, the peer's venv) go to benchmarks/_work/ (gitignored).
Never part of the test suite: timings belong here, not in tests.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
import venv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import Corpus, edit_one_file, write_corpus

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "benchmarks" / "_work"
BIN = Path(sys.executable).parent
PEER_PACKAGES = ["markdown-anki-decks==1.1.1", "click<8.2"]


class Timing(NamedTuple):
    """Wall-clock seconds, and CPU seconds (user + system) of the process and its children."""

    wall: float
    cpu: float


def _median(timings: Sequence[Timing]) -> Timing:
    return Timing(
        statistics.median(t.wall for t in timings), statistics.median(t.cpu for t in timings)
    )


@dataclass
class Row:
    """One line of the table: our figure, the peer's, and the target it is held to."""

    name: str
    ours: float | None
    unit: str = "s"
    peer: float | None = None
    cpu: float | None = None
    peer_cpu: float | None = None
    ratio: float | None = None
    ratio_label: str = ""
    target: str = ""
    met: bool | None = None
    note: str = ""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--quick", action="store_true", help="20 files, 1,000 cards, 1 run")
    parser.add_argument("--vs-peer", action="store_true", help="also time markdown-anki-decks")
    parser.add_argument("--no-10x", action="store_true", help="skip the 10x corpus")
    args = parser.parse_args(argv)
    if args.quick:
        args.files, args.cards, args.runs = 20, 1_000, 1

    tpmcards = BIN / "tpmcards"
    if not tpmcards.exists():
        sys.exit(f"no tpmcards script beside {sys.executable}; run `pip install -e '.[bench]'`")
    shutil.rmtree(WORK / "runs", ignore_errors=True)
    work = WORK / "runs"
    home = work / "home"
    env = {**_BASE_ENV, "TPMCARDS_HOME": str(home), "PYTHONWARNINGS": "ignore"}
    corpus = write_corpus(work / "corpus", args.files, args.cards)
    print(
        f"corpus: {corpus.files} files, {corpus.cards} cards ({sys.executable}, "
        f"{os.cpu_count()} cores); median of {args.runs} run(s)",
        flush=True,
    )
    runner = Runner(tpmcards, env, home, args.runs)
    rows: list[Row] = []

    runner.build(corpus, work / "out")  # untimed: compiles bytecode, warms the disk cache
    peer_runs: list[Timing] = []
    if args.vs_peer:
        peer_build(corpus, work / "peer-out")  # untimed: the same warm-up for the peer
    # Ours and the peer's alternate, so a busy machine slows both alike.
    cold_runs = []
    for _ in range(args.runs):
        runner.clear(work / "out")
        cold_runs.append(runner.build(corpus, work / "out"))
        if args.vs_peer:
            peer_runs.append(peer_build(corpus, work / "peer-out"))
    cold = _median(cold_runs)
    peer_t = _median(peer_runs) if peer_runs else None
    peer = peer_t.wall if peer_t else None
    built = runner.last_output.splitlines()[0] if runner.last_output else ""
    print(f"  {built}", flush=True)
    rss = runner.peak_rss(corpus, work / "out")
    warm = runner.median(lambda: runner.build(corpus, work / "out"))
    # Each run edits one file, rebuilds, then rebuilds again with no change: that second
    # build must find the memo the edit's build left, as after a cold build.
    edited_runs, after_edit_runs = [], []
    for n in range(args.runs):
        edit_one_file(corpus, n)
        edited_runs.append(runner.build(corpus, work / "out"))
        after_edit_runs.append(runner.build(corpus, work / "out"))
    edited, after_edit = _median(edited_runs), _median(after_edit_runs)

    peer_cpu = peer_t.cpu if peer_t else None
    rows.append(_vs_peer("cold build (no cache)", cold, peer, 4, peer_cpu))
    if peer_cpu is not None:
        rows.append(_vs_peer("cold build, CPU", Timing(cold.cpu, cold.cpu), peer_cpu, 4))
    rows.append(_vs_peer("no-change rebuild", warm, peer, 20))
    rows.append(_vs_peer("first no-change rebuild after an edit", after_edit, peer, 20))
    rows.append(
        Row(
            "rebuild after editing 1 file",
            edited.wall,
            cpu=edited.cpu,
            ratio=_div(edited.wall, warm.wall),
            ratio_label="/no-change",
            target="<= 2x no-change",
            met=_le(_div(edited.wall, warm.wall), 2),
            note=f"CPU {_div(edited.cpu, warm.cpu) or 0:.2f}x the no-change's",
        )
    )
    floor = runner.median(
        lambda: _time([str(BIN / "python"), "-c", "import click"], env), n=10
    ).wall
    help_ = runner.median(lambda: _time([str(tpmcards), "--help"], env), n=10).wall
    rows.append(Row("`python -c 'import click'` (floor)", floor))
    rows.append(
        Row(
            "`tpmcards --help`",
            help_,
            ratio=_div(help_, floor),
            ratio_label="/floor",
            target="<= 2x import click",
            met=_le(_div(help_, floor), 2),
        )
    )
    rows += floor_rows(corpus)
    rows += edit_floor_rows(work / "out", env)
    rows += quiz_rows(runner, corpus)
    rows.append(Row("`tpmcards cards` on the TPM guide", cards_guide(runner), note="cached"))
    rows.append(
        Row(
            "peak RSS, cold build",
            rss,
            unit="MB",
            target="<= 250 MB",
            met=_le(rss, 250),
            note="whole process tree",
        )
    )
    if not args.no_10x:
        big = write_corpus(work / "corpus-10x", args.files * 10, args.cards * 10)
        print(f"10x corpus: {big.files} files, {big.cards} cards", flush=True)
        cold10 = runner.cold(big, work / "out-10x")
        shutil.rmtree(work / "corpus-10x", ignore_errors=True)
        shutil.rmtree(work / "out-10x", ignore_errors=True)
        # The peer is not run at 10x: for every file it lists the whole folder (8 globs for
        # media), which is quadratic in the number of files and takes many minutes.
        rows.append(
            Row(
                f"cold build, 10x ({big.cards:,} cards)",
                cold10.wall,
                cpu=cold10.cpu,
                ratio=_div(cold10.wall, cold.wall),
                ratio_label="/1x",
                target="<= 12x the 1x build",
                met=_le(_div(cold10.wall, cold.wall), 12),
            )
        )
    print_table(rows, peer=args.vs_peer)
    return 0


def _vs_peer(
    name: str, ours: Timing, peer: float | None, goal: float, peer_cpu: float | None = None
) -> Row:
    """A row held to `peer / ours >= goal` (wall seconds, or CPU for a CPU row)."""
    return Row(
        name,
        ours.wall,
        peer=peer,
        cpu=ours.cpu,
        peer_cpu=peer_cpu,
        ratio=_div(peer, ours.wall),
        ratio_label="peer/ours",
        target=f"peer/ours >= {goal:g}",
        met=_ge(_div(peer, ours.wall), goal),
    )


class Runner:
    """Runs `tpmcards` commands with their own TPMCARDS_HOME and times them."""

    def __init__(self, tpmcards: Path, env: dict[str, str], home: Path, runs: int):
        self.tpmcards, self.env, self.home, self.runs = tpmcards, env, home, runs
        self.last_output = ""

    def build(self, corpus: Corpus, out: Path) -> Timing:
        start, cpu = time.perf_counter(), _children_cpu()
        result = subprocess.run(
            [str(self.tpmcards), "build", str(corpus.tpmcards), "-o", str(out)],
            env=self.env,
            capture_output=True,
            text=True,
        )
        elapsed = Timing(time.perf_counter() - start, _children_cpu() - cpu)
        if result.returncode != 0:
            sys.exit(f"tpmcards build failed:\n{result.stderr}")
        self.last_output = result.stdout
        return elapsed

    def clear(self, out: Path) -> None:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(self.home / "cache", ignore_errors=True)

    def cold(self, corpus: Corpus, out: Path) -> Timing:
        return self.median(lambda: self.build(corpus, out), before=lambda: self.clear(out))

    def median(
        self,
        run: Callable[[], Timing],
        before: Callable[[], object] | None = None,
        n: int | None = None,
    ) -> Timing:
        times = []
        for _ in range(n or self.runs):
            if before is not None:
                before()
            times.append(run())
        return _median(times)

    def peak_rss(self, corpus: Corpus, out: Path) -> float:
        """Peak resident memory in MB of a cold build, summed over its process tree."""
        import psutil

        peaks = []
        for _ in range(self.runs):
            self.clear(out)
            proc = psutil.Popen(
                [str(self.tpmcards), "build", str(corpus.tpmcards), "-o", str(out)],
                env=self.env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            peak = 0
            while proc.poll() is None:
                try:
                    tree = [proc, *proc.children(recursive=True)]
                    peak = max(peak, sum(p.memory_info().rss for p in tree))
                except psutil.Error:
                    pass
                time.sleep(0.01)
            peaks.append(peak / 2**20)
        return statistics.median(peaks)


_FLOOR_CODE = """
import sys, time, resource, genanki
from pathlib import Path
from markdown_it import MarkdownIt
files = sorted(Path(sys.argv[1]).glob("*.md"))
texts = [f.read_text("utf-8") for f in files]
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
md = MarkdownIt("commonmark")
start = cpu()
for text in texts:
    md.parse(text)
parse = cpu() - start
model = genanki.Model(1607392319, "Basic", fields=[{"name": "Q"}, {"name": "A"}],
    templates=[{"name": "c", "qfmt": "{{Q}}", "afmt": "{{A}}"}])
deck = genanki.Deck(2059400110, "Floor")
for n in range(int(sys.argv[2])):
    deck.add_note(genanki.Note(model, [f"What is question {n}?", f"Answer {n}."], guid=str(n)))
start = cpu()
genanki.Package(deck).write_to_file(sys.argv[3])
write = cpu() - start
try:  # the fastest parser on PyPI that keeps line numbers, where it is installed
    import markdown_it_pyrs
except ImportError:
    rust = float("nan")
else:
    fast = markdown_it_pyrs.MarkdownIt("commonmark")
    start = cpu()
    for text in texts:
        fast.tree(text)
    rust = cpu() - start
print(parse, write, rust)
"""


def floor_rows(corpus: Corpus) -> list[Row]:
    """What bounds a cold build whatever we do: markdown-it-py's parse of the corpus (the
    tokens alone, no HTML, no extraction) and genanki's write of as many notes (CPU)."""
    out = WORK / "runs" / "floor.apkg"
    result = subprocess.run(
        [str(BIN / "python"), "-c", _FLOOR_CODE, str(corpus.tpmcards), str(corpus.cards), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    parse, write, rust = (float(x) for x in result.stdout.split())
    fast = (
        Row("floor: markdown-it-pyrs (Rust) parse", rust, note="CPU, tree with source lines")
        if rust == rust
        else Row("floor: markdown-it-pyrs (Rust) parse", None, note="n/a (not installed)")
    )
    return [
        Row("floor: markdown-it parse of the corpus", parse, note="CPU, tokens only"),
        fast,
        Row(f"floor: genanki write of {corpus.cards:,} notes", write, note="CPU"),
        Row("floor: the two together", parse + write, note="CPU; a cold build can't go below"),
    ]


def edit_floor_rows(out: Path, env: dict[str, str]) -> list[Row]:
    """What an edit pays whatever it changes (CPU): importing the parser and the rules (the
    changed guide is parsed; a no-change build imports neither), and copying every row of
    the deck's collection into a fresh database (the package's bytes are a cold build's)."""
    import sqlite3
    import tempfile
    import zipfile

    from genanki.apkg_schema import APKG_SCHEMA

    [package] = out.glob("*.apkg")
    [lock] = out.glob("*.lock.json")
    with zipfile.ZipFile(package) as archive:
        database = archive.read("collection.anki2")
    python = str(BIN / "python")
    base = "import tpmcards.cli, tpmcards.build, tpmcards.project"
    bare = statistics.median(_time([python, "-c", base], env).cpu for _ in range(5))
    parsing = statistics.median(
        _time([python, "-c", base + ", tpmcards.document, tpmcards.extract"], env).cpu
        for _ in range(5)
    )
    with tempfile.TemporaryDirectory() as scratch:
        source, fresh = Path(scratch) / "in.anki2", Path(scratch) / "out.anki2"
        source.write_bytes(database)
        with sqlite3.connect(fresh) as conn:
            conn.executescript(APKG_SCHEMA)
        conn = sqlite3.connect(source)
        start = _own_cpu()
        conn.execute("ATTACH DATABASE ? AS out", (str(fresh),))
        for table in ("notes", "cards"):
            conn.execute(f"INSERT INTO out.{table} SELECT * FROM main.{table} ORDER BY id")
        conn.commit()
        copy = _own_cpu() - start
        conn.close()
    return [
        Row("floor: importing the parser and rules", parsing - bare, note="CPU, every edit"),
        Row(
            f"floor: the collection's rows copied afresh ({len(database) / 2**20:.1f} MB)",
            copy,
            note="CPU, every edit",
        ),
        Row(
            "deck and lock an edit rewrites",
            (package.stat().st_size + lock.stat().st_size) / 2**20,
            unit="MB",
        ),
    ]


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def quiz_rows(runner: Runner, corpus: Corpus) -> list[Row]:
    """Time to the first quiz question, on the TPM guide and on the corpus."""
    names = ("first quiz question, TPM guide", "first quiz question, corpus")
    probe = subprocess.run(
        [str(runner.tpmcards), "quiz", "--help"], env=runner.env, capture_output=True
    )
    if probe.returncode != 0:
        return [Row(name, None, note="n/a (no quiz command)") for name in names]
    guide = WORK / "runs" / "guide"
    shutil.rmtree(guide, ignore_errors=True)
    shutil.copytree(ROOT / "sources", guide / "sources")
    tpm = statistics.median(_first_question(runner, [], guide) for _ in range(runner.runs))
    big = statistics.median(
        _first_question(runner, [str(corpus.tpmcards)], guide) for _ in range(runner.runs)
    )
    return [
        Row(names[0], tpm, target="<= 0.3 s", met=_le(tpm, 0.3)),
        Row(names[1], big, note=f"{corpus.cards:,} cards"),
    ]


def cards_guide(runner: Runner) -> float:
    """`tpmcards cards` on the TPM guide, its cache warm: what a quiz pays before asking."""
    guide = WORK / "runs" / "guide-cards"
    shutil.rmtree(guide, ignore_errors=True)
    shutil.copytree(ROOT / "sources", guide / "sources")
    command = [str(runner.tpmcards), "cards", str(guide / "sources")]
    _time(command, runner.env)
    return runner.median(lambda: _time(command, runner.env), n=5).wall


def _first_question(runner: Runner, args: list[str], cwd: Path) -> float:
    """Seconds from start until the quiz prints its first question or prompt."""
    import selectors

    home = runner.home / "quiz"
    shutil.rmtree(home, ignore_errors=True)
    env = {**runner.env, "TPMCARDS_HOME": str(home)}
    if (runner.home / "cache").is_dir():
        # The card cache as the builds left it, as for a user who built before quizzing.
        shutil.copytree(runner.home / "cache", home / "cache")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [str(runner.tpmcards), "quiz", *args],
        cwd=cwd,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    seen = b""
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        while not _prompted(seen) and time.perf_counter() - start < 60:
            if sel.select(timeout=0.5):
                chunk = os.read(proc.stdout.fileno(), 65536)
                if not chunk:
                    break
                seen += chunk
    elapsed = time.perf_counter() - start
    proc.kill()
    proc.wait()
    if not _prompted(seen):
        print(f"  quiz printed no question: {seen[:200]!r}", flush=True)
        return float("nan")
    return elapsed


def _prompted(output: bytes) -> bool:
    """A question (`?`) or a prompt waiting for input (`Answer: `, `> `) has been printed."""
    return b"?" in output or output.rstrip(b" ").endswith((b":", b">"))


# --- the peer -------------------------------------------------------------------------------


def peer_build(corpus: Corpus, out: Path) -> Timing:
    """One build by markdown-anki-decks of the same cards, into a fresh `out`."""
    mdankideck = _peer_venv()
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    timing = _time([str(mdankideck), str(corpus.peer), str(out)], _PEER_ENV)
    made = len(list(out.glob("*.apkg")))
    if made != corpus.files:
        sys.exit(f"markdown-anki-decks wrote {made} decks for {corpus.files} files")
    return timing


# The untimed warm-up runs write the bytecode the timed runs read, as an installed package
# has it: an inherited PYTHONDONTWRITEBYTECODE would have every run compile the sources.
_BASE_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
# It warns about `<` in its own note GUIDs, once per note.
_PEER_ENV = {**_BASE_ENV, "PYTHONWARNINGS": "ignore"}


def _peer_venv() -> Path:
    folder = WORK / "peer-venv"
    script = folder / "bin" / "mdankideck"
    if not script.exists():
        print("installing markdown-anki-decks into benchmarks/_work/peer-venv ...", flush=True)
        venv.create(folder, with_pip=True)
        subprocess.run(
            [str(folder / "bin" / "python"), "-m", "pip", "install", "-q", *PEER_PACKAGES],
            check=True,
        )
    return script


# --- helpers --------------------------------------------------------------------------------


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _time(cmd: list[str], env: dict[str, str]) -> Timing:
    start, cpu = time.perf_counter(), _children_cpu()
    result = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = Timing(time.perf_counter() - start, _children_cpu() - cpu)
    if result.returncode != 0:
        sys.exit(f"{cmd[0]} failed:\n{result.stderr.decode()[-2000:]}")
    return elapsed


def _div(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def _ge(value: float | None, bound: float) -> bool | None:
    return None if value is None else value >= bound


def _le(value: float | None, bound: float) -> bool | None:
    return None if value is None else value <= bound


def print_table(rows: list[Row], peer: bool) -> None:
    def fmt(value: float | None, unit: str) -> str:
        if value is None:
            return "-"
        return f"{value:.0f} MB" if unit == "MB" else f"{value:.3f} s"

    header = ["measure", "tpmcards", "cpu", *(["peer", "peer cpu"] if peer else [])]
    header += ["ratio", "target", "met"]
    lines = []
    for r in rows:
        ratio = f"{r.ratio:.2f}x {r.ratio_label}" if r.ratio is not None else ""
        met = {True: "yes", False: "NO", None: ""}[r.met]
        ours = r.note if r.ours is None else fmt(r.ours, r.unit)
        cpu = fmt(r.cpu, r.unit) if r.cpu is not None else ""
        peers = [fmt(r.peer, r.unit), fmt(r.peer_cpu, r.unit) if r.peer_cpu else ""]
        cells = [r.name, ours, cpu, *(peers if peer else []), ratio, r.target, met]
        if r.ours is not None and r.note:
            cells[0] += f" ({r.note})"
        lines.append(cells)
    widths = [max(len(str(c)) for c in col) for col in zip(header, *lines, strict=True)]
    print()
    for cells in [header, ["-" * w for w in widths], *lines]:
        print("  ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip())


if __name__ == "__main__":
    sys.exit(main())
