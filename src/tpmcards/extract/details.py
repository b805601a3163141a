"""Answers hidden in `<details>` blocks and in the containers site generators fold them in
(`??? question "..."`, `{{< expand >}}`). Their multiple-choice options are choices.py's."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from bs4 import BeautifulSoup, Tag

from ..lazyre import lazy
from ..markup import escape, to_text
from ..model import Block, BlockKind, CardKind
from .base import (
    NUMBERING,
    PROMPT_START,
    Found,
    Scope,
    ends_question,
    inner_html,
    unwrap_p,
)
from .choices import LINE_BREAK, OPTION_LINE, chosen_option
from .labels import answer_summary, block_label, qa_label, strip_answer_mark, strip_label

__all__ = ["details_blocks", "unfolded_answer"]


def _numbered_label(heading: str) -> bool:
    """A heading that only numbers a question: "第 1 题", "Question 3", "Exercise 2:"."""
    return bool(_LABEL_SUMMARY.match(heading) or re.match(r"^第\s*\d+\s*[题題问問]\W*$", heading))


def unfolded_answer(html: str) -> str:
    """An answer that opens with a collapsible titled only "Answer" ("Ответ", "Show
    answer"), with that collapsible's body in its place: on the back of a card the answer
    is shown, not folded under its label."""
    if not html.lstrip().startswith("<details"):
        return html
    soup = BeautifulSoup(html, "html.parser")
    first = next((t for t in soup.contents if isinstance(t, Tag)), None)
    summary = first.find("summary", recursive=False) if first is not None else None
    if first is None or first.name != "details" or summary is None:
        return html
    if not answer_summary(summary.get_text(" ", strip=True)):
        return html
    summary.decompose()
    first.unwrap()
    return str(soup).strip()


def details_blocks(scope: Scope) -> Iterator[Found]:
    """`<details><summary>question</summary>answer</details>`. A summary that only says
    "Answer" answers the question written above it: the last paragraph or one-item list that
    asks one (`1. What is X?`, `**Q1:** ...`) with what follows it (code, options), else the
    section's heading with the blocks under it."""
    pending: list[tuple[int, Block]] = []
    entries = list(_with_containers(scope.blocks()))
    taken: set[int] = set()
    for n, (i, block, more) in enumerate(entries):
        if i in taken:
            continue
        if block.kind is not BlockKind.DETAILS:
            pending.append((i, block))
            continue
        summary, body = block.rows[0] if block.rows else ("", "")
        if not to_text(body) and "<img" not in body and not answer_summary(to_text(summary)):
            # `??? question "Why?"` whose answer was not indented under it: the blocks
            # after it, up to the next fold, are its answer.
            after = list(
                itertools.takewhile(lambda e: e[1].kind is not BlockKind.DETAILS, entries[n + 1 :])
            )
            body = "".join(b.html for _, b, _ in after)
            taken.update(j for j, _, _ in after)
            more = (*more, *(j for j, _, _ in after))
        if answer_summary(to_text(summary)):
            asked = [n for n, (_, b) in enumerate(pending) if _asks(b) or _over_options(pending, n)]
            # `**Vraag:** ...` then "Try it out. Is the data still there?": the labelled one
            # (not one answered by an `A:` of its own before the fold).
            labelled = [
                n
                for n in asked
                if block_label(pending[n][1]) == "q"
                and not any(block_label(b) == "a" for _, b in pending[n + 1 :])
            ]
            asked = labelled or asked
            if asked:
                pending = pending[asked[-1] :]
                first = _question_html(pending[0][1])
                question = first + "".join(b.html for _, b in pending[1:])
            else:
                heading = NUMBERING.sub("", scope.section.heading).strip()
                if pending and _numbered_label(heading):
                    heading = ""  # "第 1 题", "Question 3": the text below it asks
                question = escape(heading) + "".join(b.html for _, b in pending)
            used = frozenset([i, *more, *(j for j, _ in pending)])
            answer = chosen_option(question, body) or strip_answer_mark(body)
            yield Found(question, answer, CardKind.BASIC, block.line, used)
        elif "<details" in body and (
            _LABEL_SUMMARY.match(to_text(summary)) or body.count("<details") >= 2
        ):
            # A fold of folds ("📋 Basic interview Q&A" over each question's own): the
            # questions are the inner ones.
            for question, answer in _nested(body):
                yield Found(question, answer, CardKind.BASIC, block.line, frozenset([i, *more]))
        elif _LABEL_SUMMARY.match(to_text(summary)) and (inside := _asked_inside(body)):
            yield Found(*inside, CardKind.BASIC, block.line, frozenset([i, *more]))
        elif _MORE_SUMMARY.match(to_text(summary)) and not ends_question(to_text(summary)):
            # "Learn more about how IMEIs are constructed": more on what the text above
            # says, no question of its own.
            pass
        else:
            question = NUMBERING.sub("", unwrap_p(summary))
            body, follow_ups = _follow_ups(body)
            yield Found(question, body, CardKind.BASIC, block.line, frozenset([i, *more]))
            for follow_up, reply in follow_ups:
                yield Found(follow_up, reply, CardKind.BASIC, block.line, frozenset([i, *more]))
        pending = []


# A fold that offers more on the text above it: "Learn more about ...", "See how ...",
# "Read more".
_MORE_SUMMARY = lazy(r"^\W*(?:learn|read|find out|see|show|view)\s+(?:more|how|why)\b", re.I)


# A follow-up question's label ("꼬리질문1:", "Follow-up 2:", "追问:", "Доп. вопрос:").
_FOLLOW_UP = lazy(
    r"^\W*(?:꼬리\s*질문|후속\s*질문|follow[- ]?up(?:\s+question)?|追问|追問|"
    r"доп(?:\.|олнительный)\s+вопрос|pregunta\s+de\s+seguimiento|nachfrage)\s*\d*\s*[:：.)-]\s*",
    re.I,
)


def _follow_ups(body: str) -> tuple[str, list[tuple[str, str]]]:
    """An answer without the collapsibles inside it that ask questions of their own (an
    interview's follow-ups), and those questions with their answers."""
    if "<details" not in body:
        return body, []
    soup = BeautifulSoup(body, "html.parser")
    found: list[tuple[str, str]] = []
    for inner in soup.find_all("details"):
        summary = inner.find("summary", recursive=False)
        if not isinstance(summary, Tag) or inner.find_parent("details") is not None:
            continue
        label = summary.get_text(" ", strip=True)
        if not (_FOLLOW_UP.match(label) or ends_question(label)):
            continue
        asked = _FOLLOW_UP.sub("", summary.decode_contents().strip(), count=1)
        summary.extract()
        found.append((NUMBERING.sub("", asked).strip(), inner.decode_contents().strip()))
        inner.decompose()
    return (str(soup).strip(), found) if found else (body, [])


# A summary that only numbers or labels what it hides ("Question 3", "Follow-up
# questions", "Задача 2"): the question is written inside, over an answer's details.
_LABEL_SUMMARY = lazy(
    r"^\W*(?:(?:follow[- ]?up\s+)?(?:questions?|q|problems?|exercises?|tasks?|challenges?|"
    r"quiz|fragen?|aufgaben?|preguntas?|ejercicios?|perguntas?|quest[õo]es|exerc[íi]cios?|"
    r"вопросы?|задачи?|задания?|问题|题目|問題|練習|문제)\s*(?:#|no\.?|n[º°])?\s*\d*|\d+)"
    r"[\s:.)]*$",
    re.I,
)


def _nested(body: str) -> Iterator[tuple[str, str]]:
    """The questions inside a labelled `<details>`: what is written before each inner
    details that only says "Answer" is its question; an inner labelled details (follow-up
    questions) holds more of them, and one whose summary asks is a question of its own."""
    soup = BeautifulSoup(body, "html.parser")
    pending: list[Tag] = []
    for child in soup.children:
        if not isinstance(child, Tag):
            continue
        if child.name in {"div", "section"} and child.find("details") is not None:
            yield from _nested(child.decode_contents())  # a wrapper around the inner folds
            pending = []
            continue
        if child.name != "details":
            pending.append(child)
            continue
        summary = child.find("summary", recursive=False)
        label = summary.decode_contents() if isinstance(summary, Tag) else ""
        if isinstance(summary, Tag):
            summary.extract()
        inner = child.decode_contents().strip()
        if answer_summary(to_text(label)):
            if pending and to_text("".join(str(t) for t in pending)).strip():
                first = pending[0]
                opening = first.decode_contents() if first.name == "p" else str(first)
                question = NUMBERING.sub("", opening).strip() + "".join(map(str, pending[1:]))
                yield question, strip_answer_mark(inner)
        elif _LABEL_SUMMARY.match(to_text(label)):
            yield from _nested(inner)
        else:
            yield NUMBERING.sub("", _WHOLLY_BOLD.sub(r"\g<inner>", unwrap_p(label))), inner
        pending = []


_WHOLLY_BOLD = lazy(r"^\s*<(b|strong)>(?P<inner>.*)</\1>\s*$", re.S)


def _asked_inside(body: str) -> tuple[str, str] | None:
    """The question and answer of a labelled details ("Question 1") that hides both: its
    first paragraph asks, what follows goes with the question (the options) up to the
    paragraph labelled as the answer (`<strong>Correct Answer:</strong> Paris`), which
    answers. None without such a question or such an answer. An option written as a link
    that runs the page's script (`<a href="javascript:void(0)" onclick=...>`) is its text."""
    soup = BeautifulSoup(body, "html.parser")
    for link in soup.find_all("a"):
        href = link.get("href")
        if not isinstance(href, str) or href.strip().lower().startswith("javascript:"):
            link.unwrap()
    tags = [t for t in soup.children if isinstance(t, Tag)]
    if len(tags) < 2 or tags[0].name != "p" or not ends_question(tags[0].get_text()):
        return None
    for n, tag in enumerate(tags[1:], 1):
        if tag.name == "p" and qa_label(tag.decode_contents().strip()) == "a":
            question = NUMBERING.sub("", tags[0].decode_contents()).strip()
            answer = strip_label(tag.decode_contents().strip()).strip()
            rest = "".join(map(str, tags[n + 1 :]))
            return question + "".join(map(str, tags[1:n])), f"<p>{answer}</p>{rest}"
    return None


# A collapsible container written in a site generator's syntax: VuePress, VitePress and
# Docusaurus `::: details Summary` ... `:::`, Hugo `{{< details "Summary" >}}` ...
# `{{< /details >}}` (or `expand`, `spoiler`), which Markdown leaves as text.
_OPENER = lazy(
    r"^\s*(?::{3,}\s*(?:details|spoiler|collapse|answer)\b\s*(?P<colon>[^\n]*)|"
    r"\{\{(?:<|&lt;|%)\s*(?:details|expand|spoiler|collapse|accordion)\s+(?:\w+=)?"
    r"(?:[\"']|&quot;)(?P<hugo>[^\"'&\n]*)(?:[\"']|&quot;)[^}\n]*(?:>|&gt;|%)\}\})"
    r"\s*(?:\n|<br\s*/?>|$)",
    re.I,
)
_CLOSER = lazy(
    r"(?:^|\n|<br\s*/?>)\s*(?::{3,}|\{\{(?:<|&lt;|%)\s*/\s*(?:details|expand|spoiler|"
    r"collapse|accordion)\s*(?:>|&gt;|%)\}\})\s*$",
    re.I,
)


def _with_containers(
    blocks: list[tuple[int, Block]],
) -> Iterator[tuple[int, Block, tuple[int, ...]]]:
    """The blocks, each container read as one details block (with the indexes of the
    blocks after its first that it spans)."""
    n = 0
    while n < len(blocks):
        i, block = blocks[n]
        opener = _OPENER.match(inner_html(block)) if block.kind is BlockKind.PARAGRAPH else None
        if opener is None:
            yield i, block, ()
            n += 1
            continue
        parts = [inner_html(block)[opener.end() :]]
        end = n
        closed = bool(_CLOSER.search(parts[-1]))
        while not closed and end + 1 < len(blocks):
            following = blocks[end + 1][1]
            plain = following.kind is BlockKind.PARAGRAPH
            if plain and _OPENER.match(inner_html(following)):
                closed = True  # the next container's opener closes this one
                break
            end += 1
            parts.append(inner_html(following) if plain else following.html)
            closed = bool(_CLOSER.search(parts[-1]))
        if not closed:
            yield i, block, ()
            n += 1
            continue
        parts[-1] = _CLOSER.sub("", parts[-1])
        body = "".join(p if p.lstrip().startswith("<") else f"<p>{p.strip()}</p>" for p in parts)
        summary = escape((opener.group("colon") or opener.group("hugo") or "").strip())
        details = Block(
            BlockKind.DETAILS, block.html, block.text, block.line, rows=((summary, body),)
        )
        yield i, details, tuple(j for j, _ in blocks[n + 1 : end + 1])
        n = end + 1


def _asks(block: Block) -> bool:
    """A paragraph or one-item list that puts a question: `1. What is X?`, `**Q1:** ...`,
    `2. Explain X.`;
    or a question line indented by accident, which Markdown took for code."""
    if block.kind is BlockKind.LIST and len(block.items) == 1:
        # Numbered over an answer's fold, an item asks however it ends ("6. Name the
        # statements that make a primary key.").
        return block.ordered or ends_question(to_text(block.items[0]))
    if block.kind is BlockKind.CODE:
        return _prose_question(block.text)
    if block.kind is not BlockKind.PARAGRAPH:
        return False
    # A numbered stem of one line over its options and the fold: "**4.** ____ copies data
    # to ..." (numbered lines are the options themselves).
    return (
        ends_question(block.text)
        or block_label(block) == "q"
        or (_NUMBERED.match(block.text) is not None and not LINE_BREAK.search(inner_html(block)))
    )


_STEM_LEAST = 15  # characters: a stem says something, a label over options does not


def _over_options(pending: Sequence[tuple[int, Block]], n: int) -> bool:
    """Whether a paragraph ending in a colon stands over a list of lettered options: a stem
    ("... this action is:" over `- A) ...`), however its section is headed."""
    block = pending[n][1]
    after = pending[n + 1][1] if n + 1 < len(pending) else None
    return (
        block.kind is BlockKind.PARAGRAPH
        and block.text.rstrip().endswith((":", "："))
        and len(block.text.strip()) >= _STEM_LEAST  # not a label: "Options:", "选项："
        and after is not None
        and after.kind is BlockKind.LIST
        and len(after.items) >= 2
        and all(OPTION_LINE.match(to_text(item)) for item in after.items)
    )


_NUMBERED = lazy(r"\s*\d{1,3}[.)]\s*\S")
# A stem's number in bold of its own: `<b>4.</b> Which ...`.
_BOLD_NUMBER = lazy(r"^\s*<(strong|b)>\s*\d{1,3}[.)]\s*</\1>\s*")


def _prose_question(text: str) -> bool:
    """A code block of one line of words that ends as a question: prose, not code."""
    line = text.strip()
    return (
        "\n" not in line
        and (ends_question(line) or PROMPT_START.match(line) is not None)
        and len(re.findall(r"[^\W\d_]{2,}", line)) >= 3
        and not re.search(r"[{};=<>$]|\w\(|^\W", line)
    )


def _question_html(block: Block) -> str:
    if block.kind is BlockKind.CODE:
        return escape(block.text.strip())
    html = unwrap_p(block.items[0]) if block.kind is BlockKind.LIST else inner_html(block)
    # `**1. What is X?**`: the emphasis wraps the numbering too.
    whole = re.fullmatch(r"\s*<(strong|b|em)>(?P<q>(?:(?!</?\1>).)*)</\1>\s*", html, re.S)
    html = whole.group("q") if whole else _BOLD_NUMBER.sub("", html)
    return NUMBERING.sub("", strip_label(html)).strip()
