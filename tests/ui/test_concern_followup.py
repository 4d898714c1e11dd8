"""Follow a concern at the kiosk (typed code, or a hand scanner typing the QR payload), the
wait after repeated wrong codes, and the idle timeout that clears a half-filled concern."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.domain.concerns import ConcernDraft, ConcernStatus
from tests.ui.test_concern_flow import build_flow, choose_category, click, type_on_keyboard


def register(office, text="Le lampadaire de la rue 3 est cassé", language="fr"):
    return office.register_concern(ConcernDraft("lighting", text, language)).code


def wrong_check(code: str) -> str:
    """The same code with its check symbol changed: right shape, a typing mistake."""
    last = code[-1]
    return code[:-1] + ("X" if last != "X" else "Y")


def test_follow_up_shows_status_and_answer_changed_at_the_desk(qtbot, office, settings):
    code = register(office)
    office.change_concern_status(code, ConcernStatus.IN_PROGRESS, staff="Amina")
    office.add_concern_note(code, "Réparation prévue jeudi.", True, "Amina")
    office.add_concern_note(code, "appeler le service technique", False, "Amina")  # internal: never shown
    flow = build_flow(qtbot, office, settings)
    flow.start_follow_up("fr")
    screen = flow.followup_screen
    assert flow.current_screen() == "followup"
    qtbot.keyClicks(screen.code_edit, code.lower().replace("-", " "))  # forgiving on case and spaces
    click(qtbot, screen.look_up_button)
    qtbot.waitUntil(lambda: screen.result.isVisible())
    assert screen.status_label.text() == "En cours de traitement"
    lines = [screen.history.item(i).text() for i in range(screen.history.count())]
    assert any("Réponse du bureau\u00a0: Réparation prévue jeudi." in line for line in lines)
    assert any("État\u00a0: Reçue" in line for line in lines)
    assert not any("technique" in line for line in lines)
    assert not screen.keyboard.isVisible()


def test_hand_scanner_types_the_qr_payload_and_enter(qtbot, office, settings):
    code = register(office, "الشارع مظلم ليلا منذ شهر", "ar")
    office.change_concern_status(code, ConcernStatus.REJECTED, "ليس من اختصاص البلدية", staff="Chef")
    flow = build_flow(qtbot, office, settings)
    flow.start_follow_up("ar")
    screen = flow.followup_screen
    assert screen.code_edit.hasFocus() or screen.keyboard._target is screen.code_edit
    qtbot.keyClicks(screen.code_edit, f"MAKTAB:C:{code}")
    qtbot.keyClick(screen.code_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.result.isVisible())
    assert screen.code_edit.text() == code
    assert screen.status_label.text() == "غير مقبول"
    assert any("ليس من اختصاص البلدية" in screen.history.item(i).text() for i in range(screen.history.count()))


def test_code_typed_on_the_on_screen_keyboard(qtbot, office, settings):
    code = register(office)
    flow = build_flow(qtbot, office, settings)
    flow.start_follow_up("en")
    screen = flow.followup_screen
    type_on_keyboard(qtbot, screen.keyboard, code)  # the keys are the receipt's capitals
    assert screen.code_edit.text() == code
    screen.keyboard._enter_key.click()
    qtbot.waitUntil(lambda: screen.result.isVisible())
    assert screen.status_label.text() == "Received"


@pytest.mark.parametrize("typed, message", [
    ("hello", "Ce n’est pas un code de suivi."),
    ("TST-7K3Q-9XA4-X9ZW-QQ", "Ce n’est pas un code de suivi."),
])
def test_malformed_code_is_explained(qtbot, office, settings, typed, message):
    flow = build_flow(qtbot, office, settings)
    flow.start_follow_up("fr")
    screen = flow.followup_screen
    qtbot.keyClicks(screen.code_edit, typed)
    click(qtbot, screen.look_up_button)
    qtbot.waitUntil(lambda: not screen.busy)  # the office answers on the worker
    assert screen.message.text().startswith(message)
    assert not screen.result.isVisible()


def test_repeated_wrong_codes_show_the_wait(qtbot, office, settings, clock, ui_clock):
    code = register(office)
    flow = build_flow(qtbot, office, settings, clock=ui_clock)
    flow.start_follow_up("fr")
    screen = flow.followup_screen
    wrong = wrong_check(code)
    qtbot.waitUntil(lambda: not screen.busy)
    for _attempt in range(3):
        screen.code_edit.setText(wrong)
        click(qtbot, screen.look_up_button)
        qtbot.waitUntil(lambda: not screen.busy)
    # The third wrong code in a row starts a wait: said in French, with a countdown.
    assert screen.message.isHidden()
    assert screen.wait_panel.isVisible()
    wait_text = screen.wait_panel.text()
    assert "Ce code contient une faute de frappe." in wait_text
    assert "Trop de codes erronés. Veuillez attendre 2 secondes avant de réessayer." in wait_text
    assert not screen.look_up_button.isEnabled()
    # The kiosk's clock and the office's move on: the countdown goes down, the button comes back.
    clock.advance(seconds=1)
    ui_clock.advance(seconds=1)
    assert "1 seconde" in screen.wait_panel.text() and not screen.look_up_button.isEnabled()
    clock.advance(seconds=1)
    ui_clock.advance(seconds=1)
    assert screen.look_up_button.isEnabled()
    assert not screen.wait_panel.isVisible()
    screen.code_edit.setText(code)
    click(qtbot, screen.look_up_button)
    qtbot.waitUntil(lambda: not screen.busy)
    assert screen.result.isVisible()


def test_throttled_lookup_shows_the_office_wait_in_arabic(qtbot, office, settings, clock, ui_clock):
    code = register(office)
    for _ in range(5):
        clock.advance(seconds=office.follow_up_retry_after())
        with pytest.raises(Exception, match="check symbol"):
            office.concern_public_view(wrong_check(code))
    wait = office.follow_up_retry_after()
    assert wait > 4
    flow = build_flow(qtbot, office, settings, clock=ui_clock)
    flow.start_follow_up("ar")
    screen = flow.followup_screen
    qtbot.waitUntil(lambda: not screen.busy)  # the office is asked on the worker
    # Shown as soon as the screen opens, before a new try.
    assert screen.wait_panel.isVisible()
    assert screen.wait_panel.text() == f"رموز خاطئة كثيرة. يرجى الانتظار {int(wait)} ثانية قبل المحاولة مرة أخرى."
    assert not screen.look_up_button.isEnabled()
    # The office says how long when a lookup is refused (e.g. from another kiosk's failures):
    # here the kiosk's own countdown has run out, the office's wait has not.
    ui_clock.advance(seconds=wait)
    assert screen.look_up_button.isEnabled()
    screen.code_edit.setText(code)
    click(qtbot, screen.look_up_button)
    qtbot.waitUntil(lambda: not screen.busy)
    assert screen.error_code == "lookup_throttled"
    assert screen.wait_panel.isVisible() and "يرجى الانتظار" in screen.wait_panel.text()


# ---- idle: warn, then forget ----------------------------------------------------------------


def test_idle_timeout_clears_a_half_filled_concern(qtbot, office, settings, ui_clock):
    spoken = []
    flow = build_flow(qtbot, office, settings, clock=ui_clock, idle_timeout_s=60)  # warned 20 s before
    flow.speak = lambda text, language: spoken.append((text, language))
    flow.start_register("fr")
    choose_category(qtbot, flow, "roads")
    type_on_keyboard(qtbot, flow.text_screen.keyboard, "trou dans la route")
    ui_clock.advance(seconds=39.9)
    assert not flow.idle_warning_shown
    ui_clock.advance(seconds=0.1)
    assert flow.idle_warning_shown
    warning = flow.idle_warning
    assert warning.question_label.text() == "Êtes-vous toujours là\u00a0?"
    assert warning.countdown_label.text() == "20"
    assert warning.geometry() == flow.rect()  # covers the whole flow
    assert spoken and spoken[0][1] == "fr" and spoken[0][0].startswith("Êtes-vous toujours là\u00a0?")
    ui_clock.advance(seconds=19)
    assert warning.countdown_label.text() == "1" and flow.text_screen.text() == "trou dans la route"
    with qtbot.waitSignal(flow.finished, timeout=0):  # emitted while the clock moves on
        ui_clock.advance(seconds=1)
    assert flow.text_screen.text() == "" and flow.draft.category is None
    assert not flow.idle_warning_shown
    assert office.list_concerns() == []


def test_continue_keeps_the_concern(qtbot, office, settings, ui_clock):
    flow = build_flow(qtbot, office, settings, clock=ui_clock, idle_timeout_s=60)
    flow.start_register("en")
    choose_category(qtbot, flow, "roads")
    type_on_keyboard(qtbot, flow.text_screen.keyboard, "pothole")
    ui_clock.advance(seconds=40)
    assert flow.idle_warning_shown
    assert flow.idle_warning.continue_button.accessibleName() == "Continue"
    ui_clock.advance(seconds=19)
    with qtbot.assertNotEmitted(flow.finished):
        click(qtbot, flow.idle_warning.continue_button)
        ui_clock.advance(seconds=39)  # past the old end of the countdown, before a new warning
    assert not flow.idle_warning_shown
    assert flow.text_screen.text() == "pothole" and flow.current_screen() == "text"


def test_activity_is_reported_for_the_window_idle_timer(qtbot, office, settings):
    flow = build_flow(qtbot, office, settings)
    flow.start_register("en")
    with qtbot.waitSignal(flow.activity, timeout=1000):
        click(qtbot, flow.category_screen.tiles["roads"])


def test_hiding_the_flow_forgets_the_draft(qtbot, office, settings):
    """The window may switch away on its own (its idle timer, a staff action)."""
    flow = build_flow(qtbot, office, settings)
    flow.start_register("fr")
    choose_category(qtbot, flow, "roads")
    type_on_keyboard(qtbot, flow.text_screen.keyboard, "trou")
    flow.hide()
    assert flow.text_screen.text() == "" and flow.draft.category is None
    assert office.list_concerns() == []


def test_embedded_in_the_citizen_window_a_scanner_types_into_the_code_field(qtbot, make_window, office):
    """As the lead embeds it: a page of the window, started, then shown; the scanner types
    into whatever has the focus."""
    from kiosk.ui.citizen.concerns import ConcernFlow

    code = register(office)
    window = make_window()
    flow = ConcernFlow(office, window.settings, None)
    window.addWidget(flow)
    flow.finished.connect(window.go_home)
    flow.start_follow_up("fr")
    window.show_screen(flow)
    # The window's focus widget gets the keys once the window is active (the offscreen
    # platform never activates windows, so the keys are sent to it directly).
    qtbot.waitUntil(lambda: window.focusWidget() is flow.followup_screen.code_edit)
    qtbot.keyClicks(window.focusWidget(), f"MAKTAB:C:{code}")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.followup_screen.result.isVisible())
    assert window.size().height() == 800  # no screen asked the window for more room
    with qtbot.waitSignal(flow.finished):
        click(qtbot, flow.followup_screen.header.back_button)
    assert window.currentWidget() is window.home_screen
    assert flow.followup_screen.code_edit.text() == ""  # forgotten


def test_leaving_the_follow_up_resets_its_screens_once(qtbot, make_window, office):
    """cancel() used to forget everything, then the window hid the flow and it forgot it all
    again — showing the follow-up keyboard anew while still on screen, tens of ms held."""
    from tests.ui.test_citizen_flow import choose_language

    window = make_window()
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    click(qtbot, window.home_screen.follow_button)
    flow = window.concern_flow
    qtbot.waitUntil(lambda: window.currentWidget() is flow)
    resets = []
    reset = flow.followup_screen.reset
    flow.followup_screen.reset = lambda: (resets.append(1), reset())
    flow.followup_screen.code_edit.setText("DEMO-AAAA-AAAA")
    click(qtbot, flow.followup_screen.header.back_button)
    assert window.currentWidget() is window.home_screen
    assert len(resets) == 1
    assert flow.followup_screen.code_edit.text() == ""  # forgotten all the same
