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


def another_word(typed: str, expected: str) -> bool:
    """Whether `typed`, a few edits from `expected`, is itself another English word.

    Words that differ only in their last three letters after a shared start of four are one
    word in another form ("evaporating", "evaporation"), not a slip.
    """
    if typed == expected or not typed.isalpha() or _american(typed) == _american(expected):
        return False
    shared = 0
    for a, b in zip(typed, expected, strict=False):
        if a != b:
            break
        shared += 1
    if shared >= 4 and max(len(typed), len(expected)) - shared <= 3:
        return False
    return typed in _known()
