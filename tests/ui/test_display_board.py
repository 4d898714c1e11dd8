"""The hall display board on a real office (fresh SQLite per test): calls, recent list,
waiting counts, announcements, the offline badge, and sizes from a TV to a small screen.

The board's timers (the refresh debounce, the retry, the flash) run on `ui_clock`: they
fire when a test moves it on."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from kiosk.config import Settings
from kiosk.hub.client import HubUnreachable
from kiosk.office import OfficeEvent
from kiosk.ui.display.announcer import Announcer
from kiosk.ui.display.app import build_display_board
from kiosk.ui.display.board import REFRESH_DEBOUNCE_MS, RETRY_MS
from kiosk.ui.display.probe import CallShownProbe, time_call_shown
from kiosk.ui.display.texts import spoken_label
from kiosk.ui.display.widgets import FLASH_MS


@pytest.fixture
def settings(tmp_path):
    return Settings(data_dir=tmp_path)


@pytest.fixture
def desk(office):
    """Amina's session with counter 3 open for birth extracts."""
    office.add_staff("Amina", "clerk", "4829")
    token = office.login("Amina", "4829").token
    office.open_counter(token, "3", ["EC-N12"])
    return token


@pytest.fixture
def make_board(qtbot, qapp, office, settings, ui_clock):
    boards = []

    def make(language="ar", size=(1920, 1080), announcer=None, on=None):
        board = build_display_board(on or office, settings, language=language, announcer=announcer, clock=ui_clock)
        qtbot.addWidget(board)
        board.resize(*size)
        board.show()
        qtbot.waitExposed(board)
        with qtbot.waitSignal(board.refreshed, timeout=5000):
            board.start()
        boards.append(board)
        return board

    yield make
    for board in boards:  # before the office closes: no read left in flight
        board.shutdown()


class HubLikeOffice:
    """The real office, plus what the LAN client adds: it can report the hub lost or back
    to its listeners, and its reads can fail like an unreachable hub."""

    def __init__(self, office):
        self._office = office
        self._listeners = []
        self.unreachable = False

    def __getattr__(self, name):
        return getattr(self._office, name)

    def subscribe(self, listener):
        self._listeners.append(listener)
        inner = self._office.subscribe(listener)
        return lambda: (self._listeners.remove(listener), inner())

    def hub_event(self, kind, data):
        for listener in list(self._listeners):
            listener(OfficeEvent(kind, data))

    def recent_calls(self, limit=6):
        if self.unreachable:
            raise HubUnreachable("the hub at http://192.0.2.1:8765 does not answer")
        return self._office.recent_calls(limit)

    def board(self):
        if self.unreachable:
            raise HubUnreachable("the hub at http://192.0.2.1:8765 does not answer")
        return self._office.board()


def call(office, token, clock, counter="3"):
    clock.advance(seconds=30)
    return office.call_next(token, counter)


def test_board_shows_the_new_call_with_its_counter(qtbot, make_board, office, desk, clock, ui_clock):
    board = make_board("ar")
    ticket = office.issue_ticket("EC-N12").ticket
    with qtbot.waitSignal(board.call_shown, timeout=3000) as shown:
        called = call(office, desk, clock)
    assert called.label == ticket.label
    assert shown.args == [ticket.label, "3"]
    assert board.hero.ticket_label.text() == ticket.label
    assert board.hero.counter_label.text() == "الشباك 3"
    assert board.hero.counter2_label.text() == "Guichet 3"
    assert ticket.label in board.hero.accessibleName()
    flashes = [board.hero.property("flash")]
    for _ in range(8):
        ui_clock.advance(ms=FLASH_MS)
        flashes.append(board.hero.property("flash"))
    assert flashes == [True, False] * 3 + [False] * 3  # a brief flash draws the eye, three times, then stops


def test_french_board_reads_left_to_right_with_arabic_beside(qtbot, make_board, office, desk, clock):
    board = make_board("fr")
    label = office.issue_ticket("EC-N12").ticket.label
    call(office, desk, clock)
    qtbot.waitUntil(lambda: board.hero.ticket_label.text() == label)
    assert board.hero.counter_label.text() == "Guichet 3"
    assert board.hero.counter2_label.text() == "الشباك 3"
    assert board.hero.arrow_label.text() == "→"


def test_recent_calls_keep_the_last_ones_newest_first(qtbot, make_board, office, desk, clock):
    board = make_board()
    labels = [office.issue_ticket("EC-N12").ticket.label for _ in range(7)]
    for _ in labels:
        call(office, desk, clock)
    qtbot.waitUntil(lambda: board.hero.ticket_label.text() == labels[-1])
    assert board.recent.labels() == labels[-2::-1][:5]
    # The office's own answer (read after the debounce) agrees with what the events built.
    with qtbot.waitSignal(board.refreshed, timeout=3000):
        board.refresh()
    assert board.hero.ticket_label.text() == labels[-1]
    assert board.recent.labels() == labels[-2::-1][:5]


def test_a_recall_moves_the_ticket_back_on_top_without_a_duplicate_row(qtbot, make_board, office, desk, clock):
    board = make_board()
    first = office.issue_ticket("EC-N12").ticket
    second = office.issue_ticket("EC-N12").ticket
    call(office, desk, clock)
    call(office, desk, clock)
    qtbot.waitUntil(lambda: board.hero.ticket_label.text() == second.label)
    clock.advance(seconds=30)
    with qtbot.waitSignal(board.call_shown, timeout=3000) as shown:
        office.recall(desk, first.id)
    assert shown.args == [first.label, "3"]
    assert board.recent.labels() == [second.label]


def test_waiting_counts_follow_issued_tickets(qtbot, make_board, office, desk, clock, ui_clock):
    board = make_board()
    assert board.waiting.shown() == {}
    assert board.waiting.empty.isVisibleTo(board)
    office.issue_ticket("EC-N12")
    office.issue_ticket("EC-N12")
    office.issue_ticket("AD-RES")
    with qtbot.waitSignal(board.refreshed, timeout=5000):  # once, after a short pause (debounce)
        ui_clock.advance(ms=REFRESH_DEBOUNCE_MS)
    assert board.waiting.shown() == {"EC-N12": 2, "AD-RES": 1}
    assert not board.waiting.empty.isVisibleTo(board)
    call(office, desk, clock)
    with qtbot.waitSignal(board.refreshed, timeout=5000):
        ui_clock.advance(ms=REFRESH_DEBOUNCE_MS)
    assert board.waiting.shown() == {"EC-N12": 1, "AD-RES": 1}


def test_announcement_shows_in_both_board_languages(qtbot, make_board, office):
    board = make_board("ar")
    assert not board.ticker.isVisibleTo(board)
    office.add_staff("Karim", "supervisor", "7315")
    token = office.login("Karim", "7315").token
    office.set_announcement(token, {"ar": "المكتب مغلق يوم الخميس بعد الظهر.", "fr": "Bureau fermé jeudi après-midi."})
    qtbot.waitUntil(lambda: "المكتب مغلق يوم الخميس بعد الظهر." in board.ticker.text(), timeout=3000)
    assert "Bureau fermé jeudi après-midi." in board.ticker.text()
    assert board.ticker.isVisibleTo(board)
    assert "Bureau fermé" in board.ticker.accessibleName()


def test_offline_badge_on_lost_hub_and_gone_when_back(qtbot, make_board, office, desk, clock):
    hub = HubLikeOffice(office)
    board = make_board(on=hub)
    label = hub.issue_ticket("EC-N12").ticket.label
    call(hub, desk, clock)
    qtbot.waitUntil(lambda: board.hero.ticket_label.text() == label)
    assert not board.badge.isVisibleTo(board)
    hub.hub_event("hub.connection", {"online": False})
    qtbot.waitUntil(lambda: board.badge.isVisibleTo(board))
    assert "انقطع الاتصال" in board.badge.text() and "Connexion perdue" in board.badge.text()
    assert board.hero.ticket_label.text() == label  # the last state stays up
    with qtbot.waitSignal(board.refreshed, timeout=3000):  # back online: re-read everything
        hub.hub_event("hub.connection", {"online": True})
    assert not board.badge.isVisibleTo(board)


def test_board_keeps_its_state_when_reads_fail_and_recovers_by_itself(qtbot, make_board, office, desk, clock,
                                                                       ui_clock):
    hub = HubLikeOffice(office)
    board = make_board(on=hub)
    label = hub.issue_ticket("EC-N12").ticket.label
    call(hub, desk, clock)
    qtbot.waitUntil(lambda: board.hero.ticket_label.text() == label)
    with qtbot.waitSignal(board.refreshed, timeout=5000):  # the read that follows a call
        ui_clock.advance(ms=REFRESH_DEBOUNCE_MS)
    hub.unreachable = True
    board.refresh()
    qtbot.waitUntil(lambda: board.badge.isVisibleTo(board), timeout=5000)
    assert board.hero.ticket_label.text() == label
    hub.unreachable = False
    ui_clock.advance(ms=RETRY_MS - 1)
    assert board.badge.isVisibleTo(board)  # nothing tried again yet
    with qtbot.waitSignal(board.refreshed, timeout=5000):  # the retry, by itself
        ui_clock.advance(ms=1)
    assert not board.badge.isVisibleTo(board)


def test_the_board_reads_the_office_again_every_refresh_period(qtbot, make_board, office, ui_clock):
    board = make_board()  # refresh_s: 30
    board.bridge.close()  # events lost: only the periodic read can show the new ticket
    office.issue_ticket("EC-N12")
    ui_clock.advance(seconds=29.9)
    assert board.waiting.shown() == {}
    with qtbot.waitSignal(board.refreshed, timeout=5000):
        ui_clock.advance(seconds=0.1)
    assert board.waiting.shown() == {"EC-N12": 1}


def test_resync_reloads_what_was_missed(qtbot, make_board, office, desk, clock):
    hub = HubLikeOffice(office)
    board = make_board(on=hub)
    board.bridge.close()  # events lost, as when the LAN dropped for too long
    label = hub.issue_ticket("EC-N12").ticket.label
    call(hub, desk, clock)
    with qtbot.waitSignal(board.refreshed, timeout=3000):
        board._on_event("hub.resync", {})
    assert board.hero.ticket_label.text() == label


@pytest.mark.parametrize("language", ["ar", "fr"])
@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (1024, 600)])
def test_the_main_call_fits_from_a_tv_to_a_small_screen(qtbot, make_board, office, desk, clock, language, size):
    board = make_board(language, size=size)
    label = office.issue_ticket("EC-N12").ticket.label
    call(office, desk, clock)
    qtbot.waitUntil(lambda: board.hero.ticket_label.text() == label)
    qtbot.wait(50)  # let the layout settle
    assert board.size().width() == size[0] and board.size().height() == size[1]
    hero = board.hero
    for label in (hero.ticket_label, hero.arrow_label, hero.counter_label, hero.counter2_label):
        hint = label.sizeHint()
        assert hint.width() <= label.width() and hint.height() <= label.height() + 1, (label.text(), hint, label.size())
        box = QRect(label.mapTo(board, label.rect().topLeft()), label.size())
        assert board.rect().contains(box), (label.text(), box, board.rect())
        assert QRect(label.mapTo(hero, label.rect().topLeft()), label.size()).intersects(hero.rect())
        assert hero.rect().contains(QRect(label.mapTo(hero, label.rect().topLeft()), label.size()))
    # Readable across a hall on the TV; the small screen still gets a big number.
    assert hero.ticket_pixels() >= (150 if size[1] >= 1080 else 70)


def test_calls_on_the_board_are_announced_in_order(qtbot, make_board, office, desk, clock):
    from test_display_announcer import RecordingSpeech

    speech = RecordingSpeech(duration_s=0.03)
    board = make_board(announcer=Announcer(engine=speech))
    labels = [office.issue_ticket("EC-N12").ticket.label for _ in range(3)]
    for _ in labels:
        call(office, desk, clock)
    qtbot.waitUntil(lambda: len(speech.spoken) == 6 and board.announcer.is_idle(), timeout=5000)
    assert [(lang, text) for lang, text, _, _ in speech.spoken] == [
        pair for label in labels
        for pair in (("ar", f"التذكرة {spoken_label(label, 'ar')}، الشباك 3"),
                     ("fr", f"Ticket {spoken_label(label)}, guichet 3"))]


def test_probe_reports_when_the_board_showed_a_call(qtbot, make_board, office, desk, clock):
    import time

    board = make_board()
    label = office.issue_ticket("EC-N12").ticket.label
    probe = CallShownProbe(board)
    t0 = time.monotonic()
    call(office, desk, clock)
    shown_at = probe.wait_for(label)
    assert t0 <= shown_at <= time.monotonic()
    assert board.hero.ticket_label.text() == label
    label2 = office.issue_ticket("EC-N12").ticket.label
    t1 = time.monotonic()
    call(office, desk, clock)
    assert time_call_shown(board, label2) >= t1
