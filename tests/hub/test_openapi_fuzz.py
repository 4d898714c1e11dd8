"""No 500 on the LAN API: schemathesis sends generated requests (valid and invalid, edge
values included) to a real hub on 127.0.0.1, as a paired desk with a supervisor's session,
and checks every answer against the hub's own OpenAPI description: never a 5xx, only
declared statuses, and bodies of the declared shape (the house error format for 4xx).

Bounded: a few examples per route, derandomized, so a run takes well under a minute
and is the same every time.
"""
from __future__ import annotations

import pytest
import schemathesis
from hub_helpers import FAST
from hypothesis import HealthCheck, settings
from schemathesis.checks import (  # type: ignore[attr-defined]  # registered checks, loaded on access
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from kiosk.domain.clock import FixedClock
from kiosk.hub.connect import pair
from kiosk.hub.pairing import Pairing
from kiosk.hub.running import HubServer
from kiosk.hub.server import create_hub_app
from kiosk.office import Office, OfficeInfo
from tests.conftest import ALGIERS_MORNING

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
BOUNDED = settings(max_examples=10, derandomize=True, deadline=None, database=None,
                   suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def fuzzed_hub(tmp_path_factory, catalogue):
    """One hub for every route (a hub per route would spend most of the run starting hubs)."""
    office = Office.open_path(tmp_path_factory.mktemp("fuzz") / "office.sqlite3",
                              OfficeInfo("APC Test", "TST", "Africa/Algiers"), FixedClock(ALGIERS_MORNING), catalogue)
    office.add_staff("nadia", "supervisor", "5170")
    server = HubServer(office, "127.0.0.1", 0, heartbeat_s=1.0).start()
    yield server
    server.stop()
    office.close()


@pytest.fixture(scope="module")
def as_supervisor(fuzzed_hub, tmp_path_factory):
    """Headers of a paired desk with a supervisor's session: the fuzzer reaches past the door."""
    code = fuzzed_hub.pairing.new_pairing_code()
    desk = pair(fuzzed_hub.url, code.code, "Guichet 1", "desk", tmp_path_factory.mktemp("desk"), **FAST)
    session = desk.login("nadia", "5170")
    yield {"Authorization": desk._headers["Authorization"], "X-Staff-Session": session.token}
    desk.close()


def hub_openapi() -> dict:
    """The hub's OpenAPI description (the same app as the `hub` fixture serves, on any office)."""
    office = Office.open_path(":memory:")
    pairing = Pairing.for_office(office)
    try:
        return create_hub_app(office, pairing=pairing).openapi()
    finally:
        pairing.close()
        office.close()


# Loaded at collection, so each route is its own test. The event stream never ends:
# tests/hub/test_events.py covers it.
schema = schemathesis.openapi.from_dict(hub_openapi()).exclude(path_regex=r"/events$")


@schema.parametrize()
@BOUNDED
def test_the_hub_answers_every_request_as_its_openapi_says(case, fuzzed_hub, as_supervisor):
    headers = dict(as_supervisor)
    if case.path.endswith("/desk/logout"):
        headers.pop("X-Staff-Session")  # keep the session for the other routes
    case.call_and_validate(base_url=fuzzed_hub.url, headers=headers, checks=CHECKS, timeout=10)
