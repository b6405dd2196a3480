"""How fully-correct audited trade/energy rows are, by how many sentences support their key.

    .venv/bin/python benchmarks/audit_support.py --lake LAKE [--from-seed 51]

For every trade/energy row of the audits in docs/audits (seeds from --from-seed on), the article is
read from the audit build's lake (`python -m dagster_project build ... --lake-dir LAKE`), extracted
again with the current code, and the row's key is put in a group: said in two or more sentences
("multi"), in one sentence of the lead ("single-lead") or of the body ("single-body"), "+title" when
the title names the key too. Rows whose key the current code no longer gives are counted as "gone".
Prints the judges' verdicts per group.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

import polars as pl

from dagster_project.extraction import pipeline
from dagster_project.extraction import trade_energy as te
from dagster_project.extraction.article import Article
from dagster_project.extraction.sentences import sentences_frame

AUDITS = Path(__file__).resolve().parents[1] / "docs" / "audits"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lake", required=True, help="the audit build's lake directory")
    ap.add_argument("--from-seed", type=int, default=51)
    args = ap.parse_args()
    arts = pl.read_parquet(f"{args.lake}/articles/*/*.parquet")
    stats: Counter = Counter()
    for f in sorted(AUDITS.glob("*_trade_energy_mentions.jsonl")):
        seed = re.search(r"_s(\d+)_", f.name)
        if not seed or int(seed.group(1)) < args.from_seed:
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            sel = arts.filter(pl.col("title") == r["title"]) if r["title"] else \
                arts.filter(pl.col("external_id") == r["external_id"])
            if sel.height > 1:
                sel = sel.filter(pl.col("text").str.contains(r["sentence"][:50], literal=True))
            if sel.height == 0:
                stats["article not found", ""] += 1
                continue
            sel = sel.head(1)
            meta = pipeline.candidates(sel, sentences_frame(sel), ("trade_energy_mentions",))
            if meta.height == 0:
                stats["gone", r["verdict"]] += 1
                continue
            rec = meta.row(0, named=True)
            art = Article.build(rec["article_id"], rec["text"], rec["title"], rec["published_at"], rec["source"])
            spans = sorted((s, e) for s, e, flag in zip(rec["start"], rec["end"], rec["trade_energy_mentions"])
                           if flag and s is not None)
            keys = {(k.category, k.commodity): k for k in te.mentions_for_article(art, spans)}
            k = keys.get((r["category"], r["commodity"]))
            if k is None:
                stats["gone", r["verdict"]] += 1
                continue
            lead = any(spans[i][0] < te._LEAD_CHARS for i in k.support)
            group = "multi" if len(k.support) >= 2 else ("single-lead" if lead else "single-body")
            if (k.category, k.commodity) in te._title_keys(art.title):
                group += "+title"
            stats[group, r["verdict"]] += 1
    groups = sorted({g for g, _v in stats})
    print(f"{'group':20s} {'rows':>5s} {'correct':>8s} {'partly':>7s} {'wrong':>6s}  fully correct")
    for g in groups:
        c, p, w = (stats[g, v] for v in ("correct", "partly", "wrong"))
        n = sum(n for (gg, _v), n in stats.items() if gg == g)
        print(f"{g:20s} {n:5d} {c:8d} {p:7d} {w:6d}  {c / n if n else 0:.2f}")


if __name__ == "__main__":
    main()
