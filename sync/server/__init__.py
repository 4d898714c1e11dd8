"""The Maktab central server: receives office event batches, serves central updates.

It shares only `sync.protocol`, `sync.batch_file` and `sync.device_key` with the office
side and never imports `kiosk`.
Public API: `create_app(db_url)` (FastAPI app for uvicorn), `ServerStore` (the same
operations without HTTP, used by the `maktab-server` CLI).
"""
from __future__ import annotations

__all__ = ["ServerStore", "create_app"]


def __getattr__(name):  # lazy: `import sync.server` stays cheap (no FastAPI import)
    if name == "create_app":
        from sync.server.app import create_app

        return create_app
    if name == "ServerStore":
        from sync.server.store import ServerStore

        return ServerStore
    raise AttributeError(name)
