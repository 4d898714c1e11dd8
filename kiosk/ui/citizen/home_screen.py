"""Home: take a ticket, read what each service needs, register or follow a concern,
change language, larger text.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.citizen.hub_banner import HubLostBanner
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.help_button import HelpButton
from kiosk.ui.widgets.listen_button import ListenButton

# The actions' column takes 8/10 of the width, centred.
SIDE_STRETCH = 1
ACTIONS_STRETCH = 8
CONCERN_BUTTON_PX = 104
STACKED_CONCERN_BUTTON_PX = 80

class HomeScreen(QWidget):
    take_ticket = Signal()
    show_documents = Signal()
    register_concern = Signal()
    follow_concern = Signal()
    change_language = Signal()
    large_text_toggled = Signal(bool)

    def __init__(self, office_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "screen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 20, 48, 16)
        outer.setSpacing(10)

        self.welcome_label = QLabel()
        self.welcome_label.setProperty("role", "title")
        self.welcome_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome_label.setWordWrap(True)
        self.office_label = QLabel(office_name)
        self.office_label.setProperty("role", "muted")
        self.office_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.welcome_label)
        outer.addWidget(self.office_label)
        outer.addStretch(1)

        self.actions = QVBoxLayout()
        self.actions.setSpacing(16)
        self.ticket_button = BigButton("ticket", role="primary", icon_px=72, min_height=132)
        self.ticket_button.setObjectName("take-ticket")
        self.ticket_button.setStyleSheet("font-size: 40px;")
        self.ticket_button.clicked.connect(self.take_ticket)
        self.documents_button = BigButton("documents", icon_px=56, min_height=104)
        self.documents_button.setObjectName("documents")
        self.documents_button.clicked.connect(self.show_documents)
        # Side by side when both fit, one above the other when not (French, larger text).
        self.concerns = concerns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        concerns.setSpacing(16)
        self.concern_button = BigButton("concern", icon_px=56, min_height=CONCERN_BUTTON_PX)
        self.concern_button.setObjectName("register-concern")
        self.concern_button.clicked.connect(self.register_concern)
        self.follow_button = BigButton("follow", icon_px=56, min_height=CONCERN_BUTTON_PX)
        self.follow_button.setObjectName("follow-concern")
        self.follow_button.clicked.connect(self.follow_concern)
        concerns.addWidget(self.concern_button)
        concerns.addWidget(self.follow_button)
        self.actions.addWidget(self.ticket_button)
        self.actions.addWidget(self.documents_button)
        self.actions.addLayout(concerns)
        centred = QHBoxLayout()
        centred.addStretch(SIDE_STRETCH)
        centred.addLayout(self.actions, ACTIONS_STRETCH)
        centred.addStretch(SIDE_STRETCH)
        outer.addLayout(centred)
        outer.addStretch(1)
        self.hub_banner = HubLostBanner()  # the hub does not answer: no ticket now
        outer.addWidget(self.hub_banner)

        bottom = QHBoxLayout()
        bottom.setSpacing(16)
        self.language_button = BigButton("language", icon_px=44, min_height=80)
        self.language_button.setObjectName("change-language")
        self.language_button.clicked.connect(self.change_language)
        self.large_text_button = BigButton("", role="toggle", min_height=80)
        self.large_text_button.setObjectName("large-text")
        self.large_text_button.setCheckable(True)
        self.large_text_button.toggled.connect(self.large_text_toggled)
        # Connected by the citizen window, as on every screen; compact (the word under the icon),
        # so that four buttons share the bottom row at 1024 px in every language.
        self.help_button = HelpButton(compact=True)
        self.listen_button = ListenButton(compact=True)
        # Each its own height, centred on the row: without an alignment a row of fixed-height
        # buttons is as high as its lowest, and a taller Arabic label is cut.
        centre = Qt.AlignmentFlag.AlignVCenter
        bottom.addWidget(self.language_button, 0, centre)
        bottom.addStretch(1)
        bottom.addWidget(self.listen_button, 0, centre)
        bottom.addWidget(self.help_button, 0, centre)
        bottom.addStretch(1)
        bottom.addWidget(self.large_text_button, 0, centre)
        self._bottom = bottom
        outer.addLayout(bottom)
        self.retranslate()

    def set_large_text(self, on: bool) -> None:
        """Show the switch's state without announcing a change (e.g. after idle reset)."""
        self.large_text_button.blockSignals(True)
        self.large_text_button.setChecked(on)
        self.large_text_button.blockSignals(False)

    def retranslate(self) -> None:
        self.welcome_label.setText(self.tr("Welcome"))
        self.ticket_button.set_label(self.tr("Take a ticket"))
        self.documents_button.set_label(self.tr("Services and documents"))
        self.concern_button.set_label(self.tr("Register a concern"))
        self.follow_button.set_label(self.tr("Follow my concern"))
        self.language_button.set_label(self.tr("Change language"))
        self.large_text_button.set_label(self.tr("Larger text"))
        self._arrange_concerns()
        self._arrange_bottom()

    def _arrange_bottom(self) -> None:
        """Language and larger text on one line each when the bottom row has room for them,
        listen and help, else each on two lines (a long translation, larger text)."""
        room = self.width() - self.layout().contentsMargins().left() - self.layout().contentsMargins().right()
        wrapping = (self.language_button, self.large_text_button)
        needed = (sum(button.one_line_width() for button in wrapping) + self.help_button.sizeHint().width()
                  + self.listen_button.sizeHint().width() + 3 * self._bottom.spacing())
        for button in wrapping:
            button.set_wraps(needed > room)

    def _arrange_concerns(self) -> None:
        """The two concern buttons side by side if the column has room for both, else stacked."""
        margins = self.layout().contentsMargins()
        room = (self.width() - margins.left() - margins.right()) * ACTIONS_STRETCH // (
            ACTIONS_STRETCH + 2 * SIDE_STRETCH)
        needed = (self.concern_button.sizeHint().width() + self.follow_button.sizeHint().width()
                  + self.concerns.spacing())
        side_by_side = needed <= room
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        if self.concerns.direction() != direction:
            self.concerns.setDirection(direction)
            # Stacked, they take the height of one more row: each a little lower.
            for button in (self.concern_button, self.follow_button):
                button.set_min_height(CONCERN_BUTTON_PX if side_by_side else STACKED_CONCERN_BUTTON_PX)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange_concerns()
        self._arrange_bottom()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._arrange_concerns()  # larger text makes the buttons wider
            self._arrange_bottom()
        super().changeEvent(event)
