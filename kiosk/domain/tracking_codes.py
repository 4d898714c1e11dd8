"""Concern tracking codes at the office, and the brake on guessing them at the kiosk.

The codes themselves (shape, check character, reading what a person typed) live in
`sync.protocol.tracking_codes`, shared with the central server, which checks codes typed
on the public concern page; this module re-exports them for the office's code.

Thread use: any; ``FollowUpThrottle`` is not thread-safe by itself (the office calls it
under its lock).
"""
from __future__ import annotations

import collections
import datetime as dt
from typing import Any

from kiosk.domain.clock import Clock
from sync.protocol.tracking_codes import (
    ALPHABET,
    BODY_LENGTH,
    ParsedCode,
    RandomSource,
    TrackingCodeError,
    is_valid,
    new_tracking_code,
    normalize,
    validate,
)


class FollowUpThrottle:
    """Slows down repeated wrong codes at a kiosk so codes cannot be found by trying.

    Wrong codes less than `window` apart form a run. From the `free_failures`-th wrong
    code of a run on, the next lookup waits 2^(failures − free_failures + 1) seconds after
    the latest failure (2 s, 4 s, 8 s, …), capped at `max_delay`. The run ends after
    `window` without a wrong code, so a clumsy citizen slows the next one by a few
    seconds at most. A correct code does not end it: otherwise a guesser could mix in
    their own valid code to wipe the count.
    """

    def __init__(self, clock: Clock, *, free_failures: int = 3, window: dt.timedelta = dt.timedelta(minutes=10),
                 max_delay: dt.timedelta = dt.timedelta(minutes=5)):
        self._clock = clock
        self._free = free_failures
        self._window = window
        self._max_delay = max_delay.total_seconds()
        self._failures: collections.deque[dt.datetime] = collections.deque()

    def _prune(self, now: dt.datetime) -> None:
        # A run of failures ends after `window` without one. Dropping each failure after
        # `window` instead would let a patient script fall back to the free tries every
        # ten minutes; this way it stays at `max_delay` per guess (12 an hour).
        if self._failures and now - self._failures[-1] >= self._window:
            self._failures.clear()

    def recent_failures(self) -> int:
        self._prune(self._clock.now())
        return len(self._failures)

    def retry_after(self) -> float:
        """Seconds until the next lookup is allowed (0.0: allowed now)."""
        now = self._clock.now()
        self._prune(now)
        excess = len(self._failures) - self._free
        if excess < 0:
            return 0.0
        delay = min(2.0 ** (excess + 1), self._max_delay)
        ready = self._failures[-1] + dt.timedelta(seconds=delay)
        return max((ready - now).total_seconds(), 0.0)

    def allowed(self) -> bool:
        return self.retry_after() == 0.0

    def record_failure(self) -> None:
        self._failures.append(self._clock.now())

    def clear(self) -> None:
        """Forget all failures (a technician's action, never a citizen's)."""
        self._failures.clear()


class ThrottlesByKey:
    """One `FollowUpThrottle` per key (a device, a client address), the least recently used
    forgotten beyond `max_keys` so a flood of new keys cannot grow memory. Not thread-safe:
    callers check, act and count under their own lock."""

    def __init__(self, clock: Clock, *, max_keys: int = 10_000, **throttle_options: Any):
        self._clock = clock
        self._max_keys = max_keys
        self._options = throttle_options
        self._throttles: collections.OrderedDict[str, FollowUpThrottle] = collections.OrderedDict()

    def get(self, key: str) -> FollowUpThrottle:
        throttle = self._throttles.pop(key, None)
        if throttle is None:
            throttle = FollowUpThrottle(self._clock, **self._options)
            while len(self._throttles) >= self._max_keys:
                self._throttles.popitem(last=False)
        self._throttles[key] = throttle  # most recently used last
        return throttle


__all__ = ["ALPHABET", "BODY_LENGTH", "FollowUpThrottle", "ParsedCode", "RandomSource", "ThrottlesByKey",
           "TrackingCodeError", "is_valid", "new_tracking_code", "normalize", "validate"]
