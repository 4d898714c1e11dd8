"""The concerns inbox inside desk mode: reached by its button or F8 from the counter in
service and from "open a counter" (reception staff), back again, live while open, and
the "Concerns" button counting what was received and not yet handled — on a local
office and over the LAN hub."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.domain.concerns import ConcernDraft, ConcernStatus
from kiosk.ui.desk.app import build_desk_window

LEFT = Qt.MouseButton.LeftButton


def lamp(office) -> str:
    return office.register_concern(ConcernDraft("roads", "L'éclairage de la rue des Oliviers est en panne",
                                                "fr", place="Rue des Oliviers")).code


@pytest.fixture
def desk(qtbot, qapp, office, settings):
    office.add_staff("Amina", "clerk", "4829")
    window = build_desk_window(office, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.set_language("en")
    yield window
    window.close()


def log_in(qtbot, window, name="Amina", pin="4829"):
    qtbot.keyClicks(window.login_screen.name_edit, name)
    qtbot.keyClicks(window.login_screen.pin_edit, pin)
    qtbot.mouseClick(window.login_screen.login_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.counter_screen, timeout=10_000)


def open_counter(qtbot, window, number="3", service="EC-N12"):
    qtbot.keyClicks(window.counter_screen.number_edit, number)
    qtbot.mouseClick(window.counter_screen.service_boxes[service].box, LEFT)
    qtbot.mouseClick(window.counter_screen.open_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.desk_screen, timeout=10_000)


def inbox_codes(window) -> list[str]:
    tree = window.concerns_inbox.list
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_the_concerns_button_opens_the_inbox_and_back_leads_to_the_counter(qtbot, desk, office):
    code = lamp(office)
    log_in(qtbot, desk)
    open_counter(qtbot, desk)
    button = desk.desk_screen.concerns_button
    assert button.isVisible() and "F8" in button.text()
    qtbot.mouseClick(button, LEFT)
    assert desk.stack.currentWidget() is desk.concerns_page
    assert inbox_codes(desk) == [code]
    back = desk.concerns_page.back_button
    assert "Back to the counter" in back.text()
    qtbot.mouseClick(back, LEFT)
    assert desk.stack.currentWidget() is desk.desk_screen
    assert desk.counter == "3"  # still serving at the same counter


def test_f8_opens_the_inbox_and_f8_brings_the_clerk_back(qtbot, desk, office):
    log_in(qtbot, desk)
    open_counter(qtbot, desk)
    qtbot.keyClick(desk.desk_screen.waiting_list.tree, Qt.Key.Key_F8)
    assert desk.stack.currentWidget() is desk.concerns_page
    qtbot.keyClick(desk.concerns_inbox.list, Qt.Key.Key_F8)
    assert desk.stack.currentWidget() is desk.desk_screen


def test_reception_staff_reach_the_inbox_without_opening_a_counter(qtbot, desk, office):
    code = lamp(office)
    log_in(qtbot, desk)
    button = desk.counter_screen.concerns_button
    assert button.isVisible()
    qtbot.mouseClick(button, LEFT)
    assert desk.stack.currentWidget() is desk.concerns_page
    assert inbox_codes(desk) == [code]
    assert "opening a counter" in desk.concerns_page.back_button.text()
    qtbot.keyClick(desk.concerns_inbox.list, Qt.Key.Key_F8)
    assert desk.stack.currentWidget() is desk.counter_screen
    assert desk.counter is None


def test_no_way_to_the_inbox_before_logging_in(qtbot, desk, office):
    lamp(office)
    qtbot.keyClick(desk.login_screen.name_edit, Qt.Key.Key_F8)
    assert desk.stack.currentWidget() is desk.login_screen
    assert not desk.counter_screen.concerns_button.isVisibleTo(desk)
    assert not desk.desk_screen.concerns_button.isVisibleTo(desk)


def test_a_new_concern_appears_in_the_open_inbox_and_is_counted(qtbot, desk, office):
    log_in(qtbot, desk)
    open_counter(qtbot, desk)
    assert desk.desk_screen.concerns_button.accessibleName().startswith("Concerns")
    assert "new" not in desk.desk_screen.concerns_button.text()
    qtbot.keyClick(desk.desk_screen.waiting_list.tree, Qt.Key.Key_F8)
    assert inbox_codes(desk) == []

    code = lamp(office)  # at the citizen kiosk, while the clerk looks at the inbox
    qtbot.waitUntil(lambda: inbox_codes(desk) == [code])
    qtbot.waitUntil(lambda: "new: 1" in desk.desk_screen.concerns_button.text())
    assert "new: 1" in desk.counter_screen.concerns_button.text()

    # taking it in hand: no longer "new"
    desk.concerns_inbox.open_concern(code)
    qtbot.mouseClick(desk.concerns_inbox.status_buttons[ConcernStatus.IN_PROGRESS], LEFT)
    assert office.get_concern(code).status is ConcernStatus.IN_PROGRESS
    qtbot.waitUntil(lambda: "new" not in desk.desk_screen.concerns_button.text())
    qtbot.mouseClick(desk.concerns_page.back_button, LEFT)
    assert desk.stack.currentWidget() is desk.desk_screen


def test_logging_out_leaves_no_concern_on_screen(qtbot, desk, office):
    lamp(office)
    log_in(qtbot, desk)
    qtbot.mouseClick(desk.counter_screen.concerns_button, LEFT)
    assert inbox_codes(desk)
    desk.log_out()
    assert desk.stack.currentWidget() is desk.login_screen
    assert inbox_codes(desk) == []
    assert desk.concerns_inbox.current is None


def test_the_concerns_button_reads_arabic(qtbot, desk, office):
    lamp(office)
    desk.set_language("ar")
    log_in(qtbot, desk)
    text = desk.counter_screen.concerns_button.text()
    assert "الانشغالات" in text and "1" in text and "F8" in text
    qtbot.mouseClick(desk.counter_screen.concerns_button, LEFT)
    assert desk.concerns_page.back_button.accessibleName().startswith("العودة")
    assert desk.concerns_page.layoutDirection() == Qt.LayoutDirection.RightToLeft


# ---- over the LAN -------------------------------------------------------------------------

def test_a_desk_over_the_lan_counts_and_lists_the_hubs_concerns(qtbot, qapp, hub, remote, office, settings):
    window = build_desk_window(remote, settings, retry_ms=200)
    assert window.caller.background
    qtbot.addWidget(window)
    window.show()
    window.set_language("en")
    try:
        log_in(qtbot, window)
        code = lamp(office)  # registered at the kiosk on the hub PC
        qtbot.waitUntil(lambda: "new: 1" in window.counter_screen.concerns_button.text(), timeout=10_000)
        qtbot.keyClick(window.counter_screen.number_edit, Qt.Key.Key_F8)
        assert window.stack.currentWidget() is window.concerns_page
        qtbot.waitUntil(lambda: inbox_codes(window) == [code], timeout=10_000)
        second = lamp(office)
        qtbot.waitUntil(lambda: sorted(inbox_codes(window)) == sorted([code, second]), timeout=10_000)
        qtbot.mouseClick(window.concerns_page.back_button, LEFT)
        assert window.stack.currentWidget() is window.counter_screen
        qtbot.waitUntil(lambda: "new: 2" in window.counter_screen.concerns_button.text(), timeout=10_000)
    finally:
        window.close()
        window.caller.worker.wait_for_done(10_000)
