"""Office devices in the back office: list, revoke, new enrolment codes — within the user's scope, audited.

    DeviceAdmin(engine, registry)                       `store.device_admin`
        .list(user, office_code=None)                   devices of one office, or of every office the user sees
        .revoke(user, device_id)                        stop a device at once (its token gets 401 `revoked`)
        .new_enroll_code(user, office_code, ttl_hours)  a one-time code, shown once (only its hash is kept)

Who: anyone who sees an office sees its devices (agents too); revoking and enrolment codes
take a supervisor of the office's commune or an administrator. A device of an office the
user does not see is "not found", like an unknown id. The work itself is `DeviceRegistry`'s
(sync/server/devices.py); this module adds the scope and the audit row, in the same
transaction. The CLI calls these as `COMMAND_LINE`. App worker threads or the CLI.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select

from sync.server import audit
from sync.server import db as D
from sync.server.devices import DeviceRegistry, issue_enroll_code, revoke_device
from sync.server.errors import Refused
from sync.server.offices import require_runs, visible_office
from sync.server.staff import StaffUser


class DeviceAdmin:
    def __init__(self, engine: Engine, registry: DeviceRegistry):
        self.engine = engine
        self.registry = registry

    def list(self, user: StaffUser, office_code: str | None = None) -> list[dict[str, Any]]:
        """Devices (revoked ones too) by office then enrolment: id, office_code, name, enrolled_at,
        last_seen_at, revoked_at, signing_key."""
        if office_code is not None:
            with D.read_only(self.engine) as conn:
                visible_office(conn, user, office_code)
        return [d for d in self.registry.list(office_code) if user.sees_office(d["office_code"])]

    def revoke(self, user: StaffUser, device_id: str) -> dict[str, Any]:
        """Revoke a device: {id, office_code, revoked_at, already_revoked}."""
        with self.engine.begin() as conn:
            office_code = conn.execute(select(D.devices.c.office_code).where(D.devices.c.id == device_id)).scalar()
            if office_code is None and user.offices is None:
                revoke_device(conn, device_id)  # refuses, telling whoever sees every office where the ids are
            if office_code is None or not user.sees_office(office_code):
                raise Refused(f"no device {device_id!r} among the devices you can see; check the id in the "
                              "office's device list", "not_found", 404)
            require_runs(user, visible_office(conn, user, office_code), "revoke devices")
            done = revoke_device(conn, device_id)
            audit.record(conn, user.username, "device.revoke", device_id,
                         {"office_code": office_code, "already_revoked": done["already_revoked"]})
        self.registry.forget(device_id)  # this process's cache; the others find out at the next request
        return done

    def new_enroll_code(self, user: StaffUser, office_code: str, ttl_hours: float = 72) -> tuple[str, str]:
        """A one-time enrolment code for the office and its expiry. The code is returned once and
        never stored nor audited in clear (only its hash is kept)."""
        with self.engine.begin() as conn:
            require_runs(user, visible_office(conn, user, office_code), "create enrolment codes")
            code, expires = issue_enroll_code(conn, office_code, ttl_hours)
            audit.record(conn, user.username, "device.enroll_code", office_code, {"expires_at": expires})
        return code, expires


__all__ = ["DeviceAdmin"]
