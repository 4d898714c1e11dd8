"""The one page for "this office cannot work": a damaged or unreadable database, a full
disk, a broken settings file.

The citizen sees, big, with a warning sign, "This kiosk is out of service. Please go to
reception." in the interface language (right-to-left in Arabic: the sign sits on the
right), and the same words, smaller, in the kiosk's other languages, since nobody chose
a language yet. Below, for the technician, what is wrong and what to do (file names,
commands: always left-to-right). A passing problem (a full disk) also offers "Start
again", so the kiosk is usable as soon as space is freed; a lasting one does not.

    page = OutOfServicePage(("ar", "fr", "kab", "en"))
    page.show_problem(["The office database … is damaged", "Run: maktab-sync doctor"], passing=False)

Thread use: GUI thread.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.languages import LANGUAGES
from kiosk.i18n import current_language, translate
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.icons import icon_pixmap

CONTEXT = "OutOfServicePage"
# What a citizen reads, also looked up in the other languages (the same texts as the tr() calls below).
OUT_OF_SERVICE = "This kiosk is out of service."
GO_TO_RECEPTION = "Please go to reception."
ICON_PX = 160


class OutOfServicePage(QWidget):
    start_again = Signal()  # the citizen pressed "Start again" (passing problems only)

    def __init__(self, languages: Sequence[str] = LANGUAGES, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("out-of-service")
        self.setProperty("role", "screen")
        self.languages = tuple(languages) or LANGUAGES
        self.technician_lines: tuple[str, ...] = ()
        self.passing = False

        column = QVBoxLayout(self)
        column.setContentsMargins(64, 48, 64, 40)
        column.setSpacing(28)
        column.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(40)
        self.icon_label = QLabel()
        self.icon_label.setPixmap(icon_pixmap("warning", ICON_PX))
        self.icon_label.setFixedSize(ICON_PX, ICON_PX)
        self.icon_label.setAccessibleName("warning")
        text_column = QVBoxLayout()
        text_column.setSpacing(12)
        self.title_label = QLabel()
        self.title_label.setObjectName("out-of-service-title")
        self.title_label.setProperty("role", "title")
        self.title_label.setWordWrap(True)
        self.body_label = QLabel()
        self.body_label.setObjectName("out-of-service-body")
        self.body_label.setProperty("role", "heading")
        self.body_label.setWordWrap(True)
        text_column.addWidget(self.title_label)
        text_column.addWidget(self.body_label)
        row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(text_column, 1)
        column.addLayout(row)

        # The same words in the other languages, each in its own direction.
        self.other_labels: dict[str, QLabel] = {}
        others = QVBoxLayout()
        others.setSpacing(6)
        for language in LANGUAGES:
            label = QLabel()
            label.setObjectName(f"out-of-service-{language}")
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("font-size: 26px;")
            others.addWidget(label)
            self.other_labels[language] = label
        column.addLayout(others)
        column.addStretch(1)

        self.start_button = BigButton("home", role="primary", min_height=88)
        self.start_button.setObjectName("out-of-service-start")
        self.start_button.clicked.connect(self.start_again)
        column.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)

        self.technician_box = QFrame()
        self.technician_box.setObjectName("out-of-service-technician")
        self.technician_box.setProperty("role", "panel")
        box = QVBoxLayout(self.technician_box)
        box.setContentsMargins(20, 12, 20, 12)
        self.technician_heading = QLabel()
        self.technician_heading.setProperty("role", "muted")
        self.technician_text = QLabel()
        self.technician_text.setObjectName("out-of-service-details")
        self.technician_text.setWordWrap(True)
        self.technician_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Paths and commands read left to right whatever the interface language.
        self.technician_text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.technician_text.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.technician_text.setStyleSheet("font-size: 18px;")
        box.addWidget(self.technician_heading)
        box.addWidget(self.technician_text)
        column.addWidget(self.technician_box)
        self.show_problem(())

    def show_problem(self, technician_lines: Sequence[str], *, passing: bool = False) -> None:
        """Say that the kiosk is out of service; `technician_lines` say what is wrong and what to do."""
        self.technician_lines = tuple(technician_lines)
        self.passing = passing
        self._retranslate()

    def _retranslate(self) -> None:
        title = self.tr("This kiosk is out of service.")
        body = self.tr("Please go to reception.")
        self.title_label.setText(title)
        self.body_label.setText(body)
        self.setAccessibleName(f"{title} {body}")
        shown = current_language()
        for language, label in self.other_labels.items():
            visible = language != shown and language in self.languages
            label.setVisible(visible)
            if visible:
                label.setText(f"{translate(language, CONTEXT, OUT_OF_SERVICE)} "
                              f"{translate(language, CONTEXT, GO_TO_RECEPTION)}")
        self.start_button.set_label(self.tr("Start again"))
        self.start_button.setVisible(self.passing)
        self.technician_heading.setText(self.tr("For the technician:"))
        self.technician_text.setText("\n".join(self.technician_lines))
        self.technician_box.setVisible(bool(self.technician_lines))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
