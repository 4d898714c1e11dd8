"""The report's words and tables as HTML for Qt's rich text (QTextDocument): the heading
with the summary, and the tables per service and per day. Qt's HTML subset only: no CSS
layout, widths as percentages.

Thread use: any (text only).
"""
from __future__ import annotations

import html
from collections.abc import Callable
from zoneinfo import ZoneInfo

import kiosk.reports.texts as words
from kiosk.domain.activity_report import ActivityReport, ServiceFigures
from kiosk.reports.texts import ReportTexts


def first_wide(first: int, columns: int) -> list[int]:
    """Column widths in %: the first column (a name, a day) about `first`, the figures share
    the rest evenly (what does not divide goes to the first, so the table is the page's width)."""
    each = (100 - first) // (columns - 1)
    return [100 - each * (columns - 1)] + [each] * (columns - 1)


def _row(cells: list[str], tag: str, widths: list[int], rtl: bool) -> str:
    pairs = list(zip(cells, widths, strict=True))
    # Qt lays a table's columns out left to right whatever the direction: a right-to-left
    # table is written with its first column last.
    return "<tr>" + "".join(f'<{tag} width="{width}%">{html.escape(cell)}</{tag}>'
                            for cell, width in (reversed(pairs) if rtl else pairs)) + "</tr>"


def _table(header: list[str] | None, rows: list[list[str]], widths: list[int], rtl: bool) -> str:
    """An HTML table; the PDF repeats its `header` row on each page the table runs onto
    (kiosk/reports/pdf_pages.py)."""
    head = _row(header, "th", widths, rtl) if header else ""
    body = "".join(_row(row, "td", widths, rtl) for row in rows)
    return ('<table width="100%" cellspacing="0" cellpadding="3" border="1" '
            f'style="border-collapse: collapse; border-color: #909090">{head}{body}</table>')


def heading_html(report: ActivityReport, texts: ReportTexts, office_name: str) -> str:
    zone = ZoneInfo(report.timezone)
    period = (texts(words.ONE_DAY, texts.day(report.first_day)) if report.first_day == report.last_day
              else texts(words.PERIOD, texts.day(report.first_day), texts.day(report.last_day)))
    made = texts(words.GENERATED, texts.local_time(report.generated_at, zone), report.timezone)
    office = report.office
    summary = [
        (words.TICKETS, texts.count(office.tickets)), (words.SERVED, texts.count(office.served)),
        (words.NO_SHOWS, texts.count(office.no_shows)), (words.WAIT_P50, texts.minutes(office.wait_p50_min)),
        (words.WAIT_P90, texts.minutes(office.wait_p90_min)),
        (words.SERVICE_P50, texts.minutes(office.service_p50_min)),
        (words.CONCERNS_RECEIVED, texts.count(report.concerns_received)),
        (words.CONCERNS_ANSWERED, texts.count(report.concerns_answered)),
        (words.HELP_REQUESTS, texts.count(report.help_requests)),
        (words.HELP_ANSWERED, texts.count(report.help_answered)),
    ]
    # Two label/value pairs a row: the summary stays short on the first page.
    rows = [[texts(a), va, texts(b), vb] for (a, va), (b, vb) in zip(summary[::2], summary[1::2], strict=True)]
    return (f"<h1>{html.escape(texts(words.TITLE))}</h1>"
            f"<p><b>{html.escape(office_name)}</b> ({html.escape(report.office_code)})<br/>"
            f"{html.escape(period)}<br/>{html.escape(made)}</p>"
            f"<h2>{html.escape(texts(words.SUMMARY))}</h2>{_table(None, rows, [35, 15, 35, 15], texts.rtl)}")


def _service_row(figures: ServiceFigures, name: str, texts: ReportTexts) -> list[str]:
    target = texts.count(figures.target_min) if figures.target_min is not None else words.NO_VALUE
    return [name, texts.count(figures.tickets), texts.count(figures.served), texts.count(figures.no_shows),
            texts.minutes(figures.wait_p50_min), texts.minutes(figures.wait_p90_min), target,
            texts.share(figures.within_target_share), texts.minutes(figures.service_p50_min),
            texts.minutes(figures.service_p90_min)]


def tables_html(report: ActivityReport, texts: ReportTexts, service_name: Callable[[str], str]) -> str:
    service_header = [texts(w) for w in (words.SERVICE, words.TICKETS, words.SERVED, words.NO_SHOWS, words.WAIT_P50,
                                         words.WAIT_P90, words.TARGET, words.WITHIN_TARGET, words.SERVICE_P50,
                                         words.SERVICE_P90)]
    service_rows = [_service_row(s, service_name(s.service_code), texts) for s in report.services]
    service_rows.append(_service_row(report.office, texts(words.WHOLE_OFFICE), texts))
    day_header = [texts(w) for w in (words.DAY, words.TICKETS, words.SERVED, words.NO_SHOWS, words.CONCERNS_RECEIVED,
                                     words.CONCERNS_ANSWERED, words.HELP_REQUESTS, words.HELP_ANSWERED)]
    day_rows = [[texts.day(d.day), *(texts.count(v) for v in (d.tickets, d.served, d.no_shows, d.concerns_received,
                                                              d.concerns_answered, d.help_requests, d.help_answered))]
                for d in report.days]
    return (f"<h2>{html.escape(texts(words.PER_SERVICE))}</h2>"
            f"{_table(service_header, service_rows, first_wide(22, 10), texts.rtl)}"
            f"<h2>{html.escape(texts(words.PER_DAY))}</h2>{_table(day_header, day_rows, first_wide(16, 8), texts.rtl)}")
