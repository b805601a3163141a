"""A held-out table of typed answers, written by someone who did not write the grader, after
it was built: how often the quiz suggests the rating a fair teacher would.

    python benchmarks/grading_heldout.py

Same case form and scoring as benchmarks/grading_table.py (tests/grading_cases.py). These
cases are not in the test suite on purpose: tuning the grader on them would make them one
more training table.
"""

# ruff: noqa: E501 - one case per line reads as a table
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from grading_table import report
from tests.grading_cases import NEAR, PARTLY, RIGHT, WRONG

CASES: list[tuple[str, str, str, str, str, str]] = [
    ("chemistry", "basic", "What is the chemical symbol of sodium?", "Na", "na", RIGHT),
    ("chemistry", "basic", "What is the chemical symbol of sodium?", "Na", "K", WRONG),
    ("chemistry", "basic", "At what temperature does water boil at sea level?", "100 °C", "100", RIGHT),
    ("chemistry", "basic", "At what temperature does water boil at sea level?", "100 °C", "90", WRONG),
    ("biology", "basic", "Which organelle makes most of a cell's ATP?", "The mitochondrion", "mitochondria", RIGHT),
    ("biology", "basic", "Which organelle makes most of a cell's ATP?", "The mitochondrion", "ribosome", WRONG),
    ("biology", "basic", "What do red blood cells carry?", "Oxygen, bound to haemoglobin", "oxygen", RIGHT),
    ("geography", "basic", "What is the capital of Australia?", "Canberra", "Canberra", RIGHT),
    ("geography", "basic", "What is the capital of Australia?", "Canberra", "Sydney", WRONG),
    ("geography", "basic", "What is the capital of Australia?", "Canberra", "Canbera", RIGHT),
    ("databases", "basic", "What does ACID's I stand for?", "Isolation", "isolation", RIGHT),
    ("databases", "basic", "What does ACID's I stand for?", "Isolation", "integrity", WRONG),
    ("databases", "basic", "Does a LEFT JOIN keep unmatched rows of the left table?", "It keeps them, with NULLs on the right", "it drops them", WRONG),
    ("http", "basic", "Which status code means Not Found?", "404", "404", RIGHT),
    ("http", "basic", "Which status code means Not Found?", "404", "403", WRONG),
    ("http", "basic", "Is GET safe or unsafe?", "Safe: it must not change server state", "unsafe", WRONG),
    ("tpm", "basic", "Which teams does a TPM mainly work with?", "The engineering teams of the TPM's organisation.", "engineering", RIGHT),
    ("tpm", "basic", "Which teams does a TPM mainly work with?", "The engineering teams of the TPM's organisation.", "marketing", WRONG),
    ("tpm", "list", "Which three engineering leaders does a TPM work with?", "The VP of Engineering | Directors of engineering | Engineering managers", "engineering managers, VP of engineering and directors of engineering", RIGHT),
    ("tpm", "list", "Which three engineering leaders does a TPM work with?", "The VP of Engineering | Directors of engineering | Engineering managers", "VP of engineering, engineering managers", PARTLY),
    ("tpm", "cloze", "A successful TPM needs a skill set that is {{c1::interdisciplinary}}.", "", "interdisciplinary", RIGHT),
    ("tpm", "cloze", "A successful TPM needs a skill set that is {{c1::interdisciplinary}}.", "", "technical", WRONG),
    ("physics", "basic", "What is the SI unit of force?", "The newton (N)", "N", RIGHT),
    ("physics", "basic", "What is the SI unit of force?", "The newton (N)", "joule", WRONG),
    ("economics", "basic", "What happens to demand when price rises, other things equal?", "Demand falls", "it rises", WRONG),
    ("economics", "basic", "What happens to demand when price rises, other things equal?", "Demand falls", "demand decreases", RIGHT),
]  # fmt: skip
_ = NEAR  # a held-out near miss is judged right or wrong by the teacher here


def main() -> int:
    return report(CASES, "")


if __name__ == "__main__":
    raise SystemExit(main())
