"""The local `Office`: every action of the office, each one a domain rule plus its storage
and outbox event in one durable transaction.

`Office` implements `OfficePort` (kiosk/office/port.py), as the LAN client does, so a
screen does not know whether its office is local or remote. It is assembled from small
parts that share one `UnitOfWork` (connection, lock, clock, outbox, listeners) and know
nothing of each other but what they are handed:

    TicketsService     kiosk/office/tickets.py           issue and read tickets, wait estimates
    DeskService        kiosk/office/desk.py              counters, calls, what desks and the display read
    ConcernsService    kiosk/office/concerns.py          concerns, from the kiosk to the central answer
    StaffService       kiosk/office/staff.py             staff, PIN log-in, sessions, audit
    CatalogueService   kiosk/office/catalogue_updates.py the catalogue with the central overrides
    HelpService        kiosk/office/help.py              a kiosk's call for help, a clerk's "I'm coming"
    ReportsService     kiosk/office/reports.py           a period's activity report (tickets, waits, concerns, help)
    ServiceControlsService kiosk/office/service_controls.py  services opened, closed, limited; waiting targets
    Health             kiosk/office/health.py            a damaged database said once to every screen
    PublicAddress      kiosk/office/public_url.py        the central server's public address, as last pulled

Each method below only hands the call to its part. What only the hub, the sync thread
and the command line use (staff accounts, purges, central updates, the database file)
is on `Office` alone, not on the port.

Listeners registered with `subscribe()` get plain `OfficeEvent`s after each committed
change; the Qt adapter in `kiosk/ui/bridge.py` re-emits them as signals on the GUI thread.

Thread use: any thread. One lock serialises use of the single SQLite connection;
listeners are called on the thread that made the change, after the commit.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from kiosk.config import Settings
from kiosk.domain.activity_report import ActivityReport
from kiosk.domain.catalogue import Catalogue, Service, load_catalogue
from kiosk.domain.clock import Clock, SystemClock
from kiosk.domain.concern_filter import ConcernFilter
from kiosk.domain.concerns import (
    Concern,
    ConcernDraft,
    ConcernStatus,
    HistoryEntry,
    PublicConcernView,
    RegisteredConcern,
)
from kiosk.domain.help import HelpRequest
from kiosk.domain.service_controls import ServiceControl, ServiceLevel
from kiosk.domain.staff import Permission
from kiosk.domain.tickets import IssuedTicket, Priority, Ticket
from kiosk.office.catalogue_updates import CatalogueService
from kiosk.office.concerns import ConcernsService
from kiosk.office.desk import CounterFigures, DeskService
from kiosk.office.errors import OfficeError
from kiosk.office.health import Health
from kiosk.office.help import HelpService
from kiosk.office.public_url import PublicAddress
from kiosk.office.records import (
    Announcement,
    Board,
    CounterChange,
    CounterState,
    Listener,
    OfficeEvent,
    OfficeInfo,
    ticket_payload,
)
from kiosk.office.reports import ReportsService
from kiosk.office.service_controls import ServiceControlsService
from kiosk.office.staff import StaffService, StaffSession
from kiosk.office.sync_control import NOT_ENROLLED, SyncControl
from kiosk.office.tickets import TicketsService
from kiosk.office.training import WrongModeDatabase, claim_database_mode
from kiosk.office.unit_of_work import UnitOfWork
from kiosk.store.database import open_database
from kiosk.store.errors import ClassifyingConnection, StoreError
from kiosk.store.outbox import SqliteOutbox


class Office:
    def __init__(self, db: sqlite_utils.Database, catalogue: Catalogue, info: OfficeInfo,
                 clock: Clock | None = None, *, pin_hash_cost: str = "strong"):
        self._work = work = UnitOfWork(db, clock or SystemClock(), info)
        self._health = Health(work)
        self._staff = StaffService(work, pin_hash_cost)
        self._catalogue = CatalogueService(work, catalogue)
        self._desk = DeskService(work, self._catalogue, self._staff)
        self._controls = ServiceControlsService(work, self._catalogue, self._staff, self._desk)
        self._desk.attach_targets(self._controls.target_of)
        self._tickets = TicketsService(work, self._catalogue, self._desk, self._controls)
        self._concerns = ConcernsService(work, self._catalogue)
        self._public_address = PublicAddress(work)
        self._help = HelpService(work, self._staff)
        self._reports = ReportsService(work, self._catalogue, self._staff, targets_of=self._controls.service_targets)
        self._sync: SyncControl | None = None  # attached by the sync loop's runner (kiosk/hub/sync_runner.py)
        if isinstance(db.conn, ClassifyingConnection):
            db.conn.on_failure = self._health.storage_failed  # a damaged file found by any call: see health.py
        try:
            claim_database_mode(db, info.training, str(work.database_file or "the office database"))
        except WrongModeDatabase:
            db.conn.close()  # gives back the owner lock: the caller never gets this office to close
            raise

    @classmethod
    def open(cls, settings: Settings, clock: Clock | None = None, catalogue: Catalogue | None = None) -> Office:
        db = open_database(settings.database_path)
        catalogue = catalogue or load_catalogue(settings.kiosk.catalogue)
        info = OfficeInfo(settings.office.name, settings.office.code, settings.office.timezone, settings.training)
        return cls(db, catalogue, info, clock, pin_hash_cost=settings.security.pin_hash_cost)

    @classmethod
    def open_path(cls, path: Path | str, info: OfficeInfo | None = None, clock: Clock | None = None,
                  catalogue: Catalogue | None = None, *, pin_hash_cost: str = "strong") -> Office:
        """An office on a given database file (tests, tools, benchmarks)."""
        return cls(open_database(path), catalogue or load_catalogue(),
                   info or OfficeInfo("Bureau du citoyen", "DEMO", "Africa/Algiers"), clock,
                   pin_hash_cost=pin_hash_cost)

    # ---- the shared unit of work, for the office side of sync (kiosk/sync_adapter.py) and tests ----

    @property
    def work(self) -> UnitOfWork:
        return self._work

    @property
    def _db(self) -> sqlite_utils.Database:
        return self._work.db

    # ---- what the office is -------------------------------------------------------

    @property
    def info(self) -> OfficeInfo:
        return self._work.info

    @property
    def zone(self) -> ZoneInfo:
        return self._work.zone

    @property
    def catalogue(self) -> Catalogue:
        return self._catalogue.current

    @property
    def clock(self) -> Clock:
        return self._work.clock

    @property
    def outbox(self) -> SqliteOutbox:
        return self._work.outbox

    def services(self) -> tuple[Service, ...]:
        return self._catalogue.current.active_services()

    @property
    def problem(self) -> StoreError | None:
        """Why the office cannot work (damaged or unreadable database), or None."""
        return self._health.problem

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        return self._work.subscribe(listener)

    def close(self) -> None:
        self._tickets.close()  # the hub's queued tickets are committed and answered first
        self._work.close()

    # ---- sync with the central server -----------------------------------------------

    def attach_sync(self, control: SyncControl | None) -> None:
        """The sync loop running for this office (None: it stopped and its last status goes too)."""
        self._sync = control

    def sync_status(self) -> dict[str, Any]:
        control = self._sync
        return control.status() if control is not None else dict(NOT_ENROLLED)

    def public_url(self) -> str | None:
        """The central server's address for the citizens' pages, as the last pull said; None: unset."""
        return self._public_address.current()

    def sync_now(self, token: str | None = None) -> bool:
        """Any logged-in clerk or supervisor may ask (a token is checked when given, as the hub does)."""
        if token is not None:
            self.session(token)
        control = self._sync
        return control.wake() if control is not None else False

    # ---- tickets --------------------------------------------------------------------

    def issue_ticket(self, service_code: str, priority: Priority = Priority.NONE, language: str = "ar", *,
                     request_id: str | None = None, device_id: str = "") -> IssuedTicket:
        return self._tickets.issue_ticket(service_code, priority, language, request_id=request_id,
                                          device_id=device_id)

    async def issue_ticket_async(self, service_code: str, priority: Priority = Priority.NONE, language: str = "ar",
                                 *, request_id: str | None = None, device_id: str = "") -> IssuedTicket:
        """`issue_ticket` for the hub's event loop: no thread of the caller's is held meanwhile."""
        return await self._tickets.issue_ticket_async(service_code, priority, language, request_id=request_id,
                                                      device_id=device_id)

    def ticket(self, ticket_id: str) -> Ticket | None:
        return self._tickets.ticket(ticket_id)

    def waiting_count(self, service_code: str) -> int:
        return self._tickets.waiting_count(service_code)

    def estimated_wait(self, service_code: str) -> int:
        return self._tickets.estimated_wait(service_code)

    def minutes_per_citizen(self, service_code: str) -> float:
        return self._desk.minutes_per_citizen(service_code)

    def open_counters(self, service_code: str) -> int:
        return self._desk.open_counters(service_code)

    # ---- staff sessions -------------------------------------------------------------

    def login(self, name: str, pin: str) -> StaffSession:
        return self._staff.login(name, pin)

    def logout(self, token: str) -> None:
        self._staff.logout(token)

    def session(self, token: str, permission: Permission | None = None) -> StaffSession:
        return self._staff.session(token, permission)

    # ---- desk actions ---------------------------------------------------------------

    def open_counter(self, token: str, counter: str, services: list[str], action_id: str | None = None, *,
                     device_id: str = "") -> CounterChange:
        return self._desk.open_counter(token, counter, services, action_id, device_id=device_id)

    def close_counter(self, token: str, counter: str, action_id: str | None = None, *,
                      device_id: str = "") -> CounterChange:
        return self._desk.close_counter(token, counter, action_id, device_id=device_id)

    def call_next(self, token: str, counter: str, action_id: str | None = None, *,
                  device_id: str = "") -> Ticket | None:
        return self._desk.call_next(token, counter, action_id, device_id=device_id)

    def call_ticket(self, token: str, counter: str, ticket_id: str, action_id: str | None = None, *,
                    device_id: str = "") -> Ticket:
        return self._desk.call_ticket(token, counter, ticket_id, action_id, device_id=device_id)

    def recall(self, token: str, ticket_id: str, action_id: str | None = None, *, device_id: str = "") -> Ticket:
        return self._desk.recall(token, ticket_id, action_id, device_id=device_id)

    def start_service(self, token: str, ticket_id: str, action_id: str | None = None, *,
                      device_id: str = "") -> Ticket:
        return self._desk.start_service(token, ticket_id, action_id, device_id=device_id)

    def finish(self, token: str, ticket_id: str, action_id: str | None = None, *, device_id: str = "") -> Ticket:
        return self._desk.finish(token, ticket_id, action_id, device_id=device_id)

    def no_show(self, token: str, ticket_id: str, action_id: str | None = None, *, device_id: str = "") -> Ticket:
        return self._desk.no_show(token, ticket_id, action_id, device_id=device_id)

    def transfer(self, token: str, ticket_id: str, to_service: str, action_id: str | None = None, *,
                 device_id: str = "") -> Ticket:
        return self._desk.transfer(token, ticket_id, to_service, action_id, device_id=device_id)

    # ---- what desks and the display read --------------------------------------------

    def counters(self) -> list[CounterState]:
        return self._desk.counters()

    def waiting_tickets(self, services: list[str] | None = None, limit: int = 200) -> list[Ticket]:
        return self._desk.waiting_tickets(services, limit)

    def waiting_counts(self) -> dict[str, int]:
        return self._desk.waiting_counts()

    def recent_calls(self, limit: int = 6) -> list[Ticket]:
        return self._desk.recent_calls(limit)

    def counter_figures(self, counter: str) -> CounterFigures:
        return self._desk.counter_figures(counter)

    def announcements(self) -> list[Announcement]:
        return self._desk.announcements()

    def set_announcement(self, token: str | None, texts: dict[str, str], source: str = "desk") -> None:
        self._desk.set_announcement(token, texts, source)

    def board(self) -> Board:
        """The display's whole picture: the last ten calls, waiting counts, announcements, counters."""
        return Board(recent_calls=self.recent_calls(10), waiting_counts=self.waiting_counts(),
                     announcements=self.announcements(), counters=self.counters())

    # ---- concerns -------------------------------------------------------------------

    def register_concern(self, draft: ConcernDraft, *, request_id: str | None = None,
                         device_id: str = "") -> RegisteredConcern:
        return self._concerns.register_concern(draft, request_id=request_id, device_id=device_id)

    def take_concern(self, token: str, draft: ConcernDraft, *, request_id: str | None = None,
                     device_id: str = "") -> RegisteredConcern:
        session = self._staff.session(token, Permission.CONCERNS)
        return self._concerns.take_concern(session, draft, request_id=request_id, device_id=device_id)

    def concern_public_view(self, code_text: str) -> PublicConcernView:
        return self._concerns.concern_public_view(code_text)

    def follow_up_retry_after(self) -> float:
        return self._concerns.follow_up_retry_after()

    def list_concerns(self, filters: ConcernFilter | None = None, *, can_see_contact: bool = False) -> list[Concern]:
        return self._concerns.list_concerns(filters, can_see_contact=can_see_contact)

    def get_concern(self, code: str, can_see_contact: bool = False) -> Concern:
        return self._concerns.get_concern(code, can_see_contact)

    def add_concern_note(self, code: str, text: str, public: bool, staff: StaffSession | str | None = None,
                         action_id: str | None = None, *, device_id: str = "") -> HistoryEntry:
        return self._concerns.add_concern_note(code, text, public, staff, action_id, device_id=device_id)

    def change_concern_status(self, code: str, status: ConcernStatus | str, reason: str | None = None,
                              staff: StaffSession | str | None = None, action_id: str | None = None, *,
                              device_id: str = "") -> Concern:
        return self._concerns.change_concern_status(code, status, reason, staff, action_id, device_id=device_id)

    # ---- calls for help -------------------------------------------------------------

    def ask_for_help(self, kiosk_name: str = "", *, device_id: str = "") -> HelpRequest:
        return self._help.ask_for_help(kiosk_name, device_id=device_id)

    def acknowledge_help(self, token: str, request_id: str, action_id: str | None = None, *,
                         device_id: str = "") -> HelpRequest:
        return self._help.acknowledge_help(token, request_id, action_id, device_id=device_id)

    def help_request(self, request_id: str) -> HelpRequest | None:
        return self._help.help_request(request_id)

    def open_help_requests(self) -> list[HelpRequest]:
        return self._help.open_help_requests()

    # ---- the activity report ----------------------------------------------------------

    def activity_report(self, token: str, first_day: dt.date, last_day: dt.date) -> ActivityReport:
        return self._reports.activity_report(token, first_day, last_day)
    # ---- service controls and levels (kiosk/office/service_controls.py) -------------------

    def service_controls(self) -> list[ServiceControl]:
        return self._controls.service_controls()

    def set_service_control(self, token: str, control: ServiceControl, action_id: str | None = None, *,
                            device_id: str = "") -> ServiceControl:
        return self._controls.set_service_control(token, control, action_id, device_id=device_id)

    def service_targets(self) -> dict[str, int]:
        return self._controls.service_targets()

    def service_levels(self) -> list[ServiceLevel]:
        return self._controls.service_levels()

    # ---- the office's own PC only: the hub, the sync thread, the command line (not on the port) ----

    def office_activity_report(self, first_day: dt.date, last_day: dt.date,
                               targets: Mapping[str, int] | None = None) -> ActivityReport:
        """The activity report without a staff session: `maktab report` on this PC."""
        return self._reports.office_activity_report(first_day, last_day, targets)

    def add_staff(self, name: str, role: str, pin: str) -> dict[str, Any]:
        return self._staff.add_staff(name, role, pin)

    def list_staff(self) -> list[dict[str, Any]]:
        return self._staff.list_staff()

    def reset_pin(self, name: str, pin: str) -> None:
        self._staff.reset_pin(name, pin)

    def unlock_staff(self, name: str) -> str | None:
        return self._staff.unlock_staff(name)

    def verify_audit(self) -> int | None:
        return self._staff.verify_audit()

    def apply_central_concern_update(self, code: str, status: ConcernStatus | str | None = None,
                                     public_answer: str | None = None, at: dt.datetime | str | None = None,
                                     reason: str | None = None) -> str:
        return self._concerns.apply_central_concern_update(code, status, public_answer, at, reason)

    def purge_personal_data(self, retention_days: int) -> int:
        return self._concerns.purge_personal_data(retention_days)

    def set_public_url(self, public_url: str | None) -> bool:
        """Keep the public address a pull brought (None: the server has none); True when it changed."""
        return self._public_address.received(public_url)

    def apply_catalogue_update(self, data: Mapping[str, Any], source: str = "central") -> str:
        return self._catalogue.apply_catalogue_update(data, source)

    def catalogue_overrides(self) -> dict[str, dict[str, Any]]:
        return self._catalogue.catalogue_overrides()

    def forget_old_answers(self) -> int:
        return self._tickets.forget_old_answers()

    def problem_json(self) -> dict[str, Any] | None:
        return self._health.problem_json()

    def check_integrity(self) -> str:
        return self._health.check_integrity()

    @property
    def database_file(self) -> Path | None:
        """The office database file (the hub keeps paired devices in it); None in memory."""
        return self._work.database_file


__all__ = ["Office", "OfficeError", "OfficeEvent", "OfficeInfo", "ticket_payload"]
