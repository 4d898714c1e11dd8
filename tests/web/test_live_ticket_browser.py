"""The live ticket page in a real chromium on a 360×740 phone: it follows the office's snapshots
by itself (waiting → "called: go to counter 4"), says when the office went silent and recovers
when snapshots resume; axe finds nothing serious; screenshots in the four languages."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from sync import protocol as P
from sync.server.db_public import office_snapshots
from sync.server.office_zone import OFFICE_ZONE
from tests.server.live_ticket_world import new_token, post_snapshot, report_services, snapshot_body, ticket_event
from tests.sync.conftest import enroll, push
from tests.web.axe import assert_accessible
from tests.web.people import fits_the_width

LANGUAGES = ("ar", "fr", "kab", "en")
POLL_WAIT_MS = 25_000  # the page polls every 10 s; a slow machine gets more than two polls


class Office:
    """One office of the test, with its device, a followed ticket EC-007 and an office clock that moves."""

    def __init__(self, server, code: str):
        self.server = server
        self.device = enroll(server, code, f"APC {code}")
        self.now = P.utc_now()
        self.day = self.now.astimezone(OFFICE_ZONE).date().isoformat()
        self.token = new_token()
        report_services(server, self.device)
        r = push(server, self.device, [ticket_event(1, "EC-007", self.token, day=self.day,
                                                    issued_at=P.format_time(self.now))])
        assert r.status_code == 200, r.text

    def snapshot(self, **kw) -> None:
        self.now += dt.timedelta(seconds=10)
        r = post_snapshot(self.server, self.device, snapshot_body(self.device.device_id, P.format_time(self.now),
                                                                  day=self.day, **kw))
        assert r.status_code == 200 and r.json()["stored"], r.text

    def fall_silent(self, minutes: int) -> None:
        """As if the office's last snapshot had arrived `minutes` ago (the server's clock is real)."""
        long_ago = P.format_time(P.utc_now() - dt.timedelta(minutes=minutes))
        with self.server.store.engine.begin() as conn:
            conn.execute(update(office_snapshots).where(office_snapshots.c.office_code == self.device.office_code)
                         .values(received_at=long_ago))
        return long_ago

    def url(self, lang: str) -> str:
        return self.server.url(f"/t/{self.token}?lang={lang}")


@pytest.mark.screenshots
def test_the_page_follows_the_queue_then_the_call_then_the_office_going_silent(module_live_server, new_page,
                                                                                 phone_page, shot):
    office = Office(module_live_server, "ALG-16001")
    office.snapshot(waiting=["P-002", "EC-006", "EC-007", "EC-008"], minutes=6, counters=2)
    page = phone_page
    page.goto(office.url("ar"))
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator(".ticket-label").inner_text() == "EC-007"
    assert page.locator(".ticket-figures dd").first.inner_text() == "2"
    assert "الحالة المدنية" in page.locator(".ticket-service").inner_text()
    assert fits_the_width(page)
    assert_accessible(page, "ticket page, waiting (ar)")
    shot(page, "ar-public-ticket")

    page.evaluate("() => { window.notReloaded = true; }")
    office.snapshot(waiting=["EC-008"], called=[("EC-007", "4")])
    page.locator(".called-now").wait_for(timeout=POLL_WAIT_MS)  # the script swapped the live part in
    assert "4" in page.locator(".called-now").inner_text()
    assert page.evaluate("() => window.notReloaded === true")
    assert page.locator("#ticket-live").get_attribute("aria-live") == "polite"
    assert fits_the_width(page)
    assert_accessible(page, "ticket page, called (ar)")
    shot(page, "ar-public-ticket-called")

    office.fall_silent(minutes=5)
    page.locator(".offline-note").wait_for(timeout=POLL_WAIT_MS)
    assert page.locator(".called-now").count() == 1  # the last known state, said to be such
    assert_accessible(page, "ticket page, office offline (ar)")
    shot(page, "ar-public-ticket-offline")

    office.snapshot(waiting=["EC-008"])  # snapshots resume: the ticket was served meanwhile
    page.locator(".offline-note").wait_for(state="detached", timeout=POLL_WAIT_MS)
    assert page.locator(".ticket-gone").count() == 1
    assert page.evaluate("() => window.notReloaded === true")


@pytest.mark.screenshots
@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_the_page_in_each_language(module_live_server, phone_page, shot, lang):
    office = Office(module_live_server, f"ORN-{lang.upper()}")
    office.snapshot(waiting=["EC-005", "EC-006", "EC-007"], minutes=5, counters=1)
    page = phone_page
    page.goto(office.url(lang))
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator(".ticket-figures dd").first.inner_text() == "2"
    assert fits_the_width(page)
    assert_accessible(page, f"ticket page, waiting ({lang})")
    shot(page, f"{lang}-public-ticket")
    office.snapshot(waiting=["EC-008"], called=[("EC-007", "12")])
    page.reload()
    assert "12" in page.locator(".called-now").inner_text()
    assert fits_the_width(page)
    assert_accessible(page, f"ticket page, called ({lang})")
    shot(page, f"{lang}-public-ticket-called")
