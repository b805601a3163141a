"""What a build imports: the packaging stage leaves out what it never runs (asyncio, which
genanki's `cached_property` imports only to ask whether a property is a coroutine)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_a_build_writes_its_deck_without_importing_asyncio(tmp_path: Path) -> None:
    guide = tmp_path / "guide.md"
    guide.write_text("# Guide\n\n## What is a TPM?\n\nA program lead.\n", "utf-8")
    code = (
        "import sys\n"
        "from tpmcards.cli import main\n"
        f"sys.argv = ['tpmcards', 'build', {str(guide)!r}, '-o', {str(tmp_path / 'out')!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as done:\n"
        "    assert not done.code, done.code\n"
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
