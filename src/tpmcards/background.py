"""Work done in a thread while a build goes on.

Reading, hashing and writing the megabytes of a deck, its lock and its kept collection
release the GIL (file I/O, hashlib and zlib on large buffers, sqlite), so a thread does them
on the second core while the build parses and matches cards in Python: a one-file edit
spends less time waiting for them. concurrent.futures would cost more to import (logging)
than some of this work takes.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["Pending", "in_background", "settled", "write_in_background", "written"]

T = TypeVar("T")


class Pending(Generic[T]):
    """The result of work started in a thread: `result()` waits for it, and raises what
    the work raised (with its traceback)."""

    def __init__(self, work: Callable[[], T]) -> None:
        self._work: Callable[[], T] | None = work
        self._value: T | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="tpmcards-background")
        self._thread.start()
        _RUNNING.add(self._thread)

    def _run(self) -> None:
        work, self._work = self._work, None
        assert work is not None
        try:
            self._value = work()
        except BaseException as err:  # handed to whoever waits for the result
            self._error = err

    def result(self) -> T:
        """The work's result, once done."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]


_RUNNING: weakref.WeakSet[threading.Thread] = weakref.WeakSet()  # threads started here


def settled() -> None:
    """Wait until every thread started here has ended: before the process forks (a
    child of a process with threads running may find a lock held for good)."""
    for thread in list(_RUNNING):
        thread.join()


def in_background(work: Callable[[], T]) -> Pending[T]:
    """Start `work` in a thread (not a daemon: the process waits for it before it ends)."""
    return Pending(work)


_UNWAITED: list[Pending[None]] = []  # work whose result no one asks for


def write_in_background(work: Callable[[], None]) -> None:
    """Start writing something no one waits for now (a file of the cache); `written()`
    waits for it."""
    _UNWAITED.append(Pending(work))


def written() -> None:
    """Wait for what `write_in_background` started (and raise what it raised)."""
    while _UNWAITED:
        _UNWAITED.pop(0).result()
