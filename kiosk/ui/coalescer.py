"""`Coalescer`: many "please refresh" requests in a burst become one refresh.

Screens re-read the office when it reports a change; a burst of events (ten tickets
issued at once, a resync) must not become ten reads. Two rules, one object:

- a request starts the `delay_ms` wait (if not already waiting); when it ends the
  refresh runs once, however many requests came meanwhile (`delay_ms=0`: at once);
- a refresh is work handed to the worker: until the screen calls `finished()`, new
  requests do not start a second read but mark one more refresh to run after it,
  because the answer on its way may already be stale. `finished()` says so (True →
  another refresh has started: the caller may skip showing the stale answer).

    self._reads = Coalescer(self._read, clock, self, delay_ms=150)
    bridge.queue_changed.connect(self._reads.request)
    def _read(self): self.worker.submit(fetch, on_success=self._shown, on_failure=…)
    def _shown(self, answer): if not self._reads.finished(): show(answer)

The delay runs on the injected `UiClock`, so tests fire it with `ManualUiClock.advance`.

Thread use: GUI thread.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from kiosk.ui.clock import UiClock


class Coalescer(QObject):
    def __init__(self, run: Callable[[], None], clock: UiClock, parent: QObject | None = None, *,
                 delay_ms: int = 0):
        super().__init__(parent)
        self._run = run
        self._running = False
        self._again = False
        self._timer = clock.timer(self, max(0, delay_ms), single_shot=True) if delay_ms > 0 else None
        if self._timer is not None:
            self._timer.timeout.connect(self.now)

    @property
    def running(self) -> bool:
        """A refresh was started and has not `finished()` yet."""
        return self._running

    def request(self, *_ignored: object) -> None:
        """Ask for a refresh (any signal arguments are ignored)."""
        if self._timer is None:
            self.now()
        elif not self._timer.isActive():
            self._timer.start()

    def now(self) -> None:
        """Refresh without waiting for the delay (still one at a time)."""
        if self._timer is not None:
            self._timer.stop()
        if self._running:
            self._again = True
            return
        self._running = True
        self._run()

    def finished(self) -> bool:
        """The refresh in flight has answered; True when another one was asked for and has started."""
        self._running = False
        if not self._again:
            return False
        self._again = False
        self.now()
        return True

    def failed(self) -> None:
        """The refresh in flight failed: requests made meanwhile are dropped (the caller retries)."""
        self._running = False
        self._again = False

    def cancel(self) -> None:
        """Forget requests not yet run (the screen is going away or starts over)."""
        if self._timer is not None:
            self._timer.stop()
        self._again = False

    def stop(self) -> None:
        """Cancel, and forget a refresh in flight too (its answer will be ignored by the caller)."""
        self.cancel()
        self._running = False


__all__ = ["Coalescer"]
