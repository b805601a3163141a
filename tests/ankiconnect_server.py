"""An AnkiConnect-compatible HTTP server for the tests, backed by a real Anki collection.

It answers API version 6 requests as the add-on does, with the collection of the `anki`
package doing the work: `importPackage` runs Anki's package importer with the options
AnkiConnect's importer uses, `findNotes` runs Anki's search, `deleteNotes` deletes notes.
Nothing is recorded or faked: what a test checks afterwards is what the collection holds.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any


def _import_package(col: Any, path: str) -> bool:
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    # AnkiConnect resolves the path against the media folder (an absolute path stays as is),
    # and imports as `anki.importing.AnkiPackageImporter` does.
    full = os.path.join(col.media.dir(), path)
    col.import_anki_package(
        ImportAnkiPackageRequest(
            package_path=full,
            options=ImportAnkiPackageOptions(
                merge_notetypes=True, with_scheduling=True, with_deck_configs=True
            ),
        )
    )
    return True


def _find_notes(col: Any, query: str) -> list[int]:
    return [int(n) for n in col.find_notes(query)]


def _delete_notes(col: Any, notes: list[int]) -> None:
    col.remove_notes(notes)


ACTIONS: dict[str, Callable[..., Any]] = {
    "version": lambda col: 6,
    "importPackage": _import_package,
    "findNotes": _find_notes,
    "deleteNotes": _delete_notes,
}


@dataclass
class FakeAnki:
    """The server's address and the collection behind it."""

    url: str
    col: Any


class _Server(HTTPServer):
    col: Any
    key: str | None
    state: FakeAnki
    lock: threading.Lock


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        request = json.loads(self.rfile.read(length))
        server = self.server
        try:
            if server.key is not None and request.get("key") != server.key:
                raise PermissionError("valid api key must be provided")
            if request.get("version") != 6:
                raise ValueError("this server speaks API version 6 only")
            action = ACTIONS.get(request.get("action"))
            if action is None:
                raise ValueError("unsupported action")
            with server.lock:
                result = action(server.col, **request.get("params", {}))
            reply = {"result": result, "error": None}
        except Exception as err:  # AnkiConnect answers every failure in `error`
            reply = {"result": None, "error": str(err)}
        body = json.dumps(reply).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet in the test output


@contextmanager
def serve(col: Any, key: str | None = None) -> Iterator[FakeAnki]:
    """Serve `col` on an ephemeral localhost port until the block ends."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.col, server.key, server.lock = col, key, threading.Lock()
    server.state = FakeAnki(f"http://127.0.0.1:{server.server_address[1]}", col)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.state
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
