"""Obsidian notes as a user meets them: a vault built into a deck and imported by the real
Anki library, and the syntax rules one by one."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from tpmcards.cli import cli
from tpmcards.mdtokens import render_markdown
from tpmcards.obsidian import lift_tags

from .conftest import FIXTURES

VAULT = FIXTURES / "obsidian"


def _media_name(path: Path) -> str:
    return f"tpm-{hashlib.sha256(path.read_bytes()).hexdigest()[:16]}{path.suffix}"


def test_an_obsidian_vault_gives_its_cards_tags_and_media_in_anki(
    in_tmp: Path, anki_collection: Any
) -> None:
    """Highlight, wikilinks, an embedded image and sound, question callouts, inline tags and
    comments: the deck Anki imports holds the right cards, tags and media files."""
    from anki.import_export_pb2 import ImportAnkiPackageRequest

    shutil.copytree(VAULT, in_tmp / "vault")
    result = CliRunner().invoke(cli, ["build", "vault", "-o", "out"])
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output
    col = anki_collection
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(in_tmp / "out/vault.apkg")))
    notes = {col.get_note(n).fields[0]: col.get_note(n) for n in col.find_notes("")}
    image, sound = _media_name(VAULT / "handshake.png"), _media_name(VAULT / "handshake.mp3")
    assert {q: (n.fields[1], sorted(n.tags)) for q, n in notes.items()} == {
        "What does TCP guarantee that UDP does not?": (
            "<p><mark>Ordered, reliable delivery</mark> of a byte stream, as described in "
            "the transport notes.</p>",
            ["networking::tcp", "vault"],
        ),
        "Which port does HTTPS listen on by default?": (
            "<p>Port 443, unless the Web servers config says otherwise.</p>",
            ["networking", "vault"],
        ),
        "What does a three-way handshake look like?": (
            f'<p><img alt="handshake.png" src="{image}">\nListen to it: [sound:{sound}]</p>',
            ["diagrams", "vault"],
        ),
        "Which command shows open sockets on Linux?": (
            "<p><code>ss -tulpn</code> (the <code>#</code> in <code># ss</code> is a root "
            "prompt, not a tag)</p>",
            ["vault"],
        ),
    }
    media = Path(col.media.dir())
    assert (media / image).read_bytes() == (VAULT / "handshake.png").read_bytes()
    assert (media / sound).read_bytes() == (VAULT / "handshake.mp3").read_bytes()


def _html(markdown: str) -> str:
    return render_markdown(markdown).replace(' data-line="1"', "").strip()


@pytest.mark.parametrize(
    ("markdown", "html"),
    [
        ("a ==b **c**== d", "<p>a <mark>b <strong>c</strong></mark> d</p>"),
        ("a == b == c", "<p>a == b == c</p>"),  # spaced: an equation, not a highlight
        ("see [[Note]] and [[Note|that]]", "<p>see Note and that</p>"),
        ("see [[Note#Part]] and [[#Part]]", "<p>see Note &gt; Part and Part</p>"),
        ("![[My Note]] and ![[plan.md|the plan]]", "<p>My Note and the plan</p>"),
        ("![[a b.png|120]]", '<p><img src="a%20b.png" alt="a b.png" width="120"></p>'),
        ("![[x.mp3]]", '<p><img src="x.mp3" alt="x.mp3"></p>'),
        ("a %%hidden%% b", "<p>a  b</p>"),
        ("A fact. ^fact-1\nMore. ^x2", "<p>A fact.\nMore.</p>"),  # block ids
        ("2^10 and x ^y z", "<p>2^10 and x ^y z</p>"),  # not ending a line: kept
        (
            "`%%kept%%` and #code-free",
            '<p><code>%%kept%%</code> and <span class="tpm-tag code-free"></span></p>',
        ),
        ("C# and #42 and x.com/#top", "<p>C# and #42 and x.com/#top</p>"),
        (
            "[a](http://x/#frag) <http://y/#z>",
            '<p><a href="http://x/#frag">a</a> <a href="http://y/#z">http://y/#z</a></p>',
        ),
    ],
)
def test_obsidian_inline_syntax(markdown: str, html: str) -> None:
    assert _html(markdown) == html


def test_a_multiline_comment_is_dropped_and_later_lines_keep_their_numbers() -> None:
    html = render_markdown("Intro\n\n%%\nsecret\nlines\n%%\n\nAfter")
    assert "secret" not in html
    assert '<p data-line="8">After</p>' in html


def test_comments_in_fenced_code_stay() -> None:
    assert "%%kept%% #kept" in render_markdown("```\n%%kept%% #kept\n```\n")


def test_other_callouts_are_ordinary_blocks_under_a_bold_title() -> None:
    html = render_markdown("> [!tip] Remember\n> Body text.\n\n> [!warning]\n> Careful.\n")
    assert "[!" not in html
    assert '<div class="callout tip" data-line="1">' in html
    assert "<strong>Remember</strong>" in html and '<p data-line="2">Body text.</p>' in html
    assert "<strong>Warning</strong>" in html and "Careful." in html
    assert "admonition" not in html


def test_a_question_callout_without_title_asks_its_first_line(in_tmp: Path) -> None:
    (in_tmp / "n.md").write_text(
        "# N\n\n> [!faq]\n> Why is the sky blue?\n>\n> Rayleigh scattering.\n", "utf-8"
    )
    result = CliRunner().invoke(cli, ["cards", "n.md"])
    assert result.exit_code == 0, result.output
    assert "Why is the sky blue?" in result.output
    assert "Rayleigh scattering." in result.output


def test_lift_tags_takes_tags_off_every_field_once() -> None:
    fields, tags = lift_tags(
        'a <span class="tpm-tag x::y"></span>b',
        'c <span class="tpm-tag x::y"></span><span class="tpm-tag z"></span>',
    )
    assert fields == ["ab", "c"]
    assert tags == ("x::y", "z")


def test_an_embed_by_bare_name_is_found_anywhere_in_the_vault(in_tmp: Path) -> None:
    """`![[diagram.png]]` names a file in attachments/ (the one nearest the top); a file only
    in a hidden folder is not found, and says so."""
    vault = in_tmp / "vault"
    (vault / "notes").mkdir(parents=True)
    (vault / "attachments" / "old").mkdir(parents=True)
    (vault / ".trash").mkdir()
    (vault / "attachments" / "diagram.png").write_bytes(b"\x89PNG new")
    (vault / "attachments" / "old" / "diagram.png").write_bytes(b"\x89PNG old")
    (vault / ".trash" / "gone.png").write_bytes(b"\x89PNG gone")
    (vault / "notes" / "net.md").write_text(
        "# Net\n\n> [!question] What does the diagram show?\n> ![[diagram.png]]\n\n"
        "> [!question] What did the old picture show?\n> ![[gone.png]] A lost picture.\n",
        "utf-8",
    )
    result = CliRunner().invoke(cli, ["cards", "vault", "--json"])
    assert result.exit_code == 0, result.output
    answers = {c["question"]: c["answer"] for c in json.loads(result.stdout)}
    new = _media_name(vault / "attachments" / "diagram.png")
    assert f'src="{new}"' in answers["What does the diagram show?"]
    assert (
        "warning: vault/notes/net.md:7: image gone.png: no such file; check the name or add "
        "the image"
    ) in result.stderr


def test_a_line_of_tags_under_an_answer_tags_its_card(in_tmp: Path) -> None:
    (in_tmp / "n.md").write_text(
        "# N\n\n## What does TCP add?\n\nOrdered delivery.\n\n#networking #net/tcp\n", "utf-8"
    )
    result = CliRunner().invoke(cli, ["cards", "n.md", "--json"])
    assert result.exit_code == 0, result.output
    [card] = json.loads(result.stdout)
    assert card["answer"] == "<p>Ordered delivery.</p>"
    assert card["tags"] == ["networking", "net::tcp"]


def test_tags_in_a_question_heading_tag_its_card(in_tmp: Path) -> None:
    (in_tmp / "n.md").write_text(
        "# N\n\n## What does UDP drop? #networking/udp\n\nOrdering and retries.\n\n"
        "## Why is #1 first?\n\nIt comes before #2.\n",
        "utf-8",
    )
    result = CliRunner().invoke(cli, ["cards", "n.md", "--json"])
    assert result.exit_code == 0, result.output
    cards = {c["question"]: (c["answer"], c["tags"]) for c in json.loads(result.stdout)}
    assert cards == {
        "What does UDP drop?": ("<p>Ordering and retries.</p>", ["networking::udp"]),
        "Why is #1 first?": ("<p>It comes before #2.</p>", []),
    }


@given(st.text(alphabet="[]!=#%|>^`*-/ \nab1.", max_size=80))
def test_any_mix_of_obsidian_marks_renders_and_lifts_cleanly(text: str) -> None:
    """No input of brackets, bangs, equals, hashes, percents and quotes makes the plugin
    fail, and every tag mark it writes is taken off again."""
    html = render_markdown(text)
    [cleaned], _ = lift_tags(html)
    assert "tpm-tag" not in cleaned
