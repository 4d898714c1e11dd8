"""The concern pages in a real chromium, in Arabic and French: axe finds nothing serious, the
phone layout fits 360 px, htmx swaps the results without reloading, and the screenshots
for docs/screenshots."""
from __future__ import annotations

import pytest

from sync import protocol as P
from tests.web.axe import assert_accessible
from tests.web.browser import PHONE
from tests.web.concern_fixtures import Kiosks
from tests.web.people import add_staff, fits_the_width, log_in

LONG_AGO = "2026-01-05T08:00:00.000Z"
LANGUAGES = ("ar", "fr")


@pytest.fixture(scope="module")
def world(module_live_server):
    store = module_live_server.store
    store.add_office("ALG-16001", "APC Alger Centre", "Alger Centre")
    store.add_office("ALG-16002", "Annexe Bab El Oued", "Alger Centre")
    for lang in LANGUAGES:
        add_staff(store, f"sup-{lang}", {"ar": "سمير بن علي", "fr": "Samir Benali"}[lang], "supervisor", lang,
                  communes=["Alger Centre"])
    add_staff(store, "karim", "Karim Haddad", "agent", "ar", offices=["ALG-16001"])
    add_staff(store, "lina", "Lina Meziane", "agent", "fr", offices=["ALG-16001", "ALG-16002"])
    kiosks = Kiosks(store)
    texts = [("ar", "الإنارة العمومية معطلة في شارع الاستقلال منذ أسبوعين", "lighting"),
             ("fr", "Un trou dangereux dans la route devant l'école primaire", "roads"),
             ("ar", "تراكم النفايات قرب السوق البلدي", "waste"),
             ("fr", "Demande d'information sur le dossier de logement", "housing")]
    now = P.utc_now_iso()
    for n in range(12):
        language, text, category = texts[n % len(texts)]
        office = "ALG-16001" if n % 3 else "ALG-16002"
        kiosks.register(office, f"{office[4:]}-K{n:02d}-7Q", at=LONG_AGO if n < 4 else now, category=category,
                        text=text, language=language)
    admin = store.accounts.load(1)
    code = "16001-K01-7Q"
    store.concerns.assign(admin, "ALG-16001", code, "karim")
    store.concerns.add_note(admin, "ALG-16001", code, "اتصلت بمصلحة الإنارة، التدخل مبرمج")
    store.concerns.set_status(admin, "ALG-16001", code, "in_progress", "أحيل إلى مصلحة الإنارة العمومية")
    return module_live_server


@pytest.mark.screenshots
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_concern_list(world, new_page, shot, lang):
    page = new_page()
    log_in(page, world, f"sup-{lang}", "/concerns")
    assert page.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    assert page.locator("#concern-results tbody tr").count() == 12
    assert page.locator(".badge.overdue").count() == 4
    assert_accessible(page, f"concern list ({lang})")
    shot(page, f"{lang}-backoffice-concerns", full_page=False)
    # The filters swap the results without reloading the page, and the address follows.
    page.evaluate("() => { window.notReloaded = true; }")
    page.check("#f-overdue")
    page.click("form.concern-filters button[type=submit]")
    page.wait_for_url("**overdue=1**")
    page.locator("#concern-results tbody tr").first.wait_for()
    assert page.locator("#concern-results tbody tr").count() == 4
    assert page.evaluate("() => window.notReloaded === true")
    # Focus moves once htmx has settled the swap, a moment after the rows appear: wait for it.
    page.wait_for_function("() => document.activeElement && document.activeElement.id === 'results-summary'")
    assert_accessible(page, f"filtered concern list ({lang})")

    phone = new_page(**PHONE)
    log_in(phone, world, f"sup-{lang}", "/concerns")
    assert fits_the_width(phone)
    assert_accessible(phone, f"concern list on a phone ({lang})")
    phone.locator("#results-summary").evaluate("e => e.scrollIntoView()")  # the rows, shown as cards, in the picture
    shot(phone, f"{lang}-backoffice-concerns-phone", full_page=False)


@pytest.mark.screenshots
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_concern_detail(world, new_page, shot, lang):
    page = new_page()
    path = "/concerns/ALG-16001/16001-K01-7Q"
    log_in(page, world, f"sup-{lang}", path)
    assert page.locator(".history li").count() == 4  # registered, assigned, note, status
    assert page.locator("#f-answer").get_attribute("dir") == "ltr"  # the citizen wrote in French
    assert_accessible(page, f"concern detail ({lang})")
    shot(page, f"{lang}-backoffice-concern", full_page=False)
    # A refused form: the message next to the field, in the page's language, the text kept.
    page.select_option("#f-status", "closed")
    page.click("form[action$='/status'] button[type=submit]")
    page.locator("#f-reason-error").wait_for()
    assert_accessible(page, f"concern detail with an error ({lang})")

    phone = new_page(**PHONE)
    log_in(phone, world, f"sup-{lang}", "/concerns/ALG-16001/16001-K02-7Q")
    assert phone.locator("#f-answer").get_attribute("dir") == "rtl"  # the citizen wrote in Arabic
    assert fits_the_width(phone)
    assert_accessible(phone, f"concern detail on a phone ({lang})")
    shot(phone, f"{lang}-backoffice-concern-phone", full_page=False)


@pytest.mark.screenshots
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_deadlines_page_and_the_home_counters(world, new_page, shot, lang):
    page = new_page()
    log_in(page, world, f"sup-{lang}", "/deadlines")
    page.fill("#f-category", "lighting")
    page.fill("#f-days", "20" if lang == "ar" else "25")
    page.click("main form button.primary")
    page.wait_for_url("**/deadlines?changed=**")
    assert page.locator("main .notice").count() == 1
    assert_accessible(page, f"deadlines ({lang})")
    shot(page, f"{lang}-backoffice-deadlines", full_page=False)

    page.goto(world.url("/"))
    overdue = page.locator(".counters li.alert")
    assert overdue.count() == 1 and overdue.locator(".count").inner_text() == "4"
    assert_accessible(page, f"home ({lang})")
    shot(page, f"{lang}-backoffice-home", full_page=False)
    overdue.locator("a").click()
    page.wait_for_url("**/concerns?overdue=1")
    assert page.locator("#concern-results tbody tr").count() == 4
