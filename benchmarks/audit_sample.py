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


def _folder_and_file(path: str) -> str:
    return "/".join(path.split("/")[-2:])  # "bbc/politics/470.txt" and "bbc_news_2005/politics/470.txt" alike


def judged_stories(paths: list[str]) -> set[str]:
    """The stories of judged training data (docs/annotations: corpus paths, with a Reuters story's
    id), as keys that match a warehouse's external_id: "politics/470.txt", "reuters:1234"."""
    keys = set()
    for line in (ln for p in paths for ln in open(p, encoding="utf-8") if ln.strip()):
        j = json.loads(line)
        if j["id"].startswith("reuters:"):
            keys.add(j["id"])
        else:  # a folder and file ("politics/470.txt"), or a wire story's own id ("XIN_ENG_20061106.0156")
            keys |= {_folder_and_file(j["path"]), j["id"].split(":", 1)[1]}
    return keys


def _is_judged(external_id: str | None, source: str | None, judged: set[str]) -> bool:
    if not external_id:
        return False
    if (source or "").lower() == "reuters":
        return "reuters:" + external_id in judged
    return _folder_and_file(external_id) in judged or external_id in judged


def sample(warehouse: str, table: str, n: int, seed: int, rule: str | None = None,
           exclude: set[str] | None = None) -> list[dict]:
    con = duckdb.connect(warehouse, read_only=True)
    if exclude:
        # stories whose sentences trained a learned reader are left out: the audit reads unseen text
        arts = con.sql("select article_id, external_id, source from articles").fetchall()
        out = [aid for aid, ext, src in arts if _is_judged(ext, src, exclude)]
        con.execute("create temp table _excluded (article_id varchar)")
        con.executemany("insert into _excluded values (?)", [(a,) for a in out])
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
        where {"t.rule = '" + rule.replace("'", "") + "'" if rule else "true"}
          and {"t.article_id not in (select article_id from _excluded)" if exclude else "true"}
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
    ap.add_argument("--rule", help="only rows of this rule (e.g. visit.learned)")
    ap.add_argument("--exclude-judged", nargs="*", default=[], metavar="JSONL",
                    help="leave out the stories of these judged files (docs/annotations/visit_candidates.jsonl)")
    args = ap.parse_args()
    rows = sample(args.warehouse, args.table, args.n, args.seed, args.rule,
                  judged_stories(args.exclude_judged) if args.exclude_judged else None)
    with open(args.out, "w", encoding="utf-8") as fh:
        for i, r in enumerate(rows, 1):
            fh.write(json.dumps({"row": i, **r}, ensure_ascii=False, default=str) + "\n")
    print(f"{len(rows)} rows of {args.table} -> {args.out}")


if __name__ == "__main__":
    main()
