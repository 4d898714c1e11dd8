"""What the concerns inbox tells the clerk when the office refuses a note or a status change.

The words live here, apart from the inbox's widgets, because they change for another
reason (a new refusal code of the office, a better sentence) than the screen does. They
keep the inbox's translation context ("ConcernsInbox"), so kiosk/translations/concerns_*.ts
already hold them; the context is written out in each call because pyside6-lupdate reads
only literal `QCoreApplication.translate(context, text)` calls.

Thread use: GUI thread (the translator is read where the text is shown).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.ui.citizen.concerns.texts import arg
from kiosk.ui.desk.errors import error_code


def inbox_refusal(exc: BaseException, unreachable: str) -> str:
    """The refusal in the clerk's language; `unreachable` says what a lost hub means where it happened."""
    code = error_code(exc)
    if code == "hub_unreachable":
        return unreachable
    messages = {
        "reason_required": QCoreApplication.translate(
            "ConcernsInbox", "Write the reason in the reason field: the citizen will read it."),
        "answer_required": QCoreApplication.translate(
            "ConcernsInbox", "Write the answer first (as a public answer or in the reason field)."),
        "bad_transition": QCoreApplication.translate(
            "ConcernsInbox", "This concern cannot go to that status from its current one."),
        "note_required": QCoreApplication.translate("ConcernsInbox", "Write the note first."),
        "note_too_long": QCoreApplication.translate(
            "ConcernsInbox", "The note is too long (at most 2,000 characters)."),
        "reason_too_long": QCoreApplication.translate(
            "ConcernsInbox", "The reason is too long (at most 1,000 characters)."),
        "bidi_control": QCoreApplication.translate("ConcernsInbox", "Special control characters are not allowed."),
        "control_char": QCoreApplication.translate("ConcernsInbox", "Special control characters are not allowed."),
        "code_unknown": QCoreApplication.translate("ConcernsInbox", "This concern is not in this office."),
        "not_logged_in": QCoreApplication.translate("ConcernsInbox", "Your session has ended. Please log in again."),
    }
    return messages.get(code, arg(QCoreApplication.translate("ConcernsInbox", "The office refused: %1"), str(exc)))


__all__ = ["inbox_refusal"]
