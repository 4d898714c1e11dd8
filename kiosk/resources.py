"""Where the files shipped inside the `kiosk` package are: fonts, icons, sounds, the
default catalogue, recorded voice prompts and the compiled translations.

They live in the package itself (`kiosk/assets/`, `kiosk/translations/`) so that a wheel
carries them and `pip install maktab` outside the checkout gives a complete kiosk; the
`.qm` files are compiled from the `.ts` sources when the wheel is built (see setup.py)
and by `make translations` in a checkout. Plain paths, no Qt: any layer may import this.
"""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ASSETS_DIR = PACKAGE_DIR / "assets"
FONTS_DIR = ASSETS_DIR / "fonts"
ICONS_DIR = ASSETS_DIR / "icons"
SOUNDS_DIR = ASSETS_DIR / "sounds"
VOICE_DIR = ASSETS_DIR / "voice"  # recorded prompts: voice/<lang>/<prompt id>.wav (docs/voice.md)
CATALOGUE_PATH = ASSETS_DIR / "catalogue.toml"
TRANSLATIONS_DIR = PACKAGE_DIR / "translations"
