"""Measure each rule's precision on the development set and write reference/confidence.json.

    .venv/bin/python benchmarks/calibrate_confidence.py            # measure, write, print calibration
    .venv/bin/python benchmarks/calibrate_confidence.py --check    # print only (the file stays)
    .venv/bin/python benchmarks/calibrate_confidence.py --audit docs/audits/*.jsonl   # bands on audits

A fact row is right when its key (what score.py compares: destination and visitor; doc_type;
category and commodity) is among the article's gold records; rows whose key is only in optional
gold records are left out. Per rule: rows, right, and the confidence the extractor gives its rows
(precision pulled towards the table's precision for rules with few rows). The calibration table
shows, per confidence band, the rows and their measured precision: on the development set with the
fresh annotations of docs/annotations (the sets used for tuning), on the fresh ones alone, and on
the held-out part of the development set.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from datetime import date
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dev_quality import EVAL, REPO, build_fast, is_held_out  # noqa: E402
from fresh_quality import TUNING, build_warehouse, load_gold, read_articles  # noqa: E402

from dagster_project.defs.quality import _load_scorer  # noqa: E402
from dagster_project.extraction import EXTRACTOR_VERSION  # noqa: E402
from dagster_project.extraction.confidence import smoothed  # noqa: E402

OUT = REPO / "dagster_project" / "reference" / "confidence.json"
AUDITS = REPO / "docs" / "audits"
KEYS = {"visits": ("visits", ["destination_iso3", "visitor_iso3"]),
        "documents": ("documents", ["doc_type"]),
        "trade_energy_mentions": ("trade_energy", ["category", "commodity"])}
BANDS = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]


def judged_rows(warehouse: Path, gold: list[dict] | None = None) -> dict[str, list[dict]]:
    """Every fact row of the gold articles with `right` (True/False), its rule and confidence."""
    score = _load_scorer(EVAL / "score.py")
    if gold is None:
        gold = [json.loads(ln) for ln in (EVAL / "dev_gold.jsonl").read_text(encoding="utf-8").splitlines()
                if ln.strip()]
    gold_ids = {g["id"] for g in gold}
    con = duckdb.connect(str(warehouse), read_only=True)
    out: dict[str, list[dict]] = {}
    for table, (gold_name, cols) in KEYS.items():
        want = score.gold_facts(gold, gold_name, cols)
        optional = score.optional_keys(want)
        rows = con.sql(f"select a.external_id, t.rule, t.confidence, {', '.join('t.' + c for c in cols)} "
                       f"from {table} t join articles a using (article_id)").fetchall()
        judged = []
        for ext, rule, conf, *vals in rows:
            if ext not in gold_ids:
                continue
            key = tuple(score.norm(v) for v in vals)
            if key in optional.get(ext, set()):
                continue
            judged.append({"id": ext, "rule": rule, "confidence": conf, "right": key in want.get(ext, {}),
                           "held_out": is_held_out(ext)})
        out[table] = judged
    con.close()
    return out


def measure(judged: dict[str, list[dict]]) -> dict:
    tables = {}
    for table, rows in judged.items():
        right = sum(r["right"] for r in rows)
        precision = round(right / len(rows), 3) if rows else None
        per_rule: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for r in rows:
            per_rule[r["rule"]][0] += 1
            per_rule[r["rule"]][1] += r["right"]
        tables[table] = {"rows": len(rows), "right": right, "precision": precision, "rules": {
            rule: {"rows": n, "right": k, "precision": round(k / n, 3),
                   "confidence": smoothed(k, n, precision or 0.5)}
            for rule, (n, k) in sorted(per_rule.items())}}
    return {"extractor_version": EXTRACTOR_VERSION, "measured_on": str(date.today()),
            "source": "../shared/eval dev_articles.jsonl + dev_gold.jsonl (all parts) and the fresh annotations "
                      "used for tuning (docs/annotations, sets " + ",".join(TUNING) + ") and the audits of real builds "
                      "(docs/audits: a row whose key is right counts as right)",
            "method": "benchmarks/calibrate_confidence.py", "tables": tables}


def bands(rows: list[dict]) -> list[str]:
    lines = []
    for lo, hi in BANDS:
        sel = [r for r in rows if r["confidence"] is not None and lo <= r["confidence"] < hi]
        if sel:
            prec = sum(r["right"] for r in sel) / len(sel)
            lines.append(f"  {lo:.1f}-{min(hi, 1.0):.1f}  rows {len(sel):4d}  precision {prec:.2f}")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="do not write the reference file")
    ap.add_argument("--audit", nargs="*", type=Path, help="audit judgement files (JSON lines with "
                    "'confidence' and 'verdict' of correct/partly/wrong): calibration on them")
    args = ap.parse_args()
    if args.audit:
        for path in args.audit:
            rows = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
            if rows and "document_event_id" in rows[0]:  # events carry no confidence: single real events only
                print(f"{path.name}: {sum(r.get('verdict') == 'single' for r in rows)} of {len(rows)} single real events")
                continue
            rows = [{"confidence": r.get("confidence"), "right": r.get("verdict") == "correct"} for r in rows]
            print(f"{path.name}: {sum(r['right'] for r in rows)} of {len(rows)} fully correct")
            print("\n".join(bands(rows)))
        return
    with tempfile.TemporaryDirectory(prefix="calibrate-") as tmp:
        judged = judged_rows(build_fast(Path(tmp)))
        # the fresh annotations read the rules on text they were not written on: their precision
        # is nearer what an analyst meets than the development set's alone
        fresh_gold = load_gold(TUNING)
        fresh = judged_rows(build_warehouse(read_articles(fresh_gold), Path(tmp) / "fresh.duckdb"), fresh_gold)
        for table, rows in fresh.items():
            # (the learned reader of visits was trained on these sets: its rows there say nothing
            # of its precision, which the development set and the audits measure)
            judged[table] += [{**r, "held_out": False, "fresh": True} for r in rows if r["rule"] != "visit.learned"]
    # rows of real builds read against their text (docs/audits): a row whose key is right
    # (verdict correct or partly) counts as right, as on the annotated sets
    for path in sorted(AUDITS.glob("*.jsonl")):
        table = next((t for t in KEYS if path.stem.endswith("_" + t)), None)
        if table is None:
            continue
        for ln in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(ln) if ln.strip() else None
            if r and r.get("rule") and r.get("verdict"):
                judged[table].append({"id": path.name, "rule": r["rule"], "confidence": r.get("confidence"),
                                      "right": r["verdict"] in ("correct", "partly"), "held_out": False,
                                      "audit": True})
    measured = measure(judged)
    if not args.check:
        OUT.write_text(json.dumps(measured, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(REPO)}")
        for table, rows in judged.items():  # the confidence the extractor gives the rows from now on
            rules = measured["tables"][table]["rules"]
            for r in rows:
                r["confidence"] = rules[r["rule"]]["confidence"]
    for table, fig in measured["tables"].items():
        print(f"{table}: {fig['rows']} rows, precision {fig['precision']}")
        for rule, r in fig["rules"].items():
            print(f"  {rule:32s} rows {r['rows']:4d}  right {r['right']:4d}  precision {r['precision']:.2f}  "
                  f"confidence {r['confidence']:.2f}")
    for part, keep in (("development set and fresh annotations", lambda r: True),
                       ("fresh annotations", lambda r: r.get("fresh", False)),
                       ("audits of real builds (key right)", lambda r: r.get("audit", False)),
                       ("held-out part of the development set", lambda r: r["held_out"])):
        print(f"calibration, {part} (confidence band: rows, measured precision)")
        print("\n".join(bands([r for rows in judged.values() for r in rows if keep(r)])))


if __name__ == "__main__":
    main()
