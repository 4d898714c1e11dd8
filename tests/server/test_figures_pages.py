"""The figures pages through a real server: who sees which office, the month's table and its
totals, validation next to the field, the downloads' shape, and the administrators' rebuild."""
from __future__ import annotations

import csv
import io

import pytest

from sync.server.audit import entries
from sync.server.figures.queries import current_month
from tests.server.figures_world import FiguresWorld

MONTH = "2026-03"


@pytest.fixture
def figures_web(web):
    """The `web` world with real pushes: ALG-1 busy, ALG-2 quiet, ORN-1 (Oran) in March 2026."""
    world = FiguresWorld(web.store)
    world.month("ALG-1", "APC Alger Centre 1", "Alger Centre", MONTH, busy=20)
    world.month("ALG-2", "APC Alger Centre 2", "Alger Centre", MONTH, busy=5)
    world.month("ORN-1", "APC Oran 1", "Oran", MONTH, busy=8)
    return web


def _logged_in(browser, username: str):
    person = browser()
    assert person.login(username).status_code == 303
    return person


def _csv(answer) -> list[list[str]]:
    return list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"))))


def test_each_role_sees_the_offices_of_its_scope_with_totals(browser, figures_web):
    pages = {name: _logged_in(browser, name).get(f"/figures?month={MONTH}") for name in ("admin", "sup", "agent")}
    assert {r.status_code for r in pages.values()} == {200}
    assert all(code in pages["admin"].text for code in ('href="/figures/ALG-1', 'href="/figures/ORN-1'))
    assert 'href="/figures/ALG-2' in pages["sup"].text and "ORN-1" not in pages["sup"].text
    assert 'href="/figures/ALG-1' in pages["agent"].text and "ALG-2" not in pages["agent"].text
    issued = {r.office_code: r.tickets_issued for r in figures_web.store.figures.offices_month(
        figures_web.store.accounts.load(1), MONTH)}
    # The supervisor's totals row is the sum of its two offices, not of all three.
    footer = pages["sup"].text.split("<tfoot>")[1]
    assert f'<td class="num">{issued["ALG-1"] + issued["ALG-2"]:,}'.replace(",", "\u202f") in footer


def test_the_default_month_is_this_month_in_algiers(browser, figures_web):
    page = _logged_in(browser, "agent").get("/figures")
    assert page.status_code == 200 and f'value="{current_month()}"' in page.text


def test_an_office_out_of_scope_or_unknown_is_a_404_page_for_pages_and_downloads(browser, figures_web):
    agent = _logged_in(browser, "agent")
    for path in ("/figures/ORN-1", "/figures/ALG-2?month=bad", "/figures/NOPE", "/figures/ORN-1/days.csv",
                 "/figures/ORN-1/months.json"):
        r = agent.get(path)
        assert r.status_code == 404, path
    assert "Page not found" in agent.get("/figures/ORN-1").text
    assert agent.get("/figures/ALG-1").status_code == 200


def test_a_bad_month_or_year_is_said_next_to_its_field_in_the_users_language(browser, figures_web):
    agent = _logged_in(browser, "agent")
    r = agent.get("/figures?month=2026-13")
    assert r.status_code == 422 and 'id="f-month-error"' in r.text and 'value="2026-13"' in r.text
    assert "is not a month: write it as YYYY-MM" in r.text
    sup = _logged_in(browser, "sup")  # a French-speaking supervisor
    r = sup.get(f"/figures/ALG-1?month={MONTH}&year=20x6")
    assert r.status_code == 422 and 'id="f-year-error"' in r.text and 'value="20x6"' in r.text
    assert "n’est pas une année" in r.text
    assert "Jours de mars 2026" in r.text  # the month's days are still shown
    assert agent.get("/figures.csv?month=March").status_code == 422
    assert agent.get("/figures/ALG-1/months.json?year=1999").json()["field"] == "year"


def test_the_downloads_carry_the_tables_numbers(browser, figures_web):
    sup = _logged_in(browser, "sup")
    r = sup.get(f"/figures.csv?month={MONTH}")
    assert r.headers["content-type"].startswith("text/csv")
    assert 'filename="figures-2026-03.csv"' in r.headers["content-disposition"]
    rows = _csv(r)
    assert rows[0][:4] == ["month", "office_code", "office_name", "commune"] and rows[0][-1] == "overdue_now"
    assert [row[1] for row in rows[1:]] == ["ALG-1", "ALG-2"]
    as_json = sup.get(f"/figures.json?month={MONTH}").json()
    assert [o["office_code"] for o in as_json["rows"]] == ["ALG-1", "ALG-2"] and as_json["month"] == MONTH
    assert as_json["totals"]["tickets_issued"] == sum(int(row[4]) for row in rows[1:])
    assert str(as_json["rows"][0]["tickets_issued"]) == rows[1][4]

    days = _csv(sup.get(f"/figures/ALG-1/days.csv?month={MONTH}"))
    assert len(days) == 1 + 31 and days[1][:2] == ["2026-03-01", "ALG-1"]
    months = _csv(sup.get("/figures/ALG-1/months.csv?year=2026"))
    assert [row[0] for row in months[1:]] == [f"2026-{m:02d}" for m in range(1, 13)]
    assert months[3][1] == rows[1][4]  # March's tickets, the same in both downloads


def test_the_office_page_shows_days_months_and_charts(browser, figures_web):
    page = _logged_in(browser, "agent").get(f"/figures/ALG-1?month={MONTH}&year=2026").text
    assert page.count('<svg xmlns="http://www.w3.org/2000/svg"') == 3 and 'role="img"' in page
    assert "Days of March 2026" in page and "Months of 2026" in page
    assert "Rebuild the figures" not in page  # administrators only


def test_an_administrator_rebuilds_an_offices_figures_and_others_may_not(browser, figures_web):
    before = figures_web.store.figures.daily(figures_web.store.accounts.load(1), "ALG-1", MONTH)
    admin = _logged_in(browser, "admin")
    admin.get(f"/figures/ALG-1?month={MONTH}")
    r = admin.post("/figures/ALG-1/rebuild", {"month": MONTH})
    assert r.status_code == 303 and r.headers["location"].startswith(f"/figures/ALG-1?month={MONTH}&rebuilt=")
    assert "The figures are rebuilt from" in admin.get(r.headers["location"]).text
    assert figures_web.store.figures.daily(figures_web.store.accounts.load(1), "ALG-1", MONTH) == before
    assert entries(figures_web.store.engine, 1)[0]["action"] == "figures.rebuild"

    sup = _logged_in(browser, "sup")
    sup.get("/figures/ALG-1")
    assert sup.post("/figures/ALG-1/rebuild", {"month": MONTH}).status_code == 403
    agent = _logged_in(browser, "agent")
    agent.get("/figures/ALG-1")
    assert agent.post("/figures/ORN-1/rebuild", {"month": MONTH}).status_code == 404


def test_an_administrator_reads_many_offices_a_page_at_a_time_or_one_commune(browser, figures_web):
    store = figures_web.store
    for n in range(1, 106):  # with the three busy ones: 108 offices, more than one page of 100
        store.add_office(f"TLM-{n:03d}", f"Annexe {n}", "Tlemcen")
    admin = _logged_in(browser, "admin")
    first = admin.get(f"/figures?month={MONTH}")
    assert first.status_code == 200 and first.text.count('href="/figures/') == 100
    assert 'href="/figures/ALG-1' in first.text and "TLM-097" in first.text and "TLM-098" not in first.text
    next_link = first.text.split('rel="next" href="')[1].split('"')[0].replace("&amp;", "&")
    second = admin.get(next_link)
    assert second.text.count('href="/figures/') == 8 and "TLM-098" in second.text and "TLM-105" in second.text
    assert 'rel="next" href="/figures?' not in second.text.split("pagination")[1]  # the last page
    # The totals are every office's, on each page; the download has every office too.
    def footer(page):
        return page.text.split("<tfoot>")[1].split("</tfoot>")[0]

    assert footer(first) == footer(second)
    assert len(_csv(admin.get(f"/figures.csv?month={MONTH}"))) == 1 + 108
    # One commune: its offices only, with its own totals.
    oran = admin.get(f"/figures?month={MONTH}&commune=Oran")
    assert oran.text.count('href="/figures/') == 1 and 'href="/figures/ORN-1' in oran.text
    assert footer(oran) != footer(first)
    assert len(_csv(admin.get(f"/figures.csv?month={MONTH}&commune=Oran"))) == 2
