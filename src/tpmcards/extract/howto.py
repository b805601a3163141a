"""Tables that say how to do things: a first column naming an action, and one or more
columns of the keys, commands or syntax that do it (`| Action | Shortcut | Markdown |`).
Each row is a term card: the action on the front, its ways of doing it on the back."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lazyre import lazy
from ..markup import escape, to_text
from ..model import CardKind
from .base import Found, Scope
from .tables import table_rows

__all__ = ["how_to_tables"]

# A column of ways to do the thing the row names, one or two words qualifying it
# ("shortcut command", "markdown shortcut", "Mac keys", "CLI command").
_HOW_HEADER = lazy(
    r"^(?:[^\W\d_]+\s+){0,2}(?:shortcuts?|hotkeys?|keys?|keystrokes?|key\s*bindings?|"
    r"key\s+combinations?|commands?|syntax|tastenk[üu]rzel|raccourcis(?:\s+clavier)?|atajos?|"
    r"atalhos?|快捷键|快捷鍵|ショートカット|단축키)$",
    re.I,
)
# A cell that only ticks or crosses a box: nothing to recall.
_MARK_ONLY = lazy(r"^[\s✔✓✅☑✗✘❌️\ufe0f×xX*·•—–-]*$")


def _says_something(cell: str) -> bool:
    text = to_text(cell)
    if "<code" in cell:
        return bool(text.strip())  # `---` written as code is the syntax itself
    return bool(text.strip()) and not _MARK_ONLY.match(re.sub(r"\(.*?\)", "", text))


# A key of a keyboard shortcut, however a column names it (`| Action | Windows | macOS |`).
_KEY = lazy(
    r"\b(?:ctrl|control|cmd|command|alt|option|opt|shift|meta|super|win|esc|tab|enter|"
    r"return|space|f\d{1,2})\b|[⌘⌥⇧⌃]",
    re.I,
)


def _keys_column(rows: tuple[tuple[str, ...], ...], n: int) -> bool:
    """Whether most cells of column `n` (below the header) are keyboard shortcuts."""
    cells = [to_text(row[n]) for row in rows[1:] if n < len(row) and to_text(row[n]).strip()]
    return len(cells) >= 2 and sum(bool(_KEY.search(c)) for c in cells) * 2 > len(cells)


def how_to_tables(scope: Scope) -> Iterator[Found]:
    """A table whose columns after the first are keys, commands or syntax (by their header,
    or, for keys, by what they hold): a term card per row that has one, the action its
    term; its other columns go to the back as context."""
    for i, block in scope.blocks():
        rows = table_rows(block)
        if len(rows) < 3:
            continue
        header = [to_text(cell).strip("* ") for cell in rows[0]]
        ways = [
            n for n, h in enumerate(header) if n and (_HOW_HEADER.match(h) or _keys_column(rows, n))
        ]
        if not ways or _HOW_HEADER.match(header[0]):
            continue
        for row in rows[1:]:
            if not re.search(r"[^\W\d_]", to_text(row[0])):
                continue  # `| 1 | npm install |`: a step's number names nothing to recall
            said = [n for n in ways if n < len(row) and _says_something(row[n])]
            if not said:
                continue  # only a tick in some other column: nothing to recall
            labelled = len(ways) > 1
            answer = "".join(
                f"<p><em>{escape(header[n])}:</em> {row[n]}</p>" if labelled else f"<p>{row[n]}</p>"
                for n in said
            ) + "".join(
                f"<p><em>{escape(header[n])}:</em> {cell}</p>"
                for n, cell in enumerate(row)
                if n and n not in ways and n < len(header) and _says_something(cell)
            )
            yield Found(row[0], answer, CardKind.TERM, block.line, frozenset([i]))
