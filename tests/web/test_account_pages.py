"""The pages every person meets first — login (and its refusal), their account, the users page,
a page that does not exist — in a real chromium, accessible (axe) in Arabic and French; screenshots."""
from __future__ import annotations

import pytest

from tests.web.axe import assert_accessible
from tests.web.people import add_staff, fits_the_width, log_in

LOCALES = {"ar": "ar-DZ", "fr": "fr-FR"}
NAMES = {"ar": ("amina", "أمينة بن علي"), "fr": ("francois", "François Haddad")}


@pytest.fixture(scope="module")
def accounts_server(module_live_server):
    store = module_live_server.store
    store.add_office("ALG-16001", "APC Alger Centre", "Alger Centre")
    for lang, (username, name) in NAMES.items():
        add_staff(store, username, name, "admin", lang)
    add_staff(store, "karim", "Karim Haddad", "agent", "fr", offices=["ALG-16001"])
    return module_live_server


@pytest.mark.screenshots
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_the_login_page_and_its_refusal_read_well_in_each_language(accounts_server, new_page, shot, lang):
    page = new_page(locale=LOCALES[lang])
    page.goto(accounts_server.url("/login"))
    assert page.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    assert page.locator("html").get_attribute("lang") == lang
    assert_accessible(page, f"login ({lang})")
    shot(page, f"{lang}-backoffice-login", full_page=False)
    page.fill("#f-username", NAMES[lang][0])
    page.fill("#f-password", "not the password")
    page.click("main button[type=submit]")
    error = page.locator("main .error").first
    error.wait_for()
    assert error.inner_text().strip()  # the refusal is said, in words, on the page
    assert page.locator("#f-username").input_value() == NAMES[lang][0]  # what was typed is kept
    assert_accessible(page, f"login refused ({lang})")


@pytest.mark.screenshots
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_account_users_and_missing_pages_are_accessible(accounts_server, new_page, shot, lang):
    page = new_page(locale=LOCALES[lang])
    log_in(page, accounts_server, NAMES[lang][0])
    assert NAMES[lang][1] in page.locator("header").inner_text()
    for name, path in (("account", "/account"), ("users", "/users")):
        page.goto(accounts_server.url(path))
        assert_accessible(page, f"{name} ({lang})")
        assert fits_the_width(page), name
        shot(page, f"{lang}-backoffice-{name}", full_page=False)
    assert page.locator("main table tbody tr", has_text="Karim Haddad").count() == 1  # the agent is listed
    response = page.goto(accounts_server.url("/concerns/ALG-99999/NO-SUCH-CODE"))
    assert response is not None and response.status == 404
    assert page.locator("html").get_attribute("lang") == lang  # the error page speaks the person's language
    assert_accessible(page, f"not found ({lang})")


def test_a_person_on_a_phone_reaches_the_content_without_scrolling_past_the_header(accounts_server, new_page):
    from tests.web import browser as B

    page = new_page(**B.PHONE, locale=LOCALES["ar"])
    log_in(page, accounts_server, NAMES["ar"][0])
    page.goto(accounts_server.url("/users"))
    header = page.locator("header.site-header").bounding_box()
    assert header is not None and header["height"] < 740 / 3  # the page's own content starts in the first third
    assert fits_the_width(page)
