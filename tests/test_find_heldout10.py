"""Finding the questions in the shapes the blind set heldout10 showed (issue 12): numbered
revision questions whose answer line opens with its label (`Réponse :`), asked with a
question mark or as an order ("Définir DNS"), and glossaries of term headings defined in a
block quote. Each test compares the whole card list of a small fixture in our own words."""

from __future__ import annotations

import pytest

from tpmcards.model import CardKind

from .test_find_questions import FIND, qa

B, L, T = CardKind.BASIC, CardKind.LIST, CardKind.TERM

EXPECTED: dict[str, list[tuple[str, str, CardKind]]] = {
    # The `Réponse :` line says its item's first line asked, with or without a question
    # mark; the label is no part of the answer. An item whose second line has no answer
    # label and whose first line does not ask ("Donner un code ...") is no card.
    "reponse-items.md": [
        (
            "Qu’est-ce qu’un routeur ?",
            "un appareil qui relie deux réseaux et choisit la route des paquets.",
            B,
        ),
        ("Citer deux protocoles de la couche transport", "TCP et UDP.", B),
        ("À quoi sert un pare-feu ?", "il filtre le trafic selon des règles.", B),
        ("Définir DNS", "le système qui traduit un nom de domaine en adresse IP.", B),
        (
            "Définir URL. Quelles en sont les parties ?",
            "une adresse de ressource, faite d’un schéma, d’un hôte et d’un chemin.",
            B,
        ),
    ],
    # A glossary titled in Indonesian ("Glosarium"), its letter headings wrapped in centred
    # raw HTML, each term a heading defined in a block quote: every term a card, no letter.
    "glosarium-quotes.md": [
        (
            "Bandwidth / Lebar Pita",
            "Jumlah data yang dapat dikirim lewat jaringan dalam satu detik.",
            T,
        ),
        ("Router", "Perangkat yang meneruskan paket dari satu jaringan ke jaringan lain.", T),
        ("Ruter Inti", "Router di pusat jaringan yang menampung lalu lintas terbesar.", T),
    ],
    # A heading that asks and then names its level in brackets ("(Base)", "(Medio)") still
    # asks: each is a card over the paragraph under it.
    "level-suffix.md": [
        (
            "Cos’è un indirizzo IP? (Base)",
            "Un numero che identifica un dispositivo in una rete.",
            B,
        ),
        (
            "A cosa serve una maschera di sottorete? (Medio)",
            "Separa la parte di rete dalla parte del dispositivo in un indirizzo.",
            B,
        ),
    ],
    # An answer that only sends the reader to another document named in bold (`→ Consulta
    # **X.md** sección "..."`) points away as a link does: no card. ("Sí, con ..." is the
    # yes/no rule's, left as it stands.)
    "file-pointers.md": [
        (
            "¿Dónde se guardan las copias?",
            "En la carpeta respaldo junto al programa, una por día.",
            B,
        ),
        # "¿Puedo ...? Sí, con ..." tells how after its yes: asked "¿Cómo puedo ...?".
        (
            "¿Cómo puedo cambiar la hora de la copia?",
            "Con la opción --hora al iniciar el servicio.",
            B,
        ),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_finds_the_cards_a_reader_would_write(name: str) -> None:
    assert qa(FIND / name) == EXPECTED[name]
