"""Install and uninstall a role's service: a plan of steps, printed (`--dry-run`) or carried out.

    install_plan(request) → list[Step]     checks first, then packages, user, data folder,
                                            pairing, unit file, systemctl
    uninstall_plan(role, unit_dir) → list[Step]
    carry_out(steps, dry_run, out)          print or do each step, in order; stops at the first failure
    InstallError                            what is wrong and what to do, in one message

Every check that can refuse (an unknown role, a screen role already on this PC, a desk with
no hub to reach) runs before anything changes. Commands that change the system (apt-get,
useradd, usermod, systemctl) are run as they are printed, so the dry run shows exactly what
a real run does. Runs on the main thread, as root.
"""
from __future__ import annotations

import dataclasses
import grp
import os
import pwd
import shlex
import stat
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from kiosk.hub.pairing import PairingError, load_device_file
from kiosk.services.roles import HUB, KIOSK, ROLES, unit_name
from kiosk.services.units import ServiceSpec, UnitError, render_unit

DEFAULT_USER = "maktab"
DEFAULT_DATA_DIR = Path("/var/lib/maktab")
DEFAULT_UNIT_DIR = Path("/etc/systemd/system")
_NO_SYSTEMD = "systemd must be running (a PC booted normally, not a container or chroot)"
GRAPHICAL_TARGET = "graphical.target"
DISPLAY_MANAGER = "display-manager.service"  # the alias every desktop login screen (gdm3, lightdm, sddm) enables
_VENDOR_UNIT_DIR = Path("/lib/systemd/system")


class InstallError(Exception):
    """The install cannot go on; the message says what is wrong and what to do."""


@dataclasses.dataclass(frozen=True)
class Step:
    says: str  # what the technician reads, e.g. "create the system user maktab"
    command: tuple[str, ...] = ()  # a command run as it is printed
    action: Callable[[], None] | None = None  # or work done here (a file written, a pairing)
    shown: str = ""  # shown by the dry run under the step (a unit's text)
    fails_with: str = ""  # added to the error when the step fails: what to do


@dataclasses.dataclass(frozen=True)
class InstallRequest:
    spec: ServiceSpec
    unit_dir: Path = DEFAULT_UNIT_DIR
    hub_url: str = ""  # --hub, else [hub] url of the settings
    pair_code: str = ""
    device_name: str = ""


def install_plan(request: InstallRequest) -> list[Step]:
    spec = request.spec
    try:
        unit_text = render_unit(spec)
    except UnitError as exc:
        raise InstallError(str(exc)) from None
    role = ROLES[spec.role]
    _refuse_conflicts(request)
    steps: list[Step] = []
    missing = missing_packages(role.packages)
    if missing:
        steps.append(Step(f"install the Debian packages {' '.join(missing)}",
                          ("apt-get", "-o", "DPkg::Lock::Timeout=600", "install", "-y", "--no-install-recommends",
                           *missing),
                          fails_with="check the network and `apt-get update`, then run this command again"))
    if not user_exists(spec.user):
        # Its home is the data folder: Qt and cage find a writable $HOME, and nothing lands in /home.
        steps.append(Step(f"create the system user {spec.user}",
                          ("useradd", "--system", "--user-group", "--home-dir", str(spec.data_dir), "--no-create-home",
                           "--shell", "/usr/sbin/nologin", "--comment", "Maktab office services", spec.user)))
    groups = [group for group in role.groups if group_exists(group) and spec.user not in group_members(group)]
    if groups:
        steps.append(Step(f"add {spec.user} to the groups {', '.join(groups)}",
                          ("usermod", "--append", "--groups", ",".join(groups), spec.user)))
    steps.append(Step(f"check that {spec.user} may run {spec.executable}",
                      ("runuser", "-u", spec.user, "--", str(spec.executable), "--help"),
                      fails_with=f"{spec.user} cannot read this installation: install Maktab where every user may "
                                 "read it, e.g. /opt/maktab (docs/operations.md), and run install-service from there"))
    if spec.config:
        steps.append(Step(f"check that {spec.user} may read {spec.config}",
                          ("runuser", "-u", spec.user, "--", "test", "-r", str(spec.config)),
                          fails_with=f"make it readable: chgrp {spec.user} {spec.config} && chmod 0640 {spec.config}"))
    steps.append(Step(f"create the data folder {spec.data_dir} (0700)",
                      action=lambda: spec.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)))
    if request.pair_code:
        steps.append(_pairing_step(request))
    steps.append(Step(f"give {spec.data_dir} to {spec.user}, readable by nobody else (chown -R, chmod -R go-rwx)",
                      action=lambda: give_folder(spec.data_dir, spec.user)))
    if role.graphical and boot_target(request.unit_dir) != GRAPHICAL_TARGET:
        steps.append(Step(f"boot into {GRAPHICAL_TARGET}, which starts the screen",
                          ("systemctl", "set-default", GRAPHICAL_TARGET), fails_with=_NO_SYSTEMD))
    unit_path = request.unit_dir / unit_name(spec.role)
    steps.append(Step(f"write {unit_path}", action=lambda: _write_unit(unit_path, unit_text), shown=unit_text))
    steps.append(Step("reload systemd's units", ("systemctl", "daemon-reload"), fails_with=_NO_SYSTEMD))
    steps.append(Step(f"start {unit_name(spec.role)} at every boot", ("systemctl", "enable", unit_name(spec.role)),
                      fails_with=_NO_SYSTEMD))
    # restart, not `enable --now`: run again over a running service, the new unit must take effect.
    steps.append(Step(f"(re)start {unit_name(spec.role)} now", ("systemctl", "restart", unit_name(spec.role)),
                      fails_with=f"see why: journalctl -u {unit_name(spec.role)} -n 50"))
    return steps


def uninstall_plan(role: str, unit_dir: Path = DEFAULT_UNIT_DIR) -> list[Step]:
    if role not in ROLES:
        raise InstallError(f"unknown role {role!r}: expected one of {', '.join(ROLES)}")
    unit_path = unit_dir / unit_name(role)
    if not unit_path.exists():
        raise InstallError(f"{unit_name(role)} is not installed ({unit_path} does not exist): nothing to remove")
    return [Step(f"stop {unit_name(role)} and no longer start it at boot",
                 ("systemctl", "disable", "--now", unit_name(role)), fails_with=_NO_SYSTEMD),
            Step(f"remove {unit_path}", action=unit_path.unlink),
            Step("reload systemd's units", ("systemctl", "daemon-reload"), fails_with=_NO_SYSTEMD)]


def boot_target(unit_dir: Path) -> str:
    """The target this PC boots into: the administrator's default.target, else Debian's."""
    for folder in (unit_dir, _VENDOR_UNIT_DIR):
        link = folder / "default.target"
        if link.exists():
            return link.resolve().name
    return GRAPHICAL_TARGET  # systemd's own default


def carry_out(steps: Sequence[Step], dry_run: bool, out: TextIO) -> None:
    for number, step in enumerate(steps, 1):
        if dry_run:
            print(f"{number}. would {step.says}", file=out)
            if step.command:
                print(f"   $ {shlex.join(step.command)}", file=out)
            if step.shown:
                print("".join(f"   | {line}\n" for line in step.shown.splitlines()), end="", file=out)
            continue
        print(f"{number}. {step.says}", file=out, flush=True)
        try:
            if step.command:
                _run(step.command)
            if step.action:
                step.action()
        except (OSError, subprocess.SubprocessError, PairingError, InstallError) as exc:
            advice = f"; {step.fails_with}" if step.fails_with else ""
            raise InstallError(f"could not {step.says}: {exc}{advice}") from None


def _run(command: tuple[str, ...]) -> None:
    finished = subprocess.run(command, capture_output=True, text=True, stdin=subprocess.DEVNULL, check=False)
    if finished.returncode != 0:
        said = (finished.stderr.strip() or finished.stdout.strip()).splitlines()
        raise InstallError(f"`{shlex.join(command)}` exited {finished.returncode}" + (f": {said[-1]}" if said else ""))


def _refuse_conflicts(request: InstallRequest) -> None:
    spec, role = request.spec, ROLES[request.spec.role]
    for other in ROLES.values():  # tty1 shows one screen
        if role.graphical and other.graphical and other.name != role.name \
                and (request.unit_dir / unit_name(other.name)).exists():
            raise InstallError(f"this PC's screen already runs {unit_name(other.name)}: one screen role per PC; "
                               f"remove it first with `maktab uninstall-service {other.name}`")
    if role.graphical and (request.unit_dir / DISPLAY_MANAGER).exists():
        manager = (request.unit_dir / DISPLAY_MANAGER).resolve().stem
        raise InstallError(f"a desktop login screen ({manager}) takes this PC's screen at boot: turn it off with "
                           f"`systemctl disable {manager}`, then run this command again")
    try:
        stored = load_device_file(spec.data_dir)
    except PairingError as exc:
        raise InstallError(str(exc)) from None
    if role.name == HUB and not stored and (request.unit_dir / unit_name(KIOSK)).exists():
        raise InstallError("maktab-kiosk.service already runs the office hub on this PC (a kiosk not paired with a "
                           "hub is one): a second hub would take the same port; `maktab uninstall-service kiosk` "
                           "first, then install the kiosk again with --hub http://127.0.0.1:8765 --pair CODE")
    if request.pair_code and not request.hub_url and not stored:
        raise InstallError("--pair needs the hub's address: --hub http://HUB-PC:8765")
    if request.pair_code or not role.pairs_with_hub:
        return
    if role.name == KIOSK and not (request.hub_url or stored) \
            and (request.unit_dir / unit_name(HUB)).exists():
        raise InstallError("maktab-hub.service already runs the office hub on this PC, and a kiosk without --hub "
                           "would run a second one: pair the kiosk with it (`maktab hub pair` as the maktab user, "
                           "then --hub http://127.0.0.1:8765 --pair CODE), or `maktab uninstall-service hub`")
    if (request.hub_url or role.needs_hub) and not stored:
        where = request.hub_url or "http://HUB-PC:8765"
        raise InstallError(f"the {role.name} works from the office hub and this PC is not paired yet: on the hub run "
                           f"`maktab hub pair`, then here add --hub {where} --pair CODE")


def _pairing_step(request: InstallRequest) -> Step:
    spec = request.spec
    stored = load_device_file(spec.data_dir)
    url = request.hub_url or (stored.hub_url if stored else "")
    name = request.device_name or f"{spec.role} {os.uname().nodename}"

    def pair_now() -> None:
        from kiosk.hub.connect import pair
        from kiosk.office import OfficeError

        try:
            pair(url, request.pair_code, name, spec.role, spec.data_dir).close()
        except OfficeError as exc:  # the code is spent only by an answer; a silent hub can be tried again
            raise InstallError(f"pairing with the hub at {url} failed: {exc}") from None

    return Step(f"pair this PC with the hub at {url} as \"{name}\" (code {request.pair_code})", action=pair_now)


def _write_unit(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".new")
    temporary.write_text(text, encoding="utf-8")
    temporary.chmod(0o644)
    temporary.replace(path)  # never a half-written unit, even on a power cut


def give_folder(folder: Path, user: str) -> None:
    """`chown -R user:its-group folder && chmod -R go-rwx folder`: the data folder is the service's
    alone, also when a technician made it, or copied a backup into it, by hand."""
    entry = pwd.getpwnam(user)
    for root, directories, files in os.walk(folder):
        for name in (root, *(os.path.join(root, entry_name) for entry_name in directories + files)):
            if os.path.islink(name):
                continue  # its target is not the data folder's to give
            os.chown(name, entry.pw_uid, entry.pw_gid)
            os.chmod(name, stat.S_IMODE(os.stat(name).st_mode) & ~0o077)
    folder.chmod(0o700)


def user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def group_exists(name: str) -> bool:
    try:
        grp.getgrnam(name)
    except KeyError:
        return False
    return True


def group_members(name: str) -> set[str]:
    group = grp.getgrnam(name)
    primary = {entry.pw_name for entry in pwd.getpwall() if entry.pw_gid == group.gr_gid}
    return set(group.gr_mem) | primary


def missing_packages(packages: Sequence[str]) -> list[str]:
    """The Debian packages not installed yet (all of them on a PC without dpkg: apt-get will say)."""
    missing = []
    for package in packages:
        try:
            status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True,
                                    check=False).stdout
        except OSError:
            status = ""
        if "install ok installed" not in status:
            missing.append(package)
    return missing
