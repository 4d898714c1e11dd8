"""Receipts for every reader (issue 13, item 12): the wait in words with each language's
plural forms (no "9 د"), no printed text under 3 mm at 203 dpi, and the office's name in
the citizen's language when the configuration gives it."""
from __future__ import annotations

import pytest

from kiosk.config import ConfigError, OfficeSettings, load_settings
from kiosk.domain.concerns import mask_phone
from kiosk.domain.languages import LANGUAGES
from kiosk.i18n import translate
from kiosk.printing.concern_receipt import ConcernReceipt, layout_concern_receipt
from kiosk.printing.receipt import DOTS_PER_MM, MIN_TEXT_DOTS, ReceiptLayout, layout_ticket_receipt


def minutes(language: str, n: int) -> str:
    return translate(language, "Receipt", "%n minutes", n=n)


def test_the_wait_is_written_in_words_with_arabic_plural_forms(qapp):
    assert [minutes("ar", n) for n in (0, 1, 2, 3, 9, 10, 11, 99, 100, 102, 103)] == [
        "0 دقيقة", "دقيقة واحدة", "دقيقتان", "3 دقائق", "9 دقائق", "10 دقائق",
        "11 دقيقة", "99 دقيقة", "100 دقيقة", "102 دقيقة", "103 دقائق"]
    assert [minutes("fr", n) for n in (0, 1, 2, 9)] == ["0 minute", "1 minute", "2 minutes", "9 minutes"]
    assert [minutes("en", n) for n in (1, 9)] == ["1 minute", "9 minutes"]
    assert minutes("kab", 9) == "9 n tesdatin"
    for language in LANGUAGES:  # no abbreviation left: "د", "min"
        for n in range(0, 30):
            words = minutes(language, n).split()
            assert "د" not in words and "min" not in words, (language, n)


def test_three_millimetres_is_what_the_floor_says():
    assert MIN_TEXT_DOTS / DOTS_PER_MM >= 2.99  # 24 dots at 203 dpi
    assert (MIN_TEXT_DOTS - 2) / DOTS_PER_MM < 2.8  # the old last line (22 dots, 2.75 mm) is under it


def test_the_layout_never_sets_text_under_three_millimetres(qapp):
    layout = ReceiptLayout(384)
    layout.add_text_line("small print", 18)
    layout.add_text_line("a very long office name " * 8, 26, max_lines=1, min_size=12)
    layout.add_boxed_text("Priorité : personne âgée " * 4, 24, max_lines=1, min_size=16)
    assert layout.text_sizes and min(layout.text_sizes) >= MIN_TEXT_DOTS


LONG_NAME = "Bureau du citoyen de l’Assemblée populaire communale de Tizi Ouzou, annexe de Draâ Ben Khedda"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", [576, 384])
def test_every_line_of_a_ticket_receipt_is_three_millimetres_or_more(receipt_factory, monkeypatch, language, width):
    sizes: list[list[int]] = []
    real_render = ReceiptLayout.render

    def keep_sizes(self):
        sizes.append(list(self.text_sizes))
        return real_render(self)

    monkeypatch.setattr(ReceiptLayout, "render", keep_sizes)
    layout_ticket_receipt(receipt_factory(language, office_name=LONG_NAME, priority_label="Priorité : personne âgée"),
                          width)
    layout_ticket_receipt(receipt_factory(language, people_ahead=0), width)
    assert sizes and all(sizes)
    assert min(min(each) for each in sizes) >= MIN_TEXT_DOTS


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_line_of_a_concern_receipt_is_three_millimetres_or_more(qapp, monkeypatch, language):
    import datetime as dt

    sizes: list[int] = []
    real_render = ReceiptLayout.render
    monkeypatch.setattr(ReceiptLayout, "render", lambda self: (sizes.extend(self.text_sizes), real_render(self))[1])
    for phone in (None, mask_phone("0555123442")):
        receipt = ConcernReceipt(office_name=LONG_NAME, code="TST-7K3M-9QX2", category_name="Voirie et routes",
                                 category_name_ar="الطرق", registered_at_local=dt.datetime(2026, 11, 25, 9, 41),
                                 language=language, masked_phone=phone)
        layout_concern_receipt(receipt, 576)
    assert sizes and min(sizes) >= MIN_TEXT_DOTS


def test_office_names_per_language_come_from_the_configuration(tmp_path):
    config = tmp_path / "maktab.toml"
    config.write_text('[office]\nname = "Bureau du citoyen — APC de Boumerdès"\n'
                      '[office.names]\nar = "مكتب المواطن — بلدية بومرداس"\nkab = "Tanarit n uɣerf — Bumerdas"\n',
                      encoding="utf-8")
    office = load_settings(config_path=config, data_dir=tmp_path).office
    assert office.name_in("ar") == "مكتب المواطن — بلدية بومرداس"
    assert office.name_in("kab") == "Tanarit n uɣerf — Bumerdas"
    assert office.name_in("en") == office.name_in("fr") == "Bureau du citoyen — APC de Boumerdès"  # the fallback
    assert OfficeSettings().name_in("ar") == OfficeSettings().name


def test_a_wrong_office_names_table_is_refused_with_its_key(tmp_path):
    config = tmp_path / "maktab.toml"
    config.write_text('[office.names]\nde = "Bürgerbüro"\nar = ""\n', encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_settings(config_path=config, data_dir=tmp_path)
    assert any("office.names.de" in problem for problem in refused.value.problems)
    assert any("office.names.ar" in problem for problem in refused.value.problems)
