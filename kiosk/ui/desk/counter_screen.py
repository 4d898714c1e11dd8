"""Open a counter: its number and the services served there (ticked, each with its icon).

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from kiosk.domain.catalogue import Service
from kiosk.ui.desk.buttons import DeskButton
from kiosk.ui.desk.texts import CONCERNS_KEY, CONSOLE_KEY, DeskTexts, current_language, with_key
from kiosk.ui.widgets.icons import icon_pixmap

COLUMNS = 3


class ServiceCheck(QWidget):
    """A check box with the service's icon and its name, wrapped rather than cut.

    A click anywhere on the row ticks the box, as on a check box's own text.
    """

    def __init__(self, service: Service, parent: QWidget | None = None):
        super().__init__(parent)
        self.code = service.code
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.setSpacing(10)
        self.box = QCheckBox()
        self.box.setObjectName(f"service-{service.code}")
        self.icon_label = QLabel()
        self.icon_label.setPixmap(icon_pixmap(service.icon, 40))
        self.icon_label.setFixedSize(40, 40)
        self.name_label = QLabel()
        self.name_label.setProperty("role", "desk-service")
        self.name_label.setWordWrap(True)
        self.name_label.setMinimumHeight(48)
        row.addWidget(self.box)
        row.addWidget(self.icon_label)
        row.addWidget(self.name_label, 1)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_name(self, name: str) -> None:
        self.name_label.setText(name)
        self.box.setAccessibleName(name)

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def setChecked(self, on: bool) -> None:
        self.box.setChecked(on)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.box.toggle()
        super().mouseReleaseEvent(event)


class OpenCounterScreen(QWidget):
    open_requested = Signal(str, list)  # counter number, service codes
    logout_requested = Signal()
    concerns_requested = Signal()  # reception staff may only handle concerns, without a counter
    console_requested = Signal()  # the supervisor console (F9, handled by the window)

    def __init__(self, services: tuple[Service, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "screen")
        self._services = services
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 16, 40, 16)
        outer.setSpacing(8)

        top = QHBoxLayout()
        self.title_label = QLabel()
        self.title_label.setProperty("role", "heading")
        self.staff_label = QLabel()
        self.staff_label.setProperty("role", "desk-status")
        self.logout_button = DeskButton("", role="nav", min_height=56)
        self.logout_button.setObjectName("counter-logout")
        self.logout_button.clicked.connect(self.logout_requested)
        self.concerns_button = DeskButton("", role="concerns", min_height=56)
        self.concerns_button.setObjectName("counter-concerns")
        self.concerns_button.clicked.connect(self.concerns_requested)
        self.concerns_button.hide()  # until a session that may read concerns is in
        self.concerns_new: int | None = None
        self.console_button = DeskButton("", role="concerns", min_height=56)
        self.console_button.setObjectName("counter-console")
        self.console_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.console_button.clicked.connect(self.console_requested)
        self.console_button.hide()  # until a supervisor's session is in
        top.setSpacing(16)
        self.number_caption = QLabel()
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("counter-number")
        self.number_edit.setMaxLength(4)
        self.number_edit.setFixedWidth(160)
        self.number_edit.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9]{0,4}"),
                                                                  self.number_edit))
        self.number_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.number_caption.setBuddy(self.number_edit)
        # The heading on a line of its own: beside the counter's field and the clerk's name
        # it had less room than "Ouvrir un guichet" needs at 1024 px.
        self.title_label.setWordWrap(True)
        outer.addWidget(self.title_label)
        top.addWidget(self.number_caption)
        top.addWidget(self.number_edit)
        top.addStretch(1)
        top.addWidget(self.staff_label)
        top.addWidget(self.logout_button)
        outer.addLayout(top)

        services_row = QHBoxLayout()
        self.services_caption = QLabel()
        self.services_caption.setProperty("role", "desk-caption")
        self.all_button = DeskButton("", role="nav", min_height=48)
        self.all_button.setObjectName("services-all")
        self.none_button = DeskButton("", role="nav", min_height=48)
        self.none_button.setObjectName("services-none")
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        services_row.addWidget(self.services_caption, 1)
        services_row.addWidget(self.all_button)
        services_row.addWidget(self.none_button)
        outer.addLayout(services_row)

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(4)
        self.service_boxes: dict[str, ServiceCheck] = {}
        for index, service in enumerate(services):
            box = ServiceCheck(service)
            self.service_boxes[service.code] = box
            grid.addWidget(box, index // COLUMNS, index % COLUMNS)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll, 1)

        bottom = QHBoxLayout()
        self.error_label = QLabel()
        self.error_label.setObjectName("counter-error")
        self.error_label.setProperty("role", "desk-error")
        self.error_label.setWordWrap(True)
        self.open_button = DeskButton("", role="primary")
        self.open_button.setObjectName("open-counter")
        self.open_button.clicked.connect(self._submit)
        bottom.setSpacing(16)
        bottom.addWidget(self.concerns_button)  # the top row is full with the counter number
        bottom.addWidget(self.console_button)
        bottom.addWidget(self.error_label, 1)
        bottom.addWidget(self.open_button)
        outer.addLayout(bottom)
        self.number_edit.returnPressed.connect(self._submit)
        self.retranslate()

    def prefill(self, counter: str, services: list[str]) -> None:
        """Start from the counter this clerk had open last (a clerk usually sits at the same one)."""
        if counter:
            self.number_edit.setText(counter)
        if services:
            for code, box in self.service_boxes.items():
                box.setChecked(code in services)

    def chosen_services(self) -> list[str]:
        return [code for code, box in self.service_boxes.items() if box.isChecked()]

    def _tick_all(self, on: bool) -> None:
        for box in self.service_boxes.values():
            box.setChecked(on)

    def _submit(self) -> None:
        number, services = self.number_edit.text().strip().upper(), self.chosen_services()
        if not number or not services:
            self.show_error(self.tr("Enter the counter number and tick at least one service."))
            return
        self.open_requested.emit(number, services)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setAccessibleName(text)

    def set_staff(self, name: str) -> None:
        self.staff_label.setText(name)

    def set_concerns(self, allowed: bool, new: int | None = None) -> None:
        """Show the way to the concerns inbox (if this session may read them) and how many are new."""
        self.concerns_button.setVisible(allowed)
        self.concerns_new = new
        self._render_concerns()

    def _render_concerns(self) -> None:
        text = DeskTexts().concerns_button(self.concerns_new)
        self.concerns_button.set_label(with_key(text, CONCERNS_KEY))
        self.concerns_button.setToolTip(f"{text} ({CONCERNS_KEY})")
        console = DeskTexts().console_button()
        self.console_button.set_label(with_key(console, CONSOLE_KEY))
        self.console_button.setToolTip(f"{console} ({CONSOLE_KEY})")

    def set_busy(self, busy: bool) -> None:
        self.open_button.setEnabled(not busy)
        self.logout_button.setEnabled(not busy)

    def retranslate(self) -> None:
        language = current_language()
        self.title_label.setText(self.tr("Open a counter"))
        self.number_caption.setText(self.tr("Counter number"))
        self.number_edit.setAccessibleName(self.tr("Counter number"))
        self.services_caption.setText(self.tr("Services served at this counter"))
        self.all_button.set_label(self.tr("All"))
        self.none_button.set_label(self.tr("None"))
        self.open_button.set_label(self.tr("Open the counter"))
        self.logout_button.set_label(self.tr("Log out"))
        self._render_concerns()
        for service in self._services:
            self.service_boxes[service.code].set_name(service.name(language))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
