"""Obsidian's Markdown: a markdown-it plugin, and the card tags its inline `#tags` carry.

- `==text==` is highlighted (`<mark>`).
- `[[Note]]`, `[[Note|shown]]`, `[[Note#Heading]]` show as their text (no vault to link to).
- `![[image.png]]` and `![[sound.mp3]]` are media, packaged as a Markdown image would be
  (media.py); `![[Note]]` (a note embedded in a note) shows as the note's name.
- `> [!question] ...` (also `faq`, `help`) with its body is a question and its answer, as an
  MkDocs admonition that asks is; other callouts are ordinary blocks under a bold title.
- An inline `#tag` or `#a/b` becomes a card tag (`a::b`) and leaves the text; a heading's `#`,
  `#` in code, in a link, in a URL or after a letter (`C#`) is no tag, nor is `#42` or a
  word in capitals (`#PCDATA`).
- `%%comments%%` are dropped, across lines too; in code they stay as written.
- A block id (` ^id` ending a line, the target of `[[Note#^id]]`) is dropped.

In the rendered HTML a tag is an empty `<span class="tpm-tag a::b">`, which survives
sanitizing and shows no text; `lift_tags` takes the tags off a card's fields.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from .lazyre import lazy

# Callout types that ask a question (Obsidian's `question` and its aliases).
QUESTION_CALLOUTS = {"question", "faq", "help"}
# An embed of a file with one of these suffixes is a note shown in the note, not media.
NOTE_SUFFIXES = {"", ".md", ".markdown"}

_CALLOUT = lazy(r"^\[!([A-Za-z][\w-]*)\][+-]?[ \t]*(.*)$")
# Letters, digits, `_`, `-` and `/` (nesting); a tag of digits only (`#42`) is no tag.
_TAG = lazy(r"#([\w-]+(?:/[\w-]+)*)")
_TAG_SPAN = lazy(r'\s*<span class="tpm-tag ([^"<>]+)"></span>')
# Fenced code, a code span, or a comment: the first two are kept, comments dropped.
_COMMENT_OR_CODE = lazy(
    r"(?P<fence>^[ \t]{0,3}(?P<mark>`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}(?P=mark)[ \t]*$|\Z))"
    r"|(?P<span>(?P<ticks>`+).+?(?P=ticks))"
    r"|(?P<comment>%%.*?%%)",
    re.S | re.M,
)


def obsidian_plugin(md: MarkdownIt) -> None:
    """Teach a MarkdownIt Obsidian's highlights, wikilinks, embeds, callouts, tags, comments."""
    md.core.ruler.before("block", "obsidian_comments", _drop_comments)
    md.core.ruler.before("inline", "obsidian_callouts", _callouts)
    md.core.ruler.before("inline", "obsidian_block_ids", _drop_block_ids)
    md.core.ruler.before("inline", "obsidian_tag_lines", _tag_lines)
    md.core.ruler.before("inline", "obsidian_heading_tags", _heading_tags)
    md.inline.ruler.before("image", "obsidian_embed", _embed)
    md.inline.ruler.before("link", "obsidian_wikilink", _wikilink)
    md.inline.ruler.before("emphasis", "obsidian_mark", _mark)
    # `#` and `=` already end a run of plain text in markdown-it, so these rules see them.
    md.inline.ruler.before("emphasis", "obsidian_tag", _tag)


def lift_tags(*fields: str) -> tuple[list[str], tuple[str, ...]]:
    """The fields without their inline-tag marks, and the tags they carried, in order."""
    tags: dict[str, None] = {}

    def take(match: re.Match[str]) -> str:
        tags.setdefault(html.unescape(match.group(1)), None)
        return ""

    cleaned = [_TAG_SPAN.sub(take, field) if "tpm-tag" in field else field for field in fields]
    return cleaned, tuple(tags)


# --- comments ----------------------------------------------------------------------------


def _drop_comments(state: StateCore) -> None:
    if "%%" not in state.src:
        return

    def keep_code(match: re.Match[str]) -> str:
        comment = match.group("comment")
        # Line breaks stay, so every line after the comment keeps its number.
        return "\n" * comment.count("\n") if comment is not None else match.group(0)

    state.src = _COMMENT_OR_CODE.sub(keep_code, state.src)


_BLOCK_ID = lazy(r"[ \t]+\^[A-Za-z0-9-]+[ \t]*$", re.M)


def _drop_block_ids(state: StateCore) -> None:
    for token in state.tokens:
        if token.type == "inline" and "^" in token.content:
            token.content = _BLOCK_ID.sub("", token.content)


_TAGS_ONLY = lazy(r"^(?:[ \t]*#[\w-]+(?:/[\w-]+)*[ \t]*)+$", re.M)


def _tag_lines(state: StateCore) -> None:
    """A paragraph of tags only (`#networking #tcp` under an answer) tags the paragraph
    before it: it joins that paragraph rather than stand alone as a block with no text."""
    tokens = state.tokens
    n = 3
    while n + 2 < len(tokens):
        if (
            tokens[n].type == "paragraph_open"
            and tokens[n + 1].type == "inline"
            and _TAGS_ONLY.fullmatch(tokens[n + 1].content.strip())
            and tokens[n - 1].type == "paragraph_close"
            and tokens[n - 2].type == "inline"
            and tokens[n - 1].level == tokens[n].level
        ):
            tokens[n - 2].content += "\n" + tokens[n + 1].content.strip()
            del tokens[n : n + 3]
        else:
            n += 1


_HEADING_TAG = lazy(r"(?<!\S)#[\w-]+(?:/[\w-]+)*(?!\S)")


def _heading_tags(state: StateCore) -> None:
    """Tags in a heading (`## What is TCP? #networking`) tag the card under it: they move
    to the paragraph right below, which a question heading takes as its answer."""
    tokens = state.tokens
    for n in range(len(tokens) - 4):
        if tokens[n].type != "heading_open" or tokens[n + 3].type != "paragraph_open":
            continue
        heading, below = tokens[n + 1], tokens[n + 4]
        tags = [t for t in _HEADING_TAG.findall(heading.content) if _is_tag(t[1:])]
        if tags and "`" not in heading.content:
            heading.content = _HEADING_TAG.sub(
                lambda m: "" if _is_tag(m.group(0)[1:]) else m.group(0), heading.content
            ).strip()
            below.content += "\n" + " ".join(tags)


def _is_tag(name: str) -> bool:
    """Obsidian's rule: a tag needs one character that is not a digit (`#42` is none). A
    word in capitals is a name a text uses, not a tag: XML's `#PCDATA`, `#REQUIRED`."""
    bare = name.replace("/", "")
    return not bare.isdigit() and not (bare.isupper() and sum(c.isalpha() for c in bare) >= 3)


# --- callouts ----------------------------------------------------------------------------


def _callouts(state: StateCore) -> None:
    tokens = state.tokens
    n = 0
    while n < len(tokens):
        opening = tokens[n]
        found = (
            _CALLOUT.match(tokens[n + 2].content.split("\n", 1)[0])
            if opening.type == "blockquote_open"
            and n + 3 < len(tokens)
            and tokens[n + 1].type == "paragraph_open"
            and tokens[n + 2].type == "inline"
            else None
        )
        if found is None:
            n += 1
            continue
        kind, title = found.group(1).lower(), found.group(2).strip()
        rest = tokens[n + 2].content.partition("\n")[2].strip()
        closing = next(
            t for t in tokens[n + 1 :] if t.type == "blockquote_close" and t.level == opening.level
        )
        asks = kind in QUESTION_CALLOUTS
        if asks and not title and rest:
            title, rest = rest, ""  # `> [!faq]` then the question on the next line
        opening.tag = closing.tag = "div"
        opening.attrSet("class", f"admonition {kind}" if asks else f"callout {kind}")
        heading = tokens[n + 1]
        if asks:
            heading.attrSet("class", "admonition-title")
        tokens[n + 2].content = title if asks else f"**{title or kind.title()}**"
        if rest:
            # The body starts on the line after the callout's first.
            start, end = heading.map or (0, 1)
            lines = [start + 1, max(end, start + 2)]
            body = [
                Token("paragraph_open", "p", 1, map=lines, block=True, level=heading.level),
                Token("inline", "", 0, content=rest, map=lines, children=[]),
                Token("paragraph_close", "p", -1, block=True, level=heading.level),
            ]
            tokens[n + 4 : n + 4] = body
        n += 3


# --- inline: highlights, wikilinks, embeds, tags ----------------------------------------


def _mark(state: StateInline, silent: bool) -> bool:
    start, maximum = state.pos, state.posMax
    src = state.src
    if not src.startswith("==", start) or start + 4 > maximum or src[start + 2] in " \t\n=":
        return False
    if start and src[start - 1] == "=":
        return False
    end = src.find("==", start + 3, maximum)
    # A run of three or more (`===`) is an operator, not the highlight's end: "'==' and '==='"
    # compare, they highlight nothing.
    if end < 0 or src[end - 1].isspace() or src[end - 1] == "=" or src[end + 2 : end + 3] == "=":
        return False
    if not silent:
        state.push("mark_open", "mark", 1)
        state.pos, state.posMax = start + 2, end
        state.md.inline.tokenize(state)
        state.push("mark_close", "mark", -1)
        state.posMax = maximum
    state.pos = end + 2
    return True


def _target(state: StateInline, offset: int) -> tuple[str, str, int] | None:
    """`[[target|alias]]` at `state.pos + offset`: its target, alias and end, or None."""
    start = state.pos + offset
    if not state.src.startswith("[[", start):
        return None
    end = state.src.find("]]", start + 2, state.posMax)
    if end < 0:
        return None
    inner = state.src[start + 2 : end]
    if not inner.strip() or "\n" in inner or "[" in inner:
        return None
    target, _, alias = inner.partition("|")
    return target.strip(), alias.strip(), end + 2


def _shown(target: str) -> str:
    """What Obsidian shows for a link without an alias: `Note > Heading` for `Note#Heading`."""
    note, _, heading = target.partition("#")
    parts = [p.strip() for p in (note, heading.lstrip("^")) if p.strip()]
    return " > ".join(parts)


def _wikilink(state: StateInline, silent: bool) -> bool:
    found = _target(state, 0)
    if found is None:
        return False
    target, alias, end = found
    if not silent:
        token = state.push("text", "", 0)
        token.content = alias or _shown(target)
    state.pos = end
    return True


def _embed(state: StateInline, silent: bool) -> bool:
    if state.src[state.pos] != "!":
        return False
    found = _target(state, 1)
    if found is None:
        return False
    target, alias, end = found
    path = target.split("#", 1)[0]
    suffix = path[path.rfind(".") :].lower() if "." in path.rsplit("/", 1)[-1] else ""
    if not silent:
        if suffix not in NOTE_SUFFIXES:
            # media.py reads the file beside the guide and packages it (sounds as [sound:]),
            # or leaves it out with a warning when it is no image, audio or video.
            size = re.fullmatch(r"(\d+)(?:x(\d+))?", alias)
            attrs = f' width="{size.group(1)}"' if size else ""
            attrs += f' height="{size.group(2)}"' if size and size.group(2) else ""
            label = html.escape(alias if alias and not size else path, quote=True)
            token = state.push("html_inline", "", 0)
            token.content = f'<img src="{quote(path)}" alt="{label}"{attrs}>'
        else:
            token = state.push("text", "", 0)
            token.content = alias or _shown(target)
    state.pos = end
    return True


def _tag(state: StateInline, silent: bool) -> bool:
    start = state.pos
    src = state.src
    if src[start] != "#" or (start > 0 and not src[start - 1].isspace()):
        return False
    found = _TAG.match(src, start, state.posMax)
    if found is None or not _is_tag(found.group(1)):
        return False
    if not silent:
        token = state.push("html_inline", "", 0)
        name = "::".join(found.group(1).split("/"))
        token.content = f'<span class="tpm-tag {html.escape(name, quote=True)}"></span>'
    state.pos = found.end()
    return True
