"""The command line: thin commands over the library, errors turned into one line."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from .errors import OutputError, TpmcardsError

F = TypeVar("F", bound=Callable[..., Any])
DEFAULT_SOURCES = Path("sources")


def _reports_errors(command: F) -> F:
    """Turn our errors into `Error: ...` on stderr and exit status 1, in one place."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except TpmcardsError as err:
            raise click.ClickException(str(err)) from None
        except BrokenPipeError:
            # The reader went away (`tpmcards cards | head`): stop quietly, as `cat` does.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise SystemExit(1) from None
        except OSError as err:
            # The library names the file of every error it expects; this is the last net.
            where = f"{err.filename}: " if err.filename else ""
            raise click.ClickException(
                f"{where}{err.strerror or err}; check the path, its permissions and free space"
            ) from None

    return wrapper  # type: ignore[return-value]


def _inputs(paths: tuple[Path, ...]) -> list[Path]:
    if paths:
        return list(paths)
    if not DEFAULT_SOURCES.is_dir():
        raise click.UsageError("no guide given and no ./sources folder; pass PATHS")
    return [DEFAULT_SOURCES]


@click.group()
@click.version_option(package_name="tpmcards")
def cli() -> None:
    """Turn study guides in Markdown or HTML into Anki decks and a terminal quiz."""


paths_argument = click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Topics and deck name (default: tpmcards.yaml beside the guides, or ./sources/).",
)


@cli.command()
@paths_argument
@click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("decks"),
    show_default=True,
    help="Folder for the decks and locks.",
)
@config_option
@_reports_errors
def build(paths: tuple[Path, ...], out_dir: Path, config_path: Path | None) -> None:
    """Build an Anki deck (.apkg) from the guides in PATHS (default: sources/).

    \b
    Example:
        tpmcards build                  # sources/ -> decks/tpm-guide.apkg
        tpmcards build notes/ -o out/
    """
    import time

    from .build import build_decks
    from .sources import load_config

    inputs = _inputs(paths)
    config = load_config(config_path, inputs)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(
            f"cannot create the output folder ({err.strerror}); pass another with -o DIR", out_dir
        ) from None
    for report in build_decks(inputs, out_dir, config, now=int(time.time())):
        total = sum(report.per_topic.values())
        click.echo(
            f"{report.deck}: {total} cards -> {report.path}"
            + ("" if report.written else " (unchanged)")
        )
        for topic in config.topics:
            if topic.slug in report.per_topic:
                click.echo(f"  {topic.title:<22} {report.per_topic[topic.slug]:>4}")
        for slug, count in sorted(report.per_topic.items()):
            if config.topic(slug) is None:
                click.echo(f"  {slug:<22} {count:>4}")
        _echo_diff(report.diff)


def _echo_diff(diff: Any) -> None:
    for label, questions in (("added", diff.added), ("changed", diff.changed)):
        for question in questions:
            click.echo(f"  {label}: {question}")
    for old, new in diff.reworded:
        click.echo(f"  reworded: {old} -> {new}")
    for question in diff.removed:
        click.echo(f"  removed: {question}")
    if diff.removed:
        click.echo(
            "  Removed cards stay in the deck, tagged; find them in Anki with "
            "the search: tag:tpmcards::removed"
        )


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
    from .build import collect_cards
    from .identity import assign_ids
    from .markup import to_text
    from .sources import load_config

    inputs = _inputs(paths)
    config = load_config(config_path, inputs)
    found = [c for c in collect_cards(inputs, config) if not topics or c.topic in topics]
    assigned = assign_ids(found, (), now=0).cards
    if as_json:
        rows = [
            {
                "id": dc.id,
                "question": dc.card.question,
                "answer": dc.card.answer,
                "topic": dc.card.topic,
                "kind": dc.card.kind.value,
                "tags": list(dc.card.tags),
                "source": str(dc.card.source),
                "items": list(dc.card.items),
            }
            for dc in assigned
        ]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for dc in assigned:
        card = dc.card
        click.echo(f"[{card.topic}] {to_text(card.question)}")
        click.echo(f"    {to_text(card.answer)}")
        click.echo(f"    ({card.source})")
    click.echo(f"{len(assigned)} cards", err=True)


def main() -> None:
    """Entry point of the `tpmcards` script."""
    cli(prog_name="tpmcards")


if __name__ == "__main__":  # pragma: no cover
    main()
