"""Values out of range are refused with a 4xx that names the field, never a 500."""
from __future__ import annotations

import pytest
import requests


@pytest.mark.parametrize("query, field", [
    ({"older_than_days": 10**12}, "older_than_days"),  # was OverflowError → 500
    ({"newer_than_days": 10**12}, "newer_than_days"),
    ({"offset": 2**70}, "offset"),  # too big for SQLite: was OverflowError → 500
    ({"limit": 0}, "limit"),
])
def test_inbox_filters_out_of_range_are_422_naming_the_field(hub, desk, query, field):
    token = desk.login("amina", "4829").token
    answer = requests.get(f"{hub.url}/lan/v1/desk/concerns", params=query, timeout=5,
                          headers={**desk._headers, "X-Staff-Session": token})
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert error["code"] == "bad_request" and field in error["message"]


def test_a_body_that_is_not_json_is_refused_in_the_house_format(hub, desk):
    answer = requests.post(f"{hub.url}/lan/v1/tickets", data=b"\xff\xfe", timeout=5,
                           headers={**desk._headers, "Content-Type": "application/json"})
    assert answer.status_code == 422 and answer.json()["error"]["code"] == "bad_request"


@pytest.mark.parametrize("query, field", [
    ({"first": "01/12/2026", "last": "2026-12-01"}, "first"),
    ({"first": "2026-12-01"}, "last"),
])
def test_a_report_day_that_is_not_a_day_is_422_naming_it(hub, desk, query, field):
    token = desk.login("nadia", "5170").token
    answer = requests.get(f"{hub.url}/lan/v1/desk/reports/activity", params=query, timeout=5,
                          headers={**desk._headers, "X-Staff-Session": token})
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert error["code"] == "bad_request" and field in error["message"]
