"""m011: concerns stored before channels existed came from a kiosk, and stay readable."""
import sqlite3

import sqlite_utils

from kiosk.domain.concerns import Channel
from kiosk.store import concerns as concern_rows
from kiosk.store.database import open_database
from kiosk.store.migrations import MIGRATIONS


def test_concerns_from_before_the_channel_are_kiosk_concerns(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))
    MIGRATIONS.apply(old, stop_before="m011_concern_channel")
    old.execute(
        "INSERT INTO concerns (id, code, category, text, language, status, created_at, updated_at)"
        " VALUES ('c1', 'BMD-7K3Q-9XA4', 'roads', 'Un trou sur la route', 'fr', 'received',"
        " '2026-09-06T08:00:00.000Z', '2026-09-06T08:00:00.000Z')")
    old.conn.close()
    upgraded = open_database(path)
    try:
        concern = concern_rows.get_by_code(upgraded.conn, "BMD-7K3Q-9XA4")
        assert concern is not None and concern.channel is Channel.KIOSK
        try:
            upgraded.execute("UPDATE concerns SET channel = 'fax'")
        except sqlite3.IntegrityError:
            pass
        else:
            raise AssertionError("the table let an unknown channel in")
    finally:
        upgraded.conn.close()
