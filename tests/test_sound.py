"""Audio and video a guide shows: packaged by content hash as `[sound:...]`, from inside the
sources folder only, as images are."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tpmcards.cli import cli

GUIDE = """# Birds

## Which bird sings this song?

![the song](clips/song.ogg)

A blackbird.

## Which bird calls like this?

![a call](../outside.mp3)

A cuckoo.
"""


def test_sound_inside_the_sources_is_packaged_and_outside_is_refused(
    in_tmp: Path, anki_collection: Any
) -> None:
    from anki.import_export_pb2 import ImportAnkiPackageRequest

    notes = in_tmp / "notes"
    (notes / "clips").mkdir(parents=True)
    (notes / "birds.md").write_text(GUIDE, "utf-8")
    song = b"OggS\x00\x02" + bytes(range(64))
    (notes / "clips" / "song.ogg").write_bytes(song)
    (in_tmp / "outside.mp3").write_bytes(b"\xff\xfb\x90\x64" + b"\x00" * 64)
    result = CliRunner().invoke(cli, ["build", "notes", "-o", "out"])
    assert result.exit_code == 0, result.output
    assert (
        "  warning: notes/birds.md:11: sound ../outside.mp3: outside the sources folder; "
        "copy the sound into it"
    ) in result.output.splitlines()
    col = anki_collection
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(in_tmp / "out/notes.apkg")))
    answers = {col.get_note(n).fields[0]: col.get_note(n).fields[1] for n in col.find_notes("")}
    name = f"tpm-{hashlib.sha256(song).hexdigest()[:16]}.ogg"
    assert f"[sound:{name}]" in answers["Which bird sings this song?"]
    assert "[sound:" not in answers["Which bird calls like this?"]
    assert (Path(col.media.dir()) / name).read_bytes() == song
    assert sorted(p.name for p in Path(col.media.dir()).iterdir()) == [name]


@pytest.mark.parametrize(
    "suffix", [".mp3", ".ogg", ".wav", ".m4a", ".opus", ".flac", ".mp4", ".webm"]
)
def test_every_audio_and_video_suffix_is_a_sound(in_tmp: Path, suffix: str) -> None:
    (in_tmp / "g.md").write_text(f"# G\n\n## What plays?\n\n![clip](clip{suffix})\n", "utf-8")
    (in_tmp / f"clip{suffix}").write_bytes(b"data" + suffix.encode())
    result = CliRunner().invoke(cli, ["cards", "g.md", "--json"])
    assert result.exit_code == 0, result.output
    assert f"[sound:tpm-{hashlib.sha256(b'data' + suffix.encode()).hexdigest()[:16]}{suffix}]" in (
        result.stdout
    )
