"""Step 6: everything the citizen entered, each part with "Change", then "Send".

The phone is shown masked here too: the screen faces a public hall.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QTextEdit, QWidget

from kiosk.ui.citizen.concerns.parts import MessagePanel, screen_layout
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.header import ScreenHeader
from kiosk.ui.widgets.icons import icon_pixmap
from kiosk.ui.widgets.swipe import enable_swipe

PARTS = ("category", "text", "place", "contact")


class ReviewScreen(QWidget):
    back = Signal()
    change = Signal(str)  # one of PARTS
    send = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = screen_layout(self)
        self.header = ScreenHeader(show_back=True)
        self.header.back_clicked.connect(self.back)
        outer.addWidget(self.header)
        panel = QFrame()
        panel.setProperty("role", "panel")
        grid = QGridLayout(panel)
        grid.setContentsMargins(20, 12, 20, 12)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QWidget] = {}
        self.change_buttons: dict[str, BigButton] = {}
        self.category_icon = QLabel()
        self.category_icon.setFixedSize(48, 48)
        for row, part in enumerate(PARTS):
            caption = QLabel()
            caption.setProperty("role", "review-caption")
            caption.setWordWrap(True)
            caption.setMinimumWidth(150)
            if part == "text":
                value = QTextEdit()
                value.setAcceptRichText(False)
                value.setReadOnly(True)
                value.setObjectName("review-text")
                value.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                value.setFixedHeight(150)
                enable_swipe(value)
            else:
                value = QLabel()
                value.setProperty("role", "review-value")
                value.setWordWrap(True)
                value.setObjectName(f"review-{part}")
            button = BigButton(role="nav", min_height=64)
            button.setObjectName(f"change-{part}")
            button.clicked.connect(lambda _=False, p=part: self.change.emit(p))
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            if part == "category":
                grid.addWidget(self.category_icon, row, 1, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(value, row, 2)
            grid.addWidget(button, row, 3, Qt.AlignmentFlag.AlignVCenter)
            self.captions[part], self.values[part], self.change_buttons[part] = caption, value, button
        grid.setColumnStretch(2, 1)
        outer.addWidget(panel)
        self.message = MessagePanel()
        outer.addWidget(self.message)
        outer.addStretch(1)
        self.send_button = BigButton("concern", role="primary", icon_px=56, min_height=104)
        self.send_button.setObjectName("send")
        self.send_button.clicked.connect(self.send)
        outer.addWidget(self.send_button)
        self._summary: dict[str, str | None] = {}
        self.retranslate()

    def show_summary(self, category_name: str, category_icon: str, text: str, place: str | None,
                     contact: str | None) -> None:
        """`contact` as it may be shown (name and masked phone), None when anonymous."""
        self.category_icon.setPixmap(icon_pixmap(category_icon, 48))
        self._summary = {"category": category_name, "text": text, "place": place, "contact": contact}
        self.message.clear()
        self.retranslate()

    def show_problem(self, text: str) -> None:
        self.message.show_message(text)

    def set_busy(self, busy: bool) -> None:
        """The concern is on its way to the office: no second send, and say so."""
        self.send_button.setEnabled(not busy)
        for button in self.change_buttons.values():
            button.setEnabled(not busy)
        self.header.back_button.setEnabled(not busy)
        if busy:
            self.message.show_message(self.tr("Sending your concern…"))
        else:
            self.message.clear()

    def reset(self) -> None:
        self._summary = {}
        self.message.clear()
        self.retranslate()

    def retranslate(self) -> None:
        self.header.set_title(self.tr("Check your concern"))
        captions = {
            "category": self.tr("Subject"),
            "text": self.tr("Your concern"),
            "place": self.tr("Place"),
            "contact": self.tr("Contact"),
        }
        for part in PARTS:
            self.captions[part].setText(captions[part])
            self.change_buttons[part].set_label(self.tr("Change"), captions[part])
        summary = self._summary
        self.values["category"].setText(summary.get("category") or "")
        self.values["text"].setPlainText(summary.get("text") or "")
        self.values["place"].setText(summary.get("place") or self.tr("Not given"))
        self.values["contact"].setText(summary.get("contact") or self.tr("None: your concern is anonymous"))
        self.send_button.set_label(self.tr("Send my concern"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
