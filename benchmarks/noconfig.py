"""Build real guides with no config, one by one into one folder, and check what Anki holds.

    python benchmarks/noconfig.py /tmp/guides            # from an empty temporary folder
    python benchmarks/noconfig.py /tmp/guides --cwd .    # from the project root

For each guide (every .md/.html/.txt file in the folder, not its `.expected.txt` files) it runs
`tpmcards cards GUIDE --json` and `tpmcards build GUIDE -o OUT` into one shared OUT, then,
after all builds, imports every deck into a fresh collection of the real `anki` library and
prints, per guide: the deck name, its file, the cards `cards` listed, how many of those ids
Anki holds, and whether the deck's file still holds what its own build wrote (no later build
touched it). Needs the test extra (`anki`). Other people's guides never enter the project.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

SUFFIXES = {".md", ".markdown", ".html", ".htm", ".txt"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--cwd", type=Path, help="run the commands from here (default: empty)")
    args = parser.parse_args(argv)
    guides = sorted(
        p
        for p in args.folder.resolve().rglob("*")
        if p.suffix in SUFFIXES and not p.name.endswith(".expected.txt")
    )
    tpmcards = str(Path(sys.executable).parent / "tpmcards")
    with tempfile.TemporaryDirectory() as tmp:
        cwd = args.cwd.resolve() if args.cwd else Path(tmp) / "cwd"
        cwd.mkdir(exist_ok=True)
        out = Path(tmp) / "out"
        rows = []
        written: dict[str, bytes] = {}
        for guide in guides:
            listed = subprocess.run(
                [tpmcards, "cards", str(guide), "--json"], cwd=cwd, capture_output=True, text=True
            )
            cards = json.loads(listed.stdout) if listed.returncode == 0 else []
            built = subprocess.run(
                [tpmcards, "build", str(guide), "-o", str(out)],
                cwd=cwd,
                capture_output=True,
                text=True,
            )
            first = built.stdout.splitlines()[0] if built.stdout else built.stderr.strip()
            package = first.split(" -> ")[-1].split(" (")[0] if " -> " in first else ""
            if package:
                written[package] = Path(package).read_bytes()
            deck = {c["deck"].split("::")[0] for c in cards}
            rows.append((guide.name, ", ".join(sorted(deck)), package, cards))
        from anki.collection import Collection
        from anki.import_export_pb2 import ImportAnkiPackageRequest

        print(f"{'guide':<28} {'deck':<34} {'listed':>6} {'in .apkg':>8} {'intact':>6}")
        failures = 0
        for n, (name, deck, package, cards) in enumerate(rows):
            held: set[str] = set()
            intact = bool(package) and Path(package).read_bytes() == written[package]
            if package:
                col = Collection(str(Path(tmp) / f"c{n}.anki2"))
                col.import_anki_package(ImportAnkiPackageRequest(package_path=package))
                held = {col.get_note(nid).guid for nid in col.find_notes("")}
                col.close()
            found = sum(c["id"] in held for c in cards)
            ok = found == len(cards) and (intact or not cards) and "TPM Guide" not in deck
            failures += not ok
            shown = f"{deck} -> {Path(package).name}" if package else "(no deck)"
            print(
                f"{name[:28]:<28} {shown[:34]:<34} {len(cards):>6} {found:>8} "
                f"{'yes' if intact else '-':>6}"
            )
        print(f"{len(rows)} guides, {failures} with a card missing, a deck overwritten or TPM")
        return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
