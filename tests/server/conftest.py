"""The server fixtures of tests/sync/conftest.py (real servers, SQLite and PostgreSQL), for the back office's tests."""
from tests.sync.conftest import (  # noqa: F401
    api,
    device,
    pg_db_url,
    pg_session_db,
    server,
    server_db_url,
    servers_stopped_at_the_end,
)
