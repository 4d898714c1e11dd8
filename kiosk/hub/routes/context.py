"""`HubContext`: what the LAN API's routes share besides the Office — the paired devices,
the event broker and each device's concern follow-up throttle.

`create_hub_app` (kiosk/hub/server.py) builds one per app and keeps it in
`app.state.hub`; routes reach it through `kiosk/hub/routes/deps.py`, and
kiosk/hub/running.py closes it when the server stops.

Thread use: any thread (uvicorn's thread pool for the routes; the Office's committing
thread for the broker); the throttles have their own lock.
"""
from __future__ import annotations

import threading
from typing import Any

from kiosk.domain.concerns import public_view
from kiosk.domain.tracking_codes import ThrottlesByKey
from kiosk.hub import codec
from kiosk.hub.events import EventBroker
from kiosk.hub.pairing import Device, Pairing
from kiosk.office import Office, OfficeError
from kiosk.office.errors import Throttled

# The wrong follow-up codes the office counts: a code of the wrong shape costs nothing.
_COUNTED_FAILURES = ("code_check", "code_unknown")


class HubContext:
    """The Office as the LAN sees it: devices, live events, follow-up throttles per device."""

    def __init__(self, office: Office, pairing: Pairing, broker: EventBroker):
        self.office, self.pairing, self.broker = office, pairing, broker
        self._unsubscribe = office.subscribe(broker.publish)
        self._throttles = ThrottlesByKey(office.clock)  # one per paired device: bounded by the devices
        self._throttles_lock = threading.Lock()

    def public_view(self, device: Device, code: str) -> dict[str, Any]:
        """`Office.concern_public_view`, throttled per device instead of per office."""
        # Check, look up and count under one lock (as the office does), so a burst of parallel
        # guesses cannot all slip past the check; a lookup is one indexed read.
        with self._throttles_lock:
            throttle = self._throttles.get(device.id)
            wait = throttle.retry_after()
            if wait > 0:
                # As the office says it, with the wait the kiosk counts down.
                raise Throttled("lookup_throttled", f"too many wrong codes: try again in {wait:.0f} s",
                                retry_after_s=wait)
            try:
                concern = self.office.get_concern(code, can_see_contact=False)
            except OfficeError as exc:
                if exc.code in _COUNTED_FAILURES:
                    throttle.record_failure()
                raise
        return codec.public_view_json(public_view(concern))

    def retry_after(self, device: Device) -> float:
        with self._throttles_lock:
            return self._throttles.get(device.id).retry_after()

    def board(self) -> dict[str, Any]:
        """The hall display's snapshot, with the event id to resume its stream from."""
        # The id first: an event committed while the board is read is then sent again, never missed.
        event_id = self.broker.last_id
        board = self.office.board()
        return {**board, "recent_calls": [codec.ticket_json(t) for t in board["recent_calls"]], "event_id": event_id}

    def close(self) -> None:
        self._unsubscribe()
        self.broker.close()
