"""The hall display's discreet mark while a citizen at a kiosk waits for a clerk: a bell, no
words, shown on `help.requested`, gone once a clerk answers or the request expires."""
from __future__ import annotations

import pytest

from kiosk.config import Settings
from kiosk.domain.help import HELP_EXPIRES_AFTER
from kiosk.ui.display.app import build_display_board
from kiosk.ui.display.board import REFRESH_DEBOUNCE_MS


@pytest.fixture
def board(qtbot, qapp, office, tmp_path, ui_clock):
    board = build_display_board(office, Settings(data_dir=tmp_path), language="ar", clock=ui_clock)
    qtbot.addWidget(board)
    board.resize(1920, 1080)
    board.show()
    qtbot.waitExposed(board)
    with qtbot.waitSignal(board.refreshed, timeout=5000):
        board.start()
    return board


def read_again(qtbot, board, ui_clock) -> None:
    with qtbot.waitSignal(board.refreshed, timeout=5000):
        ui_clock.advance(ms=REFRESH_DEBOUNCE_MS)


def test_the_bell_shows_while_a_kiosk_waits_and_goes_when_a_clerk_answers(qtbot, board, office, ui_clock):
    assert not board.help_mark.isVisible()
    office.add_staff("amina", "clerk", "4829")
    asked = office.ask_for_help("Borne 1")
    read_again(qtbot, board, ui_clock)
    assert board.help_mark.isVisible() and not board.help_mark.pixmap().isNull()
    assert "مواطن ينتظر المساعدة" in board.help_mark.accessibleName()
    assert "Un citoyen attend de l’aide à une borne" in board.help_mark.accessibleName()
    office.acknowledge_help(office.login("amina", "4829").token, asked.id)
    read_again(qtbot, board, ui_clock)
    assert not board.help_mark.isVisible()


def test_the_bell_goes_when_the_request_expires(qtbot, board, office, ui_clock, clock):
    office.ask_for_help("Borne 1")
    read_again(qtbot, board, ui_clock)
    assert board.help_mark.isVisible()
    clock.advance(seconds=HELP_EXPIRES_AFTER.total_seconds())
    with qtbot.waitSignal(board.refreshed, timeout=5000):
        board.refresh()
    assert not board.help_mark.isVisible()
