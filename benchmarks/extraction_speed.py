"""Extraction speed on real articles (not a test): MB/s of article text, articles/s, peak RSS.

    .venv/bin/python benchmarks/extraction_speed.py [--limit N]

Reads Reuters-21578 and the White House corpus from ../shared/corpora with the project's own
readers (cached as Parquet under /tmp so repeated runs time extraction only), then runs the
extraction stage (sentences, visits, documents, trade/energy) over them in batches.
"""

from __future__ import annotations

import argparse
import resource
import time
from datetime import date
from pathlib import Path

import polars as pl

from dagster_project.extraction.pipeline import default_workers, extract_facts
from dagster_project.extraction.sentences import sentences_frame
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
    ap.add_argument("--batch", type=int, default=20000)
    ap.add_argument("--workers", type=int, default=default_workers())
    args = ap.parse_args()
    arts = load_articles()
    if args.limit:
        arts = arts.head(args.limit)
    mb = arts["text"].str.len_bytes().sum() / 1e6
    print(f"{arts.height:,} articles, {mb:.1f} MB of text")
    from dagster_project.extraction.entities import gazetteer

    t = time.perf_counter()
    gazetteer()
    print(f"gazetteer built in {time.perf_counter() - t:.2f} s")
    stages = {"sentences": 0.0, "facts": 0.0}
    cpu_start = time.process_time()
    rows = {"sentences": 0, "visits": 0, "documents": 0, "trade_energy_mentions": 0}
    for off in range(0, arts.height, args.batch):
        batch = arts.slice(off, args.batch)
        t = time.perf_counter()
        sents = sentences_frame(batch)
        stages["sentences"] += time.perf_counter() - t
        rows["sentences"] += sents.height
        t = time.perf_counter()
        for name, frame in extract_facts(batch, sents, workers=args.workers).items():
            rows[name] += frame.height
        stages["facts"] += time.perf_counter() - t
    total = sum(stages.values())
    print(f"{'stage':14s} {'seconds':>8s} {'MB/s':>8s}")
    for name, sec in stages.items():
        print(f"{name:14s} {sec:8.2f} {mb / sec:8.2f}")
    print("rows: " + ", ".join(f"{k} {v:,}" for k, v in rows.items()))
    print(f"{'extraction':14s} {total:8.2f} {mb / total:8.2f}   ({arts.height / total:,.0f} articles/s, "
          f"{args.workers} worker(s))")
    cpu = time.process_time() - cpu_start
    print(f"CPU time of this process {cpu:.1f} s ({mb / cpu:.2f} MB per CPU-second; workers' CPU not included)")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")


if __name__ == "__main__":
    main()
