"""Lists as downloads, the Datasette way: the page `/things` is also `/things.csv` and `/things.json`
with the same query string (the same filters), every row and not only one page. The one place
that writes a download: every list of the back office goes through here.

    download(rows, columns, fmt, name, *, meta=None, next_url=None)
        the whole file in one response: a list that fits in memory (offices, figures, a capped
        concern list whose `next_url` must be known before the first byte is sent)
    stream_download(rows, columns, fmt, name, *, meta=None)
        the same file, written while `rows` (an iterator, e.g. read in keyset batches) is consumed:
        a list with no cap (the audit log) never sits whole in memory
    refused(exc, fmt)     a download that cannot be made (a bad filter: 422, an unseen office: 404),
                          said in the file's format
    asked_format(fmt)     `fmt` if it is one of FORMATS, else a 404 (the path `/things.xls` does not exist)

Both formats carry `Content-Disposition` (`name.csv` as an attachment, `name.json` inline),
`Cache-Control: no-store` (lists hold citizens' and staff's data), and `Link: <next_url>; rel="next"`
when a cap cut the list and it goes on there. `download(…, headers=)` overrides them (the open
figures are public: cacheable, with a `Link: <…>; rel="license"`).

CSV: as sync/csv_text.py writes it (UTF-8 with a byte-order mark, CRLF lines, a header row of
`columns`, cells a spreadsheet would run as formulas defused), shared with the office's report.
JSON: `{**meta, "rows": [{column: value, ...}, ...]}`, values as they are.

Callers' columns are their stable machine names (English; the pages show translated headings).
Any thread; a streamed body is produced in Starlette's thread pool while it is sent.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from fastapi import HTTPException
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse

from sync.csv_text import BOM, csv_cell, csv_lines
from sync.server.errors import Refused
from sync.server.form_errors import InvalidField

FORMATS = ("csv", "json")
#: Pieces are sent in chunks of about this many characters: few writes, little memory.
CHUNK = 64_000


def asked_format(fmt: str) -> str:
    """Call it first in a `/things.{fmt}` route, before any work."""
    if fmt not in FORMATS:
        raise HTTPException(404)
    return fmt


def _json_pieces(rows: Iterable[Mapping[str, Any]], columns: Sequence[str],
                 meta: Mapping[str, Any] | None) -> Iterator[str]:
    head = json.dumps(dict(meta or {}), ensure_ascii=False)[:-1]  # the object, still open
    yield head + (", " if meta else "") + '"rows": ['
    separator = ""
    for row in rows:
        yield separator + json.dumps({column: row.get(column) for column in columns}, ensure_ascii=False)
        separator = ", "
    yield "]}"


def _chunks(pieces: Iterable[str]) -> Iterator[str]:
    buffer: list[str] = []
    size = 0
    for piece in pieces:
        buffer.append(piece)
        size += len(piece)
        if size >= CHUNK:
            yield "".join(buffer)
            buffer, size = [], 0
    yield "".join(buffer)


def _file(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], fmt: str, name: str,
          meta: Mapping[str, Any] | None, next_url: str | None) -> tuple[Iterator[str], str, dict[str, str]]:
    if fmt == "json":
        pieces, media_type, disposition = _json_pieces(rows, columns, meta), "application/json", "inline"
    elif fmt == "csv":
        pieces, media_type, disposition = csv_lines(rows, columns), "text/csv; charset=utf-8", "attachment"
    else:
        raise ValueError(f"format {fmt!r}: use one of {', '.join(FORMATS)}")
    headers = {"Content-Disposition": f'{disposition}; filename="{name}.{fmt}"', "Cache-Control": "no-store"}
    if next_url:
        headers["Link"] = f'<{next_url}>; rel="next"'
    return _chunks(pieces), media_type, headers


def download(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], fmt: str, name: str, *,
             meta: Mapping[str, Any] | None = None, next_url: str | None = None,
             headers: Mapping[str, str] | None = None) -> Response:
    """`rows` as `name`.csv or `name`.json, with these columns in this order, in one body.
    `headers` add to or replace the defaults (public open data: its own Cache-Control and licence Link)."""
    chunks, media_type, defaults = _file(rows, columns, fmt, name, meta, next_url)
    return Response("".join(chunks).encode("utf-8"), media_type=media_type, headers={**defaults, **(headers or {})})


def stream_download(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], fmt: str, name: str, *,
                    meta: Mapping[str, Any] | None = None) -> Response:
    """Like `download`, but written while `rows` is read. Check what may fail (scope, filters)
    before: once the first byte is sent the status can no longer say so."""
    chunks, media_type, headers = _file(rows, columns, fmt, name, meta, None)
    return StreamingResponse(chunks, media_type=media_type, headers=headers)


def refused(exc: Refused, fmt: str) -> Response:
    """The refusal in the format asked for: JSON names the code (and the field), CSV is the message."""
    if fmt == "json":
        body = {"error": exc.code, "message": exc.message}
        if isinstance(exc, InvalidField):
            body["field"] = exc.field
        return JSONResponse(body, exc.http_status, headers={"Cache-Control": "no-store"})
    return PlainTextResponse(exc.message + "\n", exc.http_status, headers={"Cache-Control": "no-store"})


__all__ = ["BOM", "FORMATS", "asked_format", "csv_cell", "download", "refused", "stream_download"]
