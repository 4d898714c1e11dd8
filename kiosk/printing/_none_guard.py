"""Work around a reference-count bug of PySide6 6.12 on Python 3.11: None loses references.

Measured here (PySide6-Essentials 6.12.0, CPython 3.11.7): many void Qt methods called
from Python — QFont.setBold, QPainter.fillRect, QImage.fill, … — drop one reference to
None each time they return. Before Python 3.12 None is not immortal, so after a few
thousand such calls (about 20 rendered receipts) its count reaches zero and the process
aborts with "Fatal Python error: none_dealloc". tests/printing/test_receipt.py
(`test_rendering_does_not_exhaust_none`) shows the leak rate.

Python 3.12 made None immortal (PEP 683); this guard gives 3.11 the same effect by
adding a very large number of references once. It is a no-op on 3.12 and later.
Remove it when the project requires Python ≥ 3.12 or PySide6 fixes the leak.
Thread: any; idempotent.
"""
from __future__ import annotations

import ctypes
import sys
import threading

# No receipt kiosk will ever make 2**50 leaking calls; far from Py_ssize_t's limit.
_BOOST = 2**50
_lock = threading.Lock()
_done = False


def make_none_immortal() -> None:
    global _done
    if sys.version_info >= (3, 12):
        return
    with _lock:
        if _done:
            return
        # ob_refcnt is the first field of every PyObject on CPython (a Py_ssize_t).
        ctypes.c_ssize_t.from_address(id(None)).value += _BOOST
        _done = True
