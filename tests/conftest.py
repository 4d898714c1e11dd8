"""Shared fixtures: a fresh office database per test, a controllable clock.

The office hashes staff PINs at the "test" cost (`security.pin_hash_cost`): argon2's
strong parameters take a quarter of a second per PIN here, paid in every desk test."""
from __future__ import annotations

import datetime as dt
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk.domain.catalogue import load_catalogue
from kiosk.domain.clock import FixedClock
from kiosk.office import Office, OfficeInfo

ALGIERS_MORNING = dt.datetime(2026, 9, 6, 7, 30, tzinfo=dt.UTC)  # 08:30 in Algiers, school start


@pytest.fixture(scope="session")
def catalogue():
    return load_catalogue()


@pytest.fixture
def clock():
    return FixedClock(ALGIERS_MORNING)


@pytest.fixture
def office(tmp_path, clock, catalogue):
    office = Office.open_path(tmp_path / "office.sqlite3", OfficeInfo("APC Test", "TST", "Africa/Algiers"),
                              clock, catalogue, pin_hash_cost="test")
    yield office
    office.close()
