"""WARC / ARC web archives: every HTML response is a page read like an `.html` file.

Records that are not pages (requests, metadata, warcinfo, revisits, images, scripts, redirects
and error responses) are skipped: they are not articles and are not counted as records. A page
with no article text is rejected; an archive that stops being readable yields one rejection
after the records already read.

- external_id: WARC-Record-ID (the target URI when a record has none)
- url: WARC-Target-URI (what was fetched)
- published_at: only the page's own date; WARC-Date is the crawl time, never a publication date
- position: index of the record in the archive (all records counted, so it locates the record)
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from . import html as html_reader
from .base import MAX_DOCUMENT_BYTES, RawRecord, Rejection, excerpt

EXTENSIONS = (".warc", ".arc")

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _content_type(record) -> str:
    headers = record.http_headers if record.http_headers is not None else record.rec_headers
    return (headers.get_header("Content-Type") or "").split(";")[0].strip().lower()


def _is_page(record) -> bool:
    if record.rec_type not in ("response", "resource"):
        return False
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        if not status or not status.startswith("2"):
            return False
    return _content_type(record) in _HTML_TYPES


def _truncated(record) -> bool:
    """Read what is left of the record; True when the archive ends before its Content-Length."""
    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    return getattr(raw, "limit", 0) > 0


def read(fh: BinaryIO, rel: str) -> Iterator[RawRecord | Rejection]:
    if not hasattr(fh, "peek"):
        fh = io.BufferedReader(fh)  # type: ignore[arg-type]
    head = fh.peek(64)[:64]
    # warcio reads almost any line of five words as an ARC header: check the signature first.
    if not head.startswith((b"WARC/", b"\x1f\x8b", b"filedesc://")):
        yield Rejection(rel, -1, "not a WARC/ARC archive (no 'WARC/' or 'filedesc://' at the start)",
                        excerpt(head))
        return
    position = -1
    try:
        for record in ArchiveIterator(fh, arc2warc=True):
            position += 1
            if not _is_page(record):
                if _truncated(record):
                    yield Rejection(rel, position, f"WARC cut off inside record {position}", "")
                    return
                continue
            target = record.rec_headers.get_header("WARC-Target-URI")
            record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>") or target
            payload = record.content_stream().read(MAX_DOCUMENT_BYTES + 1)
            if _truncated(record):
                yield Rejection(rel, position, f"WARC cut off inside record {position} ({target})",
                                excerpt(payload))
                return
            if len(payload) > MAX_DOCUMENT_BYTES:
                yield Rejection(rel, position,
                                f"HTML page {target} larger than {MAX_DOCUMENT_BYTES // 2**20} MB", "")
                continue
            if not payload.strip():
                yield Rejection(rel, position, f"empty HTML response for {target}", "")
                continue
            try:
                result = html_reader.extract(payload, url=target)
            except Exception as err:  # one bad page must not end the archive
                yield Rejection(rel, position,
                                f"HTML extraction failed for {target}: {type(err).__name__}: {err}",
                                excerpt(payload))
                continue
            if result is None:
                yield Rejection(rel, position, f"no article text found in the page {target}",
                                excerpt(payload))
                continue
            yield RawRecord(file=rel, position=position, external_id=record_id, text=result["text"],
                            title=result["title"], url=target or result["url"],
                            published_at=result["published_at"])
    except ArchiveLoadFailed as err:
        yield Rejection(rel, position + 1, f"corrupt or unreadable WARC after record {position}: "
                        f"{str(err).strip()[:200]}", "")
    except Exception as err:  # warcio meets malformed headers with assorted exceptions
        yield Rejection(rel, position + 1, f"corrupt or unreadable WARC after record {position}: "
                        f"{type(err).__name__}: {str(err).strip()[:200]}", "")
