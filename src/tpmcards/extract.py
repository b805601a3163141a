"""Document -> cards. Each rule finds one form of question and answer in a section.

Rules run in order of trust (explicit Q/A first, then lists under a lead-in, then key
sentences of prose); a block used by one rule is not offered to the next, so a rule can be
added without touching the others.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise

from .markup import escape, sanitize, to_text
from .model import Block, BlockKind, Card, CardKind, Config, Document, Section, SourceRef

OTHER_TOPIC = "other"


@dataclass(frozen=True)
class Found:
    """What a rule found: a question, its answer, and the blocks it used."""

    question: str  # HTML
    answer: str  # HTML
    kind: CardKind
    line: int
    used: frozenset[int]
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Scope:
    """The part of a section a rule may still use."""

    section: Section
    free: tuple[int, ...]  # indexes of blocks no earlier rule used

    def blocks(self) -> list[tuple[int, Block]]:
        return [(i, self.section.blocks[i]) for i in self.free]


Rule = Callable[[Scope], Iterator[Found]]

_NUMBERING = re.compile(r"^\s*(?:\d+[.)]|[A-Z][.)]|Q\s*\d*\s*[.:)]|Question\s*\d*\s*[.:])\s*", re.I)
_QA = re.compile(
    r"^\s*(?:<(?:strong|b|em)>)?\s*(Q|Question|A|Answer)\s*[.:]\s*(?:</(?:strong|b|em)>)?\s*", re.I
)


def question_text(heading: str) -> str | None:
    """The question a heading asks, without numbering or a `Q.` prefix; None if it asks none."""
    text = _NUMBERING.sub("", heading).strip()
    return text if text.endswith("?") and len(text) > 3 else None


# --- rules -------------------------------------------------------------------------------


def qa_paragraphs(scope: Scope) -> Iterator[Found]:
    """`Q: ...` then `A: ...` paragraphs (also `Question:`/`Answer:`)."""
    blocks = scope.blocks()
    for n, (i, block) in enumerate(blocks):
        marker = _QA.match(_inner(block)) if block.kind is BlockKind.PARAGRAPH else None
        if not marker or marker.group(1).lower()[0] != "q":
            continue
        answer_parts: list[tuple[int, Block]] = []
        for j, following in blocks[n + 1 :]:
            follow_marker = (
                _QA.match(_inner(following)) if following.kind is BlockKind.PARAGRAPH else None
            )
            if follow_marker and follow_marker.group(1).lower()[0] == "q":
                break
            if not answer_parts and not (
                follow_marker and follow_marker.group(1).lower()[0] == "a"
            ):
                break
            answer_parts.append((j, following))
        if not answer_parts:
            continue
        question = _QA.sub("", _inner(block))
        first = _QA.sub("", _inner(answer_parts[0][1]))
        answer = "".join([f"<p>{first}</p>", *(b.html for _, b in answer_parts[1:])])
        yield Found(
            question,
            answer,
            CardKind.BASIC,
            block.line,
            frozenset([i, *(j for j, _ in answer_parts)]),
        )


def question_heading(scope: Scope) -> Iterator[Found]:
    """A heading that asks a question; the blocks under it are the answer."""
    question = question_text(scope.section.heading)
    blocks = scope.blocks()
    if question is None or not blocks:
        return
    used = frozenset(i for i, _ in blocks)
    answer = "".join(b.html for _, b in blocks)
    lists = [b for _, b in blocks if b.kind is BlockKind.LIST]
    if len(lists) == 1 and all(b.kind in {BlockKind.LIST, BlockKind.PARAGRAPH} for _, b in blocks):
        items = tuple(to_text(item) for item in lists[0].items)
        yield Found(escape(question), answer, CardKind.LIST, scope.section.line, used, items)
    else:
        yield Found(escape(question), answer, CardKind.BASIC, scope.section.line, used)


def lead_in_list(scope: Scope) -> Iterator[Found]:
    """A sentence ending in a colon, then a list: one card whose answer is the list."""
    blocks = scope.blocks()
    for (i, lead), (j, listing) in pairwise(blocks):
        if (
            lead.kind is not BlockKind.PARAGRAPH
            or listing.kind is not BlockKind.LIST
            or not lead.text.endswith(":")
            or j != i + 1
        ):
            continue
        sentence = _last_sentence(lead.text).rstrip(": ")
        items = tuple(to_text(item) for item in listing.items)
        question = f"{escape(sentence)}: name the {len(items)}."
        yield Found(question, listing.html, CardKind.LIST, lead.line, frozenset([i, j]), items)


# Sentences that state a key point: (pattern, question template). `{s}` is the subject.
_SUBJECT = r"(?P<s>(?:A|An|The|Every|Each|Most)?\s?[A-Z][\w'()\- ]{1,60}?)"
KEY_SENTENCES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(_SUBJECT + r" (?:is|are) (?:also )?(?:responsible|accountable) for (?P<a>.+)"),
        "What {is} {s} responsible for?",
    ),
    (
        re.compile(
            _SUBJECT + r" (?:mainly |usually |also |closely )?(?:works?|collaborates?|partners?)"
            r" (?:closely |mainly |mostly )?(?:with|alongside) (?P<a>.+)"
        ),
        "Who {does} {s} work with?",
    ),
    (
        re.compile(_SUBJECT + r" (?:also )?(?:needs?|requires?|must have) (?P<a>.+)"),
        "What {does} {s} need?",
    ),
    (
        re.compile(r"(?P<s>(?:A|An|The) [\w'()\- ]{2,50}?) (?:is|are) (?P<a>(?:a|an|the|one) .+)"),
        "What {is} {s}?",
    ),
)
_PRONOUNS = {"it", "they", "this", "that", "these", "those", "he", "she", "we", "you", "i", "there"}


def key_sentences(scope: Scope) -> Iterator[Found]:
    """Key sentences of prose (definitions, responsibilities, needs, who works with whom)."""
    for i, block in scope.blocks():
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        for sentence in _sentences(block.text):
            for pattern, template in KEY_SENTENCES:
                match = pattern.fullmatch(sentence.rstrip("."))
                if not match or match.group("s").strip().lower() in _PRONOUNS:
                    continue
                subject = match.group("s").strip()
                if subject.split()[0] in {"A", "An", "The", "Every", "Each", "Most"}:
                    subject = subject[0].lower() + subject[1:]
                plural = subject.endswith("s") and not subject.endswith("ss")
                question = template.format(
                    s=subject,
                    **{"is": "are" if plural else "is", "does": "do" if plural else "does"},
                )
                answer = match.group("a").strip().rstrip(".")
                yield Found(
                    escape(question),
                    f"<p>{escape(answer[0].upper() + answer[1:])}.</p>",
                    CardKind.BASIC,
                    block.line,
                    frozenset([i]),
                )
                break


RULES: tuple[Rule, ...] = (qa_paragraphs, question_heading, lead_in_list, key_sentences)


# --- assembling cards --------------------------------------------------------------------


def extract_cards(document: Document, config: Config, rules: Sequence[Rule] = RULES) -> list[Card]:
    """Find every card in a document, each with its topic, tags and source."""
    source = document.source
    seen: set[str] = set()
    cards: list[Card] = []
    forced = source.meta.get("topic")
    extra_tags = _front_matter_tags(source.meta.get("tags"))
    deck = str(source.meta.get("deck") or config.deck)
    for section in document.sections:
        for found in run_rules(section, rules):
            question, answer = sanitize(found.question), sanitize(found.answer)
            normal = normalize(to_text(question))
            if not normal or not to_text(answer) or normal in seen:
                continue
            seen.add(normal)
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
                    tags=tuple(dict.fromkeys([f"topic::{topic}", *extra_tags])),
                    items=found.items,
                    deck=deck,
                )
            )
    return cards


def run_rules(section: Section, rules: Sequence[Rule] = RULES) -> Iterator[Found]:
    """Offer a section's blocks to each rule in turn; a block serves one card at most."""
    free = tuple(range(len(section.blocks)))
    for rule in rules:
        for found in list(rule(Scope(section, free))):
            if found.used - set(free):
                continue
            free = tuple(i for i in free if i not in found.used)
            yield found


def classify(path: Sequence[str], text: str, config: Config, title: str = "") -> str:
    """Pick a topic: the deepest section heading that names one, else the most keyword hits,
    else the guide's title."""
    # A question heading names what it asks, not where it belongs ("...prepare for the role?"),
    # and the title of a guide spans all its sections.
    sections = [h for h in path if question_text(h) is None and h != title]
    for heading in [*reversed(sections), None, title]:
        if heading is None:
            lowered = text.lower()
            scores = [
                (sum(_contains(lowered, k) for k in t.keywords), -n, t.slug)
                for n, t in enumerate(config.topics)
            ]
            best = max(scores, default=(0, 0, OTHER_TOPIC))
            if best[0] > 0:
                return best[2]
            continue
        lowered = heading.lower()
        for topic in config.topics:
            if any(_contains(lowered, h) for h in topic.headings):
                return topic.slug
    return OTHER_TOPIC


def normalize(text: str) -> str:
    """Lower-case words only: the form questions are compared and keyed in."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _contains(text: str, phrase: str) -> bool:
    # The substring test first: most keywords are absent, and it is far cheaper than the regex.
    return phrase in text and re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def _inner(block: Block) -> str:
    html = block.html.strip()
    if html.startswith("<p") and html.endswith("</p>"):
        return html[html.index(">") + 1 : -4]
    return html


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"'(])", text) if s.strip()]


def _last_sentence(text: str) -> str:
    parts = _sentences(text)
    return parts[-1] if parts else text


def _front_matter_tags(value: object) -> list[str]:
    if isinstance(value, str):
        value = value.split()
    if not isinstance(value, list):
        return []
    return [re.sub(r"\s+", "_", str(v)) for v in value if str(v).strip()]
