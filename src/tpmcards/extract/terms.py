"""Terms and their meanings, in the forms guides write them: glossaries (a term heading and
its definition, bold-term paragraphs), `**Term**: explanation` and `term - meaning` lists,
definition lists, and tables of terms (a question/term column, a reference table's
description column, a glossary's two columns)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import pairwise

from bs4 import BeautifulSoup, Tag

from ..foldlabels import letter_title
from ..lazyre import lazy
from ..markup import escape, to_text
from ..model import Block, BlockKind, CardKind
from .base import (
    PLACEHOLDER,
    Found,
    Scope,
    asked_words,
    asks_without_mark,
    defines,
    ends_question,
    glossary_heading,
    inner_html,
    open_tasks,
    points_elsewhere,
    question_text,
    unwrap_p,
    visible,
)
from .glossaries import TERM_HEADING, page_part, preamble
from .items import first_line, item_lines, only_item
from .labels import ANSWER_WORDS, EXPLANATION_WORDS, GLOSSARY_LINE, QUESTION_WORDS, line_entries
from .pointers import points_away, referred_name, refers_elsewhere


def definition_lists(scope: Scope) -> Iterator[Found]:
    """`<dl><dt>term<dd>definition`, and Markdown's `term` / `: definition`: term cards."""
    for i, block in scope.blocks():
        if block.kind is not BlockKind.DEFINITIONS:
            continue
        if block.rows and all(_prose(to_text(row[0])) for row in block.rows):
            continue  # sentences over indented text (reStructuredText's accident), no terms
        # A row may carry its entry's other fields after the definition (fielded.py).
        for term, definition, *fields in block.rows:
            if points_away(definition) and not _spells_out(to_text(term), to_text(definition)):
                # "See <a>Shard</a>.": nothing to recall; a link that spells the term out
                # ("CIF" / "<a>Crystallographic Information File</a>") is its meaning.
                continue
            if refers_elsewhere(to_text(definition)):
                # "ISP" / "See Internet service provider": the name it stands for is its
                # answer; "Latin-1" / "See ISO 8859-1" only sends to another entry.
                if not _spells_out(to_text(term), to_text(definition)):
                    continue
                definition = escape(referred_name(to_text(definition)))
            kind = CardKind.BASIC if ends_question(to_text(term)) else CardKind.TERM
            extra = "".join(fields)
            yield Found(unwrap_p(term), definition, kind, block.line, frozenset([i]), extra=extra)
        for term in _terms_without_definition(block.html):
            yield Found(escape(term), "", CardKind.TERM, block.line, frozenset([i]))


# A glossary's term with its reading after a colon, one word: `PackageName:ぱっけーじねーむ`.
_WITH_READING = lazy(r"^[^.!?？。:;：]{1,40}[:：][^\s.!?？。:;：]{1,30}$")


def _prose(term: str) -> bool:
    """A "term" of two sentences or more, or of a sentence too long for a name."""
    words = len(term.split())
    return words >= 25 or (words >= 8 and re.search(r"[.!?]\s+\S", term) is not None)


def glossary_terms(scope: Scope) -> Iterator[Found]:
    """A term heading at any level and the paragraph (or quote) that defines it: a term
    card. In a glossary every such heading is a term, and one with no definition is a
    finding; elsewhere only a heading whose first sentence defines it ("Hooks are ...")."""
    # Without its number and the pictographs that mark an entry ("### ✏️ TCP").
    heading = asked_words(scope.section.heading).rstrip(", ")
    if scope.glossary and letter_title(heading):
        return  # "T": the letter its terms are filed under, no term
    if scope.glossary:
        heading = heading.rstrip(":： ")  # "## La Paciencia (f) (noun, sustantivo): ##"
    # A note in brackets may hold stops of its own: "Management (i.e. memory management)".
    bare = re.sub(r"\s*\([^()]*\)", "", heading).strip() or heading
    named = TERM_HEADING.match(bare) or (scope.glossary and _WITH_READING.match(heading))
    if not heading or not named or glossary_heading(heading):
        return
    blocks = [(i, b) for i, b in scope.blocks() if b.kind is not BlockKind.OTHER]
    first = blocks[0] if blocks else None
    if (
        first is not None
        and scope.glossary
        and _list_definition(first[1])
        and not page_part(heading)
    ):
        # A glossary's term defined in bullets ("## Docker" / "- container image format").
        i, block = first
        items = tuple(to_text(item) for item in block.items)
        yield Found(escape(heading), block.html, CardKind.TERM, block.line, frozenset([i]), items)
        return
    if first is None or first[1].kind not in {BlockKind.PARAGRAPH, BlockKind.QUOTE}:
        # Nothing at all under it (not blocks other rules took): a term left undefined.
        if scope.glossary and not scope.section.blocks and not scope.has_children:
            yield Found(escape(heading), "", CardKind.TERM, scope.section.line, frozenset())
        return
    i, block = first
    opening = next(n for n, b in enumerate(scope.section.blocks) if b.kind is not BlockKind.OTHER)
    if i != opening:
        return  # its opening blocks were terms of their own: a heading over a group of terms
    if not scope.glossary and not defines(heading, block.text):
        return
    if block.text.rstrip().endswith((":", "：")) and len(block.text.split()) <= _LEAD_IN_WORDS:
        return  # "Before a firing:": a lead-in to what follows, no definition
    if scope.glossary and _ABOUT_THE_GLOSSARY.search(block.text):
        return  # "Overview" / "This glossary defines ...": the glossary's introduction
    if scope.glossary and preamble(heading) and not defines(heading, block.text):
        return  # "Giới thiệu" (Introduction) over what the file holds: a part of the page
    if scope.glossary and scope.has_children and _ABOUT_TERMS.search(block.text):
        return  # "Elementary" over "Tiles", "Seats": "I assume everyone knows these terms"
    if refers_elsewhere(block.text) and not _spells_out(heading, block.text):
        # "See Home Account.": defined under another name ("PIC" / "See Performance
        # Improvement Council." still says what the initials stand for).
        return
    if _only_questions(block.text):
        # "Project Manager? Performance Manager?": a guess at the term, not its definition.
        yield Found(escape(heading), "", CardKind.TERM, block.line, frozenset([i]))
        return
    definition = _DEFINITION_LABEL.sub("", inner_html(block), count=1)  # `**Definition:**`
    after = blocks[1] if len(blocks) > 1 else None
    if (
        _EXPANSION.fullmatch(definition)
        and after is not None
        and after[1].kind is BlockKind.PARAGRAPH
        and after[0] == i + 1
    ):
        # "APN" / "_Access Point Name_" / "A gateway between ...": what the letters stand
        # for, then what it is; the card holds both.
        definition = f"<p>{definition}</p>{after[1].html}"
        yield Found(escape(heading), definition, CardKind.TERM, block.line, frozenset([i, i + 1]))
        return
    yield Found(escape(heading), definition, CardKind.TERM, block.line, frozenset([i]))


# A term's expansion alone in italics, over its definition: `_Access Point Name_`.
_EXPANSION = lazy(r"\s*<em>[^<.!?]{3,80}</em>\s*")


# A paragraph about the glossary itself ("This glossary defines the terms ..."), in the
# languages glossaries are written in.
_ABOUT_THE_GLOSSARY = lazy(
    r"^\W*(?:this|these|the following|our|este|esta|estos|dieses|diese|ce|cette|ces|questo|"
    r"deze|dit|本|この)\s*(?:[\w-]+\s+){0,3}?(?:glossary|glossar|glosario|gloss[áa]rio|"
    r"glossaire|glossario|woordenlijst|terms|definitions|用語集|术语表|词汇表|術語表)",
    re.I,
)


# A group's introduction speaking of the terms under it ("these terms", "terms that I use").
_ABOUT_TERMS = lazy(
    r"\b(?:these|those|the following|such)\s+(?:\w+\s+){0,2}?(?:terms|words|expressions)\b|"
    r"\b(?:terms|words|expressions)\s+(?:that|which|you)\b|"
    r"\b(?:estos|estas|esses|estes|ces|diese|questi|queste|deze)\s+(?:\w+\s+){0,2}?"
    r"(?:t[ée]rminos|termos|termes|termini|termen|begriffe|w[öo]rter|mots|palabras|palavras|"
    r"parole|woorden)\b",
    re.I,
)


_LEAD_IN_WORDS = 6  # "Before a firing:"; a longer sentence may define and go on to code


_DEFINITION_LABEL = lazy(
    r"^\s*<(strong|b|em)>\s*(?:definition|meaning|definici[oó]n|significado|bedeutung|"
    r"d[ée]finition|defini[cç][aã]o)\s*:?\s*</\1>\s*:?\s*",
    re.I,
)


def _list_definition(block: Block) -> bool:
    """A list that defines the term above it: not a list of terms of its own (`**Latency**:
    ...`), nor of links."""
    return (
        block.kind is BlockKind.LIST
        and bool(block.items)
        and not any(_TERM_ITEM.match(unwrap_p(item)) for item in block.items)
        and not all(_PLAIN_TERM_ITEM.match(unwrap_p(item)) for item in block.items)
        and not any(
            all(shape.match(unwrap_p(item)) for item in block.items)
            for shape in (_CODE_TERM_ITEM, _LINK_TERM_ITEM, _TAB_TERM_ITEM)
        )
        and not nested_terms(block, glossary=True)
        and not (
            len(block.items) >= 3
            and all(
                (m := GLOSSARY_LINE.match(unwrap_p(item))) and _names_then_says(m)
                for item in block.items
            )
        )  # `Titoli: per creare un titolo, ...` items: terms of their own
        and not points_elsewhere(block)
        and not open_tasks(block)
    )


def _spells_out(term: str, text: str) -> bool:
    """Whether `text` holds the words an acronym `term` is made of, by their initials."""
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w[0].isupper())
    return len(term) >= 2 and term.isupper() and term.lower() in initials.lower()


def _only_questions(text: str) -> bool:
    sentences = [s for s in re.split(r"(?<=[.!?？。])\s*", visible(text)) if s.strip()]
    return bool(sentences) and all(ends_question(s) for s in sentences)


# `**Term**: ...`, `**Term** - ...` (the dash inside the bold too), `**Term** → ...`, and
# `**Term** (Expansion)` with its definition after a line break (two trailing spaces in
# Markdown); an expansion in brackets
# goes with the term, emoji before the dash go; an arrow, not a chain of them ("**135/tcp** →
# open → msrpc" is a finding, no term).
# A bold term and its colon, its definition still to be written: `**Gate time**:`.
_BARE_TERM_ITEM = lazy(r"\s*<(strong|b)>[^<]{1,80}?:?\s*</\1>\s*:?\s*")
_TERM_ITEM = lazy(
    r"^\s*<(strong|b)>(?P<term>[^<]{1,80}?)\s*(?P<colon>:|(?<=\s)[-–—])?\s*</\1>"
    r"(?P<gloss>\s*\([^()<>]{1,80}\))?\s*"
    # Emoji a term may wear before its dash (`**Motherboard** 🔗 – ...`).
    r"(?:[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+\s*)?"
    r"(?(colon)|(?::|\s[-–—|]|\s=(?=\s)|&mdash;|&ndash;|<br\s*/?>|\s(?:→|⇒|-&gt;|=&gt;)(?=(?:(?!→|⇒|-&gt;|=&gt;).)*$)))\s*(?P<rest>\S.*)$",
    re.S,
)


_EM_TERM_ITEM = lazy(
    r"^\s*<(em|i)>(?P<term>[^<]{1,80}?)\s*(?P<colon>:)?\s*</\1>\s*(?(colon)|(?::|\s[-–—]))\s*"
    r"(?P<rest>\S.*)$",
    re.S,
)
_ONE_LIST = lazy(r"^\s*<blockquote[^>]*>\s*(?P<list><(ul|ol)\b.*</\2>)\s*</blockquote>\s*$", re.S)


def _quoted_list(block: Block) -> Block:
    """A quote holding one list and nothing else, as that list; any other block as it is."""
    match = _ONE_LIST.match(block.html)
    if match is None:
        return block
    soup = BeautifulSoup(match["list"], "html.parser")
    top = soup.find(["ul", "ol"])
    if not isinstance(top, Tag):
        return block
    items = tuple(li.decode_contents() for li in top.find_all("li", recursive=False))
    return Block(BlockKind.LIST, match["list"], block.text, block.line, items, (), top.name == "ol")


def term_item(html: str) -> bool:
    """Whether a list item is a `**Term**: explanation` entry."""
    return _TERM_ITEM.match(html) is not None


def _term(match: re.Match[str]) -> str:
    """The term of a `_TERM_ITEM` match, with the expansion in brackets after it; an anchor
    around its words (`<strong><a name="cook">Cook</a></strong>`) is no part of it."""
    term = _ANCHOR_TAG.sub("", match.group("term")).strip()
    return f"{term}{match.groupdict().get('gloss') or ''}"


_ANCHOR_TAG = lazy(r"</?a\b[^>]*>")


# Labels that open a paragraph the way a term would, in the languages guides are written in.
_LABEL = lazy(
    r"^(?:note|notes|tip|tips|hint|warning|caution|important|example|e\.g\.|see also|nota|"
    r"definition|meaning|definici[oó]n|significado|definition|bedeutung|d[ée]finition|"
    r"consejo|ejemplo|aviso|hinweis|achtung|beispiel|remarque|attention|exemple|注意|提示|"
    r"例如|警告|statement|feedback|result|output|input|"
    # A document's own particulars (`**Author**: ...`, `**LinkedIn**: ...`), no terms.
    r"authors?|e-?mail|website|homepage|linkedin|twitter|github|contact|phone|date|"
    r"last updated|updated|version|licen[cs]e|blog|autor|autora|auteur|fecha|datum|"
    r"m[oó]dul[oe]|module|tema|topic|course|curso|semana|week|"
    r"related(?: (?:docs|documents|pages|links))?|"
    # A page's navigation ("**Điều hướng**" over "Next lesson: ..." links), no term.
    r"navigation|navigasi|navegaci[oó]n|nawigacja|навигация|đi[ềe]u h[ưu][ớo]ng|"
    r"相关文档|相关链接|最后更新|更新日期|関連(?:ドキュメント|リンク)|最終更新|更新日|"
    r"관련 문서|관련 링크|최종 업데이트|작성자|작성일|"
    rf"{EXPLANATION_WORDS}|{QUESTION_WORDS}|{ANSWER_WORDS})$",
    re.I,
)


def term_paragraphs(scope: Scope) -> Iterator[Found]:
    """Paragraphs (or lines of one) that each open with a bold term (`**Outbox** —
    definition`): term cards, in a glossary or where a section holds three or more;
    `**Note:**` is a label, no term. In a glossary a plain `Broker - definition` or
    `Broker: definition` is one too, and so is a bold term with its definition on the next
    line. A bold term alone in its paragraph over a quoted definition is one as well."""
    yield from _quoted_terms(scope)
    # In a glossary, the lines of a paragraph of plain `term - meaning` lines (never one
    # paragraph alone: under a term heading that is its definition).
    lines = line_entries(scope.blocks(), plain_terms=scope.glossary)
    split = {i for i, count in Counter(i for i, _ in lines).items() if count > 1}
    if scope.glossary:
        # A glossary's entries one paragraph each (`Larceny - Theft of ...`), three or more
        # in a section: entries, as the lines of one paragraph are.
        plain = [
            i
            for i, block in lines
            if block.kind is BlockKind.PARAGRAPH and GLOSSARY_LINE.match(inner_html(block))
        ]
        if len(plain) >= 3 or letter_title(visible(scope.section.heading)):
            split.update(plain)
    # Paragraphs of a plain term's line over its definition's line ("empiricism" / "the view
    # that ..."), three or more in a section: a cheat sheet's terms.
    plain_lined = [
        i
        for i, block in lines
        if block.kind is BlockKind.PARAGRAPH and _PLAIN_LINED.match(inner_html(block))
    ]
    # Not under a heading that asks, and not a series ("The first way" / "The second way"
    # over how each goes: steps of one answer, all opening with one word).
    heading = scope.section.heading
    asks = question_text(heading) is not None or asks_without_mark(heading)
    openings = {
        match["term"].split()[0].casefold()
        for i, block in lines
        if i in plain_lined and (match := _PLAIN_LINED.match(inner_html(block)))
    }
    lined = set(plain_lined) if len(plain_lined) >= 3 and not asks and len(openings) > 1 else set()
    # Terms in italics (`<em>Anastrophe</em>: inversion of ...`): in a glossary, or four
    # or more paragraphs so in a section, as lists of them are.
    italic = [
        i
        for i, block in lines
        if block.kind is BlockKind.PARAGRAPH and _EM_TERM_ITEM.match(inner_html(block))
    ]
    italics = set(italic) if len(italic) >= (1 if scope.glossary else 4) else set()
    found = [
        (i, block, match)
        for i, block in lines
        if block.kind is BlockKind.PARAGRAPH
        and (
            match := _TERM_ITEM.match(inner_html(block))
            or (_EM_TERM_ITEM.match(inner_html(block)) if i in italics else None)
            or (GLOSSARY_LINE.match(inner_html(block)) if i in split else None)
            or (_STOPPED_TERM.match(inner_html(block)) if scope.glossary else None)
            or (_LINED_TERM.match(inner_html(block)) if scope.glossary else None)
            or (_SPACED_TERM.match(inner_html(block)) if scope.glossary else None)
            or (_CODE_OPENING.match(inner_html(block)) if scope.glossary else None)
            or (_PLAIN_LINED.match(inner_html(block)) if i in lined else None)
        )
        is not None
        and not ends_question(match.group("term"))
        and not _LABEL.match(match.group("term").strip())
    ]
    if len(found) < (1 if scope.glossary else 3):
        return
    unmarked = (_LINED_TERM.pattern, _SPACED_TERM.pattern)  # a space or line break parts them
    if (
        len(found) == 1
        and found[0][0] == next(iter(scope.free), None)
        and found[0][2].re.pattern in unmarked
        and _term_heading(scope)
        and _names_heading(scope.section.heading, _term(found[0][2]))
    ):
        # "### TCP" over "**Transmission Control Protocol** is ...": the heading's definition
        # opens the section with the name spelled out (no colon or dash parts a term). Under
        # "#### Seats", "**Chiicha**" is the one term of its group.
        return
    opening = next(iter(scope.free), None)
    if (
        _term_heading(scope)
        and len(scope.free) == 1
        and all(i == opening and match.re.pattern == GLOSSARY_LINE.pattern for i, _, match in found)
    ):
        # "### Amazing observation" over "For astronomers: ... / For everyone else: ...":
        # plain lines of the heading's one paragraph define the heading, each for someone.
        return
    for i, block, match in found:
        term, rest = _term(match), match.group("rest").strip()
        yield Found(term, rest, CardKind.TERM, block.line, frozenset([i]))


def _names_heading(heading: str, term: str) -> bool:
    """Whether a bold term names its section's heading: in its words, or spelled out."""
    heading_words = [w.lower() for w in re.findall(r"\w+", asked_words(heading))]
    term_words = [w.lower() for w in re.findall(r"\w+", visible(term))]
    short = "".join(heading_words)
    return bool(set(heading_words) & set(term_words)) or (
        len(short) >= 2 and _abbreviates(short, term_words)
    )


def _abbreviates(short: str, words: list[str]) -> bool:
    """Whether `short` is made of the starts of `words`, each in turn ("tcp": Transmission
    Control Protocol; "telnet": TELetype NETwork); a short word ("of") may be left out."""
    if not short:
        return not any(len(w) > 3 for w in words)
    if not words:
        return False
    first, rest = words[0], words[1:]
    k = 0
    while k < min(len(first), len(short)) and first[k] == short[k]:
        k += 1
        if _abbreviates(short[k:], rest):
            return True
    return len(first) <= 3 and _abbreviates(short, rest)


def _term_heading(scope: Scope) -> bool:
    """Whether a glossary section's heading is a term of its own (no letter, no title)."""
    heading = asked_words(scope.section.heading)
    return (
        scope.glossary
        and TERM_HEADING.match(heading) is not None
        and not letter_title(heading)
        and not glossary_heading(heading)
    )


# `` `market`. a group of buyers ... ``, `` `price ceiling` a legal maximum ... ``: in a
# glossary, a paragraph opening with a term in code, then its definition (after a colon, a
# full stop or a dash, or opening with an article: "`mkdocs` allows you to" is a sentence).
_CODE_OPENING = lazy(
    r"^\s*<code>(?P<term>[^<>]{1,60})</code>(?:\s*(?:[:.]|\s[-–—])\s+|\s+(?=(?:a|an|the)\s))"
    r"(?P<rest>[^\s.,;].*)$",
    re.S,
)
# `**Disperser**. The Disperser is ...`: in a glossary, a full stop after the bold term
# opens its definition as a colon does (elsewhere it ends a bold run-in heading).
_STOPPED_TERM = lazy(r"^\s*<(strong|b)>(?P<term>[^<]{1,80}?)\s*</\1>\.\s+(?P<rest>\S.*)$", re.S)


# `**Breach**` with its definition on the next line of the paragraph: in a glossary, the
# line break parts term and definition (elsewhere a bold line over text is a title). The
# term may hold its reading in small print: `<b>Kotsu (<small>刻子</small>)</b>`.
# (The bold term may be an anchor's text, its line ended by a `<br/>`: a built page's entry.)
_LINED_TERM = lazy(
    r"^\s*(?:<a\b[^>]*>\s*)?<(strong|b)>(?P<term>(?:[^<]|</?(?:small|em|i|sup|sub|a)\b[^>]*>){1,100}?)"
    r"\s*</\1>\s*(?:</a>)?"
    r"[ \t]*(?:<br\s*/?>)?[ \t]*\n\s*(?P<rest>\S.*)$",
    re.S,
)
# A plain term of a few words on its line, its definition on the next, nothing more (the
# term's line may end in a hard break: two trailing spaces).
_PLAIN_LINED = lazy(
    r"^\s*(?P<term>[^\s<>.!?:;,(][^<>\n.!?:;,]{0,40}?)[ \t]*(?:<br\s*/?>)?[ \t]*\n[ \t]*"
    r"(?P<rest>[^\s<][^\n]{12,})$"
)


# `**Accrual accounting** Recording income when earned ...`: in a glossary, a bold term and
# its definition after a space; a bold number (`**1.** Refers to ...`) numbers a sense.
# Badges between them (`<a class="pill">Week 6</a>`, the course that teaches it) go.
_SPACED_TERM = lazy(
    r"^\s*<(strong|b)>(?!\s*[\divxIVX]+[.)]?\s*</)(?P<term>[^<]{1,60}?)\s*</\1>[ \t]+"
    r"(?:<(?P<badge>a|span)\b[^>]*\bclass=\"[^\"]*\b(?:pill|badge|tag|chip|label)s?\b[^\"]*\""
    r"[^>]*>[^<]*</(?P=badge)>\s*)*"
    r"(?P<rest>[^\W\d_].*)$",
    re.S,
)


_BOLD_ONLY = lazy(r"^\s*<(strong|b)>(?P<term>[^<>]{1,80})</\1>\s*$")


def _quoted_terms(scope: Scope) -> Iterator[Found]:
    """`<p><strong>widget (gloss)</strong></p>` then a `<blockquote>` or a paragraph that
    defines it: term cards, in a glossary or where a section holds three or more such pairs
    (a bold line over a quote once is a pull quote's caption as often as a term; over a
    paragraph, a title as often as a term, so outside a glossary each paragraph must open
    by defining its term: "A branch is ...")."""
    blocks = scope.blocks()
    pairs = []
    for (i, block), (j, after) in pairwise(blocks):
        match = _BOLD_ONLY.match(inner_html(block)) if block.kind is BlockKind.PARAGRAPH else None
        # In a glossary, a list of senses under the bold word defines it too.
        kinds = {BlockKind.QUOTE, BlockKind.PARAGRAPH}
        if scope.glossary:
            kinds.add(BlockKind.LIST)
        if (
            match is None
            or after.kind not in kinds
            or not _BARE_TERM.match(match.group("term").strip())
            or _LABEL.match(match.group("term").strip())
            or letter_title(match.group("term").strip())  # "**A**" over A's terms
        ):
            continue
        term = match.group("term").strip()
        if after.kind is BlockKind.PARAGRAPH and (
            _BOLD_ONLY.match(inner_html(after)) or not (scope.glossary or defines(term, after.text))
        ):
            continue
        quote = re.fullmatch(r"\s*<blockquote[^>]*>(?P<q>.*)</blockquote>\s*", after.html, re.S)
        if after.kind is BlockKind.PARAGRAPH:
            definition = inner_html(after).strip()
        elif after.kind is BlockKind.LIST:
            definition = after.html
        else:
            definition = (quote.group("q") if quote else after.html).strip()
        pairs.append(Found(term, definition, CardKind.TERM, block.line, frozenset([i, j])))
    if len(pairs) >= (1 if scope.glossary else 3):
        yield from pairs
    else:
        # A bold title over a paragraph that opens by defining it ("**Pica**" / "Pica is a
        # craving ...", an Obsidian callout's title over its body) is a term anywhere.
        yield from (f for f in pairs if _defining(f))


def _defining(found: Found) -> bool:
    """A paragraph's definition (a quote's starts with its `<p>`) that opens by defining
    its term."""
    return not found.answer.lstrip().startswith("<") and defines(found.question, found.answer)


_PLAIN_TERM_ITEM = lazy(
    r"^\s*(?:<code>)?(?P<term>[^\s<>]+)(?:</code>)?\s+[-–—]\s+(?P<rest>\S.*)$",
    re.S,
)


_CODE_TERM_ITEM = lazy(
    r"^\s*<code>(?P<term>[^<>]{1,80})</code>\s*(?::|\s[-–—]|\s=(?=\s)|&mdash;|&ndash;)\s*"
    r"(?P<rest>\S.*)$",
    re.S,
)


_LINK_TERM_ITEM = lazy(
    r"^\s*<a\b[^>]*>(?P<term>[^<>]{1,60})</a>(?P<gloss>\s*[(（][^()（）<>]{1,60}[)）])?"
    r"\s*(?::|\s[-–—]|&mdash;|&ndash;|"
    # The dash inside the definition's own box: `<a>GQA</a> <span class="d">— ...</span>`.
    r"(?P<box><span\b[^>]*>)\s*[-–—])\s*(?P<rest>[^\s<].*?)(?(box)</span>\s*)$",
    re.S,
)
_TAB_TERM_ITEM = lazy(r"^\s*(?P<term>[^\t<>\n]{1,40}?)[ ]*\t+\s*(?P<rest>\S.*)$", re.S)
# A term in bold and its translation or gloss in brackets, examples nested under it:
# `**ablation** (отнемане)` over `EN: ...` / `BG: ...` items (the back's).
_GLOSSED_TERM_ITEM = lazy(
    r"^\s*(?:<p\b[^>]*>)?\s*<(strong|b)>(?P<term>[^<]{1,80})</\1>\s*\((?P<rest>[^()<>]{1,80})\)"
    r"\s*(?:</p>)?\s*(?P<nested><(?:ul|ol)\b.*)?$",
    re.S,
)
# A glossary's bold term and its definition after a space alone: `**Pin** A saved ...`.
_SPACED_TERM_ITEM = lazy(
    r"^\s*<(strong|b)>(?P<term>[^<]{1,80}?)</\1>[ \t]+(?P<rest>[^\W\d_].*)$", re.S
)


# A sentence defining its subject: a name of a few words (quoted or not, its expansion in
# brackets), "is" or "are", then what it is, opening with an article.
_DEFINING_ITEM = lazy(
    r"^\s*(?:the\s+)?['\"‘“]?(?P<term>[^\W\d_][^<>.,;:!?'\"’”]{0,50}?)['\"’”]?\s+"
    r"(?:is|are|means)\s+(?P<rest>(?:a|an|the)\s+\S[^<]*)$",
    re.I | re.S,
)
# A term standing alone on an item's first line: a few words, no sentence's end.
_BARE_TERM = lazy(r"^[^<>.!?？。:;]{1,60}$")
# What a glossary writes where a definition is still to come: no definition.


_WHOLE_LINK = lazy(r"<a\b[^>]*>(?P<name>[^<>]{1,60})</a>")


def nested_terms(block: Block, glossary: bool) -> list[tuple[str, str]] | None:
    """`- term` items each defined by the one bullet (or paragraph) nested under it: in a
    glossary, or a list of three or more such items. A placeholder ("TBD") defines
    nothing: the term comes back with an empty definition."""
    if block.kind is not BlockKind.LIST or len(block.items) < (2 if glossary else 3):
        return None
    found = []
    for item in block.items:
        term, rest = first_line(item)
        linked = _WHOLE_LINK.fullmatch(term.strip())
        if linked:
            term = linked["name"]  # `[Roux](https://...)`: the term links to its page
        if not _BARE_TERM.match(visible(term)) or len(term.split()) > 6:
            return None
        definition = only_item(rest.strip()) or unwrap_p(rest.strip())
        if ("<ul" in definition or "<ol" in definition) and not glossary:
            # A list of several points under each item is an outline, not terms; in a
            # glossary, they are the term's definition ("[Roux](...)" over its bullets).
            return None
        if not to_text(definition).strip():
            return None
        if PLACEHOLDER.match(to_text(definition)):
            definition = ""
        found.append((escape(visible(term)), definition))
    return found


def term_bullets(scope: Scope) -> Iterator[Found]:
    """A list of `**Term**: explanation` (or `**Term** - explanation`) items, or of three
    or more `term - explanation` items, or of terms defined in a nested bullet: term
    cards."""
    for i, block in scope.blocks():
        if scope.glossary and block.kind is BlockKind.QUOTE:
            block = _quoted_list(block)  # `>* *AaS* - As a Service`: the list in the quote
        block = _under_letters(block)
        nested = nested_terms(block, scope.glossary)
        for term, definition in nested or ():
            yield Found(term, definition, CardKind.TERM, block.line, frozenset([i]))
        if (
            nested
            or block.kind is not BlockKind.LIST
            or len(block.items) < (1 if scope.glossary else 2)
        ):
            continue
        matches = [_TERM_ITEM.match(unwrap_p(item)) for item in block.items]
        if not all(matches) and len(block.items) >= 3:
            # `- apiVersion - Which version ...`: a plain one-word term and a dash, the
            # same in every item of a list of three or more.
            plain = [_PLAIN_TERM_ITEM.match(unwrap_p(item)) for item in block.items]
            matches = plain if all(plain) else matches
        if not all(matches):
            # A cheat sheet's `` `git log`: see the history `` items: a command is a term;
            # also a term that links to its page (`[te miru](url) : try to`), and, in a list
            # of three or more, a term and its meaning apart by a tab (`BL<TAB>back loop`),
            # or in a glossary by a space after the bold term (`**Pin** A saved ...`).
            # In a glossary a linked term stands alone too (a category of one or two).
            linked = 1 if scope.glossary else 3
            shapes = [(_CODE_TERM_ITEM, 1), (_LINK_TERM_ITEM, linked), (_TAB_TERM_ITEM, 3)]
            if not block.ordered:
                # (A numbered `**Optimal** (knows the future)` list ranks, defines nothing.)
                shapes.append((_GLOSSED_TERM_ITEM, 3))
            if scope.glossary:
                shapes.append((_SPACED_TERM_ITEM, 3))
            for shape, least in shapes:
                shaped = [shape.match(unwrap_p(item)) for item in block.items]
                # Glossed terms over their examples: a stray item or two among many is
                # left out, as `mostly` below does for bold terms.
                most = shape is _GLOSSED_TERM_ITEM and sum(map(bool, shaped)) * 4 >= len(shaped) * 3
                if (all(shaped) or most) and len(shaped) >= least:
                    matches = shaped
                    break
        if not all(matches) and (scope.glossary or len(block.items) >= 4):
            # A glossary's terms in italics (`*Clustering* - ...`), as bold ones elsewhere;
            # outside a glossary, a list of four or more written so.
            italic = [_EM_TERM_ITEM.match(unwrap_p(item)) for item in block.items]
            if all(italic) or (scope.glossary and sum(map(bool, italic)) * 4 >= len(italic) * 3):
                matches = italic
        if not all(matches) and len(block.items) >= 3:
            # Notes that define in sentences, three or more: "Heading is the direction the
            # boat travels in", "'Air draft' is the height ...": the subject is the term.
            said = [_DEFINING_ITEM.match(unwrap_p(item)) for item in block.items]
            if all(m is not None and len(m["term"].split()) <= 5 for m in said):
                matches = said
        if not all(matches) and len(block.items) >= (3 if scope.glossary else 4):
            # A glossary's plain `Atributo: dato adicional ...` items, three or more, every
            # one a term and a colon (two `v2 - louder` notes are no glossary of their own);
            # elsewhere four or more, each a name of a few words (no "Step 2") over a
            # sentence ("Titoli: per creare un titolo, utilizzare ...").
            plain = [GLOSSARY_LINE.match(unwrap_p(item)) for item in block.items]
            if all(
                m is not None
                and ":" in m.string[m.end("term") : m.start("rest")]
                and (scope.glossary or _names_then_says(m))
                for m in plain
            ) and (scope.glossary or _named_apart(plain)):
                matches = plain
        if not all(matches) and sum(map(bool, matches)) * 2 >= len(matches):
            # Among bold terms, a plain `Jitter: how much ...` is one too.
            matches = [
                m or GLOSSARY_LINE.match(unwrap_p(item))
                for m, item in zip(matches, block.items, strict=True)
            ]
        # A term still to be defined (`**Gate time**:` among defined ones) is a term of the
        # list, which `check` names; it gives no card.
        bare = [
            m is None and _BARE_TERM_ITEM.fullmatch(unwrap_p(item)) is not None
            for m, item in zip(matches, block.items, strict=True)
        ]
        if any(bare) and sum(map(bool, matches)) * 2 >= len(matches):
            counted = [m is not None or b for m, b in zip(matches, bare, strict=True)]
        else:
            counted, bare = [m is not None for m in matches], [False] * len(matches)
        # A list of four or more whose items are `**Term**: ...` but one in four at most
        # (`**Folic Acid**/**Folate**: ...`): its terms are cards, the odd item stays out.
        mostly = len(counted) >= 4 and sum(counted) * 4 >= len(counted) * 3
        # `**Docs**: [link]` items point elsewhere: a list of resources, nothing to learn.
        if not (all(counted) or mostly) or points_elsewhere(block):
            continue
        if all(_ONLY_URL.match(m.group("rest")) for m in matches if m is not None):
            continue  # `MDN Glossary — https://...`: where to read, no definitions
        if is_schedule(block):
            continue  # `**Week 1-2**: ...`, `**Monday**: ...`: a plan, not terms

        # Each term cites its own line.
        lines = item_lines(block)
        for match, item, undefined, line in zip(matches, block.items, bare, lines, strict=True):
            if match is not None:
                term, rest = _term(match), match.group("rest").strip()
                extra = (match.groupdict().get("nested") or "").strip()
                yield Found(term, rest, CardKind.TERM, line, frozenset([i]), extra=extra)
            elif undefined:
                term = to_text(unwrap_p(item)).strip().rstrip(":").strip()
                yield Found(escape(term), "", CardKind.TERM, line, frozenset([i]))


def _under_letters(block: Block) -> Block:
    """A list of the alphabet's letters (`- A`, `- B`, ...) with the terms of each nested
    under it, as the list of those terms; any other block as it is."""
    if block.kind is not BlockKind.LIST or len(block.items) < 3:
        return block
    terms: list[str] = []
    for item in block.items:
        letter, rest = first_line(item)
        if not letter_title(to_text(letter)):
            return block
        nested = BeautifulSoup(rest, "html.parser").find(["ul", "ol"], recursive=False)
        if isinstance(nested, Tag):
            terms += [li.decode_contents().strip() for li in nested.find_all("li", recursive=False)]
    if not terms:
        return block
    return Block(BlockKind.LIST, block.html, block.text, block.line, tuple(terms))


def _named_apart(matches: Sequence[re.Match[str] | None]) -> bool:
    """Whether `term: rest` lines name different things, not the steps of one sequence
    ("Step one: ...", "Step two: ...")."""
    firsts = {to_text(m["term"]).split()[0].lower() for m in matches if m and m["term"].split()}
    return len(firsts) > 1


def _names_then_says(match: re.Match[str]) -> bool:
    """Whether a `term: rest` line names a thing in a few words without a number and says
    what it is in a sentence of its own."""
    term = to_text(match["term"])
    return len(term.split()) <= 4 and not re.search(r"\d", term) and len(match["rest"].split()) >= 5


# The slot of a plan, not a term: "Week 1-2", "Days 3–5", "Month 1", "Monday", "Morning".
_SLOT = (
    r"(?:weeks?|days?|months?|hours?)\s*\d+(?:\s*(?:[-–—&,+]|to|and)\s*\d+)*|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|afternoon|evening|night"
)
_SLOT_ITEM = lazy(rf"^\s*(?:{_SLOT})\s*[:–—-]", re.I)


_ONLY_URL = lazy(r"^\s*(?:<a\b[^>]*>)?\s*(?:https?://|www\.)\S+\s*(?:</a>)?\s*$")


def is_schedule(block: Block) -> bool:
    """A list whose every item opens with a slot of time (`**Week 1-2**: ...`, `Monday -
    ...`): a plan to follow, neither terms nor a list to recall."""
    return (
        block.kind is BlockKind.LIST
        and len(block.items) >= 2
        and all(_SLOT_ITEM.match(to_text(item)) for item in block.items)
    )


def _terms_without_definition(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    missing = []
    for dt in soup.find_all("dt"):
        # Terms one after another share the definition after the last of them.
        following = dt.find_next_sibling("dd")
        if not isinstance(following, Tag):
            missing.append(to_text(dt.decode_contents()))
    return missing
