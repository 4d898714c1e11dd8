"""Figures: every office the user sees for a month, and one office per day and per month.

    GET  /figures?month=YYYY-MM                  one row per office, totals, a chart
    GET  /figures.csv|.json?month=               the same table as a download
    GET  /figures/{office}?month=&year=          the days of a month and the months of a year
    GET  /figures/{office}/days.csv|.json?month=    GET /figures/{office}/months.csv|.json?year=
    POST /figures/{office}/rebuild               recompute the office's figures (administrators)

The numbers come from `store.figures` (sync/server/figures/queries.py), which checks the
scope: an office the user does not see is a 404 page. A bad month or year is shown next to
its field (the service's InvalidField), and the page keeps what was typed. Downloads
(sync/server/web/downloads.py over figures/tables.py: JSON `{month|year, rows, totals}`) answer
a bad month or year with 422 and the message. Plain `def` routes: the thread pool.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request

from sync.server.figures.queries import current_month, parse_month, parse_year, shift_month
from sync.server.figures.tables import daily_table, monthly_table, offices_month_table
from sync.server.form_errors import InvalidField
from sync.server.staff import StaffUser
from sync.server.web import downloads
from sync.server.web.figures_view import FIGURE_COLUMNS, Charts, FigureFormat
from sync.server.web.forms import CheckedForm, checked_form, field_errors, see_other
from sync.server.web.i18n import LANGUAGES
from sync.server.web.security import require_user
from sync.server.web.templating import render, request_language

router = APIRouter()
#: Offices per page of the month's table: an administrator's 1,541 offices on one page took
#: half a second to draw and are no use to read; the totals and downloads cover them all.
OFFICES_PER_PAGE = 100
#: Up to this many offices the month's chart has a bar per office; beyond, it shows the year's trend.
MAX_BARS = 12


def _figures(request: Request):
    return request.app.state.store.figures


def _asked_month(request: Request) -> str:
    return request.query_params.get("month", "").strip() or current_month()


def _page_tools(request: Request, user: StaffUser) -> dict[str, Any]:
    lang = request_language(request, user)
    return {"fmt": FigureFormat(lang), "charts": Charts(LANGUAGES[lang].direction == "rtl"),
            "columns": [label for _field, label in FIGURE_COLUMNS]}


# ------------------------------------------------------------------ every office, one month


def _offices_month(request: Request, user: StaffUser, month: str, page_size: int | None = None) -> dict[str, Any]:
    """The month's rows (one page of them when `page_size` is given, after the office code in
    `after`; the commune in `commune`), the live overdue counts and the totals of every office
    chosen (the month's row of the year's figures), whatever the page."""
    year, mon = parse_month(month)
    figures = _figures(request)
    commune = request.query_params.get("commune", "").strip() or None
    after = request.query_params.get("after", "").strip() or None
    rows = figures.offices_month(user, month, commune=commune, after=after,
                                 limit=page_size + 1 if page_size else None)
    next_after = None
    if page_size and len(rows) > page_size:
        rows, next_after = rows[:page_size], rows[page_size - 1].office_code
    chosen = ([r.office_code or "" for r in figures.offices_month(user, month, commune=commune)]
              if commune else None)  # a commune's offices are few: their codes, for its totals
    year_rows = figures.monthly(user, chosen, year)
    overdue = figures.overdue_now(user, chosen)
    return {"month": month, "rows": rows, "overdue": overdue, "totals": year_rows[mon - 1],
            "year_rows": year_rows, "commune": commune or "", "after": after, "next_after": next_after,
            "total_overdue": sum(overdue.values())}


def _figures_url(month: str, commune: str, after: str | None = None) -> str:
    query = {"month": month, **({"commune": commune} if commune else {}), **({"after": after} if after else {})}
    return "/figures?" + urlencode(query)


@router.get("/figures")
def figures_page(request: Request, user: StaffUser = Depends(require_user)):
    month = _asked_month(request)
    communes = request.app.state.store.office_admin.communes(user)
    context = {**_page_tools(request, user), "values": {"month": month}, "errors": {}, "communes": communes}
    try:
        data = _offices_month(request, user, month, OFFICES_PER_PAGE)
    except InvalidField as exc:
        return render(request, "figures/index.html", {**context, "errors": field_errors(exc)}, exc.http_status)
    commune = data["commune"]
    return render(request, "figures/index.html", {
        **context, **data, "max_bars": MAX_BARS, "values": {"month": month, "commune": commune},
        "previous_month": _figures_url(shift_month(month, -1), commune),
        "next_month": _figures_url(shift_month(month, 1), commune),
        "next_url": _figures_url(month, commune, data["next_after"]) if data["next_after"] else None,
        "first_url": _figures_url(month, commune) if data["after"] else None,
        "download_query": urlencode({"month": month, **({"commune": commune} if commune else {})})})


@router.get("/figures.{fmt}")
def figures_download(request: Request, fmt: str, user: StaffUser = Depends(require_user)):
    fmt = downloads.asked_format(fmt)
    month = _asked_month(request)
    try:
        data = _offices_month(request, user, month)  # every office chosen, not one page
    except InvalidField as exc:
        return downloads.refused(exc, fmt)
    table = offices_month_table(data["rows"], data["overdue"])
    return downloads.download(table.rows, table.columns, fmt, f"figures-{month}",
                              meta={"month": month, "totals": monthly_table([data["totals"]]).rows[0]})


# ------------------------------------------------------------------ one office


def _office_page(request: Request, user: StaffUser, office_code: str, rebuilt: str | None = None):
    office = request.app.state.store.office_admin.get(user, office_code)  # 404 first: before any validation
    month = _asked_month(request)
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


@router.get("/figures/{office_code}/days.{fmt}")
def office_days_download(request: Request, office_code: str, fmt: str, user: StaffUser = Depends(require_user)):
    fmt = downloads.asked_format(fmt)
    month = _asked_month(request)
    try:
        table = daily_table(_figures(request).daily(user, office_code, month))
    except InvalidField as exc:
        return downloads.refused(exc, fmt)
    return downloads.download(table.rows, table.columns, fmt, f"figures-{office_code}-{month}",
                              meta={"office_code": office_code, "month": month})


@router.get("/figures/{office_code}/months.{fmt}")
def office_months_download(request: Request, office_code: str, fmt: str, user: StaffUser = Depends(require_user)):
    fmt = downloads.asked_format(fmt)
    try:
        year = parse_year(request.query_params.get("year", "").strip() or current_month()[:4])
        table = monthly_table(_figures(request).monthly(user, [office_code], year))
    except InvalidField as exc:
        return downloads.refused(exc, fmt)
    return downloads.download(table.rows, table.columns, fmt, f"figures-{office_code}-{year}",
                              meta={"office_code": office_code, "year": year})


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
