"""The text of each role's systemd unit, rendered with this installation's real paths.

    ServiceSpec(role, user, executable, data_dir, config=None)   what to render
    render_unit(spec) → str                                       the unit file's text
    UnitError                                                     a value a unit cannot carry

One copy of every unit: the common hardening and restart policy are written once, the
role only adds its command and, for a screen, the tty1 session that cage runs in
(docs/decisions.md, "Kiosk screens at boot"). The data folder under /var/lib is a
`StateDirectory=`: systemd itself creates it, gives it to the service user and keeps it
0700 at every start; elsewhere the installer does it and the unit may write there.
"""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from kiosk.services.roles import ROLES, Role

CAGE = Path("/usr/bin/cage")
SCREEN_TTY = "tty1"  # the console shown at boot: the screen's one session
RESTART_S = 5
_STATE_ROOT = Path("/var/lib")
# useradd's own rule for names (NAME_REGEX of Debian's adduser is stricter still).
_USER_NAME = re.compile(r"^[a-z_][a-z0-9_-]{0,31}$")


class UnitError(ValueError):
    """A value that cannot go into a unit; the message names it and what is expected."""


@dataclasses.dataclass(frozen=True)
class ServiceSpec:
    role: str
    user: str
    executable: Path  # the `maktab` of this installation (venv or wheel)
    data_dir: Path
    config: Path | None = None  # MAKTAB_CONFIG of the service
    cage: Path = CAGE

    def check(self) -> None:
        if self.role not in ROLES:
            raise UnitError(f"unknown role {self.role!r}: expected one of {', '.join(ROLES)}")
        if not _USER_NAME.match(self.user) or self.user == "root":
            raise UnitError(f"--user {self.user!r}: expected a system user name such as maktab "
                            "(lower-case letters, digits, - and _; never root)")
        for option, path in (("--data-dir", self.data_dir), ("--config", self.config),
                             ("the maktab executable", self.executable)):
            if path is not None and not path.is_absolute():
                raise UnitError(f"{option} {path}: expected an absolute path, e.g. /var/lib/maktab")
            if path is not None and any(ch in str(path) for ch in "\n\r\"\\"):
                raise UnitError(f"{option} {path!r}: a path with a line break, quote or backslash "
                                "cannot go into a unit; choose another folder")

    @property
    def state_directory(self) -> str | None:
        """The data folder relative to /var/lib, when systemd can own it (StateDirectory=)."""
        try:
            relative = self.data_dir.relative_to(_STATE_ROOT)
        except ValueError:
            return None
        return str(relative) if relative.parts else None


def _word(text: str) -> str:
    """One command-line word or assignment for a unit: `%` is a specifier and `$` a variable there."""
    text = text.replace("%", "%%").replace("$", "$$")
    return f'"{text}"' if any(ch.isspace() for ch in text) else text


def _lines(*pairs: tuple[str, str | int | None]) -> list[str]:
    return [f"{key}={value}" for key, value in pairs if value is not None]


def render_unit(spec: ServiceSpec) -> str:
    spec.check()
    role = ROLES[spec.role]
    command = [str(spec.executable), *role.arguments]
    if role.graphical:  # -d: no window decorations; no -s, so nobody switches to another console
        command = [str(spec.cage), "-d", "--", *command]
    environment = [f"MAKTAB_DATA_DIR={spec.data_dir}", "PYTHONUNBUFFERED=1"]  # prints reach the journal at once
    if spec.config:
        environment.append(f"MAKTAB_CONFIG={spec.config}")
    if role.graphical:
        environment += ["QT_QPA_PLATFORM=wayland", "QT_WAYLAND_DISABLE_WINDOWDECORATION=1",
                        "XDG_CACHE_HOME=/var/cache/maktab"]  # fontconfig's cache, not in the data folder

    unit = ["[Unit]", f"Description={role.description}",
            # Restart forever: a crash loop must not leave the hall dark until someone comes.
            "StartLimitIntervalSec=0",
            "Wants=network-online.target", "After=network-online.target"]
    if role.graphical:
        unit += [f"Conflicts=getty@{SCREEN_TTY}.service",  # no login prompt on the kiosk's screen
                 f"After=getty@{SCREEN_TTY}.service systemd-user-sessions.service systemd-logind.service "
                 "plymouth-quit-wait.service"]

    service = ["", "[Service]", "Type=simple", f"User={spec.user}",
               *(f"Environment={_word(item)}" for item in environment),
               f"ExecStart={' '.join(_word(word) for word in command)}",
               "Restart=always", f"RestartSec={RESTART_S}",
               f"SyslogIdentifier=maktab-{role.name}",
               "UMask=0077"]  # every file the service writes is private (Law 18-07)
    service += _data_dir_lines(spec)
    service += _screen_session_lines() if role.graphical else []
    service += _hardening_lines(role)

    install = ["", "[Install]", f"WantedBy={'graphical.target' if role.graphical else 'multi-user.target'}"]
    header = [f"# {role.description}.", f"# Written by `maktab install-service {role.name}`; removed by "
              f"`maktab uninstall-service {role.name}`. Guide: docs/operations.md."]
    return "\n".join([*header, *unit, *service, *install]) + "\n"


def _data_dir_lines(spec: ServiceSpec) -> list[str]:
    if spec.state_directory:
        return _lines(("StateDirectory", _word(spec.state_directory)), ("StateDirectoryMode", "0700"))
    return _lines(("ReadWritePaths", _word(str(spec.data_dir))))


def _screen_session_lines() -> list[str]:
    """A logind session on tty1 (PAM "login"), so cage may open the screen and the touch panel."""
    return ["PAMName=login", f"TTYPath=/dev/{SCREEN_TTY}", "TTYReset=yes", "TTYVHangup=yes",
            "TTYVTDisallocate=yes", "StandardInput=tty-fail", "StandardOutput=journal", "StandardError=journal",
            f"UtmpIdentifier={SCREEN_TTY}", "UtmpMode=user",
            "CacheDirectory=maktab", "CacheDirectoryMode=0700"]


def _hardening_lines(role: Role) -> list[str]:
    common = ["NoNewPrivileges=yes", "PrivateTmp=yes", "ProtectHome=read-only", "ProtectKernelTunables=yes",
              "ProtectKernelModules=yes", "ProtectControlGroups=yes", "RestrictSUIDSGID=yes",
              "LockPersonality=yes", "RestrictRealtime=yes"]
    if role.graphical:
        # The screen needs /dev (display, touch panel, printer, sound) and /run/user (Wayland's socket).
        return ["ProtectSystem=full", *common]
    return ["ProtectSystem=strict", "PrivateDevices=yes", "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6",
            *common]
