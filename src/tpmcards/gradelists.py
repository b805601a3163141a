"""Grading list answers item by item, in any order, and cloze blanks in their order. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .answers import words
from .grade import grade_answer
from .lazyre import lazy
from .verdict import Grade, Verdict

_SEPARATORS = lazy(r"\s*(?:[,;|\n]|\s+and\s+|\s*&\s*|\s+\+\s+)\s*", re.I)
# A learner separates items and blanks with commas, semicolons, lines, or bars as the card
# writes its list ("list | tuple").
_PIECES = lazy(r"\s*[,;|\n]\s*|\s+/\s+")


def item_name(item: str) -> str:
    """How a list item is named in "missed ...": its head before a colon."""
    return item.split(":", 1)[0].strip()


def _pieces(typed: str, items: Sequence[str], accents: bool) -> list[str]:
    """Typed items: split on commas, semicolons and bars, then on "and" unless an item has it,
    then into runs of words that each name an item ("knife pan spoon")."""

    def names_item(text: str) -> bool:
        return any(
            grade_answer([item], text, accents=accents).verdict is Verdict.RIGHT for item in items
        )

    out: list[str] = []
    for piece in _PIECES.split(typed):
        parts = [p.strip() for p in _SEPARATORS.split(piece) if p.strip()]
        start = 0
        while start < len(parts):
            # The fewest parts that name an item: "objectives and key results" is one item,
            # "product managers and project managers" two.
            for end in range(start + 1, len(parts) + 1):
                text = " and ".join(parts[start:end])
                if names_item(text):
                    out.append(text)
                    start = end
                    break
            else:
                out += _runs(parts[start].split(), names_item)
                start += 1
    return out


def _runs(tokens: list[str], names_item: Callable[[str], bool]) -> list[str]:
    """The longest runs of words that name an item, left to right; the rest as one piece."""
    runs: list[str] = []
    rest: list[str] = []
    start = 0
    while start < len(tokens):
        for end in range(min(len(tokens), start + 6), start, -1):
            text = " ".join(tokens[start:end])
            if names_item(text):
                runs.append(text)
                start = end
                break
        else:
            rest.append(tokens[start])
            start += 1
    return runs + ([" ".join(rest)] if rest else [])


def grade_items(items: Sequence[str], typed: str, accents: bool = False) -> Grade:
    """Score a list answer item by item, in any order; each typed piece names one item."""
    pieces = _pieces(typed, items, accents)
    pairs = []
    for p, piece in enumerate(pieces):
        for i, item in enumerate(items):
            grade = grade_answer([item], piece, accents=accents)
            # Within a list, most of an item's key words name it: "good listener" is "A
            # really good listener"; a conflict ("injection" for "inversion") never does.
            if grade.verdict in {Verdict.RIGHT, Verdict.NEAR}:
                rank = 0 if grade.note == "exact" else 1 if grade.verdict is Verdict.RIGHT else 2
                pairs.append((rank, p, i))
    used: set[int] = set()
    found: set[int] = set()
    for _rank, p, i in sorted(pairs):
        if p in used or i in found:
            continue
        used.add(p)
        found.add(i)
    wrong = [pieces[p] for p in range(len(pieces)) if p not in used]
    missed = tuple(item_name(items[i]) for i in range(len(items)) if i not in found)
    total = len(items)
    note = f"{len(found)} of {total}"
    if missed:
        note += ": missed " + ", ".join(missed)
    if wrong:
        note += "; not on the list: " + ", ".join(wrong)
    if total and len(found) == total and not wrong:
        verdict = Verdict.RIGHT
    elif total and len(found) * 2 >= total:
        verdict = Verdict.PARTLY
    else:
        verdict = Verdict.WRONG
    return Grade(verdict, note, "; ".join(items), len(found), total, missed)


def _shared_words(blanks: Sequence[str], accents: bool) -> list[str]:
    """The words all of two blanks or more hold, in the first blank's order."""
    if len(blanks) < 2:
        return []
    held = [set(words(blank, accents)) for blank in blanks[1:]]
    return [w for w in words(blanks[0], accents) if all(w in h for h in held)]


def grade_blanks(blanks: Sequence[str], typed: str, accents: bool = False) -> Grade:
    """Score a cloze's blanks in their order: the first typed piece fills the first blank."""
    pieces = [p for p in _PIECES.split(typed) if p.strip()]
    if len(pieces) < len(blanks):
        pieces = [p for p in _SEPARATORS.split(typed) if p.strip()]
    if len(pieces) < len(blanks) == len(typed.split()):  # one word a blank: "a b c"
        pieces = typed.split()
    # Words every blank holds go without saying: "fetch | pull" fills "git fetch", "git pull".
    shared = " ".join(_shared_words(blanks, accents))
    found = 0
    missed = []
    for n, blank in enumerate(blanks):
        piece = pieces[n] if n < len(pieces) else ""
        if piece and grade_answer([blank], piece, shared, accents).verdict is Verdict.RIGHT:
            found += 1
        else:
            missed.append(blank)
    total = len(blanks)
    note = f"{found} of {total} blanks"
    if missed:
        note += ": missed " + ", ".join(missed)
    if found == total:
        verdict = Verdict.RIGHT
    elif found * 2 >= total:
        verdict = Verdict.PARTLY
    else:
        verdict = Verdict.WRONG
    return Grade(verdict, note, "; ".join(blanks), found, total, tuple(missed))
