"""What the kiosk tells a citizen about a service that takes no ticket now: the short line
on its greyed tile, and the full sentence when the citizen touches it anyway (or when the
office refuses the ticket: closed, outside its hours, today's limit reached).

The one place these sentences are made, so the voice says exactly what the screen shows:
`refusal_message(availability, zone, now)` in the citizen's language (the installed one).

Thread use: GUI thread (translations).
"""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject

from kiosk.domain.service_controls import Availability, Refusal


def _opens(found: Availability, zone: ZoneInfo, now: dt.datetime) -> tuple[str, int | None]:
    """('08:00', days from today) of the reopening, or ('', None) when it is not known."""
    if found.reopens_at is None:
        return "", None
    reopens = found.reopens_at.astimezone(zone)
    return f"{reopens:%H:%M}", (reopens.date() - now.astimezone(zone).date()).days


class ServiceRefusalTexts(QObject):
    def tile(self, found: Availability, zone: ZoneInfo, now: dt.datetime) -> str:
        """The short line under a greyed service's name."""
        hour, days = _opens(found, zone, now)
        if found.refusal is Refusal.LIMIT_REACHED:
            return self.tr("No more tickets today")
        if found.refusal is Refusal.OUTSIDE_HOURS and days == 0:
            return self.tr("Opens at %1").replace("%1", hour)
        return self.tr("Closed now")

    def message(self, found: Availability, zone: ZoneInfo, now: dt.datetime) -> str:
        """The whole sentence, shown and spoken."""
        hour, days = _opens(found, zone, now)
        if found.refusal is Refusal.LIMIT_REACHED:
            if days == 1:
                text = self.tr("No more tickets for this service today. Come back tomorrow from %1.")
                return text.replace("%1", hour)
            return self.tr("No more tickets for this service today. Please ask at the reception desk when it "
                           "opens again.")
        if found.refusal is Refusal.OUTSIDE_HOURS and hour:
            if days == 0:
                return self.tr("This service gives tickets from %1 today. Please come back then.").replace("%1", hour)
            if days == 1:
                return self.tr("This service gives no more tickets today. Come back tomorrow from %1.").replace(
                    "%1", hour)
        return self.tr("This service is closed for now. Please ask at the reception desk.")


def refusal_message(found: Availability, zone: ZoneInfo, now: dt.datetime) -> str:
    """The citizen's sentence for a service that takes no ticket now (shown, and for the voice)."""
    return ServiceRefusalTexts().message(found, zone, now)


def refusal_from_code(code: str) -> Availability | None:
    """The office's refusal code as an availability without a time (the kiosk's snapshot may be older)."""
    try:
        return Availability(False, Refusal(code))
    except ValueError:
        return None
