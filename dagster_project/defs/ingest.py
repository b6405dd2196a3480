"""Asset: raw landing-day files -> normalized `articles` (+ `duplicates`, `rejected_records`,
`field_warnings`) in the lake."""


import hashlib
from datetime import date

import polars as pl
from dagster import (
    AssetCheckResult,
    AssetCheckSpec,
    AssetExecutionContext,
    DataVersion,
    Failure,
    MaterializeResult,
    MetadataValue,
    asset,
)

from .. import lake, live
from ..ingest import INGEST_VERSION
from ..ingest.normalize import RecordLimits, normalize
from ..readers import landing_files, read_landing_day
from ..readers.base import progress_to
from .checks import article_check_results, article_check_specs, article_keys_result
from .metadata import markdown_table
from .partitions import LANDING_DAY, landing_day_fingerprint, landing_days
from .resources import NewsPaths

PROGRESS_EVERY = 10_000
PER_FILE_ROWS = 50


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def ingest_files_frame(counts: pl.DataFrame, day: str) -> pl.DataFrame:
    """One row per file of the landing day: records read, accepted, duplicates, rejected."""
    return counts.select(pl.lit(date.fromisoformat(day)).alias("landing_day"), "file", "read", "accepted",
                         "duplicates", "rejected")


def per_file_top(counts: pl.DataFrame) -> pl.DataFrame:
    """The files an operator looks at first: most rejected, then most duplicates, then by name."""
    return counts.sort(["rejected", "duplicates", "file"], descending=[True, True, False]).head(PER_FILE_ROWS)


def _with_progress(items, context: AssetExecutionContext, folder, day: str):
    """Log each new file and every 10,000 records so long landing days show progress; tell the
    build's progress bar (`live`) the records read and the bytes of the files finished."""
    sizes = {}
    if live.active():
        for path in landing_files(folder):
            try:
                sizes[path.relative_to(folder).as_posix()] = path.lstat().st_size
            except OSError:
                pass
    total = sum(sizes.values()) or None
    current, n, files, finished = None, 0, 0, 0

    def tell(force: bool = False) -> None:
        live.report(day, "articles", finished, total, f"{n:,} records, file {files}/{len(sizes)}", force=force)

    for item in items:
        if item.file != current:
            finished += sizes.get(current, 0) if current is not None else 0
            current = item.file
            files += 1
            context.log.info(f"reading {current}")
            tell(force=files == 1)
        n += 1
        if n % PROGRESS_EVERY == 0:
            context.log.info(f"{n:,} records read")
        if n % 500 == 0:
            tell()
        yield item
    finished = total or 0
    tell(force=True)


def articles_data_version(arts: pl.DataFrame) -> DataVersion:
    """A data version from what downstream assets read (ids, content hashes, titles, dates), so
    re-ingesting identical articles keeps the extraction partitions in sync and changed ones mark
    them unsynced. (With a code version and no upstream, Dagster would otherwise give every
    materialization the same data version.)"""
    cols = ["article_id", "content_hash", "title", "published_at", "source", "url", "language"]
    digest = hashlib.sha256(INGEST_VERSION.encode())
    for row in arts.select(cols).sort("article_id").iter_rows():
        digest.update(repr(row).encode())
    return DataVersion(digest.hexdigest()[:24])


@asset(
    partitions_def=landing_days,
    group_name="ingest",
    kinds={"parquet", "polars"},
    code_version=INGEST_VERSION,
    check_specs=[
        AssetCheckSpec("every_record_accounted_for", asset="articles",
                       description="Per file: records read (counted from the file where its format "
                       "allows) = accepted + duplicates + rejected."),
        AssetCheckSpec("article_ids_unique", asset="articles",
                       description="article_id and content_hash are never null nor repeated in the partition."),
        *article_check_specs(),
    ],
    description="Every file of the landing day read by its format's reader and normalized: "
    "one row per article; exact duplicates and rejected records go to their own lake tables.",
)
def articles(context: AssetExecutionContext, paths: NewsPaths) -> MaterializeResult:
    day = context.partition_key
    if not LANDING_DAY.match(day) or not _is_date(day):
        # The UI's "Add a partition" accepts any text; a landing day is a date (a folder of data/raw/).
        raise Failure(f"partition {day!r} is not a landing day (YYYY-MM-DD, the name of a folder of the raw "
                      "directory); delete it from the UI (asset > Partitions) or with `python -m dagster_project "
                      "days --prune`")
    folder = paths.landing_dir(day)
    # Taken before reading: the landing-day sensor compares it with the folder's current state.
    fingerprint, _, _ = landing_day_fingerprint(folder)
    if not folder.is_dir():
        context.log.warning(f"no landing folder {folder}: the partition is written empty")
        items = iter(())
    else:
        items = _with_progress(read_landing_day(folder), context, folder, day)
    limits = RecordLimits.from_env()
    with progress_to(context.log.info):  # long files without records (blank lines) still log
        result = normalize(items, date.fromisoformat(day), limits=limits)

    lake.write_partition(result.articles.drop("file", "position"), paths.lake_dir, "articles", day)
    lake.write_partition(result.duplicates, paths.lake_dir, "duplicates", day)
    lake.write_partition(result.rejected, paths.lake_dir, "rejected_records", day)
    lake.write_partition(result.warnings, paths.lake_dir, "field_warnings", day)
    counts = result.file_counts
    # Every file's accounting, for the warehouse's ingest_files (the metadata holds only the top).
    lake.write_partition(ingest_files_frame(counts, day), paths.lake_dir, "ingest_files", day)

    unbalanced = counts.filter(pl.col("read") != pl.col("accepted") + pl.col("duplicates") + pl.col("rejected"))
    reasons = (
        result.rejected.group_by("reason").len("n").sort("n", descending=True).head(20).to_dicts()
        if result.rejected.height else []
    )
    n_articles = result.articles.height
    context.log.info(
        f"{day}: {n_articles:,} articles, {result.duplicates.height:,} duplicates, "
        f"{result.rejected.height:,} rejected from {counts.height:,} files"
        + (f", {result.warnings.height:,} values left null (see field_warnings)" if result.warnings.height else "")
    )
    return MaterializeResult(
        data_version=articles_data_version(result.articles),
        metadata={
            "dagster/row_count": n_articles,
            "raw_fingerprint": fingerprint,
            "ingest_version": INGEST_VERSION,
            "duplicates": result.duplicates.height,
            "rejected": result.rejected.height,
            "field_warnings": result.warnings.height,
            "files": counts.height,
            "per_file": markdown_table(per_file_top(counts), max_rows=PER_FILE_ROWS),
            "per_file_note": f"top {min(PER_FILE_ROWS, counts.height)} of {counts.height} files by rejected, "
                             "then duplicates; all of them: the warehouse's ingest_files table",
            "rejected_reasons": MetadataValue.json(reasons),
            "preview": markdown_table(result.articles.select("external_id", "source", "title", "published_at")),
        },
        check_results=[
            AssetCheckResult(
                check_name="every_record_accounted_for",
                passed=unbalanced.height == 0,
                metadata={"files": counts.height, "unbalanced_files": unbalanced.height,
                          "unbalanced": MetadataValue.json(unbalanced.head(20).to_dicts())},
            ),
            article_keys_result(result.articles),
            *article_check_results(result.articles, paths.lake_dir, day),
        ],
    )
