"""A site generator's paired shortcode that names a term (Hugo's `{{% definition "term" %}}`
... `{{% /definition %}}`) read as the definition list it renders: the term, then its body
as the definition. Line for line, so every block keeps its source line."""

from __future__ import annotations

import re

__all__ = ["term_shortcodes"]

# `{{% name "term" %}}` or `{{< name "term" >}}`, alone on its line, and its closing pair.
_OPEN = re.compile(r'^\{\{([%<])\s*([\w-]+)\s+"([^"\n]+)"\s*[%>]\}\}\s*$')
_CLOSE = re.compile(r"^\{\{[%<]\s*/\s*([\w-]+)\s*[%>]\}\}\s*$")
# The raw `<dl>` the shortcodes render into: no text of its own, and left in it would hold
# the Markdown after it as raw HTML.
_WRAPPER = re.compile(r"^\s*</?dl\b[^>]*>\s*$", re.I)
# An empty anchor naming the next entry (`<a name="x"></a>`): left in, it would hold the term
# below it as raw HTML.
_ANCHOR = re.compile(r"^\s*<a\s+(?:name|id)=[^>]*>\s*</a>\s*$", re.I)


def term_shortcodes(text: str) -> str:
    """Each paired shortcode with one quoted name as `term` / `: definition` (its further
    paragraphs indented into the definition); a pair left open stays as it was."""
    lines = text.split("\n")
    out = list(lines)
    n = 0
    found = False
    while n < len(lines):
        opened = _OPEN.match(lines[n])
        end = _closing(lines, n, opened.group(2)) if opened else None
        if opened is None or end is None:
            n += 1
            continue
        out[n] = opened.group(3).strip()
        if n and _ANCHOR.match(lines[n - 1]):
            out[n - 1] = ""
        first = True
        for m in range(n + 1, end):
            line = lines[m]
            if not line.strip():
                out[m] = ""
            elif first:
                out[m] = f": {line.strip()}"
                first = False
            else:
                indent = not lines[m - 1].strip() or out[m - 1].startswith(" ")
                out[m] = f"    {line}" if indent else line
        out[end] = ""
        n = end + 1
        found = True
    if found:
        out = ["" if _WRAPPER.match(line) else line for line in out]
    return "\n".join(out)


def _closing(lines: list[str], start: int, name: str) -> int | None:
    for m in range(start + 1, len(lines)):
        closed = _CLOSE.match(lines[m])
        if closed:
            return m if closed.group(1) == name else None
        if _OPEN.match(lines[m]):
            return None
    return None
