"""Reading one sentence of prose: making it stand alone (its opening filler dropped, a
leading pronoun replaced by what the sentences before it name) and finding the specific cue
it gives ("What kind of leadership ...?" rather than "What does X need?")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazyre import lazy

__all__ = [
    "CLAUSE_END",
    "DETERMINERS",
    "folded_act",
    "gerund",
    "lower_ok",
    "specific_action",
    "specific_need",
    "stand_alone",
    "upper_first",
]

DETERMINERS = {"A", "An", "The", "Every", "Each", "Most", "All", "Many", "Some"}
CLAUSE_END = lazy(
    r",? (?:to (?:develop|build|create|make|help|ensure|deliver|assist|(?:best |ideal )?prepare)"
    r"|in order to|so that|while|which)\b.*$"
)

# Words that open a sentence without adding to its fact: "And, consequently, they're ...".
_OPENER = lazy(
    r"^(?:(?:and|but|so|yet|well|now|also|in doing so|in short|for instance|for example|"
    r"consequently|therefore|thus|obviously|undoubtedly|of course|as a result|eventually|"
    r"(?:typically|generally) (?:speaking|talking)|(?:picture|imagine|suppose) that|"
    r"last,? (?:but|however) (?:absolutely |certainly )?not (?:the very )?least|"
    r"it (?:shouldn't|should not|won't|will not) (?:be|come as) a "
    r"surprise that)\b,?\s+)+",
    re.I,
)
# "The duty is X, yet what does that involve?": the statement before the aside.
_TRAILING_QUESTION = lazy(r",? (?:yet|but|so) (?:what|how|why)\b[^?]*\?$")
_NAME = lazy(r"\b([A-Z][a-z]+ [A-Z][a-z]+)\b")
_ACRONYM = lazy(
    r"\b(?:(?P<article>(?i:an?|the)) |(?P<every>(?i:every|each|any)) )?"
    r"(?P<name>[A-Z]{2,}(?P<plural>s)?)\b"
)
_LEADING_PRONOUN = lazy(
    r"^(?P<p>she|he|they|their|it|this|that|these|those|i|you)(?P<v>'s|’s|'re|’re|'m|’m)?\b\s*",
    re.I,
)


def stand_alone(sentence: str, context: Sequence[str]) -> str | None:
    """The sentence with its opening filler dropped and a leading pronoun replaced by what it
    stands for in the sentences before it; None when nothing before names it."""
    depending = _DEPENDING.match(sentence)
    if depending:
        # "Depending on the program, they may ...": a qualifier the card keeps, in front.
        rest = stand_alone(sentence[depending.end() :], context)
        return None if rest is None else depending.group(0) + rest
    stripped = _TRAILING_QUESTION.sub(".", _OPENER.sub("", sentence))
    if not stripped:
        return None
    stripped = stripped[0].upper() + stripped[1:]
    benefit = _BENEFIT.match(stripped)
    if benefit:
        # "Having skills will guarantee you are a good leader to your team": the reader is
        # the one the guide is about ("a TPM"), the skill's effect the fact.
        role = _last_role(context)
        effect = re.sub(r"\byour\b", "their", benefit.group("b"))
        effect = re.sub(r"\bthose\b", "the", effect)
        if role is not None and not _READER.search(effect):
            article = "an" if role[0] in "AEFHILMNORSX" else "a"  # said letter by letter
            return f"{benefit.group('a')} will make {article} {role} {effect}"
    if _READER.search(stripped):
        return None  # put to the reader ("... make sure you ..."), not a fact of the subject
    owner = _OWNER_ASKED.search(context[-1]) if context else None
    thing = re.match(r"The [a-z]+ [a-z]+(?= is\b)", stripped)
    if owner and thing:
        # "What are the duties of a TPM? The main duty is ...": the main duty of a TPM.
        return f"{thing.group(0)} of {owner.group(1)}{stripped[thing.end() :]}"
    lead = _LEADING_PRONOUN.match(stripped)
    if not lead:
        if _FIRST_PERSON.search(stripped):
            return _speaker_named(stripped, context)
        return stripped if stripped != sentence else sentence
    pronoun, verb = lead.group("p").lower(), (lead.group("v") or "").replace("’", "'")
    rest = stripped[lead.end() :]
    if pronoun == "you":
        return None  # put to the reader ("You may wish to ..."), not a fact of the subject
    if pronoun == "this" and context:
        # "Keepers must log every ship. This can be a hard task ...": logging every ship is.
        act = folded_act(context[-1], rest)
        if act is not None:
            return act
    if pronoun in {"this", "that", "these", "those"}:
        # "This can be ..." names nothing; "This program would ..." names a noun, but which
        # program only the sentence before says: either card would lean on it.
        return None
    referent, plural = _referent("they" if pronoun == "their" else pronoun, context)
    if referent is None:
        return None
    if pronoun == "their":
        return f"{referent}{chr(39) if plural else chr(39) + 's'} {rest}"
    if verb == "'s":
        verb = " has" if re.match(r"(?:been|got|had)\b", rest) else " is"
    elif verb == "'re":
        verb = " are" if plural else " is"
    elif verb == "'m":
        verb = " is"
    if pronoun == "i":
        # The interviewee speaking: "my" and a later "I" are the person the text calls "she".
        she = any(re.search(r"\b[Ss]he\b", text) for text in context)
        he = any(re.search(r"\b[Hh]e\b", text) for text in context)
        possessive = "her" if she else "his" if he else f"{referent}'s"
        rest = re.sub(r"\b(?:my|our)\b", possessive, rest)
        rest = re.sub(r"\bI\b", "she" if she else "he" if he else referent.split()[-1], rest)
    return f"{referent}{verb} {rest}".replace("  ", " ")


_DEPENDING = lazy(r"^Depending on [^,]{3,60}, (?=[A-Za-z])")
_BENEFIT = lazy(
    r"^(?P<a>Having [^,]{3,60}?) will (?:guarantee|ensure|make sure|mean) (?:that )?you are "
    r"(?P<b>an? .+)$"
)
# "As companies grow, the need for X is growing": the thing a following "it" stands for.
_THING_SUBJECT = lazy(
    r"^(?:(?:As|When|If|While|Since|Because) [^,]{3,60}, )?(?P<np>[Tt]he [^,]{3,100}?) "
    r"(?:is|are|was|were|has|have|will|can)\b"
)
# "Keepers need to log every ship." + "This can be a hard task": the act is what "this" is.
_NEEDED_ACT = lazy(
    r"^(?:[A-Za-z][\w ]{1,40}?) (?:need to|needs to|must|should|have to|has to) "
    r"(?P<v>[a-z]+) (?P<o>[^,]{3,80}?)\.?$"
)
_IS_A = lazy(r"^(?:can be|is|will be|may be|could be) (?:a|an) ")


def _last_role(context: Sequence[str]) -> str | None:
    """The role the sentences before are about: the last acronym they name ("TPM")."""
    for text in reversed(context[-4:]):
        roles = re.findall(r"\b([A-Z]{2,5})s?\b", text)
        if roles:
            return str(roles[-1])
    return None


def folded_act(before: str, rest: str) -> str | None:
    """ "This can be a hard task" after "Keepers need to log every ship": "Logging every ship
    can be a hard task"; None when the sentence before states no act."""
    act = _NEEDED_ACT.match(_OPENER.sub("", before).strip())
    if not act or not _IS_A.match(rest):
        return None
    return f"{upper_first(gerund(act.group('v')))} {act.group('o')} {rest}"


def gerund(verb: str) -> str:
    """ "keep" -> "keeping", "make" -> "making", "set" -> "setting"."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and verb != "be":
        return verb[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


# A question that names whose thing the next sentences describe: "... duties of a TPM?"
_OWNER_ASKED = lazy(r"\bof (an? [A-Za-z][\w\- ]{1,40}?)\?$")
_READER = lazy(r"\b(?:you|your|yours|yourself)\b", re.I)
_FIRST_PERSON = lazy(r"\b(?:I|my|me)\b")
# "I am" read as the person: "she is".
_FIRST_PERSON_VERBS = {"am": "is", "do": "does", "have": "has", "'m": "is", "’m": "is"}


def _speaker_named(sentence: str, context: Sequence[str]) -> str | None:
    """ "In my career I changed my title": the interviewee the sentences before name speaks;
    None when no one is named."""
    name, _ = _referent("i", context)
    if name is None:
        return None
    she = any(re.search(r"\b[Ss]he\b|\b[Hh]er\b", text) for text in context)
    he = any(re.search(r"\b[Hh]e\b|\b[Hh]is\b", text) for text in context)
    subject, possessive, obj = (
        ("she", "her", "her") if she else ("he", "his", "him") if he else (name, f"{name}'s", name)
    )
    # The first "I" names the person ("In my career I ..." -> "In her career Ann Lee ...");
    # without an "I", the first "my" or "me" does. The others read "she", "her".
    named = False
    subject_named = re.search(r"\bI\b", sentence) is not None

    def person(match: re.Match[str]) -> str:
        nonlocal named
        naming = match.group("w") == "I" or not subject_named
        first = not named and naming
        named = named or first
        word, verb = match.group("w"), match.group("v") or ""
        if word == "my":
            return f"{name}'s" if first else possessive
        if word == "me":
            return name if first else obj
        verb = _FIRST_PERSON_VERBS.get(verb.strip(), verb.strip())
        return f"{name if first else subject} {verb}".rstrip()

    text = re.sub(
        r"\b(?P<w>I|my|me)\b(?:\s?(?P<v>am|do|have|'m|’m)\b)?",
        lambda m: person(m) + (" " if m.group("w") == "I" and not m.group("v") else ""),
        sentence,
    )
    if subject_named:
        # "I was partnering with our teams": the teams of the one speaking.
        text = re.sub(r"\bour\b", possessive, text)
    return upper_first(text.replace("  ", " "))


def _referent(pronoun: str, context: Sequence[str]) -> tuple[str | None, bool]:
    """Who "she", "I" or "they" stands for: the last person named before, or the last group
    (TPMs) or role (a CTO) an earlier sentence names; what "it" stands for: the subject of
    the sentence before ("The need for X is growing. It brings ...")."""
    if pronoun == "it":
        subject = _THING_SUBJECT.match(context[-1]) if context else None
        return (upper_first(subject.group("np")), False) if subject else (None, False)
    if pronoun in {"she", "he", "i"}:
        names = [n for text in context for n in _NAME.findall(text) if _is_name(n)]
        return (names[-1] if names else None), False
    for distance, text in enumerate(reversed(context[-3:])):
        for match in reversed(list(_ACRONYM.finditer(text))):
            if match.group("plural"):
                return match.group("name"), True
            if distance == 0 and match.group("article"):
                # "... a CTO is looking to ... They would then ...": the singular they.
                return f"The {match.group('name')}", False
            if match.group("article"):
                # "... of which a TPM would manage. [...] They're charged with ...": TPMs.
                return f"{match.group('name')}s", True
            if distance == 0 and match.group("every"):
                return f"A {match.group('name')}", False
    return None, False


def _is_name(pair: str) -> bool:
    first = pair.split()[0]
    return first not in DETERMINERS and first not in {"For", "In", "What", "Why", "How"}


def specific_need(question: str, answer: str) -> tuple[str, str]:
    """ "What do TPMs need?" has a hundred answers: ask for the kind of thing the sentence
    names ("What kind of leadership do TPMs need?"), or for the object of its verb ("What do
    TPMs need to establish?")."""
    base = question.rstrip("?")
    to_verb = re.match(r"(?:to )?(?P<verb>have|be|establish|set|build|keep|know|develop) (?P<o>.+)",
                       answer)  # fmt: skip
    if to_verb:
        verb, answer = to_verb.group("verb"), to_verb.group("o")
        if verb != "have" or not _KIND.fullmatch(answer):
            return f"{base} to {verb}?", answer
    knowing = _UNDERSTANDING.fullmatch(answer)
    if knowing:
        return f"{base} {knowing.group('what')} of?", upper_first(knowing.group("o"))
    kind = _KIND.fullmatch(answer)
    if kind:
        return f"What kind of {kind.group('noun')}{base[4:]}?", answer
    return question, answer


_UNDERSTANDING = lazy(
    r"(?P<what>(?:an? )?(?:\w+ )?(?:understanding|knowledge|grasp|command|capacity and "
    r"understanding)) of (?P<o>.{6,})"
)


def upper_first(text: str) -> str:
    """The text with its first letter a capital."""
    return text[0].upper() + text[1:] if text else text


_KIND = lazy(r"(?:a |an )?(?P<adj>strong|deep|solid|good|clear) (?P<noun>\w+)")


def specific_action(question: str, answer: str) -> tuple[str, str]:
    """ "What should X do?" -> "What should X gain deep knowledge of?" when the sentence says
    what the action is about."""
    plain = re.sub(r"^(?:be (?:certain|sure) to|always|first) ", "", answer)
    being = re.match(
        r"be (?P<o>(?:an? |the )?[\w ,'-]{3,60}?)(?: and (?:should|must|can|will)\b.*)?$", plain
    )
    if being:
        return f"{question[: -len('do?')]}be?", upper_first(being.group("o"))
    match = re.match(
        r"(?P<act>(?:get|gain|build|develop|acquire|learn) [\w ]{2,30}? (?:in|of|about)) "
        r"(?P<o>.+)",
        plain,
    )
    if not match:
        return question, answer
    obj = CLAUSE_END.sub("", match.group("o"))
    return f"{question[: -len('do?')]}{match.group('act')}?", obj


def lower_ok(text: str) -> bool:
    """Whether the opening word reads lower-case mid-question: "Launch reviews", not
    "Liana Gervorgyan" or "TPMs"."""
    words = text.split()
    if sum(c.isupper() for c in words[0]) != 1:
        return False
    # "Generally TPMs help ...": an opening adverb reads lower-case too.
    return (
        words[0] in DETERMINERS
        or words[0].endswith("ly")
        or (len(words) > 1 and words[1][:1].islower())
    )
