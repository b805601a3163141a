"""`tpmcards check`: what in a guide keeps it from giving the cards its author meant.

Pure over parsed documents: the one outside fact it needs (does an image file exist) is
asked through the `exists` function it is handed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from . import bs4load  # noqa: F401  # isort: skip
from bs4 import BeautifulSoup

from .extract import ERROR, WARNING, Finding, asks_without_mark, extract, normalize, question_text
from .extract.base import QUESTION_MARKS, Scope
from .extract.explicit import pointer_questions
from .extract.labels import answer_heading
from .extract.pointers import points_away
from .markup import to_text
from .model import Card, Config, Document
from .smells import conflicts, near_duplicates

MAX_ANSWER_WORDS = 120

__all__ = ["ERROR", "MAX_ANSWER_WORDS", "WARNING", "Finding", "check_documents", "failed"]


def check_documents(
    documents: Sequence[Document],
    config: Config,
    exists: Callable[[Path], bool],
) -> list[Finding]:
    """Every finding about `documents`, in file and line order."""
    findings: list[Finding] = []
    first_seen: dict[str, Card] = {}
    every: list[Card] = []
    for document in documents:
        extraction = extract(document, config)
        every.extend(extraction.cards)
        findings.extend(extraction.findings)
        findings.extend(_structure(document, config))
        findings.extend(_images(document, exists))
        for card in extraction.cards:
            findings.extend(_long_answer(card))
            normal = normalize(to_text(card.question))
            first = first_seen.setdefault(normal, card)
            if first is not card:
                findings.append(
                    Finding(
                        card.source.path,
                        card.source.line,
                        WARNING,
                        f'duplicate question "{to_text(card.question)}" (also at {first.source}); '
                        "reword one or remove it",
                    )
                )
    findings.extend(_across_guides(every))
    order = {document.source.display: n for n, document in enumerate(documents)}
    return sorted(findings, key=lambda f: (order.get(f.path, len(order)), f.line))


def _across_guides(cards: Sequence[Card]) -> Iterable[Finding]:
    """Near-duplicates and conflicts between two guides (the writer sees one at a time)."""
    for first, second in near_duplicates(cards):
        same = normalize(to_text(first.question)) == normalize(to_text(second.question))
        if first.source.path != second.source.path and not same:  # a duplicate, said above
            yield Finding(
                second.source.path,
                second.source.line,
                WARNING,
                f'near-duplicate of {first.source} "{to_text(first.question)}": '
                f'"{to_text(second.question)}" asks the same fact; merge them',
            )
    for smell in conflicts(cards):
        if smell.other is not None and smell.other.path != smell.source.path:
            yield Finding(smell.source.path, smell.source.line, WARNING, smell.message)


def failed(findings: Iterable[Finding], strict: bool = False) -> bool:
    """Whether the findings fail the check: any error, or any warning when strict."""
    return any(f.severity == ERROR or strict for f in findings)


def _structure(document: Document, config: Config) -> Iterable[Finding]:
    path = document.source.display
    slugs = [t.slug for t in config.topics]
    forced = document.source.meta.get("topic")
    # Without topics of its own config (no config), a guide's topic is its own to choose.
    if forced is not None and slugs and str(forced) not in slugs:
        yield _unknown_topic(path, 1, str(forced), slugs)
    sections = document.sections
    for n, section in enumerate(sections):
        if section.topic is not None and slugs and section.topic not in slugs:
            yield _unknown_topic(path, section.line, section.topic, slugs)
        has_children = n + 1 < len(sections) and sections[n + 1].level > section.level
        heading = section.heading
        # "Why was X made? Y was there…" asks with its mark, only not at the end.
        if asks_without_mark(heading) and not any(m in heading for m in QUESTION_MARKS):
            yield Finding(
                path,
                section.line,
                WARNING,
                f'heading "{heading}" reads as a question but has no question mark; add "?"',
            )
        asked = question_text(heading)
        whole = "".join(b.html for b in section.blocks)
        if asked is not None and whole and points_away(whole):
            yield Finding(
                path,
                section.line,
                WARNING,
                f'question "{asked}" is answered only by a pointer to another page; '
                "write its answer here, or remove it",
            )
        scope = Scope(section, tuple(range(len(section.blocks))))
        for found in pointer_questions(scope):
            yield Finding(
                path,
                found.line,
                WARNING,
                f'question "{to_text(found.question)}" is answered only by a pointer to another '
                "page; write its answer here, or remove it",
            )
        if (
            not section.blocks
            and not has_children
            and section.level
            and question_text(heading) is None
            and not asks_without_mark(heading)
            and not answer_heading(heading)  # `### A: 1949`: the answer, written as a heading
        ):
            yield Finding(
                path,
                section.line,
                WARNING,
                f'empty section "{heading}"; write its content or remove the heading',
            )


def _unknown_topic(path: str, line: int, topic: str, slugs: Sequence[str]) -> Finding:
    return Finding(
        path,
        line,
        ERROR,
        f'topic "{topic}" is not in the config (topics: {", ".join(slugs)}); '
        "use one of them or add it to tpmcards.yaml",
    )


def _long_answer(card: Card) -> Iterable[Finding]:
    words = len(to_text(card.answer).split())
    if words > MAX_ANSWER_WORDS:
        yield Finding(
            card.source.path,
            card.source.line,
            WARNING,
            f'answer to "{to_text(card.question)}" is {words} words, over the '
            f"{MAX_ANSWER_WORDS}-word limit; split it or make it a list",
        )


def _images(document: Document, exists: Callable[[Path], bool]) -> Iterable[Finding]:
    folder = document.source.path.parent
    for section in document.sections:
        for block in section.blocks:
            if "<img" not in block.html:
                continue
            for img in BeautifulSoup(block.html, "html.parser").find_all("img"):
                src = img.get("src")
                if not isinstance(src, str) or re.match(r"^(?:[a-z][\w+.-]*:|//)", src, re.I):
                    continue  # remote and inline images are the reader's to fetch
                if not src.strip() or not exists(folder / src.split("#")[0].split("?")[0]):
                    yield Finding(
                        document.source.display,
                        block.line,
                        ERROR,
                        f'image "{src}" not found; fix the path or add the file',
                    )
