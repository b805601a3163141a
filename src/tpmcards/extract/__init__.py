"""Document -> cards. Each rule finds one form of question and answer in a section.

Rules run in order of trust (explicit Q/A first, then lists under a lead-in, then key
sentences of prose); a block used by one rule is not offered to the next, so a rule can be
added without touching the others. What a rule saw but could not make a card of (a question
with no answer, a second copy of a question) is returned as a finding for `tpmcards check`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import PurePosixPath

from ..lazyre import lazy
from ..markup import escape, sanitize, to_text
from ..model import (
    OTHER_TOPIC,
    Card,
    CardKind,
    Config,
    Document,
    Section,
    SourceRef,
    normalize,
)
from ..obsidian import lift_tags
from ..writer import fix_document, write_cards
from .ankinotes import anki_notes
from .base import (
    GLOSSARY_HEADING,
    PLACEHOLDER,
    Found,
    Rule,
    Scope,
    asks_without_mark,
    empty_form,
    faq_heading,
    glossary_heading,
    is_toc,
    question_text,
    slug,
    template_blank,
    unwrap_div,
    without_empty_fields,
)
from .choices import checked_choice, labelled_choice, lettered_choice
from .details import details_blocks, unfolded_answer
from .emphasis import without_explanation_title
from .explicit import (
    bold_answers,
    cloze_markup,
    emphasised_questions,
    qa_paragraphs,
    question_heading,
    quoted_answers,
)
from .fielded import fielded_entries
from .flashcards import flashcard_lines, tool_file, tool_syntax
from .glossaries import glossary_runs
from .howto import how_to_tables
from .keyed import answer_keys, keyed_answers, keyed_sections
from .labels import (
    OPTIONS_FROM_A,
    answer_after_notes,
    explained_answer,
    headed_answer,
    short_and_long,
    strip_answer_mark,
    unquoted_answer,
)
from .lists import lead_in_list, objectives_heading, references_heading
from .outline import (
    answer_sections,
    classify,
    deck_title,
    entry_runs,
    is_article_title,
    question_collection,
    table_of_contents,
    titled_question,
    with_subsections,
    without_outline_lists,
)
from .pointers import more_help_question
from .prose import key_sentences
from .siblings import page_parts
from .tables import glossary_tables, qa_tables, record_tables, reference_tables
from .tagged import tagged_cards
from .terms import (
    definition_lists,
    glossary_terms,
    term_bullets,
    term_paragraphs,
)

__all__ = [
    "ERROR",
    "OTHER_TOPIC",
    "RULES",
    "WARNING",
    "Extraction",
    "Finding",
    "Found",
    "Rule",
    "Scope",
    "answer_sections",
    "asks_without_mark",
    "classify",
    "extract",
    "extract_cards",
    "normalize",
    "question_text",
    "run_rules",
    "slug",
]

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """Something `tpmcards check` reports about a guide: where, how bad, and what to do."""

    path: str
    line: int
    severity: str  # ERROR | WARNING
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"


@dataclass(frozen=True)
class Extraction:
    """The cards of one document, and the findings about what did not become one."""

    cards: tuple[Card, ...]
    findings: tuple[Finding, ...]


# Explicit questions and answers, most specific form first: a block one of them uses is not
# offered to the next, so `Q:` paragraphs under a question heading are not its answer.
EXPLICIT_RULES: tuple[Rule, ...] = (
    anki_notes,
    flashcard_lines,
    tagged_cards,
    keyed_answers,
    cloze_markup,
    details_blocks,
    qa_paragraphs,
    definition_lists,
    record_tables,
    qa_tables,
    bold_answers,
    quoted_answers,
    reference_tables,
    how_to_tables,
    glossary_tables,
    emphasised_questions,
    question_heading,
    term_paragraphs,
    glossary_terms,
    term_bullets,
)
RULES: tuple[Rule, ...] = (*EXPLICIT_RULES, lead_in_list, key_sentences)
# What a flashcard tool's file gives: the cards written in the tools' syntaxes, and its
# question headings over their answers.
TOOL_RULES: tuple[Rule, ...] = (
    anki_notes,
    flashcard_lines,
    tagged_cards,
    cloze_markup,
    question_heading,
)
# What a README's sections around its FAQ may still give: questions asked as such and
# tables or lists that say they hold terms; not `**--flag**: ...` option bullets, lead-in
# lists (a bug-report checklist) or key sentences of install notes.
QUESTION_RULES: tuple[Rule, ...] = tuple(
    r for r in EXPLICIT_RULES if r not in {term_bullets, term_paragraphs}
)


def extract_cards(document: Document, config: Config, rules: Sequence[Rule] = RULES) -> list[Card]:
    """Find every card in a document, each with its topic, tags and source."""
    return list(extract(document, config, rules).cards)


def extract(
    document: Document, config: Config, rules: Sequence[Rule] = RULES, tool: bool | None = None
) -> Extraction:
    """Find every card in a document, and what could not become one (for `check`). A file
    tagged for a flashcard tool gives the cards written in the tool's syntax; when it holds
    none (a `#flashcards` note of vocabulary tables), it is read as any guide is."""
    original = document
    document = fix_document(document, config.terms)  # the config's `terms:` put right first
    tool = tool_file(document) if tool is None else tool
    document = tool_syntax(document)  # flashcard tools' clozes, cards parted by rules
    document = keyed_sections(document)  # "### Pregunta 7" answered in a key at the end
    document = fielded_entries(document)  # "#### Term" over `**Definition**:` and more fields
    document = titled_question(document)  # `title: What is X?` over a text without headings
    document = without_outline_lists(document)  # "**Technical** - ..." over its sections
    source = document.source
    seen: dict[str, _Asked] = {}  # each question's key: where it was first asked
    cards: list[Card] = []
    findings: list[Finding] = []
    forced = source.meta.get("topic")
    extra_tags = _front_matter_tags(source.meta.get("tags"))
    deck = str(source.meta.get("deck") or "").strip() or config.deck_for(deck_title(document))
    toc = table_of_contents(document)
    # Longest first, so a cloze hides "technical program manager" rather than "program".
    terms = tuple(
        sorted({k for t in config.topics for k in t.keywords}, key=lambda k: (-len(k), k))
    )
    # What each rule found in each scope: the pass that asks whether the guide has explicit
    # questions runs the explicit rules on scopes the extraction then offers them again.
    memo: _Memo = {}
    explicit = _has_explicit_qa(document, toc, terms, memo)
    faq_guide = explicit and any(
        faq_heading(h) for section in document.sections for h in section.path
    )
    sections = document.sections
    answer_parts = answer_sections(sections, document.title)
    for n, m in answer_keys(sections).items():  # numbered questions, answered at the end
        answer_parts[n] = (*answer_parts.get(n, ()), m)
    folded = {m for parts in answer_parts.values() for m in parts}
    collection = question_collection(sections)
    term_runs = glossary_runs(sections)  # a glossary without a glossary title
    entries = entry_runs(sections)
    asides = page_parts(sections)  # "## Keywords to use" among "## 3. What is X?": no entry
    article = any(is_article_title(section, document.title) for section in sections)
    # A file named as a glossary ("glosario.md", "civictech-glossary-es.md") is one: each
    # heading without headings under it may be a term, the first of them too.
    named_glossary = bool(
        GLOSSARY_HEADING.search(re.sub(r"[-_.]+", " ", PurePosixPath(source.key).stem))
    )
    for n, section in enumerate(sections):
        if n in folded:
            continue
        has_children = _has_children(sections, n)
        if answer_parts.get(n):
            section = with_subsections(section, [sections[m] for m in answer_parts[n]])
        lead = explicit and section.level <= 1
        # A section nested under a question heading is part of that answer ("Benchmarks"
        # under "Why is my game slow?"): only an explicit question of its own is a card.
        # The title of an article that asks ("# What is a TPM?" over pages of prose) is its
        # name, not a question its sections answer.
        above = [h for h in section.path[:-1] if not (article and h == document.title)]
        under_question = any(question_text(h) or asks_without_mark(h) for h in above)
        # A page titled as an FAQ is one, its category headings at the title's level too.
        faq = n not in asides and (
            n in collection or any(faq_heading(h) for h in (document.title, *section.path[:-1]))
        )
        glossary = (
            n in term_runs
            or (named_glossary and not has_children)
            or any(glossary_heading(h) for h in (document.title, *section.path))
        )
        section_rules = [r for r in rules if r in EXPLICIT_RULES] if under_question else rules
        if glossary or faq or faq_heading(section.heading):
            # An FAQ's intro and entries, a glossary's terms: what they ask and define, not
            # lead-in lists or key sentences of their examples.
            section_rules = [r for r in section_rules if r in EXPLICIT_RULES]
        elif faq_guide:
            # A README with an FAQ section: its install notes, option lists and checklists
            # around the FAQ are no cards; a question asked outside it still is.
            section_rules = [r for r in section_rules if r in QUESTION_RULES]
        if is_article_title(section, document.title):
            # The article under the title is read as prose, not as one answer of many pages.
            section_rules = [r for r in section_rules if r is not question_heading]
        if tool:
            # A flashcard tool's file: the cards its author wrote, not the notes around them.
            section_rules = [r for r in section_rules if r in TOOL_RULES]
        if references_heading(section.heading) or objectives_heading(section.heading):
            # "Further reading", "参考文献", "Корисні посилання": titles to look up; "Learning
            # objectives", "Mục tiêu học tập": what the lesson will teach. No facts.
            section_rules = []
        found_in_section = run_rules(
            section,
            section_rules,
            toc,
            terms,
            has_children,
            lead,
            faq=faq,
            glossary=glossary,
            entry=n in entries,
            memo=memo,
        )
        for found in map(_tidied, _as_notes(sorted(found_in_section, key=lambda f: f.line))):
            question, answer = sanitize(found.question), sanitize(found.answer)
            (question, answer), inline_tags = lift_tags(question, answer)  # Obsidian `#tags`
            normal = normalize(to_text(question))
            if not normal and found.kind is CardKind.TERM:
                normal = to_text(question).strip()  # a term of symbols only: `[ ]`, `*`
            if not normal:
                continue
            if found.kind is not CardKind.TERM and more_help_question(to_text(question)):
                continue  # "Still have questions?": where to ask, the page's closing line
            if template_blank(to_text(question)):
                continue  # "Funktion 1: [Funktion 1 Name]": a template's heading, unfilled
            if found.kind is not CardKind.TERM and not _WORD.search(
                _OPTION_LETTERS.sub(" ", to_text(question))
            ):
                # "### 11. ???" over "A) ???": a question still to be written.
                findings.append(
                    Finding(
                        source.display,
                        found.line,
                        WARNING,
                        f'question still to be written: "{to_text(question)}"; write it, '
                        "or remove it",
                    )
                )
                continue
            if normal in seen:
                normal = _symbol_key(to_text(question), normal)
            if normal in seen and seen[normal].text != to_text(question).strip():
                normal = _case_key(to_text(question), normal)
            if (
                found.kind is not CardKind.CLOZE
                and (
                    not to_text(answer) or PLACEHOLDER.match(to_text(answer)) or empty_form(answer)
                )
                and "<img" not in answer
            ):
                findings.append(
                    Finding(
                        source.display,
                        found.line,
                        ERROR,
                        f'term without definition: "{to_text(question)}"; '
                        "write its definition below it, or remove it"
                        if found.kind is CardKind.TERM
                        else f'question without answer: "{to_text(question)}"; '
                        "write its answer below it, or remove it",
                    )
                )
                continue
            if normal in seen:
                # The same words asked again of another section, with another answer
                # (`createPool` under "Using callbacks" and under "Using promises"): each is
                # asked of its own section.
                first = seen[normal]
                qualifier = _telling_heading(section.path, first.path)
                if qualifier and to_text(answer) != first.answer:
                    other = _telling_heading(first.path, section.path)
                    if first.place is not None and other:
                        card = cards[first.place]
                        cards[first.place] = replace(card, question=f"{card.question} ({other})")
                        seen[normal] = replace(first, place=None)
                    question = f"{question} ({qualifier})"
                    normal = normalize(to_text(question))
            if normal in seen:
                findings.append(
                    Finding(
                        source.display,
                        found.line,
                        WARNING,
                        f'duplicate question "{to_text(question)}" (first at line '
                        f"{seen[normal].line}); only the first becomes a card",
                    )
                )
                continue
            seen[normal] = _Asked(
                found.line, len(cards), section.path, to_text(answer), to_text(question).strip()
            )
            topic = (
                section.topic
                or (str(forced) if forced else None)
                or classify(
                    section.path, to_text(question) + " " + to_text(answer), config, document.title
                )
            )
            cards.append(
                Card(
                    key=f"{source.key}#{'/'.join(normalize(h) for h in section.path)}#{normal}",
                    question=question,
                    answer=answer,
                    kind=found.kind,
                    topic=topic,
                    source=SourceRef(
                        source.display,
                        found.line,
                        " › ".join(
                            section.path[1:]
                            if section.path[:1] == (document.title,)
                            else section.path
                        ),
                        document.title,
                    ),
                    # A guide without topics of its own gets no topic tag: no topics of ours.
                    tags=tuple(
                        dict.fromkeys(
                            [
                                *(
                                    [f"topic::{topic}"]
                                    if config.topics or topic != OTHER_TOPIC
                                    else []
                                ),
                                *extra_tags,
                                *inline_tags,
                            ]
                        )
                    ),
                    items=found.items,
                    deck=deck,
                    extra=sanitize(found.extra) if found.extra else "",
                )
            )
    if tool and not cards:
        return extract(original, config, rules, tool=False)
    # The card writer makes them cards worth keeping; what it could not fix, check reports.
    written = write_cards(cards, document, config)
    findings.extend(
        Finding(s.source.path, s.source.line, WARNING, s.message) for s in written.smells
    )
    return Extraction(written.cards, tuple(findings))


# The letters of a question's options ("A) ???"), which are no words of it.
_OPTION_LETTERS = lazy(r"(?<!\w)[A-Ha-h][).:](?!\w)")
_WORD = lazy(r"\w")


def _has_children(sections: Sequence[Section], n: int) -> bool:
    """Whether sections nested under the n-th follow it. An empty heading right over a
    shallower one (`#### QA2` over `### How to empty an array?`, an anchor a question list
    links to) marks the next entry's place: it heads nothing, so the answer above it is no
    category of entries."""
    if n + 1 >= len(sections) or sections[n + 1].level <= sections[n].level:
        return False
    child = sections[n + 1]
    after = sections[n + 2] if n + 2 < len(sections) else None
    return bool(child.blocks) or after is None or after.level > sections[n].level


@dataclass(frozen=True)
class _Asked:
    """Where a question was first asked: its line, its card's place (None once that card
    was asked of its own section), its section's path, its answer and its words as written
    (`bo` and `BO` are two terms)."""

    line: int
    place: int | None
    path: tuple[str, ...]
    answer: str
    text: str


def _telling_heading(path: tuple[str, ...], other: tuple[str, ...]) -> str:
    """The deepest heading of `path` that `other` does not have at its level (as HTML), or
    "" when the two paths are one."""
    for level in range(len(path) - 1, -1, -1):
        if level >= len(other) or path[level] != other[level]:
            return escape(path[level])
    return ""


def _symbol_key(question: str, normal: str) -> str:
    """The key of a question told from another only by a key of symbols ("Ctrl+b %" after
    "Ctrl+b ?"): its words and those symbols; a question with none keeps its words' key."""
    symbols = [token for token in question.split() if not re.search(r"\w", token)]
    return " ".join([normal, *symbols]) if symbols else normal


def _case_key(question: str, normal: str) -> str:
    """The key of a short term told from another only by its capitals ("BO" after "bo":
    bind off, bobble): its words and how it is written."""
    text = question.strip()
    if len(text.split()) <= 3 and text != text.lower():
        return f"{normal} ({text})"
    return normal


def _tidied(found: Found) -> Found:
    """A find with its answer out of the one box around it (`<div>`) and the quote its
    label opened (`> **Answer:** ...`), and its options read: ticked ones (`- [x] ...`), and
    lettered lines under the question with the right one named or written again."""
    if (
        found.kind is CardKind.BASIC
        and OPTIONS_FROM_A.match(found.answer)
        and (picked := lettered_choice(found.question, found.answer))
    ):
        # Its lettered options one a line (written as code by an indent, or run on under
        # the question), then the right one again or a key naming it.
        found = replace(found, question=picked[0], answer=picked[1])
    if found.kind in {CardKind.BASIC, CardKind.LIST} and found.answer.lstrip().startswith("<"):
        answer = without_empty_fields(unquoted_answer(unwrap_div(unfolded_answer(found.answer))))
        if answer != found.answer:
            found = replace(found, answer=answer)
        if (headed := headed_answer(found.answer)) and headed[0]:
            # `### 答え` over the answer, `### 解説` over its explanation: the back's.
            found = replace(found, answer=headed[0], extra=headed[1] + found.extra)
        elif noted := answer_after_notes(found.answer):
            # "**What does the examiner want?** ..." over "**Sample answer:** ...".
            found = replace(found, answer=noted[0], extra=noted[1] + found.extra)
        elif (unlabelled := strip_answer_mark(found.answer)) != found.answer:
            found = replace(found, answer=unlabelled)  # its own label
        if given := short_and_long(found.answer):
            found = replace(found, answer=given[0], extra=given[1] + found.extra)
        if explained := explained_answer(found.answer):
            # "**Explanation:** ..." and "**Diagram:**" after the answer: the back's.
            extra = without_explanation_title(explained[1]) + found.extra
            found = replace(found, answer=explained[0], extra=extra)
    return labelled_choice(checked_choice(found))


def _as_notes(found: list[Found]) -> list[Found]:
    """A card and its reverse from one place (`q:::a`, `?` and `??`, a reversed note type)
    as one term card: one note that Anki asks both ways (the quiz too, with `--reverse`),
    which the card writer never takes for two cards asking one thing."""
    out: list[Found] = []
    for item in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind is item.kind is CardKind.BASIC
            and last.line == item.line
            and to_text(last.question) == to_text(item.answer)
            and to_text(last.answer) == to_text(item.question)
        ):
            out[-1] = replace(last, kind=CardKind.TERM)
            continue
        out.append(item)
    return out


def run_rules(
    section: Section,
    rules: Sequence[Rule] = RULES,
    toc: Mapping[str, str] | None = None,
    terms: tuple[str, ...] = (),
    has_children: bool = False,
    lead: bool = False,
    faq: bool = False,
    glossary: bool = False,
    entry: bool = False,
    memo: _Memo | None = None,
) -> Iterator[Found]:
    """Offer a section's blocks to each rule in turn; a block serves one card at most.

    `memo` remembers what each rule found in each scope, for a later call on the same scope.
    """
    free = tuple(i for i, b in enumerate(section.blocks) if not is_toc(b))
    scope = Scope(section, free, toc or {}, terms, has_children, lead, faq, glossary, entry)
    for rule in rules:
        if scope.free != free:  # the rule before took blocks: the next sees the rest only
            scope = replace(scope, free=free)
        offered = set(free)
        claimed: set[int] = set()
        shared: set[frozenset[int]] = set()  # one block may give several cards of one rule
        for found in _found(rule, scope, memo):
            if not found.used <= offered or (found.used & claimed and found.used not in shared):
                continue
            claimed |= found.used
            shared.add(found.used)
            yield found
        if claimed:
            free = tuple(i for i in free if i not in claimed)


# (section, rule, free blocks, terms) -> (section, toc, what the rule found), for the
# scopes the explicit-questions pass offers: none of their flags set.
_Memo = dict[tuple[object, ...], tuple[Section, Mapping[str, str], list[Found]]]


def _found(rule: Rule, scope: Scope, memo: _Memo | None) -> list[Found]:
    """What a rule finds in a scope; from `memo` when it was asked of this scope before."""
    s = scope
    if memo is None or s.has_children or s.lead or s.faq or s.glossary or s.entry:
        return list(rule(scope))
    key = (id(s.section), rule, s.free, s.terms)
    known = memo.get(key)
    # The section itself is kept with its findings, so its id is not another's meanwhile.
    if known is not None and known[0] is s.section and known[1] == s.toc:
        return known[2]
    found = list(rule(scope))
    memo[key] = (s.section, s.toc, found)
    return found


def _has_explicit_qa(
    document: Document, toc: Mapping[str, str], terms: tuple[str, ...], memo: _Memo
) -> bool:
    for section in document.sections:
        if is_article_title(section, document.title):
            continue  # an article under a question title asks nothing by its title alone
        if any(
            True
            for rule in EXPLICIT_RULES
            for _ in run_rules(section, [rule], toc, terms, memo=memo)
        ):
            return True
    return False


def _front_matter_tags(value: object) -> list[str]:
    if isinstance(value, str):
        value = value.split()
    if not isinstance(value, list):
        return []
    return [re.sub(r"\s+", "_", str(v)) for v in value if str(v).strip()]
