"""Obsidian notes as a user meets them: a vault built into a deck and imported by the real
Anki library, and the syntax rules one by one."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tpmcards.cli import cli
from tpmcards.document import render_markdown
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
