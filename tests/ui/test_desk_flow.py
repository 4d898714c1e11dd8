"""Desk mode, clicked like a clerk: open a counter, watch the line fill live, call, serve,
transfer, and read the stored tickets back from the office."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from kiosk.domain.tickets import Priority, TicketStatus
from kiosk.ui.desk.app import build_desk_window
from kiosk.ui.desk.texts import DeskTexts
from kiosk.ui.desk.window import TICK_MS

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def desk(qtbot, qapp, office, settings, ui_clock):
    office.add_staff("Amina", "clerk", "4829")
    window = build_desk_window(office, settings, clock=ui_clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def log_in(qtbot, window, name="Amina", pin="4829", timeout=5000):
    screen = window.login_screen
    qtbot.keyClicks(screen.name_edit, name)
    qtbot.keyClicks(screen.pin_edit, pin)
    qtbot.mouseClick(screen.login_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.counter_screen, timeout=timeout)


def open_counter(qtbot, window, number="3", services=("EC-N12", "AD-RES"), timeout=5000):
    screen = window.counter_screen
    screen.number_edit.clear()
    qtbot.keyClicks(screen.number_edit, number)
    for code in services:
        qtbot.mouseClick(screen.service_boxes[code].box, LEFT)
    qtbot.mouseClick(screen.open_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.desk_screen, timeout=timeout)


def line_labels(window) -> list[str]:
    tree = window.desk_screen.waiting_list.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def current_label(window) -> str:
    return window.desk_screen.ticket_panel.label.text()


def click(qtbot, window, action):
    button = window.desk_screen.buttons[action]
    assert button.isEnabled(), f"{action} is disabled"
    qtbot.mouseClick(button, LEFT)


@pytest.fixture
def serving(qtbot, desk):
    log_in(qtbot, desk)
    open_counter(qtbot, desk)
    return desk


def test_opening_a_counter_stores_it_with_its_services(qtbot, desk, office):
    log_in(qtbot, desk)
    open_counter(qtbot, desk, "3", ("EC-N12", "AD-RES"))
    counter = next(c for c in office.counters() if c["number"] == "3")
    assert counter["status"] == "open"
    assert set(counter["services"]) == {"EC-N12", "AD-RES"}
    assert counter["staff_name"] == "Amina"
    assert "Amina" in desk.desk_screen.status_label.text()
    assert desk.desk_screen.findChild(type(desk.desk_screen.sync_indicator_slot), "sync_indicator_slot") is not None


def test_a_counter_needs_a_number_and_a_service(qtbot, desk, office):
    log_in(qtbot, desk)
    qtbot.mouseClick(desk.counter_screen.open_button, LEFT)
    assert desk.counter_screen.error_label.text()
    assert desk.stack.currentWidget() is desk.counter_screen
    assert office.counters() == []


def test_tickets_issued_at_the_kiosk_appear_in_the_line_live(qtbot, serving, office, clock):
    assert line_labels(serving) == []
    first = office.issue_ticket("EC-N12")
    qtbot.waitUntil(lambda: line_labels(serving) == [first.ticket.label])
    clock.advance(seconds=30)
    second = office.issue_ticket("AD-RES")
    office.issue_ticket("BIO-PP")  # not served at this counter
    qtbot.waitUntil(lambda: line_labels(serving) == [first.ticket.label, second.ticket.label])
    assert serving.desk_screen.waiting_list.caption.text().endswith("2")


def test_waiting_minutes_move_on_with_the_desk_tick_alone(qtbot, serving, office, clock, ui_clock):
    issued = office.issue_ticket("EC-N12")
    qtbot.waitUntil(lambda: line_labels(serving) == [issued.ticket.label])
    tree = serving.desk_screen.waiting_list.tree
    assert tree.topLevelItem(0).text(2) == DeskTexts().minutes(0)
    clock.advance(minutes=12)  # the office's time moves on; nothing happens in the line
    ui_clock.advance(ms=TICK_MS - 1)
    assert tree.topLevelItem(0).text(2) == DeskTexts().minutes(0)
    ui_clock.advance(ms=1)  # the desk's tick: "waiting 12 min" without reading the office again
    assert tree.topLevelItem(0).text(2) == DeskTexts().minutes(12)


def test_call_next_calls_the_priority_ticket_first(qtbot, serving, office, clock):
    plain = office.issue_ticket("EC-N12")
    clock.advance(minutes=1)  # arrives later, yet goes first
    elderly = office.issue_ticket("AD-RES", Priority.ELDERLY)
    qtbot.waitUntil(lambda: len(line_labels(serving)) == 2)
    assert line_labels(serving)[0] == elderly.ticket.label
    click(qtbot, serving, "call_next")
    qtbot.waitUntil(lambda: current_label(serving) == elderly.ticket.label)
    assert serving.desk_screen.ticket_panel.badge.isVisible()
    stored = office.ticket(elderly.ticket.id)
    assert stored.status is TicketStatus.CALLED and stored.counter == "3" and stored.clerk == "Amina"
    assert office.ticket(plain.ticket.id).status is TicketStatus.WAITING
    qtbot.waitUntil(lambda: line_labels(serving) == [plain.ticket.label])
    # a citizen in hand: finish (or no-show / transfer) before calling the next one
    assert not serving.desk_screen.buttons["call_next"].isEnabled()


@pytest.mark.parametrize("key", [Qt.Key.Key_F1, Qt.Key.Key_Space])
def test_call_next_from_the_keyboard(qtbot, serving, office, clock, key):
    office.issue_ticket("EC-N12")
    clock.advance(minutes=1)
    pregnant = office.issue_ticket("EC-N12", Priority.PREGNANCY)
    qtbot.waitUntil(lambda: len(line_labels(serving)) == 2)
    serving.activateWindow()
    qtbot.waitUntil(serving.isActiveWindow)
    qtbot.keyClick(serving.desk_screen.waiting_list.tree, key)
    qtbot.waitUntil(lambda: current_label(serving) == pregnant.ticket.label)
    assert office.ticket(pregnant.ticket.id).status is TicketStatus.CALLED


def test_keys_for_recall_start_finish(qtbot, serving, office):
    issued = office.issue_ticket("EC-N12")
    qtbot.waitUntil(lambda: len(line_labels(serving)) == 1)
    serving.activateWindow()
    qtbot.waitUntil(serving.isActiveWindow)
    tree = serving.desk_screen.waiting_list.tree
    qtbot.keyClick(tree, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: office.ticket(issued.ticket.id).status is TicketStatus.CALLED)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: office.ticket(issued.ticket.id).recalls == 1)
    qtbot.keyClick(tree, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: office.ticket(issued.ticket.id).status is TicketStatus.SERVING)
    qtbot.keyClick(tree, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: office.ticket(issued.ticket.id).status is TicketStatus.DONE)


def test_recall_start_finish_with_the_buttons_and_figures_follow(qtbot, serving, office, clock):
    issued = office.issue_ticket("EC-N12")
    qtbot.waitUntil(lambda: len(line_labels(serving)) == 1)
    click(qtbot, serving, "call_next")
    qtbot.waitUntil(lambda: current_label(serving) == issued.ticket.label)
    click(qtbot, serving, "recall")
    qtbot.waitUntil(lambda: office.ticket(issued.ticket.id).recalls == 1)
    click(qtbot, serving, "start")
    qtbot.waitUntil(lambda: office.ticket(issued.ticket.id).status is TicketStatus.SERVING)
    assert serving.desk_screen.ticket_panel.state_label.text().startswith(DeskTexts().status(TicketStatus.SERVING))
    clock.advance(minutes=6)
    click(qtbot, serving, "finish")
    qtbot.waitUntil(lambda: office.ticket(issued.ticket.id).status is TicketStatus.DONE)
    values = serving.desk_screen.figure_values
    qtbot.waitUntil(lambda: values["served"].text() == "1")
    assert values["no_shows"].text() == "0"
    assert values["average"].text() == DeskTexts().minutes(6)
    assert serving.desk_screen.ticket_panel.ticket is None
    assert serving.desk_screen.buttons["call_next"].isEnabled()


def test_no_show_is_stored_and_counted(qtbot, serving, office):
    issued = office.issue_ticket("AD-RES")
    qtbot.waitUntil(lambda: len(line_labels(serving)) == 1)
    click(qtbot, serving, "call_next")
    qtbot.waitUntil(lambda: serving.desk_screen.buttons["no_show"].isEnabled())
    click(qtbot, serving, "no_show")
    qtbot.waitUntil(lambda: office.ticket(issued.ticket.id).status is TicketStatus.NO_SHOW)
    qtbot.waitUntil(lambda: serving.desk_screen.figure_values["no_shows"].text() == "1")
    assert serving.desk_screen.figure_values["served"].text() == "0"


def test_transfer_keeps_the_citizens_place_in_the_new_line(qtbot, serving, office, clock):
    early = office.issue_ticket("EC-N12")
    clock.advance(minutes=5)
    later = office.issue_ticket("BIO-PP")  # already waiting in the passport line
    qtbot.waitUntil(lambda: len(line_labels(serving)) == 1)
    click(qtbot, serving, "call_next")
    qtbot.waitUntil(lambda: current_label(serving) == early.ticket.label)
    click(qtbot, serving, "transfer")
    qtbot.waitUntil(lambda: serving.transfer_dialog is not None and serving.transfer_dialog.isVisible())
    dialog = serving.transfer_dialog
    codes = [dialog.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.list.count())]
    assert "EC-N12" not in codes  # not back into the line it is in
    assert not dialog.transfer_button.isEnabled()
    assert dialog.choose("BIO-PP")
    qtbot.mouseClick(dialog.transfer_button, LEFT)
    qtbot.waitUntil(lambda: office.ticket(early.ticket.id).queue_service == "BIO-PP")
    moved = office.ticket(early.ticket.id)
    assert moved.status is TicketStatus.WAITING and moved.transferred_from == "EC-N12"
    # earlier arrival: first in the passport line, ahead of the ticket already there
    assert [t.id for t in office.waiting_tickets(["BIO-PP"])] == [early.ticket.id, later.ticket.id]
    qtbot.waitUntil(lambda: serving.desk_screen.ticket_panel.ticket is None)


def test_transfer_can_be_cancelled(qtbot, serving, office):
    issued = office.issue_ticket("EC-N12")
    qtbot.waitUntil(lambda: len(line_labels(serving)) == 1)
    click(qtbot, serving, "call_next")
    qtbot.waitUntil(lambda: serving.desk_screen.buttons["transfer"].isEnabled())
    click(qtbot, serving, "transfer")
    qtbot.waitUntil(lambda: serving.transfer_dialog is not None)
    qtbot.mouseClick(serving.transfer_dialog.cancel_button, LEFT)
    qtbot.waitUntil(lambda: serving.transfer_dialog is None)
    assert office.ticket(issued.ticket.id).status is TicketStatus.CALLED


def test_call_a_given_ticket_by_double_click(qtbot, serving, office, clock):
    first = office.issue_ticket("EC-N12")
    clock.advance(minutes=1)
    chosen = office.issue_ticket("AD-RES")
    qtbot.waitUntil(lambda: len(line_labels(serving)) == 2)
    tree = serving.desk_screen.waiting_list.tree
    item = tree.topLevelItem(1)
    assert item.text(0) == chosen.ticket.label
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), LEFT, pos=rect.center())
    qtbot.waitUntil(lambda: current_label(serving) == chosen.ticket.label)
    assert office.ticket(chosen.ticket.id).status is TicketStatus.CALLED
    assert office.ticket(first.ticket.id).status is TicketStatus.WAITING


def test_call_the_selected_ticket_with_the_button(qtbot, serving, office):
    office.issue_ticket("EC-N12")
    chosen = office.issue_ticket("EC-N12")
    qtbot.waitUntil(lambda: len(line_labels(serving)) == 2)
    assert not serving.desk_screen.call_selected_button.isEnabled()
    assert serving.desk_screen.waiting_list.select_ticket(chosen.ticket.id)
    qtbot.waitUntil(serving.desk_screen.call_selected_button.isEnabled)
    qtbot.mouseClick(serving.desk_screen.call_selected_button, LEFT)
    qtbot.waitUntil(lambda: office.ticket(chosen.ticket.id).status is TicketStatus.CALLED)


def test_a_ticket_taken_by_another_counter_is_refused_clearly(qtbot, serving, office):
    issued = office.issue_ticket("EC-N12")
    qtbot.waitUntil(lambda: len(line_labels(serving)) == 1)
    serving.desk_screen.waiting_list.select_ticket(issued.ticket.id)
    # another clerk calls it first; this desk still has it selected
    office.add_staff("Karim", "clerk", "5937")
    other = office.login("Karim", "5937")
    office.open_counter(other.token, "4", ["EC-N12"])
    office.call_ticket(other.token, "4", issued.ticket.id)
    serving.call_ticket(issued.ticket.id)
    qtbot.waitUntil(lambda: serving.desk_screen.message_label.isVisible())
    assert serving.desk_screen.message_label.text() == DeskTexts().refusal("bad_state")
    assert office.ticket(issued.ticket.id).counter == "4"
    assert serving.desk_screen.ticket_panel.ticket is None


def test_nobody_waiting_is_said(qtbot, serving):
    click(qtbot, serving, "call_next")
    qtbot.waitUntil(serving.desk_screen.message_label.isVisible)
    assert serving.desk_screen.ticket_panel.ticket is None


def test_close_the_counter_and_log_out(qtbot, serving, office):
    qtbot.mouseClick(serving.desk_screen.close_counter_button, LEFT)
    qtbot.waitUntil(lambda: serving.stack.currentWidget() is serving.counter_screen)
    assert next(c for c in office.counters() if c["number"] == "3")["status"] == "closed"
    assert serving.counter_screen.number_edit.text() == "3"  # ready to open it again
    token = serving.session.token
    qtbot.mouseClick(serving.counter_screen.logout_button, LEFT)
    qtbot.waitUntil(lambda: serving.stack.currentWidget() is serving.login_screen)
    with pytest.raises(Exception) as refused:
        office.session(token)
    assert refused.value.code == "not_logged_in"


def test_log_out_from_the_desk_closes_the_counter(qtbot, serving, office):
    qtbot.mouseClick(serving.desk_screen.logout_button, LEFT)
    qtbot.waitUntil(lambda: serving.stack.currentWidget() is serving.login_screen)
    assert next(c for c in office.counters() if c["number"] == "3")["status"] == "closed"
    assert serving.login_screen.pin_edit.text() == ""


def test_the_current_ticket_comes_back_after_logging_in_again(qtbot, serving, office):
    issued = office.issue_ticket("EC-N12")
    qtbot.waitUntil(lambda: len(line_labels(serving)) == 1)
    click(qtbot, serving, "call_next")
    qtbot.waitUntil(lambda: current_label(serving) == issued.ticket.label)
    serving.close()  # the PC is restarted with a citizen at the counter
    again = build_desk_window(office, serving.settings)
    qtbot.addWidget(again)
    again.show()
    log_in(qtbot, again)
    assert again.counter_screen.number_edit.text() == "3"  # the counter this clerk had
    qtbot.mouseClick(again.counter_screen.open_button, LEFT)
    qtbot.waitUntil(lambda: current_label(again) == issued.ticket.label)
    again.close()


def test_keys_do_nothing_outside_the_desk_screen(qtbot, desk, office):
    office.issue_ticket("EC-N12")
    desk.activateWindow()
    qtbot.waitUntil(desk.isActiveWindow)
    qtbot.keyClick(desk.login_screen.login_button, Qt.Key.Key_F1)
    log_in(qtbot, desk)
    qtbot.keyClick(desk.counter_screen.open_button, Qt.Key.Key_F1)
    QCoreApplication.processEvents()  # the office is local: anything F1 started has happened by now
    assert office.waiting_count("EC-N12") == 1
    assert desk.stack.currentWidget() is desk.counter_screen


def test_keys_work_wherever_the_focus_is_in_the_window(qtbot, serving, office):
    issued = office.issue_ticket("EC-N12")
    qtbot.waitUntil(lambda: len(line_labels(serving)) == 1)
    serving.activateWindow()
    qtbot.waitUntil(serving.isActiveWindow)
    serving.desk_screen.logout_button.setFocus()
    qtbot.keyClick(serving.desk_screen.logout_button, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: office.ticket(issued.ticket.id).status is TicketStatus.CALLED)
    assert serving.stack.currentWidget() is serving.desk_screen
