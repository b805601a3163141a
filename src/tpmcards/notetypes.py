"""The note types tpmcards writes, their fixed ids, their style, and which one a card uses.

Rules that keep re-imports working (Anki matches note types by id):

- An id never changes once released. tests/released_note_types.json lists every released id
  with its field names, and a test fails if a released id's fields change.
- A change of fields (added, removed, renamed, reordered) is a new note type with a new id,
  never an edit of an old one: Anki refuses to update notes across a changed field list.
- A change of CSS or of a template keeps the id and bumps the note type's `mod`: Anki takes
  an incoming note type only when its `mod` is newer. The `mod` is the first column of the
  last row of STYLE_RELEASES; a test fails when the style digest no longer matches that row,
  so a change of card.css or of a template cannot ship without a new row (a later time).

`tpmcards.yaml` picks note types per card kind (`note_types: {basic: type-in}`), front
matter per file (`note_type: type-in`, or a mapping by kind); the defaults fit the kind. A
single name in front matter applies to the kinds it fits (cloze cards stay Cloze); a mapping
or the config naming a note type that cannot hold the kind is an error. Moving cards that
are already in Anki to another note type does not happen on re-import: Anki keeps the note
in its old note type and reports the incoming one as conflicting.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import genanki

from .errors import ConfigError
from .markup import escape
from .model import Card, CardKind, Config, NoteTypeSpec


@dataclass(frozen=True)
class Template:
    """One card of a note: its front and back, in Anki's template language."""

    name: str
    front: str
    back: str


@dataclass(frozen=True)
class NoteType:
    """A note type: fixed id, the name Anki shows, fields, templates."""

    key: str  # the name `tpmcards.yaml` and front matter use
    id: int
    name: str
    fields: tuple[str, ...]
    templates: tuple[Template, ...]
    cloze: bool = False
    parts: tuple[str, ...] = ()  # the user's own: the card part each field holds
    css: str | None = None  # the user's own: its CSS instead of ours
    mod: int | None = None  # the user's own: when its style last changed

    def values(self, card: Card, source: str) -> list[str]:
        """The card's field values, in this note type's field order."""
        if self.parts:
            by_part = {
                "question": card.question,
                "answer": "" if self.cloze else card.answer,
                "extra": card.answer + card.extra if self.cloze else card.extra,
                "topic": escape(card.topic),
                "source": escape(source),
            }
            return [by_part[part] for part in self.parts]
        by_name = {
            "Question": card.question,
            "Text": card.question,
            "Answer": card.answer,
            # A cloze's back shows its answer (context) and then its background.
            "Extra": card.answer + card.extra if self.cloze else card.extra,
            # Headings and front matter reach these fields as plain text: escape them as such.
            "Topic": escape(card.topic),
            "Source": escape(source),
        }
        return [by_name[name] for name in self.fields]


@dataclass(frozen=True)
class Style:
    """The CSS every note type carries, and the `mod` Anki compares on re-import."""

    css: str
    mod: int


BASIC_FIELDS = ("Question", "Answer", "Topic", "Source", "Extra")
CLOZE_FIELDS = ("Text", "Extra", "Topic", "Source")
_QUESTION = '<div class="question">{{Question}}</div>'
_EXTRA = '{{#Extra}}<div class="extra">{{Extra}}</div>{{/Extra}}'
_SOURCE = '<div class="source">{{Source}}</div>'


def _card(body: str) -> str:
    return f'<div class="tpm">{body}</div>'


# Question on the front, answer and source on the back: Basic's card, and Reversed's first.
_FORWARD = Template(
    "Card 1",
    _card(_QUESTION),
    _card(f'{_QUESTION}<hr id="answer"><div class="answer">{{{{Answer}}}}</div>{_EXTRA}{_SOURCE}'),
)
BASIC = NoteType(
    "basic",
    1607392319,
    "tpmcards Basic",
    BASIC_FIELDS,
    (_FORWARD,),
)
TYPE_IN = NoteType(
    "type-in",
    1770412283,
    "tpmcards Basic (type in the answer)",
    BASIC_FIELDS,
    (
        Template(
            "Card 1",
            _card(f"{_QUESTION}{{{{type:Answer}}}}"),
            _card(
                f'{_QUESTION}<hr id="answer">{{{{type:Answer}}}}'
                f'<div class="answer">{{{{Answer}}}}</div>{_EXTRA}{_SOURCE}'
            ),
        ),
    ),
)
REVERSED = NoteType(
    "reversed",
    1398502741,
    "tpmcards Basic (and reversed card)",
    BASIC_FIELDS,
    (
        _FORWARD,
        Template(
            "Card 2",
            _card('<div class="question">{{Answer}}</div>'),
            _card(
                '<div class="question">{{Answer}}</div><hr id="answer">'
                f'<div class="answer">{{{{Question}}}}</div>{_EXTRA}{_SOURCE}'
            ),
        ),
    ),
)
CLOZE = NoteType(
    "cloze",
    1607392320,
    "tpmcards Cloze",
    CLOZE_FIELDS,
    (
        Template(
            "Cloze",
            _card('<div class="question">{{cloze:Text}}</div>'),
            _card(f'<div class="question">{{{{cloze:Text}}}}</div>{_EXTRA}{_SOURCE}'),
        ),
    ),
    cloze=True,
)
NOTE_TYPES: tuple[NoteType, ...] = (BASIC, TYPE_IN, REVERSED, CLOZE)
DEFAULTS: Mapping[CardKind, NoteType] = {
    CardKind.BASIC: BASIC,
    CardKind.LIST: BASIC,
    CardKind.CLOZE: CLOZE,
    CardKind.TERM: REVERSED,
}

CSS = resources.files("tpmcards").joinpath("card.css").read_text("utf-8")

# (mod, style digest): append a row, with the current time, whenever card.css or a template
# changes. Anki takes the new style on re-import only because this time is newer.
STYLE_RELEASES: tuple[tuple[int, str], ...] = ((1_795_614_000, "2135a7ef30079fc8"),)


def style_digest(css: str = CSS, note_types: Sequence[NoteType] = NOTE_TYPES) -> str:
    """A hash of everything that decides how a card looks: the CSS and every template."""
    parts = [css, *(f"{t.front}\x1f{t.back}" for nt in note_types for t in nt.templates)]
    return hashlib.sha256("\x1e".join(parts).encode("utf-8")).hexdigest()[:16]


STYLE = Style(CSS, STYLE_RELEASES[-1][0])


class _Model(genanki.Model):  # type: ignore[misc]
    """A genanki model whose `mod` is the style's release time, not the build time."""

    def __init__(self, note_type: NoteType, style: Style):
        super().__init__(
            note_type.id,
            note_type.name,
            fields=[{"name": name} for name in note_type.fields],
            templates=[
                {"name": t.name, "qfmt": t.front, "afmt": t.back} for t in note_type.templates
            ],
            css=style.css,
            model_type=genanki.Model.CLOZE if note_type.cloze else genanki.Model.FRONT_BACK,
        )
        self.style_mod = style.mod

    def to_json(self, timestamp: float, deck_id: int) -> dict[str, Any]:
        data: dict[str, Any] = super().to_json(timestamp, deck_id)
        data["mod"] = self.style_mod
        return data


def genanki_models(style: Style = STYLE, own: Sequence[NoteType] = ()) -> dict[int, genanki.Model]:
    """A genanki model for each note type (ours, and the user's `own`), by id."""
    models = {nt.id: _Model(nt, style) for nt in NOTE_TYPES}
    for nt in own:
        models[nt.id] = _Model(nt, Style(nt.css or "", nt.mod or style.mod))
    return models


def custom_note_type(spec: NoteTypeSpec) -> NoteType:
    """The note type a config declares. Its id comes from its name, fields and kind: the same
    declaration gives the same id in every release, and a changed field list a new one."""
    names = tuple(name for name, _ in spec.fields)
    schema = "\x1f".join(["tpmcards custom note type", spec.name, *names, str(spec.cloze)])
    digest = int(hashlib.sha256(schema.encode("utf-8")).hexdigest()[:15], 16)
    return NoteType(
        key=spec.name.lower(),
        # Above 2**40 and below 2**53 (JSON-safe): far from our own ids and Anki's stock ones.
        id=(1 << 40) + digest % ((1 << 52) - (1 << 40)),
        name=spec.name,
        fields=names,
        templates=(Template("Cloze" if spec.cloze else "Card 1", spec.front, spec.back),),
        cloze=spec.cloze,
        parts=tuple(part for _, part in spec.fields),
        css=spec.css,
        mod=spec.updated or STYLE.mod,
    )


def own_note_types(config: Config) -> tuple[NoteType, ...]:
    """The note types the config declares, as note types."""
    return tuple(custom_note_type(spec) for spec in config.custom_note_types)


def find_note_type(name: str, own: Sequence[NoteType] = ()) -> NoteType | None:
    """The note type called `name`: its short key or the name Anki shows."""
    wanted = name.strip().lower()
    return next((nt for nt in (*NOTE_TYPES, *own) if wanted in {nt.key, nt.name.lower()}), None)


def choose_note_type(
    value: object,
    kind: CardKind,
    where: str,
    line: int | None = None,
    own: Sequence[NoteType] = (),
) -> NoteType | None:
    """Read a `note_type` setting (a name, or a mapping of card kind to name) for one kind.

    None when the setting says nothing about this kind; a ConfigError naming `where` when it
    names an unknown note type or one that cannot hold this kind of card.
    """
    if value is None or value == "":
        return None
    if isinstance(value, Mapping):
        unknown = [k for k in value if str(k) not in {k.value for k in CardKind}]
        if unknown:
            kinds = ", ".join(k.value for k in CardKind)
            raise ConfigError(
                f"note types are chosen per card kind ({kinds}), not `{unknown[0]}`", where, line
            )
        picked = value.get(kind.value)
        if picked is None:
            return None
        return _named(picked, kind, where, line, explicit=True, own=own)
    return _named(value, kind, where, line, explicit=False, own=own)


def _named(
    value: object,
    kind: CardKind,
    where: str,
    line: int | None,
    explicit: bool,
    own: Sequence[NoteType] = (),
) -> NoteType | None:
    choices = ", ".join([nt.key for nt in NOTE_TYPES] + [nt.name for nt in own])
    found = find_note_type(value, own) if isinstance(value, str) else None
    if found is None:
        raise ConfigError(f"unknown note type {value!r}; use one of {choices}", where, line)
    if found.cloze != (kind is CardKind.CLOZE):
        if not explicit:
            # One name for a whole file applies to the kinds it fits; cloze cards stay cloze.
            return None
        fits = "only cloze cards" if found.cloze else "no cloze card"
        raise ConfigError(
            f"note type {found.key!r} fits {fits}; choose another for {kind.value} cards",
            where,
            line,
        )
    return found


def note_type_for(card: Card, config: Config) -> NoteType:
    """The note type a card is written with: front matter, else config, else its kind's default."""
    own = own_note_types(config)
    for value, where in (
        (card.note_type, card.source.path),
        (dict(config.note_types), str(config.path or "tpmcards.yaml")),
    ):
        chosen = choose_note_type(value, card.kind, where, own=own)
        if chosen is not None:
            return chosen
    return DEFAULTS[card.kind]
