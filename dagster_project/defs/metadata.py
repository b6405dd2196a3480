"""Small helpers that turn frames into metadata an engineer can read in the Dagster UI."""

from __future__ import annotations

import polars as pl
from dagster import MetadataValue


def markdown_table(df: pl.DataFrame, max_rows: int = 5, max_chars: int = 80) -> MetadataValue:
    if df.height == 0:
        return MetadataValue.md("(no rows)")
    cols = df.columns
    rows = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for rec in df.head(max_rows).iter_rows():
        cells = (str(v)[:max_chars].replace("|", "/").replace("\n", " ") for v in rec)
        rows.append("| " + " | ".join(cells) + " |")
    return MetadataValue.md("\n".join(rows))
