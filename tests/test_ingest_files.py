"""The per-file accounting of a landing day (issue 15): the lake's ingest_files partition, the
warehouse's ingest_files table, and the top of it in the articles asset's metadata."""

import json
import shutil

import duckdb
import polars as pl
from dagster import DagsterInstance, materialize

from dagster_project.definitions import ASSETS
from dagster_project.defs.automation import LANDING_DAY_ASSETS
from dagster_project.defs.partitions import register_landing_days
from dagster_project.defs.resources import NewsPaths
from dagster_project.warehouse import publish

DAY = "2026-03-04"
TEXT = "Exports of crude oil from Norway to Britain rose {} pct in the month, officials said."


def _line(i: int, text: str | None = None) -> str:
    return json.dumps({"id": f"f:{i}", "text": TEXT.format(i) if text is None else text})


def test_every_file_of_a_landing_day_is_a_row_of_ingest_files(tmp_path):
    day = tmp_path / "raw" / DAY
    day.mkdir(parents=True)
    # a.jsonl: two articles, an empty text (rejected), a copy of the first (duplicate); b.jsonl: one article.
    (day / "a.jsonl").write_text("\n".join([_line(1), _line(2), _line(3, ""), _line(1)]) + "\n")
    (day / "b.jsonl").write_text(_line(4) + "\n")
    lake = tmp_path / "lake"
    paths = NewsPaths(raw_dir=str(tmp_path / "raw"), lake_dir=str(lake), warehouse_path=str(tmp_path / "w.duckdb"))
    instance = DagsterInstance.ephemeral()
    register_landing_days(instance, [DAY])
    result = materialize(ASSETS, selection=LANDING_DAY_ASSETS, partition_key=DAY, resources={"paths": paths},
                         instance=instance)
    assert result.success

    expected = [("a.jsonl", 4, 2, 1, 1), ("b.jsonl", 1, 1, 0, 0)]
    part = pl.read_parquet(lake / "ingest_files" / f"landing_day={DAY}" / "part-0.parquet")
    assert part.select("file", "read", "accepted", "duplicates", "rejected").rows() == expected

    metadata = result.asset_materializations_for_node("articles")[0].metadata
    assert metadata["per_file"].value.splitlines()[2].startswith("| a.jsonl | 4 |")  # most rejected first
    assert metadata["per_file_note"].value.startswith("top 2 of 2 files")

    publish.publish(lake, tmp_path / "w.duckdb", full=True)
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    try:
        rows = con.sql("select landing_day::varchar, file, read, accepted, duplicates, rejected "
                       "from ingest_files order by file").fetchall()
        assert rows == [(DAY, *row) for row in expected]
        # The same accounting as the other audit tables.
        assert con.execute("select count(*) from rejected_records").fetchone()[0] == 1
        assert con.execute("select count(*) from articles").fetchone()[0] == 3
        comment = con.execute("select comment from duckdb_tables() where table_name = 'ingest_files'").fetchone()[0]
        assert comment and "read = accepted + duplicates + rejected" in comment
    finally:
        con.close()

    shutil.rmtree(lake / "ingest_files")  # a lake ingested before this table existed still publishes
    publish.publish(lake, tmp_path / "w.duckdb", full=True)
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    try:
        assert con.execute("select count(*) from ingest_files").fetchone()[0] == 0
    finally:
        con.close()


def test_the_published_sample_balances_every_file(dev_warehouse):
    con = duckdb.connect(str(dev_warehouse), read_only=True)
    try:
        files = con.sql("select file, read, accepted, duplicates, rejected from ingest_files").fetchall()
        assert files and all(read == a + d + r for _, read, a, d, r in files)
        # Copies of one text on other landing days are dropped later, so accepted >= articles.
        assert con.execute("select sum(accepted) from ingest_files").fetchone()[0] \
            >= con.execute("select count(*) from articles").fetchone()[0] > 0
    finally:
        con.close()
