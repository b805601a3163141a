"""A typed answer's words put the way one form of the expected answer writes them: words
typed apart that the form joins ("data base"), initials the form spells out ("bpm"), and a
negation said the other way ("not stable" for "unstable"), a comparative in two words
("more slowly" for "slower"), a common noun of structure before "of" ("a sequence of tasks" for
"a chain of tasks"). Pure."""

from __future__ import annotations

from collections.abc import Sequence

from .answers import adverb_of
from .askedforms import initials_of
from .lexicon import NEGATIONS, STOPWORDS, compares, negation_of, one_word


def spelled_out(
    typed: Sequence[str], form: Sequence[str], given: frozenset[str] = frozenset()
) -> list[str]:
    """Typed initials as the words of the answer they stand for: "60-100 bpm" is "60 to 100
    beats per minute". Not initials the question gives: "CI" does not answer "What does CI
    stand for?"; nor a negation: "not" is not "no tuples"."""
    out: list[str] = []
    for token in typed:
        run = None
        if (
            token not in form
            and token not in given | NEGATIONS
            and token.isalpha()
            and 2 <= len(token) <= 6
        ):
            run = next(
                (
                    form[i:j]
                    for i in range(len(form))
                    if form[i][:1] == token[0]
                    for j in range(min(len(form), i + len(token) + 2), i + 1, -1)  # longest first
                    if form[i] not in STOPWORDS
                    and form[j - 1] not in STOPWORDS
                    and initials_of(token, form[i:j])
                ),
                None,
            )
        out += run if run else [token]
    return out


def negated_as_written(typed: Sequence[str], form: Sequence[str]) -> list[str]:
    """Typed negations in the form's way: "unstable" is "not stable" where the answer says
    "not stable", "not stable" is "unstable" where it says "unstable", and "does not block"
    is "non-blocking"."""
    out: list[str] = []
    n = 0
    while n < len(typed):
        word = typed[n]
        after = typed[n + 1] if n + 1 < len(typed) else ""
        if word in {"not", "no"} and after:
            negated = next((f for f in form if negation_of(f, after)), "")
            pair = next(
                (
                    form[i : i + 2]
                    for i in range(len(form) - 1)
                    if form[i] == "non" and one_word(form[i + 1], after)
                ),
                None,
            )
            if negated or pair:
                out += [negated] if negated else list(pair or ())
                n += 2
                continue
        split = next(
            (
                form[i : i + 2]
                for i in range(len(form) - 1)
                if form[i] == "not" and negation_of(word, form[i + 1])
            ),
            None,
        )
        out += split if split else [word]
        n += 1
    return out


def joined(tokens: Sequence[str], other: Sequence[str]) -> list[str]:
    """`tokens` with two neighbours joined where `other` has them as one word: "hyper text"
    is "hypertext", "data base" is "database"."""
    whole = set(other)
    out: list[str] = []
    n = 0
    while n < len(tokens):
        if n + 1 < len(tokens) and tokens[n] + tokens[n + 1] in whole:
            out.append(tokens[n] + tokens[n + 1])
            n += 2
        else:
            out.append(tokens[n])
            n += 1
    return out


def comparative_as_written(typed: Sequence[str], form: Sequence[str]) -> list[str]:
    """A comparative typed in two words where the form has one: "more slowly" is "slower",
    "more quickly" "quicker"."""
    out: list[str] = []
    n = 0
    while n < len(typed):
        if typed[n] == "more" and n + 1 < len(typed):
            plain = adverb_of(typed[n + 1])
            endings = {plain + "er", plain + "r", plain[:-1] + "ier", typed[n + 1] + "er"}
            written = next((f for f in form if f in endings), None)
            if written:
                out.append(written)
                n += 2
                continue
        out.append(typed[n])
        n += 1
    return out


_COPULAS = frozenset(["is", "are", "was", "were", "be"])


def copula_as_written(typed: Sequence[str], form: Sequence[str]) -> list[str]:
    """A verb typed where the form says "is" before a comparison: "it runs slower" is "it is
    slower", "prices get higher" is "prices are higher"."""
    out = list(typed)
    for j in range(len(form) - 1):
        if form[j] not in _COPULAS or not compares(form[j + 1]):
            continue
        for i in range(len(out) - 1):
            before = out[i - 1] if i else ""
            if (
                out[i] not in STOPWORDS
                and out[i + 1] == form[j + 1]
                and before == (form[j - 1] if j else "")
            ):
                out[i] = form[j]
    return out


# Nouns that say one thing before "of" in general English: "a sequence of tasks" is "a chain
# of tasks", "a kind of lock" "a type of lock". Before "of" only: a "Markov chain" or a
# "polymerase chain reaction" is a name, and "series" is no "sequence" to a mathematician.
_STRUCTURE_NOUNS = (
    frozenset(["chain", "chains", "sequence", "sequences"]),
    frozenset(["kind", "kinds", "type", "types", "sort", "sorts"]),
    frozenset(["amount", "amounts", "quantity", "quantities"]),
)


def structure_as_written(typed: Sequence[str], form: Sequence[str]) -> list[str]:
    """A noun of structure before "of" typed as the form writes it: "the longest sequence of
    dependent tasks" is "the longest chain of dependent tasks"."""
    written = {
        form[i]: group
        for i in range(len(form) - 1)
        if form[i + 1] == "of"
        for group in _STRUCTURE_NOUNS
        if form[i] in group
    }
    out = list(typed)
    for i in range(len(out) - 1):
        if out[i + 1] != "of" or out[i] in written:
            continue
        out[i] = next((w for w, group in written.items() if out[i] in group), out[i])
    return out
