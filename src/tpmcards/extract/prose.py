"""The key points of prose: where a section has no explicit question, its key sentences
become short-answer cards (one sentence at a time: `keypoint.py`) or cloze cards
(`cloze.py`), made to stand alone and said to be the interviewee's where the section quotes
one."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..lazyre import lazy
from ..markup import escape, to_text
from ..model import BlockKind, CardKind
from .base import Found, Scope, split_sentences
from .cloze import cloze_point
from .keypoint import PRONOUNS, is_prose, key_point, repeats_cue, second_duty, unnamed_subject
from .sentences import DETERMINERS, folded_act, lower_ok, stand_alone, upper_first

# Sentences about the document itself, not its subject.
_ABOUT_DOCUMENT = lazy(
    r"^(?:this|our) (?:guide|page|article|post|section|document|deck)\b|^in this\b|^we\b|"
    r"^below\b|^here\b|^see\b",
    re.I,
)


def key_sentences(scope: Scope) -> Iterator[Found]:
    """Key sentences of prose: definitions, responsibilities, needs, who works with whom and
    reasons become short-answer cards; other sentences naming a key term become cloze cards.

    A sentence that leans on an earlier one ("They need ...", "She's ...") is first made to
    stand alone from the sentences before it; one that cannot be gives no card.
    """
    if scope.lead:
        return
    context: list[str] = []  # the section's sentences so far: what a pronoun may stand for
    asked: set[str] = set()  # a second "What do TPMs need?" asks nothing new: cloze it instead
    speaker: str | None = None  # after "We talked with Ann Lee": the opinions are hers
    for found in _key_points(scope, context, asked):
        speaker = speaker or _interviewee(context)
        if speaker and speaker.split()[-1] not in to_text(found.question + found.answer):
            found = _attributed(found, speaker)
        yield found


def _key_points(scope: Scope, context: list[str], asked: set[str]) -> Iterator[Found]:
    besides = ""  # "Engineering isn't the only team X works with": the next cue says so
    for i, block in scope.blocks():
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        sentences = [part for s in split_sentences(block.text) for part in _clauses(s)]
        if sentences and sentences[-1][-1:].isalnum() and len(sentences[-1].split()) >= 8:
            sentences[-1] += "."  # a scraped paragraph that lost its full stop
        skip = 0
        for n, raw in enumerate(sentences):
            sentence = stand_alone(raw, context)
            context.append(raw)
            if skip:
                skip -= 1
                continue
            if sentence is None:
                continue
            following = sentences[n + 1] if n + 1 < len(sentences) else ""
            if following.startswith("This ") and folded_act(raw, following[len("This ") :]):
                continue  # the next sentence says what this act is: one card, there
            not_only = _NOT_ONLY.match(sentence)
            if not_only:
                besides = not_only.group("n")
                continue
            # "TPMs help teams move fast!" states a fact as a full stop would.
            sentence = sentence[:-1] + "." if sentence.endswith("!") else sentence
            stress = _STRESSED.match(following)
            if stress:
                # "X need to be concise. That's essential.": the card says what is essential,
                # so its cue differs from the other things X need to be.
                sentence = _stressed(sentence, stress.group("w"))
            answer = _prose_answer(sentence, sentences[n + 1 : n + 4])
            if answer:
                question = _LEADING_CONJUNCTION.sub("", sentence)
                question = _FILLER_WORDS.sub("", question[0].upper() + question[1:])
                setting = _SETTING.match(sentences[n + 1]) if not answer[0] else None
                if setting:
                    # "Why X? Well, this is the digital age. Y.": the age is the question's.
                    question = f"{question[:-1]} in {setting.group('np')}?"
                text = _LEADING_CONJUNCTION.sub("", " ".join(answer).strip())
                text = text[0].upper() + text[1:]
                yield Found(escape(question), f"<p>{escape(text)}</p>", CardKind.BASIC,
                            block.line, frozenset([i]))  # fmt: skip
                skip = len(answer)
                continue
            if not is_prose(sentence) or _ABOUT_DOCUMENT.match(sentence):
                continue
            found = key_point(sentence, block.line, i)
            if found is not None and repeats_cue(found):
                # "What kind of leadership? Strong leadership.": no fact to recall; a cloze on
                # what is needed ("strong {{leadership}}") may still teach one.
                found = None
            if (found is None or found.question in asked) and not _PREMISE.match(sentence):
                found = cloze_point(sentence, scope.terms, block.line, i)
            if found is not None:
                asked.add(found.question)
                if besides and found.kind is not CardKind.CLOZE:
                    first = besides if besides.isupper() else besides.lower()
                    found = replace(found, question=f"Besides {escape(first)}, "
                                    f"{found.question[0].lower()}{found.question[1:]}")  # fmt: skip
                besides = ""
                yield found
                also = second_duty(sentence, found)
                if also is not None:
                    yield also


# "We had the chance to talk with Ann Lee." introduces the person whose answers follow.
_INTERVIEW = lazy(
    r"\b(?:talk(?:ed)?|spoke|speak|chat(?:ted)?) (?:with|to)\b|\binterview(?:ed)?\b", re.I
)
_PERSON = lazy(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def _interviewee(context: Sequence[str]) -> str | None:
    """The person the sentences so far say was interviewed, if any."""
    for text in context:
        if _INTERVIEW.search(text):
            names = [n for n in _PERSON.findall(text) if n.split()[0] not in DETERMINERS]
            if names:
                return str(names[-1])
    return None


_QUESTION_WORDS = {"What", "Which", "Who", "Whose", "Why", "How", "When", "Where"}


def _attributed(found: Found, speaker: str) -> Found:
    """An interviewee's opinion, said to be hers: "According to Ann Lee, TPMs need ..."."""
    text = found.question if found.kind is CardKind.CLOZE else to_text(found.question)
    asks = found.kind is not CardKind.CLOZE and text.split()[0] in _QUESTION_WORDS
    text = text[0].lower() + text[1:] if asks or lower_ok(text) else text
    question = f"According to {escape(speaker)}, "
    question += text if found.kind is CardKind.CLOZE else escape(text)
    return Found(question, found.answer, found.kind, found.line, found.used, found.items)


_FILLER_WORDS = lazy(r",? (?:anyhow|anyway|then)(?=\?$)", re.I)
_LEADING_CONJUNCTION = lazy(r"^(?:yet|so|and|but|now|well|then),?\s+", re.I)


def _prose_answer(sentence: str, following: Sequence[str]) -> list[str]:
    """The sentences that answer a question the prose asks itself ("Why do companies need
    TPMs? ..."), up to the first statement; none for a question put to the reader."""
    words = sentence.lower().rstrip("?").split()
    if (
        not sentence.endswith("?")
        or len(words) < 4
        or {"you", "your", "i", "me", "my"} & set(words)
        or not following
        # "Wondering about X? Here are the questions people ask." introduces the page.
        or _ABOUT_DOCUMENT.match(following[0])
        # "What teams do they work with?" leans on a sentence before it.
        or set(words) & PRONOUNS
        # A second question ("..., yet what does that involve?") is no answer.
        or not following[0].endswith(".")
    ):
        return []
    answer = [following[0]]
    if len(following[0].split()) < 4:
        return []
    # "Well, this is the digital age." says too little alone: the next statement explains,
    # and is the answer alone when the short one leans on an unnamed "this".
    if len(following[0].split()) < 8 and len(following) > 1 and following[1].endswith("."):
        answer.append(following[1])
        if unnamed_subject(_LEADING_CONJUNCTION.sub("", following[0])):
            return ["", following[1]]
    return answer


# "Well, this is the digital age.": when, or where, the answer after it holds.
_SETTING = lazy(r"^(?:\w+, )?(?:this|it) is (?P<np>the [\w\- ]{3,40})\.$", re.I)
# "That's actually essential.": the sentence before is what is.
_STRESSED = lazy(
    r"^(?:That|This)['’]s (?:actually |really |very |also )?(?P<w>essential|important|crucial|"
    r"key|vital)\.$"
)
_NEED_TO_BE = lazy(r"^(?P<s>[A-Z][\w ]{1,40}?) (?:need to|needs to|must|should) be ")


def _stressed(sentence: str, word: str) -> str:
    """ "TPMs need to be concise." + "That's essential." -> "It is essential that TPMs be
    concise." """

    def said(match: re.Match[str]) -> str:
        who = match.group("s")
        return f"It is {word} that {who[0].lower() + who[1:] if lower_ok(who) else who} be "

    return _NEED_TO_BE.sub(said, sentence, count=1)


# "Engineering isn't the only team that X works with."
_NOT_ONLY = lazy(r"^(?P<n>[A-Z][\w\- ]{1,40}?) (?:isn't|is not|aren't|are not) the only\b")
# "I began in QA, and then eventually I ran programs": two facts, two sentences.
_AND_THEN = lazy(r",? and then (?:eventually |later |finally )?(?=(?:she|he|they|I|we)\b)")


def _clauses(sentence: str) -> list[str]:
    """A sentence of two facts joined by "and then" as two sentences."""
    parts = _AND_THEN.split(sentence, maxsplit=1)
    if len(parts) == 1 or len(parts[0].split()) < 4:
        return [sentence]
    return [parts[0].rstrip(",") + ".", upper_first(parts[1])]


# A sentence that only sets the scene for the next ("There can be many teams ...", "Several
# skills are needed"): any word of it fits a blank, so it is no cloze.
_PREMISE = lazy(r"^(?:There (?:is|are|can be|may be)|(?:Several|Various) \w+(?: \w+)? are)\b")
