"""The rules' patterns are kept compiled between processes (patternstore.py): what the store
makes is exactly what `re.compile` makes, and anything else in the store is not used."""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import tpmcards
from tpmcards import lazyre, patternstore

pytestmark = pytest.mark.skipif(
    patternstore._sre is None, reason="re has no compiler internals here: nothing is stored"
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
    assert store is not None and set(store.entries) >= set(patterns)
    for (pattern, flags), first in zip(patterns, compiled, strict=True):
        made = patternstore.compile_pattern(pattern, flags)
        expected = re.compile(pattern, flags)
        assert made == first == expected, pattern
        assert (made.groups, made.groupindex) == (expected.groups, expected.groupindex)
    assert not store.added  # every one was made from the store


def test_a_damaged_or_foreign_store_is_compiled_anew(fresh_store: None) -> None:
    """A store whose checksum fails is empty; an entry `_sre` refuses is compiled again."""
    pattern = r"(?P<word>\w+)\s*=\s*(\d+)"
    patternstore.compile_pattern(pattern)
    patternstore.save()
    store = patternstore._STORES[0]
    data = store.path.read_bytes()
    store.path.write_bytes(data.replace(b'"word"', b'"wore"'))
    patternstore._STORES.clear()
    assert patternstore._store().entries == {}  # type: ignore[union-attr]

    entry = store.entries[pattern, 0]
    planted = entry._replace(code=[9999, *entry.code])  # no instruction of `_sre`'s
    patternstore._STORES[0].entries[pattern, 0] = planted
    made = patternstore.compile_pattern(pattern)
    assert made == re.compile(pattern)
    assert made.match("a = 1").group("word") == "a"  # type: ignore[union-attr]


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
