"""The pieces of an ASGI "shortcut" middleware: a busy request answered in front of the web
framework when it is an ordinary one, and handed to the app untouched otherwise.

Used by the central server's push and pull (`sync/server/fast_sync.py`) and the office
hub's ticket issue (`kiosk/hub/fast_issue.py`); it lives in `sync` because the kiosk may
import `sync` and not the other way round.

Thread use: the server's event loop.
"""
from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Message, Receive, Scope


def bearer_token(authorization: str) -> str | None:
    """The token of an `Authorization: Bearer …` header's value, or None (the hub's and the
    server's device checks, and their shortcuts)."""
    scheme, _, token = authorization.partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None


def authorization_of(headers: dict[bytes, bytes]) -> str:
    return headers.get(b"authorization", b"").decode("latin-1")


def declared_length_within(headers: dict[bytes, bytes], max_bytes: int) -> bool:
    """A declared Content-Length within the limit (chunked or too large: the app's way)."""
    declared = headers.get(b"content-length", b"")
    return declared.isdigit() and int(declared) <= max_bytes


async def read_body(receive: Receive) -> tuple[bytes | None, list[Message]]:
    """The whole request body (None if the client left first) and the messages read, so that
    the app can be handed the request as it came (`replay`)."""
    messages: list[Message] = []
    body = b""
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request":
            return None, messages
        body += message.get("body", b"")
        if not message.get("more_body", False):
            return body, messages


def replay(messages: list[Message], receive: Receive) -> Receive:
    """`receive` that first hands on the messages already read."""
    pending = list(messages)

    async def replaying() -> Message:
        if pending:
            return pending.pop(0)
        return await receive()

    return replaying


async def app_answer_to(scope: Scope, exc: Exception) -> Response:
    """The app's own answer to `exc` (its exception handlers), as its route would give it."""
    handlers: dict[Any, Any] = scope["app"].exception_handlers
    for kind in type(exc).__mro__:
        if kind in handlers:
            response: Response = await handlers[kind](Request(scope), exc)
            return response
    raise exc
