"""Central overrides laid over the catalogue file: merged field by field, bad values refused."""
import dataclasses

import pytest

from kiosk.domain.catalogue import CatalogueError, apply_override, validate_override, with_overrides


def test_apply_override_changes_only_the_given_fields(catalogue):
    service = catalogue.service("EC-N12")
    changed = apply_override(service, {"code": "EC-N12", "active": False, "minutes": 4.5,
                                       "names": {"fr": "  Naissance  "}})
    assert (changed.active, changed.typical_minutes) == (False, 4.5)
    assert changed.name("fr") == "Naissance"
    assert changed.name("ar") == service.name("ar")  # other languages keep their names
    assert (changed.prefix, changed.icon, changed.documents) == (service.prefix, service.icon, service.documents)
    assert service.active and service.name("fr") != "Naissance"  # the original is untouched (frozen)


def test_with_overrides_applies_by_code_and_skips_codes_the_file_lacks(catalogue):
    result = with_overrides(catalogue, {"EC-N12": {"active": False}, "GONE-1": {"active": False}})
    assert "EC-N12" not in {s.code for s in result.active_services()}
    assert len(result.active_services()) == len(catalogue.active_services()) - 1
    assert result.concern_categories == catalogue.concern_categories
    assert with_overrides(catalogue, {}) == catalogue


@pytest.mark.parametrize("override, message", [
    ({"active": "no"}, "active must be true or false"),
    ({"minutes": 0}, "minutes must be"),
    ({"minutes": 241}, "minutes must be"),
    ({"minutes": True}, "minutes must be"),
    ({"minutes": "5"}, "minutes must be"),
    ({"names": {"de": "Geburt"}}, "unknown language 'de'"),
    ({"names": {"fr": "   "}}, "the fr name must be"),
    ({"names": {"fr": "x" * 121}}, "the fr name must be"),
    ({"names": {}}, "names must be"),
    ({"code": "EC-N12"}, "nothing to change"),
    ({"icon": "new"}, "nothing to change"),
])
def test_bad_values_are_refused_with_a_clear_message(catalogue, override, message):
    with pytest.raises(CatalogueError, match=message):
        apply_override(catalogue.service("EC-N12"), override)


def test_with_overrides_names_the_service_of_a_bad_value(catalogue):
    with pytest.raises(CatalogueError, match="override of service EC-N12: minutes must be"):
        with_overrides(catalogue, {"EC-N12": {"minutes": -1}})


def test_validate_override_keeps_only_known_fields():
    assert validate_override({"code": "X", "active": True, "icon": "new", "minutes": 3}) == \
        {"active": True, "minutes": 3}


def test_an_inactive_file_service_can_be_opened(catalogue):
    closed = dataclasses.replace(catalogue.service("EC-N12"), active=False)
    assert apply_override(closed, {"active": True}).active
