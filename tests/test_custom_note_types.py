"""Note types of the user's own, declared in tpmcards.yaml and mapped to a card kind: what
Anki holds after importing the deck, ids that stay put, and one-line errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tpmcards.cli import cli
from tpmcards.model import NoteTypeSpec
from tpmcards.notetypes import NOTE_TYPES, custom_note_type

GUIDE = """# Words

## What does "ephemeral" mean?

Lasting a very short time.

A TPM carries a program from {{c1::strategy creation}} to {{c2::closure}}.
"""
CONFIG = """deck: Words
custom_note_types:
  - name: Vocabulary
    fields: [Front, Back, {Where: source}]
    front: "<div class=word>{{Front}}</div>"
    back: "{{FrontSide}}<hr id=answer>{{Back}}<small>{{Where}}</small>"
    css: ".card { font-family: serif; }"
  - name: Gaps
    cloze: true
    fields: [Text, Extra]
    front: "{{cloze:Text}}"
    back: "{{cloze:Text}}<br>{{Extra}}"
note_types:
  basic: Vocabulary
  cloze: Gaps
"""


def _build(root: Path, config: str) -> Any:
    (root / "words").mkdir(exist_ok=True)
    (root / "words" / "words.md").write_text(GUIDE, "utf-8")
    (root / "words" / "tpmcards.yaml").write_text(config, "utf-8")
    return CliRunner().invoke(cli, ["build", "words", "-o", "out"])


def _import(col: Any, package: Path) -> dict[str, Any]:
    """Import into Anki; the note types of the notes, by their first field."""
    from anki.import_export_pb2 import ImportAnkiPackageRequest

    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(package)))
    return {col.get_note(n).fields[0]: col.get_note(n) for n in col.find_notes("")}


def test_cards_of_a_kind_use_the_declared_note_type_in_anki(
    in_tmp: Path, anki_collection: Any
) -> None:
    result = _build(in_tmp, CONFIG)
    assert result.exit_code == 0, result.output
    notes = _import(anki_collection, in_tmp / "out" / "words.apkg")
    word = notes['What does "ephemeral" mean?']
    model = word.note_type()
    assert model["name"] == "Vocabulary"
    assert [f["name"] for f in model["flds"]] == ["Front", "Back", "Where"]
    assert list(word.fields) == [
        'What does "ephemeral" mean?',
        "<p>Lasting a very short time.</p>",
        'Words › What does "ephemeral" mean?',  # the card's source, as Basic's Source shows
    ]
    assert model["tmpls"][0]["qfmt"] == "<div class=word>{{Front}}</div>"
    assert model["css"] == ".card { font-family: serif; }"
    assert model["id"] == custom_note_type(_spec("Vocabulary", ("Front", "Back", "Where"))).id
    [gaps] = [n for q, n in notes.items() if "{{c1::" in q]
    assert gaps.note_type()["name"] == "Gaps"
    assert gaps.note_type()["type"] == 1  # Anki's cloze kind
    assert len(gaps.cards()) == 2  # one card per cloze number


def test_a_newer_updated_date_brings_an_edited_style_into_anki(in_tmp: Path) -> None:
    """Anki takes a note type's new CSS on re-import when `updated` moves forward, and keeps
    its own when only the CSS changed."""
    from anki.collection import Collection

    def import_and_read_css(config: str) -> str:
        assert _build(in_tmp, config).exit_code == 0
        col = Collection(str(in_tmp / "collection.anki2"))
        try:
            _import(col, in_tmp / "out" / "words.apkg")
        finally:
            col.close()
        col = Collection(str(in_tmp / "collection.anki2"))  # fresh: no cached note types
        try:
            [vocabulary] = [m for m in col.models.all() if m["name"].startswith("Vocabulary")]
            css: str = vocabulary["css"]
            return css
        finally:
            col.close()

    assert import_and_read_css(CONFIG) == ".card { font-family: serif; }"
    mono = CONFIG.replace("serif", "monospace")
    assert import_and_read_css(mono) == ".card { font-family: serif; }", "not newer: kept"
    newer = mono.replace(
        'font-family: monospace; }"', 'font-family: monospace; }"\n    updated: 2030-01-01'
    )
    assert "updated: 2030-01-01" in newer
    assert import_and_read_css(newer) == ".card { font-family: monospace; }"


def _spec(name: str, fields: tuple[str, ...], css: str = "", cloze: bool = False) -> NoteTypeSpec:
    parts = {"Front": "question", "Back": "answer", "Where": "source", "Word": "question"}
    return NoteTypeSpec(
        name, tuple((f, parts[f]) for f in fields), "{{" + fields[0] + "}}", "b", css, cloze
    )


def test_the_id_comes_from_name_fields_and_kind_only() -> None:
    """Same declaration, same id in every release (pinned here); a new style keeps it; a
    renamed field, another name or another kind is a new note type."""
    base = custom_note_type(_spec("Vocabulary", ("Front", "Back")))
    assert base.id == 4391072962381209  # pinned: this derivation must never change
    assert custom_note_type(_spec("Vocabulary", ("Front", "Back"), css="x")).id == base.id
    others = {
        custom_note_type(_spec("Vocabulary", ("Word", "Back"))).id,
        custom_note_type(_spec("Words", ("Front", "Back"))).id,
        custom_note_type(_spec("Vocabulary", ("Front", "Back"), cloze=True)).id,
    }
    assert base.id not in others and len(others) == 3
    assert base.id not in {nt.id for nt in NOTE_TYPES}


def test_front_matter_can_choose_a_declared_note_type(in_tmp: Path, anki_collection: Any) -> None:
    """A file's `note_type:` may name a note type its config declares (the config maps none)."""
    declared_only = CONFIG.split("note_types:\n  basic")[0]
    assert "basic: Vocabulary" not in declared_only
    (in_tmp / "words").mkdir()
    (in_tmp / "words" / "words.md").write_text("---\nnote_type: Vocabulary\n---\n" + GUIDE)
    (in_tmp / "words" / "tpmcards.yaml").write_text(declared_only)
    result = CliRunner().invoke(cli, ["build", "words", "-o", "out"])
    assert result.exit_code == 0, result.output
    notes = _import(anki_collection, in_tmp / "out" / "words.apkg")
    assert notes['What does "ephemeral" mean?'].note_type()["name"] == "Vocabulary"


@pytest.mark.parametrize(
    ("declaration", "message"),
    [
        (
            "custom_note_types: {name: X}",
            "`custom_note_types` must be a list of note types, e.g. `- name: Vocabulary` with "
            "`fields`, `front` and `back`",
        ),
        (
            "custom_note_types:\n  - fields: [Front]",
            "every custom note type needs a `name`, e.g. `- name: Vocabulary` with `fields`, "
            "`front` and `back`",
        ),
        (
            "custom_note_types:\n  - name: Basic\n    fields: [Front]\n    front: '{{Front}}'"
            "\n    back: b",
            "note type 'Basic': the name is one of tpmcards' own; choose another",
        ),
        (
            "custom_note_types:\n  - name: V\n    fields: [Word]\n    front: '{{Word}}'\n"
            "    back: b",
            "note type 'V': say which part of a card field `Word` holds, e.g. `- Word: answer` "
            "(question, answer, extra, topic, source)",
        ),
        (
            "custom_note_types:\n  - name: V\n    fields: [Front, Back]\n    front: '{{Nope}}'\n"
            "    back: b",
            "note type 'V': `front` must show a field, e.g. `front: '{{Front}}'`",
        ),
        (
            "custom_note_types:\n  - name: V\n    cloze: true\n    fields: [Text]\n"
            "    front: '{{Text}}'\n    back: b",
            "note type 'V': a cloze note type's `front` needs `{{cloze:Field}}`",
        ),
        (
            "custom_note_types:\n  - name: V\n    fields: [Front, {Front: answer}]\n"
            "    front: '{{Front}}'\n    back: b",
            "note type 'V': two fields are named `Front`; rename one",
        ),
        (
            "custom_note_types:\n  - name: V\n    fields: [Front]\n    front: '{{Front}}'\n"
            "    back: b\n    updated: soon",
            "note type 'V': `updated` must be a date, e.g. `updated: 2026-12-02`",
        ),
        (
            "note_types:\n  basic: Vocab",
            "unknown note type 'Vocab'; use one of basic, type-in, reversed, cloze",
        ),
    ],
)
def test_a_bad_declaration_is_one_line_naming_the_config(
    in_tmp: Path, declaration: str, message: str
) -> None:
    result = _build(in_tmp, f"deck: Words\n{declaration}\n")
    assert result.exit_code == 1, result.output
    assert result.stderr == f"Error: words/tpmcards.yaml: {message}\n"
