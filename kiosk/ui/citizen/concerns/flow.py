"""`ConcernFlow`: register a concern, or follow one up, at the kiosk.

    register:  category → text → place (optional) → consent → [contact] → review → confirmation
    follow up: code (typed or scanned) → status and public history

The citizen window embeds one `ConcernFlow` and calls `start_register(language)` or
`start_follow_up(language)`; the flow emits `finished()` when the citizen is done (or
gives up, or walks away) and `activity()` while the citizen is using it.

Each step checks its own field with the domain's rule (`clean_text`, `clean_line`,
`normalize_phone`) and says what is wrong in the citizen's language; the office checks
the whole draft again when it is sent, and a refusal there brings the citizen back to
the step concerned. Nothing is stored before "Send".

Privacy: after `idle_timeout_s − WARNING_S` seconds without a touch, an overlay asks
"Are you still there?" with a countdown (spoken too, through the optional `speak` hook);
when it runs out everything entered is cleared and `finished()` is emitted
(kiosk/ui/citizen/concerns/idle_guard.py).

The concern is registered through the `OfficeModel` (on its worker: the office may be
a hub across the LAN) while the review screen says it is being sent; then its code is
shown, and the receipt is printed off the UI thread by the `printer` callable (see
`receipt_printer.ConcernReceiptPrinter`), whose status arrives on `print_status`.

Thread use: GUI thread.
"""
from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

from PySide6.QtCore import QLocale, Signal, SignalInstance
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from kiosk.config import Settings
from kiosk.domain.concerns import (
    MAX_NAME_CHARS,
    MAX_PLACE_CHARS,
    ConcernDraft,
    Contact,
    FieldProblem,
    RegisteredConcern,
    clean_line,
    clean_text,
    mask_phone,
    normalize_phone,
)
from kiosk.i18n import install_language, qlocale
from kiosk.office import OfficeError, OfficePort, StoreError
from kiosk.ui import theme
from kiosk.ui.citizen.concerns.category_screen import CategoryScreen
from kiosk.ui.citizen.concerns.confirmation_screen import ConfirmationScreen
from kiosk.ui.citizen.concerns.consent_screen import ConsentScreen
from kiosk.ui.citizen.concerns.contact_screen import ContactScreen
from kiosk.ui.citizen.concerns.followup_screen import FollowUpScreen
from kiosk.ui.citizen.concerns.idle_guard import IdleGuard, Speak
from kiosk.ui.citizen.concerns.parts import flow_stylesheet
from kiosk.ui.citizen.concerns.place_screen import PlaceScreen
from kiosk.ui.citizen.concerns.review_screen import ReviewScreen
from kiosk.ui.citizen.concerns.text_screen import TextScreen
from kiosk.ui.citizen.concerns.texts import FIELD_SCREENS, ConcernTexts
from kiosk.ui.clock import SYSTEM_UI_CLOCK, UiClock
from kiosk.ui.office_model import OfficeModel
from kiosk.ui.worker import Worker

log = logging.getLogger(__name__)

ConcernPrinter = Callable[[RegisteredConcern, str], None]


@dataclasses.dataclass
class _Draft:
    category: str | None = None
    consent: bool = False
    publish_text: bool = False  # "may the text be published anonymously?": no until the citizen says yes


class ConcernFlow(QWidget):
    finished = Signal()
    # After `finished`, when this citizen is done for good (a concern registered, or walked
    # away): the next person starts afresh on the language screen.
    session_over = Signal()
    activity = Signal()

    def __init__(self, office: OfficePort, settings: Settings, printer: ConcernPrinter | None = None,
                 parent: QWidget | None = None, *, speak: Speak | None = None,
                 retention_days: int | None = None, clock: UiClock = SYSTEM_UI_CLOCK,
                 model: OfficeModel | None = None, print_status: SignalInstance | None = None):
        """`model`: the kiosk's (built here for a flow on its own); `print_status`: the
        printer's (job id, state, reason) signal, to show the receipt's fate."""
        super().__init__(parent)
        self.clock = clock
        if model is None:
            model = OfficeModel.start(office, Worker(parent=self), parent=self, clock=clock)
        self.model = model
        self.sending = False
        self.setObjectName("concern-flow")
        self._scale = theme.current_scale()
        self.setStyleSheet(flow_stylesheet(self._scale))
        self.office = office
        self.settings = settings
        self.printer = printer
        self.speak = speak
        self.language = settings.kiosk.default_language
        self.script = settings.kiosk.tamazight_script
        self.draft = _Draft()
        self.registered: RegisteredConcern | None = None
        self._return_to_review = False
        self._in_use = False  # started since the last clear(): something to forget
        if retention_days is None:
            retention_days = settings.privacy.retention_days

        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.category_screen = CategoryScreen(model.catalogue)
        self.text_screen = TextScreen(self.language, self.script)
        self.place_screen = PlaceScreen(self.language, self.script)
        self.consent_screen = ConsentScreen(retention_days)
        self.contact_screen = ContactScreen(self.language, self.script)
        self.review_screen = ReviewScreen()
        self.confirmation_screen = ConfirmationScreen()
        self.followup_screen = FollowUpScreen(model, clock=clock)
        self.screens = {
            "category": self.category_screen, "text": self.text_screen, "place": self.place_screen,
            "consent": self.consent_screen, "contact": self.contact_screen, "review": self.review_screen,
            "confirmation": self.confirmation_screen, "followup": self.followup_screen,
        }
        for screen in self.screens.values():
            self.stack.addWidget(screen)
            header = getattr(screen, "header", None)
            if header is not None:
                header.home_button.setVisible(True)  # leave at any step: everything is forgotten
                header.home_clicked.connect(self.cancel)

        self.category_screen.back.connect(self.cancel)
        self.category_screen.category_chosen.connect(self._category_chosen)
        self.text_screen.back.connect(lambda: self._go("category"))
        self.text_screen.next.connect(self._text_next)
        self.place_screen.back.connect(lambda: self._go("text"))
        self.place_screen.next.connect(self._place_next)
        self.place_screen.skip.connect(self._place_skip)
        self.consent_screen.back.connect(lambda: self._go("place"))
        self.consent_screen.anonymous.connect(self._stay_anonymous)
        self.consent_screen.agreed.connect(self._consent_given)
        self.consent_screen.publish_chosen.connect(self._publish_chosen)
        self.contact_screen.back.connect(lambda: self._go("consent"))
        self.contact_screen.next.connect(self._contact_next)
        self.contact_screen.withdraw.connect(self._stay_anonymous)
        self.review_screen.back.connect(lambda: self._go("contact" if self.draft.consent else "consent"))
        self.review_screen.change.connect(self._change)
        self.review_screen.send.connect(self.register)
        self.confirmation_screen.done.connect(self._session_over)
        self.followup_screen.back.connect(self.cancel)
        if print_status is not None:
            print_status.connect(self._print_status)

        # Idle: warn, then forget (privacy).
        self.idle = IdleGuard(self, settings.kiosk.idle_timeout_s, clock, lambda: (self.speak, self.language))
        self.idle.expired.connect(self._idle_expired)
        self.idle.activity.connect(self.activity)
        self.idle_warning = self.idle.warning
        self.warning_s = self.idle.warning_s

    # ---- entry points ------------------------------------------------------------------

    def start_register(self, language: str) -> None:
        """Start a new concern in `language` (nothing of a previous citizen is kept)."""
        self._begin(language)
        self._go("category")

    def start_follow_up(self, language: str) -> None:
        """Look up a concern by its code in `language`."""
        self._begin(language)
        self._go("followup")
        self.followup_screen.start(language)

    def cancel(self) -> None:
        """Forget everything and go back to the kiosk's home."""
        # The window hides the flow first: hidden, its screens reset without laying out anew.
        self.finished.emit()
        if self._in_use:  # nobody hid it (a flow on its own), or not yet
            self.clear()

    def clear(self) -> None:
        """Forget everything the citizen entered or was shown (privacy)."""
        self.draft = _Draft()
        self.registered = None
        self._return_to_review = False
        for screen in self.screens.values():
            screen.reset()
        self.idle.stop()
        self.stack.setCurrentWidget(self.category_screen)
        self._in_use = False

    def current_screen(self) -> str:
        current = self.stack.currentWidget()
        return next(name for name, screen in self.screens.items() if screen is current)

    # ---- steps -------------------------------------------------------------------------

    def _begin(self, language: str) -> None:
        self.clear()
        if self._scale != theme.current_scale():  # the citizen switched larger text on (or off)
            self._scale = theme.current_scale()
            self.setStyleSheet(flow_stylesheet(self._scale))
        self._in_use = True
        self.language = language
        if QLocale().name() != qlocale(language).name():
            install_language(language)  # the window normally has already; error texts follow it
        for screen in (self.text_screen, self.place_screen, self.contact_screen):
            screen.set_language(language, self.script)
        self.category_screen.set_language(language)
        self.idle.restart()

    def _go(self, name: str) -> None:
        self.stack.setCurrentWidget(self.screens[name])
        if name == "review":
            self._show_review()
        self._focus(name)

    def _focus(self, name: str) -> None:
        """Keyboard focus where the citizen types (a hand scanner types into the focused field)."""
        if name == "text":
            self.text_screen.edit.setFocus()
        elif name == "place":
            self.place_screen.edit.setFocus()
        elif name == "contact":
            self.contact_screen.focus_first()
        elif name == "followup" and not self.followup_screen.result.isVisibleTo(self.followup_screen):
            self.followup_screen.code_edit.setFocus()

    def _after_step(self, next_name: str) -> None:
        self._go("review" if self._return_to_review else next_name)

    def _category_chosen(self, code: str) -> None:
        self.draft.category = code
        self.category_screen.reset()
        self._after_step("text")

    def _text_next(self) -> None:
        try:
            clean_text(self.text_screen.text())
        except FieldProblem as problem:
            self.text_screen.show_problem(ConcernTexts().problem(problem.code))
            return
        self.text_screen.show_problem("")
        self._after_step("place")

    def _place_next(self) -> None:
        try:
            clean_line(self.place_screen.place(), field="place", max_chars=MAX_PLACE_CHARS)
        except FieldProblem as problem:
            self.place_screen.show_problem(ConcernTexts().problem(problem.code))
            return
        self.place_screen.show_problem("")
        self._after_step("consent")

    def _place_skip(self) -> None:
        self.place_screen.reset()
        self._after_step("consent")

    def _stay_anonymous(self) -> None:
        self.draft.consent = False
        self.contact_screen.reset()  # nothing typed before "no" is kept
        self._go("review")

    def _publish_chosen(self, publish: bool) -> None:
        self.draft.publish_text = publish

    def _consent_given(self) -> None:
        self.draft.consent = True
        self._go("contact")

    def _contact_next(self) -> None:
        screen = self.contact_screen
        try:
            clean_line(screen.name(), field="contact.name", max_chars=MAX_NAME_CHARS)
            if not screen.phone().strip():
                raise FieldProblem("contact.phone", "phone_required", "a contact needs a phone number")
            normalize_phone(screen.phone())
        except FieldProblem as problem:
            screen.show_problem(ConcernTexts().problem(problem.code), problem.field)
            return
        screen.show_problem("")
        self._go("review")

    def _change(self, part: str) -> None:
        self._return_to_review = True
        self._go({"category": "category", "text": "text", "place": "place", "contact": "consent"}[part])

    def _contact_summary(self) -> str | None:
        if not self.draft.consent:
            return None
        name = self.contact_screen.name().strip()
        try:
            phone = mask_phone(normalize_phone(self.contact_screen.phone()))
        except FieldProblem:
            phone = ""
        # The number reads left to right inside an Arabic line.
        return " — ".join(part for part in (name, f"\u2066{phone}\u2069" if phone else "") if part)

    def _show_review(self) -> None:
        self._return_to_review = False
        category = self.model.catalogue.category(self.draft.category) if self.draft.category else None
        self.review_screen.show_summary(
            category.name(self.language) if category else "", category.icon if category else "concern",
            self.text_screen.text().strip(), self.place_screen.place().strip() or None, self._contact_summary())

    def draft_to_send(self) -> ConcernDraft:
        contact = None
        if self.draft.consent:
            contact = Contact(self.contact_screen.name() or None, self.contact_screen.phone() or None)
        return ConcernDraft(category=self.draft.category or "", text=self.text_screen.text(), language=self.language,
                            place=self.place_screen.place() or None, contact=contact, consent=self.draft.consent,
                            publish_text=self.draft.publish_text)

    def register(self) -> None:
        """Send the concern to the office (on the worker); then show its code and print the receipt."""
        if self.sending:
            return
        self.sending = True
        self.review_screen.set_busy(True)
        self.model.run(self.model.office.register_concern, self.draft_to_send(),
                       on_success=self._registered, on_failure=self._refused)

    def _refused(self, exc: object) -> None:
        self.sending = False
        self.review_screen.set_busy(False)
        if not isinstance(exc, (OfficeError, StoreError)):  # a bug: logged by the worker
            self.review_screen.show_problem(ConcernTexts().failure())
            return
        # A full disk or an unreachable hub too: nothing was saved, ask at reception.
        problems = exc.problems if isinstance(exc, OfficeError) else ()  # a refused draft's every problem
        log.info("concern refused: %s", exc.code)
        if problems:
            self._show_refusal(problems[0])
        else:
            log.warning("concern not registered: %s", exc)
            self.review_screen.show_problem(ConcernTexts().failure())

    def _registered(self, registered: RegisteredConcern) -> None:
        self.sending = False
        self.review_screen.set_busy(False)
        if not self.isVisible():
            log.info("concern %s registered after the citizen left: not shown", registered.code)
            return
        self.registered = registered
        for name in ("text", "place", "contact"):
            self.screens[name].reset()  # stored now: nothing to go back to
        self.draft = _Draft()
        self.confirmation_screen.show_registered(registered, self.model.public_url())
        self._go("confirmation")
        if self.printer is not None:
            try:
                self.printer(registered, self.language)
            except Exception:  # the concern is stored and shown: a printer never takes that away
                log.exception("concern receipt for %s not printed", registered.code)
                self.confirmation_screen.set_print_state("failed_retrying", "error")

    def _show_refusal(self, problem: FieldProblem) -> None:
        name = FIELD_SCREENS.get(problem.field, "review")
        message = ConcernTexts().problem(problem.code)
        self._return_to_review = name != "review"
        self._go(name)
        screen = self.screens[name]
        if name == "contact":
            screen.show_problem(message, problem.field)
        elif name == "consent":
            self._go("review")
            self.review_screen.show_problem(message)
        else:
            screen.show_problem(message)

    def _print_status(self, job_id: str, state: str, reason: str) -> None:
        if self.registered is not None and job_id == self.registered.concern.id:
            self.confirmation_screen.set_print_state(state, reason)

    # ---- idle (kiosk/ui/citizen/concerns/idle_guard.py) -----------------------------------

    def _warn(self) -> None:
        self.idle.warn()

    def _idle_expired(self) -> None:
        log.info("concern flow idle on %s: cleared", self.current_screen())
        self._session_over()

    def _session_over(self) -> None:
        self.cancel()
        self.session_over.emit()

    @property
    def idle_warning_shown(self) -> bool:
        return self.idle.warning_shown

    def showEvent(self, event) -> None:
        self.idle.listen(True)
        super().showEvent(event)
        self._focus(self.current_screen())  # the window usually shows the flow after start_…()

    def hideEvent(self, event) -> None:
        self.idle.listen(False)
        # Whoever hid the flow (the window's own idle timeout, a staff action), nothing a
        # citizen typed stays in memory for the next one (cancel() has forgotten it already).
        if self._in_use:
            self.clear()
        super().hideEvent(event)

    def resizeEvent(self, event) -> None:
        self.idle.fit()
        super().resizeEvent(event)


__all__ = ["ConcernFlow", "ConcernPrinter", "Speak"]
