"""Run the typed-answer table (tests/grading_cases.py) through a quiz's grader and count hits.

    python benchmarks/grading_table.py                      # this checkout
    PYTHONPATH=/work/main/src python benchmarks/grading_table.py   # another checkout's grader

A case is a hit when the grader's suggested rating (what Enter keeps) is the table's: Good
for right, Hard for partly, Again for near (unless accepted) and wrong. The grader is reached
through `make_question` and `grade_typed`, which every version of tpmcards.quiz has.
"""

from __future__ import annotations

import sys
from pathlib import Path
from random import Random

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.grading_cases import CASES, RATING, case_card

from tpmcards import quiz

Case = tuple[str, str, str, str, str, str]


def score(cases: list[Case]) -> int:
    """Grade every case, print each miss, and return how many got the right rating."""
    hits = 0
    for n, (field, kind, question, answer, typed, verdict) in enumerate(cases):
        asked = quiz.make_question(
            case_card(n, kind, question, answer), quiz.Mode.TYPE, [], Random(0)
        )
        grade = quiz.grade_typed(asked, typed)
        ok = grade.rating == RATING[verdict]
        hits += ok
        if not ok:
            print(
                f"miss  {field:<10} {typed!r} for {answer!r}: want {verdict}, "
                f"got rating {grade.rating} ({grade.note})"
            )
    return hits


def report(cases: list[Case], label: str) -> int:
    """Score a held-out set and print its line: what each benchmarks/grading_heldout*.py runs."""
    hits = score(cases)
    print(f"{hits} of {len(cases)} held-out cases{label} get the right suggested rating")
    return 0


def main() -> None:
    print(f"{score(CASES)} of {len(CASES)} cases get the right suggested rating")


if __name__ == "__main__":
    main()
