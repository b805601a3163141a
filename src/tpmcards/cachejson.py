"""The values the cache keeps (cards, build reports) as plain JSON, and back again checked
value by value: a cache file holds data only, and anything but what we wrote is a miss."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from .identity import BuildDiff
from .model import Card, CardKind, SourceRef

if TYPE_CHECKING:
    from .build import DeckReport


def as_text(value: Any) -> str:
    """`value` when it is text; TypeError otherwise."""
    if not isinstance(value, str):
        raise TypeError("not text")
    return value


def _number(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("not a number")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError("not a flag")
    return value


def _texts(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise TypeError("not a list")
    return tuple(as_text(v) for v in value)


def _pairs(value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list):
        raise TypeError("not a list")
    pairs = []
    for pair in value:
        first, second = _texts(pair)  # ValueError unless exactly two
        pairs.append((first, second))
    return tuple(pairs)


def card_to_json(card: Card) -> list[Any]:
    """A card as plain JSON values."""
    ref = card.source
    return [
        card.key,
        card.question,
        card.answer,
        card.kind.value,
        card.topic,
        [ref.path, ref.line, ref.heading, ref.guide],
        list(card.tags),
        list(card.items),
        card.deck,
        card.note_type,
        card.extra,
    ]


def card_from_json(data: Any) -> Card:
    """The card `card_to_json` gave; TypeError or ValueError for anything else."""
    if not isinstance(data, list):
        raise TypeError("not a card")
    key, question, answer, kind, topic, ref, tags, items, deck, note_type, extra = data
    if not isinstance(ref, list):
        raise TypeError("not a source")
    path, line, heading, guide = ref
    return Card(
        key=as_text(key),
        question=as_text(question),
        answer=as_text(answer),
        kind=CardKind(as_text(kind)),
        topic=as_text(topic),
        source=SourceRef(as_text(path), _number(line), as_text(heading), as_text(guide)),
        tags=_texts(tags),
        items=_texts(items),
        deck=as_text(deck),
        note_type=as_text(note_type),
        extra=as_text(extra),
    )


def report_to_json(report: DeckReport) -> dict[str, Any]:
    """A build's report of one deck as plain JSON values."""
    diff = report.diff
    return {
        "deck": report.deck,
        "path": str(report.path),
        "per_topic": report.per_topic,
        "diff": [
            list(diff.added),
            list(diff.changed),
            [list(pair) for pair in diff.reworded],
            list(diff.removed),
            list(diff.restored),
            diff.new_lock,
        ],
        "written": report.written,
        "up_to_date": report.up_to_date,
        "lock": None if report.lock is None else str(report.lock),
        "paths": [str(p) for p in report.paths],
        "warnings": list(report.warnings),
        "topics": [list(pair) for pair in report.topics],
        "other": report.other,
        "dropped": report.dropped,
    }


def report_from_json(data: Any) -> DeckReport:
    """The report `report_to_json` gave; TypeError, ValueError or KeyError for anything else."""
    from .build import DeckReport

    if not isinstance(data, dict) or not isinstance(data["per_topic"], dict):
        raise TypeError("not a report")
    added, changed, reworded, removed, restored, new_lock = data["diff"]
    lock = data["lock"]
    return DeckReport(
        deck=as_text(data["deck"]),
        path=Path(as_text(data["path"])),
        per_topic={as_text(k): _number(v) for k, v in data["per_topic"].items()},
        diff=BuildDiff(
            _texts(added),
            _texts(changed),
            _pairs(reworded),
            _texts(removed),
            _texts(restored),
            _flag(new_lock),
        ),
        written=_flag(data["written"]),
        up_to_date=_flag(data["up_to_date"]),
        lock=None if lock is None else Path(as_text(lock)),
        paths=tuple(Path(p) for p in _texts(data["paths"])),
        warnings=_texts(data["warnings"]),
        topics=_pairs(data["topics"]),
        other=_number(data["other"]),
        dropped=_number(data["dropped"]),
    )
