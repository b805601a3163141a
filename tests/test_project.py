"""One pipeline for every command: any guide, with or without a config, gives one deck of
its own, and every command sees the same cards with the same ids."""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tpmcards.cli import cli

from .conftest import SOURCES


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


def cards_json(*args: str) -> list[dict[str, Any]]:
    result = run("cards", *args, "--json")
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def anki_notes(package: Path, tmp: Path) -> dict[str, tuple[str, list[str], str]]:
    """GUID -> (question, tags, deck) of every note Anki imports from `package`."""
    from anki.collection import Collection
    from anki.import_export_pb2 import ImportAnkiPackageRequest

    folder = tmp / "collections" / package.parent.name / package.stem
    folder.mkdir(parents=True)
    col = Collection(str(folder / "collection.anki2"))
    try:
        col.import_anki_package(ImportAnkiPackageRequest(package_path=str(package)))
        found = {}
        for nid in col.find_notes(""):
            note = col.get_note(nid)
            deck = col.decks.name(note.cards()[0].did)
            found[note.guid] = (note.fields[0], list(note.tags), deck)
        return found
    finally:
        col.close()


GUIDES = {
    "ja.md": "# 日本語の基本\n\n## What is the capital of Japan?\n\nTokyo.\n",
    "zh.md": "---\ntitle: 中文\n---\n## What is tea?\n\nA drink made from leaves.\n",
    "js.html": (
        "<html><head><title>Closures - JavaScript | MDN</title></head><body>"
        "<nav><a href='/'>Home</a></nav><main><h2>What is a closure?</h2>"
        "<p>A function together with the scope it was made in.</p></main></body></html>"
    ),
}


@pytest.mark.parametrize(
    ("name", "text", "deck"),
    [
        ("a.md", "---\ntitle: Front title\n---\n# Heading\n\n## Why?\n\nBecause.\n", "Front title"),
        ("b.md", "# First heading\n\n## Why?\n\nBecause.\n", "First heading"),
        (
            "c.html",
            "<html><head><title>FAQ — Sphinx docs</title></head><body><main>"
            "<dl><dt>Why?</dt><dd>Because.</dd></dl></main></body></html>",
            # A page titled only "FAQ" is about its site ("Sphinx docs" less "docs").
            "Sphinx — FAQ",
        ),
        ("plain-notes.md", "Q: Why?\n\nA: Because.\n", "plain-notes"),
        ("faq.md", "# 1. What is Python?\n\nA language.\n\n## Why?\n\nBecause.\n", "faq"),
        # A pandoc title block (a man page's `% NAME(1)`) names the guide, not its `# NAME`.
        ("tool.md", "% MYTOOL(1)\n% Ann Author\n\n# NAME\n\n## Why?\n\nBecause.\n", "MYTOOL"),
    ],
)
def test_a_guide_without_config_is_a_deck_named_from_the_guide(
    in_tmp: Path, name: str, text: str, deck: str
) -> None:
    """Front-matter title, else first heading, else page title without the site, else the
    file name; no topic of ours and no topic tag."""
    (in_tmp / name).write_text(text, "utf-8")
    rows = cards_json(name)
    assert rows
    assert {(row["deck"], row["topic"], tuple(row["tags"])) for row in rows} == {
        (deck, "other", ())
    }


def test_a_folder_without_config_is_one_deck_with_a_subdeck_per_guide(
    in_tmp: Path, tmp_path: Path
) -> None:
    """`build notes/`: one deck named after the folder, each guide a subdeck; Anki agrees."""
    (in_tmp / "notes").mkdir()
    for name, text in GUIDES.items():
        (in_tmp / "notes" / name).write_text(text, "utf-8")
    result = run("build", "notes", "-o", "out")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "notes: 3 cards -> out/notes.apkg"
    decks = sorted(
        deck for _, _, deck in anki_notes(in_tmp / "out" / "notes.apkg", tmp_path).values()
    )
    assert decks == ["notes::Closures - JavaScript", "notes::中文", "notes::日本語の基本"]


def test_guides_built_one_by_one_into_one_folder_keep_their_own_decks(
    in_tmp: Path, tmp_path: Path
) -> None:
    """Three guides (two titled in CJK) built one after another: three decks, none touched by
    the next build, each holding exactly the cards `cards` lists for its guide."""
    for name, text in GUIDES.items():
        (in_tmp / name).write_text(text, "utf-8")
    snapshots: dict[str, bytes] = {}
    for name in GUIDES:
        result = run("build", name, "-o", "out")
        assert result.exit_code == 0, result.output
        for earlier, data in snapshots.items():
            assert (in_tmp / "out" / earlier).read_bytes() == data, f"{name} touched {earlier}"
        snapshots = {p.name: p.read_bytes() for p in (in_tmp / "out").iterdir()}
    assert sorted(snapshots) == sorted(
        [
            "日本語の基本.apkg",
            "日本語の基本.lock.json",
            "中文.apkg",
            "中文.lock.json",
            "closures-javascript.apkg",
            "closures-javascript.lock.json",
        ]
    )
    for name, package in [
        ("ja.md", "日本語の基本.apkg"),
        ("zh.md", "中文.apkg"),
        ("js.html", "closures-javascript.apkg"),
    ]:
        listed = {row["id"]: row["question"] for row in cards_json(name)}
        notes = anki_notes(in_tmp / "out" / package, tmp_path)
        assert {guid: q for guid, (q, _, _) in notes.items()} == listed


def test_two_decks_whose_names_make_one_file_name_never_share_it(in_tmp: Path) -> None:
    """`R&D` and `R+D` both read `r-d` in file-name letters: the second deck gets its own
    file, also when the first was built earlier, and a rebuild keeps each in its file."""
    (in_tmp / "cpp.md").write_text("# R&D\n\n## What is RAII?\n\nScope-bound cleanup.\n")
    (in_tmp / "cs.md").write_text("# R+D\n\n## What is LINQ?\n\nQueries in the language.\n")
    assert run("build", "cpp.md", "-o", "out").exit_code == 0
    first = (in_tmp / "out" / "r-d.apkg").read_bytes()
    result = run("build", "cs.md", "-o", "out")
    assert result.exit_code == 0, result.output
    [line] = [x for x in result.stdout.splitlines() if x.startswith("R+D:")]
    other = line.split("-> out/")[1]
    assert other.startswith("r-d-") and other.endswith(".apkg")
    assert (in_tmp / "out" / "r-d.apkg").read_bytes() == first
    again = run("build", "cpp.md", "cs.md", "-o", "out")
    assert again.exit_code == 0, again.output
    assert "r-d.apkg (unchanged)" in again.stdout and f"{other} (unchanged)" in again.stdout


def test_sources_config_never_applies_outside_sources(in_tmp: Path) -> None:
    """A guide beside sources/ (not in it) follows no config: no TPM deck, no TPM topics,
    even when it talks about technical program managers."""
    shutil.copytree(SOURCES, in_tmp / "sources")
    (in_tmp / "notes.md").write_text(
        "# My notes\n\n## Who does a technical program manager work with?\n\nEngineering.\n"
    )
    [row] = cards_json("notes.md")
    assert (row["deck"], row["topic"]) == ("My notes", "other")
    in_sources = cards_json("sources")
    assert {r["deck"].split("::")[0] for r in in_sources} == {"TPM Guide"}
    assert "other" not in {r["topic"] for r in in_sources}


def test_the_nearest_config_above_a_guide_applies_and_config_option_wins(in_tmp: Path) -> None:
    """A config applies to its folder and below; the nearest one wins; --config beats both."""
    (in_tmp / "tpmcards.yaml").write_text(
        "deck: Outer\ntopics:\n  - slug: cooking\n    title: Cooking\n    keywords: [pan]\n"
    )
    deep = in_tmp / "a" / "b"
    deep.mkdir(parents=True)
    (deep / "g.md").write_text("# G\n\n## What heats a pan?\n\nA stove.\n")
    [row] = cards_json("a/b/g.md")
    assert (row["deck"], row["topic"]) == ("Outer::Cooking", "cooking")
    (in_tmp / "a" / "tpmcards.yaml").write_text("deck: Inner\n")
    [row] = cards_json("a/b/g.md")
    assert (row["deck"], row["topic"]) == ("Inner", "other")
    (in_tmp / "x.yaml").write_text("deck: Chosen\n")
    [row] = cards_json("a/b/g.md", "--config", "x.yaml")
    assert row["deck"] == "Chosen"


def test_cards_of_no_topic_stay_in_the_deck_and_are_counted(in_tmp: Path, tmp_path: Path) -> None:
    """With a config, a card that fits no topic is in the deck itself, tagged topic::other,
    and the report counts it; `keep_other: false` leaves it out and says how many."""
    config = "deck: Kitchen\ntopics:\n  - slug: tools\n    title: Tools\n    keywords: [knife]\n"
    (in_tmp / "tpmcards.yaml").write_text(config)
    (in_tmp / "g.md").write_text(
        "# Kitchen\n\n## What cuts bread?\n\nA knife.\n\n## What is umami?\n\nA savoury taste.\n"
    )
    result = run("build", "g.md", "-o", "out")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:4] == [
        "Kitchen: 2 cards -> out/kitchen.apkg",
        "  Tools                     1",
        "  other                     1",
        "  1 card fit no topic: kept in the deck itself, tagged topic::other",
    ]
    notes = anki_notes(in_tmp / "out" / "kitchen.apkg", tmp_path)
    assert sorted((q, tags, deck) for q, tags, deck in notes.values()) == [
        ("What cuts bread?", ["topic::tools"], "Kitchen::Tools"),
        ("What is umami?", ["topic::other"], "Kitchen"),
    ]
    (in_tmp / "tpmcards.yaml").write_text(config + "keep_other: false\n")
    result = run("build", "g.md", "-o", "out2")
    assert result.exit_code == 0, result.output
    assert "  1 card fit no topic: left out (`keep_other: false` in the config)" in result.stdout
    assert len(anki_notes(in_tmp / "out2" / "kitchen.apkg", tmp_path)) == 1


def test_cards_json_and_build_json_agree(in_tmp: Path) -> None:
    """`cards --json` and `build --format json` list the same cards, ids and decks."""
    shutil.copytree(SOURCES, in_tmp / "sources")
    (in_tmp / "sources" / "extra.md").write_text("# Extra\n\n## What is umami?\n\nA taste.\n")
    assert run("build", "--format", "json").exit_code == 0
    built = json.loads((in_tmp / "decks" / "tpm-guide.json").read_text("utf-8"))
    assert cards_json() == built
    assert "What is umami?" in {row["question"] for row in built}


def test_preview_and_quiz_use_the_ids_of_the_deck(in_tmp: Path, tpmcards_home: Path) -> None:
    """A reworded card keeps its deck id (from the lock) in `cards`, `preview` and the quiz."""
    (in_tmp / "g.md").write_text("# Notes\n\n## What colour is the sky?\n\nBlue, by day.\n")
    assert run("build", "g.md").exit_code == 0
    [before] = cards_json("g.md")
    (in_tmp / "g.md").write_text("# Notes\n\n## Which colour is the sky?\n\nBlue, by day.\n")
    assert run("build", "g.md").exit_code == 0
    [after] = cards_json("g.md")
    assert after["id"] == before["id"]
    assert run("preview", "g.md", "-o", "page.html").exit_code == 0
    assert f'data-id="{html.escape(before["id"])}"' in (in_tmp / "page.html").read_text("utf-8")
    result = run("quiz", "g.md", "--mode", "flip", "--json", input="\n3\n")
    assert result.exit_code == 0, result.output
    import sqlite3

    with sqlite3.connect(tpmcards_home / "progress.sqlite3") as db:
        assert [row[0] for row in db.execute("SELECT card_id FROM reviews")] == [before["id"]]


def test_quiz_asks_the_questions_of_any_guide(in_tmp: Path) -> None:
    """`tpmcards quiz notes.md` on one's own notes, with no config, asks their questions."""
    (in_tmp / "notes.md").write_text("# Tea\n\n## What is matcha?\n\nPowdered green tea.\n")
    result = run("quiz", "notes.md", "--mode", "flip", "--no-color", input="\n3\n")
    assert result.exit_code == 0, result.output
    assert "[1/1] Tea · flip\nWhat is matcha?\n" in result.output
    assert "Answered 1" in result.output


def test_check_warns_about_a_guide_that_gives_no_card(in_tmp: Path) -> None:
    """A guide with nothing to ask is a warning naming it, not "0 warnings"."""
    (in_tmp / "empty.md").write_text("# Just a title\n\nSome words, and nothing to ask.\n")
    (in_tmp / "good.md").write_text("# Good\n\n## Why?\n\nBecause.\n")
    result = run("check", "empty.md", "good.md")
    assert result.stdout.startswith("empty.md:1: warning: gives no card;")
    assert result.stderr == "2 files: 0 errors, 1 warnings\n"


def test_check_reports_what_build_refuses(in_tmp: Path) -> None:
    """A note type `build` refuses is an error of `check` too, with the same message."""
    (in_tmp / "g.md").write_text("---\nnote_type: fancy\n---\n# G\n\n## Why?\n\nBecause.\n")
    built = run("build", "g.md", "-o", "out")
    assert built.exit_code == 1
    checked = run("check", "g.md")
    assert checked.exit_code == 1
    message = built.stderr.strip().removeprefix("Error: g.md: ")
    assert checked.stdout == f"g.md:1: error: {message}\n"


def test_no_progress_bar_when_stderr_is_piped(in_tmp: Path) -> None:
    """Many guides built with stderr piped: nothing but the report, no bar."""
    (in_tmp / "notes").mkdir()
    for n in range(30):
        (in_tmp / "notes" / f"g{n:02d}.md").write_text(f"# G{n}\n\n## Why {n}?\n\nBecause {n}.\n")
    result = run("build", "notes", "-o", "out")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


def test_check_fails_where_build_would_write_no_deck(in_tmp: Path) -> None:
    """Guides that give no card at all: `build` refuses, so `check` is an error too."""
    (in_tmp / "notes").mkdir()
    (in_tmp / "notes" / "a.md").write_text("# Just a title\n\nSome words, and nothing to ask.\n")
    built = run("build", "notes", "-o", "out")
    assert built.exit_code == 1
    checked = run("check", "notes")
    assert checked.exit_code == 1
    assert checked.stdout.splitlines()[-1] == built.stderr.strip().replace(
        "Error: notes: ", "notes:1: error: "
    )


@pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux for a real terminal")
def test_a_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    """In a real terminal (tmux), a build of many guides shows its progress on stderr."""
    import subprocess
    import sys
    import time

    (tmp_path / "notes").mkdir()
    for n in range(30):
        (tmp_path / "notes" / f"g{n:02d}.md").write_text(f"# G{n}\n\n## Why {n}?\n\nBecause {n}.\n")
    tpmcards = Path(sys.executable).parent / "tpmcards"
    session = f"tpmcards-progress-{tmp_path.name}"
    command = (
        f"cd {tmp_path} && TPMCARDS_HOME={tmp_path / 'home'} {tpmcards} build notes -o out"
        " > report.txt; echo done-$?"
    )
    # A server of its own (-L): tests running side by side never share one.
    subprocess.run(
        [
            "tmux",
            "-L",
            session,
            "new-session",
            "-d",
            "-s",
            session,
            "-x",
            "100",
            "-y",
            "20",
            command + "; sleep 30",
        ],
        check=True,
    )
    try:
        screen = ""
        for _ in range(200):
            screen = subprocess.run(
                ["tmux", "-L", session, "capture-pane", "-p", "-t", session],
                capture_output=True,
                text=True,
            ).stdout
            if "done-" in screen:
                break
            time.sleep(0.1)
    finally:
        subprocess.run(["tmux", "-L", session, "kill-server"], capture_output=True)
    assert "done-0" in screen, screen
    assert "Reading guides" in screen and "100%" in screen, screen
    assert (tmp_path / "report.txt").read_text().startswith("notes: 30 cards -> out/notes.apkg")


def test_cards_shows_a_list_answer_item_by_item(in_tmp: Path) -> None:
    """`cards` prints a list card's items apart, not run together."""
    (in_tmp / "g.md").write_text(
        "# Kitchen\n\n## Which three tools cut food?\n\n- A knife\n- A mandoline\n- Scissors\n"
    )
    result = run("cards", "g.md")
    assert result.exit_code == 0, result.output
    assert "    A knife; A mandoline; Scissors\n" in result.stdout
