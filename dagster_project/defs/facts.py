"""The three fact assets (visits, documents, trade_energy_mentions) of a landing day.

They are one multi-asset because they share the expensive part: each article's entities and
actors are found once and used by all three extractors (see extraction/pipeline.py). Each
table is still its own asset in the graph, with its own metadata and checks.
"""

from dagster import (
    AssetCheckKey,
    AssetExecutionContext,
    AssetKey,
    AssetSpec,
    MaterializeResult,
    multi_asset,
)

from .. import lake, live
from ..extraction import EXTRACTOR_VERSION
from ..extraction.pipeline import extract_facts
from ..extraction.workers import default_workers
from .checks import fact_check_results, fact_check_specs
from .metadata import markdown_table
from .partitions import landing_days
from .resources import NewsPaths

FACT_TABLES = {
    "visits": dict(
        preview=["visitor_name", "visitor_iso3", "destination_iso3", "host_name", "cities", "status"],
        description="One row per (article, visitor, destination country): who travelled where, hosted by "
        "whom, which cities, and whether the trip is planned, ongoing, completed or cancelled.",
    ),
    "documents": dict(
        preview=["doc_type", "parties", "status", "sentence"],
        description="One row per document an article reports as signed, issued or to be signed, with its "
        "type, state parties and status.",
    ),
    "trade_energy_mentions": dict(
        preview=["category", "commodity", "countries", "infrastructure", "amount_text"],
        description="One row per (article, category, commodity) the article talks about substantively, "
        "with the countries involved, named infrastructure and any amount.",
    ),
}


@multi_asset(
    specs=[
        AssetSpec(name, deps=["articles", "sentences"], description=cfg["description"], group_name="extract",
                  kinds={"parquet", "polars"}, code_version=EXTRACTOR_VERSION)
        for name, cfg in FACT_TABLES.items()
    ],
    check_specs=[spec for name in FACT_TABLES for spec in fact_check_specs(name)],
    partitions_def=landing_days,
    # Subsettable so that UI backfills of any selection launch (Dagster compares the targeted
    # subsets of a non-subsettable multi-asset and refuses mismatches); a subset run still
    # extracts once and writes only the selected tables.
    can_subset=True,
)
def facts(context: AssetExecutionContext, paths: NewsPaths):
    day = context.partition_key
    selected = {key.to_user_string() for key in context.selected_asset_keys}
    selected_checks = set(context.selected_asset_check_keys)
    arts = lake.read_partition(paths.lake_dir, "articles", day)
    sents = lake.read_partition(paths.lake_dir, "sentences", day)
    context.log.info(f"{day}: extracting facts from {arts.height:,} articles ({sents.height:,} sentences)")
    tables = extract_facts(arts, sents, tables=[t for t in FACT_TABLES if t in selected],
                           workers=default_workers(), progress=context.log.info,
                           tick=lambda done, total: live.report(day, "facts", done, total,
                                                                f"{done:,} of {total:,} articles"))
    for name, frame in tables.items():
        lake.write_partition(frame, paths.lake_dir, name, day)
    # one log line for all tables: every log line is an event the instance stores
    context.log.info(f"{day}: " + ", ".join(f"{frame.height:,} {name}" for name, frame in tables.items())
                     + f" rows from {arts.height:,} articles")
    for name, frame in tables.items():
        checks = [c for c in fact_check_results(name, frame, arts, paths.lake_dir, day)
                  if AssetCheckKey(AssetKey(name), c.check_name) in selected_checks]
        yield MaterializeResult(
            asset_key=name,
            metadata={
                "dagster/row_count": frame.height,
                "articles": arts.height,
                "extractor_version": EXTRACTOR_VERSION,
                "preview": markdown_table(frame.select(FACT_TABLES[name]["preview"])),
            },
            check_results=checks,
        )
