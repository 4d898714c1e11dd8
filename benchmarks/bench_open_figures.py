"""The open figures `/offices` over every office of Algeria, on PostgreSQL (issue 12, item 4).

  open_figures_p95_ms                 the slowest p95 of the pages below (budget ≤ 500 ms, as the
                                      back office's figures)
  open_figures_page_<page>_p50_ms / _p95_ms, anonymous GETs from a real `maktab-server serve`:
      offices_month        `/offices?month=` (the first 100 of 1,541 offices)
      offices_month_later  `/offices?month=&after=DZ-00700` (a page further on)
      offices_month_sorted `/offices?month=&sort=-wait_median_min&start=700` (ordered by a figure:
                           every office read and sorted, then a page of them)
      office               `/offices/{office}?month=` (twelve months, four charts)
      offices_month_csv    `/offices.csv?month=` (1,541 rows)
  open_figures_page_bytes             the largest page above as sent (gzip; budget ≤ 30,000 bytes)
  open_figures_page_<page>_bytes      each page as sent

The database is bench_backoffice_figures' (1,541 offices × a year of figures, kept between runs),
plus 20 ratings per office and month of that year in `concern_ratings` (added once). Skipped,
with a note, when PostgreSQL cannot be reached.
"""
from __future__ import annotations

import sys

import requests

from benchmarks.bench_backoffice_figures import OFFICES, YEAR, _database_url, _fill, _office_code
from benchmarks.common import Figure, at_most, median, percentile

BUDGET_MS = 500
BUDGET_BYTES = 30_000
RATINGS_PER_MONTH = 20


def _fill_ratings(store) -> None:
    from sqlalchemy import text

    wanted = OFFICES * 12 * RATINGS_PER_MONTH
    with store.engine.begin() as conn:
        if conn.execute(text("SELECT count(*) FROM concern_ratings")).scalar_one() == wanted:
            return
        print(f"  adding {wanted} ratings …", file=sys.stderr, flush=True)
        conn.execute(text("DELETE FROM concern_ratings"))
        conn.execute(text(
            "INSERT INTO concern_ratings (office_code, code, rating, comment, rated_at) "
            "SELECT 'DZ-' || lpad(n::text, 5, '0'), 'R-' || n || '-' || m || '-' || k, 1 + (random() * 4)::int, "
            f"NULL, to_char(make_timestamp({YEAR}, m, 1 + k, 10, 0, 0), 'YYYY-MM-DD\"T\"HH24:MI:SS.000\"Z\"') "
            "FROM generate_series(1, :offices) AS n, generate_series(1, 12) AS m, generate_series(1, :per) AS k"),
            {"offices": OFFICES, "per": RATINGS_PER_MONTH})
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("ANALYZE concern_ratings"))


def _sent_bytes(url: str) -> int:
    """The body as it travels (gzip asked, as every browser does)."""
    answer = requests.get(url, headers={"Accept-Encoding": "gzip"}, stream=True, timeout=60)
    return len(answer.raw.read(decode_content=False))


def _page_figures(url: str, samples: int) -> list[Figure]:
    from benchmarks import web_pages as W

    month = f"{YEAR}-06"
    pages = {
        "offices_month": f"/offices?month={month}",
        "offices_month_later": f"/offices?month={month}&after={_office_code(700)}",
        "offices_month_sorted": f"/offices?month={month}&sort=-wait_median_min&start=700",
        "office": f"/offices/{_office_code(777)}?month={YEAR}-12",
        "offices_month_csv": f"/offices.csv?month={month}",
    }
    times: list[Figure] = []
    sizes: list[Figure] = []
    worst_ms = worst_bytes = 0.0
    with W.served(url) as base:
        anonymous = requests.Session()
        for name, path in pages.items():
            timings, _body = W.time_page(anonymous, base + path, samples)
            p95 = percentile(timings, 95)
            sent = _sent_bytes(base + path)
            print(f"  page {name:<20} p50 {median(timings):7.2f} ms  p95 {p95:7.2f} ms  {sent} bytes sent",
                  file=sys.stderr)
            times += [Figure(f"open_figures_page_{name}_p50_ms", median(timings), "ms"),
                      Figure(f"open_figures_page_{name}_p95_ms", p95, "ms")]
            sizes.append(Figure(f"open_figures_page_{name}_bytes", sent, "bytes"))
            worst_ms = max(worst_ms, p95)
            if not path.startswith("/offices.csv"):  # a download is no page: its size is the data's
                worst_bytes = max(worst_bytes, sent)
    return [at_most("open_figures_p95_ms", worst_ms, "ms", BUDGET_MS),
            at_most("open_figures_page_bytes", worst_bytes, "bytes", BUDGET_BYTES), *times, *sizes]


def run(quick: bool) -> list[Figure]:
    url = _database_url()
    if url is None:
        return [Figure("open_figures_p95_ms", float("nan"), "ms", "PG unreachable")]
    from sync.server.store import ServerStore

    store = ServerStore(url)
    try:
        _fill(store)
        _fill_ratings(store)
    finally:
        store.close()
    return _page_figures(url, 30 if quick else 60)
