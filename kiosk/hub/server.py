"""The hub: the office's `Office` served to the LAN as HTTP+JSON under /lan/v1.

    create_hub_app(office, pairing=…)   the ASGI app (FastAPI); kiosk/hub/running.py runs it
                                        (HubServer in a thread, serve_forever headless)

Every endpoint but /pair and /health needs `Authorization: Bearer <device token>`
(see `kiosk/hub/pairing.py`); desk actions also need `X-Staff-Session: <staff token>`
and carry an `action_id` so a retried action is applied once (tickets and concerns a
`request_id`): the Office keeps each id per device, durably (`kiosk/office/once.py`).
Refusals are `{"error": {"code", "message"}}` with the Office's own error codes (plus
`problems` for a refused concern draft and `retry_after_s` for a throttled follow-up
lookup); bodies and refusals are declared in `kiosk/hub/bodies.py`, and every body is
capped (`kiosk/hub/body_limit.py`). Live updates are Server-Sent Events at
/lan/v1/events (`kiosk/hub/events.py`). docs/lan-api.md is the reference.

Concerns: kiosks and desks register them and look them up by code (each device has its
own follow-up throttle, so one kiosk's wrong guesses do not block another); the desk
inbox needs a staff session with the `concerns` permission, and who may see contact
details and whose name goes on a note come from that session, never from the request.
Sync: `GET /sync-status` and `POST /sync-now` talk to `kiosk/hub/sync_runner.py`.

Thread use: endpoints are plain functions run in uvicorn's thread pool (the Office
serialises itself with its lock); the event stream runs on the server's event loop.
Qt-free: the hub runs on a machine with no display.
"""
from __future__ import annotations

import logging
import os
import signal
import threading
from typing import Any

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from kiosk.domain.concerns import ConcernStatus, public_view
from kiosk.domain.staff import Permission
from kiosk.domain.tracking_codes import ThrottlesByKey
from kiosk.hub import codec, sync_runner
from kiosk.hub.bodies import (
    MAX_DAYS,
    MAX_OFFSET,
    STATUSES,
    AnnouncementBody,
    CallTicketBody,
    ConcernBody,
    ConcernStatusBody,
    CounterBody,
    IssueBody,
    LoginBody,
    NoteBody,
    OpenCounterBody,
    PairBody,
    StatusText,
    TicketBody,
    TransferBody,
    refusals,
)
from kiosk.hub.body_limit import DEFAULT_MAX_BODY_BYTES, BodyLimit
from kiosk.hub.codec import API_PREFIX
from kiosk.hub.events import EventBroker
from kiosk.hub.pairing import Device, Pairing, PairingError
from kiosk.hub.refusals import ApiError, error_response, office_error_details, status_of
from kiosk.office import DiskFull, Office, OfficeError, StoreError
from kiosk.office.staff import StaffSession
from kiosk.store.concerns import ConcernFilter

log = logging.getLogger(__name__)

API_VERSION = 1
FAULT_ENV = "MAKTAB_HUB_FAULT"  # tests only: "kill-after-commit" SIGKILLs the hub between a commit and its answer

# ---- the app ------------------------------------------------------------------------------------


class Hub:
    """What the app needs besides the Office: devices, the event broker, follow-up throttles."""

    def __init__(self, office: Office, pairing: Pairing, broker: EventBroker):
        self.office, self.pairing, self.broker = office, pairing, broker
        self._unsubscribe = office.subscribe(broker.publish)
        self._throttles = ThrottlesByKey(office.clock)  # one per paired device: bounded by the devices
        self._throttles_lock = threading.Lock()

    def public_view(self, device: Device, code: str) -> dict[str, Any]:
        """`Office.concern_public_view`, throttled per device instead of per office."""
        # Check, look up and count under one lock (as the office does), so a burst of parallel
        # guesses cannot all slip past the check; a lookup is one indexed read.
        with self._throttles_lock:
            throttle = self._throttles.get(device.id)
            wait = throttle.retry_after()
            if wait > 0:
                error = OfficeError("lookup_throttled", f"too many wrong codes: try again in {wait:.0f} s")
                error.retry_after_s = wait
                raise error
            try:
                concern = self.office.get_concern(code, can_see_contact=False)
            except OfficeError as exc:
                if exc.code in ("code_check", "code_unknown"):  # as the office counts them: a bad shape is free
                    throttle.record_failure()
                raise
        return codec.public_view_json(public_view(concern))

    def retry_after(self, device: Device) -> float:
        with self._throttles_lock:
            return self._throttles.get(device.id).retry_after()

    def board(self) -> dict[str, Any]:
        office = self.office
        return {
            "recent_calls": [codec.ticket_json(t) for t in office.recent_calls(10)],
            "waiting_counts": office.waiting_counts(),
            "announcements": office.announcements(),
            "counters": office.counters(),
            "event_id": self.broker.last_id,
        }

    def close(self) -> None:
        self._unsubscribe()
        self.broker.close()


def _fault_point() -> None:
    """Crash-recovery tests only: with MAKTAB_HUB_FAULT=kill-after-commit the hub dies (SIGKILL)
    right after committing a ticket or concern and before answering, as a power cut could."""
    if os.environ.get(FAULT_ENV) == "kill-after-commit":
        os.kill(os.getpid(), signal.SIGKILL)


def create_hub_app(office: Office, *, pairing: Pairing, broker: EventBroker | None = None,
                   max_body_bytes: int = DEFAULT_MAX_BODY_BYTES) -> FastAPI:
    """The LAN API for `office`; devices are checked against `pairing`."""
    hub = Hub(office, pairing, broker or EventBroker())
    app = FastAPI(title="Maktab hub LAN API", version=str(API_VERSION), openapi_url=f"{API_PREFIX}/openapi.json",
                  docs_url=None, redoc_url=None)
    app.state.hub = hub
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)

    @app.exception_handler(OfficeError)
    async def office_error(request: Request, exc: OfficeError):
        return error_response(status_of(exc), exc.code, str(exc), **office_error_details(exc))

    @app.exception_handler(PairingError)
    async def pairing_error(request: Request, exc: PairingError):
        return error_response(status_of(exc), exc.code, str(exc), **office_error_details(exc))

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        return error_response(exc.status, exc.code, exc.message)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        # 507 Insufficient Storage: nothing was saved, the same request may succeed once space is
        # freed; 503 for a damaged or unreadable database, which only the technician can mend.
        log.error("hub: %s %s: %s", request.method, request.url.path, exc.message)
        return error_response(507 if isinstance(exc, DiskFull) else 503, exc.code, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        # A body that is not UTF-8 JSON, an unknown path or method: the house format too, never {"detail"}.
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "bad_request")
        return error_response(exc.status_code, code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors())
        return error_response(422, "bad_request", problems or "malformed request")

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception):
        log.exception("hub: %s %s failed", request.method, request.url.path)
        return error_response(500, "hub_error", "the hub failed to answer; the technician will find details in its log")

    def device(authorization: str = Header(default="")) -> Device:
        scheme, _, token = authorization.partition(" ")
        found = pairing.authenticate(token.strip()) if scheme.lower() == "bearer" else None
        if found is None:
            raise ApiError("bad_device_token", "this device is not paired with the hub (or was revoked): pair it again")
        return found

    def desk_device(found: Device = Depends(device)) -> Device:
        if found.kind != "desk":
            raise ApiError("device_forbidden", f"a {found.kind} device cannot do desk actions")
        return found

    def issuing_device(found: Device = Depends(device)) -> Device:
        if found.kind == "display":
            raise ApiError("device_forbidden", "a display cannot issue tickets")
        return found

    staff = Header(default="", alias="X-Staff-Session")
    api = API_PREFIX
    paired = refusals(401)  # any paired device may ask
    desk = refusals(401, 403)  # a desk device, and a staff session for most

    def concerns_staff(token: str = staff, _: Device = Depends(desk_device)) -> StaffSession:
        return office.session(token, Permission.CONCERNS)

    # ---- open to all (pairing, health) ----

    @app.get(f"{api}/health", responses=refusals())
    def health():
        problem = office.problem_json()  # a damaged database: desks say what is wrong
        return {"ok": problem is None, "api": API_VERSION, "office_code": office.info.code,
                "event_id": hub.broker.last_id, "problem": problem}

    @app.post(f"{api}/pair", responses=refusals(400, 403, 429))
    def pair(body: PairBody, request: Request):
        # Wrong codes are throttled per address: a guesser on the LAN cannot lock out the technician.
        found, token = pairing.pair(body.code, body.name, body.kind, request.client.host if request.client else "")
        return {"device_id": found.id, "token": token, "name": found.name, "kind": found.kind,
                "office": codec.info_json(office.info)}

    # ---- what the office is ----

    @app.get(f"{api}/office", responses=paired)
    def info(_: Device = Depends(device)):
        return codec.info_json(office.info)

    @app.get(f"{api}/catalogue", responses=paired)
    def catalogue(_: Device = Depends(device)):
        return JSONResponse(codec.catalogue_json(office.catalogue))

    @app.get(f"{api}/services/{{code}}/wait", responses=refusals(401, 404))
    def service_wait(code: str, _: Device = Depends(device)):
        try:
            office.catalogue.service(code)
        except KeyError:
            raise ApiError("unknown_service", f"no service with code {code!r}") from None
        return {"service_code": code, "waiting": office.waiting_count(code), "estimated_wait_min":
                office.estimated_wait(code), "minutes_per_citizen": office.minutes_per_citizen(code),
                "open_counters": office.open_counters(code)}

    # ---- tickets ----

    @app.post(f"{api}/tickets", responses=refusals(400, 401, 403, 404, 409))
    def issue(body: IssueBody, found: Device = Depends(issuing_device)):
        issued = office.issue_ticket(body.service_code, body.priority, body.language, request_id=body.request_id,
                                     device_id=found.id)
        _fault_point()
        return JSONResponse(codec.issued_json(issued))

    @app.get(f"{api}/tickets/{{ticket_id}}", responses=refusals(401, 404))
    def ticket(ticket_id: str, _: Device = Depends(device)):
        found = office.ticket(ticket_id)
        if found is None:
            raise ApiError("unknown_ticket", "no such ticket")
        return JSONResponse(codec.ticket_json(found))

    # ---- reads for desks and the display ----

    @app.get(f"{api}/waiting-counts", responses=paired)
    def waiting_counts(_: Device = Depends(device)):
        return office.waiting_counts()

    @app.get(f"{api}/waiting-tickets", responses=paired)
    def waiting_tickets(service: list[str] | None = Query(None, max_length=100),
                        limit: int = Query(200, ge=1, le=1000), _: Device = Depends(device)):
        return JSONResponse([codec.ticket_json(t) for t in office.waiting_tickets(service, limit)])

    @app.get(f"{api}/recent-calls", responses=paired)
    def recent_calls(limit: int = Query(6, ge=1, le=100), _: Device = Depends(device)):
        return JSONResponse([codec.ticket_json(t) for t in office.recent_calls(limit)])

    @app.get(f"{api}/counters", responses=paired)
    def counters(_: Device = Depends(device)):
        return JSONResponse(office.counters())

    @app.get(f"{api}/counters/{{counter}}/figures", responses=paired)
    def counter_figures(counter: str, _: Device = Depends(device)):
        return JSONResponse(codec.figures_json(office.counter_figures(counter)))

    @app.get(f"{api}/announcements", responses=paired)
    def announcements(_: Device = Depends(device)):
        return JSONResponse(office.announcements())

    @app.get(f"{api}/board", responses=paired)
    def board(_: Device = Depends(device)):
        return JSONResponse(hub.board())

    # ---- staff ----

    @app.post(f"{api}/desk/login", responses=refusals(400, 401, 403, 423))
    def login(body: LoginBody, _: Device = Depends(desk_device)):
        return codec.session_json(office.login(body.name, body.pin))

    @app.post(f"{api}/desk/logout", responses=desk)
    def logout(token: str = staff, _: Device = Depends(desk_device)):
        office.logout(token)
        return {"ok": True}

    @app.get(f"{api}/desk/session", responses=refusals(400, 401, 403))
    def session(permission: str | None = Query(None, max_length=100), token: str = staff,
                _: Device = Depends(desk_device)):
        try:
            wanted = Permission(permission) if permission else None
        except ValueError:
            raise ApiError("bad_request", f"permission must be one of {[p.value for p in Permission]}") from None
        return codec.session_json(office.session(token, wanted))

    @app.put(f"{api}/announcements", responses=desk)
    def set_announcement(body: AnnouncementBody, token: str = staff, _: Device = Depends(desk_device)):
        office.set_announcement(token, body.texts)
        return JSONResponse(office.announcements())

    # ---- desk actions (each once per action_id and device) ----

    acting = refusals(400, 401, 403, 404, 409)

    @app.post(f"{api}/desk/counters/open", responses=acting)
    def open_counter(body: OpenCounterBody, token: str = staff, found: Device = Depends(desk_device)):
        return office.open_counter(token, body.counter, body.services, body.action_id, device_id=found.id)

    @app.post(f"{api}/desk/counters/close", responses=acting)
    def close_counter(body: CounterBody, token: str = staff, found: Device = Depends(desk_device)):
        return office.close_counter(token, body.counter, body.action_id, device_id=found.id)

    @app.post(f"{api}/desk/call-next", responses=acting)
    def call_next(body: CounterBody, token: str = staff, found: Device = Depends(desk_device)):
        called = office.call_next(token, body.counter, body.action_id, device_id=found.id)
        return JSONResponse({"ticket": codec.ticket_json(called)})

    @app.post(f"{api}/desk/call-ticket", responses=acting)
    def call_ticket(body: CallTicketBody, token: str = staff, found: Device = Depends(desk_device)):
        called = office.call_ticket(token, body.counter, body.ticket_id, body.action_id, device_id=found.id)
        return JSONResponse({"ticket": codec.ticket_json(called)})

    def ticket_step(path: str, method_name: str) -> None:
        def step(body: TicketBody, token: str = staff, found: Device = Depends(desk_device)):
            changed = getattr(office, method_name)(token, body.ticket_id, body.action_id, device_id=found.id)
            return JSONResponse({"ticket": codec.ticket_json(changed)})

        app.post(f"{api}/desk/{path}", name=method_name, responses=acting)(step)

    ticket_step("recall", "recall")
    ticket_step("start", "start_service")
    ticket_step("finish", "finish")
    ticket_step("no-show", "no_show")

    @app.post(f"{api}/desk/transfer", responses=acting)
    def transfer(body: TransferBody, token: str = staff, found: Device = Depends(desk_device)):
        moved = office.transfer(token, body.ticket_id, body.to_service, body.action_id, device_id=found.id)
        return JSONResponse({"ticket": codec.ticket_json(moved)})

    # ---- concerns: the citizen at a kiosk (or a clerk registering for them) ----

    @app.post(f"{api}/concerns", responses=refusals(400, 401, 403, 409))
    def register_concern(body: ConcernBody, found: Device = Depends(issuing_device)):
        draft = codec.draft_from(body.model_dump(exclude={"request_id"}))
        registered = office.register_concern(draft, request_id=body.request_id, device_id=found.id)
        _fault_point()
        return JSONResponse(codec.registered_json(registered))

    @app.get(f"{api}/concerns/follow-up/retry-after", responses=desk)
    def follow_up_retry_after(found: Device = Depends(issuing_device)):
        return {"retry_after_s": round(hub.retry_after(found), 1)}

    @app.get(f"{api}/concerns/follow-up", responses=refusals(400, 401, 403, 404, 429))
    def concern_public_view(code: str = Query(max_length=100), found: Device = Depends(issuing_device)):
        return JSONResponse(hub.public_view(found, code))

    # ---- concerns: the desk inbox (session with the concerns permission) ----

    @app.get(f"{api}/desk/concerns", responses=refusals(400, 401, 403))
    def list_concerns(status: list[StatusText] | None = Query(None, max_length=10),
                      category: str | None = Query(None, max_length=100),
                      older_than_days: int | None = Query(None, ge=0, le=MAX_DAYS),
                      newer_than_days: int | None = Query(None, ge=0, le=MAX_DAYS),
                      office_code: str | None = Query(None, max_length=100), limit: int = Query(200, ge=1, le=1000),
                      offset: int = Query(0, ge=0, le=MAX_OFFSET), contact: bool = False,
                      session: StaffSession = Depends(concerns_staff)):
        try:
            statuses = tuple(ConcernStatus(s) for s in status or ())
        except ValueError:
            raise ApiError("bad_status", f"status must be among {STATUSES}") from None
        filters = ConcernFilter(statuses, category, older_than_days, newer_than_days, office_code, limit, offset)
        # The client may ask for less than the session allows, never for more.
        see = contact and session.can(Permission.CONTACTS)
        return JSONResponse([codec.concern_json(c) for c in office.list_concerns(filters, can_see_contact=see)])

    @app.get(f"{api}/desk/concerns/{{code}}", responses=refusals(400, 401, 403, 404))
    def get_concern(code: str, contact: bool = False, session: StaffSession = Depends(concerns_staff)):
        see = contact and session.can(Permission.CONTACTS)
        return JSONResponse(codec.concern_json(office.get_concern(code, can_see_contact=see)))

    @app.post(f"{api}/desk/concerns/{{code}}/notes", responses=acting)
    def add_concern_note(code: str, body: NoteBody, session: StaffSession = Depends(concerns_staff),
                         found: Device = Depends(desk_device)):
        entry = office.add_concern_note(code, body.text, body.public, session, body.action_id, device_id=found.id)
        return JSONResponse(codec.history_json(entry))

    @app.post(f"{api}/desk/concerns/{{code}}/status", responses=acting)
    def change_concern_status(code: str, body: ConcernStatusBody, session: StaffSession = Depends(concerns_staff),
                              found: Device = Depends(desk_device)):
        changed = office.change_concern_status(code, body.status, body.reason, session, body.action_id,
                                               device_id=found.id)
        return JSONResponse(codec.concern_json(changed))

    # ---- sync with the central server ----

    @app.get(f"{api}/sync-status", responses=paired)
    def sync_status(_: Device = Depends(device)):
        return JSONResponse(sync_runner.sync_status(office))

    @app.post(f"{api}/sync-now", responses=refusals(401, 403, 409))
    def sync_now(token: str = staff, _: Device = Depends(desk_device)):
        office.session(token)  # any logged-in clerk or supervisor
        if not sync_runner.sync_now(office):
            raise ApiError("sync_not_enrolled", "this office does not sync with the central server (not enrolled "
                                                "on the hub, or its sync is stopped)")
        return {"ok": True}

    # ---- live updates ----

    @app.get(f"{api}/events", response_class=StreamingResponse, responses={
        200: {"description": "Server-Sent Events (see docs/lan-api.md)",
              "content": {"text/event-stream": {"schema": {"type": "string"}}}}, **paired})
    def events(request: Request, last_event_id: str | None = Query(None, max_length=100),
               _: Device = Depends(device)):
        resume = request.headers.get("last-event-id") or last_event_id
        return StreamingResponse(hub.broker.stream(resume), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    return app
