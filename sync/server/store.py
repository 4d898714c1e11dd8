"""What the central server does, without HTTP: one object the app and the CLI are given.

`ServerStore` owns the engine and assembles the server's parts, each in its own module
and each one transaction per call:

    store.devices    enrolment codes, enrolment, tokens, revocation, keys   (sync/server/devices.py)
    store.batches    push batches and signed USB batch files, stored idempotently  (sync/server/batches.py)
    store.updates    the feed of updates offices pull; announcements, catalogue  (sync/server/updates.py)
    store.concerns   concerns kept from office events; the staff workflow  (sync/server/concerns/)
    store.accounts   back-office staff accounts, logins and web sessions  (sync/server/accounts.py)
    store.citizen_concerns  the public concern page: view, rate, "not resolved"  (sync/server/concerns/citizen.py)
    store.office_admin     offices in the back office: list with their reports, commune (sync/server/offices.py)
    store.device_admin     devices in the back office: list, revoke, enrolment codes (sync/server/device_admin.py)
    store.catalogue_admin  catalogue changes and announcements, read back (sync/server/catalogue_admin.py)
    store.figures    per office per day/month figures kept at ingest  (sync/server/figures/)
    store.open_figures  the same, as published to anyone (figures/open_figures.py)
    store.audit      the audit log as administrators read and verify it  (sync/server/audit.py)
    store.open311    Open311 GeoReport v2 (read): public fields of concerns, no login  (sync/server/open311.py)

The `*_admin` parts take the acting `StaffUser` first (the CLI is `COMMAND_LINE`). A list of
offices and a count of events are here. The methods the app, the
CLI and the tests have always called on the store (`store_batch`, `pull`, `announce`,
`enroll`, …) stay here as one-line calls into the parts. Used from the FastAPI app's
worker threads and the `maktab-server` CLI; engines are thread-safe.
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select

from sync import protocol as P
from sync.server import db as D
from sync.server.accounts import Accounts
from sync.server.audit import AuditLog
from sync.server.batches import BatchStore, ImportResult
from sync.server.catalogue_admin import CatalogueAdmin
from sync.server.concerns import CentralConcerns
from sync.server.concerns.citizen import CitizenConcerns
from sync.server.device_admin import DeviceAdmin
from sync.server.devices import Device, DeviceRegistry
from sync.server.errors import Refused
from sync.server.figures.ingest import on_first_answer
from sync.server.figures.open_figures import OpenFigures
from sync.server.figures.queries import Figures
from sync.server.live_tickets import LiveTickets
from sync.server.offices import OfficeAdmin
from sync.server.open311 import Open311
from sync.server.staff import COMMAND_LINE
from sync.server.updates import UpdateFeed


class ServerStore:
    def __init__(self, db_url: str, engine: Engine | None = None, migrate: bool = True, *,
                 public_url: str | None = None):
        """`public_url`: the citizens' pages' address, already checked (P.check_public_url),
        sent to the offices with every pull; None when the server has none."""
        self.db_url = db_url
        self.public_url = public_url
        self.engine = engine or D.make_engine(db_url)
        self.dialect = self.engine.dialect.name
        if migrate:
            D.migrate(self.engine)
        self.devices = DeviceRegistry(self.engine, lambda: D.read_only(self.engine))
        # The figures count each concern's first answer, in the transaction that records it.
        self.concerns = CentralConcerns(self.engine, on_first_answer=on_first_answer)
        self.accounts = Accounts(self.engine)
        self.citizen_concerns = CitizenConcerns(self.engine)
        self.office_admin = OfficeAdmin(self.engine)
        self.device_admin = DeviceAdmin(self.engine, self.devices)
        self.catalogue_admin = CatalogueAdmin(self.engine)
        self.batches = BatchStore(self.engine, self.devices, project_concern=self.concerns.project)
        self.updates = UpdateFeed(self.engine, self.devices, public_url)
        self.figures = Figures(self.engine)
        self.open_figures = OpenFigures(self.engine)
        self.live = LiveTickets(self.engine)  # offices' live snapshots; the ticket page (/t/…)
        self.audit = AuditLog(self.engine)
        # Category codes come from the shared catalogue: public, so read with the CLI's all-seeing scope.
        self.open311 = Open311(self.engine, lambda: self.concerns.categories(COMMAND_LINE))

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------------ offices

    def add_office(self, code: str, name: str, commune: str | None = None) -> None:
        """Add or rename an office; `commune` (None: unchanged) puts it in its supervisors' scope."""
        self.office_admin.add(COMMAND_LINE, code, name, commune)

    def offices(self) -> list[dict[str, str]]:
        with D.read_only(self.engine) as conn:
            rows = conn.execute(select(D.offices.c.code, D.offices.c.name).order_by(D.offices.c.code))
            return [dict(r._mapping) for r in rows]

    def count_events(self, device_id: str | None = None) -> int:
        with D.read_only(self.engine) as conn:
            q = select(func.count()).select_from(D.events)
            if device_id:
                q = q.where(D.events.c.device_id == device_id)
            return conn.execute(q).scalar_one()

    # ------------------------------------------------------------------ the parts, as callers know them

    def new_enroll_code(self, office_code: str, ttl_hours: float = 72) -> tuple[str, str]:
        return self.device_admin.new_enroll_code(COMMAND_LINE, office_code, ttl_hours)

    def enroll(self, code: str, device_name: str, **options: Any) -> P.EnrollResponse:
        return self.devices.enroll(code, device_name, **options)

    def device_for_token(self, token: str) -> Device | None:
        return self.devices.for_token(token)

    def store_batch(self, device: Device, push: P.PushRequest) -> P.PushResponse:
        """Store a batch idempotently, in one transaction; the answer says what happened to each event."""
        return self.batches.store(device, push)

    def import_batch_file(self, path: str | Path) -> list[ImportResult]:
        return self.batches.import_file(path)

    def pull(self, device: Device, cursor: int, limit: int) -> P.PullResponse:
        return self.updates.pull(device, cursor, limit)

    def publish(self, kind: str, data: Mapping[str, Any], office_code: str | None) -> P.Update:
        return self.updates.publish(kind, data, office_code)

    def announce(self, texts: Mapping[str, str], office_code: str | None) -> P.Update:
        return self.catalogue_admin.announce(COMMAND_LINE, texts, office_code)

    def set_catalogue_service(self, code: str, office_code: str | None, *, active: bool | None = None,
                              minutes: float | None = None, names: Mapping[str, str] | None = None) -> P.Update:
        return self.catalogue_admin.set_catalogue_service(COMMAND_LINE, code, office_code, active=active,
                                                          minutes=minutes, names=names)

    def answer_concern(self, code: str, status: str, answer: str | None = None, reason: str | None = None,
                       office_code: str | None = None) -> P.Update:
        return self.concerns.decide(COMMAND_LINE, code, status, answer, reason, office_code)

    def concern(self, code: str, office_code: str | None = None) -> dict[str, Any] | None:
        return self.concerns.find(code, office_code)


__all__ = ["ImportResult", "Refused", "ServerStore"]
