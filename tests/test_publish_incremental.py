"""The incremental publish gives exactly the warehouse a full build gives: after a landing day is
added, replaced or removed, and when the day moves which copy of a text is kept across days."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from conftest import DEV_ARTICLES
from dagster import DagsterInstance, materialize

from dagster_project import lake
from dagster_project.definitions import ASSETS
from dagster_project.defs.automation import LANDING_DAY_ASSETS
from dagster_project.defs.partitions import register_landing_days
from dagster_project.defs.resources import NewsPaths
from dagster_project.warehouse.publish import LAKE_TABLES, publish, staging_files

DAYS = ("2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04", "2026-01-05")


def snapshot(path: Path) -> dict[str, list[str]]:
    """Every table and view of the main schema, as sorted rows (the order of rows is not part of it)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        names = [n for (n,) in con.sql(
            "select table_name from duckdb_tables() where database_name = current_database() and schema_name = 'main' "
            "union all select view_name from duckdb_views() where database_name = current_database() "
            "and schema_name = 'main' and not internal order by 1").fetchall()]
        return {n: sorted(map(repr, con.sql(f'select * from "{n}"').fetchall())) for n in names}
    finally:
        con.close()


def assert_same_as_full(lake_dir: Path, target: Path, tmp_path: Path, expect_mode: str = "incremental") -> None:
    report: dict = {}
    counts = publish(lake_dir, target, report=report)
    assert report["mode"] == expect_mode, report
    full = tmp_path / f"full-{len(list(tmp_path.glob('full-*')))}.duckdb"
    publish(lake_dir, full, full=True)
    got, want = snapshot(target), snapshot(full)
    assert got.keys() == want.keys()
    for name in want:
        assert len(got[name]) == len(want[name]), name
        assert got[name] == want[name], f"{name} differs from a full build"
    assert counts["articles"] == len(want["articles"])
    assert staging_files(target) == []


@pytest.fixture(scope="module")
def records() -> list[dict]:
    if not DEV_ARTICLES.exists():
        pytest.skip("shared/eval is not beside the repository")
    return [json.loads(line) for line in DEV_ARTICLES.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_day(raw: Path, day: str, rows: list[dict]) -> None:
    folder = raw / day
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    (folder / "articles.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def materialize_day(paths: NewsPaths, day: str, instance: DagsterInstance) -> None:
    register_landing_days(instance, [day])
    result = materialize(ASSETS, selection=LANDING_DAY_ASSETS, partition_key=day, resources={"paths": paths},
                         instance=instance, raise_on_error=True)
    assert result.success


def test_incremental_publish_equals_a_full_build(records, tmp_path):
    raw, lake_dir, target = tmp_path / "raw", tmp_path / "lake", tmp_path / "w.duckdb"
    paths = NewsPaths(raw_dir=str(raw), lake_dir=str(lake_dir), warehouse_path=str(target))
    undated = dict(records[14], published_at=None)  # a copy with a date, landed later, will be kept instead
    days = {
        DAYS[0]: [*records[0:14], undated, *records[15:20]],
        # the same id landed again (its latest landing is kept) and the same text under another id
        # without a date or source (the first copy stays the kept one)
        DAYS[1]: [*records[20:40], records[5],
                  dict(records[6], id="copy:6", source=None, published_at=None)],
        DAYS[2]: records[40:60],
        DAYS[3]: records[60:70],
    }
    with DagsterInstance.ephemeral() as instance:
        for day, rows in days.items():
            write_day(raw, day, rows)
            materialize_day(paths, day, instance)
        first: dict = {}
        publish(lake_dir, target, report=first)
        assert first["mode"] == "full"

        # a new day: new articles, a dated copy of the undated text of day 1 (it becomes the kept copy),
        # and a text already kept on day 3 under a new id (that copy stays on day 3)
        write_day(raw, DAYS[4], [*records[70:], dict(records[14], id="dated:14"),
                                 dict(records[45], id="again:45")])
        materialize_day(paths, DAYS[4], instance)
        assert_same_as_full(lake_dir, target, tmp_path)
        con = duckdb.connect(str(target), read_only=True)
        try:
            kept = con.sql("select external_id, landing_day::varchar from articles where content_hash = "
                           "(select content_hash from duplicate_articles where external_id like 'reuters:%' "
                           "and kept_article_id in (select article_id from articles where external_id = 'dated:14'))"
                           ).fetchall()
        finally:
            con.close()
        assert kept == [("dated:14", DAYS[4])]

        # a day replaced: fewer articles, one text changed, the re-landed id gone
        write_day(raw, DAYS[1], [*records[22:40], dict(records[20], text=records[20]["text"] + " Updated.")])
        materialize_day(paths, DAYS[1], instance)
        assert_same_as_full(lake_dir, target, tmp_path)

        # a day removed from the lake
        for table in (*LAKE_TABLES, "sentences"):
            shutil.rmtree(lake.partition_dir(lake_dir, table, DAYS[2]), ignore_errors=True)
        assert_same_as_full(lake_dir, target, tmp_path)

        # nothing changed: the published file is left as it is
        before = target.stat().st_mtime_ns
        report: dict = {}
        publish(lake_dir, target, report=report)
        assert report["mode"] == "unchanged" and target.stat().st_mtime_ns == before

        # many days changed: a full build is cheaper than redoing them one by one
        for day in (DAYS[0], DAYS[1], DAYS[3]):  # three of the five days
            materialize_day(paths, day, instance)
        report = {}
        publish(lake_dir, target, report=report)
        assert report["mode"] == "full"


def test_incremental_file_opens_in_the_duckdb_15_client_and_a_schema_change_means_full(records, tmp_path):
    raw, lake_dir, target = tmp_path / "raw", tmp_path / "lake", tmp_path / "w.duckdb"
    paths = NewsPaths(raw_dir=str(raw), lake_dir=str(lake_dir), warehouse_path=str(target))
    with DagsterInstance.ephemeral() as instance:
        for i, day in enumerate(DAYS[:3]):
            write_day(raw, day, records[i * 10:(i + 1) * 10])
            materialize_day(paths, day, instance)
        publish(lake_dir, target)
        write_day(raw, DAYS[3], records[30:40])
        materialize_day(paths, DAYS[3], instance)
    report: dict = {}
    publish(lake_dir, target, report=report)
    assert report["mode"] == "incremental"
    cli = Path(sys.executable).with_name("duckdb")
    if cli.exists():
        proc = subprocess.run([str(cli), "-readonly", "-csv", "-noheader", str(target), "-c",
                               "select count(*) from articles"], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.strip() == "40"
    # another SQL folder (a schema change) is published in full
    from dagster_project.warehouse.publish import SQL_DIR

    changed_sql = tmp_path / "sql"
    shutil.copytree(SQL_DIR, changed_sql)
    with open(changed_sql / "schema" / "60_views.sql", "a", encoding="utf-8") as fh:
        fh.write("\n-- a harmless change\n")
    report = {}
    publish(lake_dir, target, sql_dir=changed_sql, report=report)
    assert report["mode"] == "full"
