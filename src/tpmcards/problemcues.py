"""Cues that name a problem instead of asking (../shared/CARDS.md rule 5), for the FAQ
entries whose heading is an error message or a complaint: "ERROR: unable to download
video", "The exe throws a Runtime error", "Compiling fails with a cryptic message.".

Such a heading is no question: the learner cannot tell whether to recall the cause, the
meaning or the fix. The answer's shape tells which one it gives, and the cue asks for that:
- an answer that opens with an instruction ("Use ...", "To run the exe you need to
  install ...", "If you see one, please report it ...") gives the fix: "What fixes "X"?";
- an error message whose answer says what it "means" gives its meaning: "What does "X"
  mean?";
- any other answer explains: "What causes "X"?". Its first sentence is the cause; a fix
  that follows it ("You can update with ...") is background, moved to Extra.
Only English headings are read (the question is English), not a task the guide sets
("Explain exception handling"), and only those that name a
failure: an error signature ("ERROR:", "SyntaxError", "exception") or a failure word
("fails", "crashes", "not working", "cannot", "doesn't"). A heading that states a wish or a
taste ("I don't like the icons!") names no cause and stays as it is. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .answershape import first_sentence
from .lazyre import lazy
from .markup import escape, to_text
from .model import Card, CardKind
from .yesnocards import instruction

__all__ = ["ask_about_problem", "problem_cue"]

_ERROR_MESSAGE = lazy(r"^\W*(?:error|fatal|warning|exception)\b|^\W*\w*(?:Error|Exception)\b")
_FAILURE = lazy(
    r"\b(?:errors?|exceptions?|fails?|failed|failing|failure|crash(?:es|ed|ing)?|broken"
    r"|not (?:working|found|loading|supported)|(?:does|do|is|are|was|can|will)\s*n[o']t"
    r"|doesn't|don't|isn't|aren't|won't|can't|cannot|unable|timed out|times out"
    r"|disappears?|hangs?|freezes?)\b|\w(?:Error|Exception)\b",
    re.I,
)
_ENGLISH_WORD = lazy(
    r"\b(?:the|a|an|to|of|is|are|my|i|it|in|on|for|when|with|not|no|by|from|and|or)\b", re.I
)
# Words that open a statement, not an instruction, although they read as verbs.
_STATEMENT_VERBS = {"remember", "note", "notice", "mind", "see", "know"}
_WANTED = lazy(r"\byou (?:need|have to|must|should|'ll need|will need)\b|\bplease\b", re.I)
# "Steam reaches the hinge": a noun, a verb of the third person and its object's
# determiner make a statement, though "steam" may be an imperative too.
_SUBJECT_VERB = lazy(
    r"^[A-Za-z]+ [a-z]+(?<!ss)s (?:the|a|an|its|their|your|this|that|these|those|some)\b"
)
_OPENING_CLAUSE = lazy(r"^(?:if|when|to|once|after|before)\b[^,.]*,\s*", re.I)
# A wish or a taste, not a failure: "I don't like the icons!".
_TASTE = lazy(r"\b(?:don't|do not|doesn't|does not)\s+(?:like|want|love|enjoy|care)\b", re.I)
# A task set by the guide ("Explain exception handling"), not a problem met.
_PROMPT = lazy(
    r"^\W*(?:explain|describe|implement|write|name|list|define|compare|give|correct|fix"
    r"|find|show|create|discuss|cite|state|outline|summari[sz]e|tell|design|solve)\b",
    re.I,
)
_BLOCK = lazy(r"<(?:ul|ol|pre|table|dl|blockquote|div|h\d)\b", re.I)


def problem_cue(question: str) -> bool:
    """Whether a cue names a problem instead of asking: an English, unasked heading that
    names a failure."""
    question = question.strip()
    if not question or "?" in question or "？" in question or not question.isascii():
        return False
    if not _FAILURE.search(question) or _PROMPT.match(question) or _TASTE.search(question):
        return False
    return bool(_ERROR_MESSAGE.match(question) or _ENGLISH_WORD.search(question))


def _gives_fix(answer: str, question: str, offered: bool = False) -> bool:
    """Whether an answer's first sentence is an instruction: an imperative verb first
    (after an "If ...," or "To ...," clause), or what "you need to" do; and, `offered`
    after a cause, what "you can" do."""
    head = first_sentence(answer)[0]
    if _WANTED.search(head) or (offered and re.match(r"you can\b", head, re.I)):
        return True
    clause = _OPENING_CLAUSE.match(head)
    head = head[clause.end() :] if clause else head
    word = re.match(r"[A-Za-z']+", head)
    if word is None or word.group(0).lower() in _STATEMENT_VERBS or _SUBJECT_VERB.match(head):
        return False
    return (clause is not None or head[:1].isupper()) and instruction(head, question)


def ask_about_problem(card: Card) -> Card:
    """The card asking for the cause, meaning or fix its answer gives, when its cue is a
    problem's heading; any other card as it is."""
    if card.kind is not CardKind.BASIC:
        return card
    question = to_text(card.question).strip()
    if not problem_cue(question):
        return card
    answer = to_text(card.answer).strip()
    named = question.rstrip(".!")
    if _gives_fix(answer, question):
        return replace(card, question=escape(f"What fixes “{named}”?"))
    first, rest = first_sentence(answer)
    if _ERROR_MESSAGE.match(question) and re.search(r"\bmeans\b", first):
        asked = f"What does “{named}” mean?"
    else:
        asked = f"What causes “{named}”?"
    card = replace(card, question=escape(asked))
    if not rest or _BLOCK.search(card.answer) or not _gives_fix(rest, question, offered=True):
        return card  # what follows the cause is more of it, not the fix
    extra = f"<p>{escape(rest)}</p>" + card.extra
    return replace(card, answer=f"<p>{escape(first)}</p>", extra=extra)
