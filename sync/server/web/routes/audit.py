"""The audit log, for administrators: newest first, filtered by person and action, verified.

    GET  /audit?actor=&action=&before=     a page of rows (keyset: `before` is the last id seen)
    GET  /audit.csv?actor=&action=         every matching row, newest first (streamed)
    GET  /audit.json?actor=&action=&before=   the page as JSON, with the next page's URL
    POST /audit/verify                     walk the hash chain: "intact, N rows" or each problem

Others get a 403 page (require_role; the service `store.audit` refuses them too). Times are
shown in Africa/Algiers. Plain `def` routes: the thread pool; the CSV is produced in batches
by the service while it is sent.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request

from sync.server.form_errors import N_
from sync.server.staff import ADMIN, StaffUser
from sync.server.web import downloads
from sync.server.web.forms import CheckedForm, checked_form
from sync.server.web.security import require_role
from sync.server.web.templating import render
from sync.server.web.timefmt import local_time

router = APIRouter()
administrators = require_role(ADMIN)
PAGE_SIZE = 50
DETAILS_SHOWN = 160  # characters of a row's details on the page (the CSV has them all)

#: Labels of the actions the server records (sync/server: grep "audit.record"); an action
#: not listed here is shown by its code.
ACTION_LABELS = {
    "login": N_("Logged in"),
    "login.failed": N_("Login failed"),
    "logout": N_("Logged out"),
    "logout_everywhere": N_("Logged out everywhere"),
    "user.add": N_("Added a user"),
    "user.disable": N_("Disabled a user"),
    "user.enable": N_("Enabled a user"),
    "user.reset_password": N_("Reset a password"),
    "user.password_changed": N_("Changed their password"),
    "user.language": N_("Changed their language"),
    "office.add": N_("Added an office"),
    "office.update": N_("Renamed an office"),
    "office.commune": N_("Moved an office to a commune"),
    "device.revoke": N_("Revoked a device"),
    "device.enroll_code": N_("Made an enrolment code"),
    "catalogue.set": N_("Changed the catalogue"),
    "announcement": N_("Published an announcement"),
    "deadline.set": N_("Set an answer deadline"),
    "concern.assign": N_("Assigned a concern"),
    "concern.note": N_("Added a note to a concern"),
    "concern.answer": N_("Answered a concern"),
    "concern.status": N_("Changed a concern's status"),
    "figures.rebuild": N_("Rebuilt the figures"),
}
CSV_FIELDS = ("id", "at", "actor", "action", "target", "details")


def compact_details(details: Any) -> str:
    """`key: value · key: a, b`, without empty values, cut to DETAILS_SHOWN characters."""
    if not details:
        return ""
    if not isinstance(details, dict):
        return str(details)[:DETAILS_SHOWN]

    def shown(value: Any) -> str:
        return ", ".join(map(str, value)) if isinstance(value, list | tuple) else str(value)

    text = " · ".join(f"{k}: {shown(v)}" for k, v in details.items() if v not in (None, "", [], {}))
    return text if len(text) <= DETAILS_SHOWN else text[:DETAILS_SHOWN - 1] + "…"


def _filters(request: Request) -> dict[str, str]:
    return {name: request.query_params.get(name, "").strip() for name in ("actor", "action")}


def _before(request: Request) -> int | None:
    text = request.query_params.get("before", "").strip()
    return int(text) if text.isdigit() else None


def _url(path: str, filters: dict[str, str], **more: Any) -> str:
    query = urlencode({k: v for k, v in {**filters, **more}.items() if v not in ("", None)})
    return f"{path}?{query}" if query else path


def _page(request: Request, user: StaffUser, check: Any = None):
    filters = _filters(request)
    before = _before(request)
    page = request.app.state.store.audit.page(user, filters["actor"] or None, filters["action"] or None, before,
                                              PAGE_SIZE)
    actions = sorted(ACTION_LABELS)
    if filters["action"] and filters["action"] not in ACTION_LABELS:
        actions.append(filters["action"])
    context = {
        "rows": [{**row, "when": local_time(row["at"]), "details_text": compact_details(row["details"])}
                 for row in page.rows],
        "values": filters, "errors": {}, "action_labels": ACTION_LABELS, "actions": actions, "check": check,
        "next_url": _url("/audit", filters, before=page.next_before) if page.next_before else None,
        "first_url": _url("/audit", filters) if before is not None else None,
        "csv_url": _url("/audit.csv", filters), "json_url": _url("/audit.json", filters, before=before),
    }
    return render(request, "audit/list.html", context)


@router.get("/audit")
def audit_page(request: Request, user: StaffUser = Depends(administrators)):
    return _page(request, user)


@router.post("/audit/verify")
def verify_chain(request: Request, form: CheckedForm = Depends(checked_form),
                 user: StaffUser = Depends(administrators)):
    """Read-only (nothing to redirect away from): the answer is the page with the result."""
    return _page(request, user, request.app.state.store.audit.verify(user))


@router.get("/audit.{fmt}")
def audit_download(request: Request, fmt: str, user: StaffUser = Depends(administrators)):
    """JSON: the page asked for (`before`) and the next page's URL; CSV: every matching row,
    streamed while the service reads them in batches."""
    fmt = downloads.asked_format(fmt)
    filters = _filters(request)
    audit = request.app.state.store.audit
    if fmt == "csv":
        return downloads.stream_download(audit.all_entries(user, filters["actor"] or None, filters["action"] or None),
                                         CSV_FIELDS, fmt, "audit-log")
    page = audit.page(user, filters["actor"] or None, filters["action"] or None, _before(request), PAGE_SIZE)
    return downloads.download(page.rows, CSV_FIELDS, fmt, "audit-log", meta={
        "next": _url("/audit.json", filters, before=page.next_before) if page.next_before else None})


__all__ = ["ACTION_LABELS", "compact_details", "router"]
