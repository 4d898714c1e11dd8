"""The office: `OfficePort` (what screens, the hub and the command lines may ask), the local
`Office` that implements it (kiosk/office/core.py: small services around one unit of work)
and the errors both raise (kiosk/office/errors.py).
"""
from kiosk.office.core import Office
from kiosk.office.errors import (
    OFFICE_FAILURES,
    BadLogin,
    Conflict,
    DatabaseDamaged,
    DatabaseUnreadable,
    DiskFull,
    InvalidInput,
    Locked,
    NotAllowed,
    NotFound,
    NotLoggedIn,
    OfficeError,
    StoreError,
    Throttled,
    Unavailable,
    failure_from,
    office_error,
)
from kiosk.office.health import PROBLEM_EVENT
from kiosk.office.port import OfficePort
from kiosk.office.records import OfficeEvent, OfficeInfo, ticket_payload

# Screens catch the storage failures from here: they are the office's, whatever stores it.
__all__ = ["OFFICE_FAILURES", "PROBLEM_EVENT", "BadLogin", "Conflict", "DatabaseDamaged", "DatabaseUnreadable",
           "DiskFull", "InvalidInput", "Locked", "NotAllowed", "NotFound", "NotLoggedIn", "Office", "OfficeError",
           "OfficeEvent", "OfficeInfo", "OfficePort", "StoreError", "Throttled", "Unavailable", "failure_from",
           "office_error", "ticket_payload"]
