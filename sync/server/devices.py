"""Office devices on the central server: enrolment codes, enrolment, token checks, revocation
and the public keys that check batch files.

`DeviceRegistry` is built by `ServerStore` around its engine (`store.devices`); every method
is one transaction, called from the app's worker threads or the CLI.

Tokens: the server keeps only sha256(token) (`devices.token_hash`). A token is 256 random
bits, so its hash cannot be reversed, and a copy of the database does not let anyone push.
Enrolling a device again (same office, the office sends its `previous_device_id`) keeps
its id, and so its event history and acknowledgements, and replaces the token hash and
the public key: the old token stops working at once. `revoke()` stops a device until it
is enrolled again with a new code.

Verified-device cache: `cached(token)` answers the push and pull paths from memory once a
token has been checked against the database, and those paths check again inside their own
transaction, in the statement they need anyway (`verified_in`, `stale_refusal`): a
revocation or a re-enrolment, by this process, another worker or the CLI, is refused at
the device's next request, and no request pays a separate lookup.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hmac
import logging
import secrets
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement, Engine, and_, select, update
from sqlalchemy.engine import Connection

from sync import protocol as P
from sync.server import db as D
from sync.server.errors import Refused

log = logging.getLogger(__name__)

_ENROL_AGAIN = ("Enrol the device again: ask the central operator for a new code (maktab-server enroll-code "
                "--office CODE), then on the office machine run: maktab-sync enroll --force --server URL --code CODE")


@dataclasses.dataclass(frozen=True)
class Device:
    id: str
    office_code: str
    name: str
    token_hash: str
    last_seen_at: str | None = None
    public_key: str | None = None  # hex Ed25519 key of its batch files; None: not registered yet
    revoked_at: str | None = None


_DEVICE_COLUMNS = (D.devices.c.id, D.devices.c.office_code, D.devices.c.name, D.devices.c.token_hash,
                   D.devices.c.last_seen_at, D.devices.c.public_key, D.devices.c.revoked_at)


def require_office(conn: Connection, code: str) -> str:
    """The office's name, or Refused (404) saying how to add it."""
    name = conn.execute(select(D.offices.c.name).where(D.offices.c.code == code)).scalar()
    if name is None:
        raise Refused(f"office {code!r} does not exist; add it first with: maktab-server office add {code} "
                      "--name NAME", "not_found", 404)
    return name


#: Devices kept by `cached` (one entry per enrolled device; emptied when full, never stale for long).
CACHE_LIMIT = 20_000


class DeviceRegistry:
    def __init__(self, engine: Engine, read: Callable[[], Connection]):
        self.engine = engine
        self._read = read
        self._verified: dict[str, Device] = {}  # token hash → device, as last read from the database
        self._verified_lock = threading.Lock()

    # ------------------------------------------------------------------ enrolment

    def new_enroll_code(self, office_code: str, ttl_hours: float = 72) -> tuple[str, str]:
        """A one-time enrolment code for the office, and its expiry time."""
        with self.engine.begin() as conn:
            return issue_enroll_code(conn, office_code, ttl_hours)

    def enroll(self, code: str, device_name: str, *, public_key: str | None = None,
               previous_device_id: str | None = None) -> P.EnrollResponse:
        """Spend a one-time code: a new device, or the office's `previous_device_id` with a new token."""
        normalized = P.normalize_enroll_code(code)
        now = P.utc_now_iso()
        device_id = f"dev-{secrets.token_hex(8)}"
        token = P.new_token()
        with self.engine.begin() as conn:
            # One statement claims the code: two devices racing for it cannot both win.
            claimed = conn.execute(
                update(D.enroll_codes)
                .where(D.enroll_codes.c.code_hash == P.token_hash(normalized),
                       D.enroll_codes.c.used_at.is_(None), D.enroll_codes.c.expires_at > now)
                .values(used_at=now, device_id=device_id)
                .returning(D.enroll_codes.c.office_code)
            ).scalar()
            if claimed is None:
                raise Refused("this enrolment code is unknown, already used or expired. Ask the central "
                              "operator for a new one (maktab-server enroll-code --office CODE).",
                              "invalid_code", 403)
            office_name = require_office(conn, claimed)
            values = {"office_code": claimed, "name": device_name[:100], "token_hash": P.token_hash(token),
                      "public_key": public_key, "enrolled_at": now, "last_seen_at": now, "revoked_at": None}
            # The code was issued for this office, so its holder may renew one of the office's
            # devices; a device of another office (or unknown here) is never touched.
            renewed = previous_device_id is not None and conn.execute(
                update(D.devices).where(D.devices.c.id == previous_device_id, D.devices.c.office_code == claimed)
                .values(**values)).rowcount == 1
            if renewed:
                assert previous_device_id is not None
                device_id = previous_device_id
                conn.execute(update(D.enroll_codes).where(D.enroll_codes.c.code_hash == P.token_hash(normalized))
                             .values(device_id=device_id))
            else:
                conn.execute(D.devices.insert().values(id=device_id, **values))
        self.forget(device_id)
        log.info("%s device %s (%s) for office %s", "re-enrolled (old token retired)" if renewed else "enrolled",
                 device_id, device_name, claimed)
        return P.EnrollResponse(device_id, claimed, office_name, token, now, public_key)

    # ------------------------------------------------------------------ tokens

    def authenticate(self, token: str) -> Device:
        """The device of a bearer token, or Refused (401) saying whether it is unknown or revoked."""
        digest = P.token_hash(token)
        with self._read() as conn:
            row = conn.execute(select(*_DEVICE_COLUMNS).where(D.devices.c.token_hash == digest)).first()
        # The lookup compares hashes of a 256-bit secret, which tells a guesser nothing; the
        # constant-time check makes sure that only an exact match of the full hash is accepted.
        if row is None or not hmac.compare_digest(row.token_hash, digest):
            raise Refused("this device token is unknown (never issued by this server, or replaced when the "
                          f"device was enrolled again). {_ENROL_AGAIN}", "unauthorized", 401)
        if row.revoked_at is not None:
            raise Refused(f"this device ({row.id}) was revoked by the central operator on {row.revoked_at}; it "
                          f"can no longer push or pull. {_ENROL_AGAIN}", "revoked", 401)
        return Device(*row)

    def cached(self, token: str) -> Device | None:
        """The device of a token already verified by this process, or None: then `authenticate`.
        The caller must check it again in its transaction (`verified_in`)."""
        return self._verified.get(P.token_hash(token))

    def authenticate_and_cache(self, token: str) -> Device:
        device = self.authenticate(token)
        with self._verified_lock:
            if len(self._verified) >= CACHE_LIMIT:
                self._verified.clear()
            self._verified[device.token_hash] = device
        return device

    def forget(self, device_id: str) -> None:
        """Drop the device from this process's cache (revoked, re-enrolled, or found stale)."""
        with self._verified_lock:
            for digest in [h for h, d in self._verified.items() if d.id == device_id]:
                del self._verified[digest]

    def stale_refusal(self, conn: Connection, device: Device) -> Refused:
        """Why `device` (as cached) may no longer push or pull: revoked, or its token replaced."""
        self.forget(device.id)
        revoked_at = conn.execute(select(D.devices.c.revoked_at).where(
            D.devices.c.id == device.id, D.devices.c.token_hash == device.token_hash)).scalar()
        if revoked_at is not None:
            return Refused(f"this device ({device.id}) was revoked by the central operator on {revoked_at}; it "
                           f"can no longer push or pull. {_ENROL_AGAIN}", "revoked", 401)
        return Refused("this device token is unknown (never issued by this server, or replaced when the "
                       f"device was enrolled again). {_ENROL_AGAIN}", "unauthorized", 401)

    def for_token(self, token: str) -> Device | None:
        try:
            return self.authenticate(token)
        except Refused:
            return None

    def get(self, device_id: str) -> Device | None:
        """The device with this id, revoked or not."""
        with self._read() as conn:
            row = conn.execute(select(*_DEVICE_COLUMNS).where(D.devices.c.id == device_id)).first()
        return Device(*row) if row else None

    # ------------------------------------------------------------------ keys

    def register_key(self, device: Device, public_key: str) -> bool:
        """Record the batch-file key of a device enrolled without one; True if it was new.

        Only a first key is accepted this way: replacing a key takes a new enrolment code, so
        a copied token alone cannot swap the key that vouches for the device's files.
        """
        with self.engine.begin() as conn:
            current = conn.execute(select(D.devices.c.public_key).where(D.devices.c.id == device.id)).scalar()
            if current == public_key:
                return False  # a retry whose first answer was lost
            if current is not None:
                raise Refused(f"device {device.id} already has another signing key; only a new enrolment "
                              f"replaces it. {_ENROL_AGAIN}", "key_exists", 409)
            done = conn.execute(update(D.devices)
                                .where(D.devices.c.id == device.id, D.devices.c.public_key.is_(None))
                                .values(public_key=public_key)).rowcount
        if not done:  # another request registered a key in between: decide again against it
            return self.register_key(device, public_key)
        log.info("device %s registered its batch-file signing key", device.id)
        return True

    # ------------------------------------------------------------------ operator

    def list(self, office_code: str | None = None) -> list[dict[str, Any]]:
        """Every device (revoked ones too), by office then enrolment time."""
        c = D.devices.c
        q = (select(c.id, c.office_code, c.name, c.enrolled_at, c.last_seen_at, c.revoked_at, c.public_key)
             .order_by(c.office_code, c.enrolled_at, c.id))
        if office_code:
            q = q.where(c.office_code == office_code)
        with self._read() as conn:
            rows = conn.execute(q).all()
        return [{"id": r.id, "office_code": r.office_code, "name": r.name, "enrolled_at": r.enrolled_at,
                 "last_seen_at": r.last_seen_at, "revoked_at": r.revoked_at,
                 "signing_key": r.public_key is not None} for r in rows]

    def revoke(self, device_id: str) -> dict[str, Any]:
        """Stop a device: its token is refused (401 `revoked`) until it is enrolled again."""
        with self.engine.begin() as conn:
            done = revoke_device(conn, device_id)
        self.forget(device_id)
        return done


# ---------------------------------------------------------------------------- in the caller's transaction
# (the back office's audited functions, sync/server/device_admin.py, write their audit row beside them)


def issue_enroll_code(conn: Connection, office_code: str, ttl_hours: float = 72) -> tuple[str, str]:
    """A one-time enrolment code for the office (only its hash is kept), and its expiry time."""
    if isinstance(ttl_hours, bool) or not isinstance(ttl_hours, (int, float)) or not 0 < ttl_hours <= 24 * 365:
        raise Refused("--ttl-hours must be more than 0 and at most 8760 (a year)", "invalid_request", 422)
    code = P.new_enroll_code()
    now = P.utc_now()
    expires = P.format_time(now + dt.timedelta(hours=ttl_hours))
    require_office(conn, office_code)
    conn.execute(D.enroll_codes.insert().values(
        code_hash=P.token_hash(P.normalize_enroll_code(code)), office_code=office_code,
        created_at=P.format_time(now), expires_at=expires))
    return code, expires


def still_valid(device: Device) -> ColumnElement[bool]:
    """The device's row as long as its token is the one cached and it is not revoked: the check
    the push and pull paths make inside their own statements."""
    c = D.devices.c
    return and_(c.id == device.id, c.token_hash == device.token_hash, c.revoked_at.is_(None))


def revoke_device(conn: Connection, device_id: str) -> dict[str, Any]:
    """Mark the device revoked (once): {id, office_code, revoked_at, already_revoked}."""
    c = D.devices.c
    now = P.utc_now_iso()
    row = conn.execute(select(c.office_code, c.revoked_at).where(c.id == device_id)).first()
    if row is None:
        raise Refused(f"no device {device_id!r} on this server; see the ids with: maktab-server device list",
                      "not_found", 404)
    if row.revoked_at is None:
        conn.execute(update(D.devices).where(c.id == device_id).values(revoked_at=now))
        log.info("device %s revoked", device_id)
    return {"id": device_id, "office_code": row.office_code, "revoked_at": row.revoked_at or now,
            "already_revoked": row.revoked_at is not None}


__all__ = ["Device", "DeviceRegistry", "issue_enroll_code", "require_office", "revoke_device", "still_valid"]
