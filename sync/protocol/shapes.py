"""The JSON bodies of protocol v1 as TypedDicts: what goes on the wire, field by field.

Part of `sync.protocol` (import it from there). Types only; any thread.
"""
from __future__ import annotations

from typing import Any, NotRequired, TypedDict

from sync.protocol.constants import EventStatus


class EventDict(TypedDict):
    seq: int
    id: str
    type: str
    occurred_at: str
    payload: dict[str, Any]
    hash: NotRequired[str]  # sha256 hex of canonical (type, occurred_at, payload); see event_hash


class PushRequestDict(TypedDict):
    protocol: int
    device_id: str
    batch_id: str
    events: list[EventDict]
    office_status: NotRequired[dict[str, Any]]  # the office's status report: see sync.protocol.office_status


class EventResultDict(TypedDict):
    seq: int | None  # None only when the event had no usable seq
    status: EventStatus
    reason: NotRequired[str]


class PushResponseDict(TypedDict):
    protocol: int
    batch_id: str
    results: list[EventResultDict]
    acked_through: int
    server_time: str


class UpdateDict(TypedDict):
    cursor: int
    kind: str
    data: dict[str, Any]
    at: str


class PullResponseDict(TypedDict):
    protocol: int
    updates: list[UpdateDict]
    cursor: int
    more: bool
    server_time: str
    public_url: NotRequired[str]  # the citizens' pages' address, when the server has one (check_public_url)


class EnrollRequestDict(TypedDict):
    code: str
    device_name: str
    public_key: NotRequired[str]  # hex Ed25519 key that will sign this device's batch files
    previous_device_id: NotRequired[str]  # enrolling again: keep this id, retire its old token


class EnrollResponseDict(TypedDict):
    device_id: str
    office_code: str
    office_name: str
    token: str
    server_time: str
    public_key: NotRequired[str]  # echoed when the server stored it


class HealthDict(TypedDict):
    status: str
    service: str
    protocol: int
    server_time: str


class ErrorDetail(TypedDict):
    code: str
    message: str


class ErrorBody(TypedDict):
    error: ErrorDetail
