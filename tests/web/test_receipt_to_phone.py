"""From the paper to the phone, every part real: a kiosk office (its own SQLite file) enrolled to a
real `maktab-server serve` whose public address is itself; the kiosk's window prints through the
real spool to a network printer on 127.0.0.1; the QR code is read back from the printer's very
bytes (tests/printing/escpos_raster.py, zxing-cpp) and opened in chromium on a 360×740 phone.

- A ticket: the phone shows the place in the queue; a clerk calls the ticket at a desk; the
  office's next live snapshot reaches the server and the page, by itself, says "counter 3".
- A concern: the phone shows it received; an agent answers it in the back office; the citizen
  rates the answer, says it did not solve the problem, and the agent finds it reopened.

The office's pushes and snapshots are driven by the test (SyncClient, SnapshotSender.tick on an
injected clock), so nothing waits for a sync interval; the page polls on its own (every 10 s).
"""
from __future__ import annotations

import datetime as dt

import pytest

from kiosk.domain.clock import FixedClock
from kiosk.domain.tickets import Priority
from kiosk.live_snapshot import snapshot_source
from kiosk.office import Office, OfficeInfo
from kiosk.sync_adapter import OfficeUpdatesSink
from sync.client import SyncClient
from sync.snapshot_sender import SnapshotSender
from sync.state import SyncState
from tests.printing.escpos_raster import decode_qr_from_escpos
from tests.ui.test_citizen_flow import choose_language, take_ticket
from tests.ui.test_public_links import kiosk_window, printer, register_and_print_a_concern  # noqa: F401 (fixture)
from tests.web.axe import assert_accessible
from tests.web.people import add_staff, fits_the_width, log_in
from tests.web.test_concern_day import kiosk_settings

POLL_WAIT_MS = 25_000  # the page polls every 10 s: more than two polls on a slow machine
ANSWER = "Le nid-de-poule de la rue 5 a été rebouché mardi. Merci de nous l'avoir signalé."
NOT_SOLVED = "Il s'est rouvert après la pluie."


@pytest.fixture(scope="module")
def live_server_env():
    return {"MAKTAB_PUBLIC_URL": "{base_url}"}  # the receipts lead to this very server


@pytest.fixture
def office(tmp_path, catalogue):
    office = Office.open_path(tmp_path / "office.sqlite3", OfficeInfo("APC Alger Centre", "TST", "Africa/Algiers"),
                              FixedClock(dt.datetime.now(dt.UTC)), catalogue, pin_hash_cost="test")
    yield office
    office.close()


@pytest.fixture
def sync_state(live_server, office, tmp_path) -> SyncState:
    """The office enrolled, and its first pull done: it now knows the server's public address."""
    store = live_server.store
    store.add_office("TST", "APC Alger Centre", "Alger Centre")
    enrol_code, _ = store.new_enroll_code("TST")
    state = SyncState.load(tmp_path / "sync")
    SyncClient.enroll(state, live_server.base_url, enrol_code, "kiosk hall")
    sync(office, state, pull=True)
    assert office.public_url() == live_server.base_url
    return state


def sync(office: Office, state: SyncState, *, pull: bool = False) -> None:
    with SyncClient(state, office.outbox, OfficeUpdatesSink(office)) as client:
        client.push()
        if pull:
            client.pull()


def test_a_ticket_from_the_paper_to_the_phone_until_its_call(live_server, office, sync_state, printer,  # noqa: F811
                                                              qtbot, phone_page, tmp_path):
    service = office.services()[0].code
    office.issue_ticket(service)  # someone is already waiting
    window = kiosk_window(qtbot, office, kiosk_settings(tmp_path), printer)
    choose_language(qtbot, window, "ar", "أخذ تذكرة")
    issued = take_ticket(qtbot, window, service, Priority.NONE)
    (job,) = printer.wait_for_jobs(1)
    (address,) = decode_qr_from_escpos(job)
    assert address == f"{live_server.base_url}/t/{issued.public_token}"
    window.shutdown()

    sync(office, sync_state)  # the ticket reaches the central server…
    ticks = [0.0]
    snapshots = SnapshotSender(lambda: sync_state, snapshot_source(office), clock=lambda: ticks[0])
    snapshots.tick()  # …and the queue as the office sees it
    assert snapshots.sent == 1

    phone = phone_page
    phone.goto(address)
    assert phone.locator("html").get_attribute("dir") == "rtl"
    assert phone.locator(".ticket-label").inner_text() == issued.ticket.label
    assert phone.locator(".ticket-figures dd").first.inner_text() == "1"  # one person ahead
    assert fits_the_width(phone)
    assert_accessible(phone, "the live ticket page opened from the receipt")

    office.add_staff("Amina", "clerk", "4829")
    clerk = office.login("Amina", "4829").token
    office.open_counter(clerk, "3", [service])
    assert office.call_next(clerk, "3").id != issued.ticket.id
    assert office.call_next(clerk, "3").id == issued.ticket.id
    office.clock.advance(seconds=10)
    ticks[0] += 10  # the sender's ten seconds between snapshots
    snapshots.tick()
    assert snapshots.sent == 2
    phone.locator(".called-now").wait_for(timeout=POLL_WAIT_MS)  # the page's own poll brought it
    assert "3" in phone.locator(".called-now").inner_text()
    assert_accessible(phone, "the live ticket page, called")


def test_a_concern_from_the_paper_to_the_phone_then_rated_reopened_and_back_in_the_back_office(
        live_server, office, sync_state, printer, qtbot, phone_page, new_page, tmp_path):  # noqa: F811
    code, job, _ = register_and_print_a_concern(qtbot, office, kiosk_settings(tmp_path), printer)
    (address,) = decode_qr_from_escpos(job)
    assert address == f"{live_server.base_url}/c/{code}"
    sync(office, sync_state)

    phone = phone_page
    phone.goto(address)
    assert phone.locator("html").get_attribute("lang") == "fr"  # the language the concern was made in
    assert code in phone.locator("main").inner_text()
    assert "/rating" not in phone.content()  # nothing to rate before an answer

    add_staff(live_server.store, "karim", "Karim Haddad", "agent", "fr", offices=["TST"])
    agent = new_page()
    log_in(agent, live_server, "karim", f"/concerns/TST/{code}")
    agent.fill("textarea[name=answer]", ANSWER)
    agent.locator("form[action$='/answer'] button[type=submit]").click()
    agent.wait_for_url(f"**/concerns/TST/{code}**")

    phone.reload()
    assert ANSWER in phone.locator("main").inner_text()
    phone.locator("form[action$='/rating'] input[name=rating][value='2']").check()
    phone.click("form[action$='/rating'] button[type=submit]")
    phone.wait_for_url("**done=rated**")
    phone.fill("#f-reopen_comment", NOT_SOLVED)
    phone.click("form[action$='/not-resolved'] button[type=submit]")
    phone.wait_for_url("**done=reopened**")
    assert NOT_SOLVED in phone.locator(".history").inner_text()
    assert fits_the_width(phone)
    assert_accessible(phone, "the concern page opened from the receipt, reopened")

    agent.goto(live_server.url(f"/concerns/TST/{code}"))
    assert NOT_SOLVED in agent.locator(".history").inner_text()
    assert "2" in agent.locator(".facts").inner_text()
    agent.goto(live_server.url("/concerns?status=open"))
    assert code in agent.locator("#concern-results").inner_text()  # open again, in the agent's list
