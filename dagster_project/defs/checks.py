"""Data-quality checks of one landing-day partition, reported as Dagster asset checks.

Every check reads only the partition being materialized (the frames the asset has just written,
plus the same day's articles for the facts) and, for the row-count check, the row count of the
previous landing day's partition from its Parquet metadata: never the whole history. The
assets declare `check_specs(...)` and return `..._check_results(...)` in their
MaterializeResult, so every partition's results show in the UI next to its materialization.

| check | on | fails when | severity |
|---|---|---|---|
| article_ids_unique | articles | an article_id or content_hash is null or repeated | ERROR |
| keys_not_null_unique | facts | the row id or article_id is null, or the row id repeats | ERROR |
| vocabulary | facts | a coded column is outside the contract's vocabulary | ERROR |
| evidence_in_article | facts | the evidence span is not inside the article's text, or is not the sentence | ERROR |
| article_exists | facts | the row's article is not among the same day's articles | ERROR |
| iso3_in_dim_country | facts | an ISO3 code is not in the country reference (dim_country) | ERROR |
| row_count_vs_previous_day | all four | fewer than half the rows of the previous landing day (when it had 20 or more) | WARN |
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import polars as pl
from dagster import AssetCheckResult, AssetCheckSeverity, AssetCheckSpec, MetadataValue

from .. import lake, reference
from ..extraction.vocabulary import DOCUMENTS_VOCAB, MENTIONS_VOCAB, VISITS_VOCAB

# The row id of each fact table, its ISO3 columns (scalar or list) and its vocabularies.
FACT_KEYS = {"visits": "visit_id", "documents": "document_id", "trade_energy_mentions": "mention_id"}
FACT_ISO3 = {
    "visits": ("visitor_iso3", "destination_iso3"),
    "documents": ("parties",),
    "trade_energy_mentions": ("countries",),
}
FACT_VOCAB = {"visits": VISITS_VOCAB, "documents": DOCUMENTS_VOCAB, "trade_energy_mentions": MENTIONS_VOCAB}

# A "sharp drop": fewer than DROP_RATIO times the previous landing day's rows, when that day had
# at least MIN_PREVIOUS_ROWS (small days swing too much to say anything).
DROP_RATIO = 0.5
MIN_PREVIOUS_ROWS = 20
EXAMPLES = 5


@cache
def known_iso3() -> frozenset[str]:
    return frozenset(reference.countries_by_iso3())


# ---- the checks as plain functions over frames (tested without Dagster) -------------------------

def vocabulary_expr(vocab: dict[str, frozenset[str | None]]) -> pl.Expr:
    ok = pl.lit(True)
    for col, allowed in vocab.items():
        values = [v for v in allowed if v is not None]
        cond = pl.col(col).is_in(values)
        if None in allowed:
            cond = cond | pl.col(col).is_null()
        ok = ok & cond.fill_null(False)
    return ok


def key_problems(df: pl.DataFrame, key: str, not_null: tuple[str, ...] = ()) -> dict[str, int]:
    """Rows whose key or not-null columns are null, and rows whose key repeats another row's."""
    nulls = df.filter(pl.any_horizontal(pl.col(c).is_null() for c in (key, *not_null))).height if df.height else 0
    keyed = df.filter(pl.col(key).is_not_null())
    return {"null_keys": nulls, "duplicate_keys": keyed.height - keyed[key].n_unique() if keyed.height else 0}


def bad_evidence(facts: pl.DataFrame, arts: pl.DataFrame) -> pl.DataFrame:
    """Fact rows whose span is missing, outside the article's text, or does not give back `sentence`."""
    if facts.height == 0:
        return facts
    joined = facts.join(arts.select("article_id", pl.col("text").alias("_text")), on="article_id", how="left")
    start, end = pl.col("sentence_start"), pl.col("sentence_end")
    inside = (
        pl.col("_text").is_not_null() & start.is_not_null() & end.is_not_null()
        & (start >= 0) & (start < end) & (end <= pl.col("_text").str.len_chars())
    ).fill_null(False)
    same = (pl.col("_text").str.slice(start, end - start) == pl.col("sentence")).fill_null(False)
    return joined.filter(~(inside & same)).drop("_text")


def orphans(facts: pl.DataFrame, arts: pl.DataFrame) -> pl.DataFrame:
    """Fact rows whose article is not in the same landing day's articles."""
    return facts.join(arts.select("article_id"), on="article_id", how="anti")


def unknown_codes(facts: pl.DataFrame, columns: tuple[str, ...], known: frozenset[str]) -> list[str]:
    """ISO3 codes used in `columns` (nulls ignored) that the country reference does not know."""
    codes: set[str] = set()
    for col in columns:
        series = facts[col]
        if isinstance(series.dtype, pl.List):
            series = series.explode()
        codes.update(v for v in series.drop_nulls().unique().to_list())
    return sorted(codes - known)


def previous_partition(lake_dir: str | Path, table: str, day: str) -> tuple[str, int] | None:
    """(landing day, row count) of the latest partition of `table` before `day`, from Parquet metadata."""
    earlier = [d for d in lake.partition_days(lake_dir, table) if d < day]
    if not earlier:
        return None
    prev = earlier[-1]
    return prev, lake.partition_row_count(lake_dir, table, prev)


def sharp_drop(rows: int, previous_rows: int | None) -> bool:
    return previous_rows is not None and previous_rows >= MIN_PREVIOUS_ROWS and rows < DROP_RATIO * previous_rows


# ---- Dagster specs and results ---------------------------------------------------------------

def _examples(values) -> MetadataValue:
    return MetadataValue.json([str(v) for v in list(values)[:EXAMPLES]])


def row_count_spec(asset: str) -> AssetCheckSpec:
    return AssetCheckSpec(
        "row_count_vs_previous_day", asset=asset,
        description=f"Warns when the partition has fewer than {DROP_RATIO:.0%} of the rows of the previous "
        f"landing day's partition (when that one had at least {MIN_PREVIOUS_ROWS}).")


def row_count_result(asset: str, rows: int, lake_dir: str | Path, day: str) -> AssetCheckResult:
    prev = previous_partition(lake_dir, asset, day)
    prev_day, prev_rows = prev if prev else (None, None)
    metadata = {"rows": rows, "previous_landing_day": prev_day or "none", "previous_rows": prev_rows or 0}
    if prev_rows:
        metadata["ratio"] = round(rows / prev_rows, 3)
    return AssetCheckResult(asset_key=asset, check_name="row_count_vs_previous_day",
                            passed=not sharp_drop(rows, prev_rows), severity=AssetCheckSeverity.WARN,
                            metadata=metadata)


def article_check_specs() -> list[AssetCheckSpec]:
    return [row_count_spec("articles")]


def article_keys_result(arts: pl.DataFrame) -> AssetCheckResult:
    """article_id and content_hash: never null, never repeated within the landing day."""
    by_id = key_problems(arts, "article_id", ("content_hash",))
    by_text = key_problems(arts, "content_hash")
    return AssetCheckResult(
        asset_key="articles", check_name="article_ids_unique", severity=AssetCheckSeverity.ERROR,
        passed=by_id["null_keys"] == 0 and by_id["duplicate_keys"] == 0 and by_text["duplicate_keys"] == 0,
        metadata={"null_keys": by_id["null_keys"], "duplicate_article_ids": by_id["duplicate_keys"],
                  "duplicate_content_hashes": by_text["duplicate_keys"]})


def article_check_results(arts: pl.DataFrame, lake_dir: str | Path, day: str) -> list[AssetCheckResult]:
    return [row_count_result("articles", arts.height, lake_dir, day)]


def fact_check_specs(name: str) -> list[AssetCheckSpec]:
    key = FACT_KEYS[name]
    return [
        AssetCheckSpec("keys_not_null_unique", asset=name,
                       description=f"{key} and article_id are never null and {key} is unique in the partition."),
        AssetCheckSpec("vocabulary", asset=name, description="Coded columns use the contract's vocabulary."),
        AssetCheckSpec("evidence_in_article", asset=name,
                       description="Every evidence span lies inside its article's text and gives back the "
                       "sentence column."),
        AssetCheckSpec("article_exists", asset=name,
                       description="Every row's article is among the same landing day's articles."),
        AssetCheckSpec("iso3_in_dim_country", asset=name,
                       description=f"Every ISO3 code ({', '.join(FACT_ISO3[name])}) exists in the country "
                       "reference (dim_country)."),
        row_count_spec(name),
    ]


def fact_check_results(name: str, facts: pl.DataFrame, arts: pl.DataFrame, lake_dir: str | Path,
                       day: str) -> list[AssetCheckResult]:
    """The checks of one fact table over this partition only."""
    key = FACT_KEYS[name]
    keys = key_problems(facts, key, ("article_id",))
    bad_vocab = facts.filter(~vocabulary_expr(FACT_VOCAB[name])) if facts.height else facts
    bad_spans = bad_evidence(facts, arts)
    missing = orphans(facts, arts)
    unknown = unknown_codes(facts, FACT_ISO3[name], known_iso3())
    error = AssetCheckSeverity.ERROR
    return [
        AssetCheckResult(asset_key=name, check_name="keys_not_null_unique", severity=error,
                         passed=keys["null_keys"] == 0 and keys["duplicate_keys"] == 0, metadata=keys),
        AssetCheckResult(asset_key=name, check_name="vocabulary", severity=error, passed=bad_vocab.height == 0,
                         metadata={"bad_rows": bad_vocab.height,
                                   "examples": _examples(bad_vocab.select(list(FACT_VOCAB[name])).rows())}),
        AssetCheckResult(asset_key=name, check_name="evidence_in_article", severity=error,
                         passed=bad_spans.height == 0,
                         metadata={"bad_rows": bad_spans.height, "examples": _examples(bad_spans[key])}),
        AssetCheckResult(asset_key=name, check_name="article_exists", severity=error, passed=missing.height == 0,
                         metadata={"bad_rows": missing.height, "examples": _examples(missing["article_id"])}),
        AssetCheckResult(asset_key=name, check_name="iso3_in_dim_country", severity=error, passed=not unknown,
                         metadata={"unknown_codes": len(unknown), "examples": _examples(unknown)}),
        row_count_result(name, facts.height, lake_dir, day),
    ]
