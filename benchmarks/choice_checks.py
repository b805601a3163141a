"""Check every multiple-choice question a deck gives, over many seeds, for unfair options.

    python benchmarks/choice_checks.py [DECK.apkg] [--seeds 30]
    PYTHONPATH=/work/main/src python benchmarks/choice_checks.py   # another checkout's quiz

The quiz under test is whatever `tpmcards` imports; the checks always use this checkout's
grader (loaded from its file), so two versions are measured with the same ruler:

- second right answer: a distractor the grader accepts as the answer (or near enough);
- only list: the right option is the only list-shaped one;
- answer echoes most: the right option repeats more of the question's words than any other;
- distractor echoes more: some distractor repeats more of the question than the answer;
- shape mismatch: an option of another shape (term, sentence, list) than the answer;
- typed instead: asked as choice, fell back to typing (and whether it said so).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from pathlib import Path
from random import Random

from tpmcards import quiz
from tpmcards.deckread import read_deck

HERE = Path(__file__).resolve().parent.parent
_package = HERE / "src" / "tpmcards"
_spec = importlib.util.spec_from_file_location(
    "ruler", _package / "__init__.py", submodule_search_locations=[str(_package)]
)
assert _spec and _spec.loader
sys.modules["ruler"] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sys.modules["ruler"])
ruler = importlib.import_module("ruler.grade")
words = importlib.import_module("ruler.answers")

def shape(text: str) -> str:
    if ";" in text or text.count(",") >= 2 or "\n" in text:
        return "list"
    size = len(text.split())
    if size >= 7 or (size >= 4 and text.rstrip().endswith(".")):
        return "sentence"
    return "term"


def echo(option: str, question: str) -> int:
    asked = set(words.key_words(words.words(question)))
    return len(asked & set(words.key_words(words.words(option))))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("deck", nargs="?", default=str(HERE / "decks" / "tpm-guide.apkg"))
    parser.add_argument("--seeds", type=int, default=30)
    args = parser.parse_args()
    cards = [dc for dc in read_deck(Path(args.deck)) if not dc.removed]
    counts: Counter[str] = Counter()
    for seed in range(args.seeds):
        for dc in cards:
            q = quiz.make_question(dc, quiz.Mode.CHOICE, cards, Random(seed))
            counts["asked"] += 1
            if q.mode is not quiz.Mode.CHOICE:
                counts["typed instead"] += 1
                counts["typed instead, said so"] += bool(getattr(q, "note", ""))
                note = getattr(q, "note", "")
                why = "  too few options" if note.startswith("Too few") else "  answer stands out"
                counts[why] += 1
                continue
            counts["choice questions"] += 1
            right = q.options[q.correct_option]
            others = [o for n, o in enumerate(q.options) if n != q.correct_option]
            if any(
                ruler.accepts(right, o, q.prompt) or ruler.accepts(o, right, q.prompt)
                for o in others
            ):
                counts["second right answer"] += 1
            if shape(right) == "list" and all(shape(o) != "list" for o in others):
                counts["only list"] += 1
            if any(shape(o) != shape(right) for o in others):
                counts["shape mismatch"] += 1
            mine = echo(right, q.prompt)
            if all(mine > echo(o, q.prompt) for o in others):
                counts["answer echoes most"] += 1
            if any(echo(o, q.prompt) > mine for o in others):
                counts["distractor echoes more"] += 1
    total = counts["choice questions"] or 1
    print(f"{len(cards)} cards x {args.seeds} seeds = {counts['asked']} asked as choice")
    for key in (
        "choice questions",
        "second right answer",
        "only list",
        "answer echoes most",
        "distractor echoes more",
        "shape mismatch",
    ):
        share = "" if key == "choice questions" else f"  ({100 * counts[key] / total:.0f}%)"
        print(f"  {key:<24} {counts[key]:>6}{share}")
    print(f"  {'typed instead':<24} {counts['typed instead']:>6}"
          f"  (said so: {counts['typed instead, said so']})")
    for key in ("  too few options", "  answer stands out"):
        print(f"  {key:<24} {counts[key]:>6}")


if __name__ == "__main__":
    sys.exit(main())
