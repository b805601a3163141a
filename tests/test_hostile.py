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
