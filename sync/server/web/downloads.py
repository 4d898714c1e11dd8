"""Lists as downloads, the Datasette way: the page `/things` is also `/things.csv` and `/things.json`
with the same query string (the same filters), every row and not only one page.

    download(rows, columns, fmt, name)   a CSV (UTF-8 with a byte-order mark, so a spreadsheet opens
                                         Arabic names right) or JSON ({"rows": [...]}) response
    FORMATS                              the formats a route may be asked for

CSV cells that a spreadsheet would read as a formula (starting with =, +, @, a tab or a
carriage return) get a leading apostrophe. Any thread (plain functions over plain rows).
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from starlette.responses import Response

FORMATS = ("csv", "json")
_FORMULA_START = ("=", "+", "@", "\t", "\r")


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def download(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], fmt: str, name: str) -> Response:
    """`rows` as `name`.csv or `name`.json, with these columns in this order."""
    if fmt == "json":
        body = json.dumps({"rows": [{c: row.get(c) for c in columns} for row in rows]}, ensure_ascii=False)
        return Response(body, media_type="application/json",
                        headers={"Content-Disposition": f'inline; filename="{name}.json"',
                                 "Cache-Control": "no-store"})
    if fmt != "csv":
        raise ValueError(f"format {fmt!r}: use one of {', '.join(FORMATS)}")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_cell(row.get(c)) for c in columns])
    return Response(("\ufeff" + out.getvalue()).encode("utf-8"), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}.csv"',
                             "Cache-Control": "no-store"})


__all__ = ["FORMATS", "download"]
