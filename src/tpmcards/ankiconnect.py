"""A client for AnkiConnect, the add-on that lets programs talk to a running Anki.  [network]

AnkiConnect (add-on code 2055492159) listens on http://127.0.0.1:8765 and answers JSON
requests `{"action", "version", "params", "key"}` with `{"result", "error"}` (API version 6).
Only the standard library speaks to it: one POST per action.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from .errors import TpmcardsError

DEFAULT_URL = "http://127.0.0.1:8765"
URL_ENV = "TPMCARDS_ANKICONNECT_URL"
KEY_ENV = "TPMCARDS_ANKICONNECT_KEY"
API_VERSION = 6
ADDON_CODE = "2055492159"


class AnkiConnectError(TpmcardsError):
    """Anki cannot be reached through AnkiConnect, or AnkiConnect refused a request."""


class AnkiConnect:
    """The AnkiConnect at `url`, with its API key if one is set in the add-on's config.

    A plain class, not a dataclass: the CLI imports this module's constants for `--help`,
    which must stay fast.
    """

    def __init__(self, url: str = DEFAULT_URL, key: str | None = None, timeout: float = 300.0):
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            # urllib would also open file:// and ftp:// addresses: refuse anything else.
            raise AnkiConnectError(
                f"{url!r} is not an http:// address; pass AnkiConnect's, e.g. {DEFAULT_URL}"
            )
        self.url = url
        self.key = key
        self.timeout = timeout  # Anki imports a deck of thousands of notes well within this

    def invoke(self, action: str, **params: Any) -> Any:
        """Run one AnkiConnect action and return its result."""
        import urllib.error
        import urllib.request

        body: dict[str, Any] = {"action": action, "version": API_VERSION, "params": params}
        if self.key:
            body["key"] = self.key
        request = urllib.request.Request(
            self.url,
            data=json.dumps(body).encode("utf-8"),
            headers={"Content-Type": "application/json"},
        )
        # No proxy: Anki runs on this machine or the local network, and a proxy configured
        # for the web would take the request away from it.
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        try:
            with opener.open(request, timeout=self.timeout) as response:
                raw = response.read()
        except urllib.error.HTTPError as err:
            raise AnkiConnectError(
                f"{self.url} answered HTTP {err.code} to `{action}`, not as AnkiConnect does; "
                "check --url"
            ) from None
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", None) or err
            raise AnkiConnectError(
                f"cannot reach Anki at {self.url} ({_reason(reason)}); start Anki with the "
                f"AnkiConnect add-on (code {ADDON_CODE}) installed, or pass --url"
            ) from None
        try:
            reply = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            reply = None
        if not isinstance(reply, dict) or not {"result", "error"} <= reply.keys():
            raise AnkiConnectError(
                f"{self.url} did not answer `{action}` as AnkiConnect does; check --url"
            )
        if reply["error"] is not None:
            raise AnkiConnectError(
                f"AnkiConnect at {self.url} refused `{action}`: "
                f"{reply['error']}{_hint(str(reply['error']))}"
            )
        return reply["result"]


def _reason(reason: object) -> str:
    text = getattr(reason, "strerror", None) or str(reason)
    return str(text).rstrip(".")


def _hint(error: str) -> str:
    if "api key" in error.lower():
        return f"; pass AnkiConnect's key with --key or {KEY_ENV}"
    return ""
