"""Reports' fixtures: an office on a real SQLite file holding two simulated days (Dec 1 and
2, 2026, office time) plus concerns and calls for help made through its own calls, and
the tools that read a PDF back (poppler-utils: pdftotext, pdftoppm, pdfinfo)."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from kiosk.domain.clock import FixedClock
from kiosk.domain.concerns import ConcernDraft
from kiosk.office import Office, OfficeInfo
from kiosk.simulation import simulate

FIRST, LAST = dt.date(2026, 12, 1), dt.date(2026, 12, 2)
OFFICE_NAME = "Bureau du citoyen — APC de Boumerdès"
OFFICE_NAME_AR = "مكتب المواطن — بلدية بومرداس"
TARGETS = {"EC-N12": 30, "AD-LEG": 15}
# Bidi controls pdftotext writes around runs (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI).
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f]")


@pytest.fixture(scope="module")
def filled_office(tmp_path_factory):
    path = tmp_path_factory.mktemp("report-office") / "office.sqlite3"
    clock = FixedClock(dt.datetime(2026, 12, 3, 7, 0, tzinfo=dt.UTC))
    office = Office.open_path(path, OfficeInfo(OFFICE_NAME, "BMD", "Africa/Algiers"), clock, pin_hash_cost="test")
    simulate(office, tickets_per_day=120, days=2, include_today=False, seed=14)
    clock.set(dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC))
    office.register_concern(ConcernDraft(category="roads", text="Un trou devant l'école", language="fr"))
    office.ask_for_help("Borne 1", device_id="kiosk-1")
    clock.set(dt.datetime(2026, 12, 3, 16, 0, tzinfo=dt.UTC))
    yield office
    office.close()


@pytest.fixture(scope="module")
def two_days(filled_office):
    return filled_office.office_activity_report(FIRST, LAST, targets=TARGETS)


def needs_poppler() -> None:
    missing = [tool for tool in ("pdftotext", "pdftoppm", "pdfinfo") if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"{', '.join(missing)} missing: install poppler-utils (scripts/install-system-deps.sh --test)")


def pdf_text(pdf: Path, *options: str) -> str:
    """The PDF's text as pdftotext reads it, Arabic presentation forms back to letters and
    bidi controls removed, every run of spaces and line ends as one space (pages stay apart
    by their form feed)."""
    needs_poppler()
    raw = subprocess.run(["pdftotext", *options, str(pdf), "-"], check=True, capture_output=True,
                         text=True).stdout
    return re.sub(r"[^\S\f]+", " ", _BIDI.sub("", unicodedata.normalize("NFKC", raw)))


def pdf_pages(pdf: Path) -> list[str]:
    return pdf_text(pdf).split("\f")[:-1]


def page_size_pt(pdf: Path) -> tuple[float, float]:
    needs_poppler()
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    width, height = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups()
    return float(width), float(height)


def render_pages(pdf: Path, out_dir: Path, dpi: int = 50) -> list[Path]:
    needs_poppler()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(out_dir / "page")], check=True)
    return sorted(out_dir.glob("page-*.png"))


def title_boxes(pdf: Path, page: int = 1) -> list[tuple[str, float, float]]:
    """(text, x min, x max) in points of each word of the tallest line on `page` (the
    title), left to right on the page; pdftotext gives an Arabic title letter by letter."""
    needs_poppler()
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    found = [(_BIDI.sub("", unicodedata.normalize("NFKC", word)), float(x0), float(x1), float(y1) - float(y0))
             for x0, y0, x1, y1, word in re.findall(
                 r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out)]
    tallest = max(height for *_, height in found)
    return sorted((word, x0, x1) for word, x0, x1, height in found if height > tallest * 0.9)
