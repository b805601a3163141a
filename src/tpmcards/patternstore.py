"""The rules' patterns as `re` compiles them, kept in the cache folder between processes.

`re.compile` works in two steps: its parser and compiler, written in Python, turn a pattern
and its flags into a list of integer instructions; `_sre.compile`, in C, checks that list
and makes the pattern object of it. The first step was most of what a one-file edit or a
cold quiz spent on the few hundred patterns a guide reaches (about 40 ms). The store keeps
each pattern's list, and a later process makes the object from it in a few microseconds.

Why that is sound. The list is a function of the pattern's text, its flags and the `re` of
the interpreter: the store is kept per interpreter build (its full version string, with
compiler and build date, and the constants of its `_sre`) and looked up by text and flags,
so a list is only used by the `re` that made it. `_sre.compile` refuses a list that is not
well formed (RuntimeError, TypeError...), and the file is checksummed: anything missing,
damaged, foreign or refused is compiled by `re.compile`, as always. Where `re` has no such
internals (Python 3.10 names them otherwise, other interpreters have none), every pattern
is compiled as usual. The file is JSON: data only, like the rest of the cache. A pattern
made here is equal (`==`: same flags, text and instructions) to `re.compile`'s, which
tests/test_patternstore.py checks for every pattern the rules hold.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any, NamedTuple

__all__ = ["compile_pattern", "save"]

try:  # CPython 3.11 on: the parser and compiler re.compile runs
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10 (sre_compile), other interpreters
    _sre = None

_FORMAT = 1
_MAGIC = b"tpmcards-patterns-%d\n" % _FORMAT
_MAX_ENTRIES = 5000  # the rules hold about 500 patterns; a store never grows past this


class _Entry(NamedTuple):
    """What `_sre.compile` makes a pattern of, besides its text."""

    flags: int  # the flags given and those the pattern sets inline
    code: list[int]
    groups: int
    groupindex: dict[str, int]
    indexgroup: tuple[str | None, ...]


class _Store:
    """The entries read from the file, those added since, and where they are kept."""

    def __init__(self, path: Path, entries: dict[tuple[str, int], _Entry]) -> None:
        self.path = path
        self.entries = entries
        self.added = False


_STORES: list[_Store] = []  # the process's store, once read


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, made from the store when it holds the pattern."""
    store = _store()
    if store is None or flags & re.DEBUG:
        return re.compile(pattern, flags)
    entry = store.entries.get((pattern, flags))
    if entry is not None:
        try:
            made: re.Pattern[str] = _sre.compile(pattern, *entry)
            return made
        except (RuntimeError, TypeError, ValueError, OverflowError):
            del store.entries[pattern, flags]  # not made by this `re`: compiled again
    made, entry = _compiled(pattern, flags)
    if len(store.entries) < _MAX_ENTRIES:
        store.entries[pattern, flags] = entry
        store.added = True
    return made


def save() -> None:
    """Keep the patterns this process compiled for the next one (a store that cannot be
    written is only a slower next start)."""
    from .atomic import write_quietly

    store = _STORES[0] if _STORES else None
    if store is None or not store.added:
        return
    rows = [[text, flags, *entry] for (text, flags), entry in store.entries.items()]
    payload = json.dumps(rows, separators=(",", ":")).encode("utf-8", "surrogatepass")
    write_quietly(store.path, _MAGIC + hashlib.sha256(payload).digest(), payload)
    store.added = False


def _compiled(pattern: str, flags: int) -> tuple[re.Pattern[str], _Entry]:
    """What re._compiler.compile does, with the list kept."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry = _Entry(
        flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)
    )
    made: re.Pattern[str] = _sre.compile(pattern, *entry)
    return made, entry


def _store() -> _Store | None:
    """The store of this interpreter build, read once (None where `re` has no internals)."""
    if _sre is None:
        return None
    if not _STORES:
        path = _path()
        _STORES.append(_Store(path, _read(path)))
    return _STORES[0]


def _path() -> Path:
    """The store's file: one per interpreter build, in the cache folder."""
    from .paths import cache_dir

    build = (
        sys.version,
        sys.implementation.cache_tag,
        sys.maxunicode,
        _sre.MAGIC,
        _sre.CODESIZE,
        _sre.MAXREPEAT,
        _sre.MAXGROUPS,
    )
    name = hashlib.sha256(repr(build).encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return cache_dir() / "patterns" / f"{name}.json"


def _read(path: Path) -> dict[tuple[str, int], _Entry]:
    """The entries of the file whose checksum holds and whose rows have the right shape;
    an empty store for anything else."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    start = len(_MAGIC) + 32
    checksum, payload = data[len(_MAGIC) : start], data[start:]
    if not data.startswith(_MAGIC) or hashlib.sha256(payload).digest() != checksum:
        return {}
    try:
        rows = json.loads(payload)
        return {(row[0], row[1]): _entry(row[2:]) for row in rows if _shaped(row)}
    except (ValueError, TypeError, RecursionError):
        return {}


def _shaped(row: Any) -> bool:
    return (
        isinstance(row, list)
        and len(row) == 7
        and isinstance(row[0], str)
        and all(isinstance(row[n], int) for n in (1, 2, 4))
        and isinstance(row[3], list)
        and isinstance(row[5], dict)
        and isinstance(row[6], list)
    )


def _entry(fields: list[Any]) -> _Entry:
    flags, code, groups, groupindex, indexgroup = fields
    return _Entry(flags, code, groups, groupindex, tuple(indexgroup))
