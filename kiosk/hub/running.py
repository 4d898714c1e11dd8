"""Running the hub's LAN API (`kiosk/hub/server.py`) under uvicorn.

    HubServer(office, host, port)   the app in a background thread (the kiosk running the
                                    hub in-process; tests): start(), url, stop()
    serve_forever(settings)         the headless hub (`python -m kiosk.hub serve`, `maktab hub`)

No proxy headers: the hub is reached directly on the LAN, so the client address (the
pairing throttle's key) is the socket's, never an X-Forwarded-For a client could write
(and reading them was one more middleware on every request).

Qt-free: the hub runs on a machine with no display.
"""
from __future__ import annotations

import logging
import threading
import time

import uvicorn

from kiosk.config import Settings
from kiosk.hub import sync_runner
from kiosk.hub.body_limit import DEFAULT_MAX_BODY_BYTES
from kiosk.hub.events import HEARTBEAT_S, EventBroker
from kiosk.hub.pairing import Pairing
from kiosk.hub.server import create_hub_app
from kiosk.office import Office
from kiosk.retention import RetentionPurger

log = logging.getLogger(__name__)


class HubServer:
    """The hub under uvicorn in a background thread: `start()`, `url`, `stop()`.

    Port 0 picks a free port (tests); `port` tells which one after `start()`.
    """

    def __init__(self, office: Office, host: str = "0.0.0.0", port: int = 8765, *, pairing: Pairing | None = None,
                 heartbeat_s: float = HEARTBEAT_S, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES):
        self.office = office
        self.host = host
        self.port = port
        self._own_pairing = pairing is None
        self.pairing = pairing or Pairing.for_office(office)
        self.app = create_hub_app(office, pairing=self.pairing, broker=EventBroker(heartbeat_s),
                                  max_body_bytes=max_body_bytes)
        config = uvicorn.Config(self.app, host=host, port=port, log_config=None, access_log=False, lifespan="off",
                                ws="none", proxy_headers=False, timeout_graceful_shutdown=2)
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host = "127.0.0.1" if self.host in ("0.0.0.0", "") else self.host
        return f"http://{host}:{self.port}"

    def start(self, timeout: float = 10.0) -> HubServer:
        self._thread = threading.Thread(target=self._server.run, name="maktab-hub", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self._server.should_exit = True
                self.app.state.hub.close()
                if self._own_pairing:
                    self.pairing.close()
                raise OSError(f"the hub could not listen on {self.host}:{self.port} (port in use?)")
            time.sleep(0.01)
        if self.port == 0:
            self.port = self._server.servers[0].sockets[0].getsockname()[1]
        log.info("hub listening on %s", self.url)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """End the event streams, stop listening, and wait for the server thread."""
        self.app.state.hub.close()
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
        if self._own_pairing:
            self.pairing.close()

    def __enter__(self) -> HubServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def serve_forever(settings: Settings, *, show_code: bool = True) -> None:
    """The headless hub (`python -m kiosk.hub serve`): until Ctrl-C or SIGTERM, syncing
    with the central server too when this office is enrolled."""
    office = Office.open(settings)
    pairing = Pairing.for_office(office)
    app = create_hub_app(office, pairing=pairing, max_body_bytes=settings.hub.max_body_bytes)
    # A damaged file: /health and every desk say so (503) instead of half-working. The quick
    # check reads the whole file (about 1.4 s at a million tickets), so the hub listens meanwhile.
    threading.Thread(target=office.check_integrity, name="integrity-check", daemon=True).start()
    sync_runner.start_sync_loop(office, settings)  # after the app: its event stream hears the first status
    purger = RetentionPurger(office, settings.privacy.retention_days).start()
    if show_code:
        code = pairing.new_pairing_code()
        print(f"Maktab hub for {office.info.name} ({office.info.code}) on port {settings.hub.port}\n"
              f"pairing code {code.shown} (one device, valid until {code.expires_at}); "
              "more: maktab hub pair", flush=True)
    try:
        uvicorn.run(app, host=settings.hub.host, port=settings.hub.port, log_level="info", access_log=False,
                    lifespan="off", ws="none", proxy_headers=False, timeout_graceful_shutdown=3)
    finally:
        purger.stop()
        sync_runner.stop_sync_loop(office)
        app.state.hub.close()
        pairing.close()
        office.close()
