"""What the hall display shows: the counters and their figures, the announcements (set
by a supervisor at a desk), and `/board`, the display's whole snapshot in one answer.

Thread use: uvicorn's thread pool.
"""
from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from kiosk.hub import codec
from kiosk.hub.bodies import DESK, PAIRED, AnnouncementBody
from kiosk.hub.routes.deps import AnyDevice, DeskDevice, HubDep, OfficeDep, StaffToken

router = APIRouter()


@router.get("/counters", responses=PAIRED)
def counters(office: OfficeDep, _: AnyDevice):
    return JSONResponse(office.counters())


@router.get("/counters/{counter}/figures", responses=PAIRED)
def counter_figures(counter: str, office: OfficeDep, _: AnyDevice):
    return JSONResponse(codec.figures_json(office.counter_figures(counter)))


@router.get("/announcements", responses=PAIRED)
def announcements(office: OfficeDep, _: AnyDevice):
    return JSONResponse(office.announcements())


@router.put("/announcements", responses=DESK)
def set_announcement(body: AnnouncementBody, office: OfficeDep, _: DeskDevice, token: StaffToken = ""):
    office.set_announcement(token, body.texts)  # the office checks the session's role
    return JSONResponse(office.announcements())


@router.get("/board", responses=PAIRED)
def board(hub: HubDep, _: AnyDevice):
    return JSONResponse(hub.board())
