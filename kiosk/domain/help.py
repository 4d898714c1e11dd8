"""A citizen's call for help at a kiosk: who asked, when, and whether a clerk answered.

The rules live here, without storage or Qt:

  - a request is `open` from the press until a clerk acknowledges it ("I'm coming"),
    then `acknowledged`;
  - an open request nobody acknowledged is `expired` `HELP_EXPIRES_AFTER` (10 minutes)
    after it was asked: by then the citizen has most likely found someone or left, and
    desks should not keep ringing for an empty kiosk; a new press asks again;
  - pressing again while the kiosk's request is still open gives that same request back
    (`still_open`): the desks see one alert per kiosk, however often it is pressed.

Thread use: any (immutable values and pure functions).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Iterable

HELP_EXPIRES_AFTER = dt.timedelta(minutes=10)


class HelpState(enum.StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    EXPIRED = "expired"


@dataclasses.dataclass(frozen=True)
class HelpRequest:
    id: str
    kiosk_name: str  # as the desks show it: the paired kiosk's name, or this PC's kiosk
    device_id: str  # who asked ('' for the kiosk on the office's own PC): the dedupe key
    asked_at: dt.datetime
    acknowledged_at: dt.datetime | None = None
    acknowledged_by: str | None = None  # the clerk's name

    @property
    def expires_at(self) -> dt.datetime:
        return self.asked_at + HELP_EXPIRES_AFTER

    def state(self, now: dt.datetime) -> HelpState:
        if self.acknowledged_at is not None:
            return HelpState.ACKNOWLEDGED
        return HelpState.OPEN if now < self.expires_at else HelpState.EXPIRED

    def is_open(self, now: dt.datetime) -> bool:
        return self.state(now) is HelpState.OPEN


def still_open(requests: Iterable[HelpRequest], device_id: str, now: dt.datetime) -> HelpRequest | None:
    """The kiosk's request a new press should give back instead of asking again, if any."""
    return next((r for r in requests if r.device_id == device_id and r.is_open(now)), None)


def open_requests(requests: Iterable[HelpRequest], now: dt.datetime) -> list[HelpRequest]:
    """The requests the desks should still show as alerts, oldest first."""
    return sorted((r for r in requests if r.is_open(now)), key=lambda r: r.asked_at)
