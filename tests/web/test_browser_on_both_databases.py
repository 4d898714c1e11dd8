"""A page module that runs on SQLite and on PostgreSQL: it overrides `web_db_url` (the pattern
for back-office page tests whose behaviour depends on the database)."""
from __future__ import annotations

import pytest

from sync import device_key
from sync import protocol as P


@pytest.fixture
def web_db_url(server_db_url):
    return server_db_url


def test_the_browser_and_the_tests_store_meet_in_one_database(live_server, page):
    live_server.store.add_office("ALG-16001", "APC Alger Centre")
    code, _ = live_server.store.new_enroll_code("ALG-16001")
    page.goto(live_server.url(P.HEALTH_PATH))
    # A code the test made in the database is accepted by the server the browser talks to.
    answer = page.request.post(live_server.url(P.ENROLL_PATH), data={
        "code": code, "device_name": "kiosk",
        "public_key": device_key.public_key_of(device_key.new_private_key())})
    assert answer.status == 201, answer.text()
    assert [d["office_code"] for d in live_server.store.devices.list()] == ["ALG-16001"]
