"""The central server's public address (`public_url`): checked the same way where it is set
(`maktab-server serve --public-url`, $MAKTAB_PUBLIC_URL) and where it arrives (the pull
answer's optional `public_url`, read by the office).

The office prints it in QR codes (`{public_url}/t/{token}`, `{public_url}/c/{code}`), so it
must be an absolute http(s) address a phone can open, without query or fragment (a path
is appended to it), without credentials, and short enough for the QR code to keep modules
a phone camera reads on 58 mm paper. The trailing slash is removed, so appending `/t/…`
never doubles it. Part of `sync.protocol`; pure, any thread.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from sync.protocol.errors import ProtocolError

#: Longest accepted address. With the 16-character ticket token the QR payload stays under
#: 122 bytes (QR version 7-M), which prints with modules of at least 4 dots (0.5 mm).
MAX_PUBLIC_URL_LENGTH = 100


def check_public_url(value: Any, what: str = "public_url") -> str:
    """`value` as a normalised public address ('https://maktab.example.dz/pub'), or ProtocolError
    saying what is wrong and what is expected."""
    example = "an absolute address such as https://maktab.example.dz"
    if not isinstance(value, str) or not value.strip():
        raise ProtocolError(f"{what} must be {example}")
    url = value.strip()
    if len(url) > MAX_PUBLIC_URL_LENGTH:
        raise ProtocolError(f"{what} is {len(url)} characters long; at most {MAX_PUBLIC_URL_LENGTH} fit the "
                            "receipts' QR codes")
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        raise ProtocolError(f"{what} must not contain spaces or control characters")
    try:
        parts = urlsplit(url)
        port = parts.port  # raises ValueError for a port that is not a number
    except ValueError as exc:
        raise ProtocolError(f"{what} {url!r} is not a valid address ({exc})") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ProtocolError(f"{what} {url!r} must start with https:// (or http://) and name a host: {example}")
    if parts.query or parts.fragment or "?" in url or "#" in url:
        raise ProtocolError(f"{what} {url!r} must not have a query (?…) or a fragment (#…): the pages' paths "
                            "are added after it")
    if parts.username is not None or parts.password is not None:
        raise ProtocolError(f"{what} {url!r} must not carry a user name or password: it is printed on receipts")
    if port == 0:
        raise ProtocolError(f"{what} {url!r} has port 0")
    return f"{parts.scheme.lower()}://{parts.netloc}{parts.path}".rstrip("/")


__all__ = ["MAX_PUBLIC_URL_LENGTH", "check_public_url"]
