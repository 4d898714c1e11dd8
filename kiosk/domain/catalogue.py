"""The service catalogue: what the office offers, in every language, and what to bring.

Loaded from a TOML file (the bundled `kiosk/assets/catalogue.toml` by default) and validated
as a whole: a catalogue with a duplicate code or prefix or a missing translation is
refused with a message that names the entry, so a technician can fix the file.

The central server can then change a service (open/closed, counter minutes, names)
with a `catalogue.service` update; `apply_override` and `with_overrides` lay those
changes over the file's catalogue and refuse values the file itself would refuse.
"""
from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from kiosk.domain.call_order import MAX_PRIORITY_AFTER
from kiosk.domain.languages import LANGUAGES
from kiosk.domain.tifinagh import to_tifinagh
from kiosk.resources import CATALOGUE_PATH

_CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,15}$")
_ICON_RE = re.compile(r"^[a-z0-9_-]{1,40}$")
DEFAULT_TARGET_MINUTES = 30  # a service's waiting target when its catalogue entry names none


class CatalogueError(ValueError):
    """The catalogue file is missing, unreadable or inconsistent."""


@dataclasses.dataclass(frozen=True)
class Service:
    code: str
    names: dict[str, str]  # language → name
    prefix: str  # one capital letter, printed before the ticket number
    typical_minutes: float  # at the counter, per citizen
    icon: str  # file stem in kiosk/assets/icons
    documents: dict[str, tuple[str, ...]]  # language → documents to bring
    active: bool = True
    # One priority ticket after this many regular ones (kiosk/domain/call_order.py); 0: strict priority.
    priority_after: int = 0
    # The longest wait the office aims for, in minutes (a supervisor may set another in the
    # console: kiosk/domain/service_controls.py); the catalogue's `target`, else the default.
    target_minutes: int = DEFAULT_TARGET_MINUTES

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["fr"]

    def documents_in(self, language: str) -> tuple[str, ...]:
        return self.documents.get(language) or self.documents.get("fr", ())


@dataclasses.dataclass(frozen=True)
class ConcernCategory:
    code: str
    names: dict[str, str]
    icon: str

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["fr"]


@dataclasses.dataclass(frozen=True)
class Catalogue:
    services: tuple[Service, ...]
    concern_categories: tuple[ConcernCategory, ...] = ()

    def service(self, code: str) -> Service:
        for service in self.services:
            if service.code == code:
                return service
        raise KeyError(f"unknown service code {code!r}")

    def active_services(self) -> tuple[Service, ...]:
        return tuple(s for s in self.services if s.active)

    def category(self, code: str) -> ConcernCategory:
        for category in self.concern_categories:
            if category.code == code:
                return category
        raise KeyError(f"unknown concern category {code!r}")


def in_tamazight_script(catalogue: Catalogue, script: str) -> Catalogue:
    """`catalogue` with its Kabyle names and documents written in `script` ("latin": as
    written in the file; "tifinagh": transliterated, see kiosk.domain.tifinagh)."""
    if script != "tifinagh":
        return catalogue
    return dataclasses.replace(
        catalogue,
        services=tuple(service_in_tamazight_script(service, script) for service in catalogue.services),
        concern_categories=tuple(dataclasses.replace(category, names=kabyle_in_script(category.names, script))
                                 for category in catalogue.concern_categories),
    )


def service_in_tamazight_script(service: Service, script: str) -> Service:
    """`service` with its Kabyle name and documents written in `script`."""
    if script != "tifinagh":
        return service
    documents = {lang: tuple(to_tifinagh(d) for d in docs) if lang == "kab" else docs
                 for lang, docs in service.documents.items()}
    return dataclasses.replace(service, names=kabyle_in_script(service.names, script), documents=documents)


def kabyle_in_script(texts: Mapping[str, str], script: str) -> dict[str, str]:
    """A language → text mapping with its Kabyle text written in `script`."""
    return {lang: to_tifinagh(text) if lang == "kab" and script == "tifinagh" else text
            for lang, text in texts.items()}


# Fields a central override may change; the rest (prefix, icon, documents) stay as in the file.
OVERRIDE_FIELDS = ("active", "minutes", "names")
MAX_NAME_LENGTH = 120


def validate_override(raw: Mapping[str, Any], languages: Iterable[str] = LANGUAGES) -> dict[str, Any]:
    """The overridden fields of `raw`, checked and normalised ({active?, minutes?, names?}).

    Other keys (such as `code`) are left out, so a newer server's extra field does not
    stop the ones this office understands. Raises CatalogueError on a bad value or when
    nothing is left to change.
    """
    if not isinstance(raw, Mapping):
        raise CatalogueError("a service override must be a table of fields")
    result: dict[str, Any] = {}
    if "active" in raw:
        if not isinstance(raw["active"], bool):
            raise CatalogueError(f"active must be true or false, got {raw['active']!r}")
        result["active"] = raw["active"]
    if "minutes" in raw:
        minutes = raw["minutes"]
        if isinstance(minutes, bool) or not isinstance(minutes, (int, float)) or not 0 < minutes <= 240:
            raise CatalogueError(f"minutes must be a number of counter minutes more than 0 and at most 240, "
                                 f"got {minutes!r}")
        result["minutes"] = minutes
    if "names" in raw:
        names = raw["names"]
        if not isinstance(names, Mapping) or not names:
            raise CatalogueError("names must be a table of language → name with at least one entry")
        languages = tuple(languages)
        clean: dict[str, str] = {}
        for lang, text in names.items():
            if lang not in languages:
                raise CatalogueError(f"names: unknown language {lang!r}; use {', '.join(languages)}")
            if not isinstance(text, str) or not text.strip() or len(text.strip()) > MAX_NAME_LENGTH:
                raise CatalogueError(f"names: the {lang} name must be 1 to {MAX_NAME_LENGTH} characters")
            clean[lang] = text.strip()
        result["names"] = clean
    if not result:
        raise CatalogueError(f"nothing to change: give at least one of {', '.join(OVERRIDE_FIELDS)}")
    return result


def apply_override(service: Service, override: Mapping[str, Any]) -> Service:
    """`service` with the override's fields laid over it (names merge per language)."""
    fields = validate_override(override)
    return dataclasses.replace(
        service,
        active=fields.get("active", service.active),
        typical_minutes=float(fields.get("minutes", service.typical_minutes)),
        names={**service.names, **fields.get("names", {})},
    )


def with_overrides(catalogue: Catalogue, overrides: Mapping[str, Mapping[str, Any]]) -> Catalogue:
    """The catalogue with each service's override applied (service code → override).

    Overrides of codes the catalogue does not have are skipped: the file may have dropped
    a service the server still knows. A bad value raises CatalogueError naming the code.
    """
    services = []
    for service in catalogue.services:
        override = overrides.get(service.code)
        if override is not None:
            try:
                service = apply_override(service, override)
            except CatalogueError as exc:
                raise CatalogueError(f"override of service {service.code}: {exc}") from None
        services.append(service)
    return dataclasses.replace(catalogue, services=tuple(services))


def default_catalogue_path() -> Path:
    return CATALOGUE_PATH


def load_catalogue(path: Path | None = None, languages: Iterable[str] = LANGUAGES) -> Catalogue:
    path = Path(path) if path else default_catalogue_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogueError(f"catalogue file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(f"cannot read catalogue {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"{path} is not valid TOML: {exc}") from None
    try:
        return parse_catalogue(data, tuple(languages))
    except CatalogueError as exc:
        raise CatalogueError(f"{path}: {exc}") from None


def parse_catalogue(data: dict[str, Any], languages: tuple[str, ...] = LANGUAGES) -> Catalogue:
    raw_services = data.get("service")
    if not isinstance(raw_services, list) or not raw_services:
        raise CatalogueError("no [[service]] entries: the kiosk needs at least one service")
    services = tuple(_parse_service(i, raw, languages) for i, raw in enumerate(raw_services, 1))
    _refuse_duplicates("service code", [s.code for s in services])
    _refuse_duplicates("ticket prefix", [s.prefix for s in services])
    categories = tuple(
        _parse_category(i, raw, languages) for i, raw in enumerate(data.get("concern_category", []), 1)
    )
    _refuse_duplicates("concern category code", [c.code for c in categories])
    return Catalogue(services=services, concern_categories=categories)


def _parse_service(index: int, raw: Any, languages: tuple[str, ...]) -> Service:
    where = f"service #{index}"
    if not isinstance(raw, dict):
        raise CatalogueError(f"{where}: expected a table")
    code = _text(raw, "code", where)
    where = f"service {code}"
    if not _CODE_RE.match(code):
        raise CatalogueError(f"{where}: code must be capital letters, digits and '-' (at most 16)")
    prefix = _text(raw, "prefix", where)
    if len(prefix) != 1 or not ("A" <= prefix <= "Z"):
        raise CatalogueError(f"{where}: prefix must be one capital letter A–Z, got {prefix!r}")
    minutes = raw.get("minutes")
    if isinstance(minutes, bool) or not isinstance(minutes, (int, float)) or not 0 < minutes <= 240:
        raise CatalogueError(f"{where}: minutes must be a number of counter minutes between 0 and 240")
    icon = _text(raw, "icon", where)
    if not _ICON_RE.match(icon):
        raise CatalogueError(f"{where}: icon must be a file stem of lowercase letters, digits, '-' or '_'")
    names = _translations(raw.get("name"), f"{where}: name", languages)
    documents = _document_lists(raw.get("documents"), f"{where}: documents", languages)
    active = raw.get("active", True)
    if not isinstance(active, bool):
        raise CatalogueError(f"{where}: active must be true or false")
    priority_after = raw.get("priority_after", 0)
    if isinstance(priority_after, bool) or not isinstance(priority_after, int) \
            or not 0 <= priority_after <= MAX_PRIORITY_AFTER:
        raise CatalogueError(f"{where}: priority_after must be a whole number from 0 (priority tickets always "
                             f"first) to {MAX_PRIORITY_AFTER}, got {priority_after!r}")
    target = raw.get("target", DEFAULT_TARGET_MINUTES)
    if isinstance(target, bool) or not isinstance(target, int) or not 1 <= target <= 240:
        raise CatalogueError(f"{where}: target must be a whole number of waiting minutes from 1 to 240")
    return Service(code, names, prefix, float(minutes), icon, documents, active,
                   priority_after=priority_after, target_minutes=target)


def _parse_category(index: int, raw: Any, languages: tuple[str, ...]) -> ConcernCategory:
    where = f"concern category #{index}"
    if not isinstance(raw, dict):
        raise CatalogueError(f"{where}: expected a table")
    code = _text(raw, "code", where)
    where = f"concern category {code}"
    if not re.match(r"^[a-z][a-z0-9_]{0,31}$", code):
        raise CatalogueError(f"{where}: code must be lowercase letters, digits and '_'")
    icon = _text(raw, "icon", where)
    names = _translations(raw.get("name"), f"{where}: name", languages)
    return ConcernCategory(code, names, icon)


def _text(raw: dict, key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise CatalogueError(f"{where}: missing or empty '{key}'")
    return value.strip()


def _translations(raw: Any, where: str, languages: tuple[str, ...]) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise CatalogueError(f"{where}: expected a table with one entry per language {list(languages)}")
    missing = [lang for lang in languages if not isinstance(raw.get(lang), str) or not raw[lang].strip()]
    if missing:
        raise CatalogueError(f"{where}: missing translation for {', '.join(missing)}")
    return {lang: text.strip() for lang, text in raw.items() if isinstance(text, str)}


def _document_lists(raw: Any, where: str, languages: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, dict):
        raise CatalogueError(f"{where}: expected a table with one list per language {list(languages)}")
    result: dict[str, tuple[str, ...]] = {}
    for lang in languages:
        items = raw.get(lang)
        if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
            raise CatalogueError(f"{where}: missing or invalid list for {lang}")
        result[lang] = tuple(i.strip() for i in items)
    counts = {lang: len(items) for lang, items in result.items()}
    if len(set(counts.values())) > 1:
        raise CatalogueError(f"{where}: the languages list different numbers of documents {counts}")
    return result


def _refuse_duplicates(what: str, values: list[str]) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise CatalogueError(f"duplicate {what} {value!r}: each must be unique")
        seen.add(value)
