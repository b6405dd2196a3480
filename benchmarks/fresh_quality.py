"""Quality on fresh annotations: articles outside the development set, annotated under
../shared/eval/GUIDELINES.md by readers who did not write the rules (docs/annotations/).

    .venv/bin/python benchmarks/fresh_quality.py                 # every set, then all together
    .venv/bin/python benchmarks/fresh_quality.py --sets C        # the measuring set only
    .venv/bin/python benchmarks/fresh_quality.py --show-errors

Each annotation line names its article by corpus path (under ../shared/corpora) and id
("<source>:<external_id>"); the articles are read from the corpora with the project's own
readers (never copied into the repository), extracted in this process and scored with the
evaluation's score.py. Sets A, B, D-G, I-U, Y, Z, AA, AC-AF, AH, AI and AK-AN were used while writing rules (tuning); set C was
kept for measuring only, as were sets H, V, W, X, ZZ, AB, AG and AJ (drawn the same way as C, later, AB among
stories that report a signing; their errors never read).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dev_quality import EVAL, REPO, scoring_warehouse  # noqa: E402

ANNOTATIONS = REPO / "docs" / "annotations"
CORPORA = REPO.parent / "shared" / "corpora"
TUNING, MEASURING = ("A", "B", "D", "E", "F", "G", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "Y", "Z", "AA", "AC", "AD", "AE", "AF", "AH", "AI", "AK", "AL", "AM", "AN"), ("C", "H", "V", "W", "X", "ZZ", "AB", "AG", "AJ")


def load_gold(sets: tuple[str, ...]) -> list[dict]:
    lines = []
    for s in sets:
        path = ANNOTATIONS / f"fresh_{s}.jsonl"
        lines += [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return lines


def read_articles(gold: list[dict]) -> pl.DataFrame:
    """The annotated articles, read from their corpus files, with external_id set to the gold id."""
    from dagster_project.ingest.normalize import normalize
    from dagster_project.readers import read_file

    by_path: dict[str, set[str]] = {}
    for g in gold:
        by_path.setdefault(g["path"], set()).add(g["id"])
    frames = []
    for rel, ids in sorted(by_path.items()):
        path = CORPORA / rel
        arts = normalize(read_file(path, path.name), date(2026, 11, 28)).articles
        tag = next(iter(ids)).split(":", 1)[0]
        arts = arts.with_columns(external_id=pl.lit(tag + ":") + pl.col("external_id"))
        frames.append(arts.filter(pl.col("external_id").is_in(sorted(ids))))
    return pl.concat(frames, how="diagonal_relaxed")


def build_warehouse(arts: pl.DataFrame, path: Path) -> Path:
    return scoring_warehouse(arts, path)


def score(warehouse: Path, gold: list[dict], work: Path, name: str, show_errors: bool) -> str:
    gold_file = work / f"gold_{name}.jsonl"
    gold_file.write_text("".join(json.dumps({k: v for k, v in g.items() if k != "path"}) + "\n" for g in gold),
                         encoding="utf-8")
    cmd = [sys.executable, str(EVAL / "score.py"), "--warehouse", str(warehouse), "--gold", str(gold_file),
           "--by-source"] + (["--show-errors"] if show_errors else [])
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default=",".join(sorted(TUNING + MEASURING, key=lambda s: (len(s), s))), help="comma-separated annotation sets")
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args()
    sets = tuple(s.strip() for s in args.sets.split(",") if s.strip())
    with tempfile.TemporaryDirectory(prefix="fresh-quality-") as tmp:
        work = Path(tmp)
        gold = load_gold(sets)
        warehouse = build_warehouse(read_articles(gold), work / "fresh.duckdb")
        groups = [("tuning (" + ",".join(s for s in sets if s in TUNING) + ")", [s for s in sets if s in TUNING]),
                  ("measuring (" + ",".join(s for s in sets if s in MEASURING) + ")",
                   [s for s in sets if s in MEASURING])]
        for label, part in groups:
            if part:
                print(f"== {label}")
                print(score(warehouse, load_gold(tuple(part)), work, "_".join(part), args.show_errors), end="")


if __name__ == "__main__":
    main()
