"""An office whose Tamazight script is Tifinagh: the citizen's screens, the ticket receipt and
the hall display all write Kabyle in Tifinagh (kiosk.domain.tifinagh), not only the keyboard."""
from __future__ import annotations

import dataclasses
import re

import pytest
from PySide6.QtWidgets import QLabel

from kiosk import i18n
from kiosk.domain.tickets import Priority
from kiosk.domain.tifinagh import to_tifinagh
from kiosk.printing.sample import SAMPLE_SERVICE, sample_receipt
from kiosk.ui.display.app import build_display_board
from tests.ui.test_citizen_flow import choose_language, take_ticket

# A Latin letter outside a placeholder (%1) or the ticket label's prefix ("A-042").
LATIN_WORD = re.compile(r"(?<![%A-Z-])\b[A-Za-zɛɣčǧḍḥṛṣṭẓ]{2,}")


@pytest.fixture(autouse=True)
def back_to_latin():
    """The script is process-wide, as in the kiosk: later tests must find Latin again."""
    yield
    i18n.use_tamazight_script("latin")


def test_kabyle_screens_and_receipt_in_tifinagh(qtbot, make_window, office, tmp_path):
    window = make_window(tamazight_script="tifinagh")
    choose_language(qtbot, window, "kab", "ⴷⴷⴻⵎ ⵜⵉⴽⵉⵜ")  # "Ddem tikit"
    assert window.home_screen.ticket_button.accessibleName() == to_tifinagh("Ddem tikit")

    service = office.services()[0]
    issued = take_ticket(qtbot, window, service.code, Priority.NONE)
    screen = window.ticket_screen
    assert screen.service_label.text() == to_tifinagh(service.name("kab"))
    shown = [label.text() for label in screen.findChildren(QLabel) if label.isVisibleTo(screen) and label.text()]
    assert to_tifinagh("Uṭṭun-ik") in shown  # "Your number"
    latin = [text for text in shown if LATIN_WORD.search(text) and text != issued.ticket.label]
    assert latin == []

    receipt = window.printer.receipt_for(issued, "kab")
    assert receipt.service_name == to_tifinagh(service.name("kab"))
    assert receipt.service_name_ar == service.name("ar")  # the desk's Arabic line is unchanged
    assert i18n.translate("kab", "Receipt", "People ahead: %1") == "ⵉⵎⴷⴰⵏⴻⵏ ⵢⴻⵣⵡⴰⵔⴻⵏ: %1"
    window.grab().save(str(tmp_path / "kab-tifinagh-ticket.png"))


def test_latin_office_keeps_kabyle_in_latin_letters(qtbot, make_window):
    window = make_window(tamazight_script="latin")
    choose_language(qtbot, window, "kab", "Ddem tikit")
    assert i18n.translate("kab", "Receipt", "People ahead: %1") == "Imdanen yezwaren: %1"


def test_other_languages_are_not_touched_by_the_tifinagh_setting(qtbot, make_window):
    window = make_window(tamazight_script="tifinagh")
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    assert i18n.translate("ar", "HomeScreen", "Take a ticket") == "أخذ تذكرة"


def test_display_board_in_tifinagh(qtbot, qapp, office, settings, ui_clock):
    tifinagh = dataclasses.replace(settings, kiosk=dataclasses.replace(settings.kiosk, tamazight_script="tifinagh"))
    office.add_staff("Karim", "supervisor", "7315")
    token = office.login("Karim", "7315").token
    service = office.services()[0]
    office.issue_ticket(service.code)
    office.set_announcement(token, {"ar": "المكتب مغلق", "fr": "Bureau fermé", "kab": "Tanarit tettwamdel"})
    board = build_display_board(office, tifinagh, language="kab", clock=ui_clock)
    qtbot.addWidget(board)
    board.resize(1920, 1080)
    board.show()
    try:
        with qtbot.waitSignal(board.refreshed, timeout=5000):
            board.start()
        texts = [label.text() for label in board.findChildren(QLabel)]
        assert any(to_tifinagh(service.name("kab")) in text for text in texts)
        assert to_tifinagh("Tanarit tettwamdel") in board.ticker.text()
        assert "المكتب مغلق" in board.ticker.text()  # the board's second language stays Arabic
    finally:
        board.shutdown()


def test_print_test_receipt_follows_the_office_script(settings):
    tifinagh = dataclasses.replace(settings, kiosk=dataclasses.replace(settings.kiosk, tamazight_script="tifinagh"))
    assert sample_receipt(tifinagh, "kab").service_name == to_tifinagh(SAMPLE_SERVICE["kab"])
    assert sample_receipt(settings, "kab").service_name == SAMPLE_SERVICE["kab"]
    assert sample_receipt(tifinagh, "fr").service_name == SAMPLE_SERVICE["fr"]
