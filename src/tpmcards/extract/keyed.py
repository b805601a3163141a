"""Numbered questions answered in a separate answer key: a list of questions under one
heading ("Questions", "Quiz"), and a list of as many answers under a later heading
("Answers", "Answer key", "Solutions", "Respuestas", "Lösungen", "答案"), matched by
number. The outline folds the key's section into the questions' section; the rule here
pairs the two lists."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..lazyre import lazy
from ..markup import to_text
from ..model import Block, BlockKind, CardKind, Section
from .base import NUMBERED_PROMPT, NUMBERING, Found, Scope, ends_question, unwrap_p, visible

__all__ = ["ANSWER_KEY", "answer_keys", "keyed_answers"]

# The heading of an answer key, in the languages guides are written in.
ANSWER_KEY = lazy(
    r"^\W*(?:answers?(?:\s+key)?|key|solutions?|respuestas?|soluciones|antworten|lösungen"
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
    return all(
        ends_question(to_text(item)) or NUMBERED_PROMPT.match(to_text(item)) is not None
        for item in block.items
    )
