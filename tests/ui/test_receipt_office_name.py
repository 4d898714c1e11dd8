"""The kiosk prints the office's name in the citizen's language (issue 13, item 12), from
`[office.names]`, and the office's own name for a language not configured."""
from __future__ import annotations

import dataclasses

from kiosk.domain.tickets import Priority
from kiosk.ui.app import build_citizen_window


def test_ticket_and_concern_receipts_carry_the_office_name_in_the_citizens_language(
        qtbot, qapp, office, settings, tmp_path, ui_clock):
    names = (("ar", "مكتب المواطن — بلدية تيزي وزو"), ("kab", "Tanarit n uɣerf — Tizi Wezzu"))
    configured = dataclasses.replace(settings, office=dataclasses.replace(settings.office, names=names))
    window = build_citizen_window(office, configured, f"png:{tmp_path / 'receipts'}", clock=ui_clock)
    qtbot.addWidget(window)
    issued = office.issue_ticket(office.services()[0].code, Priority.NONE, "ar")
    printer = window.printer
    assert printer.receipt_for(issued, "ar").office_name == "مكتب المواطن — بلدية تيزي وزو"
    assert printer.receipt_for(issued, "kab").office_name == "Tanarit n uɣerf — Tizi Wezzu"
    assert printer.receipt_for(issued, "fr").office_name == office.info.name  # not configured: the office's own
    concern_printer = window.concern_flow.printer
    assert concern_printer is not None and concern_printer._office_name is not None
    assert concern_printer._office_name("ar") == "مكتب المواطن — بلدية تيزي وزو"
