"""Draw seeded random fact rows from a built warehouse for a precision audit by a reader.

    .venv/bin/python benchmarks/audit_sample.py --warehouse W --table visits --n 40 --seed 11 --out F.jsonl

Each line holds the row's fields, its rule and confidence, the evidence sentence and the article's
title, date, source, the text around the sentence and the article's text, so a reader who knows only
../shared/eval/GUIDELINES.md can judge it. The reader adds "verdict" (correct / partly / wrong) and
"reason"; calibrate_confidence.py --audit then gives precision per confidence band.
"""

from __future__ import annotations

import argparse
import json

import duckdb

FIELDS = {
    "visits": "visitor_name, visitor_iso3, destination_iso3, host_name, cities, status",
    "documents": "doc_type, parties, status",
    "trade_energy_mentions": "category, commodity, countries, infrastructure",
}


def sample(warehouse: str, table: str, n: int, seed: int) -> list[dict]:
    con = duckdb.connect(warehouse, read_only=True)
    if table == "document_events":
        events = con.sql(f"select * from document_events order by hash(document_event_id || '{seed}') "
                         f"limit {n}").pl().to_dicts()
        for e in events:
            e["reports"] = con.sql(
                "select d.doc_type, d.parties, d.status, d.sentence, a.title, a.published_at::varchar as "
                "published_at from document_event_members m join documents d using (document_id) "
                "join articles a on a.article_id = d.article_id where m.document_event_id = ? "
                "order by a.published_at", params=[e["document_event_id"]]).pl().to_dicts()
        con.close()
        return events
    rows = con.sql(f"""
        select t.{FIELDS[table].replace(', ', ', t.')}, t.rule, t.confidence, t.sentence,
               a.external_id, a.source, a.title, a.published_at::varchar as published_at,
               substr(a.text, greatest(1, t.sentence_start - 600), least(t.sentence_start, 600)) as text_before,
               substr(a.text, t.sentence_end + 1, 400) as text_after,
               -- the whole story (up to 12,000 characters): a row's countries, host or status may
               -- come from any of its sentences, and the reader judges the row against its text
               substr(a.text, 1, 12000) as article_text
        from {table} t join articles a using (article_id)
        order by hash(coalesce(t.sentence, '') || t.article_id || '{seed}' || t.rule || coalesce(t.confidence, 0))
        limit {n}""").pl().to_dicts()
    con.close()
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--warehouse", required=True)
    ap.add_argument("--table", required=True, choices=[*FIELDS, "document_events"])
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    rows = sample(args.warehouse, args.table, args.n, args.seed)
    with open(args.out, "w", encoding="utf-8") as fh:
        for i, r in enumerate(rows, 1):
            fh.write(json.dumps({"row": i, **r}, ensure_ascii=False, default=str) + "\n")
    print(f"{len(rows)} rows of {args.table} -> {args.out}")


if __name__ == "__main__":
    main()
