"""Read back what a receipt printer would print, for tests: ESC/POS bytes → paper → QR codes.

    paper_from_escpos(data, width_dots=None) -> PIL.Image     the paper, black on white
    decode_qr_from_escpos(data, width_dots=None) -> list[str] the text of every QR code on it

`data` is the real byte stream the printer receives (as the fake printers of
tests/printing/fake_printer.py capture it, or `ticket_receipt_bytes(...)`): the raster
commands `kiosk.printing.escpos_encode` emits (GS v 0 bands, double-width bands, ESC a
alignment, ESC J feeds, the cut) are drawn by `escpos_encode.decode_raster`, which refuses
any other command; a fake printer's leading and trailing status queries (DLE EOT n) are
skipped here. The QR codes are read by zxing-cpp, a real decoder (the one phones' apps
are built on), not by re-running our encoder: a code it cannot read fails the test.

`width_dots` is the paper's width (576 on 80 mm paper, 384 on 58 mm); by default the
widest band of the stream, at least 576 — a narrower paper is then only wider margins.
"""
from __future__ import annotations

import zxingcpp
from PIL import Image

from kiosk.printing.escpos_encode import decode_raster

_DLE_EOT = b"\x10\x04"
_GS_V0 = b"\x1dv0"


def _without_status_queries(data: bytes) -> bytes:
    """The job without the real-time status requests (DLE EOT n) sent before and after it."""
    while data.startswith(_DLE_EOT) and len(data) >= 3:
        data = data[3:]
    while len(data) >= 3 and data[-3:-1] == _DLE_EOT:
        data = data[:-3]
    return data


def _widest_band(data: bytes) -> int:
    widest, at = 0, data.find(_GS_V0)
    while at >= 0 and at + 7 < len(data):
        mode, x_bytes, rows = data[at + 3], data[at + 4] | data[at + 5] << 8, data[at + 6] | data[at + 7] << 8
        widest = max(widest, x_bytes * 8 * (2 if mode & 1 else 1))
        at = data.find(_GS_V0, at + 8 + x_bytes * rows)
    return widest


def paper_from_escpos(data: bytes, width_dots: int | None = None) -> Image.Image:
    """The paper the printer would produce from `data` (mode "L", black ink on white)."""
    job = _without_status_queries(bytes(data))
    return decode_raster(job, width_dots or max(576, _widest_band(job)))


def decode_qr_from_escpos(data: bytes, width_dots: int | None = None) -> list[str]:
    """The text of every QR code printed by `data`, top to bottom ([] when there is none)."""
    paper = paper_from_escpos(data, width_dots)
    codes = zxingcpp.read_barcodes(paper, formats=zxingcpp.BarcodeFormat.QRCode)
    return [code.text for code in sorted(codes, key=lambda c: c.position.top_left.y)]


__all__ = ["decode_qr_from_escpos", "paper_from_escpos"]
