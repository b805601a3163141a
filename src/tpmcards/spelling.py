"""Whether a slip of the keys made another real word: "sliver" for "silver", "pluto" for
"plato". Such an answer is a near miss to ask about, not a typo to forgive. Pure, over the
English word list of pyspellchecker (loaded on first use, about 0.1 s).

A different ending of one word ("evaporating", "mitochondria") and British against
American spelling ("organisation", "colour") are the same word, not another one.
"""

from __future__ import annotations

import functools
import re

# British spellings and their American forms, so "colour" and "color" are one word.
_SPELLINGS = (
    (re.compile(r"is(?=ation|e|es|ed|ing|er)"), "iz"),
    (re.compile(r"ys(?=e|es|ed|ing)\b"), "yz"),
    (re.compile(r"our(?=s?\b|ed\b|ing\b|ite|able)"), "or"),
    (re.compile(r"(?<=\w)[ao]e(?=\w)"), "e"),
    (re.compile(r"tre(?=s?\b)"), "ter"),
    (re.compile(r"ould"), "old"),
    (re.compile(r"ence(?=s?\b)"), "ense"),
    (re.compile(r"ogue(?=s?\b)"), "og"),
    (re.compile(r"(?<=[aeiou])ll(?=ed|ing|er)"), "l"),
    (re.compile(r"grey"), "gray"),
    (re.compile(r"tyre"), "tire"),
)


def _american(word: str) -> str:
    for pattern, replacement in _SPELLINGS:
        word = pattern.sub(replacement, word)
    return word


# Seen more often than the list's floor: the rarest entries hold common misspellings
# ("dependancy") as well as rare words.
_FLOOR = 50


@functools.cache
def _known() -> frozenset[str]:
    from spellchecker import SpellChecker

    counts = SpellChecker(language="en").word_frequency.dictionary
    return frozenset(w for w, n in counts.items() if n > _FLOOR)


# Endings of one word's forms, longest first: "evaporat-ing", "evaporat-ion", "bacteri-um".
_ENDINGS = (
    "ations ation ings ing ions ion ies ied ally ly ed es is us um on a e i s y".split()  # noqa: SIM905
)


def _roots(word: str) -> set[str]:
    """The word and what is left of it without each ending it may have."""
    return {word} | {
        word[: -len(ending)]
        for ending in _ENDINGS
        if word.endswith(ending) and len(word) - len(ending) >= 4
    }


def another_word(typed: str, expected: str) -> bool:
    """Whether `typed`, a few edits from `expected`, is itself another English word.

    Words of one root with other endings are one word in another form ("evaporating",
    "evaporation"; "mitochondria", "mitochondrion"), not a slip; "produce" for "product" is
    another word.
    """
    if typed == expected or not typed.isalpha() or _american(typed) == _american(expected):
        return False
    if _roots(typed) & _roots(expected):
        return False
    return typed in _known()
