"""Staff PINs are hashed with argon2 at the configured cost: strong in an office, cheap only
when a test asks for it (`security.pin_hash_cost`); either way the PIN logs in."""
from __future__ import annotations

import sqlite3

import pytest

from kiosk.config import ConfigError, SecuritySettings, Settings, load_settings
from kiosk.office import Office, OfficeError


def stored_pin_hash(path, name: str) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT pin_hash FROM staff WHERE name = ?", (name,)).fetchone()[0]


def test_an_office_hashes_pins_with_the_strong_argon2_parameters_by_default(tmp_path):
    settings = load_settings(environ={}, data_dir=tmp_path)
    assert settings.security.pin_hash_cost == "strong"
    office = Office.open(settings)
    try:
        office.add_staff("Amina", "clerk", "4829")
        assert office.login("Amina", "4829").name == "Amina"
    finally:
        office.close()
    # argon2id, 64 MiB, 3 passes, 4 lanes: RFC 9106's second recommendation
    assert stored_pin_hash(settings.database_path, "Amina").startswith("$argon2id$v=19$m=65536,t=3,p=4$")


def test_the_test_cost_is_cheap_and_its_pins_still_log_in_at_the_strong_cost(tmp_path):
    cheap = Settings(data_dir=tmp_path, security=SecuritySettings(pin_hash_cost="test"))
    office = Office.open(cheap)
    try:
        office.add_staff("Karim", "supervisor", "7315")
    finally:
        office.close()
    assert stored_pin_hash(cheap.database_path, "Karim").startswith("$argon2id$v=19$m=8,t=1,p=1$")
    strong = Office.open(Settings(data_dir=tmp_path))  # the same database, opened as an office would
    try:
        assert strong.login("Karim", "7315").role == "supervisor"
        with pytest.raises(OfficeError, match="wrong PIN"):
            strong.login("Karim", "0000")
    finally:
        strong.close()


def test_the_cost_is_read_from_the_file_and_a_wrong_one_is_named(tmp_path):
    path = tmp_path / "maktab.toml"
    path.write_text('[security]\npin_hash_cost = "test"\n', encoding="utf-8")
    assert load_settings(path, environ={}).security.pin_hash_cost == "test"
    path.write_text('[security]\npin_hash_cost = "weak"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r'security.pin_hash_cost: expected "strong" .*got \'weak\''):
        load_settings(path, environ={})
