"""Lists under a lead-in, and the key points of prose: where a section has no explicit
question, its key sentences become short-answer or cloze cards."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from ..markup import escape, to_text
from ..model import BlockKind, CardKind
from .base import (
    NUMBERING,
    Found,
    Scope,
    all_links,
    is_toc,
    last_sentence,
    points_elsewhere,
    split_sentences,
)

# A lead-in that only points at the list ("these are the following:") needs its heading.
POINTING = re.compile(
    r"^(?:these|this|they|here|it|the following)\b|\b(?:below|as follows)\b", re.I
)


def lead_in_list(scope: Scope) -> Iterator[Found]:
    """A sentence ending in a colon, then a list: one card whose answer is the list.

    A section that holds nothing but a list is introduced by its heading.
    """
    blocks = [(i, b) for i, b in scope.blocks() if not is_toc(b)]
    if (
        len(blocks) == 1
        and blocks[0][1].kind is BlockKind.LIST
        and scope.section.heading
        and len(blocks[0][1].items) > 1
        and not all_links(blocks[0][1])
        and not points_elsewhere(blocks[0][1])
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
        ):
            continue
        sentence = last_sentence(lead.text).rstrip(": ")
        if POINTING.search(sentence) and scope.section.heading:
            # "These are the core skills:" says nothing alone; the heading names the list.
            sentence = NUMBERING.sub("", scope.section.heading)
        items = tuple(to_text(item) for item in listing.items)
        question = f"{escape(sentence)}: name the {len(items)}."
        yield Found(question, listing.html, CardKind.LIST, lead.line, frozenset([i, j]), items)


# Sentences that state a key point: (pattern, question template). `{s}` is the subject.
_DET = r"(?:A|An|The|Every|Each|Most|All|Many|Some|Successful|Aspiring|Good|Typical)"
_SUBJECT = rf"(?P<s>(?:{_DET}\s)?(?:[A-Z][\w'’()\-]*|TPMs?)(?:\s[\w'’()\-]+){{0,5}}?)"
_MODAL = r"(?:(?:also|often|usually|mainly|mostly|primarily|typically|generally|always|may|can|"
_MODAL += r"will|must|should|need to|needs to|have to|has to|tend to|tends to)\s)*"
KEY_SENTENCES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            _SUBJECT + r" (?:is|are) (?:also |primarily |mainly |mostly |usually )?"
            r"(?:responsible|accountable|liable|in charge) (?:for|of) (?P<a>.+)"
        ),
        "What {is} {s} responsible for?",
    ),
    (
        re.compile(
            _SUBJECT + " " + _MODAL + r"(?:works?|functions?|collaborates?|partners?|deals?|"
            r"interacts?|teams? up)(?: closely| mainly| mostly| thoroughly| directly| together)?"
            r" (?:with|alongside|along with|together with) (?P<a>.+)"
        ),
        "Who {does} {s} work with?",
    ),
    (
        re.compile(
            _SUBJECT + r" (?:also |always |first )?(?:needs? to have|ha(?:s|ve) to have|"
            r"must have|should have|must possess|needs?|requires?) (?P<a>.+)"
        ),
        "What {does} {s} need?",
    ),
    (
        re.compile(
            _SUBJECT + r" (?:must|should|ought to) (?:always |also |first )?(?P<a>(?!be able)"
            r"(?:be|get|learn|build|keep|know|understand|gain|develop|make|set|lead) .+)"
        ),
        "What should {s} do?",
    ),
    (
        re.compile(
            r"(?P<s>(?:A|An|The) [\w'’()\- ]{2,50}?) (?:is|are) (?:defined as |known as )?"
            r"(?P<a>(?:a|an|the|one) .+)"
        ),
        "What {is} {s}?",
    ),
)
# Words that show a match began mid-clause ("Given the size and needs of a team, ...").
_NOT_IN_SUBJECT = {
    "on", "and", "or", "if", "when", "while", "as", "that", "which", "because", "since", "in",
    "at", "by", "for", "to", "from", "with", "depending", "than", "but", "so",
}  # fmt: skip
_NEGATIONS = {"not", "never", "no", "don't", "doesn't", "cannot", "can't", "won't"}
_DETERMINERS = {"A", "An", "The", "Every", "Each", "Most", "All", "Many", "Some"}
_PRONOUNS = {"it", "they", "this", "that", "these", "those", "he", "she", "we", "you", "i", "there"}
# Sentences about the document itself, not its subject.
_ABOUT_DOCUMENT = re.compile(
    r"^(?:this|our) (?:guide|page|article|post|section|document|deck)\b|^in this\b|^we\b|"
    r"^below\b|^here\b|^see\b",
    re.I,
)
_LEADING_ADVERB = re.compile(r"^(?:[A-Z]\w+(?: \w+)?|In short|Above all),\s+(?=[A-Z])")
_CLAUSE_END = re.compile(r",? (?:to (?:develop|build|create|make|help|ensure|deliver)|in order to|"
                         r"so that|while|which)\b.*$")  # fmt: skip
_REASON = re.compile(
    r"^(?P<head>.{12,}?)(?P<mark>,? (?:because|since|so that|, so)) (?P<why>.{8,})$"
)
MIN_KEY_WORDS = 6


def key_sentences(scope: Scope) -> Iterator[Found]:
    """Key sentences of prose: definitions, responsibilities, needs, who works with whom and
    reasons become short-answer cards; other sentences naming a key term become cloze cards."""
    if scope.lead:
        return
    for i, block in scope.blocks():
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        sentences = split_sentences(block.text)
        skip = 0
        for n, sentence in enumerate(sentences):
            if skip:
                skip -= 1
                continue
            answer = _prose_answer(sentence, sentences[n + 1 : n + 3])
            if answer:
                question = _LEADING_CONJUNCTION.sub("", sentence)
                question = question[0].upper() + question[1:]
                text = _LEADING_CONJUNCTION.sub("", " ".join(answer))
                text = text[0].upper() + text[1:]
                yield Found(escape(question), f"<p>{escape(text)}</p>", CardKind.BASIC,
                            block.line, frozenset([i]))  # fmt: skip
                skip = len(answer)
                continue
            if not _is_prose(sentence) or _ABOUT_DOCUMENT.match(sentence):
                continue
            found = _key_point(sentence, block.line, i) or _cloze_point(
                sentence, scope.terms, block.line, i
            )
            if found is not None:
                yield found


_LEADING_CONJUNCTION = re.compile(r"^(?:yet|so|and|but|now|well|then),?\s+", re.I)


def _prose_answer(sentence: str, following: Sequence[str]) -> list[str]:
    """The sentences that answer a question the prose asks itself ("Why do companies need
    TPMs? ..."), up to the first statement; none for a question put to the reader."""
    words = sentence.lower().rstrip("?").split()
    if (
        not sentence.endswith("?")
        or len(words) < 4
        or {"you", "your", "i", "me", "my"} & set(words)
        or not following
        # "Wondering about X? Here are the questions people ask." introduces the page.
        or _ABOUT_DOCUMENT.match(following[0])
    ):
        return []
    answer = []
    for text in following:
        answer.append(text)
        if text.endswith("."):
            return answer if len(" ".join(answer).split()) >= 4 else []
    return []


def _key_point(sentence: str, line: int, index: int) -> Found | None:
    sentence = _LEADING_ADVERB.sub("", sentence)
    for pattern, template in KEY_SENTENCES:
        match = pattern.fullmatch(sentence.rstrip("."))
        if not match or match.group("s").strip().lower() in _PRONOUNS:
            continue
        subject = match.group("s").strip()
        if set(subject.lower().split()) & _NOT_IN_SUBJECT:
            continue
        # "You do not need to save": a pronoun, or a negation, is no subject to ask about.
        if subject.split()[0].lower() in _PRONOUNS or set(subject.lower().split()) & _NEGATIONS:
            continue
        words = subject.split()
        # "The office", "Program leads", "Aspiring TPMs" read lower-case mid-question;
        # "Liana Gervorgyan", "TPMs" and "VP of Engineering" do not.
        common = [w for w in words if sum(c.isupper() for c in w) < 2]
        if sum(c.isupper() for c in words[0]) < 2 and (
            words[0] in _DETERMINERS
            or any(w[0].islower() for w in common[1:])
            or (len(words) > 1 and common == words[:1])
        ):
            subject = subject[0].lower() + subject[1:]
        plural = (subject.endswith("s") and not subject.endswith("ss")) or subject.startswith(
            ("all ", "many ", "most ")
        )
        question = template.format(
            s=subject, **{"is": "are" if plural else "is", "does": "do" if plural else "does"}
        )
        answer = match.group("a").strip().rstrip(".")
        shorter = _CLAUSE_END.sub("", answer)
        answer = shorter if len(shorter.split()) >= 2 else answer
        return Found(
            escape(question),
            f"<p>{escape(answer[0].upper() + answer[1:])}.</p>",
            CardKind.BASIC,
            line,
            frozenset([index]),
        )
    reason = _REASON.match(sentence.rstrip("."))
    if reason and reason.group("mark").strip(", ") in {"because", "since", "so that"}:
        text = f"{escape(reason.group('head'))}{escape(reason.group('mark'))} "
        text += "{{c1::" + escape(reason.group("why")) + "}}."
        return Found(text, "", CardKind.CLOZE, line, frozenset([index]))
    return None


# A sentence states something worth recalling when it defines, obliges, relates or explains.
_KEY_VERB = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|means?|includes?|consists?|composed|made up|requires?|"
    r"needs?|must|should|ha(?:s|ve) to|helps?|assists?|allows?|depends?|responsible|"
    r"accountable|charged|works?|collaborates?|partners?|coordinates?|reports?|leads?|"
    r"manages?|owns?|runs?|tracks?|important|essential|necessary|required)\b|\w'(?:re|s)\b)",
    re.I,
)


def _cloze_point(sentence: str, terms: Sequence[str], line: int, index: int) -> Found | None:
    lowered = sentence.lower()
    if not _KEY_VERB.search(sentence):
        return None
    for term in terms:
        match = re.search(rf"(?<!\w){re.escape(term)}(?:s|es)?(?!\w)", lowered)
        if match and len(term) > 2 and match.end() - match.start() < len(sentence) // 2:
            start, end = match.span()
            text = (
                escape(sentence[:start])
                + "{{c1::"
                + escape(sentence[start:end])
                + "}}"
                + escape(sentence[end:])
            )
            return Found(text, "", CardKind.CLOZE, line, frozenset([index]))
    return None


def _is_prose(sentence: str) -> bool:
    """A full declarative sentence: long enough, ending in a full stop, not a title line."""
    return (
        len(sentence.split()) >= MIN_KEY_WORDS
        and sentence.endswith(".")
        and not sentence.endswith("...")
    )
