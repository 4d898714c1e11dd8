"""Migration m004_web: a web session can hold one draft of a form that could not be saved.

When a form is posted with a stale CSRF token or after the session went idle, the fields
the person typed are kept in their session row (`draft_path`, `draft`: JSON of the fields,
passwords left out) and given back to the form after they log in again
(sync/server/web/forms.py). Kept apart from `sync.server.db` like db_backoffice. Any thread.
"""
from __future__ import annotations

from sqlalchemy import Column, String, Text, text
from sqlalchemy.engine import Connection

from sync.server.db_backoffice import web_sessions

web_sessions.append_column(Column("draft_path", String(300)))
web_sessions.append_column(Column("draft", Text))


def m004_web(conn: Connection) -> None:
    """Web sessions keep a draft of a form that could not be saved (path + JSON fields)."""
    conn.execute(text("ALTER TABLE web_sessions ADD COLUMN draft_path VARCHAR(300)"))
    conn.execute(text("ALTER TABLE web_sessions ADD COLUMN draft TEXT"))
    # Expired sessions are purged by age; logins look them up by their last activity.
    conn.execute(text("CREATE INDEX web_sessions_last_seen ON web_sessions (last_seen_at)"))


__all__ = ["m004_web"]
