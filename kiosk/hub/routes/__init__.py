"""The hub's LAN API by area, one `APIRouter` per module; kiosk/hub/server.py mounts them
all under /lan/v1 (`ROUTERS`, in the order the OpenAPI description lists them).

    health      GET /health (no token)            pairing    POST /pair (no token)
    catalogue   the office, its services          tickets    issue and read tickets, waiting lines
    board       counters, announcements, /board   staff      desk login, logout, session
    desk        desk actions on tickets           concerns   register, follow up, the desk inbox
    sync        sync indicator, sync now          events     Server-Sent Events
    help        a kiosk's call for help, a desk's "I'm coming"
    reports     the activity report, for a supervisor's console
    services    the supervisor's service controls, the lines' service levels and targets

Shared pieces: `context.HubContext` (what the routes share besides the Office),
`deps` (device token, device kind, staff session as FastAPI dependencies), `errors`
(every refusal in the house format, installed in one place).
"""
from __future__ import annotations

from fastapi import APIRouter

from kiosk.hub.routes import (
    board,
    catalogue,
    concerns,
    desk,
    events,
    health,
    help,
    pairing,
    reports,
    services,
    staff,
    sync,
    tickets,
)

ROUTERS: tuple[APIRouter, ...] = (
    health.router, pairing.router, catalogue.router, tickets.router, board.router, staff.router, desk.router,
    concerns.router, help.router, reports.router, services.router, sync.router, events.router,
)
