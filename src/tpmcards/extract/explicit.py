"""Explicit questions and answers, in every form guides write them."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from bs4 import BeautifulSoup, Tag

from ..markup import escape, has_cloze, to_text
from ..model import Block, BlockKind, CardKind
from .base import (
    NUMBERING,
    QA_MARK,
    Found,
    Scope,
    asks_without_mark,
    inner_html,
    is_toc,
    points_elsewhere,
    question_text,
    slug,
    unwrap_p,
)

_ANSWER_LINE = re.compile(
    r"(?:\n|<br\s*/?>)\s*(?=(?:<(?:strong|b|em)>)?\s*(?:A|Answer)\s*[.:])", re.I
)
_ANSWER_SUMMARY = re.compile(
    r"^(?:show |see |reveal |view )?(?:the )?(?:answer|solution|explanation|details|"
    r"click (?:here )?to (?:expand|reveal|show)(?: answer)?)[\s:.!]*$",
    re.I,
)
_Q_HEADER = re.compile(
    r"^(?:q|questions?|terms?|concepts?|words?|names?|acronyms?|keywords?)$", re.I
)
_TERM_HEADER = re.compile(r"^(?:terms?|concepts?|words?|names?|acronyms?|keywords?)$", re.I)
_A_HEADER = re.compile(
    r"^(?:a|answers?|definitions?|meanings?|explanations?|descriptions?|what it means)$", re.I
)


def cloze_markup(scope: Scope) -> Iterator[Found]:
    """Paragraphs and list items written with `{{c1::...}}`: cloze cards, passed through."""
    for i, block in scope.blocks():
        if block.kind is BlockKind.PARAGRAPH and has_cloze(block.html):
            yield Found(inner_html(block), "", CardKind.CLOZE, block.line, frozenset([i]))
        elif block.kind is BlockKind.LIST and any(has_cloze(item) for item in block.items):
            for item in block.items:
                if has_cloze(item):
                    yield Found(unwrap_p(item), "", CardKind.CLOZE, block.line, frozenset([i]))


def qa_paragraphs(scope: Scope) -> Iterator[Found]:
    """`Q: ...` then `A: ...` paragraphs (also `Question:`/`Answer:`), or both in one; and
    lists whose every item holds a `Q:` line and its `A:` line."""
    blocks = scope.blocks()
    for i, block in blocks:
        if block.kind is BlockKind.LIST and block.items:
            pairs = [_ANSWER_LINE.split(unwrap_p(item), maxsplit=1) for item in block.items]
            if all(len(p) == 2 and QA_MARK.match(p[0]) for p in pairs):
                for question, answer in pairs:
                    q, a = QA_MARK.sub("", question).strip(), QA_MARK.sub("", answer).strip()
                    yield Found(q, f"<p>{a}</p>", CardKind.BASIC, block.line, frozenset([i]))
    for n, (i, block) in enumerate(blocks):
        marker = _marker(block)
        if marker != "q":
            continue
        inner = inner_html(block)
        parts = _ANSWER_LINE.split(inner, maxsplit=1)
        if len(parts) == 2:
            run = _answer_run(blocks[n + 1 :], stop_at_a=True)
            answer = f"<p>{QA_MARK.sub('', parts[1])}</p>" + "".join(b.html for _, b in run)
            used = frozenset([i, *(j for j, _ in run)])
            yield Found(QA_MARK.sub("", parts[0]), answer, CardKind.BASIC, block.line, used)
            continue
        following = blocks[n + 1 :]
        if not following or _marker(following[0][1]) != "a":
            yield Found(QA_MARK.sub("", inner), "", CardKind.BASIC, block.line, frozenset([i]))
            continue
        first_j, first = following[0]
        rest = _answer_run(following[1:], stop_at_a=True)
        answer = f"<p>{QA_MARK.sub('', inner_html(first))}</p>" + "".join(b.html for _, b in rest)
        used = frozenset([i, first_j, *(j for j, _ in rest)])
        yield Found(QA_MARK.sub("", inner), answer, CardKind.BASIC, block.line, used)


def details_blocks(scope: Scope) -> Iterator[Found]:
    """`<details><summary>question</summary>answer</details>`. A summary that only says
    "Answer" answers the question written above it: the last paragraph or one-item list that
    asks one (`1. What is X?`, `**Q1:** ...`) with what follows it (code, options), else the
    section's heading with the blocks under it."""
    pending: list[tuple[int, Block]] = []
    for i, block in scope.blocks():
        if block.kind is not BlockKind.DETAILS:
            pending.append((i, block))
            continue
        summary, body = block.rows[0] if block.rows else ("", "")
        if _ANSWER_SUMMARY.match(to_text(summary)) or not to_text(summary):
            asked = [n for n, (_, b) in enumerate(pending) if _asks(b)]
            if asked:
                pending = pending[asked[-1] :]
                first = _question_html(pending[0][1])
                question = first + "".join(b.html for _, b in pending[1:])
            else:
                heading = NUMBERING.sub("", scope.section.heading).strip()
                question = escape(heading) + "".join(b.html for _, b in pending)
            used = frozenset([i, *(j for j, _ in pending)])
            yield Found(question, _strip_answer_mark(body), CardKind.BASIC, block.line, used)
        else:
            question = NUMBERING.sub("", unwrap_p(summary))
            yield Found(question, body, CardKind.BASIC, block.line, frozenset([i]))
        pending = []


def _asks(block: Block) -> bool:
    """A paragraph or one-item list that puts a question: `1. What is X?`, `**Q1:** ...`."""
    if block.kind is BlockKind.LIST and len(block.items) == 1:
        return to_text(block.items[0]).endswith("?")
    if block.kind is not BlockKind.PARAGRAPH:
        return False
    return block.text.endswith("?") or _marker(block) == "q"


def _question_html(block: Block) -> str:
    html = unwrap_p(block.items[0]) if block.kind is BlockKind.LIST else inner_html(block)
    return NUMBERING.sub("", QA_MARK.sub("", html)).strip()


def definition_lists(scope: Scope) -> Iterator[Found]:
    """`<dl><dt>term<dd>definition`, and Markdown's `term` / `: definition`: term cards."""
    for i, block in scope.blocks():
        if block.kind is not BlockKind.DEFINITIONS:
            continue
        for term, definition in block.rows:
            kind = CardKind.BASIC if to_text(term).endswith("?") else CardKind.TERM
            yield Found(unwrap_p(term), definition, kind, block.line, frozenset([i]))
        for term in _terms_without_definition(block.html):
            yield Found(escape(term), "", CardKind.TERM, block.line, frozenset([i]))


def qa_tables(scope: Scope) -> Iterator[Found]:
    """A table whose header names a question (or term) column and an answer column."""
    for i, block in scope.blocks():
        if block.kind is not BlockKind.TABLE or len(block.rows) < 2:
            continue
        header = [to_text(cell).strip("* ") for cell in block.rows[0]]
        q_col = next((n for n, h in enumerate(header) if _Q_HEADER.match(h)), None)
        a_col = next((n for n, h in enumerate(header) if _A_HEADER.match(h)), None)
        if q_col is None or a_col is None:
            continue
        kind = CardKind.TERM if _TERM_HEADER.match(header[q_col]) else CardKind.BASIC
        for row in block.rows[1:]:
            if len(row) > max(q_col, a_col) and to_text(row[q_col]):
                yield Found(row[q_col], row[a_col], kind, block.line, frozenset([i]))


def emphasised_questions(scope: Scope) -> Iterator[Found]:
    """A bold (or italic) question line, or a list item that starts with one, and its answer."""
    blocks = scope.blocks()
    for n, (i, block) in enumerate(blocks):
        if block.kind is BlockKind.LIST:
            split = [_emphasised_question(unwrap_p(item)) for item in block.items]
            if block.items and all(s is not None for s in split):
                for question, answer in (s for s in split if s is not None):
                    yield Found(question, answer, CardKind.BASIC, block.line, frozenset([i]))
            continue
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        split_para = _emphasised_question(inner_html(block))
        if split_para is None:
            continue
        question, rest = split_para
        run = []
        for j, following in blocks[n + 1 :]:
            if following.kind is BlockKind.PARAGRAPH and _emphasised_question(
                inner_html(following)
            ):
                break
            if following.kind is BlockKind.DETAILS:
                break
            run.append((j, following))
        answer = (f"<p>{rest}</p>" if rest else "") + "".join(b.html for _, b in run)
        used = frozenset([i, *(j for j, _ in run)])
        yield Found(question, _strip_answer_mark(answer), CardKind.BASIC, block.line, used)


def question_heading(scope: Scope) -> Iterator[Found]:
    """A heading that asks a question; the blocks under it are the answer."""
    heading = scope.section.heading
    question = question_text(scope.toc.get(slug(heading), heading)) or question_text(heading)
    if question is None and asks_without_mark(heading):
        question = NUMBERING.sub("", heading).strip() + "?"
    blocks = [(i, b) for i, b in scope.blocks() if not is_toc(b)]
    if question is None:
        return
    if not blocks:
        if not scope.has_children and scope.free == tuple(range(len(scope.section.blocks))):
            yield Found(escape(question), "", CardKind.BASIC, scope.section.line, frozenset())
        return
    used = frozenset(i for i, _ in blocks)
    answer = _strip_answer_mark("".join(b.html for _, b in blocks))
    lists = [b for _, b in blocks if b.kind is BlockKind.LIST]
    if len(lists) == 1 and all(b.kind in {BlockKind.LIST, BlockKind.PARAGRAPH} for _, b in blocks):
        items = tuple(to_text(item) for item in lists[0].items)
        yield Found(escape(question), answer, CardKind.LIST, scope.section.line, used, items)
    else:
        yield Found(escape(question), answer, CardKind.BASIC, scope.section.line, used)


_TERM_ITEM = re.compile(
    r"^\s*<(strong|b)>(?P<term>[^<]{1,80}?)\s*(?P<colon>:)?\s*</\1>\s*"
    r"(?(colon)|(?::|\s[-–—]|&mdash;|&ndash;))\s*(?P<rest>\S.*)$",
    re.S,
)


def term_bullets(scope: Scope) -> Iterator[Found]:
    """A list of `**Term**: explanation` (or `**Term** - explanation`) items: term cards."""
    for i, block in scope.blocks():
        if block.kind is not BlockKind.LIST or len(block.items) < 2:
            continue
        matches = [_TERM_ITEM.match(unwrap_p(item)) for item in block.items]
        # `**Docs**: [link]` items point elsewhere: a list of resources, nothing to learn.
        if not all(matches) or points_elsewhere(block):
            continue
        for match in matches:
            if match is not None:
                term, rest = match.group("term").strip(), match.group("rest").strip()
                yield Found(term, rest, CardKind.TERM, block.line, frozenset([i]))


def _marker(block: Block) -> str:
    """`q` or `a` for a `Q:`/`A:` paragraph, else empty."""
    if block.kind is not BlockKind.PARAGRAPH:
        return ""
    match = QA_MARK.match(inner_html(block))
    return match.group(1).lower()[0] if match else ""


def _answer_run(
    blocks: Sequence[tuple[int, Block]], stop_at_a: bool = False
) -> list[tuple[int, Block]]:
    """The blocks that continue an answer: up to the next `Q:` (or `A:`) or heading."""
    run = []
    for j, block in blocks:
        marker = _marker(block)
        if marker == "q" or (stop_at_a and marker == "a"):
            break
        if block.kind is BlockKind.PARAGRAPH and _emphasised_question(inner_html(block)):
            break
        if block.kind not in {
            BlockKind.PARAGRAPH,
            BlockKind.LIST,
            BlockKind.CODE,
            BlockKind.IMAGE,
            BlockKind.QUOTE,
        }:
            break
        run.append((j, block))
    return run


def _strip_answer_mark(html: str) -> str:
    """Drop an `A:` or `Answer:` that starts an answer."""
    return re.sub(
        r"^(\s*<p[^>]*>)?\s*(?:<(strong|b|em)>)?\s*(?:A|Answer|Ans)\s*[.:]\s*(?:</\2>)?\s*",
        lambda m: m.group(1) or "",
        html,
        count=1,
        flags=re.I,
    )


_EMPHASIS = re.compile(
    r"^\s*(?:\d+[.)]\s*)?<(strong|b|em|i)>\s*(?P<q>.+?)\s*</\1>\s*(?P<rest>.*)$", re.S
)


_UNCLOSED_BOLD = re.compile(r"(?:\*\*|__)(?P<q>[^*_<\n]{3,200}\?)[^\w\s<]{0,3}")


def _emphasised_question(html: str) -> tuple[str, str] | None:
    """Split `<strong>Question?</strong> answer` into its question and the rest."""
    # `**Question?^^`: a bold question line whose closing mark was mistyped stays literal.
    unclosed = _UNCLOSED_BOLD.fullmatch(html.strip())
    if unclosed:
        return NUMBERING.sub("", unclosed.group("q")).strip(), ""
    # A loose list item wraps the question in a paragraph of its own: `<p><b>Q?</b></p><p>A`.
    html = re.sub(r"^\s*<p[^>]*>(\s*<(strong|b|em|i)>[^<]*</\2>\s*)</p>", r"\1", html)
    match = _EMPHASIS.match(html)
    if not match or "<" in match.group("q"):
        return None
    question = NUMBERING.sub("", QA_MARK.sub("", match.group("q"))).strip()
    rest = match.group("rest")
    if not question.endswith("?"):
        if not rest.lstrip().startswith("?"):
            return None
        question, rest = question + "?", rest.lstrip()[1:]
    rest = re.sub(r"^\s*(?:<br\s*/?>)?\s*", "", rest)
    return question, _strip_answer_mark(rest.strip())


def _terms_without_definition(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    missing = []
    for dt in soup.find_all("dt"):
        following = dt.find_next_sibling(["dd", "dt"])
        if not isinstance(following, Tag) or following.name != "dd":
            missing.append(to_text(dt.decode_contents()))
    return missing
