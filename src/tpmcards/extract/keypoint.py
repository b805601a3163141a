"""One key sentence of prose -> one card: the patterns that state a key point (a definition,
a responsibility, a need, who works with whom, a reason) and the question each asks, with
the qualifiers kept and a short set of three or four counted."""

from __future__ import annotations

import re
from dataclasses import replace

from ..lazyre import lazy
from ..markup import escape, to_text
from ..model import CardKind
from ..smells import MAX_CLOZE_WORDS
from .base import Found
from .counted import PEOPLE, counted_list
from .cues import clause_in_cue, owner_in_cue
from .forms import (
    act_is,
    base_verb,
    effect_of_having,
    grows_as,
    ordered_steps,
    partners_of,
    purpose_of_act,
    report_duty,
)
from .sentences import (
    CLAUSE_END,
    DETERMINERS,
    lower_ok,
    specific_action,
    specific_need,
    upper_first,
)

__all__ = [
    "KEY_SENTENCES",
    "MIN_KEY_WORDS",
    "PRONOUNS",
    "is_prose",
    "key_point",
    "repeats_cue",
    "second_duty",
    "unnamed_subject",
]

# Sentences that state a key point: (pattern, question template). `{s}` is the subject.
_DET = r"(?:A|An|The|Every|Each|Most|All|Many|Some|Successful|Aspiring|Good|Typical)"
_SUBJECT = rf"(?P<s>(?:{_DET}\s)?(?:[A-Z][\w'’()\-]*|TPMs?)(?:\s[\w'’()\-]+){{0,5}}?)"
_MODAL = r"(?P<q>(?:(?:also|often|usually|mainly|mostly|primarily|typically|generally|always|may|"
_MODAL += r"can|will|must|should|need to|needs to|have to|has to|tend to|tends to)\s)*)"
KEY_SENTENCES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        lazy(
            _SUBJECT + r" (?:is|are) (?P<q>(?:also |primarily |mainly |mostly |usually )?)"
            r"(?:responsible|accountable|liable|in charge) (?:for|of) (?P<a>.+)"
        ),
        "What {is} {s} {q}responsible for?",
    ),
    (
        lazy(
            _SUBJECT + r" (?:is|are) (?P<q>(?:also |primarily |mainly |mostly |usually |often |"
            r"commonly )?)(?P<cv>charged|tasked) with (?P<a>.+)"
        ),
        "What {is} {s} {q}{cv} with?",
    ),
    (
        lazy(
            _SUBJECT + " " + _MODAL + r"(?P<cv>coordinates?|aligns?|agrees?|plans?|reviews?|"
            r"shares?|discuss(?:es)?|sets?) (?P<o>(?:a|an|the|their|its)\b[^,]+?) with "
            r"(?P<a>(?:the|their|its|a|an) .+)"
        ),
        "With whom {does} {s} {q}{cv} {o}?",
    ),
    (
        lazy(
            _SUBJECT + " " + _MODAL + r"(?:works?|functions?|collaborates?|partners?|deals?|"
            r"interacts?|teams? up)(?: closely| mainly| mostly| thoroughly| directly| together)?"
            r" (?:with|alongside|along with|together with) (?P<a>.+)"
        ),
        "{who} {does} {s} {q}work with?",
    ),
    (
        lazy(
            _SUBJECT + " " + _MODAL + r"(?:calls? for|requires?|needs?) the (?:aid|help|support|"
            r"assistance) of (?P<a>.+)"
        ),
        "Whose help {does} {s} {q}need?",
    ),
    (
        lazy(
            _SUBJECT + r" (?:also |always |first )?(?:needs? to have|ha(?:s|ve) to have|"
            r"must have|should have|must possess|needs?|requires?) (?P<a>.+)"
        ),
        "What {does} {s} need?",
    ),
    (
        lazy(
            _SUBJECT + r" (?:must|should|ought to) (?:always |also |first )?(?P<a>(?!be able)"
            r"(?:be|get|learn|build|keep|know|understand|gain|develop|make|set|lead) .+)"
        ),
        "What should {s} do?",
    ),
    (
        lazy(
            r"(?P<s>[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*) \([A-Z][^()]{3,60}\) "
            r"(?P<v>(?!is |are |has )[a-z]{3,}s) (?P<a>.+)"
        ),
        "What does {s} do?",
    ),
    (
        lazy(
            r"(?P<s>(?:A|An|The) [\w'’()\- ]{2,50}?) (?:is|are) (?:defined as |known as )?"
            r"(?P<a>(?:a|an|the|one) .+)"
        ),
        "What {is} {s}?",
    ),
    (
        # "The main duty of a keeper is lighting the lamp": what the duty of whom is.
        lazy(
            r"(?P<s>The [\w'’\- ]{2,40}? of (?:a|an|the|every) [\w'’()\- ]{2,40}?) (?:is|are) "
            r"(?P<a>[a-z]{3,}ing\b.+)"
        ),
        "What {is} {s}?",
    ),
)
# Words that show a match began mid-clause ("Given the size and needs of a team, ...").
_NOT_IN_SUBJECT = {
    "on", "and", "or", "if", "when", "while", "as", "that", "which", "because", "since", "in",
    "at", "by", "for", "to", "from", "with", "depending", "than", "but", "so",
}  # fmt: skip
_NEGATIONS = {"not", "never", "no", "don't", "doesn't", "cannot", "can't", "won't"}
PRONOUNS = {"it", "they", "this", "that", "these", "those", "he", "she", "we", "you", "i", "there"}
_LEADING_ADVERB = lazy(r"^(?:[A-Z]\w+(?: \w+)?|In short|Above all),\s+(?=[A-Z])")
_REASON = lazy(
    r"^(?P<head>.{12,}?)(?P<mark>,? (?:because|since|so that|, so)) (?P<why>.{8,})$"
)
# "Given the fact that programs are made of projects TPMs depend on project managers."
_GIVEN = lazy(
    r"^(?:Given (?:the fact )?that|Because|Since) (?P<why>.{8,}?),? "
    r"(?P<head>(?:[A-Z]{2,}s?|[A-Z][a-z]+ [A-Z]{2,}s?)\b.{8,})$"
)
MIN_KEY_WORDS = 6


def key_point(sentence: str, line: int, index: int) -> Found | None:
    """The card a key sentence gives, asked with the qualifier it opens with."""
    depending = _DEPENDING.match(sentence)
    found = _key_point(sentence[depending.end() :] if depending else sentence, line, index)
    if not depending or found is None or found.kind is CardKind.CLOZE:
        return found
    # "Depending on the program, X may work with ...": the card is false without it.
    question = f"{escape(depending.group(0))}{found.question[0].lower()}{found.question[1:]}"
    return replace(found, question=question)


_DEPENDING = lazy(r"^Depending on [^,]{3,60}, (?=[A-Z])")
_DOING = lazy(r"(?P<v>[a-z]{3,}ing) (?P<o>(?:every|each|all|the|a|an) .{12,})")


def _key_point(sentence: str, line: int, index: int) -> Found | None:
    # "Primarily, TPMs work with ...": the adverb is a qualifier the card must keep.
    leading = _LEADING_ADVERB.match(sentence)
    kept = leading.group(0).rstrip(", ").lower() if leading else ""
    sentence = _LEADING_ADVERB.sub("", sentence)
    for pattern, template in KEY_SENTENCES:
        match = pattern.fullmatch(sentence.rstrip("."))
        if not match or match.group("s").strip().lower() in PRONOUNS:
            continue
        subject = match.group("s").strip()
        if subject in DETERMINERS:
            continue  # "The need for X is ...": "The" alone is no subject
        lowered = set(subject.lower().split())
        if lowered & (_NOT_IN_SUBJECT | _NEGATIONS | PRONOUNS | _FILLERS):
            continue
        # "You do not need to save": a pronoun, or a negation, is no subject to ask about.
        if subject.split()[0].lower() in PRONOUNS:
            continue
        words = subject.split()
        # "The office", "Program leads", "Aspiring TPMs" read lower-case mid-question;
        # "Liana Gervorgyan", "TPMs" and "VP of Engineering" do not.
        common = [w for w in words if sum(c.isupper() for c in w) < 2]
        if sum(c.isupper() for c in words[0]) < 2 and (
            words[0] in DETERMINERS
            or any(w[0].islower() for w in common[1:])
            or (len(words) > 1 and common == words[:1])
        ):
            subject = subject[0].lower() + subject[1:]
        plural = (subject.endswith("s") and not subject.endswith("ss")) or subject.startswith(
            ("all ", "many ", "most ")
        )
        groups = match.groupdict()
        answer = match.group("a").strip().rstrip(".")
        qualifiers = [w for w in (groups.get("q") or "").split() if w in _QUALIFIERS]
        if kept in _QUALIFIERS:
            qualifiers.insert(0, kept)
        does = "do" if plural else "does"
        if "may" in qualifiers:
            does, qualifiers = "may", [w for w in qualifiers if w != "may"]
        question = template.format(
            s=subject,
            q="".join(f"{w} " for w in qualifiers),
            who="Who" if PEOPLE.search(" ".join(answer.split()[:8])) else "What",
            cv=base_verb(groups.get("cv") or "") if groups.get("o") else groups.get("cv"),
            o=groups.get("o") or "",
            **{"is": "are" if plural else "is", "does": does},
        )
        if groups.get("v"):
            answer = f"{groups['v']} {answer}"
        clause = CLAUSE_END.search(answer)
        if template.startswith("What {does} {s} need"):
            question, answer = specific_need(question, answer)
        elif template == "What should {s} do?":
            question, answer = specific_action(question, answer)
        if _VAGUE.search(question):
            return None  # "What do TPMs need to be?" has a hundred answers: a cloze asks better
        shorter = CLAUSE_END.sub("", answer)
        answer = shorter if len(shorter.split()) >= 2 else answer
        question, answer = owner_in_cue(question, answer)
        doing = _DOING.fullmatch(answer)
        if doing and question.endswith("charged with?"):
            # "What are X charged with? Overseeing every stage, from A to B": the act asked,
            # so the cue is not answered by X's other duties.
            question, answer = f"{question[:-1]} {doing.group('v')}?", doing.group("o")
        listed = ordered_steps(question, answer, line, index) or counted_list(
            question, answer, line, index
        )
        if clause and len(shorter.split()) >= 2 and not question.endswith("responsible for?"):
            # "... to prepare for the role": the purpose the answer no longer says is asked
            # (a second duty after "while" is a card of its own).
            cue = clause.group(0)
            question = clause_in_cue(question, cue)
            if listed is not None:
                asked = escape(clause_in_cue(to_text(listed.question), cue))
                listed = replace(listed, question=asked)
        if listed is not None:
            return listed
        return Found(
            escape(question),
            f"<p>{escape(answer[0].upper() + answer[1:])}.</p>",
            CardKind.BASIC,
            line,
            frozenset([index]),
        )
    form = (
        grows_as(sentence, line, index)
        or purpose_of_act(sentence, line, index)
        or act_is(sentence, line, index)
        or effect_of_having(sentence, line, index)
        or partners_of(sentence, line, index)
    )
    if form is not None:
        return form
    given = _GIVEN.match(sentence.rstrip("."))
    if given:
        head = CLAUSE_END.sub("", given.group("head"))
        why = given.group("why").rstrip(",")
        return Found(escape(f"Why is it that {head}?"), f"<p>{escape(upper_first(why))}.</p>",
                     CardKind.BASIC, line, frozenset([index]))  # fmt: skip
    reason = _REASON.match(sentence.rstrip("."))
    if reason and reason.group("mark").strip(", ") in {"because", "since", "so that"}:
        head, why = reason.group("head"), reason.group("why")
        if unnamed_subject(head):
            return None
        if len(why.split()) <= MAX_CLOZE_WORDS:
            text = f"{escape(head)}{escape(reason.group('mark'))} " + "{{c1::" + escape(why)
            return Found(text + "}}.", "", CardKind.CLOZE, line, frozenset([index]))
        # A reason is too long to hide in one short deletion: ask for it.
        question = f"Why is it that {head[0].lower() + head[1:] if lower_ok(head) else head}?"
        answer = f"<p>{escape(why[0].upper() + why[1:])}.</p>"
        return Found(escape(question), answer, CardKind.BASIC, line, frozenset([index]))
    return None


# Questions with a hundred right answers: what X needs to be or keep, what X should be,
# what (not who) X works with.
_VAGUE = lazy(
    r"(?:need|needs) to (?:be|keep)\?$|^What should [^?]+ be\?$"
    r"|^What (?:do|does) [^?]+ work with\?$"
)


def repeats_cue(found: Found) -> bool:
    """Whether a short answer only says the question again ("Strong leadership.")."""
    if found.kind is not CardKind.BASIC:
        return False
    asked = set(re.findall(r"[a-z]+", to_text(found.question).lower()))
    said = re.findall(r"[a-z]+", to_text(found.answer).lower())
    new = [w for w in said if w not in asked]
    return 0 < len(said) <= 3 and len(new) <= 1 and len(new) < len(said)


_WHILE = lazy(r" while (?:also )?(?P<tail>[a-z]+ing\b.{8,})$")


def second_duty(sentence: str, found: Found) -> Found | None:
    """ "X is responsible for A while tracking B": A is one card, tracking B a second one."""
    tail = _WHILE.search(sentence.rstrip("."))
    question = to_text(found.question)
    steps = _STEPS_ASKED.fullmatch(question)
    if steps:  # "Through which 4 stages, in order, is X responsible for driving programs?"
        question, head = f"What {steps.group('q')}?", steps.group("head")
    else:
        # "Besides driving programs, from A to B to C, ...": the first clause names the duty.
        head = to_text(found.answer).rstrip(".").split(", ")[0]
    if not tail or found.kind is CardKind.CLOZE or not question.endswith("responsible for?"):
        return None
    head = head[0].lower() + head[1:] if lower_ok(head) else head
    text = tail.group("tail")
    reported = report_duty(question, head, text)
    if reported:
        ask, text = reported
    else:
        ask = f"Besides {head}, {question[0].lower()}{question[1:]}"
    answer = f"<p>{escape(text[0].upper() + text[1:])}.</p>"
    return Found(escape(ask), answer, CardKind.BASIC, found.line, found.used)


_STEPS_ASKED = lazy(
    r"Through which \d+ stages, in order, (?P<q>.+ responsible for) (?P<head>.+)\?"
)


_QUALIFIERS = {"mainly", "primarily", "mostly", "usually", "often", "typically", "generally",
               "commonly", "may"}  # fmt: skip
_FILLERS = {"thus", "therefore", "hence", "however", "then", "still", "yet", "so", "also"}


def unnamed_subject(text: str) -> bool:
    """Whether a clause starts with a pronoun that names nothing on its own."""
    first = text.split()[0].lower().strip(",") if text.split() else ""
    return first in PRONOUNS or first.split("'")[0].split("’")[0] in PRONOUNS


def is_prose(sentence: str) -> bool:
    """A full declarative sentence: long enough, ending in a full stop, not a title line."""
    return (
        len(sentence.split()) >= MIN_KEY_WORDS
        and sentence.endswith(".")
        and not sentence.endswith("...")
    )
