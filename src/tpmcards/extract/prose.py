"""Lists under a lead-in, and the key points of prose: where a section has no explicit
question, its key sentences become short-answer or cloze cards."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from ..markup import escape, to_text
from ..model import BlockKind, CardKind
from ..writer import root_visible
from .base import (
    NUMBERING,
    Found,
    Scope,
    all_links,
    is_toc,
    last_sentence,
    points_elsewhere,
    split_sentences,
)

# A lead-in that only points at the list ("these are the following:") needs its heading.
POINTING = re.compile(
    r"^(?:these|this|they|here|it|the following)\b|\b(?:below|as follows)\b", re.I
)


# A lead-in that says where we are, not what the list is: "In this example:", "For instance:".
_NO_CONTEXT = re.compile(
    r"^(?:in|for) (?:this|that|the following|our|the) (?:example|case|instance|snippet|sample)\b"
    r"|^(?:for example|for instance|e\.g\.|example|output|result)\W*$",
    re.I,
)
MAX_LIST_ITEMS = 12  # more is a catalogue or an index, not something to recall


def lead_in_list(scope: Scope) -> Iterator[Found]:
    """A sentence ending in a colon, then a list: one card whose answer is the list.

    A section that holds nothing but a list is introduced by its heading.
    """
    blocks = [(i, b) for i, b in scope.blocks() if not is_toc(b)]
    if (
        len(blocks) == 1
        and blocks[0][1].kind is BlockKind.LIST
        and scope.section.heading
        and 1 < len(blocks[0][1].items) <= MAX_LIST_ITEMS
        and not all_links(blocks[0][1])
        and not points_elsewhere(blocks[0][1])
    ):
        i, listing = blocks[0]
        items = tuple(to_text(item) for item in listing.items)
        question = f"{escape(NUMBERING.sub('', scope.section.heading))}: name the {len(items)}."
        yield Found(question, listing.html, CardKind.LIST, listing.line, frozenset([i]), items)
        return
    for (i, lead), (j, listing) in pairwise(blocks):
        if (
            lead.kind is not BlockKind.PARAGRAPH
            or listing.kind is not BlockKind.LIST
            or not lead.text.endswith(":")
            or j != i + 1
            or points_elsewhere(listing)  # "Other languages:" then links: navigation
        ):
            continue
        sentence = last_sentence(lead.text).rstrip(": ")
        if _NO_CONTEXT.match(sentence) or len(listing.items) > MAX_LIST_ITEMS:
            continue  # "In this example:" names nothing to recall; dozens of items is an index
        if POINTING.search(sentence) and scope.section.heading:
            # "These are the core skills:" says nothing alone; the heading names the list.
            sentence = NUMBERING.sub("", scope.section.heading)
        items = tuple(to_text(item) for item in listing.items)
        question = f"{escape(sentence)}: name the {len(items)}."
        yield Found(question, listing.html, CardKind.LIST, lead.line, frozenset([i, j]), items)


# Sentences that state a key point: (pattern, question template). `{s}` is the subject.
_DET = r"(?:A|An|The|Every|Each|Most|All|Many|Some|Successful|Aspiring|Good|Typical)"
_SUBJECT = rf"(?P<s>(?:{_DET}\s)?(?:[A-Z][\w'’()\-]*|TPMs?)(?:\s[\w'’()\-]+){{0,5}}?)"
_MODAL = r"(?P<q>(?:(?:also|often|usually|mainly|mostly|primarily|typically|generally|always|may|"
_MODAL += r"can|will|must|should|need to|needs to|have to|has to|tend to|tends to)\s)*)"
KEY_SENTENCES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            _SUBJECT + r" (?:is|are) (?P<q>(?:also |primarily |mainly |mostly |usually )?)"
            r"(?:responsible|accountable|liable|in charge) (?:for|of) (?P<a>.+)"
        ),
        "What {is} {s} {q}responsible for?",
    ),
    (
        re.compile(
            _SUBJECT + " " + _MODAL + r"(?:works?|functions?|collaborates?|partners?|deals?|"
            r"interacts?|teams? up)(?: closely| mainly| mostly| thoroughly| directly| together)?"
            r" (?:with|alongside|along with|together with) (?P<a>.+)"
        ),
        "{who} {does} {s} {q}work with?",
    ),
    (
        re.compile(
            _SUBJECT + r" (?:also |always |first )?(?:needs? to have|ha(?:s|ve) to have|"
            r"must have|should have|must possess|needs?|requires?) (?P<a>.+)"
        ),
        "What {does} {s} need?",
    ),
    (
        re.compile(
            _SUBJECT + r" (?:must|should|ought to) (?:always |also |first )?(?P<a>(?!be able)"
            r"(?:be|get|learn|build|keep|know|understand|gain|develop|make|set|lead) .+)"
        ),
        "What should {s} do?",
    ),
    (
        re.compile(
            r"(?P<s>[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*) \([A-Z][^()]{3,60}\) "
            r"(?P<v>(?!is |are |has )[a-z]{3,}s) (?P<a>.+)"
        ),
        "What does {s} do?",
    ),
    (
        re.compile(
            r"(?P<s>(?:A|An|The) [\w'’()\- ]{2,50}?) (?:is|are) (?:defined as |known as )?"
            r"(?P<a>(?:a|an|the|one) .+)"
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
_DETERMINERS = {"A", "An", "The", "Every", "Each", "Most", "All", "Many", "Some"}
_PRONOUNS = {"it", "they", "this", "that", "these", "those", "he", "she", "we", "you", "i", "there"}
# Sentences about the document itself, not its subject.
_ABOUT_DOCUMENT = re.compile(
    r"^(?:this|our) (?:guide|page|article|post|section|document|deck)\b|^in this\b|^we\b|"
    r"^below\b|^here\b|^see\b",
    re.I,
)
_LEADING_ADVERB = re.compile(r"^(?:[A-Z]\w+(?: \w+)?|In short|Above all),\s+(?=[A-Z])")
_CLAUSE_END = re.compile(r",? (?:to (?:develop|build|create|make|help|ensure|deliver)|in order to|"
                         r"so that|while|which)\b.*$")  # fmt: skip
_REASON = re.compile(
    r"^(?P<head>.{12,}?)(?P<mark>,? (?:because|since|so that|, so)) (?P<why>.{8,})$"
)
MIN_KEY_WORDS = 6


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
    for i, block in scope.blocks():
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        sentences = split_sentences(block.text)
        skip = 0
        for n, raw in enumerate(sentences):
            sentence = stand_alone(raw, context)
            context.append(raw)
            if skip:
                skip -= 1
                continue
            if sentence is None:
                continue
            answer = _prose_answer(sentence, sentences[n + 1 : n + 4])
            if answer:
                question = _LEADING_CONJUNCTION.sub("", sentence)
                question = _FILLER_WORDS.sub("", question[0].upper() + question[1:])
                text = _LEADING_CONJUNCTION.sub("", " ".join(answer))
                text = text[0].upper() + text[1:]
                yield Found(escape(question), f"<p>{escape(text)}</p>", CardKind.BASIC,
                            block.line, frozenset([i]))  # fmt: skip
                skip = len(answer)
                continue
            if not _is_prose(sentence) or _ABOUT_DOCUMENT.match(sentence):
                continue
            found = _key_point(sentence, block.line, i)
            if found is None or found.question in asked:
                found = _cloze_point(sentence, scope.terms, block.line, i)
            if found is not None:
                asked.add(found.question)
                yield found


_FILLER_WORDS = re.compile(r",? (?:anyhow|anyway|then)(?=\?$)", re.I)
# Words that open a sentence without adding to its fact: "And, consequently, they're ...".
_OPENER = re.compile(
    r"^(?:(?:and|but|so|yet|well|now|also|in doing so|in short|for instance|for example|"
    r"consequently|therefore|thus|obviously|undoubtedly|of course|as a result|eventually|"
    r"(?:typically|generally) (?:speaking|talking)|(?:picture|imagine|suppose) that|"
    r"last,? (?:but|however) (?:absolutely |certainly )?not (?:the very )?least|"
    r"depending on [^,]{3,60})\b,?\s+)+",
    re.I,
)
# "The duty is X, yet what does that involve?": the statement before the aside.
_TRAILING_QUESTION = re.compile(r",? (?:yet|but|so) (?:what|how|why)\b[^?]*\?$")
_NAME = re.compile(r"\b([A-Z][a-z]+ [A-Z][a-z]+)\b")
_ACRONYM = re.compile(
    r"\b(?:(?P<article>(?i:an?|the)) |(?P<every>(?i:every|each|any)) )?"
    r"(?P<name>[A-Z]{2,}(?P<plural>s)?)\b"
)
_LEADING_PRONOUN = re.compile(
    r"^(?P<p>she|he|they|their|it|this|that|these|those|i|you)(?P<v>'s|’s|'re|’re|'m|’m)?\b\s*",
    re.I,
)


def stand_alone(sentence: str, context: Sequence[str]) -> str | None:
    """The sentence with its opening filler dropped and a leading pronoun replaced by what it
    stands for in the sentences before it; None when nothing before names it."""
    stripped = _TRAILING_QUESTION.sub(".", _OPENER.sub("", sentence))
    if not stripped:
        return None
    stripped = stripped[0].upper() + stripped[1:]
    lead = _LEADING_PRONOUN.match(stripped)
    if not lead:
        return stripped if stripped != sentence else sentence
    pronoun, verb = lead.group("p").lower(), (lead.group("v") or "").replace("’", "'")
    rest = stripped[lead.end() :]
    if pronoun == "you":
        return None  # put to the reader ("You may wish to ..."), not a fact of the subject
    if pronoun in {"this", "that", "these", "those"}:
        # "This program would ..." names its noun; "This can be ..." does not.
        noun = re.match(r"[a-z][a-z\-]+\b", rest)
        if verb or not noun or noun.group(0) in _VERBS_AFTER_DEMONSTRATIVE:
            return None
        return ("These " if pronoun in {"these", "those"} else "The ") + rest
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
        rest = re.sub(r"\bmy\b", possessive, rest)
        rest = re.sub(r"\bI\b", "she" if she else "he" if he else referent.split()[-1], rest)
    return f"{referent}{verb} {rest}".replace("  ", " ")


_VERBS_AFTER_DEMONSTRATIVE = {
    "is", "are", "was", "were", "can", "could", "will", "would", "may", "might", "must",
    "should", "has", "have", "had", "does", "do", "did", "consist", "includes", "include",
    "means", "leads", "makes", "helps", "shows", "gives",
}  # fmt: skip


def _referent(pronoun: str, context: Sequence[str]) -> tuple[str | None, bool]:
    """Who "she", "I" or "they" stands for: the last person named before, or the last group
    (TPMs) or role (a CTO) an earlier sentence names."""
    if pronoun == "it":
        return None, False
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
    return first not in _DETERMINERS and first not in {"For", "In", "What", "Why", "How"}


_LEADING_CONJUNCTION = re.compile(r"^(?:yet|so|and|but|now|well|then),?\s+", re.I)


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
        or set(words) & _PRONOUNS
        # A second question ("..., yet what does that involve?") is no answer.
        or not following[0].endswith(".")
    ):
        return []
    answer = [following[0]]
    if len(following[0].split()) < 4:
        return []
    # "Well, this is the digital age." says too little alone: the next statement explains.
    if len(following[0].split()) < 8 and len(following) > 1 and following[1].endswith("."):
        answer.append(following[1])
    return answer


def _key_point(sentence: str, line: int, index: int) -> Found | None:
    # "Primarily, TPMs work with ...": the adverb is a qualifier the card must keep.
    leading = _LEADING_ADVERB.match(sentence)
    kept = leading.group(0).rstrip(", ").lower() if leading else ""
    sentence = _LEADING_ADVERB.sub("", sentence)
    for pattern, template in KEY_SENTENCES:
        match = pattern.fullmatch(sentence.rstrip("."))
        if not match or match.group("s").strip().lower() in _PRONOUNS:
            continue
        subject = match.group("s").strip()
        lowered = set(subject.lower().split())
        if lowered & (_NOT_IN_SUBJECT | _NEGATIONS | _PRONOUNS | _FILLERS):
            continue
        # "You do not need to save": a pronoun, or a negation, is no subject to ask about.
        if subject.split()[0].lower() in _PRONOUNS:
            continue
        words = subject.split()
        # "The office", "Program leads", "Aspiring TPMs" read lower-case mid-question;
        # "Liana Gervorgyan", "TPMs" and "VP of Engineering" do not.
        common = [w for w in words if sum(c.isupper() for c in w) < 2]
        if sum(c.isupper() for c in words[0]) < 2 and (
            words[0] in _DETERMINERS
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
            who="Who" if _PEOPLE.search(" ".join(answer.split()[:8])) else "What",
            **{"is": "are" if plural else "is", "does": does},
        )
        if groups.get("v"):
            answer = f"{groups['v']} {answer}"
        if template.startswith("What {does} {s} need"):
            question, answer = _specific_need(question, answer)
        elif template == "What should {s} do?":
            question, answer = _specific_action(question, answer)
        shorter = _CLAUSE_END.sub("", answer)
        answer = shorter if len(shorter.split()) >= 2 else answer
        return Found(
            escape(question),
            f"<p>{escape(answer[0].upper() + answer[1:])}.</p>",
            CardKind.BASIC,
            line,
            frozenset([index]),
        )
    reason = _REASON.match(sentence.rstrip("."))
    if reason and reason.group("mark").strip(", ") in {"because", "since", "so that"}:
        head, why = reason.group("head"), reason.group("why")
        if unnamed_subject(head):
            return None
        if len(why.split()) <= MAX_CLOZE_WORDS:
            text = f"{escape(head)}{escape(reason.group('mark'))} " + "{{c1::" + escape(why)
            return Found(text + "}}.", "", CardKind.CLOZE, line, frozenset([index]))
        # A reason is too long to hide in one short deletion: ask for it.
        question = f"Why is it that {head[0].lower() + head[1:] if _lower_ok(head) else head}?"
        answer = f"<p>{escape(why[0].upper() + why[1:])}.</p>"
        return Found(escape(question), answer, CardKind.BASIC, line, frozenset([index]))
    return None


def _specific_need(question: str, answer: str) -> tuple[str, str]:
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
    kind = _KIND.fullmatch(answer)
    if kind:
        return f"What kind of {kind.group('noun')}{base[4:]}?", answer
    return question, answer


_KIND = re.compile(r"(?:a |an )?(?P<adj>strong|deep|solid|good|clear) (?P<noun>\w+)")


def _specific_action(question: str, answer: str) -> tuple[str, str]:
    """ "What should X do?" -> "What should X gain deep knowledge of?" when the sentence says
    what the action is about."""
    plain = re.sub(r"^(?:be (?:certain|sure) to|always|first) ", "", answer)
    match = re.match(
        r"(?P<act>(?:get|gain|build|develop|acquire|learn) [\w ]{2,30}? (?:in|of|about)) "
        r"(?P<o>.+)",
        plain,
    )
    if not match:
        return question, answer
    obj = _CLAUSE_END.sub("", match.group("o"))
    return f"{question[: -len('do?')]}{match.group('act')}?", obj


def _lower_ok(text: str) -> bool:
    """Whether the opening word reads lower-case mid-question: "Launch reviews", not
    "Liana Gervorgyan" or "TPMs"."""
    words = text.split()
    if sum(c.isupper() for c in words[0]) != 1:
        return False
    return words[0] in _DETERMINERS or (len(words) > 1 and words[1][:1].islower())


_QUALIFIERS = {"mainly", "primarily", "mostly", "usually", "often", "typically", "generally",
               "may"}  # fmt: skip
_FILLERS = {"thus", "therefore", "hence", "however", "then", "still", "yet", "so", "also"}
# Who, not what, a sentence works with: people, teams and roles.
_PEOPLE = re.compile(
    r"\b(?:teams?|groups?|managers?|engineers?|leads?|directors?|VPs?|people|stakeholders?|"
    r"owners?|partners?|vendors?|departments?|customers?|staff|executives?|designers?|"
    r"developers?|analysts?|[A-Z]{2,}s?)\b"
)
MAX_CLOZE_WORDS = 4


def unnamed_subject(text: str) -> bool:
    """Whether a clause starts with a pronoun that names nothing on its own."""
    first = text.split()[0].lower().strip(",") if text.split() else ""
    return first in _PRONOUNS or first.split("'")[0].split("’")[0] in _PRONOUNS


# A sentence states something worth recalling when it defines, obliges, relates or explains.
_KEY_VERB = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|means?|includes?|consists?|composed|made up|requires?|"
    r"needs?|must|should|ha(?:s|ve) to|helps?|assists?|allows?|depends?|responsible|"
    r"accountable|charged|works?|collaborates?|partners?|coordinates?|reports?|leads?|"
    r"manages?|owns?|runs?|tracks?|important|essential|necessary|required|began|started|"
    r"changed|became)\b|\w'(?:re|s)\b)",
    re.I,
)


def _cloze_point(sentence: str, terms: Sequence[str], line: int, index: int) -> Found | None:
    """A cloze on the key term that carries the sentence's fact: the first one after its key
    verb, never a name it opens with, never one whose root stays visible, at most four words."""
    lowered = sentence.lower()
    verb = _KEY_VERB.search(sentence)
    if not verb:
        return None
    opening = len(" ".join(sentence.split()[:3]))
    candidates = []
    for term in terms:
        if len(term) <= 2:
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(term)}(?:s|es)?(?!\w)", lowered):
            start, end = match.span()
            hidden = sentence[start:end]
            rest = sentence[:start] + " " + sentence[end:]
            if (
                len(hidden.split()) > MAX_CLOZE_WORDS
                or end - start >= len(sentence) // 2
                or root_visible(hidden, rest)
                # "A CTO is looking to ...": the name a sentence opens with is its topic.
                or (start < opening and any(c.isupper() for c in hidden))
            ):
                continue
            candidates.append((start < verb.start(), start, -len(hidden), end))
    if not candidates:
        return None
    _, start, _, end = min(candidates)
    text = escape(sentence[:start]) + "{{c1::" + escape(sentence[start:end]) + "}}"
    return Found(text + escape(sentence[end:]), "", CardKind.CLOZE, line, frozenset([index]))


def _is_prose(sentence: str) -> bool:
    """A full declarative sentence: long enough, ending in a full stop, not a title line."""
    return (
        len(sentence.split()) >= MIN_KEY_WORDS
        and sentence.endswith(".")
        and not sentence.endswith("...")
    )
