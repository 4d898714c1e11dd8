"""The wheel built from pyproject carries what an install outside the checkout needs:
every font, icon and sound, the default catalogue, and a compiled .qm for every .ts.

The wheel is built once for this module by `scripts/check-wheel.sh --build-only`, the
same build the CI's full install check runs (isolated: only the declared build
requirements, translations compiled by setup.py).
"""
from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest

from kiosk.resources import ASSETS_DIR, TRANSLATIONS_DIR

ROOT = Path(__file__).resolve().parents[1]
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("dist")
    built = subprocess.run([str(ROOT / "scripts" / "check-wheel.sh"), "--build-only", str(out)],
                           capture_output=True, text=True, timeout=600, check=False)
    assert built.returncode == 0, built.stderr[-2000:]
    path = Path(built.stdout.strip().splitlines()[-1])
    with zipfile.ZipFile(path) as archive:
        yield archive


def _package_path(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_the_wheel_carries_every_font_icon_sound_and_the_catalogue(wheel):
    names = set(wheel.namelist())
    expected = {_package_path(p) for p in ASSETS_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    # The kinds the kiosk cannot start without, so an emptied assets folder cannot pass.
    assert any(name.endswith(".ttf") for name in expected)
    assert any(name.endswith(".svg") for name in expected)
    assert "kiosk/assets/sounds/chime.wav" in expected
    assert "kiosk/assets/catalogue.toml" in expected
    assert sorted(expected - names) == []
    for name in expected:
        assert wheel.getinfo(name).file_size == (ROOT / name).stat().st_size, name


def test_the_wheel_carries_a_compiled_translation_for_every_source(wheel):
    sources = sorted(TRANSLATIONS_DIR.glob("*.ts"))
    assert len(sources) >= 20  # five areas × four languages
    for source in sources:
        qm = f"kiosk/translations/{source.stem}.qm"
        assert qm in wheel.namelist(), f"{qm} is not in the wheel"
        data = wheel.read(qm)
        assert data.startswith(QM_MAGIC), f"{qm} is not a compiled Qt translation"
        assert len(data) > len(QM_MAGIC) + 64, f"{qm} is empty"


def test_the_wheel_carries_the_back_office_templates_catalogues_and_static_files(wheel):
    web = ROOT / "sync" / "server" / "web"
    expected = {_package_path(p) for folder in ("templates", "locale", "static")
                for p in (web / folder).rglob("*") if p.is_file()}
    assert "sync/server/web/templates/base.html" in expected and "sync/server/web/locale/ar/base.po" in expected
    assert "sync/server/web/static/vendor/htmx/LICENSE" in expected
    assert sorted(expected - set(wheel.namelist())) == []


def test_the_wheel_installs_the_three_commands(wheel):
    entry_points = next(name for name in wheel.namelist() if name.endswith(".dist-info/entry_points.txt"))
    text = wheel.read(entry_points).decode()
    for command in ("maktab = kiosk.cli:main", "maktab-sync = kiosk.sync_cli.main:main",
                    "maktab-server = sync.server.cli:main"):
        assert command in text


def test_an_install_without_compiled_translations_says_so_instead_of_showing_english(tmp_path, monkeypatch):
    from kiosk import i18n

    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)  # an install with no .qm (and no .ts) at all
    i18n.translators_for.cache_clear()
    try:
        with pytest.raises(i18n.TranslationsMissing, match="translations for 'ar' are missing .*reinstall maktab"):
            i18n.translators_for("ar")
        assert i18n.translators_for("en") == ()  # English is the source language: nothing to load
    finally:
        i18n.translators_for.cache_clear()
