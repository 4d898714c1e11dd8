import dataclasses
import re
from pathlib import Path

import pytest

from kiosk.config import ConfigError, Settings, load_settings

ROOT = Path(__file__).resolve().parents[1]


def _write(tmp_path, text):
    path = tmp_path / "maktab.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_need_no_file(tmp_path):
    settings = load_settings(environ={}, data_dir=tmp_path)
    assert settings.office.timezone == "Africa/Algiers"
    assert settings.kiosk.default_language == "ar"
    assert settings.kiosk.languages == ("ar", "fr", "kab", "en")
    assert settings.printer_url == f"png:{tmp_path / 'receipts'}"
    assert settings.database_path == tmp_path / "office.sqlite3"


def test_file_environment_and_option_precedence(tmp_path):
    path = _write(tmp_path, 'data_dir = "/from/file"\n[office]\nname = "APC Boufarik"\ncode = "BFK"\n')
    assert load_settings(path, environ={}).data_dir == Path("/from/file")
    env = {"MAKTAB_CONFIG": str(path), "MAKTAB_DATA_DIR": "/from/env"}
    settings = load_settings(environ=env)
    assert settings.data_dir == Path("/from/env") and settings.office.code == "BFK"
    assert load_settings(environ=env, data_dir="/from/option").data_dir == Path("/from/option")


@pytest.mark.parametrize("text, message", [
    ('[office]\ntimezone = "Mars/Base"', r"office.timezone: expected an IANA time zone"),
    ('[office]\ncode = "bmd-01"', r"office.code: expected 2–8 capital letters"),
    ('[kiosk]\nlanguages = ["ar", "de"]', r"kiosk.languages: expected a non-empty list"),
    ('[kiosk]\ndefault_language = "en"\nlanguages = ["ar", "fr"]', r"kiosk.default_language: expected one of"),
    ('[kiosk]\nidle_timeout_s = "soon"', r"kiosk.idle_timeout_s: expected a whole number from 10 to 3600"),
    ('[printer]\nwidth_dots = 570', r"printer.width_dots: expected a multiple of 8"),
    ('[printer]\nspeed = 3', r"printer.speed: unknown setting"),
    ('[printer]\nurl = "192.168.1.50:9100"',
     (r"printer.url: no kind of printer given; for a network printer write "
      r"network:192.168.1.50:9100; expected one of png:DIR, .*network:HOST")),
    ('[printer]\nurl = "tcp://192.168.1.50:9100"',
     r"printer.url: write a network printer as network:192.168.1.50:9100"),
    ('[printer]\nurl = "lpt:1"', r"printer.url: unknown printer kind 'lpt'"),
    ('[printer]\nstatus_timeout_s = 0', r"printer.status_timeout_s: expected a number of seconds from 0.1 to 30"),
    ('[hub]\nurl = "192.168.1.10"', r"hub.url: expected an address"),
    ('[hub]\nmax_body_bytes = 100', r"hub.max_body_bytes: expected a whole number from 1024 to 67108864"),
    ('[privacy]\nretention_days = 0', r"privacy.retention_days: expected a whole number from 1 to 3650"),
    ('[voice]\nvolume = 150', r"voice.volume: expected a whole number from 0 to 100, got 150"),
    ('[voice]\nclips = 3', r"voice.clips: expected the path of a folder of recorded prompts, got 3"),
    ('[office\n', r"is not valid TOML"),
])
def test_wrong_values_name_the_key(tmp_path, text, message):
    with pytest.raises(ConfigError, match=message):
        load_settings(_write(tmp_path, text), environ={})


def test_missing_file_is_reported(tmp_path):
    with pytest.raises(ConfigError, match="configuration file not found"):
        load_settings(tmp_path / "nope.toml", environ={})


def test_every_setting_is_documented():
    doc = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    tables = [f for f in dataclasses.fields(Settings) if dataclasses.is_dataclass(f.default)]
    assert {t.name for t in tables} >= {"office", "kiosk", "printer", "hub", "privacy", "security", "voice"}
    for table in tables:
        section = table.name
        for field in dataclasses.fields(table.default):
            assert re.search(rf"`{section}\.{field.name}`", doc), \
                f"{section}.{field.name} is not in docs/configuration.md"
    assert "`data_dir`" in doc


def test_every_wrong_value_is_reported_at_once_one_per_line(tmp_path):
    path = _write(tmp_path, '[office]\ncode = "x"\n[kiosk]\nlanguages = ["de"]\ndefault_language = "es"\n'
                            '[privacy]\nretention_days = -1\n[colour]\nred = 1\n')
    with pytest.raises(ConfigError) as err:
        load_settings(path, environ={})
    problems = err.value.problems
    assert [p.split(":")[0] for p in problems] == ["colour", "office.code", "kiosk.languages",
                                                  "kiosk.default_language", "privacy.retention_days"]
    assert "got 'x'" in problems[1] and "got -1" in problems[4]
    assert str(err.value).splitlines() == [f"5 problems in {path}:", *(f"  {p}" for p in problems)]


def test_a_single_wrong_value_keeps_the_one_line_shape(tmp_path):
    path = _write(tmp_path, '[hub]\nport = 70000\n')
    with pytest.raises(ConfigError) as err:
        load_settings(path, environ={})
    assert str(err.value) == f"{path}: hub.port: expected a whole number from 1 to 65535, got 70000"
    assert err.value.problems == ("hub.port: expected a whole number from 1 to 65535, got 70000",)
