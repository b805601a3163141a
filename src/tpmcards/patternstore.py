"""The rules' patterns as `re` compiles them, kept in the cache folder between processes.

`re.compile` works in two steps: its parser and compiler, written in Python, turn a pattern
and its flags into a list of integer instructions; `_sre.compile`, in C, checks that list
and makes the pattern object of it. The first step was most of what a one-file edit or a
cold quiz spent on the few hundred patterns a guide reaches (about 40 ms). The store keeps
each pattern's list, and a later process makes the object from it in microseconds.

Why that is sound. The list is a function of the pattern's text, its flags and the `re` of
the interpreter: the store is kept per interpreter build (its full version string, with
compiler and build date, its byte order and the constants of its `_sre`) and looked up by
text and flags, so a list is only used by the `re` that made it. `_sre.compile` refuses a
list that is not well formed, and the file is checksummed: anything missing, damaged,
foreign or refused is compiled by `re.compile`, as always. Where `re` has no such internals
(Python 3.10 names them otherwise, other interpreters have none), every pattern is compiled
as usual. The file holds JSON lines: data only, like the rest of the cache. A pattern made
here is equal (`==`: the same flags, text and instructions) to `re.compile`'s, which
tests/test_patternstore.py checks for every pattern of the rules.
"""

from __future__ import annotations

import array
import base64
import hashlib
import json
import re
import sys
from pathlib import Path

__all__ = ["compile_pattern", "save"]

try:  # CPython 3.11 on: the parser and compiler re.compile runs
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]

    # The array type whose items are `_sre`'s instructions ("": none fits, no store).
    _CODE_TYPE = next((t for t in "IL" if array.array(t).itemsize == _sre.CODESIZE), "")
except ImportError:  # pragma: no cover - Python 3.10 (sre_compile), other interpreters
    _sre, _CODE_TYPE = None, ""

_FORMAT = 1
_MAGIC = b"tpmcards-patterns-%d\n" % _FORMAT
_MAX_ENTRIES = 5000  # the rules hold about 500 patterns; a store never grows past this


class _Store:
    """A store's lines, by the key of the pattern each holds; and where it is kept.

    A line is `[pattern, flags]` TAB `[flags, groups, groupindex, indexgroup, code]`, both
    JSON (which never holds a raw tab or line break), the code the base64 of its array: the
    file is split into lines when read, and a line is decoded only when its pattern is used.
    """

    def __init__(self, path: Path, lines: dict[bytes, bytes]) -> None:
        self.path = path
        self.lines = lines
        self.added = False


_STORES: list[_Store] = []  # the process's store, once read


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, made from the store when it holds the pattern."""
    store = _store()
    if store is None or flags & re.DEBUG:
        return re.compile(pattern, flags)
    flags = int(flags)  # a RegexFlag is written as its number
    key = json.dumps([pattern, flags]).encode()
    line = store.lines.get(key)
    if line is not None:
        try:
            return _made(pattern, line)
        # What a line this `re` did not write can raise: not JSON (or nested too deep),
        # not base64, not an array; fields of the wrong type or size; code `_sre` refuses.
        except (ValueError, TypeError, RecursionError, RuntimeError, OverflowError):
            del store.lines[key]
    made, line = _compiled(pattern, flags)
    if len(store.lines) < _MAX_ENTRIES:
        store.lines[key] = line
        store.added = True
    return made


def save() -> None:
    """Keep the patterns this process compiled for the next one (a store that cannot be
    written is only a slower next start)."""
    from .atomic import write_quietly

    store = _STORES[0] if _STORES else None
    if store is None or not store.added:
        return
    payload = b"\n".join(key + b"\t" + line for key, line in store.lines.items())
    write_quietly(store.path, _MAGIC + hashlib.sha256(payload).digest(), payload)
    store.added = False


def _made(pattern: str, line: bytes) -> re.Pattern[str]:
    """The pattern made of a stored line."""
    flags, groups, groupindex, indexgroup, text = json.loads(line)
    code = array.array(_CODE_TYPE, base64.b64decode(text, validate=True)).tolist()
    made: re.Pattern[str] = _sre.compile(
        pattern, flags, code, groups, groupindex, tuple(indexgroup)
    )
    return made


def _compiled(pattern: str, flags: int) -> tuple[re.Pattern[str], bytes]:
    """What re._compiler.compile does, and the line that keeps it."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    flags |= parsed.state.flags
    groups = parsed.state.groups - 1
    made: re.Pattern[str] = _sre.compile(
        pattern, flags, code, groups, groupindex, tuple(indexgroup)
    )
    text = base64.b64encode(array.array(_CODE_TYPE, code).tobytes()).decode("ascii")
    return made, json.dumps([flags, groups, groupindex, indexgroup, text]).encode()


def _store() -> _Store | None:
    """The store of this interpreter build, read once (None where `re` has no internals)."""
    if not _CODE_TYPE:
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
        sys.byteorder,
        sys.maxunicode,
        _sre.MAGIC,
        _sre.CODESIZE,
        _sre.MAXREPEAT,
        _sre.MAXGROUPS,
    )
    name = hashlib.sha256(repr(build).encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return cache_dir() / "patterns" / f"{name}.json"


def _read(path: Path) -> dict[bytes, bytes]:
    """The lines of the file whose checksum holds, by key; none for anything else."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    start = len(_MAGIC) + 32
    checksum, payload = data[len(_MAGIC) : start], data[start:]
    if not data.startswith(_MAGIC) or hashlib.sha256(payload).digest() != checksum:
        return {}
    lines = {}
    for line in payload.split(b"\n"):
        key, tab, rest = line.partition(b"\t")
        if tab:
            lines[key] = rest
    return lines
