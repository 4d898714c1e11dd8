"""The office's activity report for a supervisor's console on a desk PC
(kiosk/office/reports.py): the figures as JSON; the desk lays out the PDF or CSV itself.

Thread use: uvicorn's thread pool.
"""
from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from kiosk.hub import codec
from kiosk.hub.bodies import refusals
from kiosk.hub.routes.deps import DeskDevice, OfficeDep, StaffToken

router = APIRouter()


@router.get("/desk/reports/activity", responses=refusals(400, 401, 403))
def activity_report(office: OfficeDep, _: DeskDevice, token: StaffToken = "",
                    first: dt.date = Query(description="the first office day, YYYY-MM-DD"),
                    last: dt.date = Query(description="the last office day, YYYY-MM-DD (at most 366 days)")):
    # The office checks the session's role (supervise) and the period.
    return JSONResponse(codec.activity_report_json(office.activity_report(token, first, last)))
