"""Numbered questions answered in a separate answer key: a list of questions under one
heading ("Questions", "Quiz"), and a list of as many answers under a later heading
("Answers", "Answer key", "Solutions", "Respuestas", "Lösungen", "答案"), matched by
number. The outline folds the key's section into the questions' section; the rule here
pairs the two lists. A quiz of one section per question ("### Pregunta 7") answered in a
key of numbered lines ("7. **c** - John Gruber en 2004", under the key's heading or its
subsections) gets each line as its question's labelled answer (`keyed_sections`)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..lazyre import lazy
from ..markup import to_text
from ..model import Block, BlockKind, CardKind, Document, Section
from .base import NUMBERED_PROMPT, NUMBERING, Found, Scope, ends_question, unwrap_p, visible
from .labels import QUESTION_WORDS

__all__ = ["ANSWER_KEY", "answer_keys", "keyed_answers", "keyed_sections"]

# The heading of an answer key, in the languages guides are written in.
ANSWER_KEY = lazy(
    r"^\W*(?:(?:correct\s+|right\s+)?answers?(?:\s+(?:key|sheet))?|key|solutions?"
    r"|(?:clave\s+de\s+)?respuestas?(?:\s+correctas)?|soluciones"
    r"|antworten|lösungen"
    r"|réponses|corrigé|risposte|soluzioni|respostas|gabarito|odpowiedzi|ответы|答案|解答"
    r"|参考答案|正解)\W*$",
    re.I,
)


def answer_keys(sections: Sequence[Section]) -> dict[int, int]:
    """For each section of numbered questions, the later answer-key section that answers
    each of them: its heading says so and its numbered list is as long."""
    keys: dict[int, int] = {}
    for m, section in enumerate(sections):
        if not ANSWER_KEY.match(visible(section.heading)):
            continue
        answers = _numbered_lists(section.blocks)
        if not answers:
            continue
        for n in range(m - 1, -1, -1):
            questions = [b for b in _numbered_lists(sections[n].blocks) if _all_ask(b)]
            if questions and len(questions[-1].items) == len(answers[0].items):
                if n not in keys:
                    keys[n] = m
                break
    return keys


def keyed_answers(scope: Scope) -> Iterator[Found]:
    """A numbered list of questions, then under an answer key's heading a numbered list
    of as many answers: one card for each number."""
    blocks = scope.blocks()
    for n, (i, questions) in enumerate(blocks):
        if not (questions.kind is BlockKind.LIST and questions.ordered and _all_ask(questions)):
            continue
        for (k, heading), (j, answers) in zip(blocks[n + 1 :], blocks[n + 2 :], strict=False):
            if (
                heading.kind is BlockKind.OTHER
                and ANSWER_KEY.match(visible(heading.text))
                and answers.kind is BlockKind.LIST
                and answers.ordered
                and len(answers.items) == len(questions.items)
            ):
                used = frozenset([i, k, j])
                for question, answer in zip(questions.items, answers.items, strict=True):
                    asked = NUMBERING.sub("", unwrap_p(question)).strip()
                    yield Found(
                        asked, f"<p>{unwrap_p(answer)}</p>", CardKind.BASIC, questions.line, used
                    )
                return


def _numbered_lists(blocks: Sequence[Block]) -> list[Block]:
    return [b for b in blocks if b.kind is BlockKind.LIST and b.ordered and len(b.items) > 1]


def _all_ask(block: Block) -> bool:
    """Whether every item asks, by its own words before any list it holds (its options)."""
    return all(
        ends_question(own := to_text(_OWN_LIST.split(item, 1)[0]))
        or NUMBERED_PROMPT.match(own) is not None
        for item in block.items
    )


_OWN_LIST = lazy(r"<(?:ul|ol)\b")


# A section that is one numbered question: "### Pregunta 7", "## Question 12", "### 3.", or
# a heading that asks after its number ("### 4. What is a kiln?").
_NUMBERED_SECTION = lazy(
    rf"^\W*(?:(?:{QUESTION_WORDS})\s*)?(?:n[º°o.]\s*)?(?P<n>\d{{1,3}})\b(?P<rest>.*)$", re.I | re.S
)
_START = lazy(r"^\s*<ol\b[^>]*\bstart=\"?(?P<n>\d+)")
_SHARE_KEYED = 0.8  # of the numbered questions, the share the key must answer


def keyed_sections(document: Document) -> Document:
    """The document with each numbered question's section closed by its line of the answer
    key (`**Answer:** ...`), and the key's sections, and what follows them, left out; the
    document itself when it has no key that answers most of its numbered questions."""
    sections = document.sections
    m = next((m for m, s in enumerate(sections) if ANSWER_KEY.match(visible(s.heading))), None)
    if m is None:
        return document
    level = sections[m].level
    end = next((k for k in range(m + 1, len(sections)) if sections[k].level <= level), None)
    end = len(sections) if end is None else end
    entries: dict[int, str] = {}
    for section in sections[m:end]:
        for block in section.blocks:
            if block.kind is BlockKind.LIST and block.ordered:
                start = _START.match(block.html)
                first = int(start["n"]) if start else 1
                for k, item in enumerate(block.items):
                    entries.setdefault(first + k, unwrap_p(item))
    asked: dict[int, int] = {}
    for n, section in enumerate(sections[:m]):
        match = _NUMBERED_SECTION.match(visible(section.heading))
        rest = match["rest"].strip(" .):-–—\t") if match else ""
        if match and section.blocks and (not rest or ends_question(rest)):
            asked[n] = int(match["n"])
    keyed = [n for n, number in asked.items() if number in entries]
    if len(keyed) < 2 or len(keyed) < _SHARE_KEYED * len(asked):
        return document
    # What follows the key (how to score, tips, next steps) is about taking the test, unless
    # more numbered questions follow.
    if not any(_NUMBERED_SECTION.match(visible(s.heading)) for s in sections[end:]):
        end = len(sections)
    out: list[Section] = []
    for n, section in enumerate(sections):
        if m <= n < end:
            continue  # the key: its lines now close their questions
        if n in keyed:
            entry = entries[asked[n]]
            line = section.blocks[-1].line
            label = Block(
                BlockKind.PARAGRAPH,
                f"<p><strong>Answer:</strong> {entry}</p>",
                f"Answer: {to_text(entry)}",
                line,
            )
            section = replace(section, blocks=(*section.blocks, label))
        out.append(section)
    return replace(document, sections=tuple(out))
