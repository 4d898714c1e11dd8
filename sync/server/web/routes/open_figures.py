"""The open figures: each office's complete months, for anyone, without an account.

    GET /offices?month=YYYY-MM&commune=&after=     every office (100 a page, by code) for a month
    GET /offices?month=&commune=&sort=[-]FIELD&start=N   the same ordered by a figure ("-": largest
                                                    first; hidden cells last), 100 a page from N
    GET /offices.csv|.json?month=&commune=          the same month, every office chosen
    GET /offices/{code}?month=                      one office's 12 months up to `month`, with charts
    GET /offices/{code}.csv|.json?month=            the same months

The month defaults to the last complete one; a month not over yet, or badly written, is said
next to the field (422) or in the download's format. The numbers come from
`store.open_figures` (sync/server/figures/open_figures.py), already suppressed where fewer
than 5 citizens would be counted (figures/anonymity.py). Pages go through render_public
(public.py); they and the downloads may be cached a few minutes: the figures of a complete
month change only when a late office pushes. Plain `def` routes: the thread pool.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request

from sync.server.figures.anonymity import FEWER_THAN_5
from sync.server.figures.open_figures import LICENCE
from sync.server.figures.queries import shift_month
from sync.server.figures.tables import open_table
from sync.server.form_errors import N_, InvalidField
from sync.server.web import downloads
from sync.server.web.figures_view import Charts, FigureFormat
from sync.server.web.forms import field_errors
from sync.server.web.i18n import LANGUAGES
from sync.server.web.public import public_language, render_public

router = APIRouter()
OFFICES_PER_PAGE = 100
#: Seconds a page or a download may be kept by browsers and proxies.
MAX_AGE = 300
#: The pages' headings of anonymity.OPEN_FIELDS, in that order (a test checks it).
OPEN_COLUMNS: tuple[tuple[str, str], ...] = (
    ("tickets_issued", N_("Tickets issued")),
    ("wait_median_min", N_("Wait, median (min)")),
    ("wait_p90_min", N_("Wait, 90th percentile (min)")),
    ("concerns_received", N_("Concerns received")),
    ("answered_in_time", N_("Answered within the deadline")),
    ("answered_in_time_percent", N_("Answered within the deadline (%%)")),
    ("answer_delay_median_days", N_("Answer delay, median (days)")),
    ("ratings", N_("Ratings")),
    ("rating_average", N_("Average rating (1 to 5)")),
)


def _open_figures(request: Request):
    return request.app.state.store.open_figures


def _download_headers() -> dict[str, str]:
    return {"Cache-Control": f"public, max-age={MAX_AGE}", "Link": f'<{LICENCE["url"]}>; rel="license"'}


def _page_tools(request: Request) -> dict[str, Any]:
    lang = public_language(request)
    return {"lang": lang, "fmt": FigureFormat(lang), "charts": Charts(LANGUAGES[lang].direction == "rtl"),
            "columns": OPEN_COLUMNS, "fewer_than_5": FEWER_THAN_5, "licence": LICENCE}


def _url(path: str, **query: str | None) -> str:
    kept = {k: v for k, v in query.items() if v}
    return path + ("?" + urlencode(kept) if kept else "")


# ------------------------------------------------------------------ every office, one month


def _sort_links(month: str, commune: str, lang: str, sort: str) -> dict[str, str]:
    """Each figure's heading link: largest first, or smallest first when it is already so;
    `by_code` (the office's heading) back to the order of the codes."""
    links = {name: _url("/offices", month=month, commune=commune, lang=lang,
                        sort=name if sort == "-" + name else "-" + name)
             for name, _label in OPEN_COLUMNS}
    return {**links, "by_code": _url("/offices", month=month, commune=commune, lang=lang)}


@router.get("/offices")
def open_offices_page(request: Request):
    tools = _page_tools(request)
    lang = tools["lang"]
    params = request.query_params
    asked, commune = params.get("month", "").strip(), params.get("commune", "").strip()
    after = params.get("after", "").strip() or None
    sort, start = params.get("sort", "").strip(), params.get("start", "").strip() or "0"
    figures = _open_figures(request)
    context = {**tools, "communes": figures.communes(), "errors": {},
               "values": {"month": asked or figures.last_complete_month(), "commune": commune}}
    try:
        month = figures.published_month(asked)
        if sort:
            rows = figures.ranked(month, sort.removeprefix("-"), descending=sort.startswith("-"),
                                  commune=commune or None, offset=start, limit=OFFICES_PER_PAGE + 1)
        else:
            rows = figures.month(month, commune=commune or None, after=after, limit=OFFICES_PER_PAGE + 1)
    except InvalidField as exc:
        return render_public(request, "public/offices.html", {**context, "errors": field_errors(exc)},
                             lang=lang, status=exc.http_status)
    next_url = None
    if len(rows) > OFFICES_PER_PAGE:
        rows = rows[:OFFICES_PER_PAGE]
        next_url = (_url("/offices", month=month, commune=commune, lang=lang, sort=sort,
                         start=str(int(start) + OFFICES_PER_PAGE)) if sort else
                    _url("/offices", month=month, commune=commune, after=rows[-1].office_code, lang=lang))
    later = shift_month(month, 1)
    return render_public(request, "public/offices.html", {
        **context, "month": month, "commune": commune, "rows": rows, "values": {"month": month, "commune": commune},
        "next_url": next_url, "sort": sort, "sort_links": _sort_links(month, commune, lang, sort),
        "first_url": (_url("/offices", month=month, commune=commune, lang=lang, sort=sort)
                      if after or start != "0" else None),
        "previous_month": _url("/offices", month=shift_month(month, -1), commune=commune, lang=lang, sort=sort),
        "next_month": (_url("/offices", month=later, commune=commune, lang=lang, sort=sort)
                       if later <= figures.last_complete_month() else None),
        "csv_url": _url("/offices.csv", month=month, commune=commune),
        "json_url": _url("/offices.json", month=month, commune=commune)},
        lang=lang, max_age=MAX_AGE)


@router.get("/offices.{fmt}")
def open_offices_download(request: Request, fmt: str):
    fmt = downloads.asked_format(fmt)
    commune = request.query_params.get("commune", "").strip() or None
    figures = _open_figures(request)
    try:
        month = figures.published_month(request.query_params.get("month"))
        rows = figures.month(month, commune=commune)  # every office chosen, not one page
    except InvalidField as exc:
        return downloads.refused(exc, fmt)
    table = open_table(rows)
    return downloads.download(table.rows, table.columns, fmt, f"offices-{month}",
                              meta={"month": month, "commune": commune, "licence": LICENCE},
                              headers=_download_headers())


# ------------------------------------------------------------------ one office, twelve months


@router.get("/offices/{code}.{fmt}")
def open_office_download(request: Request, code: str, fmt: str):
    fmt = downloads.asked_format(fmt)
    try:
        office, rows = _open_figures(request).office(code, request.query_params.get("month", ""))
    except InvalidField as exc:
        return downloads.refused(exc, fmt)
    table = open_table(rows)
    return downloads.download(table.rows, table.columns, fmt, f"office-{office['code']}-{rows[-1].month}",
                              meta={"office_code": office["code"], "office_name": office["name"],
                                    "commune": office["commune"], "licence": LICENCE},
                              headers=_download_headers())


@router.get("/offices/{code}")
def open_office_page(request: Request, code: str):
    tools = _page_tools(request)
    figures = _open_figures(request)
    asked = request.query_params.get("month", "").strip()
    try:
        office, rows = figures.office(code, asked)  # an unknown office: Refused 404, the public 404 page
    except InvalidField as exc:
        office, _rows = figures.office(code, "")
        return render_public(request, "public/office.html", {
            **tools, "office": office, "rows": None, "errors": field_errors(exc), "values": {"month": asked}},
            lang=tools["lang"], status=exc.http_status)
    month = rows[-1].month
    return render_public(request, "public/office.html", {
        **tools, "office": office, "rows": rows, "month": month, "errors": {}, "values": {"month": month},
        "csv_url": _url(f"/offices/{office['code']}.csv", month=month),
        "json_url": _url(f"/offices/{office['code']}.json", month=month)},
        lang=tools["lang"], max_age=MAX_AGE)


__all__ = ["MAX_AGE", "OFFICES_PER_PAGE", "OPEN_COLUMNS", "router"]
