"""What the commands import: the packaging stage leaves out what it never runs (asyncio, which
genanki's `cached_property` imports only to ask whether a property is a coroutine), and bs4
what tpmcards never asks of it (soupsieve, charset_normalizer, its entity patterns)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

# `tpmcards build GUIDE -o OUT` in a fresh interpreter, the lines after it run there too.
_BUILD = (
    "import sys\n"
    "from tpmcards.cli import main\n"
    "sys.argv = ['tpmcards', 'build', {guide!r}, '-o', {out!r}]\n"
    "try:\n"
    "    main()\n"
    "except SystemExit as done:\n"
    "    assert not done.code, done.code\n"
)


def test_a_build_writes_its_deck_without_importing_asyncio(tmp_path: Path) -> None:
    guide = tmp_path / "guide.md"
    guide.write_text("# Guide\n\n## What is a TPM?\n\nA program lead.\n", "utf-8")
    code = _BUILD.format(guide=str(guide), out=str(tmp_path / "out")) + (
        "print('asyncio' in sys.modules)\n"
        # Whatever imports asyncio later gets the real one, and genanki still works then.
        "import asyncio, genanki\n"
        "print(asyncio.iscoroutinefunction(asyncio.sleep), asyncio.Future.__name__)\n"
        "model = genanki.Model(1, 'M', fields=[{'name': 'F'}], templates=[\n"
        "    {'name': 'C', 'qfmt': '{{F}}', 'afmt': '{{F}}'}])\n"
        "print(len(genanki.Note(model, ['x']).cards))\n"
    )
    env = {"TPMCARDS_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-3:] == ["False", "True Future", "1"]
    assert (tmp_path / "out" / "guide.apkg").stat().st_size > 0


def test_a_build_after_an_edit_splices_its_deck_without_importing_asyncio(
    tmp_path: Path,
) -> None:
    """The spliced build reads the kept collection (collection.py) before anki.py is
    imported: genanki comes in without asyncio there too."""
    guide = tmp_path / "guide.md"
    code = _BUILD.format(guide=str(guide), out=str(tmp_path / "out")) + (
        "print('tpmcards.increment' in sys.modules, 'asyncio' in sys.modules)\n"
    )
    env = {"TPMCARDS_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    for answer in ("A program lead.", "The lead of a program."):
        guide.write_text(f"# Guide\n\n## What is a TPM?\n\n{answer}\n", "utf-8")
        command = [sys.executable, "-c", code]
        result = subprocess.run(command, capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stderr
    assert "changed: What is a TPM?" in result.stdout
    assert result.stdout.splitlines()[-1] == "True False"


_PAGE = (
    "<html><head><title>Guide</title></head><body><article><h1>Guide</h1>"
    "<h2>What does R&amp;D stand for?</h2><p>Research &amp; development, &eacute;tude.</p>"
    "</article></body></html>"
)
# Writing entities back (formatter="html") uses the patterns bs4 builds with its tables.
_WRITE_BACK = (
    "from bs4 import BeautifulSoup\n"
    "soup = BeautifulSoup('<p>caf\\u00e9 &lt; \\u2267\\u0338 &amp; &nbsp;</p>', 'html.parser')\n"
    "print(soup.p.decode(formatter='html'))\n"
)


def _python(code: str, tmp_path: Path) -> list[str]:
    env = {"TPMCARDS_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, input=""
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def _command_then_bs4(args: list[str], tmp_path: Path) -> list[str]:
    """The command's output, then which of bs4's needless imports it made, whether bs4's
    entity patterns were compiled, and entities written back after."""
    code = (
        "import re, sys\n"
        "from tpmcards.cli import main\n"
        f"sys.argv = ['tpmcards', *{args!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "from bs4.dammit import EntitySubstitution as subst\n"
        "print(sorted(m for m in ('soupsieve', 'charset_normalizer') if m in sys.modules))\n"
        "print(isinstance(subst._CHARACTER_TO_HTML_ENTITY_RE, re.Pattern))\n" + _WRITE_BACK
    )
    return _python(code, tmp_path)


def test_reading_a_page_leaves_out_what_bs4_imports_and_compiles_for_nothing(
    tmp_path: Path,
) -> None:
    """A page with entities is read without soupsieve, charset_normalizer or bs4's entity
    patterns; entities written back later are those plain bs4 writes."""
    guide = tmp_path / "guide.html"
    guide.write_text(_PAGE, "utf-8")
    *cards, imported, compiled, written = _command_then_bs4(["cards", str(guide)], tmp_path)
    assert "    Research & development, étude." in cards
    assert (imported, compiled) == ("[]", "False")
    assert [written] == _python(_WRITE_BACK, tmp_path)


@pytest.mark.parametrize("command", ["quiz", "build", "check"])
def test_every_command_reads_pages_with_bs4_prepared(command: str, tmp_path: Path) -> None:
    """Whichever of our modules imports bs4 first, bs4 leaves out soupsieve and the rest."""
    guide = tmp_path / "guide.html"
    guide.write_text(_PAGE, "utf-8")
    out = ["-o", str(tmp_path / "out")] if command == "build" else []
    *_, imported, compiled, _ = _command_then_bs4([command, str(guide), *out], tmp_path)
    assert (imported, compiled) == ("[]", "False")


def test_a_flip_quiz_asks_before_importing_the_grader(tmp_path: Path) -> None:
    """The grader, its word tables and rapidfuzz wait for an answer to grade: a flip quiz
    quit at its first question never imports them; a typed answer still gets graded."""
    guide = tmp_path / "guide.md"
    guide.write_text("# Guide\n\n## What does a TPM lead?\n\nPrograms.\n", "utf-8")
    heavy = ("tpmcards.grade", "tpmcards.lexicon", "tpmcards.answers", "rapidfuzz")

    def quiz(mode: str, answer: str) -> list[str]:
        code = (
            "import io, sys\n"
            f"sys.stdin = io.TextIOWrapper(io.BytesIO({answer.encode()!r}))\n"
            "from tpmcards.cli import main\n"
            f"sys.argv = ['tpmcards', 'quiz', {str(guide)!r}, '--mode', {mode!r}]\n"
            "try:\n"
            "    main()\n"
            "except SystemExit:\n"
            "    pass\n"
            f"print([m for m in {heavy!r} if m in sys.modules])\n"
        )
        return _python(code, tmp_path)

    flipped = quiz("flip", "q\n")
    assert "What does a TPM lead?" in flipped and flipped[-1] == "[]"
    typed = quiz("type", "programs\n")
    assert any("✓" in line for line in typed) and "tpmcards.grade" in typed[-1]


# Modules whose patterns a guide may never reach: each compiles them on first use.
_LAZY_PATTERNS = (
    "chrome.py",
    "document.py",
    "faqwidgets.py",
    "keypoint.py",
    "markup.py",
    "mathjax.py",
    "mdtokens.py",
    "model.py",
    "obsidian.py",
    "readmetxt.py",
    "sectioning.py",
    "shortcodes.py",
    "sitesyntax.py",
    "sources.py",
)


def test_importing_the_parser_and_rules_compiles_none_of_their_lazy_patterns(
    tmp_path: Path,
) -> None:
    """A cold quiz pays only for the patterns its guides reach (about 10 ms were compiled
    on import for a TPM guide that never used them)."""
    code = (
        "import re, sys\n"
        "from pathlib import Path\n"
        "real, compiled = re.compile, set()\n"
        "def spy(pattern, flags=0):\n"
        "    compiled.add(Path(sys._getframe(1).f_code.co_filename).name)\n"
        "    return real(pattern, flags)\n"
        "re.compile = spy\n"
        "import tpmcards.document, tpmcards.extract\n"
        "print(sorted(compiled))\n"
    )
    [compiled] = _python(code, tmp_path)
    assert [name for name in _LAZY_PATTERNS if f"'{name}'" in compiled] == []
    assert "'html_block.py'" in compiled  # the spy sees compiles on import (markdown-it's)
