"""A desk whose hub drops out says so plainly, keeps the clerk's action, and applies it
exactly once when the hub answers again — or says clearly that it was refused.

`FlakyHub` stands in for the LAN client (`RemoteOffice`): the same facade over a real
office, raising the client's real refusal (`OfficeError` code "hub_unreachable") and
sending its "hub.connection" events. It can lose a call before it reaches the office
(nothing applied) or after (applied, answer lost) — the case that makes retries
dangerous without action ids.
"""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from kiosk.domain.tickets import Priority, TicketStatus
from kiosk.office import OfficeError, OfficeEvent
from kiosk.ui.desk.app import build_desk_window
from kiosk.ui.desk.connection_banner import NOTICE_MS
from kiosk.ui.desk.texts import DeskTexts
from kiosk.ui.desk.window import RETRY_MS

LEFT = Qt.MouseButton.LeftButton


class HubUnreachable(OfficeError):
    def __init__(self):
        super().__init__("hub_unreachable", "the office hub did not answer after 3 attempts")


class FlakyHub:
    def __init__(self, office):
        self._office = office
        self._lock = threading.Lock()
        self.lose: dict[str, str] = {}  # method → "before" (not applied) / "after" (applied, answer lost)
        self.down = False  # every call fails until it is back
        self.deaf = False  # office events are lost on the way (the desk must resync)
        self.gate: threading.Event | None = None  # set: calls wait for it (a slow network)
        self.calls: list[tuple[str, str | None]] = []
        self._listeners = []
        office.subscribe(self._forward)

    def __getattr__(self, name):
        target = getattr(self._office, name)
        if not callable(target):
            return target

        def call(*args, **kwargs):
            gate = self.gate
            if gate is not None and "action_id" in kwargs:  # desk actions take their time on the network
                gate.wait(5)
            with self._lock:
                self.calls.append((name, kwargs.get("action_id")))
                mode = "before" if self.down else self.lose.pop(name, None)
            if mode == "before":
                raise HubUnreachable()
            result = target(*args, **kwargs)
            if mode == "after":
                raise HubUnreachable()
            return result

        return call

    def subscribe(self, listener):
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _forward(self, event):
        if self.deaf and event.kind.startswith("ticket."):
            return
        for listener in list(self._listeners):
            listener(event)

    def connection(self, online: bool) -> None:
        self.down = not online
        self._forward(OfficeEvent("hub.connection", {"online": online}))


@pytest.fixture
def hub(office):
    office.add_staff("Amina", "clerk", "4829")
    return FlakyHub(office)


@pytest.fixture
def desk(qtbot, qapp, hub, settings, ui_clock):
    window = build_desk_window(hub, settings, clock=ui_clock)  # the retry timer fires when the test says
    assert window.caller.background  # a remote office: calls leave the UI thread
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    screen = window.login_screen
    qtbot.keyClicks(screen.name_edit, "Amina")
    qtbot.keyClicks(screen.pin_edit, "4829")
    qtbot.mouseClick(screen.login_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.counter_screen)
    qtbot.keyClicks(window.counter_screen.number_edit, "2")
    qtbot.mouseClick(window.counter_screen.service_boxes["EC-N12"].box, LEFT)
    qtbot.mouseClick(window.counter_screen.open_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.desk_screen)
    qtbot.waitUntil(lambda: window.caller.worker.pending() == 0)  # the first reading of the line is in
    yield window
    window.close()
    window.caller.worker.wait_for_done()


def called(office, tickets):
    return [t for t in tickets if office.ticket(t.ticket.id).status is TicketStatus.CALLED]


def wait_line(qtbot, desk, count):
    qtbot.waitUntil(lambda: desk.desk_screen.waiting_list.tree.topLevelItemCount() == count)


@pytest.mark.parametrize("lost", ["before", "after"])
def test_call_next_lost_on_the_way_is_applied_once_when_the_hub_is_back(qtbot, desk, hub, office, lost):
    tickets = [office.issue_ticket("EC-N12"), office.issue_ticket("EC-N12", Priority.ELDERLY)]
    wait_line(qtbot, desk, 2)
    hub.lose["call_next"] = lost
    qtbot.mouseClick(desk.desk_screen.buttons["call_next"], LEFT)

    banner = desk.banner
    qtbot.waitUntil(lambda: banner.state == "pending")
    assert banner.isVisible()
    assert banner.text_label.text() == banner.tr(
        "Connection to the office hub lost — your last action “%1” was not applied. "
        "It will be retried automatically and will not be done twice."
    ).replace("%1", desk.counter_actions.tr("Call next"))
    # nothing more can be sent while the action waits: no second "call next" behind the clerk's back
    assert not desk.desk_screen.buttons["call_next"].isEnabled()
    desk.desk_screen.request("call_next")
    assert called(office, tickets) == ([] if lost == "before" else [tickets[1]])

    hub.connection(True)
    qtbot.waitUntil(lambda: banner.state == "applied")
    qtbot.waitUntil(lambda: desk.desk_screen.ticket_panel.ticket is not None)
    assert called(office, tickets) == [tickets[1]]  # the priority ticket, once; the other still waits
    assert desk.desk_screen.ticket_panel.label.text() == tickets[1].ticket.label
    ids = [action_id for name, action_id in hub.calls if name == "call_next"]
    assert len(ids) == 2 and ids[0] == ids[1]  # the retry carried the same action id
    qtbot.waitUntil(lambda: desk.desk_screen.buttons["recall"].isEnabled())


def test_buttons_are_disabled_while_an_action_travels(qtbot, desk, hub, office):
    issued = office.issue_ticket("EC-N12")
    wait_line(qtbot, desk, 1)
    hub.gate = threading.Event()
    qtbot.mouseClick(desk.desk_screen.buttons["call_next"], LEFT)
    assert desk.in_flight is not None
    assert not any(button.isEnabled() for button in desk.desk_screen.buttons.values())
    assert not desk.desk_screen.logout_button.isEnabled()
    qtbot.keyClick(desk.desk_screen.waiting_list.tree, Qt.Key.Key_F1)  # impatient clerk: ignored
    hub.gate.set()
    qtbot.waitUntil(lambda: desk.desk_screen.buttons["finish"].isEnabled())
    assert [name for name, _ in hub.calls].count("call_next") == 1
    assert office.ticket(issued.ticket.id).status is TicketStatus.CALLED
    hub.gate = None


def test_finish_retried_by_the_timer_is_not_done_twice(qtbot, desk, hub, office, clock, ui_clock):
    issued = office.issue_ticket("EC-N12")
    wait_line(qtbot, desk, 1)
    qtbot.mouseClick(desk.desk_screen.buttons["call_next"], LEFT)
    qtbot.waitUntil(lambda: desk.desk_screen.buttons["finish"].isEnabled())
    hub.lose["finish"] = "after"
    qtbot.mouseClick(desk.desk_screen.buttons["finish"], LEFT)
    qtbot.waitUntil(lambda: desk.banner.state == "pending")
    ui_clock.advance(ms=RETRY_MS - 1)
    assert [name for name, _ in hub.calls].count("finish") == 1  # not yet sent again
    ui_clock.advance(ms=1)  # the retry timer sends it again, with the same action id
    qtbot.waitUntil(lambda: desk.banner.state == "applied")
    assert office.ticket(issued.ticket.id).status is TicketStatus.DONE
    finishes = [action_id for name, action_id in hub.calls if name == "finish"]
    assert len(finishes) == 2 and finishes[0] == finishes[1]
    qtbot.waitUntil(lambda: desk.desk_screen.figure_values["served"].text() == "1")
    assert not desk.retry_timer.isActive()
    # "applied" stays up for a while, then the banner goes by itself
    ui_clock.advance(ms=NOTICE_MS - 1)
    assert desk.banner.state == "applied"
    ui_clock.advance(ms=1)
    assert desk.banner.state == "hidden" and not desk.banner.isVisible()


def test_an_action_refused_on_retry_is_said_clearly(qtbot, desk, hub, office):
    issued = office.issue_ticket("EC-N12")
    wait_line(qtbot, desk, 1)
    qtbot.mouseClick(desk.desk_screen.buttons["call_next"], LEFT)
    qtbot.waitUntil(lambda: desk.desk_screen.buttons["no_show"].isEnabled())
    hub.connection(False)
    qtbot.mouseClick(desk.desk_screen.buttons["no_show"], LEFT)
    qtbot.waitUntil(lambda: desk.banner.state == "pending")
    # meanwhile a supervisor at the hub finishes that citizen
    token = office.login("Amina", "4829").token
    office.finish(token, issued.ticket.id)
    hub.connection(True)
    qtbot.waitUntil(lambda: desk.desk_screen.message_label.isVisible())
    assert desk.desk_screen.message_label.text() == DeskTexts().refusal("bad_state")
    assert desk.banner.state == "hidden"
    assert office.ticket(issued.ticket.id).status is TicketStatus.DONE


def test_a_pending_action_can_be_cancelled(qtbot, desk, hub, office):
    office.issue_ticket("EC-N12")
    wait_line(qtbot, desk, 1)
    hub.connection(False)
    qtbot.waitUntil(lambda: desk.banner.state == "lost")
    qtbot.mouseClick(desk.desk_screen.buttons["call_next"], LEFT)
    qtbot.waitUntil(lambda: desk.banner.state == "pending")
    qtbot.mouseClick(desk.banner.cancel_button, LEFT)
    assert desk.banner.state == "cancelled"
    hub.connection(True)
    qtbot.waitUntil(lambda: desk.desk_screen.buttons["call_next"].isEnabled())
    assert office.waiting_count("EC-N12") == 1  # never applied


def test_cancelling_while_a_retry_travels_does_not_bring_it_back(qtbot, desk, hub, office):
    office.issue_ticket("EC-N12")
    wait_line(qtbot, desk, 1)
    hub.down = True
    qtbot.mouseClick(desk.desk_screen.buttons["call_next"], LEFT)
    qtbot.waitUntil(lambda: desk.banner.state == "pending")
    hub.gate = threading.Event()
    desk.retry_now()  # the retry is on the network…
    assert desk.in_flight is not None
    qtbot.mouseClick(desk.banner.cancel_button, LEFT)  # …when the clerk gives up
    hub.gate.set()
    qtbot.waitUntil(lambda: desk.in_flight is None)
    hub.gate = None
    assert desk.pending is None and desk.banner.state in ("cancelled", "lost")  # the hub is still down
    hub.connection(True)
    qtbot.waitUntil(lambda: desk.desk_screen.buttons["call_next"].isEnabled())
    assert office.waiting_count("EC-N12") == 1
    assert [name for name, _ in hub.calls].count("call_next") == 2  # the first try and the one retry, no more


def test_losing_the_hub_is_shown_and_the_line_recovers_by_itself(qtbot, desk, hub, office):
    hub.connection(False)
    qtbot.waitUntil(lambda: desk.banner.state == "lost")
    assert desk.banner.isVisible() and desk.banner.text_label.text()
    hub.down = False  # the cable is back; the client reports it
    hub.connection(True)
    qtbot.waitUntil(lambda: desk.banner.state == "hidden")
    issued = office.issue_ticket("EC-N12")
    qtbot.waitUntil(lambda: desk.desk_screen.waiting_list.tree.topLevelItemCount() == 1)
    assert desk.desk_screen.waiting_list.tree.topLevelItem(0).text(0) == issued.ticket.label


def test_resync_reads_the_line_again(qtbot, desk, hub, office):
    # tickets issued while this desk heard nothing (events lost with the connection)
    hub.deaf = True
    office.issue_ticket("EC-N12")
    office.issue_ticket("EC-N12")
    hub.deaf = False
    qtbot.wait(50)  # give any (wrongly) delivered event the chance to show
    assert desk.desk_screen.waiting_list.tree.topLevelItemCount() == 0
    hub._forward(OfficeEvent("hub.resync", {}))
    wait_line(qtbot, desk, 2)


def test_log_in_while_the_hub_is_unreachable_says_so(qtbot, qapp, hub, settings, ui_clock):
    window = build_desk_window(hub, settings, clock=ui_clock)
    qtbot.addWidget(window)
    window.show()
    hub.down = True
    qtbot.keyClicks(window.login_screen.name_edit, "Amina")
    qtbot.keyClicks(window.login_screen.pin_edit, "4829")
    qtbot.mouseClick(window.login_screen.login_button, LEFT)
    qtbot.waitUntil(lambda: window.login_screen.error_label.isVisible())
    assert window.login_screen.error_label.text() == DeskTexts().refusal("hub_unreachable")
    assert window.banner.state == "lost"
    window.close()
    window.caller.worker.wait_for_done()
