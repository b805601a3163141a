"""genanki, imported without asyncio: genanki's `cached_property` imports asyncio (over half
of genanki's import, about 15 ms of every build after an edit and of a quiz that gives a new
card its id) only to ask whether a property is a coroutine function, and none of genanki's
is. It is handed a stand-in that answers."""

from __future__ import annotations

import importlib
import inspect
import sys
import types
from typing import Any

__all__ = ["prepare_genanki"]


class _Asyncio(types.ModuleType):
    """What genanki's `cached_property` asks of asyncio on each use of a property, answered
    without importing it; anything else imports the real asyncio."""

    @staticmethod
    def iscoroutinefunction(func: object) -> bool:
        real = sys.modules.get("asyncio")
        if real is not None and not isinstance(real, _Asyncio):
            return bool(real.iscoroutinefunction(func))
        # No asyncio loaded: nothing can carry its coroutine mark, inspect's answer is its.
        return inspect.iscoroutinefunction(func)

    def __getattr__(self, name: str) -> Any:
        return getattr(importlib.import_module("asyncio"), name)


def prepare_genanki() -> None:
    """Make the next `import genanki` leave asyncio alone (see the module's docstring)."""
    if "cached_property" in sys.modules or "asyncio" in sys.modules:
        return
    sys.modules["asyncio"] = _Asyncio("asyncio")
    try:
        import cached_property  # type: ignore[import-untyped]  # noqa: F401
    except ImportError:  # pragma: no cover - a genanki that no longer needs it
        pass
    finally:
        if isinstance(sys.modules.get("asyncio"), _Asyncio):
            del sys.modules["asyncio"]
