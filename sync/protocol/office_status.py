"""The office's status report: an optional `office_status` object a push may carry.

    {"backlog": 12, "version": "0.9.0", "printer": "ok", "help_requests": 0,
     "at": "2026-09-06T07:30:00.000Z",
     "services": [{"code": "EC-N12", "names": {"fr": "…", "ar": "…"}, "active": true, "minutes": 6}]}

`backlog` is what the office still has to send *after* the batch that carries the report;
`services` (optional) is the office's own catalogue, sent when it changed. The central
server keeps the latest report per office and shows it in the back office. A push without
the field is as valid as ever (old offices), and a server that predates the field ignores
it (the envelope's unknown keys are ignored). Unknown keys *inside* the report are
ignored too, so a later version can add one; the known ones are checked strictly, and a
bad one refuses the push (422) with the field named. The client checks its report with the
same function before sending, and sends none rather than a bad one, so a broken report
never holds back the office's events.

Part of `sync.protocol` (import it from there). Pure; any thread.
"""
from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Mapping
from typing import Any

from sync.protocol.constants import ANNOUNCEMENT_LANGUAGES
from sync.protocol.errors import ProtocolError
from sync.protocol.values import parse_time

PRINTER_STATES = ("ok", "paper_out", "offline", "error", "unknown")
MAX_REPORTED_BACKLOG = 10**9
MAX_HELP_REQUESTS = 10_000
MAX_REPORTED_SERVICES = 200
_VERSION_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}$")

# A service as the office's catalogue.toml defines it (kiosk/domain/catalogue.py, which sync/ may not import).
SERVICE_CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,15}$")
SERVICE_MAX_MINUTES = 240
SERVICE_MAX_NAME = 120


@dataclasses.dataclass(frozen=True)
class ReportedService:
    code: str
    names: dict[str, str]
    active: bool
    minutes: float

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "names": dict(self.names), "active": self.active, "minutes": self.minutes}


@dataclasses.dataclass(frozen=True)
class OfficeStatus:
    backlog: int
    version: str
    printer: str
    help_requests: int
    at: str
    services: tuple[ReportedService, ...] | None = None  # None: not sent (unchanged since the last report)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"backlog": self.backlog, "version": self.version, "printer": self.printer,
                               "help_requests": self.help_requests, "at": self.at}
        if self.services is not None:
            out["services"] = [s.to_dict() for s in self.services]
        return out


def _count(obj: Mapping[str, Any], key: str, maximum: int) -> int:
    value = obj.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= maximum:
        raise ProtocolError(f"office_status.{key} must be a whole number from 0 to {maximum}, got {value!r:.40}")
    return value


def parse_office_status(obj: Any) -> OfficeStatus:
    """A push's `office_status` → OfficeStatus, or ProtocolError naming the field and what it must be."""
    if not isinstance(obj, Mapping):
        raise ProtocolError("office_status must be a JSON object {backlog, version, printer, help_requests, at}")
    version = obj.get("version")
    if not isinstance(version, str) or not _VERSION_RE.match(version):
        raise ProtocolError(f"office_status.version must be a version such as '0.9.0' (letters, digits, '.', '+', "
                            f"'_', '-', at most 64), got {version!r:.40}")
    printer = obj.get("printer")
    if printer not in PRINTER_STATES:
        raise ProtocolError(f"office_status.printer must be one of {', '.join(PRINTER_STATES)}, got {printer!r:.40}")
    at = obj.get("at")
    if not isinstance(at, str) or len(at) > 64:
        raise ProtocolError("office_status.at must be an ISO-8601 time such as 2026-01-31T09:15:00Z")
    parse_time(at, "office_status.at")
    services = None
    if obj.get("services") is not None:
        services = _services(obj["services"])
    return OfficeStatus(_count(obj, "backlog", MAX_REPORTED_BACKLOG), version, printer,
                        _count(obj, "help_requests", MAX_HELP_REQUESTS), at, services)


def _services(raw: Any) -> tuple[ReportedService, ...]:
    if not isinstance(raw, list) or len(raw) > MAX_REPORTED_SERVICES:
        raise ProtocolError(f"office_status.services must be an array of at most {MAX_REPORTED_SERVICES} services")
    out = []
    for i, item in enumerate(raw):
        where = f"office_status.services[{i}]"
        if not isinstance(item, Mapping):
            raise ProtocolError(f"{where} must be an object {{code, names, active, minutes}}")
        code = item.get("code")
        if not isinstance(code, str) or not SERVICE_CODE_RE.match(code):
            raise ProtocolError(f"{where}.code must be a service code such as EC-N12, got {code!r:.40}")
        names = item.get("names")
        if (not isinstance(names, Mapping) or not set(names) <= set(ANNOUNCEMENT_LANGUAGES)
                or not all(isinstance(n, str) and 0 < len(n) <= SERVICE_MAX_NAME for n in names.values())):
            raise ProtocolError(f"{where}.names must map {', '.join(ANNOUNCEMENT_LANGUAGES)} to names of 1 to "
                                f"{SERVICE_MAX_NAME} characters")
        active = item.get("active")
        if not isinstance(active, bool):
            raise ProtocolError(f"{where}.active must be true or false")
        minutes = item.get("minutes")
        if (isinstance(minutes, bool) or not isinstance(minutes, (int, float)) or not math.isfinite(minutes)
                or not 0 < minutes <= SERVICE_MAX_MINUTES):
            raise ProtocolError(f"{where}.minutes must be more than 0 and at most {SERVICE_MAX_MINUTES}")
        out.append(ReportedService(code, dict(names), active, minutes))
    return tuple(out)


__all__ = ["MAX_HELP_REQUESTS", "MAX_REPORTED_BACKLOG", "MAX_REPORTED_SERVICES", "PRINTER_STATES",
           "SERVICE_CODE_RE", "SERVICE_MAX_MINUTES", "SERVICE_MAX_NAME", "OfficeStatus", "ReportedService",
           "parse_office_status"]
