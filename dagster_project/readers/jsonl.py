"""JSON Lines (one article a line) and JSON arrays of articles."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import BinaryIO

from .base import (
    MAX_RECORD_BYTES,
    PROGRESS_CHECK_LINES,
    RawRecord,
    Rejection,
    excerpt,
    note_progress,
    read_capped,
)
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


def _parse_line(line: bytes, rel: str, position: int) -> RawRecord | Rejection:
    try:
        obj = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as err:
        return Rejection(rel, position, f"invalid UTF-8 at byte {err.start}", excerpt(line))
    except json.JSONDecodeError as err:
        return Rejection(rel, position, f"not valid JSON: {err.msg} at column {err.colno}", excerpt(line))
    except RecursionError:  # e.g. [[[[... 100,000 levels deep: Python's parser gives up
        return Rejection(rel, position, "JSON nested too deeply to read", excerpt(line))
    except ValueError as err:  # e.g. an integer of more than 4,300 digits
        return Rejection(rel, position, f"not readable JSON: {err}", excerpt(line))
    if not isinstance(obj, dict):
        return Rejection(rel, position, f"JSON value is a {type(obj).__name__}, not an object", excerpt(line))
    return record_from_mapping(obj, rel, position)


def read_jsonl(fh: BinaryIO, rel: str) -> Iterator[RawRecord | Rejection]:
    """One item per non-blank line, whatever the line holds: a bad line is rejected with its
    position (the 0-based line number) and the lines after it are still read."""
    for position, (line, oversize) in enumerate(_lines(fh)):
        if not position % PROGRESS_CHECK_LINES and position:  # cheap test per line; the clock only now and then
            note_progress(rel, position)
        if oversize is not None:
            yield Rejection(rel, position, f"line of {oversize / 2**20:.1f} MB is larger than the "
                            f"{MAX_RECORD_BYTES // 2**20} MB limit for one record", excerpt(line))
            continue
        if position == 0:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        try:
            yield _parse_line(line, rel, position)
        except Exception as err:  # whatever else one line does, the next lines are still read
            yield Rejection(rel, position, f"line not readable: {type(err).__name__}: {err}", excerpt(line))


_NONBLANK_LINE_END = re.compile(rb"[^\n]\n")


def count_records(fh: BinaryIO) -> int:
    """Non-blank lines of a JSONL stream, counted in 1 MB chunks (the records `read_jsonl` must
    account for), independently of parsing. Blank means only ASCII whitespace, as `bytes.strip`."""
    count, pending, first = 0, False, True  # pending: the unterminated line so far is not blank
    while chunk := fh.read(1 << 20):
        if first:
            chunk, first = chunk.removeprefix(b"\xef\xbb\xbf"), False
        chunk = chunk.translate(None, b" \t\r\x0b\x0c")  # keep only line ends and visible bytes
        if not chunk:
            continue
        if pending and chunk.startswith(b"\n"):
            count += 1
        count += len(_NONBLANK_LINE_END.findall(chunk))
        pending = not chunk.endswith(b"\n")
    return count + pending


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
    except (json.JSONDecodeError, RecursionError):
        # Many ".json" exports are really JSON Lines (and one line nested too deep is rejected
        # there, line by line, instead of failing the whole document).
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
