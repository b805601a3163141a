"""FAQ widgets of HTML pages: a question and its answer held by elements that say so.

Site themes and page builders write an FAQ without headings or `<details>`: a collapse
toggle naming the element it opens (Bootstrap's `data-bs-target`, `href="#id"` with
`data-toggle="collapse"`, `aria-controls`), schema.org microdata (an item of type
`Question` with its `name` and `acceptedAnswer`), or a pair of elements whose classes say
`question` and `answer`. Each pair found is read as a `<details>` block: the question, and
the element it opens. Pure: the tree is only read, except by `open_answer_drop_downs`.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from bs4 import BeautifulSoup, Tag

from .chrome import HEADINGS, tag_classes
from .foldlabels import answer_summary
from .lazyre import lazy
from .markup import to_text

__all__ = ["Widget", "faq_widgets", "open_answer_drop_downs", "question_html", "term_name"]


@dataclass(frozen=True)
class Widget:
    """One question of an FAQ widget: the elements holding the question and the answer,
    and the two siblings the walker meets them as (`top`, then `answer_top`). A question
    in a heading (`<h2><button>...`) is read as a heading already: `read` is False, and
    the widget only keeps its parts from being taken for page chrome ("card-header")."""

    question: Tag
    answer: Tag
    top: Tag
    answer_top: Tag
    read: bool
    term: bool = False  # a glossary's term and its definition, not a question
    also: tuple[Tag, ...] = ()  # the other elements it is read from (a quiz's options)

    def parts(self) -> list[Tag]:
        """The widget's elements from each of its two tops down to what it holds."""
        found = []
        for inner, top in ((self.question, self.top), (self.answer, self.answer_top)):
            tag: Tag | None = inner
            while tag is not None:
                found.append(tag)
                tag = None if tag is top else tag.parent
        return [*found, self.top, self.answer_top, *self.also]


_TOGGLES = {"collapse", "accordion", "tab", "toggle"}
# An accordion's parts too (VuePress, BEM-named: `accordion__item-header` over
# `accordion__item-body`), whose header would otherwise read as page chrome.
_QUESTION_CLASS = lazy(
    r"(?:^|[-_])(?:question|faq-?q|faq-title|faq-header|accordion(?:__item)?-header)(?:$|[-_])",
    re.I,
)
_ANSWER_CLASS = lazy(
    r"(?:^|[-_])(?:answer|faq-?a|faq-body|faq-content|accordion(?:__item)?-body)(?:$|[-_])", re.I
)
# A glossary's card: an element classed as its term, and one classed as its definition.
_TERM_CLASS = lazy(r"^(?:term|glossary-term|term-name|entry-term|word|headword)$", re.I)
_DEFINITION_CLASS = lazy(
    r"^(?:def|definition|term-def|term-definition|glossary-definition|desc|description|"
    r"meaning|gloss|explanation)$",
    re.I,
)
_FAQ_PLACE = lazy(r"faq|question|preguntas|fragen|perguntas|domande|vragen", re.I)
_QUESTION_TYPE = lazy(r"schema\.org/Question/?$", re.I)
_MARKS = ("?", "？", "؟")
_MAX_WORDS = 40  # a toggle with more words is a panel of its own, not a question
# What a question holder may not hold: such a holder is read as the blocks it holds.
_HOLDS = {"ul", "ol", "table", "pre", "details", "dl", "blockquote", *HEADINGS}


def open_answer_drop_downs(root: Tag | BeautifulSoup) -> None:
    """Make each drop-down that hides an answer the fold it stands for, in place: a
    `<select>` whose first option reads "View answer" becomes a `<details>` of that label
    and the options after it. Any other drop-down stays, for the chrome to remove."""
    for select in root.find_all("select"):
        options = select.find_all("option")
        label = options[0].get_text(" ", strip=True) if options else ""
        if len(options) < 2 or not label or not answer_summary(label):
            continue
        select.name, select.attrs = "details", {}
        options[0].name, options[0].attrs = "summary", {}
        for option in options[1:]:
            option.name, option.attrs = "p", {}


def faq_widgets(root: Tag | BeautifulSoup) -> list[Widget]:
    """The FAQ widget questions under `root`, in document order."""
    by_id: dict[str, Tag] = {}
    toggles: list[tuple[Tag, str]] = []
    typed: list[Tag] = []
    marked: list[Tag] = []
    answers: list[Tag] = []
    terms: list[Tag] = []
    for tag in root.find_all(True):
        attrs = tag.attrs
        if "-" in tag.name and _QUESTION_CLASS.search(tag.name):
            marked.append(tag)  # a custom element named so: `<faq-question>`
            continue
        if not attrs:
            continue
        ident = attrs.get("id")
        if isinstance(ident, str) and ident:
            by_id.setdefault(ident, tag)
        target = _target(attrs)
        if target:
            toggles.append((tag, target))
        kind = attrs.get("itemtype")
        if isinstance(kind, str) and _QUESTION_TYPE.search(kind):
            typed.append(tag)
        if "class" in attrs and any(_QUESTION_CLASS.search(c) for c in tag_classes(tag)):
            marked.append(tag)
        elif "class" in attrs and any(_ANSWER_CLASS.search(c) for c in tag_classes(tag)):
            answers.append(tag)
        elif "class" in attrs and any(_TERM_CLASS.match(c) for c in tag_classes(tag)):
            terms.append(tag)
    pairs: list[tuple[Tag, Tag]] = []
    for toggle, target in toggles:
        answer = by_id.get(target)
        if answer is not None and answer is not toggle and _asks_in_place(toggle):
            pairs.append((toggle, answer))
    for item in typed:
        name = _prop(item, "name")
        answer = _prop(item, "acceptedAnswer") or _prop(item, "suggestedAnswer")
        if name is not None and answer is not None:
            pairs.append((name, _prop(answer, "text") or answer))
    chosen: list[Widget] = []
    for question in marked:
        answer = _answer_sibling(question)
        if answer is not None:
            pairs.append((question, answer))
        elif (quiz := _chosen_option(question)) is not None:
            chosen.append(quiz)
    for answer in answers:
        # Only the answer says what it is (`<strong>Why?</strong><div class="faq-answer">`):
        # the element before it asks if it reads as a question.
        asking = answer.find_previous_sibling(True)
        if isinstance(asking, Tag) and not tag_classes(asking) and _asks_in_place(asking):
            pairs.append((asking, answer))
    found: list[tuple[Tag, Tag, bool]] = [(q, a, False) for q, a in pairs]
    for name in terms:
        definition = _answer_sibling(name, _DEFINITION_CLASS, match=True)
        if definition is not None:
            found.append((name, definition, True))
    widgets: dict[int, Widget] = {id(quiz.top): quiz for quiz in chosen}
    for question, answer, is_term in found:
        widget = _placed(question, answer)
        if widget is not None:
            widgets.setdefault(id(widget.top), replace(widget, term=is_term))
    return list(widgets.values())


def _chosen_option(question: Tag) -> Widget | None:
    """A quiz's question element over the options after it, the right ones said so by
    `data-correct="true"` (`<div class="quiz-option" data-correct="true">`), the options
    as siblings or in a box of their own: the question with its options, and the right
    ones as its answer; None for any other element."""
    after = []
    for sibling in question.find_next_siblings(True):
        if sibling.attrs and any(_QUESTION_CLASS.search(c) for c in tag_classes(sibling)):
            break  # the next question
        after.append(sibling)
    options = [
        tag
        for sibling in after
        for tag in ([sibling] if "data-correct" in sibling.attrs else sibling.find_all(True))
        if "data-correct" in tag.attrs
    ]
    right = [tag for tag in options if str(tag.attrs["data-correct"]).lower() == "true"]
    if len(options) < 2 or not right or len(right) == len(options) or not after:
        return None
    maker = BeautifulSoup("", "html.parser")
    asked, answer = maker.new_tag("div"), maker.new_tag("div")
    asked.append(BeautifulSoup(question.decode_contents(), "html.parser"))
    listed = "".join(f"<li>{term_name(tag)}</li>" for tag in options)
    asked.append(BeautifulSoup(f"<ul>{listed}</ul>", "html.parser"))
    said = "".join(f"<p>{term_name(tag)}</p>" for tag in right)
    answer.append(BeautifulSoup(said, "html.parser"))
    return Widget(asked, answer, question, after[0], True, also=tuple(after[1:]))


def _prop(item: Tag, name: str) -> Tag | None:
    """The first element inside `item` holding its microdata property `name`."""
    for tag in item.find_all(True):
        if tag.attrs and tag.attrs.get("itemprop") == name:
            return tag
    return None


def _target(attrs: Mapping[str, object]) -> str:
    """The id a collapse toggle opens, or ""."""
    toggle = attrs.get("data-bs-toggle") or attrs.get("data-toggle")
    controls = attrs.get("aria-controls")
    if isinstance(toggle, str) and toggle.lower() in _TOGGLES:
        target = attrs.get("data-bs-target") or attrs.get("data-target") or attrs.get("href")
        if isinstance(target, str) and target.startswith("#") and len(target) > 1:
            return target[1:]
    if isinstance(controls, str) and controls and "aria-expanded" in attrs:
        return controls.split()[0]
    return ""


def _asks_in_place(toggle: Tag) -> bool:
    """Whether a toggle's text reads as a question: it ends with a question mark of any
    script, or it sits in a part of the page that names itself an FAQ."""
    text = to_text(toggle.decode_contents())
    if not text or len(text.split()) > _MAX_WORDS:
        return False
    if text.rstrip(" )\"'”»*_").endswith(_MARKS):
        return True
    for holder in toggle.parents:
        if holder.attrs:
            words = " ".join([*tag_classes(holder), str(holder.attrs.get("id") or "")])
            if _FAQ_PLACE.search(words):
                return True
    return False


def _answer_sibling(
    question: Tag, classes: re.Pattern[str] = _ANSWER_CLASS, match: bool = False
) -> Tag | None:
    """The element after a question-classed one (or a term) whose class says it answers
    (or defines it), one element between them at most (a term's reading)."""
    for sibling in question.find_next_siblings(True, limit=2):
        test = classes.match if match else classes.search
        names = tag_classes(sibling)
        if "-" in sibling.name and not match:
            names = [*names, sibling.name]  # a custom element named so: `<faq-answer>`
        if any(test(c) for c in names):
            return sibling
    return None


def _placed(question: Tag, answer: Tag) -> Widget | None:
    """The pair as the walker meets it: the outermost elements holding the question and
    the answer apart, siblings with the question first; None if they are not."""
    if not to_text(question.decode_contents()) or not to_text(answer.decode_contents()):
        return None
    holders = {id(tag) for tag in answer.parents}
    top = question
    while top.parent is not None and id(top.parent) not in holders:
        if top.parent is answer:
            return None  # the question is inside its own answer
        top = top.parent
    common = top.parent
    if common is None or answer is common:
        return None
    answer_top = answer
    while answer_top.parent is not None and answer_top.parent is not common:
        answer_top = answer_top.parent
    following = top.find_next_siblings(True, limit=3)
    if not any(sibling is answer_top for sibling in following):
        return None
    # A heading, or paragraphs beside the question, are read as they are.
    read = top.name not in _HOLDS and top.find(list(_HOLDS)) is None
    if top is question and "-" in question.name:
        # An element named as the question (`<quiz-question>`) is one, code and all: only a
        # heading or a fold inside it would make it a section of its own.
        read = top.find([*HEADINGS, "details"]) is None
    return Widget(question, answer, top, answer_top, read)


# What a glossary card puts beside its term, classed so: an initial letter, a badge, a tag.
_DECORATION = lazy(
    r"(?:^|[-_])(?:letter|initial|badge|tag|chip|pill|label|icon|category|domain)(?:$|[-_])", re.I
)


def question_html(tag: Tag) -> str:
    """A widget's question as HTML, out of the boxes that only hold it (an accordion
    header's `<div class="title">`)."""
    inner = tag
    while True:
        kids = [c for c in inner.children if isinstance(c, Tag) or str(c).strip()]
        if len(kids) != 1 or not isinstance(kids[0], Tag) or kids[0].name not in {"div", "p"}:
            return inner.decode_contents().strip()
        inner = kids[0]


def term_name(tag: Tag) -> str:
    """A glossary card's term as HTML, without the letter badge or tag beside it
    (`<span class="term-letter">A</span> Agent <span class="term-tag">Domain 1</span>`)."""
    kept = copy.copy(tag)
    for child in kept.find_all(True):
        if any(_DECORATION.search(name) for name in tag_classes(child)):
            child.decompose()
    return kept.decode_contents().strip() or tag.decode_contents().strip()
