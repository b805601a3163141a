"""The quiz loop: ask, read a line, grade, save, repeat; then the summary.

It reads and writes through the functions it is given, so the CLI runs it on a terminal or a
pipe and tests run it through CliRunner. Each answer is saved before the next question.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import IO, Any

from .model import CardKind, DeckCard
from .progress import ProgressStore, iso
from .quiz import (
    AGAIN,
    GOOD,
    LETTERS,
    RATING_NAMES,
    Grade,
    Mode,
    Question,
    Review,
    Selection,
    Session,
    Verdict,
    grade_choice,
    grade_typed,
    parse_rating,
    reversible,
)
from .terminal import clean, line_reader, width_of, wrap
from .textout import fit_stream

Read = Callable[[str], str]  # shows a prompt, returns a line; EOFError at end of input
Write = Callable[[str], None]  # writes one line

_STYLES = {
    "ok": "32",
    "bad": "31",
    "near": "33",
    "dim": "2",
    "bold": "1",
    "del": "31;9",
    "ins": "32;4",
}


class _Quit(Exception):
    """The user typed `q`."""


@dataclass
class SessionResult:
    """What happened in a session, in the order it happened."""

    reviews: list[Review] = field(default_factory=list)
    ended: str = "done"  # done | quit | end of input | interrupted


@dataclass
class Terminal:
    """Reading and writing: every line cleaned of control characters, wrapped to `width`,
    then (optionally) coloured."""

    read: Read
    emit: Write  # writes one finished line as it is
    color: bool = False
    width: int = 10_000

    def style(self, text: str, kind: str) -> str:
        if not self.color:
            return text
        return f"\x1b[{_STYLES[kind]}m{text}\x1b[0m"

    def write(self, text: str, kind: str | None = None) -> None:
        """Write untrusted text: cleaned, wrapped with a hanging indent, styled."""
        for line in wrap(clean(text), self.width).split("\n"):
            self.emit(self.style(line, kind) if kind and line else line)

    def ask(self, prompt: str) -> str:
        # A long prompt is wrapped like any text; its last line is the one the answer follows.
        *above, last = wrap(clean(prompt), self.width).split("\n")
        for text in above:
            self.emit(text)
        line = self.read(last + " " if prompt.endswith(" ") and not last.endswith(" ") else last)
        if line.strip().lower() == "q":
            raise _Quit
        return line


def stream_terminal(stdin: IO[str], out: IO[str], color: bool) -> Terminal:
    """A Terminal on text streams: readline on a terminal, one line per answer from a pipe.

    When stdin is not a terminal nothing echoes what was read, so the answer is written after
    its prompt: the transcript then reads as the session did.
    """

    def emit(line: str) -> None:
        out.write(fit_stream(line + "\n", out))
        out.flush()

    return Terminal(line_reader(stdin, out, emit), emit, color, width_of(out))


def run_session(
    session: Session,
    store: ProgressStore,
    term: Terminal,
    clock: Callable[[], datetime],
    titles: Mapping[str, str],
    accents: bool = False,
) -> SessionResult:
    """Ask until the queue is empty, the user quits, input ends, or Ctrl-C."""
    result = SessionResult()
    total = len(session.cards)
    try:
        while (question := session.next(clock())) is not None:
            number = f"[{min(session.asked, total)}/{total}]" if not question.repeat else "[again]"
            topic = titles.get(question.topic, question.topic)
            term.write("")
            term.write(f"{number} {topic} · {question.mode.value}", "dim")
            if question.note:
                term.write(question.note, "dim")
            term.write(question.prompt, "bold")
            rating, typed = _ask(question, term, accents)
            review = session.answer(question, rating, clock(), typed)
            with _interrupt_after():
                store.record(review)
                result.reviews.append(review)
    except _Quit:
        result.ended = "quit"
    except EOFError:
        result.ended = "end of input"
    except KeyboardInterrupt:
        result.ended = "interrupted"
    return result


@contextmanager
def _interrupt_after() -> Iterator[None]:
    """Hold Ctrl-C while an answer is being saved, then deliver it: no half-saved review."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[object] = []
    previous = signal.signal(signal.SIGINT, lambda *args: caught.append(args))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


def _ask(question: Question, term: Terminal, accents: bool) -> tuple[int, str | None]:
    if question.mode is Mode.FLIP:
        term.ask("Enter shows the answer (q quits) ")
        term.write(question.answer)
        return _rate(term, GOOD), None
    if question.mode is Mode.CHOICE:
        for letter, option in zip(LETTERS, question.options, strict=False):
            term.write(f"  {letter}) {option}")
        while True:
            reply = term.ask(f"Your choice (a-{LETTERS[len(question.options) - 1]}): ")
            grade = grade_choice(question, reply)
            if grade is not None:
                break
            term.write("Type a letter, or q to quit.")
        _show_grade(grade, question, term, reply)
        return _rate(term, grade.rating, graded=True), reply.strip()
    typed = term.ask(f"Your answer{_hint(question)}: ")
    grade = grade_typed(question, typed, accents)
    _show_grade(grade, question, term, typed)
    suggested = grade.rating
    if grade.verdict is Verdict.NEAR:
        reply = term.ask("accept? [y/N] ")
        suggested = GOOD if reply.strip().lower() in {"y", "yes"} else AGAIN
    return _rate(term, suggested, graded=True), typed


def _hint(question: Question) -> str:
    if not question.items:
        return ""
    if question.card.card.kind is CardKind.CLOZE:
        return f" ({len(question.items)} blanks, in order, separated by commas)"
    return f" ({len(question.items)} items, separated by commas)"


_MARKS = {
    Verdict.RIGHT: ("✓", "ok"),
    Verdict.PARTLY: ("~", "near"),
    Verdict.NEAR: ("?", "near"),
    Verdict.WRONG: ("✗", "bad"),
}


def _show_grade(grade: Grade, question: Question, term: Terminal, typed: str) -> None:
    mark, kind = _MARKS[grade.verdict]
    term.write(f"{mark} {grade.note}", kind)
    # A diff helps when the answer is one short form typed with slips or one word off: show
    # it as Anki does.
    if (
        question.mode is Mode.TYPE
        and not question.items
        and (grade.verdict is not Verdict.RIGHT or grade.note == "close enough")
        and grade.note != "not it"  # against a wholly different answer a diff is noise
        and grade.closest
        and len(grade.closest) <= 80
    ):
        from .grade import char_diff

        line = "  diff: " + _render_diff(char_diff(clean(typed), clean(grade.closest)), term)
        # Plain markers wrap like any text; colour codes would count as columns, so a
        # coloured diff (at most 80 letters of answer) is written as it is.
        if term.color:
            term.emit(line)
        else:
            term.write(line)
    term.write(question.answer)


def _render_diff(diff: Sequence[tuple[str, str]], term: Terminal) -> str:
    parts = []
    for op, text in diff:
        if op == "=":
            parts.append(text)
        elif term.color:
            parts.append(term.style(text, "del" if op == "-" else "ins"))
        else:
            parts.append(f"[-{text}-]" if op == "-" else f"{{+{text}+}}")
    return "".join(parts)


def _rate(term: Terminal, suggested: int, graded: bool = False) -> int:
    """Ask for the rating; after a graded miss, `r` ("I was right") overrides it to Good."""
    name = RATING_NAMES[suggested]
    override = ", r = I was right" if graded and suggested <= AGAIN else ""
    while True:
        reply = term.ask(
            f"Rate 1 Again, 2 Hard, 3 Good, 4 Easy [Enter = {suggested} {name}{override}]: "
        )
        if override and reply.strip().lower() in {"r", "right"}:
            return GOOD
        rating = parse_rating(reply, suggested)
        if rating is not None:
            return rating
        term.write("Type 1, 2, 3 or 4, Enter, or q to quit.")


def session_notes(
    cards: Sequence[DeckCard],
    chosen: Sequence[DeckCard],
    due: Mapping[str, datetime],
    selection: Selection,
    reverse: bool,
) -> list[str]:
    """What a learner should know before the first question: why nothing is asked, or that
    --reverse finds no card to turn around."""
    notes = []
    if reverse and chosen and not any(reversible(dc) for dc in chosen):
        notes.append("--reverse: none of these cards asks for a term, so they are asked as usual.")
    if chosen:
        return notes
    wanted = [
        dc
        for dc in cards
        if not dc.removed and (not selection.topics or dc.card.topic in selection.topics)
    ]
    new = sum(dc.id not in due for dc in wanted)
    if new and selection.new_limit == 0:
        notes.append(
            f"Nothing due now. {new} new card{'s' if new != 1 else ''} not yet seen: "
            "--new 0 asks none of them."
        )
    elif new:
        notes.append(f"Nothing to ask with these options; {new} new cards not yet seen.")
    else:
        notes.append("Nothing to study now: no card is due and no new card is left.")
    return notes


# --- the summary ---------------------------------------------------------------------------


def summarize(
    result: SessionResult,
    cards: Sequence[DeckCard],
    due: Mapping[str, datetime],
    titles: Mapping[str, str],
    now: datetime,
) -> dict[str, Any]:
    """The session's results as plain data (printed as text, or as JSON with --json)."""
    last: dict[str, Review] = {}
    first: dict[str, Review] = {}
    for review in result.reviews:
        first.setdefault(review.card_id, review)
        last[review.card_id] = review
    # A card counts once, by its first answer: a card learned by repeating it was still missed.
    topics: dict[str, dict[str, Any]] = {}
    for review in first.values():
        row = topics.setdefault(
            review.topic,
            {"title": titles.get(review.topic, review.topic), "answered": 0, "correct": 0},
        )
        row["answered"] += 1
        row["correct"] += int(review.correct)
    ids = {dc.id for dc in cards if not dc.removed}
    upcoming = sorted(d for i, d in due.items() if i in ids)
    later = [d for d in upcoming if d > now]
    return {
        "answered": len(first),
        "correct": sum(r.correct for r in first.values()),
        "reviews_saved": len(result.reviews),
        "ended": result.ended,
        "topics": topics,
        "missed": [
            {"id": r.card_id, "question": r.question, "topic": r.topic}
            for r in first.values()
            if not r.correct
        ],
        "due_now": sum(d <= now for d in upcoming),
        "new_left": len(ids - set(due)),
        "next_due": iso(later[0]) if later else None,
        "next_due_count": sum(d <= later[0] + timedelta(minutes=1) for d in later) if later else 0,
        "reviews": [
            {
                "id": r.card_id,
                "question": r.question,
                "topic": r.topic,
                "mode": r.mode,
                "typed": r.typed,
                "rating": r.rating,
                "correct": r.correct,
                "reviewed_at": iso(r.reviewed_at),
                "due": iso(r.due),
            }
            for r in result.reviews
        ],
    }


def format_summary(summary: Mapping[str, Any], now: datetime) -> list[str]:
    """The summary as lines of text."""
    answered, correct = summary["answered"], summary["correct"]
    if not answered:
        lines = ["No questions answered."]
    else:
        lines = [f"Answered {answered}, correct {correct} ({round(100 * correct / answered)}%)."]
        width = max(len(t["title"]) for t in summary["topics"].values())
        for row in summary["topics"].values():
            lines.append(f"  {row['title']:<{width}}  {row['correct']}/{row['answered']}")
    if summary["missed"]:
        lines.append("Missed:")
        lines += [f"  - {m['question']}" for m in summary["missed"]]
    if summary["due_now"]:
        lines.append(f"Still due now: {summary['due_now']} cards.")
    if summary["next_due"]:
        when = datetime.fromisoformat(summary["next_due"])
        count = summary["next_due_count"]
        local = when.astimezone().strftime("%Y-%m-%d %H:%M")
        lines.append(
            f"Next due: {count} card{'s' if count != 1 else ''} {relative(when - now)} ({local})."
        )
    if summary["new_left"]:
        lines.append(f"New cards not yet seen: {summary['new_left']}.")
    return lines


def relative(delta: timedelta) -> str:
    """`in 10 min`, `in 3 h`, `in 4 days`."""
    seconds = max(int(delta.total_seconds()), 0)
    if seconds < 3600:
        return f"in {max(seconds // 60, 1)} min"
    if seconds < 86400:
        return f"in {round(seconds / 3600)} h"
    return f"in {round(seconds / 86400)} days"
