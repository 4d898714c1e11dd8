"""A month of real office activity for the figures pages: tickets, waits, no-shows, concerns and
answers pushed as office events (figures_helpers), so the pages and screenshots show real numbers.

    world = FiguresWorld(store)
    world.month(code, name, commune, month, busy, seed)   the working days of `month` at one office
    world.year(code, year, busy, seed)                    a few days in each month of `year`

Deterministic (seeded); each day is one push. Runs in the test's thread.
"""
from __future__ import annotations

import calendar
import datetime as dt
import random

from sync import protocol as P
from sync.server.store import ServerStore
from tests.server.figures_helpers import Office, at, concern_registered, plus, ticket_life


def _day(hub: Office, day: dt.date, busy: int, rng: random.Random) -> None:
    events: list[P.Event] = []
    opening = at(f"{day.isoformat()} 07:30")  # 08:30 in Algiers
    tickets = max(1, int(busy * rng.uniform(0.6, 1.3)))
    for n in range(tickets):
        issued = plus(opening, n * 420 / tickets)
        wait = rng.choice((None,) + (rng.uniform(1, 12),) * 6 + (rng.uniform(12, 45),) * 2)
        events += ticket_life(hub, issued, wait, rng.uniform(2, 15), no_show=rng.random() < 0.07,
                              business_date=day.isoformat())
    for n in range(rng.randint(0, max(1, busy // 12))):
        code = f"{hub.code}-C{hub.seq + 1}"
        registered = plus(opening, 60 + 30 * n)
        events.append(concern_registered(hub, registered, code))
        if rng.random() < 0.6:  # answered at the office's desk within a few days
            answered = plus(registered, 60 * 24 * rng.randint(1, 40))
            events.append(hub.event(P.CONCERN_STATUS_CHANGED, answered, {
                "code": code, "status": "answered", "previous_status": "received", "at": answered}))
    response = hub.push(events)
    assert all(r.status == "stored" for r in response.results), response.results


class FiguresWorld:
    def __init__(self, store: ServerStore):
        self.store = store
        self.hubs: dict[str, Office] = {}

    def hub(self, code: str, name: str | None = None, commune: str = "Alger Centre") -> Office:
        """The office's hub (enrolled once), renamed `name` when given."""
        if code not in self.hubs:
            self.hubs[code] = Office(self.store, code, commune)
            name = name or f"APC {code}"
        if name:
            self.store.add_office(code, name, commune)
        return self.hubs[code]

    def month(self, code: str, name: str, commune: str, month: str, busy: int = 40, seed: int = 1) -> None:
        """Every working day of `month` (Sunday to Thursday, as in Algeria), about `busy` tickets a day."""
        hub = self.hub(code, name, commune)
        rng = random.Random(f"{seed}-{code}-{month}")
        year, mon = int(month[:4]), int(month[5:])
        for n in range(1, calendar.monthrange(year, mon)[1] + 1):
            day = dt.date(year, mon, n)
            if day.weekday() not in (4, 5):  # Friday and Saturday: closed
                _day(hub, day, busy, rng)

    def year(self, code: str, year: int, busy: int = 30, seed: int = 1, days: int = 3) -> None:
        """`days` working days in each month of `year`, a little busier towards the summer."""
        hub = self.hub(code)
        rng = random.Random(f"{seed}-{code}-{year}")
        for mon in range(1, 13):
            for n in range(days):
                _day(hub, dt.date(year, mon, 2 + 7 * n), int(busy * (1 + 0.5 * (6 - abs(6 - mon)) / 6)), rng)
