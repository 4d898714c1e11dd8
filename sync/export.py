"""USB fallback: the office's pending events written to a signed batch file.

    export_batch_file(outbox, state, path) → how many events were written
    signing_public_key(state)              → the device's public key, or ConfigError saying how to get one

The file is JSON lines, one push body per line, signed with the device's Ed25519 key
(`sync.batch_file`); `maktab-server import FILE` stores it with the same idempotency as
a push. Works offline, marks nothing acked. Blocking file I/O on the caller's thread.
"""
from __future__ import annotations

import json
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from sync import device_key
from sync import protocol as P
from sync.batch_file import BatchFileWriter
from sync.errors import ConfigError
from sync.ports import OutboxEventLike, OutboxPort
from sync.private_files import open_private
from sync.state import SyncState

DEFAULT_BATCH_EVENTS = P.MAX_BATCH_EVENTS
DEFAULT_BATCH_BYTES = 512 * 1024  # of uncompressed JSON; the server takes up to P.MAX_BATCH_BYTES


def export_batch_file(outbox: OutboxPort, state: SyncState, path: Path | str, *,
                      batch_events: int = DEFAULT_BATCH_EVENTS, batch_bytes: int = DEFAULT_BATCH_BYTES,
                      max_events: int | None = None, progress: Callable[[int], None] | None = None,
                      send_hashes: bool = True) -> int:
    """Pending events → a signed batch file (JSON lines, one push body per line).

    Works offline. Written to a temporary name then renamed, so a pulled USB stick never
    holds half a file under the final name. Pending events stay pending.
    """
    if not state.enrolled:
        raise ConfigError("this office device is not enrolled: a batch file is signed with the device's key. "
                          "Run maktab-sync enroll first.")
    signing_public_key(state)  # a missing or damaged key is said before anything is written
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    count = 0
    after = 0
    with open_private(tmp, "w", encoding="utf-8") as f:  # citizens' contact details: 0600
        writer = BatchFileWriter(f, state.device_id, state.office_code, state.signing_key)
        while max_events is None or count < max_events:
            # list() pages by seq, so a big backlog streams out without being held in memory.
            events = list(outbox.list("pending", batch_events, after))
            if max_events is not None:
                events = events[: max_events - count]
            if not events:
                break
            after = events[-1].seq
            chunk: list[OutboxEventLike] = []
            size = 0
            for ev in events:
                size += len(json.dumps(ev.payload, ensure_ascii=False)) + 120
                if chunk and size > batch_bytes:
                    _write_record(writer, state, chunk, send_hashes)
                    chunk, size = [], 0
                chunk.append(ev)
            if chunk:
                _write_record(writer, state, chunk, send_hashes)
            count += len(events)
            if progress:
                progress(count)
        writer.finish()
        f.flush()
        os.fsync(f.fileno())
    tmp.replace(path)
    return count


def _write_record(writer: BatchFileWriter, state: SyncState, events: list[OutboxEventLike],
                  send_hashes: bool) -> None:
    evs = [P.Event.create(e.seq, e.event_id, e.type, e.occurred_at, e.payload) for e in events]
    batch = P.make_push_request(state.device_id, f"f-{secrets.token_hex(8)}", evs)
    if not send_hashes:
        for ev in batch["events"]:
            ev.pop("hash", None)
    writer.add(batch)


def signing_public_key(state: SyncState) -> str:
    """The public half of the device's signing key, or ConfigError saying how to get one."""
    if not state.signing_key:
        raise ConfigError("this device has no batch-file signing key yet (it was enrolled before signed files). "
                          "Connect it once (maktab-sync push) or enrol it again, then export.")
    try:
        return device_key.public_key_of(state.signing_key)
    except ValueError:
        raise ConfigError(f"the signing key in {state.path or 'sync.json'} is damaged; enrol this device again "
                          "(maktab-sync enroll --force --server URL --code CODE).") from None


__all__ = ["DEFAULT_BATCH_BYTES", "DEFAULT_BATCH_EVENTS", "export_batch_file", "signing_public_key"]
