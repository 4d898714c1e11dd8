"""`maktab install-service` / `uninstall-service` as a technician runs them, as root.

Real here: the command line, useradd and usermod (a throwaway system user, removed after
the test), runuser, the files and their owners and modes, the pairing with a real hub on
127.0.0.1. Replaced: `systemctl`, because systemd is not PID 1 in this container ("System
has not been booted with systemd"; tests/services/test_units.py runs the real one
offline), and `apt-get`, which must not change the test machine's packages. Both are
small scripts on PATH that record their arguments. The installed `maktab` is a stand-in
script readable by every user: this venv's interpreter may live where a system user cannot
read it (here /root/.pyenv), which `test_an_installation_the_user_cannot_read_is_refused`
covers.
"""
from __future__ import annotations

import grp
import os
import pwd
import shutil
import stat
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.hub.pairing import DEVICE_FILE
from kiosk.hub.running import HubServer
from kiosk.services import commands

as_root = pytest.mark.skipif(os.geteuid() != 0 or shutil.which("useradd") is None,
                             reason="creates a system user: run as root on Debian")


@pytest.fixture
def system_log(tmp_path, monkeypatch) -> Path:
    """systemctl and apt-get replaced by recorders: one line per call, its arguments."""
    bin_dir, log = tmp_path / "fake-bin", tmp_path / "system.log"
    bin_dir.mkdir()
    for program in ("systemctl", "apt-get"):
        script = bin_dir / program
        script.write_text(f'#!/bin/sh\necho "{program} $*" >> {log}\n')
        script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    log.touch()
    return log


@pytest.fixture
def service_user():
    name = f"mkt{uuid.uuid4().hex[:8]}"
    yield name
    subprocess.run(["userdel", name], capture_output=True, check=False)
    subprocess.run(["groupdel", name], capture_output=True, check=False)


@pytest.fixture
def installed_maktab(monkeypatch) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="maktab-install-"))
    folder.chmod(0o755)
    executable = folder / "maktab"
    executable.write_text("#!/bin/sh\nexit 0\n")
    executable.chmod(0o755)
    monkeypatch.setattr(commands, "maktab_executable", lambda: executable)
    yield executable
    shutil.rmtree(folder)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def lines(text: str, key: str) -> list[str]:
    return [line.split("=", 1)[1] for line in text.splitlines() if line.startswith(f"{key}=")]


@as_root
def test_a_kiosk_paired_with_the_hub_is_installed_started_and_removed(
        tmp_path, capsys, office, system_log, service_user, installed_maktab):
    data, units = tmp_path / "data", tmp_path / "units"
    data.mkdir(mode=0o755)  # made by hand, with a settings copy everyone may read
    (data / "notes.txt").write_text("bureau 2")
    (data / "notes.txt").chmod(0o644)
    options = ["--user", service_user, "--data-dir", str(data), "--unit-dir", str(units)]
    with HubServer(office, "127.0.0.1", 0) as hub:
        code = hub.pairing.new_pairing_code().code
        done, out, err = run(capsys, "install-service", "kiosk", *options, "--hub", hub.url, "--pair", code,
                             "--name", "Hall kiosk")
        assert done == 0, err
        assert [device.name for device in hub.pairing.devices()] == ["Hall kiosk"]
    assert "maktab-kiosk.service is installed and started" in out

    user = pwd.getpwnam(service_user)
    assert user.pw_shell == "/usr/sbin/nologin" and user.pw_uid < 1000  # a system user, no login
    assert {"lp", "dialout"} <= {group.gr_name for group in grp.getgrall() if service_user in group.gr_mem}
    for path, mode in ((data, 0o700), (data / DEVICE_FILE, 0o600), (data / "notes.txt", 0o600)):
        assert (path.stat().st_uid, stat.S_IMODE(path.stat().st_mode)) == (user.pw_uid, mode), path
    unit = units / "maktab-kiosk.service"
    assert stat.S_IMODE(unit.stat().st_mode) == 0o644
    text = unit.read_text()
    assert lines(text, "User") == [service_user]
    assert lines(text, "ExecStart") == [f"/usr/bin/cage -d -- {installed_maktab} kiosk --fullscreen"]
    assert f"MAKTAB_DATA_DIR={data}" in lines(text, "Environment")
    assert system_log.read_text().endswith("systemctl daemon-reload\nsystemctl enable maktab-kiosk.service\n"
                                           "systemctl restart maktab-kiosk.service\n")

    # Again (a new settings file, a moved installation): the user is kept, the unit rewritten.
    done, out, err = run(capsys, "install-service", "kiosk", *options)
    assert done == 0, err
    assert "create the system user" not in out and f"write {unit}" in out

    system_log.write_text("")
    done, out, err = run(capsys, "uninstall-service", "kiosk", "--unit-dir", str(units))
    assert done == 0, err
    assert not unit.exists()
    assert system_log.read_text() == "systemctl disable --now maktab-kiosk.service\nsystemctl daemon-reload\n"
    assert (data / DEVICE_FILE).exists() and pwd.getpwnam(service_user)  # the office's data and user stay
    assert "Kept: the data folder and the system user" in out


@as_root
def test_the_hub_installs_without_packages_or_groups(tmp_path, capsys, system_log, service_user, installed_maktab):
    units = tmp_path / "units"
    done, out, err = run(capsys, "install-service", "hub", "--user", service_user, "--data-dir",
                         str(tmp_path / "data"), "--unit-dir", str(units))
    assert done == 0, err
    assert "apt-get" not in system_log.read_text() and "usermod" not in out
    assert lines((units / "maktab-hub.service").read_text(), "ExecStart") == [f"{installed_maktab} hub --no-code"]


@as_root
def test_an_installation_the_user_cannot_read_is_refused(tmp_path, capsys, monkeypatch, system_log, service_user):
    hidden = tmp_path / "private"  # under pytest's 0700 folder: no other user gets in
    hidden.mkdir()
    executable = hidden / "maktab"
    executable.write_text("#!/bin/sh\nexit 0\n")
    executable.chmod(0o755)
    assert stat.S_IMODE(tmp_path.parent.parent.stat().st_mode) == 0o700
    monkeypatch.setattr(commands, "maktab_executable", lambda: executable)
    units = tmp_path / "units"
    done, _, err = run(capsys, "install-service", "hub", "--user", service_user, "--data-dir",
                       str(tmp_path / "data"), "--unit-dir", str(units))
    assert done == 1
    assert f"could not check that {service_user} may run {executable}" in err
    assert "install Maktab where every user may read it, e.g. /opt/maktab" in err
    assert not units.exists() and "systemctl" not in system_log.read_text()


def test_the_dry_run_shows_every_step_and_the_unit_and_changes_nothing(tmp_path, capsys, system_log):
    data, units = tmp_path / "data", tmp_path / "units"
    user = f"mkt{uuid.uuid4().hex[:8]}"
    done, out, err = run(capsys, "install-service", "desk", "--dry-run", "--user", user, "--data-dir", str(data),
                         "--unit-dir", str(units), "--hub", "http://127.0.0.1:9", "--pair", "123456")
    assert done == 0, err
    maktab = commands.maktab_executable()
    for expected in (f"would create the system user {user}", "$ useradd --system",
                     'would pair this PC with the hub at http://127.0.0.1:9 as "desk ',
                     f"would write {units / 'maktab-desk.service'}",
                     f"   | ExecStart=/usr/bin/cage -d -- {maktab} desk",
                     f"   | ReadWritePaths={data}",
                     "$ systemctl daemon-reload", "$ systemctl enable maktab-desk.service",
                     "$ systemctl restart maktab-desk.service"):
        assert expected in out
    assert not data.exists() and not units.exists() and system_log.read_text() == ""
    with pytest.raises(KeyError):
        pwd.getpwnam(user)


def test_without_root_it_says_the_sudo_command(tmp_path, capsys, monkeypatch):
    argv = ["install-service", "hub", "--unit-dir", str(tmp_path / "units")]
    monkeypatch.setattr(os, "geteuid", lambda: 1000)  # these tests run as root
    monkeypatch.setattr(sys, "argv", ["maktab", *argv])
    done, _, err = run(capsys, *argv)
    assert done == 1
    assert "must run as root" in err
    assert f"sudo {commands.maktab_executable()} install-service hub --unit-dir {tmp_path / 'units'}" in err
    assert not (tmp_path / "units").exists()


@pytest.mark.parametrize(("role", "installed", "says"), [
    ("desk", [], "this PC is not paired yet: on the hub run `maktab hub pair`, then here add "
                 "--hub http://HUB-PC:8765 --pair CODE"),
    ("display", ["maktab-desk.service"], "this PC's screen already runs maktab-desk.service: one screen role per PC"),
    ("kiosk", ["maktab-hub.service"], "a kiosk without --hub would run a second one"),
    ("hub", ["maktab-kiosk.service"], "maktab-kiosk.service already runs the office hub on this PC"),
    ("kiosk", [], "--pair needs the hub's address"),
])
def test_what_cannot_work_is_refused_before_anything_changes(tmp_path, capsys, role, installed, says):
    units = tmp_path / "units"
    units.mkdir()
    for name in installed:
        (units / name).write_text("[Unit]\n")
    pairing = ["--pair", "123456"] if says.startswith("--pair") else []
    done, _, err = run(capsys, "install-service", role, "--dry-run", "--data-dir", str(tmp_path / "data"),
                       "--unit-dir", str(units), *pairing)
    assert done == 1
    assert says in err
    assert sorted(path.name for path in units.iterdir()) == sorted(installed)


def test_a_desktop_login_screen_is_refused_and_a_text_boot_made_graphical(tmp_path, capsys):
    units = tmp_path / "units"
    units.mkdir()
    (units / "gdm3.service").write_text("[Unit]\n")
    (units / "display-manager.service").symlink_to(units / "gdm3.service")
    options = ["--dry-run", "--data-dir", str(tmp_path / "data"), "--unit-dir", str(units)]
    done, _, err = run(capsys, "install-service", "kiosk", *options)
    assert done == 1
    assert "a desktop login screen (gdm3) takes this PC's screen at boot" in err
    assert "`systemctl disable gdm3`" in err

    (units / "display-manager.service").unlink()
    (units / "default.target").symlink_to("/lib/systemd/system/multi-user.target")  # booting to text
    done, out, err = run(capsys, "install-service", "kiosk", *options)
    assert done == 0, err
    assert "$ systemctl set-default graphical.target" in out
    done, out, err = run(capsys, "install-service", "hub", *options)
    assert done == 0, err
    assert "set-default" not in out  # the hub starts in multi-user.target, which every boot reaches


def test_uninstalling_what_is_not_installed_says_so(tmp_path, capsys):
    done, _, err = run(capsys, "uninstall-service", "display", "--unit-dir", str(tmp_path))
    assert done == 1
    assert f"maktab-display.service is not installed ({tmp_path / 'maktab-display.service'} does not exist)" in err
