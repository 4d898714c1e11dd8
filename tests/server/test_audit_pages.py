"""The audit page through a real server: administrators only, newest first in Algiers time,
filters, keyset pages, the chain verified from the page (and a tampered row found), CSV/JSON."""
from __future__ import annotations

import csv
import io

from sqlalchemy import update

from sync.server import audit
from sync.server.db_backoffice import audit_log


def _logged_in(browser, username: str):
    person = browser()
    assert person.login(username).status_code == 303
    return person


def _office_changes(store, count: int, actor: str = "omar") -> None:
    with store.engine.begin() as conn:
        for n in range(count):
            audit.record(conn, actor, "office.update", f"ORN-{n}", {"name": f"APC Oran {n}"})


def test_only_administrators_open_the_audit_log(browser, web):
    for name in ("agent", "sup"):
        person = _logged_in(browser, name)
        page = person.get("/")
        assert 'href="/audit"' not in page.text
        for path in ("/audit", "/audit.csv", "/audit.json"):
            assert person.get(path).status_code == 403, (name, path)
        assert person.post("/audit/verify", {}).status_code == 403
    assert _logged_in(browser, "admin").get("/audit").status_code == 200


def test_rows_are_newest_first_with_algiers_time_and_translated_actions(browser, web):
    with web.store.engine.begin() as conn:
        audit.record(conn, "sup", "concern.assign", "ALG-1/C-1", {"to": "agent"}, at="2026-09-06T07:30:00.000Z")
        audit.record(conn, "sup", "some.future_action", "x", {})
    page = _logged_in(browser, "admin").get("/audit").text.split("<tbody>")[1]
    assert page.index("some.future_action") < page.index("Assigned a concern")  # newest first; raw code if unknown
    assert "2026-09-06 08:30" in page and "to: agent" in page


def test_filters_and_keyset_pages_do_not_overlap(browser, web):
    _office_changes(web.store, 70)
    admin = _logged_in(browser, "admin")
    first = admin.get("/audit?actor=omar&action=office.update").text.split("<tbody>")[1]
    assert first.count("Renamed an office") == 50 and "Logged in" not in first
    assert ">ORN-69<" in first and ">ORN-20<" in first and ">ORN-19<" not in first
    next_url = first.split('rel="next" href="')[1].split('"')[0].replace("&amp;", "&")
    second = admin.get(next_url).text.split("<tbody>")[1]
    assert second.count("Renamed an office") == 20 and ">ORN-19<" in second and ">ORN-20<" not in second
    assert 'rel="next"' not in second and "First page" in second
    logins = admin.get("/audit?action=login").text.split("<tbody>")[1]
    assert "Logged in" in logins and "Renamed an office" not in logins


def test_verify_says_intact_then_names_the_edited_row(browser, web):
    _office_changes(web.store, 3)
    admin = _logged_in(browser, "admin")
    admin.get("/audit")
    page = admin.post("/audit/verify", {}, from_page="/audit").text
    assert "The chain is intact:" in page
    rows = len(audit.entries(web.store.engine, 1000))
    assert f"intact: {rows} rows" in page
    victim = audit.entries(web.store.engine, 1000, actor="omar")[1]["id"]
    with web.store.engine.begin() as conn:
        conn.execute(update(audit_log).where(audit_log.c.id == victim).values(actor="nobody"))
    page = admin.post("/audit/verify", {}, from_page="/audit").text
    assert "The chain is broken" in page and f"row {victim} (" in page


def test_the_csv_has_every_matching_row_and_the_json_a_page(browser, web):
    _office_changes(web.store, 70)
    admin = _logged_in(browser, "admin")
    r = admin.get("/audit.csv?actor=omar")
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert rows[0] == ["id", "at", "actor", "action", "target", "details"]
    assert len(rows) == 71 and rows[1][4] == "ORN-69" and rows[1][5] == '{"name":"APC Oran 69"}'
    page = admin.get("/audit.json?actor=omar").json()
    assert len(page["rows"]) == 50 and page["next"].startswith("/audit.json?actor=omar&before=")
    assert len(admin.get(page["next"]).json()["rows"]) == 20
