"""The desk on a counter PC, over the real LAN client and a real hub on loopback:
live line through the hub's event stream, actions through HTTP, and the hub switched
off and on again under the clerk's hands."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.domain.tickets import TicketStatus
from kiosk.hub.running import HubServer
from kiosk.ui.desk.app import build_desk_window

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def desk(qtbot, qapp, remote, settings):
    window = build_desk_window(remote, settings, retry_ms=200)
    assert window.caller.background
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.login_screen.name_edit, "Amina")
    qtbot.keyClicks(window.login_screen.pin_edit, "4829")
    qtbot.mouseClick(window.login_screen.login_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.counter_screen, timeout=10_000)
    qtbot.keyClicks(window.counter_screen.number_edit, "2")
    qtbot.mouseClick(window.counter_screen.service_boxes["EC-N12"].box, LEFT)
    qtbot.mouseClick(window.counter_screen.open_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.desk_screen, timeout=10_000)
    yield window
    window.close()
    window.caller.worker.wait_for_done(10_000)


def test_a_desk_over_the_lan_serves_the_line(qtbot, desk, office):
    issued = office.issue_ticket("EC-N12")  # at the kiosk, on the hub PC
    tree = desk.desk_screen.waiting_list.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=10_000)
    qtbot.mouseClick(desk.desk_screen.buttons["call_next"], LEFT)
    qtbot.waitUntil(lambda: desk.desk_screen.ticket_panel.label.text() == issued.ticket.label, timeout=10_000)
    assert office.ticket(issued.ticket.id).status is TicketStatus.CALLED
    qtbot.mouseClick(desk.desk_screen.buttons["finish"], LEFT)
    qtbot.waitUntil(lambda: office.ticket(issued.ticket.id).status is TicketStatus.DONE, timeout=10_000)
    qtbot.waitUntil(lambda: desk.desk_screen.figure_values["served"].text() == "1", timeout=10_000)


def test_the_hub_switched_off_and_on_again(qtbot, desk, office, hub):
    issued = office.issue_ticket("EC-N12")
    qtbot.waitUntil(lambda: desk.desk_screen.waiting_list.tree.topLevelItemCount() == 1, timeout=10_000)
    port = hub.port
    hub.stop()
    qtbot.waitUntil(lambda: desk.banner.state == "lost", timeout=10_000)  # from the event stream
    qtbot.mouseClick(desk.desk_screen.buttons["call_next"], LEFT)
    qtbot.waitUntil(lambda: desk.banner.state == "pending", timeout=10_000)
    assert office.ticket(issued.ticket.id).status is TicketStatus.WAITING  # not applied, and said so

    again = HubServer(office, "127.0.0.1", port, heartbeat_s=1.0).start()  # the hub PC restarted
    try:
        qtbot.waitUntil(lambda: desk.banner.state in ("applied", "hidden"), timeout=15_000)
        qtbot.waitUntil(lambda: desk.desk_screen.ticket_panel.label.text() == issued.ticket.label, timeout=10_000)
        assert office.ticket(issued.ticket.id).status is TicketStatus.CALLED
        assert [t.id for t in office.waiting_tickets(["EC-N12"])] == []
    finally:
        desk.close()
        desk.caller.worker.wait_for_done(10_000)
        again.stop()
