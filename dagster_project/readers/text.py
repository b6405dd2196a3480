"""Plain-text articles, one per file (BBC News 2005 style).

The first line is the title when a blank line follows it; the rest is the text. Lines wrapped
inside a paragraph are joined; paragraphs are separated by a blank line. A file that is not
valid UTF-8 (BBC `sport/199.txt` holds one Windows-1252 pound sign) is still read: the stray
bytes are decoded as Windows-1252, so nothing is lost. There is no date and no source in these
files; nothing is invented for them (a `SOURCE` file in the landing-day folder names the drop's source).

A `.txt` file is not always an article: corpora ship word lists and data tables beside their
stories (Reuters-21578's `other-data/` holds lists of place and topic codes and a file of Prolog
facts). A file of many lines of which little is prose is rejected with a reason instead of
becoming an article that no extractor can read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from .base import MAX_DOCUMENT_BYTES, RawRecord, Rejection, decode_text, excerpt, read_capped, tidy_line

EXTENSIONS = (".txt", ".text")

MAX_TITLE_CHARS = 300
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")

# A prose line has at least five words, most of them made of letters. A file with at least
# MIN_LINES_FOR_LIST_TEST lines is a list or a data table when prose holds less than
# MIN_PROSE_SHARE of its characters. Measured on the corpora: every BBC story holds 0.70 or
# more; the Reuters code lists hold 0.00 and the Prolog fact file 0.11.
MIN_LINES_FOR_LIST_TEST = 10
MIN_PROSE_SHARE = 0.4
_WORDLIKE = re.compile(r"[^\W\d_]{2,}")


def prose_share(text: str) -> tuple[int, float]:
    """(non-blank lines, share of their characters in lines that read as prose)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    total = sum(len(line) for line in lines)
    prose = 0
    for line in lines:
        tokens = line.split()
        if len(tokens) >= 5 and sum(1 for t in tokens if _WORDLIKE.search(t)) >= 0.6 * len(tokens):
            prose += len(line)
    return len(lines), (prose / total if total else 0.0)


def paragraphs_of(body: str) -> list[str]:
    """Blank-line separated paragraphs, each with its wrapped lines joined by a space."""
    out = []
    for block in _PARAGRAPH_BREAK.split(body):
        line = " ".join(part.strip() for part in block.split("\n") if part.strip())
        if line:
            out.append(" ".join(line.split()))
    return out


def split_title(text: str) -> tuple[str | None, str]:
    """(title, body): the first line is a title only when a blank line follows it."""
    lines = text.split("\n", 2)
    if len(lines) >= 2 and lines[0].strip() and not lines[1].strip() and len(lines[0]) <= MAX_TITLE_CHARS:
        return tidy_line(lines[0]), lines[2] if len(lines) > 2 else ""
    return None, text


def read(fh: BinaryIO, rel: str) -> Iterator[RawRecord | Rejection]:
    data = read_capped(fh)
    if data is None:
        yield Rejection(rel, -1, f"file larger than {MAX_DOCUMENT_BYTES // 2**20} MB for a one-article "
                        "text file", "")
        return
    text, _clean = decode_text(data)  # not clean: stray bytes read as Windows-1252, article kept
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\n")
    if not text.strip():
        yield Rejection(rel, 0, "no text (only whitespace)", excerpt(data))
        return
    lines, share = prose_share(text)
    if lines >= MIN_LINES_FOR_LIST_TEST and share < MIN_PROSE_SHARE:
        yield Rejection(rel, 0, f"a list or data table, not an article: {lines} lines of which "
                        f"{share:.0%} of the text reads as sentences", excerpt(text))
        return
    title, body = split_title(text)
    yield RawRecord(file=rel, position=0, external_id=rel, text="\n\n".join(paragraphs_of(body)), title=title)
