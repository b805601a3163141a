"""The rules' patterns are kept compiled between processes (patternstore.py): what the store
makes is exactly what `re.compile` makes, and anything else in the store is not used."""

from __future__ import annotations

import base64
import importlib
import json
import pkgutil
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import tpmcards
from tpmcards import lazyre, patternstore

pytestmark = pytest.mark.skipif(
    not patternstore._CODE_TYPE, reason="re has no compiler internals here: nothing is stored"
)


def _rule_patterns() -> list[tuple[str, int]]:
    """The (pattern, flags) of every lazy pattern of every module, found where modules keep
    them: module constants, and in the tuples, lists and dicts of module constants."""
    found: dict[tuple[str, int], None] = {}
    for module in pkgutil.walk_packages(tpmcards.__path__, "tpmcards."):
        if module.name == "tpmcards.__main__":
            continue  # it runs the command line
        values = list(vars(importlib.import_module(module.name)).values())
        while values:
            value = values.pop()
            if isinstance(value, lazyre._Lazy):
                found[value._source] = None
            elif isinstance(value, (tuple, list)):
                values += value
            elif isinstance(value, dict):
                values += value.values()
    return list(found)


@pytest.fixture
def fresh_store(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process's store read anew (from the test's own cache folder)."""
    monkeypatch.setattr(patternstore, "_STORES", [])


def test_a_pattern_made_from_the_store_is_the_one_re_compiles(fresh_store: None) -> None:
    """Every rule's pattern, compiled (kept), saved, read back and made from the store, is
    equal to re.compile's: the same flags, text and instructions, and the same groups."""
    patterns = _rule_patterns()
    assert len(patterns) > 300
    compiled = [patternstore.compile_pattern(*p) for p in patterns]
    patternstore.save()
    patternstore._STORES.clear()
    store = patternstore._store()
    assert store is not None and len(store.lines) == len(patterns)
    for (pattern, flags), first in zip(patterns, compiled, strict=True):
        made = patternstore.compile_pattern(pattern, flags)
        expected = re.compile(pattern, flags)
        assert made == first == expected, pattern
        assert (made.groups, made.groupindex) == (expected.groups, expected.groupindex)
    assert not store.added  # every one was made from the store


def _line(pattern: str, flags: int = 0) -> list[object]:
    """The stored line of a pattern, decoded."""
    store = patternstore._STORES[0]
    return list(json.loads(store.lines[json.dumps([pattern, flags]).encode()]))


_WORDS = r"(?P<word>\w+)\s*=\s*(\d+)"


def test_a_damaged_store_is_compiled_anew(fresh_store: None) -> None:
    """A store whose checksum fails is empty."""
    patternstore.compile_pattern(_WORDS)
    patternstore.save()
    path = patternstore._STORES[0].path
    path.write_bytes(path.read_bytes().replace(b'"word"', b'"wore"'))
    patternstore._STORES.clear()
    assert patternstore._store().lines == {}  # type: ignore[union-attr]
    assert patternstore.compile_pattern(_WORDS) == re.compile(_WORDS)


@pytest.mark.parametrize(
    "change",
    [
        lambda f: [f[0], f[1], f[2], f[3], base64.b64encode(b"\x0f\x27\0\0" * 3).decode()],
        lambda f: [f[0], f[1], f[2], f[3], f[4][:-4]],  # cut inside an instruction
        lambda f: [f[0], f[1], f[2], f[3], "not base64!"],
        lambda f: [f[0], f[1], ["word"], f[3], f[4]],  # group names not a dict
        lambda f: [f[0], "2", f[2], f[3], f[4]],
        lambda f: f[:3],
        lambda f: "[" * 100_000,
    ],
)
def test_a_line_this_re_refuses_is_compiled_anew(
    fresh_store: None, change: Callable[[list[object]], object]
) -> None:
    """A stored line that is not what this `re` writes (instructions `_sre` refuses, a
    field of the wrong type or shape, not JSON at all) is compiled by re.compile."""
    patternstore.compile_pattern(_WORDS)
    fields = _line(_WORDS)
    store = patternstore._STORES[0]
    key = json.dumps([_WORDS, 0]).encode()
    changed = change(fields)
    store.lines[key] = (changed if isinstance(changed, str) else json.dumps(changed)).encode()
    made = patternstore.compile_pattern(_WORDS)
    assert made == re.compile(_WORDS)
    assert made.match("a = 1").group("word") == "a"  # type: ignore[union-attr]
    assert _line(_WORDS) == fields  # compiled again and kept


def test_the_store_is_kept_per_interpreter_build(
    fresh_store: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another Python (another version string) has a store of its own."""
    here = patternstore._path()
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    assert patternstore._path() != here


def test_a_command_keeps_the_patterns_it_compiled_for_the_next(tmp_path: Path) -> None:
    """`tpmcards` saves the store as it exits; the next command compiles none of the
    patterns the first one did."""
    guide = tmp_path / "guide.md"
    guide.write_text("# Guide\n\n## What is a TPM?\n\nA program lead.\n", "utf-8")
    code = (
        "import sys\n"
        "from tpmcards import patternstore\n"
        "from tpmcards.cli import main\n"
        "real, count = patternstore._compiled, []\n"
        "def spy(*args):\n"
        "    count.append(1)\n"
        "    return real(*args)\n"
        "patternstore._compiled = spy\n"
        "import atexit\n"
        "atexit.register(lambda: print(len(count)))\n"
        f"sys.argv = ['tpmcards', 'cards', {str(guide)!r}]\n"
        "main()\n"
    )
    env = {"TPMCARDS_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    counts = []
    for _ in range(2):
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, input=""
        )
        assert result.returncode == 0, result.stderr
        counts.append(int(result.stdout.splitlines()[-1]))
    assert counts[0] > 50 and counts[1] == 0
    assert len(list((tmp_path / "home" / "cache" / "patterns").iterdir())) == 1
