"""The supervisor console, clicked like a supervisor: the floor, closing a service and seeing
the kiosk refuse its tickets, a daily limit reached, a target, the announcement; a clerk
never sees the console."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.domain.service_controls import Refusal
from kiosk.office.errors import Unavailable
from kiosk.ui.desk.app import build_desk_window
from kiosk.ui.desk.supervisor_floor import SERVICE_CODE
from tests.ui.test_desk_flow import log_in, open_counter

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def desk(qtbot, qapp, office, settings, ui_clock):
    office.add_staff("Samira", "supervisor", "5930")
    office.add_staff("Amina", "clerk", "4829")
    window = build_desk_window(office, settings, clock=ui_clock)
    window.set_language("en")  # the tests read the words
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def open_console(qtbot, window):
    log_in(qtbot, window, "Samira", "5930")
    assert window.counter_screen.console_button.isVisible()
    qtbot.mouseClick(window.counter_screen.console_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.supervisor_page)
    page = window.supervisor_page
    qtbot.waitUntil(lambda: page.services.list.count() > 0)
    return page


def choose_service(qtbot, page, code):
    page.tabs.setCurrentWidget(page.services)
    page.services.select(code)
    assert page.services.selected_code() == code


def floor_row(page, code):
    table = page.floor.services
    for i in range(table.topLevelItemCount()):
        if table.topLevelItem(i).data(0, SERVICE_CODE) == code:
            return table.topLevelItem(i)
    raise AssertionError(f"no floor row for {code}")


def test_a_clerk_has_no_console(qtbot, desk):
    log_in(qtbot, desk, "Amina", "4829")
    assert not desk.counter_screen.console_button.isVisible()
    desk.supervisor_route.show()
    assert desk.stack.currentWidget() is desk.counter_screen


def test_closing_a_service_makes_the_kiosk_refuse_it(qtbot, desk, office):
    page = open_console(qtbot, desk)
    choose_service(qtbot, page, "EC-N12")
    qtbot.mouseClick(page.services.open_close_button, LEFT)
    qtbot.waitUntil(lambda: page.services.controls["EC-N12"].closed)
    with pytest.raises(Unavailable) as refused:
        office.issue_ticket("EC-N12")  # a citizen at the kiosk
    assert refused.value.code == Refusal.CLOSED.value
    page.tabs.setCurrentWidget(page.floor)
    qtbot.waitUntil(lambda: "(Closed)" in page.floor.closed_label.text())
    audit = office._db.execute("SELECT staff_name FROM audit WHERE action = 'service.control_changed'").fetchall()
    assert audit == [("Samira",)]
    qtbot.mouseClick(page.services.open_close_button, LEFT)  # and open again
    qtbot.waitUntil(lambda: not page.services.controls["EC-N12"].closed)
    assert office.issue_ticket("EC-N12").ticket.label == "A-001"


def test_a_daily_limit_is_set_and_reached(qtbot, desk, office):
    page = open_console(qtbot, desk)
    choose_service(qtbot, page, "AD-RES")
    page.services.limit_spin.setValue(2)
    qtbot.mouseClick(page.services.save_button, LEFT)
    qtbot.waitUntil(lambda: page.services.controls["AD-RES"].daily_limit == 2)
    office.issue_ticket("AD-RES")
    office.issue_ticket("AD-RES")
    with pytest.raises(Unavailable) as refused:
        office.issue_ticket("AD-RES")
    assert refused.value.code == Refusal.LIMIT_REACHED.value
    page.tabs.setCurrentWidget(page.floor)
    qtbot.waitUntil(lambda: floor_row(page, "AD-RES").text(5) == "2 of 2")
    assert "(Daily limit reached)" in page.floor.closed_label.text()


def test_bad_hours_are_refused_with_what_to_write(qtbot, desk, office):
    page = open_console(qtbot, desk)
    choose_service(qtbot, page, "EC-N12")
    page.services.hours_edit.setText("8h-12h")
    qtbot.mouseClick(page.services.save_button, LEFT)
    assert "08:00-12:00" in page.services.message_label.text()
    assert office.service_controls()[0].hours == {}


def test_a_target_set_in_the_console_alerts_on_the_floor(qtbot, desk, office, clock):
    page = open_console(qtbot, desk)
    choose_service(qtbot, page, "EC-N12")
    page.services.target_spin.setValue(5)
    qtbot.mouseClick(page.services.save_button, LEFT)
    qtbot.waitUntil(lambda: page.services.controls["EC-N12"].target_minutes == 5)
    assert office.service_targets()["EC-N12"] == 5
    office.issue_ticket("EC-N12")
    clock.advance(minutes=6)
    page.tabs.setCurrentWidget(page.floor)
    qtbot.mouseClick(page.refresh_button, LEFT)
    qtbot.waitUntil(lambda: page.floor.alert.isVisible())
    assert floor_row(page, "EC-N12").text(2).startswith("⚠")


def test_the_floor_shows_counters_and_calls_for_help(qtbot, desk, office):
    log_in(qtbot, desk, "Samira", "5930")
    open_counter(qtbot, desk, "4", ("EC-N12",))
    office.issue_ticket("EC-N12")
    qtbot.mouseClick(desk.desk_screen.buttons["call_next"], LEFT)
    office.ask_for_help("Borne entrée")
    qtbot.mouseClick(desk.desk_screen.console_button, LEFT)
    page = desk.supervisor_page
    qtbot.waitUntil(lambda: page.floor.counters.topLevelItemCount() == 1
                    and page.floor.counters.topLevelItem(0).text(2) == "A-001")
    assert page.floor.counters.topLevelItem(0).text(1) == "Samira"
    assert page.floor.share_label.text() == "Called within their target today: 1 of 1 (100 %)"
    assert "Borne entrée" in page.floor.help_label.text()
    qtbot.mouseClick(page.back_button, LEFT)
    assert desk.stack.currentWidget() is desk.desk_screen


def test_the_announcement_is_published_and_removed(qtbot, desk, office):
    page = open_console(qtbot, desk)
    page.tabs.setCurrentWidget(page.announcement)
    page.announcement.edits["fr"].setText("Fermeture à 15 h jeudi.")
    qtbot.mouseClick(page.announcement.publish_button, LEFT)
    qtbot.waitUntil(lambda: [a["texts"] for a in office.announcements()] == [{"fr": "Fermeture à 15 h jeudi."}])
    assert any(e.type == "announcement.set" and e.payload["by"] == "Samira" for e in office.outbox.list())
    qtbot.mouseClick(page.announcement.remove_button, LEFT)
    qtbot.waitUntil(lambda: office.announcements() == [])


def test_the_console_saves_the_days_report_as_a_pdf_to_print(qtbot, desk, office, tmp_path):
    import subprocess

    from PySide6.QtCore import QDate

    tmp_path = tmp_path / "Documents"
    tmp_path.mkdir()
    office.issue_ticket("EC-N12")
    page = open_console(qtbot, desk)
    desk.supervisor_route.tools._folder = tmp_path  # not the tester's Documents
    page.tabs.setCurrentWidget(page.tools)
    today = desk.now().astimezone(desk.zone).date()  # the office's day, not the tester's
    assert page.tools.period() == (today, today)
    page.tools.last_edit.setDate(QDate(today.year, today.month, today.day).addDays(-1))
    qtbot.mouseClick(page.tools.pdf_button, LEFT)
    assert "before the first" in page.tools.report_message.text()  # nothing asked of the office
    assert not list(tmp_path.iterdir())
    page.tools.last_edit.setDate(QDate(today.year, today.month, today.day))
    qtbot.mouseClick(page.tools.pdf_button, LEFT)
    qtbot.waitUntil(lambda: "Saved" in page.tools.report_message.text(), timeout=20000)
    (pdf,) = tmp_path.glob("report-*.pdf")
    assert str(pdf) in page.tools.report_message.text() and page.tools.open_button.isVisible()
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert f"Day: {today.isoformat()}" in text and "Tickets issued\n\n1\n" in text  # the ticket taken above
    qtbot.mouseClick(page.tools.csv_button, LEFT)
    qtbot.waitUntil(lambda: any(tmp_path.glob("report-*.csv")), timeout=20000)
    rows = next(tmp_path.glob("report-*.csv")).read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) > 1 and any(today.isoformat() in row for row in rows[1:])


def test_a_report_refused_by_the_office_says_why(qtbot, desk, office, tmp_path):
    tmp_path = tmp_path / "Documents"
    tmp_path.mkdir()
    page = open_console(qtbot, desk)
    desk.supervisor_route.tools._folder = tmp_path
    office.logout(desk.token)  # the session ended meanwhile (at the hub, or from another desk)
    page.tabs.setCurrentWidget(page.tools)
    qtbot.mouseClick(page.tools.pdf_button, LEFT)
    qtbot.waitUntil(lambda: page.tools.pdf_button.isEnabled())
    assert "Saved" not in page.tools.report_message.text() and page.tools.report_message.text()
    assert not list(tmp_path.iterdir())


def test_the_reports_days_read_as_iso_dates_in_arabic_too(qtbot, desk):
    page = open_console(qtbot, desk)
    desk.set_language("ar")
    qtbot.waitUntil(lambda: page.tabs.tabText(3) == "التقرير والتدريب")
    today = desk.now().astimezone(desk.zone).date().isoformat()
    assert page.tools.first_edit.text() == today and page.tools.last_edit.text() == today
