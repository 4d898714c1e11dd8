"""The hub's busiest request, `POST /lan/v1/tickets`, answered without the web framework's
per-request machinery when it is an ordinary one (ASGI middleware, outermost).

A kiosk issuing a ticket cost the hub about 1.1 ms of CPU, of which the ticket itself
(its SQL, the commit) is a small part; the rest was Starlette's and FastAPI's middleware,
routing and dependency solving around it (docs/performance.md, "Hub ticket issue"). This
middleware takes the request when everything about it is ordinary:

  - a JSON body within the size limit that `IssueBody` accepts (validated as FastAPI
    would: `json.loads`, then the model);
  - a device token verified in the last seconds (`Pairing.recently_verified`), of a
    desk or a kiosk;

and then answers as the route does, with the route's own `issue_answer`
(kiosk/hub/routes/tickets.py): after the commit, past the crash tests' fault point.
A refusal of the office (a closed service, a full disk) is answered by the app's own
exception handler, so it reads as the route's would.

Anything else — no or an unknown token, a display, a malformed or oversized body, a
disconnect — goes to the app untouched, the body read so far handed on as it came: the
route, its checks and its refusals (401, 403, 413, 422) stay the one description of the
endpoint, and the OpenAPI document is the route's.

Thread use: the server's event loop.
"""
from __future__ import annotations

import json

from pydantic import ValidationError
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from kiosk.hub.bodies import IssueBody
from kiosk.hub.routes.context import HubContext
from kiosk.hub.routes.tickets import issue_answer
from sync.asgi_shortcut import app_answer_to, authorization_of, bearer_token, declared_length_within, read_body, replay


class FastTicketIssue:
    def __init__(self, app: ASGIApp, path: str, max_bytes: int):
        self.app = app
        self.path = path
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != self.path or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        if not declared_length_within(headers, self.max_bytes):
            await self.app(scope, receive, send)
            return
        body, messages = await read_body(receive)
        if body is not None:
            response = await self._issue(scope, headers, body)
            if response is not None:
                await response(scope, receive, send)
                return
        await self.app(scope, replay(messages, receive), send)

    async def _issue(self, scope: Scope, headers: dict[bytes, bytes], body: bytes) -> Response | None:
        """The answer to an ordinary ticket request; None: not ordinary, the app decides."""
        if not headers.get(b"content-type", b"").startswith(b"application/json"):
            return None
        token = bearer_token(authorization_of(headers))
        if token is None:
            return None
        hub: HubContext = scope["app"].state.hub
        device = hub.pairing.recently_verified(token)
        if device is None or device.kind == "display":
            return None
        try:
            asked = IssueBody.model_validate(json.loads(body))
        except (ValueError, ValidationError):  # not JSON (or not UTF-8), or not what the route accepts
            return None
        try:
            return await issue_answer(hub.office, asked, device)  # the route's own answer
        except Exception as exc:
            return await app_answer_to(scope, exc)

