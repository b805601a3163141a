"""An answer made only of template variables left unresolved is no card, however its braces
are written: `{{ x }}` as is, or as character references an HTML page escapes them with."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tpmcards.cli import cli

PAGE = """<html><body><article>
<h1>Cache service</h1>
<h2>Which version does the cache run?</h2>
<p>{answer}</p>
<h2>How long does an entry live?</h2>
<p>Sixty seconds, unless the entry sets its own time.</p>
</article></body></html>
"""


def _questions(tmp_path: Path, answer: str) -> list[str]:
    guide = tmp_path / "cache.html"
    guide.write_text(PAGE.format(answer=answer), encoding="utf-8")
    result = CliRunner().invoke(cli, ["cards", str(guide), "--json"])
    assert result.exit_code == 0, result.output
    return [row["question"] for row in json.loads(result.stdout)]


@pytest.mark.parametrize(
    "answer",
    [
        "{{ product }} runs version {{ versions.cache }}.",
        "&#123;&#123; product &#125;&#125; runs version &#x7B;&#x7b; versions.cache }}.",
        "&lcub;&lcub; product &rcub;&rcub; runs version &lbrace;&lbrace; versions.cache }}.",
    ],
)
def test_an_answer_of_placeholders_only_is_no_card(tmp_path: Path, answer: str) -> None:
    assert _questions(tmp_path, answer) == ["How long does an entry live?"]


def test_an_answer_with_words_of_its_own_around_a_placeholder_is_a_card(tmp_path: Path) -> None:
    answer = "The cache runs version &#123;&#123; versions.cache &#125;&#125; on every host."
    assert _questions(tmp_path, answer) == [
        "Which version does the cache run?",
        "How long does an entry live?",
    ]
