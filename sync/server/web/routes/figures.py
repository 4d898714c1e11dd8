"""Figures: every office the user sees for a month, and one office per day and per month.

    GET  /figures?month=YYYY-MM                  one row per office, totals, a chart
    GET  /figures.csv|.json?month=               the same table as a download
    GET  /figures/{office}?month=&year=          the days of a month and the months of a year
    GET  /figures/{office}/days.csv|.json?month=    GET /figures/{office}/months.csv|.json?year=
    POST /figures/{office}/rebuild               recompute the office's figures (administrators)

The numbers come from `store.figures` (sync/server/figures/queries.py), which checks the
scope: an office the user does not see is a 404 page. A bad month or year is shown next to
its field (the service's InvalidField), and the page keeps what was typed. Downloads answer
a bad month or year with 422 and the message. Plain `def` routes: the thread pool.
"""
from __future__ import annotations

import dataclasses
from typing import Any

from fastapi import APIRouter, Depends, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from sync.server.figures.csv_export import daily_csv, monthly_csv, offices_month_csv
from sync.server.figures.queries import FigureRow, current_month, parse_month, parse_year
from sync.server.form_errors import InvalidField
from sync.server.staff import StaffUser
from sync.server.web.figures_view import FIGURE_COLUMNS, Charts, FigureFormat
from sync.server.web.forms import CheckedForm, checked_form, field_errors, see_other
from sync.server.web.i18n import LANGUAGES
from sync.server.web.security import require_user
from sync.server.web.templating import render, request_language

router = APIRouter()
#: Up to this many offices the month's chart has a bar per office; beyond, it shows the year's trend.
MAX_BARS = 12


def _figures(request: Request):
    return request.app.state.store.figures


def _shift_month(month: str, by: int) -> str:
    year, mon = parse_month(month)
    index = year * 12 + mon - 1 + by
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _page_tools(request: Request, user: StaffUser) -> dict[str, Any]:
    lang = request_language(request, user)
    return {"fmt": FigureFormat(lang), "charts": Charts(LANGUAGES[lang].direction == "rtl"),
            "columns": [label for _field, label in FIGURE_COLUMNS]}


def _download(text: str, filename: str) -> Response:
    return Response(text, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"})


def _invalid(exc: InvalidField, as_json: bool) -> Response:
    if as_json:
        return JSONResponse({"error": exc.code, "field": exc.field, "message": exc.message}, exc.http_status)
    return PlainTextResponse(exc.message + "\n", exc.http_status)


def _row_json(row: FigureRow, **extra: Any) -> dict[str, Any]:
    return {**dataclasses.asdict(row), **extra}


# ------------------------------------------------------------------ every office, one month


def _offices_month(request: Request, user: StaffUser, month: str) -> dict[str, Any]:
    """The month's rows, the live overdue counts and the totals (the month's row of the user's year)."""
    year, mon = parse_month(month)
    rows = _figures(request).offices_month(user, month)
    year_rows = _figures(request).monthly(user, None, year)
    return {"month": month, "rows": rows, "overdue": _figures(request).overdue_now(user),
            "totals": year_rows[mon - 1], "year_rows": year_rows}


@router.get("/figures")
def figures_page(request: Request, user: StaffUser = Depends(require_user)):
    month = request.query_params.get("month", "").strip() or current_month()
    context = {**_page_tools(request, user), "values": {"month": month}, "errors": {}}
    try:
        data = _offices_month(request, user, month)
    except InvalidField as exc:
        return render(request, "figures/index.html", {**context, "errors": field_errors(exc)}, exc.http_status)
    return render(request, "figures/index.html", {
        **context, **data, "max_bars": MAX_BARS,
        "previous_month": _shift_month(month, -1), "next_month": _shift_month(month, 1),
        "total_overdue": sum(data["overdue"].get(r.office_code or "", 0) for r in data["rows"])})


@router.get("/figures.csv")
def figures_csv(request: Request, user: StaffUser = Depends(require_user)):
    month = request.query_params.get("month", "").strip() or current_month()
    try:
        data = _offices_month(request, user, month)
    except InvalidField as exc:
        return _invalid(exc, as_json=False)
    return _download(offices_month_csv(data["rows"], data["overdue"]), f"figures-{month}.csv")


@router.get("/figures.json")
def figures_json(request: Request, user: StaffUser = Depends(require_user)):
    month = request.query_params.get("month", "").strip() or current_month()
    try:
        data = _offices_month(request, user, month)
    except InvalidField as exc:
        return _invalid(exc, as_json=True)
    return JSONResponse({
        "month": month,
        "offices": [_row_json(r, overdue_now=data["overdue"].get(r.office_code or "", 0)) for r in data["rows"]],
        "totals": _row_json(data["totals"]),
    })


# ------------------------------------------------------------------ one office


def _office_page(request: Request, user: StaffUser, office_code: str, rebuilt: str | None = None):
    office = request.app.state.store.office_admin.get(user, office_code)  # 404 first: before any validation
    month = request.query_params.get("month", "").strip() or current_month()
    year_text = request.query_params.get("year", "").strip() or month[:4]
    errors: dict[str, Any] = {}
    days = months = None
    try:
        days = _figures(request).daily(user, office_code, month)
    except InvalidField as exc:
        errors.update(field_errors(exc))
    try:
        months = _figures(request).monthly(user, [office_code], parse_year(year_text))
    except InvalidField as exc:
        errors.update(field_errors(exc))
    context = {
        **_page_tools(request, user), "office": office, "month": month, "year": year_text, "days": days,
        "months": months, "values": {"month": month, "year": year_text}, "errors": errors,
        "overdue": _figures(request).overdue_now(user, [office_code]).get(office_code, 0),
        "rebuilt": rebuilt, "may_rebuild": user.is_admin,
    }
    return render(request, "figures/office.html", context, 422 if errors else 200)


@router.get("/figures/{office_code}")
def office_figures_page(request: Request, office_code: str, user: StaffUser = Depends(require_user)):
    return _office_page(request, user, office_code, request.query_params.get("rebuilt"))


def _days(request: Request, user: StaffUser, office_code: str) -> tuple[str, list[FigureRow]]:
    month = request.query_params.get("month", "").strip() or current_month()
    return month, _figures(request).daily(user, office_code, month)


def _months(request: Request, user: StaffUser, office_code: str) -> tuple[int, list[FigureRow]]:
    year = parse_year(request.query_params.get("year", "").strip() or current_month()[:4])
    return year, _figures(request).monthly(user, [office_code], year)


@router.get("/figures/{office_code}/days.csv")
def office_days_csv(request: Request, office_code: str, user: StaffUser = Depends(require_user)):
    try:
        month, rows = _days(request, user, office_code)
    except InvalidField as exc:
        return _invalid(exc, as_json=False)
    return _download(daily_csv(rows), f"figures-{office_code}-{month}.csv")


@router.get("/figures/{office_code}/days.json")
def office_days_json(request: Request, office_code: str, user: StaffUser = Depends(require_user)):
    try:
        month, rows = _days(request, user, office_code)
    except InvalidField as exc:
        return _invalid(exc, as_json=True)
    return JSONResponse({"office_code": office_code, "month": month, "days": [_row_json(r) for r in rows]})


@router.get("/figures/{office_code}/months.csv")
def office_months_csv(request: Request, office_code: str, user: StaffUser = Depends(require_user)):
    try:
        year, rows = _months(request, user, office_code)
    except InvalidField as exc:
        return _invalid(exc, as_json=False)
    return _download(monthly_csv(rows), f"figures-{office_code}-{year}.csv")


@router.get("/figures/{office_code}/months.json")
def office_months_json(request: Request, office_code: str, user: StaffUser = Depends(require_user)):
    try:
        year, rows = _months(request, user, office_code)
    except InvalidField as exc:
        return _invalid(exc, as_json=True)
    return JSONResponse({"office_code": office_code, "year": year, "months": [_row_json(r) for r in rows]})


@router.post("/figures/{office_code}/rebuild")
def rebuild_office_figures(request: Request, office_code: str, form: CheckedForm = Depends(checked_form)):
    """Administrators only (the service refuses others: 403 page; an unseen office: 404 page)."""
    counted = _figures(request).rebuild(form.user, office_code)
    month = form.get("month").strip()
    back = f"?month={month}&rebuilt={counted}" if _is_month(month) else f"?rebuilt={counted}"
    return see_other(f"/figures/{office_code}{back}")


def _is_month(text: str) -> bool:
    try:
        parse_month(text)
    except InvalidField:
        return False
    return True


__all__ = ["router"]
