"""The concern list: filters, sorting, keyset pages, and the same list as CSV and JSON.

    GET /concerns                 the page; an htmx request (filter form, "next page") gets only the results
    GET /concerns.csv             every row of the same query (up to DOWNLOAD_CAP), for a spreadsheet;
                                  `Link: rel="next"` when capped (sync/server/web/downloads.py writes it)
    GET /concerns.json            the same rows as JSON, with `truncated` and the `next` page when capped

The query string is the filter form's fields, named as `ConcernQuery`'s (office, category,
status, channel, assigned_to_me, unassigned, overdue, received_from, received_to, text, sort,
after); a bad value is shown next to its field. Scope is the service's: an office the user
does not see is silently left out. Plain `def` routes: Starlette's thread pool.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request

from sync.server.concerns import ConcernPage, ConcernQuery, ConcernRow, listing
from sync.server.errors import Refused
from sync.server.form_errors import N_, InvalidField
from sync.server.staff import StaffUser
from sync.server.web import downloads, i18n
from sync.server.web.concern_labels import CHANNEL_LABELS, LANGUAGE_LABELS, SORT_LABELS, STATUS_LABELS
from sync.server.web.forms import field_errors
from sync.server.web.security import require_user
from sync.server.web.templating import render, request_language
from sync.server.web.timefmt import local_time

router = APIRouter()

PAGE_SIZE = 50
DOWNLOAD_PAGE = listing.MAX_LIMIT
#: A download stops here (200 queries of 100 rows); `truncated` and the `next` link say so.
DOWNLOAD_CAP = 20_000
ANY_STATUS = "any"
FILTERS = ("office", "category", "status", "channel", "assigned_to_me", "unassigned", "overdue", "received_from",
           "received_to", "text", "sort")
CSV_COLUMNS = ("office_code", "code", "category", "status", "channel", "language", "received", "due", "overdue",
               "assigned_to", "excerpt")
#: JSON also carries the stored UTC times, for a script.
JSON_COLUMNS = (*CSV_COLUMNS, "registered_at", "due_at")


def _flag(params: Mapping[str, str], name: str) -> bool:
    return params.get(name, "") not in ("", "0", "false", "off")


def _date(params: Mapping[str, str], name: str) -> dt.date | None:
    raw = params.get(name, "").strip()
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise InvalidField(name, N_("{value!r} is not a date; give it as year-month-day, e.g. 2026-09-06."),
                           {"value": raw}) from None


def filter_values(params: Mapping[str, str]) -> dict[str, str]:
    """The filter form's fields as the person left them (the list opens on open concerns)."""
    values = {name: params.get(name, "") for name in FILTERS}
    if "status" not in params and not _flag(params, "overdue"):
        values["status"] = listing.OPEN
    values["sort"] = values["sort"] or "newest"
    return values


def concern_query(values: Mapping[str, str], after: str | None = None, limit: int = PAGE_SIZE) -> ConcernQuery:
    """The service's query for the form's values; refuses a bad value naming its field."""
    status = values.get("status") or ANY_STATUS
    office = values.get("office", "").strip()
    return ConcernQuery(
        offices=(office,) if office else (), category=values.get("category", "").strip() or None,
        status=None if status == ANY_STATUS else status, channel=values.get("channel", "").strip() or None,
        assigned_to_me=_flag(values, "assigned_to_me"),
        unassigned=_flag(values, "unassigned"), overdue=_flag(values, "overdue"),
        received_from=_date(values, "received_from"), received_to=_date(values, "received_to"),
        text=values.get("text", "").strip() or None, sort=values.get("sort") or "newest", after=after or None,
        limit=limit)


def _query_string(values: Mapping[str, str], **extra: str) -> str:
    kept = {name: value for name, value in values.items() if value}
    if "status" not in kept:
        kept["status"] = ANY_STATUS  # an empty status means "any", not the default "open"
    return urlencode({**kept, **extra})


def translator(request: Request, user: StaffUser):
    """The gettext of the page's language, for option labels built before rendering."""
    return i18n.translations(request_language(request, user)).gettext


def _choices(request: Request, user: StaffUser) -> dict[str, Any]:
    store = request.app.state.store
    _ = translator(request, user)
    return {
        "office_options": [("", _(N_("All my offices")))] + [
            (o["code"], f'{o["code"]} · {o["name"]}') for o in store.office_admin.names(user)],
        "status_options": [(listing.OPEN, _(N_("Open (received or in progress)"))), (ANY_STATUS, _(N_("Any status")))]
        + [(code, _(label)) for code, label in STATUS_LABELS.items()],
        "sort_options": [(code, _(label)) for code, label in SORT_LABELS.items()],
        "channel_options": [("", _(N_("Any channel")))] + [(code, _(label)) for code, label in CHANNEL_LABELS.items()],
        "categories": store.concerns.categories(user),
    }


def _results_context(values: Mapping[str, str], page: ConcernPage | None, after: str | None) -> dict[str, Any]:
    return {
        "page": page, "status_labels": STATUS_LABELS, "language_labels": LANGUAGE_LABELS,
        "channel_labels": CHANNEL_LABELS,
        "next_url": f"/concerns?{_query_string(values, after=page.next_cursor)}" if page and page.next_cursor
        else None,
        "first_url": f"/concerns?{_query_string(values)}" if after else None,
        "csv_url": f"/concerns.csv?{_query_string(values)}", "json_url": f"/concerns.json?{_query_string(values)}",
    }


@router.get("/concerns")
def concern_list(request: Request, user: StaffUser = Depends(require_user)):
    params = dict(request.query_params)
    values = filter_values(params)
    after = params.get("after") or None
    errors: dict[str, Any] = {}
    page = None
    try:
        page = request.app.state.store.concerns.list(user, concern_query(values, after))
    except Refused as exc:
        errors = field_errors(exc)
    context = {"values": values, "errors": errors, **_results_context(values, page, after)}
    partial = request.headers.get("hx-request") and not request.headers.get("hx-history-restore-request")
    if partial and not errors:
        return render(request, "concerns/_results.html", context, headers={"Vary": "HX-Request"})
    context.update(_choices(request, user))
    if partial:  # the errors are next to the filters: swap the whole area, form included
        return render(request, "concerns/_area.html", context,
                      headers={"HX-Retarget": "#concern-area", "HX-Reswap": "outerHTML", "Vary": "HX-Request"})
    return render(request, "concerns/list.html", context, 422 if errors else 200, headers={"Vary": "HX-Request"})


def all_rows(request: Request, user: StaffUser) -> tuple[list[ConcernRow], str | None, dict[str, str]]:
    """Every row of the query, page after page, up to DOWNLOAD_CAP; and the cursor to go on from."""
    values = filter_values(dict(request.query_params))
    after = request.query_params.get("after") or None
    concerns = request.app.state.store.concerns
    rows: list[ConcernRow] = []
    while len(rows) < DOWNLOAD_CAP:
        page = concerns.list(user, concern_query(values, after, min(DOWNLOAD_PAGE, DOWNLOAD_CAP - len(rows))))
        rows.extend(page.rows)
        after = page.next_cursor
        if after is None:
            break
    return rows, after, values


def _row_data(row: ConcernRow) -> dict[str, Any]:
    return {"office_code": row.office_code, "code": row.code, "category": row.category, "status": row.status,
            "channel": row.channel, "language": row.language,
            "received": local_time(row.registered_at), "due": local_time(row.due_at),
            "overdue": row.overdue, "assigned_to": row.assigned_to, "excerpt": row.excerpt,
            "registered_at": row.registered_at, "due_at": row.due_at}


@router.get("/concerns.{fmt}")
def concern_list_download(request: Request, fmt: str, user: StaffUser = Depends(require_user)):
    """Read whole before it is sent (not streamed): the `next` link of a capped list must be in
    the headers, and it is known only once the cap is reached. The cap bounds the memory."""
    fmt = downloads.asked_format(fmt)
    try:
        rows, after, values = all_rows(request, user)
    except Refused as exc:
        return downloads.refused(exc, fmt)
    next_url = f"/concerns.{fmt}?{_query_string(values, after=after)}" if after else None
    meta = {"filters": {k: v for k, v in values.items() if v}, "count": len(rows), "truncated": after is not None,
            "next": next_url}
    return downloads.download([_row_data(row) for row in rows], JSON_COLUMNS if fmt == "json" else CSV_COLUMNS,
                              fmt, f"concerns-{dt.date.today().isoformat()}", meta=meta, next_url=next_url)


__all__ = ["DOWNLOAD_CAP", "PAGE_SIZE", "all_rows", "concern_query", "filter_values", "router"]
