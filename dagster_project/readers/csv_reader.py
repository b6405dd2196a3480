"""CSV and TSV exports: one article a row, columns mapped by name (see `fields.py`).

The first row is the header. `.tsv` is tab-separated; for `.csv` the delimiter is the one of
`, ; | TAB` the header line uses most. Rows are streamed. A row holding bytes that are not UTF-8
is rejected (the others are read); so is a row with more cells than the header has columns,
and a record whose quoting is broken (an unterminated quote): its first line is rejected and the
lines after it are read again as records of their own.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from typing import BinaryIO

from .base import MAX_RECORD_BYTES, RawRecord, Rejection, excerpt
from .fields import FIELD_ALIASES, record_from_mapping

EXTENSIONS = (".csv", ".tsv", ".tab")

# Article bodies are far above the csv module's default 128 KB field limit.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

_DELIMITERS = (",", ";", "\t", "|")
_TEXT_NAMES = set(FIELD_ALIASES["text"])


def _delimiter(header_line: str, ext_is_tsv: bool) -> str:
    if ext_is_tsv:
        return "\t"
    counts = {d: header_line.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _has_bad_bytes(values: list[str]) -> int | None:
    """Index of the first cell holding undecodable bytes (as surrogate escapes), else None."""
    for i, value in enumerate(values):
        if any("\udc80" <= ch <= "\udcff" for ch in value):
            return i
    return None


def _restore(value: str) -> bytes:
    return value.encode("utf-8", errors="surrogateescape")


class _Lines:
    """The text's physical lines for csv.reader, keeping those of the record being parsed, so
    that after a malformed record the lines it swallowed can be given back and read again.
    Lines are kept up to MAX_RECORD_BYTES a record (a record that big is rejected anyway)."""

    def __init__(self, text: io.TextIOBase) -> None:
        self._source = iter(text)
        self._pushed: list[str] = []
        self.record: list[str] = []  # lines of the current record
        self.line = 0  # physical lines handed out (1-based number of the last one)
        self._chars = 0
        self.overflowed = False  # the current record outgrew the kept lines

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self._pushed.pop() if self._pushed else next(self._source)
        self.line += 1
        self._chars += len(line)
        if self._chars > MAX_RECORD_BYTES:
            self.overflowed = True
        if self.overflowed:
            self.record[1:] = []  # keep the first line only, for the excerpt
        else:
            self.record.append(line)
        return line

    def start_record(self) -> None:
        self.record, self._chars, self.overflowed = [], 0, False

    def give_back(self) -> int:
        """Give back all lines of the failed record but its first, to be read again; how many."""
        rest = [] if self.overflowed else self.record[1:]
        self._pushed.extend(reversed(rest))
        self.line -= len(rest)
        return len(rest)


def read(fh: BinaryIO, rel: str) -> Iterator[RawRecord | Rejection]:
    buffered = fh if hasattr(fh, "peek") else io.BufferedReader(fh)  # type: ignore[arg-type]
    head = buffered.peek(65536)[:65536]
    first_line = head.split(b"\n", 1)[0].decode("utf-8", errors="replace")
    tsv = rel.lower().removesuffix(".gz").endswith((".tsv", ".tab"))
    text = io.TextIOWrapper(buffered, encoding="utf-8-sig", errors="surrogateescape", newline="")
    lines = _Lines(text)
    # strict: a quote in the wrong place (the usual sign of an unterminated quoted field) is an
    # error instead of silently merging the following rows into one field.
    reader = csv.reader(lines, delimiter=_delimiter(first_line, tsv), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        yield Rejection(rel, -1, "CSV file without a header row", "")
        return
    except csv.Error as err:
        yield Rejection(rel, -1, f"unreadable CSV header: {err}", excerpt(head))
        return
    if _has_bad_bytes(header) is not None:
        yield Rejection(rel, -1, "CSV header is not valid UTF-8", excerpt(_restore(",".join(header))))
        return
    names = [h.strip() for h in header]
    if not {n.lower() for n in names} & _TEXT_NAMES:
        yield Rejection(rel, -1, f"CSV header has no text column (one of {sorted(_TEXT_NAMES)}); "
                        f"columns: {names[:20]}", excerpt(",".join(names)))
        return

    position = -1
    while True:
        position += 1
        lines.start_record()
        first = lines.line + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            # The damaged record is rejected; the csv module starts afresh at the next line it is
            # given, and the lines the damaged record swallowed are given back to be read again.
            bad_line = excerpt(_restore(lines.record[0])) if lines.record else ""
            given = lines.give_back()
            if given:
                what = f"the {given} line(s) after it are read again"
            elif lines.line == first:
                what = "reading goes on at the next line"
            else:  # grew past the size limit: its lines are not kept to be read again
                what = f"lines {first}-{lines.line} skipped"
            yield Rejection(rel, position, f"malformed CSV record at line {first}: {err} "
                            f"(an unterminated or misplaced quote?); {what}", bad_line)
            continue
        if not row or all(not cell.strip() for cell in row):
            continue
        if sum(len(cell) for cell in row) > MAX_RECORD_BYTES:
            yield Rejection(rel, position, f"row larger than {MAX_RECORD_BYTES // 2**20} MB",
                            excerpt(_restore(row[0][:400])))
            continue
        bad = _has_bad_bytes(row)
        if bad is not None:
            column = names[bad] if bad < len(names) else f"#{bad}"
            yield Rejection(rel, position, f"invalid UTF-8 bytes in column {column!r}",
                            excerpt(_restore(row[bad])))
            continue
        if len(row) > len(names):
            yield Rejection(rel, position,
                            f"row has {len(row)} cells but the header has {len(names)} columns",
                            excerpt(",".join(row)))
            continue
        yield record_from_mapping(dict(zip(names, row)), rel, position)
