"""The outline of a document as extraction reads it: which sections answer a question
heading, which headings form a numbered collection, the table of contents, the guide's
deck title, and the topic a card's section and words point to."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import PurePath

from bs4 import BeautifulSoup

from ..lazyre import lazy
from ..markup import escape, to_text
from ..model import OTHER_TOPIC, Block, BlockKind, Config, Document, Section, normalize
from .base import (
    NUMBERING,
    PROMPT_START,
    asked_words,
    asks_without_mark,
    contains,
    ends_question,
    entry_question,
    faq_heading,
    is_toc,
    question_text,
    visible,
)
from .glossaries import glossary_runs
from .labels import answer_heading, label_heading

# Past this many words, what follows a question title is an article, not its answer:
ARTICLE_WORDS = 120  # the answer length `check` already warns about


def is_article_title(section: Section, title: str) -> bool:
    if section.level > 1 or section.heading != title or not _asks(title):
        return False
    return sum(len(block.text.split()) for block in section.blocks) > ARTICLE_WORDS


def deck_title(document: Document) -> str:
    """The name a guide gives its deck: its title, unless the title is only the file's name
    or asks a question (a guide that opens with `# 1. What is Python?`): then the file's
    name without its extension."""
    title = document.title
    if title == document.source.key or question_text(title) or asks_without_mark(title):
        return PurePath(document.source.key).stem or title
    if _first_term(document):
        return PurePath(document.source.key).stem or title  # GLOSSARY.md, not its first term
    return title


def _first_term(document: Document) -> bool:
    """Whether the guide's title is only the first term of an untitled glossary."""
    sections = document.sections
    first = next((n for n, s in enumerate(sections) if s.heading == document.title), None)
    return first is not None and sections[first].level > 1 and first in glossary_runs(sections)


def answer_sections(sections: Sequence[Section], title: str = "") -> dict[int, tuple[int, ...]]:
    """For each question heading, the sections under it that are part of its answer.

    "## What is X and why does it matter?" answered in "### Key points" and "### Example"
    is one card whose answer holds both. A sub-heading that asks a question of its own
    ("#### How fast is a release build?") is a card of its own; one that only repeats part
    of the question above it ("### What is X?") is part of that answer. A guide whose
    title asks ("# What does a TPM do?") is not one answer: its title owns no sections.
    """
    parts: dict[int, list[int]] = {}
    heading_answers = _heading_answers(sections)
    open_questions: list[int] = []  # the question sections the current one is nested in
    for n, section in enumerate(sections):
        previous = n - 1
        if (
            previous >= 0
            and section.level == sections[previous].level
            and (
                (
                    label_heading(section.heading) == "a"
                    and label_heading(sections[previous].heading) == "q"
                )
                or answer_heading(section.heading)
            )
            and previous in parts
        ):
            # `### Question 3` then `### Answer`, `## Wer baute X?` then `## A: Y`: the
            # answer is the labelled sibling.
            parts.setdefault(previous, []).append(n)
            continue
        if previous in heading_answers:
            continue
        while open_questions and sections[open_questions[-1]].level >= section.level:
            open_questions.pop()
        asks = _asks(section.heading) and not (section.level <= 1 and section.heading == title)
        asks = (
            asks
            or label_heading(section.heading) == "q"
            or _labelled_below(sections, n)
            or _answered_below(sections, n)
        )
        if asks and n in heading_answers:
            parts[n] = [n + 1]
            continue
        if open_questions:
            owner = open_questions[-1]
            if (not asks and not _among_asking(sections, owner, n)) or _restates(
                sections[owner].heading, section.heading
            ):
                parts[owner].append(n)
                continue
        if asks:
            parts[n] = []
            open_questions.append(n)
    return {n: tuple(found) for n, found in parts.items() if found}


def _labelled_below(sections: Sequence[Section], n: int) -> bool:
    """Whether the heading after this one, at its level or below, is its answer, label and
    all (`### A: Diktatur`): a heading so answered asks, whatever its form (a stem that ends
    in "...", a question followed by its options)."""
    after = sections[n + 1] if n + 1 < len(sections) else None
    return (
        after is not None
        and after.level >= sections[n].level
        and bool(answer_heading(after.heading))
        and not answer_heading(sections[n].heading)
    )


def _answered_below(sections: Sequence[Section], n: int) -> bool:
    """Whether a section that asks in its text ("### 1. Pet Detection" over a case and
    "What is the accuracy of the model?") has its answer under a label heading of its own
    just below it (`##### Answer:`)."""
    after = sections[n + 1] if n + 1 < len(sections) else None
    return (
        after is not None
        and after.level > sections[n].level
        and label_heading(after.heading) == "a"
        and any(b.kind is BlockKind.PARAGRAPH and ends_question(b.text) for b in sections[n].blocks)
    )


def _among_asking(sections: Sequence[Section], owner: int, n: int) -> bool:
    """Whether a heading that does not ask sits among siblings two thirds of which do, under
    the question `owner`: an FAQ entry written as an instruction ("### Fix a typo after
    sending") among `###` questions, not a part of the `##` question's answer."""
    level = sections[n].level
    siblings = []
    for section in sections[owner + 1 :]:
        if section.level <= sections[owner].level:
            break
        if section.level == level:
            siblings.append(section)
    asking = sum(1 for s in siblings if _asks(s.heading))
    return asking >= 3 and asking * 3 >= len(siblings) * 2


def _heading_answers(sections: Sequence[Section]) -> set[int]:
    """The questions answered by the heading after them: a flashcard file of `question` /
    `---` / `answer` / `===` blocks renders as a setext `<h2>` question over an `<h1>`
    answer, neither with text under it. Taken so only where every such pair in the
    document is one (at least two): an empty question heading followed by an empty
    heading that does not ask, at its level or above, then by a question or the end."""
    found: set[int] = set()
    for n in range(len(sections) - 1):
        question, answer = sections[n], sections[n + 1]
        after = sections[n + 2] if n + 2 < len(sections) else None
        if (
            _asks(question.heading)
            and not question.blocks
            and not answer.blocks
            and answer.level <= question.level
            and not _asks(answer.heading)
            and (after is None or _asks(after.heading))
        ):
            found.add(n)
    return found if len(found) >= 2 else set()


def question_collection(sections: Sequence[Section]) -> set[int]:
    """The numbered sibling headings of a collection where most ask ("1、什么是 X？",
    "2、...？", "11、至少说出 4 种指令。"): its entries all ask, even those without a mark."""
    runs: dict[tuple[tuple[str, ...], int], list[int]] = {}
    for n, section in enumerate(sections):
        if section.level and NUMBERING.match(section.heading):
            runs.setdefault((section.path[:-1], section.level), []).append(n)
    members: set[int] = set()
    for run in runs.values():
        asking = sum(_asks(sections[n].heading) for n in run)
        if len(run) >= 3 and asking * 2 > len(run):
            members.update(run)
    return members


def titled_question(document: Document) -> Document:
    """A page of one question: its title asks (front matter's `title: What is X?`, one page
    per question of an interview site) and its text has no heading. The text is read under
    the title, as the title's answer; any other document as it is."""
    sections, title = document.sections, document.title
    if (
        len(sections) != 1
        or sections[0].level != 0
        or title == document.source.key
        or not _asks(title)
    ):
        return document
    return replace(document, sections=(replace(sections[0], path=(title,), level=1),))


def without_outline_lists(document: Document) -> Document:
    """The document without the lists that outline its own parts: "questions fall into 5
    categories: **Technical** - about the technology, **Business** - ..." over sections
    headed "Technical questions", "Business questions". The items' bold names word later
    headings that ask nothing: a map of the page, whose parts hold what is to learn."""
    sections = document.sections
    lists = (b for section in sections for b in section.blocks if b.kind is BlockKind.LIST)
    if not any("<strong>" in b.html or "<b>" in b.html for b in lists):
        return document
    changed = list(sections)
    # The parts a list may outline: headings that name a part, not a question of it.
    parts = [normalize(s.heading) if not _asks(s.heading) else "" for s in sections]
    for n, section in enumerate(sections):
        if _asks(section.heading):
            continue  # "What ports does it use?" over "**Server**: 8080": the answer
        kept = tuple(b for b in section.blocks if not _outlines(b, parts[n + 1 :]))
        if len(kept) != len(section.blocks):
            changed[n] = replace(section, blocks=kept)
    return replace(document, sections=tuple(changed))


_NAMED_ITEM = lazy(r"^\s*(?:<p[^>]*>)?\s*<(strong|b)>(?P<name>[^<]{1,40})</\1>")


def _outlines(block: Block, later: Sequence[str]) -> bool:
    """Whether a list of three or more opens each item with a bold name, and half of them
    or more (two at least: a page may be cut short) word each a different one of the
    `later` headings."""
    if block.kind is not BlockKind.LIST or len(block.items) < 3:
        return False
    named = [_NAMED_ITEM.match(item) for item in block.items]
    if not all(named):
        return False
    places = set()
    for match in named:
        words = normalize(match["name"]) if match else ""
        place = next((k for k, h in enumerate(later) if words and contains(h, words)), None)
        if place is not None:
            places.add(place)
    return len(places) >= 2 and len(places) * 2 >= len(named)


def _asks(heading: str) -> bool:
    return question_text(heading) is not None or asks_without_mark(heading)


def _restates(question: str, sub_question: str) -> bool:
    words = set(normalize(question).split())
    sub_words = normalize(sub_question).split()
    return len(sub_words) >= 2 and set(sub_words) <= words


def with_subsections(section: Section, subsections: Sequence[Section]) -> Section:
    """A question's section with the sub-sections of its answer appended, each under its
    heading."""
    blocks: list[Block] = list(section.blocks)
    for sub in subsections:
        if answer_heading(sub.heading):
            # `### A: Konrad Adenauer`: the answer, still labelled, and what follows it.
            html = f"<p>{escape(visible(sub.heading))}</p>"
            blocks.append(Block(BlockKind.PARAGRAPH, html, visible(sub.heading), sub.line))
            blocks.extend(sub.blocks)
            continue
        if sub.level <= section.level and not sub.blocks:
            # An answer written as the heading after the question (a flashcard file).
            html = f"<p>{escape(sub.heading)}</p>"
            blocks.append(Block(BlockKind.PARAGRAPH, html, sub.heading, sub.line))
            continue
        level = min(max(sub.level, 3), 6)
        html = f"<h{level}>{escape(sub.heading)}</h{level}>"
        blocks.append(Block(BlockKind.OTHER, html, sub.heading, sub.line))
        blocks.extend(sub.blocks)
    return replace(section, blocks=tuple(blocks))


def table_of_contents(document: Document) -> dict[str, str]:
    """The in-page links of a document's tables of contents: anchor -> the text shown."""
    links: dict[str, str] = {}
    for section in document.sections:
        for block in section.blocks:
            if is_toc(block):
                for link in BeautifulSoup(block.html, "html.parser").find_all("a"):
                    href = link.get("href")
                    if isinstance(href, str) and href.startswith("#") and len(href) > 1:
                        links.setdefault(href[1:].lower(), to_text(link.get_text()))
    return links


def classify(path: Sequence[str], text: str, config: Config, title: str = "") -> str:
    """Pick a topic: the deepest section heading that names one, else the most keyword hits,
    else the guide's title."""
    # A question heading names what it asks, not where it belongs ("...prepare for the role?"),
    # and the title of a guide spans all its sections.
    sections = [
        h for h in path if question_text(h) is None and not asks_without_mark(h) and h != title
    ]
    for heading in [*reversed(sections), None, title]:
        if heading is None:
            lowered = text.lower()
            scores = [
                (sum(contains(lowered, k) for k in t.keywords), -n, t.slug)
                for n, t in enumerate(config.topics)
            ]
            best = max(scores, default=(0, 0, OTHER_TOPIC))
            if best[0] > 0:
                return best[2]
            # A question names its topic when nothing else does: "Who do TPMs work with?"
            named = [
                (len(h), -n, t.slug)
                for n, t in enumerate(config.topics)
                for h in t.headings
                if contains(lowered, h)
            ]
            if named:
                return max(named)[2]
            continue
        lowered = heading.lower()
        for topic in config.topics:
            if any(contains(lowered, h) for h in topic.headings):
                return topic.slug
    return OTHER_TOPIC


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
        asks = any(asks_in_words(sections[n].heading) for n in group)
        if len(asking) >= 2 and len(asking) >= len(group) - 1 and asks:
            members.update(group)
    # In an FAQ, a group of problem statements ("Page does not load") among groups of
    # questions at the same level: when three in four of the FAQ's entries at that level
    # ask, the short ones that do not are entries too.
    in_faq: dict[int, list[int]] = {}
    for (path, level), group in groups.items():
        if any(faq_heading(visible(heading)) for heading in path):
            in_faq.setdefault(level, []).extend(group)
    for level_group in in_faq.values():
        asking = [n for n in level_group if asks_in_words(sections[n].heading)]
        if len(asking) >= 4 and len(asking) * 4 >= len(level_group) * 3:
            members.update(
                n
                for n in level_group
                if len(visible(sections[n].heading).split()) <= _STATEMENT_WORDS
                and sections[n].blocks
            )
    return members


_STATEMENT_WORDS = 8  # a problem's statement, not a paragraph set as a heading


def _entry_asks(heading: str) -> bool:
    return bool(question_text(heading) or asks_without_mark(heading) or entry_question(heading))


def asks_in_words(heading: str) -> bool:
    """A heading that asks by its mark, its question word or a prompt's opening, or
    exclaims: not "Prepare well", which only reads as an entry among entries."""
    text = asked_words(heading)
    return bool(
        question_text(heading)
        or asks_without_mark(heading)
        or PROMPT_START.match(text)
        or text.endswith("!")
    )
