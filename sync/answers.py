"""What a technician is told when the server cannot be reached or is not a Maktab server.

Plain text helpers for `sync.transport`'s errors: each message says what was tried (the
URL), what came back (the network's failure, or the HTTP status and the first words of
the page) and what to do. The exceptions themselves live in `sync.errors`.

    connection_failure(exc, url) → (what happened, what to do)   DNS, refused, timeout, other
    first_words(response)        → '"Welcome to Free Wi-Fi …"' or '' (HTML tags stripped)
    base_of(url)                 → the server's address without the API path
    short_reason(exc)            → the useful end of an exception's text

No I/O; called on whichever thread made the request.
"""
from __future__ import annotations

import html
import re
import urllib.parse

import requests

FIRST_WORDS = 80  # characters of a page quoted in a message: enough to recognise it

_DNS_MARKERS = ("NameResolutionError", "Name or service not known", "Failed to resolve", "nodename nor servname",
                "Temporary failure in name resolution", "getaddrinfo failed", "No address associated")
_REFUSED_MARKERS = ("Connection refused", "Errno 111", "ConnectionRefusedError", "actively refused")
_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]*>", re.IGNORECASE | re.DOTALL)


def base_of(url: str) -> str:
    """`https://host:8443/api/v1/health` → `https://host:8443` (what the technician typed)."""
    return url.split("/api/", 1)[0]


def connection_failure(exc: BaseException, url: str) -> tuple[str, str]:
    """Why a connection to `url` failed, in words, and what to check."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or "?"
    port = parts.port or (443 if parts.scheme == "https" else 80)
    text = _chain_text(exc)
    if any(marker in text for marker in _DNS_MARKERS):
        return (f"the name {host!r} was not found (DNS)",
                "Check the spelling of the server address, and this machine's network and DNS settings.")
    if any(marker in text for marker in _REFUSED_MARKERS):
        return (f"nothing accepts connections on port {port} of {host} (connection refused)",
                "Check the port in the address, that maktab-server runs there, and that no firewall blocks it.")
    return f"the connection failed ({short_reason(exc)})", "Check the network and the server address."


def first_words(response: requests.Response) -> str:
    """The start of an answer's body as readable text, quoted ('' when empty or binary)."""
    try:
        raw = response.content[:4096].decode(response.encoding or "utf-8", errors="replace")
    except Exception:
        return ""
    words = " ".join(html.unescape(_TAGS.sub(" ", raw)).split())
    if not words or "\ufffd" in words[:20]:
        return ""
    return f'"{words[:FIRST_WORDS]}…"' if len(words) > FIRST_WORDS else f'"{words}"'


def _chain_text(exc: BaseException) -> str:
    """The text of an exception and of every exception behind it (urllib3 wraps the socket's)."""
    seen: list[str] = []
    current: BaseException | None = exc
    while current is not None and len(seen) < 8:
        seen.append(f"{type(current).__name__}: {current}")
        reason = getattr(current, "reason", None)
        current = reason if isinstance(reason, BaseException) else (current.__cause__ or current.__context__)
    return " | ".join(seen)


def short_reason(exc: BaseException | str) -> str:
    """The useful end of an exception's text (after urllib3's "Caused by"), at most 200 characters."""
    text = str(exc)
    for marker in ("Caused by ", "(Caused by "):
        if marker in text:
            text = text.split(marker, 1)[1]
    return text.strip("()'\" ")[:200]


__all__ = ["FIRST_WORDS", "base_of", "connection_failure", "first_words", "short_reason"]
