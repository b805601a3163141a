"""Hostile input, round 2 (issue 17): a cache and lock that cannot inject, files checked
before they are read, one `Error:` line for every bad input, and safe math and SVG."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tpmcards import cache
from tpmcards.cli import cli
from tpmcards.paths import cache_dir

GUIDE = "# Skills\n\n## What does a TPM own?\n\nThe delivery of a program across teams.\n"


def _invoke(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


def _one_error(result: Result) -> str:
    """The command failed with one `Error:` line and nothing else on stderr."""
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


def _fields(apkg: Path) -> list[list[str]]:
    """The fields of every note in a package, as Anki stores them."""
    with zipfile.ZipFile(apkg) as archive:
        data = archive.read("collection.anki2")
    db = apkg.with_suffix(".read.anki2")
    db.write_bytes(data)
    conn = sqlite3.connect(db)
    rows = [flds.split("\x1f") for (flds,) in conn.execute("SELECT flds FROM notes")]
    conn.close()
    db.unlink()
    return rows


class _Exploit:
    """Unpickling this touches a file: proof that a cache file ran code."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (Path.touch, (self.marker,))


def test_a_pickle_in_the_cache_folder_is_never_unpickled(in_tmp: Path) -> None:
    """Someone who can write the cache folder plants a pickle with a valid checksum in every
    cache slot of a guide: the next `cards` parses the guide again and runs nothing."""
    guide = in_tmp / "g.md"
    guide.write_text(GUIDE, "utf-8")
    first = _invoke("cards", "g.md", "--json")
    assert first.exit_code == 0, first.output
    marker = in_tmp / "ran-code"
    payload = pickle.dumps(_Exploit(marker))
    planted = cache._MAGIC + hashlib.sha256(payload).digest() + payload
    slots = [p for p in cache_dir().rglob("*") if p.is_file()]
    slots.append(cache._slot(cache_dir(), "cards", guide, "g.md"))
    for slot in slots:
        slot.parent.mkdir(parents=True, exist_ok=True)
        slot.write_bytes(planted)
    again = _invoke("cards", "g.md", "--json")
    assert again.exit_code == 0, again.output
    assert not marker.exists()
    assert again.stdout == first.stdout


def test_a_cache_entry_of_the_wrong_shape_is_a_miss(in_tmp: Path) -> None:
    """A cache file that parses but holds the wrong values (a card of numbers) is a miss."""
    guide = in_tmp / "g.md"
    guide.write_text(GUIDE, "utf-8")
    first = _invoke("cards", "g.md", "--json")
    [slot] = (cache_dir() / "cards").glob("*.json")
    digest = cache._read(slot)[0]
    for bad in ([digest, [[1, 2, 3]]], [digest, "x"], [digest, [None]], []):
        payload = json.dumps(bad).encode()
        slot.write_bytes(cache._MAGIC + hashlib.sha256(payload).digest() + payload)
        again = _invoke("cards", "g.md", "--json")
        assert again.exit_code == 0, again.output
        assert again.stdout == first.stdout


TWO = GUIDE + "\n## Who does a TPM work with?\n\nEngineering, product and design teams.\n"


def _lock(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def test_html_written_into_a_lock_never_reaches_the_deck(in_tmp: Path) -> None:
    """A removed card is written from its lock entry: script and handlers put into the lock
    by hand are sanitized like any field, and its tags cannot split the note."""
    (in_tmp / "g.md").write_text(TWO, "utf-8")
    assert _invoke("build", "g.md", "-o", "out").exit_code == 0
    lock_file = in_tmp / "out" / "skills.lock.json"
    data = _lock(lock_file)
    for entry in data["cards"]:
        entry["question_html"] = '<script>alert(1)</script><img src="x" onerror="alert(2)">Q'
        entry["answer_html"] = '<a href="javascript:alert(3)">A</a>\x1fsplit'
        entry["tags"] = ["evil\x1ftag", "x y"]
    lock_file.write_text(json.dumps(data), "utf-8")
    (in_tmp / "g.md").write_text("# Skills\n\n## What is new?\n\nA new card, the others gone.\n")
    result = _invoke("build", "g.md", "-o", "out")
    assert result.exit_code == 0, result.output
    rows = _fields(in_tmp / "out" / "skills.apkg")
    assert len(rows) == 3 and all(len(row) == 5 for row in rows)
    joined = "\n".join(f for row in rows for f in row)
    for bad in ("<script", "onerror", "javascript:"):
        assert bad not in joined
    assert '<img src="x">Q' in joined


def test_a_control_character_in_front_matter_gives_a_deck_anki_imports(
    in_tmp: Path, anki_collection: Any
) -> None:
    """`topic: "a\\x1fb"` (a YAML escape) once built a deck Anki refused whole: the field
    separator never reaches a field, a tag or a deck name."""
    from anki.import_export_pb2 import ImportAnkiPackageRequest

    (in_tmp / "g.md").write_text(
        '---\ntopic: "a\\x1fb\\x85"\ndeck: "D\\x1fe"\ntags: ["t\\x1fu"]\n---\n' + GUIDE, "utf-8"
    )
    result = _invoke("build", "g.md", "-o", "out")
    assert result.exit_code == 0, result.output
    [apkg] = (in_tmp / "out").glob("*.apkg")
    anki_collection.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg)))
    [nid] = anki_collection.find_notes("")
    note = anki_collection.get_note(nid)
    assert list(note.keys()) == ["Question", "Answer", "Topic", "Source", "Extra"]
    assert note["Topic"] == "ab"
    assert sorted(note.tags) == ["topic::ab", "tu"]
    assert "De" in [d.name for d in anki_collection.decks.all_names_and_ids()]


@pytest.mark.parametrize(
    "front",
    ["tags: [tpmcards::removed]", "tags: Tpmcards::Removed other", "tags: [a, TPMCARDS::REMOVED]"],
)
def test_the_reserved_tag_is_refused_in_front_matter(in_tmp: Path, front: str) -> None:
    """Front matter that sets `tpmcards::removed` would hide a live card among removed ones."""
    (in_tmp / "g.md").write_text(f"---\n{front}\n---\n{GUIDE}", "utf-8")
    line = _one_error(_invoke("build", "g.md", "-o", "out"))
    assert line == (
        "Error: g.md:2: the tag `tpmcards::removed` is reserved for cards removed from the "
        "guide; choose another tag"
    )
    assert not list(in_tmp.rglob("*.apkg"))


def test_the_reserved_tag_is_refused_in_the_config(in_tmp: Path) -> None:
    (in_tmp / "tpmcards.yaml").write_text("deck: D\ntags: [tpmcards::removed]\n", "utf-8")
    (in_tmp / "g.md").write_text(GUIDE, "utf-8")
    line = _one_error(_invoke("cards", "g.md"))
    assert line.startswith("Error: tpmcards.yaml:2: the tag `tpmcards::removed` is reserved")


def _lock_of_two(in_tmp: Path) -> tuple[Path, dict[str, Any]]:
    (in_tmp / "g.md").write_text(TWO, "utf-8")
    assert _invoke("build", "g.md").exit_code == 0
    lock_file = in_tmp / "decks" / "skills.lock.json"
    return lock_file, _lock(lock_file)


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (lambda c: c[1].update(id=c[0]["id"]), "cards 1 and 2 share the id"),
        (lambda c: c[1].update(key=c[0]["key"]), "cards 1 and 2 share the key"),
        (lambda c: c[0].update(modified="soon"), "card 1: `modified` must be int"),
        (lambda c: c[0].update(modified=True), "card 1: `modified` must be int"),
        (lambda c: c[0].update(removed="yes"), "card 1: `removed` must be bool"),
        (lambda c: c[0].update(kind="essay"), "card 1: `kind` must be one of"),
        (lambda c: c[0].update(tags=[1]), "card 1: `tags` must be a list of text"),
        (lambda c: c[1].update(evil="<b>"), "card 2 has an unknown field 'evil'"),
        (lambda c: c[0].pop("id"), "card 1 lacks `id`"),
        (lambda c: c.append([]), "card 3 is not a mapping"),
    ],
)
def test_a_bad_lock_is_refused_in_one_line(in_tmp: Path, edit: Any, reason: str) -> None:
    """A repeated id (two notes, one GUID), a wrong type or an unknown field in the lock:
    one line naming the lock, and the deck on disk left as it was."""
    lock_file, data = _lock_of_two(in_tmp)
    deck = (in_tmp / "decks" / "skills.apkg").read_bytes()
    edit(data["cards"])
    lock_file.write_text(json.dumps(data), "utf-8")
    for command in (["build", "g.md"], ["quiz", "g.md"]):
        line = _one_error(_invoke(*command, input="q\n"))
        assert line.startswith("Error: decks/skills.lock.json: the id lock is damaged (")
        assert reason in line
    assert (in_tmp / "decks" / "skills.apkg").read_bytes() == deck


def test_yaml_billion_laughs_in_the_config_is_refused_at_once(in_tmp: Path) -> None:
    """Nine levels of nine aliases would be 9**9 values: refused before expansion."""
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for n in range(1, 10):
        levels.append(f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]")
    (in_tmp / "tpmcards.yaml").write_text(
        "deck: D\n" + "\n".join(levels) + "\ntopics: *a9\n", "utf-8"
    )
    (in_tmp / "g.md").write_text(GUIDE, "utf-8")
    line = _one_error(_invoke("cards", "g.md"))
    assert line.startswith("Error: tpmcards.yaml:")
    assert "YAML aliases expand to more than" in line


def test_a_yaml_alias_that_holds_itself_is_refused(in_tmp: Path) -> None:
    (in_tmp / "g.md").write_text("---\ntags: &a [x, *a]\n---\n" + GUIDE, "utf-8")
    line = _one_error(_invoke("cards", "g.md"))
    assert line == "Error: g.md:2: a YAML alias refers to the value that holds it; remove the alias"


# --- files checked before they are read ----------------------------------------------------


def test_a_fifo_given_as_a_guide_is_refused_not_waited_on(in_tmp: Path) -> None:
    """Opening a FIFO blocks until a writer comes: the file is refused from its `stat`."""
    os.mkfifo(in_tmp / "pipe.md")
    line = _one_error(_invoke("cards", "pipe.md"))
    assert line == "Error: pipe.md: is not a regular file; give a Markdown or HTML file"


def test_a_device_given_as_a_guide_is_refused(in_tmp: Path) -> None:
    """`/dev/zero` was read whole before the size check: a MemoryError traceback."""
    (in_tmp / "zero.md").symlink_to("/dev/zero")
    line = _one_error(_invoke("build", "zero.md", "-o", "out"))
    assert line == "Error: zero.md: is not a regular file; give a Markdown or HTML file"


def test_a_huge_sparse_guide_is_refused_from_its_size(in_tmp: Path) -> None:
    """A 30 GB sparse file costs no disk: it is refused by its size, never read."""
    with (in_tmp / "huge.md").open("wb") as handle:
        handle.truncate(30 * 2**30)
    line = _one_error(_invoke("cards", "huge.md"))
    assert line == "Error: huge.md: is larger than 10 MB; split the guide into smaller files"


def test_a_fifo_or_a_device_as_an_image_leaves_the_image_out(in_tmp: Path) -> None:
    os.mkfifo(in_tmp / "pipe.png")
    (in_tmp / "zero.png").symlink_to("/dev/zero")
    (in_tmp / "g.md").write_text(GUIDE + "\n![a](pipe.png)\n![b](zero.png)\n", "utf-8")
    result = _invoke("build", "g.md", "-o", "out")
    assert result.exit_code == 0, result.output
    assert "g.md:7: image pipe.png: not a regular file; use an image file" in result.output
    assert "g.md:8: image zero.png: outside the sources folder" in result.output


def test_a_preview_page_is_never_read_back_as_a_guide(in_tmp: Path) -> None:
    """`preview` writes its page into `.`: the next command on `.` does not take the page
    for a guide (its cards would be read twice, as a deck of their own)."""
    (in_tmp / "g.md").write_text(GUIDE, "utf-8")
    first = _invoke("cards", ".", "--json")
    assert _invoke("preview", ".", "-o", "cards-preview.html").exit_code == 0
    assert "tpmcards preview" in (in_tmp / "cards-preview.html").read_text("utf-8")
    again = _invoke("cards", ".", "--json")
    assert again.exit_code == 0, again.output
    assert again.stdout == first.stdout


def test_watch_with_the_output_in_the_sources_folder_rebuilds_on_a_save(tmp_path: Path) -> None:
    """`build --watch -o` the sources folder ignored every change, guides included."""
    import queue
    import threading
    import time

    from tpmcards.build import DeckReport, watch_decks
    from tpmcards.project import Project

    folder = tmp_path / "guides"
    folder.mkdir()
    guide = folder / "g.md"
    guide.write_text(GUIDE, "utf-8")
    builds: queue.Queue[list[DeckReport]] = queue.Queue()
    stop = threading.Event()
    watcher = threading.Thread(
        target=watch_decks,
        args=([folder], folder),
        kwargs={
            "build": lambda: Project([folder], out_dir=folder).build(now=1_800_000_000),
            "on_build": builds.put,
            "on_error": lambda err: builds.put([]),
            "stop_event": stop,
            "debounce_ms": 50,
        },
    )
    watcher.start()
    try:
        assert builds.get(timeout=20)[0].diff.new_lock
        time.sleep(0.3)  # let the watcher start listening
        guide.write_text(GUIDE + "\n## What is a milestone?\n\nA point the plan reaches.\n")
        while True:
            reports = builds.get(timeout=20)  # Empty here: the save never rebuilt
            if reports and reports[0].diff.added == ("What is a milestone?",):
                break
    finally:
        stop.set()
        watcher.join(10)
    assert not watcher.is_alive()


# --- one Error: line -----------------------------------------------------------------------


@pytest.mark.parametrize("command", ["build", "cards", "preview", "quiz", "stats"])
def test_a_file_name_that_is_not_utf8_is_one_line(in_tmp: Path, command: str) -> None:
    (in_tmp / os.fsdecode(b"g\xff.md")).write_text(GUIDE, "utf-8")
    line = _one_error(_invoke(command, ".", input="q\n"))
    assert line == "Error: g\\udcff.md: the file name is not UTF-8; rename the file"


def test_a_newline_in_a_file_name_stays_on_one_line(in_tmp: Path) -> None:
    (in_tmp / "bad\nname.md").write_bytes(b"\x00binary")
    line = _one_error(_invoke("cards", "bad\nname.md"))
    assert line.startswith("Error: bad\\nname.md: looks like a binary file")


def _quizzed(in_tmp: Path) -> Path:
    """A guide quizzed once: the progress store holds one card's row."""
    from tpmcards.progress import store_path

    (in_tmp / "g.md").write_text(GUIDE, "utf-8")
    result = _invoke("quiz", "g.md", "--mode", "flip", input="\n3\n")
    assert result.exit_code == 0, result.output
    return store_path()


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("due", "yesterday"),
        ("due", 5),
        ("fsrs", "{not json"),
        ("fsrs", "[]"),
        ("fsrs", '{"card_id": 1}'),
        ("state", 9),
    ],
)
@pytest.mark.parametrize("command", ["quiz", "stats"])
def test_a_damaged_progress_row_is_one_line(
    in_tmp: Path, column: str, value: object, command: str
) -> None:
    store = _quizzed(in_tmp)
    conn = sqlite3.connect(store)
    conn.execute(f"UPDATE cards SET {column} = ?", (value,))
    conn.commit()
    conn.close()
    line = _one_error(_invoke(command, "g.md", input="\n3\n"))
    assert line.startswith(f"Error: {store}: the saved state of card ")
    assert line.endswith("run `tpmcards quiz --reset-progress` to move it aside and start over")


def test_a_typed_answer_with_a_byte_that_is_not_utf8_is_kept(in_tmp: Path) -> None:
    """The answer is read with the byte replaced, graded, and saved: no traceback."""
    from tpmcards.progress import ProgressStore

    (in_tmp / "g.md").write_text(GUIDE, "utf-8")
    typed = b"the delivery of a program across teams \xff\n"
    result = CliRunner().invoke(cli, ["quiz", "g.md", "--mode", "type"], input=typed + b"\n")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    with ProgressStore() as store:
        [review] = store._query("SELECT typed FROM reviews")
    assert review[0] == "the delivery of a program across teams \ufffd"


# --- math and SVG --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "math",
    [
        r"\(\href{javascript:alert(1)}{x}\)",
        r"\(\style{color:red}{x}\)",
        r"$\url{javascript:alert(1)}$",
        r"\[\class{evil}{x} \cssId{y}{z} \unicode{x41}\]",
    ],
)
def test_math_commands_that_reach_outside_the_formula_are_removed(in_tmp: Path, math: str) -> None:
    (in_tmp / "g.md").write_text(f"# Skills\n\n## What is x?\n\nIt is {math} here.\n", "utf-8")
    assert _invoke("build", "g.md", "-o", "out").exit_code == 0
    [row] = _fields(in_tmp / "out" / "skills.apkg")
    for command in ("\\href", "\\url", "\\style", "\\class", "\\cssId", "\\unicode"):
        assert command not in row[1]
    assert "{x}" in row[1] or "{x41}" in row[1] or "{javascript:alert(1)}" in row[1]


def test_math_in_an_html_guide_is_cleaned_at_the_packaging_gate(in_tmp: Path) -> None:
    (in_tmp / "g.html").write_text(
        "<h1>Skills</h1><h2>What is x?</h2><p>It is \\(\\href{javascript:alert(1)}{x}\\).</p>",
        "utf-8",
    )
    assert _invoke("build", "g.html", "-o", "out").exit_code == 0
    [row] = _fields(in_tmp / "out" / "skills.apkg")
    assert "\\href" not in row[1] and "\\({javascript:alert(1)}{x}\\)" in row[1]


@pytest.mark.parametrize(
    "svg",
    [
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>',
        b'<svg><a href="javascript:alert(1)"><text>x</text></a></svg>',
        b"<svg><foreignObject><body>x</body></foreignObject></svg>",
    ],
)
def test_an_svg_with_script_is_left_out_with_a_warning(in_tmp: Path, svg: bytes) -> None:
    (in_tmp / "d.svg").write_bytes(svg)
    (in_tmp / "g.md").write_text(GUIDE + "\n![diagram](d.svg)\n", "utf-8")
    result = _invoke("build", "g.md", "-o", "out")
    assert result.exit_code == 0, result.output
    assert "image d.svg: an SVG with scripts, event handlers or links to code" in result.output
    with zipfile.ZipFile(in_tmp / "out" / "skills.apkg") as archive:
        assert json.loads(archive.read("media")) == {}


def test_a_plain_svg_is_still_packaged(in_tmp: Path) -> None:
    (in_tmp / "d.svg").write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>')
    (in_tmp / "g.md").write_text(GUIDE + "\n![diagram](d.svg)\n", "utf-8")
    assert _invoke("build", "g.md", "-o", "out").exit_code == 0
    with zipfile.ZipFile(in_tmp / "out" / "skills.apkg") as archive:
        assert len(json.loads(archive.read("media"))) == 1


# --- one build at a time -------------------------------------------------------------------


def test_a_second_build_into_a_folder_waits_for_the_first(
    in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process holds the folder's build lock: this build waits, then says so in one
    line, and writes nothing."""
    import subprocess
    import sys

    from tpmcards import project

    monkeypatch.setattr(project, "BUILD_LOCK_WAIT", 0.5)
    (in_tmp / "g.md").write_text(GUIDE, "utf-8")
    (in_tmp / "out").mkdir()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from filelock import FileLock; lock = FileLock(sys.argv[1]);"
            " lock.acquire();"
            " print('held', flush=True); time.sleep(60)",
            str(project.build_lock_path(in_tmp / "out")),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        line = _one_error(_invoke("build", "g.md", "-o", "out"))
        assert line == (
            "Error: out: another build into this folder has been running for 0.5 s; wait for "
            "it to finish, or stop it"
        )
        assert list((in_tmp / "out").iterdir()) == []
    finally:
        holder.kill()
        holder.wait()
    assert _invoke("build", "g.md", "-o", "out").exit_code == 0


# --- .apkg files given to the quiz ---------------------------------------------------------


def _deck_database(in_tmp: Path) -> Path:
    """A deck built from a small guide, its collection unpacked for editing."""
    (in_tmp / "g.md").write_text(TWO, "utf-8")
    assert _invoke("build", "g.md", "-o", "out").exit_code == 0
    db = in_tmp / "collection.anki2"
    with zipfile.ZipFile(in_tmp / "out" / "skills.apkg") as archive:
        db.write_bytes(archive.read("collection.anki2"))
    return db


def _repack(db: Path, target: Path, flag_bits: int = 0, method: int | None = None) -> None:
    """Zip the collection again, its member's flags or method patched in both headers."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("collection.anki2", db.read_bytes())
        archive.writestr("media", "{}")
    data = bytearray(target.read_bytes())
    local = data.index(b"PK\x03\x04")
    central = data.index(b"PK\x01\x02")
    data[local + 6] |= flag_bits
    data[central + 8] |= flag_bits
    if method is not None:
        data[local + 8 : local + 10] = method.to_bytes(2, "little")
        data[central + 10 : central + 12] = method.to_bytes(2, "little")
    target.write_bytes(bytes(data))


def _edit(db: Path, *statements: str) -> None:
    conn = sqlite3.connect(db)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("statements", "reason"),
    [
        (
            (
                "ALTER TABLE notes RENAME TO real_notes",
                "CREATE VIEW notes AS WITH RECURSIVE r(guid, mid, flds, tags, mod, id) AS"
                " (SELECT guid, mid, flds, tags, mod, id FROM real_notes UNION ALL"
                " SELECT guid, mid, flds, tags, mod, id + 1 FROM r) SELECT * FROM r",
            ),
            "`notes` is a view, not a table",
        ),
        (("UPDATE col SET models = '" + "[" * 100_000 + "]" * 100_000 + "'",), "recursion"),
        (
            (
                "CREATE TABLE loose AS SELECT * FROM notes",
                "DROP TABLE notes",
                "ALTER TABLE loose RENAME TO notes",
                "UPDATE notes SET mid = NULL",
            ),
            "int() argument",
        ),
    ],
)
def test_a_damaged_apkg_is_one_line(in_tmp: Path, statements: tuple[str, ...], reason: str) -> None:
    """A recursive view for `notes` never ended; deeply nested JSON or a NULL column gave a
    traceback: each is one line naming the deck."""
    db = _deck_database(in_tmp)
    _edit(db, *statements)
    _repack(db, in_tmp / "bad.apkg")
    line = _one_error(_invoke("quiz", "bad.apkg", "-n", "1", input="q\n"))
    assert line.startswith("Error: bad.apkg: its collection database is damaged (")
    assert reason in line


@pytest.mark.parametrize(
    ("flag_bits", "method", "reason"),
    [(1, None, "encrypted"), (0, 99, "compression method")],
)
def test_an_encrypted_or_unknown_zip_member_is_one_line(
    in_tmp: Path, flag_bits: int, method: int | None, reason: str
) -> None:
    db = _deck_database(in_tmp)
    _repack(db, in_tmp / "bad.apkg", flag_bits, method)
    line = _one_error(_invoke("quiz", "bad.apkg", "-n", "1", input="q\n"))
    assert line.startswith("Error: bad.apkg: is damaged (")
    assert reason in line


def test_a_guide_that_links_out_of_the_sources_folder_is_refused(in_tmp: Path) -> None:
    """Images were confined to the sources folder, guides were not: a link to a file outside
    is refused in one line, and nothing of that file reaches a deck."""
    (in_tmp / "secret.md").write_text(GUIDE.replace("delivery", "secret"), "utf-8")
    (in_tmp / "guides").mkdir()
    (in_tmp / "guides" / "g.md").write_text(TWO, "utf-8")
    (in_tmp / "guides" / "link.md").symlink_to(in_tmp / "secret.md")
    line = _one_error(_invoke("build", "guides", "-o", "out"))
    assert line == (
        "Error: guides/link.md: links to a file outside the sources folder; copy the guide "
        "into it instead"
    )
    assert not (in_tmp / "out" / "guides.apkg").exists()


def test_a_link_inside_the_sources_folder_is_still_read(in_tmp: Path) -> None:
    (in_tmp / "guides" / "sub").mkdir(parents=True)
    (in_tmp / "guides" / "sub" / "g.md").write_text(GUIDE, "utf-8")
    (in_tmp / "guides" / "alias.md").symlink_to(in_tmp / "guides" / "sub" / "g.md")
    assert _invoke("cards", "guides").exit_code == 0


# --- a ceiling whatever the shape ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        (
            "g.md",
            "# Q\n\n" + "## What is item?\n\nIt is here.\n\n" * 10_001,
            "Error: g.md: has 40,007 lines, more than the 40,000 one guide may hold; split it "
            "into smaller files",
        ),
        (
            "g.html",
            "<h1>D</h1><dl>" + "<dt>Term</dt><dd>Meaning</dd>" * 20_001 + "</dl>",
            "Error: g.html: has 80,008 HTML tags (`<`), more than the 80,000 one guide may "
            "hold; split it into smaller files",
        ),
        (
            "g.md",
            "# M\n\n## What is x?\n\nIt is " + "\\(" * 200_001,
            "Error: g.md: has 200,001 markup characters (\\ * _ $ ` [ {), more than the "
            "200,000 one guide may hold; split it into smaller files",
        ),
    ],
)
def test_a_guide_over_the_work_budget_is_refused_naming_what_there_is_too_much_of(
    in_tmp: Path, name: str, text: str, line: str
) -> None:
    """Well under the 10 MB limit, 100,000 question headings took 78 s and 200,000
    definition pairs never ended: refused before parsing, in one line."""
    (in_tmp / name).write_text(text, "utf-8")
    assert _one_error(_invoke("cards", name)) == line


def test_nested_tables_and_definition_lists_keep_their_own_rows(in_tmp: Path) -> None:
    """A table's rows are its own, not those of a table nested in a cell (collecting those
    again at every level was quadratic): the outer question and answer stay whole."""
    inner = "<table><tr><th>Term</th><th>Meaning</th></tr><tr><td>x</td><td>y</td></tr></table>"
    (in_tmp / "g.html").write_text(
        "<h1>T</h1><table><tr><th>Term</th><th>Meaning</th></tr>"
        f"<tr><td>Scope</td><td>What the program delivers {inner}</td></tr></table>",
        "utf-8",
    )
    rows = json.loads(_invoke("cards", "g.html", "--json").stdout)
    questions = [row["question"] for row in rows]
    assert "x" not in questions


def test_a_build_memo_missing_a_field_is_a_miss(in_tmp: Path) -> None:
    """The memo of an up-to-date build is read back value by value: a report that lacks a
    field is a miss (a KeyError once), and the build runs as if there were no memo."""
    (in_tmp / "g.md").write_text(GUIDE, "utf-8")
    assert _invoke("build", "g.md", "-o", "out").exit_code == 0
    unchanged = _invoke("build", "g.md", "-o", "out")
    [slot] = (cache_dir() / "builds").glob("*.json")
    entry = cache._read(slot)
    del entry[1][0]["deck"]
    payload = json.dumps(entry).encode()
    slot.write_bytes(cache._MAGIC + hashlib.sha256(payload).digest() + payload)
    again = _invoke("build", "g.md", "-o", "out")
    assert again.exit_code == 0, again.output
    assert again.output == unchanged.output
