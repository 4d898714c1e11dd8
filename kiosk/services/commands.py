"""`maktab install-service ROLE` and `maktab uninstall-service ROLE`: the argparse side.

The work is in kiosk/services/installer.py; this module turns options into a request,
refuses without root (saying the sudo command) and prints the outcome. Main thread.
"""
from __future__ import annotations

import argparse
import os
import shlex
import shutil
import sys
from pathlib import Path

from kiosk.config import Settings
from kiosk.services.installer import (
    DEFAULT_DATA_DIR,
    DEFAULT_UNIT_DIR,
    DEFAULT_USER,
    InstallError,
    InstallRequest,
    carry_out,
    install_plan,
    uninstall_plan,
)
from kiosk.services.roles import ROLES, unit_name
from kiosk.services.units import ServiceSpec

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _locations(parser: argparse.ArgumentParser) -> None:
    # Defaults "not given", as `maktab`'s own (kiosk/cli.py): `maktab --data-dir X install-service` keeps X.
    parser.add_argument("--config", metavar="PATH", default=argparse.SUPPRESS,
                        help="the settings file the service reads (MAKTAB_CONFIG), checked now; default "
                             "$MAKTAB_CONFIG, else none")
    parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help=f"the service's data folder (default {DEFAULT_DATA_DIR}; $MAKTAB_DATA_DIR is not used)")


def add_service_commands(sub) -> None:
    """Add install-service and uninstall-service to `maktab`'s subcommands."""
    install = sub.add_parser(
        "install-service", help="run a role at every boot under systemd (as root)",
        description="Make this PC run ROLE by itself: a systemd unit that starts at boot and after a power cut, "
                    "restarts after a crash and logs to the journal. Screen roles (kiosk, desk, display) run full "
                    "screen on tty1 inside cage. Installs the Debian packages the role needs, creates the system "
                    "user, gives it the data folder (0700), writes the unit, then `systemctl enable` and `restart`. "
                    "See docs/operations.md, \"A new office PC\".")
    _locations(install)
    install.add_argument("role", choices=list(ROLES), metavar="ROLE", help=f"one of {', '.join(ROLES)}")
    install.add_argument("--user", default=DEFAULT_USER, help=f"the system user it runs as (default {DEFAULT_USER}; "
                                                               "created when missing)")
    install.add_argument("--unit-dir", type=Path, default=DEFAULT_UNIT_DIR, metavar="DIR",
                         help=f"where the unit is written (default {DEFAULT_UNIT_DIR})")
    install.add_argument("--dry-run", action="store_true", help="print what it would write and run, change nothing")
    install.add_argument("--hub", metavar="URL", help="kiosk, desk, display: the hub's address, "
                                                      "e.g. http://192.168.1.10:8765")
    install.add_argument("--pair", metavar="CODE", help="pair with the hub first, with this code from "
                                                             "`maktab hub pair`")
    install.add_argument("--name", help="this PC's name when pairing, e.g. \"Guichet 1\"")

    uninstall = sub.add_parser(
        "uninstall-service", help="stop a role's service and remove its unit (as root)",
        description="Stop ROLE's service, no longer start it at boot and remove its unit. The data folder and the "
                    "system user are kept.")
    _locations(uninstall)
    uninstall.add_argument("role", choices=list(ROLES), metavar="ROLE", help=f"one of {', '.join(ROLES)}")
    uninstall.add_argument("--unit-dir", type=Path, default=DEFAULT_UNIT_DIR, metavar="DIR",
                           help=f"where the unit is (default {DEFAULT_UNIT_DIR})")
    uninstall.add_argument("--dry-run", action="store_true", help="print what it would do, change nothing")


def maktab_executable() -> Path:
    """This installation's `maktab`: beside the running Python (a venv or a wheel install), else on PATH."""
    beside = Path(sys.executable).parent / "maktab"
    if beside.exists():
        return beside.absolute()
    found = shutil.which("maktab")
    if found is None:
        raise InstallError(f"cannot find the maktab command beside {sys.executable} or on PATH: "
                           "install Maktab (README, \"Installing without the checkout\") and run it from there")
    return Path(found).absolute()


def _refuse_unless_root(args) -> bool:
    if args.dry_run or os.geteuid() == 0:
        return False
    again = shlex.join(["sudo", str(maktab_executable()), *sys.argv[1:]])
    print(f"maktab {args.command}: this changes the system (a system user, {args.unit_dir}, systemctl) and must run "
          f"as root. Run:\n  {again}\n(or add --dry-run to see what it would do)", file=sys.stderr)
    return True


def install_service(args, settings: Settings) -> int:
    if _refuse_unless_root(args):
        return EXIT_FAILED
    try:
        spec = ServiceSpec(args.role, args.user, maktab_executable(),
                           Path(args.data_dir).absolute() if args.data_dir else DEFAULT_DATA_DIR,
                           settings.source.absolute() if settings.source else None)
        request = InstallRequest(spec, args.unit_dir.absolute(), hub_url=args.hub or settings.hub.url,
                                 pair_code=args.pair or "", device_name=args.name or "")
        carry_out(install_plan(request), args.dry_run, sys.stdout)
    except InstallError as exc:
        print(f"maktab install-service: {exc}", file=sys.stderr)
        return EXIT_FAILED
    unit = unit_name(args.role)
    if not args.dry_run:
        print(f"{unit} is installed and started; it starts at every boot.\n"
              f"  state:  systemctl status {unit}\n  log:    journalctl -u {unit} -f")
    return EXIT_OK


def uninstall_service(args, settings: Settings) -> int:
    if _refuse_unless_root(args):
        return EXIT_FAILED
    try:
        carry_out(uninstall_plan(args.role, args.unit_dir.absolute()), args.dry_run, sys.stdout)
    except InstallError as exc:
        print(f"maktab uninstall-service: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if not args.dry_run:
        print(f"{unit_name(args.role)} is removed. Kept: the data folder and the system user "
              "(docs/operations.md says how to remove them).")
    return EXIT_OK


COMMANDS = {"install-service": install_service, "uninstall-service": uninstall_service}
