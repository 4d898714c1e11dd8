"""No 500 on the central server's sync API: schemathesis sends generated requests (valid
and invalid, edge values included) to a real maktab-server on 127.0.0.1, as an enrolled
device, and checks every answer against the server's own OpenAPI description: never a
5xx, only declared statuses, and the error format for refusals.

Bounded: a few examples per route, derandomized, on SQLite (tests/sync/test_server_*.py
run the protocol itself on PostgreSQL too).
"""
from __future__ import annotations

import threading

import pytest
import schemathesis
import uvicorn
from hypothesis import HealthCheck, settings
from schemathesis.checks import (  # type: ignore[attr-defined]  # registered checks, loaded on access
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from sync.server.app import create_app
from sync.server.store import ServerStore
from tests.sync.conftest import RunningServer, enroll, free_socket, wait_healthy

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
BOUNDED = settings(max_examples=25, derandomize=True, deadline=None, database=None,
                   suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def central(tmp_path_factory):
    """One server for every route, as `tests/sync/conftest.py`'s `server` but for the whole module."""
    db_url = f"sqlite:///{tmp_path_factory.mktemp('central') / 'central.sqlite3'}"
    store = ServerStore(db_url)
    sock = free_socket()
    server = uvicorn.Server(uvicorn.Config(create_app(db_url, store=store), log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    base_url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    wait_healthy(base_url)
    yield base_url, store
    server.should_exit = True
    thread.join(10)
    sock.close()
    store.close()


@pytest.fixture(scope="module")
def as_device(central):
    base_url, store = central
    return enroll(RunningServer(base_url, "", store)).headers


schema = schemathesis.openapi.from_dict(create_app("sqlite://").openapi())


@schema.parametrize()
@BOUNDED
def test_the_server_answers_every_request_as_its_openapi_says(case, central, as_device):
    case.call_and_validate(base_url=central[0], headers=as_device, checks=CHECKS, timeout=10)
