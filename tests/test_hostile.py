"""Hostile input, round 2 (issue 17): a cache and lock that cannot inject, files checked
before they are read, one `Error:` line for every bad input, and safe math and SVG."""

from __future__ import annotations

import hashlib
import json
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
