"""Held-out typed-answer grading cases, set H (issue 14). Written blind to the grader.

A case is (field, kind, question, answer, typed, verdict).

    python benchmarks/grading_heldout_h.py

Written by a person who had not seen the grader or the earlier sets, kept out of the test suite
on purpose (same scoring as benchmarks/grading_table.py). Measured clean, as received, by the lead
against main 98e1cc2 (after set G's misses were fixed): 40 of 40, every case right on first
contact. Not tuned on.
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
    # --- RIGHT ---
    ("history", "basic", "In which year did the Berlin Wall fall?", "1989", "it fell in 1989", RIGHT),
    ("chemistry", "basic", "Which gas makes up about 78% of Earth's atmosphere?", "Nitrogen (N2)", "n2", RIGHT),
    ("networking", "basic", "Which transport protocol do ordinary DNS queries use?", "UDP, on port 53", "udp", RIGHT),
    ("databases", "basic", "Which SQL clause filters groups after aggregation?", "HAVING", "the having clause", RIGHT),
    ("law", "basic", "What is the standard of proof in a criminal trial in common-law countries?", "Beyond reasonable doubt", "beyond a reasonable doubt", RIGHT),
    ("chemistry", "basic", "Which metal has the chemical symbol Al?", "Aluminium", "aluminum", RIGHT),
    ("tpm", "basic", "What does a TPM report to stakeholders throughout the program lifecycle?", "Program status", "the status of the program", RIGHT),
    ("tpm", "basic", "Which chart lists, for each task, who is Responsible, Accountable, Consulted and Informed?", "Responsibility assignment matrix (RACI)", "raci", RIGHT),
    ("physics", "basic", "Roughly what is the speed of light in a vacuum, in km/s?", "300,000 km/s", "300000", RIGHT),
    ("programming", "basic", "How many bits are in a byte?", "8", "eight", RIGHT),
    ("medicine", "basic", "What is the medical term for inflammation of the appendix?", "Appendicitis", "apendicitis", RIGHT),
    ("networking", "list", "Name the three messages of the TCP handshake, in order.", "SYN | SYN-ACK | ACK", "syn, syn-ack and ack", RIGHT),
    ("biology", "list", "Name the four nucleotide bases of DNA.", "Adenine | Thymine | Cytosine | Guanine", "guanine, cytosine, adenine, thymine", RIGHT),
    ("history", "cloze", "The {{c1::Magna Carta}} was sealed by King John in 1215.", "", "the magna carta", RIGHT),
    ("programming", "cloze", "In Python, a {{c1::dictionary}} maps keys to values.", "", "dictionaries", RIGHT),
    ("chemistry", "cloze", "A water molecule is made of {{c1::hydrogen}} and {{c2::oxygen}} atoms.", "", "hydrogen, oxygen", RIGHT),
    # --- WRONG ---
    ("history", "basic", "In which year did World War I begin?", "1914", "1918", WRONG),
    ("networking", "basic", "At which OSI layer do routers forward packets?", "Layer 3 (network layer)", "layer 2", WRONG),
    ("security", "basic", "What turns data into a form that only holders of the key can read?", "Encryption", "encoding", WRONG),
    ("programming", "basic", "In which major version of Python did print become a function instead of a statement?", "Python 3", "python 2", WRONG),
    ("databases", "basic", "What does a LEFT JOIN return for a left-table row with no matching right-table row?", "The row, with NULLs in the right table's columns", "it leaves the row out", WRONG),
    ("medicine", "basic", "Which type of blood vessel carries blood away from the heart?", "Arteries", "veins", WRONG),
    ("law", "basic", "In a criminal trial, which side bears the burden of proof?", "The prosecution", "the defence", WRONG),
    ("chemistry", "basic", "At 25 °C, what pH range do acidic solutions have?", "Below 7", "above 7", WRONG),
    ("physics", "basic", "What happens to the electrical resistance of a metal wire as its temperature rises?", "It increases", "it decreases", WRONG),
    ("languages", "basic", "What does the German word 'Gift' mean in English?", "Poison", "gift", WRONG),
    ("tpm", "basic", "Besides product management, which function does a TPM mainly work with?", "Engineering", "marketing", WRONG),
    ("programming", "basic", "Is a Python tuple mutable or immutable?", "Immutable", "mutable", WRONG),
    ("networking", "cloze", "HTTPS uses TCP port {{c1::443}} by default.", "", "433", WRONG),
    ("biology", "cloze", "The {{c1::mitochondrion}} is the organelle where cellular respiration makes most of a cell's ATP.", "", "nucleus", WRONG),
    # --- PARTLY ---
    ("tpm", "list", "Name the three constraints of the project management triangle.", "Scope | Time | Cost", "scope and cost", PARTLY),
    ("medicine", "list", "Name the four main vital signs.", "Body temperature | Pulse | Respiratory rate | Blood pressure", "pulse, blood pressure", PARTLY),
    ("databases", "list", "Name the four ACID properties of a database transaction.", "Atomicity | Consistency | Isolation | Durability", "atomicity, consistency, durability", PARTLY),
    ("languages", "list", "Name the three grammatical genders of German nouns.", "Masculine | Feminine | Neuter", "masculine and feminine", PARTLY),
    ("history", "list", "Name the three Allied leaders at the Yalta Conference of 1945.", "Churchill | Roosevelt | Stalin", "churchill, stalin, truman", PARTLY),
    ("law", "list", "Name the three branches of the US federal government.", "Legislative | Executive | Judicial", "legislative and judicial", PARTLY),
    # --- NEAR ---
    ("chemistry", "basic", "What kind of chemical bond forms when electrons are transferred from one atom to another?", "Ionic bond", "iconic", NEAR),
    ("law", "basic", "What is the Latin name of the doctrine 'the thing speaks for itself'?", "Res ipsa loquitur", "res ipsa", NEAR),
    ("history", "basic", "Who was the first Roman emperor?", "Augustus", "august", NEAR),
    ("programming", "cloze", "Data kept in a {{c1::cache}} can be read faster than from main memory.", "", "cash", NEAR),
]


def main() -> int:
    return report(CASES, " (set H)")


if __name__ == "__main__":
    raise SystemExit(main())
