"""The TRAINING band (issue 14, item 6): across the top of every citizen, desk and display
screen of a training office, in the interface's language, high contrast, above the
screens (never over them); absent for a real office. The no-clipping audit in training
mode is tests/ui/test_no_clipping.py."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk import i18n
from kiosk.office import Office, OfficeInfo
from kiosk.ui.app import build_citizen_window
from kiosk.ui.citizen.receipt_printer import NullTicketPrinter
from kiosk.ui.contrast import contrast_ratio
from kiosk.ui.widgets import training_band

SIZE = (1024, 768)


@pytest.fixture
def training_office(tmp_path, clock, catalogue):
    office = Office.open_path(tmp_path / "training.sqlite3",
                              OfficeInfo("APC Test", "TST", "Africa/Algiers", training=True), clock, catalogue,
                              pin_hash_cost="test")
    yield office
    office.close()


@pytest.fixture
def back_to_arabic():
    yield
    i18n.install_language("ar")


def settle():
    for _ in range(3):
        QApplication.processEvents()


def test_the_band_reads_at_a_glance():
    assert contrast_ratio(training_band.FOREGROUND, training_band.BACKGROUND) >= 7.0  # WCAG AAA


def test_every_citizen_screen_of_a_training_office_sits_under_the_band(qtbot, training_office, settings,
                                                                        back_to_arabic):
    window = build_citizen_window(training_office, settings, printer=NullTicketPrinter())
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    band = window.training_band
    for screen in (window.language_screen, window.home_screen, window.documents_screen, window.concern_flow):
        window.show_screen(screen)
        settle()
        assert band.isVisible() and band.geometry().top() == 0 and band.width() == SIZE[0]
        assert screen.geometry().top() >= band.geometry().bottom() + 1  # pushed down, not covered
        assert band.y() == 0 and band.isVisibleTo(window)
    i18n.install_language("ar")
    settle()
    assert band.text().startswith("تدريب") and QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.set_language("fr")
    settle()
    assert band.text().startswith("FORMATION")
    assert band.accessibleName() == band.text()


def test_a_real_office_shows_no_band(qtbot, office, settings):
    window = build_citizen_window(office, settings, printer=NullTicketPrinter())
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    settle()
    assert not window.training_band.isVisible()
    assert window.home_screen.geometry().top() == 0


def test_the_desk_and_the_display_of_a_training_office_show_the_band(qtbot, training_office, settings,
                                                                     back_to_arabic):
    from kiosk.ui.desk.app import build_desk_window
    from kiosk.ui.display.app import build_display_board

    desk = build_desk_window(training_office, settings, background=False)
    qtbot.addWidget(desk)
    desk.resize(*SIZE)
    desk.show()
    settle()
    assert desk.training_band.isVisible() and desk.training_band.y() == 0
    assert desk.stack.geometry().top() >= desk.training_band.geometry().bottom() + 1

    i18n.install_language("en")
    board = build_display_board(training_office, settings, language="ar")
    qtbot.addWidget(board)
    board.resize(*SIZE)
    board.show()
    assert not board.training_band.isVisible()  # said once the board has read the office
    try:
        with qtbot.waitSignal(board.refreshed, timeout=5000):
            board.start()
        assert board.training_band.isVisible()
        assert board.training_band.geometry().top() < board.office_label.geometry().top()
        # The hall reads both of the board's languages, whatever the PC's interface language.
        assert "تدريب" in board.training_band.text() and "FORMATION" in board.training_band.text()
    finally:
        board.shutdown()  # before the office closes: no read left in flight
        desk.shutdown()
