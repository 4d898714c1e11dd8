"""Charts drawn by the server as inline SVG (no JavaScript), plus the table that carries the
same numbers for screen readers and for anyone who prefers to read them.

    bar_chart_svg(values, labels, title, …) -> Markup
    line_chart_svg(series, labels, title, …) -> Markup
    chart_table_html(labels, columns, caption, label_header) -> Markup

Accessibility: the <svg> is role="img" and labelled by its own <title> and <desc> (the
desc says the highest and lowest values in words); each bar or point has a <title> that
browsers show on hover; colour is never the only cue (series differ by dash pattern too).
Put `chart_table_html` next to each chart: it is the chart's data as a real table.

Size: the viewBox is 360 units wide and the <svg> scales to its container's width, so at
a phone's 360 px the text is drawn at its nominal 11-13 px, and larger screens enlarge it.
The page's stylesheet caps it (`svg.chart` in app.css: at most 720 px wide): the pages'
Content-Security-Policy forbids `style=` attributes, so the SVG carries none.
At most `max_labels` x labels are written (every k-th one), so 31 days never overlap.

Right to left: with `rtl=True` the title and legend are anchored on the right and every
label is laid out right to left inside a bidi isolate (the browser shapes the Arabic). `mirror` (default: same as
`rtl`) also puts the first category on the right and the value axis on the right, as an
Arabic reader expects for categories (offices). For time (days of a month, months of a
year) pass `mirror=False`: the axis is a number line written with Western digits (as in
Algeria), which reads left to right in Arabic text too, and it stays the same picture as
the French page and the CSV; the title and the table around it are still right to left.

Every label is escaped (markupsafe), so an office name cannot inject markup. Pure
functions; any thread.
"""
from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping, Sequence

from markupsafe import Markup, escape

WIDTH = 360
HEIGHT = 210
FONT = "'Noto Naskh Arabic','Noto Sans Arabic','Noto Sans',sans-serif"
#: Series styles: a colour (contrast ≥ 4.5:1 on white) and a dash pattern, so print and
#: colour-blind readers tell series apart without the colour.
STYLES = (("#1f5f99", ""), ("#b3471d", "6 3"), ("#2f7a3d", "2 3"), ("#6b3fa0", "8 3 2 3"))


def _fmt(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def _text(value: str, rtl: bool) -> Markup:
    """Escaped text; right to left inside a bidi isolate (RLI … PDI), so the order of mixed
    Arabic, digits and Latin is right while the SVG's own direction stays left to right:
    then text-anchor="end" means the right edge in every renderer (browsers, Qt, librsvg),
    which is not true of the SVG `direction` attribute."""
    return escape(f"\u2067{value}\u2069") if rtl else escape(value)


def _cell(value: float | None) -> str:
    return "" if value is None else _fmt(value)


def _nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 × 10^k not below `value` (a round top for the value axis)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power


class _Frame:
    """The plot area and its scales, shared by both chart kinds."""

    def __init__(self, n: int, top_value: float, rtl: bool, mirror: bool, legend_rows: int):
        self.n, self.rtl, self.mirror = n, rtl, mirror
        self.top = _nice_ceiling(top_value)
        self.y0 = 30 + 16 * legend_rows
        self.y1 = HEIGHT - 26
        axis_room = 8 + 7 * len(_fmt(self.top))
        self.x0, self.x1 = (8, WIDTH - axis_room) if mirror else (axis_room, WIDTH - 8)
        self.band = (self.x1 - self.x0) / max(n, 1)

    def x(self, i: int) -> float:
        """Centre of category i (mirrored: the first on the right)."""
        slot = self.n - 1 - i if self.mirror else i
        return self.x0 + self.band * (slot + 0.5)

    def y(self, value: float) -> float:
        return self.y1 - (self.y1 - self.y0) * (value / self.top)

    def axes(self, labels: Sequence[str], max_labels: int) -> list[str]:
        parts = []
        axis_x, anchor = (self.x1 + 4, "start") if self.mirror else (self.x0 - 4, "end")
        for fraction in (0, 0.5, 1):
            value = self.top * fraction
            y = self.y(value)
            parts.append(f'<line x1="{self.x0:.1f}" x2="{self.x1:.1f}" y1="{y:.1f}" y2="{y:.1f}" '
                         f'stroke="#767676" stroke-width="{1 if fraction == 0 else 0.5}"/>')
            parts.append(f'<text x="{axis_x:.1f}" y="{y + 4:.1f}" text-anchor="{anchor}" font-size="11">'
                         f'{_fmt(value)}</text>')
        step = max(1, math.ceil(self.n / max_labels))
        for i, label in enumerate(labels):
            if i % step == 0:
                parts.append(f'<text x="{self.x(i):.1f}" y="{self.y1 + 15:.1f}" text-anchor="middle" '
                             f'font-size="11">{_text(label, self.rtl)}</text>')
        return parts


def _open(title: str, desc: str, key: str, rtl: bool, legend: Sequence[str] = ()) -> list[str]:
    ident = "chart-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
    title_x, anchor = (WIDTH - 8, "end") if rtl else (8, "start")
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" '
        f'role="img" aria-labelledby="{ident}-t {ident}-d" '
        f'font-family="{FONT}" fill="currentColor" class="chart">',
        f'<title id="{ident}-t">{escape(title)}</title>',
        f'<desc id="{ident}-d">{escape(desc)}</desc>',
        f'<text x="{title_x}" y="18" font-size="13" font-weight="bold" '
        f'text-anchor="{anchor}">{_text(title, rtl)}</text>',
    ]
    for row, name in enumerate(legend):
        colour, dash = STYLES[row % len(STYLES)]
        y = 34 + 16 * row
        sample_x = WIDTH - 30 if rtl else 8
        text_x = WIDTH - 36 if rtl else 32
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        parts.append(f'<line x1="{sample_x}" x2="{sample_x + 22}" y1="{y - 4}" y2="{y - 4}" stroke="{colour}" '
                     f'stroke-width="2.5"{dash_attr}/>')
        parts.append(f'<text x="{text_x}" y="{y}" font-size="11" '
                     f'text-anchor="{anchor}">{_text(name, rtl)}</text>')
    return parts


def _summary(values: Sequence[float | None], labels: Sequence[str], unit: str) -> str:
    known = [(v, label) for v, label in zip(values, labels, strict=True) if v is not None]
    if not known:
        return "No data."
    high = max(known, key=lambda item: item[0])
    low = min(known, key=lambda item: item[0])
    suffix = f" {unit}" if unit else ""
    return f"Highest: {high[1]} ({_fmt(high[0])}{suffix}). Lowest: {low[1]} ({_fmt(low[0])}{suffix})."


def bar_chart_svg(values: Sequence[float | None], labels: Sequence[str], title: str, *, desc: str | None = None,
                  unit: str = "", rtl: bool = False, mirror: bool | None = None, max_labels: int = 8) -> Markup:
    """One bar per label; None draws no bar (no data), unlike 0. `desc` defaults to a
    one-line English summary; pass a translated one on translated pages."""
    if len(values) != len(labels):
        raise ValueError(f"bar_chart_svg: {len(values)} values for {len(labels)} labels; give one value per label")
    mirror = rtl if mirror is None else mirror
    frame = _Frame(len(values), max((v for v in values if v is not None), default=0), rtl, mirror, 0)
    parts = _open(title, desc or _summary(values, labels, unit), title + "|" + "|".join(labels), rtl)
    parts += frame.axes(labels, max_labels)
    width = frame.band * 0.7
    suffix = f" {unit}" if unit else ""
    for i, (value, label) in enumerate(zip(values, labels, strict=True)):
        if value is None:
            continue
        top = frame.y(value)
        parts.append(f'<rect x="{frame.x(i) - width / 2:.1f}" y="{top:.1f}" width="{width:.1f}" '
                     f'height="{frame.y1 - top:.1f}" fill="{STYLES[0][0]}">'
                     f'<title>{escape(label)}: {_fmt(value)}{escape(suffix)}</title></rect>')
    parts.append("</svg>")
    return Markup("".join(parts))


def line_chart_svg(series: Mapping[str, Sequence[float | None]], labels: Sequence[str], title: str, *,
                   desc: str | None = None, unit: str = "", rtl: bool = False, mirror: bool | None = None,
                   max_labels: int = 8) -> Markup:
    """One line per named series (at most four styles, then they repeat); a None breaks the line."""
    for name, values in series.items():
        if len(values) != len(labels):
            raise ValueError(f"line_chart_svg: series {name!r} has {len(values)} values for {len(labels)} labels")
    mirror = rtl if mirror is None else mirror
    top = max((v for values in series.values() for v in values if v is not None), default=0)
    frame = _Frame(len(labels), top, rtl, mirror, len(series))
    if desc is None:
        desc = " ".join(f"{name}: {_summary(values, labels, unit)}" for name, values in series.items())
    parts = _open(title, desc, title + "|" + "|".join(labels) + "|" + "|".join(series), rtl, list(series))
    parts += frame.axes(labels, max_labels)
    suffix = f" {unit}" if unit else ""
    for row, (name, values) in enumerate(series.items()):
        colour, dash = STYLES[row % len(STYLES)]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        runs: list[list[str]] = [[]]
        for i, value in enumerate(values):
            if value is None:
                runs.append([])
                continue
            x, y = frame.x(i), frame.y(value)
            runs[-1].append(f"{x:.1f},{y:.1f}")
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{colour}">'
                         f'<title>{escape(name)}, {escape(labels[i])}: {_fmt(value)}{escape(suffix)}</title></circle>')
        for run in runs:
            if len(run) > 1:
                parts.append(f'<polyline points="{" ".join(run)}" fill="none" stroke="{colour}" '
                             f'stroke-width="2"{dash_attr}/>')
    parts.append("</svg>")
    return Markup("".join(parts))


def chart_table_html(labels: Sequence[str], columns: Mapping[str, Sequence[float | None]], caption: str,
                     label_header: str) -> Markup:
    """The chart's numbers as a table (a caption, one header row, a row per label; empty for no data)."""
    head = "".join(f'<th scope="col">{escape(name)}</th>' for name in columns)
    rows = []
    for i, label in enumerate(labels):
        cells = "".join(f"<td>{_cell(values[i])}</td>" for values in columns.values())
        rows.append(f'<tr><th scope="row">{escape(label)}</th>{cells}</tr>')
    return Markup(f'<table class="chart-data"><caption>{escape(caption)}</caption>'
                  f'<thead><tr><th scope="col">{escape(label_header)}</th>{head}</tr></thead>'
                  f'<tbody>{"".join(rows)}</tbody></table>')


__all__ = ["bar_chart_svg", "chart_table_html", "line_chart_svg"]
