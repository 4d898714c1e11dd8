"""Offices as the back office sees them: who may see which, their state as last reported, their commune.

    OfficeAdmin(engine)                     `store.office_admin`
        .list(user, commune=, stale_only=,  the offices the user sees, each with its last sync, devices,
              after=, limit=)               last status report (backlog, version, printer, help requests)
                                            and whether it is stale (no sync for STALE_AFTER); by code,
                                            a page of `limit` after the code `after` (keyset)
        .communes(user)                     the communes of the offices the user sees (for filters)
        .get(user, code)                    one of them (404 when the user does not see it)
        .add(user, code, name, commune=)    add or rename an office (administrators)
        .set_commune(user, code, commune)   move an office to a commune, or out of any (administrators)

    visible_office(conn, user, code)        the office's row, or Refused 404 (also for an office the user
                                            does not see: nobody learns it exists)
    require_runs(user, office, doing)       Refused 403 unless the user runs the office's commune

The scope rules of every back-office function that acts on an office (devices, catalogue,
announcements) are the two functions above. Every change is audited in its own
transaction (sync/server/audit.py). The CLI calls the same functions as `COMMAND_LINE`.
Called from the app's worker threads or the CLI; each method is one transaction.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine, case, func, or_, select, update
from sqlalchemy.engine import Connection, Row

from sync import protocol as P
from sync.server import audit
from sync.server import db as D
from sync.server.devices import require_office
from sync.server.errors import Refused
from sync.server.form_errors import N_, InvalidField
from sync.server.office_reports import office_reports
from sync.server.staff import StaffUser

MAX_COMMUNE = 100
#: An office none of whose devices pushed or pulled for this long is marked in the office list.
STALE_AFTER = dt.timedelta(days=1)

_REPORT_FIELDS = ("backlog", "version", "printer", "help_requests", "reported_at", "received_at", "services_at")


def visible_office(conn: Connection, user: StaffUser, code: str) -> Row[Any, Any, Any]:
    """(code, name, commune) of an office the user sees, else Refused 404 — the same answer as
    for an office that does not exist."""
    row = conn.execute(select(D.offices.c.code, D.offices.c.name, D.offices.c.commune)
                       .where(D.offices.c.code == code)).first()
    if row is None and user.offices is None:
        require_office(conn, code)  # whoever sees every office is told how to add it
    if row is None or not user.sees_office(code):
        raise Refused(f"no office {code!r} among the offices you can see; check the code in the office list",
                      "not_found", 404)
    return row


def require_runs(user: StaffUser, office: Row[Any, Any, Any], doing: str) -> None:
    """Refused 403 unless the user is an administrator or a supervisor of the office's commune."""
    if not user.runs_commune(office.commune):
        whose = f"commune {office.commune}" if office.commune else "this office (it has no commune yet)"
        raise Refused(f"you may not {doing} for office {office.code}: only a supervisor of {whose} or an "
                      "administrator may; ask one of them", "forbidden", 403)


def require_admin(user: StaffUser, doing: str) -> None:
    if not user.is_admin:
        raise Refused(f"only an administrator may {doing}; ask one", "forbidden", 403)


def clean_commune(commune: str | None) -> str | None:
    """A commune name as stored (None: no commune), or Refused naming the field."""
    if commune is None or not commune.strip():
        return None
    commune = " ".join(commune.split())
    if len(commune) > MAX_COMMUNE:
        raise InvalidField("commune", N_("at most {max} characters, got {count}"),
                           {"max": MAX_COMMUNE, "count": len(commune)})
    return commune


class OfficeAdmin:
    def __init__(self, engine: Engine):
        self.engine = engine

    def list(self, user: StaffUser, *, commune: str | None = None, stale_only: bool = False,
             after: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """The offices the user sees, by code: code, name, commune, created_at, last_sync_at (the
        latest time one of its devices pushed or pulled), devices (not revoked), days_since_sync
        (whole days; None: never synced), stale (no sync for STALE_AFTER, or never), and from its
        last report (None when it never reported): backlog, version, printer, help_requests,
        reported_at (office clock), received_at (server clock).

        Filters: `commune` (exact name), `stale_only`; a page: the first `limit` offices whose
        code comes after `after` (ask for limit + 1 to know whether there is a next page)."""
        now = P.utc_now()
        q = self._query(user)
        if commune:
            q = q.where(D.offices.c.commune == commune)
        if stale_only:
            last_sync = q.selected_columns.last_sync_at
            q = q.where(or_(last_sync.is_(None), last_sync < P.format_time(now - STALE_AFTER)))
        if after:
            q = q.where(D.offices.c.code > after)
        if limit is not None:
            q = q.limit(limit)
        with D.read_only(self.engine) as conn:
            return [self._row(r, now) for r in conn.execute(q)]

    def names(self, user: StaffUser) -> Sequence[dict[str, Any]]:
        """code, name and commune of each office the user sees, by code: for the pages' office
        pickers, which need no sync state (an administrator's 1,541 offices in a few milliseconds)."""
        o = D.offices.c
        q = select(o.code, o.name, o.commune).order_by(o.code)
        if user.offices is not None:
            q = q.where(o.code.in_(sorted(user.offices)))
        with D.read_only(self.engine) as conn:
            return [dict(row._mapping) for row in conn.execute(q)]

    def communes(self, user: StaffUser) -> Sequence[str]:
        """The communes of the offices the user sees, by name."""
        o = D.offices.c
        q = select(o.commune).where(o.commune.is_not(None)).distinct().order_by(o.commune)
        if user.offices is not None:
            q = q.where(o.code.in_(sorted(user.offices)))
        with D.read_only(self.engine) as conn:
            return list(conn.execute(q).scalars())

    def get(self, user: StaffUser, code: str) -> dict[str, Any]:
        """One office as in `list`, or Refused 404 if the user does not see it."""
        with D.read_only(self.engine) as conn:
            visible_office(conn, user, code)
            row = conn.execute(self._query(user).where(D.offices.c.code == code)).one()
            return self._row(row, P.utc_now())

    def add(self, user: StaffUser, code: str, name: str, commune: str | None = None) -> dict[str, Any]:
        """Add an office, or rename it (and set its commune when one is given). Administrators."""
        require_admin(user, "add or rename offices")
        P.validate_office_code(code)
        name = " ".join((name or "").split())
        if not name:
            raise Refused("name: the office needs a name (e.g. --name 'APC Bab El Oued')", "invalid_request", 422)
        if len(name) > 200:
            raise Refused(f"name: at most 200 characters, got {len(name)}", "invalid_request", 422)
        clean = clean_commune(commune)
        values: dict[str, Any] = {"name": name}
        if clean is not None:
            values["commune"] = clean
        with self.engine.begin() as conn:
            added = conn.execute(D.insert_for(conn, D.offices).values(code=code, created_at=P.utc_now_iso(),
                                                                      **values)
                                 .on_conflict_do_nothing().returning(D.offices.c.code)).scalar() is not None
            if not added:
                conn.execute(update(D.offices).where(D.offices.c.code == code).values(**values))
            audit.record(conn, user.username, "office.add" if added else "office.update", code, values)
        return {"code": code, **values, "added": added}

    def set_commune(self, user: StaffUser, code: str, commune: str | None) -> dict[str, Any]:
        """Put the office in a commune (its supervisors then run it); None or blank: in none."""
        with self.engine.begin() as conn:
            office = visible_office(conn, user, code)
            require_admin(user, "change an office's commune")
            clean = clean_commune(commune)
            conn.execute(update(D.offices).where(D.offices.c.code == code).values(commune=clean))
            audit.record(conn, user.username, "office.commune", code, {"from": office.commune, "to": clean})
        return {"code": code, "commune": clean, "previous": office.commune}

    # ------------------------------------------------------------------ the one query

    @staticmethod
    def _query(user: StaffUser):
        o, d, r = D.offices.c, D.devices.c, office_reports.c
        devices = (select(d.office_code, func.max(d.last_seen_at).label("last_sync_at"),
                          func.sum(case((d.revoked_at.is_(None), 1), else_=0)).label("devices"))
                   .group_by(d.office_code).subquery())
        q = (select(o.code, o.name, o.commune, o.created_at, devices.c.last_sync_at, devices.c.devices,
                    *(getattr(r, f) for f in _REPORT_FIELDS))
             .select_from(D.offices.outerjoin(devices, devices.c.office_code == o.code)
                          .outerjoin(office_reports, r.office_code == o.code))
             .order_by(o.code))
        if user.offices is not None:
            q = q.where(o.code.in_(sorted(user.offices)))
        return q

    @staticmethod
    def _row(row: Row[Any, Any, Any], now: dt.datetime) -> dict[str, Any]:
        out = dict(row._mapping)
        out["devices"] = int(out["devices"] or 0)
        last_sync = P.parse_time(out["last_sync_at"]) if out["last_sync_at"] else None
        out["days_since_sync"] = None if last_sync is None else max(0, (now - last_sync).days)
        out["stale"] = last_sync is None or now - last_sync > STALE_AFTER
        return out


__all__ = ["STALE_AFTER", "OfficeAdmin", "clean_commune", "require_admin", "require_runs", "visible_office"]
