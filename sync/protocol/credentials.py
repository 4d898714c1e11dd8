"""Enrolment codes and device tokens: how they are made, typed and stored.

Part of `sync.protocol` (import it from there). Pure; any thread.
"""
from __future__ import annotations

import hashlib
import re
import secrets

# ---------------------------------------------------------------------------- enroll codes and tokens

#: No 0/O, 1/I/L, U: the code is read aloud over the phone and typed by a technician.
ENROLL_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
ENROLL_CODE_GROUPS = 4
ENROLL_CODE_GROUP_LEN = 4


def new_enroll_code() -> str:
    """A one-time code such as `K7QD-3MXA-9PTF-W2HE` (≈78 bits)."""
    chars = [secrets.choice(ENROLL_CODE_ALPHABET) for _ in range(ENROLL_CODE_GROUPS * ENROLL_CODE_GROUP_LEN)]
    groups = ["".join(chars[i:i + ENROLL_CODE_GROUP_LEN]) for i in range(0, len(chars), ENROLL_CODE_GROUP_LEN)]
    return "-".join(groups)


def normalize_enroll_code(code: str) -> str:
    """Upper-case and drop spaces and dashes: `k7qd 3mxa-9ptf w2he` → `K7QD3MXA9PTFW2HE`."""
    return re.sub(r"[\s\-_.]", "", code).upper()


def new_token() -> str:
    """A device bearer token: 256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """sha256 hex of the token: all the server stores of it (enough to recognise it, not to use it)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
