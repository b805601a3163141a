"""`tpmcards stats`: per topic, how many cards are new, learning and due; retention; a chart."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from .model import DeckCard
from .progress import CardState, LoggedReview

RETENTION_DAYS = 30
CHART_DAYS = 14
CHART_WIDTH = 40
LEARNING_STATES = {1, 3}  # fsrs.State.Learning, fsrs.State.Relearning


def compute_stats(
    cards: Sequence[DeckCard],
    states: Mapping[str, CardState],
    reviews: Sequence[LoggedReview],
    titles: Mapping[str, str],
    now: datetime,
) -> dict[str, Any]:
    """Counts per topic, retention over 30 days, and reviews per day (local dates)."""
    local_now = now.astimezone()
    end_of_day = local_now.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
    topic_of = {dc.id: dc.card.topic for dc in cards}
    topics: dict[str, dict[str, Any]] = {}
    order = [*titles, *sorted({dc.card.topic for dc in cards} - set(titles))]
    for slug in order:
        topics[slug] = {
            "title": titles.get(slug, slug),
            "cards": 0,
            "new": 0,
            "learning": 0,
            "due_now": 0,
            "due_today": 0,
            "retention": None,
            "reviews_30d": 0,
        }
    for dc in cards:
        if dc.removed:
            continue
        row = topics[dc.card.topic]
        row["cards"] += 1
        state = states.get(dc.id)
        if state is None:
            row["new"] += 1
            continue
        row["learning"] += state.state in LEARNING_STATES
        row["due_now"] += state.due <= now
        row["due_today"] += state.due < end_of_day
    since = now - timedelta(days=RETENTION_DAYS)
    passed: dict[str, int] = {}
    counted: dict[str, int] = {}
    for review in reviews:
        topic = topic_of.get(review.card_id, review.topic)
        if review.reviewed_at < since or topic not in topics:
            continue
        topics[topic]["reviews_30d"] += 1
        # Retention counts recall of cards seen before, not the first look at a new card.
        if review.state_before:
            counted[topic] = counted.get(topic, 0) + 1
            passed[topic] = passed.get(topic, 0) + (review.rating >= 2)
    for topic, n in counted.items():
        topics[topic]["retention"] = round(passed[topic] / n, 3)
    topics = {slug: row for slug, row in topics.items() if row["cards"] or row["reviews_30d"]}
    today = local_now.date()
    days = {(today - timedelta(days=n)).isoformat(): 0 for n in range(CHART_DAYS - 1, -1, -1)}
    for review in reviews:
        day = review.reviewed_at.astimezone().date().isoformat()
        if day in days and topic_of.get(review.card_id, review.topic) in topics:
            days[day] += 1
    return {"topics": topics, "reviews_per_day": days}


def format_stats(stats: Mapping[str, Any]) -> list[str]:
    """The stats as a table and a chart of reviews per day."""
    topics = stats["topics"]
    width = max([len("Topic"), *(len(r["title"]) for r in topics.values())])
    head = f"{'Topic':<{width}}  cards  new  learning  due now  due today  retention (30 d)"
    lines = [head]
    for row in topics.values():
        retention = "-" if row["retention"] is None else f"{round(100 * row['retention'])}%"
        lines.append(
            f"{row['title']:<{width}}  {row['cards']:>5}  {row['new']:>3}  {row['learning']:>8}"
            f"  {row['due_now']:>7}  {row['due_today']:>9}  {retention:>16}"
        )
    days: Mapping[str, int] = stats["reviews_per_day"]
    top = max(days.values(), default=0)
    lines += ["", f"Reviews per day (last {len(days)} days):"]
    for day, count in days.items():
        bar = "#" * (round(CHART_WIDTH * count / top) if top else 0)
        lines.append(f"  {day[5:]}  {bar}{' ' if bar else ''}{count}")
    return lines
