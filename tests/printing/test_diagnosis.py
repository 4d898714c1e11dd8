"""`maktab print-test` and `maktab-sync doctor` name what stops a printer: a URL written
without its kind, the driver module, the device, the permission on its device node, a
network printer out of paper or one that never answers. Real subprocesses, real files,
fake network printers on 127.0.0.1 that speak ESC/POS status."""
from __future__ import annotations

import grp
import json
import os
import pwd
import subprocess
import sys
from pathlib import Path

import pytest

from tests.printing.fake_printer import ANSWERED, SILENT, FakeNetworkPrinter

REPO = Path(__file__).resolve().parents[2]


def _environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("MAKTAB_")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / "cache"), **extra)
    return env


def maktab(tmp_path: Path, *args: str, env: dict[str, str] | None = None):
    return _run([sys.executable, "-m", "kiosk.cli", "--data-dir", str(tmp_path / "office"), *args], tmp_path, env)


def printer_config(tmp_path: Path, printer_url: str, status_timeout_s: float = ANSWERED) -> Path:
    """Settings naming the printer, and how long its status answer may take."""
    config = tmp_path / "maktab.toml"
    config.write_text(f'[printer]\nurl = "{printer_url}"\nstatus_timeout_s = {status_timeout_s}\n', encoding="utf-8")
    return config


def print_test(tmp_path: Path, printer_url: str, status_timeout_s: float = ANSWERED):
    return maktab(tmp_path, "--config", str(printer_config(tmp_path, printer_url, status_timeout_s)), "print-test")


def doctor(tmp_path: Path, printer_url: str, env: dict[str, str] | None = None,
           status_timeout_s: float = ANSWERED) -> dict:
    config = printer_config(tmp_path, printer_url, status_timeout_s)
    done = _run([sys.executable, "-m", "kiosk.sync_cli", "doctor", "--json", "--config", str(config),
                 "--data-dir", str(tmp_path / "office")], tmp_path, env)
    assert "Traceback" not in done.stderr, done.stderr
    report = json.loads(done.stdout)
    return next(check for check in report["checks"] if check["check"] == "printer")


def _run(command: list[str], tmp_path: Path, env: dict[str, str] | None = None):
    return subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=REPO, check=False,
                          env=env or _environment(tmp_path))


def one_line_error(done) -> str:
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


@pytest.fixture
def network_printer():
    printer = FakeNetworkPrinter()
    yield printer
    printer.close()


def test_a_network_address_without_its_kind_is_refused_with_the_form_to_write(tmp_path):
    message = one_line_error(maktab(tmp_path, "print-test", "--printer", "192.168.1.50:9100"))
    assert "for a network printer write network:192.168.1.50:9100" in message
    assert "expected one of: png:DIR, file:PATH, usb:VID:PID (hex), network:HOST[:PORT]" in message
    # In the settings file, it stops the start with the key named (exit 2: configuration).
    config = tmp_path / "maktab.toml"
    config.write_text('[printer]\nurl = "192.168.1.50:9100"\n', encoding="utf-8")
    done = maktab(tmp_path, "--config", str(config), "print-test")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "printer.url: no kind of printer given; for a network printer write network:192.168.1.50:9100" \
        in done.stderr


def test_print_test_on_a_fresh_install_writes_the_receipt_image(tmp_path):
    # No data folder yet: the default png printer creates it (as the wheel check runs it).
    done = maktab(tmp_path, "print-test")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("sample receipt printed (image written to ")
    written = Path(done.stdout.strip().rsplit(" ", 1)[-1])
    assert written.parent == tmp_path / "office" / "receipts" and written.stat().st_size > 0
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    message = one_line_error(maktab(tmp_path, "print-test", "--printer", f"png:{blocker / 'receipts'}"))
    assert f"receipt images cannot be written to {blocker / 'receipts'}" in message


def test_a_missing_serial_device_is_named(tmp_path):
    device = tmp_path / "ttyUSB7"
    message = one_line_error(maktab(tmp_path, "print-test", "--printer", f"serial:{device}"))
    assert f"device {device} not found" in message and "cable" in message
    check = doctor(tmp_path, f"serial:{device}")
    assert check["ok"] is False and f"device {device} not found" in check["detail"]


def test_a_usb_printer_that_is_not_connected_is_named(tmp_path):
    message = one_line_error(maktab(tmp_path, "print-test", "--printer", "usb:04b8:0e15"))
    # With libusb installed (scripts/install-system-deps.sh) the device is looked for; without, that is said.
    assert "no USB device 04b8:0e15 is connected" in message or "libusb-1.0 system library" in message


def test_missing_driver_modules_are_named(tmp_path):
    # A folder first on the path whose `usb` and `serial` fail to import, as when the
    # packages are not installed.
    shadow = tmp_path / "shadow"
    for module in ("usb", "serial"):
        (shadow / module).mkdir(parents=True)
        (shadow / module / "__init__.py").write_text(f'raise ImportError("No module named {module}")\n')
    env = _environment(tmp_path, PYTHONPATH=str(shadow))
    usb = one_line_error(maktab(tmp_path, "print-test", "--printer", "usb:04b8:0202", env=env))
    assert "USB printing needs the pyusb module, which is not installed" in usb
    serial = one_line_error(maktab(tmp_path, "print-test", "--printer", "serial:/dev/ttyS0", env=env))
    assert "serial printing needs the pyserial module, which is not installed" in serial
    check = doctor(tmp_path, "usb:04b8:0202", env=env)
    assert check["ok"] is False and "needs the pyusb module" in check["detail"]


def test_no_permission_on_the_device_node_is_named(tmp_path):
    # A serial port of group dialout, mode 0660, and an account not in that group. Root
    # passes every permission check through its capabilities: as root the command runs
    # without them (setpriv), so the mode bits decide as they do for a technician.
    device = tmp_path / "ttyS9"
    device.write_bytes(b"")
    command = [sys.executable, "-m", "kiosk.cli", "--data-dir", str(tmp_path / "office"), "print-test",
               "--printer", f"serial:{device}"]
    if os.geteuid() == 0:
        os.chown(device, pwd.getpwnam("nobody").pw_uid, grp.getgrnam("dialout").gr_gid)
        device.chmod(0o660)
        command = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", *command]
    else:
        device.chmod(0)
    message = one_line_error(_run(command, tmp_path))
    assert f"no permission to use {device}" in message
    if os.geteuid() == 0:
        assert f"{device} belongs to nobody:dialout, mode 660" in message
        assert "add root to the dialout group (sudo usermod -aG dialout root" in message


@pytest.mark.parametrize("mode, ok, said", [
    ("ok", True, "reachable and online"),
    ("paper_out", False, "says: offline, paper out"),
    ("cover_open", False, "says: offline, cover open"),
    ("silent", True, "does not answer status requests (DLE EOT): receipts will show as sent, not confirmed"),
])
def test_doctor_asks_a_network_printer_for_its_status(tmp_path, network_printer, mode, ok, said):
    network_printer.mode = mode
    check = doctor(tmp_path, network_printer.url, status_timeout_s=SILENT if mode == "silent" else ANSWERED)
    assert check["ok"] is ok and said in check["detail"], check
    assert network_printer.jobs == []  # asking prints nothing


def test_doctor_asks_a_serial_printer_for_its_status(tmp_path, serial_printer):
    check = doctor(tmp_path, serial_printer.url)
    assert check["ok"] is True and "reachable and online" in check["detail"], check
    serial_printer.mode = "cover_open"
    check = doctor(tmp_path, serial_printer.url)
    assert check["ok"] is False and "says: offline, cover open" in check["detail"], check


def test_print_test_says_printed_only_when_the_printer_confirmed(tmp_path, network_printer):
    done = print_test(tmp_path, network_printer.url)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("sample receipt printed (the printer confirmed: online)")
    network_printer.mode = "silent"
    done = print_test(tmp_path, network_printer.url, status_timeout_s=SILENT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("sample receipt sent, not confirmed (the printer did not answer")
    assert len(network_printer.wait_for_jobs(2)) == 2
    network_printer.mode = "paper_out"
    message = one_line_error(print_test(tmp_path, network_printer.url))
    assert "says: offline, paper out" in message
