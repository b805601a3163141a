"""Finding the questions in shapes real documents showed (issue 12, heldout21-22): a quiz
vault whose answers are headings (`### A: Merkur`, once `## A:` at the question's level)
under questions, sentence stems ending in "..." and questions followed by their options;
a numbered quiz whose right options are in bold; glossary terms written `**Term**.`; an
MkDocs troubleshooting page titled by a meta-data line; a Spanish FAQ of `- ¿...?` items
answered in nested items; "Am I required to X to Y? No, ... you need Z" asked for what Y
needs. Each test compares the whole card list of a small fixture of our own."""

from __future__ import annotations

import pytest

from tpmcards.markup import to_text
from tpmcards.model import CardKind

from .test_find_questions import FIND, cards_json, qa

B, L, T = CardKind.BASIC, CardKind.LIST, CardKind.TERM

EXPECTED: dict[str, list[tuple[str, str, CardKind]]] = {
    # The answer heading is the answer, its label dropped; a heading so answered asks,
    # whatever its form; what stands between it and its answer goes with the question.
    # Two questions told apart by their question word (Wer / Wann), by their options, or
    # by the names they ask of (Merkur / Venus, one answer) ask two facts.
    "answer-headings.md": [
        ("Welcher Planet ist der Sonne am nächsten?", "Merkur", B),
        ("Der größte Planet des Sonnensystems ist ...", "Jupiter.", B),
        ("Wer entdeckte den Planeten Uranus?", "Wilhelm Herschel", B),
        ("Wann entdeckte Wilhelm Herschel den Planeten Uranus?", "1781", B),
        ("Welcher Planet ist ein Gasriese? Mars, Venus, Saturn, Merkur", "Saturn", B),
        ("Welcher Planet ist ein Gasriese? Erde, Mars, Neptun, Venus", "Neptun", B),
        (
            "Wie heißt der rote Planet? Tipp: Er trägt den Namen des römischen Kriegsgottes.",
            "Mars",
            B,
        ),
        ("Wie viele Monde hat der Merkur?", "0", B),
        ("Wie viele Monde hat die Venus?", "0", B),
    ],
    # A numbered quiz: the options in bold are the answer (a list when several are), the
    # options go with the question unmarked, and so do the statements to order; an item
    # asks with a question mark or without one ("... except", "... in order:").
    "bold-quiz.md": [
        (
            "Which layer of soil holds the most organic matter? Bedrock Topsoil Subsoil",
            "Topsoil",
            B,
        ),
        (
            "All of the following help soil keep its water except Mulch Compost Bare ground "
            "Cover crops",
            "Bare ground",
            B,
        ),
        (
            "Put the stages of soil formation in order: I. Plants take root and add organic "
            "matter. II. Rock weathers into small pieces. III. Distinct layers form over "
            "centuries. I, II, III II, I, III III, II, I",
            "II, I, III",
            B,
        ),
        (
            "Which of these are made by earthworms? Select all that apply. Burrows that let "
            "air in Nitrogen gas Castings that feed plants",
            "Burrows that let air in Castings that feed plants",
            L,
        ),
    ],
    # In a glossary a full stop after the bold term opens its definition as a colon does.
    "stopped-terms.md": [
        ("Shard", "A shard is one slice of a dataset, kept on its own node.", T),
        (
            "Replica",
            "A replica is a full copy of a shard, kept on another node so that a lost node "
            "loses no data.",
            T,
        ),
        (
            "Compaction",
            "Compaction merges small files into larger ones. It runs in the background.",
            T,
        ),
    ],
    # `title: Trouble-shooting` opening the file (Python-Markdown's meta-data) is the
    # page's title, no paragraph; a troubleshooting page's problem headings are entries
    # whether they ask or not; a definition list of causes gives a card a cause.
    "meta-troubleshooting.md": [
        (
            "The sync never finishes",
            "Stop the daemon, delete the lock file in the cache folder, and start the daemon "
            "again.",
            B,
        ),
        (
            "Why is my upload rejected?",
            "The server refuses files over 50 MB; split the file first.",
            B,
        ),
        ("Your token has expired", "Sign in again to get a new one.", T),
        ("The folder is read-only", "Ask its owner for write access.", T),
    ],
    # An FAQ's `- ¿...?` item asks over its nested answer, alone under its category too;
    # Spanish "he" before a participle ("y he revisado") is "I have", no unnamed "he".
    "faq-nested-es.md": [
        (
            "¿Qué navegadores son compatibles?",
            "Firefox, Chrome y Safari en sus dos últimas versiones.",
            B,
        ),
        ("¿Cada cuánto se publica una versión nueva?", "Una vez al mes, el primer lunes.", B),
        ("¿Cómo cambio mi contraseña?", "Desde Ajustes, en la pestaña Seguridad.", B),
        (
            "La importación se detiene (y he revisado el formato del archivo). ¿Qué ocurre?",
            "El archivo supera los 20 MB; divídalo en partes más pequeñas.",
            B,
        ),
    ],
    # "Do I need X to Y? No, to Y you need Z": the card asks what Y needs, the no goes. Not
    # where the answer says what to do instead without saying Y again (the laptop), nor
    # where "to" names no purpose ("to my tutor"), nor where nothing is needed: yes/no
    # cards as the guide asked them.
    "needed-faq.md": [
        (
            "Summer School — What do I need to study here?",
            "To study here for less than 90 days you only need a valid passport.",
            B,
        ),
        (
            "Summer School — Am I required to own a laptop to join the course?",
            "No. The library lends laptops; you must book one a week ahead.",
            B,
        ),
        (
            "Summer School — Do I need to talk to my tutor?",
            "No, you need to write to the office instead.",
            B,
        ),
        (
            "Summer School — Do I need a ticket to enter the museum?",
            "No, entry is free for students.",
            B,
        ),
        ("Summer School — Where do lessons take place?", "In the east wing, rooms 2 to 5.", B),
    ],
    # Two questions that each name something the other does not ask two facts, one answer
    # or not; a name and its initials (TPM / Technical Program Manager) are one name.
    "named-twice.md": [
        (
            "What does a TPM send the Steering Group each Friday?",
            "A one-page status report with risks and dates.",
            B,
        ),
        ("When did the Berlin office open?", "In 2019, with twelve engineers.", B),
        ("When did the Lisbon office open?", "In 2019, with twelve engineers.", B),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_finds_the_cards_a_reader_would_write(name: str) -> None:
    assert qa(FIND / name) == EXPECTED[name]


def test_a_meta_data_title_names_the_deck_and_no_cue() -> None:
    """`title: Trouble-shooting` names the deck; a generic title is no subject to put before
    a cue ("Trouble-shooting — ..."), though it is written as a command's name is."""
    rows = cards_json(FIND / "meta-troubleshooting.md")
    assert {r["deck"] for r in rows} == {"Trouble-shooting"}
    assert not any("—" in to_text(r["question"]) for r in rows)
