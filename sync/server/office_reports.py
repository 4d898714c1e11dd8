"""The offices' status reports as the central server keeps them: the latest one per office.

    office_reports                         the table (migration m007_office_reports)
    save_report(conn, office, device, s)   keep a push's `office_status`, inside the push's transaction
    latest_reports(conn, offices)          {office_code: report dict} for the back office's office pages

An office sends its report with its pushes (sync/protocol/office_status.py): the backlog
left after that batch, its software version, its printer state, its open help requests,
and (when it changed) its own service list. Only the newest report (by the office's `at`)
is kept: a retried push carrying an older report does not overwrite a newer one. A report
without `services` keeps the service list already stored. Any thread.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Column, Integer, MetaData, String, Table, Text, select
from sqlalchemy.engine import Connection

from sync import protocol as P


def _table(md: MetaData) -> Table:
    """As created by m007 (frozen: later changes are new migrations)."""
    return Table("office_reports", md,
                 Column("office_code", String(32), primary_key=True),
                 Column("device_id", String(64), nullable=False),
                 Column("reported_at", String(64), nullable=False),  # the office's clock (`at`)
                 Column("received_at", String(32), nullable=False),  # the server's clock
                 Column("backlog", Integer, nullable=False),
                 Column("version", String(64), nullable=False),
                 Column("printer", String(16), nullable=False),
                 Column("help_requests", Integer, nullable=False),
                 Column("services", Text),  # JSON list as reported; NULL: never reported
                 Column("services_at", String(64)))


office_reports = _table(MetaData())


def m007_office_reports(conn: Connection) -> None:
    """Offices report their backlog, version, printer, help requests and services with their pushes."""
    md = MetaData()
    _table(md)
    md.create_all(conn)


def save_report(conn: Connection, office_code: str, device_id: str, status: P.OfficeStatus) -> None:
    from sync.server.db import insert_for  # db lists this module's migration, so it imports us first

    values: dict[str, Any] = {"office_code": office_code, "device_id": device_id, "reported_at": status.at,
                              "received_at": P.utc_now_iso(), "backlog": status.backlog,
                              "version": status.version, "printer": status.printer,
                              "help_requests": status.help_requests}
    if status.services is not None:
        values["services"] = P.canonical_json([s.to_dict() for s in status.services]).decode("utf-8")
        values["services_at"] = status.at
    stmt = insert_for(conn, office_reports).values(**values)
    changes = {k: stmt.excluded[k] for k in values if k != "office_code"}
    # Times of one format compare as text; an older report (a retried push) loses.
    conn.execute(stmt.on_conflict_do_update(index_elements=["office_code"], set_=changes,
                                            where=office_reports.c.reported_at <= stmt.excluded.reported_at))


def latest_reports(conn: Connection, office_codes: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
    """The last report of each office (all, or these), as plain dicts; offices that never reported are absent."""
    r = office_reports.c
    q = select(office_reports)
    if office_codes is not None:
        q = q.where(r.office_code.in_(list(office_codes)))
    out = {}
    for row in conn.execute(q):
        report = dict(row._mapping)
        report["services"] = None if row.services is None else json.loads(row.services)
        out[row.office_code] = report
    return out


__all__ = ["latest_reports", "m007_office_reports", "office_reports", "save_report"]
