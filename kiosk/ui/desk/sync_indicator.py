"""The central server's sync indicator in the desk's status bar: a coloured dot, one line
of text ("Central server: online · 0 waiting · last 10:42") and a "Sync now" button.

    indicator = SyncIndicator(office, caller, zone, token_provider)
    indicator.load()                               # first state, read through the caller
    bridge.event.connect(indicator.on_office_event)  # then "sync.status" events keep it current

It shows the office's sync status JSON (`office.sync_status()`, the same for a local
`Office` and the hub's `RemoteOffice`; see kiosk/hub/sync_runner.py); the dot's colour is never the only sign, the
text says the same. The last error is in the tooltip, for whoever calls the technician.
Times are the office's local time. The answer to "Sync now" is a sentence sent with the
`message` signal (the desk shows it in its message line).

Thread use: GUI thread; the office is asked through `OfficeCaller` (the worker when remote).
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kiosk.office import OfficePort
from kiosk.office.sync_control import SYNC_STATUS
from kiosk.ui.desk.buttons import DeskButton
from kiosk.ui.desk.caller import OfficeCaller
from kiosk.ui.desk.errors import error_code
from kiosk.ui.desk.texts import arg, isolate_ltr, local_time

log = logging.getLogger(__name__)


def parse_instant(text: str | None) -> dt.datetime | None:
    """An ISO-8601 instant of the sync state ('…Z' or with an offset); None if absent or unreadable."""
    if not text:
        return None
    try:
        instant = dt.datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return instant if instant.tzinfo else instant.replace(tzinfo=dt.UTC)


def dot_state(status: dict[str, Any]) -> str:
    """The dot's colour name: off (not enrolled / stopped), online, offline, starting, attention."""
    if not status.get("enrolled"):
        return "off"
    if not status.get("running", True):
        return "off"
    online = status.get("online")
    if online is None:
        return "starting"
    if not online:
        return "offline"
    return "attention" if status.get("rejected") else "online"


def ask_sync_now(office: OfficePort, token: str) -> bool:
    """Push and pull now, as this clerk; False when the office does not sync with the central server."""
    return office.sync_now(token)


class SyncIndicator(QWidget):
    status_shown = Signal(dict)  # the status just shown
    # The answer to "Sync now", in a sentence: the desk shows it in its message line, which
    # wraps; beside the indicator it would push the status bar wider than the screen.
    message = Signal(str)

    def __init__(self, office: OfficePort, caller: OfficeCaller, zone: ZoneInfo, token_provider: Callable[[], str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sync-indicator")
        self._office = office
        self._caller = caller
        self._zone = zone
        self._token_provider = token_provider
        self.status: dict[str, Any] | None = None  # None: not read yet
        self._events_seen = 0  # a read that set out before an event is older than it
        self._asking = False

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.dot = QLabel()
        self.dot.setObjectName("sync-dot")
        self.dot.setProperty("role", "sync-dot")
        self.dot.setFixedSize(16, 16)
        self.text_label = QLabel()
        self.text_label.setObjectName("sync-text")
        self.text_label.setProperty("role", "sync-text")
        # "offline · 37 waiting since 09:10" is wider than its share of the status bar in
        # French: on two lines rather than cut.
        self.text_label.setWordWrap(True)
        self.sync_button = DeskButton("", role="nav", min_height=48)
        self.sync_button.setObjectName("sync-now")
        self.sync_button.setProperty("size", "small")
        self.sync_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Space stays "call next"
        self.sync_button.clicked.connect(self.sync_now)
        row.addWidget(self.dot, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.text_label)
        row.addWidget(self.sync_button)
        self.note = ""
        self.retranslate()

    # ---- reading the status --------------------------------------------------------------

    def load(self) -> None:
        """Read the current status (off the GUI thread for the hub); events take over from there."""
        seen = self._events_seen

        def read() -> dict[str, Any]:
            return self._office.sync_status()

        def done(status: dict[str, Any]) -> None:
            if self._events_seen == seen:  # no newer status arrived while this one was on its way
                self.show_status(status)

        def failed(exc: BaseException) -> None:
            log.info("sync status not read: %s", exc)
            if self.status is None:
                self.show_status({"enrolled": None})  # unknown: the hub did not answer

        self._caller.run(read, on_success=done, on_failure=failed)

    def on_office_event(self, kind: str, data: dict) -> None:
        """Connect to `OfficeBridge.event`."""
        if kind == SYNC_STATUS:
            self._events_seen += 1
            self.show_status(data)
        elif kind == "hub.resync" or (kind == "hub.connection" and data.get("online")):
            self.load()  # statuses sent while the hub was out of reach were missed

    def show_status(self, status: dict[str, Any]) -> None:
        self.status = dict(status)
        state = dot_state(self.status) if self.status.get("enrolled") is not None else "off"
        if self.dot.property("state") != state:
            self.dot.setProperty("state", state)
            self.dot.style().unpolish(self.dot)
            self.dot.style().polish(self.dot)
        self._render()
        self.status_shown.emit(dict(self.status))

    # ---- "Sync now" ----------------------------------------------------------------------

    def sync_now(self) -> None:
        if self._asking:
            return
        self._asking = True
        self.sync_button.setEnabled(False)
        self._caller.run(ask_sync_now, self._office, self._token_provider(),
                         on_success=self._sync_asked, on_failure=self._sync_refused)

    def _sync_asked(self, started: bool) -> None:
        self._asking = False
        self.sync_button.setEnabled(True)
        if started:
            self.show_note(self.tr("Sending and receiving now…"))
        else:
            self.show_note(self.tr("Sync with the central server is not set up in this office. "
                                   "A technician can enrol it."))

    def _sync_refused(self, exc: BaseException) -> None:
        self._asking = False
        self.sync_button.setEnabled(True)
        code = error_code(exc)
        if code == "hub_unreachable":
            self.show_note(self.tr("The office hub cannot be reached. Try again in a moment."))
        elif code == "not_logged_in":
            self.show_note(self.tr("Your session has ended. Please log in again."))
        else:
            log.warning("sync now refused: %s", exc)
            self.show_note(self.tr("Sync could not be started. The details are in the log."))

    def show_note(self, text: str) -> None:
        self.note = text
        self.message.emit(text)

    # ---- words ----------------------------------------------------------------------------

    def text(self) -> str:
        return self.text_label.text()

    def _time(self, value: str | None) -> str | None:
        instant = parse_instant(value)
        return isolate_ltr(local_time(instant, self._zone)) if instant else None

    def describe(self, status: dict[str, Any] | None) -> str:
        if status is None:
            return self.tr("Central server: …")
        enrolled = status.get("enrolled")
        if enrolled is None:
            return self.tr("Central server: status unknown")
        if not enrolled:
            return self.tr("Central server: not enrolled")
        pending = int(status.get("pending") or 0)
        last = self._time(status.get("last_success_at"))
        if not status.get("running", True):
            text = arg(self.tr("Central server: sync stopped · %1 waiting"), pending)
        elif status.get("online") is None:
            text = arg(self.tr("Central server: connecting… · %1 waiting"), pending)
        elif status.get("online"):
            text = (arg(self.tr("Central server: online · %1 waiting · last %2"), pending, last) if last
                    else arg(self.tr("Central server: online · %1 waiting"), pending))
        else:
            text = (arg(self.tr("Central server: offline · %1 waiting since %2"), pending, last) if last
                    else arg(self.tr("Central server: offline · %1 waiting"), pending))
        rejected = int(status.get("rejected") or 0)
        if rejected:
            text += " · " + arg(self.tr("%1 refused"), rejected)
        return text

    def tooltip(self, status: dict[str, Any] | None) -> str:
        if not status or not status.get("enrolled"):
            return self.tr("This office does not send its data to the central server.")
        lines = []
        if status.get("last_error"):
            lines.append(arg(self.tr("Last error: %1"), status["last_error"]))
        if status.get("rejected"):
            lines.append(arg(self.tr("%1 changes were refused by the central server: call the technician."),
                             status["rejected"]))
        nxt = status.get("next_attempt_in_s")
        if nxt is not None and not status.get("online"):
            lines.append(arg(self.tr("Next attempt in %1 s"), round(float(nxt))))
        return "\n".join(lines) or self.tr("No error.")

    def _render(self) -> None:
        text = self.describe(self.status)
        self.text_label.setText(text)
        self.text_label.setAccessibleName(text)
        tip = self.tooltip(self.status)
        self.text_label.setToolTip(tip)
        self.dot.setToolTip(tip)

    def retranslate(self) -> None:
        self.sync_button.set_label(self.tr("Sync now"))
        self.sync_button.setToolTip(self.tr("Send and receive with the central server now"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["SyncIndicator", "ask_sync_now", "dot_state", "parse_instant"]
