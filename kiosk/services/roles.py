"""The four roles an office PC can have, and what each needs from the system.

The hub is a plain system service. The kiosk, the desk and the display each fill one
screen: they run inside `cage`, a Wayland kiosk compositor (one full-screen application,
no desktop, no window to move), started by systemd on tty1 at boot (docs/decisions.md).
"""
from __future__ import annotations

import dataclasses

HUB, KIOSK, DESK, DISPLAY = "hub", "kiosk", "desk", "display"

# Debian's cage (0.1.4) refuses to start without Xwayland ("Cannot create XWayland server"),
# which it does not depend on. Qt's Wayland platform plugin (inside PySide6) needs the
# client libraries. The Qt libraries common to every start come from
# scripts/install-system-deps.sh (`make setup`).
_SCREEN_PACKAGES = ("cage", "xwayland", "libwayland-client0", "libwayland-cursor0", "libwayland-egl1")


@dataclasses.dataclass(frozen=True)
class Role:
    name: str
    description: str
    arguments: tuple[str, ...]  # after the maktab executable
    graphical: bool
    groups: tuple[str, ...] = ()  # the service user joins those that exist on this PC
    packages: tuple[str, ...] = ()  # Debian packages installed when missing
    pairs_with_hub: bool = False  # runs from a hub on another PC (--hub/--pair)
    needs_hub: bool = False  # refuses to install without a hub to reach


ROLES: dict[str, Role] = {role.name: role for role in (
    # No pairing code at start: it would sit in the journal; `maktab hub pair` prints one when needed.
    Role(HUB, "Maktab office hub (office database and LAN API for desks and displays)",
         ("hub", "--no-code"), graphical=False),
    # lp: USB receipt printers (the udev rule of scripts/install-system-deps.sh) and /dev/usb/lp*;
    # dialout: serial receipt printers.
    Role(KIOSK, "Maktab citizen kiosk, full screen", ("kiosk", "--fullscreen"), graphical=True,
         groups=("lp", "dialout"), packages=(*_SCREEN_PACKAGES, "libusb-1.0-0"), pairs_with_hub=True),
    Role(DESK, "Maktab desk mode for a counter clerk, full screen", ("desk",), graphical=True,
         packages=_SCREEN_PACKAGES, pairs_with_hub=True, needs_hub=True),
    # audio: the chime and the spoken calls (espeak-ng, aplay) through ALSA.
    Role(DISPLAY, "Maktab hall display board, full screen", ("display",), graphical=True,
         groups=("audio",), packages=(*_SCREEN_PACKAGES, "espeak-ng", "alsa-utils"), pairs_with_hub=True,
         needs_hub=True),
)}


def unit_name(role: str) -> str:
    return f"maktab-{role}.service"
