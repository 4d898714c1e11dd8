"""A call for help over the real LAN API: a paired kiosk asks, every desk and the display hear
it on their event stream with the kiosk's name, a clerk answers, and the kiosk hears that."""
from __future__ import annotations

import pytest
import requests
from hub_helpers import Recorder, wait_until

from kiosk.domain.help import HelpState
from kiosk.office import NotAllowed


def test_the_alert_reaches_every_desk_and_the_answer_reaches_the_kiosk(make_device, office):
    kiosk = make_device("Borne entrée", "kiosk")
    desks = [make_device("Guichet 1"), make_device("Guichet 2")]
    display = make_device("Salle", "display")
    heard = {name: Recorder() for name in ("kiosk", "desk1", "desk2", "display")}
    for name, device in zip(heard, (kiosk, *desks, display), strict=True):
        device.subscribe(heard[name])
        wait_until(lambda device=device: device.online)

    asked = kiosk.ask_for_help("ignored: the hub names the kiosk from its pairing")
    assert asked.kiosk_name == "Borne entrée"
    for name in ("desk1", "desk2", "display"):
        alert = wait_until(lambda name=name: heard[name].of("help.requested"))[0].data["request"]
        assert alert["id"] == asked.id and alert["kiosk_name"] == "Borne entrée"
    assert [r.id for r in desks[1].open_help_requests()] == [asked.id]

    token = desks[1].login("amina", "4829").token
    answered = desks[1].acknowledge_help(token, asked.id)
    assert answered.acknowledged_by == "amina"
    heard_back = wait_until(lambda: heard["kiosk"].of("help.acknowledged"))[0].data["request"]
    assert heard_back["id"] == asked.id and heard_back["acknowledged_by"] == "amina"
    assert kiosk.help_request(asked.id).state(office.clock.now()) is HelpState.ACKNOWLEDGED
    assert desks[0].open_help_requests() == []


def test_a_kiosk_pressing_twice_raises_one_alert(make_device, office):
    kiosk = make_device("Borne 1", "kiosk")
    assert kiosk.ask_for_help().id == kiosk.ask_for_help().id
    other = make_device("Borne 2", "kiosk")
    assert other.ask_for_help().id != kiosk.ask_for_help().id  # each kiosk has its own alert
    assert len(office.open_help_requests()) == 2
    assert [e.type for e in office.outbox.list()].count("help.requested") == 2


def test_a_display_cannot_ask_and_a_kiosk_cannot_answer(make_device, hub):
    display = make_device("Salle", "display")
    with pytest.raises(NotAllowed):
        display.ask_for_help()
    kiosk = make_device("Borne 1", "kiosk")
    asked = kiosk.ask_for_help()
    with pytest.raises(NotAllowed):
        kiosk.acknowledge_help("", asked.id)
    unknown = requests.get(f"{hub.url}/lan/v1/help/nope", headers=kiosk._headers, timeout=5)
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "unknown_help_request"
    assert kiosk.help_request("nope") is None
