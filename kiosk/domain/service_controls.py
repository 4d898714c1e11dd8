"""What a supervisor sets for each service, and what follows from it: is the service taking
tickets at a given moment (and if not, why and from when), and is its line past its target.

    ServiceControl      closed now, weekly opening hours, daily ticket limit, target minutes
    availability(…)     → Availability: taking tickets, or the refusal and when it opens again
    ServiceLevel        a line as the console and the desks see it: waiting, longest and
                        predicted wait, target; `.alert` when either wait passes the target
    within_target(…)    a citizen's wait against the target (the day's "served within target")

Pure: no SQL, no Qt. Times are the office's local time (aware datetimes in its zone): a
service opens at 08:00 on the office's clock, whatever the machine's zone.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import re
from collections.abc import Mapping
from typing import Any

#: When a service with no weekly hours opens again the next day (the usual opening of an APC).
DEFAULT_OPENING = dt.time(8, 0)
MAX_DAILY_LIMIT = 9999  # the highest number a service can hand out in a day (kiosk/domain/tickets.py)
MAX_TARGET_MINUTES = 240
_HOUR_RE = re.compile(r"^([01][0-9]|2[0-3]):([0-5][0-9])$")
_LOOKAHEAD_DAYS = 8  # a weekly schedule repeats: a week and a day finds the next opening or none


class ControlError(ValueError):
    """A supervisor's setting is out of its rules; the message says which and what to do."""


class Refusal(str, enum.Enum):
    """Why a service takes no ticket now (also the office's refusal code)."""

    CLOSED = "service_closed"  # closed by the supervisor until reopened
    OUTSIDE_HOURS = "service_outside_hours"  # its weekly hours say not now
    LIMIT_REACHED = "service_limit_reached"  # today's tickets are all given


@dataclasses.dataclass(frozen=True)
class OpeningHours:
    opens: dt.time
    closes: dt.time

    def __post_init__(self) -> None:
        if self.closes <= self.opens:
            raise ControlError(f"a service closes after it opens: {self.opens:%H:%M}–{self.closes:%H:%M} "
                               f"is not a period of the day")


@dataclasses.dataclass(frozen=True)
class ServiceControl:
    service_code: str
    closed: bool = False
    # weekday (0 = Monday … 6 = Sunday) → hours; a day missing is a day without the service.
    # Empty: no weekly hours, the service takes tickets whenever the office is open.
    hours: Mapping[int, OpeningHours] = dataclasses.field(default_factory=dict)
    daily_limit: int | None = None  # None: no limit
    target_minutes: int | None = None  # None: the catalogue's default

    def __post_init__(self) -> None:
        for day in self.hours:
            if day not in range(7):
                raise ControlError(f"weekday {day!r} is not 0 (Monday) to 6 (Sunday)")
        if self.daily_limit is not None and not 1 <= self.daily_limit <= MAX_DAILY_LIMIT:
            raise ControlError(f"a daily limit is 1 to {MAX_DAILY_LIMIT} tickets (or none), got {self.daily_limit}")
        if self.target_minutes is not None and not 1 <= self.target_minutes <= MAX_TARGET_MINUTES:
            raise ControlError(f"a target is 1 to {MAX_TARGET_MINUTES} minutes of waiting, got {self.target_minutes}")


@dataclasses.dataclass(frozen=True)
class Availability:
    taking: bool
    refusal: Refusal | None = None
    reopens_at: dt.datetime | None = None  # local time; None: not known (closed until a supervisor reopens)


TAKING = Availability(True)


def availability(control: ServiceControl, now: dt.datetime, issued_today: int) -> Availability:
    """Whether the service takes a ticket at `now` (local), having issued `issued_today` so far."""
    if control.closed:
        return Availability(False, Refusal.CLOSED, None)
    if control.hours:
        today = control.hours.get(now.weekday())
        if today is None or not today.opens <= now.time() < today.closes:
            return Availability(False, Refusal.OUTSIDE_HOURS, next_opening(control, now))
    if control.daily_limit is not None and issued_today >= control.daily_limit:
        return Availability(False, Refusal.LIMIT_REACHED, next_opening(control, now, after_today=True))
    return TAKING


def next_opening(control: ServiceControl, now: dt.datetime, *, after_today: bool = False) -> dt.datetime | None:
    """The next moment the service opens after `now` (local): by its weekly hours, or the
    next day at DEFAULT_OPENING when it has none; None when its hours name no day at all."""
    zone = now.tzinfo
    if not control.hours:
        tomorrow = now.date() + dt.timedelta(days=1)
        return dt.datetime.combine(tomorrow, DEFAULT_OPENING, zone)
    for ahead in range(1 if after_today else 0, _LOOKAHEAD_DAYS):
        day = now.date() + dt.timedelta(days=ahead)
        hours = control.hours.get(day.weekday())
        if hours is None:
            continue
        opens = dt.datetime.combine(day, hours.opens, zone)
        if opens > now:
            return opens
    return None


@dataclasses.dataclass(frozen=True)
class ServiceLevel:
    """One line of the office now: what the console shows and the desks check for an alert."""

    service_code: str
    waiting: int
    longest_wait_min: int  # the citizen waiting longest, in whole minutes (0: nobody waits)
    predicted_wait_min: int  # what a citizen taking a ticket now would wait
    target_min: int
    availability: Availability = TAKING
    issued_today: int = 0
    daily_limit: int | None = None
    called_today: int = 0  # today's citizens of this line called (a recalled ticket's first wait is not kept)
    within_target_today: int = 0  # of those, called within the target

    @property
    def alert(self) -> bool:
        return target_passed(self.longest_wait_min, self.predicted_wait_min, self.target_min)


def target_passed(longest_wait_min: float, predicted_wait_min: float, target_min: float) -> bool:
    """The line is past its target when someone has waited longer, or a newcomer would."""
    return longest_wait_min > target_min or predicted_wait_min > target_min


def within_target(wait_min: float, target_min: float) -> bool:
    """A citizen called after waiting `wait_min` minutes was served within the target."""
    return wait_min <= target_min


def share_within_target(levels: list[ServiceLevel]) -> tuple[int, int]:
    """(called within target, called) today over these lines: the day's service-level figure."""
    return sum(level.within_target_today for level in levels), sum(level.called_today for level in levels)


# ---- as plain JSON (the store's row, the outbox event, the LAN API) ----------------------

def control_json(control: ServiceControl) -> dict[str, Any]:
    return {
        "service_code": control.service_code, "closed": control.closed,
        "hours": {str(day): [f"{h.opens:%H:%M}", f"{h.closes:%H:%M}"] for day, h in sorted(control.hours.items())},
        "daily_limit": control.daily_limit, "target_minutes": control.target_minutes,
    }


def control_from(data: Mapping[str, Any]) -> ServiceControl:
    """A control from `control_json` data or a person's input; ControlError says what is wrong."""
    if not isinstance(data, Mapping):
        raise ControlError("a service's settings are a table of fields")
    code = data.get("service_code")
    if not isinstance(code, str) or not code:
        raise ControlError("name the service (service_code)")
    closed = data.get("closed", False)
    if not isinstance(closed, bool):
        raise ControlError("closed is true or false")
    return ServiceControl(code, closed, _hours_from(data.get("hours") or {}),
                          _whole_or_none(data.get("daily_limit"), "daily_limit"),
                          _whole_or_none(data.get("target_minutes"), "target_minutes"))


def _whole_or_none(value: Any, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ControlError(f"{name} is a whole number or nothing, got {value!r}")
    return value


def _hours_from(raw: Any) -> dict[int, OpeningHours]:
    if not isinstance(raw, Mapping):
        raise ControlError('hours are a table of weekday → ["HH:MM", "HH:MM"]')
    hours: dict[int, OpeningHours] = {}
    for day, period in raw.items():
        try:
            weekday = int(day)
        except (TypeError, ValueError):
            raise ControlError(f"weekday {day!r} is not 0 (Monday) to 6 (Sunday)") from None
        if not isinstance(period, (list, tuple)) or len(period) != 2:
            raise ControlError(f'the hours of weekday {weekday} are ["HH:MM", "HH:MM"]')
        hours[weekday] = OpeningHours(parse_hour(period[0]), parse_hour(period[1]))
    return hours


#: Algeria's working week: Sunday to Thursday (weekday 6, then 0 to 3).
WORKING_WEEK = (6, 0, 1, 2, 3)
_PERIOD_RE = re.compile(r"^\s*(\S+)\s*[-–]\s*(\S+)\s*$")


def working_week_hours(text: str) -> dict[int, OpeningHours]:
    """'08:00-12:00' → those hours every working day; '' → no weekly hours (the console's field)."""
    if not text.strip():
        return {}
    match = _PERIOD_RE.match(text)
    if match is None:
        raise ControlError(f"write the hours as opening-closing, e.g. 08:00-12:00, got {text!r}")
    hours = OpeningHours(parse_hour(match.group(1)), parse_hour(match.group(2)))
    return dict.fromkeys(WORKING_WEEK, hours)


def hours_text(hours: Mapping[int, OpeningHours]) -> str:
    """The period of the working days ('08:00-12:00'), '' without weekly hours (the console's field)."""
    for day in (*WORKING_WEEK, *range(7)):
        if day in hours:
            return f"{hours[day].opens:%H:%M}-{hours[day].closes:%H:%M}"
    return ""


def parse_hour(text: Any) -> dt.time:
    """'08:00' → 08:00; ControlError for anything else (24-hour clock, two digits each)."""
    match = _HOUR_RE.match(text.strip()) if isinstance(text, str) else None
    if match is None:
        raise ControlError(f"an hour is written HH:MM on the 24-hour clock (e.g. 08:00), got {text!r}")
    return dt.time(int(match.group(1)), int(match.group(2)))


__all__ = [
    "DEFAULT_OPENING",
    "TAKING",
    "WORKING_WEEK",
    "Availability",
    "ControlError",
    "OpeningHours",
    "Refusal",
    "ServiceControl",
    "ServiceLevel",
    "availability",
    "control_from",
    "control_json",
    "hours_text",
    "next_opening",
    "parse_hour",
    "share_within_target",
    "target_passed",
    "within_target",
    "working_week_hours",
]
