"""Raw cards -> cards worth keeping (../shared/CARDS.md): one fact each, standing alone,
no yes/no, no long all-or-nothing lists, no duplicates, the guide's garbling put right.

Pure: takes the cards extraction found and the document they came from, returns the
written cards and what a reader should hear about them (smells left, duplicates merged,
cards that disagree). Each step is a small function run in order over the cards.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from itertools import combinations

from .markup import escape, to_text
from .model import Card, CardKind, Config, Document, SourceRef

__all__ = [
    "MAX_LIST",
    "Smell",
    "Written",
    "apply_terms",
    "card_smells",
    "cloze_shows_answer",
    "conflicts",
    "fix_document",
    "fix_terms",
    "near_duplicates",
    "root_visible",
    "write_cards",
]

MAX_LIST = 4  # a set longer than this is never one all-or-nothing card
MAX_CLOZE_WORDS = 4
NEAR = 0.7  # share of the smaller card's telling words two cards share to ask one fact
JACCARD = 0.5  # and share of both cards' telling words together


@dataclass(frozen=True)
class Smell:
    """Something about a written card a reader should know: where, and what."""

    source: SourceRef
    message: str
    other: SourceRef | None = None  # the card it clashes with, for a duplicate or conflict


@dataclass(frozen=True)
class Written:
    """The cards of one document as written, and the smells found on the way."""

    cards: tuple[Card, ...]
    smells: tuple[Smell, ...]


def write_cards(cards: Sequence[Card], document: Document, config: Config) -> Written:
    """Put terms right, make every card stand alone, split long lists, merge duplicates."""
    smells: list[Smell] = []
    person = named_person(document)
    written: list[Card] = []
    for card in cards:
        card = apply_terms(card, config.terms)
        for part in _split_list(card):
            resolved = _resolve_pronouns(part, person)
            if resolved is None:
                smells.append(
                    Smell(part.source, f'unnamed pronoun in "{_plain(part)}"; card dropped')
                )
                continue
            written.append(resolved)
    kept, merged = _merge_duplicates(written)
    smells.extend(merged)
    smells.extend(conflicts(kept))
    for card in kept:
        smells.extend(Smell(card.source, message) for message in card_smells(card))
    return Written(tuple(kept), tuple(smells))


# --- terms ---------------------------------------------------------------------------------


def apply_terms(card: Card, terms: Sequence[tuple[str, str]]) -> Card:
    """The card with every garbled phrase of the config's `terms:` map put right."""
    if not terms:
        return card
    return replace(
        card,
        question=fix_terms(card.question, terms),
        answer=fix_terms(card.answer, terms),
        items=tuple(fix_terms(item, terms) for item in card.items),
    )


def fix_document(document: Document, terms: Sequence[tuple[str, str]]) -> Document:
    """The document with the term map applied to every heading and block, so extraction
    (topic keywords, cloze terms) reads the words put right."""
    if not terms:
        return document

    def fix(text: str) -> str:
        return fix_terms(text, terms)

    sections = tuple(
        replace(
            section,
            path=tuple(fix(h) for h in section.path),
            blocks=tuple(
                replace(
                    block,
                    html=fix(block.html),
                    text=fix(block.text),
                    items=tuple(fix(i) for i in block.items),
                    rows=tuple(tuple(fix(c) for c in row) for row in block.rows),
                )
                for block in section.blocks
            ),
        )
        for section in document.sections
    )
    return replace(document, title=fix(document.title), sections=sections)


def fix_terms(text: str, terms: Sequence[tuple[str, str]]) -> str:
    """`text` with each garbled phrase replaced, keeping a capital at the start."""
    # Longest phrase first: "design managers" before "design".
    for wrong, right in sorted(terms, key=lambda t: -len(t[0])):
        pattern = re.compile(rf"(?<![\w-]){re.escape(wrong)}(?![\w-])", re.I)
        text = pattern.sub(partial(_same_case, right), text)
    return text


def _same_case(right: str, match: re.Match[str]) -> str:
    found = match.group(0)
    before = match.string[: match.start()].rstrip()
    # A capital only where a sentence starts: "Top quality Guarantee" mid-sentence is garbling.
    starts = not before or before[-1] in ".!?:>"
    if starts and found[:1].isupper() and right[:1].islower():
        return right[0].upper() + right[1:]
    return right


# --- lists ---------------------------------------------------------------------------------

_LIST_QUESTION = re.compile(r":?\s*name the \d+\.?$", re.I)
_ITEM_WITH_CUE = re.compile(
    r"^(?P<name>[^():]{2,60}?)\s*(?:\((?P<paren>[^()]{4,})\)|[:—–-]\s+(?P<after>.{4,}))$"
)


def list_items(card: Card) -> tuple[str, ...]:
    """The plain-text items of a card whose answer is a list (its one list)."""
    if card.items:
        return card.items
    if card.kind is CardKind.CLOZE or card.answer.count("<ul") + card.answer.count("<ol") != 1:
        return ()
    return tuple(to_text(m) for m in re.findall(r"<li[^>]*>(.*?)</li>", card.answer, re.S))


def _split_list(card: Card) -> Iterable[Card]:
    """A list of more than four: one card per item with its own cue, or, for an ordered
    sequence, an overlapping cloze per step."""
    items = tuple(item for item in list_items(card) if item.strip(" `*_-"))
    lead = _LIST_QUESTION.sub("", to_text(card.question)).strip().rstrip(" ?:.")
    if len(items) <= MAX_LIST or not lead:
        yield card
        return
    ordered = "<ol" in card.answer
    cued = [_ITEM_WITH_CUE.match(item) for item in items]
    for n, item in enumerate(items):
        key = f"{card.key}#{n + 1}"
        match = cued[n]
        if not ordered and all(cued):
            assert match is not None
            cue = match.group("paren") or match.group("after")
            question = f"{escape(lead)}: which one means {escape(_lower_first(cue))}?"
            answer = f"<p>{escape(match.group('name').strip())}</p>"
            yield replace(
                card, key=key, question=question, answer=answer, kind=CardKind.BASIC, items=()
            )
            continue
        if ordered:
            before = f"{escape(items[n - 1])} → " if n else ""
            after = f" → {escape(items[n + 1])}" if n + 1 < len(items) else ""
            text = f"{escape(lead)}, step {n + 1} of {len(items)}: {before}"
            text += "{{c1::" + escape(item) + "}}" + after
        else:
            others = [escape(other) for m, other in enumerate(items) if m != n]
            text = f"{escape(lead)} ({len(items)}): {'; '.join(others)}; and " + "{{c1::"
            text += escape(item) + "}}"
        yield replace(card, key=key, question=text, answer="", kind=CardKind.CLOZE, items=())


def _lower_first(text: str) -> str:
    words = text.split()
    if words and sum(c.isupper() for c in words[0]) == 1:
        return text[0].lower() + text[1:]
    return text


# --- pronouns ------------------------------------------------------------------------------

_PERSON = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_PERSONAL = re.compile(r"\b(she|he|her|his|him|hers)\b", re.I)
_LEADING = re.compile(r"^(?:it|this|these|they|those|that)(?:'s|'re|’s|’re)?\b", re.I)
_QUESTION_WORDS = {
    "what", "why", "how", "who", "when", "where", "which", "does", "do", "did", "is", "are",
    "was", "were", "can", "could", "should", "would", "will", "has", "have", "had", "must",
}  # fmt: skip
_PLURAL_THEY = re.compile(r"\b(they|them|their)\b", re.I)
_PREPOSITIONS = {
    "to", "about", "for", "with", "from", "by", "at", "in", "on", "as", "and", "or", "than",
}  # fmt: skip
_NOT_NAMES = {"The", "This", "That", "These", "What", "Why", "How", "Who", "When", "Where",
              "Which", "Check", "Senior", "Interview", "Technical", "Program", "Role"}  # fmt: skip


def named_person(document: Document) -> str | None:
    """The person a document is about: the full name its running text repeats most."""
    counts: Counter[str] = Counter()
    for section in document.sections:
        texts = [section.heading] + [block.text for block in section.blocks]
        for text in texts:
            for name in _PERSON.findall(text):
                if not set(name.split()) & _NOT_NAMES:
                    counts[name] += 1
    best = counts.most_common(1)
    return best[0][0] if best and best[0][1] >= 2 else None


def unnamed_pronoun(text: str) -> str | None:
    """The pronoun a card's text leans on without the name it stands for, if any."""
    text = text.strip()
    leading = _LEADING.match(text)
    if leading:
        return leading.group(0)
    # "Why does it fail?": only question words before it, so nothing names what it is.
    # ("Why is it that X?" is a cleft: its "it" stands for nothing.)
    bare = re.match(r"^((?:\w+ ){1,3}?)(it|they|this|these)\b(?! that\b)", text, re.I)
    if bare and set(bare.group(1).lower().split()) <= _QUESTION_WORDS:
        return bare.group(2)
    personal = _PERSONAL.search(text)
    # "Why did Gervorgyan change her title?": a capitalised word before it names her.
    if personal and not re.search(r"\s[A-Z][a-z]+", text[: personal.start()]):
        return personal.group(0)
    they = _PLURAL_THEY.search(text)
    # "TPMs ... their programs" names what "their" stands for; a bare "they" does not.
    if they and not re.search(r"\b[A-Za-z]+s\b", text[: they.start()]):
        return they.group(0)
    return None


def _resolve_pronouns(card: Card, person: str | None) -> Card | None:
    """The card with "she"/"her" named after the person of its document, or None when a
    pronoun in its question stands for nothing the card names."""
    question = card.question
    pronoun = unnamed_pronoun(to_text(question))
    if pronoun is None or (
        pronoun.lower() in {"it", "they", "this", "these"} and not _LEADING.match(to_text(question))
    ):
        return card  # "What does it show?" in a guide's own words: kept, and check warns
    if person is None or pronoun.lower() not in {"she", "he", "her", "his", "him"}:
        return None
    match = _PERSONAL.search(question)
    assert match is not None
    word = match.group(0).lower()
    rest = question[match.end() :].lstrip()
    follower = re.match(r"[a-z]+", rest)
    possessive = word == "his" or (
        word == "her" and follower is not None and follower.group(0) not in _PREPOSITIONS
    )
    name = f"{person}'s" if possessive else person
    question = question[: match.start()] + name + question[match.end() :]
    if unnamed_pronoun(to_text(question)) is not None:
        return None
    return replace(card, question=question)


# --- duplicates and conflicts --------------------------------------------------------------

_STOP = {
    "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "is", "are", "be", "it",
    "that", "this", "with", "by", "as", "at", "what", "who", "why", "how", "which", "does",
    "do", "did", "their", "they", "its", "from", "one", "name", "each", "every", "when",
    "whom", "has", "have", "was", "were", "can", "may", "not", "only", "them",
}  # fmt: skip


@lru_cache(maxsize=1 << 16)  # pairs of cards compare the same texts many times over
def _words(text: str) -> frozenset[str]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return frozenset(_stem(w) for w in words if w not in _STOP and len(w) > 1)


def _stem(word: str) -> str:
    for end in ("ing", "ed", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


@lru_cache(maxsize=1 << 14)
def _fact(card: Card) -> frozenset[str]:
    return _words(to_text(card.question.replace("{{c1::", " ").replace("}}", " ")) + " "
                  + to_text(card.answer))  # fmt: skip


def near_duplicates(cards: Sequence[Card]) -> list[tuple[Card, Card]]:
    """Pairs of cards (earlier, later) that ask one fact: most of their telling words shared,
    or a list whose every item another card already teaches."""
    facts = _telling_words(cards)
    pairs: list[tuple[Card, Card]] = []
    for (i, a), (j, b) in combinations(enumerate(cards), 2):
        if _siblings(a, b) or _disagree(a, b):
            continue
        shared = len(facts[i] & facts[j])
        small = min(len(facts[i]), len(facts[j]))
        if small >= 4 and shared >= NEAR * small and shared >= JACCARD * len(facts[i] | facts[j]):
            pairs.append((a, b))
    for n, card in enumerate(cards):
        items = list_items(card)
        if len(items) < 2:
            continue
        covered = [
            next(
                (m for m in range(len(cards))
                 if m != n and not _siblings(card, cards[m]) and _answers(cards[m], item)),
                None,
            )
            for item in items
        ]  # fmt: skip
        if all(m is not None and _words(item) for m, item in zip(covered, items, strict=True)):
            pairs.append((cards[min(m for m in covered if m is not None)], card))
    return list(dict.fromkeys(pairs))


def _answers(card: Card, item: str) -> bool:
    """Whether a card's answer is the list item itself, give or take a few words."""
    answer, words = _words(to_text(card.answer)), _words(item)
    return bool(words) and words <= answer and len(answer - words) <= 3


def _telling_words(cards: Sequence[Card]) -> list[frozenset[str]]:
    """Each card's words, less those most cards of the guide share ("TPM", "program")."""
    facts = [_fact(card) for card in cards]
    counts = Counter(word for fact in facts for word in fact)
    common = {word for word, n in counts.items() if n > max(3, len(cards) // 5)}
    return [fact - common for fact in facts]


def _siblings(a: Card, b: Card) -> bool:
    """Cards split from one list: they share their words by design."""
    split_a, split_b = _SPLIT_KEY.match(a.key), _SPLIT_KEY.match(b.key)
    return bool(split_a and split_b and split_a.group(1) == split_b.group(1))


_SPLIT_KEY = re.compile(r"^(.*)#\d+$")  # the key of one card split from a list


def _merge_duplicates(cards: list[Card]) -> tuple[list[Card], list[Smell]]:
    dropped: set[int] = set()
    smells = []
    for first, second in near_duplicates(cards):
        if id(first) in dropped or id(second) in dropped:
            continue
        dropped.add(id(second))
        smells.append(
            Smell(
                second.source,
                f'near-duplicate of {first.source} "{_plain(first)}": "{_plain(second)}" '
                "asks the same fact; only the first is kept",
                first.source,
            )
        )
    return [c for c in cards if id(c) not in dropped], smells


def _disagree(a: Card, b: Card) -> str | None:
    """The differing item of two lists that name the same steps but one."""
    items_a, items_b = list_items(a), list_items(b)
    if len(items_a) != len(items_b) or len(items_a) < 3:
        return None
    differ = [
        (x, y)
        for x, y in zip(items_a, items_b, strict=True)
        if not (_words(x) <= _words(y) or _words(y) <= _words(x))
    ]
    if len(differ) == 1:
        return f'"{differ[0][0]}" vs "{differ[0][1]}"'
    return None


def conflicts(cards: Sequence[Card]) -> list[Smell]:
    """Cards that disagree: two lists naming the same steps but one."""
    smells = []
    for a, b in combinations(cards, 2):
        difference = _disagree(a, b)
        if difference:
            smells.append(
                Smell(
                    b.source,
                    f"conflict with {a.source}: the lists differ in one item, {difference}; "
                    "make them agree",
                    a.source,
                )
            )
    return smells


# --- smells --------------------------------------------------------------------------------

_YES_NO = re.compile(
    r"^(?:is|are|was|were|do|does|did|can|could|should|would|will|has|have|had|must|may)\b",
    re.I,
)
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::.*?)?\}\}")


def card_smells(card: Card) -> list[str]:
    """What a program can see is wrong with a card (../shared/CARDS.md)."""
    question = to_text(card.question)
    plain = _plain(card)
    smells = []
    if card.kind is not CardKind.CLOZE and _YES_NO.match(question) and " or " not in question:
        smells.append(f'yes/no question "{question}"; ask for the content instead')
    pronoun = unnamed_pronoun(question if card.kind is not CardKind.CLOZE else plain)
    if pronoun:
        smells.append(f'unnamed pronoun "{pronoun}" in "{plain}"; name who or what it means')
    items = list_items(card)
    if len(items) > MAX_LIST:
        smells.append(f'list of {len(items)} in "{question}"; split it into cards of one item')
    if card.kind is CardKind.CLOZE:
        visible = cloze_shows_answer(question)
        if visible:
            smells.append(f'cloze answer "{visible}" stays visible in "{plain}"')
        long = [h for h in _CLOZE.findall(question) if len(h.split()) > MAX_CLOZE_WORDS]
        if long:
            smells.append(f'cloze hides {len(long[0].split())} words ("{long[0]}"); hide at most 4')
    if not plain.strip() or (
        card.kind is not CardKind.CLOZE
        and not to_text(card.answer).strip()
        and "<img" not in card.answer
    ):
        smells.append(f'empty side in "{plain}"')
    return smells


def cloze_shows_answer(text: str) -> str | None:
    """A deletion whose word (or its root) is still to be read in the rest of the text."""
    for match in _CLOZE.finditer(text):
        rest = _CLOZE.sub(" ", text[: match.start()] + " " + text[match.end() :])
        if root_visible(match.group(1), rest):
            return match.group(1)
    return None


def root_visible(hidden: str, rest: str) -> bool:
    """Whether a word of `hidden` (or its root) can still be read in `rest`."""
    shown = re.findall(r"[a-z][a-z\-]*", rest.lower())
    for word in re.findall(r"[a-z][a-z\-]*", hidden.lower()):
        if len(word) >= 4 and any(_same_root(word, other) for other in shown):
            return True
    return False


def _same_root(a: str, b: str) -> bool:
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= max(4, min(len(a), len(b)) - 3)


def _plain(card: Card) -> str:
    return to_text(_CLOZE.sub(r"\1", card.question))
