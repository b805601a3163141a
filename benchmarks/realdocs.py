"""Measure extraction on real documents kept outside the project, against a person's count.

The documents are other people's text, so they never enter the repository. To gather a set:

1. Pick 8-12 real documents with explicit questions and answers, of different shapes:
   interview-question READMEs (numbered question headings, `<details>` answers, bold
   questions, a table of contents of slug links), project `FAQ.md` / `docs/faq.md` files,
   a Sphinx or MkDocs FAQ page (source or built HTML), a file of `Q:`/`A:` paragraphs.
   A long document can be cut to its first ~300 lines, at a heading.
2. Save each in one folder, e.g. `/tmp/realdocs/git-faq.md`.
3. Beside each, write `<name>.expected.txt`: read the document as a careful person making
   cards would, and write one line per card they would write, in document order: each
   explicit question (not one left without an answer), and the `**Term**: explanation` or
   lead-in list cards where the document states something worth recalling that way. A
   line may end with ` || words` that must appear in that card's answer (as a phrase, or
   each of them anywhere in it).
   `#` starts a comment line.

Then run:

    python benchmarks/realdocs.py /tmp/realdocs

For each document it prints the person's count, the card count, their ratio, the share of the
person's questions asked by some card (`asked`, whatever its answer; a card asks by its
question, or by the wording extraction found before the card writer reworded it), the
share found (fuzzy match, one card per question; its answer not empty, holding the given
words, and not running on into another of the person's questions), and the cards that
carry page chrome (tables of contents, "back to top", badges, navigation, answers of
nothing but links to a question the person did not ask). Cards the writer split from one
long list count as the one card they came from. `--verbose` lists the questions missed and
the cards no one asked for.
The issue's bar: ratio within 0.9-1.1, recall at least 90%, no chrome.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from bs4 import BeautifulSoup
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from tpmcards.markup import to_text
from tpmcards.model import Card
from tpmcards.project import Project

MATCH = 85  # rapidfuzz score at which a card asks the person's question
# A badge is an image or a link that names itself so, not the word in an answer's prose
# ("you need no badge to be respected here").
CHROME = re.compile(
    r"back to top|table of contents|⬆|↑ back|\bshields\.io\b|<[^<>]*\bbadge\b[^<>]*>|"
    r"edit this page|"
    r"edit on github|subscribe to (?:email|our)|share on\b|next page|previous page|latest posts|"
    r"skip to content|"
    r"improve this (?:page|doc)",
    re.I,
)


@dataclass(frozen=True)
class Expected:
    question: str
    answer_words: str = ""


@dataclass(frozen=True)
class Result:
    name: str
    expected: int
    cards: int
    found: int  # the person's questions asked by a card whose answer holds
    chrome: tuple[str, ...]
    missed: tuple[str, ...]
    extra: tuple[str, ...]
    asked: int = 0  # the person's questions asked by a card, whatever its answer

    @property
    def ratio(self) -> float:
        # A page with nothing to learn (only chrome) is right to give no card.
        if not self.expected:
            return 1.0 if not self.cards else float("inf")
        return self.cards / self.expected

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def passes(self) -> bool:
        return 0.9 <= self.ratio <= 1.1 and self.recall >= 0.9 and not self.chrome


def read_expected(path: Path) -> list[Expected]:
    """The person's questions: one a line, an optional ` || words` the answer must hold."""
    expected = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        question, _, words = line.partition(" || ")
        expected.append(Expected(question.strip(), words.strip()))
    return expected


def measure(document: Path, expected: list[Expected]) -> Result:
    """Extract the document's cards and compare them with the person's questions."""
    cards = _grouped(Project([document], use_cache=False).cards())
    texts = [(_asked(c), c) for c in cards]
    free = list(range(len(cards)))
    found, asked, missed = 0, 0, []
    for want in expected:
        target = default_process(want.question)
        scored = [(max(_score(target, t) for t in texts[n][0]), -n, n) for n in free]
        best = max(scored, default=(0.0, 0, -1))
        if best[0] < MATCH:
            missed.append(want.question)
            continue
        card = cards[best[2]]
        free.remove(best[2])
        asked += 1
        # An answer runs on into another question only when that question has no card of
        # its own: a glossary's "See Performance Improvement Council" names a term, it did
        # not swallow it.
        others = [
            e.question
            for e in expected
            if e is not want
            and not any(
                _score(default_process(e.question), text) >= MATCH
                for asked_texts, other in texts
                for text in asked_texts
                if other is not card
            )
        ]
        if not _answer_holds(card, want.answer_words):
            missed.append(f"{want.question}  [answer: {to_text(card.answer)[:80]!r}]")
        elif leaked := _swallowed(card, others):
            missed.append(f"{want.question}  [answer runs into: {leaked[:60]!r}]")
        else:
            found += 1
    chrome = tuple(
        to_text(c.question)[:60] for n, c in enumerate(cards) if _is_chrome(c, n not in free)
    )
    extra = tuple(to_text(cards[n].question)[:80] for n in free)
    return Result(
        document.name, len(expected), len(cards), found, chrome, tuple(missed), extra, asked
    )


_SPLIT_KEY = re.compile(r"^(?P<base>.*)#\d+$")
_DELETION = re.compile(r"\{\{c\d+::(.+?)(?:::[^}]*)?\}\}", re.S)


def _grouped(cards: list[Card]) -> list[Card]:
    """The cards the writer split from one long list answer (keys `...#1`, `...#2`), taken
    back as the one card extraction found: this measures what was found, not how it was
    cut. A cloze card's answer is what it hides."""
    out: list[Card] = []
    bases: list[str] = []
    for card in cards:
        hidden = " ".join(_DELETION.findall(card.question))
        # A cloze's answer is what it hides; its back (Extra) holds only context.
        # An answer's background moved to Extra still answers: count both.
        answer = (f"<p>{hidden}</p>" if hidden else "") + card.answer + card.extra
        match = _SPLIT_KEY.match(card.key)
        base = match.group("base") if match else ""
        if base and bases and bases[-1] == base:
            out[-1] = replace(out[-1], answer=out[-1].answer + answer)
            continue
        out.append(replace(card, answer=answer))
        bases.append(base)
    return out


def _asked(card: Card) -> tuple[str, ...]:
    """What a card asks, as compared with the person's question: its question, and the
    question extraction found before the writer reworded it (the key's last part), so "Is
    there a roadmap for X?" rewritten to "What roadmap is there for X?" still asks it."""
    shown = default_process(to_text(card.question))
    match = _SPLIT_KEY.match(card.key)
    found = (match.group("base") if match else card.key).rpartition("#")[2]
    return (shown, found) if found and found != shown else (shown,)


def _swallowed(card: Card, questions: list[str]) -> str:
    """Another of the person's questions inside this card's answer: the answer ran on."""
    answer = default_process(to_text(card.answer))
    for question in questions:
        target = default_process(question)
        if 25 <= len(target) < len(answer) and fuzz.partial_ratio(target, answer) >= 95:
            return question
    return ""


def _is_chrome(card: Card, asked: bool = False) -> bool:
    """Page furniture in a card: a chrome phrase, or an answer of nothing but links (and
    the labels before them) to a question the person did not ask (one they asked, "Which
    test types are supported?", may be answered by the names its links give)."""
    if CHROME.search(card.question + " " + card.answer):
        return True
    if asked:
        return False
    soup = BeautifulSoup(card.answer, "html.parser")
    links = soup.find_all("a")
    for tag in [*links, *soup.find_all(["strong", "b"])]:
        tag.decompose()
    return len(links) >= 2 and not re.sub(r"[\W\d_]+", "", soup.get_text())


def _score(target: str, question: str) -> float:
    # A card's question may carry the code or options it asks about after the words
    # the person wrote down: compare with its start as well as with the whole.
    return max(fuzz.ratio(target, question), fuzz.ratio(target, question[: len(target)]))


def _answer_holds(card: Card, words: str) -> bool:
    answer = default_process(to_text(card.answer))
    if not answer and "<img" not in card.answer:
        return False
    if not words:
        return True
    if not default_process(words):  # `===`, `??`: words of punctuation only, compared as typed
        return words in to_text(card.answer)
    wanted = default_process(words)
    if fuzz.partial_ratio(wanted, answer) >= 90:
        return True
    # Words picked from the answer rather than a phrase of it ("healthy red blood oxygen"):
    # each of them in it, in any order.
    return all(fuzz.partial_ratio(word, answer) >= 90 for word in wanted.split())


# The annotation's own word on its count: `# count: exact` (a careful person could not
# count otherwise) or `# count: approx`.
_EXACT = re.compile(r"^#\s*count:\s*exact\b", re.I | re.M)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="documents and their .expected.txt lists")
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses and extras")
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="NAME",
        help="leave out a document (a repeat of one measured before); repeatable",
    )
    args = parser.parse_args(argv)
    results = []
    exact: set[str] = set()  # documents whose annotation says `# count: exact`
    for expected_path in sorted(args.folder.glob("*.expected.txt")):
        stem = expected_path.name.removesuffix(".expected.txt")
        if any(stem == name or stem == Path(name).stem for name in args.skip):
            continue
        documents = [p for p in args.folder.glob(f"{stem}.*") if p != expected_path]
        if len(documents) != 1:
            print(f"{expected_path}: no single document named {stem}.*", file=sys.stderr)
            return 2
        results.append(measure(documents[0], read_expected(expected_path)))
        if _EXACT.search(expected_path.read_text(encoding="utf-8")):
            exact.add(documents[0].name)
    print(
        f"{'file':<34} {'human':>5} {'cards':>5} {'ratio':>6} {'asked':>6} {'recall':>7} "
        f"{'chrome':>6}  ok"
    )
    for r in results:
        print(
            f"{r.name:<34} {r.expected:>5} {r.cards:>5} {r.ratio:>6.2f} "
            f"{r.asked / r.expected if r.expected else 0:>6.0%} {r.recall:>7.0%} "
            f"{len(r.chrome):>6}  {'yes' if r.passes else 'NO'}"
        )
        if args.verbose:
            for q in r.missed:
                print(f"    missed: {q}")
            for q in r.extra:
                print(f"    extra:  {q}")
            for q in r.chrome:
                print(f"    chrome: {q}")
    passed = sum(r.passes for r in results)
    within = sum(0.9 <= r.ratio <= 1.1 for r in results)
    counted = [r for r in results if r.name in exact]
    exactly = sum(0.9 <= r.ratio <= 1.1 for r in counted)
    wanted = sum(r.expected for r in results)
    print(
        f"{passed}/{len(results)} documents pass; {within}/{len(results)} within 10% of the "
        f"person's count (exactly countable: {exactly}/{len(counted)}); questions asked "
        f"{sum(r.asked for r in results)}/{wanted}, with their "
        f"answers {sum(r.found for r in results)}/{wanted}; chrome cards "
        f"{sum(len(r.chrome) for r in results)}"
    )
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
