"""How long a citizen may stay silent, split into a quiet time and a warning (WCAG 2.2.1).

One rule for the kiosk window and for the concern flow: the "are you still there?"
warning is up for at least `WARNING_S` seconds before anything is forgotten, long enough
to hear it, reach the screen and press "More time". A short `idle_timeout_s` does not
shorten the warning; it only shortens the quiet time before it (never under `MIN_QUIET_S`).

Thread use: any (plain arithmetic).
"""
from __future__ import annotations

WARNING_S = 20  # WCAG 2.2.1 asks for at least 20 s to answer "do you need more time?"
MIN_QUIET_S = 5  # even a very short setting leaves a moment before the warning


def idle_phases_ms(idle_timeout_s: float) -> tuple[int, int]:
    """(quiet ms before the warning, warning ms before the reset) for an `idle_timeout_s` setting.

    The reset comes after `idle_timeout_s` when the setting leaves room for the whole
    warning, otherwise a little later (quiet time `MIN_QUIET_S`, then the full warning).
    """
    quiet_s = max(MIN_QUIET_S, idle_timeout_s - WARNING_S)
    return round(quiet_s * 1000), WARNING_S * 1000


__all__ = ["MIN_QUIET_S", "WARNING_S", "idle_phases_ms"]
