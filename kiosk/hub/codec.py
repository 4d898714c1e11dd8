"""The LAN API's JSON shapes: the Office's dataclasses to plain JSON and back.

The hub encodes with the `*_json` functions and the client rebuilds the very same
dataclasses (`Ticket`, `IssuedTicket`, `CounterFigures`, `StaffSession`, `Catalogue`,
`OfficeInfo`) with the `*_from` functions, so a screen cannot tell a remote office
from a local one. Times are UTC ISO-8601 text with a 'Z' (`kiosk.domain.clock.to_iso`).
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from kiosk.domain.catalogue import Catalogue, ConcernCategory, Service
from kiosk.domain.clock import from_iso, to_iso
from kiosk.domain.tickets import IssuedTicket, Priority, Ticket, TicketStatus
from kiosk.office.core import OfficeInfo
from kiosk.office.desk import CounterFigures
from kiosk.office.staff import StaffSession

API_PREFIX = "/lan/v1"


def _time(value: dt.datetime | None) -> str | None:
    return to_iso(value) if value else None


def _from_time(text: str | None) -> dt.datetime | None:
    return from_iso(text) if text else None


# ---- tickets -----------------------------------------------------------------------------


def ticket_json(ticket: Ticket | None) -> dict[str, Any] | None:
    if ticket is None:
        return None
    return {
        "id": ticket.id, "service_code": ticket.service_code, "queue_service": ticket.queue_service,
        "number": ticket.number, "label": ticket.label, "business_date": ticket.business_date.isoformat(),
        "priority": ticket.priority.value, "status": ticket.status.value, "language": ticket.language,
        "issued_at": _time(ticket.issued_at), "called_at": _time(ticket.called_at),
        "started_at": _time(ticket.started_at), "finished_at": _time(ticket.finished_at),
        "counter": ticket.counter, "clerk": ticket.clerk, "recalls": ticket.recalls,
        "transferred_from": ticket.transferred_from,
    }


def ticket_from(data: dict[str, Any] | None) -> Ticket | None:
    if data is None:
        return None
    return Ticket(
        id=data["id"], service_code=data["service_code"], queue_service=data["queue_service"],
        number=int(data["number"]), label=data["label"], business_date=dt.date.fromisoformat(data["business_date"]),
        priority=Priority(data["priority"]), status=TicketStatus(data["status"]), language=data["language"],
        issued_at=from_iso(data["issued_at"]), called_at=_from_time(data.get("called_at")),
        started_at=_from_time(data.get("started_at")), finished_at=_from_time(data.get("finished_at")),
        counter=data.get("counter"), clerk=data.get("clerk"), recalls=int(data.get("recalls", 0)),
        transferred_from=data.get("transferred_from"),
    )


def issued_json(issued: IssuedTicket) -> dict[str, Any]:
    return {"ticket": ticket_json(issued.ticket), "people_ahead": issued.people_ahead,
            "estimated_wait_min": issued.estimated_wait_min}


def issued_from(data: dict[str, Any]) -> IssuedTicket:
    return IssuedTicket(ticket_from(data["ticket"]), int(data["people_ahead"]), int(data["estimated_wait_min"]))


# ---- desk --------------------------------------------------------------------------------


def figures_json(figures: CounterFigures) -> dict[str, Any]:
    return {"counter": figures.counter, "served": figures.served, "no_shows": figures.no_shows,
            "avg_service_min": figures.avg_service_min, "current": ticket_json(figures.current)}


def figures_from(data: dict[str, Any]) -> CounterFigures:
    return CounterFigures(data["counter"], int(data["served"]), int(data["no_shows"]), data.get("avg_service_min"),
                          ticket_from(data.get("current")))


def session_json(session: StaffSession) -> dict[str, Any]:
    return {"token": session.token, **session.public()}


def session_from(data: dict[str, Any]) -> StaffSession:
    return StaffSession(data["token"], data["staff_id"], data["name"], data["role"], data["expires_at"])


# ---- what the office is ---------------------------------------------------------------------


def info_json(info: OfficeInfo) -> dict[str, Any]:
    return {"name": info.name, "code": info.code, "timezone": info.timezone}


def info_from(data: dict[str, Any]) -> OfficeInfo:
    return OfficeInfo(data["name"], data["code"], data["timezone"])


def catalogue_json(catalogue: Catalogue) -> dict[str, Any]:
    return {
        "services": [
            {"code": s.code, "names": dict(s.names), "prefix": s.prefix, "typical_minutes": s.typical_minutes,
             "icon": s.icon, "documents": {lang: list(items) for lang, items in s.documents.items()},
             "active": s.active}
            for s in catalogue.services
        ],
        "concern_categories": [{"code": c.code, "names": dict(c.names), "icon": c.icon}
                               for c in catalogue.concern_categories],
    }


def catalogue_from(data: dict[str, Any]) -> Catalogue:
    services = tuple(
        Service(code=s["code"], names=dict(s["names"]), prefix=s["prefix"], typical_minutes=float(s["typical_minutes"]),
                icon=s["icon"], documents={lang: tuple(items) for lang, items in s["documents"].items()},
                active=bool(s.get("active", True)))
        for s in data["services"]
    )
    categories = tuple(ConcernCategory(c["code"], dict(c["names"]), c["icon"])
                       for c in data.get("concern_categories", []))
    return Catalogue(services=services, concern_categories=categories)
