"""The one writer of the back office's downloads: what a spreadsheet or a script receives."""
from __future__ import annotations

import asyncio
import csv
import io
import json

import pytest
from fastapi import HTTPException

from sync.server.errors import Refused
from sync.server.form_errors import InvalidField
from sync.server.web import downloads

COLUMNS = ("code", "text", "count", "late", "details", "missing")
ROWS = [
    {"code": "A-1", "text": "=HYPERLINK(\"http://x\") الطريق", "count": -3, "late": True,
     "details": {"b": 1, "a": "é"}},
    {"code": "A-2", "text": "-1+1", "count": 2.5, "late": False, "details": None, "ignored": "not a column"},
]


def _csv(body: bytes) -> list[list[str]]:
    assert body.startswith("\ufeff".encode())  # a spreadsheet then reads the Arabic as UTF-8
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def _streamed(response) -> bytes:
    async def read() -> bytes:
        return b"".join([c if isinstance(c, bytes) else c.encode() async for c in response.body_iterator])
    return asyncio.run(read())


def test_a_csv_has_a_header_row_and_defuses_only_text_that_a_spreadsheet_would_run():
    answer = downloads.download(ROWS, COLUMNS, "csv", "things")
    assert answer.headers["content-type"].startswith("text/csv")
    assert answer.headers["content-disposition"] == 'attachment; filename="things.csv"'
    assert answer.headers["cache-control"] == "no-store" and "link" not in answer.headers
    header, first, second = _csv(answer.body)
    assert header == list(COLUMNS)
    assert first == ["A-1", "'=HYPERLINK(\"http://x\") الطريق", "-3", "yes", '{"a":"é","b":1}', ""]
    assert second == ["A-2", "'-1+1", "2.5", "no", "", ""]
    assert b"\r\n" in answer.body  # RFC 4180 line ends


def test_a_json_has_the_meta_and_the_rows_with_their_columns_only():
    answer = downloads.download(ROWS, COLUMNS, "json", "things", meta={"month": "2026-03"},
                                next_url="/things.json?after=2")
    data = json.loads(answer.body)
    assert data["month"] == "2026-03" and [row["code"] for row in data["rows"]] == ["A-1", "A-2"]
    assert data["rows"][0]["text"].startswith("=")  # JSON is data, not a spreadsheet: values as they are
    assert data["rows"][0]["details"] == {"b": 1, "a": "é"} and "ignored" not in data["rows"][1]
    assert answer.headers["link"] == '</things.json?after=2>; rel="next"'
    assert json.loads(downloads.download([], COLUMNS, "json", "things").body) == {"rows": []}


def test_a_streamed_download_sends_the_same_file_while_reading_the_rows():
    many = [{**ROWS[0], "code": f"A-{n}"} for n in range(3000)]  # more than one chunk
    for fmt in downloads.FORMATS:
        read = []

        def rows(fmt=fmt, read=read):
            for row in many:
                read.append(row)
                yield row
        streamed = downloads.stream_download(rows(), COLUMNS, fmt, "things")
        assert read == []  # nothing is read before the response is sent
        assert _streamed(streamed) == downloads.download(many, COLUMNS, fmt, "things").body
        assert streamed.headers["cache-control"] == "no-store"


def test_an_unknown_format_is_a_missing_page_and_a_refusal_is_said_in_the_format_asked():
    with pytest.raises(HTTPException) as missing:
        downloads.asked_format("xls")
    assert missing.value.status_code == 404
    bad_month = InvalidField("month", "{value!r} is not a month", {"value": "2026-13"})
    as_json = downloads.refused(bad_month, "json")
    assert as_json.status_code == 422 and json.loads(as_json.body)["field"] == "month"
    as_text = downloads.refused(Refused("office ALG-9 is not known", "not_found", 404), "csv")
    assert as_text.status_code == 404 and as_text.body == b"office ALG-9 is not known\n"
