"""The units a technician relies on: systemd itself accepts them, and they say what they must.

`systemd-analyze verify` checks each rendered unit the way systemd will load it: unknown
sections or directives, bad values, an ExecStart that is not executable. It runs here
without systemd as PID 1 (a container): it still parses and loads the units, it only
cannot start them. It exits 0 even for an unknown directive (it only warns), so the tests
read what it says about our files.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.services.roles import ROLES, unit_name
from kiosk.services.units import CAGE, ServiceSpec, UnitError, render_unit

MAKTAB = Path(sys.executable).parent / "maktab"  # this venv's real executable: verify checks it exists
needs_analyze = pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze not installed")


def spec(role: str, data_dir: str = "/var/lib/maktab", **changes) -> ServiceSpec:
    return ServiceSpec(role, changes.pop("user", "maktab"), MAKTAB, Path(data_dir), **changes)


def directives(text: str) -> list[tuple[str, str, str]]:
    """(section, key, value) in order; keys may repeat (Environment=, After=)."""
    found, section = [], ""
    for line in text.splitlines():
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            found.append((section, key, value))
    return found


def values(text: str, section: str, key: str) -> list[str]:
    return [value for where, name, value in directives(text) if (where, name) == (section, key)]


def verify_complaints(unit_dir: Path) -> list[str]:
    """What `systemd-analyze verify` says about the units in unit_dir (its other chatter left out)."""
    units = sorted(unit_dir.glob("*.service"))
    done = subprocess.run(["systemd-analyze", "verify", *map(str, units)], capture_output=True, text=True,
                          cwd=unit_dir, timeout=60)
    said = [line for line in (done.stdout + done.stderr).splitlines()
            if any(unit.name in line or str(unit) in line for unit in units)]
    return said + ([f"exit {done.returncode}"] if done.returncode else [])


def write(unit_dir: Path, role: str, text: str) -> Path:
    unit_dir.mkdir(exist_ok=True)
    path = unit_dir / unit_name(role)
    path.write_text(text)
    return path


@needs_analyze
@pytest.mark.parametrize("role", list(ROLES))
def test_systemd_accepts_every_role_unit(tmp_path, role):
    if ROLES[role].graphical and not CAGE.exists():
        pytest.skip("the screen units start /usr/bin/cage, which verify needs: apt-get install cage")
    write(tmp_path, role, render_unit(spec(role, config=tmp_path / "maktab.toml")))
    assert verify_complaints(tmp_path) == []


@needs_analyze
def test_verify_check_catches_a_misspelt_directive_and_a_missing_program(tmp_path):
    text = render_unit(spec("hub"))
    write(tmp_path, "hub", text.replace("Restart=always", "Restrt=always"))
    assert any("Unknown key 'Restrt'" in line for line in verify_complaints(tmp_path))
    write(tmp_path, "hub", text.replace(str(MAKTAB), "/nonexistent/maktab"))
    assert any("not executable" in line for line in verify_complaints(tmp_path))


@needs_analyze
@pytest.mark.parametrize(("folder", "key", "written"), [
    ("/srv/office 100%/data", "ReadWritePaths", '"/srv/office 100%%/data"'),
    ("/var/lib/maktab 100%", "StateDirectory", '"maktab 100%%"'),
])
def test_a_data_folder_with_spaces_and_percent_signs_stays_one_word(tmp_path, folder, key, written):
    write(tmp_path, "hub", render_unit(spec("hub", folder)))
    assert verify_complaints(tmp_path) == []
    text = (tmp_path / unit_name("hub")).read_text()
    assert values(text, "Service", key) == [written]
    assert f'"MAKTAB_DATA_DIR={folder.replace("%", "%%")}"' in values(text, "Service", "Environment")


@pytest.mark.parametrize("role", list(ROLES))
def test_every_unit_restarts_starts_at_boot_and_keeps_its_data_private(role):
    text = render_unit(spec(role))
    assert values(text, "Service", "Restart") == ["always"]
    assert values(text, "Service", "RestartSec") == ["5"]
    assert values(text, "Unit", "StartLimitIntervalSec") == ["0"]  # never gives up on a crash loop
    assert values(text, "Service", "User") == ["maktab"]
    assert values(text, "Service", "StateDirectory") == ["maktab"]
    assert values(text, "Service", "StateDirectoryMode") == ["0700"]
    assert values(text, "Service", "UMask") == ["0077"]
    assert "MAKTAB_DATA_DIR=/var/lib/maktab" in values(text, "Service", "Environment")
    assert values(text, "Service", "SyslogIdentifier") == [f"maktab-{role}"]
    assert values(text, "Service", "NoNewPrivileges") == ["yes"]
    assert "network-online.target" in values(text, "Unit", "Wants")
    [command] = values(text, "Service", "ExecStart")
    assert f"{MAKTAB} {' '.join(ROLES[role].arguments)}" in command


def test_the_hub_is_a_hardened_system_service():
    text = render_unit(spec("hub"))
    assert values(text, "Install", "WantedBy") == ["multi-user.target"]
    assert values(text, "Service", "ExecStart") == [f"{MAKTAB} hub --no-code"]  # no pairing code in the journal
    assert values(text, "Service", "ProtectSystem") == ["strict"]
    assert values(text, "Service", "PrivateDevices") == ["yes"]
    assert values(text, "Service", "PAMName") == []


@pytest.mark.parametrize("role", ["kiosk", "desk", "display"])
def test_a_screen_role_runs_full_screen_in_cage_on_tty1(role):
    text = render_unit(spec(role))
    assert values(text, "Install", "WantedBy") == ["graphical.target"]
    [command] = values(text, "Service", "ExecStart")
    assert command.startswith(f"{CAGE} -d -- {MAKTAB} {role}")
    assert " -s " not in command  # without -s, nobody switches to another console
    assert values(text, "Service", "PAMName") == ["login"]
    assert values(text, "Service", "TTYPath") == ["/dev/tty1"]
    assert "getty@tty1.service" in values(text, "Unit", "Conflicts")
    assert "QT_QPA_PLATFORM=wayland" in values(text, "Service", "Environment")
    assert values(text, "Service", "PrivateDevices") == []  # the screen, touch panel, printer and sound


def test_the_kiosk_unit_is_full_screen_and_carries_the_settings_file():
    text = render_unit(spec("kiosk", config=Path("/etc/maktab/maktab.toml")))
    [command] = values(text, "Service", "ExecStart")
    assert command.endswith("kiosk --fullscreen")
    assert "MAKTAB_CONFIG=/etc/maktab/maktab.toml" in values(text, "Service", "Environment")


def test_a_data_folder_outside_var_lib_is_made_writable_instead():
    text = render_unit(spec("hub", "/srv/maktab"))
    assert values(text, "Service", "StateDirectory") == []
    assert values(text, "Service", "ReadWritePaths") == ["/srv/maktab"]
    assert "MAKTAB_DATA_DIR=/srv/maktab" in values(text, "Service", "Environment")


@pytest.mark.parametrize(("changes", "says"), [
    ({"user": "root"}, "never root"),
    ({"user": "Maktab Office"}, "--user 'Maktab Office'"),
    ({"data_dir": "var/lib/maktab"}, "--data-dir var/lib/maktab: expected an absolute path"),
    ({"data_dir": "/srv/a\nExecStartPre=/bin/sh"}, "line break"),
])
def test_values_a_unit_cannot_carry_are_refused_by_name(changes, says):
    with pytest.raises(UnitError, match=says.replace("(", r"\(")):
        render_unit(spec("hub", **changes))


@pytest.mark.skipif(shutil.which("systemctl") is None, reason="systemctl not installed")
@pytest.mark.parametrize(("role", "target"), [("hub", "multi-user.target"), ("kiosk", "graphical.target")])
def test_systemctl_enables_each_unit_in_its_target(tmp_path, role, target):
    """`systemctl --root` works on files alone: the [Install] section really starts the unit at boot."""
    unit_dir = tmp_path / "etc/systemd/system"
    unit_dir.mkdir(parents=True)
    write(unit_dir, role, render_unit(spec(role)))
    done = subprocess.run(["systemctl", f"--root={tmp_path}", "enable", unit_name(role)], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    link = unit_dir / f"{target}.wants" / unit_name(role)
    assert link.is_symlink() and link.resolve().name == unit_name(role)
