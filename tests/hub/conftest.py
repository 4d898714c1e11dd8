"""A real hub (uvicorn on 127.0.0.1, a free port) over a real Office on a tmp SQLite file."""
from __future__ import annotations

import pytest
from hub_helpers import FAST

from kiosk.hub.client import RemoteOffice
from kiosk.hub.connect import pair
from kiosk.hub.running import HubServer


@pytest.fixture
def staff(office):
    office.add_staff("amina", "clerk", "4829")
    office.add_staff("karim", "clerk", "7316")
    office.add_staff("nadia", "supervisor", "5170")


@pytest.fixture
def hub(office, staff):
    server = HubServer(office, "127.0.0.1", 0, heartbeat_s=1.0).start()
    yield server
    server.stop()


@pytest.fixture
def make_device(hub, tmp_path):
    made: list[RemoteOffice] = []

    def make(name: str = "Guichet 1", kind: str = "desk", **options) -> RemoteOffice:
        code = hub.pairing.new_pairing_code()
        device = pair(hub.url, code.code, name, kind, tmp_path / name.replace(" ", "-"), **{**FAST, **options})
        made.append(device)
        return device

    yield make
    for device in made:
        device.close()


@pytest.fixture
def desk(make_device):
    return make_device("Guichet 1")
