"""Qt translations of the interface and the receipts, per language.

Each area of the app has its own `.ts` source per language in `kiosk/translations/`
(`citizen_ar.ts`, `printing_fr.ts`, …), compiled to `.qm` by `make`. All `.qm` files of a
language are loaded together. Catalogue texts (service names, documents) are not
here: they come from the catalogue, which carries every language itself.

Thread use: `translate()` may be called from any thread (QTranslator lookups are
read-only once loaded); `install_language()` only from the GUI thread.
"""
from __future__ import annotations

import functools
import threading

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from kiosk.domain.languages import LANGUAGES, is_rtl
from kiosk.resources import TRANSLATIONS_DIR

_lock = threading.Lock()
_installed: list[QTranslator] = []


class TranslationsMissing(RuntimeError):
    """The compiled .qm files are missing: run `make translations`."""


@functools.cache
def translators_for(language: str) -> tuple[QTranslator, ...]:
    """Every compiled translation of `language` (empty for English, the source language)."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; expected one of {LANGUAGES}")
    found: list[QTranslator] = []
    for qm in sorted(TRANSLATIONS_DIR.glob(f"*_{language}.qm")):
        translator = QTranslator()
        if not translator.load(str(qm)):
            raise TranslationsMissing(f"cannot load translation file {qm}")
        found.append(translator)
    if not found and language != "en":
        # Said, not silently shown in English: a wheel or checkout without .qm files is broken.
        raise TranslationsMissing(
            f"translations for {language!r} are missing from {TRANSLATIONS_DIR}; in a checkout run "
            "`make translations`, else reinstall maktab"
        )
    return tuple(found)


def translate(language: str, context: str, source: str, *, n: int | None = None) -> str:
    """`source` (English) in `language`, without changing the app's current language.

    With `n`, the plural form for that number (the catalogue's numerus forms: Arabic has
    six) with `%n` replaced by it.
    """
    text: str | None = None
    with _lock:
        for translator in translators_for(language):
            text = translator.translate(context, source, None, -1 if n is None else n)
            if text:
                break
    text = text or source
    return text if n is None else text.replace("%n", str(n))


def qlocale(language: str) -> QLocale:
    locales = {
        "ar": QLocale(QLocale.Language.Arabic, QLocale.Country.Algeria),
        "fr": QLocale(QLocale.Language.French, QLocale.Country.Algeria),
        "kab": QLocale(QLocale.Language.Kabyle, QLocale.Country.Algeria),
        "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    }
    return locales[language]


def current_language() -> str:
    """The interface language `install_language` chose last (English before any)."""
    now = QLocale()
    for language in LANGUAGES:
        if qlocale(language).language() == now.language():
            return language
    return "en"


def install_language(language: str) -> None:
    """Make `language` the interface language: translators, locale and direction.

    Widgets receive a LanguageChange event and re-translate themselves.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language() needs the Qt application to exist first")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for translator in translators_for(language):
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(qlocale(language))
    if isinstance(app, QGuiApplication):  # a bare QCoreApplication (a CLI) has no direction
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(language) else Qt.LayoutDirection.LeftToRight)
