"""Where tpmcards keeps things: the user's data and cache folders, and the default folders.

`TPMCARDS_HOME` moves both the data (the progress store, the quiz's own id locks) and the
cache (`$TPMCARDS_HOME/cache`); without it they are the platform's user folders.
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_SOURCES = Path("sources")
DEFAULT_DECKS = Path("decks")
HOME_VARIABLE = "TPMCARDS_HOME"


def data_dir() -> Path:
    """The folder of the progress store: `TPMCARDS_HOME`, else the platform's user data dir."""
    home = os.environ.get(HOME_VARIABLE)
    if home:
        return Path(home)
    from platformdirs import user_data_dir

    # As released: existing progress stores stay where they are.
    return Path(user_data_dir("tpmcards"))


def cache_dir() -> Path:
    """The cache folder: `$TPMCARDS_HOME/cache`, else the platform's user cache dir."""
    home = os.environ.get(HOME_VARIABLE)
    if home:
        return Path(home) / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("tpmcards", appauthor=False))
