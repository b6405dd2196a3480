"""Extraction speed on real articles (not a test): MB/s of article text, articles/s, peak RSS.

    .venv/bin/python benchmarks/extraction_speed.py [--limit N]

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
from dagster_project.extraction.pipeline import default_workers, extract_all
from dagster_project.extraction.sentences import sentences_frame
from dagster_project.extraction.workers import shutdown, warm_up
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
    t = time.perf_counter()
    for off in range(0, arts.height, args.batch):
        for name, frame in extract_all(arts.slice(off, args.batch), workers=args.workers).items():
            rows[name] = rows.get(name, 0) + frame.height
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


if __name__ == "__main__":
    main()
