"""Back-office server fixtures: the sync tests' databases and servers (tests/sync/conftest.py,
loaded here, not copied) and `concern_world`, a central server with three offices in two
communes, staff of every role, and a helper that pushes office concern events."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from sqlalchemy import update

from sync import protocol as P
from tests.server.concern_world import ALGER_A, ALGER_B, ORAN, ConcernWorld

_SYNC_CONFTEST = Path(__file__).parents[1] / "sync" / "conftest.py"
_spec = importlib.util.spec_from_file_location("sync_server_fixtures", _SYNC_CONFTEST)
assert _spec is not None and _spec.loader is not None
_sync_fixtures = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = _sync_fixtures  # dataclasses look their module up there
_spec.loader.exec_module(_sync_fixtures)

pg_session_db = _sync_fixtures.pg_session_db
server_db_url = _sync_fixtures.server_db_url
server = _sync_fixtures.server
device = _sync_fixtures.device
api = _sync_fixtures.api
servers_stopped_at_the_end = _sync_fixtures.servers_stopped_at_the_end

def _add_staff(conn, username: str, role: str, scopes: list[tuple[str, str]], disabled: bool = False) -> int:
    from sync.server.db_backoffice import staff_users, user_scopes

    now = P.utc_now_iso()
    user_id = conn.execute(staff_users.insert().values(
        username=username, display_name=username.title(), role=role, password_hash="-", created_at=now,
        password_changed_at=now, disabled_at=now if disabled else None).returning(staff_users.c.id)).scalar_one()
    for kind, value in scopes:
        conn.execute(user_scopes.insert().values(user_id=user_id, kind=kind, value=value))
    return user_id


@pytest.fixture
def concern_world(server_db_url):
    from sync.server import db as D
    from sync.server.staff import StaffUser
    from sync.server.store import ServerStore

    store = ServerStore(server_db_url)
    devices = {}
    for code, name, commune in ((ALGER_A, "APC Alger Centre", "Alger"), (ALGER_B, "Annexe Bab El Oued", "Alger"),
                                (ORAN, "APC Oran", "Oran")):
        store.add_office(code, name)
        with store.engine.begin() as conn:
            conn.execute(update(D.offices).where(D.offices.c.code == code).values(commune=commune))
        enrol_code, _ = store.new_enroll_code(code)
        token = store.enroll(enrol_code, "kiosk").token
        devices[code] = store.device_for_token(token)
    with store.engine.begin() as conn:
        ids = {"amina": _add_staff(conn, "amina", "agent", [("office", ALGER_A)]),
               "bilal": _add_staff(conn, "bilal", "agent", [("office", ALGER_B)]),
               "samir": _add_staff(conn, "samir", "supervisor", [("commune", "Alger")]),
               "omar": _add_staff(conn, "omar", "supervisor", [("commune", "Oran")]),
               "root": _add_staff(conn, "root", "admin", []),
               "gone": _add_staff(conn, "gone", "agent", [("office", ALGER_A)], disabled=True)}
    staff = {
        "amina": StaffUser(ids["amina"], "amina", "Amina", "agent", offices=frozenset({ALGER_A})),
        "bilal": StaffUser(ids["bilal"], "bilal", "Bilal", "agent", offices=frozenset({ALGER_B})),
        "samir": StaffUser(ids["samir"], "samir", "Samir", "supervisor", offices=frozenset({ALGER_A, ALGER_B}),
                           communes=frozenset({"Alger"})),
        "omar": StaffUser(ids["omar"], "omar", "Omar", "supervisor", offices=frozenset({ORAN}),
                          communes=frozenset({"Oran"})),
        "root": StaffUser(ids["root"], "root", "Root", "admin", offices=None),
    }
    yield ConcernWorld(store, devices, staff)
    store.close()
