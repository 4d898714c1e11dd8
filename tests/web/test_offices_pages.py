"""The offices, catalogue and announcement pages in a real chromium, in Arabic and French: axe finds
nothing serious, a phone 360 px wide shows them without sideways scrolling, the forms work, and the
docs' screenshots are taken (`ar-backoffice-offices`, `fr-backoffice-catalogue`, …)."""
from __future__ import annotations

import re

import pytest

from tests.web.axe import assert_accessible
from tests.web.offices_fixtures import office_world
from tests.web.people import log_in

LANGUAGES = ("ar", "fr")


@pytest.fixture(scope="module")
def world(module_live_server):
    return office_world(module_live_server)


def fits_the_width(page) -> bool:
    """Nothing wider than the screen: no sideways scrolling and nothing cut at the edge."""
    return page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")


def open_as(page, server, username: str, path: str):
    log_in(page, server, username)
    response = page.goto(server.url(path))
    assert response is not None and response.status == 200, path
    return page


def on_a_phone(phone_page, server, username: str, path: str, shot, name: str) -> None:
    """The page on a phone 360 px wide: nothing sideways, and its picture. The header fills the
    first screen there, so the picture starts at the page's content."""
    open_as(phone_page, server, username, path)
    assert fits_the_width(phone_page)
    phone_page.evaluate("() => document.querySelector('main').scrollIntoView()")
    shot(phone_page, name, full_page=False)


@pytest.mark.screenshots
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_office_list(module_live_server, world, page, phone_page, shot, lang):
    open_as(page, module_live_server, f"admin-{lang}", "/manage/offices")
    assert page.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    rows = page.locator("tbody tr")
    assert rows.count() == 4
    stale = page.locator("tr.stale")
    assert stale.count() == 2 and page.locator("tr.stale .badge").count() == 2  # said in words too
    assert_accessible(page, f"/manage/offices ({lang})")
    shot(page, f"{lang}-backoffice-offices", full_page=False)

    page.select_option("#f-commune", "Oran")
    page.locator("form.filters button").click()
    page.wait_for_url(re.compile(r"commune=Oran"))
    assert page.locator("tbody tr").count() == 1

    on_a_phone(phone_page, module_live_server, f"sup-{lang}", "/manage/offices", shot,
               f"{lang}-backoffice-offices-phone")
    assert_accessible(phone_page, f"/manage/offices on a phone ({lang})")


@pytest.mark.screenshots
@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_office_with_its_devices(module_live_server, world, page, phone_page, new_page, shot, lang):
    open_as(page, module_live_server, f"sup-{lang}", f"/manage/offices/{world.office}")
    assert page.locator("tbody tr").count() == 3
    page.locator("details.confirm summary").first.click()  # what revoking means, before the button
    assert page.locator("details.confirm button.danger").first.is_visible()
    assert_accessible(page, f"/manage/offices/{world.office} ({lang})")
    shot(page, f"{lang}-backoffice-office", full_page=False)

    on_a_phone(phone_page, module_live_server, f"sup-{lang}", f"/manage/offices/{world.office}", shot,
               f"{lang}-backoffice-office-phone")

    agent = open_as(new_page(), module_live_server, f"agent-{lang}", f"/manage/offices/{world.office}")
    assert agent.locator("details.confirm").count() == 0 and agent.locator("form[action$='/enrol-code']").count() == 0
    assert agent.goto(module_live_server.url(f"/manage/offices/{world.other_commune_office}")).status == 404


@pytest.mark.screenshots
@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_enrolment_code_is_made_in_the_browser(module_live_server, world, page, shot, lang):
    open_as(page, module_live_server, f"sup-{lang}", f"/manage/offices/{world.office}")
    page.select_option("#f-ttl_hours", "72")
    page.locator("form[action$='/enrol-code'] button").click()
    code = page.locator(".enrol-code").inner_text().strip()
    assert f"--code {code}" in page.locator("pre").inner_text()
    assert_accessible(page, f"enrolment code ({lang})")
    shot(page, f"{lang}-backoffice-enrol-code", full_page=False)
    assert module_live_server.store.enroll(code, "Nouvelle borne").office_code == world.office


@pytest.mark.screenshots
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_catalogue_and_a_service_form(module_live_server, world, page, phone_page, shot, lang):
    open_as(page, module_live_server, f"sup-{lang}", "/catalogue")
    page.select_option("#f-office", world.office)
    page.locator("form.filters button").click()
    page.wait_for_url(re.compile(rf"office={world.office}"))
    assert page.locator("tbody tr").count() == 3
    assert_accessible(page, f"/catalogue ({lang})")
    shot(page, f"{lang}-backoffice-catalogue", full_page=False)

    on_a_phone(phone_page, module_live_server, f"sup-{lang}", f"/catalogue?office={world.office}", shot,
               f"{lang}-backoffice-catalogue-phone")

    page.locator("a[href*='code=EC-N12']").click()
    assert page.input_value("#f-name_fr") == "Acte de naissance"
    assert page.eval_on_selector("#f-name_ar", "e => getComputedStyle(e).direction") == "rtl"
    page.fill("#f-minutes", "300")
    page.locator("main form button[type=submit]").click()
    assert page.locator("#f-minutes-error").is_visible()  # next to the field, in the page's language
    assert page.input_value("#f-minutes") == "300"
    assert_accessible(page, f"a service form with an error ({lang})")
    page.evaluate("() => document.querySelector('#f-minutes').scrollIntoView({block: 'center'})")
    shot(page, f"{lang}-backoffice-catalogue-edit", full_page=False)
    page.fill("#f-minutes", {"ar": "6", "fr": "7"}[lang])  # each run changes something (one server per module)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"saved=EC-N12"))
    assert page.locator("p.notice").is_visible()


@pytest.mark.screenshots
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_announcements(module_live_server, world, page, phone_page, shot, lang):
    open_as(page, module_live_server, f"sup-{lang}", f"/announcements?office={world.office}")
    directions = {f: page.eval_on_selector(f"#f-text_{f}", "e => getComputedStyle(e).direction")
                  for f in ("ar", "fr", "kab", "en")}
    assert directions == {"ar": "rtl", "fr": "ltr", "kab": "ltr", "en": "ltr"}
    assert page.locator(".announcements li.current").count() == 1
    assert_accessible(page, f"/announcements ({lang})")
    shot(page, f"{lang}-backoffice-announcements", full_page=False)

    on_a_phone(phone_page, module_live_server, f"sup-{lang}", f"/announcements?office={world.office}", shot,
               f"{lang}-backoffice-announcements-phone")

    page.locator("main form[method=post][action='/announcements'] button[type=submit]").click()  # no text at all
    assert page.locator("#f-texts-error").is_visible()
    page.fill("#f-text_ar", "الشباك 3 مغلق اليوم")
    page.fill("#f-text_fr", "Le guichet 3 est fermé aujourd'hui")
    page.locator("main form[method=post][action='/announcements'] button[type=submit]").click()
    page.wait_for_url(re.compile(r"saved=1"))
    assert "Le guichet 3 est fermé aujourd'hui" in page.locator(".announcements li.current").inner_text()


def test_a_device_is_revoked_from_its_office_page(module_live_server, world, page):
    store = module_live_server.store
    device = store.enroll(store.new_enroll_code(world.office)[0], "Borne à retirer").device_id
    open_as(page, module_live_server, "sup-fr", f"/manage/offices/{world.office}")
    row = page.locator("tbody tr", has_text="Borne à retirer")
    row.locator("details.confirm summary").click()
    assert "nouveau code" in row.locator("details.confirm").inner_text()
    row.locator("button.danger").click()
    page.wait_for_url(re.compile(r"saved=revoked"))
    assert page.locator("p.notice").is_visible()
    assert next(d for d in store.devices.list(world.office) if d["id"] == device)["revoked_at"] is not None
