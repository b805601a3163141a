"""Questions written without a label or emphasis inside one list item or paragraph: the
question is its first line, and the answer follows it on the next line, in the item's
nested list or paragraphs, or after it on the same line (`- What is X? A thing that ...`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bs4 import BeautifulSoup, Tag

from ..lazyre import lazy
from ..markup import to_text
from ..model import Block, BlockKind
from .base import (
    NUMBERED_PROMPT,
    NUMBERING,
    Scope,
    asks_without_mark,
    ends_question,
    inner_html,
    question_mark_for,
    question_text,
    unwrap_p,
)
from .labels import answer_summary, block_label, qa_label, strip_answer_mark

__all__ = [
    "QA",
    "bold_choice",
    "first_line",
    "item_lines",
    "numbered_question",
    "only_item",
    "plain_questions",
    "question_item",
    "question_items",
    "question_lines",
]

QA = tuple[str, str, tuple[str, ...]]  # a question, its answer (HTML) and a list answer's items

# Where the first line of an item ends: a line break, or the block its answer starts with.
_BREAK = lazy(r"\s*(?:<br\s*/?>\s*|\n\s*(?=[^<\s])|(?=<(?:p|ul|ol|pre|blockquote|table|div)\b))")
# A question and its answer on one line: the question's mark, a space, an answer's first
# letter (never `?)` or a second question mark).
_SAME_LINE = lazy(
    r"^(?P<q>[^<>]{8,}?\?(?=\s)|[^<>]{4,}?？)\s*(?:[-－—–]{1,2}\s*)?(?P<a>[^\s?？－-].*)$", re.S
)
# Only a question word opens a question answered on its own line ("What is X? A thing
# ..."): "Found a bug? Open an issue." is an invitation, not a card.
_ASKS_FOR_CONTENT = lazy(
    r"^\s*(?:(?:what|why|how|when|where|which|who|whom|whose|was|wie|warum|wann|wo|welche[rsn]?|"
    r"wer|que|quoi|comment|pourquoi|quand|où|quel(?:le)?s?|qui|qu'|o que|como|qual|quais|"
    r"onde|quando|quem|cosa|perch[ée]|dove|chi|quale)\b|[¿\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])",
    re.I,
)
# A question and its answer on one line split by an arrow (`Stack vs queue? → LIFO vs
# FIFO`): the first arrow splits, later ones belong to the answer.
_ARROW = lazy(r"^(?P<q>[^<>]*?\S)\s*(?:→|⇒|⟶|-&gt;|=&gt;)\s*(?P<a>\S.*)$", re.S)
_ONE_ITEM_LIST = lazy(
    r"^\s*<(ul|ol)[^>]*>\s*<li[^>]*>(?P<item>(?:(?!<li\b).)*)</li>\s*</\1>\s*$", re.S
)


_FIRST_PARAGRAPH = lazy(r"^\s*<p[^>]*>(?P<q>(?:(?!</?p\b).)*)</p>(?P<rest>.*)$", re.S)


@lru_cache(maxsize=1 << 10)
def first_line(html: str) -> tuple[str, str]:
    """An item's (or paragraph's) first line and the rest: its first paragraph, or the text
    before a line break or the nested block that follows it."""
    html = unwrap_p(html)
    first = _FIRST_PARAGRAPH.match(html)
    if first:
        return first.group("q").strip(), first.group("rest")
    match = _BREAK.search(html)
    head, rest = (html[: match.start()], html[match.end() :]) if match else (html, "")
    return head.strip(), rest


def only_item(html: str) -> str | None:
    """The item of a list of one item and nothing else, without its paragraph tag."""
    match = _ONE_ITEM_LIST.match(html)
    return unwrap_p(match.group("item")) if match else None


# An interview's order in place of a question, on an item's first line: a sentence that ends
# with a full stop ("Name five types of data Go uses."), or an order to tell what, how or
# whether, stop or not ("Explain what a rune is").
_ORDER = lazy(
    r"^(?:explain|describe|tell|name|list|state|mention)\s+"
    r"(?:what|why|how|whether|when|where|which|who|for\s+what)\b.{3,}$",
    re.I,
)


def _prompt_line(text: str) -> bool:
    """Whether an item's first line gives an interview's order instead of a question."""
    text = text.strip()
    return bool(NUMBERED_PROMPT.match(text) or _ORDER.match(text))


# A first line of text, code or links (`What is the difference between `String` and ...?`):
# a question's own words; bold ones are read by the emphasis rules.
_PLAIN_HEAD = lazy(r"^(?:[^<]|</?(?:code|kbd|em|i|sub|sup|a)\b[^>]*>)*$")


def question_item(
    html: str, same_line: bool = False, prompts: bool = False, any_opening: bool = False
) -> QA | None:
    """Split one item's (or paragraph's) HTML into the question of its first line and the
    answer after it; with `same_line`, also `What is X? An answer.` written on one line;
    with `prompts`, also an interview's order ("Explain what a rune is") over its answer."""
    head, rest = first_line(html)
    if _labelled_answer(head, rest):
        # The next line's `Answer:` (`Réponse :`, a folded "Ответ") says the first line
        # asked, with a question mark or an order ("Define HTML"): the label goes, the
        # answer stays.
        rest = strip_answer_mark(rest.lstrip())
    elif prompts and "<" not in head and _prompt_line(to_text(head)):
        head = head.strip().rstrip(".")
    elif (
        "<" not in head
        and to_text(rest).strip()
        and not head.rstrip().endswith((":", "："))
        and asks_without_mark(to_text(head))
    ):
        # "What is an Operating System \" over its answer: a question without its mark.
        head = head.strip() + question_mark_for(head)
    elif not _PLAIN_HEAD.match(head) or not ends_question(to_text(head)):
        line = _SAME_LINE.match(head) if same_line else None
        if line and (any_opening or _ASKS_FOR_CONTENT.match(NUMBERING.sub("", line.group("q")))):
            # The answer goes on after its line: the blocks below are more of it.
            head = line.group("q")
            rest = f"<p>{line.group('a')}</p>{rest}" if rest.strip() else line.group("a")
        else:
            return None
    question = NUMBERING.sub("", head).strip()
    if not to_text(rest).strip() or not to_text(question):
        return None
    one = _ONE_ITEM_LIST.match(rest)
    answer = unwrap_p(one.group("item")) if one else rest.strip()
    if not answer.startswith("<"):
        answer = f"<p>{answer}</p>"
    return question, answer, _list_items(answer)


_STATEMENT = lazy(
    r"^\s*<p>(?P<head>[^<]{8,200}?)</p>\s*(?P<rest><(?:p|ul|ol|pre|blockquote)\b.*)$", re.S
)


def _statement_entry(item: str) -> QA | None:
    """A loose item whose first paragraph states (two words or more, no lead-in colon) and
    whose next blocks answer it."""
    match = _STATEMENT.match(item)
    if match is None:
        return None
    head = match["head"].strip()
    if head.endswith((":", "：")) or len(head.split()) < 2 or not to_text(match["rest"]).strip():
        return None
    return head.rstrip("."), match["rest"].strip(), _list_items(match["rest"].strip())


def bold_choice(html: str) -> QA | None:
    """A quiz item: its first line asks (with a question mark or not: "... except",
    "Correctly order the steps:"), then come its options as a list, the right ones wholly
    in bold. The options go with the question, unmarked, and so does what stands between
    (a figure, numbered statements); the bold ones are the answer, a list when several are
    ("Select all that apply")."""
    if "<strong>" not in html and "<b>" not in html:
        return None
    head, rest = first_line(html)
    # A level or tag on its own line after the question (`**[PROFESSIONAL]**`): no part of it.
    head = _TAG_LINE.sub("", head)
    if "<" in head or not to_text(head).strip():
        return None
    blocks = [t for t in BeautifulSoup(rest, "html.parser").contents if isinstance(t, Tag)]
    if not blocks or blocks[-1].name not in {"ol", "ul"} or any(b.name != "p" for b in blocks[:-1]):
        return None
    options = [unwrap_p(li.decode_contents()) for li in blocks[-1].find_all("li", recursive=False)]
    bold = [_WHOLLY_BOLD.fullmatch(option) for option in options]
    chosen = [m.group("inner").strip() for m in bold if m]
    if len(options) < 2 or not chosen or len(chosen) == len(options):
        return None
    listed = "".join(
        f"<li>{m.group('inner').strip() if m else o}</li>"
        for m, o in zip(bold, options, strict=True)
    )
    tag = blocks[-1].name
    question = NUMBERING.sub("", head).strip() + "".join(str(b) for b in blocks[:-1])
    question += f"<{tag}>{listed}</{tag}>"
    if len(chosen) == 1:
        return question, f"<p>{chosen[0]}</p>", ()
    answer = "<ul>" + "".join(f"<li>{c}</li>" for c in chosen) + "</ul>"
    return question, answer, tuple(to_text(c) for c in chosen)


# An option wholly in bold, maybe with a note in brackets on the line after it.
_WHOLLY_BOLD = lazy(
    r"\s*<(strong|b)>(?P<inner>(?:(?!</?\1>).)+)</\1>\s*(?:<br\s*/?>\s*\([^<>]*\)\s*)?", re.S
)
_TAG_LINE = lazy(r"\s*<br\s*/?>\s*<(strong|b|em)>\s*\[[^\]<>]{1,30}\]\s*</\1>\s*$")


def _labelled_answer(head: str, rest: str) -> bool:
    """A first line of plain text whose next line opens with an answer's label, or with a
    collapsible that only hides the answer."""
    if "<" in head or not to_text(head).strip():
        return False
    opening = _OPENING_P.match(rest)
    if qa_label(rest[opening.end() if opening else 0 :]) == "a":
        return True
    # A collapsible titled only "Answer" ("Ответ", "Show answer") under the line.
    folded = _FOLDED.match(rest)
    return folded is not None and answer_summary(to_text(folded["summary"]).strip())


_FOLDED = lazy(r"^\s*<details[^>]*>\s*<summary[^>]*>(?P<summary>.*?)</summary>", re.S)


# The opening of what follows a question's line: its paragraph, or a nested list whose
# first item may hold the answer's label (`1. Which drug ...:` / `* Selected Answer: ...`).
_OPENING_P = lazy(r"^\s*(?:<p[^>]*>|<ul[^>]*>\s*<li[^>]*>(?:\s*<p[^>]*>)?)?")


def _list_items(answer: str) -> tuple[str, ...]:
    """The items of an answer that is one list and nothing else (what a list card recalls)."""
    if not re.fullmatch(r"\s*<(ul|ol)\b.*</\1>\s*", answer, re.S):
        return ()
    soup = BeautifulSoup(answer, "html.parser")
    lists = soup.find_all(["ul", "ol"], recursive=False)
    if len(lists) != 1:
        return ()
    return tuple(to_text(li.decode_contents()) for li in lists[0].find_all("li", recursive=False))


def question_items(
    block: Block, after: Block | None = None, least: int = 2
) -> list[tuple[int, QA]] | None:
    """The questions and answers of a list whose items ask on their first line and answer
    after it (in a nested list, a paragraph or the next line). Where most items do so, or
    where every item asks (an interview sheet, its orders such as "Explain what X is" too),
    an item that only asks is a question left without an answer (empty: a finding, no card)
    and an item that asks nothing is skipped; the last item's answer may be the list right
    `after` the block (a nested list indented too little to nest). Answers on the
    question's own line count only where every item of two or more has one, so one
    sentence that asks and goes on is not taken for a card. Each comes with the index of
    its item. An FAQ asks in one item as well (`least`): "- ¿Cómo ...?" over its answer
    nested, alone under its category heading."""
    if block.kind is not BlockKind.LIST or not block.items:
        return None
    # A list whose every item asks, by its mark or as an interview's order, and one or more
    # by its mark: an interview sheet, however few of its questions are answered yet.
    heads = [to_text(first_line(item)[0]) for item in block.items if to_text(item).strip()]
    marked = [ends_question(head) for head in heads]
    sheet = any(marked) and all(m or _prompt_line(h) for m, h in zip(marked, heads, strict=True))
    pairs = [question_item(item, prompts=sheet) for item in block.items]
    quiz = [bold_choice(item) for item in block.items]
    if sum(q is not None for q in quiz) >= 2:
        # A quiz: its items ask, with a question mark or not, over options marked in bold.
        pairs = [q or p for q, p in zip(quiz, pairs, strict=True)]
    # The last item answered by the list after it counts; an empty item (`39.`) does not.
    answered = sum(p is not None for p in pairs) + (
        pairs[-1] is None and after is not None and after.kind is BlockKind.LIST
    )
    written = len(heads)
    if answered >= least and (sheet or answered * 2 >= written):
        found: list[tuple[int, QA]] = []
        for n, (item, pair) in enumerate(zip(block.items, pairs, strict=True)):
            text = to_text(item)
            bare = "<" not in unwrap_p(item).strip()
            if pair is not None or (pair := question_item(item, same_line=True)):
                found.append((n, pair))
            elif bare and (ends_question(text) or (sheet and _prompt_line(text))):
                question = NUMBERING.sub("", unwrap_p(item)).strip().rstrip(".")
                last = n == len(pairs) - 1 and after is not None
                if last and after is not None and after.kind is BlockKind.LIST:
                    answer = _ONE_ITEM_LIST.match(after.html)
                    html = f"<p>{unwrap_p(answer.group('item'))}</p>" if answer else after.html
                    items = () if answer else _list_items(after.html)
                    found.append((n, (question, html, items)))
                else:
                    found.append((n, (question, "", ())))
            elif entry := _statement_entry(item):
                # Among items that ask, one that states a problem in a paragraph of its own
                # over its fix ("Avogadro crashes when ...") is an entry of the FAQ too.
                found.append((n, entry))
        return found
    if len(block.items) < 2:
        return None
    # Where an FAQ's list asks on every line, a question need not open with a question word
    # ("Esqueci minha senha, o que devo fazer? Na página ..."): every item says so.
    same = [question_item(item, same_line=True, any_opening=least < 2) for item in block.items]
    if all(same):
        return [(n, p) for n, p in enumerate(same) if p is not None]
    return arrow_items(block)


def arrow_items(block: Block) -> list[tuple[int, QA]] | None:
    """A list of an answer key, each item `question → answer` on one line: a card per item
    where every item (two or more) has its arrow and most of the questions before it end
    with a question mark ("Cite two paradigms. → ..." among them is still asked); steps
    joined by arrows (`Build → Test → Ship`) ask nothing and are left alone."""
    if len(block.items) < 2:
        return None
    splits = [_ARROW.match(unwrap_p(item).strip()) for item in block.items]
    if not all(splits):
        return None
    questions = [NUMBERING.sub("", m.group("q")).strip() for m in splits if m]
    if sum(ends_question(to_text(q)) for q in questions) * 2 <= len(questions):
        return None
    return [
        (n, (q, f"<p>{m.group('a').strip()}</p>", ()))
        for n, (q, m) in enumerate(zip(questions, splits, strict=True))
        if m and to_text(q).strip()
    ]


def item_lines(block: Block) -> list[int]:
    """The line each item of a list starts on (Markdown's `data-line`), else the list's."""
    soup = BeautifulSoup(block.html, "html.parser")
    top = soup.find(["ul", "ol"])
    if not isinstance(top, Tag):
        return [block.line] * len(block.items)
    lines = [li.get("data-line") for li in top.find_all("li", recursive=False)]
    found = [int(v) if isinstance(v, str) and v.isdigit() else block.line for v in lines]
    return found if len(found) == len(block.items) else [block.line] * len(block.items)


_LINES = lazy(r"\s*(?:<br\s*/?>|\n)\s*", re.I)


def question_lines(block: Block) -> list[QA]:
    """A paragraph whose first line is a question and whose next lines answer it; or whose
    every line (two or more) asks and answers (`What is X?<tab>A thing that ...`, the
    lines of a flashcard file)."""
    if block.kind is not BlockKind.PARAGRAPH or "\n" not in block.html.strip():
        return []
    if one := question_item(block.html):
        return [one]
    lines = [line for line in _LINES.split(unwrap_p(block.html)) if line.strip()]
    pairs = [question_item(line, same_line=True) for line in lines]
    return [p for p in pairs if p is not None] if len(lines) >= 2 and all(pairs) else []


def plain_questions(scope: Scope, blocks: Sequence[tuple[int, Block]]) -> set[int]:
    """The paragraphs that only ask ("Why is my upload slow?", three words or more, no
    label) with an answer under them that does not ask, and numbered questions alone in a
    list of one item (`1. What is X?` over a paragraph): questions in an FAQ, or where a
    section holds two or more of them. Not under a heading that asks: there a paragraph
    that asks is part of its answer."""
    heading = scope.section.heading
    if question_text(heading) or asks_without_mark(heading):
        return set()
    found = set()
    for n, (_, block) in enumerate(blocks[:-1]):
        after = blocks[n + 1][1]
        if (
            (
                (
                    block.kind is BlockKind.PARAGRAPH
                    and not block_label(block)
                    and ends_question(block.text)
                    # `**1. What is X?**` is an emphasised question, read as such.
                    and not inner_html(block).lstrip().startswith("<")
                )
                or numbered_question(block)
                or quoted_question(block) is not None
            )
            and 3 <= len(block.text.split()) <= 40
            and not numbered_question(after)
            and not (after.kind is BlockKind.PARAGRAPH and ends_question(after.text))
            and not block_label(after)  # an `Answer:` paragraph: the labelled form
            and after.kind in {BlockKind.PARAGRAPH, BlockKind.LIST, BlockKind.CODE, BlockKind.QUOTE}
        ):
            found.add(n)
    if sum(numbered_question(blocks[n][1]) for n in found) >= 2:
        # Among numbered questions, one that ends in a colon over the code or the quoted
        # answer it asks about ("11) Given this Go code, what does it print:") asks too.
        found |= {
            n
            for n, (_, block) in enumerate(blocks[:-1])
            if _numbered_colon(block) and blocks[n + 1][1].kind in {BlockKind.CODE, BlockKind.QUOTE}
        }
    return found if scope.faq or len(found) >= 2 else set()


def _numbered_colon(block: Block) -> bool:
    """`11) Given this code, what does it print:` alone in a list of one numbered item."""
    if block.kind is not BlockKind.LIST or len(block.items) != 1 or not block.ordered:
        return False
    nested = re.search(r"<(?:p|ul|ol|pre|div|table|blockquote)\b", unwrap_p(block.items[0]))
    return nested is None and to_text(block.items[0]).strip().endswith((":", "："))


_QUOTED_P = lazy(
    r"^\s*<blockquote[^>]*>\s*<p[^>]*>(?P<q>(?:(?!</?p\b).)*)</p>\s*</blockquote>\s*$", re.S
)


def quoted_question(block: Block) -> str | None:
    """The question of a quote that only asks (`> How do I cite X?`), as HTML, or None: a
    page setting each question apart in a quote over its answer."""
    if block.kind is not BlockKind.QUOTE:
        return None
    match = _QUOTED_P.match(block.html)
    if match is None or not ends_question(to_text(match["q"])) or block_label(block):
        return None
    return match["q"].strip()


def numbered_question(block: Block) -> bool:
    """`1. What is X?` (or `3. Explain X.`) alone in a list of one item: a numbered
    question whose answer Markdown left outside the list."""
    if block.kind is not BlockKind.LIST or len(block.items) != 1 or not block.ordered:
        return False
    text = to_text(block.items[0]).strip()
    nested = re.search(r"<(?:p|ul|ol|pre|div|table|blockquote)\b", unwrap_p(block.items[0]))
    return nested is None and (ends_question(text) or NUMBERED_PROMPT.match(text) is not None)
