"""The checks every route of the LAN API shares, as FastAPI dependencies.

    HubDep          the app's `HubContext` (office, pairing, broker, throttles)
    OfficeDep       its Office
    AnyDevice       any paired device (`Authorization: Bearer <device token>`), else 401
    IssuingDevice   a desk or a kiosk (not a display), else 403 `device_forbidden`
    DeskDevice      a desk, else 403 `device_forbidden`
    StaffToken      the `X-Staff-Session` header ("" when absent: the office answers 401)
    ConcernsStaff   a desk with a staff session holding the `concerns` permission

Each is an `Annotated` type, so a route says what it needs in its signature and FastAPI
resolves it once per request. The device checks are `async def`: FastAPI runs a plain
`def` dependency in its thread pool, a hand-off per dependency per request that cost
more than the checks themselves; a token verified in the last seconds is answered from
memory (`Pairing.recently_verified`), and only a token not seen lately goes to the
database, in the thread pool (a route needing both `DeskDevice` and `ConcernsStaff`
checks the device token once). Routes carry no return annotation: FastAPI would make it
the response model; the answers are the codec's JSON (kiosk/hub/codec.py).

`fault_point()` is the crash-recovery tests' hook between a commit and its answer.

Thread use: uvicorn's thread pool, with the routes.
"""
from __future__ import annotations

import os
import signal
from typing import Annotated

from fastapi import Depends, Header, Request
from starlette.concurrency import run_in_threadpool

from kiosk.domain.staff import Permission
from kiosk.hub.pairing import Device
from kiosk.hub.refusals import ApiError
from kiosk.hub.routes.context import HubContext
from kiosk.office import Office
from kiosk.office.staff import StaffSession
from sync.asgi_shortcut import bearer_token

FAULT_ENV = "MAKTAB_HUB_FAULT"  # tests only: "kill-after-commit" SIGKILLs the hub between a commit and its answer


def get_hub_of(request: Request) -> HubContext:
    hub: HubContext = request.app.state.hub
    return hub


async def get_hub(request: Request) -> HubContext:
    return get_hub_of(request)


HubDep = Annotated[HubContext, Depends(get_hub)]


async def get_office(request: Request) -> Office:
    # From the request itself rather than through HubDep: each nested dependency is one
    # more step FastAPI takes on every request.
    return get_hub_of(request).office


OfficeDep = Annotated[Office, Depends(get_office)]


AuthorizationHeader = Annotated[str, Header()]


async def paired_device(request: Request, authorization: AuthorizationHeader = "") -> Device:
    token = bearer_token(authorization)
    found = None
    if token is not None:
        pairing = get_hub_of(request).pairing
        found = pairing.recently_verified(token) or await run_in_threadpool(pairing.authenticate, token)
    if found is None:
        raise ApiError("bad_device_token", "this device is not paired with the hub (or was revoked): pair it again")
    return found


AnyDevice = Annotated[Device, Depends(paired_device)]


async def issuing_device(request: Request, authorization: AuthorizationHeader = "") -> Device:
    # The header itself rather than AnyDevice: one dependency less to solve on every ticket.
    found = await paired_device(request, authorization)
    if found.kind == "display":
        raise ApiError("device_forbidden", "a display cannot issue tickets")
    return found


IssuingDevice = Annotated[Device, Depends(issuing_device)]


async def desk_device(found: AnyDevice) -> Device:
    if found.kind != "desk":
        raise ApiError("device_forbidden", f"a {found.kind} device cannot do desk actions")
    return found


DeskDevice = Annotated[Device, Depends(desk_device)]
StaffToken = Annotated[str, Header(alias="X-Staff-Session")]


def concerns_staff(office: OfficeDep, _: DeskDevice, token: StaffToken = "") -> StaffSession:
    return office.session(token, Permission.CONCERNS)


ConcernsStaff = Annotated[StaffSession, Depends(concerns_staff)]


def fault_point() -> None:
    """Crash-recovery tests only: with MAKTAB_HUB_FAULT=kill-after-commit the hub dies (SIGKILL)
    right after committing a ticket or concern and before answering, as a power cut could."""
    if os.environ.get(FAULT_ENV) == "kill-after-commit":
        os.kill(os.getpid(), signal.SIGKILL)
