"""Pages of the report's PDF: blocks placed down the pages, tables cut between their rows.

Qt's own pagination of a QTextDocument may cut a table row in two (half a service's name
at the foot of a page, half at the top of the next), and always starts on a fresh page.
So the tables' document is laid out once, on one endless page, and cut here into slices
at the boundaries between rows and paragraphs; each slice is drawn where the page flow
puts it, a heading is kept with the table header and first row that follow it, and a
table that runs onto another page starts there with its header row again.

    Slice       a horizontal band of a document (its top and bottom, in document pixels)
    slices_of   the bands of a laid-out document, with the header band of each table
    Flow        places drawings of known heights down the pages, opening a page when full

Thread use: the caller's (QTextDocument is not shared).
"""
from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QTextCursor, QTextDocument

Draw = Callable[[QPainter, QRectF], None]


@dataclasses.dataclass(frozen=True)
class Slice:
    top: float
    bottom: float
    header: Slice | None = None  # the header row of the table this row belongs to (None: not a table row)
    keep_with_next: int = 0  # how many following slices must share its page (a heading: header + first row)

    @property
    def height(self) -> float:
        return self.bottom - self.top


def slices_of(doc: QTextDocument) -> list[Slice]:
    """Bands that together cover `doc`, cut only between paragraphs and between table rows."""
    layout = doc.documentLayout()
    bands: list[tuple[float, float, int | None, int]] = []  # top, bottom, table (its first position), row
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        cursor = QTextCursor(block)
        table = cursor.currentTable()
        if table is not None:
            where, row = table.firstPosition(), table.cellAt(cursor).row()
            if bands and bands[-1][2] == where and bands[-1][3] == row:  # another cell of the same row
                top, bottom, _, _ = bands[-1]
                bands[-1] = (min(top, rect.top()), max(bottom, rect.bottom()), where, row)
            else:
                bands.append((rect.top(), rect.bottom(), where, row))
        elif block.text():  # the empty block Qt keeps after each table is drawn with it
            bands.append((rect.top(), rect.bottom(), None, -1))
        block = block.next()
    # Cut in the gap between neighbours, so the bands meet and nothing is lost: three quarters
    # down, inside the next row's padding, not on the border line halfway (drawn twice, thicker).
    cuts = [0.0] + [a[1] + (b[0] - a[1]) * 0.75 for a, b in itertools.pairwise(bands)] + [doc.size().height()]
    slices: list[Slice] = []
    header: Slice | None = None
    for index, (_, _, in_table, row) in enumerate(bands):
        band = Slice(cuts[index], cuts[index + 1])
        if in_table is None:
            follows = bands[index + 1] if index + 1 < len(bands) else None
            keep = 2 if follows is not None and follows[2] is not None else 0
            slices.append(dataclasses.replace(band, keep_with_next=keep))
        elif row == 0:
            header = band
            slices.append(band)
        else:
            slices.append(dataclasses.replace(band, header=header))
    return slices


class Flow:
    """Drawings placed down pages of `page_height`: `pages[i]` lists (top, height, draw)."""

    def __init__(self, page_height: float, gap: float):
        self.page_height = page_height
        self.gap = gap
        self.pages: list[list[tuple[float, float, Draw]]] = [[]]
        self.y = 0.0

    def _new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0

    def place(self, height: float, draw: Draw) -> None:
        """A drawing that is never cut, then a gap; on a new page when it does not fit (unless
        the page is still empty)."""
        if self.y and self.y + height > self.page_height:
            self._new_page()
        self.pages[-1].append((self.y, height, draw))
        self.y += height + self.gap

    def place_document(self, doc: QTextDocument) -> None:
        """A laid-out document, cut into its slices across as many pages as it needs."""
        slices = slices_of(doc)
        for index, piece in enumerate(slices):
            needed = sum(s.height for s in slices[index:index + 1 + piece.keep_with_next])
            if self.y and self.y + needed > self.page_height:
                self._new_page()
                if piece.header is not None:  # the table goes on: its header row first
                    self._place_slice(doc, piece.header)
            self._place_slice(doc, piece)

    def _place_slice(self, doc: QTextDocument, piece: Slice) -> None:
        def draw(painter: QPainter, area: QRectF) -> None:
            painter.save()
            painter.translate(area.left(), area.top() - piece.top)
            doc.drawContents(painter, QRectF(0, piece.top, area.width(), piece.height))
            painter.restore()

        self.pages[-1].append((self.y, piece.height, draw))
        self.y += piece.height
