"""`GET /health`: open to all (no device token), so a desk being set up, a monitor or a
technician's `curl` can tell the hub is up and whether its database is sound.

Thread use: uvicorn's thread pool.
"""
from __future__ import annotations

from fastapi import APIRouter

from kiosk.hub.bodies import refusals
from kiosk.hub.routes.deps import HubDep

API_VERSION = 1

router = APIRouter()


@router.get("/health", responses=refusals())
def health(hub: HubDep):
    office = hub.office
    problem = office.problem_json()  # a damaged database: desks say what is wrong
    return {"ok": problem is None, "api": API_VERSION, "office_code": office.info.code,
            "training": office.info.training, "event_id": hub.broker.last_id, "problem": problem}
