"""Asset: the published DuckDB warehouse, the single writer of the DuckDB file."""


import os

from dagster import AssetExecutionContext, Config, MaterializeResult, MetadataValue, asset

from ..warehouse.publish import publish
from .resources import NewsPaths


class PublishConfig(Config):
    """`full_rebuild`: build the warehouse from the whole lake instead of redoing only the landing
    days that changed since the previous publish (NEWS_PUBLISH_FULL=1 sets it for every run)."""

    full_rebuild: bool = False


@asset(
    group_name="warehouse",
    kinds={"duckdb"},
    deps=["articles", "visits", "documents", "trade_energy_mentions"],
    # One writer per DuckDB file: every run that publishes queues on this pool (limit 1).
    pool="warehouse_writer",
    description="The DuckDB warehouse analysts open: a copy of the published file brought up to date "
    "with the landing days that changed (or a full build from the lake), then swapped in atomically "
    "so open readers and failed builds never break it.",
)
def warehouse(context: AssetExecutionContext, config: PublishConfig, paths: NewsPaths) -> MaterializeResult:
    full = config.full_rebuild or os.environ.get("NEWS_PUBLISH_FULL", "") not in ("", "0", "false")
    report: dict = {}
    counts = publish(paths.lake_dir, paths.warehouse_path, log=context.log.info, full=full, report=report)
    return MaterializeResult(metadata={
        "path": MetadataValue.path(paths.warehouse_path),
        "dagster/row_count": counts.get("articles", 0),
        "publish_mode": report.get("mode", ""),
        "changed_landing_days": report.get("changed_landing_days", 0),
        "publish_seconds": round(report.get("seconds", 0.0), 2),
        **{f"rows/{name}": n for name, n in counts.items()},
    })
