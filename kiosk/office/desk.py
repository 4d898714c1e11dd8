"""Desk actions (open a counter, call next, recall, start, finish, no-show, transfer)
and what desks and the hall display read (waiting lines, recent calls, figures).

Every action needs a staff session, is recorded in the audit log with who did it,
and writes its outbox event in the same transaction. An action may carry an
`action_id` chosen by the desk (and the hub adds the desk's `device_id`): a desk that
lost the answer sends the same id again and receives the first result instead of
applying the action twice; the id used for another action is refused
(`kiosk/office/once.py`).

`DeskService` is the office's desk part, built around the shared `UnitOfWork`; it asks
the staff part who acts and the catalogue part which services exist.

Thread use: any thread, under the office lock.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
import sqlite3
import time
from collections.abc import Callable
from typing import Any

from kiosk.domain import call_order
from kiosk.domain.clock import business_date, to_iso
from kiosk.domain.ids import uuid7
from kiosk.domain.staff import ACTION_FROM, Permission
from kiosk.domain.tickets import Ticket, TicketStatus
from kiosk.office.catalogue_updates import CatalogueService
from kiosk.office.errors import Conflict, InvalidInput, NotFound
from kiosk.office.once import Once, run_once
from kiosk.office.records import Announcement, CounterChange, CounterState, ticket_payload
from kiosk.office.staff import StaffService, StaffSession
from kiosk.office.unit_of_work import UnitOfWork
from kiosk.store import desk as desk_rows
from kiosk.store import staff as staff_rows
from kiosk.store import tickets as ticket_rows
from kiosk.store.outbox import append_event

_COUNTER_RE = re.compile(r"^[A-Za-z0-9]{1,4}$")
MEASURED_SAMPLES = 20  # finished tickets in the rolling service time
MEASURED_MIN_SAMPLES = 3  # fewer than this: the catalogue's typical minutes
MEASURED_WINDOW = dt.timedelta(days=14)
MEASURED_CACHE_S = 60.0


@dataclasses.dataclass(frozen=True)
class CounterFigures:
    counter: str
    served: int
    no_shows: int
    avg_service_min: float | None
    current: Ticket | None


TicketChange = Callable[[Ticket, str], dict[str, Any]]  # (ticket, now) → the columns to set


class DeskService:
    """Counters, calls and what desks and the display read."""

    def __init__(self, work: UnitOfWork, catalogue: CatalogueService, staff: StaffService):
        self._work = work
        self._catalogue = catalogue
        self._staff = staff
        self._measured_cache: dict[str, tuple[float, float]] = {}  # service → (minutes, monotonic time)
        self._target_of: Callable[[str], int] | None = None  # the service controls' part, attached by the Office

    def attach_targets(self, target_of: Callable[[str], int]) -> None:
        """Where a line's waiting target is read: each call's event carries it, so the central
        server counts the citizens called within target (sync/server/figures)."""
        self._target_of = target_of

    # ---- counters -------------------------------------------------------------------

    def open_counter(self, token: str, counter: str, services: list[str], action_id: str | None = None, *,
                     device_id: str = "") -> CounterChange:
        session = self._staff.session(token, Permission.DESK)
        counter = str(counter).strip()
        if not _COUNTER_RE.match(counter):
            raise InvalidInput("bad_counter", "a counter number is 1 to 4 letters or digits")
        services = list(dict.fromkeys(services))
        if not services:
            raise InvalidInput("bad_counter", "choose at least one service for this counter")
        for code in services:
            self._require_service(code)

        def apply(conn: sqlite3.Connection, at: str) -> dict[str, Any]:
            desk_rows.upsert_counter(conn, counter, services, "open", session.staff_id, at)
            return {"counter": counter, "services": services, "status": "open"}

        once = Once.key(action_id, device_id, "open_counter", counter=counter, services=services)
        answer = self._desk_action(session, "counter.opened", apply, once, {"counter": counter, "services": services})
        return CounterChange(counter=answer["counter"], services=answer["services"], status=answer["status"])

    def close_counter(self, token: str, counter: str, action_id: str | None = None, *,
                      device_id: str = "") -> CounterChange:
        session = self._staff.session(token, Permission.DESK)

        def apply(conn: sqlite3.Connection, at: str) -> dict[str, Any]:
            desk_rows.upsert_counter(conn, counter, [], "closed", session.staff_id, at)
            return {"counter": counter, "status": "closed"}

        once = Once.key(action_id, device_id, "close_counter", counter=counter)
        answer = self._desk_action(session, "counter.closed", apply, once, {"counter": counter})
        return CounterChange(counter=answer["counter"], status=answer["status"])

    def counters(self) -> list[CounterState]:
        with self._work.read() as conn:
            rows = desk_rows.counters(conn)
        return [CounterState(number=r["number"], services=r["services"], status=r["status"], staff_id=r["staff_id"],
                             staff_name=r["staff_name"], opened_at=r["opened_at"]) for r in rows]

    def open_counters(self, service_code: str) -> int:
        """How many open counters serve this line (the wait estimate divides by it)."""
        return max(1, sum(1 for c in self.counters() if c["status"] == "open" and service_code in c["services"]))

    # ---- calling and serving --------------------------------------------------------

    def call_next(self, token: str, counter: str, action_id: str | None = None, *,
                  device_id: str = "") -> Ticket | None:
        """Call the next citizen for this counter's services, or None if nobody waits."""
        session = self._staff.session(token, Permission.DESK)
        services = self._counter_services(counter)

        def apply(conn: sqlite3.Connection, at: str) -> dict[str, Any]:
            ticket = next(iter(self._in_call_order(conn, services, 1)), None)
            if ticket is None:
                return {"ticket_id": None}
            self._mark_called(conn, ticket, counter, session, at)
            return {"ticket_id": ticket.id}

        once = Once.key(action_id, device_id, "call_next", counter=counter)
        result = self._desk_action(session, "ticket.called", apply, once, {"counter": counter})
        return self._ticket(result["ticket_id"]) if result["ticket_id"] else None

    def call_ticket(self, token: str, counter: str, ticket_id: str, action_id: str | None = None, *,
                    device_id: str = "") -> Ticket:
        """Call one given waiting ticket (e.g. a citizen the clerk sees at the desk)."""
        session = self._staff.session(token, Permission.DESK)
        self._counter_services(counter)

        def apply(conn: sqlite3.Connection, at: str) -> dict[str, Any]:
            ticket = self._ticket_for(conn, ticket_id, "call")
            self._mark_called(conn, ticket, counter, session, at)
            return {"ticket_id": ticket.id}

        once = Once.key(action_id, device_id, "call_ticket", counter=counter, ticket_id=ticket_id)
        self._desk_action(session, "ticket.called", apply, once, {"counter": counter, "ticket_id": ticket_id})
        return self._ticket(ticket_id)

    def recall(self, token: str, ticket_id: str, action_id: str | None = None, *, device_id: str = "") -> Ticket:
        return self._ticket_step(token, ticket_id, "recall", "ticket.recalled", action_id, device_id,
                                 lambda t, at: {"recalls": t.recalls + 1, "called_at": at})

    def start_service(self, token: str, ticket_id: str, action_id: str | None = None, *,
                      device_id: str = "") -> Ticket:
        return self._ticket_step(token, ticket_id, "start", "ticket.started", action_id, device_id,
                                 lambda t, at: {"status": TicketStatus.SERVING.value, "started_at": at})

    def finish(self, token: str, ticket_id: str, action_id: str | None = None, *, device_id: str = "") -> Ticket:
        def change(ticket: Ticket, at: str) -> dict[str, Any]:
            fields = {"status": TicketStatus.DONE.value, "finished_at": at}
            if ticket.started_at is None:  # finished straight from "called": service began at the call
                fields["started_at"] = to_iso(ticket.called_at) if ticket.called_at else at
            return fields

        ticket = self._ticket_step(token, ticket_id, "finish", "ticket.finished", action_id, device_id, change)
        self._measured_cache.pop(ticket.queue_service, None)
        return ticket

    def no_show(self, token: str, ticket_id: str, action_id: str | None = None, *, device_id: str = "") -> Ticket:
        return self._ticket_step(token, ticket_id, "no_show", "ticket.no_show", action_id, device_id,
                                 lambda t, at: {"status": TicketStatus.NO_SHOW.value, "finished_at": at})

    def transfer(self, token: str, ticket_id: str, to_service: str, action_id: str | None = None, *,
                 device_id: str = "") -> Ticket:
        """Send the citizen to another line, keeping their place in time (not the back of the line)."""
        self._require_service(to_service)

        def change(ticket: Ticket, at: str) -> dict[str, Any]:
            if ticket.queue_service == to_service:
                raise Conflict("bad_transfer", "the ticket is already in that service's line")
            return {"status": TicketStatus.WAITING.value, "queue_service": to_service,
                    "transferred_from": ticket.queue_service, "counter": None, "called_at": None,
                    "started_at": None}

        return self._ticket_step(token, ticket_id, "transfer", "ticket.transferred", action_id, device_id, change,
                                 extra={"to_service": to_service})

    # ---- what desks and the display read ------------------------------------------------

    def waiting_tickets(self, services: list[str] | None = None, limit: int = 200) -> list[Ticket]:
        """The waiting tickets of these lines in the order they will be called (the desks' and
        display's "next"), at most `limit`."""
        services = services or [s.code for s in self._catalogue.current.active_services()]
        with self._work.read() as conn:
            return self._in_call_order(conn, services, limit)

    def people_ahead(self, conn: sqlite3.Connection, ticket: call_order.Waiting) -> int:
        """Waiting tickets called before `ticket`, the newest of its line, or one about to be
        issued (`call_order.NewTicket`): the wait a kiosk announces."""
        line = [ticket.queue_service]
        rules = self._priority_after()
        if not rules.get(ticket.queue_service):  # strict priority: one count does it
            return ticket_rows.strictly_ahead(conn, ticket.queue_service, ticket.priority.is_priority,
                                              getattr(ticket, "id", None))
        waiting = desk_rows.waiting_heads(conn, line, ticket_rows.waiting_count(conn, ticket.queue_service))
        others = [t for t in waiting if t.id != getattr(ticket, "id", None)]
        return call_order.people_ahead(ticket, others, rules, desk_rows.regular_runs(conn, line, self._today()))

    def waiting_counts(self) -> dict[str, int]:
        with self._work.read() as conn:
            counts = desk_rows.waiting_counts(conn)
        return {s.code: counts.get(s.code, 0) for s in self._catalogue.current.active_services()}

    def recent_calls(self, limit: int = 6) -> list[Ticket]:
        """Today's latest calls, newest first (the display board)."""
        zone = self._work.zone
        start_of_day = dt.datetime.combine(business_date(self._work.clock.now(), zone), dt.time(0), zone)
        with self._work.read() as conn:
            return desk_rows.recent_calls(conn, to_iso(start_of_day), limit)

    def counter_figures(self, counter: str) -> CounterFigures:
        day = business_date(self._work.clock.now(), self._work.zone).isoformat()
        with self._work.read() as conn:
            figures = desk_rows.counter_day_figures(conn, counter, day)
            current = desk_rows.serving_at(conn, counter, day)
        return CounterFigures(counter, figures["served"], figures["no_shows"], figures["avg_service_min"], current)

    def announcements(self) -> list[Announcement]:
        with self._work.read() as conn:
            rows = desk_rows.active_announcements(conn)
        return [Announcement(id=r["id"], texts=r["texts"], created_at=r["created_at"], source=r["source"])
                for r in rows]

    def set_announcement(self, token: str | None, texts: dict[str, str], source: str = "desk") -> None:
        """Replace the display's announcement line (supervisors; the central server through sync)."""
        session = self._staff.session(token or "", Permission.SUPERVISE) if source == "desk" else None
        clean = {lang: " ".join(str(text).split())[:200] for lang, text in texts.items() if lang in
                 ("ar", "fr", "kab", "en")}
        with self._work.write() as conn:
            at = to_iso(self._work.clock.now())
            desk_rows.replace_announcement(conn, uuid7(), clean, source, at)
            if session:
                staff_rows.append_audit(conn, at, session.staff_id, session.name, "announcement.set", clean)
                append_event(conn, "announcement.set", at, {"texts": clean, "by": session.name,
                                                            "office_code": self._work.info.code})
        self._work.publish("announcement.changed", {"texts": clean})

    def minutes_per_citizen(self, service_code: str) -> float:
        """Rolling mean of measured counter minutes, or the catalogue's typical minutes."""
        cached = self._measured_cache.get(service_code)
        if cached and time.monotonic() - cached[1] < MEASURED_CACHE_S:
            return cached[0]
        since = to_iso(self._work.clock.now() - MEASURED_WINDOW)
        with self._work.read() as conn:
            measured = desk_rows.measured_minutes(conn, service_code, since, MEASURED_SAMPLES)
        typical = self._catalogue.current.service(service_code).typical_minutes
        minutes = measured[0] if measured and measured[1] >= MEASURED_MIN_SAMPLES else typical
        self._measured_cache[service_code] = (minutes, time.monotonic())
        return minutes

    # ---- internals --------------------------------------------------------------------

    def _ticket(self, ticket_id: str) -> Ticket:
        with self._work.read() as conn:
            ticket = ticket_rows.get_ticket(conn, ticket_id)
        if ticket is None:  # only if deleted by hand between the action and this read
            raise NotFound("unknown_ticket", "no such ticket")
        return ticket

    def _require_service(self, code: str) -> None:
        try:
            self._catalogue.current.service(code)
        except KeyError:
            raise NotFound("unknown_service", f"no service with code {code!r}") from None

    def _counter_services(self, counter: str) -> list[str]:
        for c in self.counters():
            if c["number"] == str(counter) and c["status"] == "open":
                return c["services"]
        raise Conflict("counter_closed", f"counter {counter} is not open: open it first")

    def _ticket_for(self, conn: sqlite3.Connection, ticket_id: str, action: str) -> Ticket:
        ticket = ticket_rows.get_ticket(conn, ticket_id)
        if ticket is None:
            raise NotFound("unknown_ticket", "no such ticket")
        if ticket.status not in ACTION_FROM[action]:
            raise Conflict("bad_state", f"ticket {ticket.label} is {ticket.status.value}: cannot {action}")
        return ticket

    def _mark_called(self, conn: sqlite3.Connection, ticket: Ticket, counter: str, session: StaffSession,
                     at: str) -> None:
        desk_rows.update_ticket(conn, ticket.id, status=TicketStatus.CALLED.value, called_at=at, counter=counter,
                                clerk=session.name)
        desk_rows.record_call(conn, ticket, self._today(), at)

    def _today(self) -> str:
        return business_date(self._work.clock.now(), self._work.zone).isoformat()

    def _priority_after(self) -> dict[str, int]:
        return {s.code: s.priority_after for s in self._catalogue.current.services}

    def _in_call_order(self, conn: sqlite3.Connection, services: list[str], count: int) -> list[Ticket]:
        """The next `count` waiting tickets of `services`, in call order."""
        rules = self._priority_after()
        if not any(rules.get(s) for s in services):  # strict priority everywhere: the plain SQL order
            return desk_rows.strict_order(conn, services, count)
        heads = desk_rows.waiting_heads(conn, services, count)
        runs = desk_rows.regular_runs(conn, services, self._today())
        chosen = [key.id for key in itertools.islice(call_order.call_order(heads, rules, runs), count)]
        return desk_rows.tickets_by_id(conn, chosen)

    def _ticket_step(self, token: str, ticket_id: str, action: str, event: str, action_id: str | None,
                     device_id: str, change: TicketChange, extra: dict[str, Any] | None = None) -> Ticket:
        session = self._staff.session(token, Permission.DESK)

        def apply(conn: sqlite3.Connection, at: str) -> dict[str, Any]:
            ticket = self._ticket_for(conn, ticket_id, action)
            desk_rows.update_ticket(conn, ticket.id, **change(ticket, at))
            return {"ticket_id": ticket.id}

        details = {"ticket_id": ticket_id, **(extra or {})}
        self._desk_action(session, event, apply, Once.key(action_id, device_id, action, **details), details)
        return self._ticket(ticket_id)

    def _desk_action(self, session: StaffSession, event: str,
                     apply: Callable[[sqlite3.Connection, str], dict[str, Any]], once: Once | None,
                     details: dict[str, Any]) -> dict[str, Any]:
        """Run one staff action: once per action id, audited, with its outbox event, then announced."""
        announce = False
        with self._work.write() as conn:
            at = to_iso(self._work.clock.now())
            outcome = run_once(once, conn, at, lambda: (apply(conn, at), None))
            if outcome.replayed:
                return outcome.answer  # a retry of an action already applied: same answer, nothing redone
            result = outcome.answer
            data = {**details, **result, "by": session.name, "at": at}
            staff_rows.append_audit(conn, at, session.staff_id, session.name, event, data)
            ticket = ticket_rows.get_ticket(conn, result["ticket_id"]) if result.get("ticket_id") else None
            if ticket is not None:
                data = {**ticket_payload(ticket), **data}
                if event == "ticket.called" and self._target_of is not None:
                    data["target_min"] = self._target_of(ticket.queue_service)
            announce = ticket is not None or not event.startswith("ticket.")
            if announce:
                append_event(conn, event, at, {**data, "office_code": self._work.info.code})
        if announce:
            self._work.publish(event, data)
        return result
