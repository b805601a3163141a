"""Text for a terminal: no control characters from cards, configs or decks; wrapping to the
terminal's width; line editing with readline when the input is a terminal.

Everything a deck, a guide or a config holds is untrusted: an escape sequence in a card can
retitle the window or clear the screen. `clean` keeps printable text, newlines and tabs (as
spaces) and nothing else.
"""

from __future__ import annotations

import os
import re
import shutil
import textwrap
import unicodedata
from collections.abc import Callable
from typing import IO

from .lazyre import lazy

# ESC or 8-bit CSI/OSC/DCS sequences first (so their parameters go too), then single controls.
_SEQUENCES = lazy(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?             # CSI ... final byte
    | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])      # OSC, DCS, SOS, PM, APC ...
      [^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?        # ... up to BEL or ST
    | \x1b[ -/]*[0-~]?                             # other ESC sequences
    """,
    re.X,
)
_CONTROLS = lazy(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidirectional overrides reorder what is shown: a line can read otherwise than it is.
_BIDI = lazy(r"[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def without_sequences(text: str) -> str:
    """`text` without escape sequences (CSI, OSC, ...), their parameters included."""
    return _SEQUENCES.sub("", text) if ("\x1b" in text or _C1.search(text)) else text


_C1 = lazy(r"[\x90\x98\x9b\x9d-\x9f]")


def clean(text: str) -> str:
    """`text` without C0/C1 controls and escape sequences; tabs become spaces."""
    text = without_sequences(text)
    text = _CONTROLS.sub("", text.replace("\t", "    ").replace("\r\n", "\n"))
    return _BIDI.sub("", text)


def clean_line(text: str) -> str:
    """`clean`, and on one line: for names and tags."""
    return " ".join(clean(text).split())


def wrap(text: str, width: int, indent: str = "", hanging: str = "  ") -> str:
    """Wrap each line of `text` to `width` columns, never inside a word.

    A line's continuation is indented by its own leading spaces plus `hanging` (a list item
    `  - item` continues under the item's text).
    """
    out: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            out.append("")
            continue
        lead = indent + line[: len(line) - len(line.lstrip())]
        body = line.strip()
        bullet = re.match(r"[-*•] |\d+[.)] |[a-d]\) ", body)
        follow = lead + (" " * len(bullet.group(0)) if bullet else hanging)
        out += textwrap.wrap(
            body,
            width=max(width, len(follow) + 10),
            initial_indent=lead,
            subsequent_indent=follow,
            break_long_words=False,
            break_on_hyphens=False,
        ) or [lead]
    return "\n".join(out)


def width_of(stream: IO[str]) -> int:
    """The terminal's width, or a wide page when `stream` is not a terminal."""
    if not stream.isatty():
        return 10_000
    try:  # the terminal's own size first: a COLUMNS left in the environment may be stale
        return os.get_terminal_size(stream.fileno()).columns or 80
    except (OSError, ValueError, AttributeError):
        return shutil.get_terminal_size((80, 24)).columns


def display_width(text: str) -> int:
    """Columns a string takes (wide East Asian letters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


Read = Callable[[str], str]


def line_reader(stdin: IO[str], out: IO[str], echo_plain: Callable[[str], None]) -> Read:
    """Read a line after a prompt: with readline (editing, history) on a terminal, plainly
    from a pipe, echoing what was read so a transcript reads as the session went."""
    import sys

    if stdin.isatty() and stdin is sys.stdin and out is sys.stdout:
        import contextlib

        with contextlib.suppress(ImportError):  # Windows has no readline
            import readline  # noqa: F401 - importing it gives input() editing and history

        def read_tty(prompt: str) -> str:
            return clean(input(prompt))

        return read_tty

    def read_plain(prompt: str) -> str:
        from .textout import fit_stream

        out.write(fit_stream(prompt, out))
        out.flush()
        line = stdin.readline()
        if not line:
            echo_plain("")
            raise EOFError
        line = clean(line.rstrip("\r\n"))
        if not stdin.isatty():
            echo_plain(line)
        return line

    return read_plain
