"""A build after an edit splices the changed guide's cards into the rest of the last build
(increment.py), and writes the very bytes a build from an empty cache writes."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tpmcards import cache
from tpmcards.build import DeckReport
from tpmcards.project import Project

T0 = 1_750_000_000

ALPHA = """# Alpha

## What does the alpha service do?

It keeps the alpha ledger in order.

## Why does alpha retry?

Because the network drops one call in a hundred.

## Who owns the alpha ledger?

The platform team owns the alpha ledger and its schema.
"""

BETA = """# Beta

## What does the beta gateway route?

Requests from the mobile clients.

## How often is beta deployed?

Every Tuesday after the review.
"""


def _guides(root: Path) -> None:
    (root / "notes").mkdir()
    (root / "notes" / "alpha.md").write_text(ALPHA, "utf-8")
    (root / "notes" / "beta.md").write_text(BETA, "utf-8")
    (root / "notes" / "tpmcards.yaml").write_text("deck: Two Guides\noutput: two\n", "utf-8")


def _build(out: Path, now: int) -> DeckReport:
    [report] = Project([Path("notes")], out_dir=out).build(now=now)
    return report


def _edit_alpha() -> None:
    """One answer changed, one question reworded, one card cut, one card added."""
    path = Path("notes/alpha.md")
    text = path.read_text("utf-8")
    text = text.replace("in order.", "in order and reports it weekly.")
    text = text.replace("Why does alpha retry?", "Why does the alpha service retry calls?")
    text = text[: text.index("## Who owns")]
    text += "## Where does alpha run?\n\nIn the two eastern regions.\n"
    path.write_text(text, "utf-8")


@pytest.fixture
def collected(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The guides each build reads cards of (from the cache or by parsing)."""
    seen: list[str] = []
    real = cache.collect

    def collect(found, folder, progress=None):  # type: ignore[no-untyped-def]
        seen.extend(path.name for path, _, _ in found)
        return real(found, folder, progress)

    monkeypatch.setattr(cache, "collect", collect)
    return seen


def test_an_edit_reads_only_its_guide_and_writes_a_cold_builds_bytes(
    in_tmp: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, collected: list[str]
) -> None:
    _guides(in_tmp)
    (in_tmp / "decks").mkdir()
    first = _build(in_tmp / "decks", T0)
    assert sum(first.per_topic.values()) == 5
    assert sorted(collected) == ["alpha.md", "beta.md"]
    lock_before = (in_tmp / "decks" / "two.lock.json").read_bytes()

    _edit_alpha()
    collected.clear()
    spliced = _build(in_tmp / "decks", T0 + 100)
    # Spliced: the cards of beta.md, which did not change, were not even read from the cache.
    assert collected == ["alpha.md"]
    assert spliced.written and spliced.diff.changed and spliced.diff.reworded
    assert spliced.diff.added == ("Where does alpha run?",)
    assert spliced.diff.removed == ("Who owns the alpha ledger?",)
    assert sum(spliced.per_topic.values()) == 5

    # The same guides and the same lock, built from an empty cache: the same bytes.
    monkeypatch.setenv("TPMCARDS_HOME", str(tmp_path / "empty-home"))
    (in_tmp / "cold").mkdir()
    (in_tmp / "cold" / "two.lock.json").write_bytes(lock_before)
    collected.clear()
    cold = _build(in_tmp / "cold", T0 + 100)
    assert sorted(collected) == ["alpha.md", "beta.md"]
    assert cold.diff == spliced.diff
    assert cold.per_topic == spliced.per_topic
    assert cold.path.read_bytes() == spliced.path.read_bytes()
    assert cold.lock is not None and spliced.lock is not None
    assert cold.lock.read_bytes() == spliced.lock.read_bytes()
    with zipfile.ZipFile(spliced.path) as archive:
        assert b"reports it weekly" in archive.read("collection.anki2")


def test_a_second_edit_splices_into_the_first_one(
    in_tmp: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, collected: list[str]
) -> None:
    """The spliced build leaves the state the next edit splices into: edit beta, then alpha,
    then beta again; each matches a cold build of the guides and lock before it."""
    _guides(in_tmp)
    (in_tmp / "decks").mkdir()
    _build(in_tmp / "decks", T0)
    edits = [
        (Path("notes/beta.md"), "Every Tuesday", "Every Thursday"),
        (Path("notes/alpha.md"), "one call in a hundred", "one call in fifty"),
        (Path("notes/beta.md"), "Requests from", "Calls from"),
    ]
    for step, (path, old, new) in enumerate(edits, 1):
        lock_before = (in_tmp / "decks" / "two.lock.json").read_bytes()
        path.write_text(path.read_text("utf-8").replace(old, new), "utf-8")
        collected.clear()
        spliced = _build(in_tmp / "decks", T0 + step)
        assert collected == [path.name]
        home = monkeypatch.context()
        with home as patch:
            patch.setenv("TPMCARDS_HOME", str(tmp_path / f"cold-home-{step}"))
            cold_dir = in_tmp / f"cold-{step}"
            cold_dir.mkdir()
            (cold_dir / "two.lock.json").write_bytes(lock_before)
            cold = _build(cold_dir, T0 + step)
        assert cold.path.read_bytes() == spliced.path.read_bytes()
        assert cold.lock is not None and spliced.lock is not None
        assert cold.lock.read_bytes() == spliced.lock.read_bytes()
