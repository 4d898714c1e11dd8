"""Open311 GeoReport v2 (read only): the concerns as open data, for anyone, without a login.

    Open311(engine, categories)                    categories: () -> the category codes the server knows
    .services() -> list[dict]                      one service per concern category
    .requests(query: RequestQuery) -> list[dict]   newest first, at most MAX_ROWS
    requests_select(query) -> Select               the list's SQL (its plan is checked in the tests)
    .request(service_request_id) -> dict           one concern, or Refused 404
    parse_request_query(params, now) -> RequestQuery   bad parameters → Open311Refused 400 naming them
    to_json(items) / to_xml(root, item, items)     the two encodings GeoReport defines

**What is published.** A concern's category, status and dates, and the office that works it. Its
text is published as `description` only when the citizen agreed at the kiosk to its anonymous
publication (`concerns.publish_text` = 1, from the `publish_text` of the registered event; every
concern without that explicit yes, including those of offices that predate the question, has an
empty `description`). `status_notes` stays empty. Contact details are never read here at all.

**Identifiers.** `service_request_id` is `<office_code>:<code>` (the concern's public tracking code is
unique only within its office). `jurisdiction_id` is a commune (`offices.commune`); without it the
answer covers every commune. Times are W3C/ISO 8601 with the offices' offset (Africa/Algiers).

Public, so scope-free: no `StaffUser` here, and the only columns selected are the public ones.
Runs in Starlette's thread pool (the router's plain `def` routes).
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import logging
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from sqlalchemy import Connection, Engine, Select, case, null, select
from sqlalchemy.exc import OperationalError

from sync import protocol as P
from sync.server import db as D
from sync.server.concerns import rules
from sync.server.errors import Refused
from sync.server.office_zone import OFFICE_ZONE

log = logging.getLogger(__name__)

MAX_ROWS = 1000
MAX_SPAN = dt.timedelta(days=90)
OPEN, CLOSED = "open", "closed"
#: GeoReport's two statuses from the workflow's five.
STATUS_OF = {**dict.fromkeys(rules.OPEN_STATUSES, OPEN), rules.ANSWERED: CLOSED, rules.CLOSED: CLOSED,
             rules.REJECTED: CLOSED}
WORKFLOW_STATUSES = {OPEN: list(rules.OPEN_STATUSES), CLOSED: [rules.ANSWERED, rules.CLOSED, rules.REJECTED]}


class Open311Refused(Refused):
    """A refusal told in Open311's error shape: `[{"code": 400, "description": "…"}]`."""

    def __init__(self, description: str, http_status: int):
        super().__init__(description, "open311", http_status)


@dataclasses.dataclass(frozen=True)
class RequestQuery:
    start: dt.datetime
    end: dt.datetime
    service_codes: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()  # "open" / "closed"; empty: both
    jurisdiction: str | None = None


def parse_request_query(params: Mapping[str, str], now: dt.datetime) -> RequestQuery:
    """The list's filters from the query string; defaults: the 90 days up to now, every status."""
    start = _parse_date(params, "start_date")
    end = _parse_date(params, "end_date")
    if end is None:
        end = start + MAX_SPAN if start is not None else now
    if start is None:
        start = end - MAX_SPAN
    if start > end:
        raise Open311Refused("start_date is after end_date: give a start_date before the end_date", 400)
    if end - start > MAX_SPAN:
        raise Open311Refused("start_date and end_date are more than 90 days apart: ask for 90 days at most", 400)
    statuses = _list(params, "status")
    for status in statuses:
        if status not in (OPEN, CLOSED):
            raise Open311Refused(f"status {status[:40]!r} is not open or closed: use status=open or status=closed",
                                 400)
    jurisdiction = params.get("jurisdiction_id", "").strip() or None
    return RequestQuery(start, end, _list(params, "service_code"), statuses, jurisdiction)


def _list(params: Mapping[str, str], name: str) -> tuple[str, ...]:
    """GeoReport allows several values separated by commas."""
    return tuple(v.strip() for v in params.get(name, "").split(",") if v.strip())


def _parse_date(params: Mapping[str, str], name: str) -> dt.datetime | None:
    value = params.get(name, "").strip()
    if not value:
        return None
    try:
        when = dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "+"))
    except ValueError:
        raise Open311Refused(f"{name} {value[:40]!r} is not an ISO 8601 time: write it like "
                             "2026-09-06T08:30:00+01:00", 400) from None
    # A time without an offset is read in the offices' zone, like the dates on their receipts.
    return when if when.tzinfo else when.replace(tzinfo=OFFICE_ZONE)


def w3c_time(stored: str | None) -> str | None:
    """A stored UTC time as W3C with the offices' offset: 2026-09-06T09:00:00+01:00."""
    if not stored:
        return None
    try:
        return P.parse_time(stored).astimezone(OFFICE_ZONE).isoformat(timespec="seconds")
    except (P.ProtocolError, ValueError):
        return None


class Open311:
    def __init__(self, engine: Engine, categories: Callable[[], list[str]]):
        self.engine = engine
        self._categories = categories

    def services(self) -> list[dict[str, Any]]:
        # Categories carry no names yet: the code is the name.
        return [{"service_code": code, "service_name": code, "description": "", "metadata": False,
                 "type": "realtime", "keywords": "", "group": ""} for code in self._categories()]

    def requests(self, query: RequestQuery) -> list[dict[str, Any]]:
        with _reading(self.engine) as conn:
            if query.jurisdiction is not None:
                known = conn.execute(select(D.offices.c.code).where(D.offices.c.commune == query.jurisdiction)
                                     .limit(1)).first()
                if known is None:
                    raise Open311Refused(f"jurisdiction_id {query.jurisdiction[:60]!r} is not a commune of this "
                                         "server: leave it out to see every commune", 404)
            return [_request(r) for r in conn.execute(requests_select(query))]

    def request(self, service_request_id: str) -> dict[str, Any]:
        office_code, _, code = service_request_id.partition(":")
        c = D.concerns.c
        with _reading(self.engine) as conn:
            row = conn.execute(_public_select().where(c.office_code == office_code, c.code == code)).first()
        if row is None or not code:
            raise Open311Refused(f"there is no request {service_request_id[:80]!r}: write it as "
                                 "OFFICE_CODE:CONCERN_CODE, as in the list of requests", 404)
        return _request(row)


@contextlib.contextmanager
def _reading(engine: Engine) -> Iterator[Connection]:
    """A read-only connection; a database that does not answer is told in Open311's shape (503),
    since the back office's HTML error page is no answer for an Open311 client."""
    try:
        with D.read_only(engine) as conn:
            yield conn
    except OperationalError as exc:
        log.warning("database unavailable for Open311: %s", str(exc).splitlines()[0] if str(exc) else exc)
        raise Open311Refused("the database did not answer in time: try again in a moment", 503) from None


def requests_select(query: RequestQuery) -> Select:
    """The list's query: a range of `registered_at` (index concerns_registered), newest first."""
    c = D.concerns.c
    q = _public_select().where(c.registered_at >= P.format_time(query.start),
                               c.registered_at <= P.format_time(query.end))
    if query.service_codes:
        q = q.where(c.category.in_(query.service_codes))
    if query.statuses and set(query.statuses) != {OPEN, CLOSED}:
        q = q.where(c.status.in_(WORKFLOW_STATUSES[query.statuses[0]]))
    if query.jurisdiction is not None:
        q = q.where(D.offices.c.commune == query.jurisdiction)
    return q.order_by(c.registered_at.desc(), c.office_code, c.code).limit(MAX_ROWS)


def _public_select() -> Select:
    """Only the public columns: never answer, reason, owner or anything about the citizen; the text
    only where the citizen agreed to its publication (NULL otherwise, so it never leaves the database)."""
    c = D.concerns.c
    published_text = case((c.publish_text == 1, c.text), else_=null()).label("published_text")
    return (select(c.office_code, c.code, c.category, c.status, c.registered_at, c.updated_at, c.due_at,
                   published_text, D.offices.c.name.label("office_name"))
            .select_from(D.concerns.join(D.offices, D.offices.c.code == c.office_code)))


def _request(row: Any) -> dict[str, Any]:
    category = row.category or ""
    return {"service_request_id": f"{row.office_code}:{row.code}", "status": STATUS_OF.get(row.status, OPEN),
            "status_notes": "", "service_name": category, "service_code": category,
            "description": row.published_text or "",
            "agency_responsible": row.office_name, "service_notice": "",
            "requested_datetime": w3c_time(row.registered_at), "updated_datetime": w3c_time(row.updated_at),
            "expected_datetime": w3c_time(row.due_at), "address": "", "address_id": "", "zipcode": "",
            "lat": None, "long": None, "media_url": ""}


# ---------------------------------------------------------------------------- encodings


def to_json(items: list[dict[str, Any]]) -> bytes:
    return json.dumps(items, ensure_ascii=False, separators=(",", ":")).encode()


def to_xml(root: str, item: str, items: list[dict[str, Any]]) -> bytes:
    """`<root><item><field>…</field></item></root>`; ElementTree escapes; None is an empty element."""
    top = ET.Element(root)
    for entry in items:
        element = ET.SubElement(top, item)
        for name, value in entry.items():
            ET.SubElement(element, name).text = _xml_text(value)
    return ET.tostring(top, encoding="utf-8", xml_declaration=True)


def _xml_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def error_items(refused: Refused) -> list[dict[str, Any]]:
    return [{"code": refused.http_status, "description": refused.message}]


__all__ = ["MAX_ROWS", "MAX_SPAN", "Open311", "Open311Refused", "RequestQuery", "error_items",
           "parse_request_query", "requests_select", "to_json", "to_xml", "w3c_time"]
