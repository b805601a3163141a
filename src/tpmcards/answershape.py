"""Short answers (../shared/CARDS.md rule 10): the answer is what the question asks, first;
the background an explicit answer carries goes to the card's Extra field.

Other people's guides answer a question with a paragraph or three: the fact the question
asks for (usually the first sentence), then why, history, caveats and where to read more.
Graded all or nothing, such a card is a chore; so a long answer keeps the sentences that
answer (at least `MIN_WORDS` words, and a lead-in ending in ":" keeps its list), and the
rest is shown after it, ungraded. A list, table or code block that is the answer is never
cut, nor is the answer to a comparison or to a request for several things. A sentence that
only sends the reader elsewhere ("For more information, see LINK.", "If you want X, see
LINK.") is dropped wherever it stands, and so is a "- see LINK" tail; a first sentence that
only gives another name ("Also called the L2 norm.") goes after the answer. Pure: HTML in,
HTML out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import bs4load  # noqa: F401  # isort: skip
from bs4 import BeautifulSoup
from bs4.element import NavigableString, Tag

from .cues import paired
from .lazyre import lazy
from .markup import escape, to_text
from .model import Card, CardKind

__all__ = [
    "LONG_WORDS",
    "MAX_ITEM_WORDS",
    "MIN_WORDS",
    "answer_pieces",
    "first_sentence",
    "pieces_html",
    "short_enough",
    "shorten_answer",
    "word_count",
]

# An answer longer than this (or of more than `LONG_SENTENCES` sentences) is cut. Measured
# on the explicit answers of the realdocs sets: the answers a person would keep as they are
# run to about 30 words; the ones a reviewer called too long run from 40 to 150.
LONG_WORDS = 35
LONG_SENTENCES = 3
# Many short sentences are cut only when they also make a long-ish answer.
MANY_SENTENCES_WORDS = 25
# An item longer than this is asked by its first sentence (its rest shown after).
MAX_ITEM_WORDS = 12
# The shortest answer left: "Yes." or "It depends." alone no longer answers.
MIN_WORDS = 8

_COMPARES = lazy(
    r"\b(?:differ\w*|difference|distinguish|compare[sd]?|comparison|versus|vs\.?)\b"
    r"|区别|不同|差异|異同|違い",
    re.I,
)
# A sentence that ends: a full stop, a question or exclamation mark, maybe quoted.
_FINISHED = lazy(r"[.!?。！？…][\"”’)\]]*\s*$")
# "Give at least 3 reasons", "Name three": the answer is the set, never cut.
_ASKS_FOR_SEVERAL = lazy(
    r"\b(?:give|name|list|mention|describe)\b[^.?]{0,20}\b(?:\d+|two|three|four|five|some|"
    r"several)\b",
    re.I,
)
# A list written inline, "- one - two", or "1) one 2) two": never cut.
_INLINE_ITEMS = lazy(r"(?:^|\s)(?:[-•*]|\d+[.)])\s+\w")
# A kramdown attribute list ("{: .warning }") left as text: page furniture, no sentence.
_ATTRIBUTES = lazy(r"^\{:[^{}]*\}$")
# A sentence that gives another name, not the answer: "Also called X", "A.k.a. X".
_ASIDE = lazy(
    r"^(?:also\s+(?:called|known\s+as|named|referred\s+to\s+as)|a\.?k\.?a\.?|"
    r"sometimes\s+called|synonyms?\b|not\s+to\s+be\s+confused\s+with|"
    # A note or disclaimer put before the answer ("Note: This is a technical fix."): the
    # back's, after the answer.
    r"\W*(?:note|n\.?b\.?|disclaimer|warning|caution|heads[- ]up)\s*[:：])",
    re.I,
)
# A first sentence that only comforts or thanks the asker ("Don't worry, we've got you
# covered!", "Great question."): the answer starts after it. A sentence that goes on with
# something of its own ("Don't worry, your data is kept.") stays.
_FILLER = lazy(
    r"^(?:(?:that's\s+an?\s+|a\s+)?(?:good|great|excellent|nice|fair|interesting)\s+question"
    r"|glad\s+you\s+asked|thanks?(?:\s+you)?\s+for\s+(?:asking|considering\b.*|your\s+interest\b.*"
    r"|reaching\s+out|choosing\b.*)|(?:don'?t|do\s+not)\s+"
    r"(?:worry|panic|fret)|not\s+to\s+worry|no\s+worries|happy\s+to\s+help"
    r"|(?:that|this|it)(?:'s|\s+is)\s+(?:no\s+problem|(?:perfectly\s+|completely\s+|quite\s+)?"
    r"(?:normal|natural|common|fine|ok|okay))|no\s+problem|(?:this|that|it)\s+(?:happens|can\s+happen)"
    r"|[^\W\d_]+!)"
    r"(?:[\s,!.;:—–-]+(?:we'?ve\s+got\s+you\s+covered|it'?s\s+(?:easy|simple|common)"
    r"|it\s+happens|you'?re\s+not\s+alone|we\s+can\s+help|here'?s\s+how))?[\s!.:—–-]*$",
    re.I,
)
_BLOCKS = {"ul", "ol", "pre", "table", "dl", "blockquote", "details", "div", "figure"}


def _asks(sentence: str) -> bool:
    """An answer's sentence that asks back ("Did you find a bug?") before it answers."""
    return sentence.rstrip().endswith(("?", "？", "؟"))
_CJK = lazy(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# A sentence ends at . ! ? (and a closing quote or bracket) before a space and a capital,
# a digit or an opening quote; or at a CJK full stop.
_END = lazy(
    r"(?<=[.!?])(?P<close>[\"”’)\]]*)\s+(?=[\"“‘(\[]?[A-Z0-9\u00c0-\u024f])|(?<=[。！？])\s*(?=\S)"
)
_END_BEFORE_TAG = lazy(r"[.!?。！？][\"”’)\]]*\s+$")
_ABBREVIATION = lazy(
    r"(?:\b(?:e\.g|i\.e|etc|vs|cf|approx|incl|Mr|Mrs|Ms|Dr|St|No|Fig|Q)|\b[A-Z])\.$", re.I
)


def word_count(text: str) -> int:
    """Words of `text`, counting two CJK characters as one word."""
    if max(text, default="") < "\u3040":
        # No character is CJK: most guides need not compile the pattern (about 2 ms).
        return len(_WORD.findall(text))
    return len(_WORD.findall(_CJK.sub(" ", text))) + len(_CJK.findall(text)) // 2


_WORD = lazy(r"[^\W\d_]+|\d+")


@dataclass(frozen=True)
class _Piece:
    html: str  # a sentence (or a whole block) as HTML, without its paragraph tags
    paragraph: int  # which top-level block it belongs to
    block: str  # the block's tag: "p" for a paragraph split into sentences

    @property
    def text(self) -> str:
        return to_text(self.html)


def shorten_answer(card: Card) -> Card:
    """The card with a long answer cut to what answers (see `_shortened`), and a short list's
    long items cut to their first sentences, the rest of each in Extra, its list led in by
    no preamble (see `_without_preamble`)."""
    return _without_preamble(_short_items(_shortened(labelled_fields(card))))


_STOP = {"a", "an", "the", "is", "are", "of", "that", "to", "in", "by", "with", "and", "or",
         "one", "it", "its", "be", "can", "which", "for", "on", "as"}  # fmt: skip

# Words of a lead-in that only announces a list: "To do X, follow these steps:".
_ANNOUNCES = {"follow", "following", "these", "this", "those", "steps", "step", "below",
              "here", "do", "you", "your", "can", "need", "must", "should", "just", "simply",
              "how", "way", "ways", "i", "we", "my", "our"}  # fmt: skip


# An item that labels what it holds: `answer: ...`, `why: ...`, `how: ...`.
_FIELD = lazy(r"^\s*(?P<label>[^\W\d_][\w'-]*(?: [\w'-]+)?)\s*[:：]", re.S)
_ANSWER_LABEL = lazy(
    r"^(?:answer|ans|short answer|réponse|reponse|respuesta|resposta|risposta|antwort|"
    r"antwoord|odpowiedź|cevap|jawaban|ответ|відповідь|答案|答|回答|답|답변)$",
    re.I,
)


def labelled_fields(card: Card) -> Card:
    """An answer written as a record of labelled items (`answer: ...`, `why: ...`, `how:
    ...`): the answer item's content is the answer (or, when the label stands alone, the
    unlabelled items after it); the other fields go to Extra under their labels."""
    if card.kind not in {CardKind.BASIC, CardKind.LIST} or card.extra:
        return card
    html = card.answer.strip()
    if not re.match(r"<(ul|ol)\b", html):
        return card
    opening = _FIELD.match(to_text(html))
    if opening is None or not _ANSWER_LABEL.match(opening["label"]):
        return card
    soup = BeautifulSoup(html, "html.parser")
    blocks = [t for t in soup.contents if isinstance(t, Tag)]
    if not blocks or blocks[0].name not in {"ul", "ol"}:
        return card
    items = [li for li in blocks[0].children if isinstance(li, Tag) and li.name == "li"]
    fields: list[tuple[str, list[str]]] = []  # (label, the items' HTML under it)
    for li in items:
        inner = li.decode_contents().strip()
        inner = re.sub(r"^<p>(.*)</p>$", r"\1", inner, flags=re.S)
        found = _FIELD.match(to_text(inner))
        if found and len(found["label"].split()) <= 2:
            rest = re.sub(rf"^\s*{re.escape(found['label'])}\s*[:：]\s*", "", inner, count=1)
            fields.append((found["label"], [rest] if to_text(rest) else []))
        elif fields:
            fields[-1][1].append(inner)
        else:
            return card
    if len(fields) < 2 or not fields[0][1]:
        return card
    parts = fields[0][1]
    listed: tuple[str, ...] = ()
    if len(parts) == 1:
        answer, kind = f"<p>{parts[0]}</p>", CardKind.BASIC
    else:
        answer = "<ul>" + "".join(f"<li>{part}</li>" for part in parts) + "</ul>"
        kind, listed = CardKind.LIST, tuple(to_text(part) for part in parts)
    extra = "".join(
        f"<p>{_labelled(label, '; '.join(parts))}</p>" for label, parts in fields[1:]
    ) + "".join(str(block) for block in blocks[1:])
    return replace(card, answer=answer, kind=kind, items=listed, extra=extra)


# Field labels that only say "here is a note": on the back, where everything is a note,
# they say nothing.
_NOTE_LABELS = {"note", "notes", "nb", "n.b", "remark", "nota", "hinweis", "remarque", "注意"}


def _labelled(label: str, text: str) -> str:
    """A field's text as the back shows it, after its label: none for a mere "Note", the
    text then opening as a sentence does."""
    if label.strip(". ").lower() not in _NOTE_LABELS:
        return f"<em>{escape(label)}:</em> {text}"
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def _without_preamble(card: Card) -> Card:
    """A list card without a lead-in that only restates its question before the list:
    "How do I train a model?" -> "To train a model, follow these steps:" says nothing the
    question did not. A lead-in with a word of its own ("Before the first run, ...:")
    stays."""
    if card.kind is not CardKind.LIST or not _OPENS_WITH_P.match(card.answer):
        return card  # no paragraph first (a list, bare text): no lead-in to drop
    asked = set(re.findall(r"\w+", to_text(card.question).lower()))
    plain = _PLAIN_LEAD.match(card.answer)
    if plain is not None and _own_words(plain[1], asked):
        # A lead-in of plain text with a word of its own: no parse needed to keep it (a
        # paragraph of several sentences is kept all the same).
        return card
    pieces = answer_pieces(card.answer)
    if not pieces or len(pieces) < 2 or pieces[0].block != "p":
        return card
    if pieces[1].block not in {"ol", "ul"}:
        return card
    lead = pieces[0].text.strip()
    if not lead.endswith(":") or pieces[1].paragraph == pieces[0].paragraph:
        return card
    if _own_words(lead, asked):
        return card
    return replace(card, answer=pieces_html(pieces[1:]))


_OPENS_WITH_P = lazy(r"\s*<p[\s>/]", re.I)
# An answer that opens with a paragraph of plain text (no markup, no entity) over a list.
_PLAIN_LEAD = lazy(r"\s*<p>([^<&]*)</p>\s*<(?:ol|ul)\b")


def _own_words(lead: str, asked: set[str]) -> bool:
    """Whether a lead-in says a word the question did not, beyond words that announce."""
    return bool(set(re.findall(r"\w+", lead.lower())) - _STOP - _ANNOUNCES - asked)


def _short_items(card: Card) -> Card:
    """A card of a few steps, some of them paragraphs: each step keeps its first sentence,
    and the rest of it goes to Extra after the step's number. Unordered items, steps with
    images, code or tables, and lists of more than four (the writer splits those) stay
    whole."""
    if card.kind is not CardKind.LIST or not 2 <= len(card.items) <= 4:
        return card
    if not any(len(item.split()) > MAX_ITEM_WORDS for item in card.items):
        return card
    # Steps only: their numbers tell which step each rest in Extra belongs to.
    lists = re.findall(r"<(ol|ul)\b[^>]*>(.*?)</\1>", card.answer, re.S)
    if len(lists) != 1 or lists[0][0] != "ol" or re.search(r"<(?:img|pre|table)\b", lists[0][1]):
        return card
    kind = lists[0][0]
    heads: list[str] = []
    rests: list[str] = []
    for n, item in enumerate(card.items, start=1):
        head, rest = first_sentence(item) if len(item.split()) > MAX_ITEM_WORDS else (item, "")
        heads.append(head)
        if rest:
            rests.append(f"<p>{n}. {escape(rest)}</p>")
    if not rests:
        return card
    start = re.search(r"<(?:ol|ul)\b", card.answer)
    end = card.answer.rfind(f"</{kind}>") + len(f"</{kind}>")
    assert start is not None
    listed = "".join(f"<li>{escape(head)}</li>" for head in heads)
    answer = f"{card.answer[: start.start()]}<{kind}>{listed}</{kind}>{card.answer[end:]}"
    return replace(card, answer=answer, items=tuple(heads), extra="".join(rests) + card.extra)


def _shortened(card: Card) -> Card:
    """The card with a long answer cut to the sentences that answer, the rest in Extra;
    pointer sentences dropped, another name given first moved after. A cloze, a card that
    has an Extra already, or an answer that opens with a list, table or code is returned
    as it is."""
    if card.kind not in {CardKind.BASIC, CardKind.LIST, CardKind.TERM} or card.extra:
        return card
    plain = to_text(card.answer)
    if (
        "<a" not in card.answer
        and short_enough(plain)
        and not _ASIDE.match(plain)
        and not _FILLER.match(first_sentence(plain)[0])
        and not _asks(first_sentence(plain)[0])
    ):
        return card  # nothing to cut and no link to drop: the common case, without parsing
    question = to_text(card.question)
    if _COMPARES.search(question) or _ASKS_FOR_SEVERAL.search(question) or paired(question):
        return card  # "How do A and B differ?", "Give 3 reasons": the answer is all of it
    pieces = answer_pieces(card.answer)
    if pieces is None:
        return card
    pieces = [p for p in pieces if not _points_away(p)] or pieces
    pieces = [p for p in pieces if not _ATTRIBUTES.match(p.text.strip())] or pieces
    pieces = [p for p in map(_without_trailing_pointer, pieces) if p is not None] or pieces
    while (
        len(pieces) > 1
        and pieces[0].block == "p"
        and (_FILLER.match(pieces[0].text) or _asks(pieces[0].text))
    ):
        pieces = pieces[1:]
    if len(pieces) > 1 and pieces[1].block == "p" and _ASIDE.match(pieces[0].text):
        # "Also called the L2 norm. The norm of x is ...": the answer first, the aside after.
        shorter = _shortened(replace(card, answer=pieces_html(pieces[1:]), extra=""))
        aside = pieces_html(pieces[:1])
        return replace(shorter, extra=aside + shorter.extra)
    text = " ".join(p.text for p in pieces)
    sentences = sum(1 for p in pieces if p.block == "p")
    if short_enough(text, sentences) or len(_INLINE_ITEMS.findall(text)) >= 2:
        answer = pieces_html(pieces)
        return card if to_text(answer) == to_text(card.answer) else replace(card, answer=answer)
    kept = _answering(pieces)
    if _ASKS_AMOUNT.search(question) and not any(_DIGIT.search(p.text) for p in kept):
        # "How long does it take?" answered "It depends on the dough. About 70%...": the
        # answer goes on to the first sentence that gives the number asked for.
        numbered = next((n for n, p in enumerate(pieces) if _DIGIT.search(p.text)), None)
        if numbered is not None and numbered < _MAX_PIECES_TO_NUMBER:
            kept = pieces[: numbered + 1]
    if card.items and not any(p.block in {"ul", "ol"} for p in kept):
        # A list card's answer is its list: what leads to it stays, what follows is Extra.
        lists = [n for n, p in enumerate(pieces) if p.block in {"ul", "ol"}]
        if not lists:
            return card
        kept = pieces[: lists[0] + 1]
    rest = pieces[len(kept) :]
    while rest and rest[-1].block == "p" and _exercise(rest[-1].text):
        rest = rest[:-1]  # "How would you apply it to ...?": an exercise left to the reader
    if not rest:
        return replace(card, answer=pieces_html(kept))
    return replace(card, answer=pieces_html(kept), extra=pieces_html(rest))


# A sentence that asks something of the reader ("How would you apply it?", "Give an example
# of ...", "Forneça um exemplo."): an exercise, no part of an answer's background.
_ASKS_BACK = lazy(r"[?？؟]\s*$")
_EXERCISE = lazy(
    r"^(?:explain|describe|give|provide|write|show|try|list|name|explique|descreva|forneça|"
    r"escreva|mostre|dê|explica|describe|proporciona|escribe|da|erkläre|erklären sie|"
    r"beschreibe|beschreiben sie|gib|geben sie|expliquez|décrivez|donnez|écrivez|spiega|"
    r"descrivi|fornisci)\b",
    re.I,
)


def _exercise(sentence: str) -> bool:
    return bool(_ASKS_BACK.search(sentence) or _EXERCISE.match(sentence.strip()))


# A question that asks for an amount, in the languages guides are written in.
_ASKS_AMOUNT = lazy(
    r"\bhow (?:much|many|long|old|often|far|big|large|high|hot|cold|fast|soon)\b|"
    r"\bwhat (?:percentage|percent|proportion|ratio|temperature|amount|age|size)\b|"
    r"\bcu[áa]nt[oa]s?\b|\bwie (?:viel|viele|lange|alt|oft|hoch|weit)\b|\bcombien\b|"
    r"\bquant[oaie]\b|\bquantos?\b|\bсколько\b|多少|几|幾|どのくらい|いくら|얼마",
    re.I,
)
_DIGIT = lazy(r"\d")
_MAX_PIECES_TO_NUMBER = 4  # further on, the number is another fact's


def first_sentence(text: str) -> tuple[str, str]:
    """Plain `text` as its first sentence and the rest ("" when it is one sentence)."""
    for match in _FIRST_END.finditer(text):
        head = text[: match.start()].rstrip()
        if head.count("(") > head.count(")") or _ABBREVIATION.search(head):
            continue
        return head, text[match.end() :].strip()
    return text, ""


# The end of a first sentence: a full stop before a capital, or a question or exclamation
# mark before anything ("Have you bound Alt+p? tmux reads it as a key.").
_FIRST_END = lazy(r"(?<=[.])\s+(?=[\"“‘(\[]?[A-Z0-9])|(?<=[!?。！？])\s*(?=\S)")


def short_enough(text: str, sentences: int | None = None) -> bool:
    """Whether an answer is short enough to stay whole (its sentences counted roughly from
    its text when not given)."""
    words = word_count(text)
    if sentences is None:
        sentences = len(_END.findall(text)) + 1
    return words <= LONG_WORDS and (sentences <= LONG_SENTENCES or words <= MANY_SENTENCES_WORDS)


def _answering(pieces: list[_Piece]) -> list[_Piece]:
    """The first pieces: enough words to answer, a sentence run on through the code or list
    it names, and a lead-in's list with it."""
    kept: list[_Piece] = []
    for piece in pieces:
        if kept and not _continues(kept[-1], piece):
            last = kept[-1]
            words = word_count(" ".join(p.text for p in kept))
            # Enough words to answer: more only from the same paragraph, within the budget.
            more = (
                piece.block == last.block == "p"
                and piece.paragraph == last.paragraph
                and words + word_count(piece.text) <= LONG_WORDS
            )
            if words >= MIN_WORDS and not more:
                break
            if piece.block != "p":
                break  # a list or code after a short sentence is background, not the answer
        kept.append(piece)
    return kept


def _continues(last: _Piece, piece: _Piece) -> bool:
    """Whether `piece` finishes what `last` began: a lead-in's list or code ("Run:"), a
    sentence cut by a code block ("compile with" CODE "in your makefile.")."""
    if last.block == "p" and piece.block != "p" and not _FINISHED.search(last.text):
        return True
    if last.block == "p" and last.text.rstrip().endswith((":", "：")):
        return True  # "There are two cases:" goes on to the first of them
    return bool(re.match(r"[a-z]", piece.text))


def answer_pieces(html: str) -> list[_Piece] | None:
    """The answer's paragraphs, each cut into sentences, and its other blocks whole; None
    when the answer opens with something that is not a paragraph (a list, code, a table:
    the answer itself, never cut)."""
    soup = BeautifulSoup(html, "html.parser")
    nodes = [n for n in soup.contents if not (isinstance(n, NavigableString) and not n.strip())]
    if not nodes:
        return None
    if not any(isinstance(n, Tag) and n.name in _BLOCKS | {"p"} for n in nodes):
        nodes = [soup]  # bare text and inline markup: one paragraph
    first = nodes[0]
    if isinstance(first, Tag) and first.name in _BLOCKS:
        return None
    pieces: list[_Piece] = []
    for n, node in enumerate(nodes):
        if isinstance(node, Tag) and (node.name == "p" or node is soup):
            pieces.extend(_Piece(s, n, "p") for s in _sentences(node))
        elif isinstance(node, Tag) and node.name in _BLOCKS:
            pieces.append(_Piece(str(node), n, node.name))
        else:
            return None  # inline markup beside blocks: not a shape cut safely
    return pieces


def _sentences(paragraph: Tag) -> list[str]:
    """The sentences of a paragraph as HTML, cut only in its own text (never inside a link,
    code or emphasis) and never inside brackets."""
    sentences: list[str] = []
    current = ""
    depth = 0
    for child in paragraph.children:
        if not isinstance(child, NavigableString):
            current += str(child)
            continue
        text = str(child)
        start = 0
        for match in _END.finditer(text):
            end = match.end("close") if match.group("close") is not None else match.start()
            before = text[start:end]
            depth_here = depth + before.count("(") - before.count(")")
            head = (to_text(current) + before).rstrip()
            quoted = head.count('"') % 2 or head.count("“") > head.count("”")
            if depth_here > 0 or quoted or _ABBREVIATION.search(head):
                continue
            sentences.append(current + _escaped(before))
            current, start, depth = "", match.end(), 0
        rest = text[start:]
        depth += rest.count("(") - rest.count(")")
        current += _escaped(rest)
        head = to_text(current).rstrip()
        if (
            isinstance(child.next_sibling, Tag)
            and _END_BEFORE_TAG.search(rest)
            and depth == 0
            and not _ABBREVIATION.search(head)
        ):
            # "Found a bug? <a>Open an issue</a>": the sentence ends before the link.
            sentences.append(current)
            current = ""
    if current.strip():
        sentences.append(current)
    return [s.strip() for s in sentences if to_text(s).strip() or "<img" in s]


def _escaped(text: str) -> str:
    """Text as HTML, written as the sanitizer writes it (a no-break space as `&nbsp;`)."""
    return escape(text).replace("\xa0", "&nbsp;")


def pieces_html(pieces: list[_Piece]) -> str:
    """Pieces back as HTML: sentences of one paragraph joined in one `<p>`."""
    out: list[str] = []
    sentences: list[str] = []
    paragraph = -1
    for piece in pieces:
        if sentences and (piece.block != "p" or piece.paragraph != paragraph):
            out.append(f"<p>{_join(sentences)}</p>")
            sentences = []
        if piece.block == "p":
            sentences.append(piece.html)
            paragraph = piece.paragraph
        else:
            out.append(piece.html)
    if sentences:
        out.append(f"<p>{_join(sentences)}</p>")
    return "".join(out)


def _join(sentences: list[str]) -> str:
    """Sentences of one paragraph joined: a space after a Latin full stop, none after a CJK
    one (as they stood)."""
    out = sentences[0]
    for sentence in sentences[1:]:
        out += sentence if out.endswith(("。", "！", "？")) else f" {sentence}"
    return out


def _points_away(piece: _Piece) -> bool:
    """Whether a sentence only says where to read more ("See: LINK." as "See LINK.")."""
    if piece.block != "p":
        return False
    from .extract.pointers import only_pointer, pointer_sentence  # extract imports us

    if _LABELLED_LINKS.match(piece.html) and only_pointer(piece.html):
        return True  # "Related links: LINK", "相关链接：LINK": a label over a link
    html = _SEE_COLON.sub(r"\1", piece.html)
    return pointer_sentence(f"<p>{html}</p>")


# A few words and a colon, then links and nothing else.
_LABELLED_LINKS = lazy(
    r"^\s*[^<:：.。]{1,30}[:：]\s*(?:<a\b[^>]*>(?:(?!</a>).)*</a>[\s,;、，]*)+\.?\s*$", re.S
)


_SEE_COLON = lazy(r"^\s*((?:please\s+)?see)\s*:", re.I)
# "... shearing transforms - see LINK." : a pointer clause at the end of a sentence.
_TRAILING_POINTER = lazy(
    r"\s*(?:[-–—;,]|\()\s*(?:see|cf\.?)(?:\s+also)?:?\s+<a\b[^>]*>.*?</a>\s*\)?\s*(?=\.?$)",
    re.I | re.S,
)


def _without_trailing_pointer(piece: _Piece) -> _Piece | None:
    """The sentence without a "- see LINK" clause after what it states; None when all it
    states is when to follow the link ("If you want X, see LINK.")."""
    if piece.block != "p":
        return piece
    html = _TRAILING_POINTER.sub("", piece.html.strip())
    if html == piece.html.strip() or not to_text(html).strip(" ."):
        return piece
    if _CONDITION.match(to_text(html)):
        return None
    return replace(piece, html=html)


# The opening of a clause that only says when to follow a pointer.
_CONDITION = lazy(
    r"^(?:if|for|to|when|before|after|in order to|should you|once)\b[^.;:]*\.?$", re.I
)
