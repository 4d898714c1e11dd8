"""Importing a technician's signed batch file: the same idempotency as a push, and nothing
stored from a file that is cut, altered, foreign or forgeable from the server's database."""
from __future__ import annotations

import hashlib
import hmac
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sync import batch_file as BF
from sync import device_key
from sync import protocol as P
from sync.server import cli
from sync.server import db as D
from sync.server.store import Refused

REPO = Path(__file__).resolve().parents[2]


def file_text(device, batches: list[tuple[str, list[P.Event]]], *, key: str | None = None,
              device_id: str | None = None, office_code: str | None = None) -> str:
    """A batch file as `maktab-sync export` writes it, signed with `key` (default: the device's)."""
    out = io.StringIO()
    writer = BF.BatchFileWriter(out, device_id or device.device_id, office_code or device.office_code,
                                key or device.signing_key)
    for batch_id, events in batches:
        writer.add(P.make_push_request(device_id or device.device_id, batch_id, events))
    writer.finish()
    return out.getvalue()


def write(tmp_path, text: str, name: str = "office.maktab-batch.jsonl"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def stored_rows(server) -> tuple[int, int]:
    """(events, import_log rows) in the server's database."""
    with server.store.engine.connect() as conn:
        return (conn.execute(select(func.count()).select_from(D.events)).scalar_one(),
                conn.execute(select(func.count()).select_from(D.import_log)).scalar_one())


def test_import_stores_like_a_push_and_is_idempotent(server, device, api, tmp_path):
    api.push(server, device, api.make_events(1, 10))  # some already arrived over the network
    path = write(tmp_path, file_text(device, [("usb-1", api.make_events(1, 20)), ("usb-2", api.make_events(21, 5))]))
    results = server.store.import_batch_file(path)
    assert [(r.stored, r.duplicate, r.rejected) for r in results] == [(10, 10, 0), (5, 0, 0)]
    assert results[-1].response.acked_through == 25

    again = server.store.import_batch_file(path)
    assert [(r.stored, r.duplicate, r.rejected) for r in again] == [(0, 20, 0), (0, 5, 0)]
    assert server.store.count_events(device.device_id) == 25
    # …and a later push of the same events is answered with duplicates too
    r = api.push(server, device, api.make_events(20, 6))
    assert {x["status"] for x in r.json()["results"]} == {P.DUPLICATE}


def test_conflicting_event_in_a_file_is_rejected_alone(server, device, api, tmp_path):
    api.push(server, device, api.make_events(1, 3))
    path = write(tmp_path, file_text(device, [("usb-1", api.make_events(2, 1, tag="other") + api.make_events(4, 2))]))
    (result,) = server.store.import_batch_file(path)
    assert (result.stored, result.duplicate, result.rejected) == (2, 0, 1)
    assert result.response.results[0].reason == P.CONFLICT_REASON


def _records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def _lines(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def _changed_ticket_number(records):
    ev = records[1]["batch"]["events"][0]
    ev["payload"]["number"] = "A999"  # …with its event hash made to match, as a forger would
    ev["hash"] = P.event_hash(ev["type"], ev["occurred_at"], ev["payload"])
    return records


def _dropped_event(records):
    del records[0]["batch"]["events"][-1]
    records[-1]["events"] -= 1
    return records


def _moved_to_another_office(records):
    for r in records:
        r["office_code"] = "ORN-31001"
    return records


TAMPERINGS = {
    "a ticket number changed": _changed_ticket_number,
    "an event removed": _dropped_event,
    "the office changed": _moved_to_another_office,
}


def test_an_altered_file_is_refused_with_the_reason_and_stores_nothing(server, device, api, tmp_path):
    api.enroll(server, "ORN-31001", "APC Oran")
    good = file_text(device, [("usb-1", api.make_events(1, 3)), ("usb-2", api.make_events(4, 3))])
    for what, tamper in TAMPERINGS.items():
        path = write(tmp_path, _lines(tamper(_records(good))))
        with pytest.raises(P.BadSignature, match="does not match device .*'s key.*changed after export") as err:
            server.store.import_batch_file(path)
        assert device.device_id in err.value.message, what
        assert stored_rows(server) == (0, 0), what


def test_a_cut_or_spliced_file_is_refused_and_stores_nothing(server, device, api, tmp_path):
    good = file_text(device, [("usb-1", api.make_events(1, 3)), ("usb-2", api.make_events(4, 3)),
                              ("usb-3", api.make_events(7, 3))])
    other = file_text(device, [("usb-9", api.make_events(10, 2))])
    lines = good.splitlines(keepends=True)
    cases = {
        "cut inside the last line": (good[:-25], "line 4 is cut off"),
        "cut after a whole line": ("".join(lines[:3]), "without its end record"),
        "a middle record lost": ("".join(lines[:1] + lines[2:]), "record 2 where record 1 was expected"),
        "records swapped": ("".join([lines[1], lines[0]] + lines[2:]), "record 1 where record 0 was expected"),
        "two exports joined": (good + other, "after the end record"),
        "records of two exports mixed": ("".join(lines[:3]) + other.splitlines(keepends=True)[-1],
                                         "belongs to another export"),
        "empty": ("", "empty"),
    }
    for what, (text, reason) in cases.items():
        with pytest.raises(P.ProtocolError, match=reason):
            server.store.import_batch_file(write(tmp_path, text))
        assert stored_rows(server) == (0, 0), what
    # The whole file still imports.
    assert sum(r.stored for r in server.store.import_batch_file(write(tmp_path, good))) == 9


def test_a_foreign_file_is_refused(server, device, api, tmp_path):
    oran = api.enroll(server, "ORN-31001", "APC Oran")
    events = [("usb-1", api.make_events(1, 2))]
    # Signed by another device (its own key) but naming this one.
    with pytest.raises(P.BadSignature, match="signed by another device"):
        server.store.import_batch_file(write(tmp_path, file_text(device, events, key=oran.signing_key)))
    # A device this server never enrolled.
    with pytest.raises(Refused, match="does not know"):
        server.store.import_batch_file(write(tmp_path, file_text(device, events, device_id="dev-elsewhere")))
    # Right device, wrong office.
    with pytest.raises(Refused, match="belongs to ALG-16001"):
        server.store.import_batch_file(write(tmp_path, file_text(device, events, office_code="ORN-31001")))
    assert stored_rows(server) == (0, 0)


def test_a_file_cannot_be_forged_from_the_servers_database(server, device, api, tmp_path):
    """Whoever copies the server's database learns each device's token hash and public key:
    neither signs a file the server accepts."""
    with server.store.engine.connect() as conn:
        row = conn.execute(select(D.devices).where(D.devices.c.id == device.device_id)).one()._mapping
    assert device.token not in json.dumps(dict(row))  # only its hash is stored
    batch = P.make_push_request(device.device_id, "forged", api.make_events(1, 2))
    # The version 1 scheme: HMAC keyed by the stored token hash.
    v1 = {"format": "maktab-batch-file", "version": 1, "device_id": device.device_id,
          "office_code": device.office_code, "created_at": P.utc_now_iso(), "batch": batch,
          "signature": hmac.new(row["token_hash"].encode(), P.canonical_json(batch), hashlib.sha256).hexdigest()}
    with pytest.raises(P.ProtocolError, match="version 1 .*no longer accepted"):
        server.store.import_batch_file(write(tmp_path, json.dumps(v1) + "\n"))
    # Version 2 with any key but the device's own.
    guessed = hashlib.sha256(row["token_hash"].encode() + row["public_key"].encode()).hexdigest()
    with pytest.raises(P.BadSignature):
        server.store.import_batch_file(write(tmp_path, file_text(device, [("f", batch["events"])], key=guessed)))
    assert stored_rows(server) == (0, 0)


def test_files_of_a_revoked_device_or_one_without_a_key_are_refused(server, device, api, tmp_path):
    path = write(tmp_path, file_text(device, [("usb-1", api.make_events(1, 2))]))
    server.store.devices.revoke(device.device_id)
    with pytest.raises(Refused, match="revoked"):
        server.store.import_batch_file(path)
    # A device enrolled before keys existed cannot have its files checked: it must register a key first.
    server.store.add_office("TLM-13001", "APC Tlemcen")
    code, _ = server.store.new_enroll_code("TLM-13001")
    old = server.store.enroll(code, "old kiosk")
    old_device = type(device)(old.device_id, old.office_code, old.token, device_key.new_private_key())
    with pytest.raises(Refused, match="no signing key on this server yet.*connect once"):
        server.store.import_batch_file(write(tmp_path, file_text(old_device, [("usb-1", api.make_events(1, 2))])))
    assert stored_rows(server) == (0, 0)


def test_cli_import_prints_counts_reasons_and_exit_codes(server, device, api, tmp_path, capsys):
    path = write(tmp_path, file_text(device, [("usb-1", api.make_events(1, 4))]))
    assert cli.main(["import", str(path), "--db", server.db_url]) == 0
    assert "stored 4, duplicate 0, rejected 0" in capsys.readouterr().out

    assert cli.main(["--db", server.db_url, "import", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["total"] == {"stored": 0, "duplicate": 4, "rejected": 0}

    # The real command, on a file cut short while copying: one line saying why, exit 1, nothing stored.
    broken = write(tmp_path, path.read_text()[:-40], "broken.maktab-batch.jsonl")
    done = subprocess.run([sys.executable, "-m", "sync.server.cli", "--db", server.db_url, "import", str(broken)],
                          check=False, capture_output=True, text=True, cwd=REPO, timeout=60)
    assert done.returncode == 1
    assert done.stderr.startswith("maktab-server: batch file line 2 is cut off")
    assert "export it again" in done.stderr.lower()
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert server.store.count_events() == 4
