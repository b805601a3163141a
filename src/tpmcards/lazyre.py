"""Regular expressions compiled on first use, not on import.

The rules hold several hundred patterns; a guide reaches a part of them, and compiling the
rest cost every cold quiz and every one-file edit about 0.1 s. `lazy(pattern, flags)` stands
for `re.compile(pattern, flags)`: the first use compiles it (from the compiled forms a
previous process kept, when it can: patternstore.py) and puts the compiled pattern's methods
on the stand-in, so later calls cost what a compiled pattern's do.
"""

from __future__ import annotations

import re
from typing import Any, cast

from .patternstore import compile_pattern

__all__ = ["lazy"]

_FORWARDED = (
    "match", "search", "fullmatch", "sub", "subn", "finditer", "findall", "split",
    "pattern", "flags", "groups", "groupindex",
)  # fmt: skip


class _Lazy:
    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        compiled = compile_pattern(*self._source)
        for attribute in _FORWARDED:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, done when the pattern is first used."""
    return cast("re.Pattern[str]", _Lazy(pattern, flags))
