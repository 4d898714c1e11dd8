"""The figures and audit pages in a real chromium: accessible (axe) in Arabic and French, usable
at 360 px without sideways scrolling of the page, the chain verified by a click; screenshots."""
from __future__ import annotations

import pytest

from tests.web import browser as B
from tests.web.axe import assert_accessible
from tests.web.figures_fixtures import MONTH, USERS, YEAR, figures_server  # noqa: F401  (fixture)
from tests.web.people import log_in

#: The browser's own language too, so the month picker speaks the page's language.
LOCALES = {"ar": "ar-DZ", "fr": "fr-FR"}
PAGES = {
    "figures": f"/figures?month={MONTH}",
    "figures-office": f"/figures/ALG-16001?month={MONTH}&year={YEAR}",
    "audit": "/audit",
}


def _page_fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


@pytest.mark.screenshots
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_each_page_is_accessible_and_pictured(figures_server, new_page, shot, lang):  # noqa: F811
    page = new_page(locale=LOCALES[lang])
    log_in(page, figures_server, USERS[lang])
    for name, path in PAGES.items():
        page.goto(figures_server.url(path))
        assert page.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
        assert page.locator("svg.chart").count() == {"figures": 1, "figures-office": 3, "audit": 0}[name]
        assert_accessible(page)
        assert _page_fits(page), name
        shot(page, f"{lang}-backoffice-{name}", full_page=name != "figures-office")


@pytest.mark.screenshots
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_the_figures_fit_a_phone(figures_server, new_page, shot, lang):  # noqa: F811
    phone_page = new_page(**B.PHONE, locale=LOCALES[lang])
    log_in(phone_page, figures_server, USERS[lang])
    phone_page.goto(figures_server.url(PAGES["figures"]))
    chart = phone_page.locator("svg.chart").bounding_box()
    assert chart is not None and chart["width"] <= 360 and chart["height"] > 150  # drawn at the phone's width
    assert _page_fits(phone_page)  # the wide table scrolls inside its own box, not the page
    assert_accessible(phone_page)
    phone_page.locator("main h2").first.evaluate("heading => heading.scrollIntoView()")  # the chart, not the menu
    shot(phone_page, f"{lang}-backoffice-figures-phone", full_page=False)


def test_a_month_typed_wrong_is_said_next_to_the_field_and_an_office_link_opens_its_days(figures_server, page):  # noqa: F811
    log_in(page, figures_server, USERS["fr"])
    page.goto(figures_server.url("/figures?month=2026-13"))
    assert "n’est pas un mois" in page.locator("#f-month-error").inner_text()
    page.fill("#f-month", MONTH)
    page.click("form.period-form button")
    page.click("a[href^='/figures/ALG-16002']")
    assert page.locator("h1").inner_text().startswith("Chiffres de Annexe Bab El Oued")
    assert page.locator("caption", has_text="Jours de novembre 2026").count() == 1


def test_verifying_the_chain_from_the_page(figures_server, page):  # noqa: F811
    log_in(page, figures_server, USERS["ar"])
    page.goto(figures_server.url("/audit"))
    page.click("form[action='/audit/verify'] button")
    assert "السلسلة سليمة" in page.locator("p.notice[role=status]").inner_text()
    assert_accessible(page)
