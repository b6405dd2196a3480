"""Publish the DuckDB warehouse from the lake: build a new file, then swap it in atomically.

DuckDB allows one writer per file, and analysts keep the published file open. So the
publish never writes to the published file: it builds `<name>.building-<id>` next to it,
checkpoints and closes it, reopens it read-only to prove it is readable, then `os.replace`s it
over the old one. A reader that has the old file open keeps reading the old snapshot (on POSIX
the old inode lives on until it is closed); a publish that fails half-way, or is killed, leaves
the old file untouched.

Two ways to build the new file:

- **full**: a new, empty file, built from the whole lake with the SQL files of `sql/schema/`
  (run in name order);
- **incremental** (the default when possible): a copy of the published file (a file copy, at
  disk speed), in which only what depends on the landing days whose lake partitions changed since
  the previous publish is redone: `sql/publish/00_changes.sql`, then `sql/schema/` with the files
  of `sql/publish/` in place of those of the same name (articles, facts and rejected records of
  the changed days); the audit, dimension, event and view files run as in a full build. The
  published file records what it was built from in the schema `_publish`: the version of every
  lake partition (file size and mtime, or the object's ETag), the lake it came from and a digest
  of the SQL, the reference data and the storage version. A full build runs instead when there is
  no previous file, when any of those differ, when the lake's columns changed, or when asked for
  (`full=True`, `build --full-publish`).

Publishers take an exclusive lock on `<name>.publish.lock` for the whole build, so even outside
Dagster (whose `warehouse_writer` pool already runs one at a time) two publishes never race, and
a publisher may safely delete the staging files a killed publish left behind.

DuckDB runs with a memory limit (`NEWS_DUCKDB_MEMORY_LIMIT`, default 1GB) and spills to a
temporary folder beside the warehouse, so the publish's memory does not grow with the lake.

The file is written in the storage format of DuckDB 1.5 (`STORAGE_VERSION`), which DuckDB 2.0
reads and writes too, so that the DuckDB 1.5 command-line client (`duckdb-cli` on PyPI) and
other 1.5 clients can open it. (A copy keeps the format of the file it was copied from.)
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import polars as pl

from .. import lake, reference

REPO_ROOT = Path(__file__).resolve().parents[2]
SQL_DIR = Path(os.environ.get("NEWS_SQL_DIR", REPO_ROOT / "sql"))

# Oldest DuckDB storage format the warehouse is written in: every DuckDB >= 1.5 opens it.
STORAGE_VERSION = "v1.5.0"
# Bump when the publish logic itself changes what it writes: the next publish is then a full one.
PUBLISH_FORMAT = "2"

LAKE_TABLES = ("articles", "visits", "documents", "trade_energy_mentions", "rejected_records", "duplicates")
# Lake tables that older lakes may lack (written since a later ingest version): without
# partitions they are read as an empty view of this shape instead of failing the publish.
OPTIONAL_LAKE_TABLES = {
    "field_warnings": "select cast(null as date) as landing_day, cast(null as varchar) as file, "
                      "cast(null as bigint) as position, cast(null as varchar) as article_id, "
                      "cast(null as varchar) as field, cast(null as varchar) as value, "
                      "cast(null as varchar) as warning limit 0",
    "ingest_files": "select cast(null as date) as landing_day, cast(null as varchar) as file, "
                    "cast(null as bigint) as read, cast(null as bigint) as accepted, "
                    "cast(null as bigint) as duplicates, cast(null as bigint) as rejected limit 0",
}
CONTRACT_TABLES = ("articles", "visits", "documents", "trade_energy_mentions")
# Tables the incremental publish updates in place (sql/publish/), with the lake table they come from.
INCREMENTAL_TABLES = {"articles": "articles", "visits": "visits", "documents": "documents",
                      "trade_energy_mentions": "trade_energy_mentions", "rejected_records": "rejected_records"}
# Lake tables whose partitions of the kept copies' landing days the incremental publish reads.
KEPT_TABLES = ("articles", "visits", "documents", "trade_energy_mentions")
STATE_SCHEMA = "_publish"
# When more than this share of the landing days changed, a full build is cheaper than redoing them.
INCREMENTAL_MAX_SHARE = 0.5
CHANGES_FILE = "00_changes.sql"


def schema_files(sql_dir: Path = SQL_DIR) -> list[Path]:
    return sorted((sql_dir / "schema").glob("*.sql"))


def incremental_files(sql_dir: Path = SQL_DIR) -> list[Path]:
    """sql/publish/00_changes.sql, then sql/schema/ with sql/publish/'s files in place of those of the same name."""
    publish_dir = sql_dir / "publish"
    overrides = {p.name: p for p in publish_dir.glob("[0-9]*.sql") if p.name != CHANGES_FILE}
    schema = {p.name: p for p in schema_files(sql_dir)}
    unknown = sorted(set(overrides) - set(schema))
    if unknown:
        raise ValueError(f"{publish_dir} has files that replace nothing in sql/schema/: {unknown}")
    return [publish_dir / CHANGES_FILE] + [overrides.get(name, path) for name, path in sorted(schema.items())]


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _read_parquet(files: list[str]) -> str:
    listed = ", ".join(_sql_literal(f) for f in files)
    return f"read_parquet([{listed}], hive_partitioning = true, union_by_name = true)"


def _lake_view(con: duckdb.DuckDBPyConnection, name: str, files: list[str], empty_like: str | None = None) -> None:
    """A temporary view over some partition files; with no file, an empty view shaped like `empty_like`."""
    if files:
        con.execute(f"create or replace temp view {name} as select * from {_read_parquet(files)}")
    elif empty_like is not None:
        con.execute(f"create or replace temp view {name} as select * from {empty_like} limit 0")
    else:
        raise FileNotFoundError(f"no partition files for {name}")


def _attach_lake(con: duckdb.DuckDBPyConnection, lake_dir: str | Path,
                 files: dict[str, dict[str, dict]] | None = None) -> None:
    """Temporary views `lake_<table>` over the Parquet lake; they do not outlive the build."""
    lake.register_with_duckdb(con, lake_dir)
    files = files if files is not None else lake_partitions(lake_dir)
    for table in LAKE_TABLES:
        if not files.get(table):
            raise FileNotFoundError(f"the lake at {lake_dir} has no {table!r} partitions: materialize them first")
        _lake_view(con, f"lake_{table}", [f["path"] for f in files[table].values()])
    for table, empty in OPTIONAL_LAKE_TABLES.items():
        paths = [f["path"] for f in files.get(table, {}).values()]
        if paths:
            _lake_view(con, f"lake_{table}", paths)
        else:
            con.execute(f"create or replace temp view lake_{table} as {empty}")


def lake_partitions(lake_dir: str | Path) -> dict[str, dict[str, dict]]:
    """table -> landing day -> {"path", "size", "version"} for every lake table the warehouse reads."""
    return {table: lake.partition_files(lake_dir, table) for table in (*LAKE_TABLES, *OPTIONAL_LAKE_TABLES)}


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


def _prepare(con: duckdb.DuckDBPyConnection) -> None:
    # Timestamps are stored in UTC; casting a landing day to a time must not depend on the host.
    con.execute("set TimeZone = 'UTC'")
    for name, frame in reference_frames().items():
        con.register(name, frame)


def _configure(con: duckdb.DuckDBPyConnection, spill_dir: Path) -> None:
    """Bounded memory: DuckDB spills to `spill_dir` past NEWS_DUCKDB_MEMORY_LIMIT (default 1GB)."""
    limit = os.environ.get("NEWS_DUCKDB_MEMORY_LIMIT") or "1GB"
    con.execute(f"set memory_limit = {_sql_literal(limit)}")
    con.execute(f"set temp_directory = {_sql_literal(str(spill_dir))}")
    if os.environ.get("NEWS_DUCKDB_THREADS"):
        con.execute(f"set threads = {int(os.environ['NEWS_DUCKDB_THREADS'])}")


def _run_files(con: duckdb.DuckDBPyConnection, files: list[Path], log: Callable[[str], None]) -> None:
    for path in files:
        started = time.perf_counter()
        con.execute(path.read_text(encoding="utf-8"))
        log(f"ran {path.parent.name}/{path.name} in {time.perf_counter() - started:.2f} s")


def source_digest(sql_dir: Path = SQL_DIR) -> str:
    """Digest of what a warehouse is built with besides the lake: the SQL files, the reference data
    (dimensions), the storage version and the publish format. A change means a full publish."""
    digest = hashlib.sha256(f"{PUBLISH_FORMAT}|{STORAGE_VERSION}|{duckdb.__version__}".encode())
    for path in sorted([*(sql_dir / "schema").glob("*.sql"), *(sql_dir / "publish").glob("*.sql")]):
        digest.update(f"{path.parent.name}/{path.name}\n".encode())
        digest.update(path.read_bytes())
    reference_dir = Path(reference.__file__).parent
    for path in sorted(reference_dir.glob("*.json")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def lake_identity(lake_dir: str | Path) -> str:
    return str(lake_dir).rstrip("/") if lake.is_remote(lake_dir) else str(Path(lake_dir).resolve())


def _write_state(con: duckdb.DuckDBPyConnection, lake_dir: str | Path, sql_dir: Path,
                 files: dict[str, dict[str, dict]], mode: str, changed: list[str]) -> None:
    state = {"lake": lake_identity(lake_dir), "digest": source_digest(sql_dir), "mode": mode,
             "changed_landing_days": str(len(changed)), "published_at": datetime.now(UTC).isoformat()}
    con.register("publish_state_rows", pl.DataFrame({"key": list(state), "value": list(state.values())}))
    rows = [(table, day, info["version"]) for table, days in files.items() for day, info in days.items()]
    con.register("publish_partition_rows", pl.DataFrame(
        rows, schema={"lake_table": pl.String, "landing_day": pl.String, "version": pl.String}, orient="row"))
    state_sql = sql_dir / "publish" / "state.sql"
    if not state_sql.exists():  # a schema-only SQL folder (tests): the project's own bookkeeping
        state_sql = SQL_DIR / "publish" / "state.sql"
    con.execute(state_sql.read_text(encoding="utf-8"))


def build(con: duckdb.DuckDBPyConnection, lake_dir: str | Path, sql_dir: Path = SQL_DIR,
          log: Callable[[str], None] = lambda _msg: None,
          files: dict[str, dict[str, dict]] | None = None) -> None:
    """A full build into an empty database: sql/schema/ over the whole lake."""
    files = files if files is not None else lake_partitions(lake_dir)
    _prepare(con)
    _attach_lake(con, lake_dir, files)
    _run_files(con, schema_files(sql_dir), log)
    _write_state(con, lake_dir, sql_dir, files, "full", sorted({d for days in files.values() for d in days}))


class FullPublishNeeded(Exception):
    """The incremental publish cannot reproduce a full build here (the reason is the message)."""


def _columns(con: duckdb.DuckDBPyConnection, relation: str) -> set[str]:
    return {row[0] for row in con.sql(f"describe {relation}").fetchall()}


def build_incremental(con: duckdb.DuckDBPyConnection, lake_dir: str | Path, changed: list[str],
                      files: dict[str, dict[str, dict]], sql_dir: Path = SQL_DIR,
                      log: Callable[[str], None] = lambda _msg: None) -> None:
    """Bring a copy of the previous warehouse up to date with the changed landing days."""
    _prepare(con)
    _attach_lake(con, lake_dir, files)
    con.register("publish_changed_days_frame",
                 pl.DataFrame({"landing_day": changed}, schema={"landing_day": pl.String}))
    con.execute("create or replace temp table publish_changed_days as "
                "select cast(landing_day as date) as landing_day from publish_changed_days_frame")
    for table in INCREMENTAL_TABLES:
        day_files = [files[table][d]["path"] for d in changed if d in files[table]]
        _lake_view(con, f"lake_changed_{table}", day_files, empty_like=table)
        if day_files and _columns(con, f"lake_changed_{table}") != _columns(con, table):
            raise FullPublishNeeded(f"the columns of the lake's {table} differ from the warehouse's")
    steps = incremental_files(sql_dir)
    _run_files(con, steps[:1], log)
    kept_days = sorted(str(d) for (d,) in con.sql("select distinct landing_day from new_kept").fetchall())
    for table in KEPT_TABLES:
        _lake_view(con, f"lake_kept_{table}", [files[table][d]["path"] for d in kept_days if d in files[table]],
                   empty_like=table)
    log(f"{len(changed)} changed landing day(s); the kept copies of the texts they touch are on "
        f"{len(kept_days)} day(s)")
    _run_files(con, steps[1:], log)
    _write_state(con, lake_dir, sql_dir, files, "incremental", changed)


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
    """Row count of every table analysts see (the main schema)."""
    names = con.sql(
        "select table_name from duckdb_tables() where database_name = current_database() "
        "and schema_name = 'main' and not temporary and not internal order by table_name").fetchall()
    return {name: con.sql(f'select count(*) from "{name}"').fetchall()[0][0] for (name,) in names}


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


@dataclass
class PreviousPublish:
    state: dict[str, str]
    partitions: dict[tuple[str, str], str] = field(default_factory=dict)


def previous_publish(target: Path) -> PreviousPublish | None:
    """What the published warehouse was built from (None for no file, or one without `_publish`)."""
    if not target.exists():
        return None
    try:
        con = duckdb.connect(str(target), read_only=True)
    except duckdb.Error:
        return None
    try:
        found = con.sql(f"select count(*) from duckdb_tables() where database_name = current_database() "
                        f"and schema_name = '{STATE_SCHEMA}' and table_name in ('state', 'partitions', "
                        f"'article_copies')").fetchall()[0][0]
        if found < 3:
            return None
        state = dict(con.sql(f"select key, value from {STATE_SCHEMA}.state").fetchall())
        parts = {(t, str(d)): v for t, d, v in
                 con.sql(f"select lake_table, landing_day, version from {STATE_SCHEMA}.partitions").fetchall()}
        return PreviousPublish(state, parts)
    finally:
        con.close()


def changed_days(previous: dict[tuple[str, str], str], files: dict[str, dict[str, dict]]) -> list[str]:
    """Landing days of which any lake partition was added, rewritten or removed since `previous`."""
    now = {(table, day): info["version"] for table, days in files.items() for day, info in days.items()}
    return sorted({day for key in set(previous) | set(now) if previous.get(key) != now.get(key)
                   for day in [key[1]]})


def _incremental_plan(target: Path, lake_dir: str | Path, sql_dir: Path, files: dict[str, dict[str, dict]],
                      log: Callable[[str], None]) -> list[str] | None:
    """The changed landing days when the published file can be brought up to date; None for a full build."""
    if not (sql_dir / "publish" / CHANGES_FILE).exists():
        return None
    prev = previous_publish(target)
    if prev is None:
        log("full publish: no previous warehouse with publish state")
        return None
    if prev.state.get("lake") != lake_identity(lake_dir):
        log(f"full publish: the previous warehouse was built from another lake ({prev.state.get('lake')})")
        return None
    if prev.state.get("digest") != source_digest(sql_dir):
        log("full publish: the SQL, the reference data or the storage format changed since the previous publish")
        return None
    changed = changed_days(prev.partitions, files)
    n_days = len({day for days in files.values() for day in days} | {day for _, day in prev.partitions})
    if len(changed) > INCREMENTAL_MAX_SHARE * n_days:
        log(f"full publish: {len(changed)} of {n_days} landing days changed since the previous publish")
        return None
    return changed


def publish(lake_dir: str | Path, warehouse_path: str | Path, sql_dir: Path = SQL_DIR,
            log: Callable[[str], None] = lambda _msg: None, full: bool = False,
            report: dict | None = None) -> dict[str, int]:
    """Bring the warehouse up to date with the lake in a new file and swap it in. Returns the row
    count per table; `report`, when given, receives the mode, the changed days and the timings."""
    target = Path(warehouse_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    report = report if report is not None else {}
    started = time.perf_counter()
    with writer_lock(target):
        for leftover in staging_files(target):  # from a publish that was killed: nobody else writes now
            log(f"removing {leftover.name}, left by an unfinished publish")
            _remove(leftover)
        files = lake_partitions(lake_dir)
        for table in LAKE_TABLES:
            if not files[table]:
                raise FileNotFoundError(f"the lake at {lake_dir} has no {table!r} partitions: materialize them first")
        changed = None if full else _incremental_plan(target, lake_dir, sql_dir, files, log)
        if changed == []:
            log(f"nothing changed in the lake since the previous publish: {target} is up to date")
            check = duckdb.connect(str(target), read_only=True)
            try:
                counts = table_counts(check)
            finally:
                check.close()
            report.update(mode="unchanged", changed_landing_days=0, seconds=time.perf_counter() - started)
            return counts
        staging = target.with_name(f"{target.name}.building-{uuid.uuid4().hex[:8]}")
        spill = staging.with_name(staging.name + ".tmp")
        mode = "full" if changed is None else "incremental"
        try:
            if changed is not None:
                try:
                    copy_started = time.perf_counter()
                    shutil.copyfile(target, staging)
                    report["copy_seconds"] = time.perf_counter() - copy_started
                    con = duckdb.connect(str(staging))
                    try:
                        _configure(con, spill)
                        build_incremental(con, lake_dir, changed, files, sql_dir, log)
                        con.execute("checkpoint")
                    finally:
                        con.close()
                except FullPublishNeeded as why:
                    log(f"full publish: {why}")
                    mode, changed = "full", None
                    for leftover in (staging, staging.with_name(staging.name + ".wal"), spill):
                        _remove(leftover)
            if changed is None:
                con = duckdb.connect(str(staging), config={"storage_compatibility_version": STORAGE_VERSION})
                try:
                    _configure(con, spill)
                    build(con, lake_dir, sql_dir, log, files)
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
            for leftover in (staging, staging.with_name(staging.name + ".wal"), spill):
                _remove(leftover)
    n_changed = len(changed) if changed is not None else len({d for days in files.values() for d in days})
    report.update(mode=mode, changed_landing_days=n_changed, seconds=time.perf_counter() - started)
    log(f"published {target} ({mode}, {n_changed} landing day(s) read) with {counts.get('articles', 0):,} articles")
    return counts
