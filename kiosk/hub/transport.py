"""Talking to the hub's LAN API: one HTTP session with retries and timeouts, the hub's
answers turned into the office's errors, and a copy on disk of what a PC needs to start
before the hub is up. `RemoteOffice` (kiosk/hub/client.py) is built on it.

Refusals come back as the class the local office raises (kiosk/office/errors.py; the
hub's table is kiosk/hub/refusals.py); a storage failure of the hub's database as the same
`StoreError`, a damaged or unreadable one also kept as `problem`. Two are the client's own:

    Unavailable
     └─ HubUnreachable     code "hub_unreachable": no answer after the retries, or an
                           answer that is not the hub's (a proxy, a captive portal)
    NotLoggedIn
     └─ NotPaired          code "not_paired": this PC has no pairing with a hub

Every request is retried after a network error (urllib3 `Retry`): actions carry an
action_id or request_id, so a repeat is harmless.

Thread use: any thread (requests' Session with a connection pool); calls block on the network.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from kiosk.hub import codec
from kiosk.hub.codec import API_PREFIX
from kiosk.hub.refusals import kind_for_answer
from kiosk.office.errors import DiskFull, NotLoggedIn, StoreError, Unavailable, failure_from
from sync.private_files import open_private

log = logging.getLogger(__name__)


DEFAULT_TIMEOUT = (3.05, 10.0)  # (connect, read) seconds
DEFAULT_RETRIES = 3
CACHE_FILE = "hub-office-cache.json"  # the office info and catalogue last received, for a start without the hub
STORAGE_CODES = ("disk_full", "database_damaged", "database_unreadable")


class HubUnreachable(Unavailable):
    """The hub did not answer (network down, hub stopped, not the hub answering)."""

    def __init__(self, message: str):
        super().__init__("hub_unreachable", message)


class NotPaired(NotLoggedIn):
    """This PC has no stored pairing with a hub."""

    def __init__(self, message: str):
        super().__init__("not_paired", message)


def _retry(retries: int, backoff: float) -> Retry:
    # Every method is retried: actions carry an action_id (or request_id), so a repeat is harmless.
    return Retry(total=retries, connect=retries, read=retries, status=retries, other=0, backoff_factor=backoff,
                 backoff_max=5.0, allowed_methods=None, status_forcelist=(502, 503, 504), raise_on_status=False,
                 respect_retry_after_header=True)


class HubTransport:
    def __init__(self, base_url: str, device_token: str, timeout: float | tuple[float, float] = DEFAULT_TIMEOUT, *,
                 retries: int = DEFAULT_RETRIES, backoff: float = 0.25, cache_dir: Path | str | None = None):
        self.base_url = base_url.rstrip("/")
        self._api = self.base_url + API_PREFIX
        self._timeout = timeout
        self._cache_dir = Path(cache_dir) if cache_dir else None
        self.headers = {"Authorization": f"Bearer {device_token}", "Accept": "application/json"}
        self._http = requests.Session()
        adapter = HTTPAdapter(max_retries=_retry(retries, backoff), pool_maxsize=8)
        self._http.mount("http://", adapter)
        self._http.mount("https://", adapter)
        self.problem: StoreError | None = None  # the hub's database said damaged or unreadable

    def request(self, method: str, path: str, *, body: dict[str, Any] | None = None,
                 params: dict[str, Any] | None = None, staff: str | None = None) -> Any:
        headers = dict(self.headers)
        if staff is not None:
            headers["X-Staff-Session"] = staff or ""
        try:
            response = self._http.request(method, self._api + path, json=body, params=params, headers=headers,
                                          timeout=self._timeout)
        except (requests.ConnectionError, requests.Timeout, requests.exceptions.RetryError) as exc:
            log.warning("hub %s unreachable on %s %s: %s", self.base_url, method, path, exc)
            raise HubUnreachable(f"the hub at {self.base_url} does not answer: check the network cable and "
                                 "that the hub PC is on") from exc
        return self.answer(response)

    def answer(self, response: requests.Response) -> Any:
        try:
            data = response.json() if response.headers.get("content-type", "").startswith("application/json") \
                else None
        except ValueError:
            data = None
        if response.status_code < 400 and data is not None:
            return data
        error = data.get("error") if isinstance(data, dict) else None
        if isinstance(error, dict) and error.get("code") in STORAGE_CODES:
            # 507 disk_full, 503 database_damaged / database_unreadable: the same errors as a local office
            failure = failure_from(str(error["code"]), str(error.get("message", "")))
            if not isinstance(failure, DiskFull) and self.problem is None:
                self.problem = failure  # as a local office: out of service until the technician mends it
            raise failure
        if isinstance(error, dict) and "code" in error:
            code = str(error["code"])
            problems = error.get("problems")
            wait = error.get("retry_after_s")
            raise kind_for_answer(code, response.status_code)(
                code, str(error.get("message", "")),
                problems=[codec.problem_from(p) for p in problems] if isinstance(problems, list) else (),
                retry_after_s=float(wait) if wait is not None else None)
        # An answer that is not the hub's (a proxy, a captive portal, another program on the port).
        raise HubUnreachable(f"{self.base_url} answered HTTP {response.status_code} but not as the Maktab hub")

    def cached_get(self, path: str, key: str) -> Any:
        """GET, keeping a copy on disk: a PC that boots before the hub can still draw its screens."""
        cache = self._cache_dir / CACHE_FILE if self._cache_dir else None
        try:
            data = self.request("GET", path)
        except HubUnreachable:
            if cache is not None:
                try:
                    return json.loads(cache.read_text(encoding="utf-8"))[key]
                except (OSError, ValueError, KeyError):
                    pass
            raise
        if cache is not None:
            try:
                stored = json.loads(cache.read_text(encoding="utf-8")) if cache.exists() else {}
                stored[key] = data
                with open_private(cache, "w", encoding="utf-8") as f:  # every file in the data folder is 0600
                    f.write(json.dumps(stored, ensure_ascii=False))
            except (OSError, ValueError) as exc:
                log.warning("cannot keep a copy of the hub's %s in %s: %s", key, cache, exc)
        return data

    def close(self) -> None:
        self._http.close()
