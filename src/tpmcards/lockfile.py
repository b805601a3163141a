"""The id lock beside each deck: read and checked, written one card per line.

The lock is the memory of every build (see identity.py): which id each card has, a
fingerprint of its content and when that content last changed. This is the only I/O of the
identity stage.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .atomic import write_atomic
from .errors import ConfigError, OutputError
from .model import CardKind

LOCK_VERSION = 2


@dataclass(frozen=True)
class LockEntry:
    """What the lock remembers of one card: enough to match it and to rebuild its note."""

    key: str
    id: str
    fingerprint: str
    modified: int
    question: str  # plain text, for matching rewordings and for the build report
    answer: str  # plain text, for matching rewordings
    removed: bool = False
    # The card as it last reached the package, so a removed card can still be written.
    question_html: str = ""
    answer_html: str = ""
    kind: str = CardKind.BASIC.value
    topic: str = ""
    deck: str = ""
    source: str = ""  # the card's source label (guide › heading)
    tags: tuple[str, ...] = ()
    extra_html: str = ""  # written only when the card has an Extra


def lock_path(out_dir: Path, output: str) -> Path:
    """Where the lock of a deck lives: beside it."""
    return out_dir / f"{output}.lock.json"


def read_lock(path: Path) -> list[LockEntry]:
    """Read a lock file; a missing file is an empty lock. A lock that is not what tpmcards
    writes (a repeated id or key, a value of the wrong type, an unknown field) is refused in
    one line: a hand-edited lock must never give two notes one GUID."""
    if not path.exists():
        return []
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_LOCK_BYTES + 1)
        if len(raw) > MAX_LOCK_BYTES:
            raise ValueError(f"larger than {MAX_LOCK_BYTES // 2**20} MB")
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("cards"), list):
            raise ValueError("not a mapping with `version` and `cards`")
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise ValueError("`version` is not a number")
        if version > LOCK_VERSION:
            raise ConfigError("the id lock was written by a newer tpmcards; upgrade it", path)
        # Version 1 locks lack the card's HTML and deck: they are filled in on the next build.
        entries = [_lock_entry(n, entry) for n, entry in enumerate(data["cards"], 1)]
    except (OSError, ValueError, RecursionError) as err:
        raise ConfigError(
            f"the id lock is damaged ({_one_line(str(err))}); restore it from git", path
        ) from None
    for name in ("id", "key"):
        if len({getattr(entry, name) for entry in entries}) == len(entries):
            continue
        seen: dict[str, int] = {}
        for n, entry in enumerate(entries, 1):
            value = getattr(entry, name)
            if value in seen:
                raise ConfigError(
                    f"the id lock is damaged (cards {seen[value]} and {n} share the {name} "
                    f"{_one_line(value)!r}); restore it from git",
                    path,
                )
            seen[value] = n
    return entries


# A lock holds a few hundred bytes per card: 64 MB is far beyond any guide's lock.
MAX_LOCK_BYTES = 64 * 1024 * 1024
_LOCK_TYPES: dict[str, type] = {
    "key": str,
    "id": str,
    "fingerprint": str,
    "modified": int,
    "question": str,
    "answer": str,
    "removed": bool,
    "question_html": str,
    "answer_html": str,
    "kind": str,
    "topic": str,
    "deck": str,
    "source": str,
    "tags": list,
    "extra_html": str,
}
_LOCK_REQUIRED = ("key", "id", "fingerprint", "modified", "question", "answer")
_KINDS = frozenset(kind.value for kind in CardKind)
_REQUIRED = frozenset(_LOCK_REQUIRED)


def _lock_entry(n: int, entry: object) -> LockEntry:
    """The lock's card `n`, checked field by field; ValueError naming what is wrong."""
    if not isinstance(entry, dict):
        raise ValueError(f"card {n} is not a mapping")
    for name, value in entry.items():
        # JSON gives exact types: a mismatch is looked at closer (a wrong type, a bool
        # for a number, an unknown field), a match needs no more (this runs per card).
        if _LOCK_TYPES.get(name) is not type(value):
            _check_field(n, name, value)
    if not entry.keys() >= _REQUIRED:
        missing = [name for name in _LOCK_REQUIRED if name not in entry]
        raise ValueError(f"card {n} lacks `{missing[0]}`")
    tags = entry.get("tags", [])
    if not all(isinstance(tag, str) for tag in tags):
        raise ValueError(f"card {n}: `tags` must be a list of text")
    if entry.get("kind", CardKind.BASIC.value) not in _KINDS:
        raise ValueError(f"card {n}: `kind` must be one of {', '.join(sorted(_KINDS))}")
    if not entry["id"].strip():
        raise ValueError(f"card {n} has an empty `id`")
    return LockEntry(**{**entry, "tags": tuple(tags)})


def _check_field(n: int, name: str, value: object) -> None:
    """ValueError when card `n`'s field `name` is unknown or of the wrong type."""
    expected = _LOCK_TYPES.get(name)
    if expected is None:
        raise ValueError(f"card {n} has an unknown field {_one_line(str(name))!r}")
    wrong_bool = expected is int and isinstance(value, bool)
    if not isinstance(value, expected) or wrong_bool:
        raise ValueError(f"card {n}: `{name}` must be {expected.__name__}")


def _one_line(text: str) -> str:
    """Text for a one-line message: control characters shown escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)[:200]


def dump_lock(entries: Sequence[LockEntry]) -> str:
    """The lock as text: one card per line, sorted, so a diff shows exactly what changed."""
    return join_lines(entry_lines(entries))


def entry_lines(entries: Sequence[LockEntry]) -> list[str]:
    """Each entry as its line of the lock (without the indent and the comma)."""
    encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode  # one, not one per card
    return [encode(_written(e)) for e in entries]


def _written(entry: LockEntry) -> dict[str, object]:
    """The fields of an entry the lock holds: no empty Extra, so locks of cards without
    one stay as they were."""
    fields = entry.__dict__
    if entry.extra_html:
        return fields
    return {name: value for name, value in fields.items() if name != "extra_html"}


def join_lines(lines: Sequence[str]) -> str:
    """The lock's text made of its entries' lines, as `dump_lock` writes it."""
    body = ",\n  ".join(lines)
    return f"{_HEAD}\n  {body}\n]}}\n" if lines else f"{_HEAD}\n\n]}}\n"


def join_raw(lines: Sequence[bytes]) -> bytes:
    """The lock's bytes made of its entries' lines as `split_raw` gives them."""
    if not lines:
        return _EMPTY
    # One join: the lock's megabytes are copied once; the last entry has no comma.
    return b"\n".join([_RAW_HEAD, *lines[:-1], lines[-1][:-1], b"]}", b""])


def raw_line(line: str) -> bytes:
    """An entry's line (`entry_lines`) as `split_raw` gives the lines of a lock."""
    return b"  " + line.encode("utf-8") + b","


def raw_line_order(line: bytes) -> tuple[str, str]:
    """`line_order` of a line as `split_raw` gives it."""
    return line_order(line[2:-1])


def raw_entries(lines: Sequence[bytes]) -> list[LockEntry]:
    """`parse_lines` of lines as `split_raw` gives them."""
    return parse_lines([line[2:-1] for line in lines])


_HEAD = f'{{"version": {LOCK_VERSION}, "cards": ['
_RAW_HEAD = _HEAD.encode()
_EMPTY = f"{_HEAD}\n\n]}}\n".encode()


def split_raw(raw: bytes) -> list[bytes] | None:
    """The entries' lines of a lock `dump_lock` wrote, as written there (indented, each
    with its comma: the last one's put back), checked no further (the caller knows these
    are its bytes); None for bytes of another shape."""
    if raw == _EMPTY:
        return []
    # JSON holds no raw line break: every break is one `dump_lock` wrote. Split at them,
    # not at the comma, indent and break between entries: memchr finds a byte several
    # times faster than a search finds those four.
    lines = raw.split(b"\n")
    if len(lines) < 4 or lines[0] != _RAW_HEAD or lines[-2:] != [b"]}", b""]:
        return None
    entries = lines[1:-2]
    entries[-1] += b","
    return entries


def parse_lines(lines: Sequence[str | bytes]) -> list[LockEntry]:
    """Entries from lines of a lock `dump_lock` wrote; ValueError for a line that is not one."""
    return [_lock_entry(n, json.loads(line)) for n, line in enumerate(lines, 1)]


def line_order(line: str | bytes) -> tuple[str, str]:
    """The (key, id) a lock's lines are sorted by, of one line."""
    entry = json.loads(line)
    return entry["key"], entry["id"]


def write_lock(path: Path, entries: Sequence[LockEntry]) -> None:
    """Write the lock atomically."""
    try:
        write_atomic(path, dump_lock(entries).encode("utf-8"))
    except OSError as err:
        raise OutputError(f"cannot write the id lock ({err.strerror})", path) from None
