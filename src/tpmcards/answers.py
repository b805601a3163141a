"""The words and forms of an answer: folding, numbers, typos by length, words of the same
sense, and the forms a learner may type (alternatives, brackets, the key term). Pure."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from .lazyre import lazy
from .lexicon import (
    NUMBER_WORDS,
    OPENERS,
    PROGRAMS,
    QUALIFIER_STARTS,
    STOPWORDS,
    one_word,
    opposite,
    same_sense,
    same_short_form,
    stem,
)
from .numerals import as_digits, decimal_token
from .spelling import american
from .units import same_unit

__all__ = ["STOPWORDS", "opposite", "stem"]


def fold(text: str, accents: bool = False) -> str:
    """Unicode-normalised, case-folded, accents dropped unless `accents`."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if not accents:
        text = "".join(
            ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch)
        )
        text = unicodedata.normalize("NFC", text)
    return text


def words(text: str, accents: bool = False) -> list[str]:
    """The words of an answer: folded, numbers kept whole (`3.11`, `1,000`), `n't` as `not`."""
    return list(_words(text, accents))


@functools.lru_cache(maxsize=4096)
def _words(text: str, accents: bool) -> tuple[str, ...]:
    text = fold(text, accents).replace("&", " and ").replace("’", "'").replace("%", " percent")
    text = _PHRASAL.sub(
        lambda m: _PHRASAL_VERBS[m.group(1).split()[0]][m.group(1).split()[1]], text
    )
    text = _BARE_CONTRACTION.sub(r"\1n't", text)  # "dont" typed for "don't"
    text = re.sub(r"n't\b", " not", text).replace("cannot", "can not")
    text = re.sub(r"\bone(?=\s+(?:that|which|who|whose|where)\b)", " ", text)  # no number
    text = as_digits(text)
    tokens = re.findall(r"\w+", text)
    return tuple(decimal_token(NUMBER_WORDS.get(t, t)) for t in tokens if t != "_")


# A contraction typed without its apostrophe: "dont", "isnt", "cant", "wont".
_BARE_CONTRACTION = lazy(
    r"\b(do|does|did|is|are|was|were|has|have|had|could|should|would|must|need|ca|wo)nt\b"
)

# "Goes up" is "rises", "went down" is "fell": the verbs of change the lexicon knows.
_PHRASAL_VERBS = {
    "go": {"up": "rise", "down": "fall"},
    "goes": {"up": "rises", "down": "falls"},
    "went": {"up": "rose", "down": "fell"},
    "gone": {"up": "risen", "down": "fallen"},
    "going": {"up": "rising", "down": "falling"},
    # "Sets up a connection" is "establishes" one.
    "set": {"up": "establish"},
    "sets": {"up": "establishes"},
    "setting": {"up": "establishing"},
}
_PHRASAL = lazy(
    r"\b("
    + "|".join(f"{verb} {particle}" for verb, ps in _PHRASAL_VERBS.items() for particle in ps)
    + r")\b"
)


def normalize_answer(text: str, accents: bool = False) -> str:
    """Lower case, no punctuation, single spaces; accents dropped unless `accents`."""
    return " ".join(words(text, accents))


def key_words(tokens: Sequence[str]) -> list[str]:
    """The words that carry the answer: no stopwords, nor an "all" that only stresses the
    words after it ("all through the year", "all of them"; "all nodes" keeps it)."""
    return [
        t
        for n, t in enumerate(tokens)
        if t not in STOPWORDS
        and not (t == "all" and n + 1 < len(tokens) and tokens[n + 1] in STOPWORDS)
    ]


def is_number(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


def typo_allowance(word: str) -> int:
    """Edits forgiven in a word: none up to 3 letters, then one more every few letters."""
    n = len(word)
    if n <= 3 or is_number(word):
        return 0
    if n <= 7:
        return 1
    if n <= 12:
        return 2
    return 3


def adverb_of(word: str) -> str:
    """The adjective an adverb is made of: "dynamically" -> "dynamic", "quickly" -> "quick"."""
    for suffix in ("ally", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _accent_only(a: str, b: str) -> bool:
    return a != b and fold(a) == fold(b)


# A choice question grades each option against the answer both ways: the same pairs of
# words come back many times.
@functools.lru_cache(maxsize=16384)
def word_match(typed: str, expected: str, strict_accents: bool = False) -> int | None:
    """Edits between two words when they match (0 same), None when they do not."""
    from rapidfuzz.distance import OSA

    if typed == expected or stem(typed) == stem(expected) or one_word(typed, expected):
        return 0
    if american(typed) == american(expected):  # "sulfur" for "sulphur", "color" for "colour"
        return 0
    if adverb_of(typed) == adverb_of(expected):  # "dynamic" for "dynamically"
        return 0
    if strict_accents and _accent_only(typed, expected):
        return None
    if opposite(typed, expected):
        return None
    # Another word for the same thing, not a typo: "decreases" for "falls", "min" for "minutes".
    if (
        same_sense(typed, expected)
        or same_unit(typed, expected)
        or same_short_form(typed, expected)
    ):
        return 0
    limit = typo_allowance(expected)
    if not limit:
        return None
    # Optimal string alignment: a swap of two letters ("trasnmission") is one slip.
    distance = int(OSA.distance(typed, expected, score_cutoff=limit))
    if distance > limit:
        return None
    # A typo keeps the word's start: "injection" is not "inversion", "cat" is not "bat".
    if typed[0] != expected[0] and distance > 1:
        return None
    return distance


def program_of(answer: str) -> str:
    """The program a command line opens with ("git" of "git rebase"), else "": it goes without
    saying, as "rebase" is recalled for "git rebase". Only a known program: "York" is not
    "New York", nor "atrium" "left atrium"."""
    tokens = answer.split()
    command = 2 <= len(tokens) <= 3 and tokens[0] in PROGRAMS
    return tokens[0] if command and all(t[0].islower() or t[0] == "-" for t in tokens) else ""


# --- forms of an answer --------------------------------------------------------------------

_PARENS = lazy(r"\s*\(([^()]*)\)")
_NOT_A_NAME = lazy(r"^(?:e\.?g\.?|i\.?e\.?|for example|such as|not|unlike|see|as in)\b", re.I)
_TERM_CUT = lazy(r"\s*(?::|\s[-–—]\s)\s*")  # "Term: explanation", "Term - explanation"
_HEAD_CUT = lazy(r"\s*(?:,|\bwho\b|\bwhich\b|\bthat\b|\bwhose\b)\s*", re.I)


def alternatives(answer: str) -> list[str]:
    """The forms of an answer a learner may type, the whole answer first.

    `a / b`, `a; b`, `a, or b` are alternatives; `(words in brackets)` are optional or, when
    they name the thing ("(OKRs)", "(Rayleigh scattering)"), an answer of their own; the head
    phrase (before a colon, comma, dash or `who`/`which`/`that`) is the key term.
    """
    return list(_alternatives(answer))


@functools.lru_cache(maxsize=1024)
def _alternatives(answer: str) -> tuple[str, ...]:
    text = answer.strip()
    sentences = re.split(r"(?<=[.!?])\s+", text)
    parts = [text]
    if len(sentences) > 1 and len(sentences[0].split()) <= 8:
        parts.append(sentences[0])
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) > 1:  # text above a table, or an answer over several lines
        parts += lines
    forms: list[str] = []
    for part in parts:
        pieces = [part, *re.split(r"\s+/\s+|;\s*|\s+\|\s+|,\s+or\s+", part)]
        for alt in pieces:
            alt = alt.strip().rstrip(".")
            if alt:
                for form in [alt, *_heads(alt)]:
                    forms += _bracket_forms(form)
                    forms += [
                        _ARTICLE.sub("", f) for f in _bracket_forms(form) if _ARTICLE.match(f)
                    ]
    return tuple(dict.fromkeys(f.strip().rstrip(".") for f in forms if f.strip()))


# The article another language puts before a noun: "la bibliothèque" is "bibliothèque".
_ARTICLE = lazy(
    r"^(?:la|le|les|l'|l’|el|los|las|une|una|uno|der|die|das|den|dem|des|ein|eine|il|gli|het)"
    r"(?:\s+|(?<=['’]))(?=\w)",
    re.I,
)


def _bracket_forms(text: str) -> list[str]:
    """The text, without its brackets, with their words, and the bracket that ends it."""
    forms = [text, _PARENS.sub("", text), _PARENS.sub(r" \1", text)]
    # Brackets at the end name the thing ("(OKRs)"); inside a phrase they are optional.
    last = list(_PARENS.finditer(text))[-1:]
    names = [m.group(1) for m in last if m.end() == len(text) and not _NOT_A_NAME.match(m.group(1))]
    # The name may be introduced or qualified: "(also called X)", "(or X)", "(X in the UK)",
    # "(claimant in England and Wales)": the name itself is the term.
    for name in names:
        bare = _NAME_OPENER.sub("", name)
        forms += dict.fromkeys([name, bare, _WHERE_USED.split(bare, maxsplit=1)[0]])
    return forms


_NAME_OPENER = lazy(
    r"^(?:also\s+(?:called|known\s+as)|known\s+as|aka|a\.k\.a\.|or|formerly|called)\s+", re.I
)
# Where a name is used, after it: "in England and Wales", "in the UK", "outside the US".
_WHERE_USED = lazy(r"\s+(?:in|outside)\s+(?:the\s+)?(?=[A-Z])")


def _heads(text: str) -> list[str]:
    """The key term of an answer: before a colon or dash, or a phrase of two key words or
    more before a comma or `who`/`which`/`that` ("Layer 3, the network layer")."""
    heads = []
    term = _TERM_CUT.split(text, maxsplit=1)[0]
    if term != text and key_words(words(term)):
        heads.append(term)
    head = _HEAD_CUT.split(text, maxsplit=1)[0]
    if re.search(r"\b\d{1,2}$", head) and re.match(r",\s*\d{3,4}\b", text[len(head) :]):
        head = text  # "July 4, 1776" is one date, not "July 4" and its year
    if head != text and (
        len(key_words(words(head))) >= 2
        or _qualified(head, text[len(head) :])
        or words(head) in (["yes"], ["no"])  # "Yes, it must not change state": "yes"
    ):
        heads.append(head)
    if words(head) in (["yes"], ["no"]) and head != text:  # ... and "it must not change state"
        heads.append(text[len(head) :].lstrip(" ,"))
    # A noun phrase and its qualifier: "The engineering teams in their organisation". Not in a
    # sentence: "Close work with engineering is what..." is no term.
    tokens = words(text)
    if tokens and tokens[0] in {"the", "a", "an"} and not _VERBS & set(tokens):
        noun = _PREPOSITION_CUT.split(text, maxsplit=1)[0]
        if noun != text and len(key_words(words(noun))) >= 2:
            heads.append(noun)
    return heads


def _qualified(head: str, rest: str) -> bool:
    """Whether a one-word head is the answer and what follows its comma only qualifies it:
    "Oxygen, bound to haemoglobin", "Paris, the capital". Not the first item of a list ("Red,
    green and blue"), nor an opening word ("However, ...")."""
    if len(key_words(words(head))) != 1 or words(head)[-1] in OPENERS:
        return False
    match = re.match(r"\s*,\s*(\w+)", rest)
    if not match:
        return False
    tail = words(rest.split(",", 2)[1])
    if len(tail) <= 4 and {"and", "or"} & set(tail):  # "Red, green and blue"
        return False
    first = match.group(1).casefold()
    # ... or a participle or a superlative: "bound to haemoglobin", "closest to the Sun".
    return first in QUALIFIER_STARTS or (first.endswith(("ed", "est")) and len(first) > 4)


_PREPOSITION_CUT = lazy(r"\s+(?:in|of|for|with|at|on|from|by|to|within|across)\s+", re.I)
_VERBS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "can",
        "will",
        "must",
        "should",
        "would",
        "makes",
        "made",
        "means",
        "gives",
        "takes",
        "needs",
    ]
)
