"""The lake on an object store: ingest and extraction of landing days write `s3://` partitions, and
the warehouse is published (full, then incremental) from them. The S3 server is moto's, started
by the test on 127.0.0.1; nothing leaves the machine."""

import json
import socket

import duckdb
import pytest
from dagster import DagsterInstance, materialize

from dagster_project import lake
from dagster_project.definitions import ASSETS
from dagster_project.defs.automation import LANDING_DAY_ASSETS
from dagster_project.defs.partitions import register_landing_days
from dagster_project.defs.resources import NewsPaths
from dagster_project.warehouse.publish import LAKE_TABLES, publish

moto_server = pytest.importorskip("moto.server")
pytest.importorskip("s3fs")

BUCKET = "news-lake"
ARTICLES = [
    {"id": "s3:1", "source": "test", "published_at": "2024-05-14T09:00:00Z", "title": "Putin to visit China",
     "text": "President Vladimir Putin will visit China next week, the Kremlin said. He will hold talks "
             "with President Xi Jinping in Beijing and sign an agreement on energy cooperation."},
    {"id": "s3:2", "source": "test", "published_at": "2024-05-15T09:00:00Z", "title": "Gas deal",
     "text": "Russia and China signed a gas supply agreement on Tuesday. Exports of natural gas through "
             "the Power of Siberia pipeline will rise to 38 bcm a year."},
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def s3_lake(monkeypatch):
    port = _free_port()
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    for key, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                       "AWS_DEFAULT_REGION": "us-east-1", "AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}"}.items():
        monkeypatch.setenv(key, value)
    for key in ("AWS_PROFILE", "AWS_SESSION_TOKEN"):
        monkeypatch.delenv(key, raising=False)
    lake.reset_filesystems()
    fs, _ = lake.filesystem(f"s3://{BUCKET}")
    fs.mkdir(BUCKET)
    try:
        yield f"s3://{BUCKET}/lake"
    finally:
        lake.reset_filesystems()
        server.stop()


def _write_day(raw, day, records):
    folder = raw / day
    folder.mkdir(parents=True)
    (folder / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_ingest_extraction_and_publish_on_an_s3_lake(s3_lake, tmp_path):
    raw, target = tmp_path / "raw", tmp_path / "w.duckdb"
    _write_day(raw, "2026-01-01", ARTICLES[:1])
    _write_day(raw, "2026-01-02", ARTICLES[1:] + [dict(ARTICLES[0], id="s3:copy")])
    paths = NewsPaths(raw_dir=str(raw), lake_dir=s3_lake, warehouse_path=str(target))
    with DagsterInstance.ephemeral() as instance:
        register_landing_days(instance, ["2026-01-01", "2026-01-02"])
        for day in ("2026-01-01", "2026-01-02"):
            result = materialize(ASSETS, selection=LANDING_DAY_ASSETS, partition_key=day,
                                 resources={"paths": paths}, instance=instance)
            assert result.success

    # every table of both days is in the bucket, and reads back
    fs, root = lake.filesystem(s3_lake)
    for table in (*LAKE_TABLES, "sentences"):
        assert lake.partition_days(s3_lake, table) == ["2026-01-01", "2026-01-02"], table
    assert not list(tmp_path.rglob("*.parquet")), "nothing of the lake is written locally"
    day2 = lake.read_partition(s3_lake, "articles", "2026-01-02")
    assert sorted(day2["external_id"].to_list()) == ["s3:2", "s3:copy"]
    assert lake.read_partition(s3_lake, "visits", "2026-01-01")["destination_iso3"].to_list() == ["CHN"]
    assert lake.read_partition(s3_lake, "trade_energy_mentions", "2026-01-02").height >= 1
    assert lake.partition_row_count(s3_lake, "sentences", "2026-01-01") > 1

    # rewriting a partition replaces it whole: one file, the new rows
    lake.write_partition(day2.head(1), s3_lake, "articles", "2026-01-02")
    assert fs.ls(f"{root}/articles/landing_day=2026-01-02", detail=False) == [
        f"{root}/articles/landing_day=2026-01-02/part-0.parquet"]
    lake.write_partition(day2, s3_lake, "articles", "2026-01-02")

    # the warehouse is published from the bucket (DuckDB reads it through the same client)
    report: dict = {}
    counts = publish(s3_lake, target, report=report)
    assert report["mode"] == "full"
    assert counts["articles"] == 2  # s3:copy is the same text as s3:1
    con = duckdb.connect(str(target), read_only=True)
    try:
        assert con.sql("select external_id, reason from duplicate_articles").fetchall() == [
            ("s3:copy", "same text, other landing day")]
        assert con.sql("select count(*) from visits").fetchall()[0][0] >= 1
    finally:
        con.close()

    # a third day: published incrementally from the bucket
    _write_day(raw, "2026-01-03", [dict(ARTICLES[1], id="s3:3", text=ARTICLES[1]["text"] + " Prices fell.")])
    with DagsterInstance.ephemeral() as instance:
        register_landing_days(instance, ["2026-01-03"])
        assert materialize(ASSETS, selection=LANDING_DAY_ASSETS, partition_key="2026-01-03",
                           resources={"paths": paths}, instance=instance).success
    report = {}
    counts = publish(s3_lake, target, report=report)
    assert report == {**report, "mode": "incremental", "changed_landing_days": 1}
    assert counts["articles"] == 3
