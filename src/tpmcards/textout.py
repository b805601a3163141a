"""Text for a stream that may not encode it: a legacy code page, a redirected pipe.

A Windows console or a file redirected under cp1252 cannot encode `✓` or `✗`; writing them
raises UnicodeEncodeError, and a quiz would crash before the answer is saved. Text is fitted
to the stream instead: marks become plain `+`/`x`, any other character it cannot hold `?`.
"""

from __future__ import annotations

import codecs
import io
from typing import IO

# Marks with a plain fallback that keeps their meaning.
PLAIN_MARKS = str.maketrans({"✓": "+", "✗": "x", "›": ">", "…": "...", "—": "-", "–": "-"})


def fit_text(text: str, encoding: str | None) -> str:
    """`text` as a stream in `encoding` can write it: unchanged when it can, else with plain
    marks and `?` for what it still cannot hold."""
    if not encoding:
        return text
    try:
        codecs.lookup(encoding)
    except LookupError:
        return text
    try:
        text.encode(encoding)
        return text
    except UnicodeEncodeError:
        plain = text.translate(PLAIN_MARKS)
        return plain.encode(encoding, errors="replace").decode(encoding)


def fit_stream(text: str, stream: IO[str]) -> str:
    """`text` as `stream` can write it (see fit_text)."""
    return fit_text(text, getattr(stream, "encoding", None))


def replace_unencodable(*streams: object) -> None:
    """Make text streams that cannot encode our marks write `?` instead of raising: any
    card text (`日本` under cp1252) then prints, as far as the stream can show it."""
    for stream in streams:
        if (
            isinstance(stream, io.TextIOWrapper)
            and stream.errors == "strict"
            and fit_text("✓✗", stream.encoding) != "✓✗"
        ):
            stream.reconfigure(errors="replace")
