"""Answers hidden in `<details>` blocks, and multiple-choice questions: their options go
with the question and the labelled option is the answer."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

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
    may_ask,
    unwrap_p,
)
from .emphasis import without_explanation_title
from .items import first_line
from .labels import answer_summary, block_label, qa_label, strip_answer_mark, strip_label

__all__ = [
    "OPTION_LINE",
    "choice_item",
    "choices",
    "chosen_option",
    "details_blocks",
    "has_answer_item",
    "keyed_item",
    "lettered_choice",
    "starred_item",
    "unfolded_answer",
]


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
        else:
            question = NUMBERING.sub("", unwrap_p(summary))
            body, follow_ups = _follow_ups(body)
            yield Found(question, body, CardKind.BASIC, block.line, frozenset([i, *more]))
            for follow_up, reply in follow_ups:
                yield Found(follow_up, reply, CardKind.BASIC, block.line, frozenset([i, *more]))
        pending = []


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
        or (_NUMBERED.match(block.text) is not None and not _LINE_BREAK.search(inner_html(block)))
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


def choices(question: str, answer: str) -> tuple[str, str]:
    """A multiple-choice question: its options (`a) ...`, `b) ...`) go with the question and
    the labelled item (`**Respuesta correcta:** b) ===`, `Answer: C`) is the answer."""
    if answer.count("<ul") + answer.count("<ol") != 1 or not has_answer_item(answer):
        return lettered_choice(question, answer) or (question, answer)
    soup = BeautifulSoup(answer, "html.parser")
    items = soup.find_all("li")
    labelled = [li for li in items if qa_label(unwrap_p(li.decode_contents())) == "a"]
    if len(labelled) != 1 or len(items) < 3:
        return question, answer
    correct = strip_label(unwrap_p(labelled[0].decode_contents())).strip()
    labelled[0].decompose()
    return f"{question}{soup.decode()}", f"<p>{correct}</p>"


def has_answer_item(html: str) -> bool:
    return "<li" in html and any(
        qa_label(unwrap_p(item)) == "a" for item in re.findall(r"<li[^>]*>(.*?)</li>", html, re.S)
    )


# An option of a multiple-choice question on a line of its own: `A) ...`, `**B.** ...`.
_OPTION = lazy(r"^\s*\(?(?P<letter>[A-Ha-h])[).:]\s*(?P<text>\S.*)$", re.S)
_OPTION_BREAK = lazy(r"<br\s*/?>|\n|</?(?:p|li|ul|ol)\b[^>]*>", re.I)
_LETTER = lazy(r"\s*\(?(?P<letter>[A-Ha-h])\)?[.)]?\s*")
# The letter and the option's text after it: `b) DNS`, `c - 1250 grados`.
_LETTER_AND_TEXT = lazy(r"\s*\(?(?P<letter>[A-Ha-h])\)?(?:[.)]|\s+[-–—])\s+\S.*")


_SPACED_OPTION = lazy(r"^\s*(?P<letter>[A-H])\s+(?P<text>\S.*)$", re.S)


def _lettered_in_order(lines: Sequence[str]) -> bool:
    """Whether lines open with the letters A, B, C, ... in order, a space after each."""
    return len(lines) >= 2 and all(
        (m := _SPACED_OPTION.match(line)) is not None and m.group("letter") == "ABCDEFGH"[n]
        for n, line in enumerate(lines)
    )


def _names_letter(text: str) -> re.Match[str] | None:
    return _LETTER.fullmatch(text) or _LETTER_AND_TEXT.fullmatch(text)


def chosen_option(question: str, answer: str) -> str | None:
    """The answer of a multiple-choice question whose answer only names a letter
    (`**Réponse correcte : B**`, `Answer: (c)`): that option's text, then the explanation
    after the label. None when the answer names no option the question has."""
    first, rest = first_line(answer)
    label = re.sub(r"[*_]", "", to_text(first)).strip()
    letter = _LETTER.fullmatch(strip_label(label)) if qa_label(label) == "a" else None
    # Or the answer opens with the option's letter itself: "B. SSO is an authentication
    # tool ..." (the letter, then why), where "B." is no label but names option B.
    opening = None if letter else _LETTER_OPENING.match(label)
    if letter is None and opening is None:
        return None
    options: dict[str, tuple[str, str]] = {}  # upper-case letter -> the letter as written, text
    for line in _OPTION_BREAK.split(question):
        option = _OPTION.match(re.sub(r"[*_]", "", to_text(line)))
        if option:
            written = option.group("letter")
            options.setdefault(written.upper(), (written, option.group("text").strip()))
    named = letter or opening
    chosen = options.get(named.group("letter").upper()) if named else None
    if len(options) < 2 or chosen is None:
        return None
    why = (opening.group("why") or "").strip() if opening else ""
    if why.rstrip(".").casefold() == chosen[1].rstrip(".").casefold():
        why = ""  # "B) Bisque": the option's own words again
    why = escape(why)
    return f"<p>{chosen[0]}) {escape(chosen[1])}</p>{f'<p>{why}</p>' if why else ''}{rest.strip()}"


_LETTER_OPENING = lazy(r"^\(?(?P<letter>[A-Ha-h])\)?[.)](?:\s+(?P<why>\S.*))?$", re.S)


def lettered_choice(question: str, answer: str) -> tuple[str, str] | None:
    """A question whose answer opens with its lettered options, one a line (`a. ARP`,
    `b) DNS`), then a label naming one (`Answer: b`): the options go with the question,
    the chosen one is the answer, what follows the label its explanation."""
    lines = _joined_options([line for line in _OPTION_BREAK.split(answer) if to_text(line).strip()])
    plain = [re.sub(r"[*_]", "", to_text(line)).strip() for line in lines]
    # The label names a letter: `a. ARP` is an option, though `a.` may label an answer.
    label = next(
        (
            n
            for n, line in enumerate(plain)
            if qa_label(line) == "a"
            and (_names_letter(strip_label(line)) or _SPACED_OPTION.fullmatch(strip_label(line)))
        ),
        None,
    )
    if label is None:
        return _options_repeated(question, plain)
    matches = [_OPTION.match(line) for line in plain[:label]]
    spaced = not all(matches) and _lettered_in_order(plain[:label])
    if spaced:
        # `A Flat` / `B Natural` / `C Sharp`: letters in order, a space after each.
        matches = [_SPACED_OPTION.match(line) for line in plain[:label]]
    if len(matches) < 2 or not all(matches):
        return None  # something else before the label: not a choice
    options = [(m.group("letter"), m.group("text").strip()) for m in matches if m]
    named = strip_label(plain[label])
    by_letter = _names_letter(named)
    letter = by_letter or (_SPACED_OPTION.fullmatch(named) if spaced else None)
    chosen = [o for o in options if letter and o[0].upper() == letter.group("letter").upper()]
    if not chosen or (not by_letter and named != f"{chosen[0][0]} {chosen[0][1]}"):
        return None  # `Answer: C Sharp` names option C by its letter and its text both
    listed = "<br>".join(f"{escape(o[0])}) {escape(o[1])}" for o in options)
    explanation = "".join(f"<p>{line.strip()}</p>" for line in lines[label + 1 :])
    chosen_html = f"<p>{escape(chosen[0][0])}) {escape(chosen[0][1])}</p>"
    return f"{question}<p>{listed}</p>", chosen_html + explanation


def _joined_options(lines: list[str]) -> list[str]:
    """Lines with an option's wrapped line joined to it (`A) quantity demanded to a change
    in the price of a substitute or` / `complement`): a line that is neither an option nor
    a label, after an option, goes on with that option."""
    out: list[str] = []
    for line in lines:
        text = re.sub(r"[*_]", "", to_text(line)).strip()
        if (
            out
            and _OPTION.match(re.sub(r"[*_]", "", to_text(out[-1])))
            and not (_OPTION.match(text) or qa_label(text))
        ):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


def _options_repeated(question: str, plain: Sequence[str]) -> tuple[str, str] | None:
    """Lettered options, one a line (`a. Namespaces` ... `d. All of the above`), then the
    right ones written again under them, with no label: the options go with the question,
    the lines written again are the answer."""
    options: list[tuple[str, str]] = []
    for line in plain:
        option = _OPTION.match(line)
        if (
            option is None
            or option["letter"].lower() != "abcdefgh"[len(options) : len(options) + 1]
        ):
            break
        options.append((option["letter"], option["text"].strip()))
    written = {_said(f"{letter}) {text}"): (letter, text) for letter, text in options}
    again = [
        written.get(_said(_OPTION.sub(r"\g<letter>) \g<text>", line)))
        for line in plain[len(options) :]
    ]
    if len(options) < 2 or not again or not all(again):
        return None
    listed = "<br>".join(f"{escape(letter)}) {escape(text)}" for letter, text in options)
    answer = "".join(f"<p>{escape(o[0])}) {escape(o[1])}</p>" for o in again if o)
    return f"{question}<p>{listed}</p>", answer


def _said(text: str) -> str:
    return " ".join(text.split()).casefold()


# An option marked right by a lone mark before or after it (`2. *False`, `` `b` * ``,
# `'s'[0].isupper() °`, `Paris ✓`), which Markdown leaves as it is: QCon's and course
# quizzes' key.
_MARKED = lazy(
    r"^\s*(?:\*|✓|✔|✅)(?=[^\s*])(?P<a>(?:(?!\*).)+?)\s*$"
    r"|^(?P<b>.*?\S)\s*(?<=\s)(?:\*|°|✓|✔|✅)\s*$",
    re.S,
)


def marked_options(options: Sequence[str]) -> tuple[list[str], list[str]] | None:
    """Options some of which carry a mark of the right one: all the options without their
    marks, and the marked ones; None when none is marked, or all are."""
    marks = [_MARKED.match(option) for option in options]
    right = [(m["a"] or m["b"]).strip() for m in marks if m]
    if len(options) < 2 or not right or len(right) == len(options):
        return None
    texts = [
        (m["a"] or m["b"]).strip() if m else option.strip()
        for m, option in zip(marks, options, strict=True)
    ]
    return texts, right


def _options_answer(texts: Sequence[str], right: Sequence[str]) -> tuple[str, str]:
    """The options shown with a question, and the right ones as its answer (one that opens
    with a block, code, as it is)."""
    listed = "".join(f"<li>{text}</li>" for text in texts)
    answer = (
        (right[0] if _BLOCK_FIRST.match(right[0]) else f"<p>{right[0]}</p>")
        if len(right) == 1
        else "<ul>" + "".join(f"<li>{text}</li>" for text in right) + "</ul>"
    )
    return f"<ul>{listed}</ul>", answer


def starred_item(item: str) -> tuple[str, str] | None:
    """A list item that asks on its first line over a list of its options, the right ones
    marked (`*`, `°`, `✓`): the question with its options, and the marked ones."""
    head, rest = first_line(item)
    if "<li" not in rest:
        return None
    nested = BeautifulSoup(rest, "html.parser").find(["ul", "ol"])
    if not isinstance(nested, Tag) or not to_text(head).strip():
        return None
    options = [unwrap_p(li.decode_contents()) for li in nested.find_all("li", recursive=False)]
    marked = marked_options(options)
    if marked is None:
        return None
    shown, answer = _options_answer(*marked)
    return f"{NUMBERING.sub('', head).strip()}{shown}", answer


def keyed_item(item: str) -> tuple[str, str] | None:
    """A list item whose lines are a question (with or without its mark: "Identify the
    characteristics of a liquid."), its lettered options and a label naming one, however
    nested (options as sub-items, the key in a hidden `<span>`): the question with its
    options, and the chosen one."""
    if "<li" not in item:
        return None  # options of their own list, or no choice
    lines = [to_text(line).strip() for line in _OPTION_BREAK.split(item)]
    lines = [line for line in lines if line]
    first = next((n for n, line in enumerate(lines) if _OPTION.match(line)), 0)
    if len(lines) < 4 or not 1 <= first <= 3:
        return None
    # What stands between the question and its options is shown with it ("p+ = 12 n° = 14").
    question = escape(NUMBERING.sub("", lines[0]).strip()) + "".join(
        f"<p>{escape(line)}</p>" for line in lines[1:first]
    )
    return lettered_choice(question, "\n".join(escape(line) for line in lines[first:]))


def choice_item(item: str) -> tuple[str, str] | None:
    """A list item that asks on its first line, then lists lettered options and a label
    naming one: the question with its options, and the chosen one."""
    if not may_ask(item):
        return None  # no question mark of any script, nor an entity that may be one
    head, rest = first_line(item)
    first, _, more = _split_line(head)
    if not ends_question(to_text(first)):
        return None
    return lettered_choice(NUMBERING.sub("", first).strip(), f"{more}\n{rest}")


def _split_line(html: str) -> tuple[str, str, str]:
    parts = re.split(r"\s*(?:<br\s*/?>|\n)\s*", html, maxsplit=1)
    return (parts[0], "\n", parts[1]) if len(parts) == 2 else (html, "", "")


# A task-list item, as Markdown leaves it (`[x] Culture`) or as a page writes it (a checkbox).
_TASK = lazy(r"^\s*\[(?P<mark>[ xX])\]\s+(?P<text>\S.*)$", re.S)
_BLOCK_FIRST = lazy(r"\s*<(?:pre|p|ul|ol|table|blockquote)\b")
# A box alone on its line over what the option shows (`- [x]` over a block of code).
_BOX_OVER = lazy(
    r"^\s*<p(?:\s[^>]*)?>\s*\[(?P<mark>[ xX])\]\s*</p>\s*(?P<text><(?:pre|p|img)\b.*)$", re.S
)

# "**Options**:", "Opciones:" over a quiz's options.
_OPTIONS_LABEL = lazy(
    r"^\W*(?:options|choices|answers|opciones|opções|opcoes|optionen|auswahl|choix|opzioni|"
    r"opties|opcje|варианты|варіанти|選択肢|选项|選項|보기|선택지)\W*$",
    re.I,
)


def _shown_with_question(block: Tag) -> bool:
    """What may stand between a quiz's question and its options, shown with the question:
    code, a picture, a quoted hint, a short instruction ("Select all correct answers:"),
    an "Options:" label."""
    text = block.get_text(" ", strip=True)
    return (
        block.name in {"pre", "blockquote", "figure", "img"}
        or (block.name == "p" and block.find("img") is not None and not text)
        or (block.name == "p" and text.endswith(":") and len(text.split()) <= 8)
        or _OPTIONS_LABEL.match(text) is not None
    )


def checked_choice(found: Found) -> Found:
    """A question whose answer opens with its options as a task list, the right ones
    checked (`* [ ] Process`, `* [x] Culture`): the options go with the question, the
    checked ones are the answer, and what follows the list (the explanation) goes to the
    back. Every other find is returned as it is."""
    if found.kind not in {CardKind.BASIC, CardKind.LIST} or (
        "[x]" not in found.answer and "[X]" not in found.answer
    ):
        return found
    soup = BeautifulSoup(found.answer, "html.parser")
    blocks = [t for t in soup.contents if isinstance(t, Tag)]
    # The options may come after what the question shows (code, a picture, a hint quoted,
    # "Select all correct answers:") and an "Options:" label.
    first = next((n for n, b in enumerate(blocks) if b.name in {"ul", "ol"}), None)
    if first is None or not all(_shown_with_question(b) for b in blocks[:first]):
        return found
    shown = "".join(
        str(b) for b in blocks[:first] if not _OPTIONS_LABEL.match(b.get_text(" ", strip=True))
    )
    blocks = blocks[first:]
    options: list[tuple[bool, str]] = []
    notes = []  # a note under an option ("> This is the IPv4 address"): the back's
    for item in blocks[0].find_all("li", recursive=False):
        for inner in item.find_all(["blockquote", "ul", "ol"], recursive=False):
            notes.append(str(inner.extract()))
        content = unwrap_p(item.decode_contents())
        task = _TASK.match(content) or _BOX_OVER.match(content)
        opening = item.find(True, recursive=False)
        if task is None and opening is not None and opening.name == "p":
            # An option's paragraph, then a note of its own ("Wedging adds no water.").
            task = _TASK.match(opening.decode_contents())
            said = [tag.extract() for tag in opening.find_next_siblings(True)]
            if task is not None and said and said[0].name == "p":
                # Named by its option: the back holds the notes of several.
                said[0].insert(0, BeautifulSoup(f"{task['text'].strip()}: ", "html.parser"))
            notes += [str(tag) for tag in said]
        if task is None:
            return found
        options.append((task["mark"] != " ", task["text"].strip()))
    checked = [text for ticked, text in options if ticked]
    if len(options) < 2 or not checked or len(checked) == len(options):
        return found  # a to-do list, done or not: no choice was made
    listed, answer = _options_answer([text for _, text in options], checked)
    rest = "".join(notes) + "".join(str(block) for block in blocks[1:])
    several = len(checked) > 1  # "Which two ...?": recalled item by item
    return replace(
        found,
        question=f"{found.question}{shown}{listed}",
        answer=answer,
        kind=CardKind.LIST if several else CardKind.BASIC,
        items=tuple(to_text(text) for text in checked) if several else (),
        extra=without_explanation_title(rest) + found.extra,
    )


# A question that tells the learner to choose among its options: a list under it is its
# options, whatever their marks ("以下の選択肢から正しいものを1つ選びなさい").
_CHOOSE = lazy(
    r"\b(?:choose|select|pick)\b.{0,40}\b(?:correct|right|true|false|best|following|one|two|"
    r"three|all)\b|\bwhich (?:one )?of the following\b|選びなさい|選んで|選択肢|选出|选择正确|"
    r"哪一项|哪个选项|고르|골라|w[äa]hlen sie|elija|elige|seleccione|choisissez|scegli|escolha",
    re.I,
)


_LIST_TAG = lazy(r"<(?:ul|ol)\b")


def labelled_choice(found: Found) -> Found:
    """A question whose answer is its options (a list), then a label naming the right one
    (`* Answer: 1945`, `Answer: b`, `**Answer:** 2`): the options go with the question,
    the named option is the answer, what follows the label the explanation on the back.
    Every other find is returned as it is."""
    if found.kind not in {CardKind.BASIC, CardKind.LIST} or not (
        found.answer.lstrip().startswith(("<ul", "<ol")) or OPTION_LINE.match(found.answer)
    ):
        return found  # the common case, without parsing: no options first
    soup = BeautifulSoup(found.answer, "html.parser")
    blocks = [t for t in soup.contents if isinstance(t, Tag)]
    if not blocks or blocks[0].name not in {"ul", "ol", "p"}:
        return found
    if blocks[0].name == "p":
        # "a) 1985" / "b) 1977" on the lines of one paragraph: the options, letter and all.
        options = [o.strip() for o in _LINE_BREAK.split(blocks[0].decode_contents()) if o.strip()]
        if not all(OPTION_LINE.match(o) for o in options):
            return found
    else:
        options = [
            unwrap_p(li.decode_contents()) for li in blocks[0].find_all("li", recursive=False)
        ]
    tag = "ul" if blocks[0].name == "p" else blocks[0].name
    *kept, last = _LINE_BREAK.split(options[-1]) if options else [""]
    if blocks[0].name != "p" and kept and qa_label(last) == "a":
        # `- d. Docker` / `**Correct Answer:** a. Google` on the item's next line: the
        # label, not a part of the last option.
        options[-1] = "\n".join(kept)
        blocks.insert(1, BeautifulSoup(f"<p>{last}</p>", "html.parser").p or blocks[0])
    if len(blocks) == 1 and (marked := marked_options(options)) is not None:
        # Options one of which is marked right (`... °`, `... *`): the marked one answers.
        shown, answer = _options_answer(*marked)
        return replace(found, question=found.question + shown, answer=answer)
    if len(blocks) == 1:
        lettered = all(OPTION_LINE.match(o) for o in options)
        # Told to choose, and no options shown yet: the list is the options, not the choice.
        choose = _CHOOSE.search(to_text(found.question)) and not _LIST_TAG.search(found.question)
        if len(options) < 2 or not (lettered or choose):
            return found
        # "a) ... b) ... c) ..." and no word of which is right: a question left unanswered
        # (its key elsewhere or nowhere), not a card whose answer is its options.
        listed = "".join(f"<li>{option}</li>" for option in options)
        return replace(found, question=f"{found.question}<{tag}>{listed}</{tag}>", answer="")
    if blocks[1].name == "hr" and len(blocks) > 2:
        blocks = [blocks[0], *blocks[2:]]  # the options, a rule, then the answer
    label = blocks[1]
    if label.name == "p" and _BARE_LETTER.match(label.get_text()):
        # The right option's letter alone under lettered options (`- A: Unit testing` ...
        # `D`): the answer's label left unwritten.
        lettered = all(_LETTERED.match(to_text(o)) for o in options)
        written = BeautifulSoup(f"<p>Answer: {label.get_text().strip()}</p>", "html.parser").p
        if not lettered or written is None:
            return found
        label = written
    items = label.find_all("li", recursive=False) if label.name in {"ul", "ol"} else []
    if label.name in {"ul", "ol"} and len(items) != 1:
        return found
    said = unwrap_p(items[0].decode_contents() if items else label.decode_contents())
    if len(options) < 2 or qa_label(said) != "a":
        return found
    value = to_text(strip_label(said)).strip()
    chosen = _named_option(value, [to_text(o).strip() for o in options])
    if chosen is None:
        return found
    listed = "".join(f"<li>{option}</li>" for option in options)
    rest = "".join(str(block) for block in blocks[2:])
    return replace(
        found,
        question=f"{found.question}<{tag}>{listed}</{tag}>",
        answer=f"<p>{options[chosen]}</p>",
        kind=CardKind.BASIC,
        items=(),
        extra=without_explanation_title(rest) + found.extra,
    )


_BARE_LETTER = lazy(r"^\s*\(?[A-Ha-h][).]?\s*$")
_LETTERED = lazy(r"^\s*\(?[A-Ha-h]\s*[).:]\s+\S")
# An option on a line of its own, lettered: "a) 1985", "(b) Knuth", "C. Gruber".
OPTION_LINE = lazy(r"^\s*(?:<p[^>]*>\s*)?\(?[A-Ha-h][).]\s+\S")
_LINE_BREAK = lazy(r"\s*(?:<br\s*/?>|\n)\s*")


def _named_option(value: str, options: list[str]) -> int | None:
    """The option an answer label names: by its text, or by its number or letter."""
    for n, option in enumerate(options):
        if option.casefold() == value.casefold().rstrip("."):
            return n
    # The letter alone, or with the option's text after a dash: "b - Donald E. Knuth".
    mark = re.fullmatch(r"\(?([A-Ha-h]|\d{1,2})[).]?(?:\s+[-–—:]\s+.*)?", value, re.S)
    if mark is None:
        return None
    pick = mark.group(1)
    n = int(pick) - 1 if pick.isdigit() else ord(pick.upper()) - ord("A")
    return n if 0 <= n < len(options) else None
