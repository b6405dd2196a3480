"""Parquet exports: one article a row, columns mapped by name (see `fields.py`), read in batches.

Only the columns that map to a record field are read. A file that is not Parquet (or whose
footer is damaged) is one rejection; a damaged row group stops the file with a rejection after
the rows already read, and the row count of the footer (a `FileCount`) makes the rows not read
show in the accounting.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import BinaryIO

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .base import FileCount, RawRecord, Rejection
from .fields import FIELD_ALIASES, record_from_mapping

EXTENSIONS = (".parquet", ".pq")

BATCH_ROWS = 2048
MAX_UNSEEKABLE_BYTES = 1 << 30
_WANTED = {name for names in FIELD_ALIASES.values() for name in names}


def read(fh: BinaryIO, rel: str) -> Iterator[RawRecord | Rejection]:
    source = fh
    if not isinstance(getattr(fh, "raw", None), io.FileIO):
        # Only a plain file seeks cheaply (a gzip stream seeks by decompressing again) and Parquet
        # reads its footer first: anything else is loaded into memory.
        data = fh.read(MAX_UNSEEKABLE_BYTES + 1)
        if len(data) > MAX_UNSEEKABLE_BYTES:
            yield Rejection(rel, -1, "compressed Parquet file larger than 1 GB: store it uncompressed", "")
            return
        source = io.BytesIO(data)
    try:
        parquet = pq.ParquetFile(source)
    except (pa.ArrowException, OSError, ValueError) as err:
        yield Rejection(rel, -1, f"not a readable Parquet file: {err}", "")
        return
    columns = [name for name in parquet.schema_arrow.names if name.strip().lower() in _WANTED]
    if not any(c.strip().lower() in FIELD_ALIASES["text"] for c in columns):
        names = parquet.schema_arrow.names[:20]
        yield Rejection(rel, -1, f"Parquet file has no text column; columns: {names}", "")
        return
    yield FileCount(rel, parquet.metadata.num_rows)  # from the footer: rows lost later show in the accounting
    position = 0
    try:
        for batch in parquet.iter_batches(batch_size=BATCH_ROWS, columns=columns):
            for row in _rows(batch):
                yield record_from_mapping(row, rel, position)
                position += 1
    except (pa.ArrowException, OSError, ValueError) as err:
        yield Rejection(rel, position, f"damaged Parquet data after row {position - 1}: {err}", "")


def _column_values(column: pa.Array) -> list:
    """A column as Python values. A timestamp or date outside Python's range (years 1..9999)
    cannot become a datetime: that column is read as text instead (for every row of the batch),
    and normalization then leaves the date null with a warning, without losing the row."""
    try:
        return column.to_pylist()
    except (OverflowError, ValueError, pa.ArrowException):
        if pa.types.is_temporal(column.type):
            return pc.cast(column, pa.string()).to_pylist()
        raise


def _rows(batch: pa.RecordBatch) -> list[dict]:
    try:
        return batch.to_pylist()
    except (OverflowError, ValueError, pa.ArrowException):
        values = {name: _column_values(column) for name, column in zip(batch.schema.names, batch.columns)}
        return [dict(zip(values, row)) for row in zip(*values.values())]
