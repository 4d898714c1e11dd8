"""The desk on a counter PC over the real LAN client and a real hub on loopback never calls
the office on its GUI thread, not even to read a property: over the LAN each one may be an
HTTP request that holds the screen for seconds while it retries.

A clerk logs in, opens a counter, calls, starts and finishes a ticket, opens the concerns
inbox, reads a concern, adds a note, changes a status; a central catalogue change arrives
(the remote client then forgets its catalogue) and the clerk reads another concern and
serves on. `GuiThreadCalls` (benchmarks/citizen_walk.py) notes every office call made on
the GUI thread from the moment the window is built."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from benchmarks.citizen_walk import GuiThreadCalls
from kiosk.domain.concerns import ConcernDraft, ConcernStatus, HistoryKind
from kiosk.domain.tickets import TicketStatus
from kiosk.ui.desk.app import build_desk_window
from kiosk.ui.desk.texts import current_language

LEFT = Qt.MouseButton.LeftButton
WAIT_MS = 10_000
SERVICE = "EC-N12"


@pytest.fixture
def desk(qtbot, qapp, remote, settings):
    calls = GuiThreadCalls(remote)
    window = build_desk_window(calls, settings, retry_ms=200)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    calls.start()  # the office's name and catalogue are read once before the window exists
    yield window, calls
    window.close()
    window.caller.worker.wait_for_done(WAIT_MS)


def _apply_central_change(office, data) -> None:
    """As the hub's sync thread does when the central server changed a service."""
    results: list[str] = []
    thread = threading.Thread(target=lambda: results.append(office.apply_catalogue_update(data)))
    thread.start()
    thread.join(10)
    assert results == ["applied"]


def _open_concern(qtbot, inbox, code: str) -> None:
    qtbot.waitUntil(lambda: inbox.item_for(code) is not None, timeout=WAIT_MS)
    inbox.list.setCurrentItem(inbox.item_for(code))
    qtbot.waitUntil(lambda: inbox.current is not None and inbox.current.code == code and not inbox._opening,
                    timeout=WAIT_MS)


def test_a_clerk_works_a_whole_shift_and_no_office_call_is_on_the_gui_thread(qtbot, desk, office):
    window, calls = desk
    roads = office.register_concern(ConcernDraft("roads", "حفرة كبيرة في الطريق الرئيسي", "ar")).code
    water = office.register_concern(ConcernDraft("water", "Pas d'eau depuis trois jours", "fr")).code
    issued = office.issue_ticket(SERVICE)

    # log in, open a counter
    qtbot.keyClicks(window.login_screen.name_edit, "Amina")
    qtbot.keyClicks(window.login_screen.pin_edit, "4829")
    qtbot.mouseClick(window.login_screen.login_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.counter_screen, timeout=WAIT_MS)
    qtbot.keyClicks(window.counter_screen.number_edit, "3")
    qtbot.mouseClick(window.counter_screen.service_boxes[SERVICE].box, LEFT)
    qtbot.mouseClick(window.counter_screen.open_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.desk_screen, timeout=WAIT_MS)

    # call, start, finish
    screen = window.desk_screen
    qtbot.waitUntil(lambda: screen.waiting_list.tree.topLevelItemCount() == 1, timeout=WAIT_MS)
    for action, status in (("call_next", TicketStatus.CALLED), ("start", TicketStatus.SERVING),
                           ("finish", TicketStatus.DONE)):
        qtbot.waitUntil(lambda a=action: screen.buttons[a].isEnabled(), timeout=WAIT_MS)
        qtbot.mouseClick(screen.buttons[action], LEFT)
        qtbot.waitUntil(lambda s=status: office.ticket(issued.ticket.id).status is s, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: screen.figure_values["served"].text() == "1", timeout=WAIT_MS)

    # the concerns inbox: read one, note it, move it on
    qtbot.waitUntil(lambda: screen.concerns_button.isVisible(), timeout=WAIT_MS)
    qtbot.mouseClick(screen.concerns_button, LEFT)
    inbox = window.concerns_inbox
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.concerns_page, timeout=WAIT_MS)
    _open_concern(qtbot, inbox, roads)
    qtbot.keyClicks(inbox.note_edit, "Equipe sur place demain")
    qtbot.mouseClick(inbox.internal_button, LEFT)
    qtbot.waitUntil(lambda: any(e.kind is HistoryKind.INTERNAL_NOTE for e in office.get_concern(roads).history),
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: inbox.status_buttons[ConcernStatus.IN_PROGRESS].isEnabled(), timeout=WAIT_MS)
    qtbot.mouseClick(inbox.status_buttons[ConcernStatus.IN_PROGRESS], LEFT)
    qtbot.waitUntil(lambda: office.get_concern(roads).status is ConcernStatus.IN_PROGRESS, timeout=WAIT_MS)

    assert calls.names() == []

    # the central server renames the service: the desk reads the catalogue again, off the GUI thread
    renamed = "État civil (guichet unique)"
    _apply_central_change(office, {"code": SERVICE, "names": {current_language(): renamed}})
    qtbot.waitUntil(lambda: window.model.service(SERVICE).name(current_language()) == renamed, timeout=WAIT_MS)
    _open_concern(qtbot, inbox, water)  # its category's name, after the catalogue was forgotten
    assert inbox.fields["category"].text()

    # back at the counter, the next citizen's ticket shows the new name
    qtbot.mouseClick(window.concerns_page.back_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.desk_screen, timeout=WAIT_MS)
    office.issue_ticket(SERVICE)
    qtbot.waitUntil(lambda: screen.waiting_list.tree.topLevelItemCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: any(renamed in screen.waiting_list.tree.topLevelItem(0).text(column)
                                for column in range(screen.waiting_list.tree.columnCount())), timeout=WAIT_MS)

    assert calls.names() == []
