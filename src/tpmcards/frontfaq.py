"""An FAQ kept as data in a page's front matter (a Jekyll or Hugo template renders it):
`questions:` (or any key) holding a list of `question:` / `answer:` mappings. Each entry is
read as a `<details>` block, in a section of its own before the page's body. Pure."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .markup import escape, to_text
from .model import Block, BlockKind, Section

__all__ = ["front_matter_faq"]

_QUESTION_KEYS = {"question", "q", "pregunta", "frage", "pergunta", "domanda", "vraag", "вопрос"}
_ANSWER_KEYS = {
    "answer", "a", "response", "reply", "respuesta", "antwort", "reponse", "réponse",
    "resposta", "risposta", "antwoord", "ответ",
}  # fmt: skip


def front_matter_faq(meta: Mapping[str, Any]) -> Section | None:
    """The front matter's question-and-answer entries as a section of details blocks, at
    the front matter's line (the file's first); None if it holds none."""
    blocks = []
    for value in meta.values():
        if not isinstance(value, list):
            continue
        for entry in value:
            pair = _pair(entry)
            if pair is None:
                continue
            question, answer = pair
            line = 1
            html = f"<details><summary>{escape(question)}</summary>{answer}</details>"
            rows = ((escape(question), answer),)
            blocks.append(Block(BlockKind.DETAILS, html, to_text(html), line, rows=rows))
    if not blocks:
        return None
    return Section(path=(), line=blocks[0].line, level=0, blocks=tuple(blocks))


def _pair(entry: object) -> tuple[str, str] | None:
    if not isinstance(entry, Mapping):
        return None
    keys = {str(k).lower(): v for k, v in entry.items()}
    question = next((keys[k] for k in _QUESTION_KEYS if k in keys), None)
    answer = next((keys[k] for k in _ANSWER_KEYS if k in keys), None)
    if not isinstance(question, str) or not isinstance(answer, (str, int, float)):
        return None
    if not question.strip() or not str(answer).strip():
        return None
    # The answer is written as the template prints it: text with inline HTML (`<br />`).
    return question.strip(), f"<p>{str(answer).strip()}</p>"
