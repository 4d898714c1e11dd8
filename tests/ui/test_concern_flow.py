"""Register a concern at the kiosk like a citizen: touch a subject, type on the on-screen
keyboard (Arabic, Tamazight in Latin script, Tifinagh), skip the place, decline or give a
contact after consent, check, send — and what is refused, and why, in the citizen's language.

The helpers here are shared by the other concern UI tests.
"""
from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from kiosk.domain.concerns import ConcernStatus, mask_phone
from kiosk.ui.app import ensure_application
from kiosk.ui.citizen.concerns import ConcernFlow
from kiosk.ui.clock import ManualUiClock


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def build_flow(qtbot, office, settings, printer=None, clock=None, print_status=None, **kiosk_overrides) -> ConcernFlow:
    """The flow on its own, its timers on `clock` (a `ManualUiClock`; without one, time stands still);
    `print_status`: the printer's status signal, to show the receipt's fate."""
    ensure_application()
    kiosk = dataclasses.replace(settings.kiosk, **kiosk_overrides)
    flow = ConcernFlow(office, dataclasses.replace(settings, kiosk=kiosk), printer, clock=clock or ManualUiClock(),
                       print_status=print_status)
    qtbot.addWidget(flow)
    flow.resize(1280, 800)
    flow.show()
    qtbot.waitExposed(flow)
    return flow


def type_on_keyboard(qtbot, keyboard, text: str) -> None:
    """Touch the on-screen keys one by one (space bar for spaces)."""
    for char in text:
        if char == " ":
            key = keyboard._space_key
        else:
            key = keyboard.key_button(char)
        assert key is not None, f"no key {char!r} on layout {keyboard.current_layout()}"
        click(qtbot, key)


class RecordingPrinter:
    """A printer-ish callable that keeps what it was asked to print."""

    def __init__(self):
        self.calls = []

    def __call__(self, registered, language):
        self.calls.append((registered, language))

    def print_concern(self, concern, language, show_phone=True):
        self.calls.append((concern, language, show_phone))


# ---- walking through the steps -----------------------------------------------------------


def choose_category(qtbot, flow, code: str) -> None:
    assert flow.current_screen() == "category"
    click(qtbot, flow.category_screen.tiles[code])
    qtbot.waitUntil(lambda: flow.current_screen() == "text")


def text_to_review_anonymously(qtbot, flow) -> None:
    click(qtbot, flow.text_screen.next_button)
    qtbot.waitUntil(lambda: flow.current_screen() == "place")
    click(qtbot, flow.place_screen.skip_button)
    qtbot.waitUntil(lambda: flow.current_screen() == "consent")
    click(qtbot, flow.consent_screen.anonymous_button)
    qtbot.waitUntil(lambda: flow.current_screen() == "review")


def send(qtbot, flow) -> None:
    click(qtbot, flow.review_screen.send_button)
    qtbot.waitUntil(lambda: flow.current_screen() == "confirmation")


@pytest.mark.parametrize("language, script, layout, text, title", [
    ("ar", "latin", "ar", "الشارع مظلم ليلا", "تم تسجيل انشغالك"),
    ("kab", "latin", "kab", "ulac aman deg uɣrem", "Ucɣil-ik yettwasekles"),
    ("kab", "tifinagh", "tfng", "ⴰⵎⴰⵏ ⵓⵔ ⵍⵍⵉⵏ ⴰⵔⴰ", "Ucɣil-ik yettwasekles"),
])
def test_register_through_the_ui_on_the_on_screen_keyboard(qtbot, office, settings, language, script, layout, text,
                                                           title):
    printer = RecordingPrinter()
    flow = build_flow(qtbot, office, settings, printer, tamazight_script=script)
    flow.start_register(language)
    tile = flow.category_screen.tiles["lighting"]
    assert tile.accessibleName() == office.catalogue.category("lighting").name(language)
    choose_category(qtbot, flow, "lighting")
    keyboard = flow.text_screen.keyboard
    assert keyboard.current_layout() == layout  # the citizen's script first
    type_on_keyboard(qtbot, keyboard, text)
    assert flow.text_screen.text() == text
    assert flow.text_screen.counter_label.text().startswith(f"{len(text)} / 1000")
    text_to_review_anonymously(qtbot, flow)
    assert flow.review_screen.values["text"].toPlainText() == text
    send(qtbot, flow)

    stored = office.list_concerns()
    assert len(stored) == 1
    concern = stored[0]
    assert (concern.text, concern.language, concern.category) == (text, language, "lighting")
    assert concern.place is None and not concern.has_contact and concern.consent_at is None
    screen = flow.confirmation_screen
    assert screen.code_label.text() == concern.code
    assert screen.code_label.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert screen.title_label.text() == title
    assert not screen.qr_label.pixmap().isNull()
    assert [(r.code, lang) for r, lang in printer.calls] == [(concern.code, language)]
    # Nothing typed stays behind for the next citizen.
    assert flow.text_screen.text() == ""
    with qtbot.waitSignal(flow.finished):
        click(qtbot, screen.done_button)


def test_physical_keyboard_works_too(qtbot, office, settings):
    flow = build_flow(qtbot, office, settings)
    flow.start_register("fr")
    choose_category(qtbot, flow, "roads")
    flow.text_screen.edit.setFocus()
    qtbot.keyClicks(flow.text_screen.edit, "Trou dans la route ")
    type_on_keyboard(qtbot, flow.text_screen.keyboard, "près")
    assert flow.text_screen.text() == "Trou dans la route près"
    click(qtbot, flow.text_screen.next_button)
    qtbot.waitUntil(lambda: flow.current_screen() == "place")
    qtbot.keyClicks(flow.place_screen.edit, "Cite 500 logements")  # QTest types ASCII only
    qtbot.keyClick(flow.place_screen.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.current_screen() == "consent")
    click(qtbot, flow.consent_screen.anonymous_button)
    send(qtbot, flow)
    assert office.list_concerns()[0].place == "Cite 500 logements"


def test_contact_only_after_consent_and_receipt_shows_masked_phone(qtbot, office, settings):
    printer = RecordingPrinter()
    flow = build_flow(qtbot, office, settings, printer)
    flow.start_register("fr")
    choose_category(qtbot, flow, "water")
    type_on_keyboard(qtbot, flow.text_screen.keyboard, "pas d'eau depuis lundi")
    click(qtbot, flow.text_screen.next_button)
    click(qtbot, flow.place_screen.skip_button)
    qtbot.waitUntil(lambda: flow.current_screen() == "consent")

    def consent_text() -> str:
        return " ".join(label.text() for label in flow.consent_screen.points)

    # The language change reaches the widgets as posted events: the screen speaks French once they are in.
    qtbot.waitUntil(lambda: "superviseurs" in consent_text())
    assert "180 jours" in consent_text()  # who, and for how long
    assert flow.consent_screen.anonymous_button.accessibleName() == "Non, rester anonyme"
    click(qtbot, flow.consent_screen.agree_button)
    qtbot.waitUntil(lambda: flow.current_screen() == "contact")
    contact = flow.contact_screen
    type_on_keyboard(qtbot, contact.keyboard, "amina")
    click(qtbot, contact.phone_edit)
    type_on_keyboard(qtbot, contact.keyboard, "0661234567")
    assert (contact.name(), contact.phone()) == ("amina", "0661234567")
    click(qtbot, contact.next_button)
    qtbot.waitUntil(lambda: flow.current_screen() == "review")
    shown = flow.review_screen.values["contact"].text()
    assert "0661234567" not in shown and "+213661234567" not in shown and "67" in shown  # masked on screen too
    send(qtbot, flow)

    code = flow.confirmation_screen.code_label.text()
    supervisor_view = office.get_concern(code, can_see_contact=True)
    assert (supervisor_view.contact_name, supervisor_view.contact_phone) == ("amina", "+213661234567")
    assert supervisor_view.consent_at is not None
    registered, language = printer.calls[0]
    assert registered.masked_phone == mask_phone("+213661234567")
    from kiosk.ui.citizen.concerns.receipt_printer import concern_receipt_for

    receipt = concern_receipt_for(office.info, office.catalogue, registered.concern, language)
    assert receipt.masked_phone == "+213 6•• •• •• 67"
    assert "1234567" not in repr(receipt)


def test_withdrawing_consent_keeps_nothing(qtbot, office, settings):
    flow = build_flow(qtbot, office, settings)
    flow.start_register("en")
    choose_category(qtbot, flow, "waste")
    type_on_keyboard(qtbot, flow.text_screen.keyboard, "bins not emptied")
    click(qtbot, flow.text_screen.next_button)
    click(qtbot, flow.place_screen.skip_button)
    click(qtbot, flow.consent_screen.agree_button)
    qtbot.keyClicks(flow.contact_screen.phone_edit, "0661234567")
    click(qtbot, flow.contact_screen.withdraw_button)
    qtbot.waitUntil(lambda: flow.current_screen() == "review")
    assert flow.review_screen.values["contact"].text() == "None: your concern is anonymous"
    send(qtbot, flow)
    assert not office.list_concerns(can_see_contact=True)[0].has_contact


def test_change_from_review_returns_to_review(qtbot, office, settings):
    flow = build_flow(qtbot, office, settings)
    flow.start_register("en")
    choose_category(qtbot, flow, "roads")
    type_on_keyboard(qtbot, flow.text_screen.keyboard, "pothole here")
    text_to_review_anonymously(qtbot, flow)
    click(qtbot, flow.review_screen.change_buttons["category"])
    qtbot.waitUntil(lambda: flow.current_screen() == "category")
    click(qtbot, flow.category_screen.tiles["lighting"])
    qtbot.waitUntil(lambda: flow.current_screen() == "review")
    assert flow.review_screen.values["category"].text() == "Street lighting"


# ---- what is refused, in the citizen's words ----------------------------------------------


def at_text_step(qtbot, office, settings, language):
    flow = build_flow(qtbot, office, settings)
    flow.start_register(language)
    choose_category(qtbot, flow, "roads")
    return flow


@pytest.mark.parametrize("language, typed, message", [
    ("fr", "", "Veuillez écrire votre préoccupation."),
    ("ar", "   ", "يرجى كتابة انشغالك."),
    ("fr", "trou", "Veuillez écrire au moins 10 caractères."),
    ("fr", "a" * 1001, "Votre texte est trop long\u00a0: 1000 caractères au plus. Veuillez le raccourcir."),
    ("ar", "الشارع مظلم \u202e ليلا منذ شهر", "رموز التحكم الخاصة غير مسموح بها. يرجى حذفها."),
    ("en", "dark street \u202eat night", "Special control characters are not allowed. Please delete them."),
])
def test_bad_text_is_explained_and_nothing_is_stored(qtbot, office, settings, language, typed, message):
    flow = at_text_step(qtbot, office, settings, language)
    flow.text_screen.edit.insertPlainText(typed)
    click(qtbot, flow.text_screen.next_button)
    assert flow.current_screen() == "text"
    assert flow.text_screen.message.text() == message
    assert flow.text_screen.message.isVisible()
    assert office.list_concerns() == []


def test_counter_warns_before_the_limit(qtbot, office, settings):
    flow = at_text_step(qtbot, office, settings, "fr")
    counter = flow.text_screen.counter_label
    assert counter.text() == "0 / 1000 caractères — écrivez-en au moins 10."
    flow.text_screen.edit.setPlainText("x" * 950)
    assert counter.text() == "950 / 1000 caractères — plus que 50."
    assert counter.property("role") == "counter-warn"
    flow.text_screen.edit.setPlainText("x" * 1003)
    assert counter.text().startswith("3 caractères de trop")


def test_invalid_phone_is_explained(qtbot, office, settings):
    flow = at_text_step(qtbot, office, settings, "ar")
    flow.text_screen.edit.setPlainText("الشارع مظلم ليلا منذ شهر")
    click(qtbot, flow.text_screen.next_button)
    click(qtbot, flow.place_screen.skip_button)
    click(qtbot, flow.consent_screen.agree_button)
    qtbot.waitUntil(lambda: flow.current_screen() == "contact")
    for phone in ("0812345678", "06612345", ""):
        flow.contact_screen.phone_edit.setText(phone)
        click(qtbot, flow.contact_screen.next_button)
        assert flow.current_screen() == "contact"
        expected = ("يرجى إدخال رقم هاتف، أو الرجوع والبقاء دون ذكر الاسم." if not phone else
                    "رقم الهاتف هذا غير صحيح: 10 أرقام تبدأ بـ 05 أو 06 أو 07 (أو 9 أرقام للهاتف الثابت).")
        assert flow.contact_screen.message.text() == expected
    assert office.list_concerns() == []


def test_office_refusal_brings_the_citizen_back_to_the_step(qtbot, office, settings):
    """The office checks the whole draft again; its refusal is shown where it can be fixed."""
    flow = at_text_step(qtbot, office, settings, "fr")
    flow.text_screen.edit.setPlainText("une rue sans lumière")
    text_to_review_anonymously(qtbot, flow)
    flow.place_screen.edit.setText("rue \u202e des oliviers")  # slipped past the place step
    click(qtbot, flow.review_screen.send_button)
    qtbot.waitUntil(lambda: not flow.sending)  # the office answers on the worker
    assert flow.current_screen() == "place"
    assert flow.place_screen.message.text() == ("Les caractères de contrôle spéciaux ne sont pas autorisés. "
                                                "Veuillez les effacer.")
    assert office.list_concerns() == []
    flow.place_screen.edit.setText("rue des oliviers")
    click(qtbot, flow.place_screen.next_button)
    qtbot.waitUntil(lambda: flow.current_screen() == "review")  # straight back to the review
    send(qtbot, flow)
    assert office.list_concerns()[0].status is ConcernStatus.RECEIVED


def test_a_broken_printer_never_loses_the_concern(qtbot, office, settings):
    def broken(registered, language):
        raise OSError("no printer")

    flow = at_text_step(qtbot, office, settings, "fr")
    flow.text_screen.edit.setPlainText("lampadaire cassé rue 3")
    text_to_review_anonymously(qtbot, flow)
    send(qtbot, flow)
    code = office.list_concerns()[0].code
    assert flow.confirmation_screen.code_label.text() == code
    flow.confirmation_screen.set_print_state("failed_retrying", "offline")
    assert code in flow.confirmation_screen.status_label.text()
    assert flow.confirmation_screen.status_label.text().startswith("L’imprimante ne fonctionne pas")
    del broken
