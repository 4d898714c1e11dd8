"""The kiosk's settings: one typed object, loaded from a TOML file over documented defaults.

Where a value comes from, strongest first: command-line option (`--data-dir`),
environment (`MAKTAB_DATA_DIR`), the TOML file (`--config PATH` or `MAKTAB_CONFIG`),
the defaults below. Wrong values stop start-up with one `ConfigError` that lists every
one of them, a line each, naming the key, the value and what is expected.
`docs/configuration.md` documents every key, and a test checks that it does.

Example file:

    data_dir = "/var/lib/maktab"

    [office]
    name = "Bureau du citoyen — APC de Boumerdès"
    code = "BMD"
    timezone = "Africa/Algiers"

    [office.names]   # optional: the name in each language (receipts); else `name`
    ar = "مكتب المواطن — بلدية بومرداس"

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

    [voice]
    volume = 80
    clips = "/var/lib/maktab/voice"   # the office's own recorded prompts: <lang>/<prompt id>.wav
"""
from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from kiosk.domain.languages import LANGUAGES, TAMAZIGHT_SCRIPTS
from kiosk.printing.printer_url import (
    DEFAULT_STATUS_TIMEOUT_S,
    URL_FORMS,
    PrinterUrlError,
    parse_printer_url,
)

ENV_CONFIG = "MAKTAB_CONFIG"
ENV_DATA_DIR = "MAKTAB_DATA_DIR"
_OFFICE_CODE_RE = re.compile(r"^[A-Z0-9]{2,8}$")
PIN_HASH_COSTS = ("strong", "test")  # kiosk.office.staff maps each to argon2 parameters


class ConfigError(ValueError):
    """Settings are wrong. `problems` has one line per wrong setting, each naming the key,
    the value found and what is expected; the message lists them all, one per line (a
    technician fixes the file once, not once per start)."""

    def __init__(self, message: str, problems: Sequence[str] | None = None):
        super().__init__(message)
        self.problems: tuple[str, ...] = tuple(problems) if problems else (message,)

    @classmethod
    def listing(cls, problems: Sequence[str], source: Path | str | None = None) -> ConfigError:
        """One error for all `problems`: "PATH: key: …" for one, "N problems in PATH:" and a line each for more."""
        where = f" in {source}" if source else ""
        if len(problems) == 1:
            return cls(f"{source}: {problems[0]}" if source else problems[0], problems)
        return cls(f"{len(problems)} problems{where}:\n" + "\n".join(f"  {p}" for p in problems), problems)


@dataclasses.dataclass(frozen=True)
class OfficeSettings:
    name: str = "Bureau du citoyen"
    code: str = "DEMO"  # carried by every tracking code: unique per office nationwide
    timezone: str = "Africa/Algiers"
    # The name in each language, as (language, name) pairs; a language not given reads `name`.
    names: tuple[tuple[str, str], ...] = ()

    def name_in(self, language: str) -> str:
        """The office's name as a citizen reading `language` should see it."""
        return dict(self.names).get(language, self.name)

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
    catalogue: Path | None = None  # None: the bundled kiosk/assets/catalogue.toml


@dataclasses.dataclass(frozen=True)
class PrinterSettings:
    url: str = ""  # empty: png:<data_dir>/receipts
    profile: str = "default"  # python-escpos capability profile
    width_dots: int = 576  # 80 mm paper at 203 dpi; 384 for 58 mm
    # How long a network or serial printer may take to answer its status request; a printer
    # silent for longer has its receipts reported "sent, not confirmed".
    status_timeout_s: float = DEFAULT_STATUS_TIMEOUT_S


@dataclasses.dataclass(frozen=True)
class HubSettings:
    url: str = ""  # empty: run the hub in this process; else e.g. http://192.168.1.10:8765
    host: str = "0.0.0.0"
    port: int = 8765
    max_body_bytes: int = 1024 * 1024  # a larger request body is refused (413) before it is read whole


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
class VoiceSettings:
    # Spoken guidance at the kiosk (docs/voice.md): loudness of speech and recorded clips, 0–100 %.
    volume: int = 80
    # The office's own recorded prompts (<lang>/<prompt id>.wav), looked up before the bundled
    # kiosk/assets/voice; None: the bundled ones only.
    clips: Path | None = None


@dataclasses.dataclass(frozen=True)
class Settings:
    data_dir: Path
    office: OfficeSettings = OfficeSettings()
    kiosk: KioskSettings = KioskSettings()
    printer: PrinterSettings = PrinterSettings()
    hub: HubSettings = HubSettings()
    privacy: PrivacySettings = PrivacySettings()
    security: SecuritySettings = SecuritySettings()
    voice: VoiceSettings = VoiceSettings()
    source: Path | None = None  # the TOML file these came from, if any
    # Training mode (`maktab --training`): a practice office in its own folder, never synced;
    # see `training_settings` and kiosk/office/training.py.
    training: bool = False

    @property
    def database_path(self) -> Path:
        return self.data_dir / "office.sqlite3"

    @property
    def printer_url(self) -> str:
        return self.printer.url or f"png:{self.data_dir / 'receipts'}"


# Training keeps everything of its own in this subfolder of the data dir: database, pairings,
# receipt images, cached office copy. A training desk can therefore never find the real
# hub's pairing, and nothing it writes lands beside real data.
TRAINING_FOLDER = "training"
# The training hub listens this far above the real one, so both can run on one PC and a
# desk pointed at the real hub's port never reaches the training hub by mistake.
TRAINING_PORT_OFFSET = 1


def training_settings(settings: Settings) -> Settings:
    """The same office in training mode: its own folder and hub port, no configured hub address
    (that one is the real hub's: a training desk pairs with the training hub instead)."""
    if settings.training:
        return settings
    port = settings.hub.port + TRAINING_PORT_OFFSET if settings.hub.port < 65535 else settings.hub.port - 1
    return dataclasses.replace(settings, data_dir=settings.data_dir / TRAINING_FOLDER, training=True,
                               hub=dataclasses.replace(settings.hub, url="", port=port))


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
    check = _Check()
    try:
        settings = _build(raw, Path(path) if path else None, data_dir or environ.get(ENV_DATA_DIR) or None, check)
    except ConfigError as exc:  # a check that stops at once (nothing after it can be read)
        check.problems.extend(exc.problems)
    if check.problems:
        raise ConfigError.listing(check.problems, path) from None
    return settings


def _build(raw: dict[str, Any], source: Path | None, data_dir_override, check: _Check) -> Settings:
    """The settings, with every wrong value noted in `check` (and its default used meanwhile)."""
    check.refuse_unknown(raw, {"data_dir", "office", "kiosk", "printer", "hub", "privacy", "security",
                               "voice"}, "")
    data_dir = Path(data_dir_override) if data_dir_override else None
    if data_dir is None and "data_dir" in raw:
        given = check.string(raw, "data_dir", "data_dir", "")
        data_dir = Path(given) if given else None
    data_dir = (data_dir or default_data_dir()).expanduser()

    office_raw = check.table(raw, "office")
    office = OfficeSettings(
        name=check.string(office_raw, "name", "office.name", OfficeSettings.name),
        code=check.string(office_raw, "code", "office.code", OfficeSettings.code),
        timezone=check.string(office_raw, "timezone", "office.timezone", OfficeSettings.timezone),
        names=_office_names(office_raw, check),
    )
    if not _OFFICE_CODE_RE.match(office.code):
        check.problem(f"office.code: expected 2–8 capital letters or digits (e.g. \"BMD\"), got {office.code!r}")
    try:
        ZoneInfo(office.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        check.problem(f"office.timezone: expected an IANA time zone such as \"Africa/Algiers\", "
                      f"got {office.timezone!r}")

    kiosk_raw = check.table(raw, "kiosk")
    languages = kiosk_raw.get("languages", list(KioskSettings.languages))
    if not isinstance(languages, list) or not languages or not all(lang in LANGUAGES for lang in languages):
        check.problem(f"kiosk.languages: expected a non-empty list drawn from {list(LANGUAGES)}, got {languages!r}")
        languages = list(KioskSettings.languages)
    default_language = check.string(kiosk_raw, "default_language", "kiosk.default_language",
                                    KioskSettings.default_language)
    if default_language not in languages:
        check.problem(f"kiosk.default_language: expected one of kiosk.languages {languages}, "
                      f"got {default_language!r}")
    script = check.string(kiosk_raw, "tamazight_script", "kiosk.tamazight_script", KioskSettings.tamazight_script)
    if script not in TAMAZIGHT_SCRIPTS:
        check.problem(f"kiosk.tamazight_script: expected \"latin\" or \"tifinagh\", got {script!r}")
    catalogue = kiosk_raw.get("catalogue")
    if catalogue is not None and not isinstance(catalogue, str):
        check.problem(f"kiosk.catalogue: expected the path of a catalogue TOML file, got {catalogue!r}")
        catalogue = None
    kiosk = KioskSettings(
        languages=tuple(languages),
        default_language=default_language,
        tamazight_script=script,
        idle_timeout_s=check.integer(kiosk_raw, "idle_timeout_s", "kiosk.idle_timeout_s",
                                     KioskSettings.idle_timeout_s, 10, 3600),
        ticket_screen_s=check.integer(kiosk_raw, "ticket_screen_s", "kiosk.ticket_screen_s",
                                      KioskSettings.ticket_screen_s, 3, 120),
        catalogue=Path(catalogue).expanduser() if catalogue else None,
    )

    printer_raw = check.table(raw, "printer")
    printer = PrinterSettings(
        url=check.string(printer_raw, "url", "printer.url", PrinterSettings.url, allow_empty=True),
        profile=check.string(printer_raw, "profile", "printer.profile", PrinterSettings.profile),
        width_dots=check.integer(printer_raw, "width_dots", "printer.width_dots", PrinterSettings.width_dots,
                                 128, 1024),
        status_timeout_s=check.seconds(printer_raw, "status_timeout_s", "printer.status_timeout_s",
                                       PrinterSettings.status_timeout_s, 0.1, 30),
    )
    if printer.url:
        try:
            parse_printer_url(printer.url)
        except PrinterUrlError as exc:
            # Refused at start: a URL the printer factory cannot use would give a kiosk that never prints.
            check.problem(f"printer.url: {exc.problem}; expected one of {', '.join(URL_FORMS)}, "
                          f"got {printer.url!r}")
    if printer.width_dots % 8:
        check.problem(f"printer.width_dots: expected a multiple of 8 (576 for 80 mm, 384 for 58 mm), "
                      f"got {printer.width_dots}")

    hub_raw = check.table(raw, "hub")
    hub = HubSettings(
        url=check.string(hub_raw, "url", "hub.url", HubSettings.url, allow_empty=True),
        host=check.string(hub_raw, "host", "hub.host", HubSettings.host),
        port=check.integer(hub_raw, "port", "hub.port", HubSettings.port, 1, 65535),
        max_body_bytes=check.integer(hub_raw, "max_body_bytes", "hub.max_body_bytes", HubSettings.max_body_bytes,
                                     1024, 64 * 1024 * 1024),
    )
    if hub.url and not re.match(r"^https?://", hub.url):
        check.problem(f"hub.url: expected an address such as \"http://192.168.1.10:8765\", got {hub.url!r}")
    privacy_raw = check.table(raw, "privacy")
    privacy = PrivacySettings(
        retention_days=check.integer(privacy_raw, "retention_days", "privacy.retention_days",
                                     PrivacySettings.retention_days, 1, 3650),
    )
    security_raw = check.table(raw, "security")
    security = SecuritySettings(
        pin_hash_cost=check.string(security_raw, "pin_hash_cost", "security.pin_hash_cost",
                                   SecuritySettings.pin_hash_cost),
    )
    if security.pin_hash_cost not in PIN_HASH_COSTS:
        check.problem(f"security.pin_hash_cost: expected \"strong\" (\"test\" is for automated tests only), "
                      f"got {security.pin_hash_cost!r}")
    voice_raw = check.table(raw, "voice")
    clips = voice_raw.get("clips")
    if clips is not None and not (isinstance(clips, str) and clips):
        check.problem(f"voice.clips: expected the path of a folder of recorded prompts, got {clips!r}")
        clips = None
    voice = VoiceSettings(
        volume=check.integer(voice_raw, "volume", "voice.volume", VoiceSettings.volume, 0, 100),
        clips=Path(clips).expanduser() if clips else None,
    )
    return Settings(data_dir=data_dir, office=office, kiosk=kiosk, printer=printer, hub=hub, privacy=privacy,
                    security=security, voice=voice, source=source)


_SECTIONS: dict[str, type] = {
    "office": OfficeSettings, "kiosk": KioskSettings, "printer": PrinterSettings, "hub": HubSettings,
    "privacy": PrivacySettings, "security": SecuritySettings, "voice": VoiceSettings,
}


def _office_names(office_raw: dict[str, Any], check: _Check) -> tuple[tuple[str, str], ...]:
    raw = office_raw.get("names", {})
    if not isinstance(raw, dict):
        check.problem(f"office.names: expected a table such as {{ ar = \"…\", fr = \"…\" }}, got {raw!r}")
        return ()
    check.refuse_unknown(raw, set(LANGUAGES), "office.names.")
    return tuple((language, check.string(raw, language, f"office.names.{language}", ""))
                 for language in LANGUAGES if language in raw)


class _Check:
    """Reads values and notes every problem instead of stopping at the first; a wrong
    value reads as its default, so the checks after it still run."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def problem(self, text: str) -> None:
        self.problems.append(text)

    def table(self, raw: dict[str, Any], key: str) -> dict[str, Any]:
        value = raw.get(key, {})
        if not isinstance(value, dict):
            self.problem(f"[{key}]: expected a table of settings, got {value!r}")
            return {}
        self.refuse_unknown(value, {f.name for f in dataclasses.fields(_SECTIONS[key])}, f"{key}.")
        return value

    def refuse_unknown(self, raw: dict[str, Any], known: set[str], prefix: str) -> None:
        for key in raw:
            if key not in known:
                self.problem(f"{prefix}{key}: unknown setting; known settings are {sorted(prefix + k for k in known)}")

    def string(self, raw: dict[str, Any], key: str, name: str, default: str, allow_empty: bool = False) -> str:
        value = raw.get(key, default)
        if not isinstance(value, str) or (not allow_empty and not value.strip()):
            self.problem(f"{name}: expected a non-empty text, got {value!r}")
            return default
        return value.strip()

    def integer(self, raw: dict[str, Any], key: str, name: str, default: int, low: int, high: int) -> int:
        value = raw.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.problem(f"{name}: expected a whole number from {low} to {high}, got {value!r}")
            return default
        return value

    def seconds(self, raw: dict[str, Any], key: str, name: str, default: float, low: float, high: float) -> float:
        value = raw.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
            self.problem(f"{name}: expected a number of seconds from {low:g} to {high:g}, got {value!r}")
            return default
        return float(value)
