"""The figures pages' numbers read as each language writes them (FigureFormat's fast path for
whole numbers must give exactly what Babel gives)."""
from __future__ import annotations

import pytest
from babel.numbers import format_decimal

from sync.server.web.figures_view import LOCALES, NO_DATA, FigureFormat

VALUES = [0, 1, 7, 999, 1000, 1234, 12_345, 1_234_567, 12.0, 0.5, 3.25, 3.45, 1234.56, 9999.96]


@pytest.mark.parametrize("lang", sorted(LOCALES))
def test_numbers_are_written_as_babel_writes_them_in_each_language(lang):
    fmt = FigureFormat(lang)
    assert [fmt.number(v) for v in VALUES] == [
        format_decimal(v, format="#,##0.#", locale=LOCALES[lang]) for v in VALUES]


def test_thousands_and_decimals_follow_the_reader_s_language():
    assert FigureFormat("ar").number(1234567) == "1.234.567"
    assert FigureFormat("fr").number(1234.56) == "1\u202f234,6"
    assert FigureFormat("en").number(1234.56) == "1,234.6"
    assert FigureFormat("fr").number(None) == NO_DATA
