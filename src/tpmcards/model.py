"""The values that flow through the pipeline: each stage takes some and returns others."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any

from .lazyre import lazy

# The topic of a card that fits none of the config's topics.
OTHER_TOPIC = "other"


@lru_cache(maxsize=1 << 10)  # every card's key repeats its section's headings
def normalize(text: str) -> str:
    """Lower-case words only: the form questions are compared and keyed in."""
    return " ".join(_WORDS.findall(text.lower()))


_WORDS = lazy(r"\w+")


class CardKind(str, Enum):
    """What shape of recall a card asks for."""

    BASIC = "basic"  # a question and a short answer
    LIST = "list"  # the answer is a list; the quiz scores items recalled
    CLOZE = "cloze"  # a sentence with `{{c1::...}}` deletions
    TERM = "term"  # a term and its explanation; can be asked both ways


@dataclass(frozen=True)
class Topic:
    """A subdeck of the guide's deck, found by headings and keywords."""

    slug: str
    title: str
    headings: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()

    @property
    def tag(self) -> str:
        return f"topic::{self.slug}"


@dataclass(frozen=True)
class NoteTypeSpec:
    """A note type of the user's own, as `custom_note_types` in tpmcards.yaml declares it."""

    name: str
    fields: tuple[tuple[str, str], ...]  # (field name, the part of a card it holds)
    front: str  # Anki template of the card's front
    back: str
    css: str = ""
    cloze: bool = False
    updated: int = 0  # when its templates or CSS last changed (seconds); Anki takes newer


@dataclass(frozen=True)
class Config:
    """Deck name, output name and topics: from a `tpmcards.yaml`, or a guide's own terms.

    A guide with no config is taken on its own terms: `deck` is empty (the deck is named
    after the guide) or, for a folder given without a config, the folder's name with a
    subdeck per guide (`guide_subdecks`); it has no topics.
    """

    deck: str
    output: str
    topics: tuple[Topic, ...]
    keep_other: bool = True  # cards that fit no topic stay in the deck itself
    path: Path | None = None
    note_types: tuple[tuple[str, str], ...] = ()  # card kind -> note type name
    guide_subdecks: bool = False
    folder_subdecks: bool = False  # `subdecks: folders`: each folder under the deck a subdeck
    terms: tuple[tuple[str, str], ...] = ()  # garbled phrase -> the right one, for every card
    custom_note_types: tuple[NoteTypeSpec, ...] = ()  # the user's own, by `note_types`

    def topic(self, slug: str) -> Topic | None:
        return next((t for t in self.topics if t.slug == slug), None)

    def deck_for(self, title: str) -> str:
        """The deck of a guide titled `title` (its front matter may still choose another)."""
        if self.guide_subdecks:
            return f"{self.deck}::{title}"
        return self.deck or title


@dataclass(frozen=True)
class Source:
    """One guide file as read from disk: its text (front matter removed) and front matter."""

    path: Path
    text: str
    format: str  # "markdown" | "html"
    meta: Mapping[str, Any] = field(default_factory=dict)
    body_line: int = 1  # line of `path` where `text` begins (after front matter)
    key: str = ""  # stable name: relative to the folder it was found in, or the file name
    display: str = ""  # the path as the user can open it, shown in messages and `cards`


class BlockKind(str, Enum):
    """The kinds of block a section holds, the same for Markdown and HTML."""

    PARAGRAPH = "paragraph"
    LIST = "list"
    TABLE = "table"
    CODE = "code"
    DETAILS = "details"
    DEFINITIONS = "definitions"
    IMAGE = "image"
    QUOTE = "quote"
    OTHER = "other"


@dataclass(frozen=True)
class Block:
    """A block of a section: its HTML, its plain text, and the line it starts on.

    `items` holds the HTML of each list item; `rows` the cells of a table (header first),
    the (term, definition) pairs of a definition list, or (summary, body) of a details block.
    """

    kind: BlockKind
    html: str
    text: str
    line: int
    items: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    ordered: bool = False


@dataclass(frozen=True)
class Section:
    """The blocks under one heading, up to the next heading of any level."""

    path: tuple[str, ...]  # heading texts from the top of the document down to this one
    line: int
    level: int
    blocks: tuple[Block, ...] = ()
    topic: str | None = None  # forced by `data-topic` on the HTML section

    @property
    def heading(self) -> str:
        return self.path[-1] if self.path else ""


@dataclass(frozen=True)
class Document:
    """A guide parsed into sections, whatever its input format."""

    source: Source
    title: str
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class SourceRef:
    """Where a card came from: shown in errors, in `cards`, and on the card's back."""

    path: str
    line: int
    heading: str = ""  # the heading path, joined with " › "
    guide: str = ""  # the guide's title

    @property
    def label(self) -> str:
        """Where the card came from, without the line: stable across edits above it."""
        return " › ".join(part for part in (self.guide, self.heading) if part)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Card:
    """A question and its answer, taken from one place in a guide."""

    key: str  # where it came from: source path + heading path + question
    question: str  # sanitized HTML
    answer: str  # sanitized HTML
    kind: CardKind
    topic: str
    source: SourceRef
    tags: tuple[str, ...] = ()
    items: tuple[str, ...] = ()  # plain-text list items of a list card
    deck: str = ""  # the guide's deck name, from config or front matter
    note_type: str = ""  # the note type its file's front matter chose, if any
    extra: str = ""  # sanitized HTML: background shown after the answer, never graded


@dataclass(frozen=True)
class DeckCard:
    """A card with its stable id (the note GUID) and the time its content last changed."""

    card: Card
    id: str
    modified: int  # seconds since the epoch
    removed: bool = False
