"""Staff sessions at a desk: log in with name and PIN, log out, and check the session
(optionally for one permission). Desk devices only.

Thread use: uvicorn's thread pool.
"""
from __future__ import annotations

from fastapi import APIRouter, Query

from kiosk.domain.staff import Permission
from kiosk.hub import codec
from kiosk.hub.bodies import DESK, LoginBody, refusals
from kiosk.hub.refusals import ApiError
from kiosk.hub.routes.deps import DeskDevice, OfficeDep, StaffToken

router = APIRouter()


@router.post("/desk/login", responses=refusals(400, 401, 403, 423))
def login(body: LoginBody, office: OfficeDep, _: DeskDevice):
    return codec.session_json(office.login(body.name, body.pin))


@router.post("/desk/logout", responses=DESK)
def logout(office: OfficeDep, _: DeskDevice, token: StaffToken = ""):
    office.logout(token)
    return {"ok": True}


@router.get("/desk/session", responses=refusals(400, 401, 403))
def session(office: OfficeDep, _: DeskDevice, permission: str | None = Query(None, max_length=100),
            token: StaffToken = ""):
    try:
        wanted = Permission(permission) if permission else None
    except ValueError:
        raise ApiError("bad_request", f"permission must be one of {[p.value for p in Permission]}") from None
    return codec.session_json(office.session(token, wanted))
