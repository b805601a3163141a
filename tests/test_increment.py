"""A build after an edit splices the changed guide's cards into the rest of the last build
(increment.py), and writes the very bytes a build from an empty cache writes."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from tpmcards import cache
from tpmcards.build import DeckReport
from tpmcards.lockfile import read_lock, write_lock
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


def _sabotage_collection() -> None:
    from tpmcards.paths import cache_dir

    for kept in (cache_dir() / "collections").iterdir():
        kept.unlink()


def _sabotage_lock() -> None:
    """A fingerprint of a card of the guide that is not edited changed by hand: a cold
    build takes that card as changed."""
    lock = Path("decks/two.lock.json")
    entries = read_lock(lock)
    beta = next(n for n, e in enumerate(entries) if e.key.startswith("beta.md#"))
    entries[beta] = replace(entries[beta], fingerprint="0" * 16)
    write_lock(lock, entries)


@pytest.mark.parametrize("sabotage", [_sabotage_collection, _sabotage_lock])
def test_what_was_not_left_as_it_was_is_built_whole(
    in_tmp: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sabotage: object
) -> None:
    """A kept collection gone (a note to keep is missing) or a lock changed by hand: the
    build is made whole, and is a cold build of the guides and the lock on disk."""
    _guides(in_tmp)
    (in_tmp / "decks").mkdir()
    _build(in_tmp / "decks", T0)
    assert callable(sabotage)
    sabotage()
    lock_before = (in_tmp / "decks" / "two.lock.json").read_bytes()
    _edit_alpha()
    built = _build(in_tmp / "decks", T0 + 100)
    if sabotage is _sabotage_lock:
        assert "How often is beta deployed?" in built.diff.changed
    monkeypatch.setenv("TPMCARDS_HOME", str(tmp_path / "empty-home"))
    (in_tmp / "cold").mkdir()
    (in_tmp / "cold" / "two.lock.json").write_bytes(lock_before)
    cold = _build(in_tmp / "cold", T0 + 100)
    assert cold.path.read_bytes() == built.path.read_bytes()
    assert cold.lock is not None and built.lock is not None
    assert cold.lock.read_bytes() == built.lock.read_bytes()


def test_a_deck_no_edit_touches_is_left_as_it_is(
    in_tmp: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, collected: list[str]
) -> None:
    """Two decks (a config per folder): an edit in one splices that deck only; the other
    is reported unchanged, and both are a cold build's bytes."""
    for name, text in (("one", ALPHA), ("two", BETA)):
        (in_tmp / "notes" / name).mkdir(parents=True)
        (in_tmp / "notes" / name / f"{name}.md").write_text(text, "utf-8")
        config = f"deck: Deck {name}\noutput: deck-{name}\n"
        (in_tmp / "notes" / name / "tpmcards.yaml").write_text(config, "utf-8")
    (in_tmp / "decks").mkdir()
    Project([Path("notes")], out_dir=in_tmp / "decks").build(now=T0)
    locks = {p.name: p.read_bytes() for p in (in_tmp / "decks").glob("*.lock.json")}
    assert sorted(locks) == ["deck-one.lock.json", "deck-two.lock.json"]
    path = Path("notes/two/two.md")
    path.write_text(path.read_text("utf-8").replace("Every Tuesday", "Every Friday"), "utf-8")
    collected.clear()
    one, two = Project([Path("notes")], out_dir=in_tmp / "decks").build(now=T0 + 5)
    assert collected == ["two.md"]
    assert (one.deck, one.written, one.up_to_date) == ("Deck one", False, True)
    assert (two.deck, two.written) == ("Deck two", True) and two.diff.changed

    monkeypatch.setenv("TPMCARDS_HOME", str(tmp_path / "empty-home"))
    (in_tmp / "cold").mkdir()
    for name, data in locks.items():
        (in_tmp / "cold" / name).write_bytes(data)
    cold = Project([Path("notes")], out_dir=in_tmp / "cold").build(now=T0 + 5)
    assert [r.deck for r in cold] == ["Deck one", "Deck two"]
    assert [r.per_topic for r in cold] == [one.per_topic, two.per_topic]
    for made, spliced in zip(cold, (one, two), strict=True):
        assert made.path.read_bytes() == spliced.path.read_bytes()
        assert made.lock is not None and spliced.lock is not None
        assert made.lock.read_bytes() == spliced.lock.read_bytes()


def test_a_deck_an_edit_leaves_with_no_card_is_built_as_a_whole_build_does(
    in_tmp: Path,
) -> None:
    """With `keep_other: false`, an edit that leaves no card of a topic drops every card of
    a deck: a whole build leaves that deck out, and so does this one."""
    for name, text, extra in (
        ("one", ALPHA, ""),
        ("two", BETA, "keep_other: false\ntopics:\n  - slug: ops\n    title: Ops\n"
         "    keywords: [deployed, route]\n"),
    ):  # fmt: skip
        (in_tmp / "notes" / name).mkdir(parents=True)
        (in_tmp / "notes" / name / f"{name}.md").write_text(text, "utf-8")
        config = f"deck: Deck {name}\noutput: deck-{name}\n{extra}"
        (in_tmp / "notes" / name / "tpmcards.yaml").write_text(config, "utf-8")
    (in_tmp / "decks").mkdir()
    first = Project([Path("notes")], out_dir=in_tmp / "decks").build(now=T0)
    assert [sum(r.per_topic.values()) for r in first] == [3, 2]
    path = Path("notes/two/two.md")
    text = path.read_text("utf-8").replace("deployed", "shipped").replace("route", "carry")
    path.write_text(text, "utf-8")
    [one] = Project([Path("notes")], out_dir=in_tmp / "decks").build(now=T0 + 5)
    assert one.deck == "Deck one" and not one.written


@pytest.mark.parametrize("count", [0, 1, 3])
def test_a_lock_split_into_its_lines_and_joined_again_is_the_same_bytes(count: int) -> None:
    """The splice takes a lock's lines as written (indent and comma), parses the ones it
    matches again, and joins them back into the bytes `dump_lock` writes."""
    from tpmcards.lockfile import (
        LockEntry,
        dump_lock,
        entry_lines,
        join_raw,
        raw_entries,
        raw_line,
        raw_line_order,
        split_raw,
    )

    entries = [
        LockEntry(f"g.md#q{n}", f"id{n}", "f" * 16, T0, f"Q{n}, \"quoted\"\n?", "A, b")
        for n in range(count)
    ]
    raw = dump_lock(entries).encode("utf-8")
    lines = split_raw(raw)
    assert lines is not None and len(lines) == count
    assert join_raw(lines) == raw
    assert raw_entries(lines) == entries
    assert lines == [raw_line(line) for line in entry_lines(entries)]
    assert [raw_line_order(line) for line in lines] == [(e.key, e.id) for e in entries]
    assert split_raw(raw.replace(b"]}", b"]")) is None


@pytest.mark.parametrize(
    ("where", "value"),
    [
        ("notes", [["guid-1", 7]]),
        ("notes", [["guid-1", "d", "extra"]]),
        ("notes", ["gd"]),
        ("notes", {"guid-1": "d"}),
        ("owners", [0, True]),
        ("owners", [0, "1"]),
    ],
)
def test_a_state_of_another_shape_is_no_state(tmp_path: Path, where: str, value: object) -> None:
    """The state an edit starts from is read back only when every value has its type: a
    note that is not a (GUID, digest) pair of texts, an owner that is not a number, is a
    state someone else wrote, and the build is made whole."""
    from tpmcards import buildstate

    part = buildstate.Part(0, (("guid-1", "d1"), ("guid-2", "d2")), {"t": 2}, 0, 0, ("Deck",))
    deck = buildstate.DeckState("ident", "Deck", "deck", "p" * 64, "l" * 64, (0, 0))
    state = buildstate.State((("g" * 64, (part,)),), (deck,))
    buildstate.save(tmp_path, tmp_path / "out", state)
    assert buildstate.load(tmp_path, tmp_path / "out") == state
    entry = cache.read_slot(tmp_path, buildstate.KIND, tmp_path / "out")
    if where == "notes":
        entry[1][0][1][0][1] = value
    else:
        entry[2][0][5] = value
    cache.write_slot(tmp_path, buildstate.KIND, tmp_path / "out", entry)
    assert buildstate.load(tmp_path, tmp_path / "out") is None
