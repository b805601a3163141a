"""Yes/no cards (../shared/CARDS.md rule 4): a question answered yes or no is asked for
its content where a safe rewrite exists, and is otherwise kept as the guide asked it, for
`check` to name. Pure; what makes
text a yes/no question or answer is `yesno.py`'s to say.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .lazyre import lazy
from .markup import escape, to_text
from .model import Card, CardKind
from .yesno import (
    asks_for_content,
    true_false_answer,
    true_false_options,
    yes_no_answer,
    yes_no_question,
)

__all__ = ["ask_for_content", "yes_no_card"]


# What a careful learner wants from "Is the kitchen open on Sundays? Yes, from noon to
# eight.": the card's fact is "yes", and what follows it only makes sense next to the
# question. Turning such a question into a content question ("When is ...?") needs the
# sentence's meaning, which no general rule reads safely in every language, so the card is
# kept as asked (the verdict and what follows it are the guide's fact; dropping it lost the
# fact) and `check` names it (file:line) for the guide's author to rewrite. A yes/no
# wording whose answer gives content without saying yes or no ("Kann ich Buchungen ändern?
# Nur über den Administrator.") teaches that content and is kept; `check` still warns.
# Two English rewrites are safe in any sentence. "Is there a roadmap for X?" answered "Yes,
# you can find it in ROADMAP.md" asks what there is, so it becomes "What roadmap is there
# for X?" with the answer after its "Yes,". Other languages' existentials (Gibt es, Hay, Y
# a-t-il) bend the noun's article by gender and case, so they are not rewritten.
# And "Can I retry two errors? Yes, pass a tuple." answers with an instruction, so it
# asks how: "How can I retry two errors?" -> "Pass a tuple." An instruction opens with a
# verb after a plain "Yes": not a pronoun, article or other word that starts a statement, not
# a word of the question, and not a plural or an -ed/-ing/-ly word ("Yes, thousands of
# projects do" and "Absolutely! Backoff is used..." stay yes/no cards, as asked).

_THERE_IS = lazy(
    r"^(?P<verb>is|are) there (?:any |a |an |some )?(?P<noun>.+?)(?P<tail> (?:for|in|on|to"
    r"|of|with|about|at|from|near|by|under|inside|around|between|when|if|before|after) .+)?\?$",
    re.I,
)
_YES_OPENING = lazy(
    r"^(?P<tags>(?:<[a-z0-9]+\b[^<>]*>)*)\s*(?:yes|yeah|yep|absolutely|sure|of course|certainly"
    r"|definitely)\s*[,.!:;—–-]\s*(?=\w)",
    re.I,
)


_ITEM = lazy(r"<li[^>]*>(.*?)</li>", re.S)
_CAN_I = lazy(r"^(?P<can>can|could) (?P<who>i|we|you|one) (?P<rest>.+\?)$", re.I)
_NOT_A_VERB = {
    "you", "it", "it's", "this", "that", "these", "those", "the", "a", "an", "there", "we",
    "they", "i", "he", "she", "its", "your", "our", "their", "my", "all", "most", "many",
    "some", "any", "every", "each", "both", "no", "not", "as", "if", "but", "and", "so",
    "just", "of", "in", "on", "by", "with", "for", "only", "also", "always", "usually",
    "often", "never", "sure", "absolutely", "definitely",
}  # fmt: skip


def instruction(rest: str, question: str) -> bool:
    """Whether the words after a plain "Yes," read as an instruction (an imperative verb
    first): not the question's own subject ("Absolutely! Backoff is used...")."""
    word = re.match(r"[A-Za-z']+", rest)
    if word is None:
        return False
    verb = word.group(0).lower()
    if verb in _NOT_A_VERB or verb in question.lower().split():
        return False
    if verb.endswith(("ed", "ing", "ly")):
        return False
    return not (verb.endswith("s") and not verb.endswith("ss"))


def _ask_how(card: Card) -> Card:
    """ "Can I retry two errors? Yes, pass a tuple." as "How can I retry two errors?" and
    "Pass a tuple."; any other card as it is."""
    if card.kind is not CardKind.BASIC:
        return card
    asked = _CAN_I.match(to_text(card.question).strip())
    answered = _YES_OPENING.match(card.answer)
    if asked is None or answered is None:
        return card
    rest = card.answer[answered.end() :]
    plain_yes = re.search(r"(?:yes|yeah|yep)\W*$", to_text(card.answer[: answered.end()]), re.I)
    if not plain_yes or not instruction(rest, asked.group("rest")):
        return card
    can, who = asked.group("can").lower(), asked.group("who")
    question = escape(f"How {can} {who} {asked.group('rest')}")
    answer = answered.group("tags") + rest[:1].upper() + rest[1:]
    return replace(card, question=question, answer=answer)


def ask_for_content(card: Card) -> Card:
    """The card with its yes/no question asked for the content, where a safe rewrite
    exists; any other card as it is."""
    card = _ask_how_possible(_ask_how_supported(_ask_what_there_is(_ask_why_not(card))))
    card = _ask_what_is_needed(card)
    return _ask_which(_ask_how_it_is_done(_ask_how_one_can(_ask_how(card))))


# "Is it possible to remove the health-bar? No." with its reason after ("... because the bar
# is drawn by the client"): the reason is the content, and the card asks for it.
_CANNOT = lazy(
    r"^(?:is it possible to|is there a way to|can (?P<who>i|we|you|one)) (?P<rest>\w.+)\?$", re.I
)
_NO = lazy(r"^\s*(?:<p[^>]*>)?\s*no\b[\s.,!:;—–-]*(?:</p>)?", re.I)
_REASON = lazy(r"\b(?:because|since|due to|the reason)\b", re.I)


def _ask_why_not(card: Card) -> Card:
    if card.kind is not CardKind.BASIC:
        return card
    asked = _CANNOT.match(to_text(card.question).strip())
    denied = _NO.match(card.answer) if asked else None
    if asked is None or denied is None:
        return card
    rest = card.answer[denied.end() :]
    reason = rest if to_text(rest).strip() else card.extra
    if not _REASON.search(to_text(reason)):
        return card  # a no without its why: a yes/no card, as asked
    who = asked.group("who")
    question = (
        f"Why can't {who} {asked.group('rest')}?"
        if who
        else f"Why is it not possible to {asked.group('rest')}?"
    )
    answer = reason.strip()
    if not answer.startswith("<"):
        answer = f"<p>{answer[:1].upper()}{answer[1:]}"
    extra = "" if reason is card.extra else card.extra
    return replace(card, question=escape(question), answer=answer, extra=extra)


# "Peut-on suspendre les livraisons ? Oui. Prévenez-nous ..." in the languages whose "can
# one / can I" question takes "how" in front unchanged (French, Spanish, German, Dutch):
# "Comment peut-on suspendre les livraisons ?" The yes goes; what follows it, four words or
# more, answers how. Each language's form, its word for "how".
_ONE_CAN = (
    (lazy(r"^(?P<m>peut-on|puis-je|pouvons-nous|pouvez-vous)\s+(?P<rest>.+)$", re.I), "Comment"),
    (lazy(r"^¿\s*(?P<m>puedo|podemos|puedes|se puede)\s+(?P<rest>.+)$", re.I), "¿Cómo"),
    (lazy(r"^(?P<m>kann ich|kann man|können wir|kann mein)\s+(?P<rest>.+)$", re.I), "Wie"),
    (lazy(r"^(?P<m>kan ik|kun je|kunnen we|kan men)\s+(?P<rest>.+)$", re.I), "Hoe"),
)
_YES_WORD = lazy(
    r"^(?P<tags>(?:<[a-z0-9]+\b[^<>]*>)*)\s*(?:oui|bien sûr|tout à fait|sí|si|claro|"
    r"por supuesto|ja|natürlich|klar|selbstverständlich|jazeker|zeker)\s*[,.!;:—–]\s*(?=\S)",
    re.I,
)


def _ask_how_one_can(card: Card) -> Card:
    if card.kind is not CardKind.BASIC:
        return card
    answered = _YES_WORD.match(card.answer)
    if answered is None:
        return card
    question = to_text(card.question).strip()
    for form, how in _ONE_CAN:
        asked = form.match(question)
        if asked is None:
            continue
        answer = _content_after(card, answered)
        if answer is None or len(to_text(answer).split()) < 4:
            return card  # "Oui, bien sûr.": nothing to ask for
        modal = asked.group("m")
        asked_how = f"{how} {modal[:1].lower()}{modal[1:]} {asked.group('rest')}"
        return replace(card, question=escape(asked_how), answer=answer)
    return card


# "Is it possible to debug requests? Yes. Here's how: ..." and "Does X support threads?
# Yes! X supports parallel fitting ...": the content after the "yes" tells how, and the
# question asks for it: "How can you debug requests?", "How does X support threads?". The
# second only when the answer says the question's verb again ("supports"), so that "Does X
# support Windows? Yes, since 2.0" (an answer of when) stays a yes/no card, as asked.
_POSSIBLE = lazy(r"^is it (?:possible|allowed|ok|okay) to (?P<rest>\w.+\?)$", re.I)
_SUPPORTS = lazy(
    r"^(?P<aux>does|do) (?P<subject>.+?) (?P<verb>support|handle|integrate with|work with)"
    r"(?P<rest> .+\?)$",
    re.I,
)


def _after_yes(card: Card) -> str | None:
    """The answer's content after its opening "Yes", or None: no yes, or nothing after it."""
    answered = _YES_OPENING.match(card.answer) or _PLAIN_YES.match(card.answer)
    return None if answered is None else _content_after(card, answered)


def _content_after(card: Card, answered: re.Match[str]) -> str | None:
    """The answer after its opening yes (`answered`, with the tags before it kept), opening
    as a sentence does; None when nothing follows the yes."""
    rest = card.answer[answered.end() :].lstrip()
    if not to_text(rest).strip():
        return None
    first = re.match(r"[\w-]+", rest)
    if first and first.group(0) in to_text(card.question).split():
        return answered.group("tags") + rest  # a name as the question writes it: "pomegranate"
    return answered.group("tags") + rest[:1].upper() + rest[1:]


_PLAIN_YES = lazy(r"^(?P<tags>(?:<[a-z0-9]+\b[^<>]*>)*)\s*yes[.!]\s+", re.I)


def _ask_how_possible(card: Card) -> Card:
    if card.kind is not CardKind.BASIC:
        return card
    asked = _POSSIBLE.match(to_text(card.question).strip())
    answer = _after_yes(card) if asked else None
    if asked is None or answer is None:
        return card
    rest = asked.group("rest")
    who = "I" if re.search(r"\b(?:my|me|mine|I)\b", rest) else "you"  # "... export my notes?"
    return replace(card, question=escape(f"How can {who} {rest}"), answer=answer)


def _ask_how_supported(card: Card) -> Card:
    if card.kind is not CardKind.BASIC:
        return card
    asked = _SUPPORTS.match(to_text(card.question).strip())
    answer = _after_yes(card) if asked else None
    if asked is None or answer is None:
        return card
    verb = asked.group("verb").split()[0].lower()
    if not re.search(rf"\b{verb}", to_text(answer), re.I):
        return card  # the answer says something else than how: when, where, who
    aux, subject = asked.group("aux").lower(), asked.group("subject")
    question = f"How {aux} {subject} {asked.group('verb')}{asked.group('rest')}"
    return replace(card, question=escape(question), answer=answer)


# "Am I required to take the exam to join the program? No, ... you need to pass FR 600."
# and "Do I need a visa to study here? No, you only need your passport.": the answer says
# what is needed instead, and the card asks for it: "What do I need to join the program?".
# Only where the question names a purpose ("to" and a verb, not "to my manager") and the
# answer, after its no, says that verb again and "need", "required" or "must": "No. The
# library lends laptops; you must book one" says what to do without one, not what joining
# needs, and stays a yes/no card.
_NEEDED = lazy(
    r"^(?:(?:am|are|is) (?P<who>i|we|you|one) (?:required|obliged|expected) to|"
    r"(?:do|does) (?P<who2>i|we|you|one) (?:need|have) to|(?:do|does) (?P<who3>i|we|you|one) "
    r"need) (?P<what>\w.+?) (?P<purpose>(?:in order )?to (?!(?:my|your|our|the|a|an|this|"
    r"that|his|her|their|its|me|us|them|him)\b)(?P<verb>\w+).*)\?$",
    re.I,
)
_NO_OPENING = lazy(r"^(?P<tags>(?:<[a-z0-9]+\b[^<>]*>)*)\s*no\s*[,.!:;—–-]\s*(?=\w)", re.I)
_SAYS_NEED = lazy(r"\b(?:need|needs|required|require|requires|must|have to|has to)\b", re.I)


def _ask_what_is_needed(card: Card) -> Card:
    if card.kind is not CardKind.BASIC:
        return card
    asked = _NEEDED.match(to_text(card.question).strip())
    answered = _NO_OPENING.match(card.answer) if asked else None
    if asked is None or answered is None:
        return card
    rest = card.answer[answered.end() :]
    said = to_text(rest)
    if not _SAYS_NEED.search(said) or not re.search(rf"\b{asked.group('verb')}", said, re.I):
        return card  # "No, anyone may join.": nothing is needed, the card stays yes/no
    who = (asked.group("who") or asked.group("who2") or asked.group("who3")).lower()
    who = "I" if who == "i" else who
    aux = "does" if who == "one" else "do"
    question = escape(f"What {aux} {who} need {asked.group('purpose')}?")
    answer = answered.group("tags") + rest[:1].upper() + rest[1:]
    return replace(card, question=question, answer=answer)


# "List, Set, Map是否继承自Collection接口？ list，set继承，map不继承" and "Do Go, Rust and Zig
# have a GC? Go does; Rust and Zig do not." ask yes or no of several things at once, and the
# answer sorts them: the card asks which of them do. An answer that opens with yes or no
# says it of all of them, and the card stays a yes/no one; "Is A or B faster?" asks which
# already.
_WHICH_ZH = lazy(r"^(?P<subject>[^？?是]*[,，、][^？?是]*?)\s*是否(?P<rest>[^？?]+)[？?]$")
_WORD = r"[\w.#+-]+"
_WHICH_EN = lazy(
    rf"^(?P<aux>do|does|are|is|can|could|will|should) (?P<subject>{_WORD}(?:, {_WORD})*,? "
    rf"and {_WORD}) (?P<rest>[^?]+)\?$",
    re.I,
)


def _ask_which(card: Card) -> Card:
    if card.kind is not CardKind.BASIC or yes_no_answer(to_text(card.answer)):
        return card
    question = to_text(card.question).strip()
    zh = _WHICH_ZH.match(question)
    if zh is not None:
        asked = f"{zh.group('subject').strip()}中哪些{zh.group('rest').strip()}？"
        return replace(card, question=escape(asked))
    en = _WHICH_EN.match(question)
    if en is None:
        return card
    aux = en.group("aux").lower()
    verb = "" if aux in ("do", "does") else "are " if aux in ("is", "are") else f"{aux} "
    asked = f"Which of {en.group('subject')} {verb}{en.group('rest')}?"
    return replace(card, question=escape(asked))


# "Can I see the data that is sent? If you want to inspect it, open %TEMP% ..." answers
# without a yes or no: it tells how. Asked "How can I see the data that is sent?", the card
# asks for what its answer gives. Not a request ("Can you please put -b back?"), and not an
# answer that denies ("Windows is not supported"): "How can I ...?" would assume it can.
_CAN = lazy(r"^(?P<can>can|could) (?P<rest>\w.+\?)$", re.I)
_PARAGRAPH = lazy(r"<p\b[^>]*>(.*?)</p>", re.S)
_DENIES = lazy(r"\b(?:not|no|never|cannot|only|unless)\b|n't\b|n’t\b", re.I)
# "Can you describe / tell me / walk us through ...?": a request put politely.
_REQUEST = lazy(
    r"^(?:you|we) (?:please )?(?:describe|tell|explain|give|share|walk|talk|name|list|provide|"
    r"elaborate|outline|summari[sz]e|recall|think of|define|compare)\b",
    re.I,
)


def _ask_how_it_is_done(card: Card) -> Card:
    if card.kind not in (CardKind.BASIC, CardKind.LIST) or _YES_OPENING.match(card.answer):
        return card
    asked = _CAN.match(to_text(card.question).strip())
    if asked is None or re.search(r"\bplease\b", asked.group("rest"), re.I):
        return card
    if _REQUEST.match(asked.group("rest")):
        return card  # "Can you describe a time ...?" asks for a story, not how one can
    answer = to_text(card.answer).strip()
    # A denial anywhere in the first paragraph ("..., so the short answer is no, you cannot")
    # says it cannot be done: "How can I ...?" would assume it can.
    paragraphs = [to_text(p) for p in _PARAGRAPH.findall(card.answer)]
    opening = next((p for p in paragraphs if p.strip()), answer)
    if not answer or yes_no_answer(answer) or _DENIES.search(opening):
        return card
    question = f"How {asked.group('can').lower()} {asked.group('rest')}"
    return replace(card, question=escape(question))


def _ask_what_there_is(card: Card) -> Card:
    """ "Is there a roadmap for X? Yes, ..." as "What roadmap is there for X?" and the
    content after the "Yes,"; any other card as it is."""
    if card.kind is not CardKind.BASIC:
        return card
    asked = _THERE_IS.match(to_text(card.question).strip())
    answered = _YES_OPENING.match(card.answer)
    if asked is None or answered is None:
        return card
    verb, noun, tail = asked.group("verb").lower(), asked.group("noun"), asked.group("tail")
    question = escape(f"What {noun} {verb} there{tail or ''}?")
    rest = card.answer[answered.end() :]
    answer = answered.group("tags") + rest[:1].upper() + rest[1:]
    return replace(card, question=question, answer=answer)


def yes_no_card(card: Card) -> str | None:
    """What makes `card` a yes/no card for `check` to name, or None: an answer that opens by
    saying yes or no to a question that asks for it, or a true/false item (判断题)."""
    if card.kind in (CardKind.CLOZE, CardKind.TERM):
        return None  # a term whose meaning is "yes" ("affirm") is a term card
    question = to_text(card.question).strip()
    options = tuple(to_text(o) for o in _ITEM.findall(card.question))
    if true_false_options(options):
        return "true/false item"
    if question[-1:] not in "?？؟" and true_false_answer(to_text(card.answer)):
        return "true/false item"  # "Statement: ..." with "Answer: False"
    if yes_no_answer(to_text(card.answer)) and (
        yes_no_question(question) or (question[-1:] in "?？" and not asks_for_content(question))
    ):
        return "yes/no question answered yes or no"
    return None
