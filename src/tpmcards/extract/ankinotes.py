"""Obsidian_to_Anki's notes: `START`, the note type, its fields (`Front:` or the first
line, `Back:`, `Tags:`), `END`; and on one line `STARTI [Basic] question Back: answer
ENDI`. A reversed note type asks both ways; a Cloze note is a cloze card."""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Iterator

from ..lazyre import lazy
from ..markup import to_text
from ..model import BlockKind, CardKind
from .base import Found, Scope, inner_html, unwrap_p
from .labels import strip_label

__all__ = ["anki_notes"]

_INLINE_NOTE = lazy(r"STARTI\s*\[(?P<type>[^\]]+)\]\s*(?P<body>.*?)\s*ENDI", re.S)
_FIELD = lazy(
    r"^(?P<name>Front|Back|Text|Extra|Back Extra|Add Reverse|Tags)\s*:\s?(?P<v>.*)$"
)
_LIST_END = lazy(
    r"(?P<fields>(?:\n(?:Tags|Extra|Back Extra)\s*:[^\n<]*)*)\nEND(?P<end>)(?=(?:\s*</\w+>)*\s*$)"
)
_ID = lazy(r"&lt;!--\s*ID:.*?--&gt;|<!--\s*ID:.*?-->")


def anki_notes(scope: Scope) -> Iterator[Found]:
    """Obsidian_to_Anki notes: `START` / type / fields / `END` blocks, `STARTI ... ENDI`."""
    blocks = scope.blocks()
    n = 0
    while n < len(blocks):
        i, block = blocks[n]
        n += 1
        if "STARTI" in block.html and block.kind in {BlockKind.PARAGRAPH, BlockKind.LIST}:
            # Inline notes, anywhere on a line: a paragraph's or a list's items'.
            for note in _INLINE_NOTE.finditer(block.html):
                body = re.sub(r"\s+(Back|Extra|Back Extra|Tags)\s*:", r"\n\1:", note["body"])
                yield from _note(note["type"], body.split("\n"), [], block.line, {i})
            continue
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        inner = inner_html(block)
        lines = inner.split("\n")
        if lines[0].strip() != "START":
            continue
        used, extra = {i}, []
        # A note runs on over the blocks below it (a list, code) up to its `END` line.
        while lines[-1].strip() != "END" and n < len(blocks):
            j, next_block = blocks[n]
            n += 1
            used.add(j)
            if next_block.kind is BlockKind.PARAGRAPH:
                lines += inner_html(next_block).split("\n")
                continue
            # `END` (and a `Tags:` line) closing the last item of a list, as its own lines.
            tail = _LIST_END.search(next_block.html)
            if tail is None:
                extra.append(next_block.html)
                continue
            extra.append(next_block.html[: tail.start()] + next_block.html[tail.end("end") :])
            lines += [*tail["fields"].strip().split("\n"), "END"]
        if lines[-1].strip() != "END" or len(lines) < 3:
            continue
        yield from _note(lines[1].strip(), lines[2:-1], extra, block.line, used)


def _note(
    note_type: str, lines: list[str], extra: list[str], line: int, used: set[int]
) -> Iterator[Found]:
    fields: dict[str, list[str]] = {}
    current = "Front"
    for text in lines:
        text = _ID.sub("", text).strip()
        field = _FIELD.match(text)
        if field:
            current = {"Text": "Front", "Extra": "Back", "Back Extra": "Back"}.get(
                field["name"], field["name"]
            )
            text = field["v"].strip()
        if text:
            fields.setdefault(current, []).append(text)
    fields.setdefault("Back", [])
    # "Question: What is ...?": the label some write before the front is not its text.
    front = strip_label("<br>".join(fields.get("Front", [])))
    back = "".join([f"<p>{'<br>'.join(fields['Back'])}</p>" if fields["Back"] else "", *extra])
    tags = "".join(
        f'<span class="tpm-tag {htmllib.escape(t)}"></span>'
        for t in " ".join(fields.get("Tags", [])).split()
    )
    if not to_text(front):
        return
    kind = CardKind.CLOZE if "cloze" in note_type.lower() else CardKind.BASIC
    yield Found(front + tags, back, kind, line, frozenset(used))
    if kind is CardKind.BASIC and "reverse" in note_type.lower() and to_text(back):
        yield Found(
            (unwrap_p(back) if back.startswith("<p>") else back) + tags,
            f"<p>{front}</p>",
            kind,
            line,
            frozenset(used),
        )
