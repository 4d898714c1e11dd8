"""A day's work on one concern, all real: a kiosk office (its own SQLite file) registers a concern
whose deadline has passed and pushes it to a real `maktab-server serve`; in chromium a supervisor
finds it among the overdue ones and assigns it to an agent, who answers in Arabic from a second
browser; the office pulls, and the kiosk's follow-up screen shows the answer.

Also tried for real: a form posted with a stale CSRF token, and one posted after the session
went idle, both bring the person back to the form with what they typed kept.
"""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from kiosk.config import KioskSettings, SecuritySettings, Settings
from kiosk.domain.clock import FixedClock
from kiosk.domain.concerns import ConcernDraft
from kiosk.office import Office, OfficeInfo
from kiosk.sync_adapter import OfficeUpdatesSink
from sync import protocol as P
from sync.client import SyncClient
from sync.server.db_backoffice import web_sessions
from sync.state import SyncState
from tests.ui.test_concern_flow import build_flow, click
from tests.web.people import add_staff, log_in

ANSWER = "تم إصلاح الإنارة العمومية في شارعكم يوم الأحد. شكرا على تنبيهكم."
CITIZEN_TEXT = "الإنارة العمومية معطلة في شارعنا منذ شهر"


@pytest.fixture
def late_office(tmp_path, catalogue):
    """A kiosk office whose clock stands 40 days back: what it registers is past the 30-day deadline."""
    clock = FixedClock(dt.datetime.now(dt.UTC) - dt.timedelta(days=40))
    office = Office.open_path(tmp_path / "office.sqlite3", OfficeInfo("APC Alger Centre", "TST", "Africa/Algiers"),
                              clock, catalogue, pin_hash_cost="test")
    yield office
    office.close()


@pytest.fixture
def enrolled(live_server, late_office, tmp_path):
    store = live_server.store
    store.add_office("TST", "APC Alger Centre", "Alger Centre")
    add_staff(store, "samir", "Samir Benali", "supervisor", "fr", communes=["Alger Centre"])
    add_staff(store, "karim", "كريم حداد", "agent", "ar", offices=["TST"])
    enrol_code, _ = store.new_enroll_code("TST")
    state = SyncState.load(tmp_path / "sync")
    SyncClient.enroll(state, live_server.base_url, enrol_code, "kiosk hall")
    return state


def sync_client(office, state) -> SyncClient:
    return SyncClient(state, office.outbox, OfficeUpdatesSink(office))


def kiosk_settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path, kiosk=KioskSettings(idle_timeout_s=60, ticket_screen_s=60),
                    security=SecuritySettings(pin_hash_cost="test"))


def register(office, text: str = CITIZEN_TEXT) -> str:
    category = office.catalogue.concern_categories[0].code
    return office.register_concern(ConcernDraft(category, text, "ar")).code


@pytest.fixture
def pushed(late_office, enrolled) -> str:
    """The code of a late concern the kiosk registered and pushed to the server."""
    code = register(late_office)
    with sync_client(late_office, enrolled) as client:
        assert client.push().stored >= 1
    return code


def test_overdue_concern_assigned_answered_in_arabic_and_shown_at_the_kiosk(
        live_server, late_office, enrolled, pushed, new_page, qtbot, tmp_path):
    code = pushed

    # The supervisor filters the overdue concerns and assigns this one to Karim.
    supervisor = new_page()
    log_in(supervisor, live_server, "samir", "/concerns")
    supervisor.check("#f-overdue")
    supervisor.click("form.concern-filters button[type=submit]")
    supervisor.wait_for_url("**overdue=1**")
    row = supervisor.locator("#concern-results tbody tr", has_text=code)
    assert row.locator(".badge.overdue").inner_text() == "En retard"
    row.locator("a").click()
    supervisor.wait_for_url(f"**/concerns/TST/{code}")
    supervisor.select_option("#f-assignee", "karim")
    supervisor.click("form[action$='/assign'] button[type=submit]")
    assert "Le responsable de la préoccupation est changé." in supervisor.locator("#done").inner_text()

    # Karim, in his own browser, finds it among his concerns and answers in Arabic.
    agent = new_page()
    log_in(agent, live_server, "karim", "/concerns?status=open&assigned_to_me=1")
    agent.locator("#concern-results a", has_text=code).click()
    agent.wait_for_url(f"**/concerns/TST/{code}")
    answer_box = agent.locator("#f-answer")
    assert (answer_box.get_attribute("lang"), answer_box.get_attribute("dir")) == ("ar", "rtl")
    assert "كتب المواطن بـالعربية" in agent.locator("#f-answer-hint").inner_text()
    answer_box.fill(ANSWER)
    agent.click("form[action$='/answer'] button[type=submit]")
    assert "حُفظ جوابك" in agent.locator("#done").inner_text()

    # The office's next pull brings the answer; the kiosk's follow-up screen shows it.
    with sync_client(late_office, enrolled) as client:
        assert client.pull().applied == 1
    flow = build_flow(qtbot, late_office, kiosk_settings(tmp_path))
    flow.start_follow_up("ar")
    screen = flow.followup_screen
    qtbot.keyClicks(screen.code_edit, code)
    click(qtbot, screen.look_up_button)
    qtbot.waitUntil(lambda: screen.result.isVisible())
    lines = [screen.history.item(i).text() for i in range(screen.history.count())]
    assert any(ANSWER in line for line in lines), lines
    assert screen.status_label.text() == "تمت الإجابة"


def test_a_stale_csrf_token_brings_the_person_back_to_the_form_with_the_text_kept(
        live_server, pushed, new_page):
    code = pushed
    path = f"/concerns/TST/{code}"
    page = new_page()
    log_in(page, live_server, "karim", path)
    page.fill("#f-note", "اتصلت بمصلحة الإنارة")
    # Meanwhile, in another tab, the same person logs out and in again: the form's token is stale.
    other_tab = page.context.new_page()
    other_tab.goto(live_server.url("/"))
    other_tab.click("form[action='/logout'] button")
    other_tab.wait_for_url("**/login")
    log_in(other_tab, live_server, "karim")
    page.click("form[action$='/note'] button[type=submit]")
    page.wait_for_url(f"**{path}")
    assert page.locator("main .notice").first.is_visible()
    assert page.locator("#f-note").input_value() == "اتصلت بمصلحة الإنارة"
    assert [h.kind for h in live_server.store.concerns.get(
        live_server.store.accounts.load(2), "TST", code).history] == ["registered"]  # nothing was saved
    page.click("form[action$='/note'] button[type=submit]")  # sent again, with the page's new token
    assert page.locator("#done").is_visible()


def test_an_idle_session_goes_through_the_login_and_back_to_the_form_with_the_text_kept(
        live_server, pushed, new_page):
    code = pushed
    path = f"/concerns/TST/{code}"
    page = new_page()
    log_in(page, live_server, "karim", path)
    page.fill("#f-answer", ANSWER)
    # The person leaves the desk: the server sees the session's last activity two hours back
    # (what 120 idle minutes leave in its table; the server's own check does the rest).
    two_hours_ago = P.format_time(dt.datetime.now(dt.UTC) - dt.timedelta(hours=2))
    with live_server.store.engine.begin() as conn:
        conn.execute(update(web_sessions).values(last_seen_at=two_hours_ago))
    page.click("form[action$='/answer'] button[type=submit]")
    page.wait_for_url("**/login?next=**")
    assert live_server.store.concerns.find(code, "TST")["public_answer"] is None
    page.fill("#f-username", "karim")
    page.fill("#f-password", "correct horse battery")
    page.click("main button[type=submit]")
    page.wait_for_url(f"**{path}")
    assert page.locator("#f-answer").input_value() == ANSWER
    page.click("form[action$='/answer'] button[type=submit]")
    assert page.locator("#done").is_visible()
    assert live_server.store.concerns.find(code, "TST")["public_answer"] == ANSWER
