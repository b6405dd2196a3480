"""Asset: the published DuckDB warehouse, the single writer of the DuckDB file."""


from dagster import AssetExecutionContext, MaterializeResult, MetadataValue, asset

from ..warehouse.publish import publish
from .resources import NewsPaths


@asset(
    group_name="warehouse",
    kinds={"duckdb"},
    deps=["articles", "visits", "documents", "trade_energy_mentions"],
    # One writer per DuckDB file: every run that publishes queues on this pool (limit 1).
    pool="warehouse_writer",
    description="The DuckDB warehouse analysts open: built from the whole lake into a new file, "
    "then swapped in atomically so open readers and failed builds never break it.",
)
def warehouse(context: AssetExecutionContext, paths: NewsPaths) -> MaterializeResult:
    counts = publish(paths.lake_dir, paths.warehouse_path, log=context.log.info)
    return MaterializeResult(metadata={
        "path": MetadataValue.path(paths.warehouse_path),
        "dagster/row_count": counts.get("articles", 0),
        **{f"rows/{name}": n for name, n in counts.items()},
    })
