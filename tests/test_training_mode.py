"""Training mode (issue 14, item 6), without a central server: its own folder and hub port, the
database mark that stops the outbox, the refusals between the two modes, the practice
morning and the session the supervisor console starts. The central server's side (zero
events arrive) is tests/hub/test_training_live.py."""
from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from kiosk.config import load_settings, training_settings
from kiosk.domain.clock import FixedClock, SystemClock
from kiosk.hub.connect import connect, pair
from kiosk.hub.running import HubServer
from kiosk.office import NotAllowed, Office, OfficeInfo
from kiosk.office.training import WrongModeDatabase
from kiosk.store.office_settings import is_training_file
from kiosk.training_scenario import PRACTICE_ACCOUNTS, practice_morning
from kiosk.training_session import start_training_session
from tests.hub.hub_helpers import FAST, free_port, wait_until

REPO = Path(__file__).resolve().parents[1]
TRAINING = OfficeInfo("APC Test", "TST", "Africa/Algiers", training=True)
REAL = OfficeInfo("APC Test", "TST", "Africa/Algiers")


def _settings(tmp_path):
    config = tmp_path / "maktab.toml"
    config.write_text('[security]\npin_hash_cost = "test"\n[hub]\nhost = "127.0.0.1"\nport = 8765\n'
                      'url = "http://192.0.2.1:8765"\n', encoding="utf-8")
    return load_settings(config, data_dir=tmp_path / "data")


def test_training_has_its_own_folder_and_hub_port_and_forgets_the_real_hub(tmp_path):
    real = _settings(tmp_path)
    training = training_settings(real)
    assert training.training and not real.training
    assert training.database_path == tmp_path / "data" / "training" / "office.sqlite3"
    assert training.printer_url == f"png:{tmp_path / 'data' / 'training' / 'receipts'}"
    assert (training.hub.port, training.hub.url) == (8766, "")
    assert training_settings(training) == training  # twice is once


def test_a_training_office_queues_nothing_and_its_file_says_it_is_training(tmp_path):
    office = Office.open_path(tmp_path / "training.sqlite3", TRAINING, pin_hash_cost="test")
    try:
        office.issue_ticket(office.services()[0].code)
        office.add_staff("amina", "clerk", "4829")
        assert office.outbox.stats().pending == 0 and office.outbox.list() == []
        assert office.public_url() is None
    finally:
        office.close()
    assert is_training_file(tmp_path / "training.sqlite3")
    real = Office.open_path(tmp_path / "real.sqlite3", REAL, pin_hash_cost="test")
    try:
        real.issue_ticket(real.services()[0].code)
        assert real.outbox.stats().pending == 1  # the same step, for real, is queued
    finally:
        real.close()
    assert not is_training_file(tmp_path / "real.sqlite3")


def test_the_two_modes_never_open_each_other_s_database(tmp_path):
    Office.open_path(tmp_path / "training.sqlite3", TRAINING).close()
    with pytest.raises(WrongModeDatabase, match="is a training database"):
        Office.open_path(tmp_path / "training.sqlite3", REAL)
    real = Office.open_path(tmp_path / "real.sqlite3", REAL)
    real.issue_ticket(real.services()[0].code)
    real.close()
    with pytest.raises(WrongModeDatabase, match="holds real office events"):
        Office.open_path(tmp_path / "real.sqlite3", TRAINING)
    reopened = Office.open_path(tmp_path / "real.sqlite3", REAL)  # untouched by the refusal
    try:
        assert reopened.outbox.stats().pending == 1
    finally:
        reopened.close()


@pytest.mark.parametrize("hub_training", [True, False], ids=["training hub", "real hub"])
def test_a_pc_of_the_other_mode_is_refused_at_pairing_without_spending_the_code(tmp_path, hub_training):
    office = Office.open_path(tmp_path / "office.sqlite3", TRAINING if hub_training else REAL)
    hub = HubServer(office, "127.0.0.1", 0, heartbeat_s=1.0).start()
    try:
        assert requests.get(f"{hub.url}/lan/v1/health", timeout=10).json()["training"] is hub_training
        code = hub.pairing.new_pairing_code().code
        with pytest.raises(NotAllowed) as refused:
            pair(hub.url, code, "Guichet 3", "desk", tmp_path / "wrong", training=not hub_training, **FAST)
        assert refused.value.code == "training_mismatch"
        assert ("TRAINING hub" if hub_training else "REAL hub") in str(refused.value)
        assert not (tmp_path / "wrong").exists() or not list((tmp_path / "wrong").iterdir())
        right = pair(hub.url, code, "Guichet 3", "desk", tmp_path / "right", training=hub_training, **FAST)
        assert right.info.training is hub_training
        right.close()
    finally:
        hub.stop()
        office.close()


def test_a_paired_desk_refuses_a_hub_that_changed_mode(tmp_path):
    """A desk paired with the training hub, then started without --training (or the other way)."""
    office = Office.open_path(tmp_path / "office.sqlite3", TRAINING)
    hub = HubServer(office, "127.0.0.1", 0, heartbeat_s=1.0).start()
    try:
        desk_dir = tmp_path / "desk"
        pair(hub.url, hub.pairing.new_pairing_code().code, "Guichet 3", "desk", desk_dir, training=True,
             **FAST).close()
        base = load_settings(data_dir=desk_dir)
        desk = dataclasses.replace(base, training=True, hub=dataclasses.replace(base.hub, url=hub.url))
        connect(desk, **FAST).close()
        with pytest.raises(NotAllowed, match="TRAINING hub"):
            connect(dataclasses.replace(desk, training=False), **FAST)
    finally:
        hub.stop()
        office.close()


def test_the_practice_morning_fills_only_a_training_office(tmp_path):
    clock = FixedClock(SystemClock().now())
    real = Office.open_path(tmp_path / "real.sqlite3", REAL, clock, pin_hash_cost="test")
    try:
        with pytest.raises(ValueError, match="only fills a training office"):
            practice_morning(real, seed=1)
        assert real.list_staff() == []
    finally:
        real.close()
    office = Office.open_path(tmp_path / "training.sqlite3", TRAINING, clock, pin_hash_cost="test")
    try:
        morning = practice_morning(office, seed=1)
        assert morning.waiting >= 10 and morning.to_answer >= 1
        assert len({t.queue_service for t in office.waiting_tickets()}) >= 3  # a line across services
        for name, _role, pin in PRACTICE_ACCOUNTS:
            assert office.login(name, pin).name == name
        assert office.outbox.list() == []
    finally:
        office.close()


def test_maktab_sync_refuses_a_training_folder(tmp_path):
    data = tmp_path / "data"
    Office.open(training_settings(load_settings(data_dir=data))).close()
    enrol = subprocess.run([sys.executable, "-m", "kiosk.sync_cli", "--data-dir", str(data / "training"), "enroll",
                            "--server", "http://127.0.0.1:9", "--code", "ABCD-EFGH", "--json"],
                           capture_output=True, text=True, timeout=120, cwd=REPO)
    assert enrol.returncode == 2 and "is a training database" in enrol.stderr, enrol.stderr
    assert not (data / "training" / "sync.json").exists()


def test_the_console_starts_a_training_hub_and_a_desk_paired_with_it_and_stops_them(tmp_path, monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # the desk's window, in its own process
    config = tmp_path / "maktab.toml"
    config.write_text('[security]\npin_hash_cost = "test"\n', encoding="utf-8")
    settings = load_settings(config, data_dir=tmp_path / "data")
    settings = dataclasses.replace(settings, hub=dataclasses.replace(settings.hub, port=free_port() - 1))
    session = start_training_session(settings, desk=True, prepare=True)
    try:
        assert "PIN " + PRACTICE_ACCOUNTS[0][2] in session.prepared
        assert requests.get(session.hub_url + "/lan/v1/health", timeout=10).json()["training"] is True

        def paired_desks():
            assert session.running()
            listed = subprocess.run([sys.executable, "-m", "kiosk.cli", "--data-dir", str(tmp_path / "data"),
                                     "--config", str(config), "--training", "hub", "devices", "--json"],
                                    capture_output=True, text=True, timeout=120, cwd=REPO)
            return [d for d in json.loads(listed.stdout) if d["kind"] == "desk"]

        [desk] = wait_until(paired_desks, timeout=60, interval=0.5)
        assert desk["name"] == "Formation"
    finally:
        session.stop()
    assert not any(p.poll() is None for p in session.processes)
    assert is_training_file(tmp_path / "data" / "training" / "office.sqlite3")
    assert not (tmp_path / "data" / "office.sqlite3").exists()  # the real office was never opened
