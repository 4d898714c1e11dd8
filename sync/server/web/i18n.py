"""The back office's languages: catalogues compiled in memory, and the language of a request.

Each area of the web app has one Babel .po file per language under
`locale/<lang>/<area>.po` (source strings in English). At start every .po of a language
is read and merged into one catalogue, compiled to a `babel.support.Translations` in
memory — there is no .mo build step to forget. Tamazight (kab) falls back to French for
what it lacks; English needs no translation. docs/backoffice.md says how to add strings.

`translator()` is what the Jinja2 i18n extension calls (set per render by templating.py);
`negotiate()` picks the language before login (cookie, then Accept-Language, else Arabic).
Loaded once; then read-only, so any thread.
"""
from __future__ import annotations

import dataclasses
import io
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

LOCALE_DIR = Path(__file__).parent / "locale"
DEFAULT_LANGUAGE = "ar"


@dataclasses.dataclass(frozen=True)
class Language:
    code: str
    name: str  # in the language itself, for the language switch
    direction: str  # rtl | ltr


LANGUAGES: dict[str, Language] = {lang.code: lang for lang in (
    Language("ar", "العربية", "rtl"),
    Language("fr", "Français", "ltr"),
    Language("kab", "Taqbaylit", "ltr"),
    Language("en", "English", "ltr"),
)}
#: Where a language's catalogue lacks a string, before English (the source).
FALLBACKS = {"kab": "fr"}


def read_catalogue(lang: str, locale_dir: Path = LOCALE_DIR) -> Catalog:
    """Every area's .po of `lang` merged into one catalogue."""
    merged = Catalog(locale=lang, domain="backoffice")
    for po in sorted((locale_dir / lang).glob("*.po")):
        with po.open("rb") as fh:
            for message in read_po(fh, locale=lang):
                if message.id and message.string and not message.fuzzy:
                    merged[message.id] = message
    return merged


def _compile(catalogue: Catalog) -> Translations:
    buffer = io.BytesIO()
    write_mo(buffer, catalogue)
    buffer.seek(0)
    return Translations(fp=buffer, domain="backoffice")


def load_translations(locale_dir: Path = LOCALE_DIR) -> dict[str, NullTranslations]:
    compiled: dict[str, NullTranslations] = {lang: _compile(read_catalogue(lang, locale_dir)) for lang in LANGUAGES}
    for lang, fallback in FALLBACKS.items():
        compiled[lang].add_fallback(compiled[fallback])
    return compiled


_TRANSLATIONS: dict[str, NullTranslations] = {}
_current: ContextVar[NullTranslations | None] = ContextVar("backoffice_translations", default=None)
_UNTRANSLATED = NullTranslations()


def translations(lang: str) -> NullTranslations:
    if not _TRANSLATIONS:
        _TRANSLATIONS.update(load_translations())
    return _TRANSLATIONS.get(lang) or _TRANSLATIONS[DEFAULT_LANGUAGE]


def use_language(lang: str) -> Any:
    """Make `lang` the language of the templates rendered in this context; returns a reset token."""
    return _current.set(translations(lang))


def reset_language(token: Any) -> None:
    _current.reset(token)


def gettext(message: str) -> str:
    return (_current.get() or _UNTRANSLATED).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return (_current.get() or _UNTRANSLATED).ngettext(singular, plural, n)


def negotiate(cookie: str | None, accept_language: str | None) -> str:
    """The language before login: the cookie's choice, else the browser's first known one, else Arabic."""
    if cookie in LANGUAGES:
        return cookie
    weighted: list[tuple[float, int, str]] = []
    for part in (accept_language or "").split(","):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in LANGUAGES and quality > 0:
            weighted.append((-quality, len(weighted), primary))
    return min(weighted)[2] if weighted else DEFAULT_LANGUAGE


__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "Language", "gettext", "load_translations", "negotiate", "ngettext",
           "read_catalogue", "reset_language", "translations", "use_language"]
