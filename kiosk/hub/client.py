"""`RemoteOffice`: the `Office` facade over the hub's LAN API, for desk and display PCs.

Same method names and return types as `kiosk.office.Office` (`Ticket`, `IssuedTicket`,
`CounterFigures`, `StaffSession`, `Catalogue`, `OfficeInfo`, and the concern types
`RegisteredConcern`, `PublicConcernView`, `Concern`, `HistoryEntry`), so a screen does
not know whether its office is local or remote.

Staff sessions: desk actions take the staff token, as on the local Office. The concern
inbox methods keep the local signatures (`staff=` a `StaffSession` or a name); over the
LAN the hub takes who acts, and whether contact details may be shown, from the staff
session: the `staff` session's token when one is given, else the session of the last
`login()` on this RemoteOffice. `can_see_contact=True` only shows contacts when that
session has the `contacts` permission.

    connect(settings), pair(…)           choosing the office and pairing: kiosk/hub/connect.py

Errors: the same classes as a local office (kiosk/office/errors.py), so a screen's
`except NotFound` works for both. The hub sends the code; kiosk/hub/transport.py turns
it (or, for a code this client does not know, the HTTP status) back into its class,
with `.problems` for a refused concern draft and `.retry_after_s` for "lookup_throttled";
the storage failures of the hub's database as the same `StoreError`s. Two refusals are
this client's own: `HubUnreachable` (an `Unavailable`) and `NotPaired` (a `NotLoggedIn`).

Desk actions carry an `action_id` (a new uuid per call unless given); after a network
error the request is retried with the same id (urllib3 `Retry`, explicit timeouts), so
the action is applied once or the desk is told plainly that the hub is unreachable.
Issuing a ticket and registering a concern carry a `request_id` for the same reason.
The `device_id=` keyword of the port is not sent: the hub takes the device from this
PC's token (`OfficePort` in kiosk/office/port.py).

`subscribe(listener)` starts one background thread reading the hub's event stream
(`kiosk/hub/event_stream.py`); the listener is called on that thread with each
`OfficeEvent`, plus two of the client's own:
`hub.connection {"online": bool}` when the stream is lost or back (when lost, also
`"reason"`: "hub_unreachable" or the hub's refusal such as "bad_device_token"), and `hub.resync {}`
when events may have been missed (the hub restarted, or the gap outlived its buffer):
reload what the screen shows. After a short drop the missed events are replayed instead.
The thread reconnects by itself with capped, jittered backoff and `Last-Event-ID`.

Thread use: methods may be called from any thread (they block on the network, so a
screen calls them through its worker helper, never on the GUI thread).
"""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

import requests

from kiosk.domain.activity_report import ActivityReport
from kiosk.domain.catalogue import Catalogue, Service
from kiosk.domain.clock import Clock, SystemClock
from kiosk.domain.concern_filter import ConcernFilter
from kiosk.domain.concerns import (
    Concern,
    ConcernDraft,
    ConcernStatus,
    HistoryEntry,
    PublicConcernView,
    RegisteredConcern,
)
from kiosk.domain.help import HelpRequest
from kiosk.domain.staff import Permission
from kiosk.domain.tickets import IssuedTicket, Priority, Ticket
from kiosk.hub import codec
from kiosk.hub.client_services import ServiceCalls
from kiosk.hub.event_stream import HubEventStream, Listener
from kiosk.hub.events import HEARTBEAT_S
from kiosk.hub.transport import DEFAULT_RETRIES, DEFAULT_TIMEOUT, HubTransport, HubUnreachable, NotPaired
from kiosk.office.desk import CounterFigures
from kiosk.office.errors import NotAllowed, NotFound, OfficeError, StoreError
from kiosk.office.port import OfficePort
from kiosk.office.records import Announcement, Board, CounterChange, CounterState, OfficeInfo
from kiosk.office.staff import StaffSession


class RemoteOffice(ServiceCalls):
    def __init__(self, base_url: str, device_token: str, timeout: float | tuple[float, float] = DEFAULT_TIMEOUT, *,
                 retries: int = DEFAULT_RETRIES, backoff: float = 0.25, reconnect_max_s: float = 10.0,
                 heartbeat_s: float = HEARTBEAT_S, cache_dir: Path | str | None = None):
        self._transport = HubTransport(base_url, device_token, timeout, retries=retries, backoff=backoff,
                                       cache_dir=cache_dir)
        self.base_url = self._transport.base_url
        self._headers = self._transport.headers
        self._clock: Clock = SystemClock()
        self._info: OfficeInfo | None = None
        self._catalogue: Catalogue | None = None
        self._staff_token: str | None = None  # the last login() here: the concern inbox acts with it
        connect_timeout = timeout[0] if isinstance(timeout, tuple) else timeout
        self._events = HubEventStream(self.base_url, self._headers, self._answer, self._forget,
                                      connect_timeout=connect_timeout, heartbeat_s=heartbeat_s,
                                      reconnect_max_s=reconnect_max_s)

    # ---- transport (kiosk/hub/transport.py) ------------------------------------------------------

    def _request(self, method: str, path: str, *, body: dict[str, Any] | None = None,
                 params: dict[str, Any] | None = None, staff: str | None = None) -> Any:
        return self._transport.request(method, path, body=body, params=params, staff=staff)

    def _answer(self, response: requests.Response) -> Any:
        return self._transport.answer(response)

    def _action(self, path: str, token: str, action_id: str | None, **fields: object) -> Any:
        return self._request("POST", path, body={**fields, "action_id": action_id or str(uuid.uuid4())},
                             staff=token)

    # ---- what the office is -----------------------------------------------------------------

    @property
    def info(self) -> OfficeInfo:
        if self._info is None:
            self._info = codec.info_from(self._transport.cached_get("/office", "office"))
        return self._info

    @property
    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            self._catalogue = codec.catalogue_from(self._transport.cached_get("/catalogue", "catalogue"))
        return self._catalogue

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.info.timezone)

    @property
    def clock(self) -> Clock:
        return self._clock

    def services(self) -> tuple[Service, ...]:
        return self.catalogue.active_services()

    @property
    def problem(self) -> StoreError | None:
        """The hub's office is out of service (its database damaged or unreadable), as last
        answered by the hub; None while it has not said so. Asks nothing over the network."""
        return self._transport.problem

    def reload(self) -> None:
        """Forget the cached office info and catalogue (fetched again on next use)."""
        self._info = None
        self._catalogue = None

    # ---- tickets --------------------------------------------------------------------------------

    def issue_ticket(self, service_code: str, priority: Priority = Priority.NONE, language: str = "ar", *,
                     request_id: str | None = None, device_id: str = "") -> IssuedTicket:
        body = {"service_code": service_code, "priority": Priority(priority).value, "language": language,
                "request_id": request_id or str(uuid.uuid4())}
        return codec.issued_from(self._request("POST", "/tickets", body=body))

    def ticket(self, ticket_id: str) -> Ticket | None:
        try:
            return codec.ticket_from(self._request("GET", f"/tickets/{quote(ticket_id, safe='')}"))
        except NotFound as exc:
            if exc.code == "unknown_ticket":
                return None
            raise

    def _wait(self, service_code: str) -> dict[str, Any]:
        return self._request("GET", f"/services/{quote(service_code, safe='')}/wait")

    def waiting_count(self, service_code: str) -> int:
        return int(self._wait(service_code)["waiting"])

    def estimated_wait(self, service_code: str) -> int:
        return int(self._wait(service_code)["estimated_wait_min"])

    def minutes_per_citizen(self, service_code: str) -> float:
        return float(self._wait(service_code)["minutes_per_citizen"])

    def open_counters(self, service_code: str) -> int:
        return int(self._wait(service_code)["open_counters"])

    # ---- staff ------------------------------------------------------------------------------------

    def login(self, name: str, pin: str) -> StaffSession:
        session = codec.session_from(self._request("POST", "/desk/login", body={"name": name, "pin": pin}))
        self._staff_token = session.token
        return session

    def logout(self, token: str) -> None:
        if token == self._staff_token:
            self._staff_token = None
        self._request("POST", "/desk/logout", staff=token)

    def session(self, token: str, permission: Permission | None = None) -> StaffSession:
        params = {"permission": Permission(permission).value} if permission else None
        return codec.session_from(self._request("GET", "/desk/session", params=params, staff=token))

    # ---- desk actions -----------------------------------------------------------------------------

    def open_counter(self, token: str, counter: str, services: list[str], action_id: str | None = None, *,
                     device_id: str = "") -> CounterChange:
        answer: CounterChange = self._action("/desk/counters/open", token, action_id, counter=counter,
                                             services=list(services))
        return answer

    def close_counter(self, token: str, counter: str, action_id: str | None = None, *,
                      device_id: str = "") -> CounterChange:
        answer: CounterChange = self._action("/desk/counters/close", token, action_id, counter=counter)
        return answer

    def call_next(self, token: str, counter: str, action_id: str | None = None, *,
                  device_id: str = "") -> Ticket | None:
        return codec.ticket_from(self._action("/desk/call-next", token, action_id, counter=counter)["ticket"])

    def call_ticket(self, token: str, counter: str, ticket_id: str, action_id: str | None = None, *,
                    device_id: str = "") -> Ticket:
        return self._ticket_answer(self._action("/desk/call-ticket", token, action_id, counter=counter,
                                                ticket_id=ticket_id))

    def recall(self, token: str, ticket_id: str, action_id: str | None = None, *, device_id: str = "") -> Ticket:
        return self._ticket_answer(self._action("/desk/recall", token, action_id, ticket_id=ticket_id))

    def start_service(self, token: str, ticket_id: str, action_id: str | None = None, *,
                      device_id: str = "") -> Ticket:
        return self._ticket_answer(self._action("/desk/start", token, action_id, ticket_id=ticket_id))

    def finish(self, token: str, ticket_id: str, action_id: str | None = None, *, device_id: str = "") -> Ticket:
        return self._ticket_answer(self._action("/desk/finish", token, action_id, ticket_id=ticket_id))

    def no_show(self, token: str, ticket_id: str, action_id: str | None = None, *, device_id: str = "") -> Ticket:
        return self._ticket_answer(self._action("/desk/no-show", token, action_id, ticket_id=ticket_id))

    def transfer(self, token: str, ticket_id: str, to_service: str, action_id: str | None = None, *,
                 device_id: str = "") -> Ticket:
        return self._ticket_answer(self._action("/desk/transfer", token, action_id, ticket_id=ticket_id,
                                                to_service=to_service))

    def _ticket_answer(self, answer: dict[str, Any]) -> Ticket:
        """The ticket of an answer (always there: the hub refuses rather than answer none; only a
        ticket deleted by hand between the action and its answer is missing, as locally)."""
        ticket = codec.ticket_from(answer["ticket"])
        if ticket is None:
            raise NotFound("unknown_ticket", "no such ticket")
        return ticket

    def _tickets(self, rows: list[dict[str, Any]]) -> list[Ticket]:
        return [self._ticket_answer({"ticket": row}) for row in rows]

    # ---- concerns: the citizen ----------------------------------------------------------------------

    def register_concern(self, draft: ConcernDraft, *, request_id: str | None = None,
                         device_id: str = "") -> RegisteredConcern:
        body = {**codec.draft_json(draft), "request_id": request_id or str(uuid.uuid4())}
        return codec.registered_from(self._request("POST", "/concerns", body=body))

    def take_concern(self, token: str, draft: ConcernDraft, *, request_id: str | None = None,
                     device_id: str = "") -> RegisteredConcern:
        body = {**codec.draft_json(draft), "request_id": request_id or str(uuid.uuid4())}
        return codec.registered_from(self._request("POST", "/desk/concerns", body=body, staff=token))

    def concern_public_view(self, code_text: str) -> PublicConcernView:
        return codec.public_view_from(self._request("GET", "/concerns/follow-up", params={"code": code_text}))

    def follow_up_retry_after(self) -> float:
        return float(self._request("GET", "/concerns/follow-up/retry-after")["retry_after_s"])

    # ---- concerns: the desk inbox --------------------------------------------------------------------

    def _staff_token_for(self, staff: StaffSession | str | None = None) -> str:
        """The token the hub judges: the given session's, else the last login's ("" → not_logged_in)."""
        token = staff.token if isinstance(staff, StaffSession) else None
        return token or self._staff_token or ""

    def list_concerns(self, filters: ConcernFilter | None = None, *, can_see_contact: bool = False) -> list[Concern]:
        params = {**codec.filter_params(filters), "contact": _flag(can_see_contact)}
        return [codec.concern_from(c) for c in
                self._request("GET", "/desk/concerns", params=params, staff=self._staff_token_for())]

    def get_concern(self, code: str, can_see_contact: bool = False) -> Concern:
        return codec.concern_from(self._request("GET", f"/desk/concerns/{quote(code, safe='')}",
                                                params={"contact": _flag(can_see_contact)},
                                                staff=self._staff_token_for()))

    def add_concern_note(self, code: str, text: str, public: bool, staff: StaffSession | str | None = None,
                         action_id: str | None = None, *, device_id: str = "") -> HistoryEntry:
        """As `Office.add_concern_note`; the note is signed with the session's name (not a name given here).
        A desk that retries after a lost answer passes the same `action_id`: the note is added once."""
        return codec.history_from(self._action(f"/desk/concerns/{quote(code, safe='')}/notes",
                                               self._staff_token_for(staff), action_id, text=text,
                                               public=bool(public)))

    def change_concern_status(self, code: str, status: ConcernStatus | str, reason: str | None = None,
                              staff: StaffSession | str | None = None, action_id: str | None = None, *,
                              device_id: str = "") -> Concern:
        value = status.value if isinstance(status, ConcernStatus) else str(status)
        return codec.concern_from(self._action(f"/desk/concerns/{quote(code, safe='')}/status",
                                               self._staff_token_for(staff), action_id, status=value, reason=reason))

    # ---- calls for help --------------------------------------------------------------------------

    def ask_for_help(self, kiosk_name: str = "", *, device_id: str = "") -> HelpRequest:
        """The hub names the kiosk from its pairing: `kiosk_name` is not sent (nor `device_id`)."""
        return codec.help_from(self._request("POST", "/help"))

    def acknowledge_help(self, token: str, request_id: str, action_id: str | None = None, *,
                         device_id: str = "") -> HelpRequest:
        return codec.help_from(self._action("/desk/help/acknowledge", token, action_id, request_id=request_id))

    def help_request(self, request_id: str) -> HelpRequest | None:
        try:
            return codec.help_from(self._request("GET", f"/help/{quote(request_id, safe='')}"))
        except NotFound as exc:
            if exc.code == "unknown_help_request":
                return None
            raise

    def open_help_requests(self) -> list[HelpRequest]:
        return [codec.help_from(r) for r in self._request("GET", "/help")]

    def activity_report(self, token: str, first_day: dt.date, last_day: dt.date) -> ActivityReport:
        return codec.activity_report_from(self._request(
            "GET", "/desk/reports/activity", params={"first": first_day.isoformat(), "last": last_day.isoformat()},
            staff=token))

    # ---- sync with the central server (through the hub) ---------------------------------------------

    def sync_status(self) -> dict[str, Any]:
        """The hub's sync indicator: see `kiosk.hub.sync_runner` (`{"enrolled": false}` when it does not sync)."""
        return self._request("GET", "/sync-status")

    def public_url(self) -> str | None:
        """The central server's address for the citizens' pages, as the hub last pulled it (None: unset)."""
        try:
            value = self._request("GET", "/public-url").get("public_url")
        except NotFound:  # a hub that predates public pages: receipts stay as they were
            return None
        return value if isinstance(value, str) and value else None

    def sync_now(self, token: str | None = None) -> bool:
        """Ask the hub to push and pull now (any logged-in clerk or supervisor); False when it does not sync."""
        try:
            return bool(self._request("POST", "/sync-now", staff=token or self._staff_token or "")["ok"])
        except OfficeError as exc:
            if exc.code == "sync_not_enrolled":
                return False
            raise

    # ---- what desks and the display read ----------------------------------------------------------

    def counters(self) -> list[CounterState]:
        answer: list[CounterState] = self._request("GET", "/counters")
        return answer

    def waiting_tickets(self, services: list[str] | None = None, limit: int = 200) -> list[Ticket]:
        params: dict[str, Any] = {"limit": limit}
        if services:
            params["service"] = list(services)
        return self._tickets(self._request("GET", "/waiting-tickets", params=params))

    def waiting_counts(self) -> dict[str, int]:
        return {code: int(n) for code, n in self._request("GET", "/waiting-counts").items()}

    def recent_calls(self, limit: int = 6) -> list[Ticket]:
        return self._tickets(self._request("GET", "/recent-calls", params={"limit": limit}))

    def counter_figures(self, counter: str) -> CounterFigures:
        return codec.figures_from(self._request("GET", f"/counters/{quote(str(counter), safe='')}/figures"))

    def announcements(self) -> list[Announcement]:
        answer: list[Announcement] = self._request("GET", "/announcements")
        return answer

    def set_announcement(self, token: str | None, texts: dict[str, str], source: str = "desk") -> None:
        if source != "desk":
            raise NotAllowed("forbidden", "only desk announcements can be set over the LAN")
        self._request("PUT", "/announcements", body={"texts": dict(texts)}, staff=token or "")

    def board(self) -> Board:
        """The display's whole picture in one request: recent calls, waiting counts, announcements, counters."""
        data = self._request("GET", "/board")
        return Board(recent_calls=self._tickets(data["recent_calls"]),
                     waiting_counts={code: int(n) for code, n in data["waiting_counts"].items()},
                     announcements=data["announcements"], counters=data["counters"], event_id=data.get("event_id"))

    # ---- live updates (kiosk/hub/event_stream.py) -------------------------------------------

    @property
    def online(self) -> bool | None:
        """Whether the event stream is connected (None before the first attempt)."""
        return self._events.online

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        return self._events.subscribe(listener)

    def _forget(self, kind: str) -> None:
        """What an event makes stale here: everything after a resync, the catalogue when it changed."""
        if kind == "resync":
            self.reload()
        elif kind == "catalogue.changed":
            self._catalogue = None  # the central office changed a service: fetch it again

    def close(self) -> None:
        """Stop the event thread and release connections."""
        self._events.close()
        self._transport.close()


def _flag(value: bool) -> str:
    return "true" if value else "false"


if TYPE_CHECKING:  # mypy: the LAN client is an OfficePort (tests/office/test_port.py compares the signatures)
    _remote: type[OfficePort] = RemoteOffice


# HubUnreachable, NotPaired and DEFAULT_TIMEOUT are imported from here by the screens and tools.
__all__ = ["DEFAULT_TIMEOUT", "HubUnreachable", "NotPaired", "RemoteOffice"]
