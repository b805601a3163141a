"""Quizzing on any .apkg: decks exported by Anki itself (old and new formats), cloze notes,
and broken or hostile packages refused with one clear line."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tpmcards.cli import cli
from tpmcards.deckread import read_deck, topic_titles
from tpmcards.errors import DeckReadError
from tpmcards.model import CardKind


def anki_export(col: Any, path: Path, legacy: bool) -> Path:
    """A deck made in a real Anki collection and exported the way Anki's own menu does."""
    from anki.collection import ExportAnkiPackageOptions

    deck_id = col.decks.id("Spanish::Verbs")
    basic = col.models.by_name("Basic")
    note = col.new_note(basic)
    note["Front"] = "What does <b>comer</b> mean?"
    note["Back"] = "To eat<br><img src='eat.png'>"
    note.tags = ["verbs"]
    col.add_note(note, deck_id)
    cloze = col.models.by_name("Cloze")
    note = col.new_note(cloze)
    note["Text"] = "Yo {{c1::como}} pan."
    col.add_note(note, deck_id)
    col.export_anki_package(
        out_path=str(path),
        options=ExportAnkiPackageOptions(
            with_scheduling=False, with_deck_configs=False, with_media=True, legacy=legacy
        ),
        limit=None,
    )
    return path


@pytest.mark.parametrize("legacy", [True, False], ids=["anki21", "anki21b"])
def test_decks_exported_by_anki_are_read(
    anki_collection: Any, tmp_path: Path, legacy: bool
) -> None:
    """Both Anki export formats give the notes, with HTML reduced and GUIDs as ids."""
    path = anki_export(anki_collection, tmp_path / "spanish.apkg", legacy)
    names = zipfile.ZipFile(path).namelist()
    assert ("collection.anki21b" in names) is not legacy
    cards = read_deck(path)
    guids = {anki_collection.get_note(n).guid for n in anki_collection.find_notes("")}
    assert {dc.id for dc in cards} == guids
    basic, cloze = sorted(cards, key=lambda dc: dc.card.kind.value)
    assert basic.card.kind is CardKind.BASIC and cloze.card.kind is CardKind.CLOZE
    assert basic.card.topic == "spanish::verbs"  # the deck's full path
    assert basic.card.source.guide == "Spanish::Verbs"
    assert cloze.card.question == "Yo {{c1::como}} pan."


def test_cloze_session_from_a_deck_blanks_the_deletion(
    anki_collection: Any, tmp_path: Path, tpmcards_home: Path
) -> None:
    """A cloze card is asked with its deletion blanked; typing the deletion is right."""
    path = anki_export(anki_collection, tmp_path / "spanish.apkg", legacy=False)
    result = CliRunner().invoke(
        cli,
        ["quiz", str(path), "--mode", "type", "--order", "source", "--no-color"],
        input="to eat\n\ncomo\n\n",
    )
    assert result.exit_code == 0, result.output
    assert "What does comer mean?" in result.output
    assert "Yo [...] pan.\nYour answer: como\n✓ exact\nYo como pan." in result.output
    db = sqlite3.connect(tpmcards_home / "progress.sqlite3")
    rows = list(db.execute("SELECT question, typed, rating, topic FROM reviews ORDER BY id"))
    db.close()
    assert rows[:2] == [
        ("What does comer mean?", "to eat", 3, "spanish::verbs"),
        ("Yo [...] pan.", "como", 3, "spanish::verbs"),
    ]


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_corrupt_database_inside_the_zip_is_a_clear_error(tmp_path: Path) -> None:
    """A zip whose collection is not a database: one line naming the file."""
    path = _zip(tmp_path / "bad.apkg", {"collection.anki2": b"SQLite format 3\x00" + b"x" * 5000})
    result = CliRunner().invoke(cli, ["quiz", str(path)], input="")
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {path}: its collection database is damaged (")
    assert result.output.endswith("); export the deck again\n")


def test_a_zip_without_a_collection_is_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "photos.apkg", {"media": b"{}", "0": b"\x89PNG"})
    with pytest.raises(DeckReadError, match="holds no Anki collection"):
        read_deck(path)


def test_a_zip_bomb_is_refused_without_unpacking_it(tmp_path: Path) -> None:
    """A collection that would unpack to far more than it weighs is refused."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("collection.anki2", "w") as member,
    ):
        for _ in range(32):
            member.write(bytes(1 << 20))  # 32 MB of zeros: a few dozen kB packed
    path = tmp_path / "bomb.apkg"
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 1 << 20
    result = CliRunner().invoke(cli, ["quiz", str(path)], input="")
    assert result.exit_code == 1
    assert "its collection unpacks to more than 256 MB (a zip bomb?)" in result.output


def test_the_size_limit_holds_even_when_the_header_lies(tmp_path: Path) -> None:
    """The limit counts bytes as they come out, not the sizes the zip claims."""
    path = _zip(tmp_path / "big.apkg", {"collection.anki2": b"SQLite format 3\x00" * 100_000})
    with pytest.raises(DeckReadError, match="unpacks to more than 1 MB"):
        read_deck(path, max_bytes=1 << 20)


def test_a_damaged_new_format_collection_is_a_clear_error(tmp_path: Path) -> None:
    """collection.anki21b that zstandard cannot decompress: one line, no traceback."""
    path = _zip(tmp_path / "new.apkg", {"collection.anki21b": b"\x28\xb5\x2f\xfd garbage"})
    result = CliRunner().invoke(cli, ["quiz", str(path)], input="")
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {path}: is damaged (")
    assert "Traceback" not in result.output


def test_a_collection_with_malformed_json_is_a_clear_error(tmp_path: Path) -> None:
    """A legacy collection whose note types are not JSON is refused, not crashed on."""
    db_path = tmp_path / "collection.anki2"
    db = sqlite3.connect(db_path)
    db.execute("CREATE TABLE col (models TEXT, decks TEXT)")
    db.execute("INSERT INTO col VALUES ('{not json', '{}')")
    db.execute("CREATE TABLE notes (id, guid, mid, flds, tags, mod)")
    db.execute("CREATE TABLE cards (nid, did, ord)")
    db.commit()
    db.close()
    path = _zip(tmp_path / "odd.apkg", {"collection.anki2": db_path.read_bytes()})
    with pytest.raises(DeckReadError, match="its collection database is damaged"):
        read_deck(path)


def test_notes_tagged_removed_are_not_asked(tmp_path: Path, tpmcards_home: Path) -> None:
    """A note the guide no longer has (tagged tpmcards::removed) stays out of the quiz."""
    import genanki

    from tpmcards.notetypes import BASIC, genanki_models

    deck = genanki.Deck(1 << 40, "Kitchen")
    for n, (question, tags) in enumerate(
        [("What cuts bread?", []), ("What stirs soup?", ["tpmcards::removed"])]
    ):
        deck.add_note(
            genanki.Note(
                genanki_models()[BASIC.id],
                [question, "<p>Tool</p>", "tools", "", ""],
                tags=tags,
                guid=f"g{n}",
            )
        )
    path = tmp_path / "kitchen.apkg"
    genanki.Package(deck).write_to_file(str(path))
    cards = read_deck(path)
    assert [(dc.id, dc.removed) for dc in cards] == [("g0", False), ("g1", True)]
    result = CliRunner().invoke(cli, ["quiz", str(path), "--mode", "flip", "--json"], input="\n4\n")
    assert "What stirs soup?" not in result.stderr
    assert [r["question"] for r in json.loads(result.stdout)["reviews"]] == ["What cuts bread?"]


def anki_deck_card_by_card(col: Any, path: Path, legacy: bool) -> Path:
    """A reversed note, a two-cloze note and a note with media, MathJax and a table, in two
    subdecks of the same name under different parents, exported by Anki itself."""
    from anki.collection import ExportAnkiPackageOptions

    spanish = col.decks.id("Spanish::Vocab")
    french = col.decks.id("French::Vocab")
    note = col.new_note(col.models.by_name("Basic (and reversed card)"))
    note["Front"] = "perro"
    note["Back"] = "dog"
    col.add_note(note, spanish)
    note = col.new_note(col.models.by_name("Cloze"))
    note["Text"] = "{{c1::Paris}} is the capital of {{c2::France}}."
    col.add_note(note, french)
    note = col.new_note(col.models.by_name("Basic"))
    note["Front"] = 'How much is three quarters? <img src="pie.png"> [sound:trois.mp3]'
    note["Back"] = (
        "\\(\\frac{3}{4}\\)<table><tr><th>Fraction</th><th>Decimal</th></tr>"
        "<tr><td>3/4</td><td>0.75</td></tr></table>"
    )
    col.add_note(note, french)
    col.export_anki_package(
        out_path=str(path),
        options=ExportAnkiPackageOptions(
            with_scheduling=False, with_deck_configs=False, with_media=True, legacy=legacy
        ),
        limit=None,
    )
    return path


@pytest.mark.parametrize("legacy", [True, False], ids=["anki21", "anki21b"])
def test_each_anki_card_is_its_own_quiz_card(
    anki_collection: Any, tmp_path: Path, legacy: bool
) -> None:
    """Both directions of a reversed note and each cloze number are asked; subdecks of one
    name under different parents stay two topics."""
    path = anki_deck_card_by_card(anki_collection, tmp_path / "lang.apkg", legacy)
    cards = read_deck(path)
    guid = {
        anki_collection.get_note(n)[
            "Text" if "Text" in anki_collection.get_note(n) else "Front"
        ]: anki_collection.get_note(n).guid
        for n in anki_collection.find_notes("")
    }
    asked = [(dc.id, dc.card.question, dc.card.answer, dc.card.topic) for dc in cards[:4]]
    perro, paris = guid["perro"], guid["{{c1::Paris}} is the capital of {{c2::France}}."]
    assert asked == [
        (perro, "perro", "dog", "spanish::vocab"),
        (f"{perro}:2", "dog", "perro", "spanish::vocab"),
        (paris, "{{c1::Paris}} is the capital of France.", "", "french::vocab"),
        (f"{paris}:c2", "Paris is the capital of {{c2::France}}.", "", "french::vocab"),
    ]
    assert topic_titles(cards) == {
        "spanish::vocab": "Spanish::Vocab",
        "french::vocab": "French::Vocab",
    }


def test_a_deck_of_four_anki_cards_is_asked_as_four_questions(
    anki_collection: Any, tmp_path: Path
) -> None:
    """The quiz asks the reverse card and the second cloze too, each with its own prompt."""
    path = anki_deck_card_by_card(anki_collection, tmp_path / "lang.apkg", legacy=False)
    result = CliRunner().invoke(
        cli,
        ["quiz", str(path), "--mode", "type", "--order", "source", "--no-color", "-n", "4"],
        input="dog\n4\nperro\n4\nparis\n4\nfrance\n4\n",
    )
    assert result.exit_code == 0, result.output
    out = result.output
    for prompt in (
        "\nperro\n",
        "\ndog\n",
        "\n[...] is the capital of France.\n",
        "\nParis is the capital of [...].\n",
    ):
        assert prompt in out
    assert out.count("✓ exact") == 4
    assert "Answered 4, correct 4 (100%)." in out


def test_media_mathjax_and_tables_read_as_a_learner_sees_them(
    anki_collection: Any, tmp_path: Path
) -> None:
    """Images and sounds leave a trace, MathJax reads as text and is typed, tables align."""
    path = anki_deck_card_by_card(anki_collection, tmp_path / "lang.apkg", legacy=True)
    result = CliRunner().invoke(
        cli,
        [
            "quiz",
            str(path),
            "--mode",
            "type",
            "--order",
            "source",
            "--no-color",
            "--topic",
            "french::vocab",
            "-n",
            "3",
        ],
        input="paris\n\nfrance\n\n3/4\n\n",
    )
    assert result.exit_code == 0, result.output
    assert "How much is three quarters? [image: pie.png] [audio: trois.mp3]\n" in result.output
    assert "Your answer: 3/4\n✓ exact\n3/4\nFraction  Decimal\n3/4       0.75\n" in result.output
