"""Work done in a thread during a build (background.py): its result or its error reaches
whoever waits. And a failed write of a deck's files leaves no temporary file behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from tpmcards import atomic, background


def test_a_result_and_an_error_reach_whoever_waits() -> None:
    assert background.in_background(lambda: 6 * 7).result() == 42
    failing = background.in_background(lambda: int("x"))
    with pytest.raises(ValueError, match="invalid literal"):
        failing.result()
    seen: list[int] = []
    background.write_in_background(lambda: seen.append(1))
    background.written()
    assert seen == [1]


def test_a_failed_write_leaves_the_old_files_and_no_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the write of a deck or of its lock fails, both old files stay and neither
    temporary file is left."""
    lock, deck = tmp_path / "d.lock.json", tmp_path / "d.apkg"
    lock.write_bytes(b"old lock")
    deck.write_bytes(b"old deck")
    real = atomic._write_temp
    for failing in (lock, deck):

        def write(path: Path, data: bytes, failing: Path = failing) -> str:
            if path == failing:
                raise OSError(28, "No space left on device")
            return real(path, data)

        monkeypatch.setattr(atomic, "_write_temp", write)
        with pytest.raises(OSError, match="No space"):
            atomic.write_all_atomic([(lock, b"new lock"), (deck, b"new deck")])
        assert sorted(p.name for p in tmp_path.iterdir()) == ["d.apkg", "d.lock.json"]
        assert (lock.read_bytes(), deck.read_bytes()) == (b"old lock", b"old deck")
    monkeypatch.setattr(atomic, "_write_temp", real)
    atomic.write_all_atomic([(lock, b"new lock"), (deck, b"new deck")])
    assert (lock.read_bytes(), deck.read_bytes()) == (b"new lock", b"new deck")


def test_settled_waits_for_every_thread_started_here() -> None:
    """Before the build forks its parse workers, no thread of ours is left running."""
    import threading

    release = threading.Event()
    started = [background.in_background(lambda: release.wait(5)) for _ in range(2)]
    threading.Timer(0.05, release.set).start()
    background.settled()
    assert not any(p._thread.is_alive() for p in started)
    assert all(p.result() for p in started)
