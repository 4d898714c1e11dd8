"""Service controls and service levels: a supervisor opens and closes services (now or by
weekly hours), limits a day's tickets and sets waiting targets; the office enforces them
when it issues a ticket and says, per line, how far it is from its target.

`ServiceControlsService` is the office's part for them, built around the shared
`UnitOfWork`. A change is its row, its audit entry (with the supervisor) and its outbox
event in one durable transaction, then told to the listeners (every kiosk, desk and
display on the LAN hears it through the hub's event stream; the central server receives
the outbox event):

    service.control_changed   {"control": …, "by": name}

`check_issuable` runs inside the ticket's own transaction (kiosk/office/tickets.py), so
two kiosks cannot both take the last ticket under a limit: the count and the number are
read and written under one write lock. The rules are the domain's:
kiosk/domain/service_controls.py.

Thread use: any thread, under the office lock; listeners hear of a change after its commit.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from kiosk.domain.catalogue import DEFAULT_TARGET_MINUTES, Service
from kiosk.domain.clock import business_date, to_iso
from kiosk.domain.service_controls import (
    ControlError,
    Refusal,
    ServiceControl,
    ServiceLevel,
    availability,
    control_from,
    control_json,
    within_target,
)
from kiosk.domain.staff import Permission
from kiosk.domain.tickets import estimate_wait_minutes
from kiosk.office.catalogue_updates import CatalogueService
from kiosk.office.desk import DeskService
from kiosk.office.errors import InvalidInput, NotFound, Unavailable
from kiosk.office.once import Once, run_once
from kiosk.office.staff import StaffService
from kiosk.office.unit_of_work import UnitOfWork
from kiosk.store import desk as desk_rows
from kiosk.store import service_controls as rows
from kiosk.store import staff as staff_rows
from kiosk.store.outbox import append_event

CONTROL_CHANGED = "service.control_changed"

_REFUSAL_MESSAGES = {
    Refusal.CLOSED: "service {code} is closed for now",
    Refusal.OUTSIDE_HOURS: "service {code} takes no tickets at this hour",
    Refusal.LIMIT_REACHED: "service {code} has given all of today's tickets",
}


class ServiceControlsService:
    def __init__(self, work: UnitOfWork, catalogue: CatalogueService, staff: StaffService, desk: DeskService):
        self._work = work
        self._catalogue = catalogue
        self._staff = staff
        self._desk = desk

    # ---- what the supervisor sets ----------------------------------------------------------

    def service_controls(self) -> list[ServiceControl]:
        """Every service's control, in catalogue order (defaults for a service never touched)."""
        codes = [s.code for s in self._catalogue.current.services]
        with self._work.read() as conn:
            controls = rows.all_controls_for(conn, codes)
        return [controls[code] for code in codes]

    def set_service_control(self, token: str, control: ServiceControl, action_id: str | None = None, *,
                            device_id: str = "") -> ServiceControl:
        """Replace a service's control (supervisors only): audited, sent to the server, told to every screen."""
        session = self._staff.session(token, Permission.SUPERVISE)
        try:
            control = control_from(control_json(control))  # the same checks as a control read from the LAN
        except ControlError as exc:
            raise InvalidInput("bad_service_control", str(exc)) from None
        self._service(control.service_code)
        data = control_json(control)
        once = Once.key(action_id, device_id, "set_service_control", **data)
        work = self._work
        with work.write() as conn:
            at = to_iso(work.clock.now())

            def apply() -> tuple[dict[str, Any], dict[str, Any]]:
                rows.put_control(conn, control, at, session.name)
                staff_rows.append_audit(conn, at, session.staff_id, session.name, CONTROL_CHANGED, data)
                append_event(conn, CONTROL_CHANGED, at, {"control": data, "by": session.name, "at": at,
                                                         "office_code": work.info.code})
                return data, data

            outcome = run_once(once, conn, at, apply)
        if outcome.fresh is not None:
            work.publish(CONTROL_CHANGED, {"control": outcome.fresh, "by": session.name})
        return control_from(outcome.answer)

    def target_of(self, service_code: str) -> int:
        """One line's waiting target in minutes (the desk puts it on each first call's event)."""
        with self._work.read() as conn:
            return self._target(rows.get_control(conn, service_code))

    def service_targets(self) -> dict[str, int]:
        """Service code → its waiting target in minutes: the supervisor's, else the catalogue's."""
        return {control.service_code: self._target(control) for control in self.service_controls()}

    # ---- enforcement, inside the ticket's transaction ------------------------------------------

    def check_issuable(self, conn: sqlite3.Connection, service: Service, now: dt.datetime) -> None:
        """Raise `Unavailable` (code: the refusal) when the service takes no ticket at `now`.

        Runs in the issuing transaction: the count of today's tickets and the new number
        are read and written under the same write lock."""
        local = now.astimezone(self._work.zone)
        control = rows.get_control(conn, service.code)
        # Today's count only matters under a daily limit: no count on every ticket otherwise.
        issued = (rows.issued_by_service_on(conn, service.code, business_date(now, self._work.zone))
                  if control.daily_limit is not None else 0)
        found = availability(control, local, issued)
        if found.refusal is not None:
            raise Unavailable(found.refusal.value, _REFUSAL_MESSAGES[found.refusal].format(code=service.code))

    # ---- the lines now (the console, the desks' alerts, the kiosk's services) -----------------

    def service_levels(self) -> list[ServiceLevel]:
        """Each open service's line now: waiting, longest and predicted wait, target, taking tickets or not."""
        work = self._work
        now = work.clock.now()
        services = self._catalogue.current.active_services()
        codes = [s.code for s in services]
        with work.read() as conn:
            controls = rows.all_controls_for(conn, codes)
            issued = rows.issued_on(conn, business_date(now, work.zone))
            since = rows.longest_waiting_since(conn)
            waiting = desk_rows.waiting_counts(conn)
            first_waits = rows.first_waits_on(conn, business_date(now, work.zone))
        local = now.astimezone(work.zone)
        levels = []
        for service in services:
            code = service.code
            count = waiting.get(code, 0)
            longest = max(0, int((now - since[code]).total_seconds() // 60)) if code in since else 0
            predicted = estimate_wait_minutes(count, self._desk.minutes_per_citizen(code),
                                              self._desk.open_counters(code))
            control = controls[code]
            target = self._target(control)
            waits = [minutes for line, minutes in first_waits if line == code]
            levels.append(ServiceLevel(code, count, longest, predicted, target,
                                       availability(control, local, issued.get(code, 0)), issued.get(code, 0),
                                       control.daily_limit, len(waits),
                                       sum(1 for minutes in waits if within_target(minutes, target))))
        return levels

    # ---- internals --------------------------------------------------------------------------------

    def _service(self, code: str) -> Service:
        try:
            return self._catalogue.current.service(code)
        except KeyError:
            raise NotFound("unknown_service", f"no service with code {code!r}") from None

    def _target(self, control: ServiceControl) -> int:
        if control.target_minutes is not None:
            return control.target_minutes
        try:
            return self._catalogue.current.service(control.service_code).target_minutes
        except KeyError:  # a control kept for a service the catalogue has dropped
            return DEFAULT_TARGET_MINUTES
