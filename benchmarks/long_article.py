"""Extraction of one very long article (issue 13 item 4): time and peak memory by text size.

    .venv/bin/python benchmarks/long_article.py [--sizes 2,8,30] [--kinds synthetic,corpus]

One article per run, each in a fresh process (so its peak RSS is its own), through the extraction
stage exactly as a build runs it (`extract_all`: sentences, prefilter, the three fact tables) in
one process. Two kinds of text:

- synthetic: `tests/synthetic.py`, sentences written to exercise every extractor, nearly every
  sentence a candidate for one of them (the worst case per megabyte);
- corpus: Reuters-21578 and White House articles (`extraction_speed.py`'s input) joined by blank
  lines in a fixed order, as news reads (about one sentence in six is a candidate).

Prints per run: MB of text, sentences, seconds (wall and CPU), seconds of CPU per MB, peak RSS,
rows per table. Extraction is linear when CPU s/MB stays flat as the size grows.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def corpus_text(n_chars: int) -> str:
    import hashlib

    sys.path.insert(0, str(REPO / "benchmarks"))
    from extraction_speed import load_articles

    arts = load_articles().select("article_id", "text")
    order = sorted(range(arts.height), key=lambda i: hashlib.sha1(arts["article_id"][i].encode()).hexdigest())
    texts = arts["text"]
    parts: list[str] = []
    size = 0
    for i in order:
        t = texts[i] or ""
        parts.append(t)
        size += len(t) + 2
        if size >= n_chars:
            break
    return "\n\n".join(parts)[:n_chars]


def write_text(kind: str, mb: float, path: Path, corpus_cache: dict) -> None:
    n = int(mb * 1_000_000)
    if kind == "synthetic":
        sys.path.insert(0, str(REPO / "tests"))
        from synthetic import long_text

        text = long_text(n)
    else:
        if corpus_cache.get("n", 0) < n:
            corpus_cache["n"], corpus_cache["text"] = n, corpus_text(n)
        text = corpus_cache["text"][:n]
    path.write_text(text, encoding="utf-8")


def run_one(kind: str, path: Path) -> dict:
    """In this process (its peak RSS its own): read the text, extract it, report."""
    import polars as pl

    from dagster_project.extraction.entities import gazetteer
    from dagster_project.extraction.pipeline import extract_all

    text = path.read_text(encoding="utf-8")
    arts = pl.DataFrame({"article_id": ["long"], "title": ["A very long article"], "text": [text],
                         "published_at": [datetime(2024, 3, 10)], "source": ["Reuters"]},
                        schema={"article_id": pl.String, "title": pl.String, "text": pl.String,
                                "published_at": pl.Datetime("us", "UTC"), "source": pl.String})
    gazetteer()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    wall, cpu = time.perf_counter(), time.process_time()
    tables = extract_all(arts, workers=1)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"kind": kind, "mb": len(text.encode()) / 1e6, "wall_s": wall, "cpu_s": cpu,
            "peak_rss_mb": peak / 1024, "rss_before_mb": before / 1024,
            "rows": {k: v.height for k, v in tables.items()}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="2,8,30", help="MB of text, comma-separated")
    ap.add_argument("--kinds", default="synthetic,corpus")
    ap.add_argument("--timeout", type=float, help="seconds a run may take (then reported as not finished)")
    ap.add_argument("--one", nargs=2, metavar=("KIND", "FILE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one[0], Path(args.one[1]))))
        return
    import tempfile

    tmp = Path(tempfile.mkdtemp(prefix="long-article-"))
    corpus_cache: dict = {}
    print(f"{'kind':10s} {'MB':>6s} {'sentences':>10s} {'wall s':>8s} {'CPU s':>8s} {'CPU s/MB':>9s} "
          f"{'peak RSS':>9s}  rows (visits, documents, mentions)", flush=True)
    for kind in args.kinds.split(","):
        for size in args.sizes.split(","):
            path = tmp / f"{kind}-{size}.txt"
            write_text(kind, float(size), path, corpus_cache)
            try:
                out = subprocess.run([sys.executable, __file__, "--one", kind, str(path)], capture_output=True,
                                     text=True, timeout=args.timeout)
            except subprocess.TimeoutExpired:
                print(f"{kind:10s} {float(size):6.1f}  not finished after {args.timeout:.0f} s", flush=True)
                continue
            finally:
                path.unlink()
            if out.returncode != 0:
                print(f"{kind:10s} {size:>6s} failed: {out.stderr.strip().splitlines()[-1:]}", flush=True)
                continue
            r = json.loads(out.stdout.strip().splitlines()[-1])
            rows = r["rows"]
            print(f"{kind:10s} {r['mb']:6.1f} {rows['sentences']:10,d} {r['wall_s']:8.1f} {r['cpu_s']:8.1f} "
                  f"{r['cpu_s'] / r['mb']:9.2f} {r['peak_rss_mb']:7,.0f} MB  {rows['visits']:,}, "
                  f"{rows['documents']:,}, {rows['trade_energy_mentions']:,}", flush=True)
    tmp.rmdir()


if __name__ == "__main__":
    main()
