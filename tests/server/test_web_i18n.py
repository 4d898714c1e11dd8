"""Every string of the back office has its Arabic, French and Kabyle translation, and the catalogues load."""
from __future__ import annotations

import re

from babel.messages.pofile import read_po

from sync.server.web import i18n, messages


def test_every_marked_string_is_translated_in_arabic_and_french():
    strings = messages.extract()
    assert "Log in" in strings and "Wrong username or password. Check both and try again." in strings
    gaps = messages.missing()
    assert gaps == {"ar": [], "fr": []}, "translate these in sync/server/web/locale (docs/backoffice.md)"


def test_kabyle_is_complete_too():
    # Kabyle would fall back to French; keeping it whole spares a Kabyle reader pages in two languages.
    gaps = messages.missing(("kab",))
    assert gaps == {"kab": []}, "translate these in sync/server/web/locale/kab (docs/backoffice.md)"


def test_every_language_has_a_catalogue_per_area_and_they_parse():
    areas = {po.name for po in (i18n.LOCALE_DIR / "fr").glob("*.po")}
    assert {"base.po", "auth.po", "users.po"} <= areas
    for lang in i18n.LANGUAGES:
        assert {po.name for po in (i18n.LOCALE_DIR / lang).glob("*.po")} == areas, lang
        for po in (i18n.LOCALE_DIR / lang).glob("*.po"):
            with po.open("rb") as fh:
                read_po(fh, locale=lang)


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\([a-z_]+\)[sd]")  # {name}, {count:,}, {code!r}, %(name)s, %(num)d


def test_placeholders_survive_translation():
    for lang in ("ar", "fr", "kab"):
        for message in i18n.read_catalogue(lang):
            if isinstance(message.id, tuple):
                # A plural form may drop the number (Arabic says "one day", "two days") but never invent one.
                source = set(PLACEHOLDER.findall(message.id[1]))
                for form in message.string:
                    assert set(PLACEHOLDER.findall(form)) <= source, (lang, message.id, form)
            else:
                assert sorted(PLACEHOLDER.findall(message.string)) == sorted(PLACEHOLDER.findall(message.id)), \
                    (lang, message.id, message.string)


def test_kabyle_plural_forms():
    kab = i18n.translations("kab")
    day, days = "Not synced for %(num)d day", "Not synced for %(num)d days"
    assert kab.ngettext(day, days, 1) == "Ur temtawa ara seg %(num)d n wass"
    assert kab.ngettext(day, days, 3) == "Ur temtawa ara seg %(num)d n wussan"


def _write_po(path, messages_by_id):
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f'msgid "{msgid}"\nmsgstr "{msgstr}"\n\n' for msgid, msgstr in messages_by_id.items())
    path.write_text('msgid ""\nmsgstr "Content-Type: text/plain; charset=utf-8\\n"\n\n' + body, encoding="utf-8")


def test_kabyle_falls_back_to_french_then_english(tmp_path):
    # The real kab catalogue is complete, so the fallback is shown on a small one.
    _write_po(tmp_path / "fr" / "base.po", {"Home": "Accueil", "Log in": "Se connecter"})
    _write_po(tmp_path / "kab" / "base.po", {"Home": "Asebter agejdan"})
    kab = i18n.load_translations(tmp_path)["kab"]
    assert kab.gettext("Home") == "Asebter agejdan"  # translated
    assert kab.gettext("Log in") == "Se connecter"  # not in Kabyle: French
    assert kab.gettext("A string nobody marked") == "A string nobody marked"


def test_the_language_before_login():
    assert i18n.negotiate(None, None) == "ar"
    assert i18n.negotiate(None, "de-DE,fr;q=0.8,en;q=0.9") == "en"
    assert i18n.negotiate("kab", "fr") == "kab"
    assert i18n.negotiate("xx", "fr-DZ") == "fr"
