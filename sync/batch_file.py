"""The signed batch file a technician carries on a USB stick when an office has no link.

`maktab-sync export` writes one (`BatchFileWriter`), `maktab-server import` reads and
checks it (`read_batch_file`, then `BatchFile.verify` with the device's public key).
JSON lines, one record per line; every record is signed with the device's Ed25519 key
(`sync.device_key`) over its canonical JSON without the `signature` field:

    {"format": "maktab-batch-file", "version": 2, "file_id": "…", "index": 0, "device_id": "…",
     "office_code": "…", "created_at": "…", "batch": {<push body>}, "signature": "<128 hex>"}
    …
    {"format": "maktab-batch-file", "version": 2, "file_id": "…", "end": true, "records": N,
     "events": M, "device_id": "…", "office_code": "…", "created_at": "…", "signature": "…"}

The numbered records and the signed end record make a cut, shortened or spliced file
visible: a file is whole only when records 0…N-1 of one `file_id` are followed by its
end record. Version 1 files (HMAC keyed by the token's hash, which the server stores)
are refused: whoever holds a copy of the server's database could have made them.

Pure functions and a writer over an open text file; no thread of its own.
"""
from __future__ import annotations

import dataclasses
import json
import secrets
from collections.abc import Iterator, Mapping
from typing import IO, Any

from sync import device_key
from sync import protocol as P
from sync.protocol.validation import ID_RE, need_int, need_mapping, need_str

BATCH_FILE_FORMAT = "maktab-batch-file"
BATCH_FILE_VERSION = 2
BATCH_FILE_SUFFIX = ".maktab-batch.jsonl"

_AGAIN = "Export it again at the office (maktab-sync export) and bring the new file."


def _signed_bytes(record: Mapping[str, Any]) -> bytes:
    return P.canonical_json({k: v for k, v in record.items() if k != "signature"})


class BatchFileWriter:
    """Writes one file's records to `f`: numbered, signed, then closed by `finish()`'s end record.

    Without `finish()` the file has no end record and any import refuses it as cut short.
    """

    def __init__(self, f: IO[str], device_id: str, office_code: str, private_key_hex: str,
                 created_at: str | None = None):
        self._f = f
        self._key = private_key_hex
        self._head = {"format": BATCH_FILE_FORMAT, "version": BATCH_FILE_VERSION,
                      "file_id": f"f-{secrets.token_hex(8)}"}
        self._tail = {"device_id": device_id, "office_code": office_code,
                      "created_at": created_at or P.utc_now_iso()}
        self.records = 0
        self.events = 0

    def _write(self, record: dict[str, Any]) -> None:
        record["signature"] = device_key.sign(self._key, _signed_bytes(record))
        self._f.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")

    def add(self, batch: P.PushRequestDict) -> None:
        if batch["device_id"] != self._tail["device_id"]:
            raise ValueError("a batch file holds the batches of one device")
        self._write({**self._head, "index": self.records, **self._tail, "batch": batch})
        self.records += 1
        self.events += len(batch["events"])

    def finish(self) -> None:
        self._write({**self._head, "end": True, "records": self.records, "events": self.events, **self._tail})


@dataclasses.dataclass(frozen=True)
class BatchFile:
    """A batch file whose structure is whole; `verify()` says whether its device signed it."""

    file_id: str
    device_id: str
    office_code: str
    created_at: str
    records: tuple[dict[str, Any], ...]  # as read, end record last
    pushes: tuple[P.PushRequest, ...]

    @property
    def events(self) -> int:
        return sum(len(p.events) for p in self.pushes)

    def verify(self, public_key_hex: str) -> None:
        """Raise BadSignature unless every record was signed by this public key's device."""
        for lineno, record in enumerate(self.records, 1):
            if not device_key.verify(public_key_hex, _signed_bytes(record), str(record.get("signature", ""))):
                raise P.BadSignature(
                    f"batch file line {lineno}: the signature does not match device {self.device_id}'s key. "
                    f"The file was changed after export, or was signed by another device. {_AGAIN}")


def _lines(text: str) -> Iterator[tuple[int, str, bool]]:
    lines = text.lstrip("\ufeff").splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    for i, line in enumerate(lines):
        if line.strip():
            yield i + 1, line, i == len(lines) - 1


def read_batch_file(text: str) -> BatchFile:
    """Parse a batch file and check that it is one whole export; ProtocolError says what is wrong.

    Signatures are checked afterwards by `BatchFile.verify`, with the key of the device named here.
    """
    records: list[dict[str, Any]] = []
    pushes: list[P.PushRequest] = []
    for lineno, line, last in _lines(text):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            if last:
                raise P.ProtocolError(f"batch file line {lineno} is cut off: the file is incomplete (copied "
                                      f"before the export finished, or the USB stick was pulled). {_AGAIN}") from None
            raise P.ProtocolError(f"batch file line {lineno} is not JSON ({exc.msg}). {_AGAIN}") from None
        record, push = _check_record(obj, lineno, records)
        records.append(record)
        if push is not None:
            pushes.append(push)
    if not records:
        raise P.ProtocolError(f"the batch file is empty. {_AGAIN}")
    end = records[-1]
    if not end.get("end"):
        raise P.ProtocolError(f"the batch file ends after record {len(records)} without its end record: it is "
                              f"incomplete (cut short while copying?). {_AGAIN}")
    if end.get("records") != len(pushes) or end.get("events") != sum(len(p.events) for p in pushes):
        raise P.ProtocolError(f"the batch file's end record counts {end.get('records')} records and "
                              f"{end.get('events')} events, but the file holds {len(pushes)} records and "
                              f"{sum(len(p.events) for p in pushes)} events: lines are missing. {_AGAIN}")
    first = records[0]
    return BatchFile(first["file_id"], first["device_id"], first["office_code"], first["created_at"],
                     tuple(records), tuple(pushes))


def _check_record(obj: Any, lineno: int,
                  before: list[dict[str, Any]]) -> tuple[dict[str, Any], P.PushRequest | None]:
    """One record's shape and its place after the records `before` it (same export, next number,
    nothing after the end); with the push body it carries (None for the end record)."""
    where = f"batch file line {lineno}"
    if not isinstance(obj, dict) or obj.get("format") != BATCH_FILE_FORMAT:
        raise P.ProtocolError(f"{where} is not a Maktab batch file record (format {BATCH_FILE_FORMAT!r})")
    version = obj.get("version")
    if version == 1:
        raise P.ProtocolError("this is a version 1 batch file, signed with a key the server's own database holds, "
                              "so it could have been forged; it is no longer accepted. Update maktab-sync at the "
                              "office and export again.")
    if version != BATCH_FILE_VERSION:
        raise P.ProtocolError(f"batch file version {version!r} is not supported; this server reads version "
                              f"{BATCH_FILE_VERSION}. Update the central server or the office software.")
    need_str(obj, "file_id", where, P.MAX_ID_LENGTH, ID_RE)
    need_str(obj, "device_id", where, P.MAX_ID_LENGTH, ID_RE)
    P.validate_office_code(obj.get("office_code"))
    need_str(obj, "created_at", where, 64)
    need_str(obj, "signature", where, device_key.SIGNATURE_HEX_LENGTH)
    position = len(before)
    if before:
        first = before[0]
        if before[-1].get("end"):
            raise P.ProtocolError(f"{where} comes after the end record: two files were joined. Import each "
                                  "file on its own.")
        for key in ("file_id", "device_id", "office_code", "created_at"):
            if obj[key] != first[key]:
                raise P.ProtocolError(f"{where} belongs to another export ({key} {obj[key]!r}, not "
                                      f"{first[key]!r}): files were mixed. Import each file as exported.")
    if obj.get("end") is True:
        need_int(obj, "records", where, 0, P.MAX_SEQ)
        need_int(obj, "events", where, 0, P.MAX_SEQ)
        return obj, None
    index = obj.get("index")
    if type(index) is not int or index != position:
        raise P.ProtocolError(f"{where} is record {index!r} where record {position} was expected: "
                              f"lines are missing or out of order. {_AGAIN}")
    push = P.parse_push_request(need_mapping(obj.get("batch"), f"{where}.batch"))
    if push.device_id != obj["device_id"]:
        raise P.ProtocolError(f"{where} is for device {obj['device_id']} but its batch is for {push.device_id}")
    return obj, push


__all__ = ["BATCH_FILE_FORMAT", "BATCH_FILE_SUFFIX", "BATCH_FILE_VERSION", "BatchFile", "BatchFileWriter",
           "read_batch_file"]
