"""Staff accounts, PIN log-in with lockout, sessions and the audit of who did what.

PINs are hashed with argon2, at the cost the office is opened with (`security.pin_hash_cost`:
"strong" everywhere but in automated tests; a hash carries its own parameters, so a PIN
hashed at one cost is still checked at another). After MAX_FAILED_PINS wrong PINs in a
row the account is locked for LOCKOUT; `maktab staff unlock NAME` (or `staff reset-pin`)
unlocks it sooner. When a lock ends, the count starts again from zero: one wrong PIN after
it does not lock the account again. Lockouts and unlocks are written to the hash-chained
audit log.

`StaffService` is the office's staff part, built around the shared `UnitOfWork`;
`session()` is what every other part asks to know who acts.

Thread use: any thread, under the office lock.
"""
from __future__ import annotations

import dataclasses
import hashlib
import secrets
from types import ModuleType
from typing import Any

from kiosk.domain.clock import from_iso, to_iso
from kiosk.domain.ids import uuid7
from kiosk.domain.staff import (
    LOCKOUT,
    MAX_FAILED_PINS,
    SESSION_LENGTH,
    Permission,
    Role,
    can,
    name_problem,
    pin_problem,
)
from kiosk.office.errors import BadLogin, InvalidInput, Locked, NotAllowed, NotFound, NotLoggedIn
from kiosk.office.unit_of_work import UnitOfWork
from kiosk.store import staff as staff_rows

_hashers: dict[str, Any] = {}  # pin_hash_cost → argon2.PasswordHasher


def _argon2(cost: str = "strong") -> tuple[ModuleType, Any]:
    """argon2 and a shared hasher for `cost`, loaded with the first PIN (not at kiosk start-up)."""
    import argon2

    if cost not in _hashers:
        # "strong": RFC 9106's second recommendation (argon2id, 64 MiB, 3 passes), argon2-cffi's
        # default; "test": its cheapest parameters (8 KiB, 1 pass), for automated tests only.
        profiles = {"strong": argon2.profiles.RFC_9106_LOW_MEMORY, "test": argon2.profiles.CHEAPEST}
        if cost not in profiles:
            raise ValueError(f"unknown PIN hash cost {cost!r}; expected one of {sorted(profiles)}")
        _hashers[cost] = argon2.PasswordHasher.from_parameters(profiles[cost])
    return argon2, _hashers[cost]


@dataclasses.dataclass(frozen=True)
class StaffSession:
    token: str
    staff_id: str
    name: str
    role: str
    expires_at: str

    def can(self, permission: Permission) -> bool:
        return can(self.role, permission)

    def public(self) -> dict[str, Any]:
        return {"staff_id": self.staff_id, "name": self.name, "role": self.role, "expires_at": self.expires_at}


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class StaffService:
    """Staff accounts, log-in and sessions; `pin_hash_cost` is argon2's cost of new PIN hashes."""

    def __init__(self, work: UnitOfWork, pin_hash_cost: str = "strong"):
        self._work = work
        self._pin_hash_cost = pin_hash_cost

    def add_staff(self, name: str, role: str, pin: str) -> dict[str, Any]:

        name = (name or "").strip()
        for problem in (name_problem(name), pin_problem(pin)):
            if problem:
                raise InvalidInput("bad_staff", problem)
        try:
            role = Role(role).value
        except ValueError:
            raise InvalidInput("bad_staff", f"role must be one of {[r.value for r in Role]}") from None
        pin_hash = _argon2(self._pin_hash_cost)[1].hash(pin)
        with self._work.write() as conn:
            if staff_rows.staff_by_name(conn, name):
                raise InvalidInput("bad_staff", f"a staff member named {name!r} already exists")
            staff_id = uuid7()
            at = to_iso(self._work.clock.now())
            staff_rows.insert_staff(conn, staff_id, name, role, pin_hash, at)
            staff_rows.append_audit(conn, at, None, None, "staff.added", {"staff_id": staff_id, "name": name,
                                                                           "role": role})
        return {"id": staff_id, "name": name, "role": role}

    def list_staff(self) -> list[dict[str, Any]]:
        with self._work.read() as conn:
            return staff_rows.all_staff(conn)

    def reset_pin(self, name: str, pin: str) -> None:

        problem = pin_problem(pin)
        if problem:
            raise InvalidInput("bad_staff", problem)
        pin_hash = _argon2(self._pin_hash_cost)[1].hash(pin)
        with self._work.write() as conn:
            member = staff_rows.staff_by_name(conn, name)
            if member is None:
                raise NotFound("unknown_staff", f"no staff member named {name!r}")
            staff_rows.set_pin(conn, member["id"], pin_hash)
            staff_rows.append_audit(conn, to_iso(self._work.clock.now()), None, None, "staff.pin_reset",
                                    {"staff_id": member["id"]})

    def unlock_staff(self, name: str) -> str | None:
        """Unlock an account now and forget its wrong PINs; returns when the lock would have
        ended (None: it was not locked). Audited as `staff.unlocked`."""

        with self._work.write() as conn:
            member = staff_rows.staff_by_name(conn, (name or "").strip())
            if member is None:
                raise NotFound("unknown_staff", f"no staff member named {name!r}")
            now = self._work.clock.now()
            locked_until = member["locked_until"]
            was_locked = locked_until if locked_until and from_iso(locked_until) > now else None
            staff_rows.reset_failures(conn, member["id"])
            staff_rows.append_audit(conn, to_iso(now), None, None, "staff.unlocked",
                                    {"staff_id": member["id"], "name": member["name"], "was_locked_until": was_locked,
                                     "failures": member["failed_attempts"]})
        return was_locked

    def login(self, name: str, pin: str) -> StaffSession:
        """A session for a staff member; wrong PINs count towards a lockout."""

        with self._work.lock:
            now = self._work.clock.now()
            member = staff_rows.staff_by_name(self._work.db.conn, (name or "").strip())
            if member is None or not member["active"]:
                raise BadLogin("bad_login", "unknown name or wrong PIN")
            if member["locked_until"] and from_iso(member["locked_until"]) > now:
                raise Locked("locked", f"too many wrong PINs: locked until {member['locked_until']}; "
                                            "a supervisor can unlock it (maktab staff unlock NAME)")
            argon2, hasher = _argon2(self._pin_hash_cost)
            try:
                hasher.verify(member["pin_hash"], pin or "")
                ok = True
            except (argon2.exceptions.VerifyMismatchError, argon2.exceptions.InvalidHashError):
                ok = False
            locked: str | None = None
            with self._work.write() as conn:
                at = to_iso(now)
                if not ok:
                    # A lock that has ended wipes the slate: the count starts again from zero.
                    failures = 1 if member["locked_until"] else member["failed_attempts"] + 1
                    locked = to_iso(now + LOCKOUT) if failures >= MAX_FAILED_PINS else None
                    staff_rows.record_failed_pin(conn, member["id"], failures, locked)
                    staff_rows.append_audit(conn, at, member["id"], member["name"], "staff.login_failed",
                                            {"failures": failures, "locked": bool(locked)})
                    if locked:
                        staff_rows.append_audit(conn, at, member["id"], member["name"], "staff.locked",
                                                {"until": locked, "failures": failures})
                else:
                    token = secrets.token_urlsafe(32)
                    expires = to_iso(now + SESSION_LENGTH)
                    staff_rows.reset_failures(conn, member["id"])
                    staff_rows.insert_session(conn, token_hash(token), member["id"], at, expires)
                    staff_rows.append_audit(conn, at, member["id"], member["name"], "staff.login", {})
            if not ok:
                if locked:
                    raise Locked("locked", "too many wrong PINs: this account is locked for "
                                                f"{int(LOCKOUT.total_seconds() // 60)} minutes")
                raise BadLogin("bad_login", "unknown name or wrong PIN")
            return StaffSession(token, member["id"], member["name"], member["role"], expires)

    def logout(self, token: str) -> None:
        with self._work.write() as conn:
            staff = staff_rows.session_staff(conn, token_hash(token), to_iso(self._work.clock.now()))
            staff_rows.end_session(conn, token_hash(token), to_iso(self._work.clock.now()))
            if staff:
                staff_rows.append_audit(conn, to_iso(self._work.clock.now()), staff["id"], staff["name"],
                                        "staff.logout", {})

    def session(self, token: str, permission: Permission | None = None) -> StaffSession:
        """The live session for `token`, or OfficeError('not_logged_in' / 'forbidden')."""

        with self._work.read() as conn:
            staff = staff_rows.session_staff(conn, token_hash(token or ""), to_iso(self._work.clock.now()))
        if staff is None:
            raise NotLoggedIn("not_logged_in", "no valid staff session: log in with your PIN")
        session = StaffSession(token, staff["id"], staff["name"], staff["role"], staff["expires_at"])
        if permission and not session.can(permission):
            raise NotAllowed("forbidden", f"the {session.role} role may not do this ({permission.value})")
        return session

    def verify_audit(self) -> int | None:
        with self._work.read() as conn:
            return staff_rows.verify_audit_chain(conn)
