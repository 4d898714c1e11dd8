"""QR code modules, computed once per payload and shared by the screen and the receipt.

The ticket screen and the receipt show the same payload, so the matrix is cached. The
mask pattern is fixed: choosing the "best" of the eight masks costs the `qrcode`
library most of its time (about 15 ms a code here) for no gain a scanner notices; any
mask is valid QR.

Thread use: any thread (pure Python; the cache is thread-safe).
"""
from __future__ import annotations

import functools

FIXED_MASK = 0


@functools.lru_cache(maxsize=64)
def qr_modules(payload: str, error_correction: str = "M") -> tuple[tuple[bool, ...], ...]:
    """The dark (True) and light modules of `payload`'s QR code, without quiet zone."""
    import qrcode  # with Pillow behind it: loaded with the first code, not at start-up

    levels = {"L": qrcode.constants.ERROR_CORRECT_L, "M": qrcode.constants.ERROR_CORRECT_M,
              "Q": qrcode.constants.ERROR_CORRECT_Q, "H": qrcode.constants.ERROR_CORRECT_H}
    code = qrcode.QRCode(error_correction=levels[error_correction], border=0, box_size=1,
                         mask_pattern=FIXED_MASK)
    code.add_data(payload)
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())
