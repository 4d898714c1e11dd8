"""The `maktab` command as a technician uses it (real subprocesses, real files)."""
import json
import subprocess
import sys

import pytest

from kiosk.cli import build_parser


def maktab(tmp_path, *args, stdin=None):
    return subprocess.run([sys.executable, "-m", "kiosk.cli", "--data-dir", str(tmp_path), *args],
                          input=stdin, capture_output=True, text=True, timeout=120)


def _subcommands(parser):
    for action in parser._actions:
        if action.__class__.__name__ == "_SubParsersAction":
            for name, sub in action.choices.items():
                yield name, sub
                for deeper, subsub in _subcommands(sub):
                    yield f"{name} {deeper}", subsub


def test_every_command_has_help():
    names = [name for name, _ in _subcommands(build_parser())]
    assert {"kiosk", "screenshots", "print-test", "simulate", "staff", "staff add"} <= set(names)
    for name, sub in _subcommands(build_parser()):
        assert sub.format_help().strip(), name
        assert sub.description or sub.format_usage(), name


def test_staff_add_list_and_reset(tmp_path):
    added = maktab(tmp_path, "staff", "add", "Amina", "--role", "supervisor", "--pin-stdin", stdin="4829\n")
    assert added.returncode == 0, added.stderr
    listed = maktab(tmp_path, "staff", "list", "--json")
    [row] = json.loads(listed.stdout)
    assert (row["name"], row["role"]) == ("Amina", "supervisor")
    assert "pin" not in json.dumps(row).lower().replace("pin_", "")
    weak = maktab(tmp_path, "staff", "reset-pin", "Amina", "--pin-stdin", stdin="1111\n")
    assert weak.returncode == 1 and "PIN" in weak.stderr
    assert maktab(tmp_path, "staff", "reset-pin", "Amina", "--pin-stdin", stdin="5930\n").returncode == 0


def test_staff_unlock_ends_a_pin_lockout_and_the_audit_log_records_it(tmp_path):
    from kiosk.domain.staff import MAX_FAILED_PINS
    from kiosk.office import Office, OfficeError

    assert maktab(tmp_path, "staff", "add", "Amina", "--pin-stdin", stdin="4829\n").returncode == 0
    office = Office.open_path(tmp_path / "office.sqlite3")
    try:
        for _ in range(MAX_FAILED_PINS):
            with pytest.raises(OfficeError):
                office.login("Amina", "0000")
        with pytest.raises(OfficeError) as err:
            office.login("Amina", "4829")
        assert err.value.code == "locked"
        assert "locked until" in maktab(tmp_path, "staff", "list").stdout

        unlocked = maktab(tmp_path, "staff", "unlock", "Amina")
        assert unlocked.returncode == 0, unlocked.stderr
        assert unlocked.stdout.startswith("Amina unlocked (was locked until ")
        assert office.login("Amina", "4829").name == "Amina"
        assert "locked" not in maktab(tmp_path, "staff", "list").stdout
        actions = [a for (a,) in office._db.execute("SELECT action FROM audit ORDER BY seq").fetchall()]
        assert actions.index("staff.locked") < actions.index("staff.unlocked")
        assert office.verify_audit() is None
    finally:
        office.close()
    unknown = maktab(tmp_path, "staff", "unlock", "Nobody")
    assert unknown.returncode == 1 and "no staff member named 'Nobody'" in unknown.stderr


def test_simulate_fills_the_database(tmp_path):
    result = maktab(tmp_path, "simulate", "--tickets", "50", "--days", "2", "--seed", "1")
    assert result.returncode == 0, result.stderr
    assert "simulated" in result.stdout
    assert (tmp_path / "office.sqlite3").exists()


@pytest.mark.parametrize("config, message", [
    ('[office]\ntimezone = "Nowhere/Here"\n', "office.timezone"),
    ('[kiosk]\nidle_timeout_s = 1\n', "kiosk.idle_timeout_s"),
])
def test_bad_configuration_stops_with_exit_2(tmp_path, config, message):
    path = tmp_path / "maktab.toml"
    path.write_text(config)
    result = maktab(tmp_path, "--config", str(path), "simulate", "--tickets", "1")
    assert result.returncode == 2
    assert message in result.stderr and "configuration error" in result.stderr


def test_hub_pair_prints_a_code_and_an_unpaired_desk_says_what_to_do(tmp_path):
    code = maktab(tmp_path, "hub", "pair", "--json")
    assert code.returncode == 0, code.stderr
    assert len(json.loads(code.stdout)["code"]) == 6
    desk = maktab(tmp_path / "desk-pc", "desk", "--hub", "http://127.0.0.1:9")
    assert desk.returncode == 1
    assert "maktab hub pair" in desk.stderr and "--pair CODE" in desk.stderr
