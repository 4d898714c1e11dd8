"""Request bodies as bytes: JSON, gzip, and the size guard against decompression bombs.

Part of `sync.protocol` (import it from there). Pure; any thread.
"""
from __future__ import annotations

import gzip
import json
import zlib
from typing import Any

from sync.protocol.constants import MAX_BATCH_BYTES
from sync.protocol.errors import PayloadTooLarge, ProtocolError

# ---------------------------------------------------------------------------- gzip


def gzip_encode(data: bytes, level: int = 6) -> bytes:
    return gzip.compress(data, compresslevel=level, mtime=0)


def gzip_decode(data: bytes, max_size: int = MAX_BATCH_BYTES) -> bytes:
    """Inflate gzip `data`, refusing (PayloadTooLarge) as soon as more than `max_size` bytes
    would come out: a gzip bomb is detected after inflating at most max_size + 1 bytes."""
    out = bytearray()
    rest = data
    while True:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            chunk = d.decompress(rest, max_size + 1 - len(out))
            out += chunk
            if len(out) > max_size:
                raise PayloadTooLarge(f"body inflates to more than {max_size} bytes; send smaller batches")
            # max_length stopped us early if unconsumed_tail is left over: that is over the limit too.
            if d.unconsumed_tail:
                raise PayloadTooLarge(f"body inflates to more than {max_size} bytes; send smaller batches")
            out += d.flush()
            if len(out) > max_size:
                raise PayloadTooLarge(f"body inflates to more than {max_size} bytes; send smaller batches")
        except zlib.error as exc:
            raise ProtocolError(f"body is not valid gzip ({exc}); send gzip or drop Content-Encoding",
                                "bad_gzip") from None
        if not d.eof:
            raise ProtocolError("gzip body is truncated (connection cut?); send the batch again", "bad_gzip")
        rest = d.unused_data
        if not rest.strip(b"\x00"):  # trailing zero padding is tolerated, as gzip(1) does
            return bytes(out)


def encode_json_body(obj: Any, compress: bool = True) -> tuple[bytes, dict[str, str]]:
    """A JSON request body and its headers (gzip'd by default)."""
    raw = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    headers = {"Content-Type": "application/json"}
    if compress:
        headers["Content-Encoding"] = "gzip"
        return gzip_encode(raw), headers
    return raw, headers


def decode_json_body(body: bytes, content_encoding: str | None = None,
                     max_size: int = MAX_BATCH_BYTES) -> Any:
    """Bytes as received (+ Content-Encoding) → JSON value, with the size guard."""
    encoding = (content_encoding or "identity").strip().lower()
    if encoding == "gzip":
        body = gzip_decode(body, max_size)
    elif encoding not in ("identity", ""):
        raise ProtocolError(f"Content-Encoding {encoding!r} is not supported; use gzip or none",
                            "unsupported_media_type", 415)
    elif len(body) > max_size:
        raise PayloadTooLarge(f"body is {len(body)} bytes; at most {max_size} are allowed")
    try:
        return json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise ProtocolError("body is not UTF-8 text; send JSON encoded as UTF-8", "bad_json") from None
    except json.JSONDecodeError as exc:
        raise ProtocolError(f"body is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
                            "bad_json") from None
    except RecursionError:
        raise ProtocolError("body JSON is nested too deeply", "bad_json") from None

