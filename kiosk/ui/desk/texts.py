"""Desk words shared by several screens: priorities, ticket states, refusals, times.

Kept in one translation context (`DeskTexts`) so each sentence is translated once.

Thread use: GUI thread.
"""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QObject

from kiosk.domain.tickets import Priority, Ticket, TicketStatus

_LOCALE_LANGUAGES = {
    QLocale.Language.Arabic: "ar",
    QLocale.Language.French: "fr",
    QLocale.Language.Kabyle: "kab",
}


def arg(text: str, *values: object) -> str:
    """Fill %1, %2, … in a translated sentence (PySide's `tr()` returns a plain str, without `.arg`)."""
    # highest first, so %1 does not eat the start of %10
    for index in range(len(values), 0, -1):
        text = text.replace(f"%{index}", str(values[index - 1]))
    return text


def current_language() -> str:
    """The desk's interface language, as installed by `kiosk.i18n.install_language`."""
    return _LOCALE_LANGUAGES.get(QLocale().language(), "en")


def isolate_ltr(text: str) -> str:
    """Keep a ticket label such as A-042 left-to-right inside an Arabic sentence."""
    return f"\u2066{text}\u2069"


def isolate(text: str) -> str:
    """A name or number that takes its own direction without turning the sentence around it."""
    return f"\u2068{text}\u2069"


CONCERNS_KEY = "F8"  # opens the concerns inbox from the desk, and brings the clerk back
CONSOLE_KEY = "F9"  # opens the supervisor console from the desk, and brings the supervisor back


def with_key(text: str, key: str) -> str:
    """A button label with its key, which stays left to right inside an Arabic label."""
    return f"{text}  \u2066({key})\u2069"


def local_time(instant: dt.datetime, zone: ZoneInfo) -> str:
    return instant.astimezone(zone).strftime("%H:%M")


def minutes_between(start: dt.datetime, end: dt.datetime) -> int:
    return max(0, int((end - start).total_seconds() // 60))


class DeskTexts(QObject):
    """Translated words for tickets and refusals; make one when needed (it reads the current language)."""

    def priority(self, priority: Priority) -> str:
        return {
            Priority.NONE: self.tr("No priority"),
            Priority.ELDERLY: self.tr("Elderly"),
            Priority.DISABILITY: self.tr("Disability"),
            Priority.PREGNANCY: self.tr("Pregnancy"),
        }[Priority(priority)]

    def status(self, status: TicketStatus) -> str:
        return {
            TicketStatus.WAITING: self.tr("Waiting"),
            TicketStatus.CALLED: self.tr("Called — waiting for the citizen"),
            TicketStatus.SERVING: self.tr("Being served"),
            TicketStatus.DONE: self.tr("Finished"),
            TicketStatus.NO_SHOW: self.tr("Did not come"),
            TicketStatus.TRANSFERRED: self.tr("Transferred"),
            TicketStatus.CANCELLED: self.tr("Cancelled"),
        }[TicketStatus(status)]

    def waiting_since(self, ticket: Ticket, zone: ZoneInfo, now: dt.datetime) -> str:
        return arg(self.tr("Waiting since %1 (%2 min)"), local_time(ticket.issued_at, zone),
                   minutes_between(ticket.issued_at, now))

    def minutes(self, value: float | None) -> str:
        if value is None:
            return "—"
        return arg(self.tr("%1 min"), f"{value:.1f}".rstrip("0").rstrip("."))

    def concerns_button(self, new: int | None) -> str:
        """The desk's way to the concerns inbox, with the number received and not yet handled."""
        if not new:
            return self.tr("Concerns")
        return arg(self.tr("Concerns · new: %1"), new if new < 100 else "99+")

    def console_button(self) -> str:
        return self.tr("Supervisor console")

    def refusal(self, code: str, minutes_locked: int = 0) -> str:
        """What to tell the clerk when the office refused an action (code of `OfficeError`)."""
        messages = {
            "bad_login": self.tr("Wrong name or PIN. Check them and try again."),
            "locked": arg(self.tr("Too many wrong PINs: this account is locked for %1 more minutes. "
                              "A supervisor can unlock it sooner."), minutes_locked),
            "not_logged_in": self.tr("Your session has ended. Please log in again."),
            "forbidden": self.tr("Your role does not allow this action. Ask a supervisor."),
            "bad_counter": self.tr("Enter a counter number (1 to 4 letters or digits) and tick at least one service."),
            "counter_closed": self.tr("This counter is not open any more. Open it again to continue."),
            "unknown_ticket": self.tr("This ticket no longer exists. The list has been updated."),
            "bad_state": self.tr("This ticket has already been handled, perhaps at another counter. "
                                 "The screen has been updated."),
            "bad_transfer": self.tr("The ticket is already in that service's line. Choose another service."),
            "unknown_service": self.tr("That service is not offered in this office."),
            "service_closed": self.tr("That service is closed today."),
            "bad_service_control": self.tr("These settings were refused: check the hours, the limit and the "
                                           "target, then save again."),
            "hub_unreachable": self.tr("The office hub cannot be reached. Check the network cable, then try again."),
            "database_damaged": self.tr("The office database is damaged: nothing can be saved. Call the technician "
                                        "(maktab-sync doctor tells how to restore the last backup)."),
            "database_unreadable": self.tr("The office database cannot be read or written. Call the technician "
                                           "(maktab-sync doctor tells why)."),
            "disk_full": self.tr("The office PC's disk is full: your action was not saved. Ask the technician to "
                                 "free some space, then try again."),
        }
        return messages.get(code, self.tr("The office refused this action; nothing was changed. "
                                          "The details are in the log."))
