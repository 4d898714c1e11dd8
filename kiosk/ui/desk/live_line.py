"""The counter's live line: the waiting tickets, the counts and today's figures, read again
after each office event and each action, one read at a time.

A read asked for while one is out is made once more when it answers (that answer may
already be stale, so it is not shown); a read for a desk that has since closed its
counter or logged out is dropped. When the hub cannot be reached the connection banner
says so and the desk's retry timer asks again.

Thread use: GUI thread; the three office calls run together through the desk's
`OfficeCaller` (on the worker when the office is remote).
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.domain.service_controls import ServiceLevel
from kiosk.domain.tickets import Ticket
from kiosk.office import OfficePort
from kiosk.office.desk import CounterFigures
from kiosk.ui.coalescer import Coalescer
from kiosk.ui.desk.errors import error_code, is_out_of_service
from kiosk.ui.office_model import is_unreachable

if TYPE_CHECKING:
    from kiosk.ui.desk.window import DeskWindow

log = logging.getLogger(__name__)

LineAnswer = tuple[list[Ticket], dict[str, int], CounterFigures, dict[str, ServiceLevel]]


def read_line(office: OfficePort, counter: str, services: list[str]) -> LineAnswer:
    """What the counter shows of its line (worker thread when remote: four requests); the
    service levels bring the longest waits and the target alerts of the counter's lines."""
    levels = {level.service_code: level for level in office.service_levels() if level.service_code in services}
    return office.waiting_tickets(services), office.waiting_counts(), office.counter_figures(counter), levels


class LiveLine(QObject):
    def __init__(self, window: DeskWindow):
        super().__init__(window)
        self._window = window
        # One read of the line at a time; asked again meanwhile, it reads once more after.
        self._reads = Coalescer(self._read_now, window.clock, self)

    def refresh(self) -> None:
        w = self._window
        if w.session is None or not w.counter:
            return
        self._reads.now()

    def _read_now(self) -> None:
        w = self._window
        if w.session is None or not w.counter:  # logged out while the last read was out
            self._reads.failed()
            return
        w.caller.run(read_line, w.office, w.counter, list(w.counter_services),
                     on_success=self._show, on_failure=self._unreadable)

    def _show(self, answer: LineAnswer) -> None:
        if self._reads.finished():  # something changed while reading: this answer may be stale
            return
        w = self._window
        if w.counter is None:
            return
        tickets, counts, figures, levels = answer
        now = w.now()
        w.desk_screen.show_line(tickets, {code: counts.get(code, 0) for code in w.counter_services}, now, levels)
        w.desk_screen.show_figures(figures.served, figures.no_shows, figures.avg_service_min)
        if w.in_flight is None:
            w.desk_screen.show_current(figures.current, now)
        if w.banner.state == "lost" and w.pending is None:
            w.banner.clear()
            w.retry_timer.stop()

    def _unreadable(self, exc: BaseException) -> None:
        self._reads.failed()
        w = self._window
        if is_unreachable(exc):
            if w.pending is None:
                w.banner.show_lost()
            w.retry_timer.start()
        elif error_code(exc) == "not_logged_in" or is_out_of_service(exc):
            w.show_refusal(exc)
        else:
            log.warning("cannot read the waiting line: %s", exc)


__all__ = ["LiveLine", "read_line"]
