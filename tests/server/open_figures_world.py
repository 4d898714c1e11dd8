"""Offices with hand-countable months for the open figures' tests (pushed as office events,
as the kiosk sends them; ratings written to `concern_ratings` as the concern page stores them).

    world = OpenFiguresWorld(store)
    world.tickets(code, day, waits)             tickets of `day` called after `waits` minutes
    world.concerns(code, registered, delays)    concerns registered at `registered` (UTC text),
                                                answered after `delays` days each (None: not answered)
    world.rate(code, ratings, rated_at)         ratings of the office's answers at `rated_at`

Runs in the test's thread.
"""
from __future__ import annotations

import itertools

from sqlalchemy import insert

from sync import protocol as P
from sync.server.db_public import concern_ratings
from sync.server.store import ServerStore
from tests.server.figures_helpers import Office, concern_registered, plus, ticket_life

_codes = itertools.count(1)


class OpenFiguresWorld:
    def __init__(self, store: ServerStore):
        self.store = store
        self.hubs: dict[str, Office] = {}

    def hub(self, code: str, commune: str = "Alger Centre") -> Office:
        if code not in self.hubs:
            self.hubs[code] = Office(self.store, code, commune)
        return self.hubs[code]

    def tickets(self, code: str, day: str, waits: list[float | None]) -> None:
        """One ticket per wait, issued at 08:00 UTC (09:00 in Algiers) on `day` (its business date)."""
        hub = self.hub(code)
        events = [e for wait in waits
                  for e in ticket_life(hub, f"{day}T08:00:00.000Z", wait, 5, business_date=day)]
        assert all(r.status == "stored" for r in hub.push(events).results)

    def concerns(self, code: str, registered: str, delays: list[int | None]) -> None:
        hub = self.hub(code)
        events = []
        for delay in delays:
            concern = f"{code}-C{next(_codes)}"
            events.append(concern_registered(hub, registered, concern))
            if delay is not None:
                answered = plus(registered, 60 * 24 * delay)
                events.append(hub.event(P.CONCERN_STATUS_CHANGED, answered, {
                    "code": concern, "status": "answered", "previous_status": "received", "at": answered}))
        assert all(r.status == "stored" for r in hub.push(events).results)

    def rate(self, code: str, ratings: list[int], rated_at: str) -> None:
        with self.store.engine.begin() as conn:
            conn.execute(insert(concern_ratings), [
                {"office_code": code, "code": f"{code}-R{next(_codes)}", "rating": rating, "comment": None,
                 "rated_at": rated_at} for rating in ratings])


__all__ = ["OpenFiguresWorld"]
