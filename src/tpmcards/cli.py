"""The command line: thin commands over the library, errors turned into one line."""

from __future__ import annotations

import atexit
import gc
import io
import json
import os
import sys
from collections.abc import Callable, Iterable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from .ankiconnect import DEFAULT_URL, KEY_ENV, URL_ENV
from .errors import TpmcardsError
from .paths import DEFAULT_DECKS
from .patternstore import save as save_patterns

F = TypeVar("F", bound=Callable[..., Any])


def _reports_errors(command: F) -> F:
    """Turn our errors into `Error: ...` on stderr and exit status 1, in one place."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except TpmcardsError as err:
            from .terminal import clean

            raise click.ClickException(clean(str(err))) from None
        except BrokenPipeError:
            # The reader went away (`tpmcards cards | head`): stop quietly, as `cat` does.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise SystemExit(1) from None
        except OSError as err:
            # The library names the file of every error it expects; this is the last net.
            from .terminal import clean

            where = f"{err.filename}: " if err.filename else ""
            message = f"{where}{err.strerror or err}; check the path, its permissions and space"
            raise click.ClickException(clean(message)) from None

    return wrapper  # type: ignore[return-value]


def _warn(warnings: Iterable[str]) -> None:
    from .terminal import clean

    for warning in warnings:
        click.echo(clean(f"warning: {warning}"), err=True)


def _inputs(paths: tuple[Path, ...]) -> list[Path]:
    from .paths import DEFAULT_SOURCES

    if paths:
        return list(paths)
    if not DEFAULT_SOURCES.is_dir():
        raise click.UsageError("no guide given and no ./sources folder; pass PATHS")
    return [DEFAULT_SOURCES]


class _ProgressBar:
    """A progress bar on stderr while many guides are parsed; nothing when stderr is piped."""

    MIN_GUIDES = 20  # below this a build takes a moment, and a bar would only flicker

    def __init__(self) -> None:
        self.bar: Any = None
        self.shown = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.shown or total < self.MIN_GUIDES:
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="Reading guides", file=sys.stderr)
        self.bar.update(done - self.bar.pos)
        if done >= total:
            self.bar.render_finish()


@click.group()
@click.version_option(package_name="tpmcards")
def cli() -> None:
    """Turn study guides in Markdown or HTML into Anki decks and a terminal quiz."""
    from .textout import replace_unencodable

    # A legacy code page (a redirected Windows console) must not end a command mid-output.
    replace_unencodable(sys.stdout, sys.stderr)


paths_argument = click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
out_option = click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_DECKS,
    show_default=True,
    help="Folder for the decks and locks.",
)
config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Topics and deck name for every guide (default: each guide's nearest tpmcards.yaml "
    "in its folder or above; none: a deck named after the guide).",
)


@cli.command()
@paths_argument
@out_option
@click.option(
    "-f",
    "--format",
    "formats",
    type=click.Choice(["apkg", "csv", "json"]),
    multiple=True,
    help="What to write (repeatable): an Anki package, an Anki text-import CSV, the card "
    "list as JSON. Default: apkg.",
)
@config_option
@click.option("--dry-run", is_flag=True, help="Print what would change; write nothing.")
@click.option(
    "--check",
    is_flag=True,
    help="Exit 1 if the decks in --out are out of date with the guides (for CI); write nothing.",
)
@click.option("--watch", is_flag=True, help="Rebuild each time a guide changes (Ctrl-C stops).")
@click.option("-v", "--verbose", is_flag=True, help="List every added card, even on a first build.")
@_reports_errors
def build(
    paths: tuple[Path, ...],
    out_dir: Path,
    formats: tuple[str, ...],
    config_path: Path | None,
    dry_run: bool,
    check: bool,
    watch: bool,
    verbose: bool,
) -> None:
    """Build an Anki deck (.apkg) from the guides in PATHS (default: sources/).

    Each build prints the cards added, changed, reworded and removed since the id lock
    beside the deck.

    \b
    Example:
        tpmcards build                  # sources/ -> decks/tpm-guide.apkg
        tpmcards build notes/ -o out/
        tpmcards build --dry-run        # show what would change
        tpmcards build --check          # exit 1 if decks/ is out of date (CI)
        tpmcards build --watch          # rebuild on every save
        tpmcards build --format csv --format json
    """
    import time

    from .build import DeckReport, describe_report, ensure_folder, watch_decks
    from .project import Project

    if sum((dry_run, check, watch)) > 1:
        raise click.UsageError("use one of --dry-run, --check and --watch")
    inputs = _inputs(paths)
    fmts = formats or ("apkg",)

    def show(reports: list[DeckReport]) -> None:
        for report in reports:
            for line in describe_report(report, verbose):
                click.echo(line)

    if watch:
        ensure_folder(out_dir)
        click.echo(f"Watching {', '.join(map(str, inputs))} (Ctrl-C stops)")
        watch_decks(
            inputs,
            out_dir,
            build=lambda: Project(inputs, config_path, out_dir).build(int(time.time()), True, fmts),
            on_build=show,
            on_error=lambda err: click.echo(f"Error: {err}", err=True),
        )
        return
    project = Project(inputs, config_path, out_dir, progress=_ProgressBar())
    write = not (dry_run or check)
    if write:
        ensure_folder(out_dir)
    reports = project.build(now=int(time.time()), write=write, formats=fmts)
    if check:
        stale = [r for r in reports if not r.up_to_date]
        if stale:
            raise click.ClickException(
                f"{stale[0].path} is out of date with the guides; "
                "run `tpmcards build` and commit the deck and its lock"
            )
        click.echo(f"{out_dir}: up to date")
        return
    show(reports)


@cli.command()
@paths_argument
@out_option
@config_option
@click.option(
    "--url",
    envvar=URL_ENV,
    default=DEFAULT_URL,
    show_default=True,
    help=f"AnkiConnect's address (also from ${URL_ENV}).",
)
@click.option("--key", envvar=KEY_ENV, help=f"AnkiConnect's API key, if set (also ${KEY_ENV}).")
@click.option(
    "--delete-removed",
    is_flag=True,
    help="Delete the deck's notes tagged tpmcards::removed from Anki, and say how many.",
)
@_reports_errors
def push(
    paths: tuple[Path, ...],
    out_dir: Path,
    config_path: Path | None,
    url: str,
    key: str | None,
    delete_removed: bool,
) -> None:
    """Build the decks as `build` does, then import them into the running Anki.

    Anki must be open with the AnkiConnect add-on (code 2055492159). Anki's importer
    updates the notes whose content changed and keeps every review.

    \b
    Example:
        tpmcards push                       # sources/ -> decks/ -> Anki
        tpmcards push notes/ --delete-removed
        tpmcards push --url http://192.168.1.5:8765 --key s3cret
    """
    import time

    from .ankiconnect import AnkiConnect
    from .build import describe_report, ensure_folder
    from .project import Project
    from .push import describe_push, push_decks

    anki = AnkiConnect(url, key)
    project = Project(_inputs(paths), config_path, out_dir, progress=_ProgressBar())
    ensure_folder(out_dir)
    for pushed in push_decks(project, anki, int(time.time()), delete_removed):
        for line in [*describe_report(pushed.build), *describe_push(pushed, url)]:
            click.echo(line)


@cli.command()
@paths_argument
@click.option("--topic", "topics", multiple=True, help="Only cards of this topic (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array instead of text.")
@config_option
@_reports_errors
def cards(
    paths: tuple[Path, ...], topics: tuple[str, ...], as_json: bool, config_path: Path | None
) -> None:
    """Show the cards PATHS would give, to review them before building.

    \b
    Example:
        tpmcards cards --topic skills
        tpmcards cards notes/faq.md --json
    """
    from .export import export_json
    from .extract import OTHER_TOPIC
    from .markup import to_text
    from .project import Project
    from .terminal import clean

    project = Project(_inputs(paths), config_path, progress=_ProgressBar())
    _warn(str(problem) for _, problem in project.media.problems)
    assigned = [dc for dc in project.identified() if not topics or dc.card.topic in topics]
    if as_json:
        click.echo(export_json(assigned, project.merged_config()), nl=False)
        return
    for dc in assigned:
        card = dc.card
        # A card of no topic (a guide without a config) is shown under its deck.
        where = card.deck if card.topic == OTHER_TOPIC and card.deck else card.topic
        click.echo(clean(f"[{where}] {to_text(card.question)}"))
        # A list's items apart, as the card shows them: "A; B; C", not "A B C".
        answer = "; ".join(card.items) if card.items else to_text(card.answer)
        click.echo(clean(f"    {answer}"))
        if card.extra:
            click.echo(clean(f"    Extra: {to_text(card.extra)}"))
        click.echo(clean(f"    ({card.source})"))
    click.echo(f"{len(assigned)} cards", err=True)


@cli.command()
@paths_argument
@click.option(
    "-o",
    "--out",
    "out_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The page to write (default: <deck output name>-preview.html here).",
)
@config_option
@_reports_errors
def preview(paths: tuple[Path, ...], out_file: Path | None, config_path: Path | None) -> None:
    """Write one HTML page with every card, front and back, styled as in Anki.

    The page is self-contained (styles and images inline): open it in any browser.

    \b
    Example:
        tpmcards preview                      # -> tpm-guide-preview.html
        tpmcards preview notes/ -o notes.html
    """
    from .anki import write_package
    from .preview import render_preview
    from .project import Project

    project = Project(_inputs(paths), config_path, progress=_ProgressBar())
    _warn(str(problem) for _, problem in project.media.problems)
    # The ids are those the decks in decks/ give these cards, as in `cards` and the quiz.
    assigned = project.identified()
    config = project.merged_config()
    target = out_file or Path(f"{config.output or 'cards'}-preview.html")
    write_package(target, render_preview(assigned, config, project.media.files).encode("utf-8"))
    click.echo(f"{len(assigned)} cards -> {target}")


@cli.command()
@paths_argument
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@config_option
@_reports_errors
def check(paths: tuple[Path, ...], strict: bool, config_path: Path | None) -> None:
    """Check the guides in PATHS (default: sources/) for what would cost cards.

    One line per finding, `path:line: severity: message`. Exit status 1 when there are
    errors (or, with --strict, warnings).

    \b
    Example:
        tpmcards check
        tpmcards check notes/faq.md --strict
    """
    from .check import ERROR, failed
    from .project import Project

    project = Project(_inputs(paths), config_path, progress=_ProgressBar())
    findings = project.findings()
    for finding in findings:
        click.echo(str(finding))
    errors = sum(f.severity == ERROR for f in findings)
    click.echo(
        f"{len(project.guides)} files: {errors} errors, {len(findings) - errors} warnings",
        err=True,
    )
    if failed(findings, strict):
        raise SystemExit(1)


quiz_paths = click.argument(
    "paths",
    nargs=-1,
    type=click.Path(exists=True, path_type=Path),
    metavar="[PATHS... | DECK.apkg]",
)


@cli.command()
@quiz_paths
@click.option(
    "--mode",
    type=click.Choice(["flip", "type", "choice", "mixed"]),
    default="mixed",
    show_default=True,
    help="flip: reveal and rate; type: type the answer; choice: pick a letter; mixed: per card.",
)
@click.option("--topic", "topics", multiple=True, help="Only cards of this topic (repeatable).")
@click.option("-n", "--count", type=click.IntRange(min=1), help="Ask at most N cards.")
@click.option(
    "--order",
    type=click.Choice(["due", "random", "source"]),
    default="due",
    show_default=True,
    help="due: most overdue first, then new cards.",
)
@click.option("--seed", type=int, help="Same seed, same questions, order and options.")
@click.option("--new", "new_limit", type=click.IntRange(min=0), help="At most N new cards.")
@click.option("--reverse", is_flag=True, help="Ask term cards from the explanation to the term.")
@click.option("--strict-accents", is_flag=True, help="Typed answers must get accents right.")
@click.option(
    "--json", "as_json", is_flag=True, help="Print the results as JSON (questions go to stderr)."
)
@click.option("--no-color", is_flag=True, help="No colours (also when NO_COLOR is set).")
@click.option(
    "--reset-progress",
    is_flag=True,
    help="Move the progress store aside (renamed with a timestamp) and start over.",
)
@config_option
@_reports_errors
def quiz(
    paths: tuple[Path, ...],
    mode: str,
    topics: tuple[str, ...],
    count: int | None,
    order: str,
    seed: int | None,
    new_limit: int | None,
    reverse: bool,
    strict_accents: bool,
    as_json: bool,
    no_color: bool,
    reset_progress: bool,
    config_path: Path | None,
) -> None:
    """Quiz yourself in the terminal on the guides in PATHS or on an Anki DECK.apkg.

    Progress (FSRS scheduling) is saved after every answer. Type q to quit; Ctrl-C saves
    and exits; answers can be piped in, one per line.

    \b
    Example:
        tpmcards quiz --topic skills -n 10
        tpmcards quiz decks/tpm-guide.apkg --mode choice --seed 7
    """
    import os
    import random
    import sys
    from datetime import datetime, timezone

    from .paths import data_dir
    from .progress import ProgressStore, reset_store, store_path
    from .quiz import Mode, Session
    from .quizdeck import quiz_deck
    from .selection import Order, Selection, check_topics, select_cards
    from .session import format_summary, run_session, session_notes, stream_terminal, summarize
    from .terminal import clean, width_of, wrap

    def clock() -> datetime:
        return datetime.now(timezone.utc)

    inputs = _inputs(paths)
    if reset_progress:
        moved = reset_store(store_path(), clock())
        if moved is not None:
            click.echo(f"Moved the old progress store to {moved}; starting over.", err=True)
    deck = quiz_deck(inputs, config_path, data_dir())
    check_topics(topics, deck.cards, deck.titles)
    store = ProgressStore()
    try:
        states = store.states()
        due = {i: s.due for i, s in states.items()}
        rng = random.Random(seed)
        selection = Selection(topics, count, Order(order), new_limit)
        chosen = select_cards(deck.cards, due, clock(), selection, rng)
        color = (
            not no_color and not as_json and "NO_COLOR" not in os.environ and sys.stdout.isatty()
        )
        if isinstance(sys.stdin, io.TextIOWrapper):
            # A typed byte that is not UTF-8 shows as `�` in the answer, never a traceback.
            sys.stdin.reconfigure(errors="replace")
        term = stream_terminal(sys.stdin, sys.stderr if as_json else sys.stdout, color)
        for line in session_notes(deck.cards, chosen, due, selection, reverse):
            term.write(line)
        session = Session(
            chosen, deck.cards, {i: s.fsrs for i, s in states.items()}, Mode(mode), rng, reverse
        )
        result = run_session(session, store, term, clock, deck.titles, strict_accents)
        due = {i: s.due for i, s in store.states().items()}
    finally:
        store.close()
    in_scope = [dc for dc in deck.cards if not topics or dc.card.topic in topics]
    summary = summarize(result, in_scope, due, deck.titles, clock())
    # JSON escapes C0 controls itself; clean() takes the C1 ones and DEL it leaves raw.
    if as_json:
        click.echo(clean(json.dumps(summary, indent=2, ensure_ascii=False)))
    else:
        click.echo("")
        width = width_of(sys.stdout)
        for line in format_summary(summary, clock()):
            click.echo(wrap(clean(line), width, hanging="    "))
    if result.ended == "interrupted":
        raise SystemExit(130)


@cli.command()
@quiz_paths
@click.option("--topic", "topics", multiple=True, help="Only this topic (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@config_option
@_reports_errors
def stats(
    paths: tuple[Path, ...], topics: tuple[str, ...], as_json: bool, config_path: Path | None
) -> None:
    """Show your progress per topic: cards, new, learning, due, retention, reviews per day.

    \b
    Example:
        tpmcards stats
        tpmcards stats --topic teams --json
    """
    from datetime import datetime, timezone

    from .paths import data_dir
    from .progress import ProgressStore
    from .quizdeck import quiz_deck
    from .selection import check_topics
    from .stats import compute_stats, format_stats
    from .terminal import clean

    now = datetime.now(timezone.utc)
    deck = quiz_deck(_inputs(paths), config_path, data_dir())
    check_topics(topics, deck.cards, deck.titles)
    cards = [dc for dc in deck.cards if not topics or dc.card.topic in topics]
    titles = {s: t for s, t in deck.titles.items() if not topics or s in topics}
    with ProgressStore() as store:
        states = store.states()
        reviews = store.reviews()
    result = compute_stats(cards, states, reviews, titles, now)
    if as_json:
        click.echo(clean(json.dumps(result, indent=2, ensure_ascii=False)))
    else:
        for line in format_stats(result):
            click.echo(clean(line))


def main() -> None:
    """Entry point of the `tpmcards` script."""
    # As the process ends, reference counting frees what a command left; the collector's
    # last full pass would only walk every object once more (the modules' and the build's):
    # about a tenth of a build after an edit. Frozen objects are left out of that pass.
    atexit.register(gc.freeze)
    # The patterns compiled by this command are kept for the next one (patternstore.py).
    atexit.register(save_patterns)
    cli(prog_name="tpmcards")


if __name__ == "__main__":  # pragma: no cover
    main()
