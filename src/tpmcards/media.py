"""Images, audio and video a guide shows -> media files for the deck, named by content hash.
[reads disk]

Audio and video (`![](clip.mp3)`, Obsidian's `![[clip.mp3]]`) are packaged as images are and
shown as Anki's `[sound:tpm-<hash>.mp3]`, which plays them.

Each `<img src>` of a card (Markdown `![](...)` arrives as one) is read from the guide's folder
and renamed `tpm-<sha256[:16]>.<ext>`, so two `diagram.png` in different folders never
collide and an edited image is a new file that Anki fetches. Only files inside the sources
folders are read: `../` paths, absolute paths and symlinks that leave them are refused.
Remote images are never fetched, at build time or in Anki: they become a link to the image.
An image that cannot be packaged (refused, missing, not an image) does not stop the build: it
shows as `[image: alt]` on the card and is reported as a warning naming the file and line.
"""

from __future__ import annotations

import hashlib
import html as htmllib
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath, PureWindowsPath
from urllib.parse import unquote

from .errors import MediaError
from .lazyre import lazy
from .markup import escape
from .model import Card

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp", ".avif"}
# Audio and video: Anki plays them from a `[sound:...]` reference on the card.
SOUND_SUFFIXES = {".mp3", ".ogg", ".wav", ".m4a", ".opus", ".flac", ".mp4", ".webm"}
MEDIA_PREFIX = "tpm-"
_IMG = lazy(r"<img\b[^>]*>", re.I)
_ATTR = lazy(r'\s([a-z-]+)="([^"]*)"', re.I)
MAX_IMAGE_BYTES = 20 * 1024 * 1024
# What makes an SVG run code where it is shown: scripts, `on...=` handlers, javascript:
# links, foreign HTML. Such an SVG is refused (left out, with a warning), not cleaned.
_SVG_ACTIVE = re.compile(  # bytes: not for lazy(), whose store keeps text patterns
    rb"<\s*(?:[\w.-]+:)?(?:script|foreignObject|iframe|embed|object)\b"
    rb"|\son[a-z]+\s*="
    rb"|(?:java|vb)script\s*:"
    rb"|<!ENTITY",
    re.I,
)
_SOUND = lazy(r"\[sound:([^\]/\\]+)\]")
_REMOTE = lazy(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.I)


@dataclass(frozen=True)
class Media:
    """The cards with their image sources renamed, and the files by their new names."""

    cards: tuple[Card, ...]
    files: Mapping[str, bytes]
    problems: tuple[tuple[str, MediaError], ...] = ()  # (card key, why its image was left out)

    def problems_of(self, cards: Iterable[Card]) -> list[MediaError]:
        """Why images of these cards were left out."""
        keys = {card.key for card in cards}
        return [problem for key, problem in self.problems if key in keys]

    def used_by(self, cards: Iterable[Card]) -> dict[str, bytes]:
        """The media files these cards show."""
        names = {n for card in cards for n in media_names(card.question + card.answer + card.extra)}
        return {name: self.files[name] for name in sorted(names) if name in self.files}


def media_roots(paths: Iterable[Path]) -> list[Path]:
    """The folders images may come from: each input folder, or the folder of an input file."""
    return [(p if p.is_dir() else p.parent).resolve() for p in paths]


def collect_media(cards: Sequence[Card], roots: Sequence[Path]) -> Media:
    """Read every image the cards show and point their `src` at the content-hashed name."""
    files: dict[str, bytes] = {}
    texts: dict[str, list[str]] = {}
    named: dict[str, list[Path]] = {}  # file name -> paths under the roots, once asked for
    done: list[Card] = []
    problems: list[tuple[str, MediaError]] = []
    for card in cards:
        if not any(_IMG.search(f) for f in (card.question, card.answer, card.extra)):
            done.append(card)  # no image: the card as it is, not a copy
            continue
        guide = Path(card.source.path)

        def rewrite(match: re.Match[str], card: Card = card, guide: Path = guide) -> str:
            try:
                return _rewrite(match.group(0), card, guide, roots, files, texts, named)
            except MediaError as problem:
                problems.append((card.key, problem))
                alt = _attrs(match.group(0)).get("alt") or "image"
                return f"[image: {escape(alt)}]"

        done.append(
            replace(
                card,
                question=_IMG.sub(rewrite, card.question),
                answer=_IMG.sub(rewrite, card.answer),
                extra=_IMG.sub(rewrite, card.extra),
            )
        )
    return Media(tuple(done), files, tuple(problems))


def media_names(fragment: str) -> list[str]:
    """The packaged media files a field shows."""
    images = [
        src
        for tag in _IMG.findall(fragment)
        if (src := _attrs(tag).get("src", "")).startswith(MEDIA_PREFIX) and "/" not in src
    ]
    return images + [n for n in _SOUND.findall(fragment) if n.startswith(MEDIA_PREFIX)]


def _attrs(tag: str) -> dict[str, str]:
    return {k.lower(): htmllib.unescape(v) for k, v in _ATTR.findall(tag)}


def _rewrite(
    tag: str,
    card: Card,
    guide: Path,
    roots: Sequence[Path],
    files: dict[str, bytes],
    texts: dict[str, list[str]],
    named: dict[str, list[Path]] | None = None,
) -> str:
    attrs = _attrs(tag)
    src = attrs.get("src", "").strip()
    if not src:
        return tag
    if _REMOTE.match(src):
        url = "https:" + src if src.startswith("//") else src
        label = escape(attrs.get("alt") or "image")
        return f'<a href="{htmllib.escape(url)}">[{label}]</a>'

    relative = unquote(src.split("#", 1)[0].split("?", 1)[0])
    kind = "sound" if PurePosixPath(relative).suffix.lower() in SOUND_SUFFIXES else "image"

    def fail(reason: str) -> MediaError:
        return MediaError(f"{kind} {src}: {reason}", card.source.path, _line(src, card, texts))

    if PurePosixPath(relative).is_absolute() or PureWindowsPath(relative).is_absolute():
        raise fail(f"an absolute path; put the {kind} beside the guide, use a relative path")
    path = (guide.parent / relative).resolve()
    if named is not None and not path.exists() and "/" not in relative and "\\" not in relative:
        # Obsidian finds `![[diagram.png]]` anywhere in the vault (attachments/, say).
        path = _elsewhere(relative, roots, named) or path
    if not any(path.is_relative_to(root) for root in roots):
        raise fail(f"outside the sources folder; copy the {kind} into it")
    suffix = path.suffix.lower()
    if suffix not in IMAGE_SUFFIXES and suffix not in SOUND_SUFFIXES:
        kinds = ", ".join(sorted(IMAGE_SUFFIXES | SOUND_SUFFIXES))
        raise fail(f"not an image, audio or video file; use one of {kinds}")
    try:
        if path.exists() and not path.is_file():
            # A FIFO would hang the build, a device never end: only regular files are read.
            raise fail(f"not a regular file; use an {kind} file")
        with path.open("rb") as handle:
            data = handle.read(MAX_IMAGE_BYTES + 1)
    except FileNotFoundError:
        raise fail(f"no such file; check the name or add the {kind}") from None
    except OSError as err:
        raise fail(f"cannot be read ({err.strerror})") from None
    if len(data) > MAX_IMAGE_BYTES:
        raise fail(f"larger than {MAX_IMAGE_BYTES // 2**20} MB; use a smaller file")
    if path.suffix.lower() == ".svg" and _SVG_ACTIVE.search(data):
        raise fail("an SVG with scripts, event handlers or links to code; remove them")
    name = f"{MEDIA_PREFIX}{hashlib.sha256(data).hexdigest()[:16]}{suffix}"
    files[name] = data
    if suffix in SOUND_SUFFIXES:
        return f"[sound:{name}]"
    attrs["src"] = name
    return "<img " + " ".join(f'{k}="{htmllib.escape(v)}"' for k, v in attrs.items()) + ">"


def _line(src: str, card: Card, texts: dict[str, list[str]]) -> int:
    """The line of the guide that names the image: at or after the card's line, else its line."""
    if card.source.path not in texts:
        try:
            text = Path(card.source.path).read_text("utf-8", errors="replace")
        except OSError:
            text = ""
        texts[card.source.path] = text.splitlines()
    lines = texts[card.source.path]
    start = max(card.source.line - 1, 0)
    # Only a window after the card's line: scanning the whole guide for each missing image
    # made 20,000 of them quadratic. An image is named close below its card.
    window = range(start, min(start + LINE_WINDOW, len(lines)))
    return next((n + 1 for n in window if src in lines[n]), card.source.line)


LINE_WINDOW = 200


def _elsewhere(name: str, roots: Sequence[Path], named: dict[str, list[Path]]) -> Path | None:
    """The file called `name` nearest the top of the sources folders (Obsidian's choice for
    a bare file name), outside hidden folders; None when there is none."""
    if not named:
        for root in roots:
            for top, dirs, found in os.walk(root):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for file in found:
                    named.setdefault(file, []).append(Path(top, file))
        named.setdefault("", [])  # walked: the index is never built twice
    matches = sorted(named.get(name, ()), key=lambda p: (len(p.parts), str(p)))
    return matches[0].resolve() if matches else None
