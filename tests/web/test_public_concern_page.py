"""The citizen's concern page on a phone, all real: a kiosk office (its own SQLite file) registers
a concern in Arabic and pushes it to a real `maktab-server serve`; the municipality answers; in
chromium at 360×740 the citizen opens /c/{code}, rates the answer and says it did not solve the
problem; an agent logs in to the back office and finds it reopened with the comment; the office's
next pull shows it reopened on the kiosk's follow-up screen. Screenshots in the four languages."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from kiosk.domain.clock import FixedClock
from kiosk.domain.concerns import ConcernDraft
from kiosk.office import Office, OfficeInfo
from kiosk.sync_adapter import OfficeUpdatesSink
from sync.client import SyncClient
from sync.protocol.tracking_codes import new_tracking_code
from sync.server.staff import COMMAND_LINE
from sync.state import SyncState
from tests.server.concern_pages_world import Kiosks
from tests.ui.test_concern_flow import build_flow, click
from tests.web.axe import assert_accessible
from tests.web.people import add_staff, fits_the_width, log_in
from tests.web.test_concern_day import kiosk_settings

ANSWER = "تم إصلاح الإنارة العمومية في شارعكم يوم الأحد. شكرا على تنبيهكم."
NOT_SOLVED = "الإنارة ما زالت معطلة في آخر الشارع"


@pytest.fixture
def office(tmp_path, catalogue):
    office = Office.open_path(tmp_path / "office.sqlite3", OfficeInfo("APC Alger Centre", "TST", "Africa/Algiers"),
                              FixedClock(dt.datetime.now(dt.UTC) - dt.timedelta(days=2)), catalogue,
                              pin_hash_cost="test")
    yield office
    office.close()


@pytest.fixture
def state(live_server, office, tmp_path):
    store = live_server.store
    store.add_office("TST", "APC Alger Centre", "Alger Centre")
    add_staff(store, "karim", "كريم حداد", "agent", "ar", offices=["TST"])
    enrol_code, _ = store.new_enroll_code("TST")
    state = SyncState.load(tmp_path / "sync")
    SyncClient.enroll(state, live_server.base_url, enrol_code, "kiosk hall")
    return state


def test_a_citizen_rates_and_reopens_from_the_phone_and_the_back_office_and_kiosk_see_it(
        live_server, office, state, phone_page, new_page, shot, qtbot, tmp_path):
    category = office.catalogue.concern_categories[0].code
    code = office.register_concern(ConcernDraft(category, "الإنارة العمومية معطلة في شارعنا", "ar")).code
    with SyncClient(state, office.outbox, OfficeUpdatesSink(office)) as client:
        assert client.push().stored >= 1
    live_server.store.concerns.answer(COMMAND_LINE, "TST", code, ANSWER)

    phone = phone_page
    phone.goto(live_server.url("/c?lang=ar"))  # the phone's browser asks for English; the switch says Arabic
    phone.fill("#f-code", code.lower().replace("-", " "))  # typed by hand, without dashes
    phone.click("main button[type=submit]")
    phone.wait_for_url(f"**/c/{code}?lang=ar")
    assert phone.locator("html").get_attribute("dir") == "rtl"
    assert phone.locator(".status-line").inner_text() == "تمت الإجابة"
    assert ANSWER in phone.locator("main").inner_text()
    assert fits_the_width(phone)
    assert_accessible(phone, "the concern page, answered (ar)")

    phone.get_by_label("4 — ساعد كثيرًا").check()
    phone.fill("#f-rating_comment", "شكرا")
    phone.click("form[action$='/rating'] button[type=submit]")
    phone.wait_for_url("**done=rated**")
    assert "شكرًا: تمّ حفظ تقييمك" in phone.locator("#done").inner_text()
    assert phone.get_by_label("4 — ساعد كثيرًا").is_checked()

    phone.click("form[action$='/not-resolved'] button[type=submit]")  # empty: refused, said next to the field
    assert "لا يمكن أن يبقى فارغًا" in phone.locator("#f-reopen_comment-error").inner_text()
    phone.fill("#f-reopen_comment", NOT_SOLVED)
    phone.click("form[action$='/not-resolved'] button[type=submit]")
    phone.wait_for_url("**done=reopened**")
    assert "أُعيد فتح انشغالك" in phone.locator("#done").inner_text()
    assert phone.locator(".status-line").inner_text() == "قيد المعالجة لدى البلدية"
    assert phone.locator("form[action$='/not-resolved']").count() == 0  # once
    assert NOT_SOLVED in phone.locator(".history").inner_text()
    assert fits_the_width(phone)
    assert_accessible(phone, "the concern page, reopened (ar)")

    agent = new_page()
    log_in(agent, live_server, "karim", "/concerns?status=open")
    agent.locator("#concern-results a", has_text=code).click()
    agent.wait_for_url(f"**/concerns/TST/{code}")
    history = agent.locator(".history").inner_text()
    assert "أعيد فتحه" in history and NOT_SOLVED in history and "المواطن، عبر الصفحة العمومية" in history
    assert "4 من 5" in agent.locator(".facts").inner_text()

    with SyncClient(state, office.outbox, OfficeUpdatesSink(office)) as client:
        pulled = client.pull()
    # the answer and the reopening applied; the rating acknowledged (the office keeps no ratings)
    assert (pulled.applied, pulled.ignored) == (2, 1)
    flow = build_flow(qtbot, office, kiosk_settings(tmp_path))
    flow.start_follow_up("ar")
    screen = flow.followup_screen
    qtbot.keyClicks(screen.code_edit, code)
    click(qtbot, screen.look_up_button)
    qtbot.waitUntil(lambda: screen.result.isVisible())
    lines = [screen.history.item(i).text() for i in range(screen.history.count())]
    assert any(NOT_SOLVED in line for line in lines), lines
    # The kiosk says the concern was reopened, and the history names the citizen's comment so.
    assert screen.reopened_label.isVisible() and "أُعيد فتحه في" in screen.reopened_label.text()
    assert any(f"أعيد فتحه: {NOT_SOLVED}" in line for line in lines), lines


CONFIRMED = {"ar": "أُعيد فتح انشغالك", "fr": "Votre préoccupation est rouverte", "kab": "yettwaldi tikkelt-nniḍen",
             "en": "Your concern is reopened"}


@pytest.mark.screenshots
@pytest.mark.parametrize("lang", ["ar", "fr", "kab", "en"])
def test_the_concern_page_in_each_language_at_360_px(live_server, phone_page, shot, lang):
    store = live_server.store
    store.add_office("ALG-1", "APC Alger Centre 1", "Alger Centre")
    code = new_tracking_code("ALG", random.Random(7)).text
    Kiosks(store).register("ALG-1", code, at=(dt.datetime.now(dt.UTC) - dt.timedelta(days=3)).isoformat(),
                           language="ar" if lang == "en" else lang, text="…")
    answer = {"ar": ANSWER, "fr": "La lampe de la rue a été remplacée dimanche. Merci de nous l'avoir signalé.",
              "kab": "Taftilt n ubrid tettwabeddel ass n lḥed. Tanemmirt imi i aɣ-d-tenniḍ.",
              "en": ANSWER}[lang]
    store.concerns.answer(COMMAND_LINE, "ALG-1", code, answer)
    phone_page.goto(live_server.url(f"/c/{code}?lang={lang}"))
    assert phone_page.locator("html").get_attribute("lang") == lang
    assert fits_the_width(phone_page)
    assert_accessible(phone_page, f"the concern page ({lang})")
    shot(phone_page, f"{lang}-public-concern")
    phone_page.fill("#f-reopen_comment", NOT_SOLVED if lang in ("ar", "en") else "Toujours en panne.")
    phone_page.click("form[action$='/not-resolved'] button[type=submit]")
    phone_page.wait_for_url("**done=reopened**")
    assert CONFIRMED[lang] in phone_page.locator("#done").inner_text()
    assert fits_the_width(phone_page)
    assert_accessible(phone_page, f"the concern page, reopened ({lang})")
    shot(phone_page, f"{lang}-public-concern-reopened")
    phone_page.goto(live_server.url(f"/c?lang={lang}&code={code[:-1]}Z"))  # one character wrong
    assert phone_page.locator("#f-code-error").is_visible()
    assert_accessible(phone_page, f"the lookup with a mistyped code ({lang})")
    shot(phone_page, f"{lang}-public-concern-lookup")
