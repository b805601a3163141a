"""Cards with ids -> the card list as JSON, and as a CSV that Anki's text import reads.

The CSV carries Anki's header lines (`#separator:tab`, `#html:true`, `#notetype column`,
`#deck column`, `#tags column`, `#guid column`), so an import keeps each note's GUID, note
type and subdeck. The note types must already be in the collection (import the `.apkg` once);
images are not in the CSV: they travel in the `.apkg`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from .anki import REMOVED_TAG, subdeck_name
from .model import Config, DeckCard
from .notetypes import NoteType, note_type_for

# Columns before the note's fields; the header lines count from 1.
META_COLUMNS = ("guid", "notetype", "deck", "tags")


def card_rows(cards: Sequence[DeckCard], config: Config) -> list[dict[str, Any]]:
    """One JSON-ready mapping per card: id, fields, topic, kind, tags, source, deck, note type."""
    return [
        {
            "id": dc.id,
            "question": dc.card.question,
            "answer": dc.card.answer,
            "extra": dc.card.extra,
            "topic": dc.card.topic,
            "kind": dc.card.kind.value,
            "tags": list(_tags(dc)),
            "source": str(dc.card.source),
            "items": list(dc.card.items),
            "deck": subdeck_name(config, dc.card.deck or config.deck, dc.card.topic),
            "note_type": note_type_for(dc.card, config).name,
        }
        for dc in cards
    ]


def export_json(cards: Sequence[DeckCard], config: Config) -> str:
    """The card list as `tpmcards cards --json` prints it."""
    return json.dumps(card_rows(cards, config), indent=2, ensure_ascii=False) + "\n"


def export_csv(cards: Sequence[DeckCard], config: Config) -> str:
    """The cards as an Anki text-import file: tab-separated, HTML fields, ids kept."""
    width = max((len(note_type_for(dc.card, config).fields) for dc in cards), default=0)
    out = io.StringIO()
    out.write("#separator:tab\n#html:true\n")
    for n, name in enumerate(META_COLUMNS, start=1):
        out.write(f"#{name} column:{n}\n")
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    for dc in cards:
        note_type: NoteType = note_type_for(dc.card, config)
        values = note_type.values(dc.card, dc.card.source.label)
        writer.writerow(
            [
                dc.id,
                note_type.name,
                subdeck_name(config, dc.card.deck or config.deck, dc.card.topic),
                " ".join(_tags(dc)),
                *values,
                *[""] * (width - len(values)),
            ]
        )
    return out.getvalue()


def _tags(dc: DeckCard) -> tuple[str, ...]:
    return (*dc.card.tags, REMOVED_TAG) if dc.removed else dc.card.tags
