"""Entries written as records: a heading per entry, under it the same labelled fields in
every entry (`- **Definition**: ...`, `- **Context**: ...`, `- **Example**: ...`), as list
items or as paragraphs of one field each.

The labels name fields, not terms: read one by one they would give a card per field ("What
is Context?", dozens of them). The heading is the entry's term; its definition field (or,
with none, its first) is the answer; the other fields go to the back after it (Extra), under
their labels. A label is a field's when it opens list items in at
least two sections, one of its labels in `MIN_ENTRIES`. Pure: Document in, Document out.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..lazyre import lazy
from ..markup import escape, to_text
from ..model import Block, BlockKind, Document, Section
from .base import inner_html, question_text, unwrap_p, visible
from .labels import qa_label

__all__ = ["fielded_entries"]

MIN_ENTRIES = 3  # sections whose lists open with one label before it names a field

# `**Label**: value` (the colon inside or outside the bold).
_FIELD = lazy(r"^\s*<(strong|b)>(?P<label>[^<:]{1,40}?)\s*:?\s*</\1>\s*:?\s*(?P<value>\S.*)$", re.S)
_BREAK = lazy(r"\s*<br\s*/?>\s*", re.I)
# The field that defines, in the languages guides are written in.
_DEFINES = lazy(
    r"^(?:definitions?|defini[cç][aã]o|definici[oó]n|d[ée]finition|definizione|definitie|"
    r"definicja|tan[ıi]m|определение|визначення|定义|定義|정의|meanings?|significado|"
    r"signification|significato|bedeutung|betekenis|znaczenie|значение|descriptions?|"
    r"descripci[oó]n|descri[cç][aã]o|descrizione|beschreibung|beschrijving|opis|описание|"
    r"what it (?:is|means)|explanations?|explicaci[oó]n|explica[cç][aã]o|explication|"
    r"spiegazione|erkl[äa]rung|a[çc][ıi]klama|giải thích|解释|解釋|説明|설명)$",
    re.I,
)


def fielded_entries(document: Document) -> Document:
    """The document with each section that opens with one entry's labelled fields read as
    a definition list: the heading, its definition, the other fields for the back."""
    fields = [_fields(section) for section in document.sections]
    labels = Counter(label for found in fields if found for label in {k for k, _ in found[1]})
    # Fields: labels that open the lists of two sections at least, one of them of three.
    shared = {label for label, n in labels.items() if n >= 2}
    if not any(n >= MIN_ENTRIES for n in labels.values()):
        return document
    sections = []
    for section, found in zip(document.sections, fields, strict=True):
        if question_text(section.heading):
            # A question's labels ("**Difficulty**: easy", "**Topic**: firing") head its
            # answer: they go after it, the answer first.
            n = found[0] if found and all(label in shared for label, _ in found[1]) else 0
            if 0 < n < len(section.blocks):
                section = replace(section, blocks=(*section.blocks[n:], *section.blocks[:n]))
            sections.append(section)
            continue
        if (
            not found
            # Most of its labels are fields ("**Limitation**" may be one entry's own).
            or 2 * sum(label in shared for label, _ in found[1]) < len(found[1])
            or not (len(found[1]) >= 2 or _DEFINES.match(found[1][0][0]))
        ):
            sections.append(replace(section, blocks=_without_legend(section.blocks, shared)))
            continue
        n, entries = found
        block = section.blocks[0]
        term = escape(visible(section.heading))
        first = next((k for k, (label, _) in enumerate(entries) if _DEFINES.match(label)), 0)
        answer = f"<p>{entries[first][1]}</p>"
        extra = "".join(
            f"<p><em>{escape(label)}:</em> {value}</p>"
            for k, (label, value) in enumerate(entries)
            if k != first
        )
        row = (term, answer, extra)
        entry = Block(BlockKind.DEFINITIONS, block.html, block.text, block.line, rows=(row,))
        blocks = (entry, *section.blocks[n:])
        sections.append(replace(section, blocks=blocks))
    return replace(document, sections=tuple(sections))


def _without_legend(blocks: tuple[Block, ...], shared: set[str]) -> tuple[Block, ...]:
    """The blocks but a list that explains the fields ("Each entry holds: - **Definition**:
    a line or two"): its labels are the entries' own."""
    return tuple(block for block in blocks if not _legend(block, shared))


def _legend(block: Block, shared: set[str]) -> bool:
    if block.kind is not BlockKind.LIST:
        return False
    labels = [field[0] if (field := _field(item)) else "" for item in block.items]
    known = sum(label in shared for label in labels)
    return all(labels) and known >= 2 and 2 * known >= len(labels)


def _fields(section: Section) -> tuple[int, list[tuple[str, str]]] | None:
    """The fields a headed section opens with: a list of `**Label**: value` items (the
    section's only list), or paragraphs of one such field each. How many blocks they take,
    and their (label, value) pairs."""
    if not section.level or not section.blocks:
        return None
    first = section.blocks[0]
    if first.kind is BlockKind.LIST:
        if any(b.kind is BlockKind.LIST for b in section.blocks[1:]):
            return None
        pairs = [_field(item) for item in first.items]
        return (1, [p for p in pairs if p]) if all(pairs) else None
    run, n = [], 0
    for block in section.blocks:
        # One field per paragraph, or per line of one paragraph ("**Label**: value  " lines
        # joined by hard breaks).
        lines = _BREAK.split(inner_html(block)) if block.kind is BlockKind.PARAGRAPH else []
        pairs = [_field(line) for line in lines]
        if not pairs or not all(pairs):
            break
        run += [p for p in pairs if p]
        n += 1
    return (n, run) if run else None


def _field(html: str) -> tuple[str, str] | None:
    """A `**Label**: value` line's label and value; a question's or answer's label
    (`**Q:**`, `**A:**`) labels no field."""
    if qa_label(html):
        return None
    match = _FIELD.match(unwrap_p(html))
    return (to_text(match["label"]).strip(), match["value"].strip()) if match else None
