"""HTML pages, one article per file: main text, title, canonical URL and date with trafilatura.

trafilatura removes navigation, comments and other boilerplate; its settings here were chosen by
measuring against the article-extraction benchmark (see `benchmarks/html_extraction_f1.py`).
Its content tree is turned into plain text: each paragraph, heading, list item or quote is a
paragraph, table rows stay one per line; the headline is not repeated at the top of the text.

- url: the page's canonical link / og:url as trafilatura reads it (the WARC reader passes the
  crawled URL, which is used when the page names none)
- published_at: the page's own publication date from its metadata (never the crawl or file date)
- external_id: the file path (the WARC reader gives the record id instead)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from .base import MAX_DOCUMENT_BYTES, RawRecord, Rejection, excerpt, read_capped, tidy_line, tidy_text

EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml")

# Measured on the 181 benchmark pages (benchmarks/html_extraction_f1.py --sweep), benchmark F1
# (precision / recall): favor_precision 0.966 (0.961 / 0.971), default 0.962 (0.947 / 0.978),
# fast 0.965, favor_recall + fast 0.965 (0.952 / 0.979), no tables 0.959. Precision is chosen:
# the best F1, and boilerplate in the text would pollute the mention extraction downstream.
EXTRACT_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "favor_precision": True,
}
# Only the page's own publication date: no guessing from the text, the original (not the
# last-modified) date when a page gives both.
DATE_PARAMS = {"extensive_search": False, "original_date": True}
STRIP_TITLE = True

_BLOCKS = {"p", "head", "quote", "code", "item", "cell", "row", "list", "table", "div", "section"}


def _inline(el) -> str:
    """Text of an element; <lb/> line breaks become newlines."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if child.tag == "lb":
            parts.append("\n")
        else:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _blocks(el, out: list[str]) -> None:
    tag = el.tag
    if tag == "list":
        for item in el:
            if item.tag == "item":
                if any(child.tag in _BLOCKS for child in item):
                    _blocks_children(item, out)
                else:
                    out.append(_inline(item))
        return
    if tag == "table":
        rows = []
        for row in el.iter("row"):
            cells = [" ".join(_inline(cell).split()) for cell in row if cell.tag == "cell"]
            line = " ".join(c for c in cells if c)
            if line:
                rows.append(line)
        if rows:
            out.append("\n".join(rows))
        return
    if any(child.tag in _BLOCKS for child in el):  # a quote or div holding paragraphs
        if el.text and el.text.strip():
            out.append(el.text)
        _blocks_children(el, out)
        return
    out.append(_inline(el))


def _blocks_children(el, out: list[str]) -> None:
    for child in el:
        _blocks(child, out)
        if child.tail and child.tail.strip():
            out.append(child.tail)


def body_text(body) -> list[str]:
    out: list[str] = []
    if body is not None:
        _blocks_children(body, out)
    return [p for p in (tidy_text(p) for p in out) if p]


def _same(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", s).strip().lower()  # noqa: E731
    return norm(a) == norm(b)


def extract(data: bytes | str, url: str | None = None, options: dict[str, Any] | None = None
            ) -> dict[str, Any] | None:
    """{'text', 'title', 'url', 'published_at'} of the page's main article, or None if it has none."""
    from trafilatura import bare_extraction

    opts = dict(EXTRACT_OPTIONS if options is None else options)
    strip_title = opts.pop("strip_title", STRIP_TITLE)
    doc = bare_extraction(data, url=url, with_metadata=True, date_extraction_params=DATE_PARAMS, **opts)
    if doc is None:
        return None
    title = tidy_line(doc.title)
    paragraphs = body_text(doc.body)
    if strip_title and title and paragraphs and _same(paragraphs[0], title):
        paragraphs = paragraphs[1:]
    return {
        "text": "\n\n".join(paragraphs),
        "title": title,
        "url": doc.url or url,
        "published_at": doc.date or None,
    }


def read(fh: BinaryIO, rel: str) -> Iterator[RawRecord | Rejection]:
    data = read_capped(fh)
    if data is None:
        yield Rejection(rel, -1, f"file larger than {MAX_DOCUMENT_BYTES // 2**20} MB for one HTML page", "")
        return
    result = extract(data)
    if result is None:
        yield Rejection(rel, 0, "no article text found in the HTML page", excerpt(data))
        return
    yield RawRecord(file=rel, position=0, external_id=rel, text=result["text"], title=result["title"],
                    url=result["url"], published_at=result["published_at"])
