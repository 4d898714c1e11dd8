"""The open figures in a real chromium, in the four languages: a phone 360 px wide and a desktop
show them without sideways scrolling, axe finds nothing serious, the commune filter and an office's
link work, an office's charts are drawn, and the docs' screenshots are taken
(`<lang>-public-offices`, `<lang>-public-offices-desktop`, `<lang>-public-office`, …)."""
from __future__ import annotations

import re

import pytest

from tests.server.open_figures_world import OpenFiguresWorld
from tests.web.axe import assert_accessible
from tests.web.figures_fixtures import MONTH, figures_server  # noqa: F401  (fixture)
from tests.web.test_offices_pages import fits_the_width

LANGUAGES = ("ar", "fr", "kab", "en")
SMALL = "ALG-16009"


@pytest.fixture(scope="module")
def open_site(figures_server):  # noqa: F811
    """figures_server's offices (a busy November 2026), their citizens' ratings, and a small office."""
    world = OpenFiguresWorld(figures_server.store)
    for code, ratings in (("ALG-16001", [5, 4, 4, 3, 5, 4, 2]), ("ALG-16002", [3, 4, 2, 5, 3]),
                          ("ORN-31001", [4, 4])):
        world.rate(code, ratings, f"{MONTH}-15T10:00:00.000Z")
    world.tickets(SMALL, f"{MONTH}-10", [3, 6, 9])
    return figures_server


def open_page(page, server, path: str):
    response = page.goto(server.url(path))
    assert response is not None and response.status == 200, path
    return page


@pytest.mark.screenshots
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_office_of_a_month(open_site, page, phone_page, shot, lang):
    path = f"/offices?month={MONTH}&lang={lang}"
    open_page(phone_page, open_site, path)
    assert phone_page.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    assert phone_page.locator("tbody tr").count() == 5
    small = phone_page.locator("tbody tr", has=phone_page.locator(f"a[href^='/offices/{SMALL}']"))
    assert small.locator("td").first.inner_text() == "<5"
    assert fits_the_width(phone_page)
    assert_accessible(phone_page, f"/offices on a phone ({lang})")
    phone_page.evaluate("() => document.querySelector('.period-nav').scrollIntoView()")  # the table, not the form
    shot(phone_page, f"{lang}-public-offices", full_page=False)

    open_page(page, open_site, path)
    assert fits_the_width(page)
    assert_accessible(page, f"/offices ({lang})")
    shot(page, f"{lang}-public-offices-desktop", full_page=False)


def test_the_commune_filter_then_an_office(open_site, phone_page):
    open_page(phone_page, open_site, f"/offices?month={MONTH}&lang=fr")
    phone_page.select_option("#f-commune", "Oran")
    phone_page.locator("form.period-form button").click()
    phone_page.wait_for_url(re.compile(r"commune=Oran"))
    assert phone_page.locator("tbody tr").count() == 1
    phone_page.locator("tbody a").first.click()
    phone_page.wait_for_url(re.compile(r"/offices/ORN-31001\?"))
    assert phone_page.locator("h1").inner_text() == "Chiffres de APC Oran"
    assert phone_page.locator("svg.chart").count() == 4


@pytest.mark.screenshots
@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_office_twelve_months(open_site, page, phone_page, shot, lang):
    path = f"/offices/ALG-16001?month={MONTH}&lang={lang}"
    open_page(phone_page, open_site, path)
    charts = phone_page.locator("svg.chart")
    assert charts.count() == 4 and charts.first.bounding_box()["width"] <= 360
    assert phone_page.locator("tbody tr").count() == 12
    assert fits_the_width(phone_page)
    assert_accessible(phone_page, f"/offices/ALG-16001 on a phone ({lang})")
    shot(phone_page, f"{lang}-public-office", full_page=True)

    open_page(page, open_site, path)
    assert fits_the_width(page)
    assert_accessible(page, f"/offices/ALG-16001 ({lang})")
    shot(page, f"{lang}-public-office-desktop", full_page=False)


def test_a_column_heading_orders_the_offices(open_site, page):
    open_page(page, open_site, f"/offices?month={MONTH}&lang=en")
    page.locator("thead th a", has_text="Tickets issued").click()
    page.wait_for_url(re.compile(r"sort=-tickets_issued"))
    first_column = page.locator("tbody tr th a").all_inner_texts()
    assert first_column[0] == "APC Alger Centre" and first_column[-1] == f"APC {SMALL}"  # 1,057 first; <5 last
    assert page.locator("th[aria-sort='descending']").count() == 1
    assert_accessible(page, "/offices ordered by tickets (en)")
    page.locator("thead th a", has_text="Tickets issued").click()
    page.wait_for_url(re.compile(r"sort=tickets_issued"))
    assert page.locator("tbody tr th a").all_inner_texts()[0] == "Annexe Bab El Oued"  # 590, the fewest shown
