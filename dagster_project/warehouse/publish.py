"""Publish the DuckDB warehouse from the lake: build a new file, then swap it in atomically.

DuckDB allows one writer per file, and analysts keep the published file open. So the
publish never writes to the published file: it builds `<name>.building-<id>` next to it with
the SQL files of `sql/schema/` (run in name order), checkpoints and closes it, reopens it
read-only to prove it is readable, then `os.replace`s it over the old one. A reader that has
the old file open keeps reading the old snapshot (on POSIX the old inode lives on until it is
closed); a publish that fails half-way, or is killed, leaves the old file untouched.

Publishers take an exclusive lock on `<name>.publish.lock` for the whole build, so even outside
Dagster (whose `warehouse_writer` pool already runs one at a time) two publishes never race, and
a publisher may safely delete the staging files a killed publish left behind.

The file is written in the storage format of DuckDB 1.5 (`STORAGE_VERSION`), which DuckDB 2.0
reads and writes too, so that the DuckDB 1.5 command-line client (`duckdb-cli` on PyPI) and
other 1.5 clients can open it.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable
from pathlib import Path

import duckdb
import polars as pl

from .. import lake, reference

REPO_ROOT = Path(__file__).resolve().parents[2]
SQL_DIR = Path(os.environ.get("NEWS_SQL_DIR", REPO_ROOT / "sql"))

# Oldest DuckDB storage format the warehouse is written in: every DuckDB >= 1.5 opens it.
STORAGE_VERSION = "v1.5.0"

LAKE_TABLES = ("articles", "visits", "documents", "trade_energy_mentions", "rejected_records", "duplicates")
CONTRACT_TABLES = ("articles", "visits", "documents", "trade_energy_mentions")


def schema_files(sql_dir: Path = SQL_DIR) -> list[Path]:
    return sorted((sql_dir / "schema").glob("*.sql"))


def _attach_lake(con: duckdb.DuckDBPyConnection, lake_dir: str | Path) -> None:
    """Temporary views `lake_<table>` over the Parquet lake; they do not outlive the build."""
    for table in LAKE_TABLES:
        if not lake.has_table(lake_dir, table):
            raise FileNotFoundError(f"the lake at {lake_dir} has no {table!r} partitions: materialize them first")
        glob = lake.table_glob(lake_dir, table).replace("'", "''")
        con.sql(
            f"create temp view lake_{table} as select * from read_parquet('{glob}', "
            "hive_partitioning = true, union_by_name = true)"
        )


def reference_frames() -> dict[str, pl.DataFrame]:
    """The package's reference data as frames, for the dimension tables."""
    countries = reference.load_countries()
    people = reference.load_people()
    cities = reference.load_cities()
    capitals = {(c.get("capital"), c["iso3"]) for c in countries}
    return {
        "ref_countries": pl.DataFrame(
            [{"iso3": c["iso3"], "name": c["name"],
              "official_name": next((n for n in c.get("names") or () if " of " in n), None),
              "capital": c.get("capital"), "historic": bool(c.get("historic"))} for c in countries],
            schema={"iso3": pl.String, "name": pl.String, "official_name": pl.String, "capital": pl.String,
                    "historic": pl.Boolean}).unique("iso3", keep="first"),
        "ref_people": pl.DataFrame(
            [{"name": p["name"], "iso3": p.get("iso3"), "role": p.get("role") or "", "title": p.get("title"),
              "start_date": p.get("start"), "end_date": p.get("end"), "variants": list(p.get("variants") or ())}
             for p in people],
            schema={"name": pl.String, "iso3": pl.String, "role": pl.String, "title": pl.String,
                    "start_date": pl.String, "end_date": pl.String, "variants": pl.List(pl.String)},
        ).with_columns(pl.col("start_date", "end_date").str.to_date(strict=False)),
        "ref_cities": pl.DataFrame(
            [{"name": c["name"], "iso3": c["iso3"], "latitude": c.get("lat"), "longitude": c.get("lon"),
              "population": c.get("population"), "is_capital": (c["name"], c["iso3"]) in capitals} for c in cities.values() if c["name"] == c.get("canonical", c["name"])],
            schema={"name": pl.String, "iso3": pl.String, "latitude": pl.Float64, "longitude": pl.Float64,
                    "population": pl.Int64, "is_capital": pl.Boolean}),
    }


def build(con: duckdb.DuckDBPyConnection, lake_dir: str | Path, sql_dir: Path = SQL_DIR,
          log: Callable[[str], None] = lambda _msg: None) -> None:
    # Timestamps are stored in UTC; casting a landing day to a time must not depend on the host.
    con.execute("set TimeZone = 'UTC'")
    _attach_lake(con, lake_dir)
    for name, frame in reference_frames().items():
        con.register(name, frame)
    for path in schema_files(sql_dir):
        log(f"running {path.name}")
        con.execute(path.read_text(encoding="utf-8"))


def staging_files(warehouse_path: str | Path) -> list[Path]:
    """Files of unfinished publishes next to the warehouse (there are none after a publish)."""
    target = Path(warehouse_path)
    return sorted(target.parent.glob(f"{target.name}.building-*"))


@contextlib.contextmanager
def writer_lock(warehouse_path: str | Path):
    """Exclusive lock of the publisher of one warehouse path; waits for a publish under way."""
    target = Path(warehouse_path)
    lock_path = target.with_name(f"{target.name}.publish.lock")
    with open(lock_path, "a+b") as handle:
        try:
            import fcntl
        except ImportError:  # not POSIX: no advisory locks, rely on the Dagster pool alone
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    names = con.sql(
        "select table_name from duckdb_tables() where database_name = current_database() "
        "and not temporary and not internal order by table_name").fetchall()
    return {name: con.sql(f'select count(*) from "{name}"').fetchall()[0][0] for (name,) in names}


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(lake_dir: str | Path, warehouse_path: str | Path, sql_dir: Path = SQL_DIR,
            log: Callable[[str], None] = lambda _msg: None) -> dict[str, int]:
    """Build the warehouse into a new file and swap it in. Returns the row count per table."""
    target = Path(warehouse_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    with writer_lock(target):
        for leftover in staging_files(target):  # from a publish that was killed: nobody else writes now
            log(f"removing {leftover.name}, left by an unfinished publish")
            leftover.unlink(missing_ok=True)
        staging = target.with_name(f"{target.name}.building-{uuid.uuid4().hex[:8]}")
        try:
            con = duckdb.connect(str(staging), config={"storage_compatibility_version": STORAGE_VERSION})
            try:
                build(con, lake_dir, sql_dir, log)
                con.execute("checkpoint")
            finally:
                con.close()
            # The new file must open read-only, as an analyst will open it, before it replaces the old one.
            check = duckdb.connect(str(staging), read_only=True)
            try:
                counts = table_counts(check)
            finally:
                check.close()
            _fsync(staging)
            os.replace(staging, target)  # atomic on POSIX: readers see the old file or the new one
            with contextlib.suppress(OSError):  # make the rename itself durable
                _fsync(target.parent)
        finally:
            for leftover in (staging, staging.with_name(staging.name + ".wal")):
                leftover.unlink(missing_ok=True)
    log(f"published {target} with {counts.get('articles', 0):,} articles")
    return counts
