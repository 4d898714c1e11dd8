"""What a refused office call means for the desk (Qt-free, so it is tested plainly).

The hub client raises `OfficeError` with code "hub_unreachable" when the hub cannot be
reached after its retries; the desk checks the code rather than the class, so it needs
nothing from `kiosk.hub`.
"""
from __future__ import annotations

import datetime as dt
import math
import re

from kiosk.domain.clock import from_iso
from kiosk.domain.staff import LOCKOUT
from kiosk.office import OfficeError, StoreError

# The office's database is damaged or unreadable (here or on the hub): nothing works until the technician mends it.
OFFICE_OUT_OF_SERVICE = ("database_damaged", "database_unreadable")
_ISO_RE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z")


def error_code(exc: BaseException) -> str:
    """The office's code for a refusal ("bad_state", …) or a storage failure, or "error" for anything else."""
    return exc.code if isinstance(exc, (OfficeError, StoreError)) else "error"


def is_out_of_service(exc: BaseException) -> bool:
    return error_code(exc) in OFFICE_OUT_OF_SERVICE


def lockout_minutes(exc: BaseException, now: dt.datetime) -> int:
    """Whole minutes (at least 1) until a locked account may log in again.

    The office says when the lock ends either as a timestamp ("locked until …Z", on a
    later attempt) or not at all (on the attempt that locked it: the full lockout).
    """
    found = _ISO_RE.search(str(exc))
    if found is None:
        return max(1, math.ceil(LOCKOUT.total_seconds() / 60))
    remaining = from_iso(found.group(0)) - now
    return max(1, math.ceil(remaining.total_seconds() / 60))
