"""The office contract suite: each test that asks for `office` runs twice, against the two
implementations of `OfficePort`:

    local    the `Office` on a real SQLite file (tmp_path)
    remote   a `RemoteOffice` paired as a desk with a real hub (uvicorn on 127.0.0.1, a free
             port) serving that same kind of `Office`

`local` is always the `Office` itself (in "remote", the hub's): tests set up what only the
office's own PC can do through it (staff accounts, the outbox, the audit rows), and read
events from it (the LAN event stream has its own tests in tests/hub/test_events.py). A test
that asks only for `local` runs once: it is about something that is not on the port.
Both share the test's FixedClock, since the hub runs in this process.
"""
from __future__ import annotations

import contextlib

import pytest

from kiosk.hub.client import RemoteOffice
from kiosk.hub.connect import pair
from kiosk.hub.running import HubServer
from kiosk.office import Office, OfficeInfo
from kiosk.store import database

FAST = {"timeout": (2.0, 5.0), "retries": 2, "backoff": 0.05, "reconnect_max_s": 0.3}


@pytest.fixture
def office_info() -> OfficeInfo:
    return OfficeInfo("APC Test", "TST", "Africa/Algiers")


@pytest.fixture
def local(tmp_path, clock, catalogue, office_info):
    office = Office.open_path(tmp_path / "office.sqlite3", office_info, clock, catalogue, pin_hash_cost="test")
    yield office
    office.close()


@pytest.fixture(params=["local", "remote"])
def office(request, local, tmp_path):
    if request.param == "local":
        yield local
        return
    hub = HubServer(local, "127.0.0.1", 0, heartbeat_s=1.0).start()
    remote: RemoteOffice | None = None
    try:
        remote = pair(hub.url, hub.pairing.new_pairing_code().code, "Guichet 1", "desk", tmp_path / "desk", **FAST)
        yield remote
    finally:
        if remote is not None:
            remote.close()
        hub.stop()


class RefusedCommit(Exception):
    """The commit itself failed (a full disk refused it): raised by `refused_commit`."""


@pytest.fixture
def refused_commit(monkeypatch) -> type[RefusedCommit]:
    """Every office transaction does its work, then fails at its commit (and is rolled back)."""
    real = database.transaction

    @contextlib.contextmanager
    def failing(db):
        with real(db) as conn:
            yield conn
            raise RefusedCommit("the disk refused the commit")

    monkeypatch.setattr("kiosk.office.unit_of_work.transaction", failing)
    return RefusedCommit
