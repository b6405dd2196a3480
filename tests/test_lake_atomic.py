"""Lake partitions are replaced atomically (issue 13, item 7): readers during a rewrite always find
the old or the new complete partition, writers of one partition never fail each other and leave
no staging, trash or temporary files behind."""

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import polars as pl
import pytest

from dagster_project import lake

REPO = Path(__file__).resolve().parents[1]
DAY = "2026-01-01"


def frame(marker: str, rows: int) -> pl.DataFrame:
    return pl.DataFrame({"article_id": [f"{marker}{i}" for i in range(rows)], "marker": [marker] * rows})


# Two versions of the partition, of different sizes, so a torn read would show.
VERSIONS = {"a": 3000, "b": 7000}


def check_whole(df: pl.DataFrame) -> None:
    markers = df["marker"].unique().to_list()
    assert len(markers) == 1, markers
    assert df.height == VERSIONS[markers[0]]


def leftovers(lake_dir: Path) -> list[str]:
    found = [p for p in lake_dir.rglob("*") if p.name.startswith((".staging-", ".trash-", lake.TMP_PREFIX))]
    return sorted(str(p.relative_to(lake_dir)) for p in found)


WRITER = """
import sys
import polars as pl
from dagster_project import lake
lake_dir, marker, rows, times = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
df = pl.DataFrame({"article_id": [f"{marker}{i}" for i in range(rows)], "marker": [marker] * rows})
for _ in range(times):
    lake.write_partition(df, lake_dir, "articles", "2026-01-01")
"""


def start_writer(lake_dir: Path, marker: str, times: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, str(lake_dir), marker, str(VERSIONS[marker]), str(times)],
                            cwd=REPO, stderr=subprocess.PIPE, text=True)


def test_readers_always_find_a_whole_partition_while_writers_replace_it(tmp_path):
    lake.write_partition(frame("a", VERSIONS["a"]), tmp_path, "articles", DAY)
    stop = threading.Event()
    errors: list[BaseException] = []
    reads = {"frames": 0, "listings": 0}

    def reader():
        while not stop.is_set():
            try:
                check_whole(lake.read_partition(tmp_path, "articles", DAY))
                reads["frames"] += 1
                assert lake.partition_row_count(tmp_path, "articles", DAY) in VERSIONS.values()
                assert lake.partition_days(tmp_path, "articles") == [DAY]
                reads["listings"] += 1
            except BaseException as err:  # noqa: BLE001 - reported by the main thread
                errors.append(err)
                return

    def thread_writer(marker):
        while not stop.is_set():
            try:
                lake.write_partition(frame(marker, VERSIONS[marker]), tmp_path, "articles", DAY)
            except BaseException as err:  # noqa: BLE001
                errors.append(err)
                return

    threads = [threading.Thread(target=reader) for _ in range(2)]
    threads += [threading.Thread(target=thread_writer, args=(m,)) for m in VERSIONS]
    for t in threads:
        t.start()
    # Writers in other processes too: the lock must serialize across processes, not just threads.
    procs = [start_writer(tmp_path, m, 40) for m in VERSIONS]
    try:
        for p in procs:
            _, err = p.communicate(timeout=120)
            assert p.returncode == 0, err[-2000:]
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=60)
    assert not errors, repr(errors[:3])
    assert reads["frames"] > 20 and reads["listings"] > 20
    check_whole(lake.read_partition(tmp_path, "articles", DAY))
    assert leftovers(tmp_path) == []


def test_concurrent_writer_processes_of_one_partition_all_succeed_and_leave_nothing_behind(tmp_path):
    procs = [start_writer(tmp_path, m, 30) for m in ("a", "b", "a", "b")]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err[-2000:]
    check_whole(lake.read_partition(tmp_path, "articles", DAY))
    assert leftovers(tmp_path) == []
    assert sorted(os.listdir(lake.partition_dir(tmp_path, "articles", DAY))) == [lake.LOCK, lake.PART]


def test_the_next_write_removes_what_killed_writers_left(tmp_path):
    lake.write_partition(frame("a", 10), tmp_path, "articles", DAY)
    folder = Path(lake.partition_dir(tmp_path, "articles", DAY))
    (folder / f"{lake.TMP_PREFIX}dead").write_bytes(b"half a parquet file")
    # Folders the previous version of the writer left beside the partitions when killed.
    old = time.time() - lake.LEGACY_MAX_AGE_SECONDS - 60
    for name in (".staging-0123", ".trash-4567"):
        stale = folder.parent / name
        stale.mkdir()
        (stale / lake.PART).write_bytes(b"x")
        os.utime(stale, (old, old))
    lake.write_partition(frame("b", VERSIONS["b"]), tmp_path, "articles", DAY)
    assert leftovers(tmp_path) == []
    check_whole(lake.read_partition(tmp_path, "articles", DAY))


def test_a_writer_killed_while_holding_the_lock_does_not_block_the_next(tmp_path):
    folder = Path(lake.partition_dir(tmp_path, "articles", DAY))
    folder.mkdir(parents=True)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, sys, time; fh = open(sys.argv[1], 'a+b'); "
         "fcntl.flock(fh.fileno(), fcntl.LOCK_EX); print('locked', flush=True); time.sleep(600)",
         str(folder / lake.LOCK)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        done = threading.Event()
        writer = threading.Thread(target=lambda: (lake.write_partition(frame("a", 5), tmp_path, "articles", DAY),
                                                  done.set()))
        writer.start()
        assert not done.wait(1.0), "the writer must wait for the partition's lock"
        holder.send_signal(signal.SIGKILL)
        assert done.wait(30), "the OS releases a dead writer's lock"
        writer.join()
    finally:
        holder.kill()
        holder.wait()
    assert lake.partition_row_count(tmp_path, "articles", DAY) == 5


def test_a_missing_partition_is_still_reported_as_missing(tmp_path):
    with pytest.raises(FileNotFoundError, match="no partition for landing day"):
        lake.read_partition(tmp_path, "articles", DAY)
