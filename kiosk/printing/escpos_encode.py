"""Receipt image → ESC/POS bytes (raster), and the reverse for tests and the png printer.

The image is thresholded to 1 bit (or dithered, for photos and logos), then cut into
horizontal *bands of ink*. Blank paper between bands is a paper feed (`ESC J n`), not
white raster rows, and each band is cropped horizontally to whole bytes around its ink
and placed with the printer's alignment (`ESC a`): a centred band is sent symmetric
about the paper's centre line, a band hugging one edge is sent left- or right-aligned.
So only the inked part of the receipt travels: a full 576×800 raster is ~58 KB, a
ticket receipt is about a fifth of that (DESIGN §9 budget: ≤ 24 KB).

Emitted commands (and all that `decode_raster` understands):
  ESC @            initialise
  ESC a n          alignment 0 left, 1 centre, 2 right (applies to the next raster)
  GS v 0 m x y d   raster bit image, via python-escpos `image(impl="bitImageRaster")`;
                   m=3 (double-size dots) for bands drawn in 2×2 blocks, like the QR code
  ESC J n          feed n dots (n ≤ 255)
  GS V m [n]       cut (python-escpos `cut`)

Assumptions, true of common 80 mm printers: the printable width is the profile's
`media.width.pixels` (576 dots on most 80 mm printers, 512 on Epson TM-T88), and the
vertical motion unit is one dot, so `ESC J n` feeds n dot rows.

Thread: any (pure computation on Pillow images and bytes).
"""
from __future__ import annotations

import copy
import dataclasses

from escpos.capabilities import BaseProfile, get_profile
from escpos.printer import Dummy
from PIL import Image
from PySide6.QtGui import QImage

ESC = b"\x1b"
GS = b"\x1d"
INIT = ESC + b"@"
ALIGN = {"left": ESC + b"a\x00", "center": ESC + b"a\x01", "right": ESC + b"a\x02"}
DEFAULT_PROFILE = "TM-T20II"  # a 576-dot 80 mm profile; any profile with a known width works

# Bytes a band costs beyond its rows: ESC a (3) + GS v 0 header (8) + ESC J (3).
_BAND_OVERHEAD = 14
_THRESHOLD = 128  # grey level below which a dot is printed


class EncodeError(ValueError):
    """The image cannot be printed with this profile (too wide, for instance)."""


@dataclasses.dataclass(frozen=True)
class Band:
    """Rows [top, bottom) of the image, sent as bytes [left_byte, right_byte) of each row."""

    top: int
    bottom: int
    left_byte: int
    right_byte: int
    align: str


def resolve_profile(profile: BaseProfile | str | None) -> BaseProfile:
    """A python-escpos profile object from a profile, a profile name, or None (the default).

    (python-escpos' own `get_profile` only passes through its `Profile` subclass, not
    the objects it returns for named profiles.)
    """
    if isinstance(profile, BaseProfile):
        return profile
    return get_profile(profile or DEFAULT_PROFILE)


def _with_width(profile: BaseProfile, width: int) -> BaseProfile:
    """`profile`, or a copy that knows the paper width (python-escpos prints a warning
    on stdout for every image when a profile's width is "Unknown", as "default" is)."""
    if profile_width(profile) is not None:
        return profile
    patched = type(profile)()
    patched.profile_data = copy.deepcopy(profile.profile_data)
    patched.profile_data.setdefault("media", {}).setdefault("width", {})["pixels"] = width
    return patched


def profile_width(profile: BaseProfile | str | None) -> int | None:
    """Printable width in dots from a python-escpos profile, or None when the profile does not say."""
    resolved = resolve_profile(profile)
    try:
        return int(resolved.profile_data["media"]["width"]["pixels"])
    except (KeyError, TypeError, ValueError):
        return None


def qimage_to_pil(image: QImage) -> Image.Image:
    """An 8-bit grey Pillow copy of a QImage (any format)."""
    grey_format = QImage.Format.Format_Grayscale8
    grey = image if image.format() == grey_format else image.convertToFormat(grey_format)
    width, height, stride = grey.width(), grey.height(), grey.bytesPerLine()
    data = bytes(grey.constBits())[: stride * height]
    return Image.frombuffer("L", (width, height), data, "raw", "L", stride, 1).copy()


def to_one_bit(image: Image.Image | QImage, dither: bool = False) -> Image.Image:
    """Pillow mode "1" image (0 = black dot): a plain threshold for text, Floyd–Steinberg if asked."""
    if isinstance(image, QImage):
        image = qimage_to_pil(image)
    if image.mode == "1":
        return image
    grey = image.convert("L")
    if dither:
        return grey.convert("1", dither=Image.Dither.FLOYDSTEINBERG)
    return grey.point(lambda value: 255 if value >= _THRESHOLD else 0, mode="1")


def plan_bands(bw: Image.Image, paper_width: int) -> list[Band]:
    """Bands of ink in a mode "1" image, cropped to whole bytes and given an alignment."""
    width, height = bw.size
    row_bytes = (width + 7) // 8
    packed = bw.tobytes()  # 1 bit per dot, 1 = white, rows padded to whole bytes
    blank = b"\xff" * row_bytes
    if width % 8:
        # The padding bits of each row's last byte are not dots: make them white.
        mask = 0xFF >> (width % 8)
        rows = [bytes(packed[i * row_bytes : (i + 1) * row_bytes - 1]) + bytes([packed[(i + 1) * row_bytes - 1] | mask])
                for i in range(height)]
    else:
        rows = [packed[i * row_bytes : (i + 1) * row_bytes] for i in range(height)]

    # Runs of rows with ink and their byte extents.
    runs: list[list[int]] = []  # [top, bottom, left_byte, right_byte]
    for y, row in enumerate(rows):
        if row == blank:
            continue
        stripped_left = len(row) - len(row.lstrip(b"\xff"))
        stripped_right = len(row.rstrip(b"\xff"))
        if runs and runs[-1][1] == y:
            run = runs[-1]
            run[1] = y + 1
            run[2] = min(run[2], stripped_left)
            run[3] = max(run[3], stripped_right)
        else:
            runs.append([y, y + 1, stripped_left, stripped_right])

    # Merge runs separated by a gap cheaper to send as white rows than as a new band.
    merged: list[list[int]] = []
    for run in runs:
        if merged:
            last = merged[-1]
            gap = run[0] - last[1]
            left, right = min(last[2], run[2]), max(last[3], run[3])
            if gap * (right - left) <= _BAND_OVERHEAD:
                merged[-1] = [last[0], run[1], left, right]
                continue
        merged.append(list(run))

    paper_bytes = paper_width // 8
    offset = (paper_width - width) // 2 // 8  # an image narrower than the paper is centred
    bands: list[Band] = []
    for top, bottom, left, right in merged:
        left, right = left + offset, right + offset  # in paper bytes from here on
        # Three ways to place the band; send the one with the fewest bytes per row.
        margin = min(left, paper_bytes - right)
        choices = [
            (paper_bytes - 2 * margin, "center", margin, paper_bytes - margin),
            (right, "left", 0, right),
            (paper_bytes - left, "right", left, paper_bytes),
        ]
        _cost, align, band_left, band_right = min(choices, key=lambda choice: choice[0])
        bands.append(Band(top, bottom, band_left - offset, band_right - offset, align))
    return bands


def encode_image(
    image: Image.Image | QImage,
    profile: BaseProfile | str | None = None,
    *,
    dither: bool = False,
    cut: bool = True,
) -> bytes:
    """ESC/POS bytes that print `image` (white paper, black ink) as compact raster bands.

    `profile` is a python-escpos profile (or its name); its paper width positions the
    bands. Raises `EncodeError` when the image is wider than the paper.
    """
    profile = resolve_profile(profile)
    bw = to_one_bit(image, dither=dither)
    width, height = bw.size
    paper_width = profile_width(profile) or width
    if width > paper_width:
        raise EncodeError(f"receipt image is {width} dots wide; the printer profile allows {paper_width}")
    if paper_width % 8:
        paper_width -= paper_width % 8

    printer = Dummy()
    printer.profile = _with_width(profile, paper_width)  # set after: Dummy(profile=...) rejects objects
    printer._raw(INIT)
    y = 0
    for band in plan_bands(bw, paper_width):
        _feed(printer, band.top - y)
        # Band bytes are in image coordinates; a band of an image narrower than the paper
        # may reach past the image's sides, and those dots are white.
        left, right = band.left_byte * 8, band.right_byte * 8
        crop = Image.new("1", (right - left, band.bottom - band.top), 1)
        source_left, source_right = max(0, left), min(width, right)
        crop.paste(bw.crop((source_left, band.top, source_right, band.bottom)), (source_left - left, 0))
        printer._raw(ALIGN[band.align])
        # A band made of 2×2 blocks (a QR code with even module sizes) goes at half
        # resolution with double-size dots (GS v 0 m=3): the same paper for a quarter of
        # the bytes. fragment_height keeps python-escpos from splitting the band: GS v 0
        # takes up to 2303 rows, and a receipt band is far shorter.
        half = _half_resolution(crop)
        if half is not None:
            printer.image(half, high_density_vertical=False, high_density_horizontal=False,
                          impl="bitImageRaster", fragment_height=2303)
        else:
            printer.image(crop, impl="bitImageRaster", fragment_height=2303)
        y = band.bottom
    _feed(printer, height - y)
    printer._raw(ALIGN["left"])
    if cut:
        printer.cut(feed=False)  # GS V 66 0: feed to the cutter and cut, no blank lines
    return printer.output


# byte → 1 when some pair of neighbouring dots (bits 7-6, 5-4, 3-2, 1-0) differ.
_PAIRS_DIFFER = bytes(1 if (value ^ (value >> 1)) & 0x55 else 0 for value in range(256))


def _half_resolution(crop: Image.Image) -> Image.Image | None:
    """`crop` at half size if every 2×2 block of it is one colour, else None.

    Only for whole-byte-pair widths, so the doubled image is exactly as wide as `crop`
    and lands on the same dots whatever the alignment.
    """
    width, height = crop.size
    if height % 2 or width % 16:
        return None
    data = crop.tobytes()
    row_bytes = width // 8
    no_differences = bytes(row_bytes)
    for top in range(0, len(data), 2 * row_bytes):
        row = data[top : top + row_bytes]
        if row != data[top + row_bytes : top + 2 * row_bytes] or row.translate(_PAIRS_DIFFER) != no_differences:
            return None
    return crop.resize((width // 2, height // 2), Image.Resampling.NEAREST)


def _feed(printer: Dummy, dots: int) -> None:
    while dots > 0:
        step = min(dots, 255)
        printer._raw(ESC + b"J" + bytes([step]))
        dots -= step


def decode_raster(data: bytes, width_dots: int) -> Image.Image:
    """The paper a printer would produce from `data`, as a mode "L" image `width_dots` wide.

    Understands the commands `encode_image` emits (see the module docstring); any other
    command raises ValueError naming its offset, so a test notices an unexpected byte.
    """
    blocks: list[tuple[int, int, Image.Image]] = []  # (x, y, image)
    y = 0
    align = 0
    i = 0
    n = len(data)
    while i < n:
        if data.startswith(INIT, i):
            align = 0
            i += 2
        elif data.startswith(ESC + b"a", i) and i + 2 < n:
            align = data[i + 2] % 48
            if align not in (0, 1, 2):
                raise ValueError(f"bad alignment {data[i + 2]} at offset {i}")
            i += 3
        elif data.startswith(ESC + b"J", i) and i + 2 < n:
            y += data[i + 2]
            i += 3
        elif data.startswith(GS + b"v0", i) and i + 7 < n:
            mode = data[i + 3]
            x_bytes = data[i + 4] | data[i + 5] << 8
            rows = data[i + 6] | data[i + 7] << 8
            size = x_bytes * rows
            raw = data[i + 8 : i + 8 + size]
            if len(raw) != size:
                raise ValueError(f"truncated raster image at offset {i}")
            # Raster bits: 1 = print. Pillow "1": 1 = white, so invert while unpacking.
            block = Image.frombytes("1", (x_bytes * 8, rows), bytes(b ^ 0xFF for b in raw))
            if mode & 1:
                block = block.resize((block.width * 2, block.height), Image.Resampling.NEAREST)
            if mode & 2:
                block = block.resize((block.width, block.height * 2), Image.Resampling.NEAREST)
            x = (0, (width_dots - block.width) // 2, width_dots - block.width)[align]
            blocks.append((max(0, x), y, block))
            y += block.height
            i += 8 + size
        elif data.startswith(GS + b"V", i) and i + 2 < n:
            function = data[i + 2]
            if function in (0, 1, 48, 49):
                i += 3
            elif function in (65, 66) and i + 3 < n:
                i += 4
            else:
                raise ValueError(f"bad cut command at offset {i}")
        else:
            raise ValueError(f"unexpected ESC/POS byte 0x{data[i]:02x} at offset {i}")
    paper = Image.new("L", (width_dots, max(y, 1)), 255)
    for x, top, block in blocks:
        paper.paste(block.convert("L"), (x, top))
    return paper
