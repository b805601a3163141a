"""Shapes of the real set heldout19 (issue 12): in French, Spanish, German and Dutch a "can
one / can I" question answered yes and then how ("Peut-on visiter le rucher ? Oui. Écrivez-
nous ...") is asked how ("Comment peut-on visiter le rucher ?"), while a bare yes ("Oui, bien
sûr.") stays a yes/no card, dropped and named by `check`; an FAQ "sur nos ruches" is about
"ruches". The whole card list of a small fixture of our own."""

from __future__ import annotations

from click.testing import CliRunner

from tpmcards.cli import cli
from tpmcards.model import CardKind

from .test_find_questions import FIND, qa

B = CardKind.BASIC


def test_a_yes_that_tells_how_is_asked_how_in_other_languages() -> None:
    assert qa(FIND / "oui-comment.md") == [
        (
            "ruches — Comment peut-on visiter le rucher ?",
            "Écrivez-nous une semaine avant et venez un samedi matin.",
            B,
        ),
        # "Oui, bien sûr." tells no how: the yes/no card stays as the guide asked it.
        ("ruches — Peut-on acheter du miel sur place ?", "Oui, bien sûr.", B),
        ("ruches — Wie kann man Bienenwachs kaufen?", "Im Hofladen, in Blöcken zu 250 Gramm.", B),
    ]
    result = CliRunner().invoke(cli, ["check", str(FIND / "oui-comment.md")])
    assert '"Peut-on acheter du miel sur place ?"; ask for the content instead' in result.output


def test_headings_written_without_a_space_after_their_hashes() -> None:
    """`###What is a nuc?` as renderers before CommonMark read it: a heading, when the
    document writes its headings so (a fenced `##comment` stays code)."""
    assert qa(FIND / "unspaced-headings.md") == [
        ("What is a nuc?", "A small colony of five frames, sold to start a hive.", B),
        (
            "Why mark a queen?",
            "So that she is found fast on a crowded frame. ##not a heading, a comment",
            B,
        ),
    ]


def test_a_glossary_term_may_carry_its_reading_after_a_colon() -> None:
    assert qa(FIND / "glossary-readings.md") == [
        ("Smoker:すもーかー", "煙で蜂を落ち着かせる道具。", CardKind.TERM),
        ("巣箱", "蜂が暮らす木の箱。", CardKind.TERM),
    ]
