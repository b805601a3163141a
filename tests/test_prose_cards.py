"""Prose cards a learner keeps (../shared/CARDS.md): an interviewee's opinions said to be
hers, her "I" and "my" named, no card put to the reader ("you"), an answer that is the fact
and not an unnamed "This is ..." in front of it, no cloze whose synonym stays visible, no
vague "need to be?" question, no answer that repeats its cue, and a counted list of three
or four."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from tpmcards.cli import cli
from tpmcards.extract.forms import base_verb
from tpmcards.smells import giveaways

from .conftest import FIXTURES

CONFIG = """deck: Captains
topics:
  - slug: role
    title: Role
    headings: [role]
  - slug: interview
    title: Interview
    headings: [interview]
    keywords: [go decision, title, concise, calm, build scripts, main branch, launches, judgement]
"""


def cards(path: Path) -> list[tuple[str, str, str, str]]:
    result = CliRunner().invoke(cli, ["cards", str(path), "--json"])
    assert result.exit_code == 0, result.output
    return [(r["topic"], r["kind"], r["question"], r["answer"]) for r in json.loads(result.stdout)]


def test_interview_prose_gives_named_attributed_cards(in_tmp: Path) -> None:
    shutil.copy(FIXTURES / "interview-prose.md", in_tmp / "captains.md")
    (in_tmp / "tpmcards.yaml").write_text(CONFIG)
    assert cards(in_tmp / "captains.md") == [
        # "Well, this is a busy season." leans on an unnamed "this": the next sentence answers.
        ("role", "basic", "Why do teams need release captains?",
         "<p>Most teams ship a build every week.</p>"),
        # "What are the duties of a release captain? The first duty is ...": whose duty,
        # asked as what the duty is.
        ("role", "basic", "What is the first duty of a release captain?",
         "<p>Locking the main branch.</p>"),
        # "... making sure you never miss ..." is put to the reader: no card.
        ("role", "basic", "What are release captains responsible for?",
         "<p>The freeze calendar, from draft to sign-off.</p>"),
        # A second duty after "while" is asked besides the first duty's name alone.
        ("role", "basic", "Besides the freeze calendar, what are release captains responsible "
         "for?", "<p>Reporting its changes to the teams.</p>"),
        # "What do release captains work with?" has a hundred answers: a cloze asks better.
        ("role", "cloze", "Release captains work with the {{c1::build scripts}} of every "
         "product.", ""),
        # Three people named: a counted list.
        ("role", "list", "Which 3 roles does a release captain work with?",
         "<ul><li>The build lead</li><li>The test managers</li><li>The support engineers</li>"
         "</ul>"),
        # "This calendar is ..." leans on the sentence before: no card.
        # After "We had the chance to talk with Marta Oduya", the opinions are hers.
        ("interview", "basic",
         "According to Marta Oduya, what are release captains mainly responsible for?",
         "<p>The final go decision.</p>"),
        # "There can be many {{launches}} ..." only sets the scene: no card.
        # "What do release captains need to be?" has a hundred answers: a cloze asks better.
        ("interview", "cloze",
         "According to Marta Oduya, release captains need to be {{c1::calm}} under pressure.", ""),
        # "concise" hidden beside "to the point" would give itself away: both are hidden.
        ("interview", "cloze", "According to Marta Oduya, release captains need to be "
         "{{c1::concise}} and {{c1::to the point}}.", ""),
        # "What kind of judgement? Strong judgement." repeats its cue: a cloze on what is needed.
        ("interview", "cloze",
         "According to Marta Oduya, release captains also need strong {{c1::judgement}}.", ""),
        # Three or four items after "such as": a counted list, and not of "other" teams.
        ("interview", "list", "According to Marta Oduya, which 3 teams may release "
         "captains work with?", "<ul><li>Legal</li><li>Support</li><li>Design</li></ul>"),
        # "In my first year I ...": the interviewee, named once, then "she"; what she did
        # it for is the fact.
        ("interview", "basic", "Why did Marta Oduya change her title?",
         "<p>To match what she does.</p>"),
    ]  # fmt: skip


def test_a_synonym_or_initials_beside_a_hidden_word_are_hidden_with_it() -> None:
    text = "She began in quality assurance, then left QA."
    start = text.index("quality assurance")
    assert giveaways("quality assurance", text[:start] + " " * 17 + text[start + 17 :]) == [
        (text.index("QA"), text.index("QA") + 2)
    ]
    assert giveaways("QA", "She began in quality assurance, then left") == [(13, 30)]
    assert giveaways("calm", "calm and to the point") == []


KEEPER_CONFIG = """deck: Keepers
topics:
  - slug: skills
    title: Skills
    headings: [skills]
  - slug: duties
    title: Duties
    headings: [duties]
  - slug: interview
    title: Interview
    headings: [interview]
    keywords: [extra checks, stay safe, supply boats, lamp log, patient]
  - slug: role
    title: Role
    headings: [role]
    keywords: [weather sense, calm planner, storm damage, broad view, captains, sea conditions,
      pilots, harbour depth]
"""


def keeper_cards(in_tmp: Path) -> list[tuple[str, str, str, str]]:
    shutil.copy(FIXTURES / "keeper-cues.md", in_tmp / "keepers.md")
    (in_tmp / "tpmcards.yaml").write_text(KEEPER_CONFIG)
    return cards(in_tmp / "keepers.md")


def test_cues_carry_what_tells_them_apart(in_tmp: Path) -> None:
    """Three "understanding of" sentences give three different cues: the owner of what is
    understood is asked ("... of in their coast?" -> "Its tides"), and a purpose or "while"
    clause cut from the answer stays in the question; people counted are named by the word
    they share; duties, stages, reports, coordination and growth are each asked for the fact
    the sentence's form carries."""
    assert keeper_cards(in_tmp) == [
        ("skills", "basic",
         "What does every lighthouse keeper need a strong understanding of in their coast?",
         "<p>Its tides and currents.</p>"),
        ("skills", "basic",
         "What does a good keeper need a deep understanding of in their fishing fleet?",
         "<p>Its habits and routes.</p>"),
        ("skills", "basic", "What should new keepers gain deep knowledge of in their station "
         "to best prepare themselves for storm season?", "<p>Its radio codes.</p>"),
        ("skills", "basic", "What do lighthouse keepers need to establish for their station "
         "while also training the crews that run them?",
         "<p>Its watch rotas and signal plans.</p>"),
        ("skills", "list", "Which 3 harbour roles does a senior keeper work with to develop "
         "the winter repair plan?", "<ul><li>The harbour director</li><li>The harbour "
         "engineers</li><li>Their harbour staff</li></ul>"),
        # "charged with" is a duty, its qualifier kept, its act asked.
        ("duties", "basic", "What are lighthouse keepers commonly charged with logging?",
         "<p>Every ship that passes the headland, from the first light of dawn all the "
         "way to the last light of dusk.</p>"),
        # "The main duty of X is tending ...": asked as what the duty is, not a cloze on a verb.
        ("duties", "basic", "What is the main duty of a lighthouse keeper?",
         "<p>Tending every part of the lamp room.</p>"),
        # "from A to B to C to D": the ordered stages, recalled item by item ...
        ("duties", "list", "Through which 4 stages, in order, are lighthouse keepers mostly "
         "responsible for running the station?",
         "<ol><li>Setup</li><li>Patrol</li><li>Handover</li><li>Closing</li></ol>"),
        # ... and the reporting duty after "while": what, to whom, and when.
        ("duties", "basic", "What do lighthouse keepers report to the harbour office, and when?",
         "<p>Its weather log, throughout the storm season.</p>"),
        # "coordinate X with Y": with whom, not a cloze on X.
        ("duties", "basic", "With whom do lighthouse keepers coordinate the station's repair "
         "dates?", "<p>The harbour engineers in charge of the winter works.</p>"),
        # "As A, the need for B is rising": the need is the fact, not "rising".
        ("duties", "basic", "As shipping traffic grows, what is rising quickly?",
         "<p>The need for night signals and radio checks.</p>"),
        *INTERVIEW_CARDS,
        *ROLE_CARDS,
        # "Having X will guarantee you are a leader to your shift": the reader is the role
        # the section names (an ATC), and the effect is asked.
        ("skills", "basic", "What kind of leader will having calm radio skills make an ATC to "
         "the junior members of their shift?", "<p>A steady and trusted leader.</p>"),
    ]  # fmt: skip


# Clozes on the words that carry the fact, and a cue that keeps its setting.
ROLE_CARDS = [
    # "Well, this is the age of radar." says when the answer holds: the cue says so too.
    ("role", "basic", "Why do ports need lighthouse keepers in the age of radar?",
     "<p>Most ships still steer by the lights at night.</p>"),
    # The subject is what the sentence is about; the act after "when it comes to" is its fact.
    ("role", "cloze", "A keeper's weather sense will be important when it comes to "
     "{{c1::planning and timing}} the lamp changes.", ""),
    # "... and should have the ability to ...": a second fact, a second deletion.
    ("role", "cloze", "A keeper must also be a {{c1::calm planner}} and should have the ability "
     "to judge and record {{c2::storm damage}} that can aid the repair crews.", ""),
    # "broad view" beside "overall" would give itself away: a term nothing gives away.
    ("role", "cloze", "Lighthouse keepers help build a broad view and warn {{c1::captains}} of "
     "overall sea conditions before each night.", ""),
    # The term set against another ("instead of each boat ...") carries the fact.
    ("role", "cloze", "Lighthouse keepers help draw a tide chart and brief pilots on the "
     "{{c1::harbour depth}} instead of each boat guessing its own.", ""),
    # "..., to be most useful for the captains": background; no cloze hides a word of it.
]  # fmt: skip


# What sentences that lean on their neighbours give, once made to stand alone.
INTERVIEW_CARDS = [
    ("interview", "basic", "According to Tomas Brandt, as storms get stronger, what is "
     "growing fast?", "<p>The need for spare lamps and backup radios.</p>"),
    # "It's bringing ...": "it" is the subject of the sentence before.
    ("interview", "cloze", "According to Tomas Brandt, the need for spare lamps and backup "
     "radios is bringing a lot of {{c1::extra checks}} that the station crews need to plan "
     "for.", ""),
    # "Keepers need to keep every log ... This can be a real paperwork challenge": one card,
    # asking for the act; no cloze on "the same order".
    ("interview", "basic", "According to Tomas Brandt, what can be a real paperwork challenge "
     "that new keepers need to expect?", "<p>Keeping every lamp log in the same order.</p>"),
    # "The radio crew isn't the only team ...": the next cue says besides whom.
    ("interview", "basic", "According to Tomas Brandt, besides the radio crew, whose help do "
     "lighthouse keepers often need?", "<p>The coastguard.</p>"),
    # "Depending on the weather" is kept: the card is false without it.
    ("interview", "list", "According to Tomas Brandt, depending on the weather, which 3 crews "
     "may lighthouse keepers work with?",
     "<ul><li>Lifeboat</li><li>Ferry</li><li>Pilot</li></ul>"),
    # "...!" states a fact as a full stop does.
    ("interview", "cloze",
     "According to Tomas Brandt, generally keepers are helping ships {{c1::stay safe}}.", ""),
    # "... need to be patient. That's really important.": said so, so that the cue differs
    # from the other things keepers need to be.
    ("interview", "cloze", "According to Tomas Brandt, it is important that lighthouse keepers "
     "be {{c1::patient}} with new crews.", ""),
    # "..., and then I took over ...": two facts, the first a card of its own.
    ("interview", "cloze",
     "Tomas Brandt started on the {{c1::supply boats}} at the start of his career.", ""),
    # "In my second year I simply changed my shift to ...": the first "I" is named, and
    # the purpose is asked.
    ("interview", "basic", "Why did Tomas Brandt change his shift?", "<p>To match the tides.</p>"),
    # A last sentence that lost its full stop is still read; the groups partnered with are
    # counted, not the acts listed between them, and "our" is the speaker's.
    ("interview", "list", "Which 3 groups was Tomas Brandt partnering with?",
     "<ul><li>His harbour engineers</li><li>The lifeboat teams</li><li>The coastguard staff"
     "</li></ul>"),
]  # fmt: skip


def test_base_verbs_of_the_forms_prose_cards_ask() -> None:
    """The plain verb a rewritten question needs: "keeping" -> "keep" ("What do X keep ...")."""
    assert [base_verb(v) for v in ("keeping", "reporting", "changed", "making", "setting",
                                   "coordinates", "started", "left", "discusses")] == [
        "keep", "report", "change", "make", "set", "coordinate", "start", "leave", "discuss",
    ]  # fmt: skip
