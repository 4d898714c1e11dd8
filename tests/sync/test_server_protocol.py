"""sync.protocol on its own: canonical hashing, validation, gzip guard, batch-file signatures."""
from __future__ import annotations

import gzip
import tracemalloc

import pytest

from sync import protocol as P


def test_event_hash_is_canonical():
    a = P.event_hash("ticket.issued", "2026-09-06T07:30:00Z", {"b": 1, "a": "é"})
    b = P.event_hash("ticket.issued", "2026-09-06T07:30:00Z", {"a": "é", "b": 1})
    assert a == b and len(a) == 64
    assert P.canonical_json({"b": 1, "a": "é"}) == '{"a":"é","b":1}'.encode()
    assert a != P.event_hash("ticket.issued", "2026-09-06T07:30:01Z", {"a": "é", "b": 1})


def test_validate_event_accepts_a_good_event():
    ev = P.Event.create(7, "01J9Z", "concern.status_changed", "2026-09-06T07:30:00.123+01:00",
                        {"code": "C-1", "status": "answered", "at": "2026-09-06T07:30:00Z"})
    assert P.validate_event(ev.to_dict()) == ev


@pytest.mark.parametrize("change, words", [
    ({"seq": 0}, "seq"), ({"seq": True}, "seq"), ({"seq": "1"}, "seq"), ({"id": ""}, "id"),
    ({"id": "a b"}, "id"), ({"type": "ticket"}, "family.action"), ({"type": "ticket..issued"}, "family.action"),
    ({"occurred_at": "2026-09-06 07:30"}, "timezone"), ({"payload": []}, "JSON object"),
    ({"payload": {"x": "y" * (P.MAX_PAYLOAD_BYTES + 1)}}, "bytes"), ({"hash": "00"}, "hash"),
])
def test_validate_event_gives_actionable_reasons(change, words):
    raw = P.Event.create(1, "e1", "ticket.issued", "2026-09-06T07:30:00Z", {"n": 1}).to_dict()
    if "payload" in change or "type" in change or "occurred_at" in change:
        raw.pop("hash")
    raw.update(change)
    with pytest.raises(P.ProtocolError) as err:
        P.validate_event(raw)
    assert words in err.value.message


def test_push_envelope_checks():
    with pytest.raises(P.UnsupportedProtocol):
        P.parse_push_request({"protocol": 2, "device_id": "d", "batch_id": "b", "events": []})
    with pytest.raises(P.PayloadTooLarge):
        P.parse_push_request({"protocol": 1, "device_id": "d", "batch_id": "b",
                              "events": [{}] * (P.MAX_BATCH_EVENTS + 1)})
    with pytest.raises(P.ProtocolError) as err:
        P.parse_push_request({"protocol": 1, "device_id": "d", "events": []})
    assert err.value.http_status == 422 and "batch_id" in err.value.message


def test_gzip_bomb_is_stopped_early():
    bomb = gzip.compress(bytes(64 * P.MAX_BATCH_BYTES), 9)  # 64 KB that inflate to 64 MiB
    tracemalloc.start()
    try:
        with pytest.raises(P.PayloadTooLarge):
            P.gzip_decode(bomb, max_size=P.MAX_BATCH_BYTES)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Stopped after about max_size bytes (a memory measure, not a timing one: load cannot flake it).
    assert peak < 4 * P.MAX_BATCH_BYTES, peak


def test_gzip_round_trip_and_damage():
    assert P.gzip_decode(P.gzip_encode(b"hello")) == b"hello"
    assert P.gzip_decode(P.gzip_encode(b"a") + P.gzip_encode(b"b")) == b"ab"
    with pytest.raises(P.ProtocolError) as err:
        P.gzip_decode(P.gzip_encode(b"hello" * 100)[:20])
    assert err.value.code == "bad_gzip"
    # several small members must not get past the total limit either
    with pytest.raises(P.PayloadTooLarge):
        P.gzip_decode(P.gzip_encode(b"x" * 600) * 2, max_size=1000)


def test_decode_json_body():
    body, headers = P.encode_json_body({"a": "ب"})
    assert headers["Content-Encoding"] == "gzip"
    assert P.decode_json_body(body, "gzip") == {"a": "ب"}
    with pytest.raises(P.ProtocolError) as err:
        P.decode_json_body(b"<html>login</html>", None)
    assert err.value.code == "bad_json"
    with pytest.raises(P.PayloadTooLarge):
        P.decode_json_body(b" " * 11, None, max_size=10)


def test_captive_portal_is_not_a_server():
    with pytest.raises(P.ProtocolError) as err:
        P.parse_health({"status": "ok"})
    assert "Wi-Fi" in err.value.message
    assert P.parse_health({"status": "ok", "service": "maktab-server", "protocol": 1,
                           "server_time": P.utc_now_iso()}).protocol == 1
    with pytest.raises(P.ProtocolError):
        P.parse_push_response({"ok": True})


def test_batch_file_signature_round_trip():
    import io

    from sync import batch_file as BF
    from sync import device_key

    key, other = device_key.new_private_key(), device_key.new_private_key()
    ev = P.Event.create(1, "e1", "ticket.issued", "2026-09-06T07:30:00Z", {"n": 1})
    out = io.StringIO()
    writer = BF.BatchFileWriter(out, "dev-1", "ALG-16001", key)
    writer.add(P.make_push_request("dev-1", "b1", [ev]))
    writer.finish()
    parsed = BF.read_batch_file(out.getvalue())
    assert (parsed.device_id, parsed.office_code, parsed.events) == ("dev-1", "ALG-16001", 1)
    parsed.verify(device_key.public_key_of(key))
    with pytest.raises(P.BadSignature):
        parsed.verify(device_key.public_key_of(other))
    with pytest.raises(ValueError, match="one device"):
        writer.add(P.make_push_request("dev-2", "b2", [ev]))


def test_enroll_request_carries_an_optional_public_key():
    pk = "ab" * 32
    req = P.parse_enroll_request({"code": "k7qd-3mxa", "device_name": "kiosk", "public_key": pk.upper(),
                                  "previous_device_id": "dev-1"})
    assert (req.public_key, req.previous_device_id) == (pk, "dev-1")
    assert P.parse_enroll_request({"code": "K7QD", "device_name": "kiosk"}).public_key is None
    for bad in ("ab" * 31, "zz" * 32, 42):
        with pytest.raises(P.ProtocolError, match="64 hexadecimal"):
            P.parse_enroll_request({"code": "K7QD", "device_name": "kiosk", "public_key": bad})


def test_enroll_codes_are_typable():
    code = P.new_enroll_code()
    groups = code.split("-")
    assert len(groups) == 4 and all(len(g) == 4 for g in groups)
    assert not set(code) & set("01OILU")
    assert P.normalize_enroll_code(code.lower().replace("-", " ")) == code.replace("-", "")


def test_pull_query_is_clamped():
    assert P.parse_pull_query(None, None) == (0, P.DEFAULT_PULL_LIMIT)
    assert P.parse_pull_query("5", "100000") == (5, P.MAX_PULL_LIMIT)
    with pytest.raises(P.ProtocolError):
        P.parse_pull_query("-1", None)
