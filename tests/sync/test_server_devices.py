"""Devices on the central server: `maktab-server device list|revoke`, enrolling again,
tokens kept only as hashes, signing keys, and the upgrade of a database of the previous release."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import requests
from sqlalchemy import select, text

from sync import device_key
from sync import protocol as P
from sync.server import cli
from sync.server import db as D

REPO = Path(__file__).resolve().parents[2]


def server_cli(db_url: str, *args: str) -> subprocess.CompletedProcess:
    """The real `maktab-server` command, in its own process."""
    return subprocess.run([sys.executable, "-m", "sync.server.cli", "--db", db_url, *args],
                          check=False, capture_output=True, text=True, cwd=REPO, timeout=120)


def pull(server, device) -> requests.Response:
    return requests.get(server.url(P.UPDATES_PATH), params={"cursor": 0}, headers=device.headers, timeout=10)


def enroll_body(server, office_code: str, **extra) -> dict:
    code, _ = server.store.new_enroll_code(office_code)
    r = requests.post(server.url(P.ENROLL_PATH), json={"code": code, "device_name": "kiosk hall", **extra},
                      timeout=10)
    assert r.status_code == 201, r.text
    return r.json()


def test_device_list_shows_each_device_of_each_office(server, device, api, capsys):
    oran = api.enroll(server, "ORN-31001", "APC Oran")
    api.push(server, device, api.make_events(1, 2))
    server.store.devices.revoke(oran.device_id)

    assert cli.main(["device", "list", "--db", server.db_url, "--json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert set(rows) == {device.device_id, oran.device_id}
    alger, revoked = rows[device.device_id], rows[oran.device_id]
    assert (alger["office_code"], alger["name"], alger["revoked_at"], alger["signing_key"]) == \
        ("ALG-16001", "kiosk", None, True)
    assert alger["enrolled_at"] and alger["last_seen_at"] >= alger["enrolled_at"]
    assert revoked["office_code"] == "ORN-31001" and revoked["revoked_at"]

    assert cli.main(["device", "list", "--office", "ORN-31001", "--db", server.db_url]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "OFFICE", "NAME", "ENROLLED", "AT", "LAST", "SEEN", "REVOKED", "KEY"]
    assert len(lines) == 2 and oran.device_id in lines[1] and revoked["revoked_at"] in lines[1]


def test_a_revoked_device_is_refused_with_a_message_that_says_so(server, device, api):
    assert api.push(server, device, api.make_events(1, 2)).status_code == 200
    done = server_cli(server.db_url, "device", "revoke", device.device_id)
    assert done.returncode == 0, done.stderr
    assert f"device {device.device_id} of office ALG-16001 revoked" in done.stdout

    for answer in (api.push(server, device, api.make_events(3, 2)), pull(server, device)):
        assert answer.status_code == 401
        error = answer.json()["error"]
        assert error["code"] == "revoked"
        assert f"({device.device_id}) was revoked by the central operator" in error["message"]
        assert "maktab-sync enroll --force" in error["message"]
    assert server.store.count_events(device.device_id) == 2  # nothing more was stored

    again = server_cli(server.db_url, "device", "revoke", device.device_id)
    assert again.returncode == 0 and "already revoked" in again.stdout
    unknown = server_cli(server.db_url, "device", "revoke", "dev-nope")
    assert unknown.returncode == 1
    assert unknown.stderr.strip() == ("maktab-server: no device 'dev-nope' on this server; see the ids with: "
                                      "maktab-server device list")


def test_enrolling_again_keeps_the_device_and_retires_its_old_token(server, device, api):
    assert api.push(server, device, api.make_events(1, 3)).status_code == 200
    server.store.devices.revoke(device.device_id)  # e.g. the kiosk PC was stolen, then replaced
    key = device_key.new_private_key()
    body = enroll_body(server, "ALG-16001", previous_device_id=device.device_id,
                       public_key=device_key.public_key_of(key))
    assert body["device_id"] == device.device_id and body["public_key"] == device_key.public_key_of(key)

    old = api.push(server, device, api.make_events(4, 1))
    assert old.status_code == 401 and old.json()["error"]["code"] == "unauthorized"
    assert "replaced when the device was enrolled again" in old.json()["error"]["message"]
    renewed = type(device)(device.device_id, device.office_code, body["token"], key)
    # Same history: what was stored before is a duplicate, the rest goes on from there.
    results = api.push(server, renewed, api.make_events(1, 5)).json()
    assert [r["status"] for r in results["results"]] == [P.DUPLICATE] * 3 + [P.STORED] * 2
    assert results["acked_through"] == 5
    assert pull(server, renewed).status_code == 200


def test_enrolling_again_never_takes_over_another_offices_device(server, device, api):
    oran = api.enroll(server, "ORN-31001", "APC Oran")
    body = enroll_body(server, "ALG-16001", previous_device_id=oran.device_id)
    assert body["device_id"] != oran.device_id and body["office_code"] == "ALG-16001"
    assert pull(server, oran).status_code == 200  # untouched


def test_the_server_keeps_only_hashes_of_tokens(server, device, api):
    with server.store.engine.connect() as conn:
        everything = json.dumps([[list(map(str, row)) for row in conn.execute(select(table))]
                                 for table in (D.devices, D.enroll_codes)])
        stored = conn.execute(select(D.devices.c.token_hash).where(D.devices.c.id == device.device_id)).scalar_one()
    assert device.token not in everything
    assert stored == P.token_hash(device.token)


def test_a_device_without_a_key_registers_one_with_its_token(server, api):
    server.store.add_office("ALG-16001", "APC Alger Centre")
    old = enroll_body(server, "ALG-16001")  # as a client of the previous release enrolled: no key
    assert "public_key" not in old
    headers = {"Authorization": f"Bearer {old['token']}"}
    url = server.url(P.DEVICE_KEY_PATH)
    key, other = (device_key.public_key_of(device_key.new_private_key()) for _ in range(2))

    assert requests.post(url, json={"public_key": key}, timeout=10).status_code == 401
    bad = requests.post(url, json={"public_key": "12ab"}, headers=headers, timeout=10)
    assert bad.status_code == 422 and "64 hexadecimal" in bad.json()["error"]["message"]
    first = requests.post(url, json={"public_key": key}, headers=headers, timeout=10)
    assert first.status_code == 201 and first.json()["public_key"] == key
    assert requests.post(url, json={"public_key": key}, headers=headers, timeout=10).status_code == 200  # a retry
    swap = requests.post(url, json={"public_key": other}, headers=headers, timeout=10)
    assert swap.status_code == 409 and swap.json()["error"]["code"] == "key_exists"
    assert "new enrolment" in swap.json()["error"]["message"]
    assert server.store.devices.get(old["device_id"]).public_key == key


def test_a_database_of_the_previous_release_upgrades_and_its_devices_keep_working(server_db_url, api):
    """A server database made before device keys (m001 only, tokens stored as sha256 as that
    release did) is migrated by `maktab-server serve`; its devices push with their old tokens
    and can register a key."""
    token = P.new_token()
    engine = D.make_engine(server_db_url)
    try:
        with engine.begin() as conn:
            D.schema_migrations.create(conn)
            D.m001_initial(conn)
            conn.execute(D.schema_migrations.insert().values(name="m001_initial", applied_at=P.utc_now_iso()))
            conn.execute(text("INSERT INTO offices (code, name, created_at) VALUES ('ALG-16001', 'APC', :t)"),
                         {"t": P.utc_now_iso()})
            conn.execute(text("INSERT INTO devices (id, office_code, name, token_hash, enrolled_at) "
                              "VALUES ('dev-old', 'ALG-16001', 'kiosk', :h, :t)"),
                         {"h": P.token_hash(token), "t": P.utc_now_iso()})
    finally:
        engine.dispose()

    port = api.free_port()
    proc = api.start_server_process(server_db_url, port)
    try:
        base = f"http://127.0.0.1:{port}"
        api.wait_healthy(base, timeout=60, proc=proc)
        old = SimpleNamespace(device_id="dev-old", headers={"Authorization": f"Bearer {token}"})
        assert api.push(base, old, api.make_events(1, 2)).json()["acked_through"] == 2
        key = device_key.public_key_of(device_key.new_private_key())
        r = requests.post(base + P.DEVICE_KEY_PATH, json={"public_key": key}, headers=old.headers, timeout=10)
        assert r.status_code == 201, r.text
    finally:
        proc.terminate()
        proc.wait(20)
    assert server_cli(server_db_url, "migrate", "--json").returncode == 0
    listed = json.loads(server_cli(server_db_url, "device", "list", "--json").stdout)
    assert [(d["id"], d["signing_key"], d["revoked_at"]) for d in listed] == [("dev-old", True, None)]
