"""What a program can see is wrong with a card (../shared/CARDS.md): a yes/no question, an
unnamed pronoun, a list of more than four, a cloze that shows or overloads its answer, an
empty side; and two cards that ask one fact, or disagree. Pure: cards in, findings out.

The card writer fixes what it can with these; `tpmcards check` reports what is left.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from .cues import reads_english, two_questions
from .lazyre import lazy
from .markup import cloze_deletions, sub_cloze, to_text
from .model import Card, CardKind, SourceRef
from .yesno import question_word, yes_no_question

# The subject the writer names before a question that lacks it: "IntelliCode — How ...?"
SUBJECT_PREFIX = lazy(r"^[^—?？]{1,60}? — (?=\S)")

__all__ = [
    "LEADING_PRONOUN",
    "MAX_CLOZE_WORDS",
    "MAX_LIST",
    "PERSONAL_PRONOUN",
    "PERSON_NAME",
    "SUBJECT_PREFIX",
    "Smell",
    "asking_text",
    "card_smells",
    "cloze_shows_answer",
    "conflicts",
    "giveaways",
    "list_items",
    "near_duplicates",
    "plain_text",
    "root_visible",
    "unnamed_pronoun",
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


def list_items(card: Card) -> tuple[str, ...]:
    """The plain-text items of a card whose answer is a list (its one list)."""
    if card.items:
        return card.items
    if card.kind is CardKind.CLOZE or card.answer.count("<ul") + card.answer.count("<ol") != 1:
        return ()
    return tuple(to_text(m) for m in re.findall(r"<li[^>]*>(.*?)</li>", card.answer, re.S))


# --- pronouns ------------------------------------------------------------------------------

PERSON_NAME = lazy(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
# Spanish "he" before a participle ("y he intentado usar ...") is "I have", no pronoun.
PERSONAL_PRONOUN = lazy(r"\b(she|he(?!\s+\w+[ai]do\b)|her|his|him|hers)\b", re.I)
LEADING_PRONOUN = lazy(r"^(?:it|this|these|they|those|that)(?:'s|'re|’s|’re)?\b", re.I)
_QUESTION_WORDS = {
    "what", "why", "how", "who", "when", "where", "which", "does", "do", "did", "is", "are",
    "was", "were", "can", "could", "should", "would", "will", "has", "have", "had", "must",
}  # fmt: skip
_PLURAL_THEY = lazy(r"\b(they|them|their)\b", re.I)


# A question asking for a person: "Who ...", "Which composer ...", "What scientist ...".
_AUX = r"(?:was|is|are|were|did|does|do|has|have|had|can|could|will|would|should|may|might|must)"
_ASKS_FOR_PERSON = lazy(
    rf"^\W*(?:who\b|(?:which|what)\s+(?!{_AUX}\b)[a-z]+\s+(?!{_AUX}\s+(?:she|he)\b)\w)", re.I
)
_BARE_PRONOUN = lazy(r"^((?:\w+ ){1,3}?)(it|they|this|these)\b(?! that\b)", re.I)


_INTRODUCED = lazy(r"(?:^|[.!?]\s+)(?:an?|the)\s+[^.!?]*[.!?]\s", re.I)


@lru_cache(maxsize=1 << 10)  # asked of a card's text by several steps of the writer
def unnamed_pronoun(text: str) -> str | None:
    """The pronoun a card's text leans on without the name it stands for, if any."""
    text = text.strip()
    leading = LEADING_PRONOUN.match(text)
    if leading:
        return leading.group(0)
    # "Why does it fail?": only question words before it, so nothing names what it is.
    # ("Why is it that X?" is a cleft: its "it" stands for nothing.)
    bare = _BARE_PRONOUN.match(text)
    if bare and set(bare.group(1).lower().split()) <= _QUESTION_WORDS:
        return bare.group(2)
    personal = PERSONAL_PRONOUN.search(text)
    # "Why did Gervorgyan change her title?": a capitalised word before it names her;
    # "Which composer is known for his Moonlight Sonata?": "his" is the one asked for.
    # "A 6-month-old child has a rash. He ...": a sentence before it introduced him.
    if (
        personal
        # "Her kullanıcı ...": Turkish "every", in a text without a word of English.
        and reads_english(text, least=1)
        and not re.search(r"\s[A-Z][a-z]+", text[: personal.start()])
        and not _INTRODUCED.search(text[: personal.start()])
        and not (_ASKS_FOR_PERSON.match(text) and personal.group(0).lower() in {"his", "her"})
    ):
        return personal.group(0)
    they = _PLURAL_THEY.search(text)
    # "TPMs ... their programs" names what "their" stands for; a bare "they" does not.
    if they and not re.search(r"\b[A-Za-z]+s\b", text[: they.start()]):
        return they.group(0)
    return None


# --- duplicates and conflicts --------------------------------------------------------------

_STOP = {
    "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "is", "are", "be", "it",
    "that", "this", "with", "by", "as", "at", "what", "who", "why", "how", "which", "does",
    "do", "did", "their", "they", "its", "from", "one", "name", "each", "every", "when",
    "whom", "has", "have", "was", "were", "can", "may", "not", "only", "them",
}  # fmt: skip


@lru_cache(maxsize=1 << 16)  # pairs of cards compare the same texts many times over
def _words(text: str) -> frozenset[str]:
    found = _WORD.findall(text.lower())
    if _IDEOGRAPH.search(text):
        # Chinese and Japanese write no spaces: their words are told apart by each pair of
        # characters a run holds ("对比度" gives "对比", "比度").
        found = [part for word in found for part in _pairs(word)]
    return frozenset(map(_STEMS.__getitem__, found)) - _NONE


def _said(text: str) -> tuple[str, ...]:
    """A text's telling words in their order, letters and all: the same words in another
    order say another thing ("a major third on top of a minor third" and the reverse;
    "C, G, D" and "C, F, B♭")."""
    words = _HYPHENATED.findall(text.lower().replace("'s", ""))
    return tuple(word for word in words if word not in _STOP)


_HYPHENATED = lazy(r"[^\W_]+(?:-[^\W_]+)*")  # "half-diminished": one word


def _pairs(word: str) -> list[str]:
    """A word's runs of ideographs as their pairs of characters, its other runs whole."""
    parts = []
    for run in _RUN.findall(word):
        if _IDEOGRAPH.match(run):
            parts += [run[n : n + 2] for n in range(max(1, len(run) - 1))]
        else:
            parts.append(run)
    return parts


class _Stems(dict[str, str]):
    """Each word's stem; "" for a word that tells nothing (a stop word, one letter). A
    guide's texts use the same few thousand words over and over: each is stemmed once."""

    def __missing__(self, word: str) -> str:
        stem = _stem(word) if word not in _STOP and len(word) > 1 else ""
        if len(self) < 1 << 16:
            self[word] = stem
        return stem


_STEMS = _Stems()
_WORD = lazy(r"[^\W_]+")  # in any script ("ключ", "clé")
_IDEOGRAPHS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # kana, Han
_IDEOGRAPH = lazy(f"[{_IDEOGRAPHS}]")
_RUN = lazy(f"[{_IDEOGRAPHS}]+|[^{_IDEOGRAPHS}]+")
_NONE = frozenset({""})


def _stem(word: str) -> str:
    for end in ("ing", "ed", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


@lru_cache(maxsize=1 << 14)
def _fact(card: Card) -> frozenset[str]:
    # "Besides A, what else ...?" names A to rule it out: those words are not its fact.
    question = _BESIDES.sub("", to_text(card.question))
    return _words(question.replace("{{c1::", " ").replace("}}", " ") + " " + to_text(card.answer))


_BESIDES = lazy(r"^(?:Besides|Apart from|Other than) [^?]+?, (?=\w+ )", re.I)


# What a quiz shows under its question: a hint quoted, code, a picture, options.
_SHOWN_UNDER = lazy(r"<(?:p|pre|blockquote|ul|ol|table|div|figure)\b")


def asking_text(question: str) -> str:
    """The words of a question that ask, without what it shows under them ("He coined
    'hypertext'" quoted under "Who is the person in the picture?" names no one unnamed)."""
    asking = to_text(_SHOWN_UNDER.split(question, maxsplit=1)[0])
    return asking or to_text(question)


def near_duplicates(cards: Sequence[Card]) -> list[tuple[Card, Card]]:
    """Pairs of cards (earlier, later) that ask one fact: most of their telling words shared,
    or a list whose every item another card already teaches."""
    # Every pair is compared: what a card is made of is worked out once, not once a pair.
    facts = _telling_words(cards)
    items = [list_items(card) for card in cards]
    groups = [_split_group(card) for card in cards]
    answers = [_words(to_text(card.answer)) for card in cards]

    def siblings(i: int, j: int) -> bool:
        return groups[i] is not None and groups[i] == groups[j]

    pairs: list[tuple[Card, Card]] = []
    # Only pairs that share a rare telling word can share most of them: found through an
    # index of words, in the order `combinations` gives, instead of every pair (quadratic).
    for i, j in _similar(facts):
        shared = len(facts[i] & facts[j])
        small = min(len(facts[i]), len(facts[j]))
        if small < 4 or shared < NEAR * small or shared < JACCARD * len(facts[i] | facts[j]):
            continue  # the cheap test first: most pairs that share a word share few
        if (
            not siblings(i, j)
            and not _differing_item(items[i], items[j])
            and not asks_apart(cards[i], cards[j])
        ):
            pairs.append((cards[i], cards[j]))
    by_answer_word: dict[str, list[int]] = {}
    for m, answer in enumerate(answers):
        for word in answer:
            by_answer_word.setdefault(word, []).append(m)
    for n, card in enumerate(cards):
        if len(items[n]) < 2:
            continue
        covered = [
            next(
                (m for m in _holding(by_answer_word, _words(item))
                 if m != n and not siblings(n, m) and _is_answer(answers[m], _words(item))),
                None,
            )
            for item in items[n]
        ]  # fmt: skip
        if all(m is not None and _words(item) for m, item in zip(covered, items[n], strict=True)):
            pairs.append((cards[min(m for m in covered if m is not None)], card))
    return list(dict.fromkeys(pairs))


def _similar(words: Sequence[frozenset[str]]) -> list[tuple[int, int]]:
    """The pairs (i, j), i < j, of word sets of at least 4 words each that may share half
    their words together (JACCARD), in `combinations` order; a few more besides.

    Prefix filtering: with the words of every set in one order, rarest first, two sets that
    share a JACCARD share of their union share a word among the first |set| - ceil(JACCARD *
    |set|) + 1 of each. Only those first words go into the index.
    """
    counts = Counter(word for found in words for word in found)
    order = {word: n for n, word in enumerate(sorted(counts, key=lambda w: (counts[w], w)))}
    by_word: dict[str, list[int]] = {}
    for n, found in enumerate(words):
        if len(found) < 4:
            continue  # too few words to tell one fact: never a pair
        rarest = sorted(found, key=order.__getitem__)
        for word in rarest[: len(found) - math.ceil(JACCARD * len(found)) + 1]:
            by_word.setdefault(word, []).append(n)
    pairs = {(a, b) for members in by_word.values() for a, b in combinations(members, 2)}
    return sorted(pairs)


def _holding(index: dict[str, list[int]], item: frozenset[str]) -> list[int]:
    """The cards (in order) whose answer holds the rarest word of `item`: only they can hold
    the whole item."""
    if not item:
        return []
    return min((index.get(word, []) for word in item), key=len)


def _is_answer(answer: frozenset[str], item: frozenset[str]) -> bool:
    """Whether an answer is the list item itself, give or take a few words."""
    return bool(item) and item <= answer and len(answer - item) <= 3


def _split_group(card: Card) -> str | None:
    """The list a card was split from, if it was."""
    split = _SPLIT_KEY.match(card.key)
    return split.group(1) if split else None


def _telling_words(cards: Sequence[Card]) -> list[frozenset[str]]:
    """Each card's words, less those most cards of the guide share ("TPM", "program")."""
    facts = [_fact(card) for card in cards]
    counts = Counter(word for fact in facts for word in fact)
    common = {word for word, n in counts.items() if n > max(3, len(cards) // 5)}
    return [fact - common for fact in facts]


_SPLIT_KEY = lazy(r"^(.*)#\d+$")  # the key of one card split from a list


def _differing_item(items_a: tuple[str, ...], items_b: tuple[str, ...]) -> str | None:
    """The differing item of two lists that name the same steps but one."""
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
    items = [list_items(card) for card in cards]
    # Only lists of one length (three items or more) can differ in one item: compared within
    # their length, not every pair of cards (quadratic in a guide of plain cards).
    by_length: dict[int, list[int]] = {}
    for n, found in enumerate(items):
        if len(found) >= 3:
            by_length.setdefault(len(found), []).append(n)
    candidates = sorted(p for group in by_length.values() for p in combinations(group, 2))
    for i, j in candidates:
        a, b = cards[i], cards[j]
        difference = _differing_item(items[i], items[j])
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


def card_smells(card: Card) -> list[str]:
    """What a program can see is wrong with a card (../shared/CARDS.md)."""
    question = to_text(card.question)
    plain = plain_text(card)
    smells = []
    # Asked yes or no as the guide asked it, without the subject named before it.
    asked = SUBJECT_PREFIX.sub("", question, count=1)
    if card.kind is not CardKind.CLOZE and yes_no_question(asked):
        smells.append(f'yes/no question "{asked}"; ask for the content instead')
    if card.kind is not CardKind.CLOZE and two_questions(asked):
        smells.append(f'two questions in "{asked}"; ask one per card')
    pronoun = unnamed_pronoun(
        asking_text(card.question) if card.kind is not CardKind.CLOZE else plain
    )
    if pronoun:
        smells.append(f'unnamed pronoun "{pronoun}" in "{plain}"; name who or what it means')
    items = list_items(card)
    if len(items) > MAX_LIST:
        smells.append(f'list of {len(items)} in "{question}"; split it into cards of one item')
    if card.kind is CardKind.CLOZE:
        visible = cloze_shows_answer(question)
        if visible:
            smells.append(f'cloze answer "{visible}" stays visible in "{plain}"')
        hidden = [d.text for d in cloze_deletions(question)]
        long = [h for h in hidden if len(h.split()) > MAX_CLOZE_WORDS]
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
    # Deletions found in one forward scan (a regex over unclosed openers was cubic); the
    # text around them is the same for each, so it is put together once.
    deletions = cloze_deletions(text)
    rest = sub_cloze(text, lambda d: " ")
    for deletion in deletions:
        if root_visible(deletion.text, rest):
            return deletion.text
    return None


# Words that give each other away though they share no root: hide one, show the other, and
# the cloze asks nothing.
SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset({"cross-functional", "cross-team", "cross-department", "interdisciplinary"}),
    frozenset({"concise", "to the point", "succinct", "brief"}),
    frozenset({"quick", "quickly", "fast", "rapid", "rapidly"}),
    frozenset({"big-picture", "broad view", "overall"}),
    frozenset({"long-term", "long-lasting", "lasting"}),
    frozenset({"growing", "expanding", "scaling", "grow"}),
)


def root_visible(hidden: str, rest: str) -> bool:
    """Whether a word of `hidden` (or its root, a synonym, its initials) can still be read in
    `rest`."""
    if _synonym_visible(hidden, rest) or _initials_visible(hidden, rest):
        return True
    shown = re.findall(r"[a-z][a-z\-]*", rest.lower())
    # "closure" hidden shows in "post-closure"; "cross-functional" is not "cross-team".
    parts = [part for word in shown if "-" in word for part in word.split("-")]
    for word in re.findall(r"[a-z][a-z\-]*", hidden.lower()):
        others = shown if "-" in word else shown + parts
        if len(word) >= 4 and any(_same_root(word, other) for other in others):
            return True
        # "post-closure" hidden beside "closure": its head word shows, its prefix does not.
        head = word.rsplit("-", 1)[-1]
        if "-" in word and len(head) >= 5 and any(_same_root(head, other) for other in shown):
            return True
    return False


def giveaways(hidden: str, rest: str) -> list[tuple[int, int]]:
    """Where `rest` shows a synonym or the initials of `hidden` ("to the point" beside
    "concise", "QA" beside "quality assurance"): spans to hide with it."""
    spans = []
    for group in SYNONYMS:
        if any(_phrase(word).search(hidden.lower()) for word in group):
            for word in group:
                if not _phrase(word).search(hidden.lower()):
                    spans += [m.span() for m in _phrase(word).finditer(rest.lower())]
    for acronym in re.findall(r"\b[A-Z]{2,5}\b", rest):
        if _expansion(acronym).search(hidden.lower()):
            spans += [m.span() for m in re.finditer(rf"\b{acronym}\b", rest)]
    for acronym in re.findall(r"\b[A-Z]{2,5}\b", hidden):
        spans += [m.span() for m in _expansion(acronym).finditer(rest.lower())]
    return sorted(set(spans))


def _phrase(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")


def _expansion(acronym: str) -> re.Pattern[str]:
    return re.compile(r"\b" + r"[\s-]+".join(rf"{c}[a-z]+" for c in acronym.lower()) + r"\b")


def _synonym_visible(hidden: str, rest: str) -> bool:
    def has(text: str, phrase: str) -> bool:
        return re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text.lower()) is not None

    return any(
        any(has(hidden, word) for word in group)
        and any(has(rest, word) for word in group if not has(hidden, word))
        for group in SYNONYMS
    )


def _initials_visible(hidden: str, rest: str) -> bool:
    """ "quality assurance" hidden beside "QA", or "QA" hidden beside "quality assurance"."""
    for long, short in ((hidden, rest), (rest, hidden)):
        for acronym in re.findall(r"\b[A-Z]{2,5}\b", short):
            words = r"[\s-]+".join(rf"{c}[a-z]+" for c in acronym.lower())
            if re.search(rf"\b{words}\b", long.lower()):
                return True
    return False


def _same_root(a: str, b: str) -> bool:
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= max(4, min(len(a), len(b)) - 3)


def plain_text(card: Card) -> str:
    """A card's question as plain text, cloze deletions filled in."""
    return to_text(sub_cloze(card.question, lambda d: d.text))


_PLACE = lazy(r"(?P<asked>.+?)\s*\((?P<place>[^()]+)\)")


def asks_apart(first: Card, second: Card) -> bool:
    """Whether two cards ask different things though their answers share most words: their
    questions differ in a word that tells ("remove whitespaces" / "remove leading
    whitespaces" narrows it, `kill -15` / `kill -9` asks of another number) and their
    answers in a word. Two terms differ when each has a word of its own ("Binary loss" /
    "Categorical loss"); a term and its expansion ("API" / "API (Application Programming
    Interface)") are one, and so is a question asked again with the same answer ("...,
    according to the interview?")."""
    codes = [_PRE.findall(card.question) for card in (first, second)]
    if codes[0] and codes[1] and codes[0] != codes[1]:
        return True  # "What's the output?" of two programs: each asks of its own code
    asked, other_asked = to_text(first.question), to_text(second.question)
    # Numbers tell even when one digit long, which `_words` leaves out: `-9` / `-15`.
    one = _words(asked) | set(re.findall(r"\d+", asked))
    other = _words(other_asked) | set(re.findall(r"\d+", other_asked))
    if first.kind is CardKind.TERM and second.kind is CardKind.TERM:
        # A term narrowed outside brackets (`git diff` / `git diff --staged`) is another term
        # when its answer differs; one followed by its expansion in brackets is the same.
        bare = [re.sub(r"\([^()]*\)", " ", text) for text in (asked, other_asked)]
        narrowed = _words(bare[0]) != _words(bare[1]) or bare[0].split() != bare[1].split()
        differ = _words(to_text(first.answer)) != _words(to_text(second.answer))
        return (bool(one - other) and bool(other - one)) or (narrowed and differ)
    # A question is narrowed by a word of its own (one's words hold all the other's), or
    # asks of another number; two that each word it their own way may ask one fact.
    narrowed = one != other and (one <= other or other <= one)
    numbers = set(re.findall(r"\d+", asked)) != set(re.findall(r"\d+", other_asked))
    # Questions without a word in common (`createPool` / `createPoolCluster`), beside the
    # words of the headings they sit under, ask apart.
    own, other_own = one - _words(first.source.heading), other - _words(second.source.heading)
    unrelated = bool(own) and bool(other_own) and not own & other_own
    # One question asked of two sections: "createPool (Using callbacks)" / "(Using promises)".
    places = [_PLACE.fullmatch(text.strip()) for text in (asked, other_asked)]
    if places[0] and places[1] and places[0]["asked"] == places[1]["asked"]:
        unrelated = places[0]["place"] != places[1]["place"]
    # "When was the DDR founded?" / "When was the Federal Republic founded?": each names
    # something the other does not, and asks of it, whatever their answers.
    names = [_names(SUBJECT_PREFIX.sub("", text)) for text in (asked, other_asked)]
    if names[0] - names[1] and names[1] - names[0] and not _expands(names[0], names[1]):
        return True
    # "Who built the wall?" / "When did they build the wall?": another question word asks
    # for another kind of fact. "Which state ...? Hesse, Saxony" / "...? Bavaria, Bremen":
    # a quiz's one stem asked again over other options is another item.
    words = [question_word(SUBJECT_PREFIX.sub("", text)) for text in (asked, other_asked)]
    asks_other = all(words) and words[0] != words[1]
    options = [_after_question(text) for text in (asked, other_asked)]
    other_options = all(options) and _words(options[0]) != _words(options[1])
    differ = _said(to_text(first.answer)) != _said(to_text(second.answer))
    # Questions of mostly their own words ask two things, even answered alike ("When will X
    # support timezones?" / "When will X recognize double activities?", both "No date yet").
    distinct = (
        len(one - other) >= 2 and len(other - one) >= 2 and 2 * len(one & other) < len(one | other)
    )
    # Each asks with a word of its own that neither the other question nor its answer says
    # ("default values" / "primitive" types, answered by two different lists): two facts.
    first_answer, second_answer = _words(to_text(first.answer)), _words(to_text(second.answer))
    own_each = bool((one - other) - second_answer) and bool((other - one) - first_answer)
    # One word put for another in the same question ("minor triad" / "major triad", "flat
    # direction" / "sharp direction"): it asks of another thing, answered with other words or
    # the same in another order ("a major third on top of a minor third" and the reverse).
    said, other_said = _said(asked), _said(other_asked)
    swapped = len(said) == len(other_said) and sum(map(str.__ne__, said, other_said)) == 1
    apart = narrowed or numbers or unrelated or asks_other or other_options or own_each or swapped
    return distinct or (apart and differ)


_PRE = lazy(r"<pre\b[^>]*>(.*?)</pre>", re.S | re.I)


def _names(question: str) -> frozenset[str]:
    """The words a question writes with a capital, past its first (names: "DDR", "Berlin")."""
    return frozenset(re.findall(r"(?<=\s)[A-ZÄÖÜ][\wäöüß-]*", question.strip()))


def _expands(one: frozenset[str], other: frozenset[str]) -> bool:
    """Whether one side's own names are the other's initials ("TPM" / "Technical Program
    Manager"): one name, written two ways."""
    own, other_own = one - other, other - one
    for short, long in ((own, other_own), (other_own, own)):
        initials = "".join(sorted(w[0] for w in long))
        if any(len(w) > 1 and w.isupper() and "".join(sorted(w)) == initials for w in short):
            return True
    return False


def _after_question(question: str) -> str:
    """What a question line holds after its question mark (the options of a quiz item)."""
    match = _AFTER_MARK.search(question)
    return match.group("rest").strip() if match else ""


_AFTER_MARK = lazy(r"[?？]\s*(?P<rest>\S.*)$", re.S)
