"""Validated protocol values as frozen dataclasses, the canonical JSON both sides hash and sign, and time.

Part of `sync.protocol` (import it from there). Pure; any thread.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sync.protocol.constants import CONCERN_CHANNEL_DEFAULT, MAX_CHANNEL_CHARS, PROTOCOL_VERSION
from sync.protocol.errors import ProtocolError
from sync.protocol.shapes import (
    EnrollRequestDict,
    EnrollResponseDict,
    EventDict,
    EventResultDict,
    HealthDict,
    PullResponseDict,
    PushRequestDict,
    PushResponseDict,
    UpdateDict,
)

if TYPE_CHECKING:  # office_status imports this module (parse_time)
    from sync.protocol.office_status import OfficeStatus

# ---------------------------------------------------------------------------- canonical form


def canonical_json(obj: Any) -> bytes:
    """The one byte form both sides hash and sign: sorted keys, no spaces, UTF-8, no NaN."""
    try:
        return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                          allow_nan=False).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise ProtocolError(f"value cannot be written as canonical JSON: {exc}") from exc


def event_hash(type: str, occurred_at: str, payload: Mapping[str, Any]) -> str:
    """sha256 hex of canonical_json({"type", "occurred_at", "payload"}): an event's content."""
    return hashlib.sha256(
        canonical_json({"type": type, "occurred_at": occurred_at, "payload": payload})
    ).hexdigest()


# ---------------------------------------------------------------------------- time


def concern_channel(payload: Mapping[str, Any]) -> str:
    """How a `concern.registered` came: absent (an office from before channels) is a kiosk; a
    channel this side does not know (a newer office) is kept as sent, cut to MAX_CHANNEL_CHARS."""
    value = payload.get("channel")
    if not isinstance(value, str) or not value.strip():
        return CONCERN_CHANNEL_DEFAULT
    return value.strip()[:MAX_CHANNEL_CHARS]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def format_time(when: dt.datetime) -> str:
    """UTC ISO-8601 with milliseconds and a Z: `2026-11-25T05:11:41.123Z`."""
    if when.tzinfo is None:
        raise ValueError("naive datetime: give a timezone-aware time")
    return when.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def utc_now_iso() -> str:
    return format_time(utc_now())


def parse_time(text: Any, field: str = "time") -> dt.datetime:
    """An ISO-8601 time with a timezone (Z or ±hh:mm), as an aware datetime."""
    if not isinstance(text, str) or not text:
        raise ProtocolError(f"{field} must be an ISO-8601 time string, got {type(text).__name__}")
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise ProtocolError(f"{field} {text[:40]!r} is not an ISO-8601 time such as 2026-01-31T09:15:00Z") from None
    if when.tzinfo is None:
        raise ProtocolError(f"{field} {text[:40]!r} has no timezone; send UTC with a trailing Z")
    return when


# ---------------------------------------------------------------------------- values


@dataclasses.dataclass(frozen=True)
class Event:
    seq: int
    id: str
    type: str
    occurred_at: str
    payload: dict[str, Any]
    hash: str

    @classmethod
    def create(cls, seq: int, id: str, type: str, occurred_at: str, payload: dict[str, Any]) -> Event:
        return cls(seq, id, type, occurred_at, payload, event_hash(type, occurred_at, payload))

    def to_dict(self) -> EventDict:
        return {"seq": self.seq, "id": self.id, "type": self.type, "occurred_at": self.occurred_at,
                "payload": self.payload, "hash": self.hash}

    @property
    def payload_json(self) -> str:
        return canonical_json(self.payload).decode("utf-8")


@dataclasses.dataclass(frozen=True)
class PushRequest:
    """A push batch whose envelope is valid. `events` are still raw: validate each with
    `validate_event` so that one bad event is rejected alone and the others stored."""

    device_id: str
    batch_id: str
    events: list[Any]
    protocol: int = PROTOCOL_VERSION
    #: The office's status report (sync.protocol.office_status.OfficeStatus), if the push carried one.
    office_status: OfficeStatus | None = None

    def to_dict(self) -> PushRequestDict:
        out: PushRequestDict = {"protocol": self.protocol, "device_id": self.device_id, "batch_id": self.batch_id,
                                "events": [e.to_dict() if isinstance(e, Event) else e for e in self.events]}
        if self.office_status is not None:
            out["office_status"] = self.office_status.to_dict()
        return out


@dataclasses.dataclass(frozen=True)
class EventResult:
    seq: int | None
    status: str
    reason: str | None = None

    def to_dict(self) -> EventResultDict:
        out: EventResultDict = {"seq": self.seq, "status": self.status}  # type: ignore[typeddict-item]
        if self.reason is not None:
            out["reason"] = self.reason
        return out


@dataclasses.dataclass(frozen=True)
class PushResponse:
    batch_id: str
    results: list[EventResult]
    acked_through: int
    server_time: str
    protocol: int = PROTOCOL_VERSION

    def to_dict(self) -> PushResponseDict:
        return {"protocol": self.protocol, "batch_id": self.batch_id,
                "results": [r.to_dict() for r in self.results],
                "acked_through": self.acked_through, "server_time": self.server_time}

    def seqs_with(self, *statuses: str) -> list[int]:
        """Seqs whose result is one of `statuses` (e.g. STORED, DUPLICATE: safe to mark acked)."""
        return [r.seq for r in self.results if r.status in statuses and r.seq is not None]


@dataclasses.dataclass(frozen=True)
class Update:
    cursor: int
    kind: str
    data: dict[str, Any]
    at: str

    def to_dict(self) -> UpdateDict:
        return {"cursor": self.cursor, "kind": self.kind, "data": self.data, "at": self.at}


@dataclasses.dataclass(frozen=True)
class PullResponse:
    updates: list[Update]
    cursor: int
    more: bool
    server_time: str
    protocol: int = PROTOCOL_VERSION
    # The server's public address for the citizens' pages (sync.protocol.public_url); None
    # when it has none: the office then prints receipts without those links.
    public_url: str | None = None

    def to_dict(self) -> PullResponseDict:
        out: PullResponseDict = {"protocol": self.protocol, "updates": [u.to_dict() for u in self.updates],
                                 "cursor": self.cursor, "more": self.more, "server_time": self.server_time}
        if self.public_url:
            out["public_url"] = self.public_url
        return out


@dataclasses.dataclass(frozen=True)
class EnrollRequest:
    code: str  # normalized (see normalize_enroll_code)
    device_name: str
    public_key: str | None = None
    previous_device_id: str | None = None

    def to_dict(self) -> EnrollRequestDict:
        out: EnrollRequestDict = {"code": self.code, "device_name": self.device_name}
        if self.public_key:
            out["public_key"] = self.public_key
        if self.previous_device_id:
            out["previous_device_id"] = self.previous_device_id
        return out


@dataclasses.dataclass(frozen=True)
class EnrollResponse:
    device_id: str
    office_code: str
    office_name: str
    token: str
    server_time: str
    public_key: str | None = None

    def to_dict(self) -> EnrollResponseDict:
        out = dataclasses.asdict(self)
        if out["public_key"] is None:
            del out["public_key"]
        return out  # type: ignore[return-value]


@dataclasses.dataclass(frozen=True)
class Health:
    status: str
    service: str
    protocol: int
    server_time: str

    def to_dict(self) -> HealthDict:
        return dataclasses.asdict(self)  # type: ignore[return-value]
