"""Every word of the report is in each language's catalogue, translated, with its placeholders."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from kiosk.i18n import TRANSLATIONS_DIR
from kiosk.reports.texts import SOURCES, ReportTexts

# Words that are the same in French as in English.
SAME_IN_FRENCH = {"Service"}


def catalogue(language: str) -> dict[str, str]:
    root = ET.parse(TRANSLATIONS_DIR / f"reports_{language}.ts").getroot()
    return {m.findtext("source"): m.find("translation") for m in root.iter("message")}


@pytest.mark.parametrize("language", ["ar", "fr", "kab", "en"])
def test_every_report_text_is_translated_with_its_placeholders(language):
    found = catalogue(language)
    assert set(found) == set(SOURCES)
    for source, translation in found.items():
        assert translation.text and translation.get("type") != "unfinished", source
        assert re.findall(r"%\d", translation.text) == re.findall(r"%\d", source), source
        if language in ("ar", "kab") or (language == "fr" and source not in SAME_IN_FRENCH):
            assert translation.text != source, f"{language}: {source!r} is not translated"


def test_the_compiled_catalogue_is_what_the_report_reads(qapp):
    assert ReportTexts("ar")("Page %1 of %2", 1, 3) == "الصفحة 1 من 3"
    assert ReportTexts("fr")("Period: %1 to %2", "2026-12-01", "2026-12-31") == \
        "Période\u00a0: du 2026-12-01 au 2026-12-31"
    assert ReportTexts("kab")("Activity report") == "Aneqqis n urmud"
