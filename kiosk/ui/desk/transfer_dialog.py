"""Choose the service a citizen is sent to. The ticket keeps its place in time, so the
citizen does not go to the back of the new line.

Opened with `open()` (not `exec()`): the desk's event loop keeps running, office
events keep arriving and tests can click in it.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kiosk.domain.catalogue import Service
from kiosk.ui.desk.buttons import DeskButton
from kiosk.ui.desk.style import DESK_TARGET_PX
from kiosk.ui.desk.texts import arg, current_language, isolate_ltr
from kiosk.ui.widgets.icons import icon

CODE = Qt.ItemDataRole.UserRole


class TransferDialog(QDialog):
    def __init__(self, services: tuple[Service, ...], ticket_label: str, from_service: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("transfer-dialog")
        self.setProperty("role", "screen")
        self.setModal(True)
        language = current_language()
        self.setWindowTitle(self.tr("Transfer a ticket"))
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(12)
        self.heading = QLabel(arg(self.tr("Transfer ticket %1 to another service"), isolate_ltr(ticket_label)))
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        self.hint = QLabel(self.tr("The citizen keeps their place in time: they do not go to the back of the line."))
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("transfer-services")
        self.list.setIconSize(QSize(40, 40))
        for service in services:
            if service.code == from_service:
                continue
            item = QListWidgetItem(service.name(language))
            item.setData(CODE, service.code)
            item.setIcon(icon(service.icon))
            item.setSizeHint(QSize(0, DESK_TARGET_PX))
            self.list.addItem(item)
        buttons = QHBoxLayout()
        self.cancel_button = DeskButton("", role="nav")
        self.cancel_button.setObjectName("transfer-cancel")
        self.cancel_button.set_label(self.tr("Cancel"))
        self.transfer_button = DeskButton("", role="primary")
        self.transfer_button.setObjectName("transfer-confirm")
        self.transfer_button.set_label(self.tr("Transfer"))
        self.transfer_button.setEnabled(False)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.transfer_button)
        column.addWidget(self.heading)
        column.addWidget(self.hint)
        column.addWidget(self.list, 1)
        column.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.transfer_button.clicked.connect(self.accept)
        self.list.itemSelectionChanged.connect(
            lambda: self.transfer_button.setEnabled(self.chosen_service() is not None))
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.resize(720, 620)

    def chosen_service(self) -> str | None:
        items = self.list.selectedItems()
        return items[0].data(CODE) if items else None

    def choose(self, code: str) -> bool:
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.data(CODE) == code:
                self.list.setCurrentItem(item)
                return True
        return False

