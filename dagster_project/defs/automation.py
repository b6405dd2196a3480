"""Jobs and the nightly schedule (the landing-day sensor is in sensors.py).

How each trigger publishes the warehouse once:

- nightly schedule, landing-day sensor: one `nightly_job` run per landing day; the run ingests and
  extracts that partition, then runs the unpartitioned `warehouse` asset once and the `report`
  (the HTML file analysts open) after it.
- backfills from the UI (asset graph: select the assets, or all of them, Materialize; the dialog
  offers all landing days, or pick some): a pure asset backfill. The partitioned assets keep the default backfill policy
  (none: one run per landing day, so a range of days is as many runs, queued and run two at a
  time by the run queue, each failing or succeeding on its own). When `warehouse` is part of the
  selection, the backfill daemon requests it once, in its own run, after every selected day has
  materialized, and not at all if a day failed. A backfill launched from the *job* page of
  `nightly_job` instead runs the whole job per day (a publish per day): use the asset graph, or
  `landing_day_job` then `publish_job`.
"""


from datetime import timedelta

from dagster import (
    AssetKey,
    AssetRecordsFilter,
    AssetSelection,
    DagsterInstance,
    RunRequest,
    ScheduleEvaluationContext,
    SkipReason,
    define_asset_job,
    schedule,
)

from .partitions import landing_day_fingerprint, register_landing_days
from .resources import NewsPaths


def ingested_fingerprint(instance: DagsterInstance, day: str) -> str | None:
    """The raw-folder fingerprint recorded by the latest `articles` materialization of a day."""
    records = instance.fetch_materializations(
        AssetRecordsFilter(asset_key=AssetKey("articles"), asset_partitions=[day]), limit=1
    ).records
    if not records or records[0].asset_materialization is None:
        return None
    value = records[0].asset_materialization.metadata.get("raw_fingerprint")
    return getattr(value, "value", None)


LANDING_DAY_ASSETS = AssetSelection.assets("articles", "sentences", "visits", "documents", "trade_energy_mentions")

landing_day_job = define_asset_job(
    "landing_day_job",
    selection=LANDING_DAY_ASSETS,
    description="Ingest and extract one landing day into the lake (no publish).",
)

# The report follows every publish, so the file analysts open shows the warehouse they query.
PUBLISH_ASSETS = AssetSelection.assets("warehouse", "report")

publish_job = define_asset_job(
    "publish_job",
    selection=PUBLISH_ASSETS,
    description="Rebuild the DuckDB warehouse from the lake, swap it in, and write the HTML report.",
)

nightly_job = define_asset_job(
    "nightly_job",
    selection=LANDING_DAY_ASSETS | PUBLISH_ASSETS,
    description="One landing day through ingest and extraction, then a publish of the warehouse and its report. "
    "Run by the nightly schedule and the landing-day sensor; backfill ranges from the asset graph "
    "instead (one publish at the end).",
)


@schedule(
    cron_schedule="0 2 * * *",
    execution_timezone="UTC",
    job=nightly_job,
    description="At 02:00 UTC: the previous landing day through ingest, extraction and publish "
    "(skipped when its folder is missing or was already ingested as it is).",
)
def nightly_schedule(context: ScheduleEvaluationContext, paths: NewsPaths):
    """At 02:00 UTC, process the previous landing day and publish. Its folder becomes a partition
    here if the sensor or a build has not registered it yet (schedules cannot return dynamic
    partition requests; the run request is checked against the instance's partitions after this)."""
    day = (context.scheduled_execution_time - timedelta(days=1)).strftime("%Y-%m-%d")
    folder = paths.landing_dir(day)
    if not folder.is_dir():
        return SkipReason(f"no landing folder {folder}")
    register_landing_days(context.instance, [day])
    fingerprint, n_files, _ = landing_day_fingerprint(folder)
    if ingested_fingerprint(context.instance, day) == fingerprint:
        return SkipReason(f"landing day {day} was already ingested as it is now (fingerprint {fingerprint})")
    return RunRequest(
        run_key=f"nightly-{day}-{fingerprint}",
        partition_key=day,
        tags={"news/trigger": "schedule", "news/raw_fingerprint": fingerprint},
    )
