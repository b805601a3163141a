"""Short answers (../shared/CARDS.md rule 10) as a learner meets them: the sentence that
answers the question on the card's back, the background after it in the Extra field, in
`tpmcards cards`, in the deck Anki imports, and in the quiz."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tpmcards.answershape import word_count
from tpmcards.cli import cli
from tpmcards.deckread import read_deck
from tpmcards.markup import to_text

from .conftest import FIXTURES

GUIDE = FIXTURES / "long-answers.md"
TOOLS = ("Trowel", "Hand fork", "Watering can", "Secateurs", "Kneeling pad")
LATER = (
    "Leave the rotavator, the long-handled shears and the soil tester for later: most gardeners "
    "who buy them in their first season use them twice and lend them out for the rest of the "
    "year."
)


def _cards(*args: str) -> list[dict[str, Any]]:
    result = CliRunner().invoke(cli, ["cards", *args, "--json"])
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def test_a_long_answer_keeps_what_the_question_asks_and_moves_the_rest_to_extra() -> None:
    rows = [(r["question"], to_text(r["answer"]), to_text(r["extra"])) for r in _cards(str(GUIDE))]
    assert rows == [
        (
            "How warm should the greenhouse be at night?",
            "Keep it between ten and fifteen degrees at night for most seedlings.",
            "Below that, growth stalls and the leaves of tender plants curl and darken within "
            "a week. Above it, the plants stretch towards the light and grow thin stems that "
            "fall over when they are planted out. A cheap thermometer with a minimum and "
            "maximum memory tells you what happened while you slept.",
        ),
        # Short enough to stay whole; only the sentence pointing elsewhere goes.
        (
            "How often should the beds be watered?",
            "Water the beds when the top two centimetres of soil are dry to the touch. In a hot "
            "week that can be every day; in a cool spring, once a week is often enough.",
            "",
        ),
        # "Straw, mostly." alone is too short to answer: the sentence after it stays.
        (
            "Which cover suits the beds in winter?",
            "Straw, mostly. A thick layer keeps frost out of the top of the soil and rots into "
            "food by spring.",
            "Close the vents above it only in a storm, when gusts can tear the hinges, or when "
            "frost is forecast for the night, since cold air sinking through an open vent kills "
            "seedlings.",
        ),
        (
            "What do the gardeners bring on their first day?",
            "Gloves, a hat and a water bottle.",
            "",
        ),
        # A comparison's answer is both halves: never cut.
        (
            "How do tomatoes and peppers differ under glass?",
            "Tomatoes want a cooler night and a lot of air. Peppers want steady warmth and "
            "little wind. Tomatoes climb and must be tied every week. Peppers stay bushy and "
            "need only a short cane.",
            "",
        ),
        # A lead-in keeps its list (split into one cloze per tool); what follows is Extra.
        *[
            (
                "Which tools should a new gardener buy (5): "
                + "; ".join(t for t in TOOLS if t != tool)
                + f"; and {{{{c1::{tool}}}}}",
                "Buy these first:",
                LATER,
            )
            for tool in TOOLS
        ],
        # A list card keeps what leads to its list and the list; "If you want X, see LINK."
        # says only when to follow a link and goes; what follows the list is Extra.
        (
            "How do I label a new bed?",
            "Every bed needs a label before the first seed goes in. Use this order: Write the "
            "crop on a stake Add the sowing date Push the stake in at the north end",
            "Stakes of untreated pine rot within a season, so buy larch or reuse old slate roof "
            "tiles.",
        ),
        # A sentence left open runs on into the code it names.
        (
            "How do I count the plots?",
            "Run this in the garden folder Get-Plots -Count",
            "The count includes empty beds, which are listed with a zero harvest and a grey "
            "marker, and beds shared with another gardener, which are counted once for each of "
            "you.",
        ),
        # A paragraph without a full stop does not run on into the next paragraph.
        (
            "Which seed tray suits a windowsill?",
            "TL;DR: a shallow tray with a clear lid and drainage holes",
            "Deep trays hold too much water for seedlings, and without a lid the compost dries "
            "out on a sunny sill within a day. A clear lid keeps the air damp and still lets the "
            "light in.",
        ),
        # A short list of paragraphs: each step keeps its first sentence, the rest is Extra.
        (
            "How do I move a seedling into a bigger pot?",
            "Do it in three steps: Water the seedling an hour before. Lift it by a leaf, never by "
            "the stem. Firm it in",
            "1. Damp compost holds together around the roots and comes out of the tray in one "
            "piece. 2. A torn leaf grows back, but a crushed stem kills the plant within days.",
        ),
        # Unordered items have no number to tie a rest in Extra to them: they stay whole.
        (
            "What should a seed packet tell you?",
            "Look for three things: The sowing window for your region. A packet sown a month "
            "early rots in cold soil and a month late runs to seed. The depth to sow at. Tiny "
            "seeds want light, so they go on the surface. The spacing",
            "",
        ),
    ]


def test_the_extra_reaches_anki_and_comes_back_from_the_deck(
    in_tmp: Path, anki_collection: Any
) -> None:
    """Built, imported by the real Anki library, and read back by tpmcards from the .apkg."""
    from anki.import_export_pb2 import ImportAnkiPackageRequest

    shutil.copy(GUIDE, in_tmp / "greenhouse.md")
    result = CliRunner().invoke(cli, ["build", "greenhouse.md", "-o", "out"])
    assert result.exit_code == 0, result.output
    package = next((in_tmp / "out").glob("*.apkg"))
    anki_collection.import_anki_package(  # type: ignore[attr-defined]
        ImportAnkiPackageRequest(package_path=str(package))
    )
    col: Any = anki_collection
    notes = {}
    for note in (col.get_note(n) for n in col.find_notes("")):
        if "Text" in note:  # a cloze: its back shows the list's lead-in, then the Extra
            assert to_text(note["Extra"]) == f"Buy these first: {LATER}"
        else:
            notes[note["Question"]] = note
    warm = notes["How warm should the greenhouse be at night?"]
    assert to_text(warm["Answer"]) == (
        "Keep it between ten and fifteen degrees at night for most seedlings."
    )
    assert to_text(warm["Extra"]).startswith("Below that, growth stalls")
    back = warm.cards()[0].answer()
    assert back.index("fifteen degrees") < back.index("Below that, growth stalls")
    assert notes["What do the gardeners bring on their first day?"]["Extra"] == ""
    # Read back from the package, as a quiz on any .apkg reads it.
    read = {to_text(dc.card.question): dc.card for dc in read_deck(package)}
    assert to_text(read["How warm should the greenhouse be at night?"].extra).startswith(
        "Below that, growth stalls"
    )
    assert read["What do the gardeners bring on their first day?"].extra == ""


def test_the_quiz_shows_the_extra_after_the_answer_and_grades_only_the_answer(
    in_tmp: Path,
) -> None:
    shutil.copy(GUIDE, in_tmp / "greenhouse.md")
    typed = "between ten and fifteen degrees at night for most seedlings\n\n"
    result = CliRunner().invoke(
        cli,
        ["quiz", "greenhouse.md", "--no-color", "--mode", "type", "--order", "source", "-n", "1"],
        input=typed,
    )
    assert result.exit_code == 0, result.output
    out = result.output
    answer = out.index("Keep it between ten and fifteen degrees")
    assert answer < out.index("\nExtra: Below that, growth stalls") < out.index("Answered 1")


def test_the_cards_listing_shows_the_extra() -> None:
    result = CliRunner().invoke(cli, ["cards", str(GUIDE)])
    assert result.exit_code == 0, result.output
    assert (
        "    Keep it between ten and fifteen degrees at night for most seedlings.\n"
        "    Extra: Below that, growth stalls" in result.output
    )


def test_an_edit_of_the_extra_alone_updates_the_note_and_a_removed_card_keeps_it(
    in_tmp: Path,
) -> None:
    """The Extra is content: editing only it changes the note; a card gone from the guide
    stays in the package (tagged removed) with its Extra, rebuilt from the lock."""
    guide = in_tmp / "greenhouse.md"
    shutil.copy(GUIDE, guide)
    runner = CliRunner()
    assert runner.invoke(cli, ["build", "greenhouse.md", "-o", "out"]).exit_code == 0
    guide.write_text(guide.read_text().replace("A cheap thermometer", "A cheap digital one"))
    result = runner.invoke(cli, ["build", "greenhouse.md", "-o", "out"])
    assert result.exit_code == 0, result.output
    assert "changed: How warm should the greenhouse be at night?" in result.output
    text = guide.read_text()
    start = text.index("## How warm")
    guide.write_text(text[:start] + text[text.index("## How often") :])
    result = runner.invoke(cli, ["build", "greenhouse.md", "-o", "out"])
    assert "removed: How warm should the greenhouse be at night?" in result.output
    package = next((in_tmp / "out").glob("*.apkg"))
    removed = [dc for dc in read_deck(package) if dc.removed]
    assert [to_text(dc.card.question) for dc in removed] == [
        "How warm should the greenhouse be at night?"
    ]
    assert to_text(removed[0].card.extra).endswith(
        "A cheap digital one with a minimum and "
        "maximum memory tells you what happened while "
        "you slept."
    )


def test_the_card_cache_keeps_the_extra(in_tmp: Path) -> None:
    """A second listing, read from the card cache, shows the same Extra."""
    shutil.copy(GUIDE, in_tmp / "greenhouse.md")
    first = _cards("greenhouse.md")
    assert any(row["extra"] for row in first)
    assert _cards("greenhouse.md") == first


def test_a_glossary_term_loses_its_pointers_and_keeps_its_definition_short() -> None:
    """ "See LINK." before a definition and "- see LINK" after it go; a long explanation
    keeps what fits a short answer, the rest in Extra."""
    rows = _cards(str(FIXTURES / "garden-glossary.html"))
    assert [
        (r["kind"], r["question"], to_text(r["answer"]), to_text(r["extra"])) for r in rows
    ] == [
        (
            "term",
            "Mulch",
            "A layer of loose material spread over the soil to keep moisture in.",
            "",
        ),
        ("term", "Tilth", "The crumbly state of well-worked soil.", ""),
        # Another name first is an aside: the definition is the answer.
        (
            "term",
            "Compost",
            "Rotted plant matter dug into the soil to feed it.",
            "Also called black gold.",
        ),
        (
            "term",
            "Cold frame",
            # The defining sentence is the answer; how it works is background.
            "A low box with a glass lid that shelters seedlings from frost.",
            "It works like a small greenhouse, warming up in the sun by day and holding some of "
            "that warmth through the night. Gardeners prop the lid open on warm afternoons so "
            "the seedlings do not cook, and close it again before dusk.",
        ),
    ]


def test_the_preview_and_the_csv_export_carry_the_extra(in_tmp: Path) -> None:
    shutil.copy(GUIDE, in_tmp / "greenhouse.md")
    runner = CliRunner()
    result = runner.invoke(cli, ["preview", "greenhouse.md", "-o", "page.html"])
    assert result.exit_code == 0, result.output
    page = (in_tmp / "page.html").read_text()
    answer = page.index("Keep it between ten and fifteen degrees")
    assert answer < page.index('class="extra"><p>Below that, growth stalls', answer)
    result = runner.invoke(cli, ["build", "greenhouse.md", "-o", "out", "--format", "csv"])
    assert result.exit_code == 0, result.output
    text = next((in_tmp / "out").glob("*.csv")).read_text()
    rows = csv.reader(
        (line for line in text.splitlines(True) if not line.startswith("#")), delimiter="\t"
    )
    row = next(r for r in rows if "How warm should the greenhouse be at night?" in r)
    assert row[4:7] == [
        "How warm should the greenhouse be at night?",
        "<p>Keep it between ten and fifteen degrees at night for most seedlings.</p>",
        "other",  # the topic of a guide without a config
    ]
    assert to_text(row[-1]).startswith("Below that, growth stalls")


def test_images_and_code_in_the_extra_are_packaged_and_highlighted(
    in_tmp: Path, anki_collection: Any
) -> None:
    from anki.import_export_pb2 import ImportAnkiPackageRequest

    shutil.copy(FIXTURES / "rich" / "img" / "diagram.png", in_tmp / "beds.png")
    (in_tmp / "beds.md").write_text(
        "# Bed notes\n\n## How wide should a raised bed be?\n\n"
        "No wider than you can reach to the middle from either side.\n\n"
        "For most people that is about one metre and twenty centimetres, which leaves the "
        "middle of the bed within an arm's length from both paths:\n\n"
        "![The bed from above](beds.png)\n\n"
        "```python\nif width > 120:\n    print('too wide')\n```\n"
    )
    result = CliRunner().invoke(cli, ["build", "beds.md", "-o", "out"])
    assert result.exit_code == 0, result.output
    anki_collection.import_anki_package(  # type: ignore[attr-defined]
        ImportAnkiPackageRequest(package_path=str(next((in_tmp / "out").glob("*.apkg"))))
    )
    col: Any = anki_collection
    (note,) = [col.get_note(n) for n in col.find_notes("")]
    assert to_text(note["Answer"]) == "No wider than you can reach to the middle from either side."
    data = (in_tmp / "beds.png").read_bytes()
    name = f"tpm-{hashlib.sha256(data).hexdigest()[:16]}.png"
    assert f'src="{name}"' in note["Extra"]
    assert (Path(col.media.dir()) / name).read_bytes() == data
    assert '<pre class="highlight"><code class="language-python">' in note["Extra"]
    assert '<span class="k">if</span>' in note["Extra"]


def test_a_definition_is_its_defining_sentence_and_what_follows_is_extra(in_tmp: Path) -> None:
    """A glossary term's first sentence that defines it on its own is the answer, a second
    fact after it goes to Extra. A next sentence that qualifies ("Not a glaze"), a first
    sentence that only repeats the term, and two terms whose first sentences are the same
    (the second sentence tells them apart) keep their whole definition."""
    (in_tmp / "kiln.md").write_text(
        "# Pottery glossary\n\n"
        "**Bisque**: Clay fired once at a low heat so that it stays porous enough to take "
        "glaze. A bisque pot rings when tapped.\n\n"
        "**Kiln wash**: A coating painted on kiln shelves that stops dripping glaze from "
        "sticking. Not a glaze, and never used on pots.\n\n"
        "**Glaze coat**: A glaze coat is a coat of the glaze on a pot. It seals the pot "
        "against water.\n\n"
        "**Cone pack**: A set of pyrometric cones set in clay to show how much heat the load "
        "took. The cones bend at a known heat.\n\n"
        "**Witness cone**: A set of pyrometric cones set in clay to show how much heat the "
        "load took. The last cone stays upright.\n"
    )
    result = CliRunner().invoke(cli, ["cards", "kiln.md", "--json"])
    assert result.exit_code == 0, result.output
    rows = [
        (r["question"], to_text(r["answer"]), to_text(r["extra"]))
        for r in json.loads(result.stdout)
    ]
    assert rows == [
        ("Bisque", "Clay fired once at a low heat so that it stays porous enough to take glaze.",
         "A bisque pot rings when tapped."),
        ("Kiln wash", "A coating painted on kiln shelves that stops dripping glaze from "
         "sticking. Not a glaze, and never used on pots.", ""),
        ("Glaze coat", "A glaze coat is a coat of the glaze on a pot. It seals the pot "
         "against water.", ""),
        ("Cone pack", "A set of pyrometric cones set in clay to show how much heat the load "
         "took. The cones bend at a known heat.", ""),
        ("Witness cone", "A set of pyrometric cones set in clay to show how much heat the "
         "load took. The last cone stays upright.", ""),
    ]  # fmt: skip


def test_a_list_is_led_in_by_no_preamble_that_restates_its_question(in_tmp: Path) -> None:
    """ "To reset the pump, follow these steps:" says nothing "How do I reset the pump?" did
    not: the answer is the steps. A lead-in with a fact of its own stays."""
    (in_tmp / "pump.md").write_text(
        "# Pump notes\n\n"
        "## How do I reset the pump?\n\n"
        "To reset the pump, follow these steps:\n\n"
        "1. Switch off the mains.\n2. Hold the red button.\n3. Switch on the mains.\n\n"
        "## How do I bleed the pump?\n\n"
        "With the valve closed, follow these steps:\n\n"
        "1. Open the bleed screw.\n2. Wait for water.\n3. Close the bleed screw.\n"
    )
    result = CliRunner().invoke(cli, ["cards", "pump.md", "--json"])
    assert result.exit_code == 0, result.output
    assert [(r["question"], to_text(r["answer"])) for r in json.loads(result.stdout)] == [
        ("How do I reset the pump?",
         "Switch off the mains. Hold the red button. Switch on the mains."),
        ("How do I bleed the pump?", "With the valve closed, follow these steps: Open the "
         "bleed screw. Wait for water. Close the bleed screw."),
    ]  # fmt: skip


def test_a_first_sentence_that_only_comforts_the_asker_is_no_part_of_the_answer(
    tmp_path: Path,
) -> None:
    guide = tmp_path / "faq.md"
    guide.write_text(
        "# Allotment FAQ\n\n"
        "## What if I miss my watering day?\n\n"
        "Don't worry, we've got you covered! A neighbour on the rota waters your plot.\n\n"
        "## Is there a tap on every plot?\n\n"
        "Great question. There is one tap for each row of six plots.\n\n"
        "## Who keeps the shed key?\n\n"
        "Don't worry, the key is safe. The secretary keeps it in the office.\n",
        encoding="utf-8",
    )
    rows = [(r["question"], to_text(r["answer"])) for r in _cards(str(guide))]
    assert rows == [
        (
            "Allotment — What if I miss my watering day?",
            "A neighbour on the rota waters your plot.",
        ),
        (
            "Allotment — Is there a tap on every plot?",
            "There is one tap for each row of six plots.",
        ),
        # A sentence with something of its own stays, comfort and all.
        (
            "Allotment — Who keeps the shed key?",
            "Don't worry, the key is safe. The secretary keeps it in the office.",
        ),
    ]


def test_an_answer_written_as_labelled_fields_keeps_the_answer_and_moves_the_rest() -> None:
    # `answer:` / `why:` / `how:` items (the answer label alone over the items that answer);
    # the `⸻` lines between entries are separators, no part of any answer.
    rows = [
        (r["question"], to_text(r["answer"]), to_text(r["extra"]))
        for r in _cards(str(FIXTURES / "find" / "labelled-answers.md"))
    ]
    assert rows == [
        (
            "what's the difference between bisque and glaze firing?",
            "bisque = first firing, clay only. glaze = second firing, melts the glaze.",
            "why: shows you know the order. how: bisque low, glaze hot.",
        ),
        (
            "common mistakes when loading a kiln?",
            "pots touching each other. glaze on the foot.",
            "why: pots fuse to each other and to the shelf.",
        ),
    ]


def test_reassurance_before_the_answer_goes_sentence_by_sentence(tmp_path: Path) -> None:
    guide = tmp_path / "faq.md"
    guide.write_text(
        "# Sourdough FAQ\n\n"
        "## Why did my loaf come out flat?\n\n"
        "That is no problem. This happens. The starter was past its peak: bake sooner "
        "after feeding it.\n\n"
        "## What should I bake the loaf in?\n\n"
        "Schade! The oven in the club kitchen takes no stone; use the iron pot instead.\n",
        encoding="utf-8",
    )
    rows = [(r["question"], to_text(r["answer"])) for r in _cards(str(guide))]
    assert rows == [
        (
            "Sourdough — Why did my loaf come out flat?",
            "The starter was past its peak: bake sooner after feeding it.",
        ),
        (
            "Sourdough — What should I bake the loaf in?",
            "The oven in the club kitchen takes no stone; use the iron pot instead.",
        ),
    ]


def test_a_question_asking_for_an_amount_keeps_the_sentence_that_gives_it(tmp_path: Path) -> None:
    guide = tmp_path / "faq.md"
    guide.write_text(
        "# Sourdough FAQ\n\n## How much starter should I use?\n\n"
        "It depends on the flour and on the season, and bakers argue about it endlessly in "
        "every forum. In winter you want more. Most bakers settle on about 20% of the flour "
        "weight, which keeps the schedule predictable. Less starter means a longer, slower "
        "rise with more sourness.\n",
        encoding="utf-8",
    )
    [row] = _cards(str(guide))
    assert "20% of the flour weight" in to_text(row["answer"])
    assert to_text(row["extra"]) == "Less starter means a longer, slower rise with more sourness."


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Programs are run by TPMs.", 5),
        ("A 1 b", 3),
        ("Café — naïve “résumé”", 3),  # letters past ASCII, no CJK: each word once
        ("虚拟DOM是什么", 3),  # five CJK characters count two words, then DOM
        ("질문 답변", 2),  # Hangul: two characters a word
        ("🙂 什么", 1),  # an emoji is no word; two CJK characters are one
    ],
)
def test_word_count_counts_two_cjk_characters_as_a_word(text: str, words: int) -> None:
    assert word_count(text) == words
