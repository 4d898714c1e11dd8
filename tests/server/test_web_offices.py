"""The offices pages through a real server, for each role: the list (filters, pages, CSV/JSON), one
office with its devices, revoking, enrolment codes shown once, and the commune (SQLite and PostgreSQL)."""
from __future__ import annotations

import csv
import datetime as dt
import io
import re

import pytest
from sqlalchemy import update

from sync import protocol as P
from sync.server import audit
from sync.server import db as D
from sync.server.staff import COMMAND_LINE
from sync.server.web.routes import offices as office_pages
from tests.server.conftest import Browser


def logged_in(browser, username: str) -> Browser:
    person = browser()
    assert person.login(username).status_code == 303
    return person


def enrol(store, office: str, name: str = "kiosk") -> str:
    code, _ = store.new_enroll_code(office)
    return store.enroll(code, name).device_id


def office_codes_in(html: str) -> list[str]:
    return re.findall(r'<a href="/manage/offices/([A-Z0-9-]+)"', html)


def test_each_role_lists_only_the_offices_it_sees(web, browser):
    assert office_codes_in(logged_in(browser, "agent").get("/manage/offices").text) == ["ALG-1"]
    assert office_codes_in(logged_in(browser, "sup").get("/manage/offices").text) == ["ALG-1", "ALG-2"]
    assert office_codes_in(logged_in(browser, "admin").get("/manage/offices").text) == ["ALG-1", "ALG-2", "ORN-1"]


def test_the_list_marks_stale_offices_in_words_and_filters_them(web, browser):
    enrol(web.store, "ALG-1")
    old = P.format_time(P.utc_now() - dt.timedelta(days=3))
    device = enrol(web.store, "ALG-2")
    with web.store.engine.begin() as conn:
        conn.execute(update(D.devices).where(D.devices.c.id == device).values(last_seen_at=old))
    admin = logged_in(browser, "admin")
    page = admin.get("/manage/offices").text
    assert "Not synced for 3 days" in page and "Never synced" in page  # ALG-2, then ORN-1
    assert office_codes_in(admin.get("/manage/offices?stale=1").text) == ["ALG-2", "ORN-1"]
    assert office_codes_in(admin.get("/manage/offices?commune=Oran").text) == ["ORN-1"]
    assert office_codes_in(admin.get("/manage/offices?commune=Oran&stale=1").text) == ["ORN-1"]


def test_the_list_downloads_as_csv_and_json_with_the_same_filters(web, browser):
    sup = logged_in(browser, "sup")
    answer = sup.get("/manage/offices.csv?stale=1")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"))))
    assert rows[0] == list(office_pages.DOWNLOAD_COLUMNS)
    assert [(r[0], r[1], r[2], r[5]) for r in rows[1:]] == [("ALG-1", "APC Alger Centre 1", "Alger Centre", "yes"),
                                                            ("ALG-2", "APC Alger Centre 2", "Alger Centre", "yes")]
    data = sup.get("/manage/offices.json?commune=Alger%20Centre").json()["rows"]
    assert [r["code"] for r in data] == ["ALG-1", "ALG-2"] and set(data[0]) == set(office_pages.DOWNLOAD_COLUMNS)
    assert sup.get("/manage/offices.xml").status_code == 404


def test_a_long_list_comes_in_pages(web, browser, monkeypatch):
    monkeypatch.setattr(office_pages, "PAGE_SIZE", 2)
    admin = logged_in(browser, "admin")
    first = admin.get("/manage/offices").text
    assert office_codes_in(first) == ["ALG-1", "ALG-2"]
    next_url = re.search(r'rel="next" href="([^"]+)"', first).group(1).replace("&amp;", "&")
    second = admin.get(next_url).text
    assert office_codes_in(second) == ["ORN-1"] and 'rel="next"' not in second
    assert len(admin.get("/manage/offices.csv").text.strip().splitlines()) == 4  # the download has every row


def test_an_agent_reads_its_office_but_cannot_revoke_nor_make_codes(web, browser):
    device = enrol(web.store, "ALG-1", "kiosk hall")
    agent = logged_in(browser, "agent")
    page = agent.get("/manage/offices/ALG-1")
    assert page.status_code == 200 and "kiosk hall" in page.text
    assert "/revoke" not in page.text and "/enrol-code" not in page.text
    assert agent.post(f"/manage/offices/ALG-1/devices/{device}/revoke", {}).status_code == 403
    assert agent.post("/manage/offices/ALG-1/enrol-code", {"ttl_hours": "24"}).status_code == 403
    assert [d["revoked_at"] for d in web.store.devices.list("ALG-1")] == [None]


@pytest.mark.parametrize("username, office", [("agent", "ALG-2"), ("sup", "ORN-1"), ("admin", "NOPE-1")])
def test_an_office_out_of_sight_is_a_404_for_reading_and_acting(web, browser, username, office):
    device = enrol(web.store, "ORN-1") if office == "ORN-1" else "dev-unknown"
    person = logged_in(browser, username)
    assert person.get(f"/manage/offices/{office}").status_code == 404
    assert person.post(f"/manage/offices/{office}/devices/{device}/revoke", {}).status_code == 404
    assert person.post(f"/manage/offices/{office}/enrol-code", {"ttl_hours": "24"}).status_code == 404
    assert person.post(f"/manage/offices/{office}/commune", {"commune": "X"}).status_code == 404


def test_a_device_is_revoked_only_through_its_own_office(web, browser):
    other = enrol(web.store, "ALG-2", "desk 2")
    sup = logged_in(browser, "sup")
    sup.get("/manage/offices/ALG-1")
    assert sup.post(f"/manage/offices/ALG-1/devices/{other}/revoke", {}).status_code == 404
    assert web.store.devices.list("ALG-2")[0]["revoked_at"] is None


def test_a_supervisor_revokes_a_device_after_reading_what_it_means(web, browser):
    device = enrol(web.store, "ALG-1", "kiosk hall")
    sup = logged_in(browser, "sup")  # French
    page = sup.get("/manage/offices/ALG-1").text
    assert "ne peut plus rien envoyer ni recevoir" in page  # the confirmation says what revoking means
    answer = sup.post(f"/manage/offices/ALG-1/devices/{device}/revoke", {})
    assert (answer.status_code, answer.headers["location"]) == (303, "/manage/offices/ALG-1?saved=revoked")
    assert web.store.devices.list("ALG-1")[0]["revoked_at"] is not None
    assert "révoqué" in sup.get("/manage/offices/ALG-1?saved=revoked").text
    actions = [(r["actor"], r["action"], r["target"]) for r in audit.entries(web.store.engine, limit=5)]
    assert ("sup", "device.revoke", device) in actions


def test_an_enrolment_code_is_shown_once_with_how_to_use_it_and_it_works(web, browser):
    sup = logged_in(browser, "sup")
    sup.get("/manage/offices/ALG-2")
    answer = sup.post("/manage/offices/ALG-2/enrol-code", {"ttl_hours": "1"})
    assert answer.status_code == 200 and answer.headers["cache-control"] == "no-store"
    code = re.search(r'class="enrol-code"[^>]*>([^<]+)<', answer.text).group(1).strip()
    assert f"maktab-sync enroll --server {web.base_url} --code {code}" in answer.text
    assert code not in sup.get("/manage/offices/ALG-2").text
    assert not any(code in str(r) for r in audit.entries(web.store.engine, limit=20))
    enrolled = web.store.enroll(code, "new kiosk")
    assert enrolled.office_code == "ALG-2"


def test_only_an_administrator_sets_the_commune_with_the_error_next_to_the_field(web, browser):
    sup = logged_in(browser, "sup")
    sup.get("/manage/offices/ALG-1")
    assert sup.post("/manage/offices/ALG-1/commune", {"commune": "Oran"}).status_code == 403
    admin = logged_in(browser, "admin")
    page = admin.get("/manage/offices/ALG-1").text
    assert 'action="/manage/offices/ALG-1/commune"' in page
    refused = admin.post("/manage/offices/ALG-1/commune", {"commune": "x" * 101})
    assert refused.status_code == 422
    assert re.search(r'id="f-commune-error">at most 100 characters, got 101<', refused.text)
    assert 'value="' + "x" * 101 + '"' in refused.text  # what was typed is kept
    assert admin.post("/manage/offices/ALG-1/commune", {"commune": "Sidi M'Hamed"}).headers["location"] == \
        "/manage/offices/ALG-1?saved=commune"
    assert web.store.office_admin.get(COMMAND_LINE, "ALG-1")["commune"] == "Sidi M'Hamed"


def test_the_office_page_shows_the_announcement_set_at_its_supervisor_console(web, browser):
    device = web.store.devices.get(enrol(web.store, "ALG-1", "hub"))
    event = P.Event.create(1, "alg1-ann-1", "announcement.set", "2026-09-06T07:01:00.000Z",
                           {"texts": {"fr": "Fermeture à 15 h jeudi", "ar": "غلق على الساعة 15"}, "by": "Samira",
                            "office_code": "ALG-1"})
    web.store.store_batch(device, P.PushRequest(device.id, "b-ann", [event.to_dict()]))
    page = logged_in(browser, "agent").get("/manage/offices/ALG-1").text
    assert "Fermeture à 15 h jeudi" in page and "set at the office by Samira" in page
    assert 'href="/announcements?office=ALG-1"' in page
