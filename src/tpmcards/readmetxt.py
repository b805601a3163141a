"""A WordPress plugin's `readme.txt` in Markdown's terms: its `=== Plugin Name ===`,
`== Section ==` and `= Sub-section =` lines are headings (levels 1, 2 and 3), which
Markdown would read as paragraphs. Pure text, line for line, so every line keeps its number."""

from __future__ import annotations

import re

from .lazyre import lazy

__all__ = ["wordpress_headings"]

_HEADING = lazy(r"^(?P<marks>={1,3})[ \t]+(?P<text>\S.*?)[ \t]+(?P=marks)[ \t]*$", re.M)
_TITLE = lazy(r"\A\s*===[ \t]+\S.*?[ \t]+===[ \t]*$", re.M)
_SECTION = lazy(r"^==[ \t]+\S.*?[ \t]+==[ \t]*$", re.M)


def wordpress_headings(text: str) -> str:
    """The readme with its `= ... =` heading lines written as `#` headings; any other text,
    one that does not open with a `=== Name ===` line over `== Section ==` lines, as it is."""
    if not _TITLE.match(text) or not _SECTION.search(text):
        return text
    return _HEADING.sub(lambda m: f"{'#' * (4 - len(m.group('marks')))} {m.group('text')}", text)
