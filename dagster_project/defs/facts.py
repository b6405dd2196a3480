"""The three fact assets (visits, documents, trade_energy_mentions) of a landing day.

They are one multi-asset because they share the expensive part: each article's entities and
actors are found once and used by all three extractors (see extraction/pipeline.py). Each
table is still its own asset in the graph, with its own metadata and checks.
"""

import polars as pl
from dagster import (
    AssetCheckResult,
    AssetCheckSpec,
    AssetExecutionContext,
    AssetSpec,
    MaterializeResult,
    multi_asset,
)

from .. import lake
from ..extraction import EXTRACTOR_VERSION
from ..extraction.pipeline import extract_facts
from ..extraction.vocabulary import DOCUMENTS_VOCAB, MENTIONS_VOCAB, VISITS_VOCAB
from .metadata import markdown_table
from .partitions import landing_days
from .resources import NewsPaths

FACT_TABLES = {
    "visits": dict(
        vocab=VISITS_VOCAB,
        preview=["visitor_name", "visitor_iso3", "destination_iso3", "host_name", "cities", "status"],
        description="One row per (article, visitor, destination country): who travelled where, hosted by "
        "whom, which cities, and whether the trip is planned, ongoing, completed or cancelled.",
    ),
    "documents": dict(
        vocab=DOCUMENTS_VOCAB,
        preview=["doc_type", "parties", "status", "sentence"],
        description="One row per document an article reports as signed, issued or to be signed, with its "
        "type, state parties and status.",
    ),
    "trade_energy_mentions": dict(
        vocab=MENTIONS_VOCAB,
        preview=["category", "commodity", "countries", "infrastructure", "amount_text"],
        description="One row per (article, category, commodity) the article talks about substantively, "
        "with the countries involved, named infrastructure and any amount.",
    ),
}


def vocabulary_expr(vocab: dict[str, frozenset[str | None]]) -> pl.Expr:
    ok = pl.lit(True)
    for col, allowed in vocab.items():
        values = [v for v in allowed if v is not None]
        cond = pl.col(col).is_in(values)
        if None in allowed:
            cond = cond | pl.col(col).is_null()
        ok = ok & cond.fill_null(False)
    return ok


def fact_checks(name: str, facts: pl.DataFrame, arts: pl.DataFrame) -> list[AssetCheckResult]:
    """Checks of one fact table over this partition only."""
    bad_vocab = facts.filter(~vocabulary_expr(FACT_TABLES[name]["vocab"])).height
    spans = facts.join(arts.select("article_id", pl.col("text").str.len_chars().alias("n")),
                       on="article_id", how="left")
    bad_spans = spans.filter(
        pl.col("n").is_null() | (pl.col("sentence_start") < 0) | (pl.col("sentence_end") > pl.col("n"))
        | (pl.col("sentence_start") >= pl.col("sentence_end"))
    ).height
    return [
        AssetCheckResult(asset_key=name, check_name="vocabulary", passed=bad_vocab == 0,
                         metadata={"bad_rows": bad_vocab}),
        AssetCheckResult(asset_key=name, check_name="evidence_in_article", passed=bad_spans == 0,
                         metadata={"bad_rows": bad_spans}),
    ]


def _check_specs(name: str) -> list[AssetCheckSpec]:
    return [
        AssetCheckSpec("vocabulary", asset=name, description="Coded columns use the contract's vocabulary."),
        AssetCheckSpec("evidence_in_article", asset=name,
                       description="Every evidence span lies inside its article's text."),
    ]


@multi_asset(
    specs=[
        AssetSpec(name, deps=["articles", "sentences"], description=cfg["description"], group_name="extract",
                  kinds={"parquet", "polars"}, code_version=EXTRACTOR_VERSION)
        for name, cfg in FACT_TABLES.items()
    ],
    check_specs=[spec for name in FACT_TABLES for spec in _check_specs(name)],
    partitions_def=landing_days,
    can_subset=False,
)
def facts(context: AssetExecutionContext, paths: NewsPaths):
    day = context.partition_key
    arts = lake.read_partition(paths.lake_dir, "articles", day)
    sents = lake.read_partition(paths.lake_dir, "sentences", day)
    tables = extract_facts(arts, sents)
    for name, frame in tables.items():
        lake.write_partition(frame, paths.lake_dir, name, day)
        context.log.info(f"{day}: {frame.height:,} {name} rows from {arts.height:,} articles")
        yield MaterializeResult(
            asset_key=name,
            metadata={
                "dagster/row_count": frame.height,
                "articles": arts.height,
                "extractor_version": EXTRACTOR_VERSION,
                "preview": markdown_table(frame.select(FACT_TABLES[name]["preview"])),
            },
            check_results=fact_checks(name, frame, arts),
        )
