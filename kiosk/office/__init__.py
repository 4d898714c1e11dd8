"""The `Office` facade (see `core.py`): one class, assembled from one mixin per area
(tickets in core, desk and counters, staff, concerns), so each area stays a small module.
"""
from kiosk.office.core import Office, OfficeError, OfficeEvent, OfficeInfo, ticket_payload
from kiosk.office.health import PROBLEM_EVENT
from kiosk.store.errors import DatabaseDamaged, DatabaseUnreadable, DiskFull, StoreError, failure_from

# Screens catch the storage failures from here: they are the office's, whatever stores it.
__all__ = ["PROBLEM_EVENT", "DatabaseDamaged", "DatabaseUnreadable", "DiskFull", "Office", "OfficeError",
           "OfficeEvent", "OfficeInfo", "StoreError", "failure_from", "ticket_payload"]
