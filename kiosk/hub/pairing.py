"""Pairing LAN devices with the hub, and the device's own record of its pairing.

Hub side (`Pairing`): a technician asks the hub for a one-time code (6 digits, valid
10 minutes, stored hashed), types it on the desk or display PC once, and the hub gives
that device an id and a long random token (stored hashed). Every later request carries
the token; a revoked device is refused.

Guessing is slowed per client address, never by voiding codes (which would let anyone
on the LAN stop the technician from pairing): after `FREE_WRONG_CODES` wrong codes from
one address, that address waits 2 s, 4 s, 8 s … (up to 5 minutes) before its next try
and is answered `pairing_throttled` (429, `retry_after_s`) meanwhile. The rightful code
still works from any other address. With 6 digits and 10 minutes of validity, one
address gets a few dozen guesses out of a million.

A token once verified is trusted again without a database read for `VERIFIED_FOR`
(`recently_verified`): the request path of a busy kiosk then neither hashes nor queries.
`revoke` here forgets it at once; a revoke by another process (`python -m kiosk.hub
revoke`, its own connection) takes effect within `VERIFIED_FOR`, when the token is next
checked against the database.

Device side (`save_device_file` / `load_device_file`): the token lives in
`<data_dir>/hub-device.json`, readable by its owner only (0600), so after a reboot the
desk or display reconnects by itself with no login.

Thread use: `Pairing` may be used from any thread (its own lock and connection).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import logging
import os
import secrets
import threading
import time
from pathlib import Path
from typing import Any

import sqlite_utils

from kiosk.domain.clock import Clock, SystemClock, to_iso
from kiosk.domain.ids import uuid7
from kiosk.domain.tracking_codes import ThrottlesByKey
from kiosk.store import devices as device_rows
from kiosk.store.database import open_database, transaction
from sync.private_files import make_private_dir

log = logging.getLogger(__name__)

CODE_DIGITS = 6
CODE_VALIDITY = dt.timedelta(minutes=10)
FREE_WRONG_CODES = 3  # per client address; then growing waits (kiosk.domain.tracking_codes.FollowUpThrottle)
MAX_THROTTLED_ADDRESSES = 4096  # memory bound: the oldest address's count is forgotten first
DEVICE_KINDS = ("desk", "display", "kiosk")
DEVICE_FILE = "hub-device.json"
_TOUCH_EVERY_S = 60.0  # last_seen_at is written at most this often per device
VERIFIED_FOR = dt.timedelta(seconds=5)  # a verified token is trusted this long without a database read


class PairingError(Exception):
    """Pairing refused; `code` is an error code of the LAN API (see docs/lan-api.md)."""

    def __init__(self, code: str, message: str, retry_after_s: float | None = None):
        super().__init__(message)
        self.code = code
        self.retry_after_s = retry_after_s  # pairing_throttled: seconds before this address may try again


@dataclasses.dataclass(frozen=True)
class PairingCode:
    code: str  # 6 digits, e.g. "482913"; shown as "482 913"
    expires_at: str

    @property
    def shown(self) -> str:
        return f"{self.code[:3]} {self.code[3:]}"


@dataclasses.dataclass(frozen=True)
class Device:
    id: str
    name: str
    kind: str  # desk | display | kiosk
    paired_at: str
    last_seen_at: str | None = None
    revoked_at: str | None = None


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def normalise_code(text: str) -> str:
    """'482 913', '482-913' → '482913' (what a person types is forgiven its separators)."""
    return "".join(ch for ch in str(text or "") if ch.isdigit())


class Pairing:
    """The hub's paired devices and pairing codes, in the office database."""

    def __init__(self, db: sqlite_utils.Database, clock: Clock | None = None):
        self._db = db
        self._clock = clock or SystemClock()
        self._lock = threading.Lock()
        self._throttles = ThrottlesByKey(self._clock, max_keys=MAX_THROTTLED_ADDRESSES,
                                         free_failures=FREE_WRONG_CODES)
        self._touched: dict[str, float] = {}
        self._verified: dict[str, tuple[Device, dt.datetime]] = {}  # token → device, until when trusted

    @classmethod
    def open(cls, path: Path | str, clock: Clock | None = None) -> Pairing:
        """Its own connection to the office database (WAL: it does not block the Office's)."""
        return cls(open_database(path), clock)

    @classmethod
    def for_office(cls, office) -> Pairing:
        path = office.database_file
        if path is None:  # an in-memory office (a test): devices live as long as the process
            log.warning("office database is in memory: paired devices will not survive a restart")
            return cls(open_database(":memory:"), office.clock)
        return cls.open(path, office.clock)

    def _now(self) -> str:
        return to_iso(self._clock.now())

    # ---- codes ----------------------------------------------------------------------

    def new_pairing_code(self) -> PairingCode:
        """A fresh one-time code for one device, valid CODE_VALIDITY."""
        code = f"{secrets.randbelow(10 ** CODE_DIGITS):0{CODE_DIGITS}d}"
        now = self._clock.now()
        expires = to_iso(now + CODE_VALIDITY)
        with self._lock, transaction(self._db) as conn:
            device_rows.insert_pairing_code(conn, _hash(code), to_iso(now), expires)
        return PairingCode(code, expires)

    def pair(self, code: str, name: str, kind: str, client: str = "") -> tuple[Device, str]:
        """Spend a code: a new device and its token (shown once, stored hashed).

        `client` is the caller's address: its wrong codes slow down only its own next tries.
        """
        name = " ".join(str(name or "").split())
        if not 1 <= len(name) <= 60:
            raise PairingError("bad_request", "a device name is 1 to 60 characters (e.g. \"Guichet 3\")")
        if kind not in DEVICE_KINDS:
            raise PairingError("bad_request", f"kind must be one of {list(DEVICE_KINDS)}")
        code = normalise_code(code)
        token = secrets.token_urlsafe(32)
        device_id = uuid7()
        # Check, spend and count under one lock, so a burst of parallel guesses cannot all slip past the check.
        with self._lock:
            throttle = self._throttles.get(client)
            wait = throttle.retry_after()
            if wait > 0:
                raise PairingError("pairing_throttled", f"too many wrong pairing codes from this computer "
                                                        f"({client or 'unknown address'}): try again in "
                                                        f"{wait:.0f} s", retry_after_s=wait)
            with transaction(self._db) as conn:
                now = self._now()
                ok = len(code) == CODE_DIGITS and device_rows.use_pairing_code(conn, _hash(code), now)
                if ok:
                    device_rows.insert_device(conn, device_id, name, kind, _hash(token), now)
            if not ok:
                throttle.record_failure()
                if throttle.recent_failures() == FREE_WRONG_CODES:
                    log.warning("%d wrong pairing codes from %s: its next tries are slowed down",
                                FREE_WRONG_CODES, client or "an unknown address")
        if not ok:
            raise PairingError("bad_pairing_code", "this pairing code is wrong, used or expired: "
                                                   "ask the hub for a new one")
        log.info("paired %s device %r as %s", kind, name, device_id)
        return Device(device_id, name, kind, now), token

    # ---- devices --------------------------------------------------------------------

    def recently_verified(self, token: str) -> Device | None:
        """The device of a token `authenticate` accepted less than VERIFIED_FOR ago (no database
        read, so the event loop may ask); None: ask `authenticate`."""
        found = self._verified.get(token)
        if found is None or self._clock.now() >= found[1]:
            return None
        return found[0]

    def authenticate(self, token: str | None) -> Device | None:
        """The live device holding this token, or None (unknown or revoked)."""
        if not token:
            return None
        # Read and remember under the lock `revoke` forgets under: a revoke cannot slip in between.
        with self._lock:
            row = device_rows.device_by_token_hash(self._db.conn, _hash(token))
            if row is None or row["revoked_at"]:
                self._verified.pop(token, None)
                return None
            device = Device(**row)
            if len(self._verified) >= MAX_THROTTLED_ADDRESSES:  # a bound, not a policy: devices are few
                self._verified.clear()
            self._verified[token] = (device, self._clock.now() + VERIFIED_FOR)
        last = self._touched.get(device.id, 0.0)
        if time.monotonic() - last > _TOUCH_EVERY_S:
            self._touched[device.id] = time.monotonic()
            try:
                with self._lock, transaction(self._db) as conn:
                    device_rows.touch_device(conn, device.id, self._now())
            except Exception:  # last_seen is a convenience: never refuse a request over it
                log.exception("could not record that device %s was seen", device.id)
        return device

    def devices(self) -> list[Device]:
        with self._lock:
            return [Device(**row) for row in device_rows.all_devices(self._db.conn)]

    def revoke(self, device_id: str) -> bool:
        """Refuse this device from now on; False if no such live device."""
        with self._lock, transaction(self._db) as conn:
            done = device_rows.revoke_device(conn, device_id, self._now())
            for token, (device, _) in list(self._verified.items()):
                if device.id == device_id:
                    del self._verified[token]
        self._touched.pop(device_id, None)
        return done

    def close(self) -> None:
        with self._lock:
            self._db.conn.close()


# ---- the device's side: its stored pairing -------------------------------------------


@dataclasses.dataclass(frozen=True)
class StoredPairing:
    hub_url: str
    device_id: str
    token: str
    name: str = ""
    kind: str = ""


def device_file(data_dir: Path | str) -> Path:
    return Path(data_dir) / DEVICE_FILE


def save_device_file(data_dir: Path | str, pairing: StoredPairing) -> Path:
    """Write the pairing atomically, readable and writable by its owner only (0600)."""
    path = device_file(data_dir)
    make_private_dir(path.parent)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)  # O_CREAT's mode does not apply to a leftover file
        os.write(fd, json.dumps(dataclasses.asdict(pairing), indent=2).encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    return path


def load_device_file(data_dir: Path | str) -> StoredPairing | None:
    """This device's pairing, or None if it has never been paired."""
    path = device_file(data_dir)
    try:
        raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise PairingError("not_paired", f"cannot read {path} ({exc}): pair this device again") from None
    if path.stat().st_mode & 0o077:
        log.warning("%s is readable by other users: fixing its permissions to 0600", path)
        os.chmod(path, 0o600)
    try:
        return StoredPairing(str(raw["hub_url"]), str(raw["device_id"]), str(raw["token"]),
                             str(raw.get("name", "")), str(raw.get("kind", "")))
    except KeyError as exc:
        raise PairingError("not_paired", f"{path} lacks {exc}: pair this device again") from None
