"""An edit costs what it changes: the deck's collection is kept between builds and only the
notes that changed are written again, and the package is byte for byte a cold build's."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
import zlib
from pathlib import Path
from typing import Any

import pytest

from tpmcards.anki import build_package, build_package_counted
from tpmcards.build import DeckReport, collection_path
from tpmcards.model import Card, CardKind, Config, DeckCard, SourceRef, Topic
from tpmcards.paths import cache_dir
from tpmcards.project import Project

from .conftest import SOURCES

V1_TIME = 1_750_000_000


@pytest.fixture
def project(in_tmp: Path) -> Path:
    """A copy of the project's sources, built once into `decks/`."""
    shutil.copytree(SOURCES, in_tmp / "sources")
    (in_tmp / "decks").mkdir()
    _build(in_tmp / "decks", V1_TIME)
    return in_tmp


def _build(out: Path, now: int) -> DeckReport:
    [report] = Project([Path("sources")], out_dir=out).build(now=now)
    return report


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def _edit_guides() -> None:
    """One answer changed, one card added near the start (every later card moves down the
    queue), one section of another guide cut (its cards removed)."""
    role = Path("sources/01-role-and-skills.md")
    _edit(role, "many interconnected projects", "many linked projects")
    _edit(
        role,
        "### What is a technical program?",
        "### What does TPM stand for?\n\nTechnical program manager.\n\n"
        "### What is a technical program?",
    )
    interview = Path("sources/03-interview.md")
    text = interview.read_text("utf-8")
    interview.write_text(text[: text.index("### Why did Liana Gervorgyan move")], "utf-8")


def _notes(package: Path) -> int:
    with zipfile.ZipFile(package) as archive:
        data = archive.read("collection.anki2")
    db = package.parent / "read.anki2"
    db.write_bytes(data)
    conn = sqlite3.connect(db)
    try:
        (count,) = conn.execute("SELECT COUNT(*) FROM notes").fetchone()
    finally:
        conn.close()
        db.unlink()
    return int(count)


def test_an_edit_writes_only_the_notes_it_changed_and_a_cold_builds_bytes(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The kept collection is patched (only the changed notes written again), and the deck
    is the very bytes a build from an empty cache writes from the same guides and lock."""
    lock_before = (project / "decks" / "tpm-guide.lock.json").read_bytes()
    _edit_guides()
    patched = _build(project / "decks", V1_TIME + 10)
    diff = patched.diff
    assert (len(diff.changed), len(diff.added)) == (1, 1) and len(diff.removed) >= 2
    assert patched.written
    assert patched.notes_written == len(diff.changed) + len(diff.added) + len(diff.removed)

    monkeypatch.setenv("TPMCARDS_HOME", str(tmp_path / "empty-home"))
    (project / "cold").mkdir()
    (project / "cold" / "tpm-guide.lock.json").write_bytes(lock_before)
    cold = _build(project / "cold", V1_TIME + 10)
    assert cold.notes_written == _notes(cold.path) > patched.notes_written
    assert cold.path.read_bytes() == patched.path.read_bytes()
    assert cold.lock is not None and patched.lock is not None
    assert cold.lock.read_bytes() == patched.lock.read_bytes()


def _change_kept(project: Path, statement: str, checksum: bool) -> None:
    """Run `statement` on the kept collection's rows, its checksum made again or left."""
    kept = collection_path(cache_dir(), project / "decks" / "tpm-guide.apkg")
    data = kept.read_bytes()
    head = data.index(b"\n", data.index(b"\n") + 1) + 1  # the magic line, the setup line
    copy = project / "copy.anki2"
    copy.write_bytes(data[head + 4 :])
    conn = sqlite3.connect(copy)
    conn.execute(statement)
    conn.commit()
    conn.close()
    payload = copy.read_bytes()
    mark = zlib.crc32(payload).to_bytes(4, "big") if checksum else data[head : head + 4]
    kept.write_bytes(data[:head] + mark + payload)


@pytest.mark.parametrize(
    ("statement", "checksum"),
    [
        # Rows changed behind the checksum: a bit flipped on disk.
        ("UPDATE notes SET flds = replace(flds, 'interconnected', 'DAMAGED')", False),
        # A trigger planted by someone who can write the cache folder (and the checksum).
        (
            "CREATE TRIGGER planted AFTER INSERT ON notes "
            "BEGIN UPDATE notes SET flds = 'DAMAGED'; END",
            True,
        ),
    ],
)
def test_a_damaged_kept_collection_is_only_a_slower_build(
    project: Path, statement: str, checksum: bool
) -> None:
    """A kept collection that is not what a build keeps is not used: every note is written
    again, and the deck holds none of the damage."""
    _change_kept(project, statement, checksum)
    _edit(Path("sources/03-interview.md"), "Move fast.", "Move fast, together.")
    damaged = _build(project / "decks", V1_TIME + 10)
    assert damaged.notes_written == _notes(damaged.path)
    with zipfile.ZipFile(damaged.path) as archive:
        assert b"DAMAGED" not in archive.read("collection.anki2")
    # The next edit starts from the copy that build kept.
    _edit(Path("sources/01-role-and-skills.md"), "many interconnected", "many linked")
    again = _build(project / "decks", V1_TIME + 20)
    assert again.notes_written == 1


def _kind_card(question: str, guid: str, topic: str = "one") -> DeckCard:
    card = Card(
        key=f"guide.md#{question}",
        question=question,
        answer=f"<p>The answer to {question}</p>",
        kind=CardKind.BASIC,
        topic=topic,
        source=SourceRef("guide.md", 3, "Section", "Guide"),
        tags=(f"topic::{topic}",),
        deck="Kinds",
    )
    return DeckCard(card, guid, 100)


def test_a_new_note_whose_id_collides_is_written_as_a_cold_build_writes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ids come from GUIDs; on a collision a cold build moves the later GUID's id on. A kept
    collection cannot do that for a new note that sorts first, so it is set aside: the
    package is still the cold build's, and no collection is kept that a collision moved."""
    from tpmcards import collection

    real = collection.stable_id
    # "a-new" sorts before "b-old" and is made to land on its id.
    monkeypatch.setattr(collection, "stable_id", lambda text: real(text.replace("a-new", "b-old")))
    config = Config("Kinds", "kinds", (Topic("one", "One"),))
    old = [_kind_card("What is b?", "b-old"), _kind_card("What is c?", "c-old")]
    kept = tmp_path / "kept.anki2"
    _, written = build_package_counted(old, config, keep=kept)
    assert written == 2 and kept.exists()
    new = [_kind_card("What is a?", "a-new"), *old]
    patched, written = build_package_counted(new, config, keep=kept)
    assert written == 3  # the kept rows were set aside
    assert not kept.exists()
    assert patched == build_package(new, config)


def test_the_collection_is_stored_and_anki_imports_it(project: Path, anki_collection: Any) -> None:
    """The package's collection is stored, not deflated (an edit would deflate it whole
    again), and Anki reads the package so made."""
    package = project / "decks" / "tpm-guide.apkg"
    with zipfile.ZipFile(package) as archive:
        info = archive.getinfo("collection.anki2")
        assert info.compress_type == zipfile.ZIP_STORED
        assert info.compress_size == info.file_size
        assert archive.getinfo("media").compress_type == zipfile.ZIP_DEFLATED
    from anki.import_export_pb2 import ImportAnkiPackageRequest

    anki_collection.import_anki_package(ImportAnkiPackageRequest(package_path=str(package)))
    assert len(anki_collection.find_notes("")) == _notes(package) > 0


def test_a_package_made_in_memory_has_the_bytes_of_one_made_in_scratch_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where sqlite3 cannot hand a database's bytes back (Python 3.10), the working copy and
    the package's database are scratch files: the package is the same, kept copy or not."""
    from tpmcards import collection

    config = Config("Kinds", "kinds", (Topic("one", "One"),))
    old = [_kind_card("What is b?", "b-old"), _kind_card("What is c?", "c-old")]
    new = [_kind_card("What is a?", "a-new"), old[1]]
    made = []
    for in_memory in (True, False):
        monkeypatch.setattr(collection, "_SERIALIZES", in_memory)
        kept = tmp_path / f"kept-{in_memory}.anki2"
        first, _ = build_package_counted(old, config, keep=kept)
        second, written = build_package_counted(new, config, keep=kept)
        assert written == 1  # the second started from the first's kept copy
        made.append((first, second))
    assert made[0] == made[1]


def test_the_package_does_not_depend_on_the_order_the_kept_rows_were_written_in(
    tmp_path: Path,
) -> None:
    """The package's tables are copied out of the working copy as they are (rows and index
    entries): a kept copy whose rows were written in another order, and moved about since,
    gives the bytes of a cold build."""
    config = Config("Kinds", "kinds", (Topic("one", "One"), Topic("two", "Two")))
    old = [_kind_card(f"What is {n}?", f"g{n:03}", ("one", "two")[n % 2]) for n in range(60)]
    new = [*old[:30], _kind_card("What is new?", "g-new"), *old[31:]]
    kept = tmp_path / "kept.anki2"
    build_package_counted(old, config, keep=kept)
    data = kept.read_bytes()
    head = data.index(b"\n", data.index(b"\n") + 1) + 1  # the magic line, the setup line
    copy = tmp_path / "copy.anki2"
    copy.write_bytes(data[head + 4 :])
    conn = sqlite3.connect(copy)
    conn.executescript(
        """
        CREATE TEMP TABLE n AS SELECT * FROM notes;
        CREATE TEMP TABLE c AS SELECT * FROM cards;
        DELETE FROM notes; DELETE FROM cards;
        INSERT INTO notes SELECT * FROM n ORDER BY guid DESC;
        INSERT INTO cards SELECT * FROM c ORDER BY id DESC;
        UPDATE cards SET due = due + 1000; UPDATE cards SET due = due - 1000;
        """
    )
    conn.close()
    payload = copy.read_bytes()
    kept.write_bytes(data[:head] + zlib.crc32(payload).to_bytes(4, "big") + payload)

    patched, written = build_package_counted(new, config, keep=kept)
    assert written == 1  # the kept copy was used: the new note alone written
    assert patched == build_package(new, config)
