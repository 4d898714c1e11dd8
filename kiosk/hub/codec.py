"""The LAN API's JSON shapes: the Office's dataclasses to plain JSON and back.

The hub encodes with the `*_json` functions and the client rebuilds the very same
dataclasses (`Ticket`, `IssuedTicket`, `CounterFigures`, `StaffSession`, `Catalogue`,
`OfficeInfo`, `ActivityReport`, and for concerns `ConcernDraft`, `Concern`, `HistoryEntry`,
`RegisteredConcern`, `PublicConcernView`, `ConcernFilter`, `FieldProblem`) with the
`*_from` functions, so a screen cannot tell a remote office from a local one. Times are
UTC ISO-8601 text with a 'Z' (`kiosk.domain.clock.to_iso`).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, overload

from kiosk.domain.activity_report import ActivityReport, DayFigures, HourCount, ServiceFigures
from kiosk.domain.catalogue import DEFAULT_TARGET_MINUTES, Catalogue, ConcernCategory, Service
from kiosk.domain.clock import from_iso, to_iso
from kiosk.domain.concern_filter import ConcernFilter
from kiosk.domain.concerns import (
    Channel,
    Concern,
    ConcernDraft,
    ConcernStatus,
    Contact,
    FieldProblem,
    HistoryEntry,
    HistoryKind,
    PublicConcernView,
    PublicHistoryEntry,
    RegisteredConcern,
)
from kiosk.domain.service_controls import Availability, Refusal, ServiceLevel
from kiosk.domain.tickets import IssuedTicket, Priority, Ticket, TicketStatus
from kiosk.office.core import OfficeInfo
from kiosk.office.desk import CounterFigures
from kiosk.office.help import help_from, help_payload
from kiosk.office.staff import StaffSession

API_PREFIX = "/lan/v1"


def _time(value: dt.datetime | None) -> str | None:
    return to_iso(value) if value else None


def _from_time(text: str | None) -> dt.datetime | None:
    return from_iso(text) if text else None


# ---- tickets -----------------------------------------------------------------------------


# A ticket or none in, the same out: `call_next` and a counter's `current` may be None, the rest never.
@overload
def ticket_json(ticket: Ticket) -> dict[str, Any]: ...
@overload
def ticket_json(ticket: None) -> None: ...
@overload
def ticket_json(ticket: Ticket | None) -> dict[str, Any] | None: ...


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


@overload
def ticket_from(data: dict[str, Any]) -> Ticket: ...
@overload
def ticket_from(data: None) -> None: ...
@overload
def ticket_from(data: dict[str, Any] | None) -> Ticket | None: ...


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
    """The answer to the kiosk that issued the ticket: the only LAN message with its public token."""
    return {"ticket": ticket_json(issued.ticket), "people_ahead": issued.people_ahead,
            "estimated_wait_min": issued.estimated_wait_min, "public_token": issued.public_token}


def issued_from(data: dict[str, Any]) -> IssuedTicket:
    token = data.get("public_token")  # absent from a hub that predates tokens
    return IssuedTicket(ticket_from(data["ticket"]), int(data["people_ahead"]), int(data["estimated_wait_min"]),
                        token if isinstance(token, str) and token else None)


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
    return {"name": info.name, "code": info.code, "timezone": info.timezone, "training": info.training}


def info_from(data: dict[str, Any]) -> OfficeInfo:
    # (a hub from before training mode sends no "training": it is a real office)
    return OfficeInfo(data["name"], data["code"], data["timezone"], bool(data.get("training", False)))


def catalogue_json(catalogue: Catalogue) -> dict[str, Any]:
    return {
        "services": [
            {"code": s.code, "names": dict(s.names), "prefix": s.prefix, "typical_minutes": s.typical_minutes,
             "icon": s.icon, "documents": {lang: list(items) for lang, items in s.documents.items()},
             "active": s.active, "priority_after": s.priority_after, "target_minutes": s.target_minutes}
            for s in catalogue.services
        ],
        "concern_categories": [{"code": c.code, "names": dict(c.names), "icon": c.icon}
                               for c in catalogue.concern_categories],
    }


def catalogue_from(data: dict[str, Any]) -> Catalogue:
    services = tuple(
        Service(code=s["code"], names=dict(s["names"]), prefix=s["prefix"], typical_minutes=float(s["typical_minutes"]),
                icon=s["icon"], documents={lang: tuple(items) for lang, items in s["documents"].items()},
                active=bool(s.get("active", True)), priority_after=int(s.get("priority_after", 0)),
                target_minutes=int(s.get("target_minutes", DEFAULT_TARGET_MINUTES)))
        for s in data["services"]
    )
    categories = tuple(ConcernCategory(c["code"], dict(c["names"]), c["icon"])
                       for c in data.get("concern_categories", []))
    return Catalogue(services=services, concern_categories=categories)


# ---- concerns ------------------------------------------------------------------------------


def draft_json(draft: ConcernDraft) -> dict[str, Any]:
    contact = draft.contact
    return {"category": draft.category, "text": draft.text, "language": draft.language, "place": draft.place,
            "contact": {"name": contact.name, "phone": contact.phone} if contact is not None else None,
            "consent": bool(draft.consent), "publish_text": bool(draft.publish_text),
            "channel": str(getattr(draft.channel, "value", draft.channel))}  # judged by the office


def draft_from(data: dict[str, Any]) -> ConcernDraft:
    contact = data.get("contact")
    return ConcernDraft(data["category"], data["text"], data["language"], data.get("place"),
                        Contact(contact.get("name"), contact.get("phone")) if contact is not None else None,
                        bool(data.get("consent", False)), publish_text=data.get("publish_text") is True,
                        channel=data.get("channel") or Channel.KIOSK)  # checked by the office's validation


def history_json(entry: HistoryEntry) -> dict[str, Any]:
    return {"id": entry.id, "at": entry.at, "kind": entry.kind.value,
            "status": entry.status.value if entry.status else None, "text": entry.text, "by_staff": entry.by_staff,
            "public": entry.public}


def history_from(data: dict[str, Any]) -> HistoryEntry:
    return HistoryEntry(data["id"], data["at"], HistoryKind(data["kind"]),
                        ConcernStatus(data["status"]) if data.get("status") else None, data.get("text"),
                        data.get("by_staff"), bool(data["public"]))


def concern_json(concern: Concern) -> dict[str, Any]:
    return {
        "id": concern.id, "code": concern.code, "category": concern.category, "text": concern.text,
        "language": concern.language, "place": concern.place, "contact_name": concern.contact_name,
        "contact_phone": concern.contact_phone, "consent_at": concern.consent_at, "status": concern.status.value,
        "created_at": concern.created_at, "updated_at": concern.updated_at, "purged_at": concern.purged_at,
        "history": [history_json(h) for h in concern.history], "publish_text": concern.publish_text,
        "channel": concern.channel.value,
    }


def concern_from(data: dict[str, Any]) -> Concern:
    return Concern(
        id=data["id"], code=data["code"], category=data["category"], text=data["text"], language=data["language"],
        place=data.get("place"), contact_name=data.get("contact_name"), contact_phone=data.get("contact_phone"),
        consent_at=data.get("consent_at"), status=ConcernStatus(data["status"]), created_at=data["created_at"],
        updated_at=data["updated_at"], purged_at=data.get("purged_at"),
        history=tuple(history_from(h) for h in data.get("history", ())),
        publish_text=data.get("publish_text") is True, channel=Channel(data.get("channel") or "kiosk"),
    )


def registered_json(registered: RegisteredConcern) -> dict[str, Any]:
    return {"code": registered.code, "concern": concern_json(registered.concern)}


def registered_from(data: dict[str, Any]) -> RegisteredConcern:
    return RegisteredConcern(data["code"], concern_from(data["concern"]))


def public_view_json(view: PublicConcernView) -> dict[str, Any]:
    return {"code": view.code, "category": view.category, "status": view.status.value,
            "registered_at": view.registered_at,
            "history": [{"at": h.at, "kind": h.kind.value, "status": h.status.value if h.status else None,
                         "text": h.text} for h in view.history]}


def public_view_from(data: dict[str, Any]) -> PublicConcernView:
    history = tuple(PublicHistoryEntry(h["at"], HistoryKind(h["kind"]),
                                       ConcernStatus(h["status"]) if h.get("status") else None, h.get("text"))
                    for h in data["history"])
    return PublicConcernView(data["code"], data["category"], ConcernStatus(data["status"]), data["registered_at"],
                             history)


def filter_params(filters: ConcernFilter | None) -> dict[str, Any]:
    """A desk's list filter as query parameters (`GET /desk/concerns`)."""
    filters = filters or ConcernFilter()
    params: dict[str, Any] = {"limit": filters.limit, "offset": filters.offset}
    if filters.statuses:
        params["status"] = [ConcernStatus(s).value for s in filters.statuses]
    for name in ("category", "older_than_days", "newer_than_days", "office_code"):
        value = getattr(filters, name)
        if value is not None:
            params[name] = value
    return params


def problem_json(problem: FieldProblem) -> dict[str, Any]:
    text = str(problem)
    prefix = f"{problem.field}: "
    return {"field": problem.field, "code": problem.code,
            "message": text[len(prefix):] if text.startswith(prefix) else text}


def problem_from(data: dict[str, Any]) -> FieldProblem:
    return FieldProblem(str(data["field"]), str(data["code"]), str(data.get("message", "")))


# ---- calls for help (one JSON shape with the office's events: kiosk/office/help.py) -----------

help_json = help_payload
help_from = help_from


# ---- the activity report (kiosk/domain/activity_report.py): days as 'YYYY-MM-DD' -----------------


def activity_report_json(report: ActivityReport) -> dict[str, Any]:
    def dated(row: Any) -> dict[str, Any]:
        return {**dataclasses.asdict(row), "day": row.day.isoformat()}

    return {
        "office_name": report.office_name, "office_code": report.office_code, "timezone": report.timezone,
        "first_day": report.first_day.isoformat(), "last_day": report.last_day.isoformat(),
        "generated_at": to_iso(report.generated_at),
        "services": [dataclasses.asdict(s) for s in report.services], "office": dataclasses.asdict(report.office),
        "days": [dated(d) for d in report.days], "hours": [dated(h) for h in report.hours],
    }


def activity_report_from(data: dict[str, Any]) -> ActivityReport:
    def dated(row: dict[str, Any]) -> dict[str, Any]:
        return {**row, "day": dt.date.fromisoformat(row["day"])}

    return ActivityReport(
        office_name=data["office_name"], office_code=data["office_code"], timezone=data["timezone"],
        first_day=dt.date.fromisoformat(data["first_day"]), last_day=dt.date.fromisoformat(data["last_day"]),
        generated_at=from_iso(data["generated_at"]),
        services=tuple(ServiceFigures(**s) for s in data["services"]), office=ServiceFigures(**data["office"]),
        days=tuple(DayFigures(**dated(d)) for d in data["days"]),
        hours=tuple(HourCount(**dated(h)) for h in data["hours"]),
    )
def level_json(level: ServiceLevel) -> dict[str, Any]:
    """A line's service level as JSON (GET /service-levels); `reopens_at` in the office's local time."""
    found = level.availability
    return {"service_code": level.service_code, "waiting": level.waiting, "longest_wait_min": level.longest_wait_min,
            "predicted_wait_min": level.predicted_wait_min, "target_min": level.target_min, "alert": level.alert,
            "taking": found.taking, "refusal": found.refusal.value if found.refusal else None,
            "reopens_at": found.reopens_at.isoformat() if found.reopens_at else None,
            "issued_today": level.issued_today, "daily_limit": level.daily_limit,
            "called_today": level.called_today, "within_target_today": level.within_target_today}


def level_from(data: dict[str, Any]) -> ServiceLevel:
    reopens = data.get("reopens_at")
    found = Availability(bool(data["taking"]), Refusal(data["refusal"]) if data.get("refusal") else None,
                         dt.datetime.fromisoformat(reopens) if reopens else None)
    return ServiceLevel(str(data["service_code"]), int(data["waiting"]), int(data["longest_wait_min"]),
                        int(data["predicted_wait_min"]), int(data["target_min"]), found,
                        int(data.get("issued_today", 0)), data.get("daily_limit"), int(data.get("called_today", 0)),
                        int(data.get("within_target_today", 0)))
