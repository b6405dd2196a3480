"""The Parquet lake: one folder per table, one hive-style folder per landing day.

    <lake>/<table>/landing_day=YYYY-MM-DD/part-0.parquet

Writing a partition replaces the whole folder, so re-materializing a landing day never
leaves rows of an earlier run behind.
"""

from __future__ import annotations

import os
import shutil
import uuid
from datetime import date
from pathlib import Path

import polars as pl


def partition_dir(lake_dir: str | Path, table: str, landing_day: date | str) -> Path:
    return Path(lake_dir) / table / f"landing_day={landing_day}"


def write_partition(df: pl.DataFrame, lake_dir: str | Path, table: str, landing_day: date | str) -> Path:
    """Write one landing day of a table; the old folder is swapped out only once the new file is complete."""
    final = partition_dir(lake_dir, table, landing_day)
    final.parent.mkdir(parents=True, exist_ok=True)
    staging = final.parent / f".staging-{uuid.uuid4().hex}"
    staging.mkdir()
    # landing_day lives in the folder name (hive partitioning), not in the file.
    df.drop("landing_day", strict=False).write_parquet(staging / "part-0.parquet", compression="zstd")
    trash = final.parent / f".trash-{uuid.uuid4().hex}"
    if final.exists():
        os.replace(final, trash)
    os.replace(staging, final)
    shutil.rmtree(trash, ignore_errors=True)
    return final / "part-0.parquet"


def read_partition(lake_dir: str | Path, table: str, landing_day: date | str) -> pl.DataFrame:
    path = partition_dir(lake_dir, table, landing_day) / "part-0.parquet"
    if not path.exists():
        raise FileNotFoundError(f"{table} has no partition for landing day {landing_day} in {lake_dir}")
    day = landing_day if isinstance(landing_day, date) else date.fromisoformat(landing_day)
    return pl.read_parquet(path).with_columns(landing_day=pl.lit(day, dtype=pl.Date))


def table_glob(lake_dir: str | Path, table: str) -> str:
    """The glob DuckDB reads a whole table from (hive partitioning gives back landing_day)."""
    return str(Path(lake_dir).resolve() / table / "*" / "*.parquet")


def has_table(lake_dir: str | Path, table: str) -> bool:
    return any((Path(lake_dir) / table).glob("landing_day=*/*.parquet"))
