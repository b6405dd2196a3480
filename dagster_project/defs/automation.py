"""Jobs and the nightly schedule."""


from datetime import timedelta

from dagster import AssetSelection, RunRequest, ScheduleEvaluationContext, define_asset_job, schedule


LANDING_DAY_ASSETS = AssetSelection.assets("articles", "sentences", "visits", "documents", "trade_energy_mentions")

landing_day_job = define_asset_job(
    "landing_day_job",
    selection=LANDING_DAY_ASSETS,
    description="Ingest and extract one landing day into the lake.",
)

publish_job = define_asset_job(
    "publish_job",
    selection=AssetSelection.assets("warehouse"),
    description="Rebuild the DuckDB warehouse from the lake and swap it in.",
)

nightly_job = define_asset_job(
    "nightly_job",
    selection=LANDING_DAY_ASSETS | AssetSelection.assets("warehouse"),
    description="One landing day through ingest and extraction, then a publish of the warehouse.",
)


@schedule(cron_schedule="0 2 * * *", execution_timezone="UTC", job=nightly_job)
def nightly_schedule(context: ScheduleEvaluationContext):
    """At 02:00 UTC, process the previous landing day and publish."""
    day = (context.scheduled_execution_time - timedelta(days=1)).strftime("%Y-%m-%d")
    return RunRequest(run_key=f"nightly-{day}", partition_key=day)
