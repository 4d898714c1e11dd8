"""`Office` and `RemoteOffice` both implement every member of `OfficePort`, with the same
signature: names, kinds, defaults and annotations of every parameter and the result.
(mypy checks the same from the other side: kiosk/office/port.py, kiosk/hub/client.py.)"""
from __future__ import annotations

import inspect

import pytest

from kiosk.hub.client import RemoteOffice
from kiosk.office import Office, OfficePort
from kiosk.office.port import port_members

MEMBERS = port_members()


def _shape(cls: type, name: str):
    """The comparable shape of a member: a property's result, or a method's whole signature."""
    member = inspect.getattr_static(cls, name)
    if isinstance(member, property):
        assert member.fget is not None
        return "property", inspect.signature(member.fget).return_annotation
    assert callable(member), f"{cls.__name__}.{name} is neither a method nor a property"
    signature = inspect.signature(member)
    return "method", [(p.name, p.kind, p.default, p.annotation) for p in signature.parameters.values()], \
        signature.return_annotation


def test_the_port_lists_what_screens_the_hub_and_the_command_lines_use():
    # A sample of each area, so an emptied Protocol cannot pass the comparison below.
    for name in ("issue_ticket", "call_next", "register_concern", "change_concern_status", "login", "board",
                 "catalogue", "problem", "subscribe", "sync_status", "sync_now"):
        assert name in MEMBERS


@pytest.mark.parametrize("name", MEMBERS)
def test_office_and_remote_office_have_the_ports_signature(name):
    expected = _shape(OfficePort, name)
    assert _shape(Office, name) == expected
    assert _shape(RemoteOffice, name) == expected


def test_hub_side_operations_stay_off_the_port():
    for name in ("add_staff", "purge_personal_data", "apply_central_concern_update", "apply_catalogue_update",
                 "outbox", "database_file", "attach_sync", "online", "reload"):
        assert name not in MEMBERS
