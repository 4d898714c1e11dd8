"""Back-office server tests run on SQLite and PostgreSQL with the sync tests' database
fixtures (re-exported, not copied: `server_db_url`, `pg_session_db`)."""
from tests.sync.conftest import pg_session_db, server_db_url  # noqa: F401
