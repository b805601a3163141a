"""Cues that ask one thing and stand alone (../shared/CARDS.md rules 1 and 3), for the
explicit questions of other people's guides.

Two questions in one cue ("What is a model and what should I expect from it?", "What is a
profile? How do I switch between them?") ask two facts. When the answer was cut to what
answers the first (answershape.py), the cue keeps only that first question: the rest of
the answer, which the second asked for, is in Extra, shown and not graded. When the answer
stayed whole, or the second question is a yes/no one the answer may well address first
("How much does it cost? Is there a free tier?" -> "There is always a free tier."), the cue
is kept as the guide wrote it.

A question of a product's FAQ makes sense only on that FAQ's page: "How secure is this?",
"What does it cost?", "How do I train a model?" (of what?). Read alone in a deck, it needs
the subject, and the guide's title names it: a product's name in its own capitals
("IntelliCode ...") or what an "<X> FAQ" is about. A question that does not name it gets it
before ("IntelliCode — How secure is this?", the context prefix of common Anki practice).
Nothing is invented: a guide whose title is only "FAQ", "Notes" or "Glossary" names no
subject, and a card leaning on "it" is left for `check` to name. Pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import PurePath

from .lazyre import lazy
from .markup import escape, sanitize, to_text
from .model import Card, CardKind
from .titles import GENERIC_TITLE, faq_subject
from .yesno import yes_no_question

__all__ = [
    "answers_subject",
    "ask_what_is_looked_for",
    "asked_subject",
    "guide_subject",
    "name_subject",
    "one_question",
    "paired",
    "product_title",
    "reads_english",
    "title_subject",
    "two_questions",
    "unnamed_reference",
]

# The questions of a cue: each ends at its question mark.
_QUESTION_END = lazy(r"(?<=[?？])\s*(?=\S)")
# "What is X and what/why/how ...?": the second question joined by "and".
_JOINED = lazy(
    r"^(?P<first>(?:what|why|how|who|when|where|which)\b.{3,}?),?\s+and\s+"
    r"(?P<second>(?:what|why|how|who|when|where|which)\b.*)$",
    re.I,
)
_CONTENT = lazy(r"^\W*(?:what|why|how|who|when|where|which|whose)\b", re.I)

# A pronoun or bare demonstrative standing for something the cue never names.
_REFERENCE = lazy(
    r"\b(?P<word>it(?! that\b)|its|this|that|they|them|these|those)\b(?P<rest>.*)$", re.I
)
# Words before such a pronoun that name nothing it could stand for.
_NAMES_NOTHING = {
    "what", "why", "how", "who", "when", "where", "which", "does", "do", "did", "is", "are",
    "was", "were", "can", "could", "should", "would", "will", "has", "have", "had", "must",
    "i", "we", "you", "me", "my", "our", "your", "much", "many", "often", "long", "secure",
    "safe", "use", "get", "make", "see", "find", "run", "install", "set", "change", "try",
    "keep", "stop", "start", "open", "close", "update", "remove", "delete", "share",
    "train", "send", "buy", "pay", "cancel", "access", "download", "need", "want",
    "configure", "enable", "disable", "turn", "cost", "costs", "work", "works", "about",
    "to", "for", "with", "on", "in", "a", "an", "the", "there", "out", "up", "off", "still",
    "also", "really", "way", "not", "don't", "doesn't", "can't", "why's", "what's",
}  # fmt: skip
# "that is why", "this means": a demonstrative pointing ahead in its own sentence.
_CLEFT = lazy(r"^\s*(?:that|which|who|is why|is how|means)\b", re.I)
MAX_SUBJECT_WORDS = 6
# The words of a name that says what a repository collects, not what it is about.
_COLLECTION = lazy(
    r"(?:^|[-_.])(?:questions?|interviews?|flash-?cards?|notes|cheat-?sheets?|faqs?|quiz(?:zes)?|"
    r"glossary|awesome|tutorials?|guides?|prep|answers?)(?:$|[-_.])",
    re.I,
)
# A title that is one command or product name: "youtube-dl", "k8s", "node.js".
_COMMAND = lazy(r"(?!v\d)[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)+|[A-Za-z]+\d[A-Za-z0-9]*")
# An English question or prompt, as the prefix "<Subject> — " is read before.
_ENGLISH = lazy(
    r"^\W*(?:what|why|how|who|whom|whose|when|where|which|is|are|can|could|do|does|"
    r"did|should|would|has|have|name|list|describe|explain)\b",
    re.I,
)


def one_question(card: Card) -> Card:
    """The card asking only its first question, when it asked two and its answer was cut
    to what answers the first (the rest is in its Extra), or when the second is a yes/no
    one its answer does not take up first; and without what a quiz told its takers about
    typing the answer ("Please answer in lower case.")."""
    if card.kind is not CardKind.BASIC:
        return card
    question = to_text(card.question).strip()
    asked = _without_instructions(question)
    if asked is not None:
        card, question = replace(card, question=_html_up_to_mark(card.question)), asked
    asked = _unaddressed_yes_no(question, to_text(card.answer))
    if asked is not None:
        return replace(card, question=escape(asked))
    if not card.extra:
        return card
    first = _first_of_two(question)
    if first is None:
        return card
    return replace(card, question=escape(first))


# A sentence telling a quiz's takers how to type their answer, not what is asked: "Please
# answer in English.", "(Note: Your answer should be one lowercase word.)".
_INSTRUCTION = lazy(
    r"^\(?\s*(?:please\b|note\s*:|(?:answer|respond|reply)\s+(?:in|with|using|only|as)\b|"
    r"your answer\b|the answer (?:is|should|must)\b)",
    re.I,
)


def _without_instructions(question: str) -> str | None:
    """The question up to its question mark, when all that follows it tells how to type
    the answer; None otherwise."""
    mark = re.search(r"[?？]", question)
    if mark is None or mark.end() == len(question):
        return None
    rest = question[mark.end() :].strip()
    sentences = [s for s in re.split(r"(?<=[.!)])\s+(?=\(?[A-Z])", rest) if s.strip()]
    if sentences and all(_INSTRUCTION.match(s) for s in sentences):
        return question[: mark.end()]
    return None


def _html_up_to_mark(html: str) -> str:
    """A question's HTML up to its first question mark outside a tag, its tags closed."""
    for part in re.finditer(r"<[^>]*>|[^<]+", html):
        mark = re.search(r"[?？]", part.group()) if not part.group().startswith("<") else None
        if mark is not None:
            return sanitize(html[: part.start() + mark.end()])
    return html


def two_questions(question: str) -> bool:
    """Whether `question` still asks two things ("What is X? How do I switch?"), not one
    contrast ("Who sets up X? Who sets up Y?")."""
    parts = [p for p in _QUESTION_END.split(question.strip()) if p.strip()]
    several = len(parts) > 2 and sum(p.rstrip().endswith(("?", "？")) for p in parts) > 1
    return several or (_halves(question) is not None and not paired(question))


def paired(question: str) -> bool:
    """Whether `question` asks two parallel questions, one contrast ("Which objects go on
    the stack and which go on the heap?", "Who sets up X? Who sets up Y?"): its answer is
    both halves, one fact."""
    halves = _halves(question)
    if halves is None:
        return False
    first, second = (re.findall(r"\w+", h.lower())[:2] for h in halves)
    return first == second


def _halves(question: str) -> tuple[str, str] | None:
    parts = [p.strip() for p in _QUESTION_END.split(question) if p.strip()]
    if len(parts) == 2 and all(p.endswith(("?", "？")) for p in parts):
        return parts[0], parts[1]
    joined = _JOINED.match(question)
    if joined and question.endswith("?"):
        return joined.group("first"), joined.group("second")
    return None


# "How often should I retrain it – does it get better over time?": a yes/no afterthought.
_DASHED = lazy(r"^(?P<first>.+?)\s+[–—-]\s+(?P<second>\w.*\?)$")


def _unaddressed_yes_no(question: str, answer: str) -> str | None:
    """The first question, when a yes/no second one is not what the answer's first sentence
    takes up ("How often should I retrain the model? Does it improve?" answered "The model
    goes stale when ..."); None otherwise."""
    parts = [p.strip() for p in _QUESTION_END.split(question) if p.strip()]
    dashed = _DASHED.match(question)
    if len(parts) == 2 and all(p.endswith(("?", "？")) for p in parts):
        first, second = parts
    elif len(parts) == 1 and dashed:
        first, second = dashed.group("first").rstrip(" ,") + "?", dashed.group("second")
        second = second[0].upper() + second[1:]
    else:
        return None
    if not _CONTENT.match(first) or not yes_no_question(second):
        return None
    opening = re.split(r"(?<=[.!?])\s", answer.strip(), maxsplit=1)[0]
    said = _stems(opening)
    if _stems(second) & said or not _stems(first) & said:
        return None
    return first


def _stems(text: str) -> set[str]:
    """The telling words of `text`, cut to five letters: "models" and "model" meet."""
    words = re.findall(r"[^\W\d_]{4,}", text.lower())
    return {w[:5] for w in words if w not in _FUNCTION_WORDS}


_FUNCTION_WORDS = {
    "this", "that", "these", "those", "them", "they", "their", "there", "with", "from",
    "your", "yours", "have", "what", "when", "where", "which", "will", "would", "should",
    "could", "does", "about", "into", "unless", "only", "also", "some", "more", "than",
    "then", "been", "being", "were", "much", "many", "very", "just", "such", "other",
}  # fmt: skip


def _first_of_two(question: str) -> str | None:
    """The first of two content questions in `question`, or None."""
    parts = [p.strip() for p in _QUESTION_END.split(question) if p.strip()]
    if len(parts) >= 2 and all(p.endswith(("?", "？")) for p in parts):
        first, second = parts[0], parts[1]
        if _CONTENT.match(first) and not yes_no_question(second):
            return first
        return None
    joined = _JOINED.match(question)
    if joined and question.endswith("?"):
        return joined.group("first").rstrip(" ,") + "?"
    return None


def unnamed_reference(question: str) -> str | None:
    """The "this" or "it" of a question that stands for nothing the question names."""
    for match in _REFERENCE.finditer(question):
        before = re.findall(r"[\w'’]+", question[: match.start()].lower())
        if any(word not in _NAMES_NOTHING for word in before):
            return None  # "What is a model and what should I expect from it?"
        rest = match.group("rest")
        if match.group("word").lower() in {"this", "that", "these", "those"} and _CLEFT.match(rest):
            continue
        return match.group("word")
    return None


def guide_subject(title: str, file_name: str = "") -> str | None:
    """What a guide is about, from its title, to name in a cue: a product's name written in
    its own capitals ("IntelliCode") or as a command ("youtube-dl", a man page's
    "YOUTUBE-DL"), else what an "<X> FAQ" page is about ("Greenhouse"); None for a title
    that names no subject ("Frequently Asked Questions", "Notes", a heading or the file's
    name standing in for a title)."""
    title = " ".join(title.split())
    if title.endswith(("?", "？")):
        return None  # a guide without a title: its first question stands in for one
    if _names_file(title, file_name):
        return None
    if GENERIC_TITLE.match(title):
        return None  # "Trouble-shooting" is written as a command is, and names nothing
    if _COMMAND.fullmatch(title):
        if _COLLECTION.search(title):
            return None  # a repository named for what it collects: "DS-Interview-Questions"
        return title.lower() if title.isupper() and len(title) > 5 else title
    for word in title.split():
        bare = word.strip(".,:;()[]\"'")
        if re.fullmatch(r"[A-Z][a-z]+[A-Z][\w-]*|[a-z]+[A-Z][\w-]*", bare):
            return bare
    subject = faq_subject(title)
    if not subject or GENERIC_TITLE.match(subject) or len(subject.split()) > MAX_SUBJECT_WORDS:
        return None
    return subject


def product_title(title: str, file_name: str, texts: Sequence[str]) -> str | None:
    """The name an English guide is titled by alone ("Hivelog", "Kilnware"): one capitalised
    word that English's word list does not hold ("Networking", "Python" are words and name
    no product), not the file's name; None otherwise."""
    title = " ".join(title.split())
    if not _ONE_NAME.fullmatch(title) or _names_file(title, file_name):
        return None
    text = " ".join(texts)
    small = sum(1 for w in re.findall(r"[a-z]+", text.lower()) if w in _ENGLISH_SMALL)
    if GENERIC_TITLE.match(title) or small < _ENGLISH_EVIDENCE or not reads_english(text):
        return None  # another language's common word would read as a name
    from .spelling import english_word  # the word list loads only for such a title

    return None if english_word(title.lower()) else title


_ONE_NAME = lazy(r"[A-Z][a-z]{3,}[a-z0-9]*")
_ENGLISH_EVIDENCE = 5  # English's small words the cards must hold, to be read as English


def _names_file(title: str, file_name: str) -> bool:
    """Whether a "title" is only the guide's file name standing in for one."""
    return title.lower() in {file_name.lower(), PurePath(file_name).stem.lower()}


def title_subject(title: str, file_name: str = "") -> str | None:
    """A guide's whole title as the subject of a card that says "this" or "it" without
    naming it ("University of St Andrews Degree Calculator — What does this thing do?"): a
    title of a few words that names something, not a generic one, the file's name, or a
    question; None otherwise."""
    title = " ".join(title.split())
    if not title or title.endswith(("?", "？")) or re.search(r"[—|:]", title):
        return None
    if _names_file(title, file_name):
        return None
    if GENERIC_TITLE.match(title) or not 2 <= len(title.split()) <= MAX_SUBJECT_WORDS:
        return None
    return title


def _english(question: str) -> bool:
    """Whether a question reads as English: it opens as one, or says "I", "the", "what"."""
    if _ENGLISH.match(question):
        return True
    words = re.findall(r"[a-z']+", question.lower())
    return question.endswith("?") and len(_ENGLISH_WORDS.intersection(words)) >= 2


# The commonest small words of the languages guides are written in besides English.
_OTHER_WORDS = frozenset(
    """el la los las del que y es un una por para con se lo al le les des du et est une sur
    pour dans pas der die das und ist ein eine mit nicht auf zu den dem von il di che della
    het een van niet op o os da do dos em um uma não ao à w z na jest się i och är en ett
    ve bir ile için değil và của là có không được je ve pro jak že nebo ale také jsou při
    pokud jako podle když""".split()  # noqa: SIM905
)
_ENGLISH_SMALL = frozenset(
    "the a an of to and or is are in on for with that which it its by from as be".split()  # noqa: SIM905
)
_UNSPACED_OR_OTHER_SCRIPT = lazy(
    r"[\u0370-\u03ff\u0400-\u052f\u0590-\u06ff\u0900-\u0dff"
    r"\u0e00-\u0eff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)


def reads_english(text: str, least: int = 0) -> bool:
    """Whether a text reads as English rather than as another language: no letters of
    another script, and no fewer of English's small words than of other languages' (and
    `least` of them at least)."""
    if _UNSPACED_OR_OTHER_SCRIPT.search(text):
        return False
    words = re.findall(r"[^\W\d_]+", text.lower())
    ours = sum(1 for w in words if w in _ENGLISH_SMALL)
    theirs = sum(1 for w in words if w in _OTHER_WORDS)
    asking = sum(1 for w in words if w in _ENGLISH_WORDS or w in _ASKING_WORDS)
    return ours >= theirs and ours + asking >= least


# The words English questions open with, beyond `_ENGLISH_WORDS`.
_ASKING_WORDS = frozenset(
    "did was were who whom whose when where which has had would could should will".split()  # noqa: SIM905
)
_ENGLISH_WORDS = {
    "the", "a", "an", "i", "you", "my", "your", "is", "are", "to", "of", "and", "but",
    "what", "how", "why", "can", "do", "does", "it", "this", "what's", "have", "get",
}  # fmt: skip


def asked_subject(title: str, file_name: str, first: str, texts: Sequence[str]) -> str | None:
    """What an FAQ that names nothing in its title ("FAQ", none at all) is about when its
    first question (`first`) asks what that is: "What is SideStore?", "O que é o UFW Remote
    Manager?".
    The name must be a name (capitalised) and said again, as a word, in a quarter of the
    other cards: a networking FAQ opening with "What is DNS?" is not about DNS alone."""
    title = " ".join(title.split())
    if not texts or not (
        GENERIC_TITLE.match(title) or _names_file(title, file_name) or title.endswith(("?", "？"))
    ):
        return None
    asked = _WHAT_IS_NAME.match(" ".join(first.split()))
    if asked is None:
        return None
    name = asked["name"]
    word = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.I)
    said = sum(1 for text in texts[1:] if word.search(text))
    return name if said >= max(ASKED_SUBJECT_CARDS, ASKED_SUBJECT_SHARE * len(texts)) else None


# The name an FAQ's first question asks about is its subject when this share of its cards
# (and at least this many), the first one left out, say it again.
ASKED_SUBJECT_SHARE = 0.25
ASKED_SUBJECT_CARDS = 2


# The first question of an FAQ asking what its subject is, in the languages guides are
# written in: the subject's name capitalised, with an article perhaps.
_WHAT_IS_NAME = lazy(
    r"^(?i:what\s+is|what's|o\s+que\s+[ée]|qu['’]est-ce\s+que|was\s+ist|¿\s*qu[ée]\s+es|"
    r"che\s+cos['’]?\s*[èe]|wat\s+is|co\s+to\s+jest|czym\s+jest|что\s+такое|що\s+таке|"
    r"mi\s+az?)\s+"
    r"(?i:(?:the|an?|o|a|el|la|le|l['’]|das|der|die|il|lo|het|de)\s+)?"
    r"(?P<name>[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ][\w.+-]*(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ0-9][\w.+-]*){0,3})\s*[?？]$"
)


def answers_subject(title: str, texts: Sequence[str]) -> str | None:
    """What an FAQ titled only "Frequently Asked Questions" is about: the name most of its
    cards say ("Yazi defaults to ...", "Yazi relies on ..."), never written in lower case
    as a word of its own; None when no name is said that often."""
    if not GENERIC_TITLE.match(" ".join(title.split())) or not texts:
        return None
    counts: Counter[str] = Counter()
    texts = [re.sub(r"\[[^\]]*\]", " ", text) for text in texts]  # "[Project Name]": a blank
    for text in texts:
        counts.update(set(re.findall(r"(?<![\w/.@-])[A-Z][a-z]*[A-Z]?[\w]*(?![\w-])", text)))
    everything = " ".join(texts)
    for name, count in counts.most_common():
        if count < max(MIN_SUBJECT_CARDS, SUBJECT_SHARE * len(texts)):
            return None
        lower = re.search(rf"(?<![\w/.@-]){re.escape(name.lower())}(?![\w-])", everything)
        if lower is None and name.lower() not in _COMMON_CAPITALS:
            return name
    return None


# A name said in this share of an FAQ's cards (and in at least this many) is its subject:
# Yazi's FAQ says "Yazi" in all of its 9; a mixed Q&A says "Markdown" in 6 of 8 and is not
# about Markdown.
SUBJECT_SHARE = 0.8
MIN_SUBJECT_CARDS = 4
# Capitalised words that open sentences or name platforms, never an FAQ's own subject.
_COMMON_CAPITALS = {
    "i", "if", "the", "a", "an", "you", "your", "it", "this", "for", "to", "in", "on", "and",
    "or", "but", "so", "yes", "no", "please", "windows", "linux", "macos", "github", "note",
    "see", "when", "what", "how", "why", "we", "our", "there", "then", "also", "however",
}  # fmt: skip


# An interview guide's answer written for the interviewer: what to look for in the
# candidate's story, not the story itself ("Look for a detailed account ...", "This question
# tests ...", "A strong candidate will ...").
_RUBRIC = lazy(
    r"^\W*(?:(?:look|listen) for\b[^.!?:]*\b(?:candidates?|interviewees?|applicants?|"
    r"answers?|responses?|story|stories|examples?|their)|seek|the candidate|candidates|an? "
    r"(?:strong|good|great|competent|ideal|successful|excellent) (?:candidate|answer|response)|"
    r"this question "
    r"(?:tests|assesses|evaluates|checks|probes|gauges|measures)|the interviewer|"
    r"interviewers)\b",
    re.I,
)


def ask_what_is_looked_for(card: Card) -> Card:
    """A question whose answer tells the interviewer what to look for, asked as such: "What
    should a good answer to “Tell me about a conflict.” show?" The learner recalls the
    rubric; the question alone would ask for their own story."""
    if card.kind not in {CardKind.BASIC, CardKind.LIST}:
        return card
    if _RUBRIC.match(to_text(card.answer)) is None:
        return card
    question = to_text(card.question).strip()
    return replace(card, question=escape(f"What should a good answer to “{question}” show?"))


def name_subject(card: Card, subject: str | None) -> Card:
    """The card with its guide's subject before a question that does not name it."""
    if subject is None or card.kind not in {CardKind.BASIC, CardKind.LIST}:
        return card
    if re.search(r"[—?？]", subject):
        return card  # the prefix must read as one: `check` takes it off again
    question = to_text(card.question).strip()
    if subject.lower() in question.lower():
        return card
    from .extract.base import ends_question  # imported here: extract imports us

    if not ends_question(question) and not (_english(question) and unnamed_reference(question)):
        return card  # a prompt, not a question: "Name the 4 phases."
    return replace(card, question=f"{escape(subject)} — {card.question.strip()}")
