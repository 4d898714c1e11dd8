"""How the figures pages show numbers: columns, formatting in the reader's language, charts.

    FIGURE_COLUMNS                       (FigureRow field, translatable heading) in table order
    FigureFormat(lang)                   numbers, days and months as the reader writes them
        .number(v) .day(iso) .month(iso) .month_short(iso)
        .cells(row) -> list[str]         a FigureRow's FIGURE_COLUMNS, formatted
        .short_labels(rows)              days or month numbers, for a chart's axis
    Charts(rtl)                          the server-drawn SVG charts (sync/server/figures/charts.py)
        .bar(values, labels, title, unit, time=False) .line(series, labels, title, unit)
        .table(labels, columns, caption, label_header)

`Charts` is given to the template and called there, while the page's language is active,
so its titles (`_()` in the template) and its spoken summary (`desc`) are translated.
Numbers use Babel's Algerian locales (Western digits, decimal comma in Arabic and French).
Pure; any thread.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from babel import Locale
from babel.dates import format_date
from babel.numbers import get_group_symbol, parse_pattern
from markupsafe import Markup

from sync.server.figures import charts
from sync.server.figures.queries import FigureRow
from sync.server.form_errors import N_
from sync.server.web import i18n

#: Babel locales of the pages' languages: Algerian conventions where Babel has them.
LOCALES = {"ar": "ar_DZ", "fr": "fr_DZ", "kab": "kab_DZ", "en": "en"}
NO_DATA = "–"
NUMBER_PATTERN = parse_pattern("#,##0.#")

FIGURE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("tickets_issued", N_("Tickets issued")),
    ("tickets_served", N_("Citizens served")),
    ("wait_p50_min", N_("Wait, median (min)")),
    ("wait_p90_min", N_("Wait, 90th percentile (min)")),
    ("within_target_pct", N_("Called within target, per cent")),
    ("service_p50_min", N_("Service time, median (min)")),
    ("no_shows", N_("No-shows")),
    ("concerns_received", N_("Concerns received")),
    ("concerns_answered", N_("Concerns answered")),
    ("answered_late", N_("Answered late")),
    ("answer_delay_median_days", N_("Answer delay, median (days)")),
    ("concerns_kiosk", N_("Concerns at the kiosk")),
    ("concerns_counter", N_("Concerns at the counter")),
    ("concerns_phone", N_("Concerns by phone")),
    ("concerns_letter", N_("Concerns by letter")),
    ("concerns_email", N_("Concerns by e-mail")),
    ("concerns_web", N_("Concerns from the web")),
)


class FigureFormat:
    def __init__(self, lang: str):
        # Parsed once per page: the month's table formats 15,000 numbers, and Babel's
        # format_decimal parses the locale and the pattern again on every call.
        self.locale = Locale.parse(LOCALES.get(lang, "en"))
        self._group = get_group_symbol(self.locale)
        self._decimals: dict[float, str] = {}  # minutes and days rounded to 0.1: few distinct values

    def number(self, value: float | None) -> str:
        if value is None:
            return NO_DATA
        if value >= 0 and float(value).is_integer():  # most cells: counts; Babel gives the same, 20 times slower
            return f"{int(value):,}".replace(",", self._group)
        text = self._decimals.get(value)
        if text is None:
            text = self._decimals[value] = NUMBER_PATTERN.apply(value, self.locale)
        return text

    def day(self, iso_day: str) -> str:
        """'2026-03-10' → 'mar. 10' (the weekday matters: offices close on Fridays)."""
        return format_date(dt.date.fromisoformat(iso_day), "EEE d", locale=self.locale)

    def month(self, iso_month: str) -> str:
        """'2026-03' → 'mars 2026'."""
        return format_date(dt.date.fromisoformat(iso_month + "-01"), "LLLL y", locale=self.locale)

    def cells(self, row: FigureRow) -> list[str]:
        return [self.number(getattr(row, field)) for field, _label in FIGURE_COLUMNS]

    def month_names(self, rows: Sequence[FigureRow]) -> list[str]:
        return [self.month(row.period) for row in rows]

    @staticmethod
    def short_labels(rows: Sequence[FigureRow]) -> list[str]:
        """A chart's x labels: the day of the month or the month's number ('2026-03-10' → '10', '2026-03' → '3')."""
        return [str(int(row.period.rsplit("-", 1)[1])) for row in rows]


def _plain(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def _summary(values: Sequence[float | None], labels: Sequence[str], unit: str) -> str:
    """The chart's spoken description (its <desc>), in the page's language."""
    known = [(v, label) for v, label in zip(values, labels, strict=True) if v is not None]
    if not known:
        return i18n.gettext("No data for this period.")
    high = max(known, key=lambda item: item[0])
    low = min(known, key=lambda item: item[0])
    suffix = f" {unit}" if unit else ""
    return i18n.gettext("Highest: %(high_label)s (%(high)s). Lowest: %(low_label)s (%(low)s).") % {
        "high_label": high[1], "high": _plain(high[0]) + suffix, "low_label": low[1], "low": _plain(low[0]) + suffix}


class Charts:
    """Chart builders for one page; `rtl` for Arabic. Offices (categories) are mirrored in
    right-to-left pages, days and months (a number line) are not: see charts.py."""

    def __init__(self, rtl: bool):
        self.rtl = rtl

    def bar(self, values: Sequence[float | None], labels: Sequence[str], title: str, unit: str = "",
            time: bool = False) -> Markup:
        return charts.bar_chart_svg(values, labels, title, desc=_summary(values, labels, unit), unit=unit,
                                    rtl=self.rtl, mirror=False if time else self.rtl,
                                    max_labels=12 if time else 8)

    def line(self, series: Mapping[str, Sequence[float | None]], labels: Sequence[str], title: str,
             unit: str = "") -> Markup:
        desc = " ".join(f"{name}: {_summary(values, labels, unit)}" for name, values in series.items())
        return charts.line_chart_svg(series, labels, title, desc=desc, unit=unit, rtl=self.rtl, mirror=False)

    def table(self, labels: Sequence[str], columns: Mapping[str, Sequence[float | None]], caption: str,
              label_header: str) -> Markup:
        return charts.chart_table_html(labels, columns, caption, label_header)


__all__ = ["FIGURE_COLUMNS", "LOCALES", "NO_DATA", "Charts", "FigureFormat"]
