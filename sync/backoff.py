"""The one retry-delay policy of Maktab: how long to wait after a failure before trying again.

    Backoff(base, cap)            capped exponential, jittered
        .next_delay(retry_after)  count one more failure; the wait before the next try
        .delay_after(failures)    the same wait for a given failure count, without counting
        .reset()                  after a success: start again from `base`

The ceiling doubles with each failure from `base` up to `cap`; the wait is drawn in
[(1 - jitter) × ceiling, ceiling] ("equal jitter" by default, jitter = 0.5): never
hammering a failing peer, never stalling, and many offices that failed together do not
all come back in the same second. A server's `Retry-After` wins over the policy (up to
`retry_after_cap`, plus a little spread). `jitter=0` gives exact, repeatable delays
(the print spool, whose log names them).

Used by the sync client and loop (`sync.client`, `sync.loop`), `maktab-sync push`, the
LAN event stream's reconnects (`kiosk.hub.event_stream`) and the print spool's retries
(`kiosk.printing.spool`). Plain Python, no I/O; a `Backoff` belongs to the one thread that
retries (it is not locked).
"""
from __future__ import annotations

import random

#: Past this many doublings the ceiling is the cap anyway (and 2**n stays a small float).
_MAX_DOUBLINGS = 30


class Backoff:
    """Capped exponential backoff with equal jitter; a server's Retry-After wins (up to `retry_after_cap`)."""

    def __init__(self, base: float = 1.0, cap: float = 300.0, retry_after_cap: float = 3600.0,
                 rng: random.Random | None = None, *, jitter: float = 0.5):
        if not 0.0 <= jitter <= 1.0:
            raise ValueError(f"jitter must be a fraction between 0 and 1, got {jitter}")
        self.base = base
        self.cap = cap
        self.retry_after_cap = retry_after_cap
        self.jitter = jitter
        self.failures = 0
        self._rng = rng or random.Random()
        self._held_at_cap = False

    def reset(self) -> None:
        self.failures = 0
        self._held_at_cap = False

    def ceiling(self, failures: int) -> float:
        """The longest wait after `failures` failures in a row (1 → `base`)."""
        return min(self.cap, self.base * 2 ** min(max(failures, 1) - 1, _MAX_DOUBLINGS))

    def delay_after(self, failures: int, retry_after: float | None = None) -> float:
        """The wait before the next try after `failures` failures in a row; counts nothing."""
        if retry_after:
            # The server said when: wait that long, plus a little so offices do not return in step.
            wait = min(retry_after, self.retry_after_cap)
            return wait + (self._rng.uniform(0, min(wait * 0.1, 5.0)) if self.jitter else 0.0)
        ceiling = self.ceiling(failures)
        if not self.jitter:
            return ceiling
        return self._rng.uniform(ceiling * (1 - self.jitter), ceiling)

    def next_delay(self, retry_after: float | None = None, *, at_cap: bool = False) -> float:
        """Count one more failure and return the wait before the next try.

        `at_cap`: a refusal that asking again soon will not change (e.g. a revoked device):
        wait the longest, and keep doing so until `reset`."""
        self.failures += 1
        self._held_at_cap = self._held_at_cap or at_cap
        failures = _MAX_DOUBLINGS + 1 if self._held_at_cap else self.failures
        return self.delay_after(failures, retry_after)


__all__ = ["Backoff"]
