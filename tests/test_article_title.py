"""A guide whose title asks a question: an article under it is read as an article, a short
answer under it is that question's answer."""

from __future__ import annotations

from pathlib import Path

from tpmcards.document import parse_document
from tpmcards.extract import extract_cards
from tpmcards.markup import to_text
from tpmcards.sources import own_terms, read_source

ARTICLE = """
<html><head><title>What Is a Site Reliability Engineer? | Example Blog</title></head><body>
<nav><a href="/">Home</a> <a href="/blog">Blog</a></nav>
<main><article><h1>What Is a Site Reliability Engineer?</h1>
<p>A site reliability engineer (SRE) is responsible for keeping production services available,
fast and correct while the product keeps changing underneath them every single week.</p>
<p>Most SRE teams spend at most half of their time on operational work such as on-call shifts,
incident response and manual changes. The rest of their time goes to engineering projects
that remove toil, automate recovery and make the next incident smaller than the last one.</p>
<p>An error budget is the amount of unreliability a service may spend in a quarter before
feature launches pause. Product teams and SREs agree on the budget together, so that speed
and stability are traded openly rather than argued about during every single release.</p>
<p>SREs work mainly with the developers who own each service, and often with security and
networking teams when an outage crosses the boundaries between systems and organisations.</p>
</article></main><footer>Subscribe to our newsletter</footer></body></html>
"""

SHORT = "# What is an error budget?\n\nThe unreliability a service may spend in a quarter.\n"


def _cards(tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    (tmp_path / name).write_text(text, "utf-8")
    document = parse_document(read_source(tmp_path / name))
    return [(to_text(c.question), to_text(c.answer)) for c in extract_cards(document, own_terms())]


def test_an_article_under_a_question_title_gives_its_key_points(tmp_path: Path) -> None:
    """Not one card whose answer is the whole page: the article's sentences give cards."""
    cards = _cards(tmp_path, "sre.html", ARTICLE)
    assert len(cards) >= 3, cards
    assert all(question != "What Is a Site Reliability Engineer?" for question, _ in cards)
    assert all(len(answer.split()) < 60 for _, answer in cards)
    assert any("error budget" in f"{q} {a}".lower() for q, a in cards)


def test_a_short_answer_under_a_question_title_is_its_answer(tmp_path: Path) -> None:
    """A guide that is one question and its answer is still that one card."""
    assert _cards(tmp_path, "budget.md", SHORT) == [
        ("What is an error budget?", "The unreliability a service may spend in a quarter.")
    ]
