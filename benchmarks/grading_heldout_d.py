"""Held-out typed-answer grading cases, set D (issue 14). Written blind to the grader.

A case is (field, kind, question, answer, typed, verdict).

    python benchmarks/grading_heldout_d.py

Written by a fourth person who had not seen the grader or sets A-C, kept out of the test suite
on purpose (same scoring as benchmarks/grading_table.py). Measured clean, as received, by the
lead against the grader after set C: 36 of 40 ("aluminum" for "Aluminium" asked about, "turns"
not read as "translates", "route" taken as the initials of "a router", "overflow" for "Stack
overflow" right). After three rules (British/American spellings of one word match, verbs of
conversion say one thing, initials come from two words at least): 39 of 40. The miss left is
"overflow": the question says "call stack", and words the question gives count as given, so
the grader says right where the writer says near; kept as a disagreement, not tuned away.
"""

# ruff: noqa: E501 - one case per line reads as a table
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from grading_table import report
from tests.grading_cases import NEAR, PARTLY, RIGHT, WRONG

# Held-out set D: 40 typed-answer cases, written blind to the grader.
CASES = [
    # ---- basic, RIGHT ----
    ("languages", "basic", "What does the German word 'Handschuh' mean in English?", "Glove", "gloves", RIGHT),
    ("networking", "basic", "Which port does HTTPS use by default?", "443", "port 443", RIGHT),
    ("medicine", "basic", "Which organ produces insulin?", "The pancreas", "it's the pancreas", RIGHT),
    ("chemistry", "basic", "Which element has the symbol Al?", "Aluminium", "aluminum", RIGHT),
    ("databases", "basic", "Which language is used to query relational databases?", "Structured Query Language (SQL)", "sql", RIGHT),
    ("networking", "basic", "What does DNS do?", "It translates domain names into IP addresses.", "turns domain names into ip addresses", RIGHT),
    ("chemistry", "basic", "At sea level, at what temperature in degrees Celsius does water boil?", "100 °C", "100", RIGHT),
    ("programming", "basic", "How many bits are in a byte?", "8", "eight", RIGHT),
    ("tpm", "basic", "What does the 'A' in a RACI matrix stand for?", "Accountable", "acountable", RIGHT),
    ("law", "basic", "What is the Latin name of the writ that challenges an unlawful detention?", "Habeas corpus", "habeus corpus", RIGHT),
    ("tpm", "basic", "What does a TPM report to stakeholders, and when?", "Program status, throughout the lifecycle.", "program status throughout the program lifecycle", RIGHT),
    # ---- basic, WRONG ----
    ("history", "basic", "In which year was the Bastille stormed?", "1789", "1798", WRONG),
    ("programming", "basic", "What kind of transformation is Base64, which anyone can reverse without a key?", "An encoding", "encryption", WRONG),
    ("chemistry", "basic", "How does a catalyst change the activation energy of a reaction?", "It lowers it.", "it raises the activation energy", WRONG),
    ("medicine", "basic", "What is the medical term for high blood pressure?", "Hypertension", "hypotension", WRONG),
    ("law", "basic", "What standard of proof must the prosecution meet in a criminal trial?", "Beyond reasonable doubt", "on the balance of probabilities", WRONG),
    ("languages", "basic", "What does the French word 'librairie' mean in English?", "Bookshop", "library", WRONG),
    ("tpm", "basic", "According to Brooks's law, what does adding people to a late software project do?", "It makes the project later.", "it does not make it later", WRONG),
    ("networking", "basic", "How many bits long is an IPv4 address?", "32", "128", WRONG),
    ("databases", "basic", "Which normal form removes transitive dependencies?", "Third normal form (3NF)", "2nf", WRONG),
    ("programming", "basic", "Which git command uploads local commits to a remote repository?", "git push", "git pull", WRONG),
    ("programming", "basic", "In which Python version did print become a function instead of a statement?", "Python 3.0", "python 2.7", WRONG),
    # ---- basic, NEAR ----
    ("programming", "basic", "What is the error called when a function calls itself until the call stack runs out of space?", "Stack overflow", "overflow", NEAR),
    ("law", "basic", "What is a false written statement that damages someone's reputation called?", "Libel", "label", NEAR),
    ("networking", "basic", "Which device forwards packets between different networks?", "A router", "route", NEAR),
    ("tpm", "basic", "What does MVP stand for in product development?", "Minimum viable product", "minimum valuable product", NEAR),
    # ---- cloze ----
    ("tpm", "cloze", "A TPM tracks the {{c1::critical path}} to see which delays move the launch date.", "", "the critical path", RIGHT),
    ("chemistry", "cloze", "A water molecule has {{c1::two}} hydrogen atoms and {{c2::one}} oxygen atom.", "", "2, 1", RIGHT),
    ("databases", "cloze", "A {{c1::foreign key}} references the primary key of another table.", "", "foriegn key", RIGHT),
    ("networking", "cloze", "In the TCP handshake the client first sends {{c1::SYN}} and the server replies with {{c2::SYN-ACK}}.", "", "syn-ack, syn", WRONG),
    ("networking", "cloze", "HTTP status code {{c1::404}} means the requested resource was not found.", "", "403", WRONG),
    ("languages", "cloze", "In German, 'thank you' is {{c1::danke}}.", "", "bitte", WRONG),
    # ---- list ----
    ("networking", "list", "Name the two most common transport-layer protocols on the internet.", "TCP | UDP", "udp and tcp", RIGHT),
    ("law", "list", "Name the three branches of government in the separation of powers.", "Legislative | Executive | Judicial", "executive, judiciary, legislature", RIGHT),
    ("tpm", "list", "Name the three constraints of the project management triangle.", "Scope | Time | Cost", "cost and scope", PARTLY),
    ("chemistry", "list", "Name the three everyday states of matter.", "Solid | Liquid | Gas", "solid, liquid", PARTLY),
    ("medicine", "list", "Name the four classic signs of inflammation.", "Redness | Heat | Swelling | Pain", "swelling, pain and redness", PARTLY),
    ("databases", "list", "What do the four letters of ACID stand for?", "Atomicity | Consistency | Isolation | Durability", "atomicity, consistency, durability", PARTLY),
    ("history", "list", "Which three countries signed the Tripartite Pact in 1940?", "Germany | Italy | Japan", "germany, japan and russia", PARTLY),
    ("programming", "list", "Name the three basic control structures of structured programming.", "Sequence | Selection | Iteration", "sequence and selection", PARTLY),
]


def main() -> int:
    return report(CASES, " (set D)")


if __name__ == "__main__":
    raise SystemExit(main())
