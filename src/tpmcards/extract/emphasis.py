"""Questions and prompts written in emphasis: `**Question?** answer`, `<b>Prompt</b> -
answer`, an item whose first paragraph is all emphasis. Pure splits of HTML."""

from __future__ import annotations

import re

from ..lazyre import lazy
from ..markup import to_text
from .base import NUMBERED_PROMPT, NUMBERING, ends_question, has_blank
from .labels import EXPLANATION_WORDS, qa_label, strip_answer_mark, strip_label

__all__ = [
    "BOLD_TITLE_LINE",
    "bold_title",
    "emphasised_entry",
    "emphasised_prompt",
    "emphasised_question",
    "without_explanation_title",
]

_EMPHASIS = lazy(r"^\s*(?:\d+[.)]\s*)?<(strong|b|em|i)>\s*(?P<q>.+?)\s*</\1>\s*(?P<rest>.*)$", re.S)


_UNCLOSED_BOLD = lazy(r"(?:\*\*|__)(?P<q>[^*_<\n]{3,200}\?)[^\w\s<]{0,3}")


# A bold line standing alone over the text below it (`<b>Summary</b><br>`): a title.
BOLD_TITLE_LINE = lazy(r"^\s*<(strong|b)>(?P<title>[^<]+)</\1>\s*(?:<br\s*/?>|\n)")
# The title of an answer's explanation, in the languages quizzes are written in: the
# explanation goes on with the answer above it, it is no part of its own.
_EXPLANATION = lazy(rf"^\W*(?:{EXPLANATION_WORDS})\W*$", re.I)


_TITLED_P = lazy(
    r"^(?P<p>\s*<p[^>]*>)\s*<(strong|b)>(?P<title>[^<]+)</\2>\s*[:：]?\s*(?:<br\s*/?>\s*)?", re.S
)


def without_explanation_title(html: str) -> str:
    """The back's text without the bold "Explanation" title that opens it: on the back of a
    card, the explanation needs no title."""
    match = _TITLED_P.match(html)
    if match is None or _EXPLANATION.match(match["title"]) is None:
        return html
    return match["p"] + html[match.end() :]


def bold_title(html: str) -> bool:
    """Whether a paragraph opens with a bold line of its own over a part of its own (not
    over an answer's explanation)."""
    title = BOLD_TITLE_LINE.match(html)
    return title is not None and _EXPLANATION.match(title.group("title")) is None


_EMPHASISED_LINE = lazy(
    r"^\s*<p[^>]*>\s*<(em|i|strong|b)>(?P<q>[^<]{8,}?)</\1>\s*</p>(?P<rest>.*)$", re.S
)


# Inline markup a question may hold (`**What is the `final` keyword?**`); any other tag
# (a link, a nested emphasis) means the emphasis is not the whole question.
_TAG_BUT_INLINE = lazy(r"<(?!/?(?:code|kbd|sub|sup)\b)")


def _tagged(question: str) -> bool:
    return _TAG_BUT_INLINE.search(question) is not None


# A loose list item wraps the question in a paragraph of its own: `<p><b>Q?</b></p><p>A`.
_LOOSE = lazy(r"^\s*<p[^>]*>(\s*<(strong|b|em|i)>(?:[^<]|</?(?:code|kbd|sub|sup)>)*</\2>\s*)</p>")


def emphasised_entry(html: str) -> tuple[str, str] | None:
    """An item whose first paragraph is all emphasis, and the blocks after it."""
    match = _EMPHASISED_LINE.match(html)
    if not match or not to_text(match.group("rest")).strip():
        return None
    question = re.sub(r"\s+", " ", NUMBERING.sub("", match.group("q"))).strip()
    return question, match.group("rest").strip()


def emphasised_prompt(html: str) -> tuple[str, str] | None:
    """Split `<strong>Prompt</strong> - answer` into the prompt and its answer."""
    match = _EMPHASIS.match(html)
    if not match or _tagged(match.group("q")):
        return None
    rest = re.sub(r"^\s*(?:<br\s*/?>|[-–—]\s)?\s*", "", match.group("rest")).strip()
    if not rest:
        return None
    return NUMBERING.sub("", strip_label(match.group("q"))).strip(), rest


# Bold runs apart only by spaces or an italic's tags (`**Ho un versione di** _**OSM**_
# **personalizzata?**`): one bold line.
_SPLIT_BOLD = lazy(r"</strong>[ \t]*(?:</?em>[ \t]*)*<strong>")


def emphasised_question(html: str, numbered: bool = False) -> tuple[str, str] | None:
    """Split `<strong>Question?</strong> answer` into its question and the rest."""
    # `**Question?^^`: a bold question line whose closing mark was mistyped stays literal.
    unclosed = _UNCLOSED_BOLD.fullmatch(html.strip())
    if unclosed:
        return NUMBERING.sub("", unclosed.group("q")).strip(), ""
    if html.count("<strong>") > 1:
        # One bold line written in several runs: one run, a space where the runs had one.
        html = _SPLIT_BOLD.sub(lambda m: " " if re.search(r"\s", m.group(0)) else "", html)
    html = _LOOSE.sub(r"\1", html)
    match = _EMPHASIS.match(html)
    if not match or _tagged(match.group("q")):
        return None
    numbered = numbered or NUMBERING.match(strip_label(match.group("q"))) is not None
    question = NUMBERING.sub("", strip_label(match.group("q"))).strip()
    rest = match.group("rest")
    if question and qa_label(match.group("q")) == "q" and to_text(rest):
        # `**Q: The reset page shows an error.**` over its answer: its label asks.
        pass
    elif numbered and not ends_question(question) and NUMBERED_PROMPT.match(question):
        # `<b>1. What is X, and list its features.</b>`: a numbered prompt asks, full stop.
        question = question.rstrip(".")
    elif not ends_question(question) and not has_blank(to_text(question)):
        if not rest.lstrip().startswith("?"):
            return None
        question, rest = question + "?", rest.lstrip()[1:]
    rest = re.sub(r"^\s*(?:<br\s*/?>|[-–—]\s)?\s*", "", rest)
    return question, strip_answer_mark(rest.strip())
