"""The parts of the hall board: the newest call, the previous calls, the waiting counts
(the announcements line is kiosk/ui/display/ticker.py).

Each part is told its texts and its `unit` (window height / 1080) by the board and
knows nothing of the office. The newest call picks the largest font that fits its
space, so "A-042 → Counter 3" is never clipped, whatever the screen.

Thread use: GUI thread.
"""
from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.clock import SYSTEM_UI_CLOCK, UiClock
from kiosk.ui.display import style
from kiosk.ui.display.fitted import FittedLabel, board_font, shared_heights
from kiosk.ui.display.snapshot import CallRow
from kiosk.ui.widgets.icons import icon_pixmap

FLASH_MS = 420  # a new call: on/off 3 times, no strobe


def arrow_for(direction: Qt.LayoutDirection) -> str:
    """Ticket → counter, pointing the way the board is read."""
    return "←" if direction == Qt.LayoutDirection.RightToLeft else "→"


def _label(role: str, text: str = "", align: Qt.AlignmentFlag | None = None) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    if align is not None:
        label.setAlignment(align)
    return label


def _text_size(text: str, pixels: float, bold: bool = True) -> tuple[float, float]:
    """Width and line height of one line of `text`, counting fallback fonts (Arabic is taller)."""
    if not text:
        return 0.0, 0.0
    layout = QTextLayout(text, board_font(pixels, bold))
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1_000_000)
    layout.endLayout()
    return line.naturalTextWidth(), line.height()


def _advance(text: str, pixels: float, bold: bool = True) -> float:
    return _text_size(text, pixels, bold)[0]


class HeroCall(QFrame):
    """The newest call, as large as its space allows: ticket, arrow, counter in two languages.

    Ratios of the counter lines and the arrow to the ticket size are fixed; the ticket
    size is the largest that fits both the width and the height (at most
    `style.SIZES['hero_ticket'] * unit`).
    """

    COUNTER_RATIO = 0.40
    COUNTER2_RATIO = 0.30
    ARROW_RATIO = 0.55

    def __init__(self, parent: QWidget | None = None, *, clock: UiClock = SYSTEM_UI_CLOCK):
        super().__init__(parent)
        self.setProperty("role", "hero")
        self.setProperty("flash", False)
        # Ignored: the board's layout gives the hero its share of the screen, whatever its
        # text; the hero then fits its text into that share (never the other way round).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.unit = 1.0
        self.heading = _label("hero-heading", align=Qt.AlignmentFlag.AlignCenter)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.ticket_label = _label("hero-ticket", align=Qt.AlignmentFlag.AlignCenter)
        self.ticket_label.setObjectName("hero-ticket")
        self.arrow_label = _label("hero-arrow", align=Qt.AlignmentFlag.AlignCenter)
        self.counter_label = _label("hero-counter", align=Qt.AlignmentFlag.AlignCenter)
        self.counter_label.setObjectName("hero-counter")
        self.counter2_label = _label("hero-counter2", align=Qt.AlignmentFlag.AlignCenter)
        counters = QVBoxLayout()
        counters.setSpacing(0)
        counters.addStretch(1)
        counters.addWidget(self.counter_label)
        counters.addWidget(self.counter2_label)
        counters.addStretch(1)
        self.row = QHBoxLayout()
        self.row.addStretch(1)
        self.row.addWidget(self.ticket_label, 0)
        self.row.addWidget(self.arrow_label, 0)
        self.row.addLayout(counters, 0)
        self.row.addStretch(1)
        self._outer = QVBoxLayout(self)
        self._outer.addWidget(self.heading)
        self._outer.addStretch(1)
        self._outer.addLayout(self.row)
        self._outer.addStretch(1)
        self._texts = ("", "", "", "")
        self._flashes_left = 0
        self._flash_timer = clock.timer(self, FLASH_MS)
        self._flash_timer.timeout.connect(self._toggle_flash)

    def set_texts(self, heading: str, ticket: str, counter: str, counter2: str, *, arrow: bool = True) -> None:
        self.heading.setText(heading)
        self.arrow_label.setVisible(arrow)
        self._texts = (ticket, arrow_for(self.layoutDirection()) if arrow else "", counter, counter2)
        self.ticket_label.setText(ticket)
        self.arrow_label.setText(self._texts[1])
        self.counter_label.setText(counter)
        self.counter2_label.setText(counter2)
        self.counter2_label.setVisible(bool(counter2))
        accessible = " ".join(t for t in (ticket, counter, counter2) if t)
        self.setAccessibleName(accessible)
        self._fit()

    def set_unit(self, unit: float) -> None:
        self.unit = unit
        pad = round(24 * unit)
        self._outer.setContentsMargins(pad, round(12 * unit), pad, round(16 * unit))
        self.row.setSpacing(round(28 * unit))
        self._fit()

    def ticket_pixels(self) -> int:
        return self._ticket_px

    _ticket_px = 0

    def _fit(self) -> None:
        ticket, arrow, counter, counter2 = self._texts
        margins = self._outer.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        heading_h = self.heading.sizeHint().height() if self.heading.text() else 0
        height = self.height() - margins.top() - margins.bottom() - heading_h - self._outer.spacing()
        if width <= 0 or height <= 0:
            return
        spacing = self.row.spacing() * (2 if arrow else 1)
        ticket_w, ticket_h = _text_size(ticket, 100)
        arrow_w, _ = _text_size(arrow, 100 * self.ARROW_RATIO)
        counter_w, counter_h = _text_size(counter, 100 * self.COUNTER_RATIO)
        counter2_w, counter2_h = _text_size(counter2, 100 * self.COUNTER2_RATIO, bold=False)
        by_width = (width - spacing) / max((ticket_w + arrow_w + max(counter_w, counter2_w)) / 100, 0.01) * 0.96
        by_height = height / max(ticket_h / 100, (counter_h + counter2_h) / 100, 0.01) * 0.98
        size = max(style.MIN_FONT_PX, int(min(style.SIZES["hero_ticket"] * self.unit, by_width, by_height)))
        self._ticket_px = size
        fitted = ((self.ticket_label, size, True), (self.arrow_label, size * self.ARROW_RATIO, True),
                  (self.counter_label, size * self.COUNTER_RATIO, True),
                  (self.counter2_label, size * self.COUNTER2_RATIO, False))
        for label, pixels, bold in fitted:
            pixels = max(style.MIN_FONT_PX, round(pixels))
            label.setStyleSheet(f"font-size: {pixels}px;")
            # Sized from our own metrics: a label's size hint lags behind a stylesheet change.
            width, height = _text_size(label.text(), pixels, bold)
            label.setFixedSize(math.ceil(width) + 4 if width else 0, math.ceil(height) if width else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    # A brief, gentle flash draws the eye to a new call (3 times, no strobe).
    def flash(self) -> None:
        self._flashes_left = 6
        self._set_flash(True)
        self._flash_timer.start()

    def _toggle_flash(self) -> None:
        self._flashes_left -= 1
        if self._flashes_left <= 0:
            self._flash_timer.stop()
            self._set_flash(False)
            return
        self._set_flash(not self.property("flash"))

    def _set_flash(self, on: bool) -> None:
        self.setProperty("flash", on)
        self.style().unpolish(self)
        self.style().polish(self)
        self.update()


class RecentCalls(QFrame):
    """The calls before the newest one: ticket → counter, newest at the top."""

    def __init__(self, rows: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "panel")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.heading = _label("heading", align=Qt.AlignmentFlag.AlignCenter)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.grid = QGridLayout()
        self.rows: list[tuple[QLabel, QLabel, QLabel]] = []
        for i in range(rows):
            row = (_label("recent-ticket", align=Qt.AlignmentFlag.AlignCenter),
                   _label("recent-arrow", align=Qt.AlignmentFlag.AlignCenter),
                   _label("recent-counter", align=Qt.AlignmentFlag.AlignCenter))
            for col, label in enumerate(row):
                label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                self.grid.addWidget(label, i, col)
            self.rows.append(row)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 2)
        self.grid.setRowStretch(rows, 1)
        self._outer = QVBoxLayout(self)
        self._outer.addWidget(self.heading)
        self._outer.addLayout(self.grid)
        self._calls: tuple[CallRow, ...] = ()

    def set_heading(self, heading: str) -> None:
        self.heading.setText(heading)

    def set_calls(self, calls: Sequence[CallRow]) -> None:
        self._calls = tuple(calls)[:len(self.rows)]
        arrow = arrow_for(self.layoutDirection())
        for i, (ticket, arrow_label, counter) in enumerate(self.rows):
            call = self._calls[i] if i < len(self._calls) else None
            ticket.setText(call.label if call else "")
            arrow_label.setText(arrow if call else "")
            counter.setText(call.counter if call else "")
            ticket.setAccessibleName(f"{call.label} {call.counter}" if call else "")

    def labels(self) -> list[str]:
        """The tickets listed, top to bottom (tests, accessibility)."""
        return [c.label for c in self._calls]

    def set_unit(self, unit: float) -> None:
        pad = round(18 * unit)
        self._outer.setContentsMargins(pad, pad, pad, pad)
        self._outer.setSpacing(round(8 * unit))
        self.grid.setVerticalSpacing(round(2 * unit))
        self.grid.setHorizontalSpacing(round(12 * unit))


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" instead of widening the layout."""

    def __init__(self, role: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", role)
        self.full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(1)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.ensurePolished()
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, max(1, self.width())))


class WaitingTile(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "tile")
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Whole names, on two lines or in a smaller font when long, never "Etat civil – lég…"
        start = Qt.AlignmentFlag.AlignLeading
        self.name = FittedLabel("tile-name", bold=True)
        self.name.setAlignment(start | Qt.AlignmentFlag.AlignBottom)
        self.name2 = FittedLabel("tile-name2", bold=False)
        self.name2.setAlignment(start | Qt.AlignmentFlag.AlignTop)
        self.count = FittedLabel("tile-count", bold=True, wrap=False)
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        names = QVBoxLayout()
        names.setSpacing(0)
        # the room shared as the sizes of the two names are, until _share_names knows better
        names.addWidget(self.name, style.SIZES["tile_name"])
        names.addWidget(self.name2, style.SIZES["tile_name2"])
        self._names = names
        self.row = QHBoxLayout(self)
        self.row.addWidget(self.icon)
        self.row.addLayout(names, 1)
        self.row.addWidget(self.count)
        self.service_code = ""
        self._icon_stem = ""

    def show_service(self, code: str, icon: str, name: str, name2: str, count: int, icon_px: int) -> None:
        self.service_code = code
        if icon != self._icon_stem or self.icon.pixmap().width() != icon_px:
            self._icon_stem = icon
            self.icon.setPixmap(icon_pixmap(icon, icon_px))
        self.name.set_text(name)
        self.name2.set_text(name2)
        self.name2.setVisible(bool(name2))
        self.count.set_text(str(count))
        self.setAccessibleName(f"{name} {count}")
        self.share_names()

    def share_names(self) -> None:
        """Each name gets the part of the tile's height it needs (a long name on two lines
        above a short second one), so both can keep a readable size."""
        room = self.name.height() + (self.name2.height() if self.name2.isVisibleTo(self) else 0)
        if self.name.width() <= 0 or room <= 0:
            return
        second = self.name2.text() if self.name2.isVisibleTo(self) else ""
        heights = shared_heights([(self.name.text(), self.name.max_px, True), (second, self.name2.max_px, False)],
                                 self.name.width(), room)
        self._names.setStretch(0, max(1, heights[0]))
        self._names.setStretch(1, heights[1])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.share_names()


class WaitingPanel(QFrame):
    """People waiting per service, with the service's icon, in the board's two languages.

    Only lines with someone waiting are shown (in catalogue order); when more lines
    wait than tiles fit, the longest lines are shown.
    """

    ROWS = 2

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "panel")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.heading = _label("heading")
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.empty = _label("empty", align=Qt.AlignmentFlag.AlignCenter)
        self.grid = QGridLayout()
        self.tiles: list[WaitingTile] = []
        self.columns = 0
        self._outer = QVBoxLayout(self)
        self._outer.addWidget(self.heading)
        self._outer.addLayout(self.grid, 1)
        self._outer.addWidget(self.empty, 1)
        self.unit = 1.0
        self._entries: list[tuple[str, str, str, str, int]] = []
        self._build_tiles(4)

    def _build_tiles(self, columns: int) -> None:
        for tile in self.tiles:
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = []
        for col in range(max(columns, getattr(self, "columns", 0))):
            self.grid.setColumnStretch(col, 1 if col < columns else 0)  # an old, wider grid leaves no gap
        self.columns = columns
        for i in range(columns * self.ROWS):
            tile = WaitingTile()
            self.grid.addWidget(tile, i // columns, i % columns)
            self.tiles.append(tile)

    def set_heading(self, text: str, empty_text: str) -> None:
        self.heading.setText(text)
        self.empty.setText(empty_text)

    def set_entries(self, entries: Sequence[tuple[str, str, str, str, int]]) -> None:
        """(service code, icon stem, name, second-language name, count), catalogue order."""
        self._entries = [e for e in entries if e[4] > 0]
        self._show()

    def shown(self) -> dict[str, int]:
        """Service code → count, for the tiles on screen (tests, accessibility)."""
        return {t.service_code: int(t.count.text()) for t in self.tiles if t.isVisibleTo(self) and t.service_code}

    def _show(self) -> None:
        entries = self._entries
        if len(entries) > len(self.tiles):
            keep = sorted(entries, key=lambda e: -e[4])[:len(self.tiles)]
            entries = [e for e in entries if e in keep]
        icon_px = style.px("tile_icon", self.unit)
        for i, tile in enumerate(self.tiles):
            if i < len(entries):
                tile.show_service(*entries[i], icon_px=icon_px)
                tile.setVisible(True)
            else:
                tile.service_code = ""
                tile.setVisible(False)
        self.empty.setVisible(not entries)

    def set_unit(self, unit: float, columns: int) -> None:
        self.unit = unit
        if columns != self.columns:
            self._build_tiles(columns)
        pad = round(18 * unit)
        self._outer.setContentsMargins(pad, round(10 * unit), pad, pad)
        self.grid.setSpacing(round(12 * unit))
        for tile in self.tiles:
            tile.row.setContentsMargins(round(12 * unit), round(6 * unit), round(16 * unit), round(6 * unit))
            tile.row.setSpacing(round(12 * unit))
            tile.name.set_max_px(style.px("tile_name", unit))
            tile.name2.set_max_px(style.px("tile_name2", unit))
            tile.count.set_max_px(style.px("tile_count", unit))
            tile.share_names()
        self._show()
