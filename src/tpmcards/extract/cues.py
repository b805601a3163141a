"""Precise cues: a question carries the sentence's distinguishing context, so that two cards
never share a cue and a learner can answer it one way only. The owner of what is asked goes
into the question ("What ... of in their business?" -> "Its goals."), and a purpose or
"while" clause cut from the answer goes with it."""

from __future__ import annotations

import re

from ..lazyre import lazy

__all__ = ["clause_in_cue", "owner_in_cue"]

# "the goals and objectives of their business": the goals are the business's.
_OF_OWNER = lazy(
    r"^(?:[Tt]he )?(?P<a>[\w\-]+(?: [\w\-]+){0,4}?) of (?P<y>(?:their|its|his|her|the|a|an) "
    r"[\w\-]+(?: [\w\-]+)?)$"
)
# "their company's particular domain".
_OWNERS = lazy(
    r"^(?P<y>(?:their|its|his|her|the|a|an) [\w\-]+(?: [\w\-]+)?)['’]s "
    r"(?P<a>[\w\-]+(?: [\w\-]+){0,5})$"
)


def owner_in_cue(question: str, answer: str) -> tuple[str, str]:
    """ "What does X need a strong understanding of?" -> "the aspects of their organization"
    becomes "What does X need a strong understanding of in their organization?" -> "Its
    aspects": two cards about understanding something then ask two different things."""
    # "Directing all parts of their programs" is an act, not something owned.
    if not question.startswith("What ") or re.match(r"[A-Za-z]+ing\b", answer):
        return question, answer
    found = _OF_OWNER.match(answer) or _OWNERS.match(answer)
    if not found:
        return question, answer
    owner, owned = found.group("y"), found.group("a")
    noun = owner.split()[-1]
    its = "Their" if noun.endswith("s") and not noun.endswith("ss") else "Its"
    # Knowing about something: "What ... understanding of in their business?"
    joint = "in" if question.endswith(" of?") else "for"
    return f"{question[:-1]} {joint} {owner}?", f"{its} {owned}"


_CLAUSE = lazy(r"^,? (?P<c>(?:in order )?to .+|while .+)$")


def clause_in_cue(question: str, clause: str) -> str:
    """The question with the purpose ("... to prepare for the role?") or the "while" clause
    ("... while leading the teams?") its answer no longer carries."""
    kept = _CLAUSE.match(clause)
    return f"{question[:-1]} {kept.group('c').rstrip('.')}?" if kept else question
