"""Cards written in the syntax of the flashcard tools guides come from, read as those tools
read them, so a file gives the cards its author made there.

- Obsidian Spaced Repetition: `question::answer` on one line, `question:::answer` (a card
  each way), and a paragraph split by a line of `?` (or `??`, a card each way); its
  `==highlights==` are clozes in a file tagged `#flashcards` or written in its syntax.
- RemNote: `question :: answer`, `question >> answer`, `question ;; answer`, `answer <<
  question`, and `a <> b` (a card each way), one a line or one a list item; `question >>>`
  over the nested items of its answer.
- NeuraCache: `question : answer #flashcard` (or ⚡️ / 🧠 for the tag); the "Markdown
  Flashcards" convention: front, a paragraph of `?`, back.
- Obsidian_to_Anki's `START` ... `END` notes: in `ankinotes`; cards a tag marks (`#card`
  of Obsidian Flashcards and Logseq): in `tagged`; cards parted by rules: in `ruled`.
- inka: numbered questions between `---` fences over `>` answers are read by the rules of
  `explicit`; its short clozes (`{text}`, `{1::text}`, `{c1::text}`) become `{{c1::text}}`.

A `::` in prose or code is no separator: `std::vector`, `crate::io`, `fe80::1`, a Dataview
field (`Author:: Ada`) or a Haskell signature (`map :: ...`) ask nothing.
"""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from ..lazyre import lazy
from ..markup import to_text
from ..model import Block, BlockKind, CardKind, Document
from .base import (
    PROMPT_START,
    Found,
    Scope,
    asks_without_mark,
    ends_question,
    inner_html,
    question_text,
    unwrap_p,
)
from .ruled import ruled_cards
from .tagged import numbered_clozes

# Two or three colons, not part of a longer run: `::` one card, `:::` a card each way.
_COLONS = lazy(r"(?<!:):{2,3}(?!:)")
# RemNote's arrows, spaced as it writes them (`a >> b`); `>>` in a shell line is in code.
_ARROWS = lazy(r"(?<=\s)(?:&gt;&gt;|&lt;&lt;|&lt;&gt;|;;)(?=\s)")
# RemNote's multi-line card: `question >>>` (or `;;`) over the nested items of its answer.
_MULTILINE = lazy(
    r"^(?P<q>[^\n]*\S)\s+(?:&gt;&gt;&gt;|;;)\s*\n(?P<a>\s*<(?:ul|ol)\b.*)$", re.S
)
# What hides a separator: a tag (its attributes), a code span, an entity, a cloze.
_HIDDEN = lazy(r"<code\b[^<]*(?:<(?!/code>)[^<]*)*</code>|<[^>]*>|&\w+;|\{\{c\d+::[^{}]*\}\}")
_CODE_OR_TAG = lazy(r"<code\b[^<]*(?:<(?!/code>)[^<]*)*</code>|<[^>]*>")
_IDENTIFIER = lazy(r"^[A-Za-z_][\w]*$")
_HEX = lazy(r"^[0-9A-Fa-f]*$")
# What every separator or mark above needs somewhere in the line.
# A command line's option (`-o`, `--dry-run=client`) on the left of `>>`: a shell command.
_COMMAND_OPTION = lazy(r"(?:^|\s)--?[A-Za-z][\w-]*(?:=\S*)?(?=\s|$)")
_MAY_SEPARATE = lazy(r'::|;;|&gt;&gt;|&lt;&lt;|&lt;&gt;|tpm-tag flashcard"|⚡|🧠')
# NeuraCache's mark of a one-line card: its `#flashcard` tag, or ⚡️ or 🧠 ending the line.
_MICRO = lazy(
    r'\s*(?:<span class="tpm-tag flashcard"></span>|⚡\ufe0f?|🧠)'
    r'(?:\s*<span class="tpm-tag [^"<>]+"></span>)*\s*$'
)
_COMMENT = lazy(r"\s*<!--.*?-->", re.S)
_TAG_SPAN = lazy(r'<span class="tpm-tag [^"<>]+"></span>')
# The deck tag of Obsidian Spaced Repetition, in the text or the front matter's tags.
_DECK_TAG = lazy(r"(?<![\w#&/])#flashcards(?![\w-])")
_CODE_SPAN = lazy(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
_FENCE = lazy(r"^[ \t]{0,3}(`{3,}|~{3,}).*?(?:^[ \t]{0,3}\1|\Z)", re.S | re.M)


def flashcard_lines(scope: Scope) -> Iterator[Found]:
    """Cards of one line each (`q::a`, `q:::a`, `q >> a`), and paragraphs split by `?`.

    Under a heading that asks, the text is its answer: "In C++ the scope operator ::
    resolves names" there is prose, not a card."""
    if question_text(scope.section.heading) is not None:
        return
    blocks = scope.blocks()
    for n, (i, block) in enumerate(blocks):
        tagged = _TAGGED in block.html[: block.html.find(">")]
        if block.kind is BlockKind.LIST and block.items:
            items = [_COMMENT.sub("", unwrap_p(item)).strip() for item in block.items]
            pairs = [_multiline(item) or _split_line(item, tagged) for item in items]
            # Every item a card; in a tagged file, each item that is one (the others notes).
            if all(pairs) or (tagged and any(pairs)):
                for pair in pairs:
                    for question, answer in pair or ():
                        yield Found(question, answer, CardKind.BASIC, block.line, frozenset([i]))
            continue
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        if (
            n + 2 < len(blocks)
            and inner_html(blocks[n + 1][1]).strip() in {"?", "??"}
            and not _split_line(inner_html(block), tagged)
        ):
            # `front` / `?` / `back` as paragraphs of their own (the "Markdown Flashcards"
            # convention): one card, or one each way.
            (j, mark), (k, back) = blocks[n + 1], blocks[n + 2]
            parts = frozenset([i, j, k])
            yield Found(inner_html(block), back.html, CardKind.BASIC, block.line, parts)
            if inner_html(mark).strip() == "??":
                yield Found(_unwrap(back.html), block.html, CardKind.BASIC, block.line, parts)
            continue
        # Spaced Repetition keeps its schedule in a comment after the card: not its text.
        lines = [_COMMENT.sub("", ln).strip() for ln in inner_html(block).split("\n")]
        lines = [ln for ln in lines if _TAG_SPAN.sub("", ln).strip()]
        split = _split_paragraph(lines, blocks[n + 1] if n + 1 < len(blocks) else None)
        if split is not None:
            cards, used = split
            for question, answer in cards:
                yield Found(question, answer, CardKind.BASIC, block.line, frozenset([i, *used]))
            continue
        found = [_split_line(line, tagged) for line in lines]
        for pair in found:
            for question, answer in pair or ():
                yield Found(question, answer, CardKind.BASIC, block.line, frozenset([i]))


def _multiline(item: str) -> list[tuple[str, str]] | None:
    """RemNote's `question >>>` item, its answer the items nested under it."""
    match = _MULTILINE.match(item)
    return [(match["q"], match["a"].strip())] if match else None


def _split_paragraph(
    lines: list[str], following: tuple[int, Block] | None
) -> tuple[list[tuple[str, str]], list[int]] | None:
    """A paragraph split by a line of `?` (`??`: a card each way) into question and answer;
    a `?` ending the paragraph leaves the answer to the block below it (a list, code)."""
    marks = [n for n, line in enumerate(lines) if line in {"?", "??"}]
    if len(marks) != 1 or marks[0] == 0:
        return None
    mark = marks[0]
    question = "<br>".join(lines[:mark])
    answer = "<br>".join(lines[mark + 1 :])
    used: list[int] = []
    if not answer:
        if following is None or following[1].kind is BlockKind.PARAGRAPH:
            return None
        answer, used = following[1].html, [following[0]]
    else:
        answer = f"<p>{answer}</p>"
    cards = [(question, answer)]
    if lines[mark] == "??":
        cards.append((_unwrap(answer), f"<p>{question}</p>"))
    return cards, used


def _unwrap(html: str) -> str:
    return unwrap_p(html) if html.startswith("<p>") else html


def _split_line(line: str, tagged: bool = False) -> list[tuple[str, str]] | None:
    """The cards one line writes with a separator, or None when it writes none; `tagged`:
    in a file its author tagged as flashcards, where any `::` outside code separates."""
    if not _MAY_SEPARATE.search(line):
        return None  # the common line: no separator nor mark of any tool
    masked = _HIDDEN.sub(lambda m: "\0" * len(m.group(0)), line)
    micro = _MICRO.search(line)
    if micro:
        # NeuraCache: `question : answer #flashcard`, or ⚡️ / 🧠 for the tag.
        colon = re.search(r":\s", masked[: micro.start()])
        if colon is None:
            return None
        left, right = line[: colon.start()].strip(), line[colon.end() : micro.start()].strip()
        if not to_text(_TAG_SPAN.sub("", left)) or not to_text(_TAG_SPAN.sub("", right)):
            return None
        # Its other tags (`#flashcard #editor`) tag the card.
        tags = "".join(re.findall(r'<span class="tpm-tag (?!flashcard")[^"<>]+"></span>', micro[0]))
        return [(left + tags, f"<p>{right}</p>")]
    # Arrows are entities (`&lt;&lt;`): hidden with code and tags only, `1 << bits` in code
    # being no card.
    arrows = list(_ARROWS.finditer(_CODE_OR_TAG.sub(lambda m: "\0" * len(m.group(0)), line)))
    colons = list(_COLONS.finditer(masked))
    if len(arrows) + len(colons) != 1:
        return None
    (separator,) = arrows or colons
    left = _TAG_SPAN.sub("", line[: separator.start()]).strip()
    right = line[separator.end() :].strip()
    question, answer = to_text(left), to_text(_TAG_SPAN.sub("", right))
    if not question or not answer:
        return None
    mark = htmllib.unescape(separator.group(0))
    if mark in {">>", "<<"} and _COMMAND_OPTION.search(question) and len(answer.split()) == 1:
        return None  # `kubectl run ... -o yaml >> pod.yaml`: a shell's redirect, no card
    if mark == "<<":
        return [(right, f"<p>{left}</p>")]
    if mark in {">>", "<>", ";;"}:
        cards = [(left, f"<p>{right}</p>")]
        return [*cards, (right, f"<p>{left}</p>")] if mark == "<>" else cards
    if not _separates(masked, separator, question, answer, tagged):
        return None
    cards = [(left, f"<p>{right}</p>")]
    if mark == ":::":
        cards.append((right, f"<p>{left}</p>"))
    return cards


def _separates(
    masked: str, separator: re.Match[str], question: str, answer: str, tagged: bool
) -> bool:
    """Whether `::` parts a question from its answer rather than names a path in code."""
    before = masked[: separator.start()]
    after = masked[separator.end() :]
    if ends_question(answer) and not ends_question(question):
        return False  # "What is std::vector?": the question runs on past the colons
    glued_left = bool(before) and not before[-1].isspace()
    glued_right = bool(after) and not after[0].isspace()
    words = question.split()
    if glued_left and glued_right:
        # `std::vector`, `fe80::1`: a path or an address unless the left side asks.
        left_word = words[-1] if words else ""
        right_word = answer.split()[0]
        if _HEX.match(left_word) and _HEX.match(right_word):
            return False
        if _CODE_WORD.search(left_word) or _CODE_WORD.search(right_word):
            return False  # `Vec<T>::new`, `my_mod::run()`, `HashMap::new`
        if ends_question(question) or (tagged and left_word.lower() not in _NAMESPACES):
            return True
        return (asks_without_mark(question) or PROMPT_START.match(question) is not None) and (
            not right_word[:1].islower()
        )
    # `Author:: Ada` (a Dataview field), `map :: [a] -> [b]` (a signature): one bare word.
    return tagged or ends_question(question) or len(words) >= 2 or not _IDENTIFIER.match(question)


# Words of code around a glued `::`: brackets, underscores, inner capitals.
_CODE_WORD = lazy(r"[<>()\[\]_]|[a-z][A-Z]")
# Namespaces prose names most (`std::vector`, `crate::io`): a path even in a card file.
_NAMESPACES = {"std", "boost", "crate", "self", "super", "core", "alloc", "qt", "absl"}


# --- clozes of the tools ------------------------------------------------------------------

_MARK = lazy(r"<mark>(?P<t>.*?)</mark>", re.S)
# inka's short clozes: `{text}`, `{1::text}`, `{c1::text}`; not `{{...}}`, not in code.
_SHORT_CLOZE = lazy(r"(?<![{\w$\\])\{(?:c?(?P<n>\d+)::)?(?P<t>[^{}]+)\}(?!})")
_INKA_FENCE = lazy(r"^---[ \t]*\n(?:(?!^---[ \t]*$).)*?^\d+\.\s", re.S | re.M)


def tool_syntax(document: Document) -> Document:
    """The document as the flashcard tools read it: clozes written as `{{c1::...}}`
    (highlights in a file of Obsidian Spaced Repetition, inka's `{short}` clozes in its
    numbered items), cards parted by rules joined, a tagged file's blocks marked."""
    tagged = _tagged_as_flashcards(document)
    osr = tagged or _uses_spaced_repetition(document)
    document = ruled_cards(document)  # after: a card file parted by rules has no highlights
    document = _named_deck(document)
    unfenced = _unfenced(document.source.text)
    inka = "---" in unfenced and _INKA_FENCE.search(unfenced) is not None
    if not (osr or inka):
        return document
    sections = []
    for section in document.sections:
        blocks = tuple(_mark_tagged(_cloze_block(b, osr, inka), tagged) for b in section.blocks)
        sections.append(replace(section, blocks=blocks) if blocks != section.blocks else section)
    return replace(document, sections=tuple(sections))


# The deck a file names for its cards: Obsidian_to_Anki's `TARGET DECK` line over the
# deck's name (or after a colon), inka's `Deck:` line inside its `---` fences; the tags
# Obsidian_to_Anki's `FILE TAGS` line gives every card of the file.
_TARGET_DECK = lazy(r"^TARGET DECK(?::[ \t]*|[ \t]*\n)(?P<deck>[^\n]*\S)[ \t]*$", re.M)
_FILE_TAGS = lazy(r"^FILE TAGS(?::[ \t]*|[ \t]*\n)(?P<tags>[^\n]*\S)[ \t]*$", re.M)
_INKA_TAGS = lazy(
    r"^---[ \t]*\n\s*(?:Deck:[^\n]*\n\s*)?Tags:[ \t]*(?P<tags>[^\n]*\S)[ \t]*$", re.M
)
_INKA_DECK = lazy(r"^---[ \t]*\n\s*Deck:[ \t]*(?P<deck>[^\n]*\S)[ \t]*$", re.M)


def _named_deck(document: Document) -> Document:
    """The document with the deck its flashcard tool's syntax names, unless its front
    matter names one, and the tags of Obsidian_to_Anki's `FILE TAGS` line and inka's
    `Tags:` line added."""
    meta = document.source.meta
    text = _unfenced(document.source.text)
    if not any(word in text for word in ("TARGET DECK", "FILE TAGS", "Deck:", "Tags:")):
        return document  # none of the lines below: the common case, without their searches
    changes: dict[str, object] = {}
    decks = {m["deck"] for m in _TARGET_DECK.finditer(text)} or {
        m["deck"] for m in _INKA_DECK.finditer(text)
    }
    if len(decks) == 1 and not str(meta.get("deck") or "").strip():
        changes["deck"] = decks.pop()  # none, or several: the guide's own deck
    file_tags = [t for m in _FILE_TAGS.finditer(text) for t in m["tags"].split()]
    # inka's `Tags:` line, after `Deck:` inside its fences, tags the cards of the file.
    file_tags += [t for m in _INKA_TAGS.finditer(text) for t in m["tags"].split()]
    if file_tags:
        listed = meta.get("tags")
        listed = listed.split() if isinstance(listed, str) else listed or []
        changes["tags"] = [*listed, *file_tags] if isinstance(listed, list) else file_tags
    if not changes:
        return document
    return replace(document, source=replace(document.source, meta={**meta, **changes}))


# The marks of a file written for a flashcard tool that reads only the cards written in its
# syntax: Obsidian_to_Anki's `START` line or `STARTI [`, a `#card` or `#flashcard` tag.
_TOOL_MARKS = lazy(
    r"^START[ \t]*$|STARTI\s*\["
    r"|(?<![\w#(/&])#(?:card(?:[-/](?:reverse|spaced))?|flashcard)(?![\w-])",
    re.M,
)


def tool_file(document: Document) -> bool:
    """Whether the file is written for a flashcard tool that makes cards of its own syntax
    only (tagged for Spaced Repetition, or with Obsidian_to_Anki notes, `#card` or
    `#flashcard` tags): its notes around the cards are no cards there, nor here."""
    if _tagged_as_flashcards(document):
        return True
    prose = _prose(document.source.text)
    # The plain substring tests first: the pattern's lookbehind is tried at every position.
    marked = "START" in prose or "#card" in prose or "#flashcard" in prose
    return marked and _TOOL_MARKS.search(prose) is not None


def _tagged_as_flashcards(document: Document) -> bool:
    """Whether the file carries the deck tag of Obsidian Spaced Repetition (`#flashcards`,
    `#flashcards/sub`), in its text or its front matter's tags."""
    tags = document.source.meta.get("tags")
    listed = tags.split() if isinstance(tags, str) else tags if isinstance(tags, list) else []
    if any(str(t).lstrip("#").split("/")[0] == "flashcards" for t in listed):
        return True
    prose = _prose(document.source.text)
    return "#flashcards" in prose and _DECK_TAG.search(prose) is not None


@lru_cache(maxsize=4)  # asked three times of each guide's text
def _prose(text: str) -> str:
    """The source's text without its code: a `#flashcards` in code shows the tag, it does
    not tag the file (a plugin's README)."""
    return _CODE_SPAN.sub("", _unfenced(text))


@lru_cache(maxsize=4)
def _unfenced(text: str) -> str:
    return _FENCE.sub("", text)


# The mark a block of a tagged file carries, for `flashcard_lines` to read.
_TAGGED = "data-flashcards"


def _mark_tagged(block: Block, tagged: bool) -> Block:
    if not tagged or block.kind not in {BlockKind.PARAGRAPH, BlockKind.LIST}:
        return block
    html = re.sub(r"^(\s*<\w+)", rf"\1 {_TAGGED}", block.html, count=1)
    return replace(block, html=html)


def _uses_spaced_repetition(document: Document) -> bool:
    """Whether the file is written in the syntax of Obsidian Spaced Repetition: a `?`
    line or a `q::a` line that asks."""
    return any(
        _split_line(line) is not None or line.strip() in {"?", "??"}
        for section in document.sections
        if question_text(section.heading) is None
        for block in section.blocks
        if block.kind is BlockKind.PARAGRAPH
        for line in inner_html(block).split("\n")
    )


def _cloze_block(block: Block, osr: bool, inka: bool) -> Block:
    if block.kind is BlockKind.PARAGRAPH:
        html = _clozes(block.html, osr, False)
        return block if html == block.html else replace(block, html=html)
    if block.kind is not BlockKind.LIST:
        return block
    inka = inka and block.ordered  # inka's questions are numbered
    items = tuple(_clozes(item, osr, inka) for item in block.items)
    if items == block.items:
        return block
    return replace(block, html=_clozes(block.html, osr, inka), items=items)


def _clozes(html: str, osr: bool, inka: bool) -> str:
    """`html` with highlights (`osr`) or short clozes (`inka`) outside code as clozes,
    numbered in order unless one gives its number."""
    if osr and "<mark>" in html:
        html = numbered_clozes(_MARK, html)
    if inka and "{" in html:
        masked = _HIDDEN.sub(lambda m: "\0" * len(m.group(0)), html)
        out: list[str] = []
        last = 0
        for count, match in enumerate(_SHORT_CLOZE.finditer(masked), 1):
            text = html[match.start("t") : match.end("t")]
            out += [html[last : match.start()], f"{{{{c{match['n'] or count}::{text}}}}}"]
            last = match.end()
        html = "".join([*out, html[last:]])
    return html
