"""`subdecks: folders` in tpmcards.yaml: each folder of guides is a subdeck in Anki."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from click.testing import CliRunner

from tpmcards.cli import cli


def _guide(path: Path, question: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"# Notes\n\n## {question}\n\nAn answer worth keeping.\n", "utf-8")


def _decks_in_anki(col: Any, package: Path) -> dict[str, str]:
    """Question -> the deck Anki files its card under, after importing `package`."""
    from anki.import_export_pb2 import ImportAnkiPackageRequest

    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(package)))
    found = {}
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        found[card.note().fields[0]] = col.decks.name(card.did)
    return found


def _vault(root: Path, config: str) -> None:
    _guide(root / "top.md", "What sits at the top?")
    (root / "tpmcards.yaml").write_text(config, "utf-8")
    _guide(root / "net" / "tcp.md", "What does TCP add?")
    _guide(root / "net" / "deep" / "udp.md", "What does UDP drop?")


def test_each_folder_is_a_subdeck(in_tmp: Path, anki_collection: Any) -> None:
    _vault(in_tmp / "vault", "deck: Notes\nsubdecks: folders\n")
    result = CliRunner().invoke(cli, ["build", "vault", "-o", "out"])
    assert result.exit_code == 0, result.output
    assert _decks_in_anki(anki_collection, in_tmp / "out" / "notes.apkg") == {
        "What sits at the top?": "Notes",
        "What does TCP add?": "Notes::net",
        "What does UDP drop?": "Notes::net::deep",
    }


def test_folders_and_topics_nest(in_tmp: Path, anki_collection: Any) -> None:
    """A topic's subdeck sits under the folder's."""
    config = (
        "deck: Notes\nsubdecks: folders\n"
        "topics:\n  - slug: proto\n    title: Protocols\n    keywords: [tcp, udp]\n"
    )
    _vault(in_tmp / "vault", config)
    result = CliRunner().invoke(cli, ["build", "vault", "-o", "out"])
    assert result.exit_code == 0, result.output
    decks = _decks_in_anki(anki_collection, in_tmp / "out" / "notes.apkg")
    assert decks["What does TCP add?"] == "Notes::net::Protocols"
    assert decks["What does UDP drop?"] == "Notes::net::deep::Protocols"


def test_without_the_option_folders_share_the_deck(in_tmp: Path, anki_collection: Any) -> None:
    _vault(in_tmp / "vault", "deck: Notes\n")
    result = CliRunner().invoke(cli, ["build", "vault", "-o", "out"])
    assert result.exit_code == 0, result.output
    decks = _decks_in_anki(anki_collection, in_tmp / "out" / "notes.apkg")
    assert set(decks.values()) == {"Notes"}


def test_an_unknown_subdecks_value_is_one_line(in_tmp: Path) -> None:
    _vault(in_tmp / "vault", "deck: Notes\nsubdecks: files\n")
    result = CliRunner().invoke(cli, ["build", "vault", "-o", "out"])
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: vault/tpmcards.yaml: `subdecks` must be `folders` (a subdeck per folder of "
        "guides), or left out\n"
    )
