"""What the office is and offers: its name and code, its catalogue of services and
concern categories, and one service's wait. Any paired device may read them.

Thread use: uvicorn's thread pool.
"""
from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from kiosk.hub import codec
from kiosk.hub.bodies import PAIRED, refusals
from kiosk.hub.refusals import ApiError
from kiosk.hub.routes.deps import AnyDevice, OfficeDep

router = APIRouter()


@router.get("/office", responses=PAIRED)
def info(office: OfficeDep, _: AnyDevice):
    return codec.info_json(office.info)


@router.get("/catalogue", responses=PAIRED)
def catalogue(office: OfficeDep, _: AnyDevice):
    return JSONResponse(codec.catalogue_json(office.catalogue))


@router.get("/services/{code}/wait", responses=refusals(401, 404))
def service_wait(code: str, office: OfficeDep, _: AnyDevice):
    try:
        office.catalogue.service(code)
    except KeyError:
        raise ApiError("unknown_service", f"no service with code {code!r}") from None
    return {"service_code": code, "waiting": office.waiting_count(code),
            "estimated_wait_min": office.estimated_wait(code),
            "minutes_per_citizen": office.minutes_per_citizen(code), "open_counters": office.open_counters(code)}
