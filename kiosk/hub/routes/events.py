"""`GET /events`: the Office's events as Server-Sent Events, for any paired device, resumed
from `Last-Event-ID` (the header, or `?last_event_id=` for clients that cannot set it).
The stream itself is kiosk/hub/events.py (`EventBroker.stream`).

Thread use: the dependencies run in uvicorn's thread pool; the stream on its event loop.
"""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse

from kiosk.hub.bodies import PAIRED
from kiosk.hub.routes.deps import AnyDevice, HubDep

router = APIRouter()

_STREAM: dict[int | str, dict[str, Any]] = {200: {"description": "Server-Sent Events (see docs/lan-api.md)",
                 "content": {"text/event-stream": {"schema": {"type": "string"}}}}}


@router.get("/events", response_class=StreamingResponse, responses={**_STREAM, **PAIRED})
def events(request: Request, hub: HubDep, _: AnyDevice, last_event_id: str | None = Query(None, max_length=100)):
    resume = request.headers.get("last-event-id") or last_event_id
    return StreamingResponse(hub.broker.stream(resume), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
