"""Normalization of raw records, and the ingest asset over a landing day with every kind of input."""

import gzip
import json
from datetime import UTC, date, datetime

import polars as pl
import pytest
from conftest import CORPORA
from dagster import DagsterInstance, materialize

from dagster_project.defs.ingest import articles as articles_asset
from dagster_project.defs.partitions import register_landing_days
from dagster_project.defs.resources import NewsPaths
from dagster_project.ingest.normalize import article_id_for, normalize, parse_published
from dagster_project.readers import read_landing_day
from dagster_project.readers.base import RawRecord, Rejection

DAY = date(2026, 1, 2)


def rec(ext_id, text, position=0, file="a.jsonl", **kw):
    return RawRecord(file=file, position=position, external_id=ext_id, text=text, **kw)


def test_article_ids_are_stable_and_duplicates_are_kept_once():
    items = [
        rec("x:1", "Cafe\u0301 talks in Paris.", 0, source="s"),
        rec("x:2", "Café   talks in\tParis.", 1, source="s"),  # same text once normalized
        rec("x:3", "", 2, source="s", title="no body"),
        Rejection("a.jsonl", 3, "not valid JSON", "{oops"),
    ]
    first = normalize(items, DAY)
    second = normalize(items, DAY)
    assert first.articles["article_id"].to_list() == second.articles["article_id"].to_list()
    assert first.articles["article_id"].to_list() == [article_id_for("s", "x:1")]
    assert first.articles["text"][0] == "Café talks in Paris."  # NFC, single spaces
    assert first.duplicates.select("external_id", "kept_article_id").rows() == [("x:2", article_id_for("s", "x:1"))]
    assert sorted(first.rejected["reason"].to_list()) == ["empty text", "not valid JSON"]
    counts = first.file_counts.row(0, named=True)
    assert counts["read"] == counts["accepted"] + counts["duplicates"] + counts["rejected"] == 4


@pytest.mark.parametrize("raw, expected", [
    ("2024-05-14T09:00:00+00:00", datetime(2024, 5, 14, 9, tzinfo=UTC)),
    ("2021-08-12 15:16:00-04:00", datetime(2021, 8, 12, 19, 16, tzinfo=UTC)),
    ("26-FEB-1987 15:01:01.79", datetime(1987, 2, 26, 15, 1, 1, 790000, tzinfo=UTC)),
    ("19980807", datetime(1998, 8, 7, tzinfo=UTC)),
    ("May 14, 2024", datetime(2024, 5, 14, tzinfo=UTC)),
    ("", None),
    ("sometime last week", None),
])
def test_published_at_is_parsed_to_utc_or_left_null(raw, expected):
    assert parse_published(raw) == expected


def _mixed_landing_day(day_dir):
    day_dir.mkdir(parents=True)
    (day_dir / "feed.jsonl").write_text(
        json.dumps({"id": "f:1", "title": "T", "text": "Oil exports rose.", "published_at": "2024-01-01"}) + "\n"
        + "{broken\n" + json.dumps({"id": "f:2", "text": "   "}) + "\n", encoding="utf-8")
    (day_dir / "story.txt").write_text("A title\n\nJapan and Korea signed a trade pact.\n", encoding="utf-8")
    (day_dir / "release.md").write_text(
        '---\ntitle: "Readout of a call"\ndate: 2023-05-01\nsource_url: https://example.org/r\n---\n\n'
        "The leaders discussed energy security.\n", encoding="utf-8")
    with gzip.open(day_dir / "more.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g:1", "text": "Gas prices fell in Europe."}) + "\n")
    (day_dir / "notes.docx").write_bytes(b"PK\x03\x04 not an article")
    (day_dir / "empty.csv").write_bytes(b"")
    (day_dir / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (day_dir / "zz_dup.jsonl").write_text(json.dumps({"id": "f:9", "text": "Oil exports rose."}) + "\n")


def test_ingest_asset_accounts_for_every_record_and_replaces_its_partition(tmp_path):
    day_dir = tmp_path / "raw" / "2026-01-02"
    _mixed_landing_day(day_dir)
    paths = NewsPaths(raw_dir=str(tmp_path / "raw"), lake_dir=str(tmp_path / "lake"),
                      warehouse_path=str(tmp_path / "w.duckdb"))
    instance = DagsterInstance.ephemeral()
    register_landing_days(instance, ["2026-01-02"])
    result = materialize([articles_asset], partition_key="2026-01-02", resources={"paths": paths}, instance=instance)
    assert result.success
    checks = {c.check_name: c.passed for c in result.get_asset_check_evaluations()}
    assert checks["every_record_accounted_for"] and checks["article_ids_unique"]
    lake = tmp_path / "lake"
    arts = pl.read_parquet(lake / "articles" / "landing_day=2026-01-02" / "part-0.parquet")
    assert set(arts["external_id"]) == {"f:1", "story.txt", "release.md", "g:1"}
    story = arts.filter(pl.col("external_id") == "story.txt").row(0, named=True)
    assert story["title"] == "A title" and story["text"] == "Japan and Korea signed a trade pact."
    release = arts.filter(pl.col("external_id") == "release.md").row(0, named=True)
    assert release["url"] == "https://example.org/r" and release["published_at"] is not None
    rejected = pl.read_parquet(lake / "rejected_records" / "landing_day=2026-01-02" / "part-0.parquet")
    by_file = {f: r for f, r in rejected.select("file", "reason").rows()}
    assert set(by_file) == {"feed.jsonl", "notes.docx", "empty.csv", "binary.txt"}
    assert all(reason for reason in by_file.values())
    dups = pl.read_parquet(lake / "duplicates" / "landing_day=2026-01-02" / "part-0.parquet")
    assert dups["external_id"].to_list() == ["f:9"]

    # Re-materializing after a file is withdrawn replaces the day's rows.
    (day_dir / "story.txt").unlink()
    assert materialize([articles_asset], partition_key="2026-01-02", resources={"paths": paths},
                       instance=instance).success
    arts = pl.read_parquet(lake / "articles" / "landing_day=2026-01-02" / "part-0.parquet")
    assert "story.txt" not in set(arts["external_id"])


@pytest.mark.skipif(not (CORPORA / "reuters21578").exists(), reason="shared corpora not present")
def test_reuters_corpus_every_record_accounted_for():
    result = normalize(read_landing_day(CORPORA / "reuters21578" / "sgm-data"), DAY)
    counts = result.file_counts
    assert counts["read"].sum() == 21_578
    assert (counts["read"] == counts["accepted"] + counts["duplicates"] + counts["rejected"]).all()
    reasons = dict(result.rejected.group_by("reason").len().rows())
    assert reasons.get("empty text", 0) > 1_000  # the stories without a body, rejected visibly
    assert result.articles.height + result.duplicates.height >= 19_043
