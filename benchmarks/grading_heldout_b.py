"""Held-out typed-answer grading cases, set B (issue 14). Written blind to the grader.

A case is (field, kind, question, answer, typed, verdict).

    python benchmarks/grading_heldout_b.py

Written by a second person who had not seen the grader, and kept out of the test suite on
purpose (same scoring as benchmarks/grading_table.py). Measured clean, as received, by the
lead against the grader at 3d77edc: 37 of 40. After ad76f86: 39 of 40; the miss left is
"hammer and anvil" for the ossicles, whose English names are field knowledge the card does
not hold (no general rule gives them; no thesaurus on purpose).
"""

# ruff: noqa: E501 - one case per line reads as a table
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from grading_table import report
from tests.grading_cases import NEAR, PARTLY, RIGHT, WRONG

CASES = [
    # ---- RIGHT ----
    ("chemistry", "basic", "What is the chemical formula of table salt?", "NaCl (sodium chloride)",
     "sodium chloride", RIGHT),
    ("networking", "basic", "Which TCP port does HTTPS use by default?", "443", "port 443", RIGHT),
    ("programming", "basic", "Which Git command makes a local copy of a remote repository?", "git clone",
     "clone", RIGHT),
    ("databases", "basic", "What is a column (or set of columns) that uniquely identifies each row of a table called?",
     "Primary key", "a primary key", RIGHT),
    ("medicine", "basic", "What is the normal resting heart rate range for adults, in beats per minute?",
     "60–100 bpm", "60 to 100", RIGHT),
    ("law", "basic", "What is the principle 'innocent until proven guilty' called?",
     "The presumption of innocence", "presumption of inocence", RIGHT),
    ("languages", "basic", "How do you say 'thank you' in Spanish?", "gracias", "Gracias!", RIGHT),
    ("physics", "basic", "What is the SI unit of electrical resistance?", "The ohm (Ω)", "ohms", RIGHT),
    ("chemistry", "basic", "What is the change of a solid directly into a gas, without melting, called?",
     "Sublimation", "sublimaton", RIGHT),
    ("history", "basic", "Which organization was founded in 1945 to replace the League of Nations?",
     "The United Nations Organization (UN)", "the united nations organisation", RIGHT),
    ("networking", "basic", "What does a DHCP server hand out to the clients on a network?",
     "IP addresses, along with the subnet mask, default gateway and DNS servers", "ip addresses", RIGHT),
    ("tpm", "list", "What four things does a RAID log track?", "risks | assumptions | issues | dependencies",
     "issues, risks, dependencies, assumptions", RIGHT),
    ("biology", "list", "What are the two products of photosynthesis?", "glucose | oxygen",
     "oxygen and glucose", RIGHT),
    ("programming", "cloze", "In Python, a {{c1::list}} is mutable, while a {{c2::tuple}} is immutable.",
     "", "list | tuple", RIGHT),
    ("tpm", "cloze", "Background that is not part of the answer belongs in the card's {{c1::Extra}} field.",
     "", "extra field", RIGHT),
    ("medicine", "cloze", "The {{c1::femur}} is the longest bone in the human body.", "", "the femur", RIGHT),
    # ---- WRONG ----
    ("history", "basic", "In which year did the French Revolution begin?", "1789", "1798", WRONG),
    ("networking", "basic", "Which transport protocol guarantees ordered, reliable delivery of data?", "TCP",
     "UDP", WRONG),
    ("programming", "basic", "What does it mean for an operation to be idempotent?",
     "Performing it several times has the same effect as performing it once",
     "doing it twice gives a different result than doing it once", WRONG),
    ("databases", "basic", "What does a LEFT JOIN return for a left-table row that has no match in the right table?",
     "The row, with NULLs in the right table's columns", "the row is left out of the result", WRONG),
    ("medicine", "basic", "Which vitamin does the skin make when exposed to sunlight?", "Vitamin D",
     "vitamin C", WRONG),
    ("law", "basic", "In contract law, what is the thing of value that each party gives the other called?",
     "Consideration", "compensation", WRONG),
    ("languages", "basic", "What does the German word 'Gift' mean in English?", "poison", "present", WRONG),
    ("chemistry", "basic", "What is the atomic number of carbon?", "6", "12", WRONG),
    ("computing", "basic", "How many bytes are in a kilobyte under the SI (decimal) definition?", "1000",
     "1024", WRONG),
    ("programming", "basic", "Which Java version introduced lambda expressions?", "Java 8", "java 11", WRONG),
    ("history", "list", "Which two cities were struck by atomic bombs in 1945?", "Hiroshima | Nagasaki",
     "tokyo and kyoto", WRONG),
    ("tpm", "cloze", "A whole-list card should hold no more than {{c1::four}} items.", "", "5", WRONG),
    ("networking", "cloze", "IPv4 addresses are {{c1::32}} bits long and IPv6 addresses {{c2::128}} bits.",
     "", "128, 32", WRONG),
    ("security", "cloze", "In public-key cryptography, a message for Bob is encrypted with Bob's {{c1::public}} key.",
     "", "private", WRONG),
    # ---- PARTLY (lists) ----
    ("programming", "list", "Name the three components of the MVC pattern.", "model | view | controller",
     "model, view", PARTLY),
    ("networking", "list", "Name the four layers of the TCP/IP model.", "link | internet | transport | application",
     "application, transport, session", PARTLY),
    ("chemistry", "list", "Name the three states of matter met in everyday life.", "solid | liquid | gas",
     "solid, liquid, plasma", PARTLY),
    ("medicine", "list", "Name the three ossicles of the middle ear.", "malleus | incus | stapes",
     "hammer and anvil", PARTLY),
    ("tpm", "list", "In a RACI matrix, what do R, A, C and I stand for?",
     "Responsible | Accountable | Consulted | Informed", "responsible, accountable, communicated, informed", PARTLY),
    ("languages", "list", "Name the three grammatical genders of German nouns.", "masculine | feminine | neuter",
     "masculine and feminine", PARTLY),
    # ---- NEAR ----
    ("astronomy", "basic", "Which planet is known as the Red Planet?", "Mars", "mass", NEAR),
    ("law", "basic", "What does the abbreviation GDPR stand for?", "General Data Protection Regulation",
     "general data protection", NEAR),
    ("languages", "basic", "What is the Spanish word for 'dog'?", "perro", "pero", NEAR),
    ("chemistry", "basic", "Which noble gas glows red-orange in classic advertising signs?", "Neon", "noon", NEAR),
]


def main() -> int:
    return report(CASES, " (set B)")


if __name__ == "__main__":
    raise SystemExit(main())
