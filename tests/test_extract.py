"""Extraction on guides shaped like the ones people have: every Q/A form, HTML pages with
site chrome, and key points of prose. Each test compares the whole card list."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from tpmcards.cli import cli
from tpmcards.document import parse_document
from tpmcards.extract import OTHER_TOPIC, extract_cards
from tpmcards.markup import to_text
from tpmcards.model import CardKind, Config
from tpmcards.sources import parse_config, read_source

from .conftest import FIXTURES, ROOT

B, L, C, T = CardKind.BASIC, CardKind.LIST, CardKind.CLOZE, CardKind.TERM
SEED = ROOT.parent / "shared" / "seed" / "tpm-article-scraped.txt"
TOPICS = {"role", "skills", "duties", "teams", "interview"}


def default_config(**changes: object) -> Config:
    config = parse_config((ROOT / "sources" / "tpmcards.yaml").read_text("utf-8"), "tpmcards.yaml")
    return replace(config, **changes)


def cards_of(path: Path, config: Config | None = None) -> list[tuple[str, str, CardKind, str]]:
    document = parse_document(read_source(path))
    return [
        (to_text(c.question), to_text(c.answer), c.kind, c.topic)
        for c in extract_cards(document, config or default_config())
    ]


# What a careful reader would write from each fixture. Topics follow tpmcards.yaml: a heading
# that names a topic, else the topic with most keywords in the card, else the question's
# wording ("work with"), else the guide's title; `other` when none fits.
EXPECTED: dict[str, list[tuple[str, str, CardKind, str]]] = {
    # Numbering, `Q.`/`Q:` prefixes and permalink marks (¶, #, a private-use icon) are
    # stripped; `A:` opening an answer is dropped; "What Is A Status Report" still asks.
    "faq-headings.md": [
        ("What does a TPM do all day?",
         "Mostly they keep a program's teams moving towards the same milestones.", B, "teams"),
        ("How is a TPM different from a project manager?",
         "A project manager runs one project; a TPM runs a program of related projects.", B,
         "role"),
        ("Which teams does a TPM meet each week?",
         "Engineering teams Product managers Quality assurance", L, "teams"),
        ("What is a program roadmap?",
         "The ordered list of milestones that leads a program to its goal.", B, "skills"),
        ("What Is A Status Report?",
         "A short written summary of program health for stakeholders.", B, "duties"),
        ("Why do companies hire TPMs?",
         "Because cross-functional programs bring many dependencies that someone has to own.",
         B, "interview"),
    ],
    # An interview-question collection: numbered list items that are headings without "?",
    # a TOC table of links and "Back to Top" links, which are no cards.
    "numbered-list-headings.md": [
        ("What is a program charter?", "A one-page document that states the program's goal, "
         "scope, sponsor and success measures.", B, "role"),
        ("Why do programs need a RACI chart?", "So that every team knows who is responsible, "
         "accountable, consulted and informed for each deliverable.", B, "duties"),
        ("How do you run a go/no-go meeting?", "Below are the steps most TPMs follow, Share the "
         "launch checklist a day before Ask each team lead for a clear go or no-go Record the "
         "decision and the owners of open risks", B, "role"),  # the code example is in Extra
    ],
    # Slug headings take their question from the table of contents, which is no card.
    "slug-headings.md": [
        ("Charting — How do I stack bars?", "Set stacked: true on the bar series.", B,
         OTHER_TOPIC),
        ("Charting — How do I hide the legend?", "Pass legend: false in the chart options.", B,
         OTHER_TOPIC),
        # "Can I...? Yes. <an instruction>" asks how (CARDS.md rule 4)
        ("Charting — How can I export a chart as SVG?",
         "Call chart.toSVG() and save the string it returns.", B, OTHER_TOPIC),
    ],
    "bold-questions.md": [
        ("What is a program?",
         "A group of related projects managed together towards one business goal.", B, "role"),
        ("Who owns a program's milestones?",
         "Each team owns its own milestones; the TPM tracks all of them. "
         "Milestones are reviewed every two weeks.", B, "teams"),
        ("What is a stakeholder?", "Anyone affected by the outcome of the program.", B, "role"),
        ("What does a TPM report to stakeholders?", "The status and health of the program.", B,
         "duties"),
        ("Why keep a decision log?",
         "So that people who join later can see why the plan looks the way it does.", B, "role"),
        ("How often should the log be reviewed?", "At every milestone review.", B, "role"),
    ],
    "qa-paragraphs.md": [
        ("What is a TPM's overarching duty?",
         "Directing every aspect of the technical programs they own.", B, "duties"),
        ("When does a TPM report program status?",
         "Throughout the program lifecycle, at each milestone review.", B, "role"),
        ("Who receives the status report?",
         "The program's stakeholders and every other party involved.", B, "duties"),
    ],
    # A summary that only says "Answer" asks the heading's question, or the one above it.
    "details.md": [
        ("What is program health?", "An overall view of whether the program is on track: "
         "scope, schedule, risks and dependencies.", B, "interview"),
        ("Describe how you would handle a slipping milestone",
         "Find the cause with the team lead, agree a new date, and tell the stakeholders early.",
         B, "duties"),
        # "Answer" under a numbered question, and under a `Q2:` question with its options.
        ("What does a RACI chart list for each deliverable?",
         "Who is responsible, accountable, consulted and informed.", B, "duties"),
        ("Which meeting decides whether a release ships? A) The retrospective "
         "B) The go/no-go meeting C) The daily stand-up",
         "B: the go/no-go meeting, with every team lead present.", B, "interview"),
    ],
    # Markdown definition lists and HTML <dl>; the title names the "program" (role) topic.
    "definitions.md": [
        ("OKR", "An objective with measurable key results that shows whether the objective was "
         "met.", T, "role"),
        ("Milestone", "A checkpoint in a program where a defined piece of work must be finished.",
         T, "role"),
        ("Dependency", "Work that one team cannot finish until another team delivers something.",
         T, "role"),
        ("Roadmap", "The planned order of a program's milestones over time.", T, "skills"),
    ],
    # Question/Answer and Term/Definition tables; the Week/Topic table is no card.
    "tables.md": [
        ("Who does a TPM work with most?", "Engineering teams and their managers", B, "teams"),
        ("What does a TPM track?", "The program's status and its risks", B, "duties"),
        ("QA", "Quality assurance: testing that the product works as intended", T, "interview"),
        ("VP of Engineering", "The leader of all engineering teams", T, "teams"),
    ],
    "terms.md": [
        ("Communication", "keeping many teams aligned on one plan", T, "skills"),
        ("Leadership", "getting teams to deliver without direct authority", T, "skills"),
        ("Domain knowledge", "knowing the company's market and products", T, "skills"),
    ],
    # Emphasised questions opening FAQ list items; nothing in them names a topic.
    "faq-list.md": [
        ("Do I need to be an engineer to become a TPM?",
         "Not necessarily, but a solid technical background makes engineers trust you.", B,
         OTHER_TOPIC),
        ("How long does it take to move from project manager to TPM?",
         "Often one or two years of leading technical projects.", B, OTHER_TOPIC),
    ],
    "cloze.md": [
        ("A TPM carries a program from {{c1::strategy creation}} through execution and delivery "
         "to {{c2::closure}}.", "", C, "role"),
        ("TPMs set OKRs with the {{c1::tech leads}} of each team.", "", C, "teams"),
    ],
    # A TOC, questions with no answer, an empty section, a script and a repeated question.
    "not-cards.md": [
        ("What is a TPM?",
         "A technical program manager runs programs made of many technical projects.", B, "role"),
    ],
    # Key points of prose: a definition, a responsibility, a need, who works with whom, a
    # reason (cloze), advice, a key term in the plural (cloze), and a lead-in with its list.
    # The intro and the "status goes to" sentence state nothing to recall.
    "prose-article.md": [
        ("What is a program office?",
         "A small team that keeps every program of a company on one calendar.", B, "role"),
        ("What is the program office responsible for?",
         "The quarterly planning cycle and the risk register.", B, "duties"),
        ("What does every program lead need?",
         "A clear charter before the first planning review.", B, "role"),
        ("Who do program leads work with?",
         "Finance partners, security reviewers and the release team.", B, "teams"),
        # A reason of more than four words is asked for, not hidden in one long deletion.
        ("Why is it that launch reviews happen on Thursdays?",
         "Most teams deploy early in the week.", B, "teams"),
        ("What should new program leads do?",
         "Learn the planning calendar before their first review.", B, "role"),
        ("Every team is asked to keep its {{c1::roadmaps}} in one shared folder.", "", C,
         "skills"),
        ("Each quarter the office publishes three documents: name the 3.",
         "The program calendar The risk register The staffing plan", L, "role"),
    ],
    # Read-the-Docs theme: side nav, search, breadcrumbs, ¶ headerlinks, footer buttons.
    "sphinx-page.html": [
        ("What is a milestone review?",
         "A meeting at the end of each milestone where the teams show what they delivered.", B,
         "teams"),
        ("Who attends a milestone review?",
         "The TPM, every tech lead and the product managers of the program.", B, "teams"),
    ],
    # Maven site: banner, breadcrumbs, left nav column, in-page FAQ index, footer. Its
    # "Release Planner – FAQ" names the site first: the subject of its questions.
    "maven-site.html": [
        ("Release Planner — What is a release train?",
         "A fixed schedule of releases that teams join when their work is ready.", B, "teams"),
        ("Release Planner — Who decides the release date?",
         "The TPM proposes it and the stakeholders agree it at the planning review.", B,
         "duties"),
    ],
    # Hugo Docsy: navbar, sidebar nav, page TOC, edit link, breadcrumbs, self-links, lastmod.
    "hugo-docs.html": [
        ("How do teams record a dependency?",
         "They add it to the shared dependency board with an owner and a due date.", B, "teams"),
        ("What happens when a dependency slips?",
         "The TPM warns the stakeholders and agrees a new plan with both teams.", B, "duties"),
    ],
    # Bootstrap accordion: each question is a button inside a heading; the navbar's
    # "Menu" button is chrome.
    "accordion-faq.html": [
        ("Launch Desk — Who signs off a launch?", "The TPM, once every team lead has said go.", B,
         OTHER_TOPIC),
        ("Launch Desk — What if a dependency is late?",
         "The launch moves, and the stakeholders hear about it the same day.", B, "duties"),
    ],
    # WordPress post: prose key points; share buttons and "Latest Posts" sidebar dropped.
    "blog-post.html": [
        ("What is a technical program manager?",
         "The person who keeps a large technical effort on one plan.", B, "role"),
        ("What is the TPM responsible for?",
         "Tracking every milestone and reporting status to the stakeholders.", B, "duties"),
        # Three people named: a counted list (../shared/CARDS.md rule 2).
        ("Which 3 roles do TPMs work with?",
         "Engineering managers Product managers The quality assurance team", L, "teams"),
    ],
    # Interview READMEs answer a numbered question in sub-sections: they are all one answer,
    # with a sub-heading that only repeats the question ("What is a program charter?") and
    # the term bullets inside, and "Explain ..." asks as a question does.
    "nested-answers.md": [
        ("What is a program charter and why does it matter?",
         "What is a program charter? A short document that states a program's goal, scope and "
         "owners. Why it matters Alignment: Every team reads the same goal. Scope control: New "
         "requests are weighed against it.", B, "role"),
        ("How does a TPM run a launch review?",
         "A TPM gathers the teams a week before launch. Checklist Readiness: Every team signs "
         "off. Rollback: A tested way back exists.", B, "teams"),
        ("Explain the difference between a risk and an issue",
         "Key distinction Risk: Something that may happen. Issue: Something that has happened.",
         B, "role"),
    ],
    # A list of links (other languages) and `**Label**: [link]` resources point elsewhere:
    # no card, while the glossary's term bullets still are cards.
    "link-lists.md": [
        ("What does a TPM own?", "The delivery of a program across teams.", B, "role"),
        ("Milestone", "A dated point every team works towards.", T, OTHER_TOPIC),
        ("Dependency", "Work one team needs from another.", T, OTHER_TOPIC),
    ],
    # Notes that keep each question and its answer in one list item, `**Q:**` then `**A:**`.
    "qa-list-items.md": [
        ("When does a TPM start launch planning?",
         "At least a quarter before the launch date.", B, OTHER_TOPIC),
        ("Who signs off on a launch?",
         "The leads of engineering, product and quality assurance.", B, "interview"),
        ("How is a rollout staged?",
         "One percent of users first, then ten, then everyone.", B, OTHER_TOPIC),
    ],
    # Raw HTML in Markdown that leaves a `<p>` open: the headings after it are still read.
    "unclosed-paragraph.md": [
        ("Who owns the release checklist?",
         "The TPM of the program, with one lead from each team. Each lead signs their part.",
         B, "role"),
        ("When is the checklist reviewed?", "Every Monday until launch, see the calendar.", B,
         OTHER_TOPIC),
    ],
    # MkDocs admonitions: `??? question "..."` (and `???+ faq`) is a question and its answer;
    # a note or tip is neither.
    "admonitions.md": [
        ("Who reads the weekly status report?",
         "The program's stakeholders and the leads of every team. They read it on Monday "
         "morning.", B, "duties"),
        ("How long should a status report be?", "One page: health, milestones and risks.", B,
         "duties"),
    ],
    # An FAQ page that opens by asking the reader ("Planning a first launch? Here are the
    # questions...") and lists its categories: neither is a card, only the questions are.
    "faq-intro.html": [
        ("Who approves the launch date?", "The program's steering group.", B, "role"),
        # A question not naming the page's subject ("Launch FAQ") is asked with it before.
        ("Launch — When is the retrospective held?", "Within two weeks of the launch.", B,
         OTHER_TOPIC),
    ],
    # A bold question whose closing `**` was mistyped is still a question, and does not end
    # up inside the answer before it.
    "unclosed-bold.md": [
        ("Code Review — Who reviews a TPM's rollout plan?",
         "The engineering leads of every team that ships in it.", B, OTHER_TOPIC),
        ("Code Review — How long may a review take?", "Two working days at most.", B,
         OTHER_TOPIC),
        ("Code Review — What happens when reviewers disagree?",
         "The TPM brings them together and writes down the decision.", B, OTHER_TOPIC),
    ],
    # A sentence about the reader ("You do not need to ...") is no key point: no
    # "What does you do not need?" card beside the real one.
    "pronoun-subjects.md": [
        ("What is the TPM responsible for?", "Collecting the updates of every team.", B,
         "duties"),
    ],
    # A guide whose title asks is not one big answer, and a step heading in the imperative
    # ("Define the scope", no full stop) asks nothing.
    "title-asks.md": [
        ("How does a TPM report status?", "Weekly, in a one-page report.", B, "duties"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_gives_exactly_the_expected_cards(name: str) -> None:
    """Each real-looking guide gives the cards a careful person would write, and no others."""
    assert cards_of(FIXTURES / name) == EXPECTED[name]


def test_front_matter_topic_forces_the_topic(tmp_path: Path) -> None:
    """`topic:` in front matter wins over headings and keywords."""
    guide = tmp_path / "faq.md"
    guide.write_text("---\ntopic: interview\n---\n## Skills\n\n### What is a roadmap?\n\n"
                     "The ordered milestones of a program.\n")  # fmt: skip
    assert [c[3] for c in cards_of(guide)] == ["interview"]


def test_html_data_topic_forces_the_topic(tmp_path: Path) -> None:
    """`data-topic` on an HTML section wins over the keywords of its cards."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><article><section data-topic='teams'><h2>What is a roadmap?</h2>"
        "<p>The ordered list of milestones that leads a program to its goal.</p>"
        "</section></article></body></html>"
    )
    assert cards_of(page) == [
        ("What is a roadmap?", "The ordered list of milestones that leads a program to its goal.",
         B, "teams"),
    ]  # fmt: skip


def test_same_question_twice_is_one_card(tmp_path: Path) -> None:
    """A question asked twice in one document gives one card, the first."""
    guide = tmp_path / "twice.md"
    guide.write_text("Q: What is a TPM?\n\nA: A program manager.\n\n"
                     "**What is a TPM?**\n\nSomeone else's answer.\n")  # fmt: skip
    assert [(q, a) for q, a, _, _ in cards_of(guide)] == [("What is a TPM?", "A program manager.")]


# --- the raw TPM article, as Markdown and inside an HTML page ----------------------------


@pytest.fixture
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip("the raw article lives outside the project, in ../shared/seed")
    return SEED.read_text("utf-8")


def _chrome_of(text: str) -> list[str]:
    """The article's own chrome: its title-like lines, including the post titles it lists."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return [line for line in lines if not line.endswith((".", "?", "!")) and len(line) < 80]


def _assert_key_points_without_chrome(cards: list[tuple[str, str, CardKind, str]],
                                      text: str) -> None:  # fmt: skip
    assert {topic for _, _, _, topic in cards} >= TOPICS
    assert any(kind is B for _, _, kind, _ in cards) and any(kind is C for _, _, kind, _ in cards)
    chrome = _chrome_of(text)
    assert len(chrome) >= 8  # the navigation lines and the "Latest Posts" titles
    for question, answer, _, _ in cards:
        for line in chrome:
            assert line not in question and line not in answer, (line, question)


def test_raw_article_as_markdown_gives_key_points_in_every_topic(
    seed_text: str, tmp_path: Path
) -> None:
    """The scraped article read as Markdown: key-point cards in all five topics, none from
    its navigation lines or its "Latest Posts" list."""
    copy = tmp_path / "tpm-article.md"
    copy.write_text(seed_text, "utf-8")
    cards = cards_of(copy)
    assert len(cards) >= 15
    _assert_key_points_without_chrome(cards, seed_text)
    # Without quoting the article here: its "Primarily, ... work with" sentence keeps its
    # qualifier and its garbled team name is put right (config terms); a "works with"
    # sentence names three engineering leaders, counted.
    teams = [(q, a, kind) for q, a, kind, topic in cards if topic == "teams"]
    assert any(q.startswith("Who") and "primarily work with" in q and "engineering teams" in a
               for q, a, kind in teams if kind is B)  # fmt: skip
    assert any(q.startswith("Which 3") and " work with" in q and "VP of Engineering" in a
               for q, a, kind in teams if kind is L)  # fmt: skip


def test_raw_article_inside_an_html_page_gives_the_same_key_points(
    seed_text: str, tmp_path: Path
) -> None:
    """The same text wrapped in a page with a header, nav, "Latest Posts" aside and footer
    gives the same cards as the Markdown, and nothing from the chrome."""
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in seed_text.splitlines())
    posts = "".join(f"<li><a href='/p{n}'>Post {n} Title</a></li>" for n in range(3))
    page = tmp_path / "tpm-article.html"
    page.write_text(
        "<!doctype html><html><head><title>TPM careers | Interview Blog</title>"
        "<script>track('view')</script></head><body>"
        "<header><a href='/'>Interview Blog</a><nav><a href='/'>Home</a>"
        "<a href='/blog'>Blog</a></nav></header>"
        f"<div class='layout'><div class='post-body'>{paragraphs}</div>"
        f"<aside><h3>Latest Posts</h3><ul>{posts}</ul></aside></div>"
        "<footer>Copyright 2026 Interview Blog. All rights reserved.</footer></body></html>",
        "utf-8",
    )
    copy = tmp_path / "tpm-article.md"
    copy.write_text(seed_text, "utf-8")
    cards = cards_of(page)
    _assert_key_points_without_chrome(cards, seed_text)
    assert [c[:3] for c in cards] == [c[:3] for c in cards_of(copy)]
    for question, answer, _, _ in cards:
        for chrome in ("Interview Blog", "Home", "Post 0 Title", "Copyright", "track("):
            assert chrome not in question + answer


def test_cards_command_reads_a_txt_article(seed_text: str, in_tmp: Path) -> None:
    """`tpmcards cards article.txt` reads a pasted article as Markdown, from the CLI."""
    (in_tmp / "article.txt").write_text(seed_text, "utf-8")
    config = str(ROOT / "sources" / "tpmcards.yaml")
    result = CliRunner().invoke(cli, ["cards", "article.txt", "--config", config])
    assert result.exit_code == 0, result.output
    assert "Latest Posts" not in result.stdout
    assert re.search(r"^\[teams\] (?:Who do|Which \d) .+ work with\?$", result.stdout, re.M)


def test_subsection_of_a_question_adds_no_cards_of_its_own(tmp_path: Path) -> None:
    """A "Benchmarks" subsection under a question is part of that answer: its lead-in list
    and prose give no cards, but a question heading inside it still does."""
    guide = tmp_path / "faq.md"
    guide.write_text(
        "## Why is the build slow?\n\nDebug builds skip optimisation.\n\n"
        "### Benchmarks\n\nThe TPM is responsible for tracking these numbers.\n\n"
        "My machine has:\n\n- 8 cores\n- 16 GB of memory\n\n"
        "#### How fast is a release build?\n\nAbout ten times faster.\n"
    )
    assert [q for q, _, _, _ in cards_of(guide)] == [
        "Why is the build slow?",
        "How fast is a release build?",
    ]
