"""A synthetic corpus of guides in every form tpmcards reads, and the same cards for the peer.

`write_corpus(root, files, cards)` writes `root/tpmcards/` (Markdown and HTML guides plus a
`tpmcards.yaml`) and `root/peer/` (the same questions and answers in markdown-anki-decks'
format: `#` deck title, `##` question, the answer below). Deterministic for a given seed.
"""

from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass
from pathlib import Path

_WORD_TEXT = """
anchor beacon cobalt delta ember falcon garnet harbor indigo juniper kestrel lantern meadow
nimbus onyx pioneer quartz raven summit timber umber vertex willow xenon yonder zephyr atlas
bramble cinder drift echo fjord glacier heron island jasper koala lumen mosaic nectar orbit
prism quill ripple sierra tundra unity velvet wren yarrow zenith amber basalt canyon dune
estuary fern grove hollow iris jetty knoll lagoon marsh north oasis pebble quarry reef sable
thicket upland valley wharf yew
"""
WORDS = tuple(_WORD_TEXT.split())
THINGS = ("service", "module", "pipeline", "ledger", "gateway", "scheduler", "registry", "cache")
TOPICS = (
    ("planning", "Planning", ["planning", "roadmap"], ["roadmap", "milestone", "estimate"]),
    ("delivery", "Delivery", ["delivery", "release"], ["release", "rollout", "deploy"]),
    ("people", "People", ["people", "teams"], ["team", "hiring", "mentor"]),
    ("risk", "Risk", ["risk"], ["risk", "incident", "outage"]),
    ("metrics", "Metrics", ["metrics"], ["metric", "latency", "throughput"]),
)
CONFIG = "deck: Bench Guide\noutput: bench\ntopics:\n" + "".join(
    f"  - slug: {slug}\n    title: {title}\n    headings: [{', '.join(heads)}]\n"
    f"    keywords: [{', '.join(keys)}]\n"
    for slug, title, heads, keys in TOPICS
)
HTML_EVERY = 5  # every fifth file is an HTML page with site chrome


@dataclass(frozen=True)
class QA:
    """One card as the generator meant it: question text and answer (text or list items)."""

    question: str
    answer: str = ""
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Corpus:
    """Where the corpus was written and how many cards it holds."""

    tpmcards: Path
    peer: Path
    files: int
    cards: int


class _Words:
    def __init__(self, rng: random.Random):
        self.rng = rng

    def name(self) -> str:
        return f"{self.rng.choice(WORDS).title()} {self.rng.choice(THINGS)}"

    def phrase(self, n: int) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(n))

    def topic_word(self) -> str:
        return self.rng.choice(TOPICS)[3][self.rng.randrange(3)]


def write_corpus(root: Path, files: int, cards: int, seed: int = 7) -> Corpus:
    """Write `files` guides holding `cards` cards in all, and the same cards for the peer."""
    rng = random.Random(seed)
    words = _Words(rng)
    ours, peer = root / "tpmcards", root / "peer"
    ours.mkdir(parents=True)
    peer.mkdir(parents=True)
    (ours / "tpmcards.yaml").write_text(CONFIG, "utf-8")
    total = 0
    for f in range(files):
        count = cards // files + (1 if f < cards % files else 0)
        title = f"Guide {f}: the {words.name()}"
        is_html = f % HTML_EVERY == HTML_EVERY - 1
        qas = _cards(words, f, count, is_html)
        text = _html_page(title, qas, words) if is_html else _markdown(title, qas, words)
        suffix = "html" if is_html else "md"
        (ours / f"guide-{f:05d}.{suffix}").write_text(text, "utf-8")
        (peer / f"guide-{f:05d}.md").write_text(_peer_markdown(title, qas), "utf-8")
        total += len(qas)
    return Corpus(ours, peer, files, total)


# Each card has a form; `_cards` deals them out in turn. A form is (kind, QA).
_FORMS = ("heading", "heading-list", "qa", "lead-in", "prose", "details")


def _cards(words: _Words, f: int, count: int, is_html: bool) -> list[tuple[str, QA]]:
    forms = _FORMS if is_html else _FORMS[:-1]
    out: list[tuple[str, QA]] = []
    for n in range(count):
        form = forms[n % len(forms)]
        subject = f"{words.name()} {f}-{n}"
        topic = words.topic_word()
        if form == "heading":
            qa = QA(
                f"What does the {subject} do for the {topic} work?",
                f"The {subject} keeps the {topic} {words.phrase(3)} in order and reports "
                f"{words.phrase(4)} to the owners every week.",
            )
        elif form == "heading-list":
            qa = QA(
                f"Which parts make up the {subject}?",
                items=tuple(f"The {words.phrase(2)} {topic} part" for _ in range(4)),
            )
        elif form == "qa":
            qa = QA(
                f"Why is the {subject} reviewed before each {topic}?",
                f"Because the {words.phrase(3)} changes and the {topic} depends on it.",
            )
        elif form == "lead-in":
            qa = QA(
                f"The {subject} relies on these {topic} tools",
                items=tuple(f"{words.phrase(2).title()} {topic} tool" for _ in range(3)),
            )
        elif form == "prose":
            qa = QA(
                f"What is the {subject} responsible for?",
                f"Keeping the {topic} {words.phrase(3)} moving.",
            )
        else:
            qa = QA(
                f"When is the {subject} used in {topic}?",
                f"Whenever the {words.phrase(3)} needs a second look.",
            )
        out.append((form, qa))
    return out


def _markdown(title: str, qas: list[tuple[str, QA]], words: _Words) -> str:
    lines = ["---", f"title: '{title}'", "tags: [bench]", "---", "", f"# {title}", ""]
    lines += [f"An introduction to the guide: {words.phrase(12)}.", ""]
    for n, (form, qa) in enumerate(qas):
        if form == "heading":
            lines += [f"## {n + 1}. {qa.question}", "", qa.answer, ""]
        elif form == "heading-list":
            lines += [f"### {qa.question}", "", "It is made of these parts:", ""]
            lines += [f"- {item}" for item in qa.items] + [""]
        elif form == "qa":
            lines += [f"## Notes {n}", "", f"Q: {qa.question}", "", f"A: {qa.answer}", ""]
        elif form == "lead-in":
            lines += [f"## Tools {n}", "", f"Every week is planned ahead. {qa.question}:", ""]
            lines += [f"{k + 1}. {item}" for k, item in enumerate(qa.items)] + [""]
        else:  # prose
            subject = qa.question.removeprefix("What is the ").removesuffix(" responsible for?")
            lines += [
                f"## About the {subject}",
                "",
                f"Teams mention it often in reviews. The {subject} is responsible for "
                f"{qa.answer[0].lower()}{qa.answer[1:]} Nobody expects {words.phrase(3)}.",
                "",
            ]
    return "\n".join(lines)


def _html_page(title: str, qas: list[tuple[str, QA]], words: _Words) -> str:
    e = html.escape
    nav = "".join(f'<a href="/{w}/">{w.title()}</a>' for w in words.phrase(6).split())
    body = [f"<h1>{e(title)}</h1>", f"<p>An introduction to the page: {words.phrase(12)}.</p>"]
    for n, (form, qa) in enumerate(qas):
        if form == "heading":
            body += [f"<h2>{e(qa.question)}</h2>", f"<p>{e(qa.answer)}</p>"]
        elif form == "heading-list":
            items = "".join(f"<li>{e(i)}</li>" for i in qa.items)
            body += [f"<h3>{e(qa.question)}</h3>", "<p>It is made of these parts:</p>"]
            body += [f"<ul>{items}</ul>"]
        elif form == "qa":
            body += [f"<h2>Notes {n}</h2>", f"<p><strong>Q:</strong> {e(qa.question)}</p>"]
            body += [f"<p><strong>A:</strong> {e(qa.answer)}</p>"]
        elif form == "lead-in":
            items = "".join(f"<li>{e(i)}</li>" for i in qa.items)
            body += [f"<h2>Tools {n}</h2>", f"<p>{e(qa.question)}:</p>", f"<ol>{items}</ol>"]
        elif form == "prose":
            subject = qa.question.removeprefix("What is the ").removesuffix(" responsible for?")
            body += [
                f"<h2>About the {e(subject)}</h2>",
                f"<p>The {e(subject)} is responsible for "
                f"{e(qa.answer[0].lower() + qa.answer[1:])}</p>",
            ]
        else:  # details
            body += [
                f"<h2>More {n}</h2>",
                f"<details><summary>{e(qa.question)}</summary><p>{e(qa.answer)}</p></details>",
            ]
    article = "\n".join(body)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{e(title)} | Bench Site</title>
<style>body {{ font-family: serif; }}</style><script>window.x = 1;</script></head>
<body>
<header class="site-header"><div class="site-name">Bench Site</div><nav>{nav}</nav></header>
<div class="breadcrumb"><a href="/">Home</a> &raquo; {e(title)}</div>
<main><article>
{article}
</article></main>
<aside class="sidebar"><h2>Latest posts</h2><ul><li><a href="/a/">A post</a></li></ul></aside>
<footer><p>&copy; 2024 Bench Site.</p><p>Share: <a href="/share">Twitter</a></p></footer>
</body></html>
"""


def _peer_markdown(title: str, qas: list[tuple[str, QA]]) -> str:
    lines = [f"# {title}", ""]
    for _, qa in qas:
        question = qa.question if qa.question.endswith("?") else f"{qa.question}: name them."
        lines += [f"## {question}", ""]
        lines += [f"- {item}" for item in qa.items] if qa.items else [qa.answer]
        lines += [""]
    return "\n".join(lines)


def edit_one_file(corpus: Corpus, run: int) -> Path:
    """Change one answer in the first Markdown guide, differently for each run."""
    path = corpus.tpmcards / "guide-00000.md"
    text = path.read_text("utf-8")
    edited = re.sub(
        r"in order(?: \(edit \d+\))? and reports",
        f"in order (edit {run}) and reports",
        text,
        count=1,
    )
    path.write_text(edited, "utf-8")
    return path
