"""Cards with ids -> one self-contained HTML page with every card, front and back, as in Anki.

The faces are rendered from the note types' own templates and CSS, so the page looks like the
deck; images are inlined as data URIs. Math stays in its `\\(...\\)` delimiters: MathJax is
Anki's, and the page fetches nothing.
"""

from __future__ import annotations

import base64
import html as htmllib
import mimetypes
import re
from collections.abc import Mapping, Sequence

from .anki import REMOVED_TAG
from .lazyre import lazy
from .markup import Deletion, cloze_deletions, sub_cloze
from .model import Config, DeckCard
from .notetypes import STYLE, NoteType, Template, note_type_for

_SECTION = lazy(r"\{\{#(\w+)\}\}(.*?)\{\{/\1\}\}", re.S)
_FIELD = lazy(r"\{\{(?:(cloze|type):)?(\w+)\}\}")
_SRC = lazy(r'(<img\b[^>]*\bsrc=")([^"]+)(")', re.I)

# Marks the page as tpmcards' own output: a build never reads it back as a guide.
OUTPUT_MARK = '<meta name="generator" content="tpmcards preview">'

PAGE_CSS = """\
body.page { margin: 0; background: #ececef; font-family: -apple-system, "Segoe UI", Roboto,
  sans-serif; }
.night_mode.page { background: #111113; color: #e6e6ea; }
.page > header { padding: 1em 1.2em; } .page > header h1 { margin: 0 0 .2em; font-size: 1.5em; }
.page > header p { margin: 0; color: #6b6b75; font-size: .9em; }
.page section.topic { padding: 0 1.2em 1em; }
.page section.topic > h2 { font-size: 1.2em; border-bottom: 1px solid #c8c8ce;
  padding-bottom: .2em; }
.page article.preview-card { display: grid; grid-template-columns: repeat(auto-fit,
  minmax(20em, 1fr)); gap: .8em; margin: 0 0 1.2em; }
.page .face { border-radius: 10px; box-shadow: 0 1px 3px rgba(0,0,0,.18); overflow: hidden;
  display: flex; flex-direction: column; background-color: #fdfdfc; }
.night_mode .face { background-color: #1c1c1f; }
.page .face > .card { flex: 1; }
.page .face > .label { font: 600 11px/1 sans-serif; text-transform: uppercase;
  letter-spacing: .06em; color: #8a8a94; padding: .6em .9em 0; }
"""
_NIGHT = "document.body.classList.toggle('night_mode');document.body.classList.toggle('nightMode')"
_TOGGLE = f'<button type="button" onclick="{_NIGHT}">Night mode</button>'
# Open the page as `...preview.html#night` to start in night mode.
_START_NIGHT = f'<script>if (location.hash === "#night") {{ {_NIGHT} }}</script>'


def render_preview(
    cards: Sequence[DeckCard], config: Config, media: Mapping[str, bytes] | None = None
) -> str:
    """The whole page: a section per topic, each card's faces in the order Anki shows them."""
    by_topic: dict[str, list[DeckCard]] = {}
    for dc in cards:
        by_topic.setdefault(dc.card.topic, []).append(dc)
    order = [t.slug for t in config.topics if t.slug in by_topic]
    order += sorted(slug for slug in by_topic if slug not in order)
    sections = []
    for slug in order:
        topic = config.topic(slug)
        title = topic.title if topic else slug
        body = "\n".join(_card(dc, config, media or {}) for dc in by_topic[slug])
        sections.append(
            f'<section class="topic" id="topic-{_esc(slug)}" data-topic="{_esc(slug)}">'
            f"<h2>{_esc(title)} <small>({len(by_topic[slug])})</small></h2>\n{body}</section>"
        )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"{OUTPUT_MARK}"
        f"<title>{_esc(config.deck)}: preview</title>"
        f"<style>\n{STYLE.css}\n{PAGE_CSS}</style></head>\n"
        f'<body class="page"><header><h1>{_esc(config.deck)}</h1>'
        f"<p>{len(cards)} cards, front and back, as Anki shows them "
        f"(math stays in \\(...\\): Anki typesets it). {_TOGGLE}</p></header>\n"
        + "\n".join(sections)
        + f"\n{_START_NIGHT}\n</body></html>\n"
    )


def render_faces(
    card_fields: Mapping[str, str], template: Template, ordinal: int
) -> tuple[str, str]:
    """Front and back of one card, from a template, as Anki renders them (without MathJax)."""
    front = _render(template.front, card_fields, ordinal, back=False, front_side="")
    back = _render(template.back, card_fields, ordinal, back=True, front_side=front)
    return front, back


def _card(dc: DeckCard, config: Config, media: Mapping[str, bytes]) -> str:
    note_type = note_type_for(dc.card, config)
    values = dict(
        zip(note_type.fields, note_type.values(dc.card, dc.card.source.label), strict=True)
    )
    faces = []
    for ordinal, template in _cards_of(note_type, values):
        front, back = render_faces(values, template, ordinal)
        for label, face in (("front", front), ("back", back)):
            faces.append(
                f'<div class="face {label}"><div class="label">{label}'
                f"{f' · card {ordinal}' if ordinal > 1 or len(note_type.templates) > 1 else ''}"
                f'</div><div class="card">{_inline_images(face, media)}</div></div>'
            )
    removed = " removed" if dc.removed or REMOVED_TAG in dc.card.tags else ""
    return (
        f'<article class="preview-card{removed}" id="card-{_esc(dc.id)}" data-id="{_esc(dc.id)}"'
        f' data-note-type="{_esc(note_type.name)}" data-source="{_esc(str(dc.card.source))}">'
        + "".join(faces)
        + "</article>"
    )


def _cards_of(note_type: NoteType, values: Mapping[str, str]) -> list[tuple[int, Template]]:
    """The cards a note gives: one per template, or one per cloze number."""
    if note_type.cloze:
        numbers = sorted({d.number for d in cloze_deletions(values.get("Text", ""))}) or [1]
        return [(n, note_type.templates[0]) for n in numbers]
    return [(n, t) for n, t in enumerate(note_type.templates, start=1)]


def _render(text: str, values: Mapping[str, str], ordinal: int, back: bool, front_side: str) -> str:
    text = _SECTION.sub(lambda m: m.group(2) if values.get(m.group(1), "").strip() else "", text)

    def field(match: re.Match[str]) -> str:
        special, name = match.group(1), match.group(2)
        if name == "FrontSide":
            return front_side
        value = values.get(name, "")
        if special == "cloze":
            return _cloze(value, ordinal, back)
        if special == "type":
            return "" if back else '<input id="typeans" type="text" placeholder="type the answer">'
        return value

    return _FIELD.sub(field, text)


def _cloze(text: str, ordinal: int, back: bool) -> str:
    """Cloze deletions marked up as Anki marks them, so the note type CSS applies alike."""

    def deletion(found: Deletion) -> str:
        number, answer, hint = found.number, found.text, found.hint
        if number != ordinal:
            return f'<span class="cloze-inactive" data-ordinal="{number}">{answer}</span>'
        if back:
            return f'<span class="cloze" data-ordinal="{number}">{answer}</span>'
        return (
            f'<span class="cloze" data-cloze="{_esc(answer)}" data-ordinal="{number}">'
            f"[{hint or '...'}]</span>"
        )

    return sub_cloze(text, deletion)


def _inline_images(fragment: str, media: Mapping[str, bytes]) -> str:
    def inline(match: re.Match[str]) -> str:
        name = htmllib.unescape(match.group(2))
        if name not in media:
            return match.group(0)
        kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
        data = base64.b64encode(media[name]).decode("ascii")
        return f"{match.group(1)}data:{kind};base64,{data}{match.group(3)}"

    return _SRC.sub(inline, fragment)


def _esc(text: str) -> str:
    return htmllib.escape(text, quote=True)
