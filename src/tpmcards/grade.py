"""Grading a typed answer: a verdict a learner can trust, and the rating it suggests. Pure.

An answer is compared word by word with each form the expected answer may take (the whole
answer, its key term, the term in brackets, the part before the comma, each alternative).
A typed word matches an expected word when they are the same up to a typo allowed by the
word's length. Some differences no typo tolerance may forgive, checked as an ordered tuple
of rules: a different number, a flipped negation, an antonym, a different key term.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .answers import alternatives, is_number, key_words, program_of, word_match, words
from .askedforms import asked_forms, initials_of
from .conflicts import RULES, Compared
from .lazyre import lazy
from .lexicon import NUMBER_CHANGERS, roots, stem
from .numerals import MONTHS
from .spelling import another_form, another_word
from .typedforms import (
    comparative_as_written,
    copula_as_written,
    joined,
    negated_as_written,
    spelled_out,
    structure_as_written,
)
from .units import in_units_of, unit, unit_implied, units_after_numbers
from .verdict import AGAIN, EASY, GOOD, HARD, RATING_OF, Grade, Verdict

__all__ = [
    "AGAIN",
    "EASY",
    "GOOD",
    "HARD",
    "RATING_OF",
    "Grade",
    "Verdict",
    "accepts",
    "char_diff",
    "grade_answer",
]

# --- one answer ------------------------------------------------------------------------------


def _compare(
    typed: Sequence[str],
    form: str,
    given: frozenset[str],
    accents: bool,
    question: str = "",
    rest: Sequence[str] = (),
) -> Compared | None:
    form_words = words(form, accents)
    as_joined = joined(typed, form_words)
    typed = in_units_of(spelled_out(as_joined, form_words, given), form_words)
    typed = structure_as_written(negated_as_written(typed, form_words), form_words)
    typed = copula_as_written(comparative_as_written(typed, form_words), form_words)
    form_words = joined(form_words, typed)
    if unit_implied(form_words, question):
        # Asked for an amount, its unit goes without saying: "100" for "100 °C".
        degrees = {w for w in units_after_numbers(typed) if unit(w) == "degree"}
        given = given | units_after_numbers(form_words) | degrees
    all_keys = key_words(form_words)
    # The question's words in any form: "tuples" by "Is a tuple mutable?", "fell" by "fall".
    given = frozenset(r for g in given for r in roots(g))
    keys = [k for k in all_keys if not roots(k) & given] or all_keys or list(form_words)
    if not keys:
        return None
    if all_keys:
        typed_keys = [t for t in key_words(typed) if not roots(t) & given] or key_words(typed)
    else:  # an answer of stopwords only ("were") is matched word for word
        typed_keys = list(typed)
    unused = list(range(len(typed_keys)))
    matched = typos = 0
    slips: list[str] = []  # typos that made another word: "sliver" for "silver"
    for key in keys:
        best: tuple[int, int] | None = None
        for n in unused:
            distance = word_match(typed_keys[n], key, accents)
            if distance is not None and (best is None or distance < best[0]):
                best = (distance, n)
        if best is not None:
            matched += 1
            typos += best[0]
            unused.remove(best[1])
            slip = typed_keys[best[1]]
            if (another_word if best[0] else another_form)(slip, key, question):
                slips.append(slip)
    # Words the rest of the answer holds are not more than a head phrase asks: "a covalent
    # bond where electrons are shared" for "A covalent bond (a shared electron pair)".
    known = [*form_words, *rest]
    expected_stems = {stem(w) for w in known}
    extra = tuple(
        typed_keys[n]
        for n in unused
        if stem(typed_keys[n]) not in expected_stems
        and not any(word_match(typed_keys[n], w, accents) is not None for w in known)
    )
    return Compared(
        form,
        tuple(keys),
        matched,
        typos,
        extra,
        tuple(typed),
        tuple(form_words),
        tuple(slips),
        verbatim=as_joined == form_words,
    )


RIGHT_COVERAGE = 0.85
LONG_ANSWER = 6  # key words: a longer answer is recalled in substance, not word for word
LONG_RIGHT_COVERAGE = 0.75
NEAR_COVERAGE = 0.5


def _judge(c: Compared) -> tuple[Verdict, str]:
    if c.coverage >= NEAR_COVERAGE:
        for rule in RULES:
            problem = rule(c)
            if problem:
                return Verdict.WRONG, problem
    enough = RIGHT_COVERAGE if len(c.keys) < LONG_ANSWER else LONG_RIGHT_COVERAGE
    if c.coverage >= enough and not (len(c.keys) <= 4 and c.extra):
        if c.coverage == 1 and c.verbatim:
            return Verdict.RIGHT, "exact"
        if c.slips:  # "pluto" for "Plato": maybe a slip, maybe the wrong thing
            return Verdict.NEAR, f"near miss: {', '.join(c.slips)} is another word"
        return Verdict.RIGHT, "close enough" if c.typos else "right"
    if c.coverage >= enough and _number_in_context(c):
        return Verdict.RIGHT, "right, and more"
    if c.coverage >= enough:  # all there, and more: "Paris, France" for "Paris"
        return Verdict.NEAR, f"near miss: more than the answer ({', '.join(c.extra)})"
    if c.coverage >= NEAR_COVERAGE:
        return Verdict.NEAR, f"near miss: {c.matched} of {len(c.keys)} key words"
    if all(is_number(k) for k in c.keys) and any(is_number(w) for w in c.typed_words):
        return Verdict.WRONG, "a different number"  # "1954" for "1945", "4/3" for "3/4"
    return Verdict.WRONG, "not it"


def _number_in_context(c: Compared) -> bool:
    """Whether a number asked for is typed with words around it that name no other amount:
    "in 1789 with the storming of the bastille" for "1789"; not "1789 or 1790", "8 kb",
    "july 1776" for "1776" of "July 4, 1776", "6 dozen" or "44 bc"."""
    changed = set(c.typed_words) - set(c.form_words)
    return (
        all(is_number(k) for k in c.keys)
        and not any(is_number(w) or unit(w) or w in MONTHS for w in c.extra)
        and not changed & NUMBER_CHANGERS
    )


def _another_number(head: Grade, rest: str) -> bool:
    """Whether a number answered is followed by another one: "1666 when ... 1667"."""
    keys = key_words(words(head.closest))
    return bool(keys) and all(is_number(k) for k in keys) and any(map(is_number, words(rest)))


_ORDER = {Verdict.RIGHT: 0, Verdict.NEAR: 1, Verdict.PARTLY: 1, Verdict.WRONG: 2}


# What follows a head phrase in its answer: "Layer 3, ...", "A covalent bond (...)".
_AFTER_HEAD = lazy(r"\s*(?:[,:;]|\s[-–—]\s|\s\(|\s(?:who|which|that)\b)", re.I)


def _is_head(form: str, answer: str) -> bool:
    """Whether a form is the phrase an answer opens with, before its qualifier."""
    text = answer.strip()
    return form != text and text.startswith(form) and bool(_AFTER_HEAD.match(text[len(form) :]))


def _initials(
    said: Sequence[str], form: str, given: frozenset[str], capitals: bool
) -> Grade | None:
    """Right when typed as the initials of the form ("HTTP" for "Hypertext Transfer
    Protocol") or spelled out for initials ("magnetic resonance imaging" for "MRI"), unless
    the question gives the initials."""
    tokens = words(form)
    if len(tokens) == 1:  # a word in camel case has initials too: "JS" for "JavaScript"
        tokens = [part.casefold() for part in re.findall(r"[A-Z][a-z]+", form)] or tokens
    alone = len(said) == 1 and said[0] not in given
    if alone and 2 <= len(tokens) <= 6 and initials_of(said[0], tokens, capitals):
        return Grade(Verdict.RIGHT, "right: its initials", form)
    # Spelled out, each key word gives a letter: "the product manager" is not "TPM".
    spelled = key_words(said)
    acronym = len(tokens) == 1 and form.isupper() and tokens[0] not in given
    if acronym and 2 <= len(spelled) <= 6 and initials_of(tokens[0], spelled, capitals=True):
        return Grade(Verdict.RIGHT, "right: spelled out", form)
    return None


# A typed term and what explains it: after a comma, bracket, colon or dash, a clause that
# says why or what ("because", "which", "named after", "not DHCP", "rather than UDP"); not
# a second guess ("or the nucleus") nor a list ("the nucleus, the ribosome").
_EXPLAINED = lazy(
    r"^\s*(?P<head>[^,;:(]+?)\s*(?:[,;:(]\s*|\s[-–—]\s*|"
    r"\s+(?=(?:because|since|which|who|rather\s+than|instead\s+of|not)\b))"
    r"(?=(?:because|since|as|which|who|that|where|when|while|in|at|during|so|meaning|named|"
    r"called|i\.?e|e\.?g|not|it|"
    r"they|its|their|this|rather\s+than|instead\s+of|\w{3,}ed)\b)",
    re.I,
)
# A term and when it was, unmarked by a comma: "michelangelo during the high renaissance".
# Not "with": a second name may share the answer ("bell with watson").
_WHEN = lazy(r"^\s*(?P<head>[^,;:(]+?)\s+(?=(?:when|while|during)\b)", re.I)
_OR_PAIR = lazy(r"(\w+\s+or\s+\w+)", re.I)


def grade_answer(
    expected: Sequence[str], typed: str, given: str = "", accents: bool = False
) -> Grade:
    """Grade one typed answer against the forms of `expected`; `given` is the question."""
    said = words(typed, accents)
    # The two sides of "dynamically or statically?" are the choice asked, not given words.
    offered = set(words(" ".join(_OR_PAIR.findall(given)), accents))
    given_words = frozenset(key_words(words(given, accents))) - offered
    first = expected[0] if expected else ""
    if not said:
        return Grade(Verdict.WRONG, "no answer", first)
    for answer in expected:
        if said == words(answer, accents):
            # The answer itself, word for word: no rule of amounts or terms may overrule it
            # ("5 kW:2 W" read as two powers once made itself "a different number").
            return Grade(Verdict.RIGHT, "exact", answer)
    best: tuple[tuple[int, float, bool, int], Grade] | None = None
    veto: Grade | None = None
    initials: Grade | None = None  # "HTTP" for "Hypertext Transfer Protocol"
    for answer in expected:
        # The program of a command goes without saying: "rebase" for "git rebase".
        program = program_of(answer.strip())
        held = given_words | {program} if program else given_words
        forms = alternatives(answer)
        forms += [f for form in forms for f in asked_forms(form, given) if f not in forms]
        for n, form in enumerate(forms):
            if initials is None:
                initials = _initials(said, form, given_words, typed.strip().isupper())
            rest = words(answer, accents) if _is_head(form, answer) else []
            compared = _compare(said, form, held, accents, given, rest)
            if compared is None:
                continue
            verdict, note = _judge(compared)
            if verdict is Verdict.WRONG and note != "not it" and veto is None:
                veto = Grade(verdict, note, form)
            rank = (_ORDER[verdict], -compared.coverage, note != "exact", n)
            if best is None or rank < best[0]:
                best = (rank, Grade(verdict, note, form))
    if best is None:
        return Grade(Verdict.WRONG, "not it", first)
    grade = best[1]
    if initials is not None and grade.verdict is not Verdict.RIGHT:
        return initials
    # A conflict (a number, a negation, an antonym, another term) with any form of the answer
    # outweighs a near miss on a shorter one: "a different result" is not "an operation".
    if veto is not None and grade.verdict is not Verdict.RIGHT:
        grade = veto
    explained = (
        _EXPLAINED.match(typed) or _WHEN.match(typed)
        if grade.verdict is not Verdict.RIGHT
        else None
    )
    if explained:  # "DNS, because it maps names": the term is right, the rest explains it
        head = grade_answer(expected, explained.group("head"), given, accents)
        # Unmarked by a comma, a year after the term may be part of the answer: "1666 when it
        # burned until 1667" stays a different number, as "1666, because ... 1665" stays right.
        unmarked = explained.re.pattern == _WHEN.pattern and _another_number(
            head, typed[explained.end() :]
        )
        if head.verdict is Verdict.RIGHT and not unmarked:
            return Grade(Verdict.RIGHT, f"{head.note}, and more", head.closest)
        # "The joule, which is a newton times a metre": the term named first is the answer.
        if head.verdict is Verdict.WRONG and key_words(words(explained.group("head"))):
            return head
    if accents and grade.verdict is not Verdict.RIGHT:
        lenient = grade_answer(expected, typed, given, accents=False)
        if lenient.verdict is Verdict.RIGHT:
            return Grade(Verdict.WRONG, "the accents differ", lenient.closest)
    return grade


def accepts(expected: str, typed: str, given: str = "") -> bool:
    """Whether the grader would take `typed` (or count it a near miss) for `expected`."""
    return grade_answer([expected], typed, given).verdict in {Verdict.RIGHT, Verdict.NEAR}


# --- the diff ------------------------------------------------------------------------------


def char_diff(typed: str, expected: str) -> tuple[tuple[str, str], ...]:
    """A character-level diff, as Anki shows a typed answer: runs of (op, text).

    "=" in both, "-" typed only, "+" expected only; letters compare without case.
    """
    import difflib

    matcher = difflib.SequenceMatcher(a=typed.casefold(), b=expected.casefold(), autojunk=False)
    out: list[tuple[str, str]] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            out.append(("=", expected[b1:b2]))
            continue
        if a2 > a1:
            out.append(("-", typed[a1:a2]))
        if b2 > b1:
            out.append(("+", expected[b1:b2]))
    return tuple(out)
