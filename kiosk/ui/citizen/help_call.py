"""`HelpCall`: the citizen kiosk's call for help, from the press to "a member of staff is on the way".

Every `HelpButton` under the citizen window (`connect_buttons`) asks the office, through
the model's worker, for help (`OfficePort.ask_for_help`: the kiosk's request still open
comes back rather than a second one); the `HelpPanel` shows where it stands. When a
clerk answers on a desk, the office's `help.acknowledged` event (through the bridge, from
a local office or over the LAN) turns the panel to "on the way", shown again if the
citizen had closed it.

While the panel says someone is coming the citizen is waiting, not idle:
`active_changed` lets the window hold its idle timer (not after a failure: nobody
comes). A request nobody answered expires after `HELP_EXPIRES_AFTER`
(kiosk/domain/help.py); the panel's own timer then ends the wait (`expired`: the window
starts over). `forget()` drops the request when the session resets.

Thread use: GUI thread.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from kiosk.domain.help import HELP_EXPIRES_AFTER, HelpRequest
from kiosk.office.help import ACKNOWLEDGED, help_from
from kiosk.ui.bridge import OfficeBridge
from kiosk.ui.citizen.help_panel import HelpPanel, HelpStage
from kiosk.ui.clock import UiClock
from kiosk.ui.office_model import OfficeModel
from kiosk.ui.widgets.help_button import HelpButton

log = logging.getLogger(__name__)


class HelpCall(QObject):
    active_changed = Signal(bool)  # the panel is up (the citizen waits): hold the idle timer
    expired = Signal()  # nobody answered in time: start over

    def __init__(self, window: QWidget, model: OfficeModel, bridge: OfficeBridge | None, clock: UiClock,
                 kiosk_name: str = ""):
        super().__init__(window)
        self._model = model
        self._kiosk_name = kiosk_name
        self.request: HelpRequest | None = None
        self.panel = HelpPanel(window)
        self.panel.closed.connect(lambda: self.active_changed.emit(False))
        self._connected: set[HelpButton] = set()
        self._sending = False
        self.expiry_timer = clock.timer(self, int(HELP_EXPIRES_AFTER.total_seconds() * 1000), single_shot=True)
        self.expiry_timer.timeout.connect(self._expire)
        if bridge is not None:
            bridge.event.connect(self._office_event)

    def connect_buttons(self, root: QWidget) -> None:
        """Connect every help button under `root` not connected yet (screens built later included)."""
        for button in root.findChildren(HelpButton):
            if button not in self._connected:
                self._connected.add(button)
                button.clicked.connect(self.ask)

    def ask(self) -> None:
        if self._sending:
            return  # a second tap while the first call is on its way
        if self.request is not None and self.panel.stage in (HelpStage.ASKED, HelpStage.COMING):
            self._show(self.panel.stage)  # already called: say so again, ask nothing twice
            return
        self._sending = True
        self._show(HelpStage.SENDING)
        self._model.run(self._model.office.ask_for_help, self._kiosk_name,
                        on_success=self._asked, on_failure=self._failed)

    def _asked(self, request: HelpRequest) -> None:
        self._sending = False
        self.request = request
        self.expiry_timer.start()
        self._show(HelpStage.COMING if request.acknowledged_at else HelpStage.ASKED)

    def _failed(self, exc: object) -> None:
        self._sending = False
        log.warning("call for help not sent: %s", exc)
        self._show(HelpStage.FAILED)

    def _office_event(self, kind: str, data: dict) -> None:
        if kind != ACKNOWLEDGED or self.request is None:
            return
        answered = help_from(data.get("request") or {})
        if answered.id == self.request.id:
            self.request = answered
            self._show(HelpStage.COMING)

    def _show(self, stage: HelpStage) -> None:
        self.panel.show_stage(stage)
        # Nobody is coming after a failure: the idle timer runs, so an empty kiosk starts over.
        self.active_changed.emit(stage is not HelpStage.FAILED)

    def _expire(self) -> None:
        self.forget()
        self.expired.emit()

    def forget(self) -> None:
        """The citizen's session ends: no request, no panel."""
        self.request = None
        self.expiry_timer.stop()
        if self.panel.isVisible():
            self.panel.hide()
            self.active_changed.emit(False)

    def fit(self) -> None:
        if self.panel.isVisible():
            self.panel.fit()
