"""Whether a slip of the keys made another real word: "sliver" for "silver", "pluto" for
"plato", "pero" for "perro". Such an answer is a near miss to ask about, not a typo to
forgive. Pure, over the word lists of pyspellchecker: English first (loaded on the first
typo, about 0.3 s); the list of the answer's language only for a word English does not hold
(the language the question names, else the first list holding the answer's word).

A different ending of one word ("evaporating", "mitochondria") and British against
American spelling ("organisation", "colour") are the same word, not another one.
"""

from __future__ import annotations

import functools
import unicodedata

from .lazyre import lazy

# British spellings and their American forms, so "colour" and "color" are one word.
_SPELLINGS = (
    (lazy(r"is(?=ation|e|es|ed|ing|er)"), "iz"),
    (lazy(r"ys(?=e|es|ed|ing)\b"), "yz"),
    (lazy(r"our(?=s?\b|ed\b|ing\b|ite|able)"), "or"),
    (lazy(r"(?<=\w)[ao]e(?=\w)"), "e"),
    (lazy(r"tre(?=s?\b)"), "ter"),
    (lazy(r"ould"), "old"),
    (lazy(r"ence(?=s?\b)"), "ense"),
    (lazy(r"ogue(?=s?\b)"), "og"),
    (lazy(r"(?<=[aeiou])ll(?=ed|ing|er)"), "l"),
    (lazy(r"grey"), "gray"),
    (lazy(r"tyre"), "tire"),
    (lazy(r"aluminium"), "aluminum"),
    (lazy(r"sulph"), "sulf"),
    (lazy(r"programme"), "program"),
    (lazy(r"^oe(?=\w\w)"), "e"),
    (lazy(r"sceptic"), "skeptic"),
    (lazy(r"dgement"), "dgment"),
    (lazy(r"artefact"), "artifact"),
    (lazy(r"(?<=[aeiou])lment"), "llment"),
    (lazy(r"ageing"), "aging"),
    (lazy(r"plough"), "plow"),
    (lazy(r"\bcosy"), "cozy"),
    (lazy(r"pyjama"), "pajama"),
)


@functools.lru_cache(maxsize=8192)
def american(word: str) -> str:
    for pattern, replacement in _SPELLINGS:
        word = pattern.sub(replacement, word)
    return word


# Seen more often than the list's floor: the rarest entries hold common misspellings
# ("dependancy") as well as rare words.
_FLOOR = 50


@functools.cache
def _english() -> dict[str, int]:
    from spellchecker import SpellChecker

    return dict(SpellChecker(language="en").word_frequency.dictionary)


def english_word(word: str) -> bool:
    """Whether English's word list holds `word` at all, a rare word too."""
    return word in _english()


@functools.cache
def _known() -> frozenset[str]:
    return frozenset(w for w, n in _english().items() if n > _FLOOR)


# Other languages pyspellchecker holds, by the English name a question gives them, cheapest
# to load first.
_LANGUAGES = {
    "spanish": "es",
    "russian": "ru",
    "italian": "it",
    "french": "fr",
    "german": "de",
    "portuguese": "pt",
    "dutch": "nl",
}


def _plain(word: str) -> str:
    """The word without accents, as the grader compares it: "café" is "cafe"."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@functools.cache
def _known_in(language: str) -> frozenset[str]:
    from spellchecker import SpellChecker

    counts = SpellChecker(language=language).word_frequency.dictionary
    return frozenset(_plain(w) for w, n in counts.items() if n > _FLOOR)


def _named(question: str) -> list[str]:
    """The languages a question names: "in Spanish", "the German word"."""
    return [code for name, code in _LANGUAGES.items() if name in question.casefold()]


def _languages(expected: str, question: str) -> list[str]:
    """The languages whose word `expected` may be: those the question names, else (for a
    word English does not hold) the first list that holds it."""
    named = _named(question)
    if named:
        # A list may lack a form of the word ("gracias", "perros": no plurals in Spanish's);
        # a word English does not hold is of the language named all the same.
        return [code for code in named if expected in _known_in(code) or expected not in _english()]
    if expected in _english():
        return []
    return next(([code] for code in _LANGUAGES.values() if expected in _known_in(code)), [])


# Endings of one word's forms, longest first: "evaporat-ing", "evaporat-ion", "bacteri-um".
_ENDINGS = "ations ation ings ing ions ion ies ied ally ly ed es e s y".split()  # noqa: SIM905
# Latin and Greek endings replace one another ("fungus", "fungi"; "medium", "media"); they are
# not added to a word: "august" is not a form of "Augustus".
_REPLACED_ENDINGS = "is us um on a i".split()  # noqa: SIM905


def _strips(word: str, endings: list[str]) -> set[str]:
    return {
        word[: -len(ending)]
        for ending in endings
        if word.endswith(ending) and len(word) - len(ending) >= 4
    }


def _one_root(a: str, b: str) -> bool:
    """Whether two words are one word with other endings."""
    if ({a} | _strips(a, _ENDINGS)) & ({b} | _strips(b, _ENDINGS)):
        return True
    every = _ENDINGS + _REPLACED_ENDINGS
    return bool(_strips(a, every) & _strips(b, every))


def _other_ending(a: str, b: str) -> bool:
    """Whether two words share a stem and end differently: "catalysis" and "catalyst",
    "biology" and "biologist". A misspelling keeps the word's ending ("dependancy",
    "existance"), so a real word this way is another term, however rare."""
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    rest_a, rest_b = a[start:], b[start:]
    return start >= 4 and bool(rest_a) and bool(rest_b) and rest_a[-1] != rest_b[-1]


def another_word(typed: str, expected: str, question: str = "") -> bool:
    """Whether `typed`, a few edits from `expected`, is itself another word: of English, or
    of the language of `expected` ("pero" for "perro" when asked for the Spanish word).

    Words of one root with other endings are one word in another form ("evaporating",
    "evaporation"; "mitochondria", "mitochondrion"), not a slip; "produce" for "product" is
    another word.
    """
    if typed == expected or not typed.isalpha() or american(typed) == american(expected):
        return False
    if another_form(typed, expected, question):
        return True
    if _one_root(typed, expected):
        return False
    if typed in _known() or (_other_ending(typed, expected) and typed in _english()):
        return True
    plain = _plain(typed)
    return any(plain in _known_in(code) for code in _languages(_plain(expected), question))


def another_form(typed: str, expected: str, question: str) -> bool:
    """Whether `typed` is another word of the language the question names, though English
    would read it as `expected` with another ending: "gracia" (grace) is not "gracias"
    (thanks) when asked in Spanish."""
    plain, wanted = _plain(typed), _plain(expected)
    if plain == wanted or not plain.isalpha():
        return False
    named = _named(question)
    return any(plain in _known_in(code) for code in _languages(wanted, question) if code in named)
