"""The activity report's PDF, read back as a person would: its text (pdftotext) in French
and in Arabic, where the title stands on the page (right-to-left in Arabic), A4 pages
rendered to images (pdftoppm), tables that run onto another page with their headings."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QImage

from kiosk.reports import ReportNotWritten, write_report
from tests.reports.conftest import (
    LAST,
    OFFICE_NAME,
    OFFICE_NAME_AR,
    page_size_pt,
    pdf_pages,
    pdf_text,
    render_pages,
    title_boxes,
)

A4_PT = (595.0, 842.0)
MARGIN_PT = 15 / 25.4 * 72


def test_the_french_report_says_what_the_figures_are(qapp, filled_office, two_days, tmp_path):
    saved = write_report(two_days, "pdf", tmp_path / "r.pdf", "fr", filled_office.catalogue)
    text = pdf_text(saved.path)
    assert "Rapport d’activité" in text and OFFICE_NAME in text
    assert "Période : du 2026-12-01 au 2026-12-02" in text
    assert "Établi le 2026-12-03 17:00 (heure du bureau, Africa/Algiers)" in text
    for heading in ("Synthèse", "Tickets délivrés par heure", "Attentes par service face à l’objectif (minutes)",
                    "Par service", "Par jour", "Extrait de naissance n°12", "Légalisation de signature"):
        assert heading in text
    # The whole office's line of the service table: its tickets, served and no-shows, as computed.
    office = two_days.office
    assert f"Ensemble du bureau {office.tickets} {office.served} {office.no_shows}" in text
    assert f"Page 1 sur {saved.size}" in text and f"Page {saved.size} sur {saved.size}" in text
    assert len(pdf_pages(saved.path)) == saved.size
    assert page_size_pt(saved.path) == pytest.approx(A4_PT, abs=1)
    title = sorted(title_boxes(saved.path), key=lambda box: box[1])
    assert [word for word, *_ in title] == ["Rapport", "d’activité"]
    assert title[0][1] == pytest.approx(MARGIN_PT, abs=6)  # left-to-right: the title starts at the left margin


def test_the_arabic_report_is_arabic_and_right_to_left(qapp, filled_office, two_days, tmp_path):
    saved = write_report(two_days, "pdf", tmp_path / "r.pdf", "ar", filled_office.catalogue, OFFICE_NAME_AR)
    # pdftotext drops or moves spaces where Arabic meets digits: compare without them.
    text = "".join(pdf_text(saved.path).split())
    for words in ("تقرير النشاط", OFFICE_NAME_AR, "الملخص", "التذاكر الصادرة في كل ساعة", "حسب الخدمة",
                  "حسب اليوم", "مستخرج عقد الميلاد رقم 12", "المكتب كله", f"الصفحة 1 من {saved.size}"):
        assert "".join(words.split()) in text, words
    assert "2026-12-01" in text and "2026-12-02" in text  # days stay left-to-right, never 01-12-2026
    assert "01-12-2026" not in text
    title = sorted(title_boxes(saved.path), key=lambda box: box[1])
    assert A4_PT[0] - title[-1][2] == pytest.approx(MARGIN_PT, abs=6)  # right-to-left: it ends at the right margin
    # Read from the right: "report" (تقرير) first, "activity" (النشاط) last, at the left.
    assert title[-1][0].startswith("ت") and title[0][0].endswith("ط")


def test_pages_render_as_a4_images_with_ink(qapp, filled_office, two_days, tmp_path):
    saved = write_report(two_days, "pdf", tmp_path / "r.pdf", "ar", filled_office.catalogue)
    pages = render_pages(saved.path, tmp_path)
    assert len(pages) == saved.size
    for page in pages:
        image = QImage(str(page))
        assert image.height() / image.width() == pytest.approx(297 / 210, rel=0.01)
        dark = sum(1 for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)
                   if image.pixelColor(x, y).lightness() < 128)
        assert dark > 50, f"{page.name} is blank"


def test_a_long_table_goes_on_with_its_heading_row(qapp, filled_office, tmp_path):
    report = filled_office.office_activity_report(dt.date(2026, 10, 1), LAST)  # 63 days, two quiet months
    saved = write_report(report, "pdf", tmp_path / "r.pdf", "fr", filled_office.catalogue)
    pages = pdf_pages(saved.path)
    with_days = [page for page in pages if "2026-11-15" in page or "2026-12-02" in page]
    assert with_days and all("Appels à l’aide pris en charge" in page for page in with_days)
    assert pages.index(with_days[-1]) > pages.index(with_days[0])  # the day table runs over pages
    assert sum(page.count("2026-11-15") for page in pages) == 1  # no row cut in two, none twice


def test_a_period_without_tickets_says_so(qapp, filled_office, tmp_path):
    report = filled_office.office_activity_report(dt.date(2026, 11, 1), dt.date(2026, 11, 1))
    saved = write_report(report, "pdf", tmp_path / "r.pdf", "fr", filled_office.catalogue)
    text = pdf_text(saved.path)
    assert "Aucun ticket sur cette période." in text and "Jour : 2026-11-01" in text
    assert "Tickets délivrés par heure" not in text  # no empty chart


def test_a_folder_that_does_not_exist_is_said_and_leaves_nothing(qapp, filled_office, two_days, tmp_path):
    with pytest.raises(ReportNotWritten, match="missing"):
        write_report(two_days, "pdf", tmp_path / "missing" / "r.pdf", "fr", filled_office.catalogue)
    assert list(tmp_path.iterdir()) == []
