"""Every string of the back office has its Arabic and French translation, and the catalogues load."""
from __future__ import annotations

from babel.messages.pofile import read_po

from sync.server.web import i18n, messages


def test_every_marked_string_is_translated_in_arabic_and_french():
    strings = messages.extract()
    assert "Log in" in strings and "Wrong username or password. Check both and try again." in strings
    gaps = messages.missing()
    assert gaps == {"ar": [], "fr": []}, "translate these in sync/server/web/locale (docs/backoffice.md)"


def test_every_language_has_a_catalogue_per_area_and_they_parse():
    areas = {po.name for po in (i18n.LOCALE_DIR / "fr").glob("*.po")}
    assert {"base.po", "auth.po", "users.po"} <= areas
    for lang in i18n.LANGUAGES:
        assert {po.name for po in (i18n.LOCALE_DIR / lang).glob("*.po")} == areas, lang
        for po in (i18n.LOCALE_DIR / lang).glob("*.po"):
            with po.open("rb") as fh:
                read_po(fh, locale=lang)


def test_placeholders_survive_translation():
    for lang in ("ar", "fr", "kab"):
        catalogue = i18n.read_catalogue(lang)
        for message in catalogue:
            for placeholder in ("{count}", "{code}", "{minutes}", "{username}", "{choices}", "%(name)s"):
                if placeholder in message.id:
                    assert placeholder in message.string, (lang, message.id)


def test_kabyle_falls_back_to_french_then_english():
    kab = i18n.translations("kab")
    assert kab.gettext("Home") == "Asebter agejdan"  # translated
    assert kab.gettext("Log in") == "Se connecter"  # not yet: French
    assert kab.gettext("A string nobody marked") == "A string nobody marked"


def test_the_language_before_login():
    assert i18n.negotiate(None, None) == "ar"
    assert i18n.negotiate(None, "de-DE,fr;q=0.8,en;q=0.9") == "en"
    assert i18n.negotiate("kab", "fr") == "kab"
    assert i18n.negotiate("xx", "fr-DZ") == "fr"
