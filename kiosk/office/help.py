"""Calls for help from a kiosk: asked by a citizen, acknowledged by a clerk ("I'm coming").

`HelpService` is the office's help part, built around the shared `UnitOfWork`. Each
change is its row and its outbox event in one durable transaction, then told to the
listeners (every desk and display on the LAN hears it through the hub's event stream):

    help.requested      {"request": …}   a kiosk asked (not sent again for a repeated press)
    help.acknowledged   {"request": …}   a clerk is on the way (the kiosk shows it)

The outbox carries the same two events to the central server, which counts help
requests per day (sync/server/figures). The rules (expiry, one open request per kiosk)
are the domain's: kiosk/domain/help.py.

Thread use: any thread, under the office lock; listeners hear of a change after its commit.
"""
from __future__ import annotations

import dataclasses
from typing import Any

from kiosk.domain.clock import from_iso, to_iso
from kiosk.domain.help import HELP_EXPIRES_AFTER, HelpRequest, open_requests, still_open
from kiosk.domain.ids import uuid7
from kiosk.domain.staff import Permission
from kiosk.office.errors import NotFound
from kiosk.office.once import Once, run_once
from kiosk.office.staff import StaffService
from kiosk.office.unit_of_work import UnitOfWork
from kiosk.store import help_requests as rows
from kiosk.store.outbox import append_event

REQUESTED = "help.requested"
ACKNOWLEDGED = "help.acknowledged"


def help_payload(request: HelpRequest) -> dict[str, Any]:
    """A request as plain JSON data (outbox events, listeners, the LAN API)."""
    return {
        "id": request.id, "kiosk_name": request.kiosk_name, "device_id": request.device_id,
        "asked_at": to_iso(request.asked_at), "expires_at": to_iso(request.expires_at),
        "acknowledged_at": to_iso(request.acknowledged_at) if request.acknowledged_at else None,
        "acknowledged_by": request.acknowledged_by,
    }


def help_from(data: dict[str, Any]) -> HelpRequest:
    """The request back from `help_payload` data (an event's "request", the LAN API's answer)."""
    acknowledged_at = data.get("acknowledged_at")
    return HelpRequest(str(data["id"]), str(data.get("kiosk_name") or ""), str(data.get("device_id") or ""),
                       from_iso(data["asked_at"]), from_iso(acknowledged_at) if acknowledged_at else None,
                       data.get("acknowledged_by"))


class HelpService:
    def __init__(self, work: UnitOfWork, staff: StaffService):
        self._work = work
        self._staff = staff

    def ask_for_help(self, kiosk_name: str = "", *, device_id: str = "") -> HelpRequest:
        """A citizen pressed help: a new request, or the kiosk's request still open (no duplicate alert)."""
        work = self._work
        with work.write() as conn:
            now = work.clock.now()
            pending = still_open(rows.asked_since(conn, now - HELP_EXPIRES_AFTER), device_id, now)
            if pending is not None:
                return pending
            request = HelpRequest(uuid7(), kiosk_name.strip()[:60], device_id, now)
            rows.insert(conn, request)
            append_event(conn, REQUESTED, now, {**help_payload(request), "office_code": work.info.code})
        work.publish(REQUESTED, {"request": help_payload(request)})
        return request

    def acknowledge_help(self, token: str, request_id: str, action_id: str | None = None, *,
                         device_id: str = "") -> HelpRequest:
        """A clerk is coming. Acknowledging again (another desk, a retry) keeps the first clerk."""
        staff = self._staff.session(token, Permission.DESK)
        once = Once.key(action_id, device_id, "acknowledge_help", help_request=request_id)
        work = self._work
        with work.write() as conn:
            now = work.clock.now()

            def acknowledge() -> tuple[dict[str, Any], HelpRequest | None]:
                request = rows.get(conn, request_id)
                if request is None:
                    raise NotFound("unknown_help_request", f"no help request {request_id!r}")
                if request.acknowledged_at is not None:
                    return {"id": request.id}, None  # someone already answered: nothing new to tell
                rows.acknowledge(conn, request_id, now, staff.name)
                answered = dataclasses.replace(request, acknowledged_at=now, acknowledged_by=staff.name)
                append_event(conn, ACKNOWLEDGED, now, {**help_payload(answered), "office_code": work.info.code})
                return {"id": request.id}, answered

            outcome = run_once(once, conn, to_iso(now), acknowledge)
            current = outcome.fresh or rows.get(conn, outcome.answer["id"])
        if current is None:  # only if the row was deleted by hand since: say so rather than answer nothing
            raise NotFound("unknown_help_request", f"no help request {request_id!r}")
        if outcome.fresh is not None:
            work.publish(ACKNOWLEDGED, {"request": help_payload(outcome.fresh)})
        return current

    def help_request(self, request_id: str) -> HelpRequest | None:
        with self._work.read() as conn:
            return rows.get(conn, request_id)

    def open_help_requests(self) -> list[HelpRequest]:
        """The requests no clerk has answered yet and not expired, oldest first (the desks' alerts)."""
        now = self._work.clock.now()
        with self._work.read() as conn:
            return open_requests(rows.asked_since(conn, now - HELP_EXPIRES_AFTER), now)
