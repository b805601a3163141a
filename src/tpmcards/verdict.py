"""What a graded answer was: its verdict, the rating it suggests, and the Grade that holds
them. Apart from the grader (grade.py), so the quiz can ask its first question before the
grader and its word tables are imported."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4


class Verdict(str, Enum):
    """What a typed answer was: the mark shown and the rating suggested follow from it."""

    RIGHT = "right"  # ✓, Good
    PARTLY = "partly"  # some items or blanks right: ~, Hard
    NEAR = "near"  # close but not surely right: the learner is asked "accept? [y/N]"
    WRONG = "wrong"  # ✗, Again


RATING_OF = {Verdict.RIGHT: GOOD, Verdict.PARTLY: HARD, Verdict.NEAR: AGAIN, Verdict.WRONG: AGAIN}


@dataclass(frozen=True)
class Grade:
    """How a typed or chosen answer did, and the rating it suggests."""

    verdict: Verdict
    note: str  # "exact", "close enough", "4 of 6: missed legal, vendors", "a different number"
    closest: str = ""  # the expected form compared with, for the diff
    found: int = 0
    total: int = 1
    missed: tuple[str, ...] = ()

    @property
    def correct(self) -> bool:
        return self.verdict in {Verdict.RIGHT, Verdict.PARTLY}

    @property
    def rating(self) -> int:
        return RATING_OF[self.verdict]
