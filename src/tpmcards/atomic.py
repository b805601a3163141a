"""Write files so that a reader sees the old bytes or the new ones, never a part."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, flush it to disk, rename it into place."""
    write_all_atomic([(path, data)])


def write_all_atomic(files: Sequence[tuple[Path, bytes]]) -> None:
    """Write every file to a temporary file beside it, then rename them all into place.

    A failure while writing (a full disk, a read-only folder) leaves every old file as it
    was, so a deck and its id lock are never left one new and one old.
    """
    temps: list[str] = []
    try:
        for path, data in files:
            temps.append(_write_temp(path, data))
        for (path, _), tmp in zip(files, temps, strict=True):
            os.replace(tmp, path)
    except BaseException:
        for tmp in temps:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise


def _write_temp(path: Path, data: bytes) -> str:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        handle = os.fdopen(fd, "wb")
    except BaseException:
        os.close(fd)
        os.unlink(tmp)
        raise
    try:
        with handle:
            _plain_mode(handle.fileno(), tmp)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


def _plain_mode(fd: int, tmp: str) -> None:
    """mkstemp makes the file private; give it the mode a plain `open` would have.

    Windows has `os.fchmod` only from Python 3.13 (and no umask bits to honour): there the
    mode is set by path where `os.chmod` can, and otherwise left as it is.
    """
    umask = os.umask(0)
    os.umask(umask)
    mode = 0o666 & ~umask
    fchmod = getattr(os, "fchmod", None)
    if fchmod is not None:
        fchmod(fd, mode)
    else:
        os.chmod(tmp, mode)
