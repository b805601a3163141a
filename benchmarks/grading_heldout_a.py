"""Held-out typed-answer grading cases, set A (issue 14). Written blind to the grader.

A case is (field, kind, question, answer, typed, verdict).

    python benchmarks/grading_heldout_a.py

Written by a second person who had not seen the grader, and kept out of the test suite on
purpose (same scoring as benchmarks/grading_table.py). Run clean, as received, against the
grader at 4b63360: 36 of 40 (so was the grader before this branch, c81850d).
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
    ("history", "basic", "In which year did the Berlin Wall fall?", "1989", "in 1989", RIGHT),
    ("chemistry", "basic", "What kind of bond holds the two atoms of an H2 molecule together?",
     "A covalent bond (a shared electron pair)", "covalent", RIGHT),
    ("networking", "basic", "Which transport protocol does DNS mainly use for ordinary queries?",
     "UDP (User Datagram Protocol)", "udp", RIGHT),
    ("programming", "basic", "What does the acronym SQL stand for?", "Structured Query Language",
     "structured query langauge", RIGHT),
    ("medicine", "basic", "Which organ produces insulin?", "The pancreas", "pancreas", RIGHT),
    ("law", "basic", "What Latin term names the doctrine that courts follow their earlier decisions (precedent)?",
     "Stare decisis", "the doctrine of stare decisis", RIGHT),
    ("languages", "basic", "What is the French word for 'library'?", "la bibliothèque", "bibliotheque", RIGHT),
    ("tpm", "basic", "What does a TPM report to stakeholders, and when?",
     "Program status, throughout the lifecycle",
     "the status of the program, all through the lifecycle", RIGHT),
    ("physics", "basic", "What is the speed of light in a vacuum, in km/s (rounded)?",
     "About 300,000 km/s", "300000", RIGHT),
    ("medicine", "basic", "How many chambers does the human heart have?", "4", "four", RIGHT),
    ("programming", "basic", "What is converting an in-memory object into a byte stream for storage or transfer called?",
     "Serialization", "serialisation", RIGHT),
    ("networking", "list", "Name the three steps of the TCP handshake, in order.",
     "SYN | SYN-ACK | ACK", "syn, syn-ack, ack", RIGHT),
    ("chemistry", "list", "Which three kinds of particle make up an atom?",
     "proton | neutron | electron", "electrons, protons and neutrons", RIGHT),
    ("history", "cloze", "The Magna Carta was sealed in {{c1::1215}} by King {{c2::John}}.",
     "", "1215, john", RIGHT),
    ("tpm", "cloze", "A TPM works {{c1::mainly}} with engineering teams.", "", "mainly", RIGHT),
    ("biology", "cloze", "The organelle that produces most of a cell's ATP is the {{c1::mitochondrion}}.",
     "", "mitochondria", RIGHT),
    # ---- WRONG ----
    ("history", "basic", "In which year did World War I begin?", "1914", "1918", WRONG),
    ("networking", "basic", "At which OSI layer does a router operate?", "Layer 3, the network layer",
     "layer 2, data link", WRONG),
    ("programming", "basic", "What is the time complexity of binary search on a sorted array?",
     "O(log n)", "O(n)", WRONG),
    ("security", "basic", "Which process turns data into a form that only holders of the key can read?",
     "Encryption", "encoding", WRONG),
    ("databases", "basic", "How does adding an index to a table usually affect the speed of INSERTs?",
     "They become slower", "they get faster", WRONG),
    ("law", "basic", "In a criminal trial, which side carries the burden of proof?", "The prosecution",
     "the defence", WRONG),
    ("languages", "basic", "What does the Spanish word 'embarazada' mean?", "pregnant", "embarrassed", WRONG),
    ("programming", "basic", "In which Python version did the walrus operator (:=) arrive?", "Python 3.8",
     "python 3.9", WRONG),
    ("physics", "basic", "What is the boiling point of water at sea level, in degrees Fahrenheit?",
     "212 °F", "100", WRONG),
    ("tpm", "basic", "In a RACI matrix, how many people should be Accountable for a task?",
     "Exactly one", "several people", WRONG),
    ("programming", "list", "Name the four pillars of object-oriented programming.",
     "encapsulation | abstraction | inheritance | polymorphism", "classes, objects, methods", WRONG),
    ("networking", "cloze", "The HTTP status code {{c1::404}} means the resource was not found.",
     "", "403", WRONG),
    ("history", "cloze", "The Battle of Hastings was fought in {{c1::1066}} and the Battle of Waterloo in {{c2::1815}}.",
     "", "1815, 1066", WRONG),
    ("chemistry", "cloze", "At high altitude, water boils at a {{c1::lower}} temperature than at sea level.",
     "", "higher", WRONG),
    # ---- PARTLY (lists) ----
    ("tpm", "list", "Name the three constraints of the project management triangle.",
     "scope | time | cost", "time and cost", PARTLY),
    ("physics", "list", "Name the three additive primary colors of light.", "red | green | blue",
     "red, blue, yellow", PARTLY),
    ("medicine", "list", "Name the four blood groups of the ABO system.", "A | B | AB | O", "A, B and O", PARTLY),
    ("history", "list", "Which three countries were the main Axis powers in World War II?",
     "Germany | Italy | Japan", "germany, japan, russia", PARTLY),
    ("law", "list", "Name the three branches of the US federal government.",
     "legislative | executive | judicial", "the executive and the judiciary", PARTLY),
    ("databases", "list", "Name the four ACID properties of a database transaction.",
     "atomicity | consistency | isolation | durability", "atomicity, isolation, durability, concurrency", PARTLY),
    # ---- NEAR ----
    ("chemistry", "basic", "Which element has the chemical symbol Ag?", "Silver", "sliver", NEAR),
    ("medicine", "basic", "What is the medical term for a heart attack?", "Myocardial infarction",
     "infarction", NEAR),
    ("philosophy", "basic", "Which Greek philosopher wrote 'The Republic'?", "Plato", "pluto", NEAR),
    ("programming", "basic", "Which design pattern ensures that a class has only one instance?",
     "Singleton", "single", NEAR),
]


def main() -> int:
    return report(CASES, " (set A)")


if __name__ == "__main__":
    raise SystemExit(main())
