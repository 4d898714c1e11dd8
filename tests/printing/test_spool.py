"""The print spool against a fake network printer on loopback, and a few unit cases."""
from __future__ import annotations

import logging
import re
import threading
import time

import pytest

from kiosk.printing.printers import (
    Printer,
    PrinterError,
    PrinterErrorReason,
    open_printer,
)
from kiosk.printing.spool import JobState, PrintSpool
from tests.printing.fake_printer import ANSWERED, SILENT


class Recorder:
    """Collects on_status calls; `wait_for` blocks until a condition holds (no sleeps)."""

    def __init__(self) -> None:
        self.events: list[tuple[str, JobState, PrinterErrorReason | None]] = []
        self._changed = threading.Condition()

    def __call__(self, job_id, state, reason) -> None:
        with self._changed:
            self.events.append((job_id, state, reason))
            self._changed.notify_all()

    def wait_for(self, predicate, timeout: float = 10.0) -> None:
        with self._changed:
            assert self._changed.wait_for(lambda: predicate(self.events), timeout), self.events

    def states(self, job_id: str) -> list[JobState]:
        return [state for jid, state, _ in self.events if jid == job_id]


def has(job_id, state, reason=None):
    return lambda events: any(e[0] == job_id and e[1] is state and (reason is None or e[2] is reason) for e in events)


def fast_spool(printer, recorder, **options) -> PrintSpool:
    options = {"backoff_initial_s": 0.02, "backoff_max_s": 0.1, **options}
    return PrintSpool(printer, recorder, **options)


def test_paper_out_then_recovered(fake_printer):
    recorder = Recorder()
    fake_printer.mode = "paper_out"
    with fast_spool(open_printer(fake_printer.url, status_timeout_s=ANSWERED), recorder) as spool:
        job = spool.submit(b"\x1b@A-042\x1dVB\x00", "A-042")
        recorder.wait_for(has(job, JobState.FAILED_RETRYING, PrinterErrorReason.PAPER_OUT))
        assert fake_printer.jobs == []
        fake_printer.mode = "ok"  # someone put a new roll in
        recorder.wait_for(has(job, JobState.PRINTED))
    states = recorder.states(job)
    assert states[0] is JobState.QUEUED and states[-1] is JobState.PRINTED
    assert set(states[1:-1]) == {JobState.FAILED_RETRYING}
    assert fake_printer.wait_for_jobs(1) == [b"\x1b@A-042\x1dVB\x00"]


def test_a_stalled_printer_is_reported_sent_not_printed_and_not_printed_twice(fake_printer):
    recorder = Recorder()
    fake_printer.mode = "silent"
    with fast_spool(open_printer(fake_printer.url, status_timeout_s=SILENT), recorder) as spool:
        job = spool.submit(b"\x1b@A-042", "A-042")
        recorder.wait_for(has(job, JobState.SENT_UNCONFIRMED))
        assert spool.state(job) is JobState.SENT_UNCONFIRMED
    assert recorder.states(job) == [JobState.QUEUED, JobState.SENT_UNCONFIRMED]
    assert fake_printer.wait_for_jobs(1) == [b"\x1b@A-042"] and fake_printer.connections == 1


def test_paper_running_out_during_a_job_is_retried_until_confirmed(fake_printer):
    recorder = Recorder()
    fake_printer.mode = "runs_out"
    with fast_spool(open_printer(fake_printer.url, status_timeout_s=ANSWERED), recorder) as spool:
        job = spool.submit(b"\x1b@A-043", "A-043")
        recorder.wait_for(has(job, JobState.FAILED_RETRYING, PrinterErrorReason.PAPER_OUT))
        fake_printer.mode = "ok"
        recorder.wait_for(has(job, JobState.PRINTED))
    assert JobState.SENT_UNCONFIRMED not in recorder.states(job)


def test_printer_offline_then_back_keeps_order(fake_printer):
    recorder = Recorder()
    fake_printer.mode = "hang_up"
    with fast_spool(open_printer(fake_printer.url, status_timeout_s=ANSWERED), recorder) as spool:
        first = spool.submit(b"\x1b@first", "A-001")
        second = spool.submit(b"\x1b@second", "A-002")
        recorder.wait_for(has(first, JobState.FAILED_RETRYING, PrinterErrorReason.OFFLINE))
        fake_printer.mode = "ok"
        recorder.wait_for(has(second, JobState.PRINTED))
    assert fake_printer.wait_for_jobs(2) == [b"\x1b@first", b"\x1b@second"]


class BrokenPrinter(Printer):
    """Fails in every way a careless driver might, counting its attempts."""

    def __init__(self, error: Exception):
        super().__init__("broken:")
        self.error = error
        self.attempts = 0

    def send(self, data, label="receipt"):
        self.attempts += 1
        raise self.error


def test_gives_up_on_old_jobs_and_never_raises():
    recorder = Recorder()
    printer = BrokenPrinter(ZeroDivisionError("driver bug"))
    with fast_spool(printer, recorder, max_age_s=0.2) as spool:
        job = spool.submit(b"x", "A-001")
        recorder.wait_for(has(job, JobState.GIVEN_UP))
        assert spool.state(job) is JobState.GIVEN_UP
    reasons = {reason for jid, state, reason in recorder.events if state is JobState.FAILED_RETRYING}
    assert reasons == {PrinterErrorReason.ERROR}
    assert printer.attempts >= 2


def test_backoff_is_capped(caplog):
    recorder = Recorder()
    printer = BrokenPrinter(PrinterError(PrinterErrorReason.OFFLINE, "unplugged"))
    with caplog.at_level(logging.WARNING, logger="kiosk.printing.spool"), \
            fast_spool(printer, recorder, backoff_initial_s=0.1, backoff_max_s=0.4) as spool:
        job = spool.submit(b"x")
        recorder.wait_for(lambda events: recorder.states(job).count(JobState.FAILED_RETRYING) >= 4)
    # The waits the spool set itself (what it says in the log), not how long the machine took.
    delays = [float(m.group(1)) for m in (re.search(r"retry in ([0-9.]+) s", r.getMessage()) for r in caplog.records)
              if m]
    assert delays[:4] == [0.1, 0.2, 0.4, 0.4]  # doubling, then held at the cap


def test_a_failing_callback_does_not_stop_printing(tmp_path):
    printed = threading.Event()

    def on_status(job_id, state, reason):
        if state is JobState.SENT_UNCONFIRMED:  # a file cannot confirm
            printed.set()
        raise RuntimeError("UI bug")

    target = tmp_path / "lp0"
    with PrintSpool(open_printer(f"file:{target}"), on_status) as spool:
        spool.submit(b"one")
        spool.submit(b"two")
        assert printed.wait(5)
        deadline = time.monotonic() + 5
        while target.read_bytes() != b"onetwo" and time.monotonic() < deadline:
            time.sleep(0.01)
    assert target.read_bytes() == b"onetwo"


def test_reprint(tmp_path):
    recorder = Recorder()
    target = tmp_path / "lp0"
    with PrintSpool(open_printer(f"file:{target}"), recorder) as spool:
        job = spool.submit(b"ticket", "A-007")
        recorder.wait_for(has(job, JobState.SENT_UNCONFIRMED))
        assert spool.reprint(job)
        recorder.wait_for(lambda events: recorder.states(job).count(JobState.SENT_UNCONFIRMED) == 2)
        assert not spool.reprint("job-unknown")
    assert target.read_bytes() == b"ticketticket"
    sent = JobState.SENT_UNCONFIRMED
    assert recorder.states(job) == [JobState.QUEUED, sent, JobState.QUEUED, sent]


def test_close_gives_up_waiting_jobs_and_later_submits():
    recorder = Recorder()
    printer = BrokenPrinter(PrinterError(PrinterErrorReason.PAPER_OUT))
    spool = fast_spool(printer, recorder, backoff_initial_s=3600, backoff_max_s=3600)
    job = spool.submit(b"x", "A-001")
    recorder.wait_for(has(job, JobState.FAILED_RETRYING))
    started = time.monotonic()
    assert spool.close(timeout_s=120) == [job]
    # It does not sit out the hour of backoff (nor its own 120 s limit): a bound no load reaches.
    assert time.monotonic() - started < 60
    assert recorder.states(job)[-1] is JobState.GIVEN_UP
    late = spool.submit(b"y")  # after close: reported, not raised
    assert recorder.states(late) == [JobState.GIVEN_UP]
    assert spool.close() == []


@pytest.mark.parametrize("language", ["ar", "kab"])
def test_real_receipt_through_the_spool_to_png(receipt_factory, tmp_path, language):
    from kiosk.printing import ticket_receipt_bytes

    recorder = Recorder()
    receipt = receipt_factory(language)
    with PrintSpool(open_printer(f"png:{tmp_path}"), recorder) as spool:
        job = spool.submit(ticket_receipt_bytes(receipt), receipt.ticket_label)
        recorder.wait_for(has(job, JobState.PRINTED))
    assert [p.name.endswith("-A-042.png") for p in tmp_path.iterdir()] == [True]
