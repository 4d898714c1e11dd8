"""A clerk registers a concern for a citizen from the desk's concerns page: the form, the
kiosk's rules said in words, the code shown big, the receipt printed when the desk has a
printer, and the concern in the inbox, on a local office and over the LAN hub."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.domain.concerns import Channel
from kiosk.ui.desk.concern_intake import ConcernIntakeDialog
from kiosk.ui.desk.concerns_inbox import ConcernsInbox
from tests.ui.test_desk_concerns import desk, inbox_codes, log_in, open_counter  # noqa: F401  (fixture)

LEFT = Qt.MouseButton.LeftButton
LAMP = "L'éclairage de la rue des Oliviers est en panne depuis une semaine"


def _open_form(qtbot, window) -> ConcernIntakeDialog:
    log_in(qtbot, window)
    open_counter(qtbot, window)
    qtbot.mouseClick(window.desk_screen.concerns_button, LEFT)
    qtbot.mouseClick(window.concerns_page.new_button, LEFT)
    dialog = window.concerns_page.intake
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_phone_concern_is_registered_and_its_code_shown_big(qtbot, desk, office):  # noqa: F811
    dialog = _open_form(qtbot, desk)
    qtbot.mouseClick(dialog.channel_buttons[Channel.PHONE], LEFT)
    dialog.category_box.setCurrentIndex(dialog.category_box.findData("lighting"))
    dialog.text_edit.setPlainText(LAMP)  # as typed (QTest types ASCII only)
    qtbot.keyClicks(dialog.name_edit, "Amine Benali")
    qtbot.keyClicks(dialog.phone_edit, "0661 23 45 42")
    qtbot.mouseClick(dialog.consent_box, LEFT)
    qtbot.mouseClick(dialog.register_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.done_page, timeout=10_000)
    code = dialog.registered_concern.code
    assert code in dialog.code_label.text()
    assert "Read the code out" in dialog.read_out_label.text() and "42" in dialog.read_out_label.text()
    stored = office.get_concern(code, can_see_contact=True)
    assert (stored.channel, stored.category, stored.contact_phone, stored.publish_text) == (
        Channel.PHONE, "lighting", "+213661234542", False)
    qtbot.mouseClick(dialog.close_button, LEFT)
    qtbot.waitUntil(lambda: code in inbox_codes(desk), timeout=10_000)


def test_the_kiosks_rules_are_said_before_anything_is_sent(qtbot, desk, office):  # noqa: F811
    dialog = _open_form(qtbot, desk)
    qtbot.keyClicks(dialog.text_edit, "trop court")
    qtbot.keyClicks(dialog.phone_edit, "0661 23 45 42")
    qtbot.mouseClick(dialog.register_button, LEFT)
    assert "at least 10 characters" in dialog.error_label.text()
    assert "tick the consent box" in dialog.error_label.text()
    assert dialog.pages.currentWidget() is dialog.form and office.list_concerns() == []


class FakeReceiptPrinter:
    """What the inbox's printer offers the desk: `print_concern`; it records the receipts."""

    def __init__(self):
        self.printed = []

    def print_concern(self, concern, language, show_phone=True):
        self.printed.append((concern.code, language, show_phone))


def test_a_desk_with_a_printer_prints_the_receipt_in_the_citizens_language(qtbot, qapp, office):
    office.add_staff("Amina", "clerk", "4829")
    session = office.login("Amina", "4829")
    printer = FakeReceiptPrinter()
    inbox = ConcernsInbox(office, lambda: session, printer=printer)
    qtbot.addWidget(inbox)
    dialog = ConcernIntakeDialog(inbox.caller, office.catalogue, inbox.session, inbox.printer)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ar"))
    dialog.text_edit.setPlainText("الإنارة العمومية معطلة في شارع الاستقلال")
    qtbot.mouseClick(dialog.register_button, LEFT)
    qtbot.waitUntil(lambda: dialog.registered_concern is not None, timeout=10_000)
    assert printer.printed == [(dialog.registered_concern.code, "ar", True)]
    assert dialog.registered_concern.concern.channel is Channel.COUNTER  # the form's default
    assert office.get_concern(dialog.registered_concern.code).history[0].by_staff == "Amina"


@pytest.mark.parametrize("role, allowed", [("clerk", True), ("supervisor", True)])
def test_clerks_and_supervisors_may_register(qtbot, qapp, office, role, allowed):
    office.add_staff("Nadia", role, "7316")
    session = office.login("Nadia", "7316")
    inbox = ConcernsInbox(office, lambda: session)
    qtbot.addWidget(inbox)
    dialog = ConcernIntakeDialog(inbox.caller, office.catalogue, inbox.session)
    qtbot.addWidget(dialog)
    dialog.text_edit.setPlainText(LAMP)  # as typed (QTest types ASCII only)
    qtbot.mouseClick(dialog.register_button, LEFT)
    qtbot.waitUntil(lambda: dialog.registered_concern is not None or dialog.error_label.text() not in ("", "Sending…"),
                    timeout=10_000)
    assert (dialog.registered_concern is not None) is allowed
