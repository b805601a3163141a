"""A quiz of one section per question ("### Pregunta 1", lettered options below it) whose
answers are numbered lines of a key at the end, split into the key's own subsections: each
question is answered by its line, the options go with the question, and neither the key nor
the tips after it give cards. Options with no word of which is right are no card: `check`
says the question has no answer."""

from __future__ import annotations

from click.testing import CliRunner

from tpmcards.cli import cli
from tpmcards.model import CardKind

from .test_find_questions import FIND, qa

B = CardKind.BASIC


def test_each_numbered_question_is_answered_by_its_line_of_the_key() -> None:
    assert qa(FIND / "keyed-sections.md") == [
        (
            "¿A qué temperatura se cuece el gres? a) 600 grados b) 900 grados c) 1250 grados",
            "c) 1250 grados",
            B,
        ),
        (
            "¿Qué hace el cono pirométrico? a) Mide la humedad b) Se dobla al alcanzar su "
            "temperatura",
            "b) Se dobla al alcanzar su temperatura",
            B,
        ),
        (
            "¿Cómo se llama el barro cocido una vez sin esmalte? a) Bizcocho b) Gres c) Engobe",
            "a) Bizcocho",
            B,
        ),
    ]


def test_options_without_their_answer_are_no_card_and_check_says_so() -> None:
    guide = FIND / "unkeyed-options.md"
    assert qa(guide) == [("What is slip?", "Liquid clay used to join pieces.", B)]
    result = CliRunner().invoke(cli, ["check", str(guide)])
    assert (
        ':4: error: question without answer: "Which clay is fired hottest? a) Earthenware '
        'b) Stoneware"' in result.output
    )
