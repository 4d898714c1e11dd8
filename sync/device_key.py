"""Ed25519 device keys: an office device signs its USB batch files, the server checks them.

Each enrolled office device holds an Ed25519 private key (in `sync.json`, mode 0600,
beside its token). The server stores only the public half, received at enrolment, or
registered later with the device's bearer token by devices enrolled before keys existed.
Nothing the server stores lets anyone sign: a copy of the server's database (or of one of
its backups) cannot forge a batch file, unlike the HMAC keyed by the token's hash that
version 1 files used.

Keys and signatures travel as lowercase hex: a public key is 64 characters (32 bytes), a
signature 128 (64 bytes), a private key 64 (its 32-byte seed).

Pure functions over `cryptography`; thread-safe; no I/O.
"""
from __future__ import annotations

import re

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

SIGNATURE_HEX_LENGTH = 128
_HEX_RE = re.compile(r"^[0-9a-f]+$")


def new_private_key() -> str:
    """A fresh private key (hex of its 32-byte seed), from the operating system's random source."""
    return Ed25519PrivateKey.generate().private_bytes_raw().hex()


def _private(private_hex: str) -> Ed25519PrivateKey:
    """The key from its hex seed; ValueError when the text is not one (a damaged sync.json)."""
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex))


def public_key_of(private_hex: str) -> str:
    return _private(private_hex).public_key().public_bytes_raw().hex()


def sign(private_hex: str, data: bytes) -> str:
    return _private(private_hex).sign(data).hex()


def verify(public_hex: str, data: bytes, signature_hex: str) -> bool:
    """True only when `signature_hex` is this key's signature of exactly `data`."""
    if len(signature_hex) != SIGNATURE_HEX_LENGTH or not _HEX_RE.match(signature_hex.lower()):
        return False
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(bytes.fromhex(signature_hex), data)
    except (InvalidSignature, ValueError):
        return False
    return True


__all__ = ["SIGNATURE_HEX_LENGTH", "new_private_key", "public_key_of", "sign", "verify"]
