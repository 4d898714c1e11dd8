"""A small wilaya for the browser tests of the offices, catalogue and announcement pages: offices in
two communes (one stale, one never synced), devices (one revoked), status reports with services,
central changes and announcements, and people of each role in Arabic and French.

    office_world(server)      fills a live server's database (once per module) and returns the usernames
    (log in with tests/web/people.log_in)

Runs in the test process's main thread.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import update

from sync import protocol as P
from sync.server import db as D
from sync.server.office_reports import save_report
from sync.server.staff import COMMAND_LINE
from tests.web.people import PASSWORD

SERVICES = (
    P.ReportedService("EC-N12", {"ar": "شهادة الميلاد", "fr": "Acte de naissance", "en": "Birth certificate"},
                      True, 5),
    P.ReportedService("EC-RES", {"ar": "شهادة الإقامة", "fr": "Certificat de résidence"}, True, 8),
    P.ReportedService("LEG-SIG", {"ar": "المصادقة على التوقيع", "fr": "Légalisation de signature"}, False, 3),
)


@dataclasses.dataclass(frozen=True)
class OfficeWorld:
    office: str  # the main office: devices, report, catalogue, announcements
    other_commune_office: str


def _enrol(store, office: str, name: str, days_ago: float | None = None) -> str:
    device = store.enroll(store.new_enroll_code(office)[0], name).device_id
    if days_ago is not None:
        when = P.format_time(P.utc_now() - dt.timedelta(days=days_ago))
        with store.engine.begin() as conn:
            conn.execute(update(D.devices).where(D.devices.c.id == device).values(last_seen_at=when))
    return device


def office_world(server) -> OfficeWorld:
    store = server.store
    offices = store.office_admin
    offices.add(COMMAND_LINE, "ALG-16001", "APC Alger Centre", commune="Alger Centre")
    offices.add(COMMAND_LINE, "ALG-16002", "Annexe Place des Martyrs", commune="Alger Centre")
    offices.add(COMMAND_LINE, "ALG-16003", "Annexe Tafourah", commune="Alger Centre")
    offices.add(COMMAND_LINE, "ORN-31001", "APC Oran", commune="Oran")
    kiosk = _enrol(store, "ALG-16001", "Borne du hall")
    _enrol(store, "ALG-16001", "Guichet 2")
    store.device_admin.revoke(COMMAND_LINE, _enrol(store, "ALG-16001", "Ancienne borne", days_ago=40))
    _enrol(store, "ALG-16002", "Borne", days_ago=4)
    _enrol(store, "ORN-31001", "Borne")
    now = P.utc_now_iso()
    with store.engine.begin() as conn:
        save_report(conn, "ALG-16001", kiosk, P.OfficeStatus(12, "0.9.0", "paper_out", 1, now, SERVICES))
    store.catalogue_admin.set_catalogue_service(COMMAND_LINE, "EC-RES", "ALG-16001", minutes=10)
    store.catalogue_admin.announce(COMMAND_LINE, {"ar": "المكتب مغلق يوم الخميس 1 نوفمبر",
                                                  "fr": "Le bureau est fermé le jeudi 1er novembre"}, None)
    store.catalogue_admin.announce(COMMAND_LINE, {"ar": "يرجى إحضار بطاقة التعريف الوطنية",
                                                  "fr": "Merci d'apporter votre carte d'identité nationale",
                                                  "kab": "Ttxil-wet awit-d takarḍa n tmagit"}, "ALG-16001")
    for lang in ("ar", "fr"):
        store.accounts.add(COMMAND_LINE, f"admin-{lang}", "Amina Benali", "admin", PASSWORD, language=lang)
        store.accounts.add(COMMAND_LINE, f"sup-{lang}", "Samir Haddad", "supervisor", PASSWORD,
                           communes=["Alger Centre"], language=lang)
        store.accounts.add(COMMAND_LINE, f"agent-{lang}", "Karim Ait Ali", "agent", PASSWORD,
                           offices=["ALG-16001"], language=lang)
    return OfficeWorld("ALG-16001", "ORN-31001")

