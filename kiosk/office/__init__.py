"""The `Office` facade (see `core.py`): one class, assembled from one mixin per area
(tickets in core, desk and counters, staff, concerns), so each area stays a small module.
"""
from kiosk.office.core import Office, OfficeError, OfficeEvent, OfficeInfo, ticket_payload

__all__ = ["Office", "OfficeError", "OfficeEvent", "OfficeInfo", "ticket_payload"]
