"""Migration m009: what the citizen's phone and the open figures need (issue [4/7]).

- `office_snapshots`: the latest live snapshot of each office (queue counts, numbers
  called, wait estimates; never a name or a phone number), kept one row per office and
  replaced by each newer snapshot; `received_at` on the server's clock says when the
  office was last heard, so the ticket page can say "offline since HH:MM".
- `public_tickets`: the tickets a citizen may follow from the QR code, found by the
  sha256 of their unguessable token (the token itself is printed, never stored here);
  filled from the offices' `ticket.issued` events, kept a few days.
- `concern_ratings`: a citizen's rating of a concern's answer (1 to 5, optional comment),
  one per concern (a new rating after a new answer replaces the old one).
- `concerns.publish_text`: 1 when the citizen agreed at the kiosk to the anonymous
  publication of the concern's text (Open311), else 0 (the default, and every concern
  received before this question existed).
- `concerns.reopened_at`: when the citizen said "not resolved" (once per concern).

Listed in `sync.server.db.MIGRATIONS`; runs inside the migration's transaction. The table
objects below are the code's view of the schema (frozen as created: later changes are new
migrations).
"""
from __future__ import annotations

from sqlalchemy import Column, Index, Integer, MetaData, String, Table, Text, text
from sqlalchemy.engine import Connection


def _tables(md: MetaData) -> dict[str, Table]:
    return {
        "office_snapshots": Table(
            "office_snapshots", md,
            Column("office_code", String(32), primary_key=True),
            Column("device_id", String(64), nullable=False),
            Column("taken_at", String(64), nullable=False),  # the office's clock
            Column("received_at", String(32), nullable=False),  # the server's clock
            Column("body", Text, nullable=False)),  # the snapshot as JSON
        "public_tickets": Table(
            "public_tickets", md,
            Column("token_hash", String(64), primary_key=True),  # sha256 hex of the printed token
            Column("office_code", String(32), nullable=False),
            Column("ticket_id", String(64), nullable=False),
            Column("day", String(10), nullable=False),  # the office's local date, ISO
            Column("service", String(32), nullable=False),
            Column("number", Integer, nullable=False),
            Column("label", String(16), nullable=False),
            Column("issued_at", String(64), nullable=False),
            Index("public_tickets_day", "day")),
        "concern_ratings": Table(
            "concern_ratings", md,
            Column("office_code", String(32), primary_key=True),
            Column("code", String(64), primary_key=True),
            Column("rating", Integer, nullable=False),  # 1..5
            Column("comment", Text),
            Column("rated_at", String(32), nullable=False),  # the server's clock
            Index("concern_ratings_office_rated", "office_code", "rated_at")),
    }


_t = _tables(MetaData())
office_snapshots = _t["office_snapshots"]
public_tickets = _t["public_tickets"]
public_tickets.append_column(Column("language", String(8)))  # m010
concern_ratings = _t["concern_ratings"]


def m010_ticket_language(conn: Connection) -> None:
    """`public_tickets.language`: the language the citizen took the ticket in at the kiosk, so the
    phone's page opens in it (NULL: an event without one; the browser's language then)."""
    conn.execute(text("ALTER TABLE public_tickets ADD COLUMN language VARCHAR(8)"))


def m009_public(conn: Connection) -> None:
    md = MetaData()
    _tables(md)
    md.create_all(conn)
    conn.execute(text("ALTER TABLE concerns ADD COLUMN publish_text INTEGER NOT NULL DEFAULT 0"))
    conn.execute(text("ALTER TABLE concerns ADD COLUMN reopened_at VARCHAR(64)"))


__all__ = ["concern_ratings", "m009_public", "m010_ticket_language", "office_snapshots", "public_tickets"]
