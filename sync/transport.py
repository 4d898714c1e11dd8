"""HTTP to the central server, as the sync client does it: one request, one checked answer.

    check_server_url(url, allow_http) → base URL   https, or http to loopback / when allowed
    make_session(ca_bundle)           → requests.Session with urllib3 retries for connection problems
    send(session, method, url, …)     → Response, or a SyncError that says what happened and what to do
    json_answer(response, ok, what)   → the JSON of a success, or the SyncError for this status and body
    fetch_health(session, base, …)    → `P.Health`, or an error saying `base` is not a Maktab server
    parse_retry_after(header)         → seconds, or None

What counts as success: only an answer with an expected status, a JSON content type and
(checked by the caller with `sync.protocol.parse_*`) the protocol's shape. A Wi-Fi login
page answering 200 with HTML is `UnexpectedAnswer`.

Retries: urllib3's `Retry` repeats a request after a connection error or a cut (safe: a
batch is stored idempotently by (device_id, seq); pulls are GETs; enrolment retries only
connection failures, since its one-time code is spent by the first try). HTTP
429/500/502/503/504 are not retried here: they raise `ServerBusy` with the server's
`Retry-After`, and the caller waits (`sync.backoff.Backoff`), so the loop can stop or be
woken while waiting instead of sleeping inside urllib3.

Blocking calls, on the caller's thread (the sync loop's, or the CLI's).
"""
from __future__ import annotations

import datetime as dt
import ipaddress
import urllib.parse
from collections.abc import Iterable
from email.utils import parsedate_to_datetime
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from sync import protocol as P
from sync.answers import base_of, connection_failure, first_words, short_reason
from sync.errors import ConfigError, Refused, ServerBusy, ServerUnreachable, TLSError, Unauthorized, UnexpectedAnswer

DEFAULT_TIMEOUT = (5.0, 30.0)  # (connect, read) seconds
USER_AGENT = "maktab-sync/1"
Timeout = tuple[float, float]
QUEUED = "Events stay safely queued."  # what a network failure means for the office's data

def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_server_url(url: str, allow_http: bool = False) -> str:
    """The URL without a trailing slash; ConfigError unless https (or http to loopback / allowed)."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"server URL {url!r} is not valid: give it as https://HOST[:PORT]")
    if parts.scheme == "http" and not allow_http and not is_loopback(parts.hostname):
        raise ConfigError(f"server URL {url!r} uses plain http to another machine: the device token would "
                          "travel unencrypted. Use https://, or pass --allow-http if this network is trusted.")
    return url.strip().rstrip("/")


def parse_retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
        return max(0.0, (when - (now or P.utc_now())).total_seconds())
    except (TypeError, ValueError, IndexError):
        return None


def _connection_retry(post_is_safe: bool) -> Retry:
    """urllib3 Retry for connection problems only (status codes are the caller's business)."""
    return Retry(
        total=3, connect=3, read=3 if post_is_safe else 0, status=0, other=0, redirect=0,
        allowed_methods=frozenset({"GET", "HEAD", "POST"}) if post_is_safe else frozenset({"GET", "HEAD"}),
        status_forcelist=(), raise_on_status=False, raise_on_redirect=False,
        backoff_factor=0.2, backoff_max=2.0, backoff_jitter=0.2,
    )


def make_session(ca_bundle: str | None = None, *, post_is_safe: bool = True) -> requests.Session:
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=_connection_retry(post_is_safe), pool_connections=1, pool_maxsize=2)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.verify = ca_bundle or True
    session.trust_env = False  # no surprise proxies from the environment on a kiosk
    session.headers["User-Agent"] = USER_AGENT
    return session


def send(session: requests.Session, method: str, url: str, timeout: Timeout, *, consequence: str = QUEUED,
         **kwargs: Any) -> requests.Response:
    """One request; a network failure becomes a SyncError saying what was tried, what happened, what to do,
    and `consequence` (what it means for the office's data)."""
    base = base_of(url)
    try:
        return session.request(method, url, timeout=timeout, allow_redirects=False, **kwargs)
    except requests.exceptions.SSLError as exc:
        raise TLSError(f"the TLS certificate of {base} did not verify ({short_reason(exc)}). Check the server address, "
                       "the date and time of this machine, or configure the private CA with --ca-bundle.") from None
    except requests.exceptions.Timeout as exc:
        raise ServerUnreachable(f"the server at {base} did not answer in time ({short_reason(exc)}); the network "
                                f"may be slow or down, or a firewall drops the connection. {consequence}") from None
    except requests.exceptions.ConnectionError as exc:
        what, advice = connection_failure(exc, url)
        raise ServerUnreachable(f"cannot reach the server at {base}: {what}. {advice} {consequence}") from None
    except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError) as exc:
        # Cut while the answer's body arrived (urllib3 retries only up to the headers): the
        # server may have stored the batch; sending it again is answered "duplicate".
        raise ServerUnreachable(f"the connection to {base} was cut while the server's answer arrived "
                                f"({short_reason(exc)}); it will be sent again, safely.") from None
    except requests.exceptions.RequestException as exc:
        raise ServerUnreachable(f"the request to {base} failed ({short_reason(exc)}). {consequence}") from None


def json_answer(resp: requests.Response, ok: Iterable[int], what: str) -> Any:
    """The JSON of a successful answer, or the right SyncError for this status and body."""
    status = resp.status_code
    ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
    is_json = ctype == "application/json" or ctype.endswith("+json")
    body: Any = None
    if is_json:
        try:
            body = resp.json()
        except ValueError:
            body = None
    if status in ok:
        if not is_json or body is None:
            words = first_words(resp)
            raise UnexpectedAnswer(f"{resp.url} answered the {what} with status {status} and "
                                   f"{ctype or 'no content type'}{' ' + words if words else ''}, not the server's "
                                   "JSON: a Wi-Fi login page (captive portal) or a proxy is probably in the way, "
                                   "or this is not the Maktab server's address. Open a browser on this network, "
                                   "or check the server URL.")
        return body
    err = P.parse_error_body(body)
    words = "" if err else first_words(resp)
    reason = err["message"] if err else f"HTTP {status} {resp.reason or ''}".strip() + (f" {words}" if words else "")
    code = err["code"] if err else ""
    if status == 429 or status >= 500:
        raise ServerBusy(f"the server is busy or failing ({status}): {reason}", status,
                         parse_retry_after(resp.headers.get("retry-after")))
    if status in (401, 403) and code not in ("invalid_code",):
        raise Unauthorized(f"the server refused this device ({status}): {reason}", status, code)
    if not err and 300 <= status < 400:
        raise UnexpectedAnswer(f"the {what} request to {resp.url} was redirected ({status} to "
                               f"{resp.headers.get('location', '?')}): a captive portal or a wrong server URL.")
    raise Refused(f"the server refused the {what} ({status}): {reason}", status, code)


def fetch_health(session: requests.Session, base: str, timeout: Timeout, consequence: str = QUEUED) -> P.Health:
    """The server's health answer, or an error that says when `base` is not a Maktab server at all."""
    url = base + P.HEALTH_PATH
    resp = send(session, "GET", url, timeout, headers={"Accept": "application/json"}, consequence=consequence)
    try:
        return P.parse_health(json_answer(resp, (200,), "health check"))
    except Refused as exc:  # a 404 or the like: some web server, or a Maktab server under another path
        words = first_words(resp)
        raise Refused(f"no Maktab server answers at {base}: {url} answered {resp.status_code} "
                      f"{resp.reason or ''}{' ' + words if words else ''}. Check the server URL: give the address "
                      "maktab-server listens on, e.g. https://maktab.example.dz or http://127.0.0.1:8443, without "
                      "/api/…", exc.status, exc.code) from None
    except P.ProtocolError as exc:
        raise UnexpectedAnswer(f"{url} answered JSON that is not a Maktab server's health ({exc.message}). "
                               "Check the server URL.") from None


__all__ = ["DEFAULT_TIMEOUT", "QUEUED", "USER_AGENT", "Timeout", "check_server_url", "fetch_health", "is_loopback",
           "json_answer", "make_session", "parse_retry_after", "send"]
