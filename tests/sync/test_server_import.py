"""Importing a technician's signed batch file: the same idempotency as a push."""
from __future__ import annotations

import json

import pytest

from sync import protocol as P
from sync.server import cli


def write_file(tmp_path, records, name="office.maktab-batch.jsonl"):
    path = tmp_path / name
    path.write_text(P.write_batch_file_lines(records), encoding="utf-8")
    return path


def signed(device, events, batch_id="usb-1"):
    return P.make_batch_file(P.make_push_request(device.device_id, batch_id, events), device.token,
                             device.office_code)


def test_import_stores_like_a_push_and_is_idempotent(server, device, api, tmp_path):
    api.push(server, device, api.make_events(1, 10))  # some already arrived over the network
    path = write_file(tmp_path, [signed(device, api.make_events(1, 20), "usb-1"),
                                 signed(device, api.make_events(21, 5), "usb-2")])
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
    path = write_file(tmp_path, [signed(device, api.make_events(2, 1, tag="other") + api.make_events(4, 2))])
    (result,) = server.store.import_batch_file(path)
    assert (result.stored, result.duplicate, result.rejected) == (2, 0, 1)
    assert result.response.results[0].reason == P.CONFLICT_REASON


def test_bad_signature_is_refused_and_nothing_stored(server, device, api, tmp_path):
    good = signed(device, api.make_events(1, 3), "ok")
    tampered = signed(device, api.make_events(4, 3), "bad")
    tampered["batch"]["events"][0]["payload"]["number"] = "X"
    tampered["batch"]["events"][0]["hash"] = P.event_hash(
        "ticket.issued", tampered["batch"]["events"][0]["occurred_at"], tampered["batch"]["events"][0]["payload"])
    path = write_file(tmp_path, [good, tampered])
    with pytest.raises(P.BadSignature, match="signature does not verify"):
        server.store.import_batch_file(path)
    assert server.store.count_events() == 0


def test_file_signed_with_another_token_is_refused(server, device, api, tmp_path):
    rec = P.make_batch_file(P.make_push_request(device.device_id, "b", api.make_events(1, 1)), "stolen-guess",
                            device.office_code)
    with pytest.raises(P.BadSignature):
        server.store.import_batch_file(write_file(tmp_path, [rec]))


def test_file_for_another_office_is_refused(server, device, api, tmp_path):
    api.enroll(server, "ORN-31001", "APC Oran")
    rec = P.make_batch_file(P.make_push_request(device.device_id, "b", api.make_events(1, 1)), device.token,
                            "ORN-31001")
    from sync.server.store import Refused

    with pytest.raises(Refused, match="belongs to ALG-16001"):
        server.store.import_batch_file(write_file(tmp_path, [rec]))


def test_cli_import_prints_counts_and_exit_codes(server, device, api, tmp_path, capsys):
    path = write_file(tmp_path, [signed(device, api.make_events(1, 4))])
    assert cli.main(["import", str(path), "--db", server.db_url]) == 0
    out = capsys.readouterr().out
    assert "stored 4, duplicate 0, rejected 0" in out

    assert cli.main(["--db", server.db_url, "import", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["total"] == {"stored": 0, "duplicate": 4, "rejected": 0}

    broken = tmp_path / "broken.jsonl"
    broken.write_text(path.read_text()[:-40], encoding="utf-8")
    assert cli.main(["import", str(broken), "--db", server.db_url]) == 1
    assert "export it again" in capsys.readouterr().err


def test_single_json_record_file_is_accepted(server, device, api, tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps(signed(device, api.make_events(1, 2)), indent=2), encoding="utf-8")
    (result,) = server.store.import_batch_file(path)
    assert result.stored == 2
