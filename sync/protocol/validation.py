"""Checking what arrives: a JSON value → a validated protocol value, or a `ProtocolError` saying why not.

Both sides use it: the server on requests (`parse_push_request`, `validate_event`, …),
the office on answers (`parse_push_response`, `parse_health`, …), and `sync.batch_file`
on a USB file's envelope (`need_str`, `need_int`, `need_mapping`). Part of
`sync.protocol` (import the parse functions from there). Pure; any thread.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from sync.protocol.constants import (
    DEFAULT_PULL_LIMIT,
    EVENT_STATUSES,
    MAX_BATCH_EVENTS,
    MAX_ID_LENGTH,
    MAX_PAYLOAD_BYTES,
    MAX_PULL_LIMIT,
    MAX_SEQ,
    PROTOCOL_VERSION,
    SERVICE_NAME,
)
from sync.protocol.credentials import normalize_enroll_code
from sync.protocol.errors import PayloadTooLarge, ProtocolError, UnsupportedProtocol
from sync.protocol.office_status import OfficeStatus, parse_office_status
from sync.protocol.public_url import check_public_url
from sync.protocol.shapes import PushRequestDict
from sync.protocol.values import (
    EnrollRequest,
    EnrollResponse,
    Event,
    EventResult,
    Health,
    PullResponse,
    PushRequest,
    PushResponse,
    Update,
    canonical_json,
    event_hash,
    parse_time,
)

ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]*$")
_TYPE_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
_OFFICE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$")
_HEX_RE = re.compile(r"^[0-9A-Fa-f]+$")



def need_mapping(obj: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(obj, Mapping):
        raise ProtocolError(f"{what} must be a JSON object, got {_json_type(obj)}")
    return obj


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


def need_str(obj: Mapping[str, Any], key: str, what: str, max_len: int = 1000,
             pattern: re.Pattern[str] | None = None) -> str:
    """`obj[key]` as a non-empty string of at most `max_len` characters (matching `pattern`), or ProtocolError."""
    value = obj.get(key)
    if not isinstance(value, str) or not value:
        raise ProtocolError(f"{what}.{key} must be a non-empty string, got {_json_type(value)}")
    if len(value) > max_len:
        raise ProtocolError(f"{what}.{key} is {len(value)} characters long; at most {max_len} are allowed")
    if pattern is not None and not pattern.match(value):
        raise ProtocolError(f"{what}.{key} {value[:40]!r} has characters that are not allowed "
                            "(letters, digits, '.', '_', ':', '-' only)")
    return value


def maybe_str(obj: Mapping[str, Any], key: str, what: str, max_len: int = 1000,
              pattern: re.Pattern[str] | None = None) -> str | None:
    """Like `need_str`, but a missing or null `obj[key]` is None."""
    return None if obj.get(key) is None else need_str(obj, key, what, max_len, pattern)


def need_int(obj: Mapping[str, Any], key: str, what: str, minimum: int = 0, maximum: int = MAX_SEQ) -> int:
    value = obj.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProtocolError(f"{what}.{key} must be an integer, got {_json_type(value)}")
    if not minimum <= value <= maximum:
        raise ProtocolError(f"{what}.{key} = {value} is out of range {minimum}..{maximum}")
    return value


def check_protocol(obj: Mapping[str, Any]) -> None:
    got = obj.get("protocol")
    if isinstance(got, bool) or got != PROTOCOL_VERSION:
        raise UnsupportedProtocol(got)


def validate_office_code(code: Any) -> str:
    if not isinstance(code, str) or not _OFFICE_RE.match(code):
        raise ProtocolError(f"office code {code!r} is not valid: use 1-32 letters, digits, '_' or '-' "
                            "(e.g. ALG-16001)")
    return code


def event_seq_of(raw: Any) -> int | None:
    """The seq of a raw event if it has a usable one (to answer about a malformed event)."""
    if isinstance(raw, Mapping):
        seq = raw.get("seq")
        if isinstance(seq, int) and not isinstance(seq, bool) and 1 <= seq <= MAX_SEQ:
            return seq
    return None


def validate_event(raw: Any) -> Event:
    """One event's envelope → Event, or ProtocolError whose message is the rejection reason.

    The payload's inner fields are not checked (the office knows its events); it must be a
    JSON object of at most MAX_PAYLOAD_BYTES. A missing `hash` is computed; a `hash` that
    does not match the content is refused (the event was damaged on the way).
    """
    ev = need_mapping(raw, "event")
    seq = need_int(ev, "seq", "event", minimum=1)
    event_id = need_str(ev, "id", "event", MAX_ID_LENGTH, ID_RE)
    type_ = need_str(ev, "type", "event", 64)
    if not _TYPE_RE.match(type_):
        raise ProtocolError(f"event.type {type_!r} is not of the form family.action (e.g. ticket.issued)")
    occurred_at = need_str(ev, "occurred_at", "event", 64)
    parse_time(occurred_at, "event.occurred_at")
    payload = ev.get("payload")
    if not isinstance(payload, Mapping):
        raise ProtocolError(f"event.payload must be a JSON object, got {_json_type(payload)}")
    payload = dict(payload)
    size = len(canonical_json(payload))
    if size > MAX_PAYLOAD_BYTES:
        raise ProtocolError(f"event.payload is {size} bytes; at most {MAX_PAYLOAD_BYTES} are allowed")
    computed = event_hash(type_, occurred_at, payload)
    given = ev.get("hash")
    if given is not None and (not isinstance(given, str) or given.lower() != computed):
        raise ProtocolError("event.hash does not match sha256 of canonical {type, occurred_at, payload}: "
                            "the event was altered or hashed differently")
    return Event(seq, event_id, type_, occurred_at, payload, computed)


def parse_push_request(obj: Any, *, max_events: int = MAX_BATCH_EVENTS) -> PushRequest:
    """Validate a push body's envelope (not its events: see validate_event) and its optional
    `office_status` report (a bad report refuses the push: the client checks it before sending)."""
    body = need_mapping(obj, "push body")
    check_protocol(body)
    device_id = need_str(body, "device_id", "push body", MAX_ID_LENGTH, ID_RE)
    batch_id = need_str(body, "batch_id", "push body", MAX_ID_LENGTH, ID_RE)
    events = body.get("events")
    if not isinstance(events, list):
        raise ProtocolError(f"push body.events must be an array, got {_json_type(events)}")
    if len(events) > max_events:
        raise PayloadTooLarge(f"batch has {len(events)} events; at most {max_events} per batch. "
                              "Send smaller batches.")
    status = body.get("office_status")
    return PushRequest(device_id, batch_id, list(events),
                       office_status=None if status is None else parse_office_status(status))


def make_push_request(device_id: str, batch_id: str, events: Iterable[Event],
                      office_status: OfficeStatus | None = None) -> PushRequestDict:
    return PushRequest(device_id, batch_id, list(events), office_status=office_status).to_dict()


def parse_push_response(obj: Any) -> PushResponse:
    """Check the server's push answer. Anything else (an HTML login page…) raises ProtocolError."""
    body = need_mapping(obj, "push answer")
    check_protocol(body)
    batch_id = need_str(body, "batch_id", "push answer", MAX_ID_LENGTH)
    raw_results = body.get("results")
    if not isinstance(raw_results, list):
        raise ProtocolError("push answer.results must be an array")
    results = []
    for raw in raw_results:
        r = need_mapping(raw, "push answer result")
        status = r.get("status")
        if status not in EVENT_STATUSES:
            raise ProtocolError(f"push answer result status {status!r} is not one of {EVENT_STATUSES}")
        seq = r.get("seq")
        if seq is not None and (isinstance(seq, bool) or not isinstance(seq, int)):
            raise ProtocolError("push answer result seq must be an integer or null")
        reason = r.get("reason")
        results.append(EventResult(seq, status, reason if isinstance(reason, str) else None))
    acked = need_int(body, "acked_through", "push answer", minimum=0)
    server_time = need_str(body, "server_time", "push answer", 64)
    parse_time(server_time, "push answer.server_time")
    return PushResponse(batch_id, results, acked, server_time)


def parse_pull_response(obj: Any) -> PullResponse:
    body = need_mapping(obj, "pull answer")
    check_protocol(body)
    raw_updates = body.get("updates")
    if not isinstance(raw_updates, list):
        raise ProtocolError("pull answer.updates must be an array")
    updates = []
    for raw in raw_updates:
        u = need_mapping(raw, "update")
        data = u.get("data")
        if not isinstance(data, Mapping):
            raise ProtocolError("update.data must be a JSON object")
        updates.append(Update(need_int(u, "cursor", "update", minimum=1), need_str(u, "kind", "update", 64),
                              dict(data), need_str(u, "at", "update", 64)))
    cursor = need_int(body, "cursor", "pull answer", minimum=0)
    more = body.get("more")
    if not isinstance(more, bool):
        raise ProtocolError("pull answer.more must be true or false")
    server_time = need_str(body, "server_time", "pull answer", 64)
    raw_url = body.get("public_url")
    public_url = None if raw_url is None else check_public_url(raw_url, "pull answer.public_url")
    return PullResponse(updates, cursor, more, server_time, public_url=public_url)


def parse_pull_query(cursor: Any, limit: Any) -> tuple[int, int]:
    """?cursor=&limit= → (cursor, limit) with limit clamped to 1..MAX_PULL_LIMIT."""
    try:
        c = 0 if cursor in (None, "") else int(cursor)
        n = DEFAULT_PULL_LIMIT if limit in (None, "") else int(limit)
    except (TypeError, ValueError):
        raise ProtocolError("cursor and limit must be whole numbers (e.g. ?cursor=0&limit=200)") from None
    if c < 0 or c > MAX_SEQ:
        raise ProtocolError(f"cursor {c} is out of range; start with cursor=0")
    return c, max(1, min(n, MAX_PULL_LIMIT))


def parse_enroll_request(obj: Any) -> EnrollRequest:
    body = need_mapping(obj, "enroll body")
    code = need_str(body, "code", "enroll body", 64)
    name = need_str(body, "device_name", "enroll body", 100).strip()
    if not name:
        raise ProtocolError("enroll body.device_name is blank; name the device (e.g. 'kiosk hall')")
    public_key = None if body.get("public_key") is None else validate_public_key(body["public_key"],
                                                                                  "enroll body.public_key")
    previous = maybe_str(body, "previous_device_id", "enroll body", MAX_ID_LENGTH, ID_RE)
    return EnrollRequest(normalize_enroll_code(code), name, public_key, previous)


def validate_public_key(value: Any, what: str = "public_key") -> str:
    """An Ed25519 public key as 64 lowercase hex characters (see sync.device_key), or ProtocolError."""
    if not isinstance(value, str) or len(value) != 64 or not _HEX_RE.match(value):
        raise ProtocolError(f"{what} must be an Ed25519 public key: 64 hexadecimal characters")
    return value.lower()


def parse_enroll_response(obj: Any) -> EnrollResponse:
    body = need_mapping(obj, "enroll answer")
    return EnrollResponse(
        need_str(body, "device_id", "enroll answer", MAX_ID_LENGTH),
        need_str(body, "office_code", "enroll answer", 32),
        need_str(body, "office_name", "enroll answer", 200),
        need_str(body, "token", "enroll answer", 200),
        need_str(body, "server_time", "enroll answer", 64),
        maybe_str(body, "public_key", "enroll answer", 64),
    )


def parse_health(obj: Any) -> Health:
    """Check /api/v1/health: a Wi-Fi login page answering 200 is not our server."""
    body = need_mapping(obj, "health answer")
    if body.get("service") != SERVICE_NAME:
        raise ProtocolError("the address answered, but it is not a Maktab server (a Wi-Fi login page or "
                            "proxy?). Check the server URL and the network's captive portal.",
                            "not_maktab_server")
    check_protocol(body)
    server_time = need_str(body, "server_time", "health answer", 64)
    parse_time(server_time, "health answer.server_time")
    return Health(str(body.get("status", "")), SERVICE_NAME, PROTOCOL_VERSION, server_time)
