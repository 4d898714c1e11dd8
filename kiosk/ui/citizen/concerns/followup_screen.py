"""Follow my concern: type the code (or scan the receipt's QR code) → status and public history.

A hand scanner types the QR payload ("MAKTAB:C:BMD-…", or the concern page's address
"https://…/c/BMD-…" when the office has the server's public address) and Enter into the
focused code field; those forms and the bare code are accepted (kiosk/domain/qr_payloads.py). Wrong codes slow the next
lookups down (the office's `FollowUpThrottle`); the wait is shown as a countdown in the
citizen's language and the "Look up" button comes back when it ends.

The office is asked through the `OfficeModel` (on its worker: it may be a hub across the
LAN); while a lookup is out the button is disabled and the screen says it is looking.
An answer that comes after the citizen moved on (reset) is dropped.

Thread use: GUI thread.
"""
from __future__ import annotations

import dataclasses
import math
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from kiosk.domain.concerns import PublicConcernView
from kiosk.domain.qr_payloads import MAX_SCANNED_CHARS, code_from_scan
from kiosk.office import OfficeError, OfficePort
from kiosk.ui.citizen.concerns.followup_result import FollowUpResult
from kiosk.ui.citizen.concerns.parts import MessagePanel, mark_invalid, screen_layout
from kiosk.ui.citizen.concerns.texts import ConcernTexts
from kiosk.ui.clock import SYSTEM_UI_CLOCK, UiClock
from kiosk.ui.office_model import OfficeModel, is_unreachable
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.header import ScreenHeader
from kiosk.ui.widgets.keyboard import OnScreenKeyboard
from kiosk.ui.widgets.keyboard_layouts import CODE


@dataclasses.dataclass(frozen=True)
class _Answer:
    view: PublicConcernView | None = None
    error: object = None  # the OfficeError (or other failure) when there is no view
    wait_s: float = 0.0  # how long lookups are now held back (after a wrong code)


def _look_up(office: OfficePort, code: str) -> _Answer:
    """The lookup and, after a wrong code, the wait it may have started (worker thread: one job)."""
    try:
        return _Answer(view=office.concern_public_view(code))
    except OfficeError as exc:
        if is_unreachable(exc):
            raise  # the model turns its banner on
        if exc.code == "lookup_throttled":
            return _Answer(error=exc)
        return _Answer(error=exc, wait_s=office.follow_up_retry_after())


class FollowUpScreen(QWidget):
    back = Signal()

    def __init__(self, model: OfficeModel, parent: QWidget | None = None, *, clock: UiClock = SYSTEM_UI_CLOCK):
        super().__init__(parent)
        self._model = model
        self._asking = 0  # the lookup whose answer is awaited (0: none); older answers are dropped
        self._asked = 0
        self._asking_wait = 0  # questions "how long are lookups held back?" out
        self._clock = clock
        self._language = "ar"
        self.view: PublicConcernView | None = None
        self.error_code = ""
        self._wait_until = 0.0  # clock.monotonic() when lookups may start again
        self._countdown = clock.timer(self, 250)
        self._countdown.timeout.connect(self._update_wait)
        outer = screen_layout(self)
        self.header = ScreenHeader(show_back=True, title_lines=1)  # the keyboard needs the height
        self.header.back_clicked.connect(self.back)
        outer.addWidget(self.header)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        outer.addWidget(self.hint_label)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("code")
        self.code_edit.setMaxLength(MAX_SCANNED_CHARS)  # a scanned QR code may be the concern page's address
        self.code_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code_edit.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.code_edit.returnPressed.connect(self.look_up)
        self.code_edit.textEdited.connect(self._typed)
        self.look_up_button = BigButton("follow", role="primary", icon_px=44, min_height=72)
        self.look_up_button.setObjectName("look-up")
        self.look_up_button.clicked.connect(self.look_up)
        # Each its own height (an Arabic label makes the button the taller): without an
        # alignment the row would be as high as the field and cut the button's text.
        row.addWidget(self.code_edit, 1, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.look_up_button, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(row)
        self.message = MessagePanel(compact=True)
        outer.addWidget(self.message)
        self.wait_panel = MessagePanel(compact=True)
        self.wait_panel.text_label.setObjectName("wait")
        outer.addWidget(self.wait_panel)

        self.result = FollowUpResult()
        self.result.another_button.clicked.connect(self.reset)
        # The result's parts, as the flow and its tests know them.
        self.status_label = self.result.status_label
        self.answer_label = self.result.answer_label
        self.reopened_label = self.result.reopened_label
        self.history = self.result.history
        self.another_button = self.result.another_button
        outer.addWidget(self.result, 1)
        self.result.hide()

        self.spacer = QWidget()
        outer.addWidget(self.spacer, 1)
        # Codes are Latin capitals, digits and dashes: one layout, whatever the language.
        self.keyboard = OnScreenKeyboard([CODE])
        self.keyboard.setObjectName("keyboard")
        self.keyboard.set_target(self.code_edit)
        self.keyboard.enter_pressed.connect(self.look_up)
        outer.addWidget(self.keyboard)
        self.retranslate()

    # ---- the flow tells this screen ---------------------------------------------------

    def start(self, language: str) -> None:
        self._language = language
        self.reset()
        self._ask_wait()

    def reset(self) -> None:
        self._asking = 0
        self.view = None
        self.error_code = ""
        self.code_edit.clear()
        mark_invalid(self.code_edit, False)
        self.message.clear()
        self._show_result(False)
        self.code_edit.setFocus()
        self._update_wait()

    @property
    def waiting_s(self) -> int:
        # to the millisecond first: 2.0000000001 s left is 2 s, not 3
        return max(0, math.ceil(round(self._wait_until - self._clock.monotonic(), 3)))

    # ---- lookup -----------------------------------------------------------------------

    def look_up(self) -> None:
        if self.waiting_s > 0:
            return
        code = code_from_scan(self.code_edit.text())
        if code != self.code_edit.text():
            self.code_edit.setText(code)  # a scanned "MAKTAB:C:…" or "…/c/<code>" becomes the code itself
        if self._asking:
            return  # one lookup at a time
        self._asked += 1
        asking = self._asking = self._asked
        self.look_up_button.setEnabled(False)
        self.message.show_message(self.tr("Looking up your concern…"))
        self._model.run(_look_up, self._model.office, code,
                        on_success=lambda answer: self._answered(asking, answer),
                        on_failure=lambda exc: self._answered(asking, _Answer(error=exc)))

    @property
    def busy(self) -> bool:
        """A lookup, or the question how long lookups are held back, is out."""
        return bool(self._asking) or self._asking_wait > 0

    def _answered(self, asking: int, answer: _Answer) -> None:
        if asking != self._asking:
            return  # the citizen moved on
        self._asking = 0
        self.message.clear()
        if answer.view is not None:
            self._found(answer.view)
            return
        exc = answer.error
        self.view = None
        self.error_code = exc.code if isinstance(exc, OfficeError) else "error"
        self._show_result(False)
        if isinstance(exc, OfficeError) and self.error_code == "lookup_throttled":
            self._start_wait(exc.retry_after_s or 1.0)
            return
        mark_invalid(self.code_edit, True)
        self.hint_label.hide()  # first: the message needs its room
        self.message.show_message(ConcernTexts().lookup_error(self.error_code))
        self._show_hint()
        self._update_wait()
        # A wrong code may have started a wait: show it now rather than on the next try.
        self._start_wait(answer.wait_s)

    def _ask_wait(self) -> None:
        """Ask the office how long lookups are held back (after wrong codes), and show it."""
        self._asking_wait += 1

        def answered(seconds: float) -> None:
            self._asking_wait -= 1
            self._start_wait(seconds)

        def unknown(exc: object) -> None:  # the office will say so on the next lookup
            self._asking_wait -= 1

        self._model.run(self._model.office.follow_up_retry_after, on_success=answered, on_failure=unknown)

    def _found(self, view: PublicConcernView) -> None:
        self.view = view
        self.error_code = ""
        mark_invalid(self.code_edit, False)
        self.message.clear()
        self._show_result(True)
        self.retranslate()

    def _typed(self, text: str) -> None:
        # Codes are capitals; a hand scanner or a shifted key may send either case.
        upper = text.upper()
        if upper != text:
            position = self.code_edit.cursorPosition()
            self.code_edit.setText(upper)
            self.code_edit.setCursorPosition(position)
        if self.message.isVisible():
            self.message.clear()
            mark_invalid(self.code_edit, False)
            self._show_hint()
        if self.waiting_s == 0:
            self.error_code = ""

    def _show_result(self, shown: bool) -> None:
        # Hide before showing: showing a widget lays its parents out at once, and the result
        # and the keyboard together would not fit (the window would grow).
        if shown:
            hide, show = (self.keyboard, self.spacer), (self.result,)
        else:
            hide, show = (self.result,), (self.spacer, self.keyboard)
        for widget in hide:
            widget.hide()
        for widget in show:
            widget.show()
        self._show_hint()

    def _show_hint(self) -> None:
        # Only on a fresh screen: a message or a result needs the room more.
        self.hint_label.setVisible(not (self.result.isVisibleTo(self) or self.message.isVisibleTo(self)
                                        or self.wait_panel.isVisibleTo(self)))

    # ---- the wait after wrong codes -------------------------------------------------------

    def _start_wait(self, seconds: float) -> None:
        if seconds <= 0:
            return
        self._wait_until = self._clock.monotonic() + seconds
        self._countdown.start()
        self._update_wait()

    def _update_wait(self) -> None:
        left = self.waiting_s
        self.look_up_button.setEnabled(left == 0 and not self._asking)
        texts = ConcernTexts()
        error = texts.lookup_error(self.error_code) if self.error_code not in ("", "lookup_throttled") else ""
        if left > 0:
            # One panel: why (the mistake) and how long to wait.
            self.message.clear()
            wait = texts.wait(left)
            self.wait_panel.show_message(f"{error}\n{wait}" if error else wait)
        else:
            self._countdown.stop()
            self.wait_panel.clear()
            if error:
                self.message.show_message(error)
        self._show_hint()

    # ---- texts ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.header.set_title(self.tr("Follow my concern"))
        self.hint_label.setText(self.tr("Type the code printed on your receipt, or hold the receipt's QR code "
                                        "under the scanner."))
        self.code_edit.setPlaceholderText("ABC-7K3Q-9XA4")
        self.code_edit.setAccessibleName(self.tr("Tracking code"))
        self.look_up_button.set_label(self.tr("Look up"))
        self.result.retranslate()
        self._update_wait()
        view = self.view
        if view is None:
            return
        self.result.show_view(view, self._model.catalogue, self._language, ZoneInfo(self._model.info.timezone))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
