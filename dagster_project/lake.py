"""The Parquet lake: one folder per table, one hive-style folder per landing day.

    <lake>/<table>/landing_day=YYYY-MM-DD/part-0.parquet

The lake is a local folder or an object-store URI (`s3://bucket/prefix`, or any other fsspec
protocol whose package is installed: `gs://` with gcsfs, `az://` with adlfs). Object stores are
reached through fsspec; credentials and the endpoint come from the usual environment
(`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`, `AWS_ENDPOINT_URL` for an
S3-compatible server such as MinIO).

Writing a partition replaces the whole partition, so re-materializing a landing day never leaves
rows of an earlier run behind:

- on a local disk the new file is written beside `part-0.parquet` under a temporary name and
  `os.replace`d over it (one rename, as the warehouse publish does): a reader always finds the
  old complete file or the new one, never none. The partition folder itself is never removed or
  renamed, since swapping folders leaves a moment with no folder at that name. Writers of one
  partition take an exclusive lock on its `.lock` file (released by the OS if the writer dies), so
  any temporary file a writer finds there is a killed writer's leftover and is deleted;
- on an object store, where there is no rename, `part-0.parquet` is overwritten with one PUT
  (atomic per object: readers see the old file or the new one), then any other file of the
  partition is deleted.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
import uuid
from datetime import date
from functools import cache
from pathlib import Path

import polars as pl

PART = "part-0.parquet"
PREFIX = "landing_day="


# ---- where the lake is ---------------------------------------------------------------------------

def is_remote(location: str | Path) -> bool:
    """True for an object-store URI (`s3://...`); local paths and `file://` URIs are local."""
    text = str(location)
    return "://" in text and not text.startswith("file://")


def _local(location: str | Path) -> Path:
    text = str(location)
    return Path(text[len("file://"):] if text.startswith("file://") else text)


@cache
def _filesystem(protocol: str):
    import fsspec

    # No listings cache: other processes (other runs, other pods) write the same lake.
    return fsspec.filesystem(protocol, use_listings_cache=False)


def filesystem(location: str | Path):
    """(fsspec filesystem, path without the protocol) of an object-store URI."""
    from fsspec.core import split_protocol

    protocol, path = split_protocol(str(location))
    return _filesystem(protocol), path.rstrip("/")


def _join(location: str | Path, *parts: str) -> str:
    return "/".join([str(location).rstrip("/"), *parts])


# ---- partitions ----------------------------------------------------------------------------------

def partition_dir(lake_dir: str | Path, table: str, landing_day: date | str) -> Path | str:
    """The partition's folder: a Path on a local disk, a URI string on an object store."""
    if is_remote(lake_dir):
        return _join(lake_dir, table, f"{PREFIX}{landing_day}")
    return _local(lake_dir) / table / f"{PREFIX}{landing_day}"


def partition_file(lake_dir: str | Path, table: str, landing_day: date | str) -> str:
    """The partition's Parquet file (a local path or a URI)."""
    if is_remote(lake_dir):
        return _join(partition_dir(lake_dir, table, landing_day), PART)
    return str(Path(partition_dir(lake_dir, table, landing_day)) / PART)


# zstd level 1: a third faster to write than the default level for files 15% bigger (the lake is
# rewritten a landing day at a time and read back once or twice).
ZSTD_LEVEL = 1


def write_partition(df: pl.DataFrame, lake_dir: str | Path, table: str, landing_day: date | str) -> str:
    """Write one landing day of a table, replacing what the partition held."""
    # landing_day lives in the folder name (hive partitioning), not in the file.
    df = df.drop("landing_day", strict=False)
    if is_remote(lake_dir):
        return _write_remote(df, lake_dir, table, landing_day)
    final = Path(partition_dir(lake_dir, table, landing_day))
    final.mkdir(parents=True, exist_ok=True)
    target = final / PART
    with _partition_lock(final):
        _remove_leftovers(final)
        temporary = final / f"{TMP_PREFIX}{uuid.uuid4().hex}"
        try:
            df.write_parquet(temporary, compression="zstd", compression_level=ZSTD_LEVEL)
            # On disk before the rename: after a power cut the name never points to a torn file.
            with open(temporary, "rb") as fh:
                os.fsync(fh.fileno())
            os.replace(temporary, target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
    return str(target)


# Inside a partition folder: the lock writers take, and the prefix of their temporary files
# (no `.parquet` suffix, so no glob over the lake ever reads one).
LOCK = ".lock"
TMP_PREFIX = ".tmp-"
# Staging and trash folders that earlier versions of this module made beside the partitions
# (`<table>/.staging-*`, `<table>/.trash-*`); a killed writer could leave them. This version never
# makes them, but an old writer might still be running during an upgrade: only ones untouched
# for this long are removed.
LEGACY_PREFIXES = (".staging-", ".trash-")
LEGACY_MAX_AGE_SECONDS = 600


@contextlib.contextmanager
def _partition_lock(folder: Path):
    """Serialize the writers of one partition (readers take no lock: the rename keeps them safe)."""
    with open(folder / LOCK, "a+b") as fh:
        try:
            import fcntl
        except ImportError:  # not POSIX: writers of one partition are not serialized, the rename still is atomic
            yield
            return
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _remove_leftovers(folder: Path) -> None:
    """With the partition's lock held: delete temporary files of killed writers and any file
    other than the partition's Parquet file, then stale folders of earlier versions' writers."""
    for entry in folder.iterdir():
        if entry.name in (PART, LOCK):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with contextlib.suppress(FileNotFoundError):
                entry.unlink()
    cutoff = time.time() - LEGACY_MAX_AGE_SECONDS
    for entry in folder.parent.iterdir():
        if entry.name.startswith(LEGACY_PREFIXES):
            with contextlib.suppress(FileNotFoundError):
                if entry.stat().st_mtime < cutoff:
                    shutil.rmtree(entry, ignore_errors=True)


def _write_remote(df: pl.DataFrame, lake_dir: str | Path, table: str, landing_day: date | str) -> str:
    fs, _ = filesystem(lake_dir)
    folder = filesystem(partition_dir(lake_dir, table, landing_day))[1]
    target = f"{folder}/{PART}"
    with fs.open(target, "wb") as fh:  # one object, written whole: readers see the old or the new file
        df.write_parquet(fh, compression="zstd", compression_level=ZSTD_LEVEL)
    try:
        others = [p for p in fs.ls(folder, detail=False) if p.rstrip("/").rsplit("/", 1)[-1] != PART]
    except FileNotFoundError:
        others = []
    if others:
        fs.rm(others, recursive=True)
    return partition_file(lake_dir, table, landing_day)


def read_partition(lake_dir: str | Path, table: str, landing_day: date | str) -> pl.DataFrame:
    path = partition_file(lake_dir, table, landing_day)
    day = landing_day if isinstance(landing_day, date) else date.fromisoformat(landing_day)
    if is_remote(lake_dir):
        fs, key = filesystem(path)
        try:
            with fs.open(key, "rb") as fh:
                frame = pl.read_parquet(fh)
        except FileNotFoundError:
            raise FileNotFoundError(f"{table} has no partition for landing day {landing_day} in {lake_dir}") from None
    else:
        # One open file: a writer replacing the partition meanwhile cannot mix its file's footer
        # with the old file's pages (the open handle keeps reading the old file to the end).
        try:
            with open(path, "rb") as fh:
                frame = pl.read_parquet(fh)
        except FileNotFoundError:
            raise FileNotFoundError(f"{table} has no partition for landing day {landing_day} in {lake_dir}") from None
    return frame.with_columns(landing_day=pl.lit(day, dtype=pl.Date))


def partition_row_count(lake_dir: str | Path, table: str, landing_day: date | str) -> int:
    """Rows of one partition, from the Parquet footer only."""
    import pyarrow.parquet as pq

    path = partition_file(lake_dir, table, landing_day)
    if is_remote(lake_dir):
        fs, key = filesystem(path)
        with fs.open(key, "rb") as fh:
            return pq.ParquetFile(fh).metadata.num_rows
    with open(path, "rb") as fh:
        return pq.ParquetFile(fh).metadata.num_rows


def _day_of(name: str) -> str | None:
    if not name.startswith(PREFIX):
        return None
    value = name[len(PREFIX):]
    try:
        date.fromisoformat(value)
    except ValueError:
        return None
    return value


def partition_files(lake_dir: str | Path, table: str) -> dict[str, dict]:
    """Every landing day of a table that has its Parquet file: day -> {"path", "size", "version"}.

    `version` changes whenever the file is rewritten (local: size and mtime in ns; object store:
    the ETag, else size and modification time): the incremental publish compares it with what it
    recorded at the previous publish.
    """
    found: dict[str, dict] = {}
    if is_remote(lake_dir):
        fs, root = filesystem(lake_dir)
        protocol = str(lake_dir).split("://", 1)[0]
        try:
            listing = fs.find(f"{root}/{table}", detail=True)
        except FileNotFoundError:
            return {}
        for key, info in listing.items():
            parts = key.rstrip("/").split("/")
            if len(parts) < 2 or parts[-1] != PART:
                continue
            day = _day_of(parts[-2])
            if day is None:
                continue
            tag = info.get("ETag") or info.get("etag") or info.get("LastModified") or info.get("mtime") or ""
            found[day] = {"path": f"{protocol}://{key}", "size": int(info.get("size") or 0),
                          "version": f"{info.get('size')}:{str(tag).strip(chr(34))}"}
        return dict(sorted(found.items()))
    folder = _local(lake_dir) / table
    if not folder.is_dir():
        return {}
    with os.scandir(folder) as entries:
        for entry in entries:
            day = _day_of(entry.name)
            if day is None or not entry.is_dir():
                continue
            path = os.path.join(entry.path, PART)
            try:
                st = os.stat(path)
            except FileNotFoundError:
                continue
            found[day] = {"path": str(Path(path).resolve()), "size": st.st_size,
                          "version": f"{st.st_size}:{st.st_mtime_ns}"}
    return dict(sorted(found.items()))


def partition_days(lake_dir: str | Path, table: str) -> list[str]:
    """The landing days (YYYY-MM-DD, sorted) for which `table` has a partition."""
    return list(partition_files(lake_dir, table))


def table_glob(lake_dir: str | Path, table: str) -> str:
    """The glob DuckDB reads a whole table from (hive partitioning gives back landing_day)."""
    if is_remote(lake_dir):
        return _join(lake_dir, table, "*", "*.parquet")
    return str(_local(lake_dir).resolve() / table / "*" / "*.parquet")


def has_table(lake_dir: str | Path, table: str) -> bool:
    return bool(partition_files(lake_dir, table))


def register_with_duckdb(con, lake_dir: str | Path) -> None:
    """Let a DuckDB connection read an object-store lake.

    DuckDB reads `s3://` through its httpfs extension, which is downloaded on first use; where
    that is not possible (no internet, or a private endpoint httpfs is not configured for), the
    lake's fsspec filesystem is registered with the connection instead, so `read_parquet('s3://...')`
    goes through the same client and credentials as the rest of the pipeline.
    """
    if not is_remote(lake_dir):
        return
    fs, _ = filesystem(lake_dir)
    con.register_filesystem(fs)


def reset_filesystems() -> None:
    """Forget the object-store clients made so far (after the endpoint or credentials changed)."""
    import fsspec

    _filesystem.cache_clear()
    if _has_s3fs():
        fsspec.get_filesystem_class("s3").clear_instance_cache()


def _has_s3fs() -> bool:
    try:
        import s3fs  # noqa: F401
    except ImportError:
        return False
    return True
