"""A cap on the size of every request body the hub reads (ASGI middleware).

Without it a client on the LAN could post hundreds of megabytes to any endpoint (even
`/pair`, which needs no token) and the hub would hold all of it in memory before
looking at it. With it, a body over `max_bytes` is refused with 413
`{"error": {"code": "body_too_large", ...}}`:

  - at once when its Content-Length says so (nothing of it is read); a body whose
    Content-Length is within the limit cannot grow past it, so it is not counted;
  - as soon as the bytes read pass the limit when it has no Content-Length (chunked),
    so at most one chunk more than the limit is ever held.

The answer is sent while the client may still be sending: the server (uvicorn) then
discards the rest as it arrives, holding none of it, and the connection stays usable.
(Closing it at once would make the kernel reset it over the unread bytes, and the
client would see a broken connection instead of the 413.)

Thread use: runs on the server's event loop, like every ASGI middleware.
"""
from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk.hub.refusals import error_response

DEFAULT_MAX_BODY_BYTES = 1024 * 1024


class _TooLarge(Exception):
    pass


class BodyLimit:
    def __init__(self, app: ASGIApp, max_bytes: int = DEFAULT_MAX_BODY_BYTES):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or ()).get(b"content-length", b"")
        if declared.isdigit():
            if int(declared) > self.max_bytes:
                await self._refuse(scope, receive, send, f"{int(declared)} bytes")
            else:
                # The server reads no more than Content-Length says (what follows is the next
                # request): nothing to count, so no wrapping of every message on the hot path.
                await self.app(scope, receive, send)
            return
        received = 0
        tripped = started = False

        async def counting_receive() -> Message:
            nonlocal received, tripped
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    tripped = True
                    raise _TooLarge()
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if tripped:
                return  # whatever the app makes of a body it could not read, the answer is ours
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except _TooLarge:
            pass
        if tripped and not started:
            await self._refuse(scope, receive, send, f"over {self.max_bytes} bytes")

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, size: str) -> None:
        message = (f"the request body is {size}; the hub accepts at most {self.max_bytes} bytes "
                   "(setting hub.max_body_bytes): send less")
        await error_response(413, "body_too_large", message)(scope, receive, send)
