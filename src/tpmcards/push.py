"""`tpmcards push`: build the decks, then hand each to the running Anki through AnkiConnect.

Anki's own importer does the work (`importPackage`), exactly as File > Import would: it
matches notes by GUID and note types by id, and updates a note only when its content
changed. Cards removed from the guides reach Anki tagged `tpmcards::removed`; with
`delete_removed` those notes of the deck are then deleted (`findNotes`, `deleteNotes`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .anki import REMOVED_TAG
from .ankiconnect import API_VERSION, AnkiConnect, AnkiConnectError

if TYPE_CHECKING:
    from .build import DeckReport
    from .project import Project


@dataclass(frozen=True)
class PushReport:
    """One deck's build, and what Anki did with it."""

    build: DeckReport
    deleted: int | None = None  # notes deleted as removed; None when not asked to


def push_decks(
    project: Project, anki: AnkiConnect, now: int, delete_removed: bool = False
) -> list[PushReport]:
    """Build every deck of `project` as `build` does, and import each into Anki."""
    version = anki.invoke("version")
    if not isinstance(version, int) or version < API_VERSION:
        raise AnkiConnectError(
            f"AnkiConnect at {anki.url} speaks API version {version}, not {API_VERSION}; "
            "update the add-on (Tools > Add-ons > Check for Updates)"
        )
    pushed = []
    for report in project.build(now):
        # AnkiConnect reads the file itself, relative to its media folder: give the full path.
        if anki.invoke("importPackage", path=str(report.path.resolve())) is False:
            raise AnkiConnectError(
                f"Anki at {anki.url} has no collection open; open a profile and push again"
            )
        deleted = None
        if delete_removed:
            notes = anki.invoke("findNotes", query=removed_query(report.deck))
            if notes:
                anki.invoke("deleteNotes", notes=notes)
            deleted = len(notes)
        pushed.append(PushReport(report, deleted))
    return pushed


def removed_query(deck: str) -> str:
    """Anki's search for the notes of `deck` (and its subdecks) tagged as removed."""
    # In a search, `*` and `_` are wildcards and `"` and `\` end or escape the text.
    escaped = "".join(f"\\{c}" if c in '\\"*_' else c for c in deck)
    return f'"deck:{escaped}" tag:{REMOVED_TAG}'


def describe_push(pushed: PushReport, url: str) -> list[str]:
    """What Anki did with one deck, as lines after the deck's build report."""
    lines = [f"  imported into Anki at {url}"]
    if pushed.deleted is not None:
        noun = "note" if pushed.deleted == 1 else "notes"
        lines.append(f"  deleted {pushed.deleted} removed {noun} from Anki")
    return lines
