"""The languages the kiosk speaks and their writing direction."""
from __future__ import annotations

# Order matters: it is the order the language screen shows them in.
LANGUAGES: tuple[str, ...] = ("ar", "fr", "kab", "en")
RIGHT_TO_LEFT: frozenset[str] = frozenset({"ar"})
# How an office writes Tamazight (`kiosk.tamazight_script`): the catalogues are Latin,
# Tifinagh is transliterated from them (kiosk.domain.tifinagh).
TAMAZIGHT_SCRIPTS: tuple[str, ...] = ("latin", "tifinagh")

# The name of each language written in that language (what the citizen recognises).
ENDONYMS: dict[str, str] = {
    "ar": "العربية",
    "fr": "Français",
    "kab": "Tamaziɣt",
    "en": "English",
}


def is_rtl(language: str) -> bool:
    return language in RIGHT_TO_LEFT
