"""Score the HTML reader's article text against the article-extraction benchmark's ground truth.

    .venv/bin/python benchmarks/html_extraction_f1.py            # the reader's settings
    .venv/bin/python benchmarks/html_extraction_f1.py --sweep    # compare trafilatura settings

Corpus: ../shared/corpora/article_extraction_benchmark_html (181 `html/*.html.gz` pages and
`ground-truth.json`, item id -> {"articleBody": ...}). Never copied into this repository.

Two scores are printed:

- benchmark F1: the benchmark's own definition (its README points to `evaluate.py`): tokens are
  `\\w+` runs (case kept), a page's matches are counted on 4-token shingles as a multiset,
  each page's tp/fp/fn is normalised to sum 1, precision and recall are averaged over the pages
  and F1 is the harmonic mean of those two averages. The figures in the README (trafilatura
  2.0.0: F1 0.958, precision 0.938, recall 0.978) are on this scale.
- token F1: the simpler per-page measure: whitespace-split words, lowercased, bag-of-words
  overlap precision/recall, F1 per page, mean over the pages.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dagster_project.readers import html as html_reader  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "article_extraction_benchmark_html"

_WORD = re.compile(r"\w+")


# --- the benchmark's metric (shingles of \w+ tokens) -------------------------------------

def _shingles(text: str, n: int = 4) -> Counter:
    tokens = _WORD.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def shingle_tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    t, p = _shingles(true), _shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def benchmark_scores(triples: list[tuple[float, float, float]]) -> dict[str, float]:
    precision = statistics.mean(_precision(*t) for t in triples if t[0] + t[1] > 0)
    recall = statistics.mean(_recall(*t) for t in triples if t[0] + t[2] > 0)
    return {"f1": 2 * precision * recall / (precision + recall), "precision": precision, "recall": recall}


# --- simple per-page token F1 ------------------------------------------------------------

def token_prf(true: str, pred: str) -> tuple[float, float, float]:
    t = Counter((true or "").lower().split())
    p = Counter((pred or "").lower().split())
    overlap = sum((t & p).values())
    if not t and not p:
        return 1.0, 1.0, 1.0
    precision = overlap / sum(p.values()) if p else 0.0
    recall = overlap / sum(t.values()) if t else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def load_pages() -> tuple[dict[str, dict], dict[str, bytes]]:
    truth = json.loads((CORPUS / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for key in truth:
        path = CORPUS / "html" / f"{key}.html.gz"
        pages[key] = gzip.decompress(path.read_bytes())
    return truth, pages


def run(truth: dict, pages: dict, options: dict | None) -> dict[str, float]:
    triples, token_f1, token_p, token_r = [], [], [], []
    t0 = time.perf_counter()
    predictions = {}
    for key, data in pages.items():
        result = html_reader.extract(data, url=truth[key].get("url"), options=options)
        predictions[key] = (result or {}).get("text", "") or ""
    elapsed = time.perf_counter() - t0
    for key, pred in predictions.items():
        true = truth[key].get("articleBody", "")
        triples.append(shingle_tp_fp_fn(true, pred))
        p, r, f = token_prf(true, pred)
        token_p.append(p)
        token_r.append(r)
        token_f1.append(f)
    scores = benchmark_scores(triples)
    return {
        "benchmark_f1": scores["f1"], "benchmark_precision": scores["precision"],
        "benchmark_recall": scores["recall"], "token_f1": statistics.mean(token_f1),
        "token_precision": statistics.mean(token_p), "token_recall": statistics.mean(token_r),
        "pages": len(pages), "seconds": elapsed, "pages_per_s": len(pages) / elapsed,
    }


SWEEP = {
    "default (tables, no comments)": {"include_comments": False},
    "favor_precision": {"include_comments": False, "favor_precision": True},
    "favor_recall": {"include_comments": False, "favor_recall": True},
    "no tables": {"include_comments": False, "include_tables": False},
    "favor_precision, no tables": {"include_comments": False, "favor_precision": True,
                                   "include_tables": False},
    "with comments": {"include_comments": True},
    "no fallback (fast)": {"include_comments": False, "fast": True},
    "favor_precision + fast": {"include_comments": False, "favor_precision": True, "fast": True},
    "favor_recall + fast": {"include_comments": False, "favor_recall": True, "fast": True},
    "favor_precision, title kept in text": {"include_comments": False, "favor_precision": True,
                                            "strip_title": False},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sweep", action="store_true", help="compare several trafilatura settings")
    args = parser.parse_args()
    if not (CORPUS / "ground-truth.json").exists():
        sys.exit(f"corpus not found: {CORPUS}")
    truth, pages = load_pages()
    html_reader.extract(next(iter(pages.values())))  # warm-up: imports and caches out of the timing
    configs = SWEEP if args.sweep else {"reader settings " + json.dumps(html_reader.EXTRACT_OPTIONS): None}
    print(f"{'settings':<36} {'bench F1':>8} {'P':>6} {'R':>6} {'tokenF1':>8} {'P':>6} {'R':>6} "
          f"{'pages/s':>8}")
    for name, options in configs.items():
        s = run(truth, pages, options)
        print(f"{name[:36]:<36} {s['benchmark_f1']:8.3f} {s['benchmark_precision']:6.3f} "
              f"{s['benchmark_recall']:6.3f} {s['token_f1']:8.3f} {s['token_precision']:6.3f} "
              f"{s['token_recall']:6.3f} {s['pages_per_s']:8.1f}")


if __name__ == "__main__":
    main()
