import sqlite3

import pytest

from kiosk.store.database import StoreError, open_database, transaction
from kiosk.store.migrations import MIGRATIONS


def test_database_is_durable_wal(tmp_path):
    db = open_database(tmp_path / "o.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_migrations_are_recorded_and_idempotent(tmp_path):
    path = tmp_path / "o.sqlite3"
    db = open_database(path)
    names = [m.name for m in MIGRATIONS.applied(db)]
    assert names[0] == "m001_tickets_outbox_settings"
    db.conn.close()
    again = open_database(path)
    assert [m.name for m in MIGRATIONS.applied(again)] == names
    assert MIGRATIONS.pending(again) == []


def test_failed_transaction_leaves_nothing(tmp_path):
    db = open_database(tmp_path / "o.sqlite3")
    with pytest.raises(RuntimeError), transaction(db) as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('a', 'b')")
        raise RuntimeError("power cut")
    assert db.execute("SELECT count(*) FROM settings").fetchone()[0] == 0


def test_duplicate_number_is_impossible(tmp_path):
    db = open_database(tmp_path / "o.sqlite3")
    row = ("id1", "EC-N12", "EC-N12", "2026-09-06", 1, "A-001", "fr", "2026-09-06T08:00:00.000Z",
           "2026-09-06T08:00:00.000Z")
    sql = ("INSERT INTO tickets (id, service_code, queue_service, business_date, number, label, language,"
           " issued_at, queued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
    db.execute(sql, row)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(sql, ("id2",) + row[1:])


def test_unwritable_location_gives_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create the data directory"):
        open_database(blocker / "sub" / "o.sqlite3")
