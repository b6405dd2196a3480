"""The two things a reader yields: a raw record, or a rejection with a reason a person can read.

Readers never raise for bad input. They yield a `Rejection` for what they cannot read and go
on with the rest of the file; the dispatcher turns any unexpected exception into a rejection too.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime

EXCERPT_CHARS = 200


@dataclass(slots=True)
class RawRecord:
    """One article as the source gave it, before normalization."""

    file: str  # path relative to the landing-day folder
    position: int  # 0-based index of the record in its file (line number for JSONL)
    external_id: str | None
    text: str | None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published_at: str | datetime | None = None  # raw value; normalization parses it
    language: str | None = None


@dataclass(slots=True)
class Rejection:
    """A record (or a whole file, position -1) that could not be read, and why."""

    file: str
    position: int
    reason: str
    excerpt: str = ""


@dataclass(slots=True)
class FileCount:
    """How many records a file holds, counted from the file itself (not from what its reader
    yielded): non-blank lines of a JSONL file, rows in a Parquet footer. The accounting compares
    it with what was read, so a reader that stops early cannot lose records silently."""

    file: str
    records: int
    position: int = -1  # not a record; lets progress logging treat every item alike


def excerpt(value: bytes | str | None, limit: int = EXCERPT_CHARS) -> str:
    """A short, printable excerpt of bad input for the rejected-records table."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        value = value[: limit * 4].decode("utf-8", errors="replace")
    value = value[:limit]
    return "".join(ch if ch.isprintable() or ch in "\n\t" else "\ufffd" for ch in value)


# --- shared helpers for the format readers -------------------------------------------------

# One record (a JSON line, a CSV row) or one single-article document larger than this is
# rejected instead of being loaded: no news article is anywhere near it, and a file that is
# one endless line must not take the memory of the whole run.
MAX_RECORD_BYTES = 32 * 1024 * 1024
MAX_DOCUMENT_BYTES = 32 * 1024 * 1024


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    """Decode the bytes that are not UTF-8 as Windows-1252 (Latin-1 where 1252 has a hole)."""
    assert isinstance(err, UnicodeDecodeError)
    bad = err.object[err.start:err.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), err.end


codecs.register_error("cp1252fallback", _cp1252_fallback)


def decode_text(data: bytes) -> tuple[str, bool]:
    """UTF-8 (BOM allowed); stray non-UTF-8 bytes are read as Windows-1252 instead of lost.

    Returns (text, clean) where clean is False when some bytes needed the fallback. Valid
    UTF-8 sequences elsewhere in the same file stay as they are (no mojibake).
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="cp1252fallback"), False


def read_capped(fh, limit: int = MAX_DOCUMENT_BYTES) -> bytes | None:
    """The whole stream, or None when it is larger than `limit` (read no more than limit + 1)."""
    data = fh.read(limit + 1)
    return None if len(data) > limit else data


_INVISIBLE = {"\u200b": "", "\u2060": "", "\ufeff": "", "\u00ad": "", "\ufffc": "",  # zero-width, soft hyphen
              "\u00a0": " ", "\u202f": " "}  # no-break spaces
_HAS_INVISIBLE = re.compile("[" + "".join(_INVISIBLE) + "]")
_SPACE_RUN = re.compile(r"[ \t\f\v]+")
_LINE_EDGE = re.compile(r" ?\n ?")
_BLANK_RUN = re.compile(r"\n{3,}")


def _visible(text: str) -> str:
    if _HAS_INVISIBLE.search(text):
        for char, replacement in _INVISIBLE.items():
            if char in text:
                text = text.replace(char, replacement)
    return text


def tidy_text(text: str) -> str:
    """Invisible characters out, runs of spaces single, at most one blank line between paragraphs."""
    text = _visible(text).replace("\r\n", "\n").replace("\r", "\n")
    text = _LINE_EDGE.sub("\n", _SPACE_RUN.sub(" ", text))
    return _BLANK_RUN.sub("\n\n", text).strip()


def tidy_line(text: str | None) -> str | None:
    """A one-line field (title): invisible characters out, whitespace single; None when empty."""
    if text is None:
        return None
    text = " ".join(_visible(text).split())
    return text or None


def join_paragraphs(paragraphs) -> str:
    return "\n\n".join(p for p in (p.strip() for p in paragraphs) if p)


# --- progress of long files ----------------------------------------------------------------

# A file can take minutes without yielding a record (1 GiB of blank lines in a 1 MB gzip): readers
# that loop over lines call `note_progress` every PROGRESS_CHECK_LINES lines, and whoever reads
# the landing day (the `articles` asset) hears about it at most every PROGRESS_SECONDS.
PROGRESS_CHECK_LINES = 1 << 16
PROGRESS_SECONDS = 10.0
_progress: ContextVar[list | None] = ContextVar("reader_progress", default=None)


@contextlib.contextmanager
def progress_to(say: Callable[[str], None], every_seconds: float = PROGRESS_SECONDS) -> Iterator[None]:
    """Within the block, readers report long files to `say` (the generator must be consumed inside)."""
    token = _progress.set([say, every_seconds, time.monotonic()])
    try:
        yield
    finally:
        _progress.reset(token)


def note_progress(rel: str, lines: int) -> None:
    state = _progress.get()
    if state is None:
        return
    say, every, last = state
    now = time.monotonic()
    if now - last >= every:
        state[2] = now
        say(f"{rel}: {lines:,} lines read so far")
