"""Concerns over the LAN.

The citizen's side (a kiosk, or a clerk's desk registering for them): register a concern,
look one up by its tracking code — throttled per device, so one kiosk's wrong guesses do
not block another (`HubContext.public_view`) — and ask how long this device must wait.

The desk inbox: a staff session with the `concerns` permission lists, reads, notes and
changes the status of concerns, and registers a concern for a citizen at the counter, on
the phone, by letter or e-mail (`POST /desk/concerns`, audited under the clerk's name).
Who may see contact details and whose name goes on a note come from that session, never
from the request.

Thread use: uvicorn's thread pool.
"""
from __future__ import annotations

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from kiosk.domain.concern_filter import ConcernFilter
from kiosk.domain.concerns import ConcernStatus
from kiosk.domain.staff import Permission
from kiosk.hub import codec
from kiosk.hub.bodies import (
    ACTING,
    DESK,
    MAX_DAYS,
    MAX_OFFSET,
    STATUSES,
    ConcernBody,
    ConcernStatusBody,
    NoteBody,
    StatusText,
    refusals,
)
from kiosk.hub.refusals import ApiError
from kiosk.hub.routes.deps import (
    ConcernsStaff,
    DeskDevice,
    HubDep,
    IssuingDevice,
    OfficeDep,
    StaffToken,
    fault_point,
)
from kiosk.office.staff import StaffSession

router = APIRouter()


def _may_see_contact(asked: bool, session: StaffSession) -> bool:
    # The client may ask for less than the session allows, never for more.
    return asked and session.can(Permission.CONTACTS)


# ---- the citizen's side ----


@router.post("/concerns", responses=refusals(400, 401, 403, 409))
def register_concern(body: ConcernBody, office: OfficeDep, found: IssuingDevice):
    draft = codec.draft_from(body.model_dump(exclude={"request_id"}))
    registered = office.register_concern(draft, request_id=body.request_id, device_id=found.id)
    fault_point()
    return JSONResponse(codec.registered_json(registered))


@router.get("/concerns/follow-up/retry-after", responses=DESK)
def follow_up_retry_after(hub: HubDep, found: IssuingDevice):
    return {"retry_after_s": round(hub.retry_after(found), 1)}


@router.get("/concerns/follow-up", responses=refusals(400, 401, 403, 404, 429))
def concern_public_view(hub: HubDep, found: IssuingDevice, code: str = Query(max_length=100)):
    return JSONResponse(hub.public_view(found, code))


# ---- the desk inbox ----


@router.get("/desk/concerns", responses=refusals(400, 401, 403))
def list_concerns(office: OfficeDep, session: ConcernsStaff,
                  status: list[StatusText] | None = Query(None, max_length=10),
                  category: str | None = Query(None, max_length=100),
                  older_than_days: int | None = Query(None, ge=0, le=MAX_DAYS),
                  newer_than_days: int | None = Query(None, ge=0, le=MAX_DAYS),
                  office_code: str | None = Query(None, max_length=100), limit: int = Query(200, ge=1, le=1000),
                  offset: int = Query(0, ge=0, le=MAX_OFFSET), contact: bool = False):
    try:
        statuses = tuple(ConcernStatus(s) for s in status or ())
    except ValueError:
        raise ApiError("bad_status", f"status must be among {STATUSES}") from None
    filters = ConcernFilter(statuses, category, older_than_days, newer_than_days, office_code, limit, offset)
    found = office.list_concerns(filters, can_see_contact=_may_see_contact(contact, session))
    return JSONResponse([codec.concern_json(c) for c in found])


@router.post("/desk/concerns", responses=refusals(400, 401, 403, 409))
def take_concern(body: ConcernBody, office: OfficeDep, found: DeskDevice, token: StaffToken = ""):
    draft = codec.draft_from(body.model_dump(exclude={"request_id"}))
    registered = office.take_concern(token, draft, request_id=body.request_id, device_id=found.id)
    fault_point()
    return JSONResponse(codec.registered_json(registered))


@router.get("/desk/concerns/{code}", responses=refusals(400, 401, 403, 404))
def get_concern(code: str, office: OfficeDep, session: ConcernsStaff, contact: bool = False):
    found = office.get_concern(code, can_see_contact=_may_see_contact(contact, session))
    return JSONResponse(codec.concern_json(found))


@router.post("/desk/concerns/{code}/notes", responses=ACTING)
def add_concern_note(code: str, body: NoteBody, office: OfficeDep, session: ConcernsStaff, found: DeskDevice):
    entry = office.add_concern_note(code, body.text, body.public, session, body.action_id, device_id=found.id)
    return JSONResponse(codec.history_json(entry))


@router.post("/desk/concerns/{code}/status", responses=ACTING)
def change_concern_status(code: str, body: ConcernStatusBody, office: OfficeDep, session: ConcernsStaff,
                          found: DeskDevice):
    changed = office.change_concern_status(code, body.status, body.reason, session, body.action_id,
                                           device_id=found.id)
    return JSONResponse(codec.concern_json(changed))
