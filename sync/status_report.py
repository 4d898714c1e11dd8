"""The office's status report, as the sync client attaches it to its pushes.

    StatusReporter(source, every_s)
        .due(backlog) -> OfficeStatus | None   the report for the next batch, or None when none is due
        .accepted(report)                      the server stored it
        .refused()                             the server refuses reports: stop sending them

`source` is a callable the kiosk gives (`sync/` does not import `kiosk`; see
kiosk/sync_adapter.py `office_status_source`): it answers {"version", "printer",
"help_requests", "services"?}; the reporter adds the backlog and the time and checks the
whole with the protocol's own `parse_office_status`. A report is due when it differs from
the last one the server accepted, or that one is older than `every_s` (a heartbeat). The
service list is sent only when it changed. The callable may fail or give bad values: then
there is no report this time (logged), never a failed push.

Used by `SyncClient` on the sync thread; not shared between threads.
"""
from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

from sync import protocol as P

log = logging.getLogger(__name__)

REPORT_EVERY_S = 300.0

#: What the kiosk gives: {"version", "printer", "help_requests", "services"?}.
OfficeStatusSource = Callable[[], Mapping[str, Any]]


class StatusReporter:
    def __init__(self, source: OfficeStatusSource, every_s: float = REPORT_EVERY_S):
        self.source = source
        self.every_s = every_s
        self._fields: tuple[Any, ...] | None = None  # (backlog, version, printer, help) last accepted
        self._services: tuple[P.ReportedService, ...] | None = None
        self._accepted_at = 0.0  # time.monotonic()
        self._refused = False

    def due(self, backlog: int) -> P.OfficeStatus | None:
        if self._refused:
            return None
        try:
            given = dict(self.source())
            raw: dict[str, Any] = {"backlog": min(max(backlog, 0), P.MAX_REPORTED_BACKLOG),
                                   "version": given.get("version", "unknown"),
                                   "printer": given.get("printer", "unknown"),
                                   "help_requests": given.get("help_requests", 0), "at": P.utc_now_iso()}
            if given.get("services") is not None:
                raw["services"] = given["services"]
            report = P.parse_office_status(raw)
        except Exception as exc:  # the kiosk's callable, or its values: the events go anyway
            log.warning("no office status report this time: %s", getattr(exc, "message", exc))
            return None
        fields = (report.backlog, report.version, report.printer, report.help_requests)
        services_changed = report.services is not None and report.services != self._services
        if fields == self._fields and not services_changed and time.monotonic() - self._accepted_at < self.every_s:
            return None
        return report if services_changed else dataclasses.replace(report, services=None)

    def accepted(self, report: P.OfficeStatus) -> None:
        self._fields = (report.backlog, report.version, report.printer, report.help_requests)
        if report.services is not None:
            self._services = report.services
        self._accepted_at = time.monotonic()

    def refused(self, message: str) -> None:
        log.warning("the server refused this office's status report; no more reports: %s", message)
        self._refused = True


__all__ = ["REPORT_EVERY_S", "OfficeStatusSource", "StatusReporter"]
