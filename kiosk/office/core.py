"""The `Office` facade: every action of the office, each one a domain rule plus its
storage and outbox event in one durable transaction.

Screens receive an `Office` (this local one, or the LAN client with the same methods)
and never see SQL. Listeners registered with `subscribe()` get plain `OfficeEvent`s
after each committed change; the Qt adapter in `kiosk/ui/bridge.py` re-emits them as
signals on the GUI thread.

Thread use: any thread. One lock serialises use of the single SQLite connection;
listeners are called on the thread that made the change, after the commit.
"""
from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from kiosk.config import Settings
from kiosk.domain.catalogue import Catalogue, Service, load_catalogue
from kiosk.domain.clock import Clock, SystemClock, business_date, to_iso
from kiosk.domain.ids import uuid7
from kiosk.domain.languages import LANGUAGES
from kiosk.domain.tickets import IssuedTicket, Priority, Ticket, estimate_wait_minutes
from kiosk.office.catalogue_updates import CatalogueUpdatesMixin
from kiosk.office.concerns import ConcernsMixin
from kiosk.office.desk import DeskMixin
from kiosk.office.health import HealthMixin
from kiosk.office.once import KEEP_ANSWERS, Once
from kiosk.office.staff import StaffMixin
from kiosk.store import request_answers
from kiosk.store import tickets as ticket_rows
from kiosk.store.database import open_database, transaction
from kiosk.store.errors import ClassifyingConnection
from kiosk.store.outbox import SqliteOutbox, append_event

log = logging.getLogger(__name__)


class OfficeError(Exception):
    """An action was refused; `code` says why in a form the UI can translate."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@dataclasses.dataclass(frozen=True)
class OfficeEvent:
    kind: str  # e.g. "ticket.issued"
    data: dict[str, Any]


Listener = Callable[[OfficeEvent], None]


@dataclasses.dataclass(frozen=True)
class OfficeInfo:
    name: str
    code: str
    timezone: str


def ticket_payload(ticket: Ticket) -> dict[str, Any]:
    """A ticket as plain JSON data (outbox events, the LAN API, listeners)."""
    return {
        "ticket_id": ticket.id,
        "service_code": ticket.service_code,
        "queue_service": ticket.queue_service,
        "number": ticket.number,
        "label": ticket.label,
        "business_date": ticket.business_date.isoformat(),
        "priority": ticket.priority.value,
        "status": ticket.status.value,
        "language": ticket.language,
        "issued_at": to_iso(ticket.issued_at),
        "called_at": to_iso(ticket.called_at) if ticket.called_at else None,
        "counter": ticket.counter,
        "clerk": ticket.clerk,
        "recalls": ticket.recalls,
        "transferred_from": ticket.transferred_from,
    }


class Office(ConcernsMixin, StaffMixin, DeskMixin, CatalogueUpdatesMixin, HealthMixin):
    def __init__(self, db: sqlite_utils.Database, catalogue: Catalogue, info: OfficeInfo,
                 clock: Clock | None = None, *, pin_hash_cost: str = "strong"):
        self._db = db
        self._pin_hash_cost = pin_hash_cost  # argon2 cost of new PIN hashes (`security.pin_hash_cost`)
        self._catalogue = catalogue
        self._info = info
        self._zone = ZoneInfo(info.timezone)
        self._clock = clock or SystemClock()
        self._lock = threading.RLock()
        self._listeners: list[Listener] = []
        self._measured_cache: dict[str, tuple[float, float]] = {}
        if isinstance(db.conn, ClassifyingConnection):
            db.conn.on_failure = self._storage_failed  # a damaged file found by any call: see health.py

    @classmethod
    def open(cls, settings: Settings, clock: Clock | None = None, catalogue: Catalogue | None = None) -> Office:
        db = open_database(settings.database_path)
        catalogue = catalogue or load_catalogue(settings.kiosk.catalogue)
        info = OfficeInfo(settings.office.name, settings.office.code, settings.office.timezone)
        return cls(db, catalogue, info, clock, pin_hash_cost=settings.security.pin_hash_cost)

    @classmethod
    def open_path(cls, path: Path | str, info: OfficeInfo | None = None, clock: Clock | None = None,
                  catalogue: Catalogue | None = None, *, pin_hash_cost: str = "strong") -> Office:
        """An office on a given database file (tests, tools, benchmarks)."""
        return cls(open_database(path), catalogue or load_catalogue(),
                   info or OfficeInfo("Bureau du citoyen", "DEMO", "Africa/Algiers"), clock,
                   pin_hash_cost=pin_hash_cost)

    # ---- what the office is -------------------------------------------------------

    @property
    def info(self) -> OfficeInfo:
        return self._info

    @property
    def zone(self) -> ZoneInfo:
        return self._zone

    @property
    def catalogue(self) -> Catalogue:
        return self._catalogue

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def outbox(self) -> SqliteOutbox:
        return SqliteOutbox(self._db)

    def services(self) -> tuple[Service, ...]:
        return self._catalogue.active_services()

    # ---- listeners ------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def _emit(self, kind: str, data: dict[str, Any]) -> None:
        event = OfficeEvent(kind, data)
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:  # a broken screen must not undo or block a committed ticket
                log.exception("office listener failed on %s", kind)

    # ---- tickets --------------------------------------------------------------------

    def issue_ticket(self, service_code: str, priority: Priority = Priority.NONE, language: str = "ar", *,
                     request_id: str | None = None, device_id: str = "") -> IssuedTicket:
        """Issue the next ticket of a service: committed durably before this returns.

        With a `request_id` (chosen by the asking device), the same request again gets the
        same ticket back, even after a crash of this process (`kiosk/office/once.py`)."""
        once = Once.key(request_id, device_id, "issue_ticket", service_code=service_code,
                        priority=str(getattr(priority, "value", priority)), language=language)
        with self._lock:
            now = self._clock.now()
            with transaction(self._db) as conn:
                # A retry is answered first: the service may have closed since the ticket was issued.
                done = once.replay(conn) if once else None
                if done is not None:
                    return self._issued_again(done)
                service = self._issuable_service(service_code, language)
                priority = Priority(priority)
                try:
                    ticket = ticket_rows.insert_new_ticket(
                        conn, ticket_id=uuid7(), service_code=service.code, prefix=service.prefix,
                        business_date=business_date(now, self._zone), priority=priority,
                        language=language, issued_at=now,
                    )
                except ticket_rows.DailyLimitReached as exc:
                    raise OfficeError("daily_limit", str(exc)) from None
                ahead = ticket_rows.people_ahead(conn, ticket)
                payload = ticket_payload(ticket)
                payload["office_code"] = self._info.code
                append_event(conn, "ticket.issued", now, payload)
                wait = estimate_wait_minutes(ahead, self.minutes_per_citizen(service.code),
                                             self.open_counters(service.code))
                if once:
                    once.remember(conn, to_iso(now), {"ticket_id": ticket.id, "people_ahead": ahead,
                                                      "estimated_wait_min": wait})
        issued = IssuedTicket(ticket, ahead, wait)
        self._emit("ticket.issued", {**payload, "people_ahead": ahead, "estimated_wait_min": wait})
        return issued

    def _issuable_service(self, service_code: str, language: str) -> Service:
        try:
            service = self._catalogue.service(service_code)
        except KeyError:
            raise OfficeError("unknown_service", f"no service with code {service_code!r}") from None
        if not service.active:
            raise OfficeError("service_closed", f"service {service_code} is not open today")
        if language not in LANGUAGES:
            raise OfficeError("bad_language", f"unsupported language {language!r}")
        return service

    def _issued_again(self, answer: dict[str, Any]) -> IssuedTicket:
        """The answer to a repeated issue request: the same ticket, as it was answered the first time."""
        ticket = self.ticket(answer["ticket_id"])
        if ticket is None:  # only if someone deleted it by hand: say so rather than answer a ticket that is not
            raise OfficeError("unknown_ticket", "the ticket issued for this request no longer exists")
        return IssuedTicket(ticket, answer["people_ahead"], answer["estimated_wait_min"])

    def waiting_count(self, service_code: str) -> int:
        with self._lock:
            return ticket_rows.waiting_count(self._db.conn, service_code)

    def estimated_wait(self, service_code: str) -> int:
        """Minutes a citizen taking a ticket now would wait."""
        return estimate_wait_minutes(self.waiting_count(service_code), self.minutes_per_citizen(service_code),
                                     self.open_counters(service_code))

    def ticket(self, ticket_id: str) -> Ticket | None:
        with self._lock:
            return ticket_rows.get_ticket(self._db.conn, ticket_id)

    def forget_old_answers(self) -> int:
        """Drop the answers to request and action ids older than a day (the hub's periodic
        purge): a device retries within minutes; after a day an id means nothing."""
        cutoff = to_iso(self._clock.now() - KEEP_ANSWERS)
        with self._lock, transaction(self._db) as conn:
            return request_answers.forget_before(conn, cutoff)

    def close(self) -> None:
        with self._lock:
            self._db.conn.close()

    # ---- for the LAN hub (kiosk/hub): added with the hub ------------------------------

    @property
    def database_file(self) -> Path | None:
        """The office database file (the hub keeps paired devices in it); None in memory."""
        with self._lock:
            row = self._db.execute("PRAGMA database_list").fetchone()
        return Path(row[2]) if row and row[2] else None
