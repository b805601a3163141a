"""Markdown and HTML into one Document: paragraphs, headings without permalink marks, and
no site chrome left in the article."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tpmcards.document import parse_document
from tpmcards.model import BlockKind, Document
from tpmcards.sources import read_source

from .conftest import FIXTURES


def parse(path: Path) -> Document:
    return parse_document(read_source(path))


def all_text(document: Document) -> str:
    return " ".join(" ".join([*s.path, *(b.text for b in s.blocks)]) for s in document.sections)


def test_pasted_lines_become_paragraphs_but_wrapped_prose_does_not(tmp_path: Path) -> None:
    """A page pasted one paragraph per line gives one paragraph per line, each on its line;
    prose hard-wrapped at 70 columns stays one paragraph, even with one long link in it."""
    long_a = "The first pasted paragraph runs on well past any editor's wrap column. " * 3
    long_b = "The second one follows on the very next line, with no blank line before. " * 3
    guide = tmp_path / "pasted.md"
    url = "https://example.com/" + "a-very-long-path/" * 10
    guide.write_text(
        f"{long_a.strip()}\n{long_b.strip()}\n\nA short paragraph wrapped\nby hand at a column.\n"
        f"\nA wrapped paragraph with one long link\n<{url}>\nin the middle.\n"
    )
    blocks = parse(guide).sections[0].blocks
    assert [(b.kind, b.text, b.line) for b in blocks] == [
        (BlockKind.PARAGRAPH, long_a.strip(), 1),
        (BlockKind.PARAGRAPH, long_b.strip(), 2),
        (BlockKind.PARAGRAPH, "A short paragraph wrapped by hand at a column.", 4),
        (BlockKind.PARAGRAPH, f"A wrapped paragraph with one long link {url} in the middle.", 7),
    ]


def test_permalink_marks_are_stripped_from_headings() -> None:
    """Headings lose the ¶, # and private-use icon glyphs themes append."""
    headings = [s.heading for s in parse(FIXTURES / "faq-headings.md").sections]
    assert "2. How is a TPM different from a project manager?" in headings
    assert "1. What does a TPM do all day?" in headings
    assert "3. Why do companies hire TPMs?" in headings
    sphinx = [s.heading for s in parse(FIXTURES / "sphinx-page.html").sections]
    assert sphinx == ["Program reviews", "What is a milestone review?",
                      "Who attends a milestone review?"]  # fmt: skip


def test_in_article_chrome_lines_are_dropped(tmp_path: Path) -> None:
    """ "Featured", "Share this" and a "Latest posts" line with its titles are not content."""
    guide = tmp_path / "saved.md"
    guide.write_text(
        "Featured\n\n## What is a TPM?\n\nA person who runs technical programs.\n\n"
        "[Share on Twitter](https://twitter.com/x) | [Edit](https://example.com/edit)\n\n"
        "**[⬆ Back to Top](#top)**\n\n## Where is the handbook kept?\n\n"
        "[The program handbook](https://example.com/handbook)\n\n"
        "Latest Posts\n\nTen Tips For Roadmaps\n\nHow I Became A TPM\n\n"
        "## Related articles\n\n- [Roadmaps](/roadmaps)\n- [OKRs](/okrs)\n"
    )
    document = parse(guide)
    assert [(s.heading, [b.text for b in s.blocks]) for s in document.sections] == [
        ("What is a TPM?", ["A person who runs technical programs."]),
        ("Where is the handbook kept?", ["The program handbook"]),
    ]


def test_a_code_block_whose_language_sounds_like_chrome_is_kept(tmp_path: Path) -> None:
    """```nav, ```toc and <pre class="lang-menu"> name what the code is, not page chrome."""
    for name, text in (
        ("menu.md", "## How is a menu written?\n\nAs a list:\n\n```nav\n- Home\n- About\n```\n"),
        ("menu.html", '<h2>How is a menu written?</h2><p>As a list:</p>'
         '<pre class="lang-menu"><code>- Home</code></pre>'),
    ):  # fmt: skip
        guide = tmp_path / name
        guide.write_text(text, "utf-8")
        (section,) = parse(guide).sections
        assert [b.kind for b in section.blocks] == [BlockKind.PARAGRAPH, BlockKind.CODE], name


def test_html_pages_keep_only_their_article() -> None:
    """Navigation, breadcrumbs, sidebars, TOCs, share links and footers never reach a block."""
    chrome = {
        "sphinx-page.html": ["View page source", "Previous", "Copyright", "Built with"],
        "maven-site.html": ["Last Published", "Introduction", "Built by Maven", "Rights"],
        "hugo-docs.html": ["Edit this page", "Blog", "Last modified", "Rights Reserved"],
        "blog-post.html": ["Skip to content", "Posted on", "Twitter", "Latest Posts",
                           "Status Report", "WordPress"],
    }  # fmt: skip
    for name, words in chrome.items():
        text = all_text(parse(FIXTURES / name))
        page = (FIXTURES / name).read_text()
        for word in words:
            assert word in page, (name, word)
            assert word not in text, (name, word)


def test_article_containers_are_found_as_css_selectors_would_find_them() -> None:
    """find_article tests each container without soupsieve; the elements picked must be the
    ones `select` picks for every selector, including near misses (class words, case, ids)."""
    from bs4 import BeautifulSoup

    from tpmcards.chrome import _SELECTORS, ARTICLE_SELECTORS

    page = """<html><body>
    <div class="document"><section><div class="body x">a</div></section></div>
    <div class="body">no document around</div><div class="Document"><div class="body">b</div>
    </div><main>m</main><article>a</article><div role="main">r</div><div role="main x">r2</div>
    <section role="main">s</section><div itemprop="articleBody">i</div>
    <span itemprop="articleBody">i2</span><div itemprop="articlebody">i3</div>
    <div id="bodyColumn">c</div><div id="content">c2</div><div id="Content">c3</div>
    <p class="post-content">p</p><p class="my-post-content">p2</p><p class="entry-content x">
    e</p><p class="article-content">a</p><div class="markdown-body">m</div>
    <div class="content main">c</div><div class="contents">c4</div><div id="main">m</div>
    <div id="main x">m2</div><div class="">empty</div><div role="">empty</div>
    </body></html>"""
    soup = BeautifulSoup(page, "html.parser")
    tags = soup.body.find_all(True) if soup.body else []
    for selector in ARTICLE_SELECTORS:
        expected = soup.body.select(selector) if soup.body else []
        assert expected, selector  # the page holds a match for every selector
        assert [t for t in tags if _SELECTORS[selector](t)] == expected, selector


def test_text_after_a_list_of_headings_belongs_to_the_section_around_the_list(
    tmp_path: Path,
) -> None:
    """`1. ### Question?` items end with their list item: the note and code after the list
    go back to "Chapter one", not into the last question's answer; a folded table of
    contents (`<details><summary>Table of contents`) is dropped."""
    guide = tmp_path / "collection.md"
    guide.write_text(
        "# Questions\n\n<details><summary>Table of contents</summary>\n\n- [One](#one)\n\n"
        "</details>\n\n## Chapter one\n\n1. ### First question?\n\n   First answer\n\n"
        "2. ### Second question?\n\n   Second answer\n\nSee also the next chapter.\n\n"
        "```\nsource\n```\n",
        encoding="utf-8",
    )
    sections = parse(guide).sections
    assert [(s.path, [b.text for b in s.blocks]) for s in sections] == [
        (("Questions",), []),
        (("Questions", "Chapter one"), []),
        (("Questions", "Chapter one", "First question?"), ["First answer"]),
        (("Questions", "Chapter one", "Second question?"), ["Second answer"]),
        (("Questions", "Chapter one"), ["See also the next chapter.", "source"]),
    ]


def test_a_list_of_headings_at_the_end_leaves_no_empty_section_behind(tmp_path: Path) -> None:
    """Nothing after the list: no second, empty "Chapter one" (which `check` would report)."""
    guide = tmp_path / "collection.md"
    guide.write_text("## Chapter one\n\n1. ### Only question?\n\n   Only answer\n", "utf-8")
    assert [s.path for s in parse(guide).sections] == [
        ("Chapter one",),
        ("Chapter one", "Only question?"),
    ]


def test_a_fenced_code_block_and_a_math_block_are_on_the_lines_they_start(tmp_path: Path) -> None:
    """Their lines are in the guide, not in its rendering, with raw HTML about or not."""
    guide = tmp_path / "code.md"
    body = "## How do I print?\n\nLike this:\n\n```python\nprint(1)\n```\n\n$$\nx^2\n$$\n"
    for text in (body, "<br>\n\n" + body):
        guide.write_text(text)
        offset = 0 if text == body else 2
        (section,) = parse(guide).sections
        assert [(b.kind, b.text, b.line) for b in section.blocks] == [
            (BlockKind.PARAGRAPH, "Like this:", 3 + offset),
            (BlockKind.CODE, "print(1)", 5 + offset),
            (BlockKind.PARAGRAPH, "\\[x^2\\]", 9 + offset),
        ]


def test_markdown_without_raw_html_is_read_in_one_parse() -> None:
    """A Markdown guide is walked by its tokens; only one that holds raw HTML, an
    admonition or a list of headings is rendered and read again as a page."""
    from tpmcards.mdtokens import markdown_outline, markdown_tokens

    def by_tokens(name: str) -> bool:
        source = read_source(FIXTURES / name)
        tokens = markdown_tokens(source.text, source.body_line)
        return markdown_outline(tokens, source.body_line) is not None

    walked = ["faq-headings.md", "tables.md", "terms.md", "cloze.md", "qa-list-items.md"]
    rendered = ["hostile.md", "details.md", "admonitions.md", "numbered-list-headings.md"]
    assert [by_tokens(name) for name in walked + rendered] == [True] * 5 + [False] * 4


def test_parsing_leaves_css_selectors_unimported_until_one_runs(tmp_path: Path) -> None:
    """soupsieve (bs4's CSS selectors, a third of the parsers' import time) is imported only
    when something selects, and selecting still works then."""
    guide = tmp_path / "guide.html"
    guide.write_text("<h1>Guide</h1><h2>What is a TPM?</h2><p>A program lead.</p>", "utf-8")
    code = (
        "import sys\n"
        "from tpmcards.document import parse_document\n"
        "from tpmcards.sources import read_source\n"
        f"parse_document(read_source(__import__('pathlib').Path({str(guide)!r})))\n"
        "print('soupsieve.css_parser' in sys.modules)\n"
        "from bs4 import BeautifulSoup\n"
        "print(BeautifulSoup('<p class=x>a</p>', 'html.parser').select('p.x'))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["False", '[<p class="x">a</p>]']
