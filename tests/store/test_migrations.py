"""A database created by an earlier release upgrades cleanly and keeps its data."""
import sqlite3

import sqlite_utils

from kiosk.store.database import open_database
from kiosk.store.migrations import MIGRATIONS


def test_every_partial_schema_upgrades_to_the_current_one(tmp_path):
    names = [m.name for m in MIGRATIONS._migrations]
    assert names[0] == "m001_tickets_outbox_settings" and len(names) >= 3
    for stop in names[1:]:
        path = tmp_path / f"{stop}.sqlite3"
        old = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))
        MIGRATIONS.apply(old, stop_before=stop)  # the schema as an older release left it
        old.execute(
            "INSERT INTO tickets (id, service_code, queue_service, business_date, number, label, language,"
            " issued_at, queued_at) VALUES ('t1', 'EC-N12', 'EC-N12', '2026-09-06', 7, 'A-007', 'ar',"
            " '2026-09-06T08:00:00.000Z', '2026-09-06T08:00:00.000Z')")
        old.conn.close()
        upgraded = open_database(path)
        assert [m.name for m in MIGRATIONS.applied(upgraded)] == names
        assert upgraded.execute("SELECT label FROM tickets WHERE id = 't1'").fetchone() == ("A-007",)
        upgraded.conn.close()
