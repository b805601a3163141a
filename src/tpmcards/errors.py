"""Errors that tpmcards reports to the user as one line, never as a traceback."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


class TpmcardsError(Exception):
    """Something the user can fix: the message names the file (and line) and what to do."""

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None):
        self.path = printable(str(path)) if path is not None else None
        self.line = line
        self.reason = printable(message)
        where = ""
        if self.path is not None:
            where = f"{self.path}:{line}: " if line else f"{self.path}: "
        super().__init__(where + self.reason)


class SourceError(TpmcardsError):
    """A guide cannot be read or decoded: missing, a directory, binary, or an unknown encoding."""


class MediaError(TpmcardsError):
    """An image a guide shows is missing, outside the sources folder, or not an image."""


class ConfigError(TpmcardsError):
    """`tpmcards.yaml` or a file's front matter is malformed or holds values we cannot use."""


class OutputError(TpmcardsError):
    """A deck, lock or export cannot be written: the folder is missing, read-only, or full."""


class DeckReadError(TpmcardsError):
    """An `.apkg` given to the quiz is not a readable Anki package."""


class ProgressError(TpmcardsError):
    """The progress store is corrupt, foreign, or from a newer version of tpmcards."""


def printable(text: str) -> str:
    """Text for a one-line message: control characters (a newline in a file name) and bytes
    that are not UTF-8 (surrogates from a file name) shown escaped, as `\\n` or `\\udcff`."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)
