"""Automation without servers: the nightly schedule, the landing-day sensor, code versions and
staleness, progress logs, the dev-set quality check, the instance config."""

import json
import os
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import duckdb
import pytest
import yaml
from conftest import DEV_GOLD, REPO, SHARED, reset_dagster_defs_state
from dagster import (
    AssetKey,
    DagsterInstance,
    DynamicPartitionsDefinition,
    SkipReason,
    build_asset_check_context,
    build_schedule_context,
    build_sensor_context,
    materialize,
)
from dagster._core.definitions.data_version import StaleStatus
from dagster._utils.test.data_versions import get_stale_status_resolver

from dagster_project.definitions import ASSETS, defs
from dagster_project.defs.automation import LANDING_DAY_ASSETS
from dagster_project.defs.facts import facts
from dagster_project.defs.ingest import articles
from dagster_project.defs.partitions import (
    landing_day_fingerprint,
    landing_days,
    register_landing_days,
    registered_landing_days,
    sync_landing_days,
)
from dagster_project.defs.quality import dev_set_quality, score_warehouse
from dagster_project.defs.resources import NewsPaths
from dagster_project.defs.sensors import landing_day_sensor
from dagster_project.defs.sentences import sentences
from dagster_project.extraction import EXTRACTOR_VERSION
from dagster_project.ingest import INGEST_VERSION

ARTICLE = {"id": "t:1", "title": "Leader to visit", "published_at": "2024-05-14T09:00:00Z", "source": "test",
           "text": "President Vladimir Putin will visit China at the invitation of Chinese President Xi Jinping."}
AN_HOUR_AGO = time.time() - 3600
REPOSITORY = defs.get_repository_def()


def write_day(raw, day, records, name="a.jsonl", settled=True):
    path = raw / day / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    if settled:  # as if copied an hour ago: the sensor waits for folders to be quiet
        os.utime(path, (AN_HOUR_AGO, AN_HOUR_AGO))
    return path


@pytest.fixture
def paths(tmp_path):
    return NewsPaths(raw_dir=str(tmp_path / "raw"), lake_dir=str(tmp_path / "lake"),
                     warehouse_path=str(tmp_path / "w.duckdb"))


@pytest.fixture
def instance():
    # Not `with DagsterInstance...`: in Dagster 1.13 the context manager leaves the instance's
    # defs-state storage set for the thread after the block, which breaks later tests.
    instance = DagsterInstance.ephemeral()
    yield instance
    instance.dispose()


def ingest(paths, day, instance, selection=("articles",)):
    reset_dagster_defs_state()
    register_landing_days(instance, [day])
    result = materialize(ASSETS, selection=list(selection), partition_key=day, resources={"paths": paths},
                         instance=instance)
    assert result.success
    return result


def tick(paths, instance, cursor=None):
    ctx = build_sensor_context(instance=instance, cursor=cursor, resources={"paths": paths}, definitions=defs)
    return landing_day_sensor(ctx)


# --- the nightly schedule ---------------------------------------------------------------------------------

def test_nightly_job_holds_the_landing_day_assets_the_warehouse_and_its_report():
    job = defs.get_job_def("nightly_job")
    keys = {k.to_user_string() for k in job.asset_layer.selected_asset_keys}
    assert keys == {"articles", "sentences", "visits", "documents", "trade_energy_mentions", "warehouse", "report"}
    publish = {k.to_user_string() for k in defs.get_job_def("publish_job").asset_layer.selected_asset_keys}
    assert publish == {"warehouse", "report"}
    assert job.partitions_def == landing_days and isinstance(landing_days, DynamicPartitionsDefinition)
    schedule = defs.get_schedule_def("nightly_schedule")
    assert (schedule.cron_schedule, schedule.execution_timezone, schedule.job_name) == ("0 2 * * *", "UTC", "nightly_job")
    assert defs.get_sensor_def("landing_day_sensor").job_name == "nightly_job"


def test_nightly_schedule_requests_the_previous_landing_day(paths, tmp_path):
    write_day(tmp_path / "raw", "2026-01-05", [ARTICLE])
    schedule = defs.get_schedule_def("nightly_schedule")
    # Schedule contexts need a persistent instance. Not used as a context manager: in Dagster 1.13
    # `with instance:` leaves its defs-state storage set for the thread after the block.
    (tmp_path / "dagster_home").mkdir()
    instance = DagsterInstance.local_temp(tempdir=str(tmp_path / "dagster_home"))
    try:
        ctx = build_schedule_context(instance=instance, resources={"paths": paths}, repository_def=REPOSITORY,
                                     scheduled_execution_time=datetime(2026, 1, 6, 2, 0, tzinfo=UTC))
        assert registered_landing_days(instance) == []
        data = schedule.evaluate_tick(ctx)
        assert [r.partition_key for r in data.run_requests] == ["2026-01-05"]
        assert registered_landing_days(instance) == ["2026-01-05"]  # the run request is a valid partition
        fingerprint = landing_day_fingerprint(tmp_path / "raw" / "2026-01-05")[0]
        assert data.run_requests[0].run_key == f"nightly-2026-01-05-{fingerprint}"
        assert data.run_requests[0].tags["news/trigger"] == "schedule"

        # no folder for the previous day: a visible skip, no run
        ctx = build_schedule_context(instance=instance, resources={"paths": paths}, repository_def=REPOSITORY,
                                     scheduled_execution_time=datetime(2026, 1, 9, 2, 0, tzinfo=UTC))
        data = schedule.evaluate_tick(ctx)
        assert not data.run_requests and "no landing folder" in data.skip_message
        assert registered_landing_days(instance) == ["2026-01-05"]  # no folder, no partition

        # a day already ingested as it is (by the sensor, say) is skipped
        ingest(paths, "2026-01-05", instance)
        ctx = build_schedule_context(instance=instance, resources={"paths": paths}, repository_def=REPOSITORY,
                                     scheduled_execution_time=datetime(2026, 1, 6, 2, 0, tzinfo=UTC))
        data = schedule.evaluate_tick(ctx)
        assert not data.run_requests and "already ingested" in data.skip_message
    finally:
        instance.dispose()


# --- the landing-day sensor ---------------------------------------------------------------------------------

def test_sensor_requests_one_run_for_a_new_folder_and_none_on_the_next_tick(paths, tmp_path, instance):
    raw = tmp_path / "raw"
    raw.mkdir()
    first = tick(paths, instance)
    assert not first.run_requests  # empty raw directory

    write_day(raw, "2026-01-05", [ARTICLE])
    second = tick(paths, instance, first.cursor)
    fingerprint = landing_day_fingerprint(raw / "2026-01-05")[0]
    assert [(r.partition_key, r.run_key) for r in second.run_requests] == [
        ("2026-01-05", f"2026-01-05:{fingerprint}")]

    third = tick(paths, instance, second.cursor)
    assert third.run_requests == [] and isinstance(third.skip_reason, SkipReason)
    assert third.cursor == second.cursor

    # a changed folder (a file added) is requested again, once, under a new run key
    write_day(raw, "2026-01-05", [dict(ARTICLE, id="t:2")], name="b.jsonl")
    fourth = tick(paths, instance, third.cursor)
    assert [r.partition_key for r in fourth.run_requests] == ["2026-01-05"]
    assert fourth.run_requests[0].run_key != second.run_requests[0].run_key
    assert tick(paths, instance, fourth.cursor).run_requests == []


def test_sensor_waits_for_a_folder_being_copied(paths, tmp_path, instance):
    write_day(tmp_path / "raw", "2026-01-05", [ARTICLE], settled=False)  # just written
    (tmp_path / "raw" / "2026-01-06").mkdir()  # empty: nothing to ingest yet
    (tmp_path / "raw" / "notes").mkdir()  # not a landing day
    waiting = tick(paths, instance)
    assert waiting.run_requests == [] and "settle" in waiting.skip_reason.skip_message
    for f in (tmp_path / "raw" / "2026-01-05").iterdir():
        os.utime(f, (AN_HOUR_AGO, AN_HOUR_AGO))
    settled = tick(paths, instance, waiting.cursor)
    assert [r.partition_key for r in settled.run_requests] == ["2026-01-05"]


def test_sensor_does_not_rerun_a_day_already_ingested_even_without_cursor(paths, tmp_path, instance):
    """A day ingested by a backfill, the schedule or `build` carries its folder fingerprint on the
    `articles` materialization: a fresh sensor (first tick, or cursor reset) does not run it again."""
    write_day(tmp_path / "raw", "2026-01-05", [ARTICLE])
    write_day(tmp_path / "raw", "2026-01-06", [dict(ARTICLE, id="t:9")])
    ingest(paths, "2026-01-05", instance)
    result = tick(paths, instance)
    assert [r.partition_key for r in result.run_requests] == ["2026-01-06"]
    assert json.loads(result.cursor).keys() == {"2026-01-05", "2026-01-06"}


@pytest.fixture
def persistent_instance(tmp_path):
    """An instance with a home of its own: the daemon's evaluation of a tick (evaluate_tick) loads
    dynamic partitions through the instance's ref, which an ephemeral instance does not have."""
    (tmp_path / "dagster_home").mkdir()
    instance = DagsterInstance.local_temp(tempdir=str(tmp_path / "dagster_home"))
    yield instance
    instance.dispose()


def test_sensor_registers_every_landing_day_folder_as_a_partition(paths, tmp_path, persistent_instance):
    """Any valid date is a landing day (a 1987 folder, a future one); the tick's dynamic partitions
    request is applied before its run requests are checked, so the daemon's evaluation accepts
    them; folders still being copied are registered too (the UI lists them), names that are not
    dates are not."""
    raw = tmp_path / "raw"
    future = (datetime.now(UTC).date() + timedelta(days=1000)).isoformat()
    for day in ("1987-03-02", future):
        write_day(raw, day, [dict(ARTICLE, id=f"t:{day}")])
    write_day(raw, "2026-01-05", [ARTICLE], settled=False)
    (raw / "2026-02-30").mkdir()  # not a date
    (raw / "notes").mkdir()
    instance = persistent_instance
    ctx = build_sensor_context(instance=instance, instance_ref=instance.get_ref(), resources={"paths": paths},
                               definitions=defs)
    data = landing_day_sensor.evaluate_tick(ctx)
    assert [(r.partitions_def_name, list(r.partition_keys)) for r in data.dynamic_partitions_requests] == [
        ("landing_day", ["1987-03-02", "2026-01-05", future])]
    assert sorted(r.partition_key for r in data.run_requests) == ["1987-03-02", future]
    assert all(r.tags["dagster/partition"] == r.partition_key for r in data.run_requests)

    # the daemon applies the request; the next tick asks for nothing new
    instance.add_dynamic_partitions("landing_day", list(data.dynamic_partitions_requests[0].partition_keys))
    again = landing_day_sensor.evaluate_tick(build_sensor_context(
        instance=instance, instance_ref=instance.get_ref(), cursor=data.cursor, resources={"paths": paths},
        definitions=defs))
    assert again.dynamic_partitions_requests == [] and again.run_requests == []


def test_a_run_request_for_an_unregistered_day_is_refused(paths, tmp_path, instance):
    """Why the sensor and the schedule register: Dagster checks a run request's partition key
    against the instance's landing days."""
    write_day(tmp_path / "raw", "2026-01-05", [ARTICLE])
    ctx = build_sensor_context(instance=instance, resources={"paths": paths}, definitions=defs)
    result = landing_day_sensor(ctx)
    job = defs.get_job_def("nightly_job")
    with pytest.raises(Exception, match="2026-01-05"):
        result.run_requests[0].with_resolved_tags_and_config(job, [], instance)
    resolved = result.run_requests[0].with_resolved_tags_and_config(job, result.dynamic_partitions_requests, instance)
    assert resolved.tags["dagster/partition"] == "2026-01-05"


def test_sync_registers_new_folders_in_order_and_prunes_only_when_asked(tmp_path, instance):
    raw = tmp_path / "raw"
    for day in ("2026-01-06", "2026-01-05"):
        (raw / day).mkdir(parents=True)
    assert sync_landing_days(instance, raw) == (["2026-01-05", "2026-01-06"], [])
    assert sync_landing_days(instance, raw) == ([], [])  # idempotent
    (raw / "2026-01-05").rmdir()
    (raw / "2026-01-07").mkdir()
    assert sync_landing_days(instance, raw) == (["2026-01-07"], [])
    assert registered_landing_days(instance) == ["2026-01-05", "2026-01-06", "2026-01-07"]
    assert sync_landing_days(instance, raw, prune=True) == ([], ["2026-01-05"])
    assert registered_landing_days(instance) == ["2026-01-06", "2026-01-07"]


def test_a_partition_that_is_no_date_fails_with_a_reason(paths, instance):
    """The UI's "Add a partition" takes any text: such a partition's run fails, saying what to do."""
    register_landing_days(instance, ["latest"])
    result = materialize(ASSETS, selection=["articles"], partition_key="latest", resources={"paths": paths},
                         instance=instance, raise_on_error=False)
    assert not result.success
    failure = [e for e in result.all_events if e.event_type_value == "STEP_FAILURE"][0]
    assert "'latest' is not a landing day" in str(failure.event_specific_data.error)


# --- backfills from the UI --------------------------------------------------------------------------------

def test_partitioned_multi_assets_are_subsettable_so_ui_backfills_launch():
    """Dagster 1.13.27 refuses, at random, a UI backfill (launchPartitionBackfill with assetSelection and
    partitionNames) whose selection reaches a partitioned multi-asset with can_subset=False from an
    upstream root: its submission check compares the keys' subsets with `!=`, which the time-window
    subset inherits from tuple and which sees the lazily filled `num_partitions` field (None for some
    keys, 3 for others, depending on the webserver's hash seed). About two webserver starts in three
    then fail every such backfill with "Targeted subset must match between every key in a
    non-subsettable multi-asset". A subsettable multi-asset is not compared. (test_e2e_dagster shows
    the symptom; this test names the cause.)"""
    offending = sorted(
        assets_def.node_def.name for assets_def in defs.resolve_asset_graph().assets_defs
        if assets_def.partitions_def is not None and len(assets_def.keys) > 1 and not assets_def.can_subset
    )
    assert offending == [], f"partitioned multi-assets with can_subset=False: {offending}"


# --- code versions and staleness --------------------------------------------------------------------------

def test_partitioned_assets_carry_code_versions():
    versions = {}
    for assets_def in (articles, sentences, facts):
        versions.update({k.to_user_string(): v for k, v in assets_def.code_versions_by_key.items()})
    assert versions == {"articles": INGEST_VERSION, "sentences": EXTRACTOR_VERSION, "visits": EXTRACTOR_VERSION,
                        "documents": EXTRACTOR_VERSION, "trade_energy_mentions": EXTRACTOR_VERSION}


def test_partitions_go_stale_on_new_extractor_code_or_changed_articles(paths, tmp_path, instance):
    """What the UI shows per partition (asset > Partitions > a day): unsynced, with the cause."""
    day = "2026-01-05"
    write_day(tmp_path / "raw", day, [ARTICLE])
    landing = [articles, sentences, facts]
    visits = AssetKey("visits")
    ingest(paths, day, instance, selection=[k.to_user_string() for k in LANDING_DAY_ASSETS.resolve(ASSETS)])
    assert get_stale_status_resolver(instance, landing).get_status(visits, day) == StaleStatus.FRESH

    # the extractor changes: its partitions are stale, caused by the code version
    bumped = [articles, sentences.map_asset_specs(lambda s: s.replace_attributes(code_version="next")),
              facts.map_asset_specs(lambda s: s.replace_attributes(code_version="next"))]
    resolver = get_stale_status_resolver(instance, bumped)
    assert resolver.get_status(visits, day) == StaleStatus.STALE
    assert any("code version" in c.reason for c in resolver.get_stale_causes(visits, day))
    assert resolver.get_status(AssetKey("articles"), day) == StaleStatus.FRESH

    # re-ingesting the same articles keeps the extraction in sync (data version from content) ...
    ingest(paths, day, instance)
    assert get_stale_status_resolver(instance, landing).get_status(visits, day) == StaleStatus.FRESH
    # ... while new articles in the folder make it stale
    write_day(tmp_path / "raw", day, [dict(ARTICLE, id="t:2", text="Oil exports from Norway rose.")],
              name="b.jsonl")
    ingest(paths, day, instance)
    assert get_stale_status_resolver(instance, landing).get_status(visits, day) == StaleStatus.STALE


# --- progress logs and metadata ---------------------------------------------------------------------------

def test_ingest_logs_each_file_and_every_10000_records(paths, tmp_path, instance):
    write_day(tmp_path / "raw", "2026-01-05",
              [{"id": f"n:{i}", "text": f"Article number {i} about trade."} for i in range(10_050)])
    write_day(tmp_path / "raw", "2026-01-05", [ARTICLE], name="b.jsonl")
    result = ingest(paths, "2026-01-05", instance)
    messages = [e.message for e in instance.all_logs(result.run_id) if e.message]
    mat = result.asset_materializations_for_node("articles")[0]
    assert any("reading a.jsonl" in m for m in messages)
    assert any("reading b.jsonl" in m for m in messages)
    assert any("10,000 records read" in m for m in messages)
    for key in ("dagster/row_count", "rejected", "duplicates", "preview", "raw_fingerprint"):
        assert key in mat.metadata
    assert mat.metadata["dagster/row_count"].value == 10_051
    assert mat.tags["dagster/code_version"] == INGEST_VERSION


@pytest.mark.skipif(not DEV_GOLD.exists(), reason="shared/eval is not beside the repository")
def test_dev_set_quality_reports_the_scorers_figures(dev_warehouse, tmp_path):
    result = score_warehouse(dev_warehouse)
    proc = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--warehouse", str(dev_warehouse),
                           "--gold", str(DEV_GOLD)], capture_output=True, text=True, timeout=120)
    assert result["found"] == result["total"] > 0
    assert f"mean F1 {result['mean_f1']:.3f}" in proc.stdout
    assert set(result["tables"]) == {"visits", "documents", "trade_energy"}

    paths = NewsPaths(raw_dir=str(tmp_path), lake_dir=str(tmp_path), warehouse_path=str(dev_warehouse))
    check = dev_set_quality(build_asset_check_context(resources={"paths": paths}))
    assert check.passed and check.metadata["mean_f1"].value == round(result["mean_f1"], 4)
    assert "f1/visits" in check.metadata

    # a warehouse without the dev articles: the check passes with a note
    empty = tmp_path / "other.duckdb"
    shutil.copy(dev_warehouse, empty)
    con = duckdb.connect(str(empty))
    con.execute("update articles set external_id = 'x:' || external_id")
    con.close()
    paths = NewsPaths(raw_dir=str(tmp_path), lake_dir=str(tmp_path), warehouse_path=str(empty))
    check = dev_set_quality(build_asset_check_context(resources={"paths": paths}))
    assert check.passed and "none of the dev articles" in check.metadata["status"].value


# --- the instance ----------------------------------------------------------------------------------------

def test_instance_config_queues_runs_and_limits_the_warehouse_writer(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(REPO / ".dagster_home" / "dagster.yaml", home / "dagster.yaml")
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    instance = DagsterInstance.get()  # not `with`: see test_nightly_schedule_requests_the_previous_landing_day
    try:
        config = instance.get_concurrency_config()
        assert config.run_queue_config.max_concurrent_runs == 2
        assert config.pool_config.default_pool_limit == 1
        assert type(instance.run_coordinator).__name__ == "QueuedRunCoordinator"
    finally:
        instance.dispose()
    assert (home / "history" / "runs.db").exists()  # storage under DAGSTER_HOME
    ignored = subprocess.run(["git", "check-ignore", "-q", ".dagster_home/history/runs.db"], cwd=REPO)
    assert ignored.returncode == 0
    assert yaml.safe_load((REPO / ".dagster_home" / "dagster.yaml").read_text())["storage"]["sqlite"]["base_dir"] \
        == {"env": "DAGSTER_HOME"}
