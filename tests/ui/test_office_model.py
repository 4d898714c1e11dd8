"""The citizen screens' `OfficeModel`: whether the hub answers, as the screens are told it."""
from __future__ import annotations

import threading

from kiosk.ui.bridge import OfficeBridge
from kiosk.ui.office_model import OfficeModel
from kiosk.ui.worker import Worker


def test_an_answer_sent_before_the_hub_was_lost_does_not_hide_the_loss(qtbot, office):
    # A read in flight when the hub stops may still get its answer; the banner must stay up anyway.
    bridge = OfficeBridge(office)
    worker = Worker()
    model = OfficeModel.start(office, worker, bridge)
    release = threading.Event()
    answers: list[str] = []
    model.run(lambda: release.wait(5) and "sent before the loss", on_success=answers.append)

    office.work.publish("hub.connection", {"online": False})  # what the LAN event stream says
    qtbot.waitUntil(lambda: not model.reachable)
    release.set()
    qtbot.waitUntil(lambda: answers == ["sent before the loss"])
    assert not model.reachable

    office.work.publish("hub.connection", {"online": True})
    qtbot.waitUntil(lambda: model.reachable)
    model.run(lambda: "after", on_success=answers.append)
    qtbot.waitUntil(lambda: answers[-1] == "after")
    assert model.reachable
    model.close()
    worker.wait_for_done()
    bridge.close()
