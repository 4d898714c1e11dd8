"""A realistic morning to practise on: `maktab simulate --training` (Qt-free).

    practice_morning(office, seed=None) → PracticeMorning

Fills a training office (never a real one: ValueError) with what a new clerk meets on a
busy morning, all through the same simulations the demos use (kiosk/simulation.py,
kiosk/simulation_concerns.py): citizens who came since opening, served by four simulated
counters, with a line still waiting across several services and a few tickets called
or at a counter; two weeks of citizen concerns, the recent ones still to answer; and two
practice accounts with PINs everyone may know (a clerk and a supervisor), printed at the
end so the trainer can hand them out. Running it again adds another morning's citizens
and resets the practice PINs.

Nothing of it leaves the office: in a training database the outbox queues nothing
(kiosk/store/outbox.py).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import random

from kiosk.domain.clock import FixedClock
from kiosk.office import Office
from kiosk.simulation import DEMAND, pick_priority, simulate
from kiosk.simulation_concerns import simulate_concerns

# Known to everyone on purpose: they open only the practice office.
PRACTICE_ACCOUNTS = (("formation", "clerk", "2580"), ("formation-chef", "supervisor", "3691"))
MORNING_TICKETS = 80  # a busy morning of a mid-sized office
PRACTICE_CONCERNS = 14
LINE_TICKETS = 18  # who is still waiting when the trainee sits down
LINE_MINUTES = 25  # … having come in over this last stretch


@dataclasses.dataclass(frozen=True)
class PracticeMorning:
    tickets: int  # citizens who came this morning
    waiting: int  # still in line, for the trainee to call
    called: int  # called or at a counter (the simulated clerks')
    concerns: int  # concerns registered over the last two weeks
    to_answer: int  # of which still received or in progress
    accounts: tuple[tuple[str, str, str], ...]  # (name, role, PIN)


def practice_morning(office: Office, *, seed: int | None = None, tickets: int = MORNING_TICKETS,
                     concerns: int = PRACTICE_CONCERNS) -> PracticeMorning:
    """Fill the training `office` with a morning to practise on; the office needs a FixedClock."""
    if not office.info.training:
        # Known PINs and invented citizens have no place in a real office.
        raise ValueError("the practice morning only fills a training office: start with --training")
    report = simulate(office, tickets_per_day=tickets, days=1, seed=seed)
    # The simulated counters have served the morning; these citizens came since, and wait for the trainee.
    line = _fresh_line(office, random.Random(seed), LINE_TICKETS, LINE_MINUTES)
    registered = simulate_concerns(office, concerns, days=14, seed=seed) if concerns else 0
    known = {row["name"] for row in office.list_staff()}
    for name, role, pin in PRACTICE_ACCOUNTS:
        if name in known:
            office.reset_pin(name, pin)  # also unlocks an account a trainee locked
        else:
            office.add_staff(name, role, pin)
    with office.work.read() as conn:
        waiting, called = conn.execute(
            "SELECT count(*) FILTER (WHERE status = 'waiting'),"
            " count(*) FILTER (WHERE status IN ('called', 'serving')) FROM tickets WHERE business_date ="
            " (SELECT max(business_date) FROM tickets)").fetchone()
        to_answer = conn.execute(
            "SELECT count(*) FROM concerns WHERE status IN ('received', 'in_progress')").fetchone()[0]
    return PracticeMorning(report.tickets + line, waiting, called, registered, to_answer, PRACTICE_ACCOUNTS)


def _fresh_line(office: Office, rng: random.Random, count: int, minutes: int) -> int:
    """`count` citizens who took a ticket over the last `minutes`, nobody calling them yet."""
    clock = office.clock
    if not isinstance(clock, FixedClock):
        raise ValueError("the practice morning needs an office with a FixedClock")
    now = clock.now()
    services = office.services()
    weights = [DEMAND.get(s.code, 1) for s in services]
    for at in sorted(now - dt.timedelta(seconds=rng.uniform(0, minutes * 60)) for _ in range(count)):
        clock.set(at)
        office.issue_ticket(rng.choices(services, weights)[0].code, pick_priority(rng),
                            rng.choice(["ar", "ar", "ar", "fr", "fr", "kab"]))
    clock.set(now)
    return count
