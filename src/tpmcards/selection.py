"""Which cards a quiz asks, and in which order; the topics a learner may ask for. Pure."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from random import Random

from .errors import TpmcardsError
from .model import DeckCard


class Order(str, Enum):
    """The order cards are asked in."""

    DUE = "due"
    RANDOM = "random"
    SOURCE = "source"


# Cards still learning come back in the same session when due within this time, as Anki's
# "learn ahead limit" does: the terminal never makes the user wait for a one-minute step.
LEARN_AHEAD = timedelta(minutes=20)


@dataclass(frozen=True)
class Selection:
    """Which cards a session asks, and in which order."""

    topics: tuple[str, ...] = ()
    count: int | None = None
    order: Order = Order.DUE
    new_limit: int | None = None


def select_cards(
    cards: Sequence[DeckCard],
    due: Mapping[str, datetime],
    now: datetime,
    selection: Selection,
    rng: Random,
) -> list[DeckCard]:
    """The cards to ask: due ones first (most overdue first), then new ones in source order.

    `due` maps the id of every card studied before to when it is next due; a studied card
    that is not due within the learn-ahead time (a learning step cut short by quitting) is
    left out.
    """
    wanted = [
        c
        for c in cards
        if not c.removed and (not selection.topics or c.card.topic in selection.topics)
    ]
    studied = sorted(
        (c for c in wanted if c.id in due and due[c.id] <= now + LEARN_AHEAD),
        key=lambda c: due[c.id],
    )
    new = [c for c in wanted if c.id not in due]
    if selection.new_limit is not None:
        new = new[: max(selection.new_limit, 0)]
    chosen = studied + new
    if selection.order is Order.RANDOM:
        rng.shuffle(chosen)
    elif selection.order is Order.SOURCE:
        position = {c.id: n for n, c in enumerate(cards)}
        chosen.sort(key=lambda c: position[c.id])
    if selection.count is not None:
        chosen = chosen[: max(selection.count, 0)]
    return chosen


def check_topics(
    topics: Sequence[str], cards: Sequence[DeckCard], titles: Mapping[str, str]
) -> None:
    """Raise an error naming the topics there are when one asked for has no card."""
    known = list(dict.fromkeys([*titles, *(dc.card.topic for dc in cards)]))
    unknown = [t for t in topics if t not in known]
    if not unknown:
        return
    listed = ", ".join(
        f"{slug} ({titles[slug]})" if titles.get(slug, slug) != slug else slug for slug in known
    )
    raise TpmcardsError(
        f"--topic {', '.join(unknown)}: no such topic here; the topics are: {listed or 'none'}"
    )
