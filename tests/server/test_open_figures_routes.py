"""The open figures' pages and downloads (routes/open_figures.py) on a real server, SQLite and
PostgreSQL: no account, filters, pages of 100, downloads with their licence and cache headers,
what a bad month or an unknown office answers, and the bytes of a page of 100 offices."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest
import requests

from sync.server.figures.open_figures import LICENCE
from tests.server.open_figures_world import OpenFiguresWorld

BUSY, SMALL, ORAN = "ALG-16001", "ALG-16002", "ORN-31001"
LICENCE_LINK = '<https://creativecommons.org/licenses/by/4.0/>; rel="license"'


@pytest.fixture
def site(server):
    world = OpenFiguresWorld(server.store)
    world.tickets(BUSY, "2026-03-10", [4.2, 4.3, 4.4, 4.6, 4.7, 4.8, None])
    world.tickets(SMALL, "2026-03-11", [3, 4, 5])
    world.hub(ORAN, commune="Oran")
    return server


def get(server, path: str, **headers: str) -> requests.Response:
    return requests.get(server.base_url + path, headers=headers, allow_redirects=False, timeout=10)


def office_links(html: str) -> list[str]:
    return re.findall(r'<a href="/offices/([A-Z0-9-]+)\?', html)


def test_the_month_of_every_office_is_open_to_anyone_in_arabic_by_default(site):
    r = get(site, "/offices?month=2026-03")
    assert r.status_code == 200 and '<html lang="ar" dir="rtl">' in r.text
    assert r.headers["cache-control"] == "public, max-age=300" and "set-cookie" not in r.headers
    assert "/login" not in r.text and "/logout" not in r.text
    assert office_links(r.text) == [BUSY, SMALL, ORAN]
    busy_row = re.search(rf"{BUSY}\?.*?</tr>", r.text, re.S).group(0)
    assert '<td class="num">7</td>' in busy_row and '<td class="num">4,5</td>' in busy_row  # Arabic: decimal comma
    small_row = re.search(rf"{SMALL}\?.*?</tr>", r.text, re.S).group(0)
    assert "7</td>" not in small_row and small_row.count("&lt;5") == 9  # every figure of 3 citizens hidden
    assert 'rel="license"' in r.text and LICENCE["url"] in r.text


def test_the_commune_filter_and_the_month_are_kept_in_the_links(site):
    r = get(site, "/offices?month=2026-03&commune=Oran&lang=fr")
    assert office_links(r.text) == [ORAN] and '<html lang="fr" dir="ltr">' in r.text
    assert 'href="/offices.csv?month=2026-03&amp;commune=Oran"' in r.text
    assert 'href="/offices?month=2026-02&amp;commune=Oran&amp;lang=fr"' in r.text  # the previous month


def test_a_month_not_over_or_badly_written_is_said_next_to_the_field(site):
    for month in ("2099-01", "mars"):
        r = get(site, f"/offices?month={month}&lang=en")
        assert r.status_code == 422 and 'aria-invalid="true"' in r.text and 'class="error"' in r.text
        assert r.headers["cache-control"] == "no-cache"
    assert "not a complete month yet" in get(site, "/offices?month=2099-01&lang=en").text
    refused = get(site, "/offices.json?month=2099-01")
    assert refused.status_code == 422 and refused.json()["field"] == "month"
    assert get(site, "/offices.xml").status_code == 404


def test_the_month_as_csv_has_one_header_row_iso_months_and_its_licence(site):
    r = get(site, "/offices.csv?month=2026-03")
    assert r.headers["content-type"].startswith("text/csv")
    assert r.headers["link"] == LICENCE_LINK and r.headers["cache-control"] == "public, max-age=300"
    lines = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert lines[0][:5] == ["month", "office_code", "office_name", "commune", "tickets_issued"]
    assert [line[0] for line in lines[1:]] == ["2026-03"] * 3  # one header row, then data only
    rows = {line[1]: dict(zip(lines[0], line, strict=True)) for line in lines[1:]}
    assert (rows[BUSY]["tickets_issued"], rows[BUSY]["wait_median_min"]) == ("7", "4.5")
    assert rows[SMALL]["tickets_issued"] == "" and json.loads(rows[SMALL]["suppressed"])["tickets_issued"] == \
        "fewer_than_5"


def test_the_month_as_json_names_its_licence_and_why_each_cell_is_empty(site):
    data = get(site, "/offices.json?month=2026-03&commune=Alger%20Centre").json()
    assert data["licence"] == LICENCE and set(LICENCE) == {"name", "url", "attribution"}
    assert (data["month"], data["commune"]) == ("2026-03", "Alger Centre")
    small = next(row for row in data["rows"] if row["office_code"] == SMALL)
    assert small["wait_median_min"] is None and small["suppressed"]["wait_median_min"] == "fewer_than_5"
    busy = next(row for row in data["rows"] if row["office_code"] == BUSY)
    assert busy["wait_p90_min"] == 4.9 and "wait_p90_min" not in busy["suppressed"]


def test_one_office_twelve_months_as_a_page_with_charts_and_as_files(site):
    r = get(site, f"/offices/{BUSY}?month=2026-03&lang=en")
    assert r.status_code == 200 and r.headers["cache-control"] == "public, max-age=300"
    assert r.text.count('<svg xmlns="http://www.w3.org/2000/svg"') == 4 and 'role="img"' in r.text
    assert "March 2026" in r.text and "April 2025" in r.text and "March 2025" not in r.text
    months = get(site, f"/offices/{BUSY}.json?month=2026-03").json()
    assert [row["month"] for row in months["rows"]][::11] == ["2025-04", "2026-03"]
    assert months["licence"]["url"] == LICENCE["url"] and months["office_code"] == BUSY
    download = get(site, f"/offices/{BUSY}.csv?month=2026-03")
    assert download.headers["link"] == LICENCE_LINK
    assert len(download.content.decode("utf-8-sig").strip().splitlines()) == 13
    assert get(site, "/offices/ALG-99999").status_code == 404
    assert get(site, "/offices/ALG-99999.json").status_code == 404


def test_the_back_office_offices_moved_to_manage(site):
    r = get(site, "/manage/offices")
    assert r.status_code == 303 and "/login" in r.headers["location"]


def test_a_page_of_100_offices_is_under_30_kb_gzipped_and_pages_on(server):
    for n in range(101):
        server.store.add_office(f"ALG-{n:05d}", f"Annexe administrative de la commune numéro {n}",
                                "Sidi M'Hamed")
    r = requests.get(server.base_url + "/offices?month=2026-03", headers={"Accept-Encoding": "gzip"},
                     stream=True, timeout=10)
    sent = r.raw.read(decode_content=False)
    assert r.headers["content-encoding"] == "gzip" and len(sent) <= 30_000, len(sent)
    html = get(server, "/offices?month=2026-03").text
    assert len(office_links(html)) == 100
    next_page = re.search(r'<a rel="next" href="([^"]+)"', html).group(1).replace("&amp;", "&")
    assert office_links(get(server, next_page).text) == ["ALG-00100"]
    ordered = get(server, "/offices?month=2026-03&sort=-tickets_issued").text  # all hidden: code order
    next_page = re.search(r'<a rel="next" href="([^"]+)"', ordered).group(1).replace("&amp;", "&")
    assert "start=100" in next_page and office_links(get(server, next_page).text) == ["ALG-00100"]


def test_a_figure_heading_orders_the_offices_and_says_so(site):
    r = get(site, "/offices?month=2026-03&sort=-tickets_issued&lang=en")
    assert office_links(r.text) == [BUSY, SMALL, ORAN]
    assert '<th scope="col" aria-sort="descending"><a href="/offices?month=2026-03&amp;lang=en&amp;sort=' \
           'tickets_issued">' in r.text  # chosen again: smallest first
    assert 'name="sort" value="-tickets_issued"' in r.text  # the month form keeps the order
    refused = get(site, "/offices?month=2026-03&sort=office_name&lang=en")
    assert refused.status_code == 422 and "not a figure the offices can be ordered by" in refused.text
