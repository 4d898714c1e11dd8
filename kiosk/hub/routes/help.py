"""Calls for help: a kiosk asks (the hub names it from its pairing), a desk's clerk
answers "I'm coming", and any paired device reads the open requests or one of them.
Desks and displays hear `help.requested` and `help.acknowledged` on the event stream.

Thread use: uvicorn's thread pool.
"""
from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from kiosk.hub import codec
from kiosk.hub.bodies import PAIRED, HelpAckBody, refusals
from kiosk.hub.refusals import ApiError
from kiosk.hub.routes.deps import AnyDevice, DeskDevice, IssuingDevice, OfficeDep, StaffToken

router = APIRouter()


@router.post("/help", responses=refusals(401, 403))
def ask_for_help(office: OfficeDep, found: IssuingDevice):
    return JSONResponse(codec.help_json(office.ask_for_help(found.name, device_id=found.id)))


@router.get("/help", responses=PAIRED)
def open_help_requests(office: OfficeDep, _: AnyDevice):
    return JSONResponse([codec.help_json(r) for r in office.open_help_requests()])


@router.get("/help/{request_id}", responses=refusals(401, 404))
def help_request(request_id: str, office: OfficeDep, _: AnyDevice):
    found = office.help_request(request_id)
    if found is None:
        raise ApiError("unknown_help_request", "no such help request")
    return JSONResponse(codec.help_json(found))


@router.post("/desk/help/acknowledge", responses=refusals(401, 403, 404, 409))
def acknowledge_help(body: HelpAckBody, office: OfficeDep, found: DeskDevice, token: StaffToken = ""):
    return JSONResponse(codec.help_json(office.acknowledge_help(token, body.request_id, body.action_id,
                                                                device_id=found.id)))
