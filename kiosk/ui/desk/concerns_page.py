"""The concerns inbox as a desk screen: `ConcernsInbox` under a row with the way back and
who is logged in (in the inbox's title row they left the title too little room: "Retour
à l'ouverture d'un guichet (F8)" alone is half of a 1024 px screen; the concern's details
scroll, so the row's height costs them nothing they cannot reach).

The inbox itself (kiosk/ui/desk/concerns_inbox.py, its words in translations/concerns_*.ts)
lists and answers concerns; this page only frames it for desk mode. `DeskWindow` decides
where "back" goes (the counter in service, or opening a counter) and says so with
`set_back_target`. "New concern" opens the form a clerk fills for a citizen at the
counter, on the phone, by letter or e-mail (kiosk/ui/desk/concern_intake.py); the inbox
lists the new concern once it is registered.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.desk.buttons import DeskButton
from kiosk.ui.desk.concern_intake import ConcernIntakeDialog
from kiosk.ui.desk.concerns_inbox import ConcernsInbox
from kiosk.ui.desk.texts import CONCERNS_KEY, arg, isolate, with_key


class ConcernsPage(QWidget):
    back_requested = Signal()

    def __init__(self, inbox: ConcernsInbox, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("concerns-page")
        self.setProperty("role", "screen")
        self.inbox = inbox
        self.back_to_counter = True  # in service at a counter; False: from "open a counter"
        self.staff_name = ""
        self.counter: str | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.back_button = DeskButton("back", role="nav", icon_px=32, min_height=56, directional=True, wraps=True)
        self.back_button.setObjectName("concerns-back")
        self.back_button.clicked.connect(self.back_requested)
        self.staff_label = QLabel()
        self.staff_label.setObjectName("concerns-staff")
        self.staff_label.setProperty("role", "desk-status")
        # The way back and who is logged in on a row of their own, above the inbox's title:
        # beside it they left the title too little room in French (and none in longer languages).
        header = QHBoxLayout()
        header.setContentsMargins(16, 12, 16, 0)
        header.setSpacing(16)
        # The two buttons share the row's spare width (DeskButton's rule for wrapping): on one
        # line when the language leaves room, on two when it does not.
        self.new_button = DeskButton("", role="primary", min_height=56, wraps=True)
        self.new_button.setObjectName("concerns-new")
        self.new_button.clicked.connect(self.new_concern)
        header.addWidget(self.back_button, 1)
        header.addWidget(self.staff_label)
        header.addWidget(self.new_button, 1)
        self.intake: ConcernIntakeDialog | None = None
        column.addLayout(header)
        column.addWidget(inbox, 1)
        self.retranslate()

    def set_back_target(self, to_counter: bool, staff_name: str, counter: str | None) -> None:
        self.back_to_counter = to_counter
        self.staff_name = staff_name
        self.counter = counter
        self.retranslate()

    def new_concern(self) -> None:
        """Open the form; the inbox shows the concern once it is registered."""
        inbox = self.inbox
        self.intake = ConcernIntakeDialog(inbox.caller, inbox.model.catalogue, inbox.session, inbox.printer,
                                          parent=self)
        self.intake.registered.connect(lambda _code: inbox.refresh())
        self.intake.open()

    def retranslate(self) -> None:
        self.new_button.set_label(self.tr("New concern"))
        text = self.tr("Back to the counter") if self.back_to_counter else self.tr("Back to opening a counter")
        self.back_button.set_label(with_key(text, CONCERNS_KEY))
        self.back_button.setToolTip(f"{text} ({CONCERNS_KEY})")
        if self.counter:
            self.staff_label.setText(arg(self.tr("%1 · Counter %2"), isolate(self.staff_name), isolate(self.counter)))
        else:
            self.staff_label.setText(self.staff_name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

