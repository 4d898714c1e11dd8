"""Qt translations of the interface and the receipts, per language.

Each area of the app has its own `.ts` source per language in `kiosk/translations/`
(`citizen_ar.ts`, `printing_fr.ts`, …), compiled to `.qm` by `make`. All `.qm` files of a
language are loaded together. Catalogue texts (service names, documents) are not
here: they come from the catalogue, which carries every language itself.

The Kabyle catalogues are written in Latin letters. An office whose Tamazight script is
Tifinagh (`kiosk.tamazight_script`) calls `use_tamazight_script("tifinagh")` once at
start, before the first `install_language`: from then on every Kabyle text (screens,
receipts, display) is the Latin translation written in Tifinagh by
`kiosk.domain.tifinagh.to_tifinagh` as it is looked up (no second catalogue to keep in step).

Thread use: `translate()` may be called from any thread (QTranslator lookups are
read-only once loaded); `install_language()` only from the GUI thread.
"""
from __future__ import annotations

import functools
import math
import re
import threading

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from kiosk.domain.languages import LANGUAGES, TAMAZIGHT_SCRIPTS, is_rtl
from kiosk.domain.tifinagh import to_tifinagh
from kiosk.resources import TRANSLATIONS_DIR

_lock = threading.Lock()
_installed: list[QTranslator] = []
_tamazight_script = "latin"
_pseudo = False

PSEUDO_GROWTH = 0.4  # translations run up to 40 % longer than their English source
# Placeholders, markup and entities stay as they are; only runs of letters grow.
_PSEUDO_TOKENS = re.compile(r"(<[^>]*>|%L?\w|\{\w*\}|&\w+;)|([^\W\d_]+)")


class TranslationsMissing(RuntimeError):
    """The compiled .qm files are missing: run `make translations`."""


class TifinaghTranslator(QTranslator):
    """A Kabyle translation read back in Tifinagh: Qt asks it like any translator."""

    def __init__(self, latin: QTranslator):
        super().__init__()
        self._latin = latin

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        text = self._latin.translate(context, source_text, disambiguation, n)
        # None, not "": Qt stops at the first translator that answers a non-null string,
        # and the other catalogues of the language must still be asked.
        return to_tifinagh(text) if text else None

    def isEmpty(self) -> bool:
        return self._latin.isEmpty()


def use_tamazight_script(script: str) -> None:
    """Write Kabyle in `script` ("latin" or "tifinagh") from now on; the office's setting
    `kiosk.tamazight_script`. Call before `install_language` (GUI thread)."""
    global _tamazight_script
    if script not in TAMAZIGHT_SCRIPTS:
        raise ValueError(f"unsupported Tamazight script {script!r}; expected one of {TAMAZIGHT_SCRIPTS}")
    _tamazight_script = script


def tamazight_script() -> str:
    """The script Kabyle is written in now ("latin" unless `use_tamazight_script` said otherwise)."""
    return _tamazight_script


@functools.cache
def translators_for(language: str, tamazight_script: str = "latin") -> tuple[QTranslator, ...]:
    """Every compiled translation of `language` (empty for English, the source language);
    Kabyle in `tamazight_script`."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; expected one of {LANGUAGES}")
    if language == "kab" and tamazight_script == "tifinagh":
        return tuple(TifinaghTranslator(latin) for latin in translators_for(language))
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
        for translator in translators_for(language, _tamazight_script):
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


def pseudo_text(text: str) -> str:
    """`text` with every word 40 % longer (its first letters again): "Take" → "TakeTa"."""
    def grow(match: re.Match) -> str:
        word = match.group(2)
        if word is None:
            return match.group(0)
        return word + word[:math.ceil(len(word) * PSEUDO_GROWTH)]
    return _PSEUDO_TOKENS.sub(grow, text)


class PseudoTranslator(QTranslator):
    """Wraps a language's translators: what they say, 40 % longer (Vorta's pseudo-locale)."""

    def __init__(self, inner: tuple[QTranslator, ...]):
        super().__init__()
        self.inner = inner

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        for translator in self.inner:
            text = translator.translate(context, source, disambiguation, n)
            if text:
                return pseudo_text(text)
        return pseudo_text(source)


def use_pseudo_locale(on: bool) -> None:
    """Layout checks only: from the next `install_language`, every translated text is 40 %
    longer and the layout right-to-left, whatever the language (tests/ui/test_no_clipping.py)."""
    global _pseudo
    _pseudo = on


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
    own = translators_for(language, _tamazight_script)
    translators = (PseudoTranslator(own),) if _pseudo else own
    for translator in translators:
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(qlocale(language))
    if isinstance(app, QGuiApplication):  # a bare QCoreApplication (a CLI) has no direction
        rtl = _pseudo or is_rtl(language)
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
