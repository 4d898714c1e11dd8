import pytest

from kiosk.domain.catalogue import CatalogueError, load_catalogue, parse_catalogue
from kiosk.domain.languages import LANGUAGES


def _service(code="EC-N12", prefix="A", **over):
    entry = {
        "code": code, "prefix": prefix, "minutes": 3, "icon": "birth",
        "name": {lang: f"name {lang}" for lang in LANGUAGES},
        "documents": {lang: [f"id card {lang}"] for lang in LANGUAGES},
    }
    entry.update(over)
    return entry


def test_bundled_catalogue_is_complete(catalogue):
    assert len(catalogue.services) == 19
    assert len({s.prefix for s in catalogue.services}) == 19
    for service in catalogue.services:
        for lang in LANGUAGES:
            assert service.name(lang).strip()
            assert service.documents_in(lang), f"{service.code} lists no documents in {lang}"
    assert {c.code for c in catalogue.concern_categories} >= {
        "roads", "water", "lighting", "waste", "civil_status", "building_permits", "social", "other"}


def test_duplicate_code_is_refused():
    with pytest.raises(CatalogueError, match="duplicate service code 'EC-N12'"):
        parse_catalogue({"service": [_service(), _service(prefix="B")]})


def test_duplicate_prefix_is_refused():
    with pytest.raises(CatalogueError, match="duplicate ticket prefix 'A'"):
        parse_catalogue({"service": [_service(), _service(code="EC-12S")]})


def test_missing_translation_names_service_and_language():
    entry = _service()
    del entry["name"]["kab"]
    with pytest.raises(CatalogueError, match="service EC-N12: name: missing translation for kab"):
        parse_catalogue({"service": [entry]})


def test_documents_must_match_across_languages():
    entry = _service()
    entry["documents"]["fr"] = ["a", "b"]
    with pytest.raises(CatalogueError, match="different numbers of documents"):
        parse_catalogue({"service": [entry]})


@pytest.mark.parametrize("field, value, message", [
    ("prefix", "AB", "prefix must be one capital letter"),
    ("minutes", 0, "minutes must be a number"),
    ("minutes", "3", "minutes must be a number"),
    ("icon", "Birth Icon", "icon must be a file stem"),
    ("code", "ec n12", "code must be capital letters"),
])
def test_bad_fields_are_named(field, value, message):
    with pytest.raises(CatalogueError, match=message):
        parse_catalogue({"service": [_service(**{field: value})]})


def test_bad_file_says_where(tmp_path):
    path = tmp_path / "catalogue.toml"
    path.write_text("[[service]\n", encoding="utf-8")
    with pytest.raises(CatalogueError, match="is not valid TOML"):
        load_catalogue(path)
    with pytest.raises(CatalogueError, match="not found"):
        load_catalogue(tmp_path / "missing.toml")
