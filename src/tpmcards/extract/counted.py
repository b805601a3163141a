"""Short sets named in one sentence, counted: "other teams, such as A, B and C" or three
people named ("the VP, the directors and their managers"), asked as "Which 3 ...?" and
recalled item by item."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..lazyre import lazy
from ..markup import escape
from ..model import CardKind
from .base import Found
from .sentences import upper_first

__all__ = ["PEOPLE", "counted_list"]

# Who, not what, a sentence works with: people, teams and roles.
PEOPLE = lazy(
    r"\b(?:teams?|groups?|managers?|engineers?|leads?|directors?|VPs?|people|stakeholders?|"
    r"owners?|partners?|vendors?|departments?|customers?|staff|executives?|designers?|"
    r"developers?|analysts?|[A-Z]{2,}s?)\b"
)

# "Other teams, such as the marketing, legal and operations groups": a counted set.
_SUCH_AS = lazy(
    r"(?P<head>(?:[a-z]+ ){0,2}?[a-z]+),? such as (?:the )?(?P<items>[^.;:]+?)"
    r"(?: (?:groups|teams|departments|roles))?"
)


def counted_list(question: str, answer: str, line: int, index: int) -> Found | None:
    """ "Who may X work with? Other teams, such as A, B, C and D." -> "Which 4 other teams may X
    work with?" with the four as a list: a set of three or four is recalled item by item."""
    match = _SUCH_AS.fullmatch(answer.lower())
    if not match and question.startswith("Who "):
        return _counted_people(question, answer, line, index)
    if not match or not question.startswith(("Who ", "What ")):
        return None
    items = [i.strip() for i in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+",
                                         match.group("items")) if i.strip()]  # fmt: skip
    if not 3 <= len(items) <= 4 or any(len(i.split()) > 4 for i in items):
        return None
    start = answer.lower().index(match.group("items"))
    original = [answer[start:][m.start() : m.end()] for m in _spans(answer[start:].lower(), items)]
    # "other teams" leans on the card before (../shared/CARDS.md rule 3): the teams.
    head = re.sub(r"^other ", "", match.group("head"))
    ask = f"Which {len(items)} {head} {question.split(' ', 1)[1]}"
    html = "<ul>" + "".join(f"<li>{escape(upper_first(i))}</li>" for i in original) + "</ul>"
    return Found(escape(ask), html, CardKind.LIST, line, frozenset([index]),
                 tuple(upper_first(i) for i in original))  # fmt: skip


def _counted_people(question: str, answer: str, line: int, index: int) -> Found | None:
    """ "Who does X work with? The VP, the directors and their managers." -> "Which 3 roles
    does X work with?": three or four people named, counted."""
    items = [i.strip() for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", answer) if i.strip()]
    if not 3 <= len(items) <= 4 or not all(PEOPLE.search(i) for i in items):
        return None
    items = [upper_first(i) for i in items]
    html = "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"
    # "The VP of Engineering, the directors of engineering ...": which roles, named by the
    # word they share, so the cue is not answered by other roles the guide names.
    shared = set.intersection(*(set(re.findall(r"[a-z]+", i.lower())) for i in items))
    kind = " ".join(sorted(shared - _NOT_A_KIND))
    ask = f"Which {len(items)} {kind + ' ' if kind else ''}roles {question.split(' ', 1)[1]}"
    return Found(escape(ask), html, CardKind.LIST, line, frozenset([index]), tuple(items))


_NOT_A_KIND = {"the", "a", "an", "of", "their", "its", "our", "and", "s"}


def _spans(text: str, items: Sequence[str]) -> Iterator[re.Match[str]]:
    position = 0
    for item in items:
        found = re.compile(re.escape(item)).search(text, position)
        assert found is not None
        position = found.end()
        yield found
