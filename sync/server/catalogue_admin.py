"""Catalogue changes and announcements from the back office (and the CLI): scoped, audited, and read back.

    CatalogueAdmin(engine)                                   `store.catalogue_admin`
        .announce(user, texts, office_code)                  an announcement for one office, or every office (None)
        .set_catalogue_service(user, code, office_code, …)   open/close a service, change its minutes or names
        .catalogue_view(user, office_code)                   the office's services as the server knows them
        .announcements(user, office_code, limit=)            its announcements, newest first, the current one marked

Who: a supervisor for the offices of their communes, an administrator for any office and
for "every office" (office_code None). Reading is open to whoever sees the office. The
checks of what is published are `sync/server/updates.py`'s (`announcement_data`,
`catalogue_service_data`), so the CLI (`announce`, `catalogue set`, acting as
`COMMAND_LINE`) and the web have one rule and one stored effect: an update offices pull.
App worker threads or the CLI; each method is one transaction.
"""
from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import Engine, or_, select
from sqlalchemy.engine import Connection

from sync import protocol as P
from sync.server import audit
from sync.server import db as D
from sync.server.office_reports import latest_reports
from sync.server.offices import require_admin, require_runs, visible_office
from sync.server.staff import StaffUser
from sync.server.updates import add_update, announcement_data, catalogue_service_data

#: The office's own announcement events (kiosk/office/desk.py), pushed like any event.
OFFICE_ANNOUNCEMENT_EVENT = "announcement.set"
EVERY_OFFICE = "*"  # the audit target of a change for every office


class CatalogueAdmin:
    def __init__(self, engine: Engine):
        self.engine = engine

    # ------------------------------------------------------------------ changes

    def announce(self, user: StaffUser, texts: Mapping[str, str], office_code: str | None) -> P.Update:
        """Queue an announcement (texts per language, or "default") for one office or every office."""
        with self.engine.begin() as conn:
            self._may_change(conn, user, office_code, "send announcements")
            data = announcement_data(texts)
            upd = add_update(conn, P.UPDATE_ANNOUNCEMENT, data, office_code)
            audit.record(conn, user.username, "announcement", office_code or EVERY_OFFICE,
                         {"cursor": upd.cursor, **data})
        return upd

    def set_catalogue_service(self, user: StaffUser, code: str, office_code: str | None, *,
                              active: bool | None = None, minutes: float | None = None,
                              names: Mapping[str, str] | None = None) -> P.Update:
        """Queue a `catalogue.service` change with only the given fields; an office without the
        service code ignores it."""
        with self.engine.begin() as conn:
            self._may_change(conn, user, office_code, "change the catalogue")
            data = catalogue_service_data(code, active=active, minutes=minutes, names=names)
            upd = add_update(conn, P.UPDATE_CATALOGUE_SERVICE, data, office_code)
            audit.record(conn, user.username, "catalogue.set", office_code or EVERY_OFFICE,
                         {"cursor": upd.cursor, **data})
        return upd

    @staticmethod
    def _may_change(conn: Connection, user: StaffUser, office_code: str | None, doing: str) -> None:
        if office_code is None:
            require_admin(user, f"{doing} for every office; choose an office")
        else:
            require_runs(user, visible_office(conn, user, office_code), doing)

    # ------------------------------------------------------------------ reading

    def catalogue_view(self, user: StaffUser, office_code: str | None) -> dict[str, Any]:
        """The office's services as the server knows them: {office_code, reported_at, services}.

        The server does not hold the office's own catalogue (its embedded defaults and its
        catalogue.toml) unless the office reported it with a push (`office_status.services`,
        then `reported_at` is its time). Each service is {code, names, active, minutes,
        reported, central, central_at}: the reported values, with the central changes
        (`catalogue.service` updates for this office and for every office) made after that
        report folded on top; `central` holds those changes (None: none). A service known
        only from central changes has just the fields they set. office_code None: the changes
        made for every office.
        """
        with D.read_only(self.engine) as conn:
            if office_code is not None:
                visible_office(conn, user, office_code)
            report = latest_reports(conn, [office_code]).get(office_code) if office_code else None
            reported_at = report["services_at"] if report and report["services"] is not None else None
            services: dict[str, dict[str, Any]] = {}
            for s in (report or {}).get("services") or []:
                services[s["code"]] = {**s, "reported": True, "central": None, "central_at": None}
            for cursor_at, data, _ in self._updates(conn, P.UPDATE_CATALOGUE_SERVICE, office_code):
                if reported_at is not None and P.parse_time(cursor_at) <= P.parse_time(reported_at):
                    continue  # the office had it when it reported (or ignored it): the report says the outcome
                entry = services.setdefault(data["code"], {"code": data["code"], "names": {}, "reported": False,
                                                           "central": None, "central_at": None})
                central = {**(entry["central"] or {}), **{k: v for k, v in data.items() if k != "code"}}
                entry.update(central=central, central_at=cursor_at)
                if "names" in data:
                    entry["names"] = {**entry.get("names", {}), **data["names"]}
                entry.update({k: data[k] for k in ("active", "minutes") if k in data})
        return {"office_code": office_code, "reported_at": reported_at, "services": list(services.values())}

    def announcements(self, user: StaffUser, office_code: str | None, limit: int = 50) -> list[dict[str, Any]]:
        """Announcements shown at the office, newest first: {id, texts, at, source, by, current}.

        source: "central" (for this office), "central_all" (for every office) or "office" (set
        at the office's desk, known once pushed). `current` marks the newest one: the one the
        office's screens show (an office replaces its announcement with each new one).
        """
        with D.read_only(self.engine) as conn:
            if office_code is not None:
                visible_office(conn, user, office_code)
            found: list[dict[str, Any]] = []
            for cursor_at, data, target in self._updates(conn, P.UPDATE_ANNOUNCEMENT, office_code):
                found.append({"id": data.get("id"), "texts": data.get("texts", {}), "at": cursor_at,
                              "source": "central_all" if target is None else "central", "by": None})
            if office_code is not None:
                e = D.events.c
                rows = conn.execute(select(e.event_id, e.occurred_at, e.payload)
                                    .where(e.office_code == office_code, e.type == OFFICE_ANNOUNCEMENT_EVENT))
                for row in rows:
                    payload = json.loads(row.payload)
                    found.append({"id": row.event_id, "texts": payload.get("texts", {}), "at": row.occurred_at,
                                  "source": "office", "by": payload.get("by")})
        # Within one millisecond the later update (higher cursor, listed later) is the newer one.
        order = {id(a): i for i, a in enumerate(found)}
        found.sort(key=lambda a: (P.parse_time(a["at"]), order[id(a)]), reverse=True)
        found = found[:max(1, limit)]
        for i, item in enumerate(found):
            item["current"] = i == 0 and office_code is not None
        return found

    @staticmethod
    def _updates(conn: Connection, kind: str, office_code: str | None) -> Iterator[tuple[str, dict[str, Any],
                                                                                         str | None]]:
        """(at, data, office_code) of the updates of this kind for the office and for every office, oldest first."""
        u = D.updates.c
        where = u.office_code.is_(None) if office_code is None else or_(u.office_code == office_code,
                                                                         u.office_code.is_(None))
        for row in conn.execute(select(u.at, u.data, u.office_code).where(u.kind == kind, where).order_by(u.cursor)):
            data = json.loads(row.data)
            yield row.at, data, row.office_code


__all__ = ["CatalogueAdmin"]
