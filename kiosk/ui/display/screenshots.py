"""Pictures of the hall display in every language, for review and the docs.

    render_display_screens(office, settings, "docs/screenshots", languages=["ar", "fr"])

Writes `<lang>-display-<variant>.png`; variants at `size` (default 1920×1080):
`board` (a busy morning), `offline` (hub lost: the last state with the badge),
`welcome` (before the first call); and `board-small` at `small_size` (default
1280×720; None to skip). Nothing is written to the office: the board is given a
sample snapshot built in memory (with the office's own services and name), and it
is silent (no announcer).

Thread use: GUI thread.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk.config import Settings
from kiosk.domain.catalogue import kabyle_in_script, service_in_tamazight_script
from kiosk.ui.display.app import build_display_board
from kiosk.ui.display.snapshot import CallRow, DisplaySnapshot
from kiosk.ui.shots import Look, Shots

VARIANTS = ("board", "offline", "welcome")

SAMPLE_ANNOUNCEMENT = {
    "ar": "يُغلق المكتب يوم الخميس على الساعة 12:00. يرجى إحضار بطاقة التعريف الوطنية لكل طلب.",
    "fr": "Le bureau ferme jeudi à 12 h 00. Munissez-vous de votre carte d'identité pour toute demande.",
    "kab": "Tanarit ad tettwamdel ass n lexmis ɣef 12:00. Awit-d takarḍa n tmagit i yal asuter.",
    "en": "The office closes on Thursday at 12:00. Please bring your ID card for every request.",
}


def sample_snapshot(office, settings: Settings) -> DisplaySnapshot:
    """A believable mid-morning board for this office's services, not stored anywhere."""
    script = settings.kiosk.tamazight_script  # as load_snapshot writes Kabyle for the running board
    services = tuple(service_in_tamazight_script(s, script) for s in office.services())
    prefixes = [s.prefix for s in services] or ["A"]

    def p(i: int) -> str:
        return prefixes[i % len(prefixes)]

    calls = [(f"{p(0)}-042", "3"), (f"{p(1)}-017", "1"), (f"{p(0)}-041", "2"), (f"{p(2)}-008", "5"),
             (f"{p(0)}-040", "3"), (f"{p(3)}-003", "4")]
    rows = tuple(CallRow(f"sample-{i}", label, counter) for i, (label, counter) in enumerate(calls))
    counts = [12, 4, 7, 0, 2, 0, 0, 1, 0, 0, 3, 5, 0, 9, 0, 0, 0, 1, 0]
    waiting = {s.code: counts[i % len(counts)] for i, s in enumerate(services)}
    return DisplaySnapshot(calls=rows, waiting=waiting, announcements=(kabyle_in_script(SAMPLE_ANNOUNCEMENT, script),),
                           services=services,
                           office_name=office.info.name or settings.office.name, timezone=office.info.timezone)


def _settle() -> None:
    app = QApplication.instance()
    for _ in range(4):
        app.processEvents()


def render_display_screens(office, settings: Settings, out_dir: Path | str | None,
                           languages: Iterable[str] | None = None, size: tuple[int, int] = (1920, 1080),
                           small_size: tuple[int, int] | None = (1280, 720), *,
                           look: Look | None = None) -> list[Path]:
    """Render the display's variants in each language to `out_dir` (or show each to
    `look`); returns the files written."""
    shots = Shots(out_dir, look)
    board = build_display_board(office, settings)  # not started: it shows only what it is given
    sample = sample_snapshot(office, settings)

    def shoot(name: str) -> None:
        _settle()
        shots(board, name)

    board.show()
    try:
        for language in languages or settings.kiosk.languages:
            board.set_language(language)
            board.setFixedSize(*size)
            board.show_snapshot(sample)
            shoot(f"{language}-display-board")
            board.set_hub_online(False)
            shoot(f"{language}-display-offline")
            board.set_hub_online(True)  # not started: nothing is re-read
            board.show_snapshot(DisplaySnapshot(waiting={}, services=sample.services,
                                                office_name=sample.office_name, timezone=sample.timezone))
            shoot(f"{language}-display-welcome")
            if small_size:
                board.setFixedSize(*small_size)
                board.show_snapshot(sample)
                shoot(f"{language}-display-board-small")
    finally:
        board.shutdown()
        board.close()
        board.deleteLater()
    return shots.written
