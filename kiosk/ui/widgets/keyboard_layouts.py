"""Key layouts of the on-screen keyboard: Arabic, French AZERTY, Tamazight in Latin
script (Kabyle letters ɛ ɣ č ḍ ṛ ṣ ṭ ẓ …) and Tifinagh (IRCAM Neo-Tifinagh).

Rows are listed left to right as on a physical keyboard; the keyboard never mirrors
them, even in a right-to-left interface. Digits are Western (0–9), as used in Algeria.
"""
from __future__ import annotations

import dataclasses

DIGITS = tuple("1234567890")


@dataclasses.dataclass(frozen=True)
class KeyLayout:
    code: str  # "ar", "fr", "kab", "tfng"
    label: str  # what the layout switch key shows
    name: str  # accessible name of the switch key
    rows: tuple[tuple[str, ...], ...]
    shifted: tuple[tuple[str, ...], ...] | None = None  # capitals, for Latin scripts
    rtl: bool = False


ARABIC = KeyLayout(
    "ar", "ع", "لوحة مفاتيح عربية",
    rows=(
        DIGITS,
        tuple("ضصثقفغعهخحجد"),
        tuple("شسيبلاتنمكط"),
        tuple("ئءؤرىةوزظذ"),
        ("أ", "إ", "آ", "،", "؟", ".", "-"),
    ),
    rtl=True,
)

FRENCH = KeyLayout(
    "fr", "AZ", "Clavier français AZERTY",
    rows=(
        DIGITS,
        tuple("azertyuiop"),
        tuple("qsdfghjklm"),
        tuple("wxcvbn") + ("'", ",", "."),
        ("é", "è", "ê", "à", "ç", "ù", "-", "?"),
    ),
    shifted=(
        DIGITS,
        tuple("AZERTYUIOP"),
        tuple("QSDFGHJKLM"),
        tuple("WXCVBN") + ("'", ",", "."),
        ("É", "È", "Ê", "À", "Ç", "Ù", "-", "?"),
    ),
)

# Kabyle Latin orthography: the AZERTY base with the extra letters on their own row.
KABYLE_LATIN = KeyLayout(
    "kab", "ⵣ Lat", "Anasiw n Teqbaylit s isekkilen ilatiniyen",
    rows=(
        DIGITS,
        tuple("azertyuiop"),
        tuple("qsdfghjklm"),
        tuple("wxcvbn") + ("'", ",", "."),
        ("ɛ", "ɣ", "č", "ǧ", "ḍ", "ḥ", "ṛ", "ṣ", "ṭ", "ẓ", "-"),
    ),
    shifted=(
        DIGITS,
        tuple("AZERTYUIOP"),
        tuple("QSDFGHJKLM"),
        tuple("WXCVBN") + ("'", ",", "."),
        ("Ɛ", "Ɣ", "Č", "Ǧ", "Ḍ", "Ḥ", "Ṛ", "Ṣ", "Ṭ", "Ẓ", "-"),
    ),
)

# The 33 letters of IRCAM's Neo-Tifinagh plus the labialisation mark ⵯ.
TIFINAGH = KeyLayout(
    "tfng", "ⵜⵉⴼ", "ⴰⵏⴰⵙⵉⵡ ⵏ ⵜⵉⴼⵉⵏⴰⵖ",
    rows=(
        DIGITS,
        ("ⴰ", "ⴱ", "ⴳ", "ⴷ", "ⴹ", "ⴻ", "ⴼ", "ⴽ", "ⵀ", "ⵃ", "ⵄ"),
        ("ⵅ", "ⵇ", "ⵉ", "ⵊ", "ⵍ", "ⵎ", "ⵏ", "ⵓ", "ⵔ", "ⵕ", "ⵖ"),
        ("ⵙ", "ⵚ", "ⵛ", "ⵜ", "ⵟ", "ⵡ", "ⵢ", "ⵣ", "ⵥ", "ⵯ"),
        (",", ".", "?", "-"),
    ),
)

# Tracking codes ("BMD-7K3Q-9XA4"): the capitals, digits and dash printed on the receipt,
# nothing else. Four rows of keys instead of five: the follow-up screen needs the height
# for its warnings when the text is larger. Not in LAYOUTS: never offered for writing.
CODE = KeyLayout(
    "code", "AZ", "Clavier du code de suivi",
    rows=(
        DIGITS,
        tuple("AZERTYUIOP"),
        tuple("QSDFGHJKLM"),
        tuple("WXCVBN") + ("-",),
    ),
)

LAYOUTS: dict[str, KeyLayout] = {layout.code: layout for layout in (ARABIC, FRENCH, KABYLE_LATIN, TIFINAGH)}


def layouts_for(language: str, tamazight_script: str = "latin") -> list[KeyLayout]:
    """The layouts offered to a citizen using `language`, the most likely one first."""
    tamazight = [TIFINAGH, KABYLE_LATIN] if tamazight_script == "tifinagh" else [KABYLE_LATIN, TIFINAGH]
    order = {
        "ar": [ARABIC, FRENCH, *tamazight],
        "fr": [FRENCH, ARABIC, *tamazight],
        "kab": [*tamazight, ARABIC, FRENCH],
        "en": [FRENCH, ARABIC, *tamazight],
    }
    return order.get(language, [ARABIC, FRENCH, *tamazight])
