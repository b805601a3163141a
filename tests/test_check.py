"""`tpmcards check`: one line per finding, exit 1 on errors (or warnings with --strict)."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner, Result

from tpmcards.cli import cli

from .conftest import FIXTURES, SOURCES


def check(*args: str) -> Result:
    return CliRunner().invoke(cli, ["check", *args])


def test_check_reports_each_finding_with_path_and_line(in_tmp: Path) -> None:
    """Questions without answers are errors; an empty section, a repeated question and a
    question heading without "?" are warnings; exit status 1."""
    shutil.copy(FIXTURES / "not-cards.md", in_tmp / "notes.md")
    result = check("notes.md")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        'notes.md:12: error: question without answer: "What does a TPM need?"; '
        "write its answer below it, or remove it",
        'notes.md:14: error: question without answer: "Why is communication hard for a TPM?"; '
        "write its answer below it, or remove it",
        'notes.md:18: warning: empty section "Empty section"; write its content or remove the '
        "heading",
        'notes.md:20: warning: duplicate question "What is a TPM?" (first at line 8); only the '
        "first becomes a card",
    ]
    assert result.stderr == "1 files: 2 errors, 2 warnings\n"


def test_warnings_alone_pass_unless_strict(in_tmp: Path) -> None:
    """A guide with only warnings exits 0; --strict makes them fail."""
    shutil.copy(FIXTURES / "faq-headings.md", in_tmp / "faq.md")
    result = check("faq.md")
    assert result.exit_code == 0
    assert result.stdout == (
        'faq.md:23: warning: heading "What Is A Status Report" reads as a question but has no '
        'question mark; add "?"\n'
    )
    assert check("faq.md", "--strict").exit_code == 1


def test_long_answers_missing_images_and_unknown_topics(in_tmp: Path) -> None:
    """An answer over 120 words, an image that is not there, and a topic the config lacks."""
    (in_tmp / "shown.png").write_bytes(b"\x89PNG\r\n")
    (in_tmp / "tpmcards.yaml").write_text(
        "deck: Roles\ntopics:\n  - slug: role\n  - slug: skills\n"
    )
    (in_tmp / "guide.md").write_text(
        "---\ntopic: hiring\n---\n## What does a TPM do?\n\n" + "word " * 121 + "\n\n"
        "## What does the board look like?\n\n![board](missing.png)\n\n"
        "## What does the plan look like?\n\n![plan](shown.png)\n"
    )
    result = check("guide.md")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        'guide.md:1: error: topic "hiring" is not in the config (topics: role, skills); '
        "use one of them or add it to tpmcards.yaml",
        'guide.md:4: warning: answer to "What does a TPM do?" is 121 words, over the 120-word '
        "limit; split it or make it a list",
        'guide.md:10: error: image "missing.png" not found; fix the path or add the file',
    ]


def test_duplicates_across_files_are_reported(in_tmp: Path) -> None:
    """The same question in two guides of one deck is a warning naming both places."""
    (in_tmp / "a.md").write_text("## What is a TPM?\n\nA program manager.\n")
    (in_tmp / "b.md").write_text("## What is a TPM?\n\nSomeone who runs programs.\n")
    result = check("a.md", "b.md")
    assert result.exit_code == 0
    assert result.stdout == (
        'b.md:1: warning: duplicate question "What is a TPM?" (also at a.md:1); '
        "reword one or remove it\n"
    )


def test_project_sources_check_clean(in_tmp: Path) -> None:
    """The guide in sources/ has nothing to report: `tpmcards check` with no arguments."""
    shutil.copytree(SOURCES, in_tmp / "sources")
    result = check()
    assert result.exit_code == 0, result.output
    assert result.stdout == ""


def test_config_option_and_lookup(in_tmp: Path) -> None:
    """--config wins; else the nearest tpmcards.yaml in the guide's folder or above; else none
    (./sources/tpmcards.yaml never applies to a guide outside sources/)."""
    shutil.copytree(SOURCES, in_tmp / "sources")
    (in_tmp / "narrow.yaml").write_text("deck: Narrow\ntopics:\n  - slug: role\n")
    result = check("sources", "--config", "narrow.yaml")
    assert result.exit_code == 1
    assert 'sources/03-interview.md:1: error: topic "interview" is not in the config' in (
        result.stdout
    )
    notes = in_tmp / "notes"
    notes.mkdir()
    (notes / "faq.md").write_text("---\ntopic: hiring\n---\n## What is a TPM?\n\nA manager.\n")
    # No config applies (./sources/tpmcards.yaml is not above notes/): the topic is its own.
    assert check("notes").exit_code == 0
    (in_tmp / "tpmcards.yaml").write_text("deck: Top\ntopics:\n  - slug: role\n")
    result = check("notes")  # the config in the folder above applies
    assert result.exit_code == 1
    assert 'notes/faq.md:1: error: topic "hiring" is not in the config (topics: role)' in (
        result.stdout
    )
    (notes / "tpmcards.yaml").write_text("deck: Hiring\ntopics:\n  - slug: hiring\n")
    assert check("notes").exit_code == 0  # the nearest config, beside the guide, has it
    result = check("notes", "--config", "tpmcards.yaml")  # --config wins
    assert "(topics: role)" in result.stdout


def test_check_help_has_an_example() -> None:
    """`tpmcards check --help` explains the command and shows how to run it."""
    result = CliRunner().invoke(cli, ["check", "--help"])
    assert result.exit_code == 0
    assert "tpmcards check notes/faq.md --strict" in result.output
    assert "--config" in result.output


def test_card_smells_are_warnings_with_file_and_line(in_tmp: Path) -> None:
    """A yes/no question, a cloze whose answer stays visible and a long cloze: each a warning
    naming the card's place; warnings alone exit 0."""
    (in_tmp / "guide.md").write_text(
        "## Does a TPM need leadership?\n\nStrong leadership, across teams.\n\n"
        "## Growth\n\nThe need for {{c1::cross-functional}} programs and cross-functional work.\n\n"
        "{{c1::a program of many related projects}} is what a TPM runs.\n"
    )
    result = check("guide.md")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        'guide.md:1: warning: yes/no question "Does a TPM need leadership?"; ask for the '
        "content instead",
        'guide.md:7: warning: cloze answer "cross-functional" stays visible in "The need for '
        'cross-functional programs and cross-functional work."',
        'guide.md:9: warning: cloze hides 6 words ("a program of many related projects"); hide '
        "at most 4",
    ]
    assert check("guide.md", "--strict").exit_code == 1


def test_near_duplicates_across_guides_name_both_places(in_tmp: Path) -> None:
    (in_tmp / "a.md").write_text(
        "## Which programs need a TPM most?\n\nCross-functional programs that depend on "
        "several teams.\n"
    )
    (in_tmp / "b.md").write_text(
        "## Which programs need a TPM the most?\n\nCross-functional programs "
        "depending on several teams.\n"
    )
    result = check("a.md", "b.md")
    assert result.stdout.splitlines()[-1] == (
        'b.md:1: warning: near-duplicate of a.md:1 "Which programs need a TPM most?": '
        '"Which programs need a TPM the most?" asks the same fact; merge them'
    )
