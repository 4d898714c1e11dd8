"""How the desk calls the office: in place for a local office, through the worker for the hub.

A local `Office` answers in about a millisecond, so its calls run on the GUI thread and
their callbacks run at once. The LAN hub's `RemoteOffice` may block on the network for
seconds while it retries, so its calls go through the shared `Worker` and report back on
the GUI thread. Screens use the same two callbacks either way.

Thread use: GUI thread (`fn` runs on a pool thread when `background` is on).
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from kiosk.office import Office, OfficePort
from kiosk.ui.worker import Worker

log = logging.getLogger(__name__)


class OfficeCaller(QObject):
    def __init__(self, office: OfficePort, worker: Worker | None = None, background: bool | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.office = office
        # Only the in-process office is known to be quick; anything else may wait on the network.
        self.background = (not isinstance(office, Office)) if background is None else background
        self.worker = worker or Worker(parent=self)

    def run(self, fn: Callable[..., Any], *args: Any, on_success: Callable[[Any], None],
            on_failure: Callable[[BaseException], None], **kwargs: Any) -> None:
        if self.background:
            self.worker.submit(fn, *args, on_success=on_success, on_failure=on_failure, **kwargs)
            return
        try:
            result = fn(*args, **kwargs)
        except Exception as exc:  # handed to on_failure, like the worker does
            log.info("office call %s refused: %s", getattr(fn, "__name__", fn), exc)
            on_failure(exc)
        else:
            on_success(result)
