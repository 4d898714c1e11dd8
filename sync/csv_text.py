"""CSV text the way every Maktab download writes it: the back office's lists
(sync/server/web/downloads.py) and the office's activity report (kiosk/reports/csv_report.py).

UTF-8 with a byte-order mark (so a spreadsheet opens Arabic names right), CRLF lines
(RFC 4180), one header row of stable English column names; None is an empty cell,
booleans yes/no, dicts and lists compact JSON. A text cell a spreadsheet would run as a
formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe;
numbers are left alone (-3 is no formula).

Thread use: any (pure functions).
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

BOM = "\ufeff"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> str:
    """What a CSV cell shows for `value`, defused if a spreadsheet would run it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, Mapping | list | tuple):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_lines(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> Iterator[str]:
    """The file line by line: the BOM and the header row first, then a line per row."""
    line = io.StringIO()
    writer = csv.writer(line, lineterminator="\r\n")

    def written(cells: Iterable[str]) -> str:
        line.seek(0)
        line.truncate()
        writer.writerow(cells)
        return line.getvalue()

    yield BOM + written(columns)
    for row in rows:
        yield written([csv_cell(row.get(column)) for column in columns])
