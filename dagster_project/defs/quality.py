"""Asset check `dev_set_quality` on `warehouse`: the extraction quality figure, in the UI.

When the development set is beside the repository (`../shared/eval`, or NEWS_EVAL_DIR) and some
of its articles are in the published warehouse (a landing day holding `dev_articles.jsonl`), the
check scores the warehouse with the evaluation's own `score.py` against `dev_gold.jsonl`,
restricted to the dev articles found, and reports F1 per table and their mean as metadata.
Otherwise it passes with a note. It reads ~80 articles' facts: it costs well under a second.
It never blocks a publish; it warns when the mean F1 is below NEWS_DEV_MIN_F1 (default 0).
"""


import contextlib
import importlib.util
import io
import json
import os
import re
from pathlib import Path

import duckdb
from dagster import (
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetCheckSeverity,
    MetadataValue,
    asset_check,
)

from .resources import REPO_ROOT, NewsPaths

LINE = re.compile(r"^(?P<table>\w+)\s+P=(?P<p>[\d.]+) R=(?P<r>[\d.]+) F1=(?P<f1>[\d.]+)")


def eval_dir() -> Path:
    return Path(os.environ.get("NEWS_EVAL_DIR") or REPO_ROOT.parent / "shared" / "eval")


def _load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("news_eval_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_warehouse(warehouse: str | Path, eval_path: Path | None = None) -> dict | None:
    """F1 per table and mean over the dev articles found in the warehouse; None when there are none."""
    root = eval_path or eval_dir()
    score_py, gold_path = root / "score.py", root / "dev_gold.jsonl"
    if not (score_py.exists() and gold_path.exists() and Path(warehouse).exists()):
        return None
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        ids = sorted(rec["id"] for rec in gold)
        found = {r[0] for r in con.execute(
            "select distinct external_id from articles where external_id in (select unnest(?))", [ids]
        ).fetchall()}
        if not found:
            return {"found": 0, "total": len(gold)}
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            mean = _load_scorer(score_py).score(con, [g for g in gold if g["id"] in found], False)
    finally:
        con.close()
    tables = {m["table"]: {"precision": float(m["p"]), "recall": float(m["r"]), "f1": float(m["f1"])}
              for m in map(LINE.match, out.getvalue().splitlines()) if m}
    return {"found": len(found), "total": len(gold), "mean_f1": float(mean), "tables": tables,
            "report": out.getvalue()}


@asset_check(
    asset="warehouse",
    name="dev_set_quality",
    blocking=False,
    description="Extraction quality on the development set (../shared/eval) when its articles are "
    "in the warehouse: F1 per table and mean, by the evaluation's score.py.",
)
def dev_set_quality(context: AssetCheckExecutionContext, paths: NewsPaths) -> AssetCheckResult:
    result = score_warehouse(paths.warehouse_path)
    if result is None:
        return AssetCheckResult(passed=True, metadata={"status": f"no dev set in {eval_dir()} or no warehouse"})
    if not result["found"]:
        return AssetCheckResult(passed=True, metadata={
            "status": "none of the dev articles is in the warehouse",
            "dev_articles": f"0 of {result['total']}"})
    min_f1 = float(os.environ.get("NEWS_DEV_MIN_F1", "0"))
    context.log.info(f"dev set: mean F1 {result['mean_f1']:.3f} over {result['found']} articles")
    return AssetCheckResult(
        passed=result["mean_f1"] >= min_f1,
        severity=AssetCheckSeverity.WARN,
        metadata={
            "mean_f1": MetadataValue.float(round(result["mean_f1"], 4)),
            **{f"f1/{name}": MetadataValue.float(t["f1"]) for name, t in result["tables"].items()},
            "dev_articles": f"{result['found']} of {result['total']}",
            "report": MetadataValue.md("```\n" + result["report"].strip() + "\n```"),
        },
    )
