"""The office's sync state, kept in `<data_dir>/sync.json` (mode 0600: it holds the token and
the device's batch-file signing key).

`SyncState` is written atomically (temporary file in the same folder, fsync, rename),
so a power cut leaves the old file or the new one, never half of one. The kiosk's loop
and a technician's `maktab-sync` may both write it: the last writer wins, which is
harmless because every field is either set once (enrolment) or a hint that the next
sync corrects (cursor: pulls are idempotent; times and errors). The exception is the
signing key of a device enrolled before keys existed, given later by either process:
a write never replaces the key on disk of the same enrolment (`_keep_saved_signing_key`).

Thread use: `update()` holds a per-instance lock, so the loop thread and a status
reader may share one `SyncState`.
"""
from __future__ import annotations

import dataclasses
import json
import os
import tempfile
import threading
from pathlib import Path
from typing import Any

from sync.private_files import make_private_dir

STATE_FILE = "sync.json"
FILE_MODE = 0o600


class StateError(RuntimeError):
    """sync.json cannot be read or written; the message says which file and why."""


@dataclasses.dataclass
class SyncState:
    server_url: str = ""
    device_id: str = ""
    office_code: str = ""
    office_name: str = ""
    token: str = dataclasses.field(default="", repr=False)
    # Ed25519 key (hex seed) that signs this device's batch files (sync.device_key); the server
    # holds its public half once `signing_key_registered` (at enrolment, or later by push/pull).
    signing_key: str = dataclasses.field(default="", repr=False)
    signing_key_registered: bool = False
    device_name: str = ""
    ca_bundle: str | None = None  # private CA (PEM file); None: the system's trusted CAs
    allow_http: bool = False  # plain http to a non-loopback host (explicitly allowed at enrolment)
    enrolled_at: str | None = None
    pull_cursor: int = 0
    last_success_at: str | None = None  # last exchange the server answered as expected
    last_attempt_at: str | None = None
    last_error: str | None = None  # None after a success
    server_clock_offset_s: float | None = None  # server clock minus ours (positive: we are late)
    path: Path | None = dataclasses.field(default=None, repr=False, compare=False)
    _lock: threading.Lock = dataclasses.field(default_factory=threading.Lock, repr=False, compare=False)

    # ------------------------------------------------------------------ files

    @classmethod
    def file_for(cls, data_dir: Path | str) -> Path:
        return Path(data_dir) / STATE_FILE

    @classmethod
    def load(cls, data_dir: Path | str) -> SyncState:
        """The state in `data_dir` (an empty, not enrolled state when there is no file yet)."""
        path = cls.file_for(data_dir)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls(path=path)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise StateError(f"cannot read {path}: {exc}. Restore it from a backup or enroll again "
                             "(maktab-sync enroll).") from None
        if not isinstance(raw, dict):
            raise StateError(f"{path} is not a JSON object; enroll again (maktab-sync enroll)")
        known = {f.name for f in dataclasses.fields(cls) if not f.name.startswith("_") and f.name != "path"}
        state = cls(**{k: v for k, v in raw.items() if k in known})
        state.path = path
        return state

    def to_dict(self, *, with_token: bool = True) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)
               if not f.name.startswith("_") and f.name != "path"}
        if not with_token:
            out.pop("token")
            out.pop("signing_key")
        return out

    def save(self) -> None:
        if self.path is None:
            return  # an in-memory state (tests, benchmarks)
        with self._lock:
            self._write()

    def _write(self) -> None:
        path = self.path
        assert path is not None
        self._keep_saved_signing_key(path)
        data = json.dumps(self.to_dict(), ensure_ascii=False, indent=2).encode("utf-8")
        try:
            make_private_dir(path.parent)  # often the office's data folder, created here at enrolment
            fd, tmp = tempfile.mkstemp(prefix=".sync-", suffix=".tmp", dir=path.parent)
            try:
                os.fchmod(fd, FILE_MODE)  # before any byte of the token is written
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, path)
            except BaseException:
                try:
                    os.unlink(tmp)
                except FileNotFoundError:
                    pass
                raise
            dir_fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)  # the rename itself survives a power cut
            finally:
                os.close(dir_fd)
        except OSError as exc:
            raise StateError(f"cannot write {path}: {exc}. Check the disk and the data folder's "
                             "permissions.") from None

    def _keep_saved_signing_key(self, path: Path) -> None:
        """The signing key is the one field set after enrolment (devices enrolled before keys
        get theirs at a push or an export), possibly by the other process (the hub's loop or
        maktab-sync). A process that loaded the file earlier must not write over that key:
        for the same enrolment, adopt the key on disk unless ours is the registered one."""
        if self.signing_key_registered:
            return
        try:
            saved = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if not isinstance(saved, dict) or (saved.get("device_id"), saved.get("token")) != (self.device_id, self.token):
            return  # another enrolment: ours is the newer state
        key = saved.get("signing_key")
        if isinstance(key, str) and key and (saved.get("signing_key_registered") is True or not self.signing_key):
            self.signing_key = key
            self.signing_key_registered = saved.get("signing_key_registered") is True

    def update(self, **changes: Any) -> None:
        """Set fields and save, as one step."""
        with self._lock:
            for key, value in changes.items():
                if key.startswith("_") or key == "path" or not hasattr(self, key):
                    raise AttributeError(f"SyncState has no field {key!r}")
                setattr(self, key, value)
            if self.path is not None:
                self._write()

    # ------------------------------------------------------------------ questions

    @property
    def enrolled(self) -> bool:
        return bool(self.server_url and self.device_id and self.token)


__all__ = ["STATE_FILE", "StateError", "SyncState"]
