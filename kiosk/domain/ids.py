"""Identifiers: UUIDv7s (unique across devices and sortable by creation time) and the
unguessable public tokens printed in QR codes."""
from __future__ import annotations

import os
import secrets
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7() -> str:
    """A UUIDv7 (RFC 9562) as text; monotonic within this process."""
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            _counter += 1
            if _counter > 0xFFF:  # 4096 ids in one millisecond: borrow the next one
                ms += 1
                _counter = 0
        else:
            _counter = 0
        _last_ms = ms
        rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
        value = (ms << 80) | (0x7 << 76) | (_counter << 64) | (0b10 << 62) | rand_b
    return str(uuid.UUID(int=value))


#: Random bytes of a ticket's public token: 96 bits, 16 URL-safe characters (far above the
#: 64 bits that make guessing a live ticket's page hopeless, and short enough for the QR code).
PUBLIC_TOKEN_BYTES = 12


def public_token() -> str:
    """A new unguessable token for a public page address ('{public_url}/t/{token}')."""
    return secrets.token_urlsafe(PUBLIC_TOKEN_BYTES)
