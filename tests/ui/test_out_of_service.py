"""The out-of-service page, clicked like a person: a damaged database, a full disk, broken settings."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint

from kiosk.domain.tickets import Priority
from kiosk.i18n import install_language
from kiosk.office import DiskFull, Office, OfficeInfo
from kiosk.ui.app import build_citizen_window, build_out_of_service_window
from kiosk.ui.widgets.out_of_service import OutOfServicePage
from tests.storage_faults import (
    counts,
    damage_header,
    damage_pages,
    fill_disk,
    free_disk,
    office_with_tickets,
)
from tests.ui.test_citizen_flow import choose_language, click

ROOT = Path(__file__).resolve().parents[2]
A = "EC-N12"


@pytest.fixture
def damaged_office(tmp_path, clock, catalogue):
    path = tmp_path / "damaged.sqlite3"
    info = OfficeInfo("APC Test", "TST", "Africa/Algiers")
    office_with_tickets(path, info=info, clock=clock, catalogue=catalogue).close()
    damage_pages(path)
    office = Office.open_path(path, info, clock, catalogue)
    yield office
    office.close()


def _window(qtbot, office, settings, tmp_path):
    window = build_citizen_window(office, settings, f"png:{tmp_path / 'receipts'}")
    qtbot.addWidget(window)
    window.tap_guard_ms = 0
    window.show()
    qtbot.waitExposed(window)
    return window


def _left(widget, window) -> int:
    return widget.mapTo(window, QPoint(0, 0)).x()


def test_damage_found_by_the_start_check_shows_the_page_in_four_languages_right_to_left(
        qtbot, damaged_office, settings, tmp_path):
    window = _window(qtbot, damaged_office, settings, tmp_path)
    damaged_office.check_integrity()  # what the kiosk runs behind its first screen
    qtbot.waitUntil(lambda: window.currentWidget() is window.out_of_service)
    page = window.out_of_service
    assert page.title_label.text() == "هذا الجهاز خارج الخدمة."
    assert page.body_label.text() == "يرجى التوجه إلى مكتب الاستقبال."
    others = {lang: label.text() for lang, label in page.other_labels.items() if label.isVisible()}
    assert set(others) == {"fr", "kab", "en"}
    assert others["fr"] == "Cette borne est hors service. Veuillez vous adresser à l’accueil."
    assert others["en"] == "This kiosk is out of service. Please go to reception."
    # Right to left: the sign stands on the right of the words.
    assert _left(page.icon_label, window) > _left(page.title_label, window)
    assert page.title_label.property("role") == "title"  # the biggest text the theme has
    details = page.technician_text.text()
    assert "damaged" in details and "maktab-sync doctor" in details
    assert not page.start_button.isVisible()  # nothing to start again: the file must be restored

    window.idle_timeout()  # no timer, no tap brings the half-working screens back
    assert window.currentWidget() is window.out_of_service
    window.go_home()
    assert window.currentWidget() is window.out_of_service


def test_damage_met_on_the_way_to_a_ticket_sends_the_citizen_to_reception(qtbot, damaged_office, settings, tmp_path):
    window = _window(qtbot, damaged_office, settings, tmp_path)
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    click(qtbot, window.home_screen.ticket_button)  # the waits are read: the damage is met here
    qtbot.waitUntil(lambda: window.currentWidget() is window.out_of_service)
    assert window.out_of_service.title_label.text() == "Cette borne est hors service."
    assert window.out_of_service.other_labels["ar"].isVisible()
    # Left to right in French: the sign is on the left.
    assert _left(window.out_of_service.icon_label, window) < _left(window.out_of_service.title_label, window)


def test_a_full_disk_sends_the_citizen_to_reception_and_the_kiosk_works_again_after(
        qtbot, make_window, office, tmp_path):
    window = make_window()
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    path = tmp_path / "office.sqlite3"
    office.issue_ticket(A)
    fill_disk(office)
    while True:  # the pages in hand hold a few more tickets: take them, as other citizens would
        try:
            office.issue_ticket(A)
        except DiskFull:
            break
    before = counts(path)
    window.session.service_code = A
    window.show_screen(window.priority_screen)
    click(qtbot, window.priority_screen.buttons[Priority.NONE])
    qtbot.waitUntil(lambda: window.currentWidget() is window.out_of_service)
    page = window.out_of_service
    assert page.body_label.text() == "Veuillez vous adresser à l’accueil."
    assert "full" in page.technician_text.text()
    assert counts(path) == before  # no ticket, no half of one
    assert window.last_issued is None

    free_disk(office)
    click(qtbot, page.start_button)  # "Recommencer"
    qtbot.waitUntil(lambda: window.currentWidget() is window.language_screen)
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    window.session.service_code = A
    window.show_screen(window.priority_screen)
    click(qtbot, window.priority_screen.buttons[Priority.NONE])
    qtbot.waitUntil(lambda: window.currentWidget() is window.ticket_screen)
    assert window.last_issued.ticket.number == before[0] + 1


def test_the_broken_settings_page_lists_every_problem_and_the_file(qtbot):
    page = build_out_of_service_window(["/etc/maktab.toml: office.timezone: expected an IANA time zone",
                                        "kiosk.idle_timeout_s: expected a whole number from 10 to 3600, got 1",
                                        "Fix the settings file /etc/maktab.toml, then start the kiosk again."],
                                       language="fr")
    qtbot.addWidget(page)
    page.show()
    assert isinstance(page, OutOfServicePage)
    text = page.technician_text.text()
    assert "office.timezone" in text and "kiosk.idle_timeout_s" in text and "/etc/maktab.toml" in text
    assert page.technician_heading.text() == "Pour le technicien\u00a0:"
    install_language("ar")


def _maktab(tmp_path, *args, env_extra=None):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MAKTAB_STARTUP_PROBE": "1", **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "kiosk.cli", "--data-dir", str(tmp_path), *args], env=env,
                          capture_output=True, text=True, timeout=120, cwd=ROOT, check=False)


def test_the_kiosk_with_broken_settings_shows_the_technician_page_instead_of_exiting(tmp_path):
    config = tmp_path / "maktab.toml"
    config.write_text('[office]\ntimezone = "Nowhere/Here"\n')
    result = _maktab(tmp_path, "--config", str(config))
    assert result.returncode == 2
    assert "configuration error" in result.stderr and "office.timezone" in result.stderr
    # The page came up (the probe closes it at once) and says which file to fix.
    assert "kiosk out of service" in result.stderr and f"Fix the settings file {config}" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_kiosk_on_a_file_that_is_not_a_database_shows_the_page_instead_of_a_traceback(tmp_path):
    path = tmp_path / "office.sqlite3"
    office_with_tickets(path, tickets=3).close()
    damage_header(path)
    result = _maktab(tmp_path)
    assert result.returncode == 1
    assert "kiosk out of service" in result.stderr and "is damaged" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_page_strings_are_in_the_citizen_translations(tmp_path):
    import xml.etree.ElementTree as ET

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    out = tmp_path / "extracted.ts"
    subprocess.run([str(lupdate), str(ROOT / "kiosk/ui/widgets/out_of_service.py"), "-ts", str(out)], check=True,
                   capture_output=True)

    def messages(path):
        root = ET.parse(path).getroot()
        return {(c.findtext("name"), m.findtext("source")): m.findtext("translation")
                for c in root.iter("context") for m in c.iter("message")}

    extracted = set(messages(out))
    assert len(extracted) == 4
    for lang in ("ar", "fr", "kab", "en"):
        known = messages(ROOT / "kiosk" / "translations" / f"citizen_{lang}.ts")
        assert all(known.get(key) for key in extracted), lang


def test_a_concern_on_a_full_disk_is_not_registered_and_the_citizen_is_sent_to_reception(
        qtbot, office, settings, tmp_path):
    from tests.ui.test_concern_flow import build_flow, choose_category
    from tests.ui.test_concern_flow import click as tap

    flow = build_flow(qtbot, office, settings)
    flow.start_register("fr")
    choose_category(qtbot, flow, "roads")
    flow.text_screen.edit.setFocus()
    qtbot.keyClicks(flow.text_screen.edit, "Trou dans la route pres de l'ecole " * 5)
    tap(qtbot, flow.text_screen.next_button)
    qtbot.waitUntil(lambda: flow.current_screen() == "place")
    tap(qtbot, flow.place_screen.skip_button)
    qtbot.waitUntil(lambda: flow.current_screen() == "consent")
    tap(qtbot, flow.consent_screen.anonymous_button)
    qtbot.waitUntil(lambda: flow.current_screen() == "review")
    fill_disk(office)
    while True:  # the pages in hand hold a few more: fill them
        try:
            office.issue_ticket(A)
        except DiskFull:
            break
    concerns_before = len(office.list_concerns())
    tap(qtbot, flow.review_screen.send_button)
    qtbot.waitUntil(lambda: "accueil" in flow.review_screen.message.text_label.text())
    assert flow.current_screen() == "review"  # what the citizen wrote is still there
    assert len(office.list_concerns()) == concerns_before
    free_disk(office)
    tap(qtbot, flow.review_screen.send_button)  # space is back: the same concern goes through
    qtbot.waitUntil(lambda: flow.current_screen() == "confirmation")


def test_maktab_screenshots_renders_the_page_in_arabic_and_french(qtbot, settings, tmp_path):
    from PySide6.QtGui import QImage

    from kiosk.ui.screenshots import render_out_of_service

    files = render_out_of_service(settings, tmp_path / "shots", ["ar", "fr"], (1024, 768))
    assert [f.name for f in files] == ["ar-out-of-service.png", "fr-out-of-service.png"]
    for path in files:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1024, 768)
