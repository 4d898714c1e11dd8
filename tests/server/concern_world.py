"""The `concern_world` fixture's data: three offices in two communes, and a helper that pushes
office concern events the way a kiosk does (through the store's batch ingest)."""
from __future__ import annotations

import dataclasses
import itertools
import secrets

from sync import protocol as P

ALGER_A, ALGER_B, ORAN = "ALG-16001", "ALG-16002", "ORN-31001"


@dataclasses.dataclass
class ConcernWorld:
    store: object  # sync.server.store.ServerStore
    devices: dict
    staff: dict  # username -> StaffUser
    _seq: itertools.count = dataclasses.field(default_factory=lambda: itertools.count(1))

    def push(self, office: str, kind: str, payload: dict, at: str = "2026-09-06T08:00:00.000Z") -> P.Event:
        ev = P.Event.create(next(self._seq), f"ev-{secrets.token_hex(6)}", kind, at, payload)
        self.push_events(office, [ev])
        return ev

    def push_events(self, office: str, events: list[P.Event]) -> None:
        device = self.devices[office]
        body = P.make_push_request(device.id, f"b-{secrets.token_hex(4)}", events)
        self.store.store_batch(device, P.parse_push_request(body))

    def register(self, office: str, code: str, at: str = "2026-09-06T08:00:00.000Z", category: str = "roads",
                 text: str = "Un trou dans la route devant l'école", channel: str | None = None) -> P.Event:
        """`channel` None: the event as offices sent it before channels (no field)."""
        return self.push(office, P.CONCERN_REGISTERED, {
            "concern_id": f"id-{code}", "code": code, "category": category, "text": text, "language": "fr",
            "registered_at": at, "status": "received", "office_code": office,
            **({"channel": channel} if channel is not None else {})}, at)


