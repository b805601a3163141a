"""Explicit questions and answers, in every form guides write them (terms and their
meanings are in `terms`)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from bs4 import BeautifulSoup

from ..markup import escape, has_cloze, to_text
from ..model import Block, BlockKind, CardKind, Section
from .base import (
    NUMBERING,
    Found,
    Scope,
    asks_without_mark,
    ends_question,
    entry_question,
    inner_html,
    is_toc,
    label_heading,
    qa_label,
    question_mark_for,
    question_text,
    split_answer_line,
    strip_label,
    toc_text,
    unwrap_p,
    visible,
)
from .items import question_item, question_items, question_lines

# A summary that names no question but only hides the answer ("Show answer", "Ver
# respuesta", "Antwort", "答案"): the question is the text above it.
_ANSWER_SUMMARY = re.compile(
    r"^\W*(?:(?:show|see|reveal|view|check|toggle|display|ver|mostrar|ver la|zeige|"
    r"voir|afficher|mostra|mostrar a|ver a|toon|bekijk|poka[żz]|g[öo]ster|lihat|xem|"
    r"показать|посмотреть|查看|显示|点击查看|点此查看|보기)\s*(?:the |la |die |"
    r"la |le |a |o )?)?(?:sample |suggested |model |possible |correct )?"
    r"(?:answers?|solutions?|explanation|details|hints?|respuestas?|soluci[oó]n|"
    r"soluciones|antwort(?:en)?|l[oö]sung(?:en)?|r[ée]ponses?|corrig[ée]|respostas?|"
    r"solu[cç][aã]o|risposta|soluzione|antwoord|odpowied[źz]|cevab[ıi]?|jawaban|"
    r"[đd][áa]p\s+[áa]n|ответы?|відповідь|απάντηση|답변?|정답|"
    r"答案|解答|参考答案|答|解析|回答|答え|"
    r"click (?:here )?to (?:expand|reveal|show|see)(?: (?:the )?answer)?|"
    r"klicken zum (?:aufklappen|ausklappen)|click to expand|expand|展开|点击展开)"
    r"(?:\s*\((?:click|klicken|clic|haz clic)[^)]*\))?[\s:.!…]*$",
    re.I,
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
            pairs = [split_answer_line(unwrap_p(item)) for item in block.items]
            if all(p is not None and _asks_text(p[0]) for p in pairs):
                for question, answer in (p for p in pairs if p is not None):
                    q = NUMBERING.sub("", strip_label(question)).strip()
                    a = strip_label(answer).strip()
                    yield Found(q, f"<p>{a}</p>", CardKind.BASIC, block.line, frozenset([i]))
    for n, (i, block) in enumerate(blocks):
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        marker = _marker(block)
        inner = inner_html(block)
        parts = split_answer_line(inner)
        following = blocks[n + 1 :]
        answered = bool(following) and (
            _marker(following[0][1]) == "a"
            # `**Question:** ...` with its answer quoted below it.
            or (marker == "q" and following[0][1].kind is BlockKind.QUOTE)
        )
        # A question needs its label, or an answer's label right after it: a paragraph that
        # only ends with "?" may be a rhetorical one in prose.
        if marker != "q" and not (
            (parts is not None and _asks_text(parts[0])) or (answered and ends_question(inner))
        ):
            continue
        question_html = NUMBERING.sub("", strip_label(parts[0] if parts else inner)).strip()
        if parts is not None:
            run = _answer_run(following, stop_at_a=True)
            answer = f"<p>{strip_label(parts[1])}</p>" + "".join(b.html for _, b in run)
            used = frozenset([i, *(j for j, _ in run)])
            yield Found(question_html, answer, CardKind.BASIC, block.line, used)
            continue
        if not answered:
            yield Found(question_html, "", CardKind.BASIC, block.line, frozenset([i]))
            continue
        first_j, first = following[0]
        rest = _answer_run(following[1:], stop_at_a=True)
        answer = f"<p>{strip_label(inner_html(first))}</p>" + "".join(b.html for _, b in rest)
        used = frozenset([i, first_j, *(j for j, _ in rest)])
        yield Found(question_html, answer, CardKind.BASIC, block.line, used)


def _asks_text(html: str) -> bool:
    """A labelled question (`Q:`, `Que.`) or a line that ends with a question mark."""
    return qa_label(html) == "q" or ends_question(to_text(html))


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
        return ends_question(to_text(block.items[0]))
    if block.kind is not BlockKind.PARAGRAPH:
        return False
    return ends_question(block.text) or _marker(block) == "q"


def _question_html(block: Block) -> str:
    html = unwrap_p(block.items[0]) if block.kind is BlockKind.LIST else inner_html(block)
    # `**1. What is X?**`: the emphasis wraps the numbering too.
    whole = re.fullmatch(r"\s*<(strong|b|em)>(?P<q>(?:(?!</?\1>).)*)</\1>\s*", html, re.S)
    html = whole.group("q") if whole else html
    return NUMBERING.sub("", strip_label(html)).strip()


def emphasised_questions(scope: Scope) -> Iterator[Found]:
    """A bold (or italic) question line, or a list item that starts with one, and its answer."""
    blocks = scope.blocks()
    for n, (i, block) in enumerate(blocks):
        if block.kind is BlockKind.LIST:
            split = [_emphasised_question(unwrap_p(item)) for item in block.items]
            if block.items and not all(split) and sum(map(bool, split)) * 3 >= len(split) * 2:
                # `1. **Tell me about yourself** - ...` among bold questions: a prompt too.
                split = [
                    s or _emphasised_prompt(unwrap_p(item))
                    for s, item in zip(split, block.items, strict=True)
                ]
            if block.items and all(s is not None for s in split):
                for question, answer in (s for s in split if s is not None):
                    question, answer = choices(question, answer)
                    yield Found(question, answer, CardKind.BASIC, block.line, frozenset([i]))
            else:
                # `- What is X?` and its answer below it, nested, or after it on its line.
                nxt = blocks[n + 1] if n + 1 < len(blocks) else None
                after = nxt[1] if nxt is not None and nxt[0] == i + 1 else None
                pairs = question_items(block, after) or []
                # The last question's answer was the list after it: that list is used too.
                took_after = (
                    bool(pairs)
                    and after is not None
                    and bool(pairs[-1][1])
                    and question_item(block.items[-1]) is None
                )
                used = frozenset([i, i + 1] if took_after else [i])
                for question, answer, items in pairs:
                    kind = CardKind.LIST if items else CardKind.BASIC
                    yield Found(question, answer, kind, block.line, used, items)
            continue
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        split_para = _emphasised_question(inner_html(block))
        if split_para is None:
            if lines := question_lines(block):  # "What is X?" and its answer on the next line
                yield Found(lines[0], lines[1], CardKind.BASIC, block.line, frozenset([i]))
            continue
        question, rest = split_para
        run = []
        for j, following in blocks[n + 1 :]:
            if following.kind is BlockKind.PARAGRAPH and (
                _emphasised_question(inner_html(following))
                or _BOLD_TITLE_LINE.match(inner_html(following))
            ):
                break  # the next question, or a bold line over a part of its own
            if following.kind is BlockKind.DETAILS:
                break
            run.append((j, following))
        answer = (f"<p>{rest}</p>" if rest else "") + "".join(b.html for _, b in run)
        used = frozenset([i, *(j for j, _ in run)])
        question, answer = choices(question, _strip_answer_mark(answer))
        yield Found(question, answer, CardKind.BASIC, block.line, used)


def choices(question: str, answer: str) -> tuple[str, str]:
    """A multiple-choice question: its options (`a) ...`, `b) ...`) go with the question and
    the labelled item (`**Respuesta correcta:** b) ===`, `Answer: C`) is the answer."""
    if answer.count("<ul") + answer.count("<ol") != 1 or not has_answer_item(answer):
        return question, answer
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


def question_heading(scope: Scope) -> Iterator[Found]:
    """A heading that asks a question; the blocks under it are the answer."""
    heading = scope.section.heading
    if label_heading(heading) == "q":
        yield from _labelled_heading(scope)
        return
    question = question_text(toc_text(heading, scope.toc) or heading) or question_text(heading)
    if question is None and asks_without_mark(heading):
        question = NUMBERING.sub("", visible(heading)).strip()
        question += question_mark_for(question)
    if question is None and scope.faq and not scope.has_children:
        # An entry of an FAQ or interview section asks, with or without its mark.
        question = entry_question(heading, scope.entry)
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


def _labelled_heading(scope: Scope) -> Iterator[Found]:
    """`## Question:` over the question's paragraph, then its answer (under an `### Answer:`
    heading or not): the heading only labels."""
    blocks = [(i, b) for i, b in scope.blocks() if not is_toc(b)]
    if not blocks or blocks[0][1].kind is not BlockKind.PARAGRAPH:
        return
    (first, asked), rest = blocks[0], blocks[1:]
    # The `### Answer:` heading appended with the answer's section labels it, no more.
    rest = [
        (i, b)
        for i, b in rest
        if not (b.kind is BlockKind.OTHER and label_heading(b.text) == "a")
        and not (b.kind is BlockKind.OTHER and not b.text.strip())  # a rule between entries
    ]
    question = NUMBERING.sub("", strip_label(inner_html(asked))).strip()
    answer = _strip_answer_mark("".join(b.html for _, b in rest))
    used = frozenset([first, *(i for i, _ in blocks[1:])])
    yield Found(question, answer, CardKind.BASIC, asked.line, used)


def entry_runs(sections: Sequence[Section]) -> set[int]:
    """The short headings among FAQ entries that ask: sibling headings with no headings
    under them, of which all but one ask (`fd` does not find my file!, "How do I ...?")
    and at least two do; the one left ("Colorized output") is an entry too."""
    groups: dict[tuple[tuple[str, ...], int], list[int]] = {}
    for n, section in enumerate(sections):
        nested = n + 1 < len(sections) and sections[n + 1].level > section.level
        if section.level and not nested:
            groups.setdefault((section.path[:-1], section.level), []).append(n)
    members: set[int] = set()
    for group in groups.values():
        asking = [n for n in group if _entry_asks(sections[n].heading)]
        if len(asking) >= 2 and len(asking) >= len(group) - 1:
            members.update(group)
    return members


def _entry_asks(heading: str) -> bool:
    return bool(question_text(heading) or asks_without_mark(heading) or entry_question(heading))


def _marker(block: Block) -> str:
    """`q` or `a` for a `Q:`/`A:` paragraph, else empty."""
    if block.kind is not BlockKind.PARAGRAPH:
        return ""
    return qa_label(inner_html(block))


def _answer_run(
    blocks: Sequence[tuple[int, Block]], stop_at_a: bool = False
) -> list[tuple[int, Block]]:
    """The blocks that continue an answer: up to the next `Q:` (or `A:`) or heading."""
    run = []
    for k, (j, block) in enumerate(blocks):
        marker = _marker(block)
        if marker == "q" or (stop_at_a and marker == "a"):
            break
        # A list of `question<br>Ans: answer` items holds cards of its own.
        if (
            block.kind is BlockKind.LIST
            and block.items
            and split_answer_line(unwrap_p(block.items[0])) is not None
        ):
            break
        # The next question, unlabelled but answered by a labelled paragraph.
        after = blocks[k + 1][1] if k + 1 < len(blocks) else None
        if (
            block.kind is BlockKind.PARAGRAPH
            and ends_question(block.text)
            and after is not None
            and _marker(after) == "a"
        ):
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
    """Drop an `A:`, `Answer:`, `**Respuesta:**` or `答：` that starts an answer."""
    match = re.match(r"^\s*(?:<p[^>]*>)?", html)
    opening = match.group(0) if match else ""
    rest = html[len(opening) :]
    return opening + strip_label(rest) if qa_label(rest) == "a" else html


_EMPHASIS = re.compile(
    r"^\s*(?:\d+[.)]\s*)?<(strong|b|em|i)>\s*(?P<q>.+?)\s*</\1>\s*(?P<rest>.*)$", re.S
)


_UNCLOSED_BOLD = re.compile(r"(?:\*\*|__)(?P<q>[^*_<\n]{3,200}\?)[^\w\s<]{0,3}")


# A bold line standing alone over the text below it (`<b>Summary</b><br>`): a title.
_BOLD_TITLE_LINE = re.compile(r"^\s*<(strong|b)>[^<]+</\1>\s*(?:<br\s*/?>|\n)")
# A numbered bold line that asks in a sentence ending with a full stop: a question word or
# an interview's imperative, in the languages guides are written in.
_NUMBERED_PROMPT = re.compile(
    r"^(?:what|why|how|when|where|which|who|explain|describe|define|list|name|compare|"
    r"give|write|tell|differentiate|distinguish|mention|state|explica|describe|define|"
    r"menciona|nombra|enumera|erkläre|beschreibe|nenne|explique|décrivez|citez)\b.{8,}\.$",
    re.I,
)


def _emphasised_prompt(html: str) -> tuple[str, str] | None:
    """Split `<strong>Prompt</strong> - answer` into the prompt and its answer."""
    match = _EMPHASIS.match(html)
    if not match or "<" in match.group("q"):
        return None
    rest = re.sub(r"^\s*(?:<br\s*/?>|[-–—]\s)?\s*", "", match.group("rest")).strip()
    if not rest:
        return None
    return NUMBERING.sub("", strip_label(match.group("q"))).strip(), rest


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
    numbered = NUMBERING.match(strip_label(match.group("q"))) is not None
    question = NUMBERING.sub("", strip_label(match.group("q"))).strip()
    rest = match.group("rest")
    if numbered and not ends_question(question) and _NUMBERED_PROMPT.match(question):
        # `<b>1. What is X, and list its features.</b>`: a numbered prompt asks, full stop.
        question = question.rstrip(".")
    elif not ends_question(question):
        if not rest.lstrip().startswith("?"):
            return None
        question, rest = question + "?", rest.lstrip()[1:]
    rest = re.sub(r"^\s*(?:<br\s*/?>|[-–—]\s)?\s*", "", rest)
    return question, _strip_answer_mark(rest.strip())
