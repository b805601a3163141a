"""Held-out typed-answer grading cases, set C (issue 14). Written blind to the grader.

A case is (field, kind, question, answer, typed, verdict).

    python benchmarks/grading_heldout_c.py

Written by a third person who had not seen the grader or sets A and B, and kept out of the
test suite on purpose (same scoring as benchmarks/grading_table.py). Measured clean, as
received, by the lead against the grader after sets A and B: 38 of 40 ("hyperglycemia" for
"Hypoglycaemia" was close enough, "august" for "Augustus" forgiven as a typo). After the two
rules they prompted (prefixes of opposite sense; a Latin ending is not added to a word): 40 of 40.
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
    # --- basic, RIGHT ---
    ("history", "basic", "In which year did the Berlin Wall fall?", "On 9 November 1989", "1989", RIGHT),
    ("chemistry", "basic", "Which gas do plants take in for photosynthesis?", "Carbon dioxide (CO2)", "co2", RIGHT),
    ("chemistry", "basic", "Which element has atomic number 13?", "Aluminum", "aluminium", RIGHT),
    ("networking", "basic", "Which port does HTTPS use by default?", "443", "port 443", RIGHT),
    ("databases", "basic", "What does the A in ACID stand for?", "Atomicity", "atomicty", RIGHT),
    ("medicine", "basic", "Which organ produces insulin?", "The pancreas", "it's the pancreas", RIGHT),
    ("languages", "basic", "What is the French word for 'library'?", "bibliothèque", "bibliotheque", RIGHT),
    ("physics", "basic", "What is the speed of light in a vacuum, approximately?", "About 300,000 km/s", "300000", RIGHT),
    ("biology", "basic", "Which organelle is called the powerhouse of the cell?", "The mitochondrion", "mitochondria", RIGHT),
    ("math", "basic", "How many sides does a hexagon have?", "6", "six", RIGHT),
    ("tpm", "basic", "What does a TPM report to stakeholders, and when?", "Program status, throughout the lifecycle.", "the status of the program, all through its lifecycle", RIGHT),
    # --- basic, WRONG ---
    ("history", "basic", "In which year did the French Revolution begin?", "1789", "1798", WRONG),
    ("networking", "basic", "At which OSI layer does a router operate?", "Layer 3 (the network layer)", "layer 2, the data link layer", WRONG),
    ("programming", "basic", "Which major version of Python made print a function instead of a statement?", "Python 3", "python 2", WRONG),
    ("programming", "basic", "What process transforms data so that only holders of a key can read it?", "Encryption", "encoding", WRONG),
    ("programming", "basic", "Are Python strings mutable or immutable?", "Immutable", "mutable", WRONG),
    ("medicine", "basic", "What is the medical term for abnormally low blood sugar?", "Hypoglycaemia", "hyperglycemia", WRONG),
    ("databases", "basic", "How does adding an index usually affect the speed of writes to a table?", "It makes writes slower", "writes become faster", WRONG),
    ("law", "basic", "In a criminal trial, which side bears the burden of proof?", "The prosecution", "the defence", WRONG),
    ("chemistry", "basic", "What is the pH of pure water at 25 °C?", "7", "7.4", WRONG),
    ("tpm", "basic", "In which document are a program's risks tracked, each with an owner and a mitigation?", "The risk register", "the issue log", WRONG),
    ("languages", "basic", "What does the Spanish word 'embarazada' mean?", "Pregnant", "embarrassed", WRONG),
    # --- basic, NEAR ---
    ("medicine", "basic", "Which bone runs from the shoulder to the elbow?", "Humerus", "humorous", NEAR),
    ("networking", "basic", "What does DNS stand for?", "Domain Name System", "domain name server", NEAR),
    ("history", "basic", "Who was the first Roman emperor?", "Augustus", "august", NEAR),
    # --- list ---
    ("history", "list", "Name the three Axis powers of the Second World War.", "Germany | Italy | Japan", "japan, germany and italy", RIGHT),
    ("networking", "list", "Name the two main transport-layer protocols of the Internet.", "TCP | UDP", "udp and tcp", RIGHT),
    ("medicine", "list", "Which two chambers of the heart pump blood out of the heart?", "Left ventricle | Right ventricle", "left atrium, right atrium", WRONG),
    ("history", "list", "Name the three Allied leaders at the Yalta Conference.", "Churchill | Roosevelt | Stalin", "roosevelt and stalin", PARTLY),
    ("chemistry", "list", "Name the three particles that make up an atom.", "Protons | Neutrons | Electrons", "protons, electrons, quarks", PARTLY),
    ("networking", "list", "Name the four layers of the TCP/IP model.", "Application | Transport | Internet | Link", "application, transport, network", PARTLY),
    ("databases", "list", "Name the four ACID properties.", "Atomicity | Consistency | Isolation | Durability", "atomicity, consistency, durability", PARTLY),
    ("tpm", "list", "Name the three constraints of the project management triangle.", "Scope | Time | Cost", "time and cost", PARTLY),
    ("law", "list", "Name the three branches of government under the separation of powers.", "Legislative | Executive | Judicial", "executive and judiciary", PARTLY),
    # --- cloze ---
    ("chemistry", "cloze", "Water is made of {{c1::hydrogen}} and {{c2::oxygen}}.", "", "hydrogen, oxygen", RIGHT),
    ("tpm", "cloze", "A TPM reports {{c1::program status}} to stakeholders throughout the lifecycle.", "", "program status", RIGHT),
    ("medicine", "cloze", "Red blood cells carry oxygen bound to {{c1::haemoglobin}}.", "", "hemoglobin", RIGHT),
    ("networking", "cloze", "In the OSI model, the {{c1::transport}} layer sits directly above the {{c2::network}} layer.", "", "network, transport", WRONG),
    ("history", "cloze", "The Magna Carta was sealed in {{c1::1215}}.", "", "1512", WRONG),
    ("medicine", "cloze", "The {{c1::ileum}} is the final section of the small intestine.", "", "ilium", NEAR),
]


def main() -> int:
    return report(CASES, " (set C)")


if __name__ == "__main__":
    raise SystemExit(main())
