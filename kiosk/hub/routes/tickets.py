"""Queue tickets: a kiosk or desk issues one; any paired device reads a ticket, the
waiting counts and lines, and the latest calls.

Thread use: issuing a ticket runs on the server's event loop and awaits the office's
group-commit writer thread (`Office.issue_ticket_async`): no thread-pool hand-off per
ticket, one wake-up of the loop per committed group. The reads run in uvicorn's thread pool.
"""
from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from kiosk.hub import codec
from kiosk.hub.bodies import PAIRED, IssueBody, refusals
from kiosk.hub.pairing import Device
from kiosk.hub.refusals import ApiError
from kiosk.hub.routes.deps import AnyDevice, IssuingDevice, OfficeDep, fault_point, get_hub_of
from kiosk.office import Office

router = APIRouter()


@router.post("/tickets", responses=refusals(400, 401, 403, 404, 409))
async def issue(body: IssueBody, request: Request, found: IssuingDevice):
    # An ordinary request is answered by kiosk/hub/fast_issue.py before it gets here, the same way.
    return await issue_answer(get_hub_of(request).office, body, found)


async def issue_answer(office: Office, body: IssueBody, found: Device) -> JSONResponse:
    """The ticket, answered only once the group that holds it is committed (kiosk/office/group_commit.py)."""
    issued = await office.issue_ticket_async(body.service_code, body.priority, body.language,
                                             request_id=body.request_id, device_id=found.id)
    fault_point()
    return JSONResponse(codec.issued_json(issued))


@router.get("/tickets/{ticket_id}", responses=refusals(401, 404))
def ticket(ticket_id: str, office: OfficeDep, _: AnyDevice):
    found = office.ticket(ticket_id)
    if found is None:
        raise ApiError("unknown_ticket", "no such ticket")
    return JSONResponse(codec.ticket_json(found))


@router.get("/waiting-counts", responses=PAIRED)
def waiting_counts(office: OfficeDep, _: AnyDevice):
    return office.waiting_counts()


@router.get("/waiting-tickets", responses=PAIRED)
def waiting_tickets(office: OfficeDep, _: AnyDevice, service: list[str] | None = Query(None, max_length=100),
                    limit: int = Query(200, ge=1, le=1000)):
    return JSONResponse([codec.ticket_json(t) for t in office.waiting_tickets(service, limit)])


@router.get("/recent-calls", responses=PAIRED)
def recent_calls(office: OfficeDep, _: AnyDevice, limit: int = Query(6, ge=1, le=100)):
    return JSONResponse([codec.ticket_json(t) for t in office.recent_calls(limit)])
