"""A clerk registers a concern for a citizen: at the counter, on the phone, from a letter or
an e-mail ("New concern" on the desk's concerns page).

    dialog = ConcernIntakeDialog(caller, catalogue, session_provider, printer=None)
    dialog.open()

The form asks what the kiosk asks, in the clerk's words: how the concern came, what it is
about (the catalogue's categories), the citizen's text and language, and, only if the
citizen wants to be contacted, a name and phone number with their consent, and whether the
text may be published without their name (default no). The rules are the kiosk's own
(`kiosk.domain.concerns.draft_problems`, checked here as the clerk presses "Register" and
again by the office); each refused field says why under the form.

On success the tracking code is shown big (on the phone the clerk reads it out) and, when
the desk has a printer (the inbox's `print_concern`), the receipt is printed in the
citizen's language. "Register" sends one `request_id` per filled form: pressing it again
after a lost answer registers the concern once (kiosk/office/once.py).

Office calls go through the desk's `OfficeCaller` (on the worker for a remote hub).
Opened with `open()`, like the transfer dialog. Thread use: GUI thread.
"""
from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.concerns import (
    CLERK_CHANNELS,
    Channel,
    ConcernDraft,
    Contact,
    RegisteredConcern,
    draft_problems,
    remaining_chars,
)
from kiosk.domain.languages import LANGUAGES
from kiosk.ui.citizen.concerns.texts import ConcernTexts
from kiosk.ui.desk.caller import OfficeCaller
from kiosk.ui.desk.concern_intake_words import IntakeWords
from kiosk.ui.desk.concerns_reprint import ReprintStatus
from kiosk.ui.desk.errors import error_code
from kiosk.ui.desk.texts import arg, current_language, isolate_ltr
from kiosk.ui.widgets.buttons import BigButton

_NAMES_PX = 250  # the fields' names wrap within this, so the form fits 1024 px in every language
_NAMES_MIN_PX = 180  # and are not squeezed to a word a line by wide fields


class ConcernIntakeDialog(QDialog):
    registered = Signal(str)  # the new concern's tracking code

    def __init__(self, caller: OfficeCaller, catalogue: Catalogue, session_provider: Callable[[], object],
                 printer=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("concern-intake")
        self.setProperty("role", "screen")
        self.setModal(True)
        self._caller = caller
        self._catalogue = catalogue
        self._session_provider = session_provider
        self._printer = printer
        self._reprint_status = ReprintStatus(printer, self._say_printing, parent=self) if printer else None
        self._request_id = str(uuid.uuid4())
        self._sent: ConcernDraft | None = None  # what the request id was used for
        self.sending = False
        self.registered_concern: RegisteredConcern | None = None
        self.words = IntakeWords()
        self.setWindowTitle(self.words.title())
        self.pages = QStackedWidget()
        self.form = self._build_form()
        self.done_page = self._build_done()
        self.pages.addWidget(self.form)
        self.pages.addWidget(self.done_page)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 8, 16, 8)
        column.addWidget(self.pages)
        self.resize(960, 700)

    # ---- the form ---------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        words, language = self.words, current_language()
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        heading = QLabel(words.title())
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        grid.addWidget(heading, 0, 0, 1, 2)
        self.channel_buttons: dict[Channel, BigButton] = {}
        self.channel_group = QButtonGroup(page)
        channels = QHBoxLayout()
        for channel in CLERK_CHANNELS:
            button = BigButton("", role="nav", min_height=56)
            button.setObjectName(f"intake-channel-{channel.value}")
            button.setCheckable(True)
            button.set_label(words.channel(channel))
            self.channel_group.addButton(button)
            self.channel_buttons[channel] = button
            channels.addWidget(button)
        self.channel_buttons[Channel.COUNTER].setChecked(True)
        grid.addWidget(self._label(words.how()), 1, 0)
        grid.addLayout(channels, 1, 1)
        self.category_box = QComboBox()
        self.category_box.setObjectName("intake-category")
        self.category_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for category in self._catalogue.concern_categories:
            self.category_box.addItem(category.name(language), category.code)
        grid.addWidget(self._label(words.about()), 2, 0)
        grid.addWidget(self.category_box, 2, 1)
        self.language_box = QComboBox()
        self.language_box.setObjectName("intake-language")
        for code in LANGUAGES:
            self.language_box.addItem(words.language(code), code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        grid.addWidget(self._label(words.citizen_language()), 3, 0)
        grid.addWidget(self.language_box, 3, 1)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("intake-text")
        self.text_edit.setPlaceholderText(words.text_hint())
        self.text_edit.textChanged.connect(self._count)
        self.text_edit.setMinimumHeight(96)  # four lines; the form fits 1024×768 with its error lines
        self.count_label = QLabel()
        self.count_label.setProperty("role", "muted")
        self.count_label.setMaximumWidth(_NAMES_PX)
        self.count_label.setWordWrap(True)
        text_label = QVBoxLayout()  # the count under the field's name: no row of its own
        text_label.addWidget(self._label(words.text()))
        text_label.addWidget(self.count_label)
        text_label.addStretch(1)
        grid.addLayout(text_label, 4, 0)
        grid.addWidget(self.text_edit, 4, 1)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("intake-name")
        self.name_edit.setPlaceholderText(words.name_hint())
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("intake-phone")
        self.phone_edit.setPlaceholderText(words.phone_hint())
        self.phone_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        contact_label = QLabel(words.contact())  # a long sentence: across the form, above its fields
        contact_label.setWordWrap(True)
        grid.addWidget(contact_label, 5, 0, 1, 2)
        contact = QHBoxLayout()
        contact.addWidget(self.name_edit, 3)
        contact.addWidget(self.phone_edit, 2)
        grid.addLayout(contact, 6, 1)
        self.consent_box = self._check("intake-consent", words.consent(), grid, 7)
        self.publish_box = self._check("intake-publish", words.publish(), grid, 8)
        self.error_label = QLabel()
        self.error_label.setObjectName("intake-error")
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        grid.addWidget(self.error_label, 9, 0, 1, 2)
        self.cancel_button = BigButton("", role="nav", min_height=56)
        self.cancel_button.setObjectName("intake-cancel")
        self.cancel_button.set_label(words.cancel())
        self.cancel_button.clicked.connect(self.reject)
        self.register_button = BigButton("", role="primary", min_height=56)
        self.register_button.setObjectName("intake-register")
        self.register_button.set_label(words.register())
        self.register_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.register_button)
        grid.addLayout(buttons, 10, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, _NAMES_MIN_PX)
        grid.setRowStretch(4, 1)
        self._count()
        return page

    def _check(self, name: str, text: str, grid: QGridLayout, row: int) -> QCheckBox:
        """A check box whose long sentence wraps (a QCheckBox's own text never does); the
        sentence is its accessible name, and pressing the sentence ticks the box too."""
        box = QCheckBox()
        box.setObjectName(name)
        box.setAccessibleName(text)
        sentence = _ClickableLabel(text, box.toggle)
        line = QHBoxLayout()
        line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(sentence, 1)
        grid.addLayout(line, row, 1)
        return box

    def _label(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setMaximumWidth(_NAMES_PX)
        return label

    def _count(self) -> None:
        self.count_label.setText(arg(self.words.remaining(), remaining_chars(self.text_edit.toPlainText())))

    def chosen_channel(self) -> Channel:
        return next(channel for channel, button in self.channel_buttons.items() if button.isChecked())

    def draft(self) -> ConcernDraft:
        """What the clerk typed, as the kiosk would send it (raw: the office cleans it)."""
        name, phone = self.name_edit.text(), self.phone_edit.text()
        contact = Contact(name, phone) if (name.strip() or phone.strip()) else None
        return ConcernDraft(self.category_box.currentData() or "", self.text_edit.toPlainText(),
                            self.language_box.currentData() or "ar", None, contact,
                            consent=self.consent_box.isChecked(), publish_text=self.publish_box.isChecked(),
                            channel=self.chosen_channel())

    # ---- sending ----------------------------------------------------------------------------

    def submit(self) -> None:
        if self.sending:
            return
        draft = self.draft()
        categories = [c.code for c in self._catalogue.concern_categories]
        _clean, problems = draft_problems(draft, categories, channels=CLERK_CHANNELS)
        if problems:
            self._refuse([p.code for p in problems])
            return
        session = self._session_provider()
        token = getattr(session, "token", "")
        if draft != self._sent:  # a changed form is a new concern; the same one again is a retry
            self._request_id, self._sent = str(uuid.uuid4()), draft
        self.sending = True
        self.register_button.setEnabled(False)
        self.error_label.setText(self.words.sending())
        self._caller.run(self._caller.office.take_concern, token, draft, request_id=self._request_id,
                         on_success=self._registered, on_failure=self._failed)

    def _refuse(self, codes: list[str]) -> None:
        texts = ConcernTexts()
        lines = dict.fromkeys(self.words.refusal(code) or texts.problem(code) for code in codes)
        self.error_label.setText("\n".join(lines))

    def _failed(self, exc: BaseException) -> None:
        self.sending = False
        self.register_button.setEnabled(True)
        problems = getattr(exc, "problems", ())
        if problems:
            self._refuse([p.code for p in problems])
        else:
            self._refuse([error_code(exc)])

    def _registered(self, registered: RegisteredConcern) -> None:
        self.sending = False
        self.registered_concern = registered
        concern = registered.concern
        self.code_label.setText(isolate_ltr(registered.code))
        self.read_out_label.setText(self.words.after(concern.channel, registered.masked_phone))
        self.print_label.setText("")
        if self._printer is not None:
            if self._reprint_status is not None:
                self._reprint_status.watch(concern.id)
            self._printer.print_concern(concern, concern.language, True)
            self.print_label.setText(self.words.printing())
        self.pages.setCurrentWidget(self.done_page)
        self.close_button.setFocus()
        self.registered.emit(registered.code)

    def _say_printing(self, text: str) -> None:
        self.print_label.setText(text)

    # ---- the answer ---------------------------------------------------------------------------

    def _build_done(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setSpacing(16)
        heading = QLabel(self.words.done())
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        self.code_label = QLabel()
        self.code_label.setObjectName("intake-code")
        self.code_label.setProperty("role", "desk-ticket")  # the desk's biggest type, as a called ticket
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.read_out_label = QLabel()
        self.read_out_label.setWordWrap(True)
        self.print_label = QLabel()
        self.print_label.setObjectName("intake-printing")
        self.print_label.setProperty("role", "muted")
        self.print_label.setWordWrap(True)
        self.close_button = BigButton("", role="primary", min_height=56)
        self.close_button.setObjectName("intake-close")
        self.close_button.set_label(self.words.close())
        self.close_button.clicked.connect(self.accept)
        column.addWidget(heading)
        column.addStretch(1)
        column.addWidget(self.code_label)
        column.addWidget(self.read_out_label)
        column.addWidget(self.print_label)
        column.addStretch(1)
        column.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        return page


class _ClickableLabel(QLabel):
    def __init__(self, text: str, on_click: Callable[[], None]):
        super().__init__(text)
        self.setWordWrap(True)
        self._on_click = on_click

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._on_click()
        super().mouseReleaseEvent(event)


__all__ = ["ConcernIntakeDialog"]
