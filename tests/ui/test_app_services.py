"""The services the citizen kiosk starts beside its window when it is the office hub
(`kiosk.ui.app._start_hub_services`): here, that the central server learns the kiosk
printer's condition, against a real central server on loopback (SQLite and PostgreSQL)."""
from __future__ import annotations

import dataclasses

from kiosk.config import HubSettings
from kiosk.printing.printer_state import PrinterState
from kiosk.printing.printers import PrinterErrorReason
from kiosk.printing.spool import JobState
from kiosk.ui.app import _start_hub_services
from sync.client import SyncClient
from sync.state import SyncState
from tests.server.staff_world import ADMIN
from tests.sync.conftest import (  # noqa: F401  (fixtures, shared rather than copied)
    pg_session_db,
    server,
    server_db_url,
    servers_stopped_at_the_end,
)


def test_a_printer_running_out_of_paper_reaches_the_back_office_without_waiting_for_a_ticket(
        qtbot, server, office, settings):  # noqa: F811  (the imported fixture)
    server.store.add_office(office.info.code, office.info.name)
    code, _ = server.store.new_enroll_code(office.info.code)
    SyncClient.enroll(SyncState.load(settings.data_dir), server.base_url, code, "kiosk hall")
    printer = PrinterState()

    def reported() -> str:
        return server.store.office_admin.get(ADMIN, office.info.code)["printer"]

    stops = _start_hub_services(office, dataclasses.replace(settings, hub=HubSettings(host="127.0.0.1", port=0)),
                                printer)
    try:
        qtbot.waitUntil(lambda: reported() == "unknown", timeout=20_000)  # the first round: nothing printed yet
        # The spool's word on the next receipt; no ticket, no other change in the office. The
        # loop is idle for 300 s now: only the printer's change can wake it this soon.
        printer.on_status("A-001", JobState.FAILED_RETRYING, PrinterErrorReason.PAPER_OUT)
        qtbot.waitUntil(lambda: reported() == "paper_out", timeout=20_000)
        printer.on_status("A-001", JobState.PRINTED, None)
        qtbot.waitUntil(lambda: reported() == "ok", timeout=20_000)
    finally:
        for stop in reversed(stops):
            stop()
