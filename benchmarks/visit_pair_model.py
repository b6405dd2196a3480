"""Train and measure the learned reader of visits (dagster_project/extraction/visit_pairs.py).

    .venv/bin/pip install scikit-learn==1.9.1    # only this script needs it; the build does not
    .venv/bin/python benchmarks/visit_pair_model.py              # measure
    .venv/bin/python benchmarks/visit_pair_model.py --write 0.6  # train on everything, write the weights

Every ordered pair of states (visitor, destination) that one sentence brings together is a
candidate (visit_pairs.candidates: the features are the words around and between the two mentions,
their kinds, the title and the dateline). A logistic regression is trained on readers' judgements
only: the fresh annotation sets used for tuning (docs/annotations: the readers' quotes say which
sentence holds each visit) and the judged candidate sentences of docs/annotations/visit_candidates.jsonl;
never on the development set or the measuring sets C, H, V and W, so that both stay unseen. An
article's key (destination, visitor) gets the highest score of its sentences.

Printed: precision and recall of the model's yes on the judged candidates the rules missed, out of
fold (five folds by story); then the rules alone against the rules plus the keys the model scores
at or above each threshold, on the tuning sets out of fold (each set scored by a model trained on
the others and the judged candidates), the measuring sets, and both parts of the development set;
also the model alone. Keys are compared as score.py compares them (optional gold keys neither count
nor hurt). The build adds fewer keys than "rules + model" here: it vetoes what the frames decided
(visits._learned).
"""

from __future__ import annotations

import collections
import json
import re
import sys
from datetime import date
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dev_quality import EVAL, is_held_out  # noqa: E402
from fresh_quality import MEASURING, TUNING, load_gold, read_articles  # noqa: E402

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
CANDIDATES = Path(__file__).resolve().parents[1] / "docs" / "annotations" / "visit_candidates.jsonl"
MODEL_OUT = Path(__file__).resolve().parents[1] / "dagster_project" / "reference" / "visit_pairs.json"


def _pairs(article: dict) -> dict:
    from dagster_project.extraction.article import Article
    from dagster_project.extraction.visit_pairs import candidates

    art = Article.build(article["id"], article["text"], article["title"], article["published"], article["source"])
    return candidates(art)


def _articles() -> list[dict]:
    """The fresh sets and the development set: text, gold keys (required, optional) and quotes,
    and the keys the rules find."""
    from dagster_project.extraction.pipeline import extract_all
    from dagster_project.ingest.normalize import normalize
    from dagster_project.readers import read_file

    groups = [(s, load_gold((s,)), None) for s in TUNING + MEASURING]
    src = EVAL / "dev_articles.jsonl"
    dev_gold = [json.loads(ln) for ln in src.with_name("dev_gold.jsonl").read_text(encoding="utf-8").splitlines() if ln]
    groups.append(("DEV", dev_gold, normalize(read_file(src, src.name), date(2026, 11, 28)).articles))
    out = []
    for name, gold, arts in groups:
        arts = read_articles(gold) if arts is None else arts
        rows = extract_all(arts, tables=("visits",))["visits"].join(arts.select("article_id", "external_id"), on="article_id")
        rows = rows.filter(pl.col("rule") != "visit.learned")  # the rules alone
        rule_keys = collections.defaultdict(set)
        for r in rows.iter_rows(named=True):
            rule_keys[r["external_id"]].add((r["destination_iso3"], r["visitor_iso3"]))
        by_id = {g["id"]: g for g in gold}
        for a in arts.iter_rows(named=True):
            g = by_id.get(a["external_id"])
            if g is None:
                continue
            recs = collections.defaultdict(list)
            for v in g.get("visits", []):
                recs[(v.get("destination_iso3"), v.get("visitor_iso3"))].append(v)
            required = {k for k, vs in recs.items() if not all(v.get("optional") for v in vs)}
            part = name if name != "DEV" else ("dev held-out" if is_held_out(a["external_id"]) else "dev tuning")
            out.append({"part": part, "id": a["external_id"], "text": a["text"], "title": a["title"],
                        "published": a["published_at"], "source": a["source"], "gold": required,
                        "optional": set(recs) - required, "quotes": [v.get("quote") for v in g.get("visits", [])],
                        "rules": rule_keys.get(a["external_id"], set())})
    return out


def _flat(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip().lower()


def _quoted(sentence: str, quotes: list[str | None]) -> bool:
    s = _flat(sentence)
    for q in map(_flat, quotes):
        if q and (q in s or (len(s) > 30 and s in q) or (len(q.split()) >= 6 and " ".join(q.split()[:6]) in s)):
            return True
    return False


def _label(article: dict, key: tuple, s: int, e: int) -> int | None:
    """1 for the sentence a reader quoted for a gold key, 0 for a pair no reader recorded, None
    (not trained on) for an optional key or another sentence of a gold key."""
    if key in article["gold"]:
        return 1 if _quoted(article["text"][s:e], article["quotes"]) else None
    return None if key in article["optional"] else 0


def _group(part: str) -> str:
    return "tuning sets (out of fold)" if part in TUNING else "measuring sets" if part in MEASURING else part


def _candidate_rows() -> list[tuple[str, tuple, frozenset, int, bool]]:
    """The judged candidate sentences (docs/annotations/visit_candidates.jsonl): (story id, key,
    features, label, whether the rules found the key), each found again in its story read from
    the corpora."""
    if not CANDIDATES.exists():
        return []
    judged = [json.loads(ln) for ln in CANDIDATES.read_text(encoding="utf-8").splitlines() if ln.strip()]
    arts = {a["external_id"]: a for a in read_articles(judged).iter_rows(named=True)}
    rows, lost = [], 0
    for j in judged:
        a = arts.get(j["id"])
        pairs = _pairs({"id": j["id"], "text": a["text"], "title": a["title"], "published": a["published_at"],
                        "source": a["source"]}) if a else {}
        key = (j["destination_iso3"], j["visitor_iso3"])
        found = [f for s, e, f, _ in pairs.get(key, []) if _flat(a["text"][s:e]) == _flat(j["sentence"])]
        if found:
            rows.append((j["id"], key, found[0], int(j["label"]), bool(j.get("rules_found"))))
        else:
            lost += 1
    if lost:
        print(f"{lost} judged candidates not found again (the candidate reader changed)")
    return rows


def _fit(train: list[tuple[frozenset, int]]):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    model = LogisticRegression(C=0.3, max_iter=4000)
    model.fit(vec.fit_transform([dict.fromkeys(f, 1) for f, _ in train]), [y for _, y in train])
    return vec, model


def _predict(fitted, feats: list[frozenset]) -> list[float]:
    vec, model = fitted
    return list(model.predict_proba(vec.transform([dict.fromkeys(f, 1) for f in feats]))[:, 1]) if feats else []


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", type=float, metavar="THRESHOLD",
                    help="train on all judged data and write reference/visit_pairs.json with this threshold")
    args = ap.parse_args()
    try:
        import sklearn  # noqa: F401
    except ImportError:
        sys.exit("this experiment needs scikit-learn: .venv/bin/pip install scikit-learn==1.9.1")

    articles = _articles()
    rows = []  # (article index, key, features, label)
    for i, a in enumerate(articles):
        for key, sentences in _pairs(a).items():
            rows += [(i, key, f, _label(a, key, s, e)) for s, e, f, _ in sentences]
    judged = _candidate_rows()
    trainable = [r for r in rows if articles[r[0]]["part"] in TUNING and r[3] is not None]
    print(f"{len(articles)} articles; {len(trainable)} training candidates from the tuning sets "
          f"({sum(r[3] for r in trainable)} positive), {len(judged)} judged candidate sentences "
          f"({sum(r[3] for r in judged)} positive)")

    # the judged candidates out of fold (five folds by story): precision of the model's yes
    folds = 5
    fold_of = {sid: k % folds for k, sid in enumerate(sorted({r[0] for r in judged}))}
    oof = [0.0] * len(judged)
    for k in range(folds):
        fitted = _fit([(r[2], r[3]) for r in trainable] +
                      [(r[2], r[3]) for r in judged if fold_of[r[0]] != k])
        idx = [n for n, r in enumerate(judged) if fold_of[r[0]] == k]
        for n, p in zip(idx, _predict(fitted, [judged[n][2] for n in idx])):
            oof[n] = p
    print("== judged candidate sentences, out of fold (yes = score >= threshold); the pairs the rules missed")
    for tau in THRESHOLDS:
        missed = [(r, p) for r, p in zip(judged, oof) if not r[4]]
        yes = [r[3] for r, p in missed if p >= tau]
        pos = sum(r[3] for r, _ in missed)
        print(f"  >= {tau:.1f}: {len(yes)} yes, precision {sum(yes) / len(yes) if yes else 0:.2f}, "
              f"recall {sum(yes) / pos if pos else 0:.2f}")

    score: dict[tuple, float] = collections.defaultdict(float)
    everything = [(r[2], r[3]) for r in judged]
    groups = [[r for r in rows if articles[r[0]]["part"] == s] for s in TUNING]
    groups.append([r for r in rows if articles[r[0]]["part"] not in TUNING])
    for s, test in zip((*TUNING, None), groups):
        fitted = _fit([(r[2], r[3]) for r in trainable if articles[r[0]]["part"] != s] + everything)
        for r, p in zip(test, _predict(fitted, [r[2] for r in test])):
            score[(r[0], r[1])] = max(score[(r[0], r[1])], p)

    def prf(group: str, tau: float | None, rules: bool = True) -> str:
        tp = fp = fn = 0
        for i, a in enumerate(articles):
            if _group(a["part"]) != group:
                continue
            pred = set(a["rules"]) if rules else set()
            if tau is not None:
                pred |= {k for k in {r for (j, r) in score if j == i} if score[(i, k)] >= tau}
            pred -= a["optional"]
            tp, fp, fn = tp + len(pred & a["gold"]), fp + len(pred - a["gold"]), fn + len(a["gold"] - pred)
        p, r = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
        return f"P {p:.2f} R {r:.2f} F1 {2 * p * r / (p + r) if p + r else 0:.3f} (tp {tp}, fp {fp}, fn {fn})"

    for group in ("tuning sets (out of fold)", "measuring sets", "dev tuning", "dev held-out"):
        print(f"== {group}\n  rules alone            {prf(group, None)}")
        for tau in THRESHOLDS:
            print(f"  rules + model >= {tau:.1f}   {prf(group, tau)}   | model alone {prf(group, tau, rules=False)}")

    if args.write is not None:
        vec, model = _fit([(r[2], r[3]) for r in trainable] + everything)
        weights = {name: round(float(w), 4) for name, w in zip(vec.feature_names_, model.coef_[0]) if abs(w) >= 5e-4}
        MODEL_OUT.write_text(json.dumps({
            "about": "visit_pairs.py weights, trained by benchmarks/visit_pair_model.py --write on the fresh tuning "
                     "sets' quotes and docs/annotations/visit_candidates.jsonl (never the development or measuring sets)",
            "training_candidates": len(trainable) + len(judged), "threshold": args.write,
            "intercept": round(float(model.intercept_[0]), 4), "weights": dict(sorted(weights.items())),
        }, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_OUT} ({len(weights)} weights, threshold {args.write})")


if __name__ == "__main__":
    main()
