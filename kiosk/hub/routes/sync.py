"""The hub's sync with the central server, seen from the LAN: any paired device reads its
indicator and the server's public address (`public_url`, kept from the last pull); a
logged-in clerk or supervisor at a desk asks it to sync now. Both talk to the office (the
loop's runner, kiosk/hub/sync_runner.py, is attached to it).

Thread use: uvicorn's thread pool.
"""
from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from kiosk.hub.bodies import PAIRED, refusals
from kiosk.hub.refusals import ApiError
from kiosk.hub.routes.deps import AnyDevice, DeskDevice, OfficeDep, StaffToken

router = APIRouter()


@router.get("/sync-status", responses=PAIRED)
def sync_status(office: OfficeDep, _: AnyDevice):
    return JSONResponse(office.sync_status())


@router.get("/public-url", responses=PAIRED)
def public_url(office: OfficeDep, _: AnyDevice):
    """The central server's address for the citizens' pages (None: unset): the kiosks print it in QR codes."""
    return {"public_url": office.public_url()}


@router.post("/sync-now", responses=refusals(401, 403, 409))
def sync_now(office: OfficeDep, _: DeskDevice, token: StaffToken = ""):
    if not office.sync_now(token):  # any logged-in clerk or supervisor
        raise ApiError("sync_not_enrolled", "this office does not sync with the central server (not enrolled "
                                            "on the hub, or its sync is stopped)")
    return {"ok": True}
