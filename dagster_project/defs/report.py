"""Asset: the HTML report analysts open in a browser, written from the published warehouse."""

from dagster import AssetExecutionContext, MaterializeResult, MetadataValue, asset

from ..report.write import write_report
from .resources import NewsPaths


@asset(
    group_name="warehouse",
    kinds={"html"},
    deps=["warehouse"],
    description="One self-contained HTML file (no network needed): a world map of the trips, visits per month, "
    "the most active country pairs, documents, trade/energy and sanctions over time, and the newest events "
    "with their evidence. Reads the warehouse read-only; every chart names the tables it reads.",
)
def report(context: AssetExecutionContext, paths: NewsPaths) -> MaterializeResult:
    out = paths.report_file()
    summary = write_report(paths.warehouse_path, out)
    context.log.info("wrote %s (%d bytes, charts %s, no rows for %s)", out, summary.bytes,
                     ", ".join(summary.charts), ", ".join(summary.empty) or "none")
    resolved = out.resolve()
    return MaterializeResult(metadata={
        # the path to copy, and a link the UI opens (the browser may refuse file: links from an
        # http page; the path is then the one to paste)
        "path": MetadataValue.path(str(resolved)),
        "url": MetadataValue.url(resolved.as_uri()),
        "bytes": summary.bytes,
        "charts": MetadataValue.json({"drawn": summary.charts, "no_rows": summary.empty}),
        **{f"rows/{name}": n for name, n in summary.rows.items()},
    })
