"""Whether the office can work at all: a damaged or unreadable database, said once to every screen.

The database connection reports each storage failure it meets (`kiosk/store/errors.py`);
a damaged or unreadable file makes the office *out of service*: `problem` says why and
listeners get one `office.problem` event ({"code", "message"}), so the citizen screens
switch to the out-of-service page and desks (also over the LAN) say what is wrong. A
full disk is not a lasting state: the one action that met it is refused with `DiskFull`
and the next may succeed once space is freed.

`check_integrity()` runs SQLite's quick check at start, on its own connection, so a file
damaged where start-up did not read is found before a citizen meets it.

Thread use: any (the hook runs on the thread whose statement failed).
"""
from __future__ import annotations

import logging
from typing import Any

from kiosk.office.unit_of_work import UnitOfWork
from kiosk.store.database import integrity_check
from kiosk.store.errors import DatabaseDamaged, DiskFull, StoreError

log = logging.getLogger(__name__)

PROBLEM_EVENT = "office.problem"


class Health:
    """The office's health, built around the shared `UnitOfWork`: `storage_failed` is the
    connection's failure hook (set by `Office`)."""

    def __init__(self, work: UnitOfWork):
        self._work = work
        self._problem: StoreError | None = None

    @property
    def problem(self) -> StoreError | None:
        """Why the office cannot work (damaged or unreadable database), or None."""
        return self._problem

    def problem_json(self) -> dict[str, Any] | None:
        found = self._problem
        return None if found is None else {"code": found.code, "message": found.message}

    def storage_failed(self, failure: StoreError) -> None:
        if isinstance(failure, DiskFull):  # whoever asked reports it (screen, hub, CLI): no second copy here
            log.info("office database: %s", failure.message)
            return
        if self._problem is not None:
            return
        # The call that met it reports it (screen, hub, CLI line); the log keeps the moment.
        log.info("the office is out of service: %s", failure.message)
        self._problem = failure
        self._work.publish(PROBLEM_EVENT, {"code": failure.code, "message": failure.message})

    def check_integrity(self) -> str:
        """SQLite's quick check of the office file ("ok" or the complaint); a bad answer puts
        the office out of service. In memory there is nothing to check."""
        path = self._work.database_file
        if path is None:
            return "ok"
        try:
            result = integrity_check(path)
        except StoreError as exc:
            log.error("office database check: %s", exc.message)  # found in the background: say it here
            self.storage_failed(exc)
            return exc.message
        if result != "ok":
            log.error("office database check: %s is damaged: %s", path, result)
            self.storage_failed(DatabaseDamaged(
                f"the office database {path} is damaged (integrity check: {result})", result))
        return result


_ADVICE = {
    "database_damaged": "Run `maktab-sync doctor`: it checks the file and prints the command that restores the "
                        "newest backup. Then restart the kiosk.",
    "database_unreadable": "Check that the file exists and that the kiosk's user may read and write it "
                           "(`maktab-sync doctor` says more). Then restart the kiosk.",
    "disk_full": "Free some space on this PC's disk (`maktab-sync doctor` shows how much is left); "
                 "the kiosk works again at once.",
}


def technician_lines(code: str, message: str) -> list[str]:
    """What the out-of-service page tells the technician: what is wrong, then what to do."""
    return [message] + ([_ADVICE[code]] if code in _ADVICE else [])
