"""Find guide files, read and decode them, split off front matter, and load the config."""

from __future__ import annotations

import codecs
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ConfigError, SourceError
from .lazyre import lazy
from .model import Config, Source, Topic
from .notetype_config import read_note_types
from .terminal import without_sequences
from .yamldata import read_yaml as _safe_yaml

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec

GUIDE_SUFFIXES = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdx": "markdown",  # Docusaurus and Astro pages: Markdown with components
    ".html": "html",
    ".htm": "html",
}
# Read as Markdown when named explicitly, but not picked up from a folder.
EXPLICIT_SUFFIXES = {**GUIDE_SUFFIXES, ".txt": "markdown"}
CONFIG_NAME = "tpmcards.yaml"
# A 5 MB guide (10,000 questions) gives its cards in about 25 s and 120 MB of memory; a
# larger file is far beyond any study guide and would take minutes, so it is refused.
MAX_SOURCE_BYTES = 10 * 1024 * 1024

# Invisible in a guide, invalid in HTML, and U+001F separates the fields of an Anki note.
_CONTROL = lazy(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_FRONT_MATTER = lazy(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)


def find_sources(paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """List the guide files under `paths` with the name each is keyed by, in a stable order."""
    found: dict[Path, str] = {}
    for path in paths:
        if not path.exists():
            raise SourceError("no such file or folder; check the path", path)
        if path.is_dir():
            for child in sorted(_guides_under(path)):
                found.setdefault(child, child.relative_to(path).as_posix())
        elif path.suffix.lower() in EXPLICIT_SUFFIXES:
            found.setdefault(path, path.name)
        else:
            raise SourceError(
                "not a guide: use a .md, .markdown, .mdx, .html, .htm or .txt file", path
            )
    return list(found.items())


# Folders a notes app, a version control system or a package manager keeps: never guides.
IGNORED_FOLDERS = {"node_modules", "__pycache__"}
IGNORE_FILE = ".tpmcardsignore"


def _guides_under(folder: Path) -> Iterator[Path]:
    """The guide files under `folder`, leaving out hidden files and folders (`.obsidian`,
    `.trash`, `.git`), `node_modules`, and what a `.tpmcardsignore` (gitignore syntax, in
    the folder or any below it) names."""
    rules: list[tuple[Path, GitIgnoreSpec]] = []

    def ignored(path: Path, is_dir: bool) -> bool:
        for base, spec in rules:
            if base == path or base not in path.parents:
                continue
            relative = path.relative_to(base).as_posix() + ("/" if is_dir else "")
            if spec.match_file(relative):
                return True
        return False

    for top, dirs, files in os.walk(folder):
        here = Path(top)
        if IGNORE_FILE in files:
            rules.append((here, _read_ignore(here / IGNORE_FILE)))
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".") and d not in IGNORED_FOLDERS and not ignored(here / d, True)
        )
        for name in files:
            child = here / name
            if (
                not name.startswith(".")
                and child.suffix.lower() in GUIDE_SUFFIXES
                and child.is_file()
                and not ignored(child, False)
            ):
                yield child


def _read_ignore(path: Path) -> GitIgnoreSpec:
    from pathspec import GitIgnoreSpec  # here: a quiz on one file needs none of it

    try:
        lines = decode(path.read_bytes(), _display(path)).splitlines()
    except OSError as err:
        raise SourceError(f"cannot be read ({err.strerror}); check its permissions", path) from None
    return GitIgnoreSpec.from_lines(lines)


def load_sources(paths: Iterable[Path]) -> list[Source]:
    """Read every guide under `paths`."""
    return [read_source(path, key) for path, key in find_sources(paths)]


def read_source(path: Path, key: str | None = None) -> Source:
    """Read one guide: decode it, split off its front matter, note its format."""
    display = _display(path)
    raw = read_guide_bytes(path, display)
    text = decode(raw, display)
    check_budget(text, display)
    fmt = EXPLICIT_SUFFIXES.get(path.suffix.lower(), "markdown")
    meta, body, body_line = split_front_matter(text, display)
    if fmt == "markdown" and not meta:
        meta, body, body_line = _title_block(body, body_line)
    if fmt == "markdown" and not meta:
        meta, body, body_line = _meta_data(body, body_line)
    return Source(
        path=path,
        text=body,
        format=fmt,
        meta=meta,
        body_line=body_line,
        key=key or path.name,
        display=display,
    )


# Pandoc's title block: up to three `%` lines (title, authors, date) opening a Markdown file,
# as man pages written in Markdown have (`% YOUTUBE-DL(1)`); a man page's section number
# `(1)` is no part of its name.
_TITLE_BLOCK = lazy(r"\A%[ \t]*([^\n]*)\n(?:%[^\n]*\n){0,2}")
_MAN_SECTION = lazy(r"\s*\(\d[a-z]*\)\Z")


def _title_block(body: str, body_line: int) -> tuple[Mapping[str, Any], str, int]:
    """Take a pandoc title block off the body: its title is the guide's title."""
    match = _TITLE_BLOCK.match(body)
    title = _MAN_SECTION.sub("", match.group(1).strip()) if match else ""
    if not match or not title:
        return {}, body, body_line
    return {"title": title}, body[match.end() :], body_line + body.count("\n", 0, match.end())


# Python-Markdown's (and MultiMarkdown's) meta-data: `key: value` lines opening the file up
# to a blank line, without `---` around them, as MkDocs pages have (`title: Trouble-shooting`).
# Taken only when the first line names the title, so that a guide opening with "Note: ..."
# keeps its note.
_META_DATA = lazy(
    r"\Atitle:[ \t]*(?P<title>\S[^\n]*)\n(?:[A-Za-z0-9_-]+:[^\n]*\n|[ \t]{4,}\S[^\n]*\n)*"
    r"(?:[ \t]*\n|\Z)",
    re.I,
)


def _meta_data(body: str, body_line: int) -> tuple[Mapping[str, Any], str, int]:
    """Take Python-Markdown's meta-data lines off the body: their title is the guide's."""
    match = _META_DATA.match(body)
    if not match:
        return {}, body, body_line
    title = match.group("title").strip()
    return {"title": title}, body[match.end() :], body_line + body.count("\n", 0, match.end())


# The work a guide may ask for, counted before it is parsed: parsing and extraction take
# about half a millisecond per line or tag on a 2-core machine, so these keep any guide,
# whatever its shape, under about 20 s. No study guide comes near them.
MAX_GUIDE_LINES = 40_000
MAX_GUIDE_TAGS = 80_000
# Each of these may open an inline token (escape, emphasis, math, code, link, cloze): a
# 10 MB line of `\(` made five million of them, 23 s and 1.9 GB.
MAX_GUIDE_MARKS = 200_000
_MARKS = "\\*_$`[{"
_SHOWN = " ".join(_MARKS)


def check_budget(text: str, display: str) -> None:
    """Refuse a guide that would take minutes to parse, naming what there is too much of."""
    for count, limit, what in (
        (text.count("\n") + 1, MAX_GUIDE_LINES, "lines"),
        (text.count("<"), MAX_GUIDE_TAGS, "HTML tags (`<`)"),
        (sum(map(text.count, _MARKS)), MAX_GUIDE_MARKS, f"markup characters ({_SHOWN})"),
    ):
        if count > limit:
            raise SourceError(
                f"has {count:,} {what}, more than the {limit:,} one guide may hold; "
                "split it into smaller files",
                display,
            )


def read_guide_bytes(path: Path, display: str) -> bytes:
    """The bytes of a guide: a regular file only (never a FIFO or a device), its size
    checked from `stat` first, and the read bounded all the same (the file may grow)."""
    import stat

    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        # Its cards are keyed and shown by the name: a byte that is not UTF-8 cannot be.
        raise SourceError("the file name is not UTF-8; rename the file", display) from None
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise SourceError(
                "is a folder, not a file; give the folder itself or a file in it", display
            )
        if not stat.S_ISREG(info.st_mode):
            raise SourceError("is not a regular file; give a Markdown or HTML file", display)
        if info.st_size > MAX_SOURCE_BYTES:
            raise _too_large(display)
        with path.open("rb") as handle:
            raw = handle.read(MAX_SOURCE_BYTES + 1)
    except OSError as err:
        raise SourceError(
            f"cannot be read ({err.strerror}); check its permissions", display
        ) from None
    if len(raw) > MAX_SOURCE_BYTES:
        raise _too_large(display)
    return raw


def _too_large(display: str) -> SourceError:
    return SourceError(
        f"is larger than {MAX_SOURCE_BYTES // 2**20} MB; split the guide into smaller files",
        display,
    )


def decode(raw: bytes, display: str) -> str:
    """Decode a guide: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252;
    control characters other than tab and line breaks are dropped."""
    # An escape sequence goes whole: without its ESC, `[2J` would be left as text.
    return _CONTROL.sub("", without_sequences(_decode(raw, display)))


def _decode(raw: bytes, display: str) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise SourceError(
                "is marked UTF-16 but does not decode; save it as UTF-8", display
            ) from None
    if b"\x00" in raw:
        raise SourceError(
            "looks like a binary file, not a guide; give a Markdown or HTML file", display
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # Guides saved by older editors are most often Windows-1252 (a superset of Latin-1).
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        raise SourceError(
            "is neither UTF-8 nor Windows-1252 text; save it as UTF-8", display
        ) from None


def split_front_matter(text: str, display: str) -> tuple[Mapping[str, Any], str, int]:
    """Split front matter off a Markdown text; return it, the body, and the body's line.
    YAML between `---` lines; also Hugo's TOML between `+++` lines and its JSON object."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return _other_front_matter(text, display)
    meta = _safe_yaml(match.group(1), display, first_line=2)
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ConfigError("front matter must be a mapping of `key: value` lines", display, 2)
    for key in ("title", "deck", "topic"):
        value = meta.get(key)
        if value is not None and not isinstance(value, (str, int, float)):
            raise ConfigError(
                f"front matter `{key}` must be text, e.g. `{key}: {_EXAMPLES[key]}`",
                display,
                _key_line(match.group(1), key, first_line=2),
            )
    tags = meta.get("tags")
    if tags is not None and not (
        isinstance(tags, str)
        or (isinstance(tags, list) and all(isinstance(t, (str, int, float)) for t in tags))
    ):
        raise ConfigError(
            "front matter `tags` must be a list of words, e.g. `tags: [tpm, interview]`",
            display,
            _key_line(match.group(1), "tags", first_line=2),
        )
    _refuse_reserved(tags, display, _key_line(match.group(1), "tags", first_line=2))
    body_line = text.count("\n", 0, match.end()) + 1
    return meta, text[match.end() :], body_line


_TOML_FRONT_MATTER = lazy(r"\A\+\+\+[ \t]*\r?\n(.*?)^\+\+\+[ \t]*(?:\r?\n|\Z)", re.S | re.M)
# JBake's header: `key=value` lines closed by a line of six tildes (left in, the tildes would
# open a code fence that holds the whole guide).
_JBAKE_HEADER = lazy(r"\A((?:[A-Za-z][\w.-]*=[^\n]*\r?\n)+)~~~~~~[ \t]*(?:\r?\n|\Z)")


def _other_front_matter(text: str, display: str) -> tuple[Mapping[str, Any], str, int]:
    """Hugo's TOML (`+++`) or JSON (`{...}` from the first line) front matter, or JBake's
    `key=value` header, read for its `title`, `deck`, `topic` and `tags` as YAML's would
    be; text that opens with a brace but holds no JSON object (a shortcode) is no front
    matter."""
    meta: Any
    toml = _TOML_FRONT_MATTER.match(text)
    if toml:
        if sys.version_info >= (3, 11):
            import tomllib
        else:  # pragma: no cover - Python 3.10
            import tomli as tomllib  # type: ignore[import-not-found, no-redef, unused-ignore]
        try:
            meta = tomllib.loads(toml.group(1))
        except tomllib.TOMLDecodeError as err:
            raise ConfigError(f"front matter is not valid TOML ({err})", display, 2) from None
        end = toml.end()
    elif jbake := _JBAKE_HEADER.match(text):
        pairs = (line.partition("=") for line in jbake.group(1).splitlines())
        meta = {key.strip(): value.strip() for key, _, value in pairs}
        if "tags" in meta:
            meta["tags"] = [t.strip() for t in meta["tags"].split(",") if t.strip()]
        end = jbake.end()
    elif text.startswith("{"):
        import json

        try:
            meta, end = json.JSONDecoder().raw_decode(text)
        except ValueError:
            return {}, text, 1
        if not isinstance(meta, dict) or text[end : end + 1] not in {"", "\n", "\r"}:
            return {}, text, 1
    else:
        return {}, text, 1
    plain: dict[str, Any] = {
        key: value
        for key, value in meta.items()
        if key in {"title", "deck", "topic"} and isinstance(value, (str, int, float))
    }
    tags = meta.get("tags")
    if isinstance(tags, str):
        plain["tags"] = tags
    elif isinstance(tags, list):
        plain["tags"] = [t for t in tags if isinstance(t, (str, int, float))]
    _refuse_reserved(plain.get("tags"), display, 1)
    return plain, text[end:], text.count("\n", 0, end) + 1


# The tag a build gives the cards that left the guide: set by hand, it would hide a live card.
RESERVED_TAG = "tpmcards::removed"


def _refuse_reserved(tags: Any, display: str, line: int | None) -> None:
    listed = [tags] if isinstance(tags, str) else tags if isinstance(tags, list) else []
    for tag in listed:
        if RESERVED_TAG in str(tag).lower().split():
            raise ConfigError(
                f"the tag `{RESERVED_TAG}` is reserved for cards removed from the guide; "
                "choose another tag",
                display,
                line,
            )


_EXAMPLES = {"title": "The TPM role", "deck": "TPM Guide", "topic": "skills"}


def _key_line(text: str, key: str, first_line: int) -> int:
    """The line of the file where a top-level `key:` of YAML `text` is."""
    found = re.search(rf"^{key}\s*:", text, re.M)
    return first_line + text.count("\n", 0, found.start()) if found else first_line


def find_config(guide: Path) -> Path | None:
    """The `tpmcards.yaml` that applies to a guide: in its folder, else the nearest above."""
    folder = Path(os.path.abspath(guide if guide.is_dir() else guide.parent))
    here = Path.cwd()
    for candidate in (folder, *folder.parents):
        found = candidate / CONFIG_NAME
        if found.is_file():
            # Shown as the user would type it: relative to the working folder when inside it.
            return found.relative_to(here) if found.is_relative_to(here) else found
    return None


def load_config(path: Path) -> Config:
    """Read and check the config file at `path`."""
    try:
        text = decode(path.read_bytes(), _display(path))
    except OSError as err:
        raise ConfigError(f"cannot be read ({err.strerror})", _display(path)) from None
    config = parse_config(text, _display(path))
    return replace(config, path=path)


def own_terms(folder: Path | None = None) -> Config:
    """The config of a guide that has none: its deck is named after the guide, or after
    `folder` (a subdeck per guide) when a folder was given; no topics."""
    if folder is None:
        return Config(deck="", output="", topics=())
    name = Path(os.path.abspath(folder)).name or "Guides"
    return Config(deck=name, output="", topics=(), guide_subdecks=True)


def parse_config(text: str, display: str) -> Config:
    """Turn the YAML text of a config into a `Config`, checking every field."""
    data = _safe_yaml(text, display)
    if not isinstance(data, dict):
        raise ConfigError("must be a mapping with `deck` and `topics`", display, 1)
    deck = data.get("deck")
    if not isinstance(deck, str) or not deck.strip():
        raise ConfigError("`deck` must name the deck, e.g. `deck: TPM Guide`", display)
    output = str(data.get("output") or slugify(deck))
    if output != Path(output).name or output.startswith(".") or "\\" in output:
        # The deck is written to `<out>/<output>.apkg`: a path here would write elsewhere.
        raise ConfigError(
            f"`output` must be a file name without a folder, e.g. `output: {slugify(deck)}`",
            display,
        )
    raw_topics = data.get("topics") or []
    if not isinstance(raw_topics, list):
        raise ConfigError("`topics` must be a list of {slug, title, headings, keywords}", display)
    topics = []
    for entry in raw_topics:
        if not isinstance(entry, dict) or not isinstance(entry.get("slug"), str):
            raise ConfigError("every topic needs a `slug`, e.g. `- slug: skills`", display)
        topics.append(
            Topic(
                slug=entry["slug"],
                title=str(entry.get("title") or entry["slug"].title()),
                headings=_strings(entry.get("headings"), display),
                keywords=_strings(entry.get("keywords"), display),
            )
        )
    slugs = [t.slug for t in topics]
    if len(set(slugs)) != len(slugs):
        raise ConfigError("two topics share a slug; give each its own", display)
    _refuse_reserved(data.get("tags"), display, _key_line(text, "tags", first_line=1))
    note_types = data.get("note_types") or {}
    if not isinstance(note_types, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in note_types.items()
    ):
        raise ConfigError(
            "`note_types` must map a card kind to a name, e.g. `basic: type-in`", display
        )
    subdecks = data.get("subdecks")
    if subdecks not in (None, "folders"):
        raise ConfigError(
            "`subdecks` must be `folders` (a subdeck per folder of guides), or left out", display
        )
    return Config(
        deck=deck.strip(),
        terms=_terms(data.get("terms"), display),
        output=output,
        topics=tuple(topics),
        keep_other=bool(data.get("keep_other", True)),
        note_types=tuple(sorted(note_types.items())),
        folder_subdecks=subdecks == "folders",
        custom_note_types=read_note_types(data.get("custom_note_types"), display),
    )


def _terms(value: Any, display: str) -> tuple[tuple[str, str], ...]:
    """The `terms:` map: each garbled phrase and the words that put it right."""
    if value is None:
        return ()
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and k.strip() and isinstance(v, str) for k, v in value.items()
    ):
        raise ConfigError(
            "`terms` must map a phrase to its replacement, e.g. `design groups: engineering teams`",
            display,
        )
    return tuple((k.strip(), v.strip()) for k, v in value.items())


def _strings(value: Any, display: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError("topic `headings` and `keywords` must be lists of text", display)
    return tuple(v.lower() for v in value)


# Names Windows will not open as files, whatever their extension.
_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{n}" for n in range(10)),
    *(f"lpt{n}" for n in range(10)),
}


def slugify(text: str) -> str:
    """A file name for a deck that keeps its letters: `TPM Guide` -> `tpm-guide`,
    `日本語` -> `日本語`, `Ça va` -> `ça-va`."""
    slug = re.sub(r"[\W_]+", "-", unicodedata.normalize("NFKC", text).lower()).strip("-")
    slug = slug[:80].rstrip("-")
    if not slug:
        return "deck"
    return f"{slug}-deck" if slug in _RESERVED else slug


def display_path(path: Path) -> str:
    """A guide's path as messages and cards show it: relative to the working folder when
    inside it, else as given."""
    return _display(path)


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


# The first bytes of a preview page tpmcards wrote (see preview.OUTPUT_MARK).
_PREVIEW_HEAD = 400


def is_output(path: Path) -> bool:
    """Whether `path` is a page tpmcards wrote (a preview): never read back as a guide."""
    if path.suffix.lower() not in {".html", ".htm"}:
        return False
    try:
        if not path.is_file():
            return False
        with path.open("rb") as handle:
            head = handle.read(_PREVIEW_HEAD)
    except OSError:
        return False
    return b'<meta name="generator" content="tpmcards preview">' in head
