"""Write files so that a reader sees the old bytes or the new ones, never a part; and one
build at a time into an output folder."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from .errors import OutputError
from .lazyre import lazy


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


def write_quietly(path: Path, data: bytes, *more: bytes) -> None:
    """Write a file of the cache (`data`, then `more`) into place, renamed but not flushed: a
    file lost in a crash fails its checksum on reading, and one that cannot be written is only
    a slower next build."""
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            for part in more:  # written in turn, not joined: a copy of megabytes saved
                handle.write(part)
        os.replace(tmp, path)
    except OSError:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


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


# What `_write_temp` names a file before it is renamed into place: `.<name>.<8 chars>.tmp`.
_OUR_TEMP = lazy(r"^\.(?:.+\.(?:apkg|lock\.json|csv|json))\.[a-z0-9_]{8}\.tmp$")


def remove_stale_temps(out_dir: Path) -> None:
    """Remove the temporary files a killed build left in the output folder (under the build
    lock, so no other build is writing them): a build leaves only its decks there."""
    try:
        names = os.listdir(out_dir)
    except OSError:
        return
    for name in names:
        if _OUR_TEMP.match(name):
            with contextlib.suppress(OSError):
                os.unlink(out_dir / name)


def build_lock_path(out_dir: Path) -> Path:
    """The lock file of builds into `out_dir`: in the temporary folder, not the output folder
    (a build leaves only its decks there); named by the folder's real path, so every process
    building into it takes the same one."""
    name = hashlib.sha256(os.fsencode(out_dir.resolve())).hexdigest()[:24]
    return Path(tempfile.gettempdir()) / f"tpmcards-build-{name}.lock"


@contextmanager
def build_lock(out_dir: Path, wait: float) -> Iterator[None]:
    """One build at a time per output folder, across processes: the second waits for the
    first (so the deck and the lock it writes always agree), or says another is running."""
    from filelock import FileLock, Timeout

    if not out_dir.is_dir():
        yield  # nothing to write into: the build reports the missing folder
        return
    lock = FileLock(str(build_lock_path(out_dir)), timeout=wait)
    try:
        lock.acquire()
    except Timeout:
        raise OutputError(
            f"another build into this folder has been running for {wait:g} s; "
            "wait for it to finish, or stop it",
            out_dir,
        ) from None
    except OSError:
        # A folder we cannot write to: the build itself says so, naming the deck.
        yield
        return
    try:
        yield
    finally:
        lock.release()
