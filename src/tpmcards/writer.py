"""Raw cards -> cards worth keeping (../shared/CARDS.md): one fact each, standing alone,
no yes/no, no long all-or-nothing lists, no duplicates, the guide's garbling put right.

Pure: takes the cards extraction found and the document they came from, returns the
written cards and what a reader should hear about them (smells left, duplicates merged,
cards that disagree). Each step is a small function run in order over the cards; what a
card's smells are is `smells.py`'s to say.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from .answershape import MAX_ITEM_WORDS, first_sentence, shorten_answer
from .cues import (
    answers_subject,
    ask_what_is_looked_for,
    asked_subject,
    guide_subject,
    name_subject,
    one_question,
    product_title,
    reads_english,
    title_subject,
)
from .definitions import defining_sentence
from .lazyre import lazy
from .markup import escape, sanitize, to_text
from .model import Card, CardKind, Config, Document
from .patternstore import compile_pattern
from .problemcues import ask_about_problem
from .smells import (
    LEADING_PRONOUN,
    MAX_LIST,
    PERSON_NAME,
    PERSONAL_PRONOUN,
    Smell,
    asking_text,
    card_smells,
    conflicts,
    list_items,
    near_duplicates,
    plain_text,
    unnamed_pronoun,
)
from .yesnocards import ask_for_content, yes_no_card

__all__ = [
    "Written",
    "apply_terms",
    "fix_document",
    "fix_terms",
    "named_person",
    "write_cards",
]


@dataclass(frozen=True)
class Written:
    """The cards of one document as written, and the smells found on the way."""

    cards: tuple[Card, ...]
    smells: tuple[Smell, ...]


def write_cards(cards: Sequence[Card], document: Document, config: Config) -> Written:
    """Put terms right, make every card stand alone, split long lists, merge duplicates."""
    smells: list[Smell] = []
    person = named_person(document)
    said = [f"{to_text(c.question)} {to_text(c.answer)}" for c in cards]
    # A title that is only the page's slug (`title: informacija-lietuvos-gyventojams` beside
    # `slug: /informacija-lietuvos-gyventojams`) names nothing, however it is written.
    slug = str(document.source.meta.get("slug") or "").strip("/ ")
    title = "" if slug and slug == document.title.strip() else document.title
    subject = (
        guide_subject(title, document.source.key)
        or answers_subject(title, said)
        or product_title(title, document.source.key, said)
        or asked_subject(
            title, document.source.key, to_text(cards[0].question) if cards else "", said
        )
    )
    written: list[Card] = []
    for card in cards:
        card = _undecorated(_spaced_links(apply_terms(card, config.terms)))
        card = ask_for_content(card)
        yes_no = yes_no_card(card)
        if yes_no is not None and not _warned_yes_no(card):
            # Kept: the verdict and what follows it are the guide's fact ("No, but install
            # it on every server"); `check` asks the author for a content question.
            smells.append(
                Smell(card.source, f'{yes_no} "{plain_text(card)}"; ask for the content instead')
            )
        card = ask_about_problem(one_question(shorten_answer(card)))
        card = ask_what_is_looked_for(card)
        if subject is None and _THIS_PRODUCT.search(to_text(card.question)):
            # "What does this thing do?": the thing the whole guide is about.
            card = name_subject(card, title_subject(title, document.source.key))
        else:
            card = name_subject(card, subject)
        if _checklist(card):
            smells.append(
                Smell(card.source, f'checklist of questions in "{plain_text(card)}"; no cloze made')
            )
        for part in _split_list(card):
            resolved = _resolve_pronouns(part, person)
            if resolved is None:
                smells.append(
                    Smell(part.source, f'unnamed pronoun in "{plain_text(part)}"; card dropped')
                )
                continue
            written.append(resolved)
    # Cards this stage composed (steps, items, rewritten questions) are cleaned as extracted
    # ones were: what a card holds is always what the sanitiser keeps.
    written = [_sanitized(card) for card in written]
    kept, merged = _merge_duplicates(_definitions(written))
    smells.extend(merged)
    smells.extend(conflicts(kept))
    for card in kept:
        smells.extend(Smell(card.source, message) for message in card_smells(card))
    return Written(tuple(kept), tuple(smells))


def _warned_yes_no(card: Card) -> bool:
    """Whether `check`'s reading of the finished card names it a yes/no question anyway."""
    return any(m.startswith("yes/no question") for m in card_smells(card))


# "this thing", "this site", "this app": the product a guide is about, named nowhere else.
_THIS_PRODUCT = lazy(
    r"\bthis (?:thing|site|website|page|app|application|tool|project|program|software|"
    r"service|plugin|extension|library|package|game|calculator|bot)\b",
    re.I,
)


def _sanitized(card: Card) -> Card:
    """The card with its fields as the sanitizer keeps them (itself when they are so)."""
    question, answer = sanitize(card.question), sanitize(card.answer)
    extra = sanitize(card.extra) if card.extra else ""
    if (question, answer, extra) == (card.question, card.answer, card.extra):
        return card
    return replace(card, question=question, answer=answer, extra=extra)


def _definitions(cards: list[Card]) -> list[Card]:
    """Each term's definition cut to its defining sentence (the rest in Extra), unless two
    terms would then read the same: "A rule which checks transactions. A match is
    blocked." and "... A match is delayed." differ only after their first sentence."""
    cut = [defining_sentence(card) for card in cards]
    seen = Counter(to_text(card.answer) for card in cut if card.kind is CardKind.TERM)
    pairs = zip(cards, cut, strict=True)
    return [new if seen[to_text(new.answer)] < 2 else old for old, new in pairs]


# --- terms ---------------------------------------------------------------------------------


def apply_terms(card: Card, terms: Sequence[tuple[str, str]]) -> Card:
    """The card with every garbled phrase of the config's `terms:` map put right."""
    if not terms:
        return card
    return replace(
        card,
        question=fix_terms(card.question, terms),
        answer=fix_terms(card.answer, terms),
        items=tuple(fix_terms(item, terms) for item in card.items),
    )


# A link run into the word before it ("visit the forum[here](url)", as machine-translated
# pages often write it): two words on the page, glued. Scripts that part words by spaces
# only; a CJK sentence runs into its links by right.
_SPACED_LETTER = "A-Za-zÀ-ɏḀ-ỿͰ-ϿЀ-ӿ"
_GLUED_LINK = lazy(rf"(?<=[{_SPACED_LETTER}])(?=<a\b[^>]*>\s*[{_SPACED_LETTER}])")


def _spaced_links(card: Card) -> Card:
    """The card with a space between each link and the word it was run into."""
    fields = (card.question, card.answer, card.extra)
    if not any("<a" in field for field in fields):
        return card
    question, answer, extra = (_GLUED_LINK.sub(" ", field) for field in fields)
    return replace(card, question=question, answer=answer, extra=extra)


# Marks after a question's mark that rate or decorate it ("...문제는? ⭐⭐⭐", "Why? 🔥"): no
# words of the question.
_DECORATION = lazy(
    r"(?<=[?？])(?:\s|&nbsp;)*[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+"
    r"(?:[\s\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]|&nbsp;)*(?=(?:</[a-z]+>\s*)*$)"
)


def _undecorated(card: Card) -> Card:
    """The card without the stars or emoji after its question's mark, and without the mark
    of the right option ("c) Kernel ✅", "b) 022 ← **correct**"): on the front it gives the
    answer away, whatever rule read the options."""
    if card.kind is not CardKind.CLOZE and _RIGHT_MARK.search(card.question):
        card = replace(
            card,
            question=_RIGHT_MARK.sub("", card.question),
            answer=_RIGHT_MARK.sub("", card.answer),
        )
    if card.kind is CardKind.CLOZE or not _DECORATION.search(card.question):
        return card
    return replace(card, question=_DECORATION.sub("", card.question))


# A tick, or an arrow and the word "correct" in a quiz's languages, after the right option:
# up to the end of its line, item or paragraph.
_RIGHT_MARK = lazy(
    r"[ \t]*(?:(?:✅|✔️?|☑️?)|(?:←|<-|&lt;-|⬅)[ \t]*(?:<(strong|b|em)>)?[ \t]*\(?(?:correct[ao]?|"
    r"right|richtig|correcte|corretta|juist|poprawna|верно|правильно|正确|正確|正解|정답)\)?"
    r"[ \t]*(?:</\1>)?)(?=[ \t]*(?:<br\s*/?>|</li>|</p>|\n|$))",
    re.I,
)


def fix_document(document: Document, terms: Sequence[tuple[str, str]]) -> Document:
    """The document with the term map applied to every heading and block, so extraction
    (topic keywords, cloze terms) reads the words put right."""
    if not terms:
        return document

    def fix(text: str) -> str:
        return fix_terms(text, terms)

    sections = tuple(
        replace(
            section,
            path=tuple(fix(h) for h in section.path),
            blocks=tuple(
                replace(
                    block,
                    html=fix(block.html),
                    text=fix(block.text),
                    items=tuple(fix(i) for i in block.items),
                    rows=tuple(tuple(fix(c) for c in row) for row in block.rows),
                )
                for block in section.blocks
            ),
        )
        for section in document.sections
    )
    return replace(document, title=fix(document.title), sections=sections)


def fix_terms(text: str, terms: Sequence[tuple[str, str]]) -> str:
    """`text` with each garbled phrase replaced, keeping a capital at the start."""
    if not terms:
        return text
    pattern, rights = _term_pattern(tuple(terms))
    fixed = text
    # Again while it changes: one fix may complete another's phrase ("total program health
    # and wellness" -> "overall program health and wellness" -> "overall program health").
    for _ in range(_TERM_PASSES):
        again = pattern.sub(lambda m: _same_case(_right_for(m.group(0), rights), m), fixed)
        if again == fixed:
            break
        fixed = again
    if fixed != text and "" in rights.values():
        fixed = re.sub(r"\s+(?=[.,;:!?])", "", fixed)  # a phrase removed: no stray space
    return fixed


_TERM_PASSES = 4


def _right_for(found: str, rights: dict[str, str]) -> str:
    """The right phrase for a garbled one as found: the case-insensitive pattern also
    matches letters whose lower case differs from the map's (`ſ` for `s`, `İ` for `i`)."""
    right = rights.get(found.lower())
    if right is not None:
        return right
    return next(r for w, r in rights.items() if re.fullmatch(re.escape(w), found, re.I))


@lru_cache(maxsize=16)
def _term_pattern(terms: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for the whole map, compiled once: every phrase at word edges, the longest
    first ("design managers" before "design")."""
    ordered = sorted(terms, key=lambda t: -len(t[0]))
    alternatives = "|".join(re.escape(wrong) for wrong, _ in ordered)
    # Kept in the pattern store: a config's map is the same from one process to the next.
    pattern = compile_pattern(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.I)
    rights: dict[str, str] = {}
    for wrong, right in ordered:
        rights.setdefault(wrong.lower(), right)
    return pattern, rights


def _same_case(right: str, match: re.Match[str]) -> str:
    found = match.group(0)
    before = match.string[: match.start()].rstrip()
    # A capital only where a sentence starts: "Top quality Guarantee" mid-sentence is garbling.
    starts = not before or before[-1] in ".!?:>"
    if starts and found[:1].isupper() and right[:1].islower():
        return right[0].upper() + right[1:]
    return right


# --- lists ---------------------------------------------------------------------------------

_LIST_QUESTION = lazy(r":?\s*name the \d+\.?$", re.I)
_NEXT_QUESTION = lazy(r"(?<=[?？])\s+(?=\S)")
_ITEM_WITH_CUE = lazy(
    r"^(?P<name>[^():]{2,60}?)\s*(?:\((?P<paren>[^()]{4,})\)|[:—–-]\s+(?P<after>.{4,}))$"
)


def _split_list(card: Card) -> Iterable[Card]:
    """A list of more than four, or a set of named meanings ("Mutualism: both organisms
    benefit") of any size: one card per item with its own cue, or, for an ordered sequence
    of more than four, an overlapping cloze per step. The answer's opening before the list is not
    lost: when it states a fact (a sentence that is more than the list's "...:"
    introduction) it is a card of its own, asked by the list's question; otherwise it goes
    to the back of every item's card as context."""
    items = tuple(item for item in list_items(card) if item.strip(" `*_-"))
    lead = _LIST_QUESTION.sub("", to_text(card.question)).strip()
    # "What are the OSI layers? Can you name at least 4?": the first question leads.
    lead = _NEXT_QUESTION.split(lead, maxsplit=1)[0].rstrip(" ?:.").lstrip("¿ ")
    if not lead or (len(items) <= MAX_LIST and not _named_set(card, items, lead)):
        yield card
        return
    opening = _opening(card.answer)
    context = f"<p>{escape(opening)}</p>" if opening else ""
    fact = " ".join(s for s in _SENTENCE_END.split(opening) if s and not s.endswith(":"))
    if fact and not _LIST_QUESTION.search(to_text(card.question)):
        opening_card = shorten_answer(
            replace(
                card, key=f"{card.key}#0", answer=f"<p>{escape(fact)}</p>", kind=CardKind.BASIC,
                items=(), extra="",
            )
        )  # fmt: skip
        # A long opening is cut as any answer is; what follows the list stays its background.
        yield replace(opening_card, extra=opening_card.extra + card.extra)
        context = ""  # the opening is a card of its own: the items' backs stay short
    if _checklist(card):
        return  # a cloze of "Is X up to date?" teaches neither an order nor a fact
    numbered = "<ol" in card.answer
    ordered = numbered and _sequence(card, lead)
    cued = [_ITEM_WITH_CUE.match(item) for item in items]
    english = reads_english(" ".join((lead, *items)))
    # A long item is asked by its first sentence, its neighbours shown by theirs: the rest
    # of it is the card's Extra (a whole paragraph hidden is no cloze).
    heads = [
        first_sentence(item) if len(item.split()) > MAX_ITEM_WORDS else (item, "") for item in items
    ]
    for n in range(len(items)):
        key = f"{card.key}#{n + 1}"
        match = cued[n]
        if not ordered and all(cued):
            assert match is not None
            cue = match.group("paren") or match.group("after")
            name = match.group("name").strip()
            if english:
                question = f"{escape(lead)}: which one means {escape(_lower_first(cue))}?"
                answer = f"<p>{escape(name)}</p>"
            else:
                # No English frame around another language's words: the name asks, as a
                # glossary's term does, and its meaning answers.
                question = f"{escape(lead)}: {escape(name)}"
                answer = f"<p>{escape(cue)}</p>"
            # The list's introduction ("The OSI model has 7 layers:") is background.
            yield replace(
                card, key=key, question=question, answer=answer, kind=CardKind.BASIC, items=(),
                extra=context + card.extra,
            )  # fmt: skip
            continue
        head, rest = heads[n]
        if ordered:
            before = f"{escape(heads[n - 1][0])} → " if n else ""
            after = f" → {escape(heads[n + 1][0])}" if n + 1 < len(items) else ""
            text = f"{escape(lead)}, step {n + 1} of {len(items)}: {before}"
            text += "{{c1::" + escape(head) + "}}" + after
        elif numbered:
            # A numbered list keeps its order: the hidden item stays in its place.
            shown = [
                "{{c1::" + escape(head) + "}}" if m == n else escape(other[0])
                for m, other in enumerate(heads)
            ]
            text = f"{escape(lead)} ({len(items)}): {'; '.join(shown)}"
        else:
            others = [escape(other[0]) for m, other in enumerate(heads) if m != n]
            joint = "; and " if english else "; "  # no English word in another language
            text = f"{escape(lead)} ({len(items)}): {'; '.join(others)}{joint}" + "{{c1::"
            text += escape(head) + "}}"
        extra = (f"<p>{escape(rest)}</p>" if rest else "") + card.extra
        yield replace(
            card, key=key, question=text, answer=context, kind=CardKind.CLOZE, items=(),
            extra=extra,
        )  # fmt: skip


# What says a numbered list is an order to keep: steps, phases, a process, a how-to.
_SEQUENCE = lazy(
    r"\b(?:steps?|stages?|phases?|process|procedure|order|sequence|lifecycle|life cycle|"
    r"workflow|timeline|instructions?|algorithm|routine|recipe|method|then|first|next|"
    r"what happens|happens when|"
    r"how (?:to|do|does|can|should|would|is|are)|schritte?|ablauf|reihenfolge|phasen?|"
    r"pasos?|etapas?|fases?|proceso|orden|[ée]tapes?|processus|ordre|passi|fasi|"
    r"этапы?|шаги?|порядок|процесс)\b|步骤|流程|顺序|順序|手順|過程|过程|단계|절차|순서",
    re.I,
)


def _named_set(card: Card, items: tuple[str, ...], lead: str) -> bool:
    """Whether two or more items each name a thing and say what it means, and are no
    sequence: "name the 3" would grade three definitions at once (CARDS.md rule 1), while
    each meaning asks for its own name."""
    if card.kind is not CardKind.LIST or len(items) < 2:
        return False
    if not _LIST_QUESTION.search(to_text(card.question)):
        return False  # a question the guide asked ("Explain X") keeps its answer whole
    if not all(_ITEM_WITH_CUE.match(item) for item in items):
        return False
    return not ("<ol" in card.answer and _sequence(card, lead))


def _sequence(card: Card, lead: str) -> bool:
    """Whether a numbered list is a sequence to learn in order: its question or lead-in
    speaks of steps, phases, a process or a how-to. "The following factors need
    attention:" numbers a set, and its order teaches nothing."""
    question = to_text(card.question)
    return bool(
        _SEQUENCE.search(lead) or _SEQUENCE.search(question) or _PURPOSE.match(lead or question)
    )


# "To reclaim dry scraps:", "Para instalarlo:": what the steps are for.
_PURPOSE = lazy(r"^\s*(?:to|in order to|um|para|pour|per|чтобы|为了|為了)\s+\w", re.I)


def _checklist(card: Card) -> bool:
    """Whether a list of more than four is a checklist: most of its items are questions
    ("Is your tmux up to date?", "Have you enabled X?"). Hiding one of them in a cloze
    hides a whole sentence that asks rather than states (CARDS.md rule 7), and its order
    is no sequence to learn, so it makes no clozes."""
    items = [to_text(item).strip() for item in list_items(card) if item.strip(" `*_-")]
    if len(items) <= MAX_LIST:
        return False
    asking = sum(1 for item in items if first_sentence(item)[0].rstrip().endswith(("?", "？")))
    return 2 * asking > len(items)


_SENTENCE_END = lazy(r"(?<=[.!?。！？])\s*(?=\S)")


def _opening(answer: str) -> str:
    """The plain text of an answer before its list (its lead sentences), or ""."""
    start = min((i for i in (answer.find("<ul"), answer.find("<ol")) if i >= 0), default=-1)
    return to_text(answer[:start]).strip() if start > 0 else ""


def _lower_first(text: str) -> str:
    words = text.split()
    if words and sum(c.isupper() for c in words[0]) == 1:
        return text[0].lower() + text[1:]
    return text


# --- pronouns ------------------------------------------------------------------------------

_PREPOSITIONS = {
    "to", "about", "for", "with", "from", "by", "at", "in", "on", "as", "and", "or", "than",
}  # fmt: skip
_NOT_NAMES = {"The", "This", "That", "These", "What", "Why", "How", "Who", "When", "Where",
              "Which", "Check", "Senior", "Interview", "Technical", "Program", "Role"}  # fmt: skip


def named_person(document: Document) -> str | None:
    """The person a document is about: the full name its running text repeats most."""
    counts: Counter[str] = Counter()
    for section in document.sections:
        texts = [section.heading] + [block.text for block in section.blocks]
        for text in texts:
            for name in PERSON_NAME.findall(text):
                if not set(name.split()) & _NOT_NAMES:
                    counts[name] += 1
    best = counts.most_common(1)
    return best[0][0] if best and best[0][1] >= 2 else None


def _resolve_pronouns(card: Card, person: str | None) -> Card | None:
    """The card with "she"/"her" named after the person of its document, or None when a
    pronoun in its question stands for nothing the card names."""
    question = card.question
    # What a quiz shows under its question (a hint quoted, code, options) asks nothing: "He
    # coined 'hypertext'" under "Who is the person in the picture?" names the answer.
    pronoun = unnamed_pronoun(asking_text(question))
    if pronoun is None or (
        pronoun.lower() in {"it", "they", "this", "these"}
        and not LEADING_PRONOUN.match(to_text(question))
    ):
        return card  # "What does it show?" in a guide's own words: kept, and check warns
    if person is None or pronoun.lower() not in {"she", "he", "her", "his", "him"}:
        return None
    match = PERSONAL_PRONOUN.search(question)
    assert match is not None
    word = match.group(0).lower()
    rest = question[match.end() :].lstrip()
    follower = re.match(r"[a-z]+", rest)
    possessive = word == "his" or (
        word == "her" and follower is not None and follower.group(0) not in _PREPOSITIONS
    )
    name = f"{person}'s" if possessive else person
    question = question[: match.start()] + name + question[match.end() :]
    if unnamed_pronoun(to_text(question)) is not None:
        return None
    return replace(card, question=question)


def _merge_duplicates(cards: list[Card]) -> tuple[list[Card], list[Smell]]:
    dropped: set[int] = set()
    smells = []
    for first, second in near_duplicates(cards):
        if id(first) in dropped or id(second) in dropped:
            continue
        dropped.add(id(second))
        smells.append(
            Smell(
                second.source,
                f'near-duplicate of {first.source} "{plain_text(first)}": "{plain_text(second)}" '
                "asks the same fact; only the first is kept",
                first.source,
            )
        )
    return [c for c in cards if id(c) not in dropped], smells
