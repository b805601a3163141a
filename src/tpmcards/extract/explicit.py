"""Explicit questions and answers, in every form guides write them (terms and their
meanings are in `terms`)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..lazyre import lazy
from ..markup import escape, has_cloze, to_text
from ..model import Block, BlockKind, CardKind
from ..yesno import true_false_answer
from .base import (
    NUMBERING,
    QUESTION_MARKS,
    Found,
    Scope,
    asked_words,
    asks_without_mark,
    ends_question,
    entry_question,
    faq_heading,
    has_link_tag,
    inner_html,
    is_toc,
    only_placeholders,
    question_mark_for,
    question_text,
    toc_text,
    unwrap_div,
    unwrap_p,
    visible,
)
from .choices import (
    OPTION_LINE,
    bold_marked,
    bolded_choice,
    choice_item,
    choices,
    chosen_option,
    keyed_item,
    lettered_choice,
    starred_item,
)
from .emphasis import (
    bold_title,
    emphasised_entry,
    emphasised_prompt,
    emphasised_question,
)
from .items import (
    first_line,
    item_lines,
    numbered_question,
    plain_questions,
    question_item,
    question_items,
    question_lines,
    quoted_question,
)
from .labels import (
    QUESTION_WORDS,
    alternating,
    block_label,
    label_heading,
    line_entries,
    qa_label,
    split_answer_line,
    strip_answer_mark,
    strip_label,
)
from .outline import asks_in_words
from .pointers import pointer_sentence, points_away
from .terms import term_item


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
    lists whose every item holds a `Q:` line and its `A:` line. An answer that only points
    elsewhere ("A: See <link>.", "A: Szczegóły znajdziesz w <link>", "A. Read my blog
    http://...") is no card."""
    for found in _qa_paragraphs(scope):
        if _sends_away(found.answer):
            # Its blocks are taken all the same: no later rule reads `A: See <link>` anew.
            yield replace(found, question="", answer="")
        else:
            yield found


def _sends_away(answer: str) -> bool:
    """A sentence that sends away, or nothing but web addresses written out; not any short
    answer around a link: "A: 可以使用 <a>EarlyStopping</a>" ("use EarlyStopping") names its
    fact in the link."""
    return bool(answer) and (
        pointer_sentence(answer)
        or (not has_link_tag(answer) and points_away(strip_answer_mark(answer)))
    )


# A worksheet's item answered in bold at its end: "Routers operate at **Layer 3**", "ICANN
# keeps the root servers' addresses. **True**".
_BOLD_AT_END = lazy(
    r"^(?P<q>(?:(?!<strong>).)*?\S)\s*<strong>(?P<a>[^<]{1,120})</strong>\s*$", re.S
)
_WORKSHEET_SHARE = 0.8  # of a list's items, the share answered so
_ASKING_STEM = lazy(r"(?:[?？:：]|_{2,})\s*$")
_ENDED = lazy(r"(?:[.?!…？。]|_{2,})\W*$")


def bold_answers(scope: Scope) -> Iterator[Found]:
    """A list of three or more statements or blanks, most of them answered by a
    bold run at their end: a card per item, the text before the bold asking, the bold
    answering (a true/false verdict, the word for a blank)."""
    for i, block in scope.blocks():
        if block.kind is not BlockKind.LIST or len(block.items) < 3:
            continue
        matches = [_BOLD_AT_END.match(unwrap_p(item).strip()) for item in block.items]
        answered = [m for m in matches if m is not None and len(to_text(m["q"]).split()) >= 3]
        if len(answered) < _WORKSHEET_SHARE * len(block.items):
            continue
        if not block.ordered and 2 * sum(
            bool(_ASKING_STEM.search(to_text(m["q"]))) for m in answered
        ) < len(answered):
            # Bullets whose bold ends are answers when half of them ask ("...? **Mode A**",
            # "...the compass will: **Lag behind**"); else a bold end is emphasis.
            continue
        for match in answered:
            question = NUMBERING.sub("", match["q"]).strip().rstrip(":")
            answer = f"<p>{match['a'].strip()}</p>"
            if not _ENDED.search(to_text(question)) and not true_false_answer(match["a"]):
                question += " …"  # "Routers operate at …": the stem of a sentence to finish
            yield Found(question, answer, CardKind.BASIC, block.line, frozenset([i]))


def quoted_answers(scope: Scope) -> Iterator[Found]:
    """A one-item list over a quote, twice or more in a section (a reStructuredText FAQ:
    `* Jubatus fails to start` then its answer indented): the item asks, whether it ends
    with a question mark or states a problem, and the quote answers."""
    blocks = scope.blocks()
    pairs = [
        (i, item, j, quote)
        for (i, item), (j, quote) in itertools.pairwise(blocks)
        if item.kind is BlockKind.LIST
        and len(item.items) == 1
        and quote.kind is BlockKind.QUOTE
        and j == i + 1
        and to_text(item.items[0]).strip()
        and to_text(quote.html).strip()
    ]
    if len(pairs) < 2:
        return
    for i, item, j, quote in pairs:
        question = NUMBERING.sub("", unwrap_p(item.items[0])).strip()
        inner = re.fullmatch(r"\s*<blockquote[^>]*>(?P<inner>.*)</blockquote>\s*", quote.html, re.S)
        answer = unwrap_div(inner["inner"].strip()) if inner else quote.html
        yield Found(question, answer, CardKind.BASIC, item.line, frozenset([i, j]))


def pointer_questions(scope: Scope) -> Iterator[Found]:
    """The labelled questions `qa_paragraphs` leaves out because their answer only points
    elsewhere, with that answer: for `check` to name."""
    for found in _qa_paragraphs(scope):
        if _sends_away(found.answer):
            yield found


# An item's own list at its end: `- **Q:** ...` holding `  - **A:** ...`.
_NESTED_LIST = lazy(r"^(?P<own>.*?)\s*<(?P<tag>ul|ol)\b[^>]*>(?P<items>.*)</(?P=tag)>\s*$", re.S)
_NESTED_ITEM = lazy(r"<li\b[^>]*>(.*?)</li>", re.S)


def _answer_items_out(items: Sequence[str]) -> list[str]:
    """The items with each one's answer items (`A:` under a `Q:` item) as items after it."""
    out: list[str] = []
    for item in items:
        nested = _NESTED_LIST.match(item) if "<li" in item else None
        answers = _NESTED_ITEM.findall(nested["items"]) if nested else []
        if nested and answers and all(qa_label(unwrap_p(a)) == "a" for a in answers):
            out += [nested["own"], *answers]
        else:
            out.append(item)
    return out


def _qa_paragraphs(scope: Scope) -> Iterator[Found]:
    blocks = line_entries(scope.blocks())
    for n, (i, block) in enumerate(blocks):
        if block.kind is BlockKind.LIST and block.items:
            # `1. Which ...?` over `a. ARP` / `b. DNS` lines and `Answer: b`: choices, whose
            # `a.` is an option, not an answer's label.
            picked = [
                choice_item(item) or keyed_item(item) or starred_item(item) for item in block.items
            ]
            after = blocks[n + 1] if n + 1 < len(blocks) else None
            used = frozenset([i])
            if picked[-1] is None and after is not None and block_label(after[1]) == "a":
                # The last item's key left the list, unindented: the paragraph after it.
                picked[-1] = keyed_item(block.items[-1] + after[1].html)
                used = frozenset([i, after[0]]) if picked[-1] else used
            if all(picked):
                # Each card at its own item's line, as `check` and the card's source name it.
                for line, pair in zip(item_lines(block), picked, strict=True):
                    if pair is not None:
                        yield Found(*pair, CardKind.BASIC, line, used)
                continue
            # `- Q: ...` and `- A: ...` as items of their own, one after the other.
            labelled = alternating(_answer_items_out(block.items))
            for question, answer in labelled:
                yield Found(question, answer, CardKind.BASIC, block.line, frozenset([i]))
            if labelled:
                continue
            pairs = [split_answer_line(unwrap_p(item)) for item in block.items]
            if all(p is not None and _asks_text(p[0]) for p in pairs):
                for question, answer in (p for p in pairs if p is not None):
                    q = NUMBERING.sub("", strip_label(question)).strip()
                    a = strip_label(answer).strip()
                    yield Found(q, f"<p>{a}</p>", CardKind.BASIC, block.line, frozenset([i]))
    plain = plain_questions(scope, blocks)
    heading_asks = bool(question_text(scope.section.heading))
    # Each question's answer: up to the next question found, whatever mark it ends with.
    runs = {
        n: _answer_run(
            blocks[n + 1 : min((m for m in plain if m > n), default=len(blocks))],
            stop_at_a=True,
            stop_at_question=True,
        )
        for n in plain
    }
    # Answers quoted under their questions, code between (`> 4`): the guide's habit, seen
    # twice at least, not one quoted note after an example.
    quoted_answers = sum(_quoted_answer(run) for run in runs.values()) >= 2
    for n, (i, block) in enumerate(blocks):
        following = blocks[n + 1 :]
        if n in plain and not _shown_then_answered(block, following):
            # "How do I reset my password?" over its answer, in an FAQ or among others so;
            # also `1. What is X?` written as a list of one item over a paragraph.
            run = runs[n]
            asked = quoted_question(block) or (
                unwrap_p(block.items[0]) if block.kind is BlockKind.LIST else inner_html(block)
            )
            question_html = NUMBERING.sub("", asked).strip()
            used = frozenset([i, *(j for j, _ in run)])
            code = _shown_code(run) if quoted_answers else 0
            if code:
                # The code to read, then the answer quoted under it: the code asks too.
                question_html += "".join(b.html for _, b in run[:code])
                run = [(j, replace(b, html=_quoted(b))) for j, b in run[code:]]
            yield Found(
                question_html, "".join(b.html for _, b in run), CardKind.BASIC, block.line, used
            )
            continue
        if _one_item(block) and following and _labelled_answer(following[0][1]):
            # `1. Quiz` / `What is X? (Answer in lower case.)` over `Answer: x`: the item,
            # less its label line, asks, whatever follows its question mark.
            question_html = _QUIZ_LABEL.sub("", unwrap_p(block.items[0])).strip()
            first_j, first = following[0]
            rest = _answer_run(following[1:], stop_at_a=True)
            rest = list(itertools.takewhile(lambda entry: not _one_item(entry[1]), rest))
            opening = _quoted(first) if first.kind is BlockKind.QUOTE else inner_html(first)
            answer = _strip_label_html(opening) + "".join(b.html for _, b in rest)
            used = frozenset([i, first_j, *(j for j, _ in rest)])
            yield Found(question_html, answer, CardKind.BASIC, block.line, used)
            continue
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        marker = block_label(block)
        inner = inner_html(block)
        if (
            not marker
            and following
            and block_label(following[0][1]) == "a"
            and not inner.lstrip().startswith("<")
        ):
            # "What is X?" and its options on the lines under it, then `Answer: C Sharp`.
            head, more = first_line(inner)
            chosen = (
                lettered_choice(NUMBERING.sub("", head).strip(), more + following[0][1].html)
                if more.strip() and ends_question(to_text(head))
                else None
            )
            if chosen:
                yield Found(*chosen, CardKind.BASIC, block.line, frozenset([i, following[0][0]]))
                continue
        parts = split_answer_line(inner)
        answered = bool(following) and (
            block_label(following[0][1]) == "a"
            # `**Question:** ...` with its answer quoted below it.
            or (marker == "q" and following[0][1].kind is BlockKind.QUOTE)
        )
        # A question needs its label, or an answer's label right after it (or after the
        # options it shows): a paragraph that only ends with "?" may be a rhetorical one.
        shown_first = marker != "q" and _shown_then_answered(block, following)
        if marker != "q" and not (
            (parts is not None and _asks_text(parts[0]))
            or (answered and ends_question(inner) and not (n == 0 and heading_asks))
            or shown_first
        ):
            # (Under a heading that asks, its first paragraph may ask on, as an example of
            # what it asks about: "For example, `a+?` matches ... but should it not ...?".)
            continue
        question_html = NUMBERING.sub("", strip_label(parts[0] if parts else inner)).strip()
        if parts is not None:
            run = _answer_run(following, stop_at_a=True)
            # `a. George Washington` ... `Answer: a`: the option the key names.
            answer = chosen_option(question_html, parts[1]) or f"<p>{strip_label(parts[1])}</p>"
            answer += "".join(b.html for _, b in run)
            used = frozenset([i, *(j for j, _ in run)])
            yield Found(question_html, answer, CardKind.BASIC, block.line, used)
            continue
        shown: list[tuple[int, Block]] = []
        bold = emphasised_question(inner) if marker == "q" and not answered else None
        if bold is not None and bold[1]:
            # `**Q1: What is X?**` and its answer on the next line of the paragraph.
            run = _answer_run(following, stop_at_a=True)
            answer = f"<p>{bold[1]}</p>" + "".join(b.html for _, b in run)
            used = frozenset([i, *(j for j, _ in run)])
            yield Found(bold[0], answer, CardKind.BASIC, block.line, used)
            continue
        if shown_first:
            # "Which river ...?" over its options, then `Answer: A Seine`.
            run = _answer_run(following, stop_at_a=True, stop_at_question=True)
            shown, following = run, following[len(run) :]
            options = "".join(b.html for _, b in run) + following[0][1].html
            if chosen := lettered_choice(question_html, options):
                used = frozenset([i, following[0][0], *(j for j, _ in shown)])
                yield Found(*chosen, CardKind.BASIC, block.line, used)
                continue
            question_html += "".join(b.html for _, b in run)
        elif not answered:
            # `**Q: ...?**` then its answer without a label: the blocks up to the next one.
            run = _answer_run(following, stop_at_a=True) if marker == "q" else []
            labelled_after = len(run) < len(following) and block_label(following[len(run)][1])
            head, more = first_line(strip_label(inner))
            if marker == "q" and more.strip() and _SENTENCE_END.search(to_text(head)):
                # `Q3 How does Java ...?` with its answer on the next line of the paragraph.
                question_html = NUMBERING.sub("", head).strip()
                answer = f"<p>{more.strip()}</p>" + "".join(b.html for _, b in run)
                used = frozenset([i, *(j for j, _ in run)])
                yield Found(question_html, answer, CardKind.BASIC, block.line, used)
                continue
            if not (run and labelled_after == "a"):
                answer = "".join(b.html for _, b in run)
                used = frozenset([i, *(j for j, _ in run)])
                yield Found(question_html, answer, CardKind.BASIC, block.line, used)
                continue
            # The code (or list) between `Q:` and `A:` is the question's, shown with it.
            shown, following = run, following[len(run) :]
            question_html += "".join(b.html for _, b in run)
        first_j, first = following[0]
        # An unlabelled question's answer ends where the next question asks.
        rest = _answer_run(following[1:], stop_at_a=True, stop_at_question=marker != "q")
        answer = f"<p>{strip_label(inner_html(first))}</p>" + "".join(b.html for _, b in rest)
        used = frozenset([i, first_j, *(j for j, _ in [*shown, *rest])])
        yield Found(question_html, answer, CardKind.BASIC, block.line, used)


def _shown_then_answered(block: Block, following: Sequence[tuple[int, Block]]) -> bool:
    """Whether a paragraph that asks is followed by what it shows (its options, a line of
    code: two blocks at most), then a paragraph labelled as its answer."""
    if (
        block.kind is not BlockKind.PARAGRAPH
        or block_label(block)
        or inner_html(block).lstrip().startswith("<")  # `**3. Which ...?**`: emphasised
    ):
        return False
    run = _answer_run(following, stop_at_a=True, stop_at_question=True)
    labelled = len(run) < len(following) and block_label(following[len(run)][1]) == "a"
    # A test bank's numbered stem ("1) A price elasticity of 2 means ...") over its options,
    # a paragraph each (or none: "3) Name the cone ..."), then `Answer: B`.
    if (
        _NUMBERED_STEM.match(block.text) is not None
        and len(run) != 1
        and all(b.kind is BlockKind.PARAGRAPH and OPTION_LINE.match(inner_html(b)) for _, b in run)
        and labelled
    ):
        return True
    return ends_question(block.text) and 0 < len(run) <= 2 and labelled


_SENTENCE_END = lazy(r"[?？.。:：]\s*$")
_NUMBERED_STEM = lazy(r"\s*\d{1,3}[.)]\s")
# A quiz item's own first line, a label over the question: "Quiz", "Question 3", "Exercise:".
_QUIZ_LABEL = lazy(
    r"^\s*(?:quiz|question|exercise|problem|task|pregunta|frage|aufgabe|exercice|quest[aã]o)"
    r"\s*(?:#?\s*\d+)?\s*[.:)]?\s*(?:<br\s*/?>|\n)\s*(?=\S)",
    re.I,
)


def _one_item(block: Block) -> bool:
    """A list of one item, without a list inside it: a question set as a bullet (`1.
    Quiz` / the question, `- What is X?`), when an answer's label follows it."""
    return (
        block.kind is BlockKind.LIST
        and len(block.items) == 1
        and "<ul" not in block.items[0]
        and "<ol" not in block.items[0]
        # `- D) Both A and B` over `**Correct answer: D) ...**`: the last option, no question.
        and not OPTION_LINE.match(to_text(block.items[0]))
    )


def _labelled_answer(block: Block) -> bool:
    """A paragraph, or a quote, that opens with an answer's label (`Answer:`, `参考答案：`)."""
    if block.kind is BlockKind.QUOTE:
        return qa_label(_first_paragraph(_quoted(block))) == "a"
    return block_label(block) == "a"


def _quoted(block: Block) -> str:
    inner = re.fullmatch(r"\s*<blockquote[^>]*>(?P<q>.*)</blockquote>\s*", block.html, re.S)
    return (inner.group("q") if inner else block.html).strip()


def _first_paragraph(html: str) -> str:
    first = re.match(r"\s*<p\b[^>]*>(?P<p>.*?)</p>", html, re.S)
    return first.group("p") if first else html


def _strip_label_html(html: str) -> str:
    """An answer's HTML without its opening label, in a paragraph of its own."""
    first = re.match(r"\s*<p\b[^>]*>(?P<p>.*?)</p>(?P<rest>.*)$", html, re.S)
    if first is None:
        return f"<p>{strip_label(html)}</p>"
    opening = strip_label(first.group("p")).strip()
    return (f"<p>{opening}</p>" if to_text(opening) else "") + first.group("rest")


def _item_question(item: str) -> tuple[str, str] | None:
    """A list item opening with a bold question, and its answer: also an item of several
    paragraphs (a loose list), whose first paragraph holds the question."""
    split = emphasised_question(unwrap_p(item))
    if split is not None:
        return split
    first = re.match(r"\s*<p\b[^>]*>(?P<inner>.*?)</p>(?P<rest>.*)$", item, re.S)
    if first is None or "<p" in first.group("inner"):
        return None
    split = emphasised_question(first.group("inner"))
    if split is None:
        return None
    question, opening = split
    rest = first.group("rest").strip()
    return question, (f"<p>{opening}</p>" if opening.strip() else "") + rest


def _asks_text(html: str) -> bool:
    """A labelled question (`Q:`, `Que.`) or a line that ends with a question mark."""
    return qa_label(html) == "q" or ends_question(to_text(html))


def emphasised_questions(scope: Scope) -> Iterator[Found]:
    """A bold (or italic) question line, or a list item that starts with one, and its answer."""
    blocks = line_entries(scope.blocks())
    # An FAQ of bold question paragraphs (two or more): a bold statement among them is an
    # entry too.
    bold_entries = scope.faq and (
        sum(
            1
            for _, b in blocks
            if b.kind is BlockKind.PARAGRAPH
            and _WHOLLY_BOLD.match(inner_html(b))
            and ends_question(to_text(b.html))
        )
        >= 2
    )
    for n, (i, block) in enumerate(blocks):
        if block.kind is BlockKind.LIST:
            split = [_item_question(item) for item in block.items]
            if block.ordered and any(split):
                # Among numbered bold questions, "1. **Explain X.**" asks as a prompt (a list
                # of bold steps, "1. **Define the goal.** ...", asks nothing).
                split = [emphasised_question(unwrap_p(item), numbered=True) for item in block.items]
            if block.items and not all(split) and sum(map(bool, split)) * 3 >= len(split) * 2:
                # `1. **Tell me about yourself** - ...` among bold questions: a prompt too.
                split = [
                    s or emphasised_prompt(unwrap_p(item))
                    for s, item in zip(split, block.items, strict=True)
                ]
            if block.items and all(s is not None for s in split):
                # Each card at its own item's line, so `check` names the line of a duplicate.
                for line, (question, answer) in zip(
                    item_lines(block), (s for s in split if s is not None), strict=True
                ):
                    if points_away(answer):
                        continue  # "**How do I use packs?** See <link>": nothing to recall
                    question, answer = choices(question, answer)
                    yield Found(question, answer, CardKind.BASIC, line, frozenset([i]))
            elif (
                scope.faq
                and not question_text(scope.section.heading)  # there they are its answer's parts
                and all(entries := [emphasised_entry(item) for item in block.items])
            ):
                # In an FAQ, an item opening with an emphasised line is an entry, even one
                # written as a statement ("*Compiling fails with a cryptic message.*").
                for question, answer in (e for e in entries if e is not None):
                    yield Found(question, answer, CardKind.BASIC, block.line, frozenset([i]))
            elif block.ordered and question_text(scope.section.heading):
                # Numbered checks under a heading that asks ("Q4: hugo server unreachable?" /
                # "1. Is the port taken? ..."): the steps of its answer, not questions of
                # their own.
                continue
            else:
                # `- What is X?` and its answer below it, nested, or after it on its line.
                nxt = blocks[n + 1] if n + 1 < len(blocks) else None
                after = nxt[1] if nxt is not None and nxt[0] == i + 1 else None
                pairs = question_items(block, after, least=1 if scope.faq else 2) or []
                if not pairs and scope.faq and (told := _told_below(blocks, n, bold_entries)):
                    # An FAQ's `* How can I ...?` alone in its list, answered by the
                    # paragraphs (and code) below it, as under a question heading.
                    question, answer, used = told
                    yield Found(question, answer, CardKind.BASIC, block.line, used)
                    continue
                # The last question's answer was the list after it: that list is used too.
                took_after = (
                    bool(pairs)
                    and after is not None
                    and bool(pairs[-1][1][1])
                    and question_item(block.items[-1]) is None
                )
                used = frozenset([i, i + 1] if took_after else [i])
                lines = item_lines(block) if pairs else []
                for k, (question, answer, items) in pairs:
                    if picked := lettered_choice(question, answer):  # options, `Answer: b`
                        question, answer, items = *picked, ()
                    kind = CardKind.LIST if items else CardKind.BASIC
                    yield Found(question, answer, kind, lines[k], used, items)
            continue
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        split_para = emphasised_question(inner_html(block))
        statement = _WHOLLY_BOLD.match(inner_html(block)) if bold_entries else None
        if split_para is None and statement is not None:
            # Among an FAQ's bold questions, one written as a statement ("**Audience
            # Manager can tell a mobile user from a desktop one.**") over its answer.
            split_para = (statement["q"].strip(), "")
        # "**Esqueci minha senha.**" over its answer on the next line, as a bold question of
        # the section is written: an FAQ entry as a statement.
        said = _BOLD_SENTENCE.match(inner_html(block)) if scope.faq and not split_para else None
        if said and any(_BOLD_QUESTION_LINE.match(inner_html(b)) for _, b in blocks):
            split_para = (said["q"].strip(), said["rest"].strip())
        quiz = _stem_over_bold_option(blocks, n)
        if split_para is None and (quiz or _stem_over_options(blocks, n)):
            # "**The brief is a document used mainly to:**" over its lettered options, or
            # "**The military genius of the war was**" over options, the right one in bold.
            stem = _WHOLLY_BOLD.match(inner_html(block))
            split_para = (stem["q"].strip(), "") if stem else None
        if split_para is None:
            if heading_question(scope):
                # Under a heading that asks, a line that asks is the answer's own rhetoric
                # ("Did you manage to do it?"), not a question of its own.
                continue
            # "What is X?" and its answer on the next line, or on its own line.
            for question, answer, _ in question_lines(block):
                yield Found(question, answer, CardKind.BASIC, block.line, frozenset([i]))
            continue
        question, rest = split_para
        if (
            n == 0
            and question_text(scope.section.heading)
            and _BRACKETED.fullmatch(to_text(question))
        ):
            # `*(They wonder: Are you overqualified?)*` under the question it explains.
            continue
        run = []
        for k, (j, following) in enumerate(blocks[n + 1 :], n + 1):
            if _next_entry(blocks, k, bold_entries):
                break
            run.append((j, following))
        answer = (f"<p>{rest}</p>" if rest else "") + "".join(b.html for _, b in run)
        if points_away(answer):
            continue  # a pointer to a link, nothing to recall
        used = frozenset([i, *(j for j, _ in run)])
        question, answer = choices(question, strip_answer_mark(answer))
        found = Found(question, answer, CardKind.BASIC, block.line, used)
        yield bolded_choice(found) if quiz else found


def _next_entry(blocks: Sequence[tuple[int, Block]], k: int, bold_entries: bool) -> bool:
    """Whether the k-th block opens the next entry, which ends an answer running on above
    it: a question (bold, numbered, a stem over options, alone in a list), a bold line over
    a part of its own, or a fold."""
    block = blocks[k][1]
    if block.kind is BlockKind.DETAILS or _asked_alone(block):
        return True
    return block.kind is BlockKind.PARAGRAPH and bool(
        emphasised_question(inner_html(block))
        or bold_title(inner_html(block))
        or (bold_entries and _WHOLLY_BOLD.match(inner_html(block)))
        or _stem_over_options(blocks, k)
        or _stem_over_bold_option(blocks, k)
        or _numbered_title(block)
    )


def _told_below(
    blocks: Sequence[tuple[int, Block]], n: int, bold_entries: bool
) -> tuple[str, str, frozenset[int]] | None:
    """The question of a list of one item that only asks, and the blocks below it up to the
    next entry as its answer, with the indices of all of them; None for any other."""
    question = _asked_alone(blocks[n][1])
    answer: list[tuple[int, Block]] = []
    for k in range(n + 1, len(blocks)):
        if _next_entry(blocks, k, bold_entries):
            break
        answer.append(blocks[k])
    if not question or not answer:
        return None
    used = frozenset([blocks[n][0], *(i for i, _ in answer)])
    return question, "".join(b.html for _, b in answer), used


def _asked_alone(block: Block) -> str:
    """The question of a list whose one item is a plain question, or ""."""
    item = (
        unwrap_p(block.items[0]) if block.kind is BlockKind.LIST and len(block.items) == 1 else ""
    )
    if not item or "<" in item or not ends_question(to_text(item)):
        return ""
    return NUMBERING.sub("", item).strip()


# A paragraph that is one bold run of a few words or more.
_WHOLLY_BOLD = lazy(r"^\s*<(strong|b)>(?P<q>[^<]{8,300})</\1>\s*$")
# A bold sentence of two words or more on its line, its answer on the next: "**Esqueci
# minha senha.**<br>A redefinição ..."; and a bold question so written.
_BOLD_SENTENCE = lazy(
    r"^\s*<(strong|b)>(?P<q>[^<]{2,200}?\w\s+[^<]*?\w[.!])</\1>\s*<br\s*/?>\s*(?P<rest>\S.*)$", re.S
)
_BOLD_QUESTION_LINE = lazy(r"^\s*<(strong|b)>[^<]{3,300}[?？]\s*</\1>\s*<br\s*/?>", re.S)


def _stem_over_options(blocks: Sequence[tuple[int, Block]], n: int) -> bool:
    """Whether block `n` is a bold stem that ends with a colon ("**... used mainly for:**")
    over a list of lettered options: a question of a quiz, asked without its mark."""
    block = blocks[n][1]
    bold = _WHOLLY_BOLD.match(inner_html(block)) if block.kind is BlockKind.PARAGRAPH else None
    if bold is None or not bold["q"].rstrip().endswith((":", "：")) or n + 1 >= len(blocks):
        return False
    options = blocks[n + 1][1]
    return (
        options.kind is BlockKind.LIST
        and len(options.items) >= 2
        and all(OPTION_LINE.match(to_text(item)) for item in options.items)
    )


def _stem_over_bold_option(blocks: Sequence[tuple[int, Block]], n: int) -> bool:
    """Whether block `n` is a bold stem over a list of options some of which (not all) are
    wholly in bold: a quiz's question, its right options marked so."""
    block = blocks[n][1]
    if block.kind is not BlockKind.PARAGRAPH or not _WHOLLY_BOLD.match(inner_html(block)):
        return False
    options = blocks[n + 1][1] if n + 1 < len(blocks) else None
    return options is not None and options.kind is BlockKind.LIST and bold_marked(options.items)


def _numbered_title(block: Block) -> bool:
    """Whether a paragraph is a bold numbered title ("**2. Specifications**"): the next
    entry of a numbered quiz begins."""
    bold = _WHOLLY_BOLD.match(inner_html(block)) if block.kind is BlockKind.PARAGRAPH else None
    return bold is not None and re.match(r"\s*\d{1,3}[.)]\s+\S", bold["q"]) is not None


def question_heading(scope: Scope) -> Iterator[Found]:
    """A heading that asks a question; the blocks under it are the answer."""
    heading = scope.section.heading
    if label_heading(heading) == "q" and not scope.glossary:
        # In a glossary, "Statement" (or "Question") over its definition is a term.
        yield from _labelled_heading(scope)
        return
    question = heading_question(scope)
    blocks = [(i, b) for i, b in scope.blocks() if not is_toc(b)]
    if question is None:
        yield from _asked_in_text(blocks, scope.section.line)
        return
    if not blocks:
        if not scope.has_children and scope.free == tuple(range(len(scope.section.blocks))):
            yield Found(escape(question), "", CardKind.BASIC, scope.section.line, frozenset())
        return
    used = frozenset(i for i, _ in blocks)
    # An answer's sub-heading that only labels it (`### Expected Answer`) is no part of it.
    blocks = [
        (i, b) for i, b in blocks if not (b.kind is BlockKind.OTHER and label_heading(b.text))
    ]
    whole = "".join(b.html for _, b in blocks)
    if points_away(whole) or only_placeholders(whole):
        return  # "See <link> for it." sends away; `{{ var }}` holds no fact (check says)
    if picked := lettered_choice(escape(question), whole):  # options, then `Answer: b`
        yield Found(*picked, CardKind.BASIC, scope.section.line, used)
        return
    asked = escape(question)
    labelled = _answer_place(blocks)
    if labelled and not any(b.kind is BlockKind.LIST for _, b in blocks[:labelled]):
        # What stands between the question and its `A:` (the map it asks about) is part
        # of the question; options before `Answer: 2` are for `labelled_choice` to read.
        asked += "".join(b.html for _, b in blocks[:labelled])
        blocks = blocks[labelled:]
        whole = "".join(b.html for _, b in blocks)
    answer = strip_answer_mark(whole)
    lists = [b for _, b in blocks if b.kind is BlockKind.LIST]
    if (
        len(blocks) == 1
        and len(lists) == 1
        and not ends_question(question)
        and len(lists[0].items) >= 3
        and all(term_item(unwrap_p(item)) for item in lists[0].items)
    ):
        return  # an entry's heading ("Key Metrics to Mention") over `**Term**: ...` items: terms
    if len(lists) == 1 and all(b.kind in {BlockKind.LIST, BlockKind.PARAGRAPH} for _, b in blocks):
        items = tuple(to_text(item) for item in lists[0].items)
        yield Found(asked, answer, CardKind.LIST, scope.section.line, used, items)
    else:
        yield Found(asked, answer, CardKind.BASIC, scope.section.line, used)


def _asked_in_text(blocks: Sequence[tuple[int, Block]], line: int) -> Iterator[Found]:
    """A case under a heading that does not ask ("### 1. Pet Detection"), its last
    paragraph asking, over its answer under a label heading (`##### Answer:`): that
    paragraph asks, the case before it (a table, the facts) shown after the question."""
    label = next(
        (
            k
            for k, (_, b) in enumerate(blocks)
            if b.kind is BlockKind.OTHER and label_heading(b.text)
        ),
        None,
    )
    if label is None or label_heading(blocks[label][1].text) != "a" or label + 1 == len(blocks):
        return
    asking = [
        k
        for k, (_, b) in enumerate(blocks[:label])
        if b.kind is BlockKind.PARAGRAPH and ends_question(b.text)
    ]
    if not asking:
        return
    k = asking[-1]
    # The case, without a line of category tags in brackets: "(Data science > Easy)".
    shown = [b.html for _, b in blocks[:k] if not _BRACKETED.fullmatch(b.text)]
    question = NUMBERING.sub("", inner_html(blocks[k][1])).strip() + "".join(shown)
    answer = "".join(b.html for _, b in blocks[label + 1 :])
    yield Found(
        question, answer, CardKind.BASIC, blocks[k][1].line, frozenset(i for i, _ in blocks)
    )


_BRACKETED = lazy(r"\s*\([^()]*\)\s*")


def _answer_place(blocks: Sequence[tuple[int, Block]]) -> int | None:
    """Where the first paragraph labelled as the answer (`A: ...`) stands among a
    heading's blocks, or None."""
    return next((k for k, (_, b) in enumerate(blocks) if block_label(b) == "a"), None)


def heading_question(scope: Scope) -> str | None:
    """The question a section's heading asks (by its mark, its words, or as an FAQ's entry)."""
    heading = scope.section.heading
    question = question_text(toc_text(heading, scope.toc) or heading) or question_text(heading)
    if question is None and asks_without_mark(heading):
        question = asked_words(heading)
        if not any(mark in question for mark in QUESTION_MARKS):  # "Why X? Give two."
            question = question.rstrip(".") + question_mark_for(question)
    if question is None and not label_heading(heading) and qa_label(visible(heading)) == "q":
        # "Câu hỏi 1: Giải thích ...", "Question 4: Explain ...": labelled, it asks in any
        # form, its mark in the middle ("... là gì? Đưa ra ví dụ.") or none. A label alone
        # ("Question 2.1") only numbers the question written under it.
        question = strip_label(visible(heading)).strip() or None
    if question is None and _answer_place(list(scope.blocks())) is not None:
        # A heading over its labelled answer asks, whatever its form: a stem that ends in
        # "..." ("Das Dritte Reich war eine ..." / "A: Diktatur"), a question and its options.
        question = NUMBERING.sub("", visible(heading)).strip() or None
    if question is None and scope.faq and not scope.has_children and _in_faq_part(scope):
        # An entry of an FAQ or interview section asks, with or without its mark.
        question = entry_question(heading, scope.entry)
    # `#### Q2: "How do you debug this?"`: the question as the interviewer says it.
    quoted = _QUOTED.fullmatch(question) if question else None
    return quoted.group("q") if quoted else question


_QUOTED = lazy(r"\s*[\"“”„«]\s*(?P<q>[^\"“”„«»]+?)\s*[\"“”»]\s*")


def _in_faq_part(scope: Scope) -> bool:
    """Whether a heading without a question mark sits where entries ask: right under the
    FAQ's title, under a heading that names the FAQ, among siblings of which one asks in
    its own words, or asking so itself ("How to ...", "...!"). An article titled after
    questions ("Interview questions and how to answer them") also has parts that are not:
    "### Prepare well" among tips under "## Tips for the day"."""
    parents = scope.section.path[:-1]
    return (
        len(parents) < 2
        or any(faq_heading(h) for h in parents[1:])
        or scope.entry
        or asks_in_words(scope.section.heading)
    )


def _labelled_heading(scope: Scope) -> Iterator[Found]:
    """`## Question:` over the question's paragraph, then its answer (under an `### Answer:`
    heading or not): the heading only labels."""
    blocks = [(i, b) for i, b in scope.blocks() if not is_toc(b)]
    if not blocks:
        return
    (first, asked), rest = blocks[0], blocks[1:]
    if asked.kind is BlockKind.OTHER and asked.text.strip() and not label_heading(asked.text):
        # `## Question:2` over `### Create a secret ...` (the task as a sub-heading).
        question = escape(NUMBERING.sub("", visible(asked.text)).strip())
    elif asked.kind in {BlockKind.PARAGRAPH, BlockKind.QUOTE}:
        # (`> List all volumes sorted by capacity`: the task quoted.)
        html = inner_html(asked) if asked.kind is BlockKind.PARAGRAPH else unwrap_p(_quoted(asked))
        question = NUMBERING.sub("", strip_label(html)).strip()
    else:
        return
    label = next(
        (
            k
            for k, (_, b) in enumerate(rest)
            if b.kind is BlockKind.OTHER and label_heading(b.text) == "a"
        ),
        None,
    )
    if label is not None and label + 1 < len(rest):
        # What stands before `#### Answer:` (the task's details) goes with the question.
        question += "".join(b.html for _, b in rest[:label])
        rest = rest[label + 1 :]
    # The `### Answer:` heading appended with the answer's section labels it, no more.
    rest = [
        (i, b)
        for i, b in rest
        if not (b.kind is BlockKind.OTHER and label_heading(b.text) == "a")
        and not (b.kind is BlockKind.OTHER and not b.text.strip())  # a rule between entries
    ]
    answer = strip_answer_mark("".join(b.html for _, b in rest))
    used = frozenset([first, *(i for i, _ in blocks[1:])])
    # A quiz's question: its options under it, the right one in bold.
    yield bolded_choice(Found(question, answer, CardKind.BASIC, asked.line, used))


def _quoted_answer(run: Sequence[tuple[int, Block]]) -> bool:
    """Whether an answer run is code blocks, if any, then quotes."""
    return (
        bool(run)
        and run[0][1].kind in {BlockKind.CODE, BlockKind.QUOTE}
        and (run[0][1].kind is BlockKind.QUOTE or _shown_code(run) > 0)
    )


def _shown_code(run: Sequence[tuple[int, Block]]) -> int:
    """How many blocks open an answer run that quotes then end (`1) What does it print?` /
    a fence / `> 4`): the code, and a line of instructions after it ("Pick every valid
    one."), are the question's; 0 for any other run."""
    shown = 0
    while shown < len(run) and run[shown][1].kind is BlockKind.CODE:
        shown += 1
    if shown and shown < len(run) and run[shown][1].kind is BlockKind.PARAGRAPH:
        shown += 1
    last = run[shown:]
    if not last or any(b.kind is not BlockKind.QUOTE or _NOTE.match(b.text) for _, b in last):
        return 0
    return shown


# A quote that adds a note to an example, not an answer: "> Note: close the file".
_NOTE = lazy(
    r"^\W*(?:notes?|n\.?b\.?|tips?|hints?|warning|caution|important|info|remember|"
    r"hinweis|achtung|nota|atenci[oó]n|remarque|attention|примечание|внимание|注意|提示)\b",
    re.I,
)


def _answer_run(
    blocks: Sequence[tuple[int, Block]], stop_at_a: bool = False, stop_at_question: bool = False
) -> list[tuple[int, Block]]:
    """The blocks that continue an answer: up to the next `Q:` (or `A:`) or heading (or a
    paragraph that only asks)."""
    run = []
    for k, (j, block) in enumerate(blocks):
        marker = block_label(block)
        if marker == "q" or (stop_at_a and marker == "a"):
            break
        if stop_at_question and (
            (block.kind is BlockKind.PARAGRAPH and ends_question(block.text))
            or numbered_question(block)
            or quoted_question(block) is not None
        ):
            break
        # A list of `question<br>Ans: answer` items holds cards of its own; so does a
        # paragraph that asks and then answers after a label (a quiz bot's items).
        if (
            block.kind is BlockKind.LIST
            and block.items
            and split_answer_line(unwrap_p(block.items[0])) is not None
        ):
            break
        if (
            block.kind is BlockKind.PARAGRAPH
            and (parts := split_answer_line(inner_html(block))) is not None
            and ends_question(to_text(first_line(parts[0])[0]))
        ):
            break
        # The next question, unlabelled but answered by a labelled paragraph.
        after = blocks[k + 1][1] if k + 1 < len(blocks) else None
        if (
            block.kind is BlockKind.PARAGRAPH
            and ends_question(block.text)
            and after is not None
            and block_label(after) == "a"
        ):
            break
        if block.kind is BlockKind.PARAGRAPH and emphasised_question(inner_html(block)):
            break
        if block.kind not in {
            BlockKind.PARAGRAPH,
            BlockKind.LIST,
            BlockKind.CODE,
            BlockKind.IMAGE,
            BlockKind.QUOTE,
            BlockKind.TABLE,  # "**Answer:**" over a table comparing what was asked
        } or _asking_table(block):
            break
        run.append((j, block))
    return run


def _asking_table(block: Block) -> bool:
    """A table of questions of its own (`| Question | Answer |`, or rows that ask)."""
    if block.kind is not BlockKind.TABLE or not block.rows:
        return False
    header = to_text(block.rows[0][0]) if block.rows[0] else ""
    return _QUESTION_COLUMN.match(header) is not None or any(
        row and ends_question(to_text(row[0])) for row in block.rows[1:3]
    )


_QUESTION_COLUMN = lazy(rf"^\W*(?:q|{QUESTION_WORDS})s?\W*$", re.I)
