"""The concern pages through a real server (SQLite and PostgreSQL): the list and its filters,
pages and downloads, the detail and its actions by role, the home counters and deadlines.

Offices and users are the `web` fixture's: ALG-1 and ALG-2 (Alger Centre, supervisor `sup`),
ORN-1 (Oran); `agent` works ALG-1; `admin` sees everything."""
from __future__ import annotations

import csv
import io
import json

import pytest

from sync import protocol as P
from tests.server.concern_pages_world import Kiosks

LONG_AGO = "2026-01-05T08:00:00.000Z"  # with the default 30 days, long overdue


@pytest.fixture
def kiosks(web):
    return Kiosks(web.store)


def logged_in(browser, username: str, language: str = "en"):
    person = browser()
    r = person.login(username)
    assert r.status_code == 303, r.text
    person.post("/language", {"lang": language, "next": "/"})
    return person


def codes_in(html: str) -> list[str]:
    import re

    return re.findall(r'<a href="/concerns/[^/]+/([^"]+)" dir="ltr">', html)


def test_each_person_lists_only_their_offices_and_overdue_is_said_in_words(web, kiosks, browser):
    kiosks.register("ALG-1", "ALG1-OLD", at=LONG_AGO)
    kiosks.register("ALG-1", "ALG1-NEW", at=P.utc_now_iso())
    kiosks.register("ALG-2", "ALG2-NEW", at=P.utc_now_iso())
    kiosks.register("ORN-1", "ORN1-NEW", at=P.utc_now_iso())
    agent = logged_in(browser, "agent")
    page = agent.get("/concerns")
    assert page.status_code == 200
    assert set(codes_in(page.text)) == {"ALG1-OLD", "ALG1-NEW"}
    assert page.text.count('class="badge overdue">Overdue<') == 1  # in words, not colour alone
    sup = logged_in(browser, "sup")
    assert set(codes_in(sup.get("/concerns").text)) == {"ALG1-OLD", "ALG1-NEW", "ALG2-NEW"}
    assert codes_in(sup.get("/concerns?overdue=1").text) == ["ALG1-OLD"]
    # An office the agent does not see is left out, not revealed: an empty list.
    assert codes_in(agent.get("/concerns?office=ORN-1").text) == []
    assert set(codes_in(logged_in(browser, "admin").get("/concerns?status=any").text)) == {
        "ALG1-OLD", "ALG1-NEW", "ALG2-NEW", "ORN1-NEW"}


def test_filters_by_text_category_owner_and_dates(web, kiosks, browser):
    kiosks.register("ALG-1", "ALG1-A", at="2026-09-01T08:00:00.000Z", category="lighting",
                    text="Le lampadaire est cassé")
    kiosks.register("ALG-1", "ALG1-B", at="2026-09-03T08:00:00.000Z", category="roads", text="Un trou")
    agent = logged_in(browser, "agent")
    assert codes_in(agent.get("/concerns?text=lampadaire").text) == ["ALG1-A"]
    assert codes_in(agent.get("/concerns?category=roads").text) == ["ALG1-B"]
    assert codes_in(agent.get("/concerns?received_from=2026-09-02&received_to=2026-09-30").text) == ["ALG1-B"]
    assert codes_in(agent.get("/concerns?sort=oldest").text) == ["ALG1-A", "ALG1-B"]
    web.store.concerns.assign(web.store.accounts.load(3), "ALG-1", "ALG1-A", "agent")
    assert codes_in(agent.get("/concerns?assigned_to_me=1").text) == ["ALG1-A"]
    assert codes_in(agent.get("/concerns?unassigned=1").text) == ["ALG1-B"]


def test_a_bad_filter_is_said_next_to_its_field_in_the_users_language(web, kiosks, browser):
    kiosks.register("ALG-1", "ALG1-A")
    sup = logged_in(browser, "sup", "fr")
    r = sup.get("/concerns?received_from=2026-09-08&received_to=2026-09-07&text=trou")
    assert r.status_code == 422
    assert 'id="f-received_to-error"' in r.text and "La date de fin est avant la date de début" in r.text
    assert 'value="trou"' in r.text  # what was typed is kept
    r = sup.get("/concerns?received_from=yesterday")
    assert r.status_code == 422 and 'id="f-received_from-error"' in r.text and "yesterday" in r.text


def test_pages_follow_the_cursor_and_htmx_gets_only_the_results(web, kiosks, browser):
    for n in range(55):
        kiosks.register("ALG-1", f"ALG1-{n:03d}", at=f"2026-09-01T08:{n:02d}:00.000Z")
    agent = logged_in(browser, "agent")
    first = agent.get("/concerns")
    shown = codes_in(first.text)
    assert len(shown) == 50 and shown[0] == "ALG1-054"
    import re

    next_url = re.search(r'<a rel="next" href="([^"]+)"', first.text).group(1).replace("&amp;", "&")
    assert "after=" in next_url
    second = agent.get(next_url, headers={"HX-Request": "true"})
    assert second.status_code == 200 and "<html" not in second.text and 'id="concern-results"' in second.text
    assert codes_in(second.text) == [f"ALG1-{n:03d}" for n in range(4, -1, -1)]
    assert 'rel="next"' not in second.text and "First page" in second.text
    # A history restore (back button with an empty htmx cache) gets the whole page.
    restored = agent.get(next_url, headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    assert "<html" in restored.text
    # An htmx request with a bad filter swaps the area, so the error shows next to the field.
    bad = agent.get("/concerns?received_from=soon", headers={"HX-Request": "true"})
    assert bad.headers["HX-Retarget"] == "#concern-area" and 'id="f-received_from-error"' in bad.text


def test_the_list_downloads_as_csv_and_json_with_the_same_filters(web, kiosks, browser):
    kiosks.register("ALG-1", "ALG1-OLD", at=LONG_AGO, text="=HYPERLINK(\"http://x\") الطريق", language="ar")
    kiosks.register("ALG-1", "ALG1-NEW", at=P.utc_now_iso())
    kiosks.register("ORN-1", "ORN1-OLD", at=LONG_AGO)
    agent = logged_in(browser, "agent")
    r = agent.get("/concerns.csv?overdue=1")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    text = r.content.decode("utf-8")
    assert text.startswith("\ufeff")  # a spreadsheet then reads the Arabic as UTF-8
    rows = list(csv.DictReader(io.StringIO(text[1:])))
    assert [(row["code"], row["overdue"]) for row in rows] == [("ALG1-OLD", "yes")]
    assert rows[0]["excerpt"].startswith("'=HYPERLINK")  # never run as a formula
    assert rows[0]["received"] == "2026-01-05 09:00"  # Algiers time
    data = json.loads(agent.get("/concerns.json?status=any").text)
    assert {row["code"] for row in data["rows"]} == {"ALG1-OLD", "ALG1-NEW"} and data["truncated"] is False
    assert data["count"] == 2 and data["filters"]["status"] == "any"
    assert agent.get("/concerns.json?sort=random").status_code == 422


def test_the_detail_shows_the_concern_and_unseen_ones_are_404(web, kiosks, browser):
    kiosks.register("ALG-1", "ALG1-A", text="الإنارة معطلة في الحي", language="ar")
    kiosks.register("ALG-2", "ALG2-A")
    agent = logged_in(browser, "agent")
    page = agent.get("/concerns/ALG-1/ALG1-A")
    assert page.status_code == 200
    assert 'lang="ar" dir="rtl">الإنارة معطلة في الحي' in page.text
    assert "Registered at the kiosk" in page.text and "the office" in page.text
    assert "The citizen wrote in Arabic: answer in Arabic." in page.text
    assert '<textarea id="f-answer" name="answer" rows="6" required lang="ar" dir="rtl"' in page.text
    assert agent.get("/concerns/ALG-2/ALG2-A").status_code == 404  # another office's: as if it did not exist
    assert agent.get("/concerns/ALG-1/NOPE").status_code == 404
    assert "Page not found" in agent.get("/concerns/ALG-2/ALG2-A").text


def test_an_agent_takes_notes_answers_and_changes_status(web, kiosks, browser):
    kiosks.register("ALG-1", "ALG1-A")
    agent = logged_in(browser, "agent")
    path = "/concerns/ALG-1/ALG1-A"
    agent.get(path)
    r = agent.post(f"{path}/take", {})
    assert r.status_code == 303 and r.headers["location"] == f"{path}?done=taken#done"
    page = agent.get(f"{path}?done=taken").text
    assert "The concern is yours now." in page and "Give it back" in page
    assert agent.post(f"{path}/note", {"note": "Appelé la voirie"}).status_code == 303
    r = agent.post(f"{path}/status", {"status": "in_progress", "reason": "  "})
    assert r.status_code == 422 and 'id="f-reason-error"' in r.text and "cannot be empty" in r.text
    assert agent.post(f"{path}/status", {"status": "in_progress", "reason": "Transmis"}).status_code == 303
    assert agent.post(f"{path}/answer", {"answer": "Réparé lundi"}).status_code == 303
    page = agent.get(path).text
    assert "Internal note" in page and "Appelé la voirie" in page and 'class="tag internal"' in page
    assert "Réparé lundi" in page and "Reason: Transmis" in page
    detail = web.store.concerns.find("ALG1-A", "ALG-1")
    assert (detail["status"], detail["public_answer"], detail["assigned_to"]) == ("answered", "Réparé lundi", "agent")
    assert agent.post(f"{path}/give-back", {}).status_code == 303
    assert web.store.concerns.find("ALG1-A", "ALG-1")["assigned_to"] is None


def test_an_agent_cannot_assign_someone_else_and_the_supervisor_chooses_among_owners(web, kiosks, browser):
    kiosks.register("ALG-1", "ALG1-A")
    kiosks.register("ALG-2", "ALG2-A")
    agent = logged_in(browser, "agent")
    agent.get("/concerns/ALG-1/ALG1-A")
    r = agent.post("/concerns/ALG-1/ALG1-A/assign", {"assignee": "sup"})
    assert r.status_code == 403 and "only for himself" in r.text
    assert agent.post("/concerns/ALG-2/ALG2-A/take", {}).status_code == 404
    sup = logged_in(browser, "sup")
    page = sup.get("/concerns/ALG-1/ALG1-A").text
    assert '<option value="agent">Karim Agent (agent)</option>' in page
    assert '<option value="admin">' not in page  # only who may own it
    assert sup.post("/concerns/ALG-1/ALG1-A/assign", {"assignee": "agent"}).status_code == 303
    assert web.store.concerns.find("ALG1-A", "ALG-1")["assigned_to"] == "agent"
    r = sup.post("/concerns/ALG-2/ALG2-A/assign", {"assignee": "agent"})  # agent works ALG-1 only
    assert r.status_code == 422 and 'id="f-assignee-error"' in r.text


def test_home_counters_link_to_the_filtered_list(web, kiosks, browser):
    kiosks.register("ALG-1", "ALG1-OLD", at=LONG_AGO)
    kiosks.register("ALG-1", "ALG1-NEW", at=P.utc_now_iso())
    web.store.concerns.assign(web.store.accounts.load(3), "ALG-1", "ALG1-NEW", "agent")
    counters = {c["key"]: c for c in web.store.concerns.home_counters(web.store.accounts.load(3))}
    assert {k: c["value"] for k, c in counters.items()} == {"open": 2, "overdue": 1, "assigned_to_me": 1,
                                                            "unassigned": 1}
    assert counters["overdue"]["alert"] and not counters["open"]["alert"]
    agent = logged_in(browser, "agent")
    home = agent.get("/").text
    assert 'href="/concerns?overdue=1"' in home and "Needs an answer now" in home
    assert codes_in(agent.get(counters["assigned_to_me"]["path"]).text) == ["ALG1-NEW"]


def test_deadlines_page_by_role(web, kiosks, browser):
    kiosks.register("ALG-1", "ALG1-A", category="roads")
    kiosks.register("ORN-1", "ORN1-A", category="roads")
    agent = logged_in(browser, "agent")
    assert agent.get("/deadlines").status_code == 403
    sup = logged_in(browser, "sup", "fr")
    page = sup.get("/deadlines")
    assert page.status_code == 200 and '<option value="Alger Centre" selected>' in page.text
    r = sup.post("/deadlines", {"commune": "Alger Centre", "category": "roads", "days": "400"})
    assert r.status_code == 422 and 'id="f-days-error"' in r.text and "de 1 à 365" in r.text
    assert 'value="roads"' in r.text
    r = sup.post("/deadlines", {"commune": "Oran", "category": "roads", "days": "5"})
    assert r.status_code == 403 and "Oran" in r.text
    r = sup.post("/deadlines", {"commune": "Alger Centre", "category": "roads", "days": "10"})
    assert r.status_code == 303 and r.headers["location"] == "/deadlines?changed=1"
    assert "Préoccupations ouvertes avec une nouvelle échéance : 1." in sup.get("/deadlines?changed=1").text
    assert web.store.concerns.find("ALG1-A", "ALG-1")["due_at"].startswith("2026-09-16")


def test_the_office_choice_is_in_the_readers_language_and_names_the_offices_as_they_are(web, browser):
    sup = logged_in(browser, "sup", "fr")
    page = sup.get("/concerns").text
    choice = page[page.index('<select id="f-office"'):]
    choice = choice[:choice.index("</select>")]
    assert '<option value="" selected>Tous mes bureaux</option>' in choice
    assert '<option value="ALG-2">ALG-2 · APC Alger Centre 2</option>' in choice
    assert "ORN-1" not in choice  # another commune's office is not offered
