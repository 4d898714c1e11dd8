"""Latin Kabyle → Tifinagh: the letter table, the letters Kabyle needs, and what stays as written."""
from __future__ import annotations

import re

import pytest

from kiosk.domain.catalogue import in_tamazight_script, load_catalogue
from kiosk.domain.tifinagh import LETTERS, to_tifinagh

TIFINAGH_BLOCK = re.compile(r"^[\u2D30-\u2D7F]$")


@pytest.mark.parametrize(("latin", "tifinagh"), [
    ("Ddem tikit", "ⴷⴷⴻⵎ ⵜⵉⴽⵉⵜ"),                       # take a ticket
    ("Tangalt", "ⵜⴰⵏⴳⴰⵍⵜ"),                            # code: capital first letter, no case in Tifinagh
    ("Ameẓlu", "ⴰⵎⴻⵥⵍⵓ"),                              # service: emphatic ẓ
    ("Asfaylu", "ⴰⵙⴼⴰⵢⵍⵓ"),                            # counter
    ("ucɣil", "ⵓⵛⵖⵉⵍ"),                                # concern: c and ɣ
    ("araǧu", "ⴰⵔⴰⴵⵓ"),                                # waiting: ǧ → ⴵ
    ("mačči", "ⵎⴰⵞⵞⵉ"),                                # č → ⵞ
    ("Ḥrez", "ⵃⵔⴻⵣ"),                                  # ḥ, and a capital emphatic
    ("lɛaqa", "ⵍⵄⴰⵇⴰ"),                                # ɛ and q
    ("ṭṭfet", "ⵟⵟⴼⴻⵜ"),                                # ṭ
    ("Aḍris", "ⴰⴹⵔⵉⵙ"),                                # ḍ
    ("ṣṣbeḥ dduṛt", "ⵚⵚⴱⴻⵃ ⴷⴷⵓⵕⵜ"),                    # ṣ and ṛ
    ("axxam", "ⴰⵅⵅⴰⵎ"),                                # x
    ("agʷmar", "ⴰⴳⵯⵎⴰⵔ"),                              # labialised g (ʷ) → ⴳⵯ
    ("ak°", "ⴰⴽⵯ"),                                    # labialised k written with °
    ("tikit-ik", "ⵜⵉⴽⵉⵜ-ⵉⴽ"),                           # the affix hyphen stays
])
def test_words(latin, tifinagh):
    assert to_tifinagh(latin) == tifinagh


def test_every_kabyle_letter_has_one_tifinagh_letter():
    kabyle = "abcčdḍeɛfgǧɣhḥijklmnqrṛsṣtṭuwxyzẓ"
    assert set(kabyle) <= set(LETTERS)
    assert all(TIFINAGH_BLOCK.match(LETTERS[letter]) for letter in kabyle)
    assert len({LETTERS[letter] for letter in kabyle}) == len(kabyle)  # no two letters merged


def test_decomposed_letters_are_read_as_one():
    # "ḍ" typed as d + combining dot below (as some keyboards send it)
    assert to_tifinagh("a\u0064\u0323ris") == "ⴰⴹⵔⵉⵙ"


@pytest.mark.parametrize(("latin", "tifinagh"), [
    ("Ameẓlu: %1", "ⴰⵎⴻⵥⵍⵓ: %1"),
    ("%n n tesdatin", "%n ⵏ ⵜⴻⵙⴷⴰⵜⵉⵏ"),
    ("Imdanen: %L1 · %2", "ⵉⵎⴷⴰⵏⴻⵏ: %L1 · %2"),
    ("Azul {name}!", "ⴰⵣⵓⵍ {name}!"),
    ("<b>Tikit</b> &amp; <a href=\"x\">ara</a>", "<b>ⵜⵉⴽⵉⵜ</b> &amp; <a href=\"x\">ⴰⵔⴰ</a>"),
    ("60 iseggasen d wugar", "60 ⵉⵙⴻⴳⴳⴰⵙⴻⵏ ⴷ ⵡⵓⴳⴰⵔ"),
    ("05, 06 neɣ 07", "05, 06 ⵏⴻⵖ 07"),
    ("Tangalt PIN, tangalt QR", "ⵜⴰⵏⴳⴰⵍⵜ PIN, ⵜⴰⵏⴳⴰⵍⵜ QR"),
    ("Isekkilen O, I d L ur ttwasqedcen ara.", "ⵉⵙⴻⴽⴽⵉⵍⴻⵏ O, I ⴷ L ⵓⵔ ⵜⵜⵡⴰⵙⵇⴻⴷⵛⴻⵏ ⴰⵔⴰ."),
    ("D tikit-ik.", "ⴷ ⵜⵉⴽⵉⵜ-ⵉⴽ."),                    # a sentence's first letter is a word
    ("(maktab-sync doctor ad d-yini)", "(maktab-sync doctor ⴰⴷ ⴷ-ⵢⵉⵏⵉ)"),
    ("Sit ɣef «Smiren» — “%1”…", "ⵙⵉⵜ ⵖⴻⴼ «ⵙⵎⵉⵔⴻⵏ» — “%1”…"),
])
def test_placeholders_markup_digits_and_names_stay(latin, tifinagh):
    assert to_tifinagh(latin) == tifinagh


def test_loanword_letters_take_the_nearest_sound():
    assert to_tifinagh("vipo") == "ⴼⵉⴱⵓ"


def test_catalogue_kabyle_names_and_documents_in_tifinagh_others_untouched():
    latin = load_catalogue()
    tifinagh = in_tamazight_script(latin, "tifinagh")
    assert in_tamazight_script(latin, "latin") is latin
    for before, after in zip(latin.services, tifinagh.services, strict=True):
        assert after.name("kab") == to_tifinagh(before.name("kab")) != before.name("kab")
        assert after.documents_in("kab") == tuple(to_tifinagh(d) for d in before.documents_in("kab"))
        assert (after.name("ar"), after.name("fr"), after.code) == (before.name("ar"), before.name("fr"), before.code)
    for before_category, after_category in zip(latin.concern_categories, tifinagh.concern_categories, strict=True):
        assert after_category.name("kab") == to_tifinagh(before_category.name("kab"))
