"""Office events as the kiosk sends them (ticket_payload + the desk's fields), pushed
through `ServerStore.store_batch`, for the figures tests."""
from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from sync import protocol as P
from sync.server.store import ServerStore

OFFICE_A, OFFICE_B = "ALG-16001", "ALG-16002"
_ids = itertools.count(1)


def at(text: str) -> str:
    """'2026-03-10 08:00' (UTC) → the protocol's time text."""
    return P.format_time(dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC))


def plus(time_text: str, minutes: float) -> str:
    return P.format_time(P.parse_time(time_text) + dt.timedelta(minutes=minutes))


class Office:
    """One office's hub: a device enrolled on the store, and its outbox sequence."""

    def __init__(self, store: ServerStore, code: str, commune: str = "Alger Centre"):
        from sqlalchemy import update

        from sync.server import db as D

        self.store, self.code = store, code
        store.add_office(code, f"APC {code}")
        with store.engine.begin() as conn:
            conn.execute(update(D.offices).where(D.offices.c.code == code).values(commune=commune))
        enroll_code, _ = store.new_enroll_code(code)
        self.device = store.devices.get(store.enroll(enroll_code, "hub").device_id)
        self.seq = 0
        self.pushed: list[P.Event] = []

    def event(self, type_: str, occurred_at: str, payload: dict[str, Any]) -> P.Event:
        self.seq += 1
        return P.Event.create(self.seq, f"{self.code}-ev-{self.seq}", type_, occurred_at,
                              {**payload, "office_code": self.code})

    def push(self, events: list[P.Event]) -> P.PushResponse:
        assert self.device is not None
        self.pushed.extend(events)
        request = P.PushRequest(self.device.id, f"b-{next(_ids)}", [e.to_dict() for e in events])
        return self.store.store_batch(self.device, request)


def ticket(issued_at: str, business_date: str = "2026-03-10") -> dict[str, Any]:
    n = next(_ids)
    return {"ticket_id": f"t-{n}", "service_code": "EC", "queue_service": "EC", "number": n, "label": f"A-{n:03d}",
            "business_date": business_date, "priority": "none", "status": "waiting", "language": "ar",
            "issued_at": issued_at, "called_at": None, "counter": None, "clerk": None, "recalls": 0,
            "transferred_from": None}


def ticket_life(office: Office, issued_at: str, wait_min: float | None, service_min: float | None = None,
                no_show: bool = False, business_date: str = "2026-03-10", target_min: int | None = None
                ) -> list[P.Event]:
    """The events of one ticket: issued, called after `wait_min` (naming the line's `target_min`
    when given, as offices with service-level targets do), then finished after `service_min` or no-show."""
    t = ticket(issued_at, business_date)
    events = [office.event("ticket.issued", issued_at, t)]
    if wait_min is None:
        return events
    called_at = plus(issued_at, wait_min)
    called = {**t, "status": "called", "called_at": called_at, "counter": "1", "by": "clerk", "at": called_at}
    if target_min is not None:
        called["target_min"] = target_min
    events.append(office.event("ticket.called", called_at, called))
    if no_show:
        done_at = plus(called_at, 3)
        events.append(office.event("ticket.no_show", done_at, {**called, "status": "no_show", "at": done_at}))
    elif service_min is not None:
        done_at = plus(called_at, service_min)
        events.append(office.event("ticket.finished", done_at, {**called, "status": "done", "at": done_at}))
    return events


def concern_registered(office: Office, registered_at: str, code: str) -> P.Event:
    return office.event("concern.registered", registered_at, {
        "concern_id": f"c-{code}", "code": code, "category": "roads", "text": "Trou dans la route",
        "language": "fr", "place": None, "registered_at": registered_at, "status": "received"})
