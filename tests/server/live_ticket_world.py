"""A followed ticket's world for the server's tests: an office issues tickets with a QR token
(pushed as `ticket.issued` events, as the kiosk does) and sends live snapshots over HTTP."""
from __future__ import annotations

import secrets

import requests

from sync import protocol as P

DAY = "2026-09-06"


def new_token() -> str:
    return secrets.token_urlsafe(12)  # what the kiosk prints: 16 URL-safe characters


def ticket_event(seq: int, label: str, token: str | None, *, day: str = DAY,
                 issued_at: str = "2026-09-06T08:00:00.000Z", service: str = "EC") -> P.Event:
    payload = {"ticket_id": f"t-{seq}", "service_code": service, "queue_service": service,
               "number": int(label.rsplit("-", 1)[1]), "label": label, "business_date": day, "priority": "none",
               "status": "waiting", "language": "ar", "issued_at": issued_at, "office_code": "ALG-16001"}
    if token is not None:
        payload["public_token"] = token
    return P.Event.create(seq, f"ev-{seq}", "ticket.issued", issued_at, payload)


def snapshot_body(device_id: str, taken_at: str, *, day: str = DAY, waiting: list[str] | None = None,
                  called: list[tuple[str, str]] = (), minutes: float = 5.0, counters: int = 1) -> dict:
    return {"protocol": 1, "device_id": device_id, "taken_at": taken_at, "day": day,
            "queues": {"EC": {"waiting": waiting or [], "minutes": minutes, "counters": counters}},
            "called": [{"label": label, "counter": counter} for label, counter in called]}


def post_snapshot(server, device, body: dict, *, compress: bool = True, headers: dict | None = None):
    data, sent = P.encode_json_body(body, compress=compress)
    return requests.post(server.url(P.SNAPSHOT_PATH), data=data, timeout=10,
                         headers={**sent, **device.headers, **(headers or {})})


SERVICE_NAMES = {"ar": "الحالة المدنية", "fr": "État civil", "kab": "Addad aɣerfan", "en": "Civil status"}


def report_services(server, device) -> None:
    """The office's status report, with its catalogue's names (what the page's service name comes from)."""
    body = {"protocol": 1, "device_id": device.device_id, "batch_id": f"b-{secrets.token_hex(4)}", "events": [],
            "office_status": {"backlog": 0, "version": "1.0", "printer": "ok", "help_requests": 0,
                              "at": "2026-09-06T07:00:00.000Z",
                              "services": [{"code": "EC", "names": SERVICE_NAMES, "active": True, "minutes": 5}]}}
    data, headers = P.encode_json_body(body)
    r = requests.post(server.url(P.BATCHES_PATH), data=data, headers={**headers, **device.headers}, timeout=10)
    assert r.status_code == 200, r.text
