"""JSON Lines (one article a line) and JSON arrays of articles."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from .base import MAX_RECORD_BYTES, RawRecord, Rejection, excerpt, read_capped
from .fields import FIELD_ALIASES, record_from_mapping

MAX_JSON_DOCUMENT_BYTES = 256 * 1024 * 1024  # a JSON array is parsed whole; bigger exports should be JSONL
_WRAPPER_KEYS = ("articles", "items", "data", "records", "results", "documents", "docs", "entries")


def _lines(fh: BinaryIO) -> Iterator[tuple[bytes, int | None]]:
    """(line, None); for a line longer than MAX_RECORD_BYTES (first bytes, full size), never held whole."""
    while True:
        line = fh.readline(MAX_RECORD_BYTES + 1)
        if not line:
            return
        if len(line.rstrip(b"\r\n")) <= MAX_RECORD_BYTES:
            yield line, None
            continue
        start, size = line[:800], len(line)
        del line
        chunk = b""
        while not chunk.endswith(b"\n"):
            chunk = fh.readline(1 << 20)
            if not chunk:
                break
            size += len(chunk)
        yield start, size


def read_jsonl(fh: BinaryIO, rel: str) -> Iterator[RawRecord | Rejection]:
    for position, (line, oversize) in enumerate(_lines(fh)):
        if oversize is not None:
            yield Rejection(rel, position, f"line of {oversize / 2**20:.1f} MB is larger than the "
                            f"{MAX_RECORD_BYTES // 2**20} MB limit for one record", excerpt(line))
            continue
        if position == 0:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        try:
            obj = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError as err:
            yield Rejection(rel, position, f"invalid UTF-8 at byte {err.start}", excerpt(line))
            continue
        except json.JSONDecodeError as err:
            yield Rejection(rel, position, f"not valid JSON: {err.msg} at column {err.colno}", excerpt(line))
            continue
        if not isinstance(obj, dict):
            yield Rejection(rel, position, f"JSON value is a {type(obj).__name__}, not an object", excerpt(line))
            continue
        yield record_from_mapping(obj, rel, position)


def read_json(fh: BinaryIO, rel: str) -> Iterator[RawRecord | Rejection]:
    """A JSON array of article objects (or a single object)."""
    data = read_capped(fh, MAX_JSON_DOCUMENT_BYTES)
    if data is None:
        yield Rejection(rel, -1, f"JSON document larger than {MAX_JSON_DOCUMENT_BYTES // 2**20} MB: "
                        "export it as JSON Lines (one article a line)", "")
        return
    data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        obj = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as err:
        yield Rejection(rel, -1, f"invalid UTF-8 at byte {err.start}", excerpt(data))
        return
    except json.JSONDecodeError:
        # Many ".json" exports are really JSON Lines.
        import io

        yield from read_jsonl(io.BytesIO(data), rel)
        return
    if isinstance(obj, dict):
        wrapped = [obj[k] for k in _WRAPPER_KEYS if isinstance(obj.get(k), list)]
        if wrapped:  # {"articles": [...]} and similar export envelopes
            obj = wrapped[0]
        elif not {str(k).strip().lower() for k in obj} & set(FIELD_ALIASES["text"]):
            keys = [str(k) for k in list(obj)[:10]]
            yield Rejection(rel, -1, f"JSON object is not an article and holds no list of articles "
                            f"(no text field; keys: {keys})", excerpt(data))
            return
    items = obj if isinstance(obj, list) else [obj]
    for position, item in enumerate(items):
        if isinstance(item, dict):
            yield record_from_mapping(item, rel, position)
        else:
            yield Rejection(rel, position, f"array item is a {type(item).__name__}, not an object", excerpt(str(item)))
