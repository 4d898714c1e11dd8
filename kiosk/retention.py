"""The retention purge, run by the hub: personal fields of old concerns are erased.

Law 18-07 asks for the least personal data for the shortest time. Once a concern's
last change is older than `privacy.retention_days` and the central server has every
event about it, its contact name and phone are erased; the purge itself is recorded
(history entry and outbox event). Runs at start and then every few hours. The same
pass drops the answers to request and action ids older than a day
(`kiosk/office/once.py`): they only serve a device retrying a lost answer.

Thread use: its own daemon thread; the Office is thread-safe.
"""
from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)

INTERVAL_S = 6 * 3600


class RetentionPurger:
    def __init__(self, office, retention_days: int, interval_s: float = INTERVAL_S):
        self._office = office
        self._days = retention_days
        self._interval = interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="retention-purge", daemon=True)
        self.purged_total = 0

    def start(self) -> RetentionPurger:
        self._thread.start()
        return self

    def run_once(self) -> int:
        forgotten = self._office.forget_old_answers()
        if forgotten:
            log.info("retention: forgot %d answered request id(s) older than a day", forgotten)
        purged = self._office.purge_personal_data(self._days)
        self.purged_total += purged
        if purged:
            log.info("retention: erased the contact details of %d concern(s) older than %d days",
                     purged, self._days)
        return purged

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_once()
            except Exception:  # a locked or full disk must not kill the hub; try again later
                log.exception("retention purge failed")
            self._stop.wait(self._interval)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
