"""The one way slow or fallible work leaves the UI thread.

    worker = Worker()
    worker.submit(render_and_send, receipt, on_success=shown, on_failure=warn)

`fn` runs on a `QThreadPool` thread; `on_success(result)` or `on_failure(exc)` then runs
on the thread that owns the `Worker` (the GUI thread), through a queued signal, so
callbacks may touch widgets. The exception's traceback is logged where it happened.
The UI thread never waits on the work, except `wait_for_done()` at shutdown.

Thread use: create and `submit` on the GUI thread; `fn` runs on a pool thread.
"""
from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class _Task(QRunnable):
    def __init__(self, worker: Worker, task_id: int, fn: Callable[..., Any], args, kwargs):
        super().__init__()
        self.setAutoDelete(True)
        self._worker = worker
        self._id = task_id
        self._fn = fn
        self._args = args
        self._kwargs = kwargs

    def run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except Exception as exc:  # handed to on_failure; never lost in the pool thread
            log.exception("background task %s failed", getattr(self._fn, "__qualname__", self._fn))
            self._worker._done.emit(self._id, False, exc)
        else:
            self._worker._done.emit(self._id, True, result)


class Worker(QObject):
    """Runs callables on a thread pool and reports back on the owner's thread."""

    _done = Signal(int, bool, object)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None, max_threads: int = 2):
        super().__init__(parent)
        # Its own pool, not Qt's global one: shutdown waits only for this helper's work, and
        # the global pool is drained when an application event loop ends.
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(max_threads)
        self._pool = pool
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callback | None, Callback | None]] = {}
        # Queued even when emitted on this thread: a callback never runs inside submit().
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(self, fn: Callable[..., Any], *args: Any, on_success: Callback | None = None,
               on_failure: Callback | None = None, **kwargs: Any) -> int:
        """Run `fn(*args, **kwargs)` off the UI thread; returns a task number."""
        task_id = next(self._ids)
        self._callbacks[task_id] = (on_success, on_failure)
        self._pool.start(_Task(self, task_id, fn, args, kwargs))
        return task_id

    def pending(self) -> int:
        """Tasks whose callbacks have not run yet."""
        return len(self._callbacks)

    def wait_for_done(self, msecs: int = 5000) -> bool:
        """Block until the pool is idle (shutdown and tests only)."""
        return self._pool.waitForDone(msecs)

    @Slot(int, bool, object)
    def _deliver(self, task_id: int, ok: bool, value: object) -> None:
        on_success, on_failure = self._callbacks.pop(task_id, (None, None))
        callback = on_success if ok else on_failure
        if callback is None:
            return
        try:
            callback(value)
        except Exception:  # a broken callback must not take the event loop down
            log.exception("callback of background task %s failed", task_id)
