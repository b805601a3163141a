"""Glossaries without a glossary title: sibling headings with one short definition each,
most of which read as terms (a name written as code, an acronym spelled out, a definition
in so many words, or a dictionary's gloss: "A rule which allows ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazyre import lazy
from ..model import BlockKind, Section
from .base import defines, faq_heading, glossary_heading, inner_html, visible
from .labels import qa_label

__all__ = ["TERM_HEADING", "glossary_runs", "page_part", "preamble"]

# A heading that can name a term: a few words, no sentence's end.
TERM_HEADING = lazy(r"^[^.!?？。:;]{1,60}$")


# A term as glossaries write it: a name in lower case (`apiVersion`, `site title`), since a
# guide's own headings are capitalised, or one that opens with an acronym (`OSI-approved`).
_CODE_LIKE = lazy(r"^(?:[a-z][\w.-]*|[A-Z][A-Z0-9]{1,5}(?![a-z]))(?:[\s-]\S+){0,2}$")
# A definition in the guide's own words, whatever its language: an article, one to three
# words and a defining verb ("El estado es ...", "Der Zustand ist ...").
_DEFINITION_OPENING = lazy(
    r"^\W*(?:a|an|the|el|la|los|las|un|una|der|die|das|le|la|les|o|os|as)\s+"
    r"(?:\w+\s+){0,2}\w+\s+(?:is|are|es|son|ist|sind|est|sont|é|são)\b",
    re.I,
)
# A dictionary's gloss: a noun phrase, no sentence ("A rule which allows ...", "The unique
# identifier for ...", "An ERC-20 wrapped token."): an article, a few words without a verb
# of being or having, then what qualifies it (a relative pronoun, a preposition) or its end.
_GLOSS = lazy(
    r"^\W*(?:a|an|the)\s+"
    r"(?:(?!(?:is|are|was|were|has|have|had|can|will|may|must|should|would|could|does|do)\b)"
    r"[\w'’\"-]+\s+){0,6}?"
    r"(?:[\w'’\"-]+[.,;:–—]|(?:which|that|who|whose|where|for|of|to|on|in|by|across|with|"
    r"from|between|within|used)\b)",
    re.I,
)
# A sentence about the thing its opening names: "The goal of this project is to ...".
_SENTENCE = lazy(
    r"^\W*(?:a|an|the)\s+(?:[\w'’\"-]+\s+){0,3}(?:of|for|in|on|to|with|from)\s+"
    r"(?:[\w'’\"-]+\s+){0,3}(?:is|are|was|were)\b",
    re.I,
)


def _glosses(text: str) -> bool:
    """Whether a definition opens with a gloss, a noun phrase (or a verb's "To present,
    offer ...", an adjective's "relating to money") rather than a sentence."""
    glossed = _GLOSS.match(text) or _VERB_OR_ADJECTIVE_GLOSS.match(text)
    return glossed is not None and _SENTENCE.match(text) is None


# A dictionary's gloss of a verb ("To present, offer ... (evidence).") or of an adjective
# ("relating to or consisting of money.").
_VERB_OR_ADJECTIVE_GLOSS = lazy(
    r"^\W*(?:to\s+(?!be\b|the\b|a\b|an\b)[a-z]{3,}[,;]?\s|(?:relating|pertaining|belonging|"
    r"referring)\s+to\b)",
    re.I,
)
_VERB_GLOSS = lazy(r"^\W*to\s+(?P<verb>[a-z]{3,})\b", re.I)


_SHORT_DEFINITION = 80  # words: a term's definition, not an article about it
_GLOSSED_DEFINITION = 160  # words: a definition opening with a gloss may go on longer
# A page's introduction and how to read it, in languages other than English.
_INTRO = (
    r"introducci[oó]n|introdu[cç][aã]o|introduzione|einleitung|einf[üu]hrung|wst[eę]p|"
    r"wprowadzenie|giri[sş]|pendahuluan|pengantar|введение|вступ|giới thiệu|"
    r"(?:modo de |cómo |cách )?(?:uso|utilizo|utilisation|verwendung|sử dụng|kullan[ıi]m)|"
    r"简介|介绍|使用说明|はじめに|概要|소개|개요"
)
# The sections every README has, however it writes them: parts of a page, not terms.
_PAGE_PART = lazy(
    r"^(?:install(?:ation|ing)?|setup|usage|use|getting started|quick ?start|build(?:ing)?|"
    r"test(?:s|ing)?|examples?|demo|features|overview|intro(?:duction)?|about|"
    r"requirements|prerequisites|dependencies|config(?:uration)?|options|license|licence|"
    r"contributing|contributors|credits|authors?|acknowledg(?:e)?ments|thanks|changelog|"
    r"changes|history|roadmap|todo|notes|support|contact|help|docs|documentation|"
    r"references|links|see also|summary|conclusion|faq|"
    # The same parts in other languages.
    rf"{_INTRO}|"
    r"[íi]ndice|sommaire|inhalt(?:sverzeichnis)?|spis treści|i[çc]indekiler|daftar isi|"
    r"содержание|зміст|mục lục|referencias|refer[êe]ncias|références|riferimenti|"
    r"tham khảo|véase también|voir aussi|siehe auch|см\. также|"
    r"使用说明|说明|简介|介绍|目录|参考资料|相关文档|相关链接|更新日志|"
    r"目次|概要|はじめに|関連(?:ドキュメント|リンク|項目)|参考文献|更新履歴|"
    r"관련 문서|관련 링크|참고 자료|목차|개요|소개)$",
    re.I,
)


# The parts before a glossary's terms: its introduction and how to read it (not "License",
# which a glossary may define).
_PREAMBLE = lazy(
    rf"^(?:intro(?:duction)?|overview|about|usage|how to use|contents|{_INTRO})$", re.I
)


def preamble(heading: str) -> bool:
    """Whether a heading opens a glossary's introduction ("Giới thiệu", "How to use")."""
    return _PREAMBLE.match(heading) is not None


def page_part(heading: str) -> bool:
    """Whether a heading names a part of the page ("Usage", "See also", "使用说明"), no term."""
    return _PAGE_PART.match(heading) is not None


def glossary_runs(sections: Sequence[Section]) -> set[int]:
    """The term headings of a glossary that has no glossary title: sibling headings with
    one short paragraph (or quote) each, of which at least two, and at least half, read as
    terms: written as a name (`apiVersion`, `OSI`), named in their definition ("The Open
    Source Initiative (OSI) is ..."), or defined in so many words ("El estado es ...").
    "Setup" over "Run the installer." is a step, not a term."""
    runs: list[list[tuple[int, bool]]] = []
    previous: tuple[tuple[str, ...], int] | None = None
    for n, section in enumerate(sections):
        nested = n + 1 < len(sections) and sections[n + 1].level > section.level
        shape = None if nested else _term_shape(section)
        place = (section.path[:-1], section.level)
        if shape is None:
            previous = None
            continue
        if previous != place:
            runs.append([])
        runs[-1].append((n, shape))
        previous = place
    members: set[int] = set()
    for run in runs:
        terms = [n for n, is_term in run if is_term]
        if len(run) >= 6 and len(terms) * 4 >= len(run) * 3:
            # Nearly all read as terms: the others are terms defined less plainly
            # ("Intent" / "In the context of ..., an action where ...").
            members.update(n for n, _ in run)
        elif len(terms) >= 2 and len(terms) * 2 >= len(run):
            members.update(terms)
    return members


def _term_shape(section: Section) -> bool | None:
    """None when a section cannot be a glossary entry (not one short paragraph under a
    short heading), else whether it reads as a term and its definition."""
    heading = visible(section.heading)
    blocks = [b for b in section.blocks if b.kind is not BlockKind.OTHER]
    if (
        not heading
        or not TERM_HEADING.match(heading)
        or faq_heading(heading)
        or glossary_heading(heading)
        or len(blocks) != 1
        or blocks[0].kind not in {BlockKind.PARAGRAPH, BlockKind.QUOTE}
        or len(blocks[0].text.split())
        > (_GLOSSED_DEFINITION if _glosses(blocks[0].text) else _SHORT_DEFINITION)
        or qa_label(inner_html(blocks[0]))  # `A: ...` answers a question, defines no term
        or _PAGE_PART.match(heading)
    ):
        return None
    text = blocks[0].text
    first_sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    verb = _VERB_GLOSS.match(text)
    if verb and heading.lower().startswith(verb["verb"].lower()[:4]):
        return False  # "Loading" / "To load the kiln, stack ...": a step, how it is done
    return bool(
        _CODE_LIKE.match(heading)
        or defines(heading, text)
        or f"({heading.lower()})" in first_sentence.lower()
        or _DEFINITION_OPENING.match(text)
        or _glosses(text)
    )
