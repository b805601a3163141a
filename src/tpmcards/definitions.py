"""Glossary definitions cut to their defining sentence (../shared/CARDS.md rule 10): what
follows a sentence that defines the term on its own (a second fact, an example, another
name) is background for the Extra field. Pure; how an answer is cut into sentences is
`answershape.py`'s to say.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .answershape import MIN_WORDS, answer_pieces, pieces_html, short_enough, word_count
from .lazyre import lazy
from .markup import to_text
from .model import Card, CardKind

__all__ = ["defining_sentence"]


# Content words a defining sentence needs beyond the term's own: "A rotation matrix is a
# matrix implementing a rotation." defines nothing, and the sentence after it does.
_DEFINING_WORDS = 3
_QUALIFIES = lazy(r"^\W*(?:not|no|only|except|unless|but|however|never)\b", re.I)
_STOP = {"a", "an", "the", "is", "are", "of", "that", "to", "in", "by", "with", "and", "or",
         "one", "it", "its", "be", "can", "which", "for", "on", "as"}  # fmt: skip


def defining_sentence(card: Card) -> Card:
    """A term's definition cut to its first sentence when that sentence defines the term
    on its own; what follows (a second fact, examples, another name) goes to Extra: "A
    matrix implementing an affine transformation. For a 3-D transform it is 4 by 4."
    A definition in lists, code or tables, in a single sentence, long (`shorten_answer` cuts
    it to its budget), or whose next sentence qualifies it ("Not the archived one.", rule
    6) or asks, stays as it is."""
    if card.kind is not CardKind.TERM:
        return card
    pieces = answer_pieces(card.answer)
    if not pieces or len(pieces) < 2 or any(p.block != "p" for p in pieces):
        return card
    first = pieces[0].text
    term = {w.lower() for w in re.findall(r"\w+", to_text(card.question))}
    own = [w for w in re.findall(r"[^\W\d_]+", first.lower()) if w not in _STOP | term]
    if word_count(first) < MIN_WORDS or len(own) < _DEFINING_WORDS or first.endswith(":"):
        return card
    if _QUALIFIES.match(pieces[1].text) or any("?" in p.text for p in pieces[1:]):
        return card  # a qualifier, or a question the definition goes on to answer
    if not short_enough(" ".join(p.text for p in pieces), len(pieces)):
        return card  # a long definition is cut to its budget by `shorten_answer`
    return replace(card, answer=pieces_html(pieces[:1]), extra=pieces_html(pieces[1:]) + card.extra)
