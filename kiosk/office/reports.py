"""The office's activity report (kiosk/domain/activity_report.py), read from its database.

`ReportsService` is the office's report part, built around the shared `UnitOfWork`:

    activity_report(token, first, last)   on the port: a supervisor's session (the
                                          supervisor's console, locally or over the LAN)
    office_activity_report(first, last)   on `Office` only: `maktab report` on the office's
                                          own PC, where the database file is at hand anyway

Both read the period in one read transaction (a consistent picture while desks keep
working) and compute outside the lock. A period the domain refuses (last day first, more
than a year) is an `InvalidInput` `bad_period`.

Targets: each service's target wait in minutes comes from `targets_of`, the office's
`service_targets()` (the supervisor's target, else the catalogue's).

Thread use: any thread; the read holds the office lock.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from kiosk.domain.activity_report import ActivityReport, compute_activity_report, period_problem
from kiosk.domain.staff import Permission
from kiosk.office.catalogue_updates import CatalogueService
from kiosk.office.errors import InvalidInput
from kiosk.office.staff import StaffService
from kiosk.office.unit_of_work import UnitOfWork
from kiosk.store import activity as rows


def no_targets() -> Mapping[str, int]:
    return {}


class ReportsService:
    def __init__(self, work: UnitOfWork, catalogue: CatalogueService, staff: StaffService,
                 targets_of: Callable[[], Mapping[str, int]] = no_targets):
        self._work = work
        self._catalogue = catalogue
        self._staff = staff
        self._targets_of = targets_of

    def activity_report(self, token: str, first_day: dt.date, last_day: dt.date) -> ActivityReport:
        """The report of the office days `first_day`..`last_day`, for a supervisor's session."""
        self._staff.session(token, Permission.SUPERVISE)
        return self.office_activity_report(first_day, last_day)

    def office_activity_report(self, first_day: dt.date, last_day: dt.date,
                               targets: Mapping[str, int] | None = None) -> ActivityReport:
        """The same without a session (the office's own PC); `targets` overrides the office's."""
        problem = period_problem(first_day, last_day)
        if problem:
            raise InvalidInput("bad_period", problem)
        work = self._work
        start, end = rows.period_bounds(first_day, last_day, work.zone)
        with work.read() as conn:
            tickets = rows.ticket_times(conn, first_day, last_day)
            concerns = rows.concern_times(conn, start, end)
            help_requests = rows.help_times(conn, start, end)
        return compute_activity_report(
            office_name=work.info.name, office_code=work.info.code, zone=work.zone, first_day=first_day,
            last_day=last_day, generated_at=work.clock.now(), tickets=tickets, concerns=concerns,
            help_requests=help_requests, service_order=[s.code for s in self._catalogue.current.services],
            targets=self._targets_of() if targets is None else targets,
        )
