"""Open311 GeoReport v2 (read) on a real server (SQLite and PostgreSQL): fields and types, JSON and
XML agreeing, filters, Open311 error bodies, and nothing private ever published."""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
import requests
from sqlalchemy import select, text

from sync import protocol as P
from sync.server import db as D
from sync.server.staff import COMMAND_LINE
from tests.server.concern_pages_world import Kiosks

REQUEST_FIELDS = {"service_request_id": str, "status": str, "status_notes": str, "service_name": str,
                  "service_code": str, "description": str, "agency_responsible": str, "service_notice": str,
                  "requested_datetime": str, "updated_datetime": str, "expected_datetime": str, "address": str,
                  "address_id": str, "zipcode": str, "lat": type(None), "long": type(None), "media_url": str}
SERVICE_FIELDS = {"service_code": str, "service_name": str, "description": str, "metadata": bool, "type": str,
                  "keywords": str, "group": str}
TEXT = "Un trou dans la route devant l'école"
PHONE, NAME = "0555123456", "Amina Belkacem"


def _ago(days: float) -> str:
    return P.format_time(P.utc_now() - dt.timedelta(days=days))


@pytest.fixture
def open311(web):
    """ALG-1 and ALG-2 in Alger Centre, ORN-1 in Oran; four concerns in the last 90 days, one older."""
    kiosks = Kiosks(web.store)
    device = kiosks.device("ALG-1")
    ev = P.Event.create(900, "ev-contact", P.CONCERN_REGISTERED, _ago(3), {
        "concern_id": "id-K1", "code": "K1", "category": "roads", "text": TEXT, "language": "fr",
        "registered_at": _ago(3), "status": "received", "office_code": "ALG-1", "place": "Rue Didouche",
        "contact": {"name": NAME, "phone": PHONE}})
    web.store.store_batch(device, P.parse_push_request(P.make_push_request(device.id, "b-contact", [ev])))
    kiosks.register("ALG-1", "K2", at=_ago(2), category="water", text=TEXT)
    kiosks.register("ALG-2", "K3", at=_ago(1), category="roads", text=TEXT)
    kiosks.register("ORN-1", "K4", at=_ago(0.5), category="lighting", text=TEXT)
    kiosks.register("ORN-1", "OLD", at=_ago(120), category="roads", text=TEXT)
    web.store.concerns.answer(COMMAND_LINE, "ALG-1", "K2", "Réparé le 3, merci de votre patience")
    web.store.concerns.set_status(COMMAND_LINE, "ALG-2", "K3", "rejected", "Hors compétence de la commune")
    return web


def get(server, path: str, **params) -> requests.Response:
    return requests.get(server.base_url + path, params=params, timeout=10)


def xml_items(response: requests.Response) -> list[dict[str, str]]:
    return [{field.tag: field.text or "" for field in item} for item in ET.fromstring(response.content)]


def as_xml_text(item: dict) -> dict[str, str]:
    return {k: "" if v is None else ("false" if v is False else str(v)) for k, v in item.items()}


def test_every_request_field_has_georeport_type_and_xml_agrees(open311):
    r = get(open311, "/open311/v2/requests.json")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    assert r.headers["cache-control"] == "public, max-age=60"
    items = r.json()
    assert [i["service_request_id"] for i in items] == ["ORN-1:K4", "ALG-2:K3", "ALG-1:K2", "ALG-1:K1"]
    for item in items:
        assert {k: type(v) for k, v in item.items()} == REQUEST_FIELDS
        for name in ("requested_datetime", "updated_datetime", "expected_datetime"):
            assert item[name].endswith("+01:00") and dt.datetime.fromisoformat(item[name]).tzinfo is not None
    by_id = {i["service_request_id"]: i for i in items}
    assert by_id["ALG-1:K2"]["status"] == "closed" and by_id["ALG-2:K3"]["status"] == "closed"
    assert by_id["ALG-1:K1"]["status"] == "open" and by_id["ALG-1:K1"]["agency_responsible"] == "APC Alger Centre 1"
    assert by_id["ALG-1:K1"]["service_code"] == by_id["ALG-1:K1"]["service_name"] == "roads"

    x = get(open311, "/open311/v2/requests.xml")
    assert x.status_code == 200 and x.headers["content-type"] == "text/xml; charset=utf-8"
    assert ET.fromstring(x.content).tag == "service_requests"
    assert xml_items(x) == [as_xml_text(i) for i in items]


def test_services_are_the_known_categories_in_json_and_xml(open311):
    r = get(open311, "/open311/v2/services.json")
    services = r.json()
    assert [s["service_code"] for s in services] == ["lighting", "roads", "water"]
    for s in services:
        assert {k: type(v) for k, v in s.items()} == SERVICE_FIELDS
        assert s["metadata"] is False and s["type"] == "realtime" and s["service_name"] == s["service_code"]
    x = get(open311, "/open311/v2/services.xml")
    assert ET.fromstring(x.content).tag == "services"
    assert xml_items(x) == [as_xml_text(s) for s in services]


def test_expected_datetime_is_the_concerns_due_date(open311):
    with open311.store.engine.connect() as conn:
        due = conn.execute(select(D.concerns.c.due_at).where(D.concerns.c.code == "K1")).scalar_one()
    item = get(open311, "/open311/v2/requests/ALG-1:K1.json").json()[0]
    assert dt.datetime.fromisoformat(item["expected_datetime"]) == P.parse_time(due).replace(microsecond=0)


def test_no_text_answer_reason_or_contact_is_ever_published(open311):
    paths = ["/open311/v2/requests.json", "/open311/v2/requests.xml", "/open311/v2/requests/ALG-1:K1.json",
             "/open311/v2/requests/ALG-1:K1.xml", "/open311/v2/requests/ALG-1:K2.json",
             "/open311/v2/requests/ALG-2:K3.xml"]
    for path in paths:
        body = get(open311, path).content.decode()
        for private in (TEXT, "trou", "Réparé", "Hors compétence", PHONE, NAME, "Didouche"):
            assert private not in body, (path, private)
        assert "ALG-1:K1" in body or "K2" in body or "K3" in body


def _register_with_choice(web, code: str, text: str, publish_text) -> None:
    """A concern registered at ALG-1's kiosk with the consent-to-publish answer (absent: an older office)."""
    kiosks = Kiosks(web.store)
    device = kiosks.device("ALG-1")
    payload = {"concern_id": f"id-{code}", "code": code, "category": "roads", "text": text, "language": "ar",
               "registered_at": _ago(0.1), "status": "received", "office_code": "ALG-1"}
    if publish_text is not None:
        payload["publish_text"] = publish_text
    ev = P.Event.create(950 + len(code) + sum(map(ord, code)), f"ev-{code}", P.CONCERN_REGISTERED, _ago(0.1), payload)
    web.store.store_batch(device, P.parse_push_request(P.make_push_request(device.id, f"b-{code}", [ev])))


def test_the_text_is_published_only_when_the_citizen_agreed(open311):
    agreed, refused, older, odd = "الإنارة معطلة في شارع الحرية", "Texte privé", "Ancien texte", "Texte étrange"
    _register_with_choice(open311, "P1", agreed, True)
    _register_with_choice(open311, "P2", refused, False)
    _register_with_choice(open311, "P3", older, None)
    _register_with_choice(open311, "P4", odd, "yes")  # only a JSON true is a yes
    with open311.store.engine.connect() as conn:
        stored = dict(conn.execute(select(D.concerns.c.code, D.concerns.c.publish_text)
                                   .where(D.concerns.c.code.in_(["P1", "P2", "P3", "P4", "K1"]))).all())
    assert stored == {"P1": 1, "P2": 0, "P3": 0, "P4": 0, "K1": 0}
    by_id = {i["service_request_id"]: i for i in get(open311, "/open311/v2/requests.json").json()}
    assert by_id["ALG-1:P1"]["description"] == agreed
    assert [by_id[f"ALG-1:{c}"]["description"] for c in ("P2", "P3", "P4", "K1")] == ["", "", "", ""]
    assert xml_items(get(open311, "/open311/v2/requests/ALG-1:P1.xml"))[0]["description"] == agreed
    for path in ("/open311/v2/requests.json", "/open311/v2/requests.xml", "/open311/v2/requests/ALG-1:P2.json"):
        body = get(open311, path).content.decode()
        assert refused not in body and older not in body and odd not in body, path


def test_filters_by_status_category_commune_and_dates(open311):
    def ids(**params):
        r = get(open311, "/open311/v2/requests.json", **params)
        assert r.status_code == 200, r.text
        return [i["service_request_id"] for i in r.json()]

    assert ids(status="open") == ["ORN-1:K4", "ALG-1:K1"]
    assert ids(status="closed") == ["ALG-2:K3", "ALG-1:K2"]
    assert ids(status="open,closed") == ids()
    assert ids(service_code="roads") == ["ALG-2:K3", "ALG-1:K1"]
    assert ids(service_code="roads,lighting") == ["ORN-1:K4", "ALG-2:K3", "ALG-1:K1"]
    assert ids(jurisdiction_id="Oran") == ["ORN-1:K4"]
    assert ids(jurisdiction_id="Alger Centre", status="open") == ["ALG-1:K1"]
    old = P.utc_now() - dt.timedelta(days=120)
    window = {"start_date": (old - dt.timedelta(days=1)).isoformat(),
              "end_date": (old + dt.timedelta(days=1)).isoformat()}
    assert ids(**window) == ["ORN-1:OLD"]
    # Only a start date: the 90 days from it.
    assert ids(start_date=window["start_date"]) == ["ORN-1:OLD"]


@pytest.mark.parametrize(("params", "named"), [
    ({"start_date": "yesterday"}, "start_date"),
    ({"end_date": "2026-13-45"}, "end_date"),
    ({"status": "pending"}, "status"),
    ({"start_date": "2026-01-01T00:00:00+01:00", "end_date": "2026-06-01T00:00:00+01:00"}, "90 days"),
    ({"start_date": "2026-06-01T00:00:00+01:00", "end_date": "2026-05-01T00:00:00+01:00"}, "start_date"),
])
def test_bad_parameters_are_400_in_open311_shape_naming_them(open311, params, named):
    r = get(open311, "/open311/v2/requests.json", **params)
    assert r.status_code == 400
    [error] = r.json()
    assert error["code"] == 400 and named in error["description"]
    x = get(open311, "/open311/v2/requests.xml", **params)
    assert x.status_code == 400 and ET.fromstring(x.content).tag == "errors"
    assert xml_items(x) == [{"code": "400", "description": error["description"]}]


@pytest.mark.parametrize("path", ["/open311/v2/requests/ALG-1:NOPE.json", "/open311/v2/requests/K1.json",
                                  "/open311/v2/requests/ORN-9:K1.json", "/open311/v2/nothing.json"])
def test_unknown_request_is_404_in_open311_shape(open311, path):
    r = get(open311, path)
    assert r.status_code == 404 and r.headers["content-type"].startswith("application/json")
    [error] = r.json()
    assert error["code"] == 404 and error["description"]


def test_unknown_jurisdiction_is_404_in_open311_shape(open311):
    r = get(open311, "/open311/v2/requests.xml", jurisdiction_id="Atlantis")
    assert r.status_code == 404 and r.headers["content-type"] == "text/xml; charset=utf-8"
    [error] = xml_items(r)
    assert error["code"] == "404" and "Atlantis" in error["description"]


def test_public_without_login_and_with_the_security_headers(open311):
    r = get(open311, "/open311/v2/services.json")
    assert r.status_code == 200 and "set-cookie" not in r.headers
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_a_90_day_window_is_read_through_an_index_on_postgresql(open311):
    if open311.store.dialect != "postgresql":
        pytest.skip("the plan is PostgreSQL's")
    from sync.server.open311 import parse_request_query, requests_select

    for params in ({}, {"status": "closed"}, {"service_code": "roads"}, {"jurisdiction_id": "Oran"}):
        with open311.store.engine.connect() as conn:
            # A handful of rows: ask whether an index *can* serve the window, not which is cheapest here.
            conn.execute(text("SET enable_seqscan = off"))
            stmt = requests_select(parse_request_query(params, P.utc_now()))
            compiled = stmt.compile(conn, compile_kwargs={"literal_binds": True})
            plan = "\n".join(conn.execute(text(f"EXPLAIN {compiled}")).scalars())
        assert "Index" in plan and "Seq Scan on concerns" not in plan, (params, plan)
