"""Held-out typed-answer grading cases, set F (issue 14). Written blind to the grader.

A case is (field, kind, question, answer, typed, verdict).

    python benchmarks/grading_heldout_f.py

Written by a person who had not seen the grader or the earlier sets, kept out of the test suite
on purpose (same scoring as benchmarks/grading_table.py). Measured clean, as received, by the lead
against main 8e53391 (after set E's misses were fixed): 34 of 40. Its misses then: "dont repeat
yourself" (an apostrophe left out read as no negation), "claimant" for "The plaintiff (claimant in
England and Wales)", a paraphrase with "sequence" for "chain", a cloze typed "rebase", "britain"
for "United Kingdom" in a list, and "gracia" for "gracias" forgiven as a typo.
Five were then fixed with general rules (issue 14), so the set is no longer held out:
"dont" typed without its apostrophe is "don't", not a flipped negation; the term in brackets
is an answer also when introduced or followed by where it is used ("claimant" for "The
plaintiff (claimant in England and Wales)"); a common noun of structure before "of" in other
words ("the longest sequence of dependent tasks" for "The longest chain of ..."; chain and
sequence, kind and type, amount and quantity, before "of" only, so no name changes); a
command without its program's name ("rebase" for "git rebase", known programs only, so
"York" is not "New York"); and a real word of the language the question names is another
word, whatever English makes of its ending ("gracia" for "gracias": the Spanish list holds
no plurals, so "gracias" was not seen as Spanish, and the English ending "-s" forgave it).
Left as a miss on purpose: "france, britain" for "France | Russia | United Kingdom" wants
partly. One item of three is fewer than half, wrong in the table's convention (as one blank
of three is), and "Britain" for "United Kingdom" is world knowledge the card does not hold: a
card that wants it writes "United Kingdom (Britain)", which the grader then takes. 39 of 40
after.
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
    ("history", "basic", "In which year did the Berlin Wall fall?", "1989", "in 1989", RIGHT),
    ("chemistry", "basic", "What is the chemical formula of table salt?", "NaCl", "nacl", RIGHT),
    ("networking", "basic", "Which transport protocol do most DNS queries use?", "UDP (port 53)", "udp", RIGHT),
    ("programming", "basic", "What does the principle DRY stand for in software engineering?", "Don't Repeat Yourself", "dont repeat yourself", RIGHT),
    ("databases", "basic", "Which ACID property guarantees that a committed transaction survives a crash?", "Durability", "durabilty", RIGHT),
    ("medicine", "basic", "Which organ produces insulin?", "The pancreas", "it's the pancreas", RIGHT),
    ("law", "basic", "What is the party who brings a civil lawsuit called?", "The plaintiff (claimant in England and Wales)", "claimant", RIGHT),
    ("languages", "basic", "What does the German word 'Schmetterling' mean in English?", "butterfly", "a butterfly", RIGHT),
    ("tpm", "basic", "What is a program's critical path?", "The longest chain of dependent tasks; it sets the earliest possible finish date", "the longest sequence of dependent tasks, which determines the shortest time to finish the project", RIGHT),
    ("physics", "basic", "What is the speed of light in a vacuum, roughly?", "about 300,000 km/s", "300000", RIGHT),
    ("medicine", "basic", "Which blood cells fight infection?", "White blood cells (leukocytes)", "leucocytes", RIGHT),
    ("computing", "basic", "How many bits are in a byte?", "8", "eight", RIGHT),
    ("programming", "cloze", "{{c1::git rebase}} replays your commits on top of another branch.", "", "rebase", RIGHT),
    ("physics", "cloze", "At sea level, water boils at {{c1::100}} °C and freezes at {{c2::0}} °C.", "", "100, 0", RIGHT),
    ("medicine", "cloze", "Red blood cells carry oxygen bound to {{c1::haemoglobin}}.", "", "hemoglobin", RIGHT),
    ("physics", "list", "Name the three primary colours of light.", "red | green | blue", "blue, red and green", RIGHT),
    # WRONG (14)
    ("history", "basic", "In which year did World War I begin?", "1914", "1918", WRONG),
    ("chemistry", "basic", "What is the chemical name of NaCl?", "sodium chloride", "sodium chlorate", WRONG),
    ("networking", "basic", "Which port does HTTPS use by default?", "443", "433", WRONG),
    ("security", "basic", "What is the process of turning plaintext into ciphertext with a key called?", "Encryption", "encoding", WRONG),
    ("medicine", "basic", "What is the medical term for abnormally low blood sugar?", "hypoglycaemia", "hyperglycemia", WRONG),
    ("programming", "basic", "Which major Python version replaced the print statement with the print() function?", "Python 3", "python 2", WRONG),
    ("programming", "basic", "What property distinguishes a Python tuple from a list?", "Tuples are immutable", "tuples are mutable", WRONG),
    ("economics", "basic", "What happens to the price of an existing bond when market interest rates rise?", "It falls", "it goes up", WRONG),
    ("astronomy", "basic", "About how long does sunlight take to reach Earth?", "about 8 minutes", "8 seconds", WRONG),
    ("tpm", "basic", "In a RACI matrix, which role is ultimately answerable for a task, with only one per task?", "Accountable", "responsible", WRONG),
    ("languages", "basic", "What does the Spanish word 'embarazada' mean in English?", "pregnant", "embarrassed", WRONG),
    ("web", "cloze", "HTTP status code {{c1::404}} means Not Found.", "", "403", WRONG),
    ("networking", "cloze", "In TCP's three-way handshake the client sends {{c1::SYN}} and the server answers with {{c2::SYN-ACK}}.", "", "SYN-ACK, SYN", WRONG),
    ("geography", "list", "Which two gases make up most of Earth's atmosphere?", "nitrogen | oxygen", "argon and carbon dioxide", WRONG),
    # PARTLY (6)
    ("tpm", "list", "Name the three constraints of the project management triangle.", "scope | time | cost", "time and cost", PARTLY),
    ("chemistry", "list", "Which three particles make up an atom?", "protons | neutrons | electrons", "protons and electrons", PARTLY),
    ("databases", "list", "What do the four letters of ACID stand for?", "Atomicity | Consistency | Isolation | Durability", "atomicity, consistency, integrity, durability", PARTLY),
    ("history", "list", "Which three countries formed the Triple Entente?", "France | Russia | United Kingdom", "france, britain", PARTLY),
    ("medicine", "list", "What are the four blood groups of the ABO system?", "A | B | AB | O", "A, B, O", PARTLY),
    ("law", "list", "Name the three branches of the US federal government.", "legislative | executive | judicial", "executive and judiciary", PARTLY),
    # NEAR (4)
    ("history", "basic", "Who co-wrote The Communist Manifesto with Friedrich Engels?", "Karl Marx", "marks", NEAR),
    ("languages", "basic", "How do you say 'thank you' in Spanish?", "gracias", "gracia", NEAR),
    ("tpm", "basic", "What does OKR stand for?", "Objectives and key results", "objectives and results", NEAR),
    ("law", "cloze", "A writ of {{c1::habeas corpus}} requires a detained person to be brought before a court.", "", "habeas", NEAR),
]


def main() -> int:
    return report(CASES, " (set F)")


if __name__ == "__main__":
    raise SystemExit(main())
