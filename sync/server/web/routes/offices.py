"""Offices and their devices: the list, one office, revoking a device, enrolment codes, the commune.

    GET  /manage/offices  /manage/offices.csv  /manage/offices.json
                                                         every office the user sees (filters: commune, stale)
    GET  /manage/offices/{code}                          one office and its devices
    POST /manage/offices/{code}/devices/{device_id}/revoke
                                                         stop a device (supervisor of its commune, admin)
    POST /manage/offices/{code}/enrol-code               a one-time code, shown once on the answer page
    POST /manage/offices/{code}/commune                  move the office to a commune (administrators)

Under /manage/ because /offices is the citizens' open figures (routes/open_figures.py).

Everyone who sees an office sees its page (agents read-only); the services
(sync/server/offices.py, device_admin.py) check scope and role and audit. Plain `def`
routes (Starlette's thread pool).
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Request

from sync.server.errors import Refused
from sync.server.form_errors import N_, InvalidField
from sync.server.staff import StaffUser
from sync.server.web.downloads import asked_format, download
from sync.server.web.forms import CheckedForm, checked_form, field_errors, see_other
from sync.server.web.security import require_user
from sync.server.web.templating import render

router = APIRouter()
PAGE_SIZE = 100
DOWNLOAD_COLUMNS = ("code", "name", "commune", "last_sync_at", "days_since_sync", "stale", "devices", "backlog",
                    "version", "printer", "help_requests", "reported_at", "received_at")
PRINTER_LABELS = {"ok": N_("Working"), "paper_out": N_("Out of paper"), "offline": N_("Offline"),
                  "error": N_("Error"), "unknown": N_("Unknown")}
#: How long a new enrolment code stays valid: (hours, label); the first is the default.
TTL_CHOICES = [("24", N_("1 day")), ("1", N_("1 hour")), ("72", N_("3 days")), ("168", N_("7 days"))]
SAVED = {"revoked": N_("The device is revoked: it can no longer sync until it is enrolled again."),
         "commune": N_("The office's commune is saved.")}


def _filters(request: Request) -> dict[str, Any]:
    params = request.query_params
    return {"commune": params.get("commune", "").strip() or None, "stale_only": params.get("stale") == "1"}


def _query(filters: dict[str, Any], **more: str) -> str:
    pairs = {"commune": filters["commune"] or "", "stale": "1" if filters["stale_only"] else "", **more}
    return urlencode({k: v for k, v in pairs.items() if v})


@router.get("/manage/offices")
def office_list(request: Request, user: StaffUser = Depends(require_user)):
    admin = request.app.state.store.office_admin
    filters = _filters(request)
    after = request.query_params.get("after") or None
    rows = admin.list(user, **filters, after=after, limit=PAGE_SIZE + 1)
    next_url = (f"/manage/offices?{_query(filters, after=rows[PAGE_SIZE - 1]['code'])}"
                if len(rows) > PAGE_SIZE else None)
    query = _query(filters)
    return render(request, "offices/list.html", {
        "offices": rows[:PAGE_SIZE], "filters": filters, "communes": admin.communes(user),
        "next_url": next_url, "first_url": f"/manage/offices?{query}" if after else None,
        "csv_url": f"/manage/offices.csv?{query}", "json_url": f"/manage/offices.json?{query}",
        "printer_labels": PRINTER_LABELS})


@router.get("/manage/offices.{fmt}")
def office_list_download(request: Request, fmt: str, user: StaffUser = Depends(require_user)):
    fmt = asked_format(fmt)
    rows = request.app.state.store.office_admin.list(user, **_filters(request))
    return download(rows, DOWNLOAD_COLUMNS, fmt, "offices")


def _office_page(request: Request, user: StaffUser, code: str, values: dict | None = None,
                 errors: dict | None = None, status: int = 200):
    store = request.app.state.store
    office = store.office_admin.get(user, code)  # Refused 404 → the 404 page
    shown = store.catalogue_admin.announcements(user, code, limit=1)  # the screens' line, set here or there
    return render(request, "offices/detail.html", {
        "office": office, "devices": store.device_admin.list(user, code),
        "announcement": shown[0] if shown and any(shown[0]["texts"].values()) else None,
        "may_manage": user.runs_commune(office["commune"]), "is_admin": user.is_admin,
        "ttl_choices": TTL_CHOICES, "printer_labels": PRINTER_LABELS,
        "saved": SAVED.get(request.query_params.get("saved", "")),
        "values": {"commune": office["commune"] or "", **(values or {})}, "errors": errors or {}}, status)


@router.get("/manage/offices/{code}")
def office_detail(request: Request, code: str, user: StaffUser = Depends(require_user)):
    return _office_page(request, user, code)


@router.post("/manage/offices/{code}/devices/{device_id}/revoke")
def revoke_device(request: Request, code: str, device_id: str, form: CheckedForm = Depends(checked_form)):
    store = request.app.state.store
    # Only a device of this office (as the user sees it): another office's id is not found here.
    if device_id not in {d["id"] for d in store.device_admin.list(form.user, code)}:
        raise HTTPException(404)
    store.device_admin.revoke(form.user, device_id)  # Refused 403 (agents) → the 403 page
    return see_other(f"/manage/offices/{code}?saved=revoked")


@router.post("/manage/offices/{code}/enrol-code")
def new_enrol_code(request: Request, code: str, form: CheckedForm = Depends(checked_form)):
    store = request.app.state.store
    try:
        ttl_hours = float(form.get("ttl_hours", TTL_CHOICES[0][0]))
    except ValueError:
        ttl_hours = 0.0  # the service refuses it, naming the field
    try:
        enrol_code, expires_at = store.device_admin.new_enroll_code(form.user, code, ttl_hours)
    except Refused as exc:
        if exc.http_status in (403, 404):
            raise
        return _office_page(request, form.user, code, errors={"ttl_hours": exc}, status=exc.http_status)
    # Answered directly, never redirected: the code is in this page only (no-store), never again.
    return render(request, "offices/enrol_code.html", {
        "office": store.office_admin.get(form.user, code), "enrol_code": enrol_code, "expires_at": expires_at,
        "server_url": str(request.base_url).rstrip("/")})


@router.post("/manage/offices/{code}/commune")
def set_commune(request: Request, code: str, form: CheckedForm = Depends(checked_form)):
    try:
        request.app.state.store.office_admin.set_commune(form.user, code, form.get("commune"))
    except InvalidField as exc:
        return _office_page(request, form.user, code, form.fields, field_errors(exc), exc.http_status)
    return see_other(f"/manage/offices/{code}?saved=commune")
