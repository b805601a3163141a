"""bs4, imported without the start-up work of the parts tpmcards never uses. Importing this
module prepares bs4, so a module of ours imports it just before bs4:

    from . import bs4load  # noqa: F401  # isort: skip
    from bs4 import BeautifulSoup

- soupsieve (CSS selectors, which tpmcards never runs: compiling its patterns costs twice the
  rest of bs4's import, about 50 ms) and charset_normalizer (guessing the encoding of bytes;
  tpmcards hands bs4 text) are handed to bs4 as stand-ins that import them on first use.
- The first `&name;` bs4 reads builds its entity tables, and with them two patterns of every
  HTML5 entity character, used only to write entities back (`formatter="html"`), which
  tpmcards never asks for: compiling them was about 11 ms of every cold quiz. They compile
  on first use.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
import types
from typing import Any

from .lazyre import lazy

__all__ = ["prepare_bs4"]

# What bs4 imports and tpmcards does not need until something uses it.
_PUT_OFF = ("soupsieve", "charset_normalizer")


class _OnFirstUse(types.ModuleType):
    """A module imported when one of its names is first read, not when it is imported."""

    def __getattr__(self, name: str) -> Any:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), name)


class _LazyRe(types.ModuleType):
    """`re` as bs4.dammit sees it while it builds its entity tables: `compile` is put off."""

    @staticmethod
    def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
        return lazy(pattern, flags)

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)


def prepare_bs4() -> None:
    """Import bs4 (if no one has) with the stand-ins, and put off its entity patterns."""
    if "bs4" not in sys.modules:
        _import_with_stand_ins()
    _put_off_entity_patterns()


def _import_with_stand_ins() -> None:
    stand_ins: dict[str, _OnFirstUse] = {}
    for name in _PUT_OFF:
        if name not in sys.modules and importlib.util.find_spec(name) is not None:
            sys.modules[name] = stand_ins[name] = _OnFirstUse(name)
    try:
        import bs4  # noqa: F401
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


def _put_off_entity_patterns() -> None:
    dammit: Any = importlib.import_module("bs4.dammit")  # its private parts are set below
    meta: Any = type(dammit.EntitySubstitution)
    populate = meta.__dict__.get("_populate_class_variables")
    if populate is None or getattr(populate, "__wrapped__", None) is not None:
        return  # a bs4 that builds its tables on import, or one already prepared

    def with_lazy_patterns(cls: Any) -> None:
        # bs4's own code builds the tables; only the `re` it compiles them with differs.
        real = dammit.re
        dammit.re = _LazyRe("re")
        try:
            populate(cls)
        finally:
            dammit.re = real

    with_lazy_patterns.__wrapped__ = populate  # type: ignore[attr-defined]
    meta._populate_class_variables = with_lazy_patterns


prepare_bs4()
