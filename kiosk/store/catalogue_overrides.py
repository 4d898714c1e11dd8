"""Central changes to catalogue services, one row per service code (SQL only).

A row holds only the fields that differ from the catalogue file, as JSON; the rules
for their values are `kiosk.domain.catalogue.validate_override`.
"""
from __future__ import annotations

import json
import sqlite3
from typing import Any


def all_overrides(conn: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    """Service code → overridden fields."""
    rows = conn.execute("SELECT service_code, fields FROM catalogue_overrides ORDER BY service_code")
    return {code: json.loads(fields) for code, fields in rows}


def get_override(conn: sqlite3.Connection, service_code: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT fields FROM catalogue_overrides WHERE service_code = ?", (service_code,)).fetchone()
    return json.loads(row[0]) if row else None


def put_override(conn: sqlite3.Connection, service_code: str, fields: dict[str, Any], updated_at: str,
                 source: str) -> None:
    conn.execute(
        "INSERT INTO catalogue_overrides (service_code, fields, updated_at, source) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (service_code) DO UPDATE SET fields = excluded.fields, updated_at = excluded.updated_at,"
        " source = excluded.source",
        (service_code, json.dumps(fields, ensure_ascii=False, sort_keys=True), updated_at, source),
    )
