"""The kiosk's settings: one typed object, loaded from a TOML file over documented defaults.

Where a value comes from, strongest first: command-line option (`--data-dir`),
environment (`MAKTAB_DATA_DIR`), the TOML file (`--config PATH` or `MAKTAB_CONFIG`),
the defaults below. A wrong value stops start-up with a `ConfigError` that names the
key and what is expected. `docs/configuration.md` documents every key, and a test
checks that it does.

Example file:

    data_dir = "/var/lib/maktab"

    [office]
    name = "Bureau du citoyen — APC de Boumerdès"
    code = "BMD"
    timezone = "Africa/Algiers"

    [kiosk]
    languages = ["ar", "fr", "kab", "en"]
    default_language = "ar"
    idle_timeout_s = 60

    [printer]
    url = "network:192.0.2.10:9100"
    profile = "TM-T88V"
    width_dots = 576

    [privacy]
    retention_days = 180

    [security]
    pin_hash_cost = "strong"
"""
from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from pathlib import Path
from typing import Any, Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from kiosk.domain.languages import LANGUAGES

ENV_CONFIG = "MAKTAB_CONFIG"
ENV_DATA_DIR = "MAKTAB_DATA_DIR"
_OFFICE_CODE_RE = re.compile(r"^[A-Z0-9]{2,8}$")
PIN_HASH_COSTS = ("strong", "test")  # kiosk.office.staff maps each to argon2 parameters


class ConfigError(ValueError):
    """A setting is wrong; the message names the key and what is expected."""


@dataclasses.dataclass(frozen=True)
class OfficeSettings:
    name: str = "Bureau du citoyen"
    code: str = "DEMO"  # carried by every tracking code: unique per office nationwide
    timezone: str = "Africa/Algiers"

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclasses.dataclass(frozen=True)
class KioskSettings:
    languages: tuple[str, ...] = LANGUAGES
    default_language: str = "ar"
    tamazight_script: str = "latin"  # or "tifinagh"
    idle_timeout_s: int = 60  # no touch for this long → back to the language screen
    ticket_screen_s: int = 12  # how long the ticket stays on screen
    catalogue: Path | None = None  # None: the bundled assets/catalogue.toml


@dataclasses.dataclass(frozen=True)
class PrinterSettings:
    url: str = ""  # empty: png:<data_dir>/receipts
    profile: str = "default"  # python-escpos capability profile
    width_dots: int = 576  # 80 mm paper at 203 dpi; 384 for 58 mm


@dataclasses.dataclass(frozen=True)
class HubSettings:
    url: str = ""  # empty: run the hub in this process; else e.g. http://192.168.1.10:8765
    host: str = "0.0.0.0"
    port: int = 8765


@dataclasses.dataclass(frozen=True)
class PrivacySettings:
    # Law 18-07: personal fields (a concern's contact name and phone) are kept this many
    # days after the concern's last change, and only erased once the server has them.
    retention_days: int = 180


@dataclasses.dataclass(frozen=True)
class SecuritySettings:
    # argon2 cost of the staff PIN hashes: "strong" in every office; "test" (argon2's
    # cheapest parameters, no protection) only so automated tests do not spend seconds hashing.
    pin_hash_cost: str = "strong"


@dataclasses.dataclass(frozen=True)
class Settings:
    data_dir: Path
    office: OfficeSettings = OfficeSettings()
    kiosk: KioskSettings = KioskSettings()
    printer: PrinterSettings = PrinterSettings()
    hub: HubSettings = HubSettings()
    privacy: PrivacySettings = PrivacySettings()
    security: SecuritySettings = SecuritySettings()
    source: Path | None = None  # the TOML file these came from, if any

    @property
    def database_path(self) -> Path:
        return self.data_dir / "office.sqlite3"

    @property
    def printer_url(self) -> str:
        return self.printer.url or f"png:{self.data_dir / 'receipts'}"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("maktab", appauthor=False))


def load_settings(
    config_path: Path | str | None = None,
    *,
    data_dir: Path | str | None = None,
    environ: Mapping[str, str] = os.environ,
) -> Settings:
    """Settings from defaults, the TOML file, the environment and explicit options."""
    path = config_path or environ.get(ENV_CONFIG) or None
    raw: dict[str, Any] = {}
    if path:
        path = Path(path).expanduser()
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"configuration file not found: {path}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path} is not valid TOML: {exc}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read configuration file {path}: {exc}") from None
    try:
        return _build(raw, Path(path) if path else None, data_dir or environ.get(ENV_DATA_DIR) or None)
    except ConfigError as exc:
        where = f"{path}: " if path else ""
        raise ConfigError(f"{where}{exc}") from None


def _build(raw: dict[str, Any], source: Path | None, data_dir_override) -> Settings:
    _refuse_unknown(raw, {"data_dir", "office", "kiosk", "printer", "hub", "privacy", "security"}, "")
    data_dir = Path(data_dir_override) if data_dir_override else None
    if data_dir is None and "data_dir" in raw:
        data_dir = Path(_string(raw, "data_dir", "data_dir"))
    data_dir = (data_dir or default_data_dir()).expanduser()

    office_raw = _table(raw, "office")
    office = OfficeSettings(
        name=_string(office_raw, "name", "office.name", OfficeSettings.name),
        code=_string(office_raw, "code", "office.code", OfficeSettings.code),
        timezone=_string(office_raw, "timezone", "office.timezone", OfficeSettings.timezone),
    )
    if not _OFFICE_CODE_RE.match(office.code):
        raise ConfigError(f"office.code: expected 2–8 capital letters or digits (e.g. \"BMD\"), got {office.code!r}")
    try:
        ZoneInfo(office.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"office.timezone: expected an IANA time zone such as \"Africa/Algiers\", got {office.timezone!r}"
        ) from None

    kiosk_raw = _table(raw, "kiosk")
    languages = kiosk_raw.get("languages", list(KioskSettings.languages))
    if not isinstance(languages, list) or not languages or not all(lang in LANGUAGES for lang in languages):
        raise ConfigError(f"kiosk.languages: expected a non-empty list drawn from {list(LANGUAGES)}, got {languages!r}")
    default_language = _string(kiosk_raw, "default_language", "kiosk.default_language", KioskSettings.default_language)
    if default_language not in languages:
        raise ConfigError(f"kiosk.default_language: expected one of kiosk.languages {languages}, got {default_language!r}")
    script = _string(kiosk_raw, "tamazight_script", "kiosk.tamazight_script", KioskSettings.tamazight_script)
    if script not in ("latin", "tifinagh"):
        raise ConfigError(f"kiosk.tamazight_script: expected \"latin\" or \"tifinagh\", got {script!r}")
    catalogue = kiosk_raw.get("catalogue")
    if catalogue is not None and not isinstance(catalogue, str):
        raise ConfigError("kiosk.catalogue: expected the path of a catalogue TOML file")
    kiosk = KioskSettings(
        languages=tuple(languages),
        default_language=default_language,
        tamazight_script=script,
        idle_timeout_s=_integer(kiosk_raw, "idle_timeout_s", "kiosk.idle_timeout_s", KioskSettings.idle_timeout_s, 10, 3600),
        ticket_screen_s=_integer(kiosk_raw, "ticket_screen_s", "kiosk.ticket_screen_s", KioskSettings.ticket_screen_s, 3, 120),
        catalogue=Path(catalogue).expanduser() if catalogue else None,
    )

    printer_raw = _table(raw, "printer")
    printer = PrinterSettings(
        url=_string(printer_raw, "url", "printer.url", PrinterSettings.url, allow_empty=True),
        profile=_string(printer_raw, "profile", "printer.profile", PrinterSettings.profile),
        width_dots=_integer(printer_raw, "width_dots", "printer.width_dots", PrinterSettings.width_dots, 128, 1024),
    )
    if printer.width_dots % 8:
        raise ConfigError(f"printer.width_dots: expected a multiple of 8 (576 for 80 mm, 384 for 58 mm), got {printer.width_dots}")

    hub_raw = _table(raw, "hub")
    hub = HubSettings(
        url=_string(hub_raw, "url", "hub.url", HubSettings.url, allow_empty=True),
        host=_string(hub_raw, "host", "hub.host", HubSettings.host),
        port=_integer(hub_raw, "port", "hub.port", HubSettings.port, 1, 65535),
    )
    if hub.url and not re.match(r"^https?://", hub.url):
        raise ConfigError(f"hub.url: expected an address such as \"http://192.168.1.10:8765\", got {hub.url!r}")
    privacy_raw = _table(raw, "privacy")
    privacy = PrivacySettings(
        retention_days=_integer(privacy_raw, "retention_days", "privacy.retention_days",
                                PrivacySettings.retention_days, 1, 3650),
    )
    security_raw = _table(raw, "security")
    security = SecuritySettings(
        pin_hash_cost=_string(security_raw, "pin_hash_cost", "security.pin_hash_cost", SecuritySettings.pin_hash_cost),
    )
    if security.pin_hash_cost not in PIN_HASH_COSTS:
        raise ConfigError(f"security.pin_hash_cost: expected \"strong\" (\"test\" is for automated tests only), "
                          f"got {security.pin_hash_cost!r}")
    return Settings(data_dir=data_dir, office=office, kiosk=kiosk, printer=printer, hub=hub, privacy=privacy,
                    security=security, source=source)


def _table(raw: dict[str, Any], key: str) -> dict[str, Any]:
    value = raw.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"[{key}]: expected a table")
    fields = {
        "office": OfficeSettings, "kiosk": KioskSettings, "printer": PrinterSettings, "hub": HubSettings,
        "privacy": PrivacySettings, "security": SecuritySettings,
    }[key]
    _refuse_unknown(value, {f.name for f in dataclasses.fields(fields)}, f"{key}.")
    return value


def _refuse_unknown(raw: dict[str, Any], known: set[str], prefix: str) -> None:
    for key in raw:
        if key not in known:
            raise ConfigError(f"{prefix}{key}: unknown setting; known settings are {sorted(prefix + k for k in known)}")


def _string(raw: dict[str, Any], key: str, name: str, default: str | None = None, allow_empty: bool = False) -> str:
    value = raw.get(key, default)
    if not isinstance(value, str) or (not allow_empty and not value.strip()):
        raise ConfigError(f"{name}: expected a non-empty text, got {value!r}")
    return value.strip()


def _integer(raw: dict[str, Any], key: str, name: str, default: int, low: int, high: int) -> int:
    value = raw.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ConfigError(f"{name}: expected a whole number from {low} to {high}, got {value!r}")
    return value
