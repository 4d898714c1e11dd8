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
    ('[hub]\nurl = "192.168.1.10"', r"hub.url: expected an address"),
    ('[privacy]\nretention_days = 0', r"privacy.retention_days: expected a whole number from 1 to 3650"),
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
    assert {t.name for t in tables} >= {"office", "kiosk", "printer", "hub", "privacy", "security"}
    for table in tables:
        section = table.name
        for field in dataclasses.fields(table.default):
            assert re.search(rf"`{section}\.{field.name}`", doc), f"{section}.{field.name} is not in docs/configuration.md"
    assert "`data_dir`" in doc
