"""Every judged trade/energy row of docs/audits against a built warehouse: is the row's key still
there, with the same countries? Tallied by the readers' verdict (a check of a rule change on all the
rows readers have judged, before drawing a new sample; not a measurement of precision).

    .venv/bin/python benchmarks/judged_rows.py --warehouse W [--show correct]

W is a build of the audit corpora (White House 2025-26, BBC politics and business, Reuters-21578) by
the code to check. A row judged correct whose countries now differ, or whose key is gone, is a likely
regression; a row judged wrong whose key is gone, a likely mend. Rows are matched by the article's
title and the key (category, commodity).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import duckdb

AUDITS = Path(__file__).resolve().parents[1] / "docs" / "audits"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--warehouse", required=True)
    ap.add_argument("--show", choices=("correct", "partly", "wrong"), help="list the changed rows of one verdict")
    args = ap.parse_args()
    con = duckdb.connect(args.warehouse, read_only=True)
    built = {(title, cat, com): sorted(countries or [])
             for title, cat, com, countries in con.sql(
                 "select a.title, t.category, t.commodity, t.countries "
                 "from trade_energy_mentions t join articles a using(article_id)").fetchall()}
    titles = {key[0] for key in built}
    tally: Counter = Counter()
    for path in sorted(AUDITS.glob("*_trade_energy_mentions.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("title") not in titles:
                tally["article not in this build", "-"] += 1
                continue
            now = built.get((row["title"], row["category"], row["commodity"]))
            state = "gone" if now is None else ("same countries" if now == sorted(row["countries"] or [])
                                                else "countries changed")
            tally[state, row["verdict"]] += 1
            if args.show == row["verdict"] and state != "same countries":
                print(f"{state:18s} {path.name[:-6]:45s} {(row['title'] or '')[:55]} {row['commodity']} "
                      f"{row['countries']} -> {now}")
    for (state, verdict), n in sorted(tally.items()):
        print(f"{state:26s} {verdict:8s} {n:6d}")


if __name__ == "__main__":
    main()
