"""The office's live snapshot: the state of its queues, for the citizen's phone.

    POST /api/v1/snapshot   (SNAPSHOT_PATH; bearer token of the device; gzip JSON body)

    {"protocol": 1, "device_id": "d-…", "taken_at": "2026-09-06T08:30:00.000Z", "day": "2026-09-06",
     "queues": {"EC": {"waiting": ["EC-012", "EC-013"], "minutes": 6.5, "counters": 2}},
     "called": [{"label": "EC-011", "counter": "3"}]}

- `taken_at`: the office's clock; the server keeps, per office, the snapshot with the
  newest `taken_at` (a late retry never overwrites a newer state).
- `day`: the office's business date (Africa/Algiers), so a ticket of another day says so.
- `queues`: per line (service code), the waiting tickets' labels in calling order
  (priority tickets first, as the desks call them; a transferred ticket is in the line it
  waits in now), the minutes per citizen and the open counters the kiosk's own estimate
  uses (`kiosk.domain.tickets.estimate_wait_minutes`).
- `called`: today's latest calls, newest first, with their counter.

A line's `waiting` is sent compactly: a run of labels of one prefix with consecutive
numbers ("EC-040", "EC-041", … "EC-048", as `format_label` writes them) is one entry
"EC-040+8" (the first label, then how many follow). A busy line of 80 people is then a
dozen entries (the gaps are the priority tickets already called), which keeps a busy
office's snapshots within their budget (docs/public_pages.md). `Snapshot` holds the
labels expanded; `to_dict` compacts them again.

Labels and counters only: never a name, a phone number or a ticket's token. Unknown keys
are ignored (a later office may add one); the known ones are checked strictly and a bad
one refuses the snapshot (400) with the field named.

Part of `sync.protocol` (import it from there). Pure; any thread.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from sync.protocol.constants import MAX_ID_LENGTH, PROTOCOL_VERSION
from sync.protocol.errors import ProtocolError, UnsupportedProtocol
from sync.protocol.office_status import MAX_REPORTED_SERVICES, SERVICE_CODE_RE, SERVICE_MAX_MINUTES
from sync.protocol.values import format_time, parse_time

MAX_SNAPSHOT_BYTES = 256 * 1024  # decompressed; a busy office's snapshot is a few kilobytes
MAX_SNAPSHOT_WAITING = 2000  # per line: more than a day's tickets of the busiest service
MAX_SNAPSHOT_CALLED = 20
MAX_COUNTERS = 99
# A ticket's label ("EC-012", kiosk.domain.tickets.format_label) and a counter's name: short, no spaces.
LABEL_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,15}$")
_RUN_RE = re.compile(r"^([A-Za-z0-9][A-Za-z0-9-]{0,15})\+([1-9][0-9]{0,3})$")  # "EC-040+8"
_NUMBERED_RE = re.compile(r"^(.*)-([0-9]+)$")
COUNTER_RE = re.compile(r"^[^\s\x00-\x1f]{1,16}$")


@dataclasses.dataclass(frozen=True)
class QueueState:
    waiting: tuple[str, ...]  # labels, in calling order
    minutes: float  # per citizen
    counters: int  # open counters serving this line


@dataclasses.dataclass(frozen=True)
class Call:
    label: str
    counter: str


@dataclasses.dataclass(frozen=True)
class Snapshot:
    device_id: str
    taken_at: str
    day: str
    queues: Mapping[str, QueueState]
    called: tuple[Call, ...]

    @property
    def taken(self) -> dt.datetime:
        return parse_time(self.taken_at)

    def to_dict(self) -> dict[str, Any]:
        return {"protocol": PROTOCOL_VERSION, "device_id": self.device_id, "taken_at": self.taken_at,
                "day": self.day,
                "queues": {code: {"waiting": compact_labels(q.waiting), "minutes": q.minutes, "counters": q.counters}
                           for code, q in self.queues.items()},
                "called": [{"label": c.label, "counter": c.counter} for c in self.called]}


def _numbered(label: str) -> tuple[str, int] | None:
    """("EC", 40) for "EC-040": a label `format_label` wrote (at least three digits, no needless zero)."""
    found = _NUMBERED_RE.match(label)
    if found is None or f"{int(found.group(2)):03d}" != found.group(2):
        return None
    return found.group(1), int(found.group(2))


def compact_labels(labels: Sequence[str]) -> list[str]:
    """["EC-040", "EC-041", "EC-042", "P-003"] → ["EC-040+2", "P-003"]."""
    out: list[str] = []
    run_prefix, run_start, run_more = "", 0, 0
    for label in labels:
        numbered = _numbered(label)
        if out and numbered is not None and numbered == (run_prefix, run_start + run_more + 1):
            run_more += 1
            out[-1] = f"{run_prefix}-{run_start:03d}+{run_more}"
            continue
        out.append(label)
        run_prefix, run_start = numbered if numbered is not None else ("", -2)
        run_more = 0
    return out


def _expand(entries: list[Any], what: str) -> tuple[str, ...]:
    labels: list[str] = []
    for i, entry in enumerate(entries):
        run = _RUN_RE.match(entry) if isinstance(entry, str) else None
        if run is None:
            labels.append(_text(entry, f"{what}[{i}]", LABEL_RE, "EC-012"))
            continue
        numbered = _numbered(run.group(1))
        if numbered is None:
            raise _bad(f"{what}[{i}] {entry[:40]!r}: only a numbered label such as 'EC-040' starts a run")
        labels.extend(f"{numbered[0]}-{numbered[1] + k:03d}" for k in range(int(run.group(2)) + 1))
        if len(labels) > MAX_SNAPSHOT_WAITING:
            break
    if len(labels) > MAX_SNAPSHOT_WAITING:
        raise _bad(f"{what} holds more than {MAX_SNAPSHOT_WAITING} tickets")
    return tuple(labels)


def _bad(message: str) -> ProtocolError:
    return ProtocolError(message, "invalid_request", 400)


def _mapping(obj: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(obj, Mapping):
        raise _bad(f"{what} must be a JSON object")
    return obj


def _list(obj: Any, what: str, limit: int) -> list[Any]:
    if not isinstance(obj, list):
        raise _bad(f"{what} must be a JSON array")
    if len(obj) > limit:
        raise _bad(f"{what} has {len(obj)} entries; at most {limit} are allowed")
    return obj


def _text(value: Any, what: str, pattern: re.Pattern[str], example: str) -> str:
    if not isinstance(value, str) or not pattern.match(value):
        raise _bad(f"{what} {str(value)[:40]!r} is not valid: expected something like {example!r}")
    return value


def _queue(code: str, raw: Any) -> QueueState:
    what = f"snapshot.queues.{code}"
    obj = _mapping(raw, what)
    waiting = _expand(_list(obj.get("waiting"), f"{what}.waiting", MAX_SNAPSHOT_WAITING), f"{what}.waiting")
    minutes = obj.get("minutes")
    if isinstance(minutes, bool) or not isinstance(minutes, (int, float)) or not math.isfinite(minutes) \
            or not 0 <= minutes <= SERVICE_MAX_MINUTES:
        raise _bad(f"{what}.minutes must be a number of minutes per citizen, 0 to {SERVICE_MAX_MINUTES}")
    counters = obj.get("counters")
    if isinstance(counters, bool) or not isinstance(counters, int) or not 0 <= counters <= MAX_COUNTERS:
        raise _bad(f"{what}.counters must be the number of open counters, 0 to {MAX_COUNTERS}")
    return QueueState(waiting, float(minutes), counters)


def parse_snapshot(obj: Any) -> Snapshot:
    """A snapshot body → `Snapshot`, or a ProtocolError (400) naming the field."""
    body = _mapping(obj, "the snapshot")
    got = body.get("protocol")
    if isinstance(got, bool) or got != PROTOCOL_VERSION:
        raise UnsupportedProtocol(got)
    device_id = body.get("device_id")
    if not isinstance(device_id, str) or not 0 < len(device_id) <= MAX_ID_LENGTH:
        raise _bad(f"snapshot.device_id must be the device's id (1 to {MAX_ID_LENGTH} characters)")
    try:
        # One format (UTC, milliseconds, Z) on the server, so the newest compares as text.
        taken_at = format_time(parse_time(body.get("taken_at"), "snapshot.taken_at"))
    except ProtocolError as exc:
        raise _bad(exc.message) from None
    day = body.get("day")
    try:
        dt.date.fromisoformat(day if isinstance(day, str) and len(day) == 10 else "")
    except ValueError:
        raise _bad(f"snapshot.day {str(day)[:20]!r} is not the office's date as YYYY-MM-DD") from None
    queues_raw = _mapping(body.get("queues"), "snapshot.queues")
    if len(queues_raw) > MAX_REPORTED_SERVICES:
        raise _bad(f"snapshot.queues has {len(queues_raw)} lines; at most {MAX_REPORTED_SERVICES} are allowed")
    queues = {_text(code, "snapshot.queues key", SERVICE_CODE_RE, "EC-N12"): _queue(code, raw)
              for code, raw in queues_raw.items()}
    called = []
    for i, raw in enumerate(_list(body.get("called", []), "snapshot.called", MAX_SNAPSHOT_CALLED)):
        call = _mapping(raw, f"snapshot.called[{i}]")
        called.append(Call(_text(call.get("label"), f"snapshot.called[{i}].label", LABEL_RE, "EC-012"),
                           _text(call.get("counter"), f"snapshot.called[{i}].counter", COUNTER_RE, "3")))
    return Snapshot(device_id, taken_at, str(day), queues, tuple(called))


__all__ = [
    "COUNTER_RE",
    "LABEL_RE",
    "MAX_SNAPSHOT_BYTES",
    "MAX_SNAPSHOT_CALLED",
    "MAX_SNAPSHOT_WAITING",
    "Call",
    "QueueState",
    "Snapshot",
    "compact_labels",
    "parse_snapshot",
]
