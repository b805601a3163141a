"""An FAQ kept as data in a page's front matter (a Jekyll or Hugo template renders it):
`questions:` (or any key) holding a list of `question:` / `answer:` mappings, or a quiz's
`text:` / `options:` / `answer:` entries (Hugo quiz layouts). Each entry is read as a
`<details>` block, its options shown with its question, in a section of its own before the
page's body. Pure."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .markup import escape, to_text
from .model import Block, BlockKind, Section

__all__ = ["front_matter_faq"]

_QUESTION_KEYS = (
    "question", "q", "pregunta", "frage", "pergunta", "domanda", "vraag", "вопрос", "text",
    "prompt", "title",
)  # fmt: skip
_OPTION_KEYS = ("options", "choices", "choice")
_ANSWER_KEYS = (
    "answer", "a", "response", "reply", "respuesta", "antwort", "reponse", "réponse",
    "resposta", "risposta", "antwoord", "ответ", "correct", "correct_answer",
)  # fmt: skip


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
            html = f"<details><summary>{question}</summary>{answer}</details>"
            rows = ((question, answer),)
            blocks.append(Block(BlockKind.DETAILS, html, to_text(html), line, rows=rows))
    if not blocks:
        return None
    return Section(path=(), line=blocks[0].line, level=0, blocks=tuple(blocks))


def _pair(entry: object) -> tuple[str, str] | None:
    if not isinstance(entry, Mapping):
        return None
    keys = {str(k).lower(): v for k, v in entry.items()}
    question = next((keys[k] for k in _QUESTION_KEYS if k in keys), None)
    given = next((keys[k] for k in _ANSWER_KEYS if k in keys), None)
    if not isinstance(question, str) or not question.strip():
        return None
    asked = escape(question.strip())
    options = next((keys[k] for k in _OPTION_KEYS if k in keys), None)
    letters: dict[str, str] = {}  # an option's letter -> its text (`- option: B` / `text:`)
    if isinstance(options, list) and len(options) >= 2 and all(map(_said, options)):
        # A quiz's options go with its question, as the page shows them.
        asked += "<ul>" + "".join(f"<li>{_said(option)}</li>" for option in options) + "</ul>"
        letters = {
            str(option["option"]).strip().upper(): _said(option)
            for option in options
            if isinstance(option, Mapping) and "option" in option
        }
    answer = _keyed(given, letters) or _said(given)
    if not answer:
        return None
    # The answer is written as the template prints it: text with inline HTML (`<br />`).
    return asked, answer if answer.startswith("<p>") else f"<p>{answer}</p>"


def _keyed(given: object, letters: Mapping[str, str]) -> str:
    """An answer that names its option by letter (`- option: B` and why, as `text:`): that
    option's text, then the why; "" for any other answer."""
    named = given if isinstance(given, list) else [given]
    chosen = [
        (letters[str(item["option"]).strip().upper()], _said(item.get("text")))
        for item in named
        if isinstance(item, Mapping) and str(item.get("option", "")).strip().upper() in letters
    ]
    if not chosen or len(chosen) != len(named):
        return ""
    said = ", ".join(text for text, _ in chosen)
    why = " ".join(reason for _, reason in chosen if reason)
    return f"<p>{said}</p>" + (f"<p>{why}</p>" if why else "")


def _said(value: object) -> str:
    """A value as the page prints it: `true` as "True", several right answers joined, an
    option written as a mapping by its `text` (else its `option`)."""
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, list):
        return ", ".join(filter(None, map(_said, value)))
    if isinstance(value, Mapping):
        # `- option: B` with its `text:`; a word bank's `- option: secede` is its text.
        return _said(value.get("text", value.get("option")))
    return str(value).strip() if isinstance(value, (str, int, float)) else ""
