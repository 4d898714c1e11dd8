"""`OfficePort`: what a screen, the hub and the command lines may ask of an office.

Two implementations, checked by mypy (the assignments at the bottom) and by
tests/office/test_port.py (every member's signature, on both):

    Office          kiosk/office/core.py     the local office on the SQLite file
    RemoteOffice    kiosk/hub/client.py      the same calls over the hub's LAN API

Screens take an `OfficePort` (`from kiosk.office import OfficePort`) and never probe
with `hasattr`. What is on one side only stays off the port, on purpose:

  - the office's own PC only (`Office`): staff accounts (add_staff, list_staff, reset_pin,
    unlock_staff, verify_audit), the activity report without a session (office_activity_report),
    central updates (apply_central_concern_update,
    apply_catalogue_update, set_public_url), purges, the outbox, the database file and its integrity
    check; the hub, the sync thread and `maktab` call these on the `Office` they hold;
  - the LAN client only (`RemoteOffice`): `online`, `reload()`.

Help: a kiosk over the LAN is named by the hub from its pairing (`kiosk_name` is not sent).

Ids: `request_id` (tickets, concerns) and `action_id` (desk actions) make a retried call
apply once (kiosk/office/once.py). `device_id` says who chose the id: '' for the screens
of the office's own PC; the hub passes the asking device. A `RemoteOffice` speaks for
its paired device: the hub takes the device from its token, so the argument is not sent.

Errors: `OfficeError` and its subclasses, and the storage failures (kiosk/office/errors.py).

Thread use: the methods block (on the lock, or the network): screens call them through
their worker helper, never on the GUI thread.
"""
from __future__ import annotations

import datetime as dt
import typing
from collections.abc import Callable
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from kiosk.domain.activity_report import ActivityReport
from kiosk.domain.catalogue import Catalogue, Service
from kiosk.domain.clock import Clock
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
from kiosk.office.desk import CounterFigures
from kiosk.office.records import Announcement, Board, CounterChange, CounterState, Listener, OfficeInfo
from kiosk.office.staff import StaffSession
from kiosk.store.errors import StoreError


class OfficePort(Protocol):
    # ---- what the office is ----
    @property
    def info(self) -> OfficeInfo: ...
    @property
    def zone(self) -> ZoneInfo: ...
    @property
    def catalogue(self) -> Catalogue: ...
    @property
    def clock(self) -> Clock: ...
    @property
    def problem(self) -> StoreError | None:
        """Why the office is out of service (a damaged or unreadable database), or None."""
    def services(self) -> tuple[Service, ...]: ...
    def subscribe(self, listener: Listener) -> Callable[[], None]: ...
    def close(self) -> None: ...

    # ---- sync with the central server (kiosk/office/sync_control.py) ----
    def sync_status(self) -> dict[str, Any]: ...
    def sync_now(self, token: str | None = None) -> bool: ...
    def public_url(self) -> str | None:
        """The central server's address for the citizens' pages (receipts' QR codes), None when unset."""

    # ---- tickets ----
    def issue_ticket(self, service_code: str, priority: Priority = Priority.NONE, language: str = "ar", *,
                     request_id: str | None = None, device_id: str = "") -> IssuedTicket: ...
    def ticket(self, ticket_id: str) -> Ticket | None: ...
    def waiting_count(self, service_code: str) -> int: ...
    def estimated_wait(self, service_code: str) -> int: ...
    def minutes_per_citizen(self, service_code: str) -> float: ...
    def open_counters(self, service_code: str) -> int: ...

    # ---- staff sessions ----
    def login(self, name: str, pin: str) -> StaffSession: ...
    def logout(self, token: str) -> None: ...
    def session(self, token: str, permission: Permission | None = None) -> StaffSession: ...

    # ---- desk actions ----
    def open_counter(self, token: str, counter: str, services: list[str], action_id: str | None = None, *,
                     device_id: str = "") -> CounterChange: ...
    def close_counter(self, token: str, counter: str, action_id: str | None = None, *,
                      device_id: str = "") -> CounterChange: ...
    def call_next(self, token: str, counter: str, action_id: str | None = None, *,
                  device_id: str = "") -> Ticket | None: ...
    def call_ticket(self, token: str, counter: str, ticket_id: str, action_id: str | None = None, *,
                    device_id: str = "") -> Ticket: ...
    def recall(self, token: str, ticket_id: str, action_id: str | None = None, *, device_id: str = "") -> Ticket: ...
    def start_service(self, token: str, ticket_id: str, action_id: str | None = None, *,
                      device_id: str = "") -> Ticket: ...
    def finish(self, token: str, ticket_id: str, action_id: str | None = None, *, device_id: str = "") -> Ticket: ...
    def no_show(self, token: str, ticket_id: str, action_id: str | None = None, *, device_id: str = "") -> Ticket: ...
    def transfer(self, token: str, ticket_id: str, to_service: str, action_id: str | None = None, *,
                 device_id: str = "") -> Ticket: ...

    # ---- what desks and the display read ----
    def counters(self) -> list[CounterState]: ...
    def waiting_tickets(self, services: list[str] | None = None, limit: int = 200) -> list[Ticket]: ...
    def waiting_counts(self) -> dict[str, int]: ...
    def recent_calls(self, limit: int = 6) -> list[Ticket]: ...
    def counter_figures(self, counter: str) -> CounterFigures: ...
    def announcements(self) -> list[Announcement]: ...
    def set_announcement(self, token: str | None, texts: dict[str, str], source: str = "desk") -> None: ...
    def board(self) -> Board: ...

    # ---- concerns ----
    def register_concern(self, draft: ConcernDraft, *, request_id: str | None = None,
                         device_id: str = "") -> RegisteredConcern: ...
    def take_concern(self, token: str, draft: ConcernDraft, *, request_id: str | None = None,
                     device_id: str = "") -> RegisteredConcern:
        """A clerk registers a concern for a citizen (`draft.channel`: counter, phone, letter or
        email); the session needs the `concerns` permission; audited under the clerk's name."""
    def concern_public_view(self, code_text: str) -> PublicConcernView: ...
    def follow_up_retry_after(self) -> float: ...
    def list_concerns(self, filters: ConcernFilter | None = None, *,
                      can_see_contact: bool = False) -> list[Concern]: ...
    def get_concern(self, code: str, can_see_contact: bool = False) -> Concern: ...
    def add_concern_note(self, code: str, text: str, public: bool, staff: StaffSession | str | None = None,
                         action_id: str | None = None, *, device_id: str = "") -> HistoryEntry: ...
    def change_concern_status(self, code: str, status: ConcernStatus | str, reason: str | None = None,
                              staff: StaffSession | str | None = None, action_id: str | None = None, *,
                              device_id: str = "") -> Concern: ...

    # ---- calls for help (kiosk/office/help.py) ----
    def ask_for_help(self, kiosk_name: str = "", *, device_id: str = "") -> HelpRequest:
        """A citizen pressed help; the kiosk's request still open is given back rather than a second one."""
    def acknowledge_help(self, token: str, request_id: str, action_id: str | None = None, *,
                         device_id: str = "") -> HelpRequest: ...
    def help_request(self, request_id: str) -> HelpRequest | None: ...
    def open_help_requests(self) -> list[HelpRequest]: ...

    # ---- the activity report (kiosk/office/reports.py) ----
    def activity_report(self, token: str, first_day: dt.date, last_day: dt.date) -> ActivityReport:
        """The figures of the office days `first_day`..`last_day` (a supervisor's session);
        InvalidInput `bad_period` for a last day first or more than 366 days."""
    # ---- service controls and levels (kiosk/office/service_controls.py) ----
    def service_controls(self) -> list[ServiceControl]:
        """What the supervisor set for every service, in catalogue order (defaults if never set)."""
    def set_service_control(self, token: str, control: ServiceControl, action_id: str | None = None, *,
                            device_id: str = "") -> ServiceControl:
        """Replace one service's control: supervisors only, audited, sent to the central server."""
    def service_targets(self) -> dict[str, int]:
        """Service code → waiting target in minutes (the supervisor's, else the catalogue's)."""
    def service_levels(self) -> list[ServiceLevel]:
        """Each open service's line now: waiting, longest and predicted wait, target, taking tickets."""


def port_members() -> list[str]:
    """The names of every operation on the port (the signature test walks them)."""
    return sorted(name for name in vars(OfficePort) if not name.startswith("_"))


if typing.TYPE_CHECKING:  # mypy: the local office is an OfficePort (the LAN client is checked in its module)
    from kiosk.office.core import Office

    _local: type[OfficePort] = Office
