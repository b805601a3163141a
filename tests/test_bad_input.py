"""Bad input: one clear line naming the file (and line), the right exit status, no traceback,
and the deck and lock of the last good build left byte for byte as they were."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result

from tpmcards.atomic import write_all_atomic
from tpmcards.cli import cli

from .conftest import SOURCES

# libyaml's parser (in every PyYAML wheel) words this error its own way; both name the line.
_MAPPING_HERE = (
    "mapping values are not allowed in this context"
    if yaml.__with_libyaml__
    else "mapping values are not allowed here"
)

DECK = "decks/tpm-guide.apkg"
LOCK = "decks/tpm-guide.lock.json"


@pytest.fixture
def built(in_tmp: Path) -> dict[str, bytes]:
    """A project whose deck was built once: the bytes of its deck and lock."""
    shutil.copytree(SOURCES, in_tmp / "sources")
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 0, result.output
    return _snapshot()


def _snapshot() -> dict[str, bytes]:
    return {name: Path(name).read_bytes() for name in (DECK, LOCK)}


def _invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def _assert_one_line_error(result: Result, message: str, exit_code: int = 1) -> None:
    """The command failed with exactly `message` as its last line and no traceback."""
    assert result.exit_code == exit_code, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stderr.splitlines()[-1] == message
    if exit_code == 1:
        assert result.stderr == message + "\n"


def _cards(*args: str) -> list[dict[str, Any]]:
    result = _invoke("cards", *args, "--json")
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


# --- inputs that cannot give a deck: one line, exit 1, the old deck untouched ------------

Setup = Callable[[Path], None]


def _write(name: str, data: bytes) -> Setup:
    def setup(root: Path) -> None:
        (root / name).write_bytes(data)

    return setup


def _files(*files: tuple[str, bytes]) -> Setup:
    def setup(root: Path) -> None:
        for name, data in files:
            (root / name).write_bytes(data)

    return setup


def _sparse(name: str, size: int) -> Setup:
    """A file of `size` bytes that costs no disk and no time to make."""

    def setup(root: Path) -> None:
        with (root / name).open("wb") as handle:
            handle.truncate(size)

    return setup


BAD_BUILDS: list[tuple[str, Setup, list[str], str]] = [
    (
        "empty file",
        _write("empty.md", b""),
        ["empty.md"],
        "Error: empty.md: no cards found, so no deck was written; add questions (e.g. a "
        "heading that ends in `?`) and check them with `tpmcards cards`",
    ),
    (
        "only cards of no topic, and a config that drops them",
        _files(
            ("tpmcards.yaml", b"deck: Strict\nkeep_other: false\ntopics:\n  - slug: role\n"),
            ("misc.md", b"# Misc\n\n## What is this about?\n\nNothing at all.\n"),
        ),
        ["misc.md"],
        "Error: misc.md: no card matches a topic of the config (1 found, all of topic "
        "`other`), so no deck was written; add topic headings or keywords to the config, "
        "or remove `keep_other: false`",
    ),
    (
        "binary file",
        _write("blob.md", bytes(range(256)) * 8),
        ["blob.md"],
        "Error: blob.md: looks like a binary file, not a guide; give a Markdown or HTML file",
    ),
    (
        "undecodable bytes",
        # 0x81 and 0x8d are neither UTF-8 nor defined in Windows-1252.
        _write("odd.md", b"# What is \x81\x8d?\n\nNobody knows.\n"),
        ["odd.md"],
        "Error: odd.md: is neither UTF-8 nor Windows-1252 text; save it as UTF-8",
    ),
    (
        "UTF-16 BOM with an odd byte",
        _write("half.md", b"\xff\xfe#\x00 \x00Q"),
        ["half.md"],
        "Error: half.md: is marked UTF-16 but does not decode; save it as UTF-8",
    ),
    (
        "malformed front matter",
        _write(
            "front.md",
            b"---\ntitle: Fine\ntags: a: b\n---\n# What is a TPM?\n\nA program manager.\n",
        ),
        ["front.md"],
        f"Error: front.md:3: invalid YAML ({_MAPPING_HERE}); fix the front matter or config",
    ),
    (
        "front matter that is not a mapping",
        _write("list.md", b"---\n- one\n- two\n---\n# What is a TPM?\n\nA program manager.\n"),
        ["list.md"],
        "Error: list.md:2: front matter must be a mapping of `key: value` lines",
    ),
    (
        "front matter that builds a Python object",
        _write(
            "evil.md",
            b'---\ntitle: !!python/object/apply:os.system ["touch pwned"]\n---\n'
            b"# What is a TPM?\n\nA program manager.\n",
        ),
        ["evil.md"],
        "Error: evil.md:2: the YAML tag `!!python/object/apply:os.system` is refused: only "
        "plain text, numbers, lists and mappings are allowed; remove the tag",
    ),
    (
        "front matter value of the wrong type",
        _write("typed.md", b"---\ntitle: Fine\ntopic: [a, b]\n---\n# What is a TPM?\n\nA PM.\n"),
        ["typed.md"],
        "Error: typed.md:3: front matter `topic` must be text, e.g. `topic: skills`",
    ),
    (
        "malformed config",
        _write("bad.yaml", b"deck: TPM Guide\ntopics:\n  - slug: role\n    title: Role: job\n"),
        ["sources", "--config", "bad.yaml"],
        f"Error: bad.yaml:4: invalid YAML ({_MAPPING_HERE}); fix the front matter or config",
    ),
    (
        "config that builds a Python object",
        _write("evil.yaml", b'deck: !!python/object/apply:os.system ["touch pwned"]\n'),
        ["sources", "--config", "evil.yaml"],
        "Error: evil.yaml:1: the YAML tag `!!python/object/apply:os.system` is refused: only "
        "plain text, numbers, lists and mappings are allowed; remove the tag",
    ),
    (
        "config without a deck",
        _write("nodeck.yaml", b"topics: []\n"),
        ["sources", "--config", "nodeck.yaml"],
        "Error: nodeck.yaml: `deck` must name the deck, e.g. `deck: TPM Guide`",
    ),
    (
        "a 50 MB source",
        _sparse("huge.md", 50 * 2**20),
        ["huge.md"],
        "Error: huge.md: is larger than 10 MB; split the guide into smaller files",
    ),
    (
        "a file of a type that is not a guide",
        _write("notes.pdf", b"%PDF-1.4\n"),
        ["notes.pdf"],
        "Error: notes.pdf: not a guide: use a .md, .markdown, .mdx, .html, .htm or .txt file",
    ),
    (
        "config whose output is a path",
        _write("out.yaml", b"deck: TPM Guide\noutput: ../../elsewhere\n"),
        ["sources", "--config", "out.yaml"],
        "Error: out.yaml: `output` must be a file name without a folder, e.g. `output: tpm-guide`",
    ),
    (
        "output folder under a regular file",
        _write("afile", b"not a folder\n"),
        ["sources", "-o", "afile/decks"],
        "Error: afile/decks: cannot create the output folder (Not a directory); "
        "pass another with -o DIR",
    ),
]


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [pytest.param(*row[1:], id=row[0]) for row in BAD_BUILDS],
)
def test_bad_build_fails_with_one_line_and_keeps_the_old_deck(
    built: dict[str, bytes], in_tmp: Path, setup: Setup, args: list[str], message: str
) -> None:
    """Each bad input stops the build with its message and leaves deck and lock as they were."""
    setup(in_tmp)
    _assert_one_line_error(_invoke("build", *args), message)
    assert _snapshot() == built
    assert not (in_tmp / "pwned").exists()


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [pytest.param(*row[1:], id=row[0]) for row in BAD_BUILDS[2:-1]],
)
def test_cards_reports_the_same_errors(
    in_tmp: Path, setup: Setup, args: list[str], message: str
) -> None:
    """`tpmcards cards` fails on the same inputs with the same line."""
    shutil.copytree(SOURCES, in_tmp / "sources")
    setup(in_tmp)
    _assert_one_line_error(_invoke("cards", *args), message)


def test_damaged_lock_stops_the_build_and_keeps_the_deck(
    built: dict[str, bytes], in_tmp: Path
) -> None:
    """A lock cut short (a bad merge, a crash elsewhere) is reported; deck and lock stay."""
    Path(LOCK).write_bytes(built[LOCK][:100])
    _add_a_card(in_tmp)
    result = _invoke("build")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {LOCK}: the id lock is damaged (")
    assert result.stderr.endswith("); restore it from git\n")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output
    assert _snapshot() == {DECK: built[DECK], LOCK: built[LOCK][:100]}


def test_empty_guide_gives_no_cards_and_builds_beside_good_ones(
    built: dict[str, bytes], in_tmp: Path
) -> None:
    """An empty guide is no error on its own: it adds no card, and the deck stays the same."""
    (in_tmp / "sources" / "04-empty.md").write_bytes(b"")
    cards = _invoke("cards", "sources/04-empty.md")
    assert cards.exit_code == 0
    assert (cards.stdout, cards.stderr) == ("", "0 cards\n")
    result = _invoke("build")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].endswith("(unchanged)")
    assert _snapshot() == built


# --- click usage errors: exit 2, the error as the last line ------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["build", "nope.md"],
            "Error: Invalid value for '[PATHS]...': Path 'nope.md' does not exist.",
        ),
        (
            ["cards", "nope.md"],
            "Error: Invalid value for '[PATHS]...': Path 'nope.md' does not exist.",
        ),
        (
            ["build", "sources", "--config", "somedir"],
            "Error: Invalid value for '--config': File 'somedir' is a directory.",
        ),
        (
            ["cards", "--config", "missing.yaml"],
            "Error: Invalid value for '--config': File 'missing.yaml' does not exist.",
        ),
        (
            ["build", "sources", "-o", "sources/tpmcards.yaml"],
            "Error: Invalid value for '-o' / '--out': Directory 'sources/tpmcards.yaml' is a file.",
        ),
    ],
)
def test_wrong_paths_are_usage_errors(
    built: dict[str, bytes], in_tmp: Path, args: list[str], message: str
) -> None:
    """A missing path or a folder where a file belongs: click's usage error, exit 2."""
    (in_tmp / "somedir").mkdir()
    _assert_one_line_error(_invoke(*args), message, exit_code=2)
    assert _snapshot() == built


# --- inputs that are odd but readable: decoded or parsed, with the right cards -----------


@pytest.mark.parametrize(
    ("data", "question", "answer"),
    [
        pytest.param(
            "# What is a café?\n\nA place for coffee – and talk.\n".encode("cp1252"),
            "What is a café?",
            "<p>A place for coffee – and talk.</p>",
            id="Windows-1252",
        ),
        pytest.param(
            "# What is a café?\n\nA place for coffee.\n".encode("latin-1"),
            "What is a café?",
            "<p>A place for coffee.</p>",
            id="Latin-1",
        ),
        pytest.param(
            "# What is a café?\n\nA place for “coffee”.\n".encode("utf-16"),
            "What is a café?",
            "<p>A place for “coffee”.</p>",
            id="UTF-16 with BOM",
        ),
        pytest.param(
            b"\xef\xbb\xbf# What is a caf\xc3\xa9?\n\nA place for coffee.\n",
            "What is a café?",
            "<p>A place for coffee.</p>",
            id="UTF-8 with BOM",
        ),
    ],
)
def test_other_encodings_are_decoded(in_tmp: Path, data: bytes, question: str, answer: str) -> None:
    """Guides saved in Windows-1252, Latin-1 or UTF-16 with a BOM give the right text."""
    (in_tmp / "guide.md").write_bytes(data)
    rows = _cards("guide.md")
    assert [(r["question"], r["answer"]) for r in rows] == [(question, answer)]


def test_control_characters_never_reach_a_field(in_tmp: Path, anki_collection: Any) -> None:
    """U+001F (Anki's field separator) and other controls in a guide are dropped: Anki
    imports each note with its five fields, the answer whole."""
    from anki.import_export_pb2 import ImportAnkiPackageRequest

    (in_tmp / "g.md").write_bytes(
        b"# Skills\n\n## What is a unit\x1f separator?\n\nA control\x1f character\x07.\n"
    )
    result = _invoke("build", "g.md", "-o", "out")
    assert result.exit_code == 0, result.output
    anki_collection.import_anki_package(
        ImportAnkiPackageRequest(package_path=str(in_tmp / "out" / "skills.apkg"))
    )
    [nid] = anki_collection.find_notes("")
    note = anki_collection.get_note(nid)
    assert list(note.keys()) == ["Question", "Answer", "Topic", "Source", "Extra"]
    assert (note["Question"], note["Answer"]) == (
        "What is a unit separator?",
        "<p>A control character.</p>",
    )


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("front.md", "---\ntopic: my topic\n---\n## What is spaced?\n\nA topic with a space.\n"),
        (
            "page.html",
            '<article><section data-topic="my topic"><h2>What is spaced?</h2>'
            "<p>A topic with a space, set on the section of a page.</p></section></article>",
        ),
    ],
)
def test_topic_with_a_space_builds_with_a_tag_anki_accepts(
    in_tmp: Path, anki_collection: Any, name: str, text: str
) -> None:
    """A topic `my topic` (front matter or data-topic) is no crash: its tag is `topic::my_topic`."""
    from anki.import_export_pb2 import ImportAnkiPackageRequest

    (in_tmp / name).write_text(text, "utf-8")
    result = _invoke("build", name, "-o", "out")
    assert result.exit_code == 0, result.output
    anki_collection.import_anki_package(
        ImportAnkiPackageRequest(package_path=str(in_tmp / "out" / f"{Path(name).stem}.apkg"))
    )
    [nid] = anki_collection.find_notes("")
    note = anki_collection.get_note(nid)
    assert (note["Topic"], note.tags) == ("my topic", ["topic::my_topic"])


def test_unclosed_and_misnested_html_still_gives_the_cards(in_tmp: Path) -> None:
    """Unclosed <p>/<li> and crossed <b><i></b></i> parse; each question keeps its answer."""
    (in_tmp / "page.html").write_text(
        "<html><body><article><h2>What is an unclosed tag?</h2>"
        "<p>It is <b>bold <i>and italic</b> text</i> here.<p>A second paragraph."
        "<h2>Which items are listed?</h2><ul><li>one<li>two</ul>"
        "<h2>How does the page end?</h2><p>Badly: it stops mid-<em>sentence",
        "utf-8",
    )
    rows = _cards("page.html")
    assert [(r["question"], r["source"]) for r in rows] == [
        ("What is an unclosed tag?", "page.html:1"),
        ("Which items are listed?", "page.html:1"),
        ("How does the page end?", "page.html:1"),
    ]
    assert "here." in rows[0]["answer"] and "A second paragraph." in rows[0]["answer"]
    assert rows[1]["items"] == ["one", "two"]
    assert rows[2]["answer"] == "<p>Badly: it stops mid-<em>sentence</em></p>"


def test_ten_thousand_nested_elements_give_their_card(in_tmp: Path) -> None:
    """10,000 nested <div>s parse without RecursionError; the answer deep inside is found."""
    depth = 10_000
    (in_tmp / "deep.html").write_text(
        "<html><body><article><h2>What lies at the bottom?</h2>"
        + "<div>" * depth
        + "<p>The answer lies at the very bottom of ten thousand nested folders.</p>"
        + "</div>" * depth
        + "</article></body></html>",
        "utf-8",
    )
    rows = _cards("deep.html")
    assert [(r["question"], r["answer"]) for r in rows] == [
        (
            "What lies at the bottom?",
            "<p>The answer lies at the very bottom of ten thousand nested folders.</p>",
        )
    ]


def test_ten_thousand_nested_elements_without_an_article_do_not_crash(in_tmp: Path) -> None:
    """With no article container the densest block is searched for: still no crash."""
    depth = 10_000
    (in_tmp / "deep.html").write_text(
        "<html><body><div><h2>What lies at the bottom?</h2>"
        + "<div>" * depth
        + "<p>The answer lies at the very bottom of ten thousand nested folders.</p>"
        + "</div>" * depth
        + "</div></body></html>",
        "utf-8",
    )
    result = _invoke("cards", "deep.html", "--json")
    assert result.exit_code == 0, result.output
    assert [r["question"] for r in json.loads(result.stdout)] == ["What lies at the bottom?"]


def test_deeply_nested_markdown_does_not_crash(in_tmp: Path) -> None:
    """Markdown lists and quotes nested thousands deep give a card or none, never a crash."""
    (in_tmp / "deep.md").write_text(
        "# Why nest lists?\n\n"
        + "".join("  " * i + "- item\n" for i in range(3000))
        + "\n# Why nest quotes?\n\n"
        + "> " * 3000
        + "deep\n",
        "utf-8",
    )
    result = _invoke("cards", "deep.md", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["question"] == "Why nest lists?"


def test_question_without_answer_is_no_card_and_duplicates_are_one(in_tmp: Path) -> None:
    """A question heading with nothing under it gives no card; a repeated question gives one."""
    (in_tmp / "faq.md").write_text(
        "# What is left unanswered?\n\n"
        "# What does a TPM do?\n\nRuns programs across teams.\n\n"
        "# What does a TPM do?\n\nSomething else entirely.\n\n"
        "Q: What does a TPM do?\n\nA: A third answer.\n",
        "utf-8",
    )
    rows = _cards("faq.md")
    assert [(r["question"], r["answer"]) for r in rows] == [
        ("What does a TPM do?", "<p>Runs programs across teams.</p>")
    ]


# --- the output folder and the disk ------------------------------------------------------


def test_read_only_output_folder_keeps_the_old_deck(built: dict[str, bytes], in_tmp: Path) -> None:
    """A deck folder the user cannot write to: one line naming the deck, old deck intact."""
    decks = in_tmp / "decks"
    decks.chmod(0o500)
    try:
        probe = decks / "probe"
        try:
            probe.write_bytes(b"")
        except PermissionError:
            pass
        else:
            probe.unlink()
            pytest.skip("running as root: chmod 500 does not stop writes")
        _add_a_card(in_tmp)
        _assert_one_line_error(
            _invoke("build"),
            "Error: decks/tpm-guide.apkg: cannot write the deck (Permission denied); check the "
            "folder's permissions and free space",
        )
    finally:
        decks.chmod(0o755)
    assert _snapshot() == built


def test_output_folder_refused_even_to_root(in_tmp: Path) -> None:
    """A folder no one may create files in (sysfs on Linux refuses even root): one line."""
    refused = Path("/sys/kernel")
    if not refused.is_dir() or _can_create(refused):
        pytest.skip("no folder here that refuses to create files")
    shutil.copytree(SOURCES, in_tmp / "sources")
    _assert_one_line_error(
        _invoke("build", "-o", str(refused)),
        "Error: /sys/kernel/tpm-guide.apkg: cannot write the deck (Permission denied); "
        "check the folder's permissions and free space",
    )


def _can_create(folder: Path) -> bool:
    try:
        (folder / ".tpmcards-probe").write_bytes(b"")
    except OSError:
        return False
    (folder / ".tpmcards-probe").unlink()
    return True


def _add_a_card(root: Path) -> None:
    """Edit the guide so that the next build has a new card to write."""
    (root / "sources" / "04-more.md").write_text(
        "# Skills\n\n## What changes the deck?\n\nA new card about the skills of a TPM.\n",
        "utf-8",
    )


def _run_build(
    cwd: Path, preexec: Callable[[], None] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TMPDIR": str(cwd / "tmp")}
    (cwd / "tmp").mkdir(exist_ok=True)
    return subprocess.run(
        [sys.executable, "-m", "tpmcards", "build"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        preexec_fn=preexec,
        check=False,
    )


def test_full_disk_gives_a_clear_error_not_a_signal(built: dict[str, bytes], in_tmp: Path) -> None:
    """With files limited to 40 KB (`ulimit -f`), the build fails with one line, exit 1, and
    is not killed by SIGXFSZ; the old deck and lock stay whole."""
    _add_a_card(in_tmp)

    def limit_file_size() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (40 * 1024, resource.RLIM_INFINITY))

    done = _run_build(in_tmp, limit_file_size)
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert done.stdout == ""
    if sys.version_info >= (3, 11):
        # The deck's database is built in memory: the first file to outgrow the limit is
        # the deck itself.
        expected = (
            "Error: decks/tpm-guide.apkg: cannot write the deck (File too large); "
            "check the folder's permissions and free space\n"
        )
    else:
        expected = (
            f"Error: {in_tmp / 'tmp'}: cannot build the deck's database (disk I/O error); "
            "check the free space there\n"
        )
    assert done.stderr == expected
    assert _snapshot() == built
    assert sorted(os.listdir(in_tmp / "decks")) == ["tpm-guide.apkg", "tpm-guide.lock.json"]


def test_a_failed_write_leaves_every_old_file_and_no_temp_file(tmp_path: Path) -> None:
    """Deck and lock are written together: if the second cannot be written, neither changes."""
    deck, lock = tmp_path / "deck.apkg", tmp_path / "deck.lock.json"
    deck.write_bytes(b"old deck")
    lock.write_bytes(b"old lock")
    blocked = tmp_path / "blocked"
    blocked.write_bytes(b"a file, so nothing can be written under it")
    with pytest.raises(NotADirectoryError):
        write_all_atomic([(lock, b"new lock"), (blocked / "x", b"new"), (deck, b"new deck")])
    assert (deck.read_bytes(), lock.read_bytes()) == (b"old deck", b"old lock")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocked", "deck.apkg", "deck.lock.json"]


# The build, run in a subprocess that SIGKILLs itself at a given point of the write.
_KILL_AT = """
import os, signal, sys
event, nth = sys.argv[1], int(sys.argv[2])
seen = []
def hook(name, args):
    # Only the deck's and lock's temp files count, not the card cache's (in TPMCARDS_HOME).
    path = os.path.abspath(str(args[0]))
    if name == event and path.endswith(".tmp") and path.startswith(os.getcwd()):
        seen.append(args[0])
        if len(seen) == nth:
            os.kill(os.getpid(), signal.SIGKILL)
sys.addaudithook(hook)
sys.argv = ["tpmcards", "build"]
from tpmcards.cli import main
main()
"""


@pytest.mark.parametrize(
    ("event", "nth"),
    [
        pytest.param("tempfile.mkstemp", 1, id="first temp file created"),
        pytest.param("tempfile.mkstemp", 2, id="lock written, deck temp created"),
        pytest.param("os.rename", 1, id="both written, before any rename"),
        pytest.param("os.rename", 2, id="lock renamed, deck not yet"),
    ],
)
def test_killed_build_leaves_whole_files_and_the_next_build_works(
    built: dict[str, bytes], in_tmp: Path, event: str, nth: int
) -> None:
    """SIGKILL during the write: deck and lock are each old or new, never partial; the next
    build succeeds, matches its lock, and removes the temp files the kill left."""
    _add_a_card(in_tmp)
    killed = subprocess.run(
        [sys.executable, "-c", _KILL_AT, event, str(nth)],
        cwd=in_tmp,
        capture_output=True,
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    after_kill = _snapshot()
    if nth == 2 and event == "os.rename":
        assert after_kill[LOCK] != built[LOCK]
    assert after_kill[DECK] == built[DECK]
    if event == "tempfile.mkstemp" or nth == 1:
        assert after_kill == built
    # The next build runs to the end and leaves a deck whose notes are the lock's cards.
    result = _invoke("build")
    assert result.exit_code == 0, result.output
    assert "What changes the deck?" in _lock_questions()
    assert _deck_guids() == _lock_ids()
    folder = Path(DECK).parent
    assert sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp")) == []


def _lock_questions() -> list[str]:
    return [c["question"] for c in json.loads(Path(LOCK).read_text("utf-8"))["cards"]]


def _lock_ids() -> set[str]:
    return {c["id"] for c in json.loads(Path(LOCK).read_text("utf-8"))["cards"]}


def _deck_guids() -> set[str]:
    import sqlite3
    import zipfile

    with zipfile.ZipFile(DECK) as archive:
        data = archive.read("collection.anki2")
    db = Path("collection-copy.anki2")
    db.write_bytes(data)
    try:
        conn = sqlite3.connect(db)
        guids = {row[0] for row in conn.execute("SELECT guid FROM notes")}
        conn.close()
    finally:
        db.unlink()
    return guids


def test_broken_pipe_is_quiet(in_tmp: Path) -> None:
    """`tpmcards cards | head -1` stops without a traceback when the reader goes away."""
    # More output than a pipe holds, so the writer is still writing when the reader leaves.
    questions = "".join(f"## What is step {n} of the plan?\n\nStep {n}.\n\n" for n in range(1500))
    (in_tmp / "long.md").write_text("# Skills\n\n" + questions, "utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tpmcards", "cards", "long.md"],
        cwd=in_tmp,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    proc.wait()
    assert "Traceback" not in stderr
    assert stderr == ""
    assert proc.returncode == 1


# --- sanitizing: card fields keep only safe HTML -----------------------------------------

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("<p>a<script>alert(1)</script>b</p>", "<p>ab</p>"),
        ("<p>a<style>.card{display:none}</style>b</p>", "<p>ab</p>"),
        (
            '<p>a<iframe src="https://x.example"></iframe><object data="x"></object>b</p>',
            "<p>ab</p>",
        ),
        ('<b onclick="alert(1)" onmouseover=x>bold</b>', "<b>bold</b>"),
        ('<p style="position:fixed">text</p>', "<p>text</p>"),
        ('<img src="x.png" onerror="alert(1)" alt="a">', '<img src="x.png" alt="a">'),
        ('<img src="data:image/png;base64,AAAA">', "<img>"),
        (
            '<a href="https://example.com/">x</a>',
            '<a href="https://example.com/" rel="noopener noreferrer">x</a>',
        ),
        ('<a href="javascript:alert(1)">x</a>', '<a rel="noopener noreferrer">x</a>'),
        ('<a href="JaVaScRiPt:alert(1)">x</a>', '<a rel="noopener noreferrer">x</a>'),
        ('<a href="  javascript:alert(1)">x</a>', '<a rel="noopener noreferrer">x</a>'),
        ('<a href="&#106;avascript&#58;alert(1)">x</a>', '<a rel="noopener noreferrer">x</a>'),
        ('<a href="java&#x09;script:alert(1)">x</a>', '<a rel="noopener noreferrer">x</a>'),
        ('<a href="data:text/html,&lt;script&gt;">x</a>', '<a rel="noopener noreferrer">x</a>'),
        ('<a href="vbscript:msgbox(1)">x</a>', '<a rel="noopener noreferrer">x</a>'),
        ("<p>a &lt; b &amp; c</p>", "<p>a &lt; b &amp; c</p>"),
        ("<code>List&lt;T&gt;</code>", "<code>List&lt;T&gt;</code>"),
    ],
)
def test_sanitize_keeps_only_safe_html(fragment: str, expected: str) -> None:
    """Scripts, frames, styles, handlers and javascript:/data: URLs go; text stays."""
    from tpmcards.markup import sanitize

    assert sanitize(fragment) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("List<T> and Map<K, V>", "List&lt;T> and Map&lt;K, V>"),
        ("Optional<List<String>>", "Optional&lt;List&lt;String>>"),
        ("a<b>bold</b>, <em>em</em> and <my-widget>", "a<b>bold</b>, <em>em</em> and <my-widget>"),
        ("</T> and <Key attr='1'>", "&lt;/T> and &lt;Key attr='1'>"),
        ("a < b, x <3 y, <!-- c --> <!DOCTYPE html>", "a < b, x <3 y, <!-- c --> <!DOCTYPE html>"),
    ],
)
def test_tag_looking_prose_is_escaped_not_dropped(text: str, expected: str) -> None:
    """`<T>` names no HTML element: it is escaped; real elements and comments are left."""
    from tpmcards.markup import escape_stray_tags

    assert escape_stray_tags(text) == expected


@pytest.mark.parametrize("guide", ["hostile.md", "hostile.html"])
def test_generics_in_prose_show_as_written(in_tmp: Path, guide: str) -> None:
    """`List<T>` in Markdown or HTML prose reaches the card as text, not as a dropped tag."""
    shutil.copy(FIXTURES / guide, in_tmp / guide)
    rows = {r["question"]: r["answer"] for r in _cards(guide)}
    answer = rows["What is a generic type?"]
    assert "List&lt;T&gt;" in answer and "Map&lt;K, V&gt;" in answer
    assert "a &lt; b" in answer


DANGEROUS_TAGS = ("<script", "<iframe", "<object", "<embed", "<style", "<svg", "<math", "<form")
SAFE_SCHEMES = ("http:", "https:", "mailto:")


def _unsafe_parts(field: str) -> list[str]:
    """Every tag, handler, style or URL in a field that could run code or leave the card."""
    from bs4 import BeautifulSoup, Tag

    from tpmcards.markup import ALLOWED_TAGS

    found = [t for t in DANGEROUS_TAGS if t in field.lower()]
    for tag in BeautifulSoup(field, "html.parser").find_all(True):
        assert isinstance(tag, Tag)
        if tag.name not in ALLOWED_TAGS:
            found.append(f"<{tag.name}>")
        for name, value in tag.attrs.items():
            if name.lower().startswith("on") or name.lower() == "style":
                found.append(f"{tag.name} {name}")
            if name.lower() in {"href", "src", "action", "xlink:href", "formaction"}:
                url = "".join(str(value).split()).lower()
                if ":" in url.split("/")[0] and not url.startswith(SAFE_SCHEMES):
                    found.append(f"{tag.name} {name}={value}")
    return found


def test_deck_from_hostile_guides_holds_nothing_dangerous(in_tmp: Path) -> None:
    """Built from guides full of hostile HTML, the .apkg's notes hold no script, handler,
    style or javascript:/data: URL, while the safe parts of the same fields survive."""
    import sqlite3
    import zipfile

    shutil.copy(FIXTURES / "hostile.md", in_tmp / "hostile.md")
    shutil.copy(FIXTURES / "hostile.html", in_tmp / "hostile.html")
    (in_tmp / "tpmcards.yaml").write_text(
        "deck: Hostile\nkeep_other: true\ntopics:\n  - slug: skills\n    title: Skills\n", "utf-8"
    )
    result = _invoke("build", "hostile.md", "hostile.html", "--config", "tpmcards.yaml")
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(in_tmp / "decks" / "hostile.apkg") as archive:
        (in_tmp / "collection.anki2").write_bytes(archive.read("collection.anki2"))
    conn = sqlite3.connect(in_tmp / "collection.anki2")
    fields = [f for (flds,) in conn.execute("SELECT flds FROM notes") for f in flds.split("\x1f")]
    conn.close()
    assert len(fields) >= 5 * 12
    assert {f: _unsafe_parts(f) for f in fields if _unsafe_parts(f)} == {}
    joined = "\n".join(fields)
    assert '<a href="https://example.com/ok" rel="noopener noreferrer">web links</a>' in joined
    assert "List&lt;T&gt;" in joined
    assert "Hostile &lt;script&gt;alert('front')&lt;/script&gt; notes" in joined


def test_the_scanner_finds_what_it_looks_for() -> None:
    """The deck scan above would see a script, a handler, a style and a javascript: link."""
    assert _unsafe_parts(
        '<p onclick="x" style="y"><script></script><a href=" JavaScript:alert(1)">a</a></p>'
    ) == ["<script", "p onclick", "p style", "<script>", "a href= JavaScript:alert(1)"]
