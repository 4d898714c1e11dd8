"""Desk log-in (name + PIN, wrong PIN, lockout), the desk's language, its translations,
and its screenshots: nothing cut, right to left in Arabic, big targets."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QLineEdit

from kiosk.domain.clock import to_iso
from kiosk.domain.staff import LOCKOUT, MAX_FAILED_PINS
from kiosk.i18n import TRANSLATIONS_DIR
from kiosk.office import OfficeError
from kiosk.ui.desk.app import build_desk_window
from kiosk.ui.desk.errors import lockout_minutes
from kiosk.ui.desk.screenshots import SCREENS, render_desk_screens
from kiosk.ui.desk.texts import DeskTexts

LEFT = Qt.MouseButton.LeftButton
ROOT = Path(__file__).resolve().parents[2]
LANGS = ("ar", "fr", "kab", "en")
# desk mode's own screens (other areas living in kiosk/ui/desk, such as the concerns inbox, have their own .ts)
DESK_MODULES = ("app", "caller", "concerns_page", "connection_banner", "counter_screen", "desk_screen", "errors",
                "login_screen", "screenshots", "style", "sync_indicator", "texts", "ticket_panel", "transfer_dialog",
                "waiting_list", "window", "help_alerts", "service_lines", "supervisor_floor", "supervisor_services",
                "supervisor_announcement", "supervisor_page", "supervisor_route", "supervisor_tools",
                "supervisor_tools_route", "side_page")


@pytest.fixture
def desk(qtbot, qapp, office, settings):
    office.add_staff("Amina", "clerk", "4829")
    window = build_desk_window(office, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def type_and_log_in(qtbot, window, name, pin):
    screen = window.login_screen
    screen.name_edit.clear()
    screen.pin_edit.clear()
    qtbot.keyClicks(screen.name_edit, name)
    qtbot.keyClicks(screen.pin_edit, pin)
    qtbot.mouseClick(screen.login_button, LEFT)


def test_log_in_with_name_and_pin(qtbot, desk):
    type_and_log_in(qtbot, desk, "Amina", "4829")
    qtbot.waitUntil(lambda: desk.stack.currentWidget() is desk.counter_screen)
    assert desk.session.name == "Amina"
    assert desk.counter_screen.staff_label.text() == "Amina"
    assert desk.login_screen.pin_edit.text() == ""  # not left behind for the next person


def test_enter_in_the_pin_field_logs_in(qtbot, desk):
    qtbot.keyClicks(desk.login_screen.name_edit, "Amina")
    qtbot.keyClicks(desk.login_screen.pin_edit, "4829")
    qtbot.keyClick(desk.login_screen.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.stack.currentWidget() is desk.counter_screen)


def test_wrong_pin_is_said_and_nothing_opens(qtbot, desk):
    type_and_log_in(qtbot, desk, "Amina", "1357")
    qtbot.waitUntil(desk.login_screen.error_label.isVisible)
    assert desk.login_screen.error_label.text() == DeskTexts().refusal("bad_login")
    assert desk.stack.currentWidget() is desk.login_screen
    assert desk.login_screen.pin_edit.text() == ""
    assert desk.session is None


def test_empty_fields_are_asked_for(qtbot, desk):
    qtbot.mouseClick(desk.login_screen.login_button, LEFT)
    assert desk.login_screen.error_label.isVisible()
    assert desk.session is None


def test_a_locked_account_says_for_how_long(qtbot, desk, clock):
    for _ in range(MAX_FAILED_PINS):
        type_and_log_in(qtbot, desk, "Amina", "1357")
    minutes = int(LOCKOUT.total_seconds() // 60)
    assert desk.login_screen.error_label.text() == DeskTexts().refusal("locked", minutes)
    clock.advance(minutes=4)
    type_and_log_in(qtbot, desk, "Amina", "4829")  # even the right PIN, until the lock ends
    assert desk.login_screen.error_label.text() == DeskTexts().refusal("locked", minutes - 4)
    assert str(minutes - 4) in desk.login_screen.error_label.text()
    assert desk.session is None


def test_lockout_minutes_reads_the_end_of_the_lock():
    now = dt.datetime(2026, 9, 6, 7, 30, tzinfo=dt.UTC)
    until = to_iso(now + dt.timedelta(minutes=9, seconds=10))
    later = OfficeError("locked", f"too many wrong PINs: locked until {until}")
    assert lockout_minutes(later, now) == 10
    first = OfficeError("locked", "too many wrong PINs: this account is locked for 15 minutes")
    assert lockout_minutes(first, now) == int(LOCKOUT.total_seconds() // 60)
    assert lockout_minutes(OfficeError("locked", f"locked until {to_iso(now)}"), now) == 1


def test_the_clerk_chooses_the_desk_language_and_arabic_mirrors(qtbot, desk):
    qtbot.mouseClick(desk.login_screen.language_buttons["fr"], LEFT)
    qtbot.waitUntil(lambda: desk.login_screen.login_button.text() == "Se connecter")
    assert desk.layoutDirection() == Qt.LayoutDirection.LeftToRight
    qtbot.mouseClick(desk.login_screen.language_buttons["ar"], LEFT)
    qtbot.waitUntil(lambda: desk.login_screen.login_button.text() == "تسجيل الدخول")
    assert desk.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert desk.login_screen.language_buttons["ar"].isChecked()
    assert not desk.login_screen.language_buttons["fr"].isChecked()
    # PIN digits stay left to right inside the mirrored screen
    assert desk.login_screen.pin_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_desk_starts_in_the_settings_language(qtbot, qapp, office, settings):
    window = build_desk_window(office, settings)
    qtbot.addWidget(window)
    assert settings.kiosk.default_language == "ar"
    assert window.login_screen.language_buttons["ar"].isChecked()
    assert window.login_screen.title_label.text() == "المكتب — دخول الموظفين"


# ---- translations ---------------------------------------------------------------------

def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {(ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
            for ctx in root.iter("context") for msg in ctx.iter("message")}


@pytest.mark.parametrize("language", LANGS)
def test_desk_translations_are_complete(language):
    messages = _messages(TRANSLATIONS_DIR / f"desk_{language}.ts")
    assert messages
    for (context, source), translation in messages.items():
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), (context, source)
        # a message with plural forms ("%n page(s)") has its texts in <numerusform>s
        texts = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        for text in texts:
            assert text.strip(), (context, source)
            for marker in ("%1", "%2"):
                assert (marker in source) == (marker in text), (language, source)


def test_kabyle_is_flagged_for_native_review():
    root = ET.parse(TRANSLATIONS_DIR / "desk_kab.ts").getroot()
    assert all(msg.findtext("translatorcomment") for msg in root.iter("message"))


def test_every_desk_string_in_the_code_is_translated(tmp_path):
    out = tmp_path / "extracted.ts"
    files = [str(ROOT / "kiosk/ui/desk" / f"{name}.py") for name in DESK_MODULES]
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *files, "-ts", str(out)], check=True, capture_output=True)
    extracted = set(_messages(out))
    assert extracted
    for language in LANGS:
        assert extracted <= set(_messages(TRANSLATIONS_DIR / f"desk_{language}.ts")), language


# ---- screenshots ----------------------------------------------------------------------

@pytest.fixture
def shots(qapp, office, settings, tmp_path):
    written = render_desk_screens(office, settings, tmp_path / "shots", ["ar", "fr"], (1280, 800))
    return written


def test_every_desk_screen_is_rendered_in_each_language(shots):
    assert [p.name for p in shots] == [f"{lang}-desk-{screen}.png" for lang in ("ar", "fr") for screen in SCREENS]
    for path in shots:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1280, 800), path.name  # nothing pushed the window bigger


@pytest.mark.parametrize("language", ["ar", "fr", "kab"])
def test_desk_targets_are_big_and_texts_fit(qtbot, qapp, office, settings, language):
    """Every visible button and field is at least 48 px high; no button text is cut."""
    office.add_staff("Amina", "clerk", "4829")
    window = build_desk_window(office, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.set_language(language)
    office.issue_ticket("EC-N12")
    window.log_in("Amina", "4829")
    for screen in ("counter", "desk"):
        if screen == "desk":
            window.open_counter("1", [s.code for s in office.services()])
            window.do_action("call_next")
        qtbot.wait(20)
        assert window.height() <= 800
        for widget in window.findChildren(QAbstractButton) + window.findChildren(QLineEdit):
            if not widget.isVisibleTo(window) or widget.objectName().startswith("service-"):
                continue
            assert widget.height() >= 48, (language, widget.objectName(), widget.height())
            if isinstance(widget, QAbstractButton) and widget.text():
                needed = widget.fontMetrics().horizontalAdvance(widget.text().split("\n")[0])
                assert widget.width() >= needed, (language, widget.objectName(), widget.text())
    window.close()
