"""Server-drawn SVG charts: well-formed, labelled for screen readers, escaped, right-to-left aware."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from sync.server.figures.charts import bar_chart_svg, chart_table_html, line_chart_svg

SVG = "{http://www.w3.org/2000/svg}"
DAYS = [f"{d:02d}" for d in range(1, 32)]


def _parse(markup: str) -> ET.Element:
    return ET.fromstring(str(markup))


def test_a_bar_chart_is_an_accessible_image_with_a_summary():
    root = _parse(bar_chart_svg([3, None, 12, 0], ["Jan", "Feb", "Mar", "Apr"], "Tickets issued", unit="tickets"))
    assert root.get("role") == "img"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None and title.text == "Tickets issued"
    assert desc is not None and desc.text == "Highest: Mar (12 tickets). Lowest: Apr (0 tickets)."
    assert set(root.get("aria-labelledby", "").split()) == {title.get("id"), desc.get("id")}
    bars = root.findall(f"{SVG}rect")
    assert [b.findtext(f"{SVG}title") for b in bars] == ["Jan: 3 tickets", "Mar: 12 tickets", "Apr: 0 tickets"]
    assert float(bars[1].get("height", 0)) > float(bars[0].get("height", 0)) > 0


def test_labels_cannot_inject_markup():
    label = '<script>alert("x")</script> & co'
    root = _parse(bar_chart_svg([1], [label], 'Office "A" <b>'))
    assert root.find(f".//{SVG}script") is None and root.find(f".//{SVG}b") is None
    assert root.findtext(f"{SVG}title") == 'Office "A" <b>'
    assert label in [t.text for t in root.iter(f"{SVG}text")]


def test_a_month_of_days_keeps_its_x_labels_apart_at_phone_width():
    root = _parse(bar_chart_svg(list(range(31)), DAYS, "Waiting time", mirror=False))
    assert root.get("viewBox") == "0 0 360 210"  # drawn for 360 px: its text is not shrunk on a phone
    x_labels = [t.text for t in root.iter(f"{SVG}text") if t.get("text-anchor") == "middle"]
    assert x_labels == DAYS[::4]


def test_in_arabic_the_categories_run_from_the_right_but_days_stay_left_to_right():
    names = ["مكتب باب الواد", "مكتب الجزائر الوسطى"]
    rtl = _parse(bar_chart_svg([5, 9], names, "التذاكر الصادرة", rtl=True))
    first, second = rtl.findall(f"{SVG}rect")
    assert float(first.get("x", 0)) > float(second.get("x", 0))  # the first office on the right
    # the title ends at the right edge, its text isolated right to left (RLI … PDI)
    title_text = next(t for t in rtl.iter(f"{SVG}text") if t.text == "\u2067التذاكر الصادرة\u2069")
    assert (title_text.get("text-anchor"), float(title_text.get("x", 0)) > 180) == ("end", True)
    days = _parse(bar_chart_svg([1, 2], ["01", "02"], "التذاكر", rtl=True, mirror=False))
    day1, day2 = days.findall(f"{SVG}rect")
    assert float(day1.get("x", 0)) < float(day2.get("x", 0))


def test_a_line_chart_draws_each_series_with_its_own_dash_and_breaks_at_gaps():
    root = _parse(line_chart_svg({"p50": [4, 5, None, 6, 7], "p90": [10, 12, None, 15, 14]},
                                 ["1", "2", "3", "4", "5"], "Waiting time (minutes)", unit="min"))
    lines = root.findall(f"{SVG}polyline")
    assert len(lines) == 4  # two runs per series, broken at the missing day
    assert {line.get("stroke-dasharray") for line in lines} == {None, "6 3"}
    legend = [t.text for t in root.iter(f"{SVG}text") if t.text in ("p50", "p90")]
    assert legend == ["p50", "p90"]
    with pytest.raises(ValueError, match="p90"):
        line_chart_svg({"p90": [1, 2]}, ["1"], "x")


def test_the_numbers_are_also_in_a_table():
    table = _parse(chart_table_html(["2026-03-01", "2026-03-02"], {"p50": [4.25, None], "p90": [9, 11]},
                                    "Waiting time", "Date"))
    assert table.findtext("caption") == "Waiting time"
    assert [th.text for th in table.iter("th")] == ["Date", "p50", "p90", "2026-03-01", "2026-03-02"]
    assert [[td.text for td in tr.iter("td")] for tr in table.find("tbody") or []] == [["4.2", "9"], [None, "11"]]
