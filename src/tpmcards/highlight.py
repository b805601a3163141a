"""Highlight code blocks in card HTML with Pygments: the colours live in the note type CSS."""

from __future__ import annotations

import html as htmllib
import re

from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

# A code block as Markdown renders a fence (```python) and as HTML pages write it.
_BLOCK = re.compile(
    r"<pre(?:\s[^>]*)?>\s*<code\s+class=\"(?:[^\"]*\s)?(?:language|lang)-(?P<lang>[\w+#.-]+)"
    r"[^\"]*\">(?P<code>[^<]*)</code>\s*</pre>",
    re.S,
)
_FORMATTER = HtmlFormatter(nowrap=True)


def highlight_code(fragment: str) -> str:
    """Colour every `<pre><code class="language-x">` block whose language Pygments knows.

    Blocks with no language, an unknown one, or markup inside are left as they are.
    """
    return _BLOCK.sub(_highlight_block, fragment)


def _highlight_block(match: re.Match[str]) -> str:
    lang = match.group("lang")
    try:
        lexer = get_lexer_by_name(lang.lower(), stripnl=False, ensurenl=False)
    except ClassNotFound:
        return match.group(0)
    code = htmllib.unescape(match.group("code"))
    spans = highlight(code, lexer, _FORMATTER)
    return f'<pre class="highlight"><code class="language-{lang}">{spans}</code></pre>'
