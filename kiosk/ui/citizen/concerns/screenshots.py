"""Pictures of every concern screen in every language, and of the desk inbox.

    render_concern_screens(office, settings, "docs/screenshots", languages=["ar", "fr"])

Writes `<lang>-concern-<screen>.png` (screens: `SCREENS`, keyboards included) and
`<lang>-desk-inbox.png`, with `QWidget.grab()`, so it works offscreen. Nothing is written
to `office`: the flow's samples live in memory, and the inbox is shown on a throw-away
office (a temporary database with a few sample concerns).

Thread use: GUI thread.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import random
import tempfile
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from kiosk.config import Settings
from kiosk.domain.clock import to_iso
from kiosk.domain.concerns import (
    Concern,
    ConcernDraft,
    ConcernStatus,
    Contact,
    HistoryKind,
    PublicConcernView,
    PublicHistoryEntry,
    RegisteredConcern,
)
from kiosk.domain.tracking_codes import new_tracking_code
from kiosk.i18n import install_language
from kiosk.office import Office
from kiosk.office.staff import StaffSession
from kiosk.ui.app import ensure_application
from kiosk.ui.citizen.concerns.flow import ConcernFlow
from kiosk.ui.citizen.concerns.texts import ConcernTexts
from kiosk.ui.desk.concerns_inbox import ConcernsInbox
from kiosk.ui.shots import Look, Shots

SCREENS = ("category", "text", "text-error", "place", "consent", "contact", "review", "confirmation",
           "followup", "followup-status", "followup-wait", "idle-warning")

SAMPLE_TEXT = {
    "ar": "الإنارة العمومية معطلة في شارعنا منذ أسبوعين، والطريق مظلم جدا في الليل.",
    "fr": "L'éclairage public est en panne dans notre rue depuis deux semaines ; la nuit, c'est très sombre.",
    "kab": "Tafat n webrid nneɣ txuṣ seg sin yimalasen; deg yiḍ yella ṭṭlam.",
    "en": "The street lights in our street have been out for two weeks; it is very dark at night.",
}
SAMPLE_PLACE = {"ar": "حي 500 مسكن، شارع الاستقلال", "fr": "Cité 500 logements, rue de l'Indépendance",
                "kab": "Taddart n 500 n wexxamen", "en": "500 Housing estate, Independence street"}
SAMPLE_ANSWER = {
    "ar": "تم إرسال فرقة الصيانة، وسيتم إصلاح الإنارة هذا الأسبوع.",
    "fr": "L'équipe d'entretien est prévenue : l'éclairage sera réparé cette semaine.",
    "kab": "Tarbaɛt n uṣeggem tettwasen: tafat ad tettwaṣeggem deg dduṛt-a.",
    "en": "The maintenance team has been sent; the lights will be repaired this week.",
}


def _settle() -> None:
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()


def sample_code(office_code: str) -> str:
    return new_tracking_code(office_code, random.Random(42)).text


def sample_registered(office: Office, language: str) -> RegisteredConcern:
    """A believable registered concern, not stored anywhere."""
    at = to_iso(office.clock.now())
    category = office.catalogue.concern_categories[0].code
    concern = Concern(id="0190b6a2-0000-7000-8000-00000000c042", code=sample_code(office.info.code),
                      category=category, text=SAMPLE_TEXT[language], language=language, place=None,
                      contact_name=None, contact_phone=None, consent_at=None, status=ConcernStatus.RECEIVED,
                      created_at=at, updated_at=at)
    return RegisteredConcern(concern.code, concern)


def sample_view(office: Office, language: str) -> PublicConcernView:
    now = office.clock.now()
    registered = to_iso(now - dt.timedelta(days=6))
    return PublicConcernView(
        code=sample_code(office.info.code), category=office.catalogue.concern_categories[2].code,
        status=ConcernStatus.ANSWERED, registered_at=registered,
        history=(
            PublicHistoryEntry(registered, HistoryKind.STATUS, ConcernStatus.RECEIVED, None),
            PublicHistoryEntry(to_iso(now - dt.timedelta(days=4)), HistoryKind.STATUS, ConcernStatus.IN_PROGRESS,
                               None),
            PublicHistoryEntry(to_iso(now - dt.timedelta(days=1)), HistoryKind.PUBLIC_ANSWER, None,
                               SAMPLE_ANSWER[language]),
            PublicHistoryEntry(to_iso(now - dt.timedelta(days=1)), HistoryKind.STATUS, ConcernStatus.ANSWERED,
                               None),
        ),
    )


def _fill_draft(flow: ConcernFlow, language: str, with_contact: bool) -> None:
    flow.draft.category = flow.office.catalogue.concern_categories[2].code
    flow.text_screen.edit.setPlainText(SAMPLE_TEXT[language])
    flow.place_screen.edit.setText(SAMPLE_PLACE[language])
    flow.draft.consent = with_contact
    if with_contact:
        flow.contact_screen.name_edit.setText("Amina B." if language != "ar" else "أمينة ب.")
        flow.contact_screen.phone_edit.setText("0661 23 45 67")


def _show(flow: ConcernFlow, screen: str, language: str) -> None:
    followup = flow.followup_screen
    if screen == "category":
        flow.start_register(language)
    elif screen == "text":
        flow.start_register(language)
        _fill_draft(flow, language, False)
        flow._go("text")
    elif screen == "text-error":
        flow.start_register(language)
        flow.draft.category = flow.office.catalogue.concern_categories[0].code
        flow._go("text")
        flow.text_screen.edit.setPlainText(SAMPLE_TEXT[language][:6])
        flow._text_next()
    elif screen == "place":
        flow._go("place")
    elif screen == "consent":
        flow._go("consent")
    elif screen == "contact":
        _fill_draft(flow, language, True)
        flow._go("contact")
    elif screen == "review":
        _fill_draft(flow, language, True)
        flow._go("review")
    elif screen == "confirmation":
        flow.start_register(language)
        flow.registered = sample_registered(flow.office, language)
        flow.confirmation_screen.show_registered(flow.registered)
        flow._go("confirmation")
    elif screen == "followup":
        flow.start_follow_up(language)
        followup.code_edit.setText(sample_code(flow.office.info.code)[:8])
    elif screen == "followup-status":
        flow.start_follow_up(language)
        followup.code_edit.setText(sample_code(flow.office.info.code))
        followup.view = sample_view(flow.office, language)
        followup._show_result(True)
        followup.retranslate()
    elif screen == "followup-wait":
        flow.start_follow_up(language)
        followup.code_edit.setText("TST-7K3Q-9XA5")
        followup.error_code = "code_check"
        followup.message.show_message(ConcernTexts().lookup_error("code_check"))
        followup._start_wait(32)
    elif screen == "idle-warning":
        flow.start_register(language)
        _fill_draft(flow, language, False)
        flow._go("text")
        flow._warn()


def _frame(widget: QWidget, size: tuple[int, int]) -> QWidget:
    frame = QWidget()
    frame.setFixedSize(*size)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    frame.show()
    return frame


def _reset_wait(flow: ConcernFlow) -> None:
    followup = flow.followup_screen
    followup._wait_until = 0.0
    followup._update_wait()


def _sample_office(office: Office, folder: Path) -> Office:
    sample = Office.open_path(folder / "inbox-sample.sqlite3", office.info, office.clock, office.catalogue)
    categories = [c.code for c in office.catalogue.concern_categories]
    for index, language in enumerate(("ar", "fr", "kab", "ar", "en")):
        contact = Contact("Amina B.", "0661234567") if index == 0 else None
        registered = sample.register_concern(ConcernDraft(
            categories[index % len(categories)], SAMPLE_TEXT[language], language,
            SAMPLE_PLACE[language] if index % 2 == 0 else None, contact, consent=contact is not None))
        if index == 1:
            sample.change_concern_status(registered.code, ConcernStatus.IN_PROGRESS, staff="Amina")
        if index == 3:
            sample.add_concern_note(registered.code, "Vu avec le service technique, passage prévu jeudi.", False,
                                    "Amina")
    return sample


def render_concern_screens(office: Office, settings: Settings, out_dir: Path | str | None,
                           languages: Iterable[str] | None = None,
                           size: tuple[int, int] = (1280, 800), *, look: Look | None = None) -> list[Path]:
    """Render every concern screen and the desk inbox in each language (or show each to
    `look`); returns the files written."""
    ensure_application()
    shots = Shots(out_dir, look)
    languages = list(languages or settings.kiosk.languages)
    # Long enough that no idle timer fires while rendering.
    quiet = dataclasses.replace(settings, kiosk=dataclasses.replace(settings.kiosk, idle_timeout_s=3600))
    flow = ConcernFlow(office, quiet, printer=None)
    # In a frame of the window's fixed size, as in the kiosk: a screen that asked for more
    # room than the window has would show clipped here too, not silently grow the picture.
    frame = _frame(flow, size)
    with tempfile.TemporaryDirectory(prefix="maktab-inbox-") as folder:
        sample = _sample_office(office, Path(folder))
        session = StaffSession(token="sample", staff_id="sample", name="Chef", role="supervisor",
                               expires_at="2099-01-01T00:00:00.000Z")
        inbox = ConcernsInbox(sample, lambda: session)
        inbox_frame = _frame(inbox, size)
        try:
            for language in languages:
                install_language(language)
                _settle()
                for screen in SCREENS:
                    _show(flow, screen, language)
                    _settle()
                    shots(frame, f"{language}-concern-{screen}")
                    _reset_wait(flow)
                if language == "kab":
                    flow.start_register(language)
                    _fill_draft(flow, language, False)
                    flow._go("text")
                    flow.text_screen.keyboard.select_layout("tfng")
                    _settle()
                    shots(frame, f"{language}-concern-text-tifinagh")
                flow.clear()
                inbox.refresh()
                if inbox.concerns:
                    inbox.open_concern(inbox.concerns[0].code)
                _settle()
                shots(inbox_frame, f"{language}-desk-inbox")
        finally:
            inbox_frame.close()
            inbox_frame.deleteLater()
            sample.close()
            frame.close()
            frame.deleteLater()
    return shots.written
