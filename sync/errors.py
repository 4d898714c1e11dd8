"""What can stop a sync step on the office side: one exception tree for the client, loop and CLI.

    SyncError                   anything that stopped a sync step; `.message` is for a technician
    ├── ConfigError             not enrolled, or an http:// URL that is not allowed
    ├── ServerUnreachable       connection refused/cut, DNS, timeout            (transient)
    │   └── TLSError            the certificate did not verify                  (fix the CA)
    ├── ServerBusy              429 / 5xx; `.retry_after` seconds if given      (transient)
    ├── UnexpectedAnswer        not the protocol's answer (captive portal…)      (transient)
    └── Refused                 4xx with the server's reason (`.code`, `.status`)
        └── Unauthorized        401/403: token unknown, revoked or for another device

`transient` says whether trying again later may succeed by itself (the caller waits with
`sync.backoff.Backoff`). Plain values, any thread.
"""
from __future__ import annotations


class SyncError(Exception):
    transient = False

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ConfigError(SyncError):
    pass


class ServerUnreachable(SyncError):
    transient = True


class TLSError(ServerUnreachable):
    transient = False


class ServerBusy(SyncError):
    transient = True

    def __init__(self, message: str, status: int, retry_after: float | None = None):
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class UnexpectedAnswer(SyncError):
    transient = True


class Refused(SyncError):
    def __init__(self, message: str, status: int, code: str = ""):
        super().__init__(message)
        self.status = status
        self.code = code


class Unauthorized(Refused):
    pass


__all__ = ["ConfigError", "Refused", "ServerBusy", "ServerUnreachable", "SyncError", "TLSError", "Unauthorized",
           "UnexpectedAnswer"]
