"""The print spool: receipts leave the UI thread here and are retried until printed.

`PrintSpool` owns one worker thread (plain `threading`, no Qt) that sends jobs to one
printer in the order they were submitted. A job that fails is retried with capped
exponential backoff while it is younger than `max_age_s` (10 minutes by default: after
that the citizen has long left with the ticket shown on screen); then it is given up.
Later jobs wait behind a failing one, so receipts never come out of order.

Every change is reported through `on_status(job_id, state, reason)`:

    queued           accepted (or re-queued by `reprint`)
    printed          the printer confirmed it is online with paper after taking the bytes
    sent_unconfirmed the printer took the bytes but did not (or cannot) confirm; not retried,
                     since a second copy would be worse than the citizen reading the screen
    failed_retrying  the last attempt failed with `reason`; another will follow
    given_up         too old to be worth printing, or the spool closed first

`reason` is a PrinterErrorReason (None for queued/printed). The callback runs on the
worker thread (on the caller's thread for `queued`); the UI's Qt adapter re-emits it as a
queued signal. Nothing here raises into the caller: the ticket itself is already
committed elsewhere and shown on screen; the spool only prints it.

Thread: `submit`, `reprint`, `state` and `close` may be called from any thread.
"""
from __future__ import annotations

import collections
import dataclasses
import enum
import itertools
import logging
import threading
import time
from collections.abc import Callable

from kiosk.printing.printers import Delivery, Printer, PrinterError, PrinterErrorReason
from sync.backoff import Backoff

log = logging.getLogger(__name__)


class JobState(str, enum.Enum):
    QUEUED = "queued"
    PRINTED = "printed"
    SENT_UNCONFIRMED = "sent_unconfirmed"
    FAILED_RETRYING = "failed_retrying"
    GIVEN_UP = "given_up"


StatusCallback = Callable[[str, JobState, "PrinterErrorReason | None"], None]


@dataclasses.dataclass(eq=False)  # jobs are compared by identity
class _Job:
    job_id: str
    data: bytes
    label: str
    created: float  # monotonic seconds; reprint starts a fresh age
    state: JobState = JobState.QUEUED
    attempts: int = 0
    next_attempt: float = 0.0


class PrintSpool:
    """A queue of receipt jobs printed by one worker thread, with retries.

    `backoff_initial_s` doubles after each failure up to `backoff_max_s`. The bytes of
    the last `keep_jobs` jobs are kept so `reprint(job_id)` can print them again.
    """

    def __init__(
        self,
        printer: Printer,
        on_status: StatusCallback | None = None,
        *,
        max_age_s: float = 600.0,
        backoff_initial_s: float = 1.0,
        backoff_max_s: float = 30.0,
        keep_jobs: int = 50,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.printer = printer
        self._on_status = on_status
        self.max_age_s = max_age_s
        # Without jitter: one spool, one printer, nobody else to fall in step with; and the
        # log names the exact wait. The job's own attempts count, so a reprint starts afresh.
        self.backoff = Backoff(base=backoff_initial_s, cap=backoff_max_s, jitter=0.0)
        self._keep_jobs = keep_jobs
        self._clock = clock
        self._lock = threading.Condition()
        self._pending: collections.deque[_Job] = collections.deque()
        self._jobs: collections.OrderedDict[str, _Job] = collections.OrderedDict()  # recent, for reprint
        self._ids = itertools.count(1)
        self._closed = False
        self._worker = threading.Thread(target=self._run, name="print-spool", daemon=True)
        self._worker.start()

    # -- caller side ------------------------------------------------------------------

    def submit(self, data: bytes, label: str = "receipt", job_id: str | None = None) -> str:
        """Queue `data` for printing and return the job id (given or generated)."""
        with self._lock:
            job_id = job_id or f"job-{next(self._ids)}"
            job = _Job(job_id, bytes(data), label, self._clock())
            self._remember(job)
            if self._closed:
                job.state = JobState.GIVEN_UP
            else:
                self._pending.append(job)
                self._lock.notify_all()
        self._report(job_id, job.state, None)
        return job_id

    def reprint(self, job_id: str) -> bool:
        """Print a recent job again (a citizen lost the receipt). False if unknown, waiting or closed."""
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None or self._closed or job in self._pending:
                return False
            job.state, job.attempts, job.next_attempt, job.created = JobState.QUEUED, 0, 0.0, self._clock()
            self._pending.append(job)
            self._lock.notify_all()
        self._report(job_id, JobState.QUEUED, None)
        return True

    def state(self, job_id: str) -> JobState | None:
        with self._lock:
            job = self._jobs.get(job_id)
            return job.state if job else None

    def pending(self) -> int:
        with self._lock:
            return len(self._pending)

    def close(self, timeout_s: float = 10.0) -> list[str]:
        """Stop the worker after its current attempt; jobs still waiting are given up.

        Returns their ids. Safe to call twice.
        """
        with self._lock:
            self._closed = True
            self._lock.notify_all()
        if threading.current_thread() is not self._worker:
            self._worker.join(timeout_s)
            if self._worker.is_alive():
                log.warning("print spool: the printer %s is still busy after %.0f s", self.printer, timeout_s)
        with self._lock:
            abandoned = list(self._pending)
            self._pending.clear()
            for job in abandoned:
                job.state = JobState.GIVEN_UP
        for job in abandoned:
            self._report(job.job_id, JobState.GIVEN_UP, None)
        return [job.job_id for job in abandoned]

    def __enter__(self) -> PrintSpool:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    # -- worker side ------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            with self._lock:
                job = self._next_due_job()
                if job is None:
                    return
            self._attempt(job)

    def _next_due_job(self) -> _Job | None:
        """Wait (lock held) for the head job to be due; None once closed."""
        while not self._closed:
            if not self._pending:
                self._lock.wait()
                continue
            job = self._pending[0]
            now = self._clock()
            if now - job.created > self.max_age_s:
                self._pending.popleft()
                job.state = JobState.GIVEN_UP
                self._lock.release()
                try:
                    log.warning("print spool: giving up %s (%s) after %d attempts", job.job_id, job.label, job.attempts)
                    self._report(job.job_id, JobState.GIVEN_UP, None)
                finally:
                    self._lock.acquire()
                continue
            if job.next_attempt > now:
                self._lock.wait(job.next_attempt - now)
                continue
            return job
        return None

    def _attempt(self, job: _Job) -> None:
        job.attempts += 1
        try:
            delivery = self.printer.send(job.data, job.label)
        except PrinterError as error:
            reason, detail = error.reason, error.detail
        except Exception as error:  # a printer bug must not stop the spool
            log.exception("print spool: %s failed unexpectedly", self.printer)
            reason, detail = PrinterErrorReason.ERROR, repr(error)
        else:
            # Only the printer's own word makes a receipt "printed"; anything else is "sent".
            state = JobState.PRINTED if delivery is Delivery.PRINTED else JobState.SENT_UNCONFIRMED
            with self._lock:
                if self._pending and self._pending[0] is job:
                    self._pending.popleft()
                job.state = state
            if state is JobState.SENT_UNCONFIRMED:
                log.info("print spool: %s (%s) sent to %s, not confirmed: %s",
                         job.job_id, job.label, self.printer, getattr(self.printer, "last_note", ""))
            self._report(job.job_id, state, None)
            return
        # Not urllib3's Retry: it counts attempts of HTTP requests, while this spool gives
        # up on a job's age, which Retry does not model.
        delay = self.backoff.delay_after(job.attempts)
        with self._lock:
            job.state = JobState.FAILED_RETRYING
            job.next_attempt = self._clock() + delay
        log.warning("print spool: %s (%s) attempt %d failed: %s %s; retry in %.1f s",
                    job.job_id, job.label, job.attempts, reason.value, detail, delay)
        self._report(job.job_id, JobState.FAILED_RETRYING, reason)

    def _remember(self, job: _Job) -> None:
        self._jobs[job.job_id] = job
        self._jobs.move_to_end(job.job_id)
        while len(self._jobs) > self._keep_jobs:
            oldest_id, oldest = next(iter(self._jobs.items()))
            if oldest in self._pending:
                break  # never forget a job that still has to print
            del self._jobs[oldest_id]

    def _report(self, job_id: str, state: JobState, reason: PrinterErrorReason | None) -> None:
        if self._on_status is None:
            return
        try:
            self._on_status(job_id, state, reason)
        except Exception:  # the UI's callback must not kill the worker or the caller
            log.exception("print spool: status callback failed for %s %s", job_id, state.value)
