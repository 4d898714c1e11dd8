"""The hub: the office's `Office` served to the LAN as HTTP+JSON under /lan/v1.

    create_hub_app(office, pairing=…)   the ASGI app (FastAPI); kiosk/hub/running.py runs it
                                        (HubServer in a thread, serve_forever headless)

The routes live by area in kiosk/hub/routes/ (tickets, desk, concerns, pairing, events,
sync, health, …); this module only assembles them with what they share:

- every endpoint but /pair and /health needs `Authorization: Bearer <device token>`
  (see `kiosk/hub/pairing.py`); desk actions also need `X-Staff-Session: <staff token>`
  and carry an `action_id` so a retried action is applied once (tickets and concerns a
  `request_id`): the Office keeps each id per device, durably (`kiosk/office/once.py`).
  These checks are FastAPI dependencies in kiosk/hub/routes/deps.py;
- refusals are `{"error": {"code", "message"}}` with the Office's own error codes (plus
  `problems` for a refused concern draft and `retry_after_s` for a throttled follow-up
  lookup), all made in kiosk/hub/routes/errors.py; bodies and refusals are declared in
  `kiosk/hub/bodies.py`, and every body is capped (`kiosk/hub/body_limit.py`);
- live updates are Server-Sent Events at /lan/v1/events (`kiosk/hub/events.py`);
- an ordinary `POST /tickets` (the busiest request) is answered by `kiosk/hub/fast_issue.py`
  in front of the framework, doing what its route does; anything else goes to the route.

docs/lan-api.md is the reference (tests/hub/test_lan_api_doc.py holds it to the routes).

Thread use: endpoints are plain functions run in uvicorn's thread pool (the Office
serialises itself with its lock), except the ticket issue, which runs on the server's
event loop and awaits the Office's group-commit writer thread; the event stream runs on
the server's event loop.
Qt-free: the hub runs on a machine with no display.
"""
from __future__ import annotations

from fastapi import FastAPI

from kiosk.hub.body_limit import DEFAULT_MAX_BODY_BYTES, BodyLimit
from kiosk.hub.codec import API_PREFIX
from kiosk.hub.events import EventBroker
from kiosk.hub.fast_issue import FastTicketIssue
from kiosk.hub.pairing import Pairing
from kiosk.hub.routes import ROUTERS
from kiosk.hub.routes.context import HubContext
from kiosk.hub.routes.deps import FAULT_ENV
from kiosk.hub.routes.errors import install_error_handlers
from kiosk.hub.routes.health import API_VERSION
from kiosk.office import Office

__all__ = ["API_VERSION", "FAULT_ENV", "create_hub_app"]


def create_hub_app(office: Office, *, pairing: Pairing, broker: EventBroker | None = None,
                   max_body_bytes: int = DEFAULT_MAX_BODY_BYTES) -> FastAPI:
    """The LAN API for `office`; devices are checked against `pairing`."""
    app = FastAPI(title="Maktab hub LAN API", version=str(API_VERSION), openapi_url=f"{API_PREFIX}/openapi.json",
                  docs_url=None, redoc_url=None)
    app.state.hub = HubContext(office, pairing, broker or EventBroker())  # closed by kiosk/hub/running.py
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    # Outermost: an ordinary ticket request skips the framework's per-request machinery.
    app.add_middleware(FastTicketIssue, path=f"{API_PREFIX}/tickets", max_bytes=max_body_bytes)
    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router, prefix=API_PREFIX)
    return app
