"""The central server's database: engine set-up, tables and named migrations.

One SQLAlchemy Core layer for SQLite (default, embedded) and PostgreSQL. Times are stored
as UTC ISO-8601 text and JSON as text so both engines hold the same bytes.

Migrations are plain functions listed in MIGRATIONS, applied in order inside one
transaction each and recorded by name in `schema_migrations`; each run then creates the
coming months' partitions of `events` (db_events.py). Several server processes
may start at once: on PostgreSQL an advisory lock serialises them, on SQLite the
`BEGIN IMMEDIATE` write lock does. Called from any thread; engines are thread-safe.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    select,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, CursorResult
from sqlalchemy.engine.url import make_url
from sqlalchemy.sql.expression import ClauseElement, Executable

from sync import protocol as P
from sync.protocol import utc_now_iso
from sync.server.db_backoffice import concern_history, m003_back_office, m008_audit_indexes
from sync.server.db_concerns import m005_concern_indexes, m012_concern_channel
from sync.server.db_events import ensure_event_partitions, m013_events_by_month
from sync.server.db_public import m009_public, m010_ticket_language
from sync.server.db_web import m004_web
from sync.server.figures.schema import m006_figures, m011_target_figures
from sync.server.office_reports import m007_office_reports

log = logging.getLogger(__name__)

# SQLite needs INTEGER PRIMARY KEY (not BIGINT) to autoincrement the rowid.
_AutoBigInt = BigInteger().with_variant(Integer, "sqlite")

#: Arbitrary constant key of the PostgreSQL advisory locks this server takes.
MIGRATION_LOCK_KEY = 0x4D414B54  # "MAKT"
UPDATES_LOCK_KEY = 0x4D414B55


def _v1_tables(md: MetaData) -> dict[str, Table]:
    """The schema as created by m001 (frozen: later changes are new migrations)."""
    return {t.name: t for t in (
        Table("offices", md,
              Column("code", String(32), primary_key=True),
              Column("name", String(200), nullable=False),
              Column("created_at", String(32), nullable=False)),
        Table("devices", md,
              Column("id", String(64), primary_key=True),
              Column("office_code", String(32), nullable=False, index=True),
              Column("name", String(100), nullable=False),
              Column("token_hash", String(64), nullable=False, unique=True),
              Column("enrolled_at", String(32), nullable=False),
              Column("last_seen_at", String(32)),
              Column("acked_through", BigInteger, nullable=False, server_default="0"),
              Column("revoked_at", String(32))),
        Table("enroll_codes", md,
              Column("code_hash", String(64), primary_key=True),
              Column("office_code", String(32), nullable=False),
              Column("created_at", String(32), nullable=False),
              Column("expires_at", String(32), nullable=False),
              Column("used_at", String(32)),
              Column("device_id", String(64))),
        Table("events", md,
              Column("device_id", String(64), primary_key=True),
              Column("seq", BigInteger, primary_key=True, autoincrement=False),
              Column("event_id", String(64), nullable=False),
              Column("type", String(64), nullable=False),
              Column("occurred_at", String(64), nullable=False),
              Column("payload", Text, nullable=False),
              Column("hash", String(64), nullable=False),
              Column("office_code", String(32), nullable=False),
              Column("batch_id", String(64), nullable=False),
              Column("received_at", String(32), nullable=False),
              Index("events_office_type", "office_code", "type")),
        Table("concerns", md,
              Column("office_code", String(32), primary_key=True),
              Column("code", String(64), primary_key=True),
              Column("concern_id", String(64)),
              Column("category", String(64)),
              Column("status", String(32), nullable=False),
              Column("public_answer", Text),
              Column("reason", Text),
              Column("text", Text),
              Column("language", String(16)),
              Column("registered_at", String(64)),
              Column("updated_at", String(64), nullable=False),
              Index("concerns_code", "code")),
        Table("updates", md,
              Column("cursor", _AutoBigInt, primary_key=True, autoincrement=True),
              Column("office_code", String(32), nullable=True),  # NULL: every office
              Column("kind", String(64), nullable=False),
              Column("data", Text, nullable=False),
              Column("at", String(32), nullable=False),
              Index("updates_office_cursor", "office_code", "cursor")),
        Table("import_log", md,
              Column("id", _AutoBigInt, primary_key=True, autoincrement=True),
              Column("file_name", Text, nullable=False),
              Column("file_sha256", String(64), nullable=False),
              Column("device_id", String(64), nullable=False),
              Column("batch_id", String(64), nullable=False),
              Column("imported_at", String(32), nullable=False),
              Column("stored", Integer, nullable=False),
              Column("duplicate", Integer, nullable=False),
              Column("rejected", Integer, nullable=False)),
    )}


metadata = MetaData()
_t = _v1_tables(metadata)
offices = _t["offices"]
devices = _t["devices"]
enroll_codes = _t["enroll_codes"]
events = _t["events"]
concerns = _t["concerns"]
updates = _t["updates"]
import_log = _t["import_log"]

# m002: the public half of the device's Ed25519 batch-file key (NULL: none registered yet).
devices.append_column(Column("public_key", String(64)))
# m003 (sync/server/db_backoffice.py): the commune an office belongs to (supervisors' scope),
# and a concern's owner, due date and first answer time.
offices.append_column(Column("commune", String(100)))
concerns.append_column(Column("assigned_to", String(64)))
concerns.append_column(Column("due_at", String(32)))
concerns.append_column(Column("answered_at", String(64)))
# m005 (sync/server/db_concerns.py): the office event a history row comes from.
concern_history.append_column(Column("source_event", String(64)))
# m009 (sync/server/db_public.py): the citizen's consent to publish the text, and "not resolved".
concerns.append_column(Column("publish_text", Integer, nullable=False, server_default="0"))
concerns.append_column(Column("reopened_at", String(64)))
# m012 (sync/server/db_concerns.py): how the concern reached the office.
concerns.append_column(Column("channel", String(P.MAX_CHANNEL_CHARS), nullable=False,
                              server_default=P.CONCERN_CHANNEL_DEFAULT))
# m013 (sync/server/db_events.py): the month of the event's own time, which partitions `events`
# on PostgreSQL (there the primary key is (device_id, seq, occurred_month)).
events.append_column(Column("occurred_month", Integer, nullable=False, server_default="0"))

schema_migrations = Table(
    "schema_migrations", MetaData(),
    Column("name", String(100), primary_key=True),
    Column("applied_at", String(32), nullable=False),
)


# ---------------------------------------------------------------------------- migrations


def m001_initial(conn: Connection) -> None:
    md = MetaData()
    _v1_tables(md)
    md.create_all(conn)


def m002_device_public_keys(conn: Connection) -> None:
    """Devices get the public key that checks their batch files (devices.token_hash has held
    only sha256(token) since m001, so no token needs hashing here)."""
    conn.execute(text("ALTER TABLE devices ADD COLUMN public_key VARCHAR(64)"))


MIGRATIONS: list[tuple[str, Callable[[Connection], None]]] = [
    ("m001_initial", m001_initial),
    ("m002_device_public_keys", m002_device_public_keys),
    ("m003_back_office", m003_back_office),
    ("m004_web", m004_web),
    ("m005_concern_indexes", m005_concern_indexes),
    ("m006_figures", m006_figures),
    ("m007_office_reports", m007_office_reports),
    ("m008_audit_indexes", m008_audit_indexes),
    ("m009_public", m009_public),
    ("m010_ticket_language", m010_ticket_language),
    ("m011_target_figures", m011_target_figures),
    ("m012_concern_channel", m012_concern_channel),
    ("m013_events_by_month", m013_events_by_month),
]


def migrate(engine: Engine) -> list[str]:
    """Apply the migrations this database lacks; return their names."""
    applied_now: list[str] = []
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
        schema_migrations.create(conn, checkfirst=True)
        done = set(conn.execute(select(schema_migrations.c.name)).scalars())
        for name, step in MIGRATIONS:
            if name in done:
                continue
            log.info("applying migration %s", name)
            step(conn)
            conn.execute(schema_migrations.insert().values(name=name, applied_at=utc_now_iso()))
            applied_now.append(name)
        ensure_event_partitions(conn)  # this month's and the next ones' (every start, under the lock)
    return applied_now


def applied_migrations(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(select(schema_migrations.c.name).order_by(schema_migrations.c.name)).scalars())


# ---------------------------------------------------------------------------- engines


def default_db_url() -> str:
    """MAKTAB_SERVER_DB, else a SQLite file in the user's data directory."""
    env = os.environ.get("MAKTAB_SERVER_DB")
    if env:
        return env
    import platformdirs

    path = platformdirs.user_data_path("maktab-server", ensure_exists=True) / "maktab-server.sqlite3"
    return f"sqlite:///{path}"


#: PostgreSQL connections a server process keeps open (and threads that push and pull with them,
#: sync/server/fast_sync.py); up to 8 more are opened for a moment when more requests need one.
POOL_SIZE = 8


def make_engine(db_url: str) -> Engine:
    """An engine tuned for the server: SQLite in WAL with durable commits, or PostgreSQL."""
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            os.makedirs(os.path.dirname(os.path.abspath(url.database)), exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        _tune_sqlite(engine)
        return engine
    if url.get_backend_name() == "postgresql":
        if url.drivername == "postgresql":  # plain postgresql:// means psycopg 3 here (the driver we ship)
            url = url.set(drivername="postgresql+psycopg")
        # No ping before each checkout (a round trip per request, ~10 % of a small push's CPU):
        # a connection the database dropped (restart, failover) fails its first statement, nothing
        # is applied, the app answers 503 + Retry-After and the pool replaces all its older
        # connections at once (SQLAlchemy's disconnect handling), so an office retries once.
        return create_engine(url, pool_pre_ping=False, pool_size=POOL_SIZE, max_overflow=8)
    raise ValueError(f"database URL {db_url!r}: only sqlite:///FILE and postgresql+psycopg://… are supported")


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # Let SQLAlchemy's begin() emit our BEGIN instead of pysqlite's implicit one.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")  # an acknowledgment means durably stored
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # Take the write lock at the start, so two writers queue instead of failing to upgrade.
        conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get("readonly") else "BEGIN IMMEDIATE")


_DRIVER_SQL: dict[int, tuple[ClauseElement, str, dict[str, Any]]] = {}  # id(statement) → it, its SQL, defaults


def execute_built(conn: Connection, statement: ClauseElement,
                  params: dict[str, Any] | list[dict[str, Any]]) -> CursorResult[Any]:
    """Run a statement built once (module constant or cached) that a push runs every time.

    On PostgreSQL it is compiled once and sent as its SQL (`exec_driver_sql`): SQLAlchemy then
    neither computes the statement's cache key nor looks up its compiled form at each call,
    which was about a tenth of the push's time in statements (docs/performance.md). Errors
    go through SQLAlchemy as before (a dropped connection is still an OperationalError that
    renews the pool). Result rows carry no type processing: for plain columns only."""
    if conn.dialect.name != "postgresql":
        assert isinstance(statement, Executable)
        return conn.execute(statement, params)
    built = _DRIVER_SQL.get(id(statement))
    if built is None or built[0] is not statement:
        compiled = statement.compile(dialect=conn.dialect)
        built = _DRIVER_SQL[id(statement)] = (statement, str(compiled), dict(compiled.params))
    _, sql, defaults = built
    if isinstance(params, list):
        return conn.exec_driver_sql(sql, [{**defaults, **p} for p in params])
    return conn.exec_driver_sql(sql, {**defaults, **params})


def read_only(engine: Engine) -> Connection:
    """A connection for reading (on SQLite its transaction does not take the write lock)."""
    return engine.connect().execution_options(readonly=True)


def insert_for(conn: Connection, table: Table) -> postgresql.Insert | sqlite.Insert:
    """INSERT with the dialect's ON CONFLICT clauses (`on_conflict_do_nothing` / `_do_update`)."""
    return (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(table)
