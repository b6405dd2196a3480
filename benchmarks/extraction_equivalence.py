"""Do two versions of the extraction code give the same rows? (a check for speed work)

    .venv/bin/python benchmarks/extraction_equivalence.py --old ../main [--new .] [--workers N]
        [--sample N] [--bench]

Reads the inputs once with this checkout's readers (cached as Parquet under /tmp): the development
articles (../shared/eval/dev_articles.jsonl) and a deterministic sample of about 3,000 articles of
the shared corpora (Reuters-21578 .sgm, BBC .txt, White House Markdown, TempEval TimeML, the HTML
benchmark pages; per corpus the articles whose id hashes lowest), with --bench also the 26,652
articles of `extraction_speed.py`. Then runs `extract_all` of each version in its own process
(PYTHONPATH = that checkout) on the same articles and compares every table (sentences, visits,
documents, trade_energy_mentions) row for row, every column (confidence, evidence sentence and
offsets included), in order. Prints one line per input set and table; exits 1 on any difference.

    --save DIR (with PYTHONPATH set): the extraction of this process's code, written to DIR (used
    by the run above; also useful by hand).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import polars as pl

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
# the checkouts are side by side (/work/main, /work/wt/NAME): look for the shared folder upwards
for _up in REPO.parents:
    if (_up / "shared" / "corpora").is_dir():
        SHARED = _up / "shared"
        break
CORPORA = SHARED / "corpora"
DEV = SHARED / "eval" / "dev_articles.jsonl"
CACHE = Path("/tmp/news-warehouse-equivalence")
BENCH_CACHE = Path("/tmp/news-warehouse-bench/articles.parquet")  # extraction_speed.py's input
TABLES = ("sentences", "visits", "documents", "trade_energy_mentions")
# corpus folder -> articles taken from it (all of them when fewer)
SAMPLE = {
    "reuters21578/sgm-data": 1000,
    "whitehouse_briefing_room": 900,
    "bbc_news_2005": 500,
    "tempeval3_timeml": 420,
    "article_extraction_benchmark_html": 200,
}
COLUMNS = ("article_id", "title", "text", "published_at", "source")


def _read(path: Path, single_file: bool = False) -> pl.DataFrame:
    from dagster_project.ingest.normalize import normalize
    from dagster_project.readers import read_file, read_landing_day

    items = read_file(path, path.name) if single_file else read_landing_day(path)
    return normalize(items, date(2026, 1, 1)).articles.select(COLUMNS)


def _lowest_hashes(arts: pl.DataFrame, n: int) -> pl.DataFrame:
    key = [hashlib.sha1(a.encode()).hexdigest() for a in arts["article_id"]]
    return arts.with_columns(_key=pl.Series(key)).sort("_key").head(n).drop("_key")


def inputs(sample_scale: float, bench: bool) -> dict[str, Path]:
    """Input sets as Parquet files (read once, then cached)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    out = {"dev": CACHE / "dev.parquet", "corpora_sample": CACHE / f"corpora_sample_{sample_scale:g}.parquet"}
    if not out["dev"].exists():
        _read(DEV, single_file=True).write_parquet(out["dev"])
    if not out["corpora_sample"].exists():
        parts = []
        for folder, n in SAMPLE.items():
            t = time.perf_counter()
            part = _lowest_hashes(_read(CORPORA / folder), round(n * sample_scale))
            print(f"  read {folder}: {part.height} articles kept ({time.perf_counter() - t:.0f} s)", flush=True)
            parts.append(part)
        pl.concat(parts).write_parquet(out["corpora_sample"])
    if bench:
        if not BENCH_CACHE.exists():
            sys.exit(f"{BENCH_CACHE} is missing: run benchmarks/extraction_speed.py once first")
        out["bench"] = BENCH_CACHE
    return out


def save(input_path: Path, out_dir: Path, workers: int) -> None:
    """Extract with the code this process imports and write every table to out_dir."""
    import dagster_project
    from dagster_project.extraction.pipeline import extract_all
    from dagster_project.extraction.workers import shutdown

    arts = pl.read_parquet(input_path).select(COLUMNS)
    t = time.perf_counter()
    tables = extract_all(arts, workers=workers)
    shutdown()
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, frame in tables.items():
        frame.write_parquet(out_dir / f"{name}.parquet")
    print(f"    {Path(dagster_project.__file__).parents[1]}: {arts.height:,} articles extracted in "
          f"{time.perf_counter() - t:.1f} s", flush=True)


def compare(old: pl.DataFrame, new: pl.DataFrame) -> str | None:
    """None when equal row for row and column for column (in order); else what differs."""
    if old.schema != new.schema:
        return f"schemas differ: {old.schema} -> {new.schema}"
    if old.equals(new, null_equal=True):
        return None
    only_old = old.join(new, on=old.columns, how="anti", nulls_equal=True).height
    only_new = new.join(old, on=old.columns, how="anti", nulls_equal=True).height
    if only_old == only_new == 0 and old.height == new.height:
        return f"the same {old.height:,} rows in another order"
    return f"{old.height:,} -> {new.height:,} rows; {only_old:,} only in old, {only_new:,} only in new"


def run_version(checkout: Path, input_path: Path, out_dir: Path, workers: int) -> None:
    env = {**os.environ, "PYTHONPATH": str(checkout.resolve())}
    subprocess.run([sys.executable, str(Path(__file__).resolve()), "--save", str(out_dir), "--input",
                    str(input_path), "--workers", str(workers), "--expect", str(checkout.resolve())],
                   env=env, check=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--old", type=Path, default=REPO.parent / "main" if (REPO.parent / "main").is_dir()
                    else REPO.parents[1] / "main", help="checkout of the reference version (default ../main)")
    ap.add_argument("--new", type=Path, default=REPO, help="checkout of the version checked (default: this one)")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--sample", type=float, default=1.0, help="scale of the corpora sample (1 = about 3,000)")
    ap.add_argument("--bench", action="store_true", help="also the 26,652 articles of extraction_speed.py")
    ap.add_argument("--save", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--expect", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.save:
        import dagster_project

        where = Path(dagster_project.__file__).resolve().parents[1]
        if args.expect and where != args.expect.resolve():
            sys.exit(f"imported {where}, expected {args.expect} (PYTHONPATH?)")
        save(args.input, args.save, args.workers)
        return

    sys.path.insert(0, str(args.new.resolve()))
    print(f"old: {args.old.resolve()}  new: {args.new.resolve()}", flush=True)
    sets = inputs(args.sample, args.bench)
    failed = False
    with tempfile.TemporaryDirectory(prefix="equivalence-") as tmp:
        for name, path in sets.items():
            n = pl.scan_parquet(path).select(pl.len()).collect().item()
            print(f"{name}: {n:,} articles", flush=True)
            for version, checkout in (("old", args.old), ("new", args.new)):
                run_version(checkout, path, Path(tmp) / name / version, args.workers)
            for table in TABLES:
                old = pl.read_parquet(Path(tmp) / name / "old" / f"{table}.parquet")
                new = pl.read_parquet(Path(tmp) / name / "new" / f"{table}.parquet")
                diff = compare(old, new)
                failed |= diff is not None
                print(f"  {table:24s} {'identical' if diff is None else 'DIFFERENT'} "
                      f"({new.height:,} rows{'' if diff is None else '; ' + diff})", flush=True)
    print("all tables identical" if not failed else "DIFFERENCES FOUND")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
