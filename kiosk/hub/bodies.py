"""What the hub's LAN API accepts and refuses, as its OpenAPI description declares it.

Request bodies are pydantic models with a bound on every string, list and number, so
any input is either accepted or refused with a 4xx in the house format — never a 500.
`ErrorBody` is that format (`{"error": {"code", "message", ...}}`), and `refusals()`
declares which 4xx answers a route may give (`responses=` on each route), so the
OpenAPI description at /lan/v1/openapi.json tells a client every answer it can get.
tests/hub/test_openapi_fuzz.py checks the hub against this description with schemathesis.
"""
from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from kiosk.domain.concerns import ConcernStatus
from kiosk.domain.tickets import Priority

ID = 64  # request and action ids: a uuid is 36 characters
NAME = 200
SHORT = 100
NOTE = 20_000  # the office refuses more than 1,000 characters of a note, with its own code
MAX_DAYS = 36_500  # age filters of the concerns inbox: a century is "all of them"
MAX_OFFSET = 1_000_000
STATUSES = [s.value for s in ConcernStatus]
# A concern status is checked by the office, so a wrong one is refused with its own code
# (400 `bad_status`), as on the hub's own PC; the description still lists the right ones.
StatusText = Annotated[str, Field(max_length=SHORT, json_schema_extra={"enum": STATUSES})]


# ---- errors -------------------------------------------------------------------------------------


class ErrorDetail(BaseModel):
    model_config = ConfigDict(extra="allow")  # `problems` of a refused draft, `retry_after_s` of a throttle

    code: str = Field(description="the Office's error code, e.g. `bad_state`")
    message: str = Field(description="what is wrong and what to do, in English")


class ErrorBody(BaseModel):
    error: ErrorDetail


_MEANING = {
    400: "refused: the Office's own rule (e.g. `bad_counter`, `bad_login`, a concern draft's problems)",
    401: "`bad_device_token` (pair this PC again) or `not_logged_in` (log in with the PIN)",
    403: "`device_forbidden` (this kind of device may not), `forbidden` (this role may not), `bad_pairing_code`",
    404: "`unknown_ticket`, `unknown_service`, `unknown_staff`, `code_unknown`, `unknown_help_request`",
    409: "`bad_state`, `counter_closed`, … or `action_id_reused` (the id was used for a different request)",
    413: "`body_too_large`: the body is over the hub's limit (`hub.max_body_bytes`)",
    422: "`bad_request`: the body or query does not match this description",
    423: "`locked`: too many wrong PINs",
    429: "`lookup_throttled` or `pairing_throttled` (with `retry_after_s`)",
    503: "`database_damaged` or `database_unreadable`: the office database needs the technician "
         "(maktab-sync doctor)",
    507: "`disk_full`: nothing was saved; the same request may succeed once space is freed",
}
# Any route: a body over the limit, a malformed body, query or header; a damaged database or a full disk.
ALWAYS = (413, 422, 503, 507)


def refusals(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The `responses=` of a route that may refuse with these statuses (and `ALWAYS`)."""
    return {status: {"model": ErrorBody, "description": _MEANING[status]}
            for status in sorted({*statuses, *ALWAYS})}


# ---- request bodies ---------------------------------------------------------------------------


class PairBody(BaseModel):
    code: str = Field(max_length=SHORT)
    name: str = Field(max_length=NAME)
    kind: Literal["desk", "display", "kiosk"] = "desk"
    training: bool = Field(False, description="the PC runs in training mode: only a training hub pairs it")


class IssueBody(BaseModel):
    service_code: str = Field(max_length=SHORT)
    priority: Priority = Priority.NONE
    language: str = Field("ar", max_length=10)
    request_id: str | None = Field(None, max_length=ID, description="the same id again gets the same ticket")


class LoginBody(BaseModel):
    name: str = Field(max_length=NAME)
    pin: str = Field(max_length=SHORT)


class Action(BaseModel):
    action_id: str | None = Field(None, max_length=ID, description="the same action again gets the first answer; "
                                                                   "another action with a used id: 409")


class OpenCounterBody(Action):
    counter: str = Field(max_length=SHORT)
    services: list[str] = Field(max_length=SHORT)


class CounterBody(Action):
    counter: str = Field(max_length=SHORT)


class CallTicketBody(Action):
    counter: str = Field(max_length=SHORT)
    ticket_id: str = Field(max_length=SHORT)


class TicketBody(Action):
    ticket_id: str = Field(max_length=SHORT)


class TransferBody(Action):
    ticket_id: str = Field(max_length=SHORT)
    to_service: str = Field(max_length=SHORT)


class AnnouncementBody(BaseModel):
    texts: dict[str, Annotated[str, Field(max_length=NOTE)]] = Field(
        max_length=10, description="language → text (the display shows 200 characters)")


class ContactBody(BaseModel):
    name: str | None = Field(None, max_length=1000)
    phone: str | None = Field(None, max_length=SHORT)


class ConcernBody(BaseModel):
    category: str = Field(max_length=SHORT)
    text: str = Field(max_length=NOTE)  # the office refuses more than 1,000 characters, with its own code
    language: str = Field(max_length=10)
    place: str | None = Field(None, max_length=2000)
    contact: ContactBody | None = None
    consent: bool = False
    publish_text: bool = Field(False, description="the citizen agreed to the anonymous publication of the text")
    channel: str = Field("kiosk", max_length=20, description="how the concern came: kiosk (POST /concerns); "
                         "counter, phone, letter or email (POST /desk/concerns, a clerk for the citizen)")
    request_id: str | None = Field(None, max_length=ID, description="the same id again gets the same concern")


class NoteBody(Action):
    text: str = Field(max_length=NOTE)
    public: bool = False


class ConcernStatusBody(Action):
    status: StatusText
    reason: str | None = Field(None, max_length=NOTE)


class HelpAckBody(Action):
    request_id: str = Field(max_length=SHORT, description="the help request a clerk answers")


class ServiceControlBody(Action):
    closed: bool = Field(False, strict=True)
    hours: dict[str, list[Annotated[str, Field(max_length=5)]]] = Field(
        default_factory=dict, max_length=7, description='weekday 0 (Monday) … 6 → ["HH:MM", "HH:MM"]; {}: no hours')
    daily_limit: int | None = Field(None, strict=True, description="tickets a day at most (none: no limit)")
    target_minutes: int | None = Field(None, strict=True, description="the waiting target (none: the catalogue's)")


# The refusals most routes share.
PAIRED = refusals(401)  # any paired device may ask
DESK = refusals(401, 403)  # a desk device, and a staff session for most
ACTING = refusals(400, 401, 403, 404, 409)  # a desk action: the office's rules, its state, a reused action id
