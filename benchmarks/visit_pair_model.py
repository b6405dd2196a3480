"""An experiment, not part of the build: can a learned scorer find the visits the rules miss on
news nobody tuned for?

    .venv/bin/pip install scikit-learn==1.9.1    # only this script needs it
    .venv/bin/python benchmarks/visit_pair_model.py

Every ordered pair of states (visitor, destination) that one sentence brings together is a
candidate: the visitor from an official the actor reader knows, an international official (no
state), a place or demonym, or the publisher's own head; the destination from a place in the
sentence or the wire dateline. Its features are the words around and between the two mentions,
the kinds of the mentions (a minister, a city, the dateline), the title and dateline, and the
sentence's words. A logistic regression is trained on the fresh annotation sets used for tuning
(docs/annotations, the readers' quotes say which sentence holds each visit) and never on the
development set, so that both the development set and the measuring sets C, H and V stay
unseen. An article's key (destination, visitor) gets the highest score of its sentences.

Printed: the rules alone against the rules plus the keys the model scores at or above each
threshold, on the tuning sets out of fold (each set scored by a model trained on the others),
the measuring sets, and both parts of the development set; also the model alone. Keys are
compared as score.py compares them (optional gold keys neither count nor hurt).
"""

from __future__ import annotations

import collections
import json
import re
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dev_quality import EVAL, is_held_out  # noqa: E402
from fresh_quality import MEASURING, TUNING, load_gold, read_articles  # noqa: E402

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


def _words(text: str) -> list[str]:
    return [m.group().lower().replace("’", "'")[:7] for m in _WORD.finditer(text)]


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    return next((str(e) for e in edges if n <= e), "more")


def candidate_features(article: dict) -> dict[tuple, list[tuple[int, int, set[str]]]]:
    """{(destination, visitor): [(sentence start, end, features), ...]} of one article."""
    from dagster_project.extraction.article import Article
    from dagster_project.extraction.sentences import split_sentences

    art = Article.build(article["id"], article["text"], article["title"], article["published"], article["source"])
    text = art.text
    dateline = art.dateline_place()
    dl_iso = dateline.iso3 if dateline else None
    title_isos = {m.iso3 for m in art.title_matches if m.iso3 and m.kind in ("country", "city")}
    home = art.actors_home
    out: dict[tuple, list] = collections.defaultdict(list)
    for idx, (s, e) in enumerate(split_sentences(text)):
        places = [m for m in art.matches_in(s, e, ("country", "demonym", "city")) if m.iso3]
        visitors = [(None if a.international else a.iso3, a.start, a.end, "intl" if a.international else
                     "act_" + (a.role or "named")) for a in art.actors.in_span(s, e) if a.international or a.iso3]
        visitors += [(m.iso3, m.start, m.end, "pl_" + m.kind) for m in places]
        visitors += [(home, s, s, "home")] if home else []
        dests = [(m.iso3, m.start, m.end, m.kind) for m in places] + ([(dl_iso, s, s, "dateline")] if dl_iso else [])
        sentence_words = set(_words(text[s:e]))
        n_states = len({m.iso3 for m in places})
        pairs = collections.defaultdict(list)
        for vi, vs, ve, vk in visitors:
            for di, ds, de, dk in dests:
                if vi == di or (ds < ve and vs < de and dk != "dateline" and vk != "home"):
                    continue  # one state, or the same words read twice
                pairs[(di, vi)].append((vs, ve, vk, ds, de, dk))
        for key, mentions in pairs.items():
            f: set[str] = set()
            for vs, ve, vk, ds, de, dk in mentions:
                f |= {"vk=" + vk, "dk=" + dk, f"vk_dk={vk}_{dk}"}
                if dk != "dateline":
                    before = _words(text[max(s, ds - 40):ds])[-3:]
                    f.add("d_p1=" + (before[-1] if before else "<s>"))
                    if len(before) > 1:
                        f.add("d_p2=" + "_".join(before[-2:]))
                    f |= {"d_win=" + w for w in _words(text[max(s, ds - 60):ds])[-6:]}
                    f |= {"d_n1=" + w for w in _words(text[de:min(e, de + 30)])[:1]}
                    if text[de:de + 2] in ("'s", "’s"):
                        f.add("d_poss")
                if vk != "home" and dk != "dateline":
                    lo, hi = (ve, ds) if ve <= ds else (de, vs)
                    between = _words(text[lo:hi])
                    f |= {"order=" + ("vd" if ve <= ds else "dv"), "gap=" + _bucket(len(between), (0, 1, 3, 6, 10, 20, 40))}
                    f |= {"btw=" + w for w in between[:15]}
                    f |= {"v_p1=" + w for w in _words(text[max(s, vs - 25):vs])[-1:]}
                    f |= {"v_win=" + w for w in _words(text[ve:min(e, ve + 60)])[:6]}
            di, vi = key
            f |= {"s=" + w for w in sentence_words}
            f |= {"nst=" + _bucket(n_states, (0, 1, 2, 3, 5)), "sidx=" + _bucket(idx, (0, 1, 2, 4, 8))}
            flags = {"here": " here" in text[s:e], "d_in_title": di in title_isos, "v_in_title": vi in title_isos,
                     "d_is_dateline_state": di == dl_iso, "v_is_dateline_state": vi == dl_iso,
                     "v_none": vi is None, "v_is_home": vi == home, "d_is_home": di == home}
            f |= {name for name, on in flags.items() if on}
            out[key].append((s, e, f))
    return out


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


def main() -> None:
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        sys.exit("this experiment needs scikit-learn: .venv/bin/pip install scikit-learn==1.9.1")

    articles = _articles()
    rows = []  # (article index, key, features, label)
    for i, a in enumerate(articles):
        for key, sentences in candidate_features(a).items():
            rows += [(i, key, f, _label(a, key, s, e)) for s, e, f in sentences]

    def fit_predict(train: list, test: list) -> list[float]:
        vec = DictVectorizer()
        model = LogisticRegression(C=0.3, max_iter=4000)
        model.fit(vec.fit_transform([dict.fromkeys(r[2], 1) for r in train]), [r[3] for r in train])
        return list(model.predict_proba(vec.transform([dict.fromkeys(r[2], 1) for r in test]))[:, 1])

    trainable = [r for r in rows if articles[r[0]]["part"] in TUNING and r[3] is not None]
    print(f"{len(articles)} articles; {len(trainable)} training candidates, {sum(r[3] for r in trainable)} positive")
    score: dict[tuple, float] = collections.defaultdict(float)
    folds = [[r for r in rows if articles[r[0]]["part"] == s] for s in TUNING]
    folds.append([r for r in rows if articles[r[0]]["part"] not in TUNING])
    for s, test in zip((*TUNING, None), folds):
        train = [r for r in trainable if articles[r[0]]["part"] != s]
        for r, p in zip(test, fit_predict(train, test)):
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


if __name__ == "__main__":
    main()
