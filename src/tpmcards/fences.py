"""Fenced code in Markdown source, for the steps that rewrite a guide's lines before
markdown-it reads them: code is left alone. Pure."""

from __future__ import annotations

from .lazyre import lazy

__all__ = ["FENCED_BLOCK", "Fences"]

# A fenced block whole, as a regex alternative (`re.S | re.M`): a match whose group `fence` is
# set is code, to be kept as it is.
FENCED_BLOCK = (
    r"(?P<fence>^[ \t]{0,3}(?P<mark>`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}(?P=mark)[ \t]*$|\Z))"
)
_FENCE = lazy(r"^[ \t]{0,3}(?P<mark>`{3,}|~{3,})")


class Fences:
    """Follows a guide's lines in order and tells which are code."""

    def __init__(self) -> None:
        self.open = ""  # the mark of the fence open here, or ""

    def code(self, line: str) -> bool:
        """Whether `line` is code: inside a fence, or a fence's own line."""
        mark = _FENCE.match(line)
        if self.open:
            if mark and mark["mark"].startswith(self.open) and not line.strip(" \t`~"):
                self.open = ""
            return True
        if mark:
            self.open = mark["mark"]
            return True
        return False
