"""The printer condition the office reports, learnt from a real spool printing to a fake
ESC/POS printer on loopback (which answers the status requests as an Epson does)."""
from __future__ import annotations

import threading

from kiosk.printing.printer_state import PrinterState
from kiosk.printing.printers import Printer, PrinterError, PrinterErrorReason, open_printer
from kiosk.printing.spool import JobState, PrintSpool
from tests.printing.fake_printer import ANSWERED


class Watched:
    """A spool callback that feeds the tracker, then lets the test wait for a job state."""

    def __init__(self, tracker: PrinterState):
        self.tracker = tracker
        self._seen: list[tuple[str, JobState, PrinterErrorReason | None]] = []
        self._changed = threading.Condition()

    def __call__(self, job_id, state, reason) -> None:
        self.tracker.on_status(job_id, state, reason)
        with self._changed:
            self._seen.append((job_id, state, reason))
            self._changed.notify_all()

    def wait_for(self, job_id: str, state: JobState, timeout: float = 10.0) -> None:
        with self._changed:
            assert self._changed.wait_for(lambda: any(s[:2] == (job_id, state) for s in self._seen), timeout), \
                self._seen


def spool_on(printer, tracker: PrinterState) -> tuple[PrintSpool, Watched]:
    watched = Watched(tracker)
    return PrintSpool(printer, watched, backoff_initial_s=0.02, backoff_max_s=0.1), watched


def test_unknown_until_a_job_reaches_the_printer():
    tracker = PrinterState()
    assert tracker.state() == "unknown"
    tracker.on_status("job-1", JobState.QUEUED, None)
    assert tracker.state() == "unknown"  # queued says nothing about the printer


def test_paper_out_then_a_good_print_is_ok_again(fake_printer):
    tracker = PrinterState()
    fake_printer.mode = "paper_out"
    spool, watched = spool_on(open_printer(fake_printer.url, status_timeout_s=ANSWERED), tracker)
    with spool:
        job = spool.submit(b"\x1b@A-042", "A-042")
        watched.wait_for(job, JobState.FAILED_RETRYING)
        assert tracker.state() == "paper_out"
        fake_printer.mode = "ok"  # a new roll
        watched.wait_for(job, JobState.PRINTED)
        assert tracker.state() == "ok"


def test_a_printer_that_hangs_up_is_offline(fake_printer):
    tracker = PrinterState()
    fake_printer.mode = "hang_up"
    spool, watched = spool_on(open_printer(fake_printer.url, status_timeout_s=ANSWERED), tracker)
    with spool:
        watched.wait_for(spool.submit(b"\x1b@A-001", "A-001"), JobState.FAILED_RETRYING)
        assert tracker.state() == "offline"


def test_an_open_cover_is_an_error(fake_printer):
    tracker = PrinterState()
    fake_printer.mode = "cover_open"
    spool, watched = spool_on(open_printer(fake_printer.url, status_timeout_s=ANSWERED), tracker)
    with spool:
        watched.wait_for(spool.submit(b"\x1b@A-001", "A-001"), JobState.FAILED_RETRYING)
        assert tracker.state() == "error"


class BrokenDriver(Printer):
    def send(self, data, label="receipt"):
        raise PrinterError(PrinterErrorReason.ERROR, "no permission on /dev/usb/lp0")


def test_a_driver_error_is_an_error_and_giving_up_keeps_it():
    tracker = PrinterState()
    spool, watched = spool_on(BrokenDriver("usb:04b8:0202"), tracker)
    with spool:
        job = spool.submit(b"x", "A-001")
        watched.wait_for(job, JobState.FAILED_RETRYING)
    watched.wait_for(job, JobState.GIVEN_UP)  # the spool closed first
    assert tracker.state() == "error"


def test_a_printer_that_takes_the_bytes_without_confirming_is_ok(tmp_path):
    tracker = PrinterState()
    spool, watched = spool_on(open_printer(f"file:{tmp_path / 'lp0'}"), tracker)
    with spool:
        watched.wait_for(spool.submit(b"ticket", "A-007"), JobState.SENT_UNCONFIRMED)
    assert tracker.state() == "ok"


def test_listeners_hear_changes_only():
    tracker = PrinterState()
    heard = []
    stop = tracker.subscribe(lambda: heard.append(tracker.state()))
    tracker.on_status("job-1", JobState.FAILED_RETRYING, PrinterErrorReason.PAPER_OUT)
    tracker.on_status("job-1", JobState.FAILED_RETRYING, PrinterErrorReason.PAPER_OUT)  # still out: no news
    tracker.on_status("job-1", JobState.PRINTED, None)
    stop()
    tracker.on_status("job-2", JobState.FAILED_RETRYING, PrinterErrorReason.OFFLINE)
    assert heard == ["paper_out", "ok"]
    assert tracker.state() == "offline"


def test_a_failing_listener_does_not_stop_the_others():
    tracker = PrinterState()
    heard = []

    def broken():
        raise RuntimeError("listener bug")

    tracker.subscribe(broken)
    tracker.subscribe(lambda: heard.append(tracker.state()))
    tracker.on_status("job-1", JobState.PRINTED, None)
    assert heard == ["ok"]
