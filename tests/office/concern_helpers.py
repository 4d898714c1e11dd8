"""What the concern tests share: sample drafts, row counts, the outbox as the tests read it."""
from __future__ import annotations

from kiosk.domain.concerns import ConcernDraft, Contact
from kiosk.office import Office, OfficeInfo

ROAD = "Un grand trou sur la route devant l'école primaire"
ARABIC = "الإنارة العمومية معطلة في شارع الاستقلال منذ أسبوع"


def open_office(path, clock, catalogue, code="BMD"):
    return Office.open_path(path, OfficeInfo("APC Bab El Oued", code, "Africa/Algiers"), clock, catalogue)


def draft(**changes) -> ConcernDraft:
    values = {"category": "roads", "text": ROAD, "language": "fr"}
    values.update(changes)
    return ConcernDraft(**values)


def with_contact(**changes) -> ConcernDraft:
    return draft(contact=Contact("Amine Benali", "0661 23 45 42"), consent=True, **changes)


def counts(office) -> tuple[int, int, int]:
    conn = office._db.conn
    return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("concerns", "concern_history", "outbox"))


def ack_all(office):
    office.outbox.mark_acked([e.seq for e in office.outbox.list(state="pending", limit=10_000)],
                             "2026-09-06T08:00:00.000Z")


def events_of(office, type_):
    return [e for e in office.outbox.list(limit=10_000) if e.type == type_]
