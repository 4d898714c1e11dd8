"""The concerns inbox on a desk PC whose office is the LAN hub: office calls leave the GUI
thread, the clerk sees "Loading…"/"Sending…" meanwhile, a lost hub is said in the clerk's
language, and a note or status change that did not get through stays on screen and, sent
again, is applied once.

The hub here is a double around a real office: it blocks each call until the test opens
its gate (a slow hub) and can lose the next action, before or after applying it, raising
`HubUnreachable` as `RemoteOffice` does; like the hub, it applies an action once per
`action_id`.
"""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer

from kiosk.domain.concerns import ConcernStatus, HistoryKind
from kiosk.hub.client import HubUnreachable
from kiosk.i18n import install_language
from kiosk.ui.app import ensure_application
from kiosk.ui.desk.concerns_inbox import ConcernsInbox
from tests.ui.test_concern_flow import click
from tests.ui.test_concern_inbox import concerns, staff  # noqa: F401  (fixtures)

LOST = "the hub at http://192.0.2.10:8765 does not answer: check the network cable and that the hub PC is on"
UNREACHABLE_EN = ("The office hub cannot be reached. What you wrote is kept here: "
                  "press the same button again in a moment.")


class SlowHub:
    """`RemoteOffice` as the inbox uses it, over a real office: slow on demand, and lossy."""

    def __init__(self, office):
        self._office = office
        self.gate = threading.Event()
        self.gate.set()
        self.entered = threading.Event()  # a call is waiting at the gate
        self.threads: set[int] = set()
        self.lose: dict[str, str] = {}  # method → "before" / "after" applying: the next call's answer is lost
        self.sent: list[tuple[str, str | None]] = []  # (method, action_id) of each action that reached the hub
        self._answers: dict[str, object] = {}

    def __getattr__(self, name):  # info, catalogue, clock, zone: as the office has them
        return getattr(self._office, name)

    def _wait(self) -> None:
        self.threads.add(threading.get_ident())
        self.entered.set()
        if not self.gate.wait(10):
            raise HubUnreachable(LOST)

    def list_concerns(self, filters=None, *, can_see_contact=False):
        self._wait()
        return self._office.list_concerns(filters, can_see_contact=can_see_contact)

    def get_concern(self, code, can_see_contact=False):
        self._wait()
        return self._office.get_concern(code, can_see_contact=can_see_contact)

    # `by`: the office's `staff` argument (that name is the `staff` fixture's here)
    def add_concern_note(self, code, text, public, by=None, action_id=None):
        return self._action("add_concern_note", action_id, code, text, public, by)

    def change_concern_status(self, code, status, reason=None, by=None, action_id=None):
        return self._action("change_concern_status", action_id, code, status, reason, by)

    def _action(self, name, action_id, *args):
        self._wait()
        self.sent.append((name, action_id))
        lost = self.lose.pop(name, None)
        if lost == "before":
            raise HubUnreachable(LOST)
        if action_id in self._answers:  # the hub's `once`: a retry gets the first answer
            return self._answers[action_id]
        answer = getattr(self._office, name)(*args)
        if action_id:
            self._answers[action_id] = answer
        if lost == "after":
            raise HubUnreachable(LOST)  # applied, but the answer never came back
        return answer


@pytest.fixture
def hub(office):
    return SlowHub(office)


@pytest.fixture
def inbox(qtbot, hub, staff, concerns):  # noqa: F811
    ensure_application()
    install_language("en")
    current = {"session": staff["clerk"]}
    widget = ConcernsInbox(hub, lambda: current["session"])
    widget.current_session = current
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: len(widget.concerns) == 2)
    yield widget
    hub.gate.set()
    widget.caller.worker.wait_for_done(10_000)
    install_language("en")


def open_and_wait(qtbot, inbox, code):
    inbox.open_concern(code)
    qtbot.waitUntil(lambda: inbox.current is not None and inbox.current.code == code and inbox._opening is None)


def still_answers(qtbot) -> None:
    """The GUI thread runs its event loop: a timer set now fires."""
    fired = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)


def test_a_slow_hub_does_not_freeze_the_list(qtbot, inbox, hub):
    assert inbox.caller.background  # not a local Office: through the worker
    hub.gate.clear()
    hub.entered.clear()
    inbox.refresh()
    assert hub.entered.wait(5)  # the call is out, and waiting
    assert threading.get_ident() not in hub.threads
    still_answers(qtbot)
    assert inbox.busy_label.isVisible() and inbox.busy_label.text() == "Loading…"
    assert not inbox.refresh_button.isEnabled()
    assert len(inbox.concerns) == 2  # what was listed stays while the list is read again
    hub.gate.set()
    qtbot.waitUntil(lambda: not inbox.busy_label.isVisible())
    assert inbox.refresh_button.isEnabled()
    assert inbox.list.topLevelItemCount() == 2


def test_a_note_lost_on_the_way_is_kept_and_sent_again_once(qtbot, inbox, hub, office, concerns):  # noqa: F811
    code = concerns["with_contact"]
    open_and_wait(qtbot, inbox, code)
    hub.gate.clear()
    hub.entered.clear()
    hub.lose["add_concern_note"] = "before"
    inbox.note_edit.setPlainText("Appeler l'ADE demain")
    click(qtbot, inbox.internal_button)

    assert hub.entered.wait(5)
    still_answers(qtbot)
    assert inbox.busy_label.text() == "Sending…"
    assert not inbox.internal_button.isEnabled() and not inbox.public_button.isEnabled()
    assert not any(button.isEnabled() for button in inbox.status_buttons.values())
    assert inbox.note_edit.isReadOnly()  # what is out cannot change under way
    hub.gate.set()

    qtbot.waitUntil(lambda: inbox.error_label.isVisible())
    assert inbox.error_label.text() == UNREACHABLE_EN
    assert inbox.note_edit.toPlainText() == "Appeler l'ADE demain"  # nothing lost
    assert not inbox.note_edit.isReadOnly() and inbox.internal_button.isEnabled()
    assert inbox.current.code == code and inbox.list.currentItem() is inbox.item_for(code)
    assert not [h for h in office.get_concern(code).history if h.kind is HistoryKind.INTERNAL_NOTE]

    click(qtbot, inbox.internal_button)  # the clerk tries again
    qtbot.waitUntil(lambda: inbox.note_edit.toPlainText() == "")
    qtbot.waitUntil(lambda: not inbox.busy_label.isVisible())
    notes = [h for h in office.get_concern(code).history if h.kind is HistoryKind.INTERNAL_NOTE]
    assert [(n.text, n.by_staff) for n in notes] == [("Appeler l'ADE demain", "Amina")]
    (first, first_id), (again, again_id) = hub.sent
    assert first == again == "add_concern_note" and first_id and first_id == again_id
    assert not inbox.error_label.isVisible()
    assert inbox.history.count() == len(office.get_concern(code).history)  # the history shows it

    # A new note is a new action, with its own id.
    inbox.note_edit.setPlainText("L'ADE passe jeudi.")
    click(qtbot, inbox.internal_button)
    qtbot.waitUntil(lambda: len(hub.sent) == 3 and inbox.note_edit.toPlainText() == "")
    assert hub.sent[2][1] not in (None, first_id)


def test_a_status_change_applied_but_unanswered_is_not_applied_twice(qtbot, inbox, hub, office, concerns):  # noqa: F811
    code = concerns["anonymous"]
    open_and_wait(qtbot, inbox, code)
    hub.lose["change_concern_status"] = "after"
    inbox.reason_edit.setText("Relève de la wilaya, pas de la commune.")
    click(qtbot, inbox.status_buttons[ConcernStatus.REJECTED])
    qtbot.waitUntil(lambda: inbox.error_label.isVisible())
    assert inbox.error_label.text() == UNREACHABLE_EN
    assert inbox.reason_edit.text() == "Relève de la wilaya, pas de la commune."
    assert inbox.current.code == code

    click(qtbot, inbox.status_buttons[ConcernStatus.REJECTED])  # again: the hub knows this one
    qtbot.waitUntil(lambda: inbox.reason_edit.text() == "" and not inbox.busy_label.isVisible())
    qtbot.waitUntil(lambda: inbox.current is not None and inbox.current.status is ConcernStatus.REJECTED)
    changes = [h for h in office.get_concern(code).history
               if h.kind is HistoryKind.STATUS and h.status is not ConcernStatus.RECEIVED]
    assert [(h.status, h.text) for h in changes] == [
        (ConcernStatus.REJECTED, "Relève de la wilaya, pas de la commune.")]
    assert len({action_id for _name, action_id in hub.sent}) == 1


def test_a_lost_hub_is_said_in_arabic_and_the_list_stays(qtbot, inbox, hub):
    install_language("ar")
    qtbot.waitUntil(lambda: inbox.refresh_button.text() == "تحديث")
    qtbot.waitUntil(lambda: inbox._listing is False)

    def lost(*_args, **_kwargs):
        raise HubUnreachable(LOST)

    hub.list_concerns = lost
    inbox.refresh()
    qtbot.waitUntil(lambda: inbox.error_label.isVisible())
    assert inbox.error_label.text().startswith("تعذر الاتصال بخادم المكتب")
    assert "«تحديث»" in inbox.error_label.text()  # says what to press
    assert inbox.list.topLevelItemCount() == 2 and inbox.refresh_button.isEnabled()


def test_nothing_shows_up_after_logging_out_during_a_slow_read(qtbot, inbox, hub):
    hub.gate.clear()
    hub.entered.clear()
    inbox.refresh()
    assert hub.entered.wait(5)
    inbox.current_session["session"] = None
    inbox.refresh()  # as the desk does when the clerk logs out
    assert inbox.list.topLevelItemCount() == 0
    hub.gate.set()
    inbox.caller.worker.wait_for_done(10_000)
    qtbot.waitUntil(lambda: not inbox.busy_label.isVisible())
    assert inbox.list.topLevelItemCount() == 0 and inbox.current is None
    assert inbox.code_label.text() == "Please log in to see the concerns"


def test_the_list_and_filters_fit_at_1280_by_800(qtbot, inbox):
    for language in ("ar", "fr", "kab", "en"):
        install_language(language)
        qtbot.waitUntil(lambda: not inbox.busy_label.isVisible())
        combo = inbox.status_filter
        longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        assert longest < combo.width(), (language, longest, combo.width())
        assert not inbox.list.horizontalScrollBar().isVisible(), language
        header = inbox.list.header()
        assert sum(header.sectionSize(c) for c in range(4)) <= inbox.list.viewport().width(), language
        assert header.sectionSize(0) >= inbox.list.sizeHintForColumn(0), language  # codes in full
