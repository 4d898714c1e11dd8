"""The office side of device keys and revocation, through `maktab-sync` against a real server:
the signing key kept beside the token, enrolling again, signed exports checked by the real
`maktab-server import`, devices enrolled before keys existed, and a revoked device."""
from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import requests

from sync import device_key
from sync import protocol as P
from sync.client import SyncClient
from sync.state import SyncState
from tests.sync import test_cli
from tests.sync.test_cli import enroll, open_office, run, run_json
from tests.sync.test_client import outbox_events, server_events

data_dir = test_cli.data_dir  # the same fixture: an office database with 25 pending events

REPO = Path(__file__).resolve().parents[2]


def command(module: str, *args) -> subprocess.CompletedProcess:
    """`maktab-sync` (kiosk.sync_cli) or `maktab-server` (sync.server.cli) in its own process."""
    env = {k: v for k, v in os.environ.items() if k not in ("MAKTAB_CONFIG", "MAKTAB_DATA_DIR")}
    return subprocess.run([sys.executable, "-m", module, *map(str, args)], env=env, cwd=REPO, check=False,
                          capture_output=True, text=True, timeout=120)


def server_key(server, device_id: str) -> str | None:
    return server.store.devices.get(device_id).public_key


def test_enrolment_keeps_a_private_signing_key_beside_the_token(capsys, server, data_dir):
    enrolled = enroll(capsys, server, data_dir)
    path = data_dir / "sync.json"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    saved = json.loads(path.read_text())
    assert len(saved["signing_key"]) == 64 and saved["signing_key_registered"] is True
    assert server_key(server, enrolled["device_id"]) == device_key.public_key_of(saved["signing_key"])
    state = SyncState.load(data_dir)
    assert saved["signing_key"] not in repr(state) and "signing_key" not in state.to_dict(with_token=False)
    rc, out, _ = run(capsys, "status", "--data-dir", data_dir, "--json")
    assert rc == 0 and saved["signing_key"] not in out and saved["token"] not in out


def test_enrolling_again_keeps_the_device_and_its_old_token_stops_working(capsys, server, data_dir):
    first = enroll(capsys, server, data_dir)
    old = json.loads((data_dir / "sync.json").read_text())
    assert run_json(capsys, "push", "--data-dir", data_dir)[1]["stored"] == 25

    code, _ = server.store.new_enroll_code("TST")
    rc, again = run_json(capsys, "enroll", "--force", "--data-dir", data_dir, "--server", server.base_url,
                         "--code", code)
    assert rc == 0 and again["device_id"] == first["device_id"]
    new = json.loads((data_dir / "sync.json").read_text())
    assert new["token"] != old["token"] and new["signing_key"] != old["signing_key"]
    assert server_key(server, first["device_id"]) == device_key.public_key_of(new["signing_key"])

    r = requests.get(server.url(P.UPDATES_PATH), headers={"Authorization": f"Bearer {old['token']}"}, timeout=10)
    assert r.status_code == 401 and "enrolled again" in r.json()["error"]["message"]
    office = open_office(data_dir)
    try:
        office.issue_ticket(office.services()[0].code)
    finally:
        office.close()
    rc, pushed = run_json(capsys, "push", "--data-dir", data_dir)
    assert rc == 0 and pushed["stored"] == 1
    office = open_office(data_dir)
    try:  # one history on the server: nothing stored twice under a new device id
        assert server_events(server, first["device_id"]) == outbox_events(office)
    finally:
        office.close()


def test_an_export_is_checked_by_the_real_import_command(capsys, server, data_dir, tmp_path):
    enroll(capsys, server, data_dir)
    usb = tmp_path / "usb"
    usb.mkdir()
    done = command("kiosk.sync_cli", "export", "--data-dir", data_dir, usb, "--json")
    assert done.returncode == 0, done.stderr
    exported = Path(json.loads(done.stdout)["file"])

    lines = exported.read_text(encoding="utf-8").splitlines(keepends=True)
    record = json.loads(lines[0])
    record["batch"]["events"][0]["payload"]["service"] = "X"  # one changed byte of meaning
    forged = tmp_path / "forged.maktab-batch.jsonl"
    forged.write_text(json.dumps(record) + "\n" + "".join(lines[1:]), encoding="utf-8")
    refused = command("sync.server.cli", "--db", server.db_url, "import", forged)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "signature does not match device" in refused.stderr and "changed after export" in refused.stderr
    assert server.store.count_events() == 0

    imported = command("sync.server.cli", "--db", server.db_url, "import", exported, "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["total"] == {"stored": 25, "duplicate": 0, "rejected": 0}


def _enrol_as_the_previous_release_did(server, data_dir) -> str:
    """A device enrolled before signing keys: no key on the server, none in sync.json."""
    server.store.add_office("TST", "APC Test")
    code, _ = server.store.new_enroll_code("TST")
    enrolled = server.store.enroll(code, "kiosk-1")
    SyncState.load(data_dir).update(server_url=server.base_url, device_id=enrolled.device_id, office_code="TST",
                                    office_name="APC Test", token=enrolled.token, device_name="kiosk-1")
    return enrolled.device_id


def test_a_device_enrolled_before_keys_gets_one_at_its_next_push(capsys, server, data_dir, tmp_path):
    device_id = _enrol_as_the_previous_release_did(server, data_dir)
    usb = tmp_path / "usb"
    usb.mkdir()
    state_file = data_dir / "sync.json"
    reachable = json.loads(state_file.read_text())
    state_file.write_text(json.dumps({**reachable, "server_url": "http://127.0.0.1:9"}))
    rc, _, err = run(capsys, "export", "--data-dir", data_dir, usb)
    assert rc == 1 and "not registered with the central server yet" in err and "maktab-sync push" in err
    assert not list(usb.iterdir())  # no file the server would refuse

    state_file.write_text(json.dumps({**json.loads(state_file.read_text()), "server_url": server.base_url}))
    rc, pushed = run_json(capsys, "push", "--data-dir", data_dir)
    assert rc == 0 and pushed["stored"] == 25
    saved = json.loads(state_file.read_text())
    assert saved["signing_key_registered"] is True
    assert server_key(server, device_id) == device_key.public_key_of(saved["signing_key"])

    office = open_office(data_dir)
    try:
        office.issue_ticket(office.services()[0].code)  # the link is down again: this one goes by USB
    finally:
        office.close()
    rc, out = run_json(capsys, "export", "--data-dir", data_dir, usb)
    assert rc == 0 and out["events"] == 1
    assert [r.stored for r in server.store.import_batch_file(out["file"])] == [1]


def test_the_hubs_older_copy_of_the_state_never_writes_over_a_registered_key(capsys, server, data_dir):
    """The hub's loop loaded sync.json before maktab-sync gave the device its key: its next
    save keeps that key, and its own push does not make a second one."""
    device_id = _enrol_as_the_previous_release_did(server, data_dir)
    hub_state = SyncState.load(data_dir)  # the running hub's copy, without a key
    assert run_json(capsys, "push", "--data-dir", data_dir)[0] == 0  # the technician's push registers one
    registered = json.loads((data_dir / "sync.json").read_text())["signing_key"]
    hub_state.update(last_error=None)  # any later save by the hub
    assert json.loads((data_dir / "sync.json").read_text())["signing_key"] == registered
    assert hub_state.signing_key == registered and hub_state.signing_key_registered
    office = open_office(data_dir)
    try:
        office.issue_ticket(office.services()[0].code)
        with SyncClient(hub_state, office.outbox) as client:
            assert client.push().stored == 1  # and nothing to register any more: no second key, no conflict
    finally:
        office.close()
    assert server_key(server, device_id) == device_key.public_key_of(registered)
    assert json.loads((data_dir / "sync.json").read_text())["signing_key"] == registered


def test_a_refused_key_does_not_stop_sync_and_export_says_why(capsys, server, data_dir, tmp_path):
    device_id = _enrol_as_the_previous_release_did(server, data_dir)
    token = json.loads((data_dir / "sync.json").read_text())["token"]
    elsewhere = device_key.public_key_of(device_key.new_private_key())  # e.g. from a copied sync.json
    r = requests.post(server.url(P.DEVICE_KEY_PATH), json={"public_key": elsewhere}, timeout=10,
                      headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 201
    rc, pushed = run_json(capsys, "push", "--data-dir", data_dir)
    assert rc == 0 and pushed["stored"] == 25  # the events still flow
    rc, _, err = run(capsys, "export", "--data-dir", data_dir, tmp_path)
    assert rc == 1 and "already has another signing key" in err and "enroll --force" in err
    assert server_key(server, device_id) == elsewhere


def test_export_registers_the_key_itself_when_the_server_is_reachable(capsys, server, data_dir, tmp_path):
    device_id = _enrol_as_the_previous_release_did(server, data_dir)
    rc, out = run_json(capsys, "export", "--data-dir", data_dir, tmp_path)
    assert rc == 0 and out["events"] == 25
    assert server_key(server, device_id) is not None
    assert sum(r.stored for r in server.store.import_batch_file(out["file"])) == 25


def test_a_revoked_device_is_told_to_enrol_again(capsys, server, data_dir):
    enrolled = enroll(capsys, server, data_dir)
    server.store.devices.revoke(enrolled["device_id"])
    rc, _, err = run(capsys, "push", "--data-dir", data_dir, "--max-wait", "0")
    assert rc == 1
    assert "was revoked by the central operator" in err and "maktab-sync enroll --force" in err
    rc, status = run_json(capsys, "status", "--data-dir", data_dir)
    assert status["pending"] == 25 and "revoked" in status["last_error"]
