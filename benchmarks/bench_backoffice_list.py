"""The back office's concern list on PostgreSQL with 1,000,000 concerns over 1,541 offices
(DESIGN.md §9: `backoffice_concern_list_p95_ms` ≤ 200 ms).

The data set is made by PostgreSQL itself (INSERT … SELECT generate_series) in a database
named `maktab_bench_backoffice`, kept between runs and made again when the schema (the
server's migrations) or this generator changes. Offices come three to a commune (514
communes); concerns are spread over a year, over ten categories, mostly answered or
closed when old and open when recent, a third of them owned. The list is then read as
the people who use it: an agent of two offices, a supervisor of a commune, an
administrator with each filter, and the second and tenth pages, twice:

  backoffice_concern_list_p95_ms             the slowest page's p95 (the budget: what a person waits for)
  backoffice_concern_list_page_<case>_p50/95 `GET /concerns?…` from a real `maktab-server serve`, logged in
                                             (benchmarks/web_pages.py); later pages follow "Next page"
  backoffice_list_<case>_p50/95              `CentralConcerns.list` alone, the page's main query
  backoffice_home_page_admin_p95_ms / backoffice_home_counts_admin_p95_ms   the home page and its counters

The web accounts (agent3, sup, admin) are added once to the cached database. Skipped with
a note when PostgreSQL cannot be reached ($MAKTAB_TEST_PG_URL).
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import time

from benchmarks.common import Figure, at_most, median, percentile, timed_ms

PG_URL = os.environ.get("MAKTAB_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
DB_NAME = "maktab_bench_backoffice"
CONCERNS = 1_000_000
OFFICES = 1541
OFFICES_PER_COMMUNE = 3
BUDGET_MS = 200
#: Bump when the generated data changes, so cached databases are made again.
DATA_VERSION = "3"
CATEGORIES = ("roads", "water", "lighting", "waste", "housing", "civil-status", "noise", "transport", "parks", "other")
PHRASES = ("Fuite d'eau devant l'immeuble", "Trottoir cassé près de l'école", "Éclairage public en panne",
           "Ordures non ramassées depuis une semaine", "حفرة كبيرة في الطريق", "انقطاع الماء في الحي",
           "Bruit la nuit du chantier voisin")


def _office(n: int) -> str:
    return f"BO-{n:05d}"


def _generate(conn) -> None:
    from sqlalchemy import text

    conn.execute(text(
        "INSERT INTO offices (code, name, created_at, commune) "
        "SELECT 'BO-' || lpad(i::text, 5, '0'), 'Office ' || i, '2025-01-01T00:00:00.000Z', "
        "       'Commune ' || ((i - 1) / :per) FROM generate_series(1, :n) AS i"),
        {"n": OFFICES, "per": OFFICES_PER_COMMUNE})
    # g walks time (one concern every ~31.5 s over a year); its office is scattered.
    conn.execute(text("""
        INSERT INTO concerns (office_code, code, concern_id, category, status, public_answer, reason, text, language,
                              registered_at, updated_at, assigned_to, due_at, answered_at)
        SELECT office, code, 'id-' || g, category, status,
               CASE WHEN status IN ('answered', 'closed') THEN 'Réponse ' || g END, NULL,
               (CAST(:phrases AS text[]))[1 + (g::bigint * 2654435761) % 7] || ' (n° ' || g || ')',
               CASE WHEN g % 3 = 0 THEN 'fr' ELSE 'ar' END,
               to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
               CASE WHEN g % 3 = 0 THEN 'agent' || (g % 97) END,
               to_char(at + interval '30 days', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
               CASE WHEN status IN ('answered', 'closed')
                    THEN to_char(at + (g % 40) * interval '1 day', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END
        FROM (SELECT g, 'BO-' || lpad((1 + (g::bigint * 7919) % :offices)::text, 5, '0') AS office,
                     'C' || lpad(g::text, 7, '0') AS code,
                     (CAST(:categories AS text[]))[1 + (g::bigint * 2654435761 / 1000) % 10] AS category,
                     timestamp '2025-12-01 00:00:00' + g * interval '31.5 seconds' AS at,
                     CASE WHEN g > :recent THEN (ARRAY['received', 'in_progress'])[1 + g % 2]
                          WHEN g % 10 < 2 THEN (ARRAY['received', 'in_progress'])[1 + g % 2]
                          WHEN g % 10 < 7 THEN 'answered' WHEN g % 10 < 9 THEN 'closed' ELSE 'rejected' END AS status
              FROM generate_series(1, :n) AS g) AS s"""),
        {"n": CONCERNS, "offices": OFFICES, "recent": CONCERNS * 9 // 10, "phrases": list(PHRASES),
         "categories": list(CATEGORIES)})


def _database() -> tuple[str | None, str]:
    """The cached benchmark database's URL (made if missing or stale), or None and why."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine.url import make_url

    from sync.server import db as D

    admin_url = make_url(PG_URL)
    try:
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
        with admin.connect() as conn:
            exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": DB_NAME}).first()
    except Exception as exc:
        return None, f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    url = admin_url.set(database=DB_NAME).render_as_string(hide_password=False)
    wanted = DATA_VERSION + ":" + ",".join(name for name, _ in D.MIGRATIONS)
    if exists:
        engine = create_engine(url)
        try:
            with engine.connect() as conn:
                have = conn.execute(text("SELECT version FROM bench_meta")).scalar()
        except Exception:
            have = None
        engine.dispose()
        if have == wanted:
            return url, "cached"
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{DB_NAME}" WITH (FORCE)'))
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{DB_NAME}"'))
    admin.dispose()
    began = time.perf_counter()
    engine = D.make_engine(url)
    D.migrate(engine)
    with engine.begin() as conn:
        _generate(conn)
        conn.execute(text("CREATE TABLE bench_meta (version TEXT NOT NULL)"))
        conn.execute(text("INSERT INTO bench_meta VALUES (:v)"), {"v": wanted})
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE concerns"))
        conn.execute(text("VACUUM ANALYZE offices"))
    engine.dispose()
    print(f"  made {DB_NAME}: {CONCERNS:,} concerns in {time.perf_counter() - began:.0f} s", file=sys.stderr)
    return url, "made"


def _people():
    """An agent of two offices, the supervisor of a commune (three offices), an administrator."""
    from sync.server.staff import StaffUser

    agent = StaffUser(1, "agent3", "Agent", "agent", offices=frozenset({_office(1), _office(2)}))
    commune = frozenset(_office(n) for n in range(4, 4 + OFFICES_PER_COMMUNE))
    supervisor = StaffUser(2, "sup", "Supervisor", "supervisor", offices=commune, communes=frozenset({"Commune 1"}))
    return agent, supervisor, StaffUser(3, "admin", "Admin", "admin", offices=None)


def _cases():
    from sync.server.concerns import ConcernQuery

    agent, supervisor, admin = _people()
    month = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    return [
        ("agent_2_offices", agent, ConcernQuery(), 1),
        ("agent_overdue_assigned_to_me", agent, ConcernQuery(overdue=True, assigned_to_me=True), 1),
        ("supervisor_commune", supervisor, ConcernQuery(), 1),
        ("supervisor_overdue_by_due", supervisor, ConcernQuery(overdue=True, sort="due"), 1),
        ("admin_newest", admin, ConcernQuery(), 1),
        ("admin_overdue", admin, ConcernQuery(overdue=True), 1),
        ("admin_overdue_by_due", admin, ConcernQuery(overdue=True, sort="due"), 1),
        ("admin_status_rejected", admin, ConcernQuery(status="rejected"), 1),
        ("admin_category", admin, ConcernQuery(category="water"), 1),
        ("admin_received_between", admin, ConcernQuery(received_from=month[0], received_to=month[1]), 1),
        ("admin_text_in_month", admin, ConcernQuery(text="trottoir", received_from=month[0], received_to=month[1]), 1),
        ("admin_text_category_status", admin, ConcernQuery(text="fuite", category="water", status="received"), 1),
        ("admin_code_prefix", admin, ConcernQuery(text="C00123"), 1),
        ("admin_all_filters", admin, ConcernQuery(overdue=True, category="roads", text="حفرة",
                                                  received_from=dt.date(2026, 1, 1), received_to=month[1]), 1),
        ("admin_page_2", admin, ConcernQuery(), 2),
        ("admin_page_10", admin, ConcernQuery(), 10),
        ("supervisor_page_10", supervisor, ConcernQuery(), 10),
    ]


def _accounts():
    """The web accounts of `_people()`: same usernames (so "assigned to me" finds the same rows), same scope."""
    from benchmarks.web_pages import Account

    agent, supervisor, admin = _people()
    return [Account(agent.username, "agent", offices=tuple(sorted(agent.offices or ()))),
            Account(supervisor.username, "supervisor", communes=tuple(supervisor.communes)),
            Account(admin.username, "admin")]


def _page_path(query) -> str:
    """The list page's address for a ConcernQuery (the filter form's fields; no status is "any")."""
    from urllib.parse import urlencode

    fields = {"status": query.status or "any", "category": query.category or "", "text": query.text or "",
              "overdue": "1" if query.overdue else "", "assigned_to_me": "1" if query.assigned_to_me else "",
              "received_from": query.received_from.isoformat() if query.received_from else "",
              "received_to": query.received_to.isoformat() if query.received_to else "",
              "sort": "" if query.sort == "newest" else query.sort}
    return "/concerns?" + urlencode({k: v for k, v in fields.items() if v})


def _query_figures(store, reps: int) -> tuple[list[Figure], float]:
    """The service call alone, per case; and the worst p95."""
    import dataclasses

    figures: list[Figure] = []
    worst = 0.0
    for name, user, query, page_no in _cases():
        # the cursor of the wanted page, found once (what a user clicking "next" holds)
        for _ in range(page_no - 1):
            query = dataclasses.replace(query, after=store.concerns.list(user, query).next_cursor)
        rows = len(store.concerns.list(user, query).rows)
        samples = timed_ms(lambda user=user, query=query: store.concerns.list(user, query), reps, warm=2)
        p95 = percentile(samples, 95)
        worst = max(worst, p95)
        print(f"  query {name:<30} rows {rows:>3}  p50 {median(samples):7.2f} ms  p95 {p95:7.2f} ms", file=sys.stderr)
        figures += [Figure(f"backoffice_list_{name}_p50_ms", median(samples), "ms"),
                    Figure(f"backoffice_list_{name}_p95_ms", p95, "ms")]
    counts = timed_ms(lambda: store.concerns.counts(_people()[2]), reps, warm=0)
    figures.append(Figure("backoffice_home_counts_admin_p95_ms", percentile(counts, 95), "ms"))
    return figures, worst


def _page_figures(url: str, samples: int) -> tuple[list[Figure], float]:
    """The full page per case, over HTTP, logged in as the case's person; and the worst p95."""
    from benchmarks import web_pages as W

    W.ensure_accounts(url, _accounts())
    figures: list[Figure] = []
    worst = 0.0
    with W.served(url) as base:
        sessions = {a.username: W.logged_in(base, a.username) for a in _accounts()}
        _agent, _supervisor, admin = _people()
        cases = [(name, user.username, _page_path(query), page_no)
                 for name, user, query, page_no in _cases()]
        cases.insert(5, ("admin_open_default", admin.username, "/concerns", 1))  # what the menu opens
        for name, username, path, page_no in cases:
            session = sessions[username]
            for _ in range(page_no - 1):  # follow "Next page" as a person does
                path = W.next_page_url(session.get(base + path, timeout=60).text)
            timings, body = W.time_page(session, base + path, samples)
            rows = body.count("<tr") - 1 if "<tbody>" in body else 0
            p95 = percentile(timings, 95)
            worst = max(worst, p95)
            print(f"  page  {name:<30} rows {rows:>3}  p50 {median(timings):7.2f} ms  p95 {p95:7.2f} ms  "
                  f"{len(body) // 1024} KiB", file=sys.stderr)
            figures += [Figure(f"backoffice_concern_list_page_{name}_p50_ms", median(timings), "ms"),
                        Figure(f"backoffice_concern_list_page_{name}_p95_ms", p95, "ms")]
        timings, _body = W.time_page(sessions[admin.username], base + "/", samples)
        figures.append(Figure("backoffice_home_page_admin_p95_ms", percentile(timings, 95), "ms"))
    return figures, worst


def run(quick: bool) -> list[Figure]:
    url, how = _database()
    if url is None:
        print(f"  backoffice_concern_list_p95_ms skipped: PostgreSQL unreachable at {PG_URL} ({how})", file=sys.stderr)
        return [Figure("backoffice_concern_list_p95_ms", float("nan"), "ms", "PG unreachable")]
    from sync.server.store import ServerStore

    store = ServerStore(url)
    try:
        query_figures, query_worst = _query_figures(store, 10 if quick else 40)
    finally:
        store.close()
    page_figures, page_worst = _page_figures(url, 30 if quick else 40)
    # The budget is what a person waits for: the slowest page; the queries are its detail.
    return [at_most("backoffice_concern_list_p95_ms", page_worst, "ms", BUDGET_MS),
            Figure("backoffice_concern_list_query_p95_ms", query_worst, "ms"), *page_figures, *query_figures]


if __name__ == "__main__":
    for figure in run("--quick" in sys.argv):
        print(figure)
