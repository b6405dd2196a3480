"""What the two costliest hostile inputs of issue 13 cost a whole build: time and peak memory.

    .venv/bin/python benchmarks/hostile_costs.py [--cases bomb,long] [--records 4190000] [--mb 30]
                                                 [--per-file N]

Each case is one landing day beside three good articles, built by the `build` command in its own
process (no DAGSTER_HOME: a temporary instance), exactly as `make run` builds; the figures are the
command's wall time and the peak RSS of the largest process it ran (`RUSAGE_CHILDREN`).

- bomb: one `.jsonl.gz` of N identical tiny records (4.19 million fit in about 130 KB); the
  limits that apply are NEWS_MAX_RECORDS_PER_FILE and NEWS_MAX_RECORDS_PER_DAY (their defaults
  unless `--per-file` sets the first for this run).
- long: one JSONL record whose text is MB megabytes of news (Reuters and White House articles
  joined, as `long_article.py` builds it), under the 32 MB record limit.

Prints per case: input size, records, wall seconds, peak RSS, and the warehouse's counts
(articles, rejected records and their first reason).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[1]
GOOD = [
    "Chinese President Xi Jinping will pay a state visit to Russia next week, the foreign ministry said.",
    "The two countries signed a memorandum of understanding on energy cooperation on Monday.",
    "Exports of crude oil from Norway to Germany rose by 4 percent last year.",
]


def write_day(day: Path, case: str, records: int, mb: float) -> str:
    day.mkdir(parents=True)
    with open(day / "good.jsonl", "w", encoding="utf-8") as fh:
        for i, text in enumerate(GOOD):
            fh.write(json.dumps({"id": f"good-{i}", "source": "bench", "published_at": "2026-01-02",
                                 "text": text}) + "\n")
    if case == "bomb":
        path = day / "bomb.jsonl.gz"
        line = b'{"id":"x","text":"a"}\n'
        with gzip.open(path, "wb", compresslevel=9) as fh:
            chunk = line * 100_000
            for _ in range(records // 100_000):
                fh.write(chunk)
            fh.write(line * (records % 100_000))
        return f"{path.stat().st_size / 1024:,.0f} KB gzip, {records:,} records"
    sys.path.insert(0, str(REPO / "benchmarks"))
    from long_article import corpus_text

    text = corpus_text(int(mb * 1_000_000))
    path = day / "long.jsonl"
    path.write_text(json.dumps({"id": "long", "source": "bench", "published_at": "2026-01-02",
                                "text": text}) + "\n", encoding="utf-8")
    return f"{path.stat().st_size / 1e6:,.1f} MB JSONL, one record"


def build(tmp: Path, env: dict) -> tuple[float, int, str]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "dagster_project", "build", "--raw-dir", str(tmp / "raw"),
                          "--lake-dir", str(tmp / "lake"), "--warehouse", str(tmp / "news.duckdb")],
                         cwd=REPO, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of the children is a maximum over all of them: only a new maximum is this build's.
    return wall, (peak if peak > before else -1), out.stderr if out.returncode else ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", default="bomb,long")
    ap.add_argument("--records", type=int, default=4_190_000)
    ap.add_argument("--mb", type=float, default=30.0)
    ap.add_argument("--per-file", type=int, help="NEWS_MAX_RECORDS_PER_FILE for this run")
    args = ap.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    if args.per_file:
        env["NEWS_MAX_RECORDS_PER_FILE"] = str(args.per_file)
    print(f"limits: NEWS_MAX_RECORDS_PER_FILE={env.get('NEWS_MAX_RECORDS_PER_FILE', '1,000,000 (default)')}, "
          f"NEWS_MAX_RECORDS_PER_DAY={env.get('NEWS_MAX_RECORDS_PER_DAY', '2,000,000 (default)')}, "
          "32 MB per record", flush=True)
    for case in args.cases.split(","):
        with tempfile.TemporaryDirectory(prefix=f"hostile-{case}-") as name:
            tmp = Path(name)
            what = write_day(tmp / "raw" / "2026-01-02", case, args.records, args.mb)
            wall, peak_kb, err = build(tmp, env)
            if err:
                print(f"{case}: {what}: build failed after {wall:.0f} s: {err.strip().splitlines()[-1:]}")
                continue
            con = duckdb.connect(str(tmp / "news.duckdb"), read_only=True)
            articles = con.sql("select count(*) from articles").fetchall()[0][0]
            rejected = con.sql("select coalesce(sum(rejected), 0) from ingest_files").fetchall()[0][0]
            reasons = con.sql("select reason from rejected_records order by position limit 1").fetchall()
            con.close()
            peak = f"{peak_kb / 1024:,.0f} MB" if peak_kb > 0 else "below an earlier case's"
            print(f"{case}: {what}: build {wall:.0f} s wall, peak RSS {peak}; {articles:,} articles, "
                  f"{rejected:,} records rejected{'; first reason: ' + reasons[0][0] if reasons else ''}",
                  flush=True)


if __name__ == "__main__":
    main()
