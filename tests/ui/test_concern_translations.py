"""The concern screens' translations are complete and match the code, every button is big
and named, and the screenshots come out at the kiosk's size with nothing asking for more."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QPushButton

from kiosk.i18n import TRANSLATIONS_DIR
from kiosk.ui.citizen.concerns.screenshots import SCREENS, render_concern_screens
from tests.ui.test_concern_flow import build_flow

LANGS = ("ar", "fr", "kab", "en")
ROOT = Path(__file__).resolve().parents[2]
SOURCES = ["kiosk/ui/citizen/concerns/*.py", "kiosk/ui/desk/concerns_inbox.py", "kiosk/ui/desk/concern_detail.py",
           "kiosk/ui/desk/concern_list.py",
           "kiosk/ui/desk/concerns_reprint.py", "kiosk/ui/desk/concerns_messages.py",
           "kiosk/ui/desk/concern_intake*.py",
           "kiosk/printing/concern_receipt.py"]


def _messages(path: Path):
    root = ET.parse(path).getroot()
    return {(ctx.findtext("name"), msg.findtext("source")): msg
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def test_concern_translations_are_complete_in_every_language():
    sources = None
    for lang in LANGS:
        messages = _messages(TRANSLATIONS_DIR / f"concerns_{lang}.ts")
        for key, message in messages.items():
            translation = message.find("translation")
            assert translation is not None and (translation.text or "").strip(), (lang, key)
            assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), (lang, key)
            for marker in ("%1", "%2", "%3"):
                assert (marker in key[1]) == (marker in translation.text), (lang, key, marker)
            if lang == "kab":  # best effort: flagged for a native speaker's review
                assert "native" in (message.findtext("translatorcomment") or ""), key
        if sources is None:
            sources = set(messages)
        assert set(messages) == sources, lang
        assert (TRANSLATIONS_DIR / f"concerns_{lang}.qm").exists(), "run `make translations`"


def test_every_string_in_the_code_is_in_the_translations(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    out = tmp_path / "extracted.ts"
    files = sorted(str(p) for pattern in SOURCES for p in ROOT.glob(pattern))
    subprocess.run([str(lupdate), *files, "-ts", str(out)], check=True, capture_output=True)
    extracted = set(_messages(out))
    assert len(extracted) > 100
    known = set(_messages(TRANSLATIONS_DIR / "concerns_en.ts"))
    assert extracted <= known, sorted(extracted - known)


@pytest.mark.parametrize("language", ["ar", "kab"])
def test_every_button_is_big_and_named(qtbot, office, settings, language):
    flow = build_flow(qtbot, office, settings)
    flow.start_register(language)
    for name, screen in flow.screens.items():
        flow._go(name)
        qtbot.waitUntil(screen.isVisible)
        for button in screen.findChildren(QPushButton):
            if button.isVisibleTo(flow):
                assert button.accessibleName().strip(), (name, button.objectName(), button.text())
                assert button.height() >= 48, (name, button.objectName(), button.height())
                if button.property("role") != "key":
                    assert button.height() >= 64, (name, button.objectName(), button.height())
        for screen_widget in flow.screens.values():
            assert screen_widget.minimumSizeHint().height() <= 800, name


def test_screenshots(office, settings, tmp_path, qapp):
    written = render_concern_screens(office, settings, tmp_path, languages=["ar", "kab"])
    names = {path.name for path in written}
    assert {f"ar-concern-{screen}.png" for screen in SCREENS} <= names
    assert {"ar-desk-inbox.png", "kab-desk-inbox.png", "kab-concern-text-tifinagh.png"} <= names
    for path in written:
        assert Image.open(path).size == (1280, 800), path.name
    assert office.list_concerns() == []  # nothing written to the office
