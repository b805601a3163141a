"""Lists under a lead-in: a sentence ending in a colon (or a heading) and the list after it
give one card whose answer is the list."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from ..lazyre import lazy
from ..markup import escape, to_text
from ..model import Block, BlockKind, CardKind
from .base import (
    NUMBERING,
    Found,
    Scope,
    all_links,
    ends_question,
    is_toc,
    last_sentence,
    open_tasks,
    points_elsewhere,
)
from .labels import qa_label
from .terms import is_schedule

__all__ = ["MAX_LIST_ITEMS", "lead_in_list", "references_heading"]

# A lead-in that only points at the list ("these are the following:") needs its heading.
POINTING = lazy(r"^(?:these|this|they|here|it|the following)\b|\b(?:below|as follows)\b", re.I)


# A lead-in that says where we are, not what the list is: "In this example:", "For instance:".
_NO_CONTEXT = lazy(
    r"^(?:in|for) (?:this|that|the following|our|the) (?:example|case|instance|snippet|sample)\b"
    r"|^(?:for example|for instance|e\.g\.|example|output|result)\W*$",
    re.I,
)
MAX_LIST_ITEMS = 12  # more is a catalogue or an index, not something to recall


_LEADING_P = lazy(r"^\s*<p\b[^>]*>")


def example_questions(listing: Block) -> bool:
    """Whether most items of a list ask (examples of what may be asked, not facts), or all
    are open tasks (`- [ ] Add the missing terms`): a to-do list, nothing to recall."""
    asking = sum(
        1
        for item in listing.items
        # "问题： 请描述…。": a question's label asks, whatever the sentence ends with.
        if ends_question(to_text(item)) or qa_label(_LEADING_P.sub("", item)) == "q"
    )
    return asking * 2 > len(listing.items) or open_tasks(listing)


# Sections about the document itself: its instructions, its closing notes.
_ABOUT_THE_DOCUMENT = lazy(
    r"^\W*(?:instructions?|instrucciones|instruções|instrucoes|instruzioni|anleitung|"
    r"hinweise|consignes|(?:additional|closing|final)\s+notes|notas\s+(?:adicionales|finales)|"
    r"notes\s+(?:additionnelles|finales)|how\s+to\s+(?:use|take)\s+this\s+(?:document|"
    r"test|quiz|guide))\W*$",
    re.I,
)


# A section of references, further reading or useful links, in the languages guides are
# written in: titles to look up, not facts.
_REFERENCES = lazy(
    r"\b(?:references|further\s+reading|resources|useful\s+links|links|see\s+also|"
    r"bibliography|sources|referencias|enlaces|lecturas|ressources|liens|bibliographie|"
    r"weiterf[üu]hrende|literatur|quellen|riferimenti|referências|leituras|"
    r"корисні\s+посилання|посилання|ссылки|литература)\b|参考文献|参考资料|参考資料|関連リンク|"
    r"読み物|延伸阅读|相关链接|참고\s*자료",
    re.I,
)


# The stricter sense: a section that is only a list of references.
_REFERENCE_SECTION = lazy(
    r"^\W*(?:references|further\s+reading|useful\s+links|see\s+also|bibliography|"
    r"referencias|bibliograf[íi]a|bibliographie|literatur(?:verzeichnis)?|riferimenti|"
    r"referências|корисні\s+посилання|полезные\s+ссылки|литература|"
    # "See also" in other languages: "Zobacz też", "Siehe auch", "Voir aussi", "Xem thêm".
    r"zobacz\s+(?:te[żz]|tak[żz]e)|siehe\s+auch|voir\s+aussi|v[ée]ase\s+tambi[ée]n|"
    r"ver\s+tamb[ée]m|veja\s+tamb[ée]m|ver\s+tambi[ée]n|vedi\s+anche|zie\s+ook|"
    r"см\.?\s+также|смотрите\s+также|див\.?\s+також|дивіться\s+також|viz\s+t[ée]ž|"
    r"pozri\s+(?:aj|tie[žz])|ayr[ıi]ca\s+bak[ıi]n[ıi]z|lihat\s+juga|xem\s+th[êe]m|"
    r"se\s+(?:även|også)|katso\s+my[öo]s|l[áa]sd\s+m[ée]g|vezi\s+(?:[șs]i|de\s+asemenea)|"
    r"另请参阅|相关页面|関連項目|関連ページ|같이\s*보기|관련\s*문서)\W*$|参考文献|関連リンク|"
    r"相关链接|延伸阅读",
    re.I,
)


def references_heading(heading: str) -> bool:
    """Whether a section's heading says it lists references, further reading or links."""
    return _REFERENCE_SECTION.search(NUMBERING.sub("", heading).strip()) is not None


# A lesson's objectives ("After this lesson you can: ..."): what it will teach, no facts.
_OBJECTIVES_SECTION = lazy(
    r"^\W*(?:(?:learning|lesson|course)\s+(?:objectives|outcomes|goals)|"
    r"what\s+you(?:'ll|\s+will)\s+learn|lernziele|objetivos\s+de\s+aprendiza(?:je|gem)|"
    r"objectifs\s+(?:d'apprentissage|p[ée]dagogiques)|obiettivi\s+(?:di\s+apprendimento|formativi)|"
    r"leerdoelen|cele\s+(?:nauki|lekcji)|цели\s+(?:обучения|урока)|mục\s+tiêu\s+(?:học\s+tập|bài\s+học)|"
    r"tujuan\s+pembelajaran|学习目标|学習目標|학습\s*목표)\W*$",
    re.I,
)


def objectives_heading(heading: str) -> bool:
    """Whether a section's heading names a lesson's learning objectives."""
    return _OBJECTIVES_SECTION.search(NUMBERING.sub("", heading).strip()) is not None


def lead_in_list(scope: Scope) -> Iterator[Found]:
    """A sentence ending in a colon, then a list: one card whose answer is the list.

    A section that holds nothing but a list is introduced by its heading.
    """
    heading = NUMBERING.sub("", scope.section.heading).strip()
    if _ABOUT_THE_DOCUMENT.match(heading) or _REFERENCES.search(heading):
        return  # how to take the test, where to read more: nothing to recall
    blocks = [(i, b) for i, b in scope.blocks() if not is_toc(b)]
    if (
        len(blocks) == 1
        and blocks[0][1].kind is BlockKind.LIST
        and scope.section.heading
        and 1 < len(blocks[0][1].items) <= MAX_LIST_ITEMS
        and not all_links(blocks[0][1])
        and not points_elsewhere(blocks[0][1])
        and not is_schedule(blocks[0][1])
        and not example_questions(blocks[0][1])
    ):
        i, listing = blocks[0]
        items = tuple(to_text(item) for item in listing.items)
        question = f"{escape(NUMBERING.sub('', scope.section.heading))}: name the {len(items)}."
        yield Found(question, listing.html, CardKind.LIST, listing.line, frozenset([i]), items)
        return
    for (i, lead), (j, listing) in pairwise(blocks):
        if (
            lead.kind is not BlockKind.PARAGRAPH
            or listing.kind is not BlockKind.LIST
            or not lead.text.endswith(":")
            or j != i + 1
            or points_elsewhere(listing)  # "Other languages:" then links: navigation
            or is_schedule(listing)  # "The plan:" then `Week 1: ...`: nothing to recall
            or example_questions(listing)  # "Be ready for questions such as:" and a few
        ):
            continue
        sentence = last_sentence(lead.text).rstrip(": ")
        if _NO_CONTEXT.match(sentence) or len(listing.items) > MAX_LIST_ITEMS:
            continue  # "In this example:" names nothing to recall; dozens of items is an index
        if POINTING.search(sentence) and scope.section.heading:
            # "These are the core skills:" says nothing alone; the heading names the list.
            sentence = NUMBERING.sub("", scope.section.heading)
        items = tuple(to_text(item) for item in listing.items)
        question = f"{escape(sentence)}: name the {len(items)}."
        yield Found(question, listing.html, CardKind.LIST, lead.line, frozenset([i, j]), items)
