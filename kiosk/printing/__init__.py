"""Receipt printing: plain receipt data → image → ESC/POS bytes → spool → printer.

Pipeline (DESIGN §6):

1. `receipt.render_ticket_receipt(TicketReceipt)` draws the receipt with QPainter on a
   QImage using the bundled fonts (`fonts.receipt_fonts()`); Arabic lines are laid out
   right-to-left, one language per line, Western digits. `receipt.ReceiptLayout` is the
   set of blocks (text line, gap, rule, QR code, boxed text) other receipts reuse.
2. `escpos_encode.encode_image(image, profile)` thresholds it to 1 bit and emits only the
   bands of ink as GS v 0 rasters through python-escpos (blank paper is a feed), then a
   cut. `decode_raster` turns those bytes back into the printed paper (tests, png printer).
3. `spool.PrintSpool.submit(bytes, label)` hands the bytes to a worker thread that sends
   them to a `printers.Printer` (`open_printer("png:DIR" | "file:…" | "usb:…" |
   "network:…" | "serial:…")`), retrying while the job is young, reporting states through
   a plain callback.

Threads: steps 1–2 run where the ticket is issued (the GUI thread after the tap, a few
milliseconds; a QGuiApplication must exist), and take plain data, never a database.
Step 3 is the only I/O and runs on the spool's own thread. This package creates no
widgets; the UI adapts the spool's callback to Qt signals.

`ticket_receipt_bytes(receipt, profile, width_dots)` is steps 1–2 in one call;
`sample.print_sample_receipt` prints a sample receipt for `maktab print-test`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.printing import _escpos_cache  # noqa: F401  (before escpos: its start-up cache)

if TYPE_CHECKING:
    from escpos.capabilities import BaseProfile

    from kiosk.printing.receipt import TicketReceipt

# This package's modules are imported on their own (`kiosk.printing.fonts` at start-up);
# python-escpos and Pillow load only with the first receipt, off the GUI thread.


def ticket_receipt_bytes(
    receipt: TicketReceipt, profile: BaseProfile | str | None = None, width_dots: int | None = None
) -> bytes:
    """The ESC/POS bytes of a ticket receipt.

    Drawn `width_dots` wide when given (the configured paper width), else at the
    profile's paper width, else 576 dots (80 mm at 203 dpi).
    """
    from kiosk.printing.escpos_encode import encode_image, profile_width, resolve_profile
    from kiosk.printing.receipt import render_ticket_receipt

    profile = resolve_profile(profile)
    width = width_dots or profile_width(profile) or 576
    width -= width % 8
    return encode_image(render_ticket_receipt(receipt, width), profile)


def warm_up(languages: tuple[str, ...] = ("ar",)) -> None:
    """Render and encode one throw-away receipt per language.

    The first receipt of a process costs ~50 ms more than the others (fonts, glyph
    caches, translations, imports); calling this at start-up, or just after, keeps
    the citizen's first tap within budget. Any thread once a QGuiApplication exists.
    """
    import datetime as dt

    from kiosk.printing.receipt import TicketReceipt

    for language in languages:
        ticket_receipt_bytes(
            TicketReceipt("Maktab", "Maktab", "مكتب", "A-000", 1, 1, dt.datetime(2026, 1, 1), language,
                          "maktab:warm-up")
        )
