"""Development-set quality on two parts: the part rules are written against, and a held-out part.

The held-out part is chosen by a hash of the article id (about a quarter of each source), so it
stays the same as the development set grows; look at its errors only to measure, never to write
rules. Builds the development articles through the contract's build command (or takes a built
warehouse) and runs the evaluation's own score.py on each part with --by-source.

    .venv/bin/python benchmarks/dev_quality.py                  # build in a temp dir, score all parts
    .venv/bin/python benchmarks/dev_quality.py --warehouse W    # score a built warehouse
    .venv/bin/python benchmarks/dev_quality.py --fast --part tune --show-errors   # seconds, no Dagster
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO.parent / "shared" / "eval"
PARTS = ("all", "tune", "held_out")


def is_held_out(article_id: str) -> bool:
    return int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 4 == 0


def gold_part(gold_lines: list[str], part: str) -> list[str]:
    if part == "all":
        return gold_lines
    want_held = part == "held_out"
    return [line for line in gold_lines if is_held_out(json.loads(line)["id"]) == want_held]


def build(work: Path) -> Path:
    day = work / "raw" / "2026-11-28"
    day.mkdir(parents=True)
    shutil.copy(EVAL / "dev_articles.jsonl", day / "dev_articles.jsonl")
    warehouse = work / "dev.duckdb"
    subprocess.run([sys.executable, "-m", "dagster_project", "build", "--raw-dir", str(work / "raw"),
                    "--lake-dir", str(work / "lake"), "--warehouse", str(warehouse)],
                   cwd=REPO, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return warehouse


def build_fast(work: Path) -> Path:
    """The development articles through the project's reader, normalizer and extractors in this
    process, into a warehouse holding only what score.py reads (seconds, for writing rules; the
    figures to report come from the real build)."""
    from datetime import date

    from dagster_project.ingest.normalize import normalize
    from dagster_project.readers import read_file

    src = EVAL / "dev_articles.jsonl"
    return scoring_warehouse(normalize(read_file(src, src.name), date(2026, 11, 28)).articles, work / "dev-fast.duckdb")


def scoring_warehouse(arts, path: Path) -> Path:
    """Extract `arts` in this process and write what score.py reads (articles with their
    external_id and the three fact tables) to a DuckDB file."""
    import duckdb

    from dagster_project.extraction.pipeline import extract_all

    tables = extract_all(arts)
    con = duckdb.connect(str(path))
    con.register("a", arts.select("article_id", "external_id"))
    con.execute("create table articles as select * from a")
    for name in ("visits", "documents", "trade_energy_mentions"):
        con.register("t", tables[name])
        con.execute(f"create table {name} as select * from t")
        con.unregister("t")
    con.close()
    return path


def score(warehouse: Path, part: str, show_errors: bool, work: Path) -> str:
    lines = [ln for ln in (EVAL / "dev_gold.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    gold = work / f"gold_{part}.jsonl"
    gold.write_text("\n".join(gold_part(lines, part)) + "\n", encoding="utf-8")
    cmd = [sys.executable, str(EVAL / "score.py"), "--warehouse", str(warehouse), "--gold", str(gold), "--by-source"]
    if show_errors:
        cmd.append("--show-errors")
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--warehouse", type=Path, help="a built warehouse holding the development articles")
    ap.add_argument("--part", choices=PARTS, action="append", help="parts to score (default: all three)")
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--fast", action="store_true", help="extract in this process, no Dagster build (for rule work)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="dev-quality-") as tmp:
        work = Path(tmp)
        warehouse = args.warehouse or (build_fast(work) if args.fast else build(work))
        for part in args.part or PARTS:
            print(f"== {part}")
            print(score(warehouse, part, args.show_errors, work), end="")


if __name__ == "__main__":
    main()
