"""Held-out typed-answer grading cases, set G (issue 14). Written blind to the grader.

A case is (field, kind, question, answer, typed, verdict).

    python benchmarks/grading_heldout_g.py

Written by a person who had not seen the grader or the earlier sets, kept out of the test suite
on purpose (same scoring as benchmarks/grading_table.py). Measured clean, as received, by the lead
against main 7ee00ae (after set F's misses were fixed): 37 of 40. Its misses then: a year followed
by what happened in it ("in 1789 with the storming of the bastille") held to be more than the
answer, a paraphrase of scope creep ("the scope keeps expanding without control"), and "gases"
not read as "gas" in a list.
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
    # RIGHT (16)
    ("history", "basic", "In which year did the French Revolution begin?", "1789", "in 1789 with the storming of the bastille", RIGHT),
    ("chemistry", "basic", "What is the atomic number of carbon?", "6", "six", RIGHT),
    ("programming", "basic", "What is the time complexity of binary search on a sorted array?", "O(log n)", "o(logn)", RIGHT),
    ("databases", "basic", "Which SQL clause filters groups after aggregation?", "HAVING", "the having clause", RIGHT),
    ("medicine", "basic", "What is the common name of the clavicle?", "collarbone", "collar bone", RIGHT),
    ("law", "basic", "What principle binds courts to follow earlier decisions on the same point of law?", "Precedent (stare decisis)", "stare decisis", RIGHT),
    ("tpm", "basic", "What is scope creep?", "Uncontrolled growth of a project's scope after it has started", "when the scope keeps expanding without control after the project has begun", RIGHT),
    ("physics", "basic", "What is the SI unit of force?", "newton (N)", "newtons", RIGHT),
    ("geography", "basic", "What is the longest river in South America?", "The Amazon", "amazon river", RIGHT),
    ("physics", "basic", "What is the SI base unit of length?", "metre", "meter", RIGHT),
    ("biology", "basic", "Which organelle produces most of a cell's ATP?", "The mitochondrion", "mitochondria", RIGHT),
    ("medicine", "cloze", "The human heart has {{c1::four}} chambers.", "", "4", RIGHT),
    ("networking", "cloze", "DNS maps {{c1::domain names}} to {{c2::IP addresses}}.", "", "domain name, ip address", RIGHT),
    ("tpm", "cloze", "In Scrum, the {{c1::Product Owner}} orders the product backlog.", "", "the product owner", RIGHT),
    ("languages", "list", "Name the two official languages of Canada.", "English | French", "french and english", RIGHT),
    ("physics", "list", "Name the three classical states of matter.", "solid | liquid | gas", "liquids, gases and solids", RIGHT),
    # WRONG (14)
    ("history", "basic", "In which year did Columbus first reach the Americas?", "1492", "1429", WRONG),
    ("chemistry", "basic", "What is the chemical formula of carbon monoxide?", "CO", "CO2", WRONG),
    ("networking", "basic", "Which transport protocol guarantees ordered, reliable delivery?", "TCP", "udp", WRONG),
    ("security", "basic", "What is a one-way function that maps data to a fixed-size digest called?", "A hash function", "encryption", WRONG),
    ("medicine", "basic", "Which blood vessels carry blood back to the heart?", "Veins", "arteries", WRONG),
    ("law", "basic", "What is the standard of proof in a civil case?", "The balance of probabilities", "beyond reasonable doubt", WRONG),
    ("languages", "basic", "What does the German word 'Gift' mean in English?", "poison", "gift", WRONG),
    ("networking", "basic", "What is the standard MTU of an Ethernet frame's payload?", "1500 bytes", "1500 bits", WRONG),
    ("web", "basic", "Which HTTP version introduced multiplexed streams over a single TCP connection?", "HTTP/2", "http 1.1", WRONG),
    ("economics", "basic", "What does inflation do to the purchasing power of money?", "It reduces it", "it increases it", WRONG),
    ("databases", "basic", "Which SQL-standard isolation level is the strictest?", "Serializable", "read committed", WRONG),
    ("history", "cloze", "The Magna Carta was sealed in {{c1::1215}}.", "", "1512", WRONG),
    ("chemistry", "cloze", "An {{c1::anion}} is a negatively charged ion.", "", "cation", WRONG),
    ("law", "list", "Name the two chambers of the US Congress.", "Senate | House of Representatives", "house of lords and house of commons", WRONG),
    # PARTLY (6)
    ("tpm", "list", "What do the four letters of a RAID log stand for?", "Risks | Assumptions | Issues | Dependencies", "risks, issues, dependencies", PARTLY),
    ("databases", "list", "Name the three cardinalities of relationships in an ER model.", "one-to-one | one-to-many | many-to-many", "one to many and many to many", PARTLY),
    ("networking", "list", "Name the four layers of the TCP/IP model.", "link | internet | transport | application", "application, transport, network", PARTLY),
    ("medicine", "list", "Name the three types of muscle tissue.", "skeletal | cardiac | smooth", "skeletal, cardiac, striated", PARTLY),
    ("languages", "list", "Name the three grammatical genders of German nouns.", "masculine | feminine | neuter", "masculine and feminine", PARTLY),
    ("programming", "list", "Name the four pillars of object-oriented programming.", "encapsulation | abstraction | inheritance | polymorphism", "inheritance, polymorphism, encapsulation", PARTLY),
    # NEAR (4)
    ("biology", "basic", "Which gas do plants take in for photosynthesis?", "carbon dioxide", "carbon", NEAR),
    ("languages", "basic", "How do you say 'thank you' in German?", "danke", "dank", NEAR),
    ("history", "basic", "Who was the first emperor of Rome?", "Augustus", "august", NEAR),
    ("programming", "cloze", "The {{c1::Singleton}} pattern ensures a class has only one instance.", "", "single", NEAR),
]


def main() -> int:
    return report(CASES, " (set G)")


if __name__ == "__main__":
    raise SystemExit(main())
