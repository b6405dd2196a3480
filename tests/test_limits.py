"""Bounded ingest (issue 13, item 5): records per file and per landing day are capped with a clear
rejection and the file still balances; long files log progress while they are read."""

import gzip
import json
import subprocess
import sys
from datetime import date

import polars as pl
import pytest
from conftest import REPO

from dagster_project.ingest.normalize import RecordLimits, normalize
from dagster_project.readers import read_landing_day
from dagster_project.readers.base import progress_to

DAY = date(2026, 1, 1)
TINY = json.dumps({"id": "x", "text": "Same."}) + "\n"


def counts(result) -> dict:
    return {r["file"]: r for r in result.file_counts.to_dicts()}


def balanced(result) -> bool:
    c = result.file_counts
    return c.filter(pl.col("read") != pl.col("accepted") + pl.col("duplicates") + pl.col("rejected")).height == 0


def test_records_past_the_file_limit_are_one_rejection_and_the_file_balances(tmp_path):
    lines = [json.dumps({"id": f"r:{i}", "text": f"Article number {i}."}) for i in range(10)]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n")

    result = normalize(read_landing_day(tmp_path), DAY, limits=RecordLimits(per_file=3, per_day=100))

    assert result.articles["external_id"].to_list() == ["r:0", "r:1", "r:2"]
    (position, reason), = result.rejected.select("position", "reason").rows()
    assert position == 3
    assert "past the limit of 3 records per file (NEWS_MAX_RECORDS_PER_FILE)" in reason
    assert "7 records" in reason
    assert counts(result)["a.jsonl"] == {"file": "a.jsonl", "read": 10, "in_file": 10, "accepted": 3,
                                         "duplicates": 0, "rejected": 7}
    assert balanced(result)


def test_the_landing_day_limit_spans_files(tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.jsonl").write_text(
            "".join(json.dumps({"id": f"{name}:{i}", "text": f"Story {name} {i}."}) + "\n" for i in range(3)))

    result = normalize(read_landing_day(tmp_path), DAY, limits=RecordLimits(per_file=100, per_day=4))

    assert result.articles.height == 4
    (file, reason), = result.rejected.select("file", "reason").rows()
    assert file == "b.jsonl" and "records per landing day (NEWS_MAX_RECORDS_PER_DAY)" in reason
    assert counts(result)["b.jsonl"]["rejected"] == 2 and balanced(result)


def test_limits_come_from_the_environment_with_defaults(monkeypatch):
    monkeypatch.delenv("NEWS_MAX_RECORDS_PER_FILE", raising=False)
    monkeypatch.delenv("NEWS_MAX_RECORDS_PER_DAY", raising=False)
    assert RecordLimits.from_env() == RecordLimits(per_file=1_000_000, per_day=2_000_000)
    monkeypatch.setenv("NEWS_MAX_RECORDS_PER_FILE", "5")
    monkeypatch.setenv("NEWS_MAX_RECORDS_PER_DAY", "7")
    assert RecordLimits.from_env() == RecordLimits(per_file=5, per_day=7)


BOMB = """
import resource, sys
from datetime import date
from pathlib import Path
from dagster_project.ingest.normalize import RecordLimits, normalize
from dagster_project.readers import read_landing_day
folder, per_file = Path(sys.argv[1]), int(sys.argv[2])
normalize(read_landing_day(folder / "warm"), date(2026, 1, 1))  # imports and first-use allocations first
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
result = normalize(read_landing_day(folder / "day"), date(2026, 1, 1), limits=RecordLimits(per_file, 10 * per_file))
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
c = result.file_counts.row(0, named=True)
print(grown // 1024, c["read"], c["accepted"], c["duplicates"], c["rejected"])
"""


def test_a_record_bomb_of_tiny_duplicates_takes_memory_only_up_to_the_limit(tmp_path):
    """A small gzip of 150,000 copies of one tiny record: past the limit records are only counted,
    so the peak memory is that of the limit (kept, they take about 0.7 KB each: ~100 MB here)."""
    (tmp_path / "day").mkdir()
    (tmp_path / "warm").mkdir()
    (tmp_path / "warm" / "a.jsonl").write_text(TINY * 100)
    with gzip.open(tmp_path / "day" / "bomb.jsonl.gz", "wt") as fh:
        fh.write(TINY * 150_000)
    proc = subprocess.run([sys.executable, "-c", BOMB, str(tmp_path), "2000"], cwd=REPO,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    grown_mb, read, accepted, duplicates, rejected = map(int, proc.stdout.split())
    assert (read, accepted, duplicates, rejected) == (150_000, 1, 1_999, 148_000)
    assert grown_mb < 30, f"peak memory grew by {grown_mb} MB"


def test_a_long_file_of_blank_lines_logs_progress_and_finishes(tmp_path, monkeypatch):
    with gzip.open(tmp_path / "blank.jsonl.gz", "wb") as fh:
        fh.write(b"\n" * 2_000_000)
    heard: list[str] = []
    with progress_to(heard.append, every_seconds=0):
        result = normalize(read_landing_day(tmp_path), DAY, limits=RecordLimits())
    assert heard and all("blank.jsonl.gz" in m and "lines read so far" in m for m in heard)
    assert "1,966,080 lines read so far" in heard[-1]  # every 65,536 lines here (no pause asked)
    assert result.rejected["reason"].to_list() == ["no records in the file (only blank lines, whitespace or a header)"]


@pytest.mark.parametrize("every", [3600.0])
def test_progress_is_not_logged_more_often_than_asked(tmp_path, every):
    (tmp_path / "blank.jsonl").write_bytes(b"\n" * 300_000)
    heard: list[str] = []
    with progress_to(heard.append, every_seconds=every):
        list(read_landing_day(tmp_path))
    assert heard == []
