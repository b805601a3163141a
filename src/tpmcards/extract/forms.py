"""Sentence forms that state a fact in a shape of their own, each asked for that fact: an
ordered chain ("from A to B to C to D"), a duty of reporting something to someone at some
time, a thing that grows as something else does, and the purpose of a person's act."""

from __future__ import annotations

import re

from ..lazyre import lazy
from ..markup import escape
from ..model import CardKind
from ..smells import MAX_LIST
from .base import Found
from .sentences import upper_first

__all__ = [
    "act_is",
    "base_verb",
    "effect_of_having",
    "grows_as",
    "ordered_steps",
    "partners_of",
    "purpose_of_act",
    "report_duty",
]

# "driving programs, from strategy to execution to delivery to completion"
_STEP = r"\w(?:(?! to )[\w\- ]){0,40}"  # a step never holds " to ": one way to read a chain
_CHAIN = lazy(rf"(?P<act>[^,]{{4,80}}?),? from (?P<chain>{_STEP}(?: to {_STEP}){{2,}})")


def ordered_steps(question: str, answer: str, line: int, index: int) -> Found | None:
    """ "What is X responsible for? Driving programs, from A to B to C to D." -> "Through
    which 4 stages, in order, is X responsible for driving programs?": the chain is the fact,
    recalled item by item."""
    if not question.startswith("What ") or not question.endswith(" for?"):
        return None
    chain = _CHAIN.fullmatch(answer)
    if not chain:
        return None
    steps = [s.strip() for s in chain.group("chain").split(" to ")]
    if not 3 <= len(steps) <= MAX_LIST or any(len(s.split()) > 4 for s in steps):
        return None
    ask = f"Through which {len(steps)} stages, in order, {question[5:-1]} {chain.group('act')}?"
    items = tuple(upper_first(s) for s in steps)
    html = "<ol>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ol>"
    return Found(escape(ask), html, CardKind.LIST, line, frozenset([index]), items)


# "keeping track of and reporting their status to the stakeholders throughout the lifecycle"
_REPORT = lazy(
    r"(?P<verbs>[a-z]+ing(?: [a-z]+ of)?(?: and [a-z]+ing)?) (?P<o>(?:their|its|the) [\w\- ]+?)"
    r" to (?P<whom>(?:the|their|its|all) .+?) (?P<when>(?:throughout|during|over|across|at|"
    r"before|after) .+)"
)
_OWNER_QUESTION = lazy(
    r"What (?P<be>is|are) (?P<s>.+?) (?:(?:also|primarily|mainly|mostly|usually) )?"
    r"responsible for\?"
)


def report_duty(question: str, head: str, tail: str) -> tuple[str, str] | None:
    """ "What is X responsible for? ... while reporting their status to the stakeholders
    throughout the lifecycle" -> "What does X report to the stakeholders, and when?" ->
    "The program status, throughout the lifecycle.": what, to whom and when, asked apart."""
    duty, owner = _REPORT.fullmatch(tail), _OWNER_QUESTION.fullmatch(question)
    if not duty or not owner:
        return None
    verbs = re.sub(r"\b[a-z]+ing\b", lambda m: base_verb(m.group(0)), duty.group("verbs"))
    does = "do" if owner.group("be") == "are" else "does"
    thing = duty.group("o")
    # "their status" after "driving programs": the programs' status.
    whose = head.split()[-1] if head.split() else ""
    if thing.startswith("their ") and whose.endswith("s") and not whose.endswith("ss"):
        thing = f"the {whose[:-1]} {thing[len('their ') :]}"
    ask = f"What {does} {owner.group('s')} {verbs} to {duty.group('whom')}, and when?"
    return ask, f"{upper_first(thing)}, {duty.group('when')}"


_IRREGULAR = {"left": "leave", "chose": "choose", "took": "take", "began": "begin",
              "made": "make", "went": "go", "became": "become", "got": "get"}  # fmt: skip


def base_verb(verb: str) -> str:
    """The plain form of a verb's -ing, -s or -ed form: "keeping" -> "keep", "changed" ->
    "change", "coordinates" -> "coordinate" (a heuristic for the verbs prose cards ask)."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    for end in ("ing", "ed"):
        if verb.endswith(end) and len(verb) > len(end) + 2:
            stem = verb[: -len(end)]
            if stem[-1] == stem[-2] and stem[-1] not in "lsz":
                return stem[:-1]  # "setting" -> "set"
            vowels = re.findall(r"[aeiou]+", stem)
            if (len(vowels) == 1 and re.search(r"[^aeiou][aeiou][^aeiouwxy]$", stem)) or (
                re.search(r"(?:[^aeiou]g|at|iz|c|v|us)$", stem)
            ):
                return stem + "e"  # "making" -> "make", "changed" -> "change"
            return stem
    if verb.endswith("sses") or verb.endswith(("ches", "shes", "xes")):
        return verb[:-2]
    if verb.endswith("s") and not verb.endswith("ss"):
        return verb[:-1]
    return verb


# "As companies grow, the need for X is growing fast as well."
_GROWS = lazy(
    r"(?P<as>As [^,]{5,60}), (?P<np>the [^,]{5,100}?) (?P<be>is|are) (?P<pred>[a-z]+ing\b[^,]*?)"
    r"(?: as well| too)?"
)


def _asked(ask: str, answer: str, line: int, index: int) -> Found:
    """The card of one sentence's form: its question, and the fact as a sentence."""
    return Found(escape(ask), f"<p>{escape(answer)}.</p>", CardKind.BASIC, line, frozenset([index]))


def grows_as(sentence: str, line: int, index: int) -> Found | None:
    """ "As A, the need for B is growing fast." -> "As A, what is growing fast?" -> "The need
    for B.": a hidden predicate is given away by the clause beside it, the thing is not."""
    found = _GROWS.fullmatch(sentence.rstrip("."))
    if not found:
        return None
    ask = f"{found.group('as')}, what {found.group('be')} {found.group('pred')}?"
    return _asked(ask, upper_first(found.group("np")), line, index)


# "In her career Ann Lee simply changed her title to match what she does."
_PURPOSE = lazy(
    r"(?:(?:In|At|During|After|Later in) [^,]{3,40}?,? )?(?P<s>[A-Z][a-z]+ [A-Z][a-z]+) "
    r"(?:(?:simply|eventually|finally|then|later) )*(?P<verb>changed|moved|switched|left|joined|"
    r"chose|took|started|became) (?P<o>(?:her|his|their|the|a|an) [^,]{2,40}?) "
    r"(?P<why>to (?!a |an |the |her |his |their )[a-z]+ .{6,})"
)


def purpose_of_act(sentence: str, line: int, index: int) -> Found | None:
    """ "Ann Lee changed her title to match what she does." -> "Why did Ann Lee change her
    title?" -> "To match what she does.": the purpose is the fact, not the word after it."""
    found = _PURPOSE.fullmatch(sentence.rstrip("."))
    if not found:
        return None
    ask = f"Why did {found.group('s')} {base_verb(found.group('verb'))} {found.group('o')}?"
    return _asked(ask, upper_first(found.group("why")), line, index)


# "Keeping every log in order can be a real challenge that new keepers meet."
_ACT_IS = lazy(
    r"(?P<a>[A-Z][a-z]+ing\b[^,]{3,80}?) (?P<be>can be|is|may be|will be|could be) "
    r"(?P<n>(?:a|an) [^,]{3,100})"
)


def act_is(sentence: str, line: int, index: int) -> Found | None:
    """ "Keeping every log in order can be a real challenge." -> "What can be a real
    challenge?" -> "Keeping every log in order.": the act is the fact, not a word of it."""
    found = _ACT_IS.fullmatch(sentence.rstrip("."))
    if not found:
        return None
    ask = f"What {found.group('be')} {found.group('n')}?"
    return _asked(ask, found.group("a"), line, index)


# "Having solid skills will make a keeper a calm leader to the crews."
_HAVING = lazy(
    r"(?P<a>Having [^,]{3,60}?) will make (?P<who>an? [\w\-]+) (?P<what>an? [^,]{3,60}?) "
    r"(?P<to>(?:to|for|of) [^,]{3,80})"
)


def effect_of_having(sentence: str, line: int, index: int) -> Found | None:
    """ "Having X will make a keeper a calm leader to the crews." -> "What kind of leader will
    having X make a keeper to the crews?" -> "A calm leader.": the effect is the fact."""
    found = _HAVING.fullmatch(sentence.rstrip("."))
    if not found:
        return None
    having = found.group("a")[0].lower() + found.group("a")[1:]
    kind = found.group("what").split()[-1]
    ask = f"What kind of {kind} will {having} make {found.group('who')} {found.group('to')}?"
    return _asked(ask, upper_first(found.group("what")), line, index)


# "Ann Lee was partnering with her engineering teams, product managers, making ..."
_PARTNERING = lazy(
    r"(?P<s>[A-Z][a-z]+ [A-Z][a-z]+) (?:was|were) (?:partnering|working|collaborating) with "
    r"(?P<a>.{8,})"
)
_TEAM = lazy(
    r"\b(?:teams?|groups?|managers?|engineers?|leads?|directors?|owners?|vendors?|"
    r"departments?|support|staff|executives?|designers?|developers?|analysts?)$"
)


def partners_of(sentence: str, line: int, index: int) -> Found | None:
    """ "Ann Lee was partnering with her engineering teams, product managers, making
    releases, partnering with support" -> "Which 3 groups was Ann Lee partnering with?": the
    groups named, not the acts listed between them."""
    found = _PARTNERING.fullmatch(sentence.rstrip("."))
    if not found:
        return None
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", found.group("a"))
    groups = []
    for part in parts:
        part = re.sub(r"^(?:partnering|working|collaborating) with ", "", part.strip())
        if _TEAM.search(part) and not re.match(r"[a-z]+ing\b", part):
            groups.append(upper_first(part))
    if not 2 <= len(groups) <= MAX_LIST:
        return None
    ask = f"Which {len(groups)} groups was {found.group('s')} partnering with?"
    html = "<ul>" + "".join(f"<li>{escape(g)}</li>" for g in groups) + "</ul>"
    return Found(escape(ask), html, CardKind.LIST, line, frozenset([index]), tuple(groups))
