"""How an office answers for its sync with the central server (the desks' indicator and
their "sync now" button), whoever runs the sync loop.

The loop runs beside the hub (kiosk/hub/sync_runner.py) and attaches a `SyncControl` to
the local `Office`; `RemoteOffice` asks its hub. So `office.sync_status()` and
`office.sync_now(token)` are the same calls on both sides of the LAN (`OfficePort`).

Thread use: any.
"""
from __future__ import annotations

from typing import Any, Protocol

SYNC_STATUS = "sync.status"  # the OfficeEvent kind that carries a new status to every listener
# What an office that does not sync (not enrolled, or no loop running) says.
NOT_ENROLLED: dict[str, Any] = {"enrolled": False}


class SyncControl(Protocol):
    def status(self) -> dict[str, Any]:
        """The indicator's JSON (see kiosk/hub/sync_runner.py), `NOT_ENROLLED` when it does not sync."""
        ...

    def wake(self) -> bool:
        """Push and pull now, cutting a backoff short; False when it does not sync."""
        ...
