"""Extraction speed on real articles (not a test): MB/s of article text, articles/s, peak RSS.

    .venv/bin/python benchmarks/extraction_speed.py [--limit N] [--workers N]
        [--save-tables DIR] [--compare-tables DIR]

--save-tables/--compare-tables check that a faster version extracts the same rows: save the
tables with one version (git checkout), compare with another.

Reads Reuters-21578 and the White House corpus from ../shared/corpora with the project's own
readers (cached as Parquet under /tmp so repeated runs time extraction only), then runs the
extraction stage (sentences, visits, documents, trade/energy) over them in batches, each batch
spread over the worker processes (one per core by default). Worker start-up is a one-off cost
per process and is printed on its own line.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from datetime import date
from pathlib import Path

import polars as pl

from dagster_project.extraction.entities import gazetteer
from dagster_project.extraction.pipeline import extract_all
from dagster_project.extraction.sentences import sentences_frame
from dagster_project.extraction.workers import default_workers, shutdown, warm_up
from dagster_project.ingest.normalize import normalize
from dagster_project.readers import read_landing_day

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
CACHE = Path("/tmp/news-warehouse-bench/articles.parquet")


def load_articles() -> pl.DataFrame:
    if CACHE.exists():
        return pl.read_parquet(CACHE)
    frames = []
    for folder in ("reuters21578/sgm-data", "whitehouse_briefing_room"):
        result = normalize(read_landing_day(CORPORA / folder), date(2026, 1, 1))
        frames.append(result.articles)
    arts = pl.concat(frames)
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    arts.write_parquet(CACHE)
    return arts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--batch", type=int, default=20000, help="articles handed to extraction at once")
    ap.add_argument("--workers", type=int, default=default_workers())
    ap.add_argument("--save-tables", metavar="DIR", help="write the three fact tables as Parquet to DIR")
    ap.add_argument("--compare-tables", metavar="DIR",
                    help="compare the fact tables row for row with those saved in DIR (by another version)")
    args = ap.parse_args()
    arts = load_articles()
    if args.limit:
        arts = arts.head(args.limit)
    mb = arts["text"].str.len_bytes().sum() / 1e6
    print(f"{arts.height:,} articles, {mb:.1f} MB of text (Reuters-21578 + White House), "
          f"{args.workers} worker process(es), {os.cpu_count()} cores")

    t = time.perf_counter()
    gazetteer()
    warm_up(args.workers)
    print(f"start-up (once per process): gazetteer and {args.workers} worker(s) in {time.perf_counter() - t:.2f} s")

    t = time.perf_counter()
    sentences_frame(arts)
    split_s = time.perf_counter() - t

    rows: dict[str, int] = {}
    tables: dict[str, list[pl.DataFrame]] = {}
    t = time.perf_counter()
    for off in range(0, arts.height, args.batch):
        for name, frame in extract_all(arts.slice(off, args.batch), workers=args.workers).items():
            rows[name] = rows.get(name, 0) + frame.height
            if name != "sentences":
                tables.setdefault(name, []).append(frame)
    total = time.perf_counter() - t
    shutdown()  # reap the workers so their CPU time and peak RSS are counted below

    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
    print(f"{'stage':34s} {'seconds':>8s} {'MB/s':>8s}")
    print(f"{'sentences alone (vectorized)':34s} {split_s:8.2f} {mb / split_s:8.2f}")
    print(f"{'extraction (sentences + facts)':34s} {total:8.2f} {mb / total:8.2f}   "
          f"({arts.height / total:,.0f} articles/s)")
    print("rows: " + ", ".join(f"{k} {v:,}" for k, v in rows.items()))
    print(f"CPU time, this process and its workers: {cpu:.1f} s in all ({mb / cpu:.2f} MB per CPU-second, "
          "start-up and the reading of the cache included)")
    print(f"peak RSS: this process {me.ru_maxrss / 1024:,.0f} MB, largest worker {kids.ru_maxrss / 1024:,.0f} MB")
    facts = {name: pl.concat(parts) for name, parts in tables.items()}
    if args.save_tables:
        Path(args.save_tables).mkdir(parents=True, exist_ok=True)
        for name, frame in facts.items():
            frame.write_parquet(Path(args.save_tables) / f"{name}.parquet")
        print(f"fact tables written to {args.save_tables}")
    if args.compare_tables:
        for name, frame in facts.items():
            print(f"{name}: {compare(frame, pl.read_parquet(Path(args.compare_tables) / f'{name}.parquet'))}")


def compare(new: pl.DataFrame, old: pl.DataFrame) -> str:
    """Row-for-row comparison, order and extractor_version aside."""
    new, old = new.drop("extractor_version"), old.drop("extractor_version")
    if new.columns != old.columns:
        return f"different columns: {old.columns} -> {new.columns}"
    only_new = new.join(old, on=new.columns, how="anti", nulls_equal=True).height
    only_old = old.join(new, on=new.columns, how="anti", nulls_equal=True).height
    if only_new == only_old == 0 and new.height == old.height:
        return f"identical ({new.height:,} rows)"
    return f"{old.height:,} -> {new.height:,} rows; {only_old:,} only before, {only_new:,} only now"


if __name__ == "__main__":
    main()
