"""The pipeline, put together once: guides and their configs in; cards, decks with ids and
the files built from them out. Every command is a few lines over a `Project`, so `build`,
`cards`, `check`, `preview`, `quiz` and `stats` all see the same cards with the same ids.

Which config a guide follows: `--config` when given; else the `tpmcards.yaml` in the guide's
folder or the nearest folder above it; else none, and the guide is taken on its own terms (a
deck named after the guide, or after the folder given, with a subdeck per guide; no topics).
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from . import background, buildstate, cache, increment
from .atomic import build_lock, build_lock_path, remove_stale_temps
from .buildstate import whole_state
from .errors import SourceError, TpmcardsError
from .identity import BuildDiff, LockEntry, assign_ids, lock_path, read_lock
from .increment import Inputs
from .model import OTHER_TOPIC, Card, Config, DeckCard, Document
from .paths import DEFAULT_DECKS, cache_dir
from .sources import find_config, find_sources, is_output, load_config, own_terms, slugify

# build_lock_path is named here too: the build lock's file, for those who look for it.
__all__ = ["BUILD_LOCK_WAIT", "Deck", "Guide", "Project", "build_lock_path"]

if TYPE_CHECKING:
    from .build import DeckReport
    from .extract import Finding
    from .media import Media

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Guide:
    """One guide file, the name its cards are keyed by, and the config it follows."""

    path: Path
    key: str
    config: Config


@dataclass(frozen=True)
class Deck:
    """The cards of one deck, and the file name its package, lock and exports share."""

    name: str
    output: str
    config: Config
    cards: tuple[Card, ...]
    other: int = 0  # cards that fit no topic of the config, kept in the deck itself
    dropped: int = 0  # cards that fit no topic, left out because of `keep_other: false`


class Project:
    """Guides under `paths`, each with its config; their cards, decks, ids and outputs.

    Values are computed once, on first use: a command asks only for what it shows.
    """

    def __init__(
        self,
        paths: Sequence[Path],
        config_path: Path | None = None,
        out_dir: Path = DEFAULT_DECKS,
        use_cache: bool = True,
        progress: Progress | None = None,
    ) -> None:
        self.paths = list(paths)
        self.config_path = config_path
        self.out_dir = out_dir
        self.cache = cache_dir() if use_cache else None
        self.progress = progress
        self._locks: dict[Path, list[LockEntry]] = {}

    # --- guides and cards ---------------------------------------------------------------

    @cached_property
    def guides(self) -> list[Guide]:
        """Every guide file under the paths, in a stable order, with its config."""
        configs: dict[Path, Config] = {}

        def config_at(path: Path) -> Config:
            if path not in configs:
                configs[path] = load_config(path)
            return configs[path]

        explicit = config_at(self.config_path) if self.config_path is not None else None
        found: dict[Path, Guide] = {}
        for given in self.paths:
            for path, key in find_sources([given]):
                if path in found or is_output(path):
                    continue
                if given.is_dir():
                    _refuse_links_out(path, given)
                if explicit is not None:
                    config = explicit
                else:
                    file = find_config(path)
                    config = (
                        config_at(file)
                        if file is not None
                        else own_terms(given if given.is_dir() else None)
                    )
                found[path] = Guide(path, key, config)
        return list(found.values())

    @cached_property
    def cards_by_guide(self) -> list[list[Card]]:
        """The cards of each guide, in the order of `guides` (from the cache when unchanged)."""
        return self.cards_of(range(len(self.guides)))

    def cards_of(self, places: Sequence[int]) -> list[list[Card]]:
        """The cards of the guides at these places in `guides` (no other guide is read)."""
        guides = [self.guides[n] for n in places]
        triples = [(g.path, g.key, g.config) for g in guides]
        found = cache.collect(triples, self.cache, self.progress)
        return [_in_folder_subdeck(g, cards) for g, cards in zip(guides, found, strict=True)]

    def cards(self) -> list[Card]:
        """Every card found, in guide order, whether or not its deck keeps it."""
        return [card for cards in self.cards_by_guide for card in cards]

    @cached_property
    def decks(self) -> list[Deck]:
        """The cards grouped into decks, each with the file name it is written under."""
        groups: dict[tuple[Config, str], list[Card]] = {}
        for guide, cards in zip(self.guides, self.cards_by_guide, strict=True):
            for card in cards:
                root = card.deck.split("::")[0]
                groups.setdefault((guide.config, root), []).append(card)
        decks = []
        taken: set[str] = set()
        for (config, name), cards in groups.items():
            other = sum(c.topic == OTHER_TOPIC for c in cards) if config.topics else 0
            kept = [c for c in cards if config.keep_other or c.topic != OTHER_TOPIC]
            output = self._output_name(name, config, taken)
            taken.add(output)
            decks.append(Deck(name, output, config, tuple(kept), other, len(cards) - len(kept)))
        return decks

    def _output_name(self, name: str, config: Config, taken: set[str]) -> str:
        """The deck's file name: the config's `output`, else the deck's name in file-name
        letters; a name another deck has (in this build or in the folder) gets a suffix."""
        base = config.output if config.output and name == config.deck else slugify(name)
        owner = self._lock_owner(base)
        if base in taken or owner not in (None, name):
            return f"{base}-{hashlib.sha256(name.encode()).hexdigest()[:6]}"
        return base

    def _lock_owner(self, output: str) -> str | None:
        """The deck whose lock the file `output` has, or None when there is none (or it
        names no deck, or cannot be read: the build says why)."""
        try:
            entries = self.lock(output)
        except TpmcardsError:
            return None
        decks = {entry.deck.split("::")[0] for entry in entries if entry.deck}
        return next(iter(decks)) if len(decks) == 1 else None

    # --- ids -----------------------------------------------------------------------------

    def lock(self, output: str) -> list[LockEntry]:
        """The id lock of the deck written as `output` in the output folder (read once: a
        lock holds a line per card, and reading one checks every line)."""
        path = lock_path(self.out_dir, output)
        if path not in self._locks:
            self._locks[path] = read_lock(path)
        return self._locks[path]

    def identified(self) -> list[DeckCard]:
        """The cards of every deck, as their notes show them, with the ids the locks in the
        output folder give them (new ids for cards they do not hold); nothing is written."""
        found: list[DeckCard] = []
        for deck, members in self.deck_members():
            lock = self.lock(deck.output)
            found += [dc for dc in assign_ids(members, lock, now=0).cards if not dc.removed]
        return found

    @cached_property
    def media(self) -> Media:
        """The cards of every deck as their notes show them (code highlighted, math for
        MathJax, images packaged), in deck order."""
        from .build import prepare_cards

        cards = [card for deck in self.decks for card in deck.cards]
        return prepare_cards(cards, self.paths, self.cache)

    def deck_members(self) -> list[tuple[Deck, tuple[Card, ...]]]:
        """Each deck that has cards, with its cards as their notes show them."""
        found = []
        position = 0
        for deck in self.decks:
            members = self.media.cards[position : position + len(deck.cards)]
            position += len(deck.cards)
            if members:
                found.append((deck, members))
        return found

    def merged_config(self) -> Config:
        """One config for views over every deck (preview, export): the topics of them all."""
        configs = list(dict.fromkeys(deck.config for deck in self.decks))
        if not configs:
            return own_terms()
        topics = {t.slug: t for config in configs for t in config.topics}
        first = configs[0]
        deck = first.deck or self.decks[0].name
        return replace(first, deck=deck, output=self.decks[0].output, topics=tuple(topics.values()))

    # --- commands ------------------------------------------------------------------------

    def build(
        self, now: int, write: bool = True, formats: Sequence[str] = ("apkg",)
    ) -> list[DeckReport]:
        """Build each deck into the output folder: `.apkg` (and/or `.csv`, `.json`) and lock.

        With `write=False` nothing is written: the reports say what a build would change and
        whether the folder is up to date (`build --dry-run` and `--check`).
        """
        from .build import build_deck

        if write:
            with build_lock(self.out_dir, BUILD_LOCK_WAIT):
                remove_stale_temps(self.out_dir)
                try:
                    return self._build(now, write, formats, build_deck)
                finally:
                    # The kept collections are written in a thread (collection.py): all
                    # in place when the build returns, under its lock.
                    background.written()
        return self._build(now, write, formats, build_deck)

    def _build(
        self, now: int, write: bool, formats: Sequence[str], build_deck: Callable[..., DeckReport]
    ) -> list[DeckReport]:
        # Under the build lock now: a lock another build wrote since is read again.
        self._locks.clear()
        triples = [(g.path, g.key, g.config) for g in self.guides]
        digests = cache.guide_digests(triples) if self.cache else None
        memo = cache.build_digest(triples, self.out_dir, formats, digests) if digests else None
        if memo is not None and self.cache is not None:
            known = cache.read_build(self.cache, self.out_dir, memo)
            if known is not None:
                # The same inputs onto the very files the last build left: nothing to do.
                return [replace(r, written=False, up_to_date=True) for r in known]
        # Each guide's part of the decks is kept for the next build, which splices the
        # guides it finds changed into the rest (increment.py): no other guide is read.
        keep = self.cache if write and tuple(formats) == ("apkg",) and digests else None
        spliced = None
        if keep is not None and digests is not None:
            inputs = Inputs(self.guides, digests, self.cards_of, self.paths, self.out_dir)
            with _collector_paused():
                spliced = increment.splice(keep, inputs, now)
        built: list[buildstate.Built] = []
        media: Media | None = None
        state: buildstate.State | None
        if spliced is not None:
            reports, state = spliced
        else:
            _ = self.cards_by_guide  # parsed first, with the collector on: workers fork here
            with _collector_paused():
                self._refuse_empty()
                media = self.media
                fixed = (media, self.out_dir, now, write, formats)
                reports = [
                    build_deck(deck, members, *fixed, self.lock(deck.output), built)
                    for deck, members in self.deck_members()
                ]
            shown = media.files or media.problems  # images: read outside the guides
            state = None if shown or not digests else whole_state(self, digests, built)
        if keep is not None:
            buildstate.save(keep, self.out_dir, state)
        # Once the files on disk hold this build (written now, or found so), the same inputs
        # give exactly these files again, whatever the clock: the lock now holds every id
        # and change time, so a rebuild finds no card new or changed. Remember that, so the
        # next build of these inputs, even the first after an edit, reads no guide. Images
        # are read from files outside the guides, so a build that shows any is not remembered.
        if (
            memo is not None
            and self.cache is not None
            and not (media is not None and (media.files or media.problems))
            and (write or all(r.up_to_date for r in reports))
        ):
            files = [p for r in reports for p in (*r.paths, *([r.lock] if r.lock else []))]
            unchanged = [
                replace(r, written=False, up_to_date=True, diff=BuildDiff()) for r in reports
            ]
            hashes = _written_hashes(self.out_dir, state)
            cache.remember_build(self.cache, self.out_dir, memo, unchanged, files, hashes)
        return reports

    def _refuse_empty(self) -> None:
        """Writing an empty deck would only hide the old one's cards: refuse, and say why."""
        if any(deck.cards for deck in self.decks):
            return
        where = ", ".join(str(p) for p in self.paths)
        dropped = sum(deck.dropped for deck in self.decks)
        if dropped:
            raise SourceError(
                f"no card matches a topic of the config ({dropped} found, all of topic "
                f"`{OTHER_TOPIC}`), so no deck was written; add topic headings or keywords "
                "to the config, or remove `keep_other: false`",
                where,
            )
        raise SourceError(
            "no cards found, so no deck was written; add questions (e.g. a heading that "
            "ends in `?`) and check them with `tpmcards cards`",
            where,
        )

    def findings(self, exists: Callable[[Path], bool] = Path.is_file) -> list[Finding]:
        """What `tpmcards check` reports: every finding about the guides, a guide that gives
        no card, and everything `build` would refuse."""
        from .check import check_documents
        from .document import parse_document
        from .extract import ERROR, WARNING
        from .extract import Finding as Found
        from .sources import read_source

        findings: list[Finding] = []
        by_config: dict[Config, list[Document]] = {}
        for guide in self.guides:
            try:
                document = parse_document(read_source(guide.path, guide.key))
                [cards] = cache.collect([(guide.path, guide.key, guide.config)], self.cache)
            except TpmcardsError as err:
                where = err.path or str(guide.path)
                findings.append(Found(where, err.line or 1, ERROR, err.reason))
                continue
            by_config.setdefault(guide.config, []).append(document)
            if not cards:
                findings.append(
                    Found(
                        document.source.display,
                        1,
                        WARNING,
                        "gives no card; write questions (a heading that ends in `?`, "
                        "`Q:`/`A:` lines) or key sentences, or leave the file out",
                    )
                )
        for config, documents in by_config.items():
            findings += check_documents(documents, config, exists)
        if sum(map(len, by_config.values())) == len(self.guides):
            try:
                self._refuse_empty()  # what `build` would refuse with every guide readable
            except SourceError as err:
                findings.append(Found(err.path or "", 1, ERROR, err.reason))
        order = {str(g.path): n for n, g in enumerate(self.guides)}
        shown = {
            d.source.display: order[str(d.source.path)] for ds in by_config.values() for d in ds
        }
        return sorted(findings, key=lambda f: (shown.get(f.path, order.get(f.path, 0)), f.line))


def _written_hashes(out_dir: Path, state: buildstate.State | None) -> dict[str, str]:
    """The SHA-256 of each deck and lock the build wrote or found on disk, by resolved path,
    as the state it leaves holds them."""
    if state is None:
        return {}
    found = {}
    for deck in state.decks:
        found[str((out_dir / f"{deck.output}.apkg").resolve())] = deck.package
        found[str(lock_path(out_dir, deck.output).resolve())] = deck.lock
    return found


def _refuse_links_out(path: Path, folder: Path) -> None:
    """Guides are confined to the folder given, as images are: a link out is refused."""
    if not path.resolve().is_relative_to(folder.resolve()):
        raise SourceError(
            "links to a file outside the sources folder; copy the guide into it instead", path
        )


def _in_folder_subdeck(guide: Guide, cards: list[Card]) -> list[Card]:
    """With `subdecks: folders`, a guide's cards go to the subdeck of its folder:
    `net/tcp.md` of deck `Notes` to `Notes::net`."""
    folders = PurePosixPath(guide.key).parent.parts
    if not guide.config.folder_subdecks or not folders:
        return cards
    below = "::".join(folders)
    return [replace(c, deck=f"{c.deck or guide.config.deck}::{below}") for c in cards]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector: a build's values (cards, lock entries, rows)
    live until it ends, and the collector would only walk them again and again (about a
    tenth of a rebuild after an edit, at 10,000 cards)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


# How long a build waits for another build into the same folder before it gives up.
BUILD_LOCK_WAIT = 60.0
