"""The background-work helper and the Qt adapter for core events."""
from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QThread

from kiosk.domain.tickets import Priority
from kiosk.ui.bridge import OfficeBridge, PrintBridge
from kiosk.ui.worker import Worker


def test_worker_runs_off_the_ui_thread_and_reports_back_on_it(qtbot):
    worker = Worker()
    gui = QThread.currentThread()
    ran_on, results = [], []

    def work(a, b):
        ran_on.append(threading.current_thread())
        return a + b

    worker.submit(work, 2, 3, on_success=lambda r: results.append((r, QThread.currentThread() is gui)))
    qtbot.waitUntil(lambda: bool(results))
    assert results == [(5, True)]
    assert ran_on[0] is not threading.main_thread()
    assert worker.pending() == 0


def test_worker_failure_goes_to_on_failure(qtbot):
    worker = Worker()
    failures = []

    def broken():
        raise OSError("printer on fire")

    worker.submit(broken, on_success=lambda _r: failures.append("wrong"), on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], OSError) and str(failures[0]) == "printer on fire"


def test_office_events_from_another_thread_arrive_on_the_gui_thread(qtbot, office):
    bridge = OfficeBridge(office)
    gui = QThread.currentThread()
    seen = []
    bridge.ticket_issued.connect(lambda data: seen.append((data["label"], QThread.currentThread() is gui)))
    code = office.services()[0].code
    thread = threading.Thread(target=office.issue_ticket, args=(code, Priority.NONE, "fr"))
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0][1] is True and seen[0][0].endswith("-001")
    bridge.close()
    office.issue_ticket(code)
    QCoreApplication.processEvents()  # delivers whatever the bridge would have queued: nothing may arrive
    assert len(seen) == 1


def test_print_bridge_turns_spool_enums_into_plain_values(qtbot):
    from kiosk.printing.printers import PrinterErrorReason
    from kiosk.printing.spool import JobState

    bridge = PrintBridge()
    with qtbot.waitSignal(bridge.status) as blocker:
        threading.Thread(target=bridge.on_status,
                         args=("t-1", JobState.FAILED_RETRYING, PrinterErrorReason.PAPER_OUT)).start()
    assert blocker.args == ["t-1", "failed_retrying", "paper_out"]
