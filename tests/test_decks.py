"""Decks an Anki user is glad to study: note types, style, content, media, exports, preview.

Everything is read back through the real `anki` library.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from tpmcards.anki import build_package
from tpmcards.cli import cli
from tpmcards.markup import sanitize
from tpmcards.model import Card, CardKind, Config, DeckCard, SourceRef, Topic
from tpmcards.notetypes import (
    BASIC,
    CLOZE,
    NOTE_TYPES,
    REVERSED,
    STYLE,
    STYLE_RELEASES,
    TYPE_IN,
    Style,
    style_digest,
)

from .conftest import FIXTURES

RICH = FIXTURES / "rich"
RELEASED = Path(__file__).with_name("released_note_types.json")


@pytest.fixture
def rich(in_tmp: Path) -> Path:
    """The rich guide (code, math, tables, images, three note types) in an empty folder."""
    shutil.copytree(RICH, in_tmp / "rich")
    return in_tmp / "rich"


def _import(col: Any, package: Path) -> None:
    from anki.import_export_pb2 import ImportAnkiPackageRequest

    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(package)))


def _notes(col: Any) -> dict[str, Any]:
    return {col.get_note(nid).guid: col.get_note(nid) for nid in col.find_notes("")}


def _by_question(col: Any) -> dict[str, Any]:
    return {note.fields[0]: note for note in _notes(col).values()}


def _cards_json(*args: str) -> list[dict[str, Any]]:
    result = CliRunner().invoke(cli, ["cards", *args, "--json"])
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


# --- note types ------------------------------------------------------------------------


def test_released_note_type_ids_keep_their_fields() -> None:
    """A released note type id keeps its exact field list; a new note type is recorded."""
    released = json.loads(RELEASED.read_text())
    for note_type in NOTE_TYPES:
        assert str(note_type.id) in released, f"record {note_type.name} in {RELEASED.name}"
        assert list(note_type.fields) == released[str(note_type.id)]["fields"], (
            f"{note_type.name}: a changed field list needs a new note type id"
        )
    assert len({nt.id for nt in NOTE_TYPES}) == len(NOTE_TYPES)


def test_a_style_change_needs_a_newer_release_row() -> None:
    """card.css and the templates hash to the last STYLE_RELEASES row, whose time is newest."""
    assert style_digest() == STYLE_RELEASES[-1][1], (
        "card.css or a template changed: append (now, new digest) to STYLE_RELEASES"
    )
    mods = [mod for mod, _ in STYLE_RELEASES]
    assert mods == sorted(set(mods))
    assert STYLE.mod == mods[-1]


def test_the_style_is_shipped_in_the_note_type() -> None:
    """The CSS has night mode, phone widths and code colours, and fetches nothing."""
    css = STYLE.css
    assert ".nightMode" in css and "@media (max-width" in css
    assert ".tpm .highlight .k " in css and ".nightMode .tpm .highlight .k " in css
    assert "url(" not in css and "@import" not in css and "http" not in css


def _card(kind: CardKind, question: str, answer: str, topic: str = "one") -> Card:
    return Card(
        key=f"guide.md#{question}",
        question=question,
        answer=answer,
        kind=kind,
        topic=topic,
        source=SourceRef("guide.md", 3, "Section", "Guide"),
        tags=(f"topic::{topic}",),
        deck="Kinds",
    )


KINDS_CONFIG = Config("Kinds", "kinds", (Topic("one", "One"),))
KIND_CARDS = [
    DeckCard(_card(CardKind.BASIC, "What is a TPM?", "<p>A manager.</p>"), "basic-id", 100),
    DeckCard(_card(CardKind.LIST, "Name the phases.", "<ul><li>a</li></ul>"), "list-id", 100),
    DeckCard(_card(CardKind.TERM, "OKR", "<p>Objectives and key results.</p>"), "term-id", 100),
    DeckCard(
        _card(CardKind.CLOZE, "A {{c1::TPM}} runs a {{c2::program}}.", "<p>Extra.</p>"),
        "cloze-id",
        100,
    ),
]


def test_every_card_kind_gets_its_default_note_type_in_anki(
    tmp_path: Path, anki_collection: Any
) -> None:
    """basic/list -> Basic, term -> Basic+reversed (two cards), cloze -> Cloze (a card each)."""
    package = tmp_path / "kinds.apkg"
    package.write_bytes(build_package(KIND_CARDS, KINDS_CONFIG))
    _import(anki_collection, package)
    notes = _notes(anki_collection)
    expected = {
        "basic-id": (BASIC, 1),
        "list-id": (BASIC, 1),
        "term-id": (REVERSED, 2),
        "cloze-id": (CLOZE, 2),
    }
    for guid, (note_type, cards) in expected.items():
        note = notes[guid]
        model = note.note_type()
        assert (model["id"], model["name"]) == (note_type.id, note_type.name)
        assert [f["name"] for f in model["flds"]] == list(note_type.fields)
        assert len(note.cards()) == cards
    assert notes["cloze-id"]["Text"] == "A {{c1::TPM}} runs a {{c2::program}}."
    assert notes["cloze-id"]["Extra"] == "<p>Extra.</p>"
    assert notes["term-id"]["Source"] == "Guide › Section"
    reverse = notes["term-id"].cards()[1]
    assert "Objectives and key results." in reverse.question()
    assert "OKR" not in reverse.question() and "OKR" in reverse.answer()


def test_type_in_note_asks_for_a_typed_answer(tmp_path: Path, anki_collection: Any) -> None:
    """The type-in note type shows Anki's answer box on the front."""
    config = Config("Kinds", "kinds", (Topic("one", "One"),), note_types=(("basic", "type-in"),))
    package = tmp_path / "typed.apkg"
    package.write_bytes(build_package(KIND_CARDS[:1], config))
    _import(anki_collection, package)
    note = _notes(anki_collection)["basic-id"]
    assert note.note_type()["id"] == TYPE_IN.id
    assert "typeans" in note.cards()[0].question()


def test_a_css_change_reaches_anki_on_reimport(tmp_path: Path) -> None:
    """A newer style `mod` replaces the note type's CSS on re-import; the same `mod` does not."""
    from anki.collection import Collection

    package = tmp_path / "deck.apkg"

    def import_and_read_css(style: Style) -> str:
        package.write_bytes(build_package(KIND_CARDS[:1], KINDS_CONFIG, style=style))
        col = Collection(str(tmp_path / "collection.anki2"))
        try:
            _import(col, package)
        finally:
            col.close()
        col = Collection(str(tmp_path / "collection.anki2"))  # fresh: no cached note types
        try:
            assert len(col.find_notes("")) == 1
            css: str = col.models.get(BASIC.id)["css"]
            return css
        finally:
            col.close()

    old = Style(STYLE.css, STYLE.mod)
    assert import_and_read_css(old) == old.css
    changed = old.css + "\n.tpm { color: red; }"
    assert import_and_read_css(Style(changed, old.mod)) == old.css, "same mod: Anki keeps its own"
    assert import_and_read_css(Style(changed, old.mod + 60)) == changed


def test_config_and_front_matter_choose_note_types(rich: Path) -> None:
    """`note_types:` in tpmcards.yaml picks per kind; a file's `note_type:` wins over it."""
    config = rich / "tpmcards.yaml"
    config.write_text(config.read_text() + "note_types:\n  basic: type-in\n  list: basic\n")
    rows = {r["question"]: r for r in _cards_json("rich")}
    assert rows["Which prices and quotes survive?"]["note_type"] == TYPE_IN.name  # config
    assert rows["What is the cost formula?"]["note_type"] == REVERSED.name  # front matter
    assert rows["Which steps does a release take?"]["note_type"] == REVERSED.name


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("note_types:\n  basic: cloze\n", "note type 'cloze' fits only cloze cards"),
        ("note_types:\n  basic: fancy\n", "unknown note type 'fancy'"),
        ("note_types:\n  question: basic\n", "not `question`"),
        ("note_types: [basic]\n", "`note_types` must map a card kind to a name"),
    ],
)
def test_a_bad_note_type_setting_is_one_line_naming_the_config(
    rich: Path, setting: str, message: str
) -> None:
    """A note type that does not exist or cannot hold the kind is refused, naming the file."""
    config = rich / "tpmcards.yaml"
    config.write_text(config.read_text() + setting)
    result = CliRunner().invoke(cli, ["build", "rich", "-o", "out"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: rich/tpmcards.yaml: ") and message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (rich.parent / "out" / "rich-guide.apkg").exists()


# --- content, media and the round trip through Anki -----------------------------------


def test_rich_deck_reaches_anki_with_media_code_and_math_intact(
    rich: Path, anki_collection: Any
) -> None:
    """Images land in the media folder; code, math, tables, links, `$`, quotes and `<` survive."""
    result = CliRunner().invoke(cli, ["build", "rich", "-o", "out"])
    assert result.exit_code == 0, result.output
    col = anki_collection
    _import(col, rich.parent / "out" / "rich-guide.apkg")
    notes = _by_question(col)
    rows = {r["question"]: r for r in _cards_json("rich")}
    assert set(notes) == set(rows)
    for question, row in rows.items():
        assert notes[question]["Answer"] == row["answer"]
        assert sanitize(row["answer"]) == row["answer"]

    # Two images called diagram.png, in two folders, are two files named by their content.
    media_dir = Path(col.media.dir())
    for folder, question in (
        ("img", "What does the delivery flow look like?"),
        ("other", "What does the team map look like?"),
    ):
        data = (rich / folder / "diagram.png").read_bytes()
        name = f"tpm-{hashlib.sha256(data).hexdigest()[:16]}.png"
        assert f'src="{name}"' in notes[question]["Answer"]
        assert (media_dir / name).read_bytes() == data
    assert len(list(media_dir.glob("tpm-*.png"))) == 2
    # A remote image is linked, never loaded.
    team = notes["What does the team map look like?"]["Answer"]
    assert 'href="https://example.com/remote.png"' in team and "<img" in team
    assert 'src="https://' not in team

    code = notes["How do you print a greeting in Python?"]["Answer"]
    assert code.startswith('<pre class="highlight"><code class="language-python">')
    assert '<span class="k">if</span>' in code
    assert '"Hello, $USER"' in code and "'bye'" in code and "&lt;" in code
    assert "$5 and $10" in notes["Which prices and quotes survive?"]["Answer"]
    assert (
        "\"double\" and 'single' quotes, a &lt; b, and AT&amp;T"
        in (notes["Which prices and quotes survive?"]["Answer"])
    )
    c_answer = notes["What does x &lt; y &amp;&amp; y &gt; z check in C?"]["Answer"]
    assert "<em>both</em>" in c_answer and "<code>x &lt; y</code>" in c_answer
    assert '<a href="https://en.cppreference.com/w/c/language/operator_logical"' in c_answer

    # Markdown math, both delimiters; HTML-page dollars; a price left alone.
    assert notes["What is the area of a circle?"]["Answer"] == (
        "<p>\\(A = \\pi r^2\\), written with dollars: \\(A = \\pi r^2\\).</p>"
    )
    assert notes["What is Euler's identity?"]["Answer"] == "<p>\\[e^{i\\pi} + 1 = 0\\]</p>"
    assert "<th>\\(n^2\\)</th>" in notes["Which table compares growth rates?"]["Answer"]
    assert notes["What is the cost formula?"]["Answer"] == (
        "<p>The cost is \\(c = n \\times p\\), and a ticket costs $5.</p>"
    )
    # Each file's note type, and the source shown under the answer.
    types = {q: n.note_type()["name"] for q, n in notes.items()}
    assert types["How do you print a greeting in Python?"] == BASIC.name
    assert types["What is the area of a circle?"] == TYPE_IN.name
    assert types["What is the cost formula?"] == REVERSED.name
    back = notes["What is the cost formula?"].cards()[0].answer()
    assert '<div class="source">Pictures › What is the cost formula?</div>' in back


def test_rebuilding_the_rich_deck_gives_the_same_bytes(rich: Path) -> None:
    """Media entries are written with fixed names and times: a rebuild is byte-identical."""
    runner = CliRunner()
    assert runner.invoke(cli, ["build", "rich", "-o", "out"]).exit_code == 0
    first = (rich.parent / "out" / "rich-guide.apkg").read_bytes()
    again = runner.invoke(cli, ["build", "rich", "-o", "out"])
    assert "(unchanged)" in again.output
    assert (rich.parent / "out" / "rich-guide.apkg").read_bytes() == first


def test_an_edited_image_updates_the_note(rich: Path, anki_collection: Any) -> None:
    """A new image under the same name is a new media file, and the note takes it."""
    runner = CliRunner()
    assert runner.invoke(cli, ["build", "rich", "-o", "out"]).exit_code == 0
    _import(anki_collection, rich.parent / "out" / "rich-guide.apkg")
    shutil.copy(rich / "other" / "diagram.png", rich / "img" / "diagram.png")
    result = runner.invoke(cli, ["build", "rich", "-o", "out"])
    assert "changed: What does the delivery flow look like?" in result.output
    _import(anki_collection, rich.parent / "out" / "rich-guide.apkg")
    flow = _by_question(anki_collection)["What does the delivery flow look like?"]["Answer"]
    team = _by_question(anki_collection)["What does the team map look like?"]["Answer"]
    assert flow.split('src="')[1].split('"')[0] == team.split('src="')[1].split('"')[0]


@pytest.mark.parametrize(
    ("src", "reason"),
    [
        ("../outside.png", "outside the sources folder"),
        ("/etc/outside.png", "an absolute path"),
        ("link.png", "outside the sources folder"),
        ("missing.png", "no such file"),
        ("notes.txt", "not an image, audio or video file"),
    ],
)
def test_an_image_outside_the_sources_or_missing_is_refused(
    in_tmp: Path, src: str, reason: str
) -> None:
    """`../`, absolute paths, symlinks out of the folder, missing files: left out of the deck,
    with a warning naming file:line and why; the rest of the guide still builds."""
    guide = in_tmp / "guide"
    guide.mkdir()
    (in_tmp / "outside.png").write_bytes(b"\x89PNG secret")
    (guide / "link.png").symlink_to(in_tmp / "outside.png")
    (guide / "notes.txt").write_text("text")
    (guide / "tpmcards.yaml").write_text(
        "deck: G\ntopics:\n  - slug: guide\n    headings: [guide]\n"
    )
    (guide / "a.md").write_text(
        f"# Guide\n\n## What does it show?\n\nIt shows this:\n\n![map]({src})\n"
    )
    result = CliRunner().invoke(cli, ["build", "guide", "-o", "out"])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if "warning:" in line]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"  warning: guide/a.md:7: image {src}: {reason}")
    package = (in_tmp / "out" / "g.apkg").read_bytes()
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        assert json.loads(archive.read("media")) == {}
        assert b"secret" not in b"".join(archive.read(n) for n in archive.namelist())
    rows = _cards_json("guide")
    assert "[image: map]" in rows[0]["answer"] and "<img" not in rows[0]["answer"]


def test_an_image_in_a_parent_folder_inside_the_sources_is_fine(in_tmp: Path) -> None:
    """`../img.png` from a subfolder is allowed while it stays inside the sources folder."""
    (in_tmp / "guide" / "part").mkdir(parents=True)
    (in_tmp / "guide" / "img.png").write_bytes(b"\x89PNG shared")
    (in_tmp / "guide" / "part" / "a.md").write_text(
        "# Guide\n\n## What does it show?\n\n![map](../img.png) The map.\n"
    )
    rows = _cards_json("guide")
    assert 'src="tpm-' in rows[0]["answer"]


# --- exports ----------------------------------------------------------------------------


def test_csv_export_imports_through_ankis_text_importer(rich: Path, tmp_path: Path) -> None:
    """The CSV lands in the same note types and decks, with the .apkg's GUIDs and fields."""
    from anki.collection import Collection
    from anki.import_export_pb2 import ImportCsvRequest

    result = CliRunner().invoke(
        cli, ["build", "rich", "-o", "out", "--format", "apkg", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    out = rich.parent / "out"
    lines = (out / "rich-guide.csv").read_text().splitlines()
    assert lines[:6] == [
        "#separator:tab",
        "#html:true",
        "#guid column:1",
        "#notetype column:2",
        "#deck column:3",
        "#tags column:4",
    ]

    def snapshot(col: Any) -> dict[str, tuple[Any, ...]]:
        return {
            note.guid: (
                note.note_type()["id"],
                col.decks.name(note.cards()[0].did),
                list(note.fields),
                sorted(note.tags),
            )
            for note in _notes(col).values()
        }

    reference = Collection(str(tmp_path / "reference.anki2"))
    col = Collection(str(tmp_path / "csv.anki2"))
    try:
        _import(reference, out / "rich-guide.apkg")
        expected = snapshot(reference)
        # The CSV needs the note types in the collection: import the deck once, then clear it.
        _import(col, out / "rich-guide.apkg")
        col.remove_notes(col.find_notes(""))
        assert col.find_notes("") == []
        metadata = col.get_csv_metadata(str(out / "rich-guide.csv"), None)
        log = col.import_csv(ImportCsvRequest(path=str(out / "rich-guide.csv"), metadata=metadata))
        assert len(log.log.new) == len(expected)
        assert snapshot(col) == expected
    finally:
        reference.close()
        col.close()


def test_json_export_is_the_cards_json_list(rich: Path) -> None:
    """`build --format json` writes what `cards --json` prints (a fresh lock: the same ids)."""
    result = CliRunner().invoke(cli, ["build", "rich", "-o", "out", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Rich Guide: 10 cards -> out/rich-guide.json\n")
    written = json.loads((rich.parent / "out" / "rich-guide.json").read_text())
    assert written == _cards_json("rich")
    assert not (rich.parent / "out" / "rich-guide.apkg").exists()


def test_csv_rows_have_one_column_per_field() -> None:
    """Each CSV row: guid, note type, deck, tags, then the note type's fields in order."""
    from tpmcards.export import export_csv

    rows = list(csv.reader(export_csv(KIND_CARDS, KINDS_CONFIG).splitlines()[6:], delimiter="\t"))
    assert rows[0] == [
        "basic-id",
        BASIC.name,
        "Kinds::One",
        "topic::one",
        "What is a TPM?",
        "<p>A manager.</p>",
        "one",
        "Guide › Section",
        "",
    ]
    assert rows[3][:5] == [
        "cloze-id",
        CLOZE.name,
        "Kinds::One",
        "topic::one",
        KIND_CARDS[3].card.question,
    ]


# --- preview ----------------------------------------------------------------------------


def test_preview_page_shows_every_card_front_and_back(rich: Path) -> None:
    """One page, grouped by topic, every card with both faces, styled and self-contained."""
    result = CliRunner().invoke(cli, ["preview", "rich", "-o", "page.html"])
    assert result.exit_code == 0, result.output
    rows = _cards_json("rich")
    assert result.output == f"{len(rows)} cards -> page.html\n"
    soup = BeautifulSoup((rich.parent / "page.html").read_text(), "html.parser")
    assert STYLE.css in soup.style.get_text()
    topics = [s["data-topic"] for s in soup.select("section.topic")]
    assert topics == ["code", "math", "pictures"]
    for row in rows:
        article = soup.select_one(
            f'section[data-topic="{row["topic"]}"] article[data-id="{row["id"]}"]'
        )
        assert article is not None, row["question"]
        front = article.select_one(".face.front .card")
        back = article.select_one(".face.back .card")
        assert front is not None and back is not None
        assert BeautifulSoup(row["question"], "html.parser").get_text() in front.get_text()
        assert BeautifulSoup(row["answer"], "html.parser").get_text() in back.get_text()
        assert row["source"] == article["data-source"]
    # Reversed notes show both cards; images are inline; nothing is fetched.
    cost = soup.find("article", attrs={"data-note-type": REVERSED.name})
    assert cost is not None and len(cost.select(".face")) == 4
    assert {img["src"][:15] for img in soup.find_all("img")} == {"data:image/png;"}
    assert not soup.find_all(["link", "iframe"]) and not soup.select("script[src]")


def test_preview_and_export_commands_have_help() -> None:
    """`preview --help` and `build --help` show the new options with an example."""
    for command in (["preview"], ["build"]):
        result = CliRunner().invoke(cli, [*command, "--help"])
        assert result.exit_code == 0 and "Example" in result.output
    assert "--format" in CliRunner().invoke(cli, ["build", "--help"]).output


# --- math and code, table-driven ------------------------------------------------------


@pytest.mark.parametrize(
    ("markdown", "html"),
    [
        ("Area $A = \\pi r^2$.", "<p>Area \\(A = \\pi r^2\\).</p>"),
        ("Inline \\(x < y\\) stays.", "<p>Inline \\(x &lt; y\\) stays.</p>"),
        ("Display \\[a*b*c\\] here.", "<p>Display \\[a*b*c\\] here.</p>"),
        ("$x*y*z$ is not emphasis.", "<p>\\(x*y*z\\) is not emphasis.</p>"),
        ("Prices $5 and $10 stay.", "<p>Prices $5 and $10 stay.</p>"),
        ("Escaped \\$x\\$ stays.", "<p>Escaped $x$ stays.</p>"),
        ("Code `$x$ \\(y\\)` stays.", "<p>Code <code>$x$ \\(y\\)</code> stays.</p>"),
        ("$$\nx^2 < 3\n$$", "<p>\\[x^2 &lt; 3\\]</p>"),
    ],
)
def test_markdown_math_reaches_the_field_in_mathjax_delimiters(markdown: str, html: str) -> None:
    """`$...$`, `$$...$$`, `\\(...\\)`, `\\[...\\]` become MathJax math; prices and code do not."""
    from tpmcards.mdtokens import render_markdown

    rendered = render_markdown(markdown)
    assert sanitize(rendered) == html


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("<p>Let $x &lt; y$ hold.</p>", "<p>Let \\(x &lt; y\\) hold.</p>"),
        ("<p>It costs $5 and $10.</p>", "<p>It costs $5 and $10.</p>"),
        ("<p>$a$ and <code>$b$</code></p>", "<p>\\(a\\) and <code>$b$</code></p>"),
        ("<pre><code>echo $HOME$</code></pre>", "<pre><code>echo $HOME$</code></pre>"),
        ('<p><a href="/$x$">$y$</a></p>', '<p><a href="/$x$">\\(y\\)</a></p>'),
    ],
)
def test_html_dollars_become_mathjax_outside_code(fragment: str, expected: str) -> None:
    """In HTML guides `$x$` is math; code, attributes and prices are left as written."""
    from tpmcards.mathjax import dollars_to_mathjax

    assert dollars_to_mathjax(fragment) == expected


def test_code_is_highlighted_only_with_a_known_language() -> None:
    """A fenced block with a language gets Pygments classes; the code text is unchanged."""
    from tpmcards.highlight import highlight_code
    from tpmcards.markup import to_text

    known = '<pre><code class="language-python">x = "a &lt; b"\n</code></pre>'
    unknown = '<pre><code class="language-nosuchlang">x = 1\n</code></pre>'
    plain = "<pre><code>x = 1\n</code></pre>"
    coloured = highlight_code(known)
    assert '<span class="n">x</span>' in coloured and 'class="highlight"' in coloured
    assert to_text(coloured) == to_text(known)
    assert sanitize(coloured) == coloured.replace("&quot;", '"')
    assert highlight_code(unknown) == unknown and highlight_code(plain) == plain


def test_a_bad_note_type_in_front_matter_names_the_file(rich: Path) -> None:
    """`note_type:` in front matter must name a note type; the error names the guide."""
    guide = rich / "math.md"
    guide.write_text(guide.read_text().replace("note_type: type-in", "note_type: flashy"))
    result = CliRunner().invoke(cli, ["cards", "rich"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: rich/math.md: unknown note type 'flashy'; use one of")


def test_preview_faces_are_what_anki_renders(tmp_path: Path, anki_collection: Any) -> None:
    """Each card of each kind: the preview's front and back equal Anki's own rendering."""
    import re

    from tpmcards.notetypes import note_type_for
    from tpmcards.preview import render_faces

    package = tmp_path / "kinds.apkg"
    package.write_bytes(build_package(KIND_CARDS, KINDS_CONFIG))
    _import(anki_collection, package)
    notes = _notes(anki_collection)
    compared = 0
    for dc in KIND_CARDS:
        note_type = note_type_for(dc.card, KINDS_CONFIG)
        values = dict(
            zip(note_type.fields, note_type.values(dc.card, dc.card.source.label), strict=True)
        )
        for card in notes[dc.id].cards():
            template = note_type.templates[0 if note_type.cloze else card.ord]
            front, back = render_faces(values, template, card.ord + 1)
            # Anki puts the note type's CSS in front of each face; the page has it once.
            assert re.sub(r"^<style>.*?</style>", "", card.question(), flags=re.S) == front
            assert re.sub(r"^<style>.*?</style>", "", card.answer(), flags=re.S) == back
            compared += 1
    assert compared == 6  # basic, list, term both ways, cloze c1 and c2
