"""Highlight code blocks in card HTML with Pygments: the colours live in the note type CSS."""

from __future__ import annotations

import html as htmllib
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .lazyre import lazy

if TYPE_CHECKING:
    from pygments.formatters import HtmlFormatter

# A code block as Markdown renders a fence (```python) and as HTML pages write it.
_BLOCK = lazy(
    r"<pre(?:\s[^>]*)?>\s*<code\s+class=\"(?:[^\"]*\s)?(?:language|lang)-(?P<lang>[\w+#.-]+)"
    r"[^\"]*\">(?P<code>[^<]*)</code>\s*</pre>",
    re.S,
)


def highlight_code(fragment: str) -> str:
    """Colour every `<pre><code class="language-x">` block whose language Pygments knows.

    Blocks with no language, an unknown one, or markup inside are left as they are.
    """
    return _BLOCK.sub(_highlight_block, fragment)


def _highlight_block(match: re.Match[str]) -> str:
    # Imported at the first code block: most cards have none, and a build after an edit
    # renders the changed guide's fields only.
    from pygments import highlight
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    lang = match.group("lang")
    try:
        lexer = get_lexer_by_name(lang.lower(), stripnl=False, ensurenl=False)
    except ClassNotFound:
        return match.group(0)
    code = htmllib.unescape(match.group("code"))
    spans = highlight(code, lexer, _formatter())
    return f'<pre class="highlight"><code class="language-{lang}">{spans}</code></pre>'


@lru_cache(maxsize=1)
def _formatter() -> HtmlFormatter[str]:
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(nowrap=True)
