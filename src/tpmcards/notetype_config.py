"""Note types of the user's own, read from `custom_note_types` in tpmcards.yaml and checked.

```yaml
custom_note_types:
  - name: Vocabulary
    fields: [Front, Back, {Where: source}]  # a field holds the card part its name says,
    front: "{{Front}}"                      # or the one given: question, answer, extra,
    back: "{{FrontSide}}<hr id=answer>{{Back}}<small>{{Where}}</small>"  # topic, source
    css: ".card { font-size: 22px; }"
    updated: 2026-12-02       # change it when templates or CSS change: Anki takes the newer
note_types:
  basic: Vocabulary
```

Kept apart from notetypes.py, which imports genanki: a config is read by every command.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from typing import Any

from .errors import ConfigError
from .lazyre import lazy
from .model import NoteTypeSpec

PARTS = ("question", "answer", "extra", "topic", "source")
# Field names that say which part of a card they hold, as Anki's own note types name them.
PART_OF_FIELD = {
    "question": "question",
    "front": "question",
    "text": "question",
    "answer": "answer",
    "back": "answer",
    "extra": "extra",
    "topic": "topic",
    "source": "source",
}
BUILT_IN_NAMES = {"basic", "type-in", "reversed", "cloze"}
# `{{Field}}`, `{{#Field}}`, `{{type:Field}}`, `{{cloze:Field}}`...: the field's name.
_FIELD_REF = lazy(
    r"\{\{\s*(?:[#^/]|(?:type|cloze|text|hint|furigana)\s*:)?\s*([^{}:]+?)\s*\}\}"
)
_EXAMPLE = "e.g. `- name: Vocabulary` with `fields`, `front` and `back`"


def read_note_types(value: Any, display: str) -> tuple[NoteTypeSpec, ...]:
    """The `custom_note_types` of a config, checked; a ConfigError says what to fix."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ConfigError(f"`custom_note_types` must be a list of note types, {_EXAMPLE}", display)
    specs: list[NoteTypeSpec] = []
    for entry in value:
        spec = _read_one(entry, display)
        if spec.name.lower() in {s.name.lower() for s in specs}:
            raise ConfigError(f"two note types are named {spec.name!r}; rename one", display)
        specs.append(spec)
    return tuple(specs)


def _read_one(entry: Any, display: str) -> NoteTypeSpec:
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
        raise ConfigError(f"every custom note type needs a `name`, {_EXAMPLE}", display)
    name = entry["name"].strip()

    def fail(message: str) -> ConfigError:
        return ConfigError(f"note type {name!r}: {message}", display)

    if not name:
        raise ConfigError(f"every custom note type needs a `name`, {_EXAMPLE}", display)
    if name.lower() in BUILT_IN_NAMES or name.lower().startswith("tpmcards "):
        raise fail("the name is one of tpmcards' own; choose another")
    unknown = sorted(set(entry) - {"name", "fields", "front", "back", "css", "cloze", "updated"})
    if unknown:
        raise fail(f"unknown setting `{unknown[0]}`; use fields, front, back, css, cloze, updated")
    fields = _fields(entry.get("fields"), fail)
    front, back, css = (entry.get(k, "") for k in ("front", "back", "css"))
    if not all(isinstance(v, str) for v in (front, back, css)):
        raise fail("`front`, `back` and `css` must be text")
    cloze = entry.get("cloze", False)
    if not isinstance(cloze, bool):
        raise fail("`cloze` must be true or false")
    names = {f for f, _ in fields}
    shown = {m for m in _FIELD_REF.findall(front)} & names
    if not shown:
        raise fail("`front` must show a field, e.g. `front: '{{" + fields[0][0] + "}}'`")
    if cloze and not re.search(r"\{\{\s*cloze\s*:", front):
        raise fail("a cloze note type's `front` needs `{{cloze:Field}}`")
    if not back.strip():
        raise fail("`back` must not be empty, e.g. `back: '{{FrontSide}}<hr id=answer>...'`")
    if cloze and "question" not in {p for _, p in fields}:
        raise fail("a cloze note type needs a field that holds the question (the cloze text)")
    return NoteTypeSpec(name, fields, front, back, css, cloze, _updated(entry.get("updated"), fail))


def _fields(value: Any, fail: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list) or not value:
        raise fail("`fields` must list the field names, e.g. `fields: [Front, Back]`")
    fields: list[tuple[str, str]] = []
    for item in value:
        if isinstance(item, str) and item.strip():
            name, part = item.strip(), PART_OF_FIELD.get(item.strip().lower())
            if part is None:
                raise fail(
                    f"say which part of a card field `{name}` holds, e.g. `- {name}: answer` "
                    f"({', '.join(PARTS)})"
                )
        elif isinstance(item, dict) and len(item) == 1:
            [(name, part)] = item.items()
            name = str(name).strip()
            if part not in PARTS:
                raise fail(f"field `{name}` holds one of {', '.join(PARTS)}, not {part!r}")
        else:
            raise fail("each field is a name, or `Name: part`, e.g. `- Term: question`")
        if name.lower() in {f.lower() for f, _ in fields}:
            raise fail(f"two fields are named `{name}`; rename one")
        if not name or any(c in name for c in ':{}"'):
            raise fail(f"field name {name!r} cannot hold `:`, braces or quotes")
        fields.append((name, part))
    return tuple(fields)


def _updated(value: Any, fail: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return int(value.replace(tzinfo=value.tzinfo or timezone.utc).timestamp())
    if isinstance(value, date):
        return int(datetime(value.year, value.month, value.day, tzinfo=timezone.utc).timestamp())
    raise fail("`updated` must be a date, e.g. `updated: 2026-12-02`")
