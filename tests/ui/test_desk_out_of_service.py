"""Desks say what is wrong when the office database is damaged or the disk is full: on the
hub PC itself, and on a counter PC whose hub reports it."""
from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.office import DiskFull, Office, OfficeInfo
from kiosk.ui.desk.app import build_desk_window
from tests.storage_faults import damage_pages, fill_disk, free_disk, office_with_tickets
from tests.ui.test_desk_over_lan import desk  # noqa: F401 - the clerk at a counter PC, logged in (hub, remote: conftest)

LEFT = Qt.MouseButton.LeftButton


def _log_in(qtbot, window, name="Amina", pin="4829"):
    qtbot.keyClicks(window.login_screen.name_edit, name)
    qtbot.keyClicks(window.login_screen.pin_edit, pin)
    qtbot.mouseClick(window.login_screen.login_button, LEFT)


def test_a_desk_on_a_damaged_local_database_says_so_in_french(qtbot, qapp, tmp_path, clock, catalogue, settings):
    path = tmp_path / "damaged.sqlite3"
    info = OfficeInfo("APC Test", "TST", "Africa/Algiers")
    seeded = office_with_tickets(path, info=info, clock=clock, catalogue=catalogue)
    seeded.add_staff("Amina", "clerk", "4829")
    seeded._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    seeded.close()
    damage_pages(path)
    office = Office.open_path(path, info, clock, catalogue)
    try:
        window = build_desk_window(office, settings)
        qtbot.addWidget(window)
        window.set_language("fr")
        window.show()
        office.check_integrity()  # what desk mode runs at start on the hub PC's own file
        qtbot.waitUntil(lambda: window.banner.isVisible())
        assert window.banner.text_label.text().startswith("La base de données du bureau est endommagée")
        assert "maktab-sync doctor" in window.banner.text_label.text()
        assert not window.banner.retry_button.isVisible()
        window.close()
    finally:
        office.close()


def test_a_counter_pc_hears_from_the_hub_that_its_database_is_damaged(qtbot, desk, office, tmp_path):  # noqa: F811
    for _ in range(300):
        office.issue_ticket("EC-N12")
    office._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage_pages(tmp_path / "office.sqlite3")
    office.check_integrity()  # the hub finds it; the desk is told over the event stream
    qtbot.waitUntil(lambda: desk.banner.problem_code == "database_damaged", timeout=10_000)
    assert desk.banner.isVisible()
    assert "damaged" in desk.banner.text_label.text() or "endommagée" in desk.banner.text_label.text() \
        or "تالفة" in desk.banner.text_label.text()


def test_a_clerk_action_on_a_full_disk_says_it_was_not_saved(qtbot, desk, office):  # noqa: F811
    fill_disk(office)
    while True:  # the pages in hand hold a few more tickets
        try:
            office.issue_ticket("EC-N12")
        except DiskFull:
            break
    desk.set_language("en")
    qtbot.mouseClick(desk.desk_screen.buttons["call_next"], LEFT)
    qtbot.waitUntil(lambda: "disk is full" in desk.desk_screen.message_label.text(), timeout=15_000)
    free_disk(office)


def test_desk_mode_on_a_file_that_is_not_a_database_says_why_and_stops(qtbot, qapp, tmp_path, settings):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kiosk.ui.desk.app import run_desk
    from tests.storage_faults import damage_header

    office_with_tickets(settings.database_path, tickets=3).close()
    damage_header(settings.database_path)
    shown = {}

    def read_and_close():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        shown["text"], shown["detail"] = box.text(), box.informativeText()
        box.accept()

    QTimer.singleShot(0, read_and_close)
    assert run_desk(settings) == 1
    assert shown["text"].startswith("قاعدة بيانات المكتب تالفة")  # the desk's language: Arabic by default
    assert "not a database" in shown["detail"] and str(settings.database_path) in shown["detail"]
