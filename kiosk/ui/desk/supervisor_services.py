"""The supervisor console's service settings: pick a service, open or close it now, give
its hours on working days, a daily ticket limit and a waiting target, and save.

The widget checks nothing itself: what the supervisor typed goes through the domain's
rules (kiosk/domain/service_controls.py), and a refusal is shown with the rule's words.
It emits the control to save; the console sends it to the office.

Thread use: GUI thread.
"""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.service_controls import (
    MAX_DAILY_LIMIT,
    MAX_TARGET_MINUTES,
    ControlError,
    ServiceControl,
    hours_text,
    working_week_hours,
)
from kiosk.ui.desk.texts import current_language
from kiosk.ui.office_model import ServiceLookup, service_name
from kiosk.ui.widgets.buttons import BigButton

SERVICE_CODE = Qt.ItemDataRole.UserRole


class ServiceSettings(QWidget):
    save_requested = Signal(object)  # ServiceControl

    def __init__(self, catalogue: ServiceLookup, parent: QWidget | None = None):
        super().__init__(parent)
        self._catalogue = catalogue
        self.controls: dict[str, ServiceControl] = {}
        self.targets: dict[str, int] = {}  # the catalogue's, shown when no target of its own is set
        self.not_taking: dict[str, str] = {}  # open, but no ticket now: why
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 8, 0, 0)
        row.setSpacing(16)
        self.list = QListWidget()
        self.list.setObjectName("supervisor-service-list")
        self.list.currentItemChanged.connect(lambda *_: self._load_selected())
        row.addWidget(self.list, 4)

        editor = QVBoxLayout()
        editor.setSpacing(8)
        self.name_label = QLabel()
        self.name_label.setProperty("role", "desk-caption")
        self.name_label.setWordWrap(True)
        self.state_label = QLabel()
        self.state_label.setObjectName("supervisor-service-state")
        self.state_label.setProperty("role", "desk-status")
        self.state_label.setWordWrap(True)
        self.open_close_button = BigButton("", role="action", min_height=56)
        self.open_close_button.setObjectName("supervisor-open-close")
        self.open_close_button.clicked.connect(self._toggle_closed)
        self.hours_edit = QLineEdit()
        self.hours_edit.setObjectName("supervisor-hours")
        self.hours_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.hours_edit.setPlaceholderText("08:00-16:00")
        self.limit_spin = _spin("supervisor-limit", MAX_DAILY_LIMIT)
        self.target_spin = _spin("supervisor-target", MAX_TARGET_MINUTES)
        self.hours_caption, self.limit_caption, self.target_caption = QLabel(), QLabel(), QLabel()
        fields = QGridLayout()  # caption above its field: the captions are long in French and Kabyle
        fields.setHorizontalSpacing(12)
        fields.setVerticalSpacing(4)
        fields.addWidget(self.hours_caption, 0, 0, 1, 2)
        fields.addWidget(self.hours_edit, 1, 0, 1, 2)
        fields.addWidget(self.limit_caption, 2, 0)
        fields.addWidget(self.target_caption, 2, 1)
        fields.addWidget(self.limit_spin, 3, 0)
        fields.addWidget(self.target_spin, 3, 1)
        for caption, field in ((self.hours_caption, self.hours_edit), (self.limit_caption, self.limit_spin),
                               (self.target_caption, self.target_spin)):
            caption.setBuddy(field)
            caption.setWordWrap(True)
        self.save_button = BigButton("", role="action-primary", min_height=56)
        self.save_button.setObjectName("supervisor-save")
        self.save_button.clicked.connect(self._save)
        self.message_label = QLabel()
        self.message_label.setObjectName("supervisor-message")
        self.message_label.setProperty("role", "desk-error")
        self.message_label.setWordWrap(True)
        editor.addWidget(self.name_label)
        editor.addWidget(self.state_label)
        editor.addWidget(self.open_close_button)
        editor.addLayout(fields)
        editor.addWidget(self.save_button)
        editor.addWidget(self.message_label)
        editor.addStretch(1)
        row.addLayout(editor, 6)
        self.retranslate()

    # ---- data -----------------------------------------------------------------------

    def set_controls(self, controls: list[ServiceControl], targets: dict[str, int],
                     not_taking: dict[str, str] | None = None) -> None:
        """The services' controls as the office has them, and why an open one takes no ticket now
        (its hours, its limit: the floor's words); the selection and unsaved typing stay."""
        self.not_taking = dict(not_taking or {})
        selected = self.selected_code()
        first = not self.controls
        self.controls = {c.service_code: c for c in controls}
        self.targets = dict(targets)
        self.list.blockSignals(True)
        self.list.clear()
        for control in controls:
            item = QListWidgetItem(self._name(control.service_code))
            item.setData(SERVICE_CODE, control.service_code)
            item.setSizeHint(QSize(0, 56))
            self.list.addItem(item)
            if control.service_code == selected:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
            first = True
        if first or selected != self.selected_code():
            self._load_selected()
        else:
            self._render_state()

    def selected_code(self) -> str | None:
        item = self.list.currentItem()
        return item.data(SERVICE_CODE) if item else None

    def select(self, code: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(SERVICE_CODE) == code:
                self.list.setCurrentRow(row)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setAccessibleName(text)

    def show_saved(self) -> None:
        self.show_message(self.tr("Saved: the kiosks, desks and display follow it now."))

    def save_action_name(self) -> str:
        """The action as the connection banner names it while the hub is lost."""
        return self.tr("Save the service's settings")

    # ---- editing --------------------------------------------------------------------

    def _load_selected(self) -> None:
        code = self.selected_code()
        control = self.controls.get(code or "")
        self.show_message("")
        if control is None:
            return
        self.hours_edit.setText(hours_text(control.hours))
        self.limit_spin.setValue(control.daily_limit or 0)
        self.target_spin.setValue(control.target_minutes or 0)
        self._render_state()

    def typed_control(self, closed: bool | None = None) -> ServiceControl:
        """The selected service's control as typed; ControlError says what is wrong."""
        code = self.selected_code()
        if code is None or code not in self.controls:
            raise ControlError("choose a service first")
        current = self.controls[code]
        return dataclasses.replace(
            current, closed=current.closed if closed is None else closed,
            hours=working_week_hours(self.hours_edit.text()),
            daily_limit=self.limit_spin.value() or None, target_minutes=self.target_spin.value() or None)

    def _save(self, closed: bool | None = None) -> None:
        try:
            working_week_hours(self.hours_edit.text())
        except ControlError:  # the one field typed freely: said in the supervisor's language
            self.show_message(self.tr("Not saved: write the hours as opening-closing on the 24-hour clock, "
                                      "e.g. 08:00-12:00 (closing after opening), or leave them empty."))
            self.hours_edit.setFocus()
            return
        try:
            control = self.typed_control(closed)
        except ControlError as exc:
            self.show_message(self.tr("Not saved: %1").replace("%1", str(exc)))
            return
        self.show_message("")
        self.save_requested.emit(control)

    def _toggle_closed(self) -> None:
        control = self.controls.get(self.selected_code() or "")
        if control is not None:
            self._save(closed=not control.closed)

    # ---- words ----------------------------------------------------------------------

    def _name(self, code: str) -> str:
        return service_name(self._catalogue, code, current_language())

    def _render_state(self) -> None:
        code = self.selected_code()
        control = self.controls.get(code or "")
        if control is None or code is None:
            return
        self.name_label.setText(self._name(code))
        if control.closed:
            self.state_label.setText(self.tr("Closed now: the kiosks give no ticket for it"))
        elif code in self.not_taking:
            self.state_label.setText(self.tr("Open, but no ticket now: %1").replace("%1", self.not_taking[code]))
        else:
            self.state_label.setText(self.tr("Open: the kiosks give tickets for it"))
        self.open_close_button.set_label(self.tr("Open it now") if control.closed else self.tr("Close it now"))
        target = self.targets.get(code)
        self.target_spin.setSpecialValueText(self.tr("Catalogue (%1 min)").replace("%1", str(target))
                                             if target else self.tr("Catalogue"))

    def retranslate(self) -> None:
        self.hours_caption.setText(self.tr("Hours, Sunday to Thursday"))
        self.hours_edit.setToolTip(self.tr("Empty: whenever the office is open"))
        self.limit_caption.setText(self.tr("Tickets a day at most"))
        self.target_caption.setText(self.tr("Waiting target (minutes)"))
        self.limit_spin.setSpecialValueText(self.tr("No limit"))
        self.save_button.set_label(self.tr("Save"))
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setText(self._name(item.data(SERVICE_CODE)))
        self._render_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _spin(name: str, maximum: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(0, maximum)  # 0 shows the special value: no limit, the catalogue's target
    spin.setMinimumHeight(48)
    spin.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return spin
