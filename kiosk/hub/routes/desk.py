"""Desk actions: open and close a counter, call the next ticket or a given one, recall,
start, finish, mark a no-show, transfer. A desk device with a staff session (the office
checks its role); each action is applied once per `action_id` and device, so a desk
that retries after a lost answer gets the first answer again (kiosk/office/once.py).

Thread use: uvicorn's thread pool.
"""
from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from kiosk.domain.tickets import Ticket
from kiosk.hub import codec
from kiosk.hub.bodies import ACTING, CallTicketBody, CounterBody, OpenCounterBody, TicketBody, TransferBody
from kiosk.hub.routes.deps import DeskDevice, OfficeDep, StaffToken

router = APIRouter()


def _answer(ticket: Ticket | None) -> JSONResponse:
    return JSONResponse({"ticket": codec.ticket_json(ticket)})


@router.post("/desk/counters/open", responses=ACTING)
def open_counter(body: OpenCounterBody, office: OfficeDep, found: DeskDevice, token: StaffToken = ""):
    return office.open_counter(token, body.counter, body.services, body.action_id, device_id=found.id)


@router.post("/desk/counters/close", responses=ACTING)
def close_counter(body: CounterBody, office: OfficeDep, found: DeskDevice, token: StaffToken = ""):
    return office.close_counter(token, body.counter, body.action_id, device_id=found.id)


@router.post("/desk/call-next", responses=ACTING)
def call_next(body: CounterBody, office: OfficeDep, found: DeskDevice, token: StaffToken = ""):
    return _answer(office.call_next(token, body.counter, body.action_id, device_id=found.id))  # None: nobody waits


@router.post("/desk/call-ticket", responses=ACTING)
def call_ticket(body: CallTicketBody, office: OfficeDep, found: DeskDevice, token: StaffToken = ""):
    return _answer(office.call_ticket(token, body.counter, body.ticket_id, body.action_id, device_id=found.id))


@router.post("/desk/recall", responses=ACTING)
def recall(body: TicketBody, office: OfficeDep, found: DeskDevice, token: StaffToken = ""):
    return _answer(office.recall(token, body.ticket_id, body.action_id, device_id=found.id))


@router.post("/desk/start", responses=ACTING)
def start_service(body: TicketBody, office: OfficeDep, found: DeskDevice, token: StaffToken = ""):
    return _answer(office.start_service(token, body.ticket_id, body.action_id, device_id=found.id))


@router.post("/desk/finish", responses=ACTING)
def finish(body: TicketBody, office: OfficeDep, found: DeskDevice, token: StaffToken = ""):
    return _answer(office.finish(token, body.ticket_id, body.action_id, device_id=found.id))


@router.post("/desk/no-show", responses=ACTING)
def no_show(body: TicketBody, office: OfficeDep, found: DeskDevice, token: StaffToken = ""):
    return _answer(office.no_show(token, body.ticket_id, body.action_id, device_id=found.id))


@router.post("/desk/transfer", responses=ACTING)
def transfer(body: TransferBody, office: OfficeDep, found: DeskDevice, token: StaffToken = ""):
    return _answer(office.transfer(token, body.ticket_id, body.to_service, body.action_id, device_id=found.id))
