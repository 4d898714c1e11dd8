"""The supervisor's service controls and the lines' service levels.

    GET  /service-controls              every service's control (any paired device)
    PUT  /supervisor/service-controls/{code}   replace one (a desk, a supervisor's session)
    GET  /service-levels                each open service's line now (any paired device)
    GET  /service-targets               service code → waiting target in minutes

Every paired device hears `service.control_changed` on the event stream.

Thread use: uvicorn's thread pool.
"""
from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from kiosk.domain.service_controls import ControlError, control_from, control_json
from kiosk.hub import codec
from kiosk.hub.bodies import PAIRED, ServiceControlBody, refusals
from kiosk.hub.refusals import ApiError
from kiosk.hub.routes.deps import AnyDevice, DeskDevice, OfficeDep, StaffToken

router = APIRouter()


@router.get("/service-controls", responses=PAIRED)
def service_controls(office: OfficeDep, _: AnyDevice):
    return JSONResponse([control_json(c) for c in office.service_controls()])


@router.put("/supervisor/service-controls/{service_code}", responses=refusals(400, 401, 403, 404, 409))
def set_service_control(service_code: str, body: ServiceControlBody, office: OfficeDep, found: DeskDevice,
                        token: StaffToken = ""):
    try:
        control = control_from({"service_code": service_code, **body.model_dump(exclude={"action_id"})})
    except ControlError as exc:
        raise ApiError("bad_service_control", str(exc)) from None
    changed = office.set_service_control(token, control, body.action_id, device_id=found.id)
    return JSONResponse(control_json(changed))


@router.get("/service-levels", responses=PAIRED)
def service_levels(office: OfficeDep, _: AnyDevice):
    return JSONResponse([codec.level_json(level) for level in office.service_levels()])


@router.get("/service-targets", responses=PAIRED)
def service_targets(office: OfficeDep, _: AnyDevice):
    return JSONResponse(office.service_targets())
