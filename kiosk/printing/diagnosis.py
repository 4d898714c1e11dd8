"""What stands between the kiosk and its printer, said so a technician can fix it.

`check_printer(url)` looks, without printing, for the first thing missing: a URL the
kiosk cannot read, the driver module (pyusb, pyserial), the libusb system library, the
device (not plugged in, not found), the permission to use its device node (the `lp`
and `dialout` groups, the udev rule of scripts/install-system-deps.sh), a network or
serial printer that cannot be reached or says it has no paper or an open cover (asked
with the same status request as before a job). `maktab-sync doctor` shows the result as
its printer line; `maktab print-test` stops on it before printing.

    PrinterCheck(ok=True,  detail)   nothing missing (detail says what was seen)
    PrinterCheck(ok=False, detail)   detail names what is missing and what to do

Thread: the caller's; it may wait a few seconds for a network printer to connect and answer.
"""
from __future__ import annotations

import dataclasses
import grp
import os
import pwd
import socket
from pathlib import Path

from kiosk.printing.printer_status import (
    SerialLink,
    SocketLink,
    StatusLink,
    query_status,
    supports_realtime_status,
)
from kiosk.printing.printer_url import PrinterUrl, PrinterUrlError, parse_printer_url

INSTALL_DEPS = "sudo scripts/install-system-deps.sh"  # from the Maktab source folder


@dataclasses.dataclass(frozen=True)
class PrinterCheck:
    ok: bool
    detail: str


def check_printer(url: str, profile: str | None = None, timeout_s: float = 3.0,
                  status_timeout_s: float = 1.0) -> PrinterCheck:
    """The state of the printer `url` names (see the module docstring): a network printer
    gets `timeout_s` to accept the connection and `status_timeout_s` to answer."""
    try:
        parsed = parse_printer_url(url)
    except PrinterUrlError as exc:
        return PrinterCheck(False, str(exc))
    if parsed.kind == "png":
        return _check_png(parsed)
    if parsed.kind == "file":
        return _check_file(parsed)
    if parsed.kind == "serial":
        return _check_serial(parsed, profile, status_timeout_s)
    if parsed.kind == "usb":
        return _check_usb(parsed)
    return _check_network(parsed, profile, timeout_s, status_timeout_s)


def _check_png(parsed: PrinterUrl) -> PrinterCheck:
    folder = Path(parsed.path or ".").expanduser().absolute()
    probe = folder
    while not probe.exists() and probe != probe.parent:  # the printer creates the missing folders
        probe = probe.parent
    if probe.is_dir() and os.access(probe, os.W_OK | os.X_OK):
        return PrinterCheck(True, f"receipt images go to {folder}")
    return PrinterCheck(False, f"receipt images cannot be written to {folder} (not writable by {_user()})")


def _check_file(parsed: PrinterUrl) -> PrinterCheck:
    path = Path(parsed.path or "")
    if path.is_relative_to("/dev"):
        problem = _device_node_problem(path, "lp", "is the printer plugged in and switched on?")
        if problem:
            return PrinterCheck(False, problem)
        return PrinterCheck(True, f"device {path} present and writable")
    folder = path.parent
    if (path.exists() and os.access(path, os.W_OK)) or (not path.exists() and os.access(folder, os.W_OK)):
        return PrinterCheck(True, f"receipt bytes are appended to {path}")
    return PrinterCheck(False, f"{path} is not writable by {_user()}")


def _check_serial(parsed: PrinterUrl, profile: str | None, status_timeout_s: float) -> PrinterCheck:
    try:
        import serial  # pyserial: python-escpos' serial printer needs it
    except ImportError:
        return PrinterCheck(False, "serial printing needs the pyserial module, which is not installed: "
                                   "reinstall maktab (it depends on pyserial), or pip install pyserial")
    path = Path(parsed.path or "")
    problem = _device_node_problem(path, "dialout", "is the printer's serial or USB-serial cable plugged in?")
    if problem:
        return PrinterCheck(False, problem)
    where = f"serial printer on {path} at {parsed.baud} baud"
    try:
        with serial.Serial(str(path), baudrate=parsed.baud, timeout=status_timeout_s) as port:
            return _asked(where, SerialLink(port), profile, status_timeout_s)
    except (serial.SerialException, OSError) as exc:
        return PrinterCheck(False, f"cannot open {path}: {exc}")


def _check_usb(parsed: PrinterUrl) -> PrinterCheck:
    ids = f"{parsed.vendor_id:04x}:{parsed.product_id:04x}"
    try:
        import usb.backend.libusb1
        import usb.core
    except ImportError:
        return PrinterCheck(False, "USB printing needs the pyusb module, which is not installed: "
                                   "reinstall maktab (it depends on pyusb), or pip install pyusb")
    backend = usb.backend.libusb1.get_backend()
    if backend is None:
        return PrinterCheck(False, "USB printing needs the libusb-1.0 system library, which is missing: run "
                                   f"{INSTALL_DEPS} (or sudo apt-get install libusb-1.0-0)")
    try:
        device = usb.core.find(idVendor=parsed.vendor_id, idProduct=parsed.product_id, backend=backend)
    except usb.core.USBError as exc:
        return PrinterCheck(False, f"cannot list the USB devices ({exc}); is /dev/bus/usb readable?")
    if device is None:
        return PrinterCheck(False, f"no USB device {ids} is connected: check the printer's cable and power "
                                   "(`lsusb` lists the connected devices and their ids)")
    node = Path(f"/dev/bus/usb/{device.bus:03d}/{device.address:03d}")
    problem = _device_node_problem(node, "lp", "")
    if problem:
        return PrinterCheck(False, f"USB printer {ids}: {problem}")
    return PrinterCheck(True, f"USB printer {ids} connected at {node}")


def _check_network(parsed: PrinterUrl, profile: str | None, timeout_s: float,
                   status_timeout_s: float) -> PrinterCheck:
    address = f"printer {parsed.host}:{parsed.port}"
    try:
        connection = socket.create_connection((parsed.host, parsed.port), timeout=timeout_s)
    except OSError as exc:
        return PrinterCheck(False, f"{address} not reachable ({exc}); check its cable, power and address")
    with connection:
        return _asked(address, SocketLink(connection), profile, status_timeout_s)


def _asked(where: str, link: StatusLink, profile: str | None, status_timeout_s: float) -> PrinterCheck:
    """Ask the printer at the other end of `link` for its status (the same request as before a job)."""
    from kiosk.printing.escpos_encode import resolve_profile

    try:
        if not supports_realtime_status(resolve_profile(profile)):
            return PrinterCheck(True, f"{where} reachable (its profile has no status request)")
        status = query_status(link, 0, status_timeout_s)
    except OSError as exc:
        return PrinterCheck(False, f"{where} dropped the connection ({exc})")
    except (LookupError, ValueError) as exc:  # an unknown profile name
        return PrinterCheck(False, f"printer.profile {profile!r}: {exc}")
    if status is None:
        return PrinterCheck(True, f"{where} reachable, but it does not answer status requests "
                                  "(DLE EOT): receipts will show as sent, not confirmed")
    if not status.ready:
        return PrinterCheck(False, f"{where} says: {status.describe()}; fix it and try again")
    return PrinterCheck(True, f"{where} reachable and {status.describe()}")


def _device_node_problem(path: Path, group: str, absent_hint: str) -> str | None:
    """Why this process cannot use the device node `path`, or None when it can."""
    if not path.exists():
        return f"device {path} not found" + (f": {absent_hint}" if absent_hint else "")
    if os.access(path, os.R_OK | os.W_OK):
        return None
    info = path.stat()
    owner, owner_group = _name(pwd.getpwuid, info.st_uid), _name(grp.getgrgid, info.st_gid)
    seen = f"{path} belongs to {owner}:{owner_group}, mode {info.st_mode & 0o777:03o}"
    if path.is_relative_to("/dev/bus/usb"):
        fix = (f"install the udev rule for receipt printers ({INSTALL_DEPS}), "
               "then unplug the printer and plug it in again")
    else:
        fix = (f"add {_user()} to the {owner_group if owner_group != 'root' else group} group "
               f"(sudo usermod -aG {owner_group if owner_group != 'root' else group} {_user()}, or {INSTALL_DEPS}), "
               "then log out and in again")
    return f"no permission to use {path} as {_user()} ({seen}): {fix}"


def _name(lookup, number: int) -> str:
    try:
        return lookup(number)[0]
    except KeyError:
        return str(number)


def _user() -> str:
    """The account this process runs as (not $USER, which su and sudo may leave behind)."""
    return _name(pwd.getpwuid, os.geteuid())
