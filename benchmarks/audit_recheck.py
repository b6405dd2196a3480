"""Re-extract the articles of judged audit rows with this checkout's code and show, per row, what
the code now gives for the same evidence sentence (a check after rule changes, not a measurement:
a new sample measures).

    .venv/bin/python benchmarks/audit_recheck.py --warehouse W --audit docs/audits/X_visits.jsonl
        [--verdicts correct|wrong,partly] [--quiet]

W is the warehouse the audit rows were drawn from (its articles are read, not its facts). A row is
SAME when the code still gives a row with the judged fields for a sentence that ends like the
judged one, CHANGED when it gives other fields there, GONE when it gives none.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import duckdb
import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from dagster_project.extraction.pipeline import extract_facts  # noqa: E402
from dagster_project.extraction.sentences import sentences_frame  # noqa: E402

FIELDS = {"documents": ["doc_type", "parties", "status"],
          "visits": ["visitor_name", "visitor_iso3", "destination_iso3", "host_name", "cities", "status"],
          "trade_energy_mentions": ["category", "commodity", "countries", "infrastructure"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--warehouse", required=True)
    ap.add_argument("--audit", required=True, help="a judged audit file: docs/audits/<date>_<seed>_<table>.jsonl")
    ap.add_argument("--verdicts", default="correct,partly,wrong")
    ap.add_argument("--quiet", action="store_true", help="print the counts only")
    ap.add_argument("--show-same", action="store_true", help="print the rows that stay the same too")
    args = ap.parse_args()
    table = next(t for t in FIELDS if args.audit.endswith(f"_{t}.jsonl"))
    cols = FIELDS[table]
    wanted = set(args.verdicts.split(","))
    rows = [r for r in map(json.loads, Path(args.audit).read_text(encoding="utf-8").splitlines())
            if r.get("verdict") in wanted]
    con = duckdb.connect(args.warehouse, read_only=True)
    ids = sorted({r["external_id"] for r in rows})
    arts = con.sql("select article_id, external_id, text, title, source, published_at from articles "
                   "where external_id in (select unnest($ids))", params={"ids": ids}).pl()
    con.close()
    arts = arts.with_columns(pl.col("published_at").dt.convert_time_zone("UTC"))
    base = arts.drop("external_id")
    out = extract_facts(base, sentences_frame(base), (table,))[table].join(
        arts.select("article_id", "external_id"), on="article_id")
    counts = {"SAME": 0, "CHANGED": 0, "GONE": 0}
    for r in rows:
        now = out.filter((pl.col("external_id") == r["external_id"])
                         & pl.col("sentence").str.contains(r["sentence"][-60:], literal=True))
        old = [r.get(c) for c in cols]
        new = [[x.get(c) for c in cols] for x in now.to_dicts()]
        tag = "SAME" if old in new else ("GONE" if not new else "CHANGED")
        counts[tag] += 1
        if not args.quiet and (tag != "SAME" or args.show_same):
            print(f"{tag:7} {r['verdict']:7} {old} -> {new}\n        {r.get('reason', '')[:160]}")
    print(", ".join(f"{k.lower()} {v}" for k, v in counts.items()), f"of {len(rows)} rows")


if __name__ == "__main__":
    main()
