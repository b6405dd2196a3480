"""The three fact assets share one shape: read the day's articles and sentences, run a pure
extractor, write its frame to the lake, report counts and checks."""


from collections.abc import Callable

import polars as pl
from dagster import (
    AssetCheckResult,
    AssetCheckSpec,
    AssetExecutionContext,
    AssetsDefinition,
    MaterializeResult,
    asset,
)

from .. import lake
from ..extraction import EXTRACTOR_VERSION
from .metadata import markdown_table
from .partitions import landing_days
from .resources import NewsPaths

Extractor = Callable[[pl.DataFrame, pl.DataFrame], pl.DataFrame]


def vocabulary_expr(vocab: dict[str, frozenset[str | None]]) -> pl.Expr:
    ok = pl.lit(True)
    for col, allowed in vocab.items():
        values = [v for v in allowed if v is not None]
        cond = pl.col(col).is_in(values)
        if None in allowed:
            cond = cond | pl.col(col).is_null()
        ok = ok & cond.fill_null(False)
    return ok


def fact_asset(name: str, extractor: Extractor, vocab: dict[str, frozenset[str | None]], preview: list[str],
               description: str) -> AssetsDefinition:
    @asset(
        name=name,
        partitions_def=landing_days,
        group_name="extract",
        kinds={"parquet", "polars"},
        deps=["articles", "sentences"],
        code_version=EXTRACTOR_VERSION,
        description=description,
        check_specs=[
            AssetCheckSpec("vocabulary", asset=name, description="Coded columns use the contract's vocabulary."),
            AssetCheckSpec("evidence_in_article", asset=name,
                           description="Every evidence span lies inside its article's text."),
        ],
    )
    def _fact(context: AssetExecutionContext, paths: NewsPaths) -> MaterializeResult:
        day = context.partition_key
        arts = lake.read_partition(paths.lake_dir, "articles", day)
        sents = lake.read_partition(paths.lake_dir, "sentences", day)
        facts = extractor(arts, sents)
        lake.write_partition(facts, paths.lake_dir, name, day)

        bad_vocab = facts.filter(~vocabulary_expr(vocab)).height
        spans = facts.join(arts.select("article_id", pl.col("text").str.len_chars().alias("n")),
                           on="article_id", how="left")
        bad_spans = spans.filter(
            pl.col("n").is_null() | (pl.col("sentence_start") < 0) | (pl.col("sentence_end") > pl.col("n"))
            | (pl.col("sentence_start") >= pl.col("sentence_end"))
        ).height
        context.log.info(f"{day}: {facts.height:,} {name} rows from {arts.height:,} articles")
        return MaterializeResult(
            metadata={
                "dagster/row_count": facts.height,
                "articles": arts.height,
                "extractor_version": EXTRACTOR_VERSION,
                "preview": markdown_table(facts.select(preview)),
            },
            check_results=[
                AssetCheckResult(check_name="vocabulary", passed=bad_vocab == 0, metadata={"bad_rows": bad_vocab}),
                AssetCheckResult(check_name="evidence_in_article", passed=bad_spans == 0,
                                 metadata={"bad_rows": bad_spans}),
            ],
        )

    return _fact
