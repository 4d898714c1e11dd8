"""Concerns pushed into the `web` fixture's server the way a kiosk pushes them (an enrolled
device's batch through the store's ingest), for the concern pages' tests."""
from __future__ import annotations

import itertools
import secrets

from sync import protocol as P

_seq = itertools.count(1)


class Kiosks:
    """One enrolled device per office of the `web` server; `register` pushes a concern."""

    def __init__(self, store):
        self.store = store
        self.devices: dict[str, object] = {}

    def device(self, office: str):
        if office not in self.devices:
            code, _ = self.store.new_enroll_code(office)
            self.devices[office] = self.store.device_for_token(self.store.enroll(code, "kiosk").token)
        return self.devices[office]

    def register(self, office: str, code: str, at: str = "2026-09-06T08:00:00.000Z", category: str = "roads",
                 text: str = "Un trou dans la route devant l'école", language: str = "fr",
                 channel: str | None = None) -> str:
        device = self.device(office)
        ev = P.Event.create(next(_seq), f"ev-{secrets.token_hex(6)}", P.CONCERN_REGISTERED, at, {
            "concern_id": f"id-{code}", "code": code, "category": category, "text": text, "language": language,
            "registered_at": at, "status": "received", "office_code": office,
            **({"channel": channel} if channel is not None else {})})
        body = P.make_push_request(device.id, f"b-{secrets.token_hex(4)}", [ev])
        self.store.store_batch(device, P.parse_push_request(body))
        return code
