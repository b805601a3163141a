"""The command line: thin commands over the library, errors turned into one line."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from .errors import TpmcardsError

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
@_reports_errors
def build(
    paths: tuple[Path, ...], out_dir: Path, formats: tuple[str, ...], config_path: Path | None
) -> None:
    """Build an Anki deck (.apkg) from the guides in PATHS (default: sources/).

    \b
    Example:
        tpmcards build                  # sources/ -> decks/tpm-guide.apkg
        tpmcards build notes/ -o out/
        tpmcards build --format csv --format json
    """
    import time

    from .build import build_decks
    from .sources import load_config

    inputs = _inputs(paths)
    config = load_config(config_path, inputs)
    out_dir.mkdir(parents=True, exist_ok=True) if not out_dir.exists() else None
    reports = build_decks(
        inputs, out_dir, config, now=int(time.time()), formats=formats or ("apkg",)
    )
    for report in reports:
        total = sum(report.per_topic.values())
        click.echo(
            f"{report.deck}: {total} cards -> {', '.join(str(p) for p in report.paths)}"
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
    from .build import collect_cards, prepare_cards
    from .export import export_json
    from .identity import assign_ids
    from .markup import to_text
    from .sources import load_config

    inputs = _inputs(paths)
    config = load_config(config_path, inputs)
    found = [c for c in collect_cards(inputs, config) if not topics or c.topic in topics]
    assigned = assign_ids(prepare_cards(found, inputs).cards, (), now=0).cards
    if as_json:
        click.echo(export_json(assigned, config), nl=False)
        return
    for dc in assigned:
        card = dc.card
        click.echo(f"[{card.topic}] {to_text(card.question)}")
        click.echo(f"    {to_text(card.answer)}")
        click.echo(f"    ({card.source})")
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
    from .build import collect_cards, deck_cards, prepare_cards
    from .identity import assign_ids
    from .preview import render_preview
    from .sources import load_config

    inputs = _inputs(paths)
    config = load_config(config_path, inputs)
    media = prepare_cards(deck_cards(collect_cards(inputs, config), config), inputs)
    assigned = assign_ids(media.cards, (), now=0).cards
    target = out_file or Path(f"{config.output}-preview.html")
    write_package(target, render_preview(assigned, config, media.files).encode("utf-8"))
    click.echo(f"{len(assigned)} cards -> {target}")


def main() -> None:
    """Entry point of the `tpmcards` script."""
    cli(prog_name="tpmcards")


if __name__ == "__main__":  # pragma: no cover
    main()
