"""A server with a month of real office activity for the figures and audit browser tests.

`figures_server` (module scope): `module_live_server` with four offices in two communes, a
busy November 2026 and a year of days pushed as office events (tests/server/figures_world.py),
and two administrators, `amina` (Arabic) and `francois` (French); log in with tests/web/people.log_in.
Runs in the test process's main thread.
"""
from __future__ import annotations

import pytest

from sync.server.staff import COMMAND_LINE
from tests.server.figures_world import FiguresWorld
from tests.web.people import PASSWORD

MONTH, YEAR = "2026-11", 2026
OFFICES = (("ALG-16001", "APC Alger Centre", "Alger Centre", 45),
           ("ALG-16002", "Annexe Bab El Oued", "Alger Centre", 25),
           ("ALG-16003", "APC Sidi M'Hamed", "Sidi M'Hamed", 30),
           ("ORN-31001", "APC Oran", "Oran", 35))
USERS = {"ar": "amina", "fr": "francois"}


@pytest.fixture(scope="module")
def figures_server(module_live_server):
    store = module_live_server.store
    world = FiguresWorld(store)
    for code, name, commune, busy in OFFICES:
        world.month(code, name, commune, MONTH, busy=busy)
        world.year(code, YEAR, busy=busy)
    store.accounts.add(COMMAND_LINE, "amina", "أمينة بن علي", "admin", PASSWORD, language="ar")
    store.accounts.add(COMMAND_LINE, "francois", "François Haddad", "admin", PASSWORD, language="fr")
    store.accounts.add(COMMAND_LINE, "karim", "Karim Agent", "agent", PASSWORD, offices=["ALG-16001"], language="fr")
    return module_live_server

