"""A learned second reader for visits: every pair of states that one sentence brings together,
scored by a logistic regression over the words around and between them.

The rules (visits.py) find a trip by its frame ("X arrived in Y", "visit to Y"); news also says
travel in ways no frame lists ("told reporters in Tokyo", "attending the meeting in Davos").
A pair (visitor, destination) is a candidate when a sentence names the visitor's state (an official
the actor reader knows, an international official, a place or demonym)
and the destination (a place in the sentence, or the wire dateline). Its features are the words
around and between the two mentions, the kinds of mention, and a few flags of the story (the pair
in the title, the dateline's state). The weights are trained by `benchmarks/visit_pair_model.py`
on readers' judgements only (fresh annotation sets used for tuning and candidate sentences judged
against GUIDELINES.md; never the development set or the measuring sets) and stored in
`reference/visit_pairs.json` with the threshold chosen on held-out data.

Pure code: no Dagster, no scikit-learn (scoring is a sum of weights).
"""

from __future__ import annotations

import collections
import json
import math
import re
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache
from importlib import resources
from itertools import repeat

from .article import Article

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_THING_AFTER = re.compile(r"\s+(?:economy|economic|debt|debts|markets?|currency|exports?|imports?|oil|crude|gas|goods|"
                          r"products|companies|firms|banks|press|media|newspapers?|stocks|shares|prices|bonds|"
                          r"securities|steel|cars|wheat|grain|coffee|sugar|rice|trade|industry|airlines?)\b", re.I)


@cache
def _bucket(n: int, edges: tuple[int, ...]) -> str:
    return next((str(e) for e in edges if n <= e), "more")


_FLAGS = ("d_in_title", "v_in_title", "d_is_dateline_state", "v_is_dateline_state", "v_none", "v_is_home",
          "d_is_home")


@cache
def _flag_features(*on: bool) -> frozenset:
    """The names of the story's flags (_FLAGS) that are on for a pair (built once per combination)."""
    return frozenset(name for name, is_on in zip(_FLAGS, on) if is_on)


class _Tokens:
    """A sentence's words, found once: the windows around each mention are slices of them (the first
    seven letters, lower-cased: "visited", "visiting" and "visits" share "visitin"/"visited"/"visits").
    A mention is in many pairs of its sentence (each visitor with each destination): the features of
    its own words are built once per mention (`dest_side`, `visitor_side`) and shared by its pairs."""

    def __init__(self, text: str, start: int, end: int):
        found = list(_WORD.finditer(text, start, end))
        self.text, self.start, self.end = text, start, end
        self.starts = [m.start() for m in found]
        self.ends = [m.end() for m in found]
        self.words = [m.group().lower().replace("’", "'")[:7] for m in found]
        self._dests: dict[tuple[int, int], frozenset] = {}
        self._visitors: dict[tuple[int, int], frozenset] = {}

    def within(self, lo: int, hi: int) -> list[str]:
        """The words that lie wholly in [lo, hi)."""
        return self.words[bisect_left(self.starts, lo):bisect_right(self.ends, hi)]

    def dest_side(self, ds: int, de: int) -> frozenset:
        """The features of the words before and after a destination named in the sentence."""
        key = (ds, de)
        if key not in self._dests:
            s, e = self.start, self.end
            before = self.within(max(s, ds - 40), ds)[-3:]
            f = {"d_p1=" + (before[-1] if before else "<s>")}
            if len(before) > 1:
                f.add("d_p2=" + "_".join(before[-2:]))
            f |= {"d_win=" + w for w in self.within(max(s, ds - 60), ds)[-6:]}
            f |= {"d_n1=" + w for w in self.within(de, min(e, de + 30))[:1]}
            if self.text[de:de + 2] in ("'s", "’s"):
                f.add("d_poss")
            self._dests[key] = frozenset(f)
        return self._dests[key]

    def visitor_side(self, vs: int, ve: int) -> frozenset:
        """The features of the word before a visitor and the words after it."""
        key = (vs, ve)
        if key not in self._visitors:
            s, e = self.start, self.end
            self._visitors[key] = frozenset({"v_p1=" + w for w in self.within(max(s, vs - 25), vs)[-1:]} |
                                            {"v_win=" + w for w in self.within(ve, min(e, ve + 60))[:6]})
        return self._visitors[key]


@cache
def _kind_features(vk: str, dk: str) -> frozenset:
    """The kinds of a pair's two mentions (few kinds: built once per combination)."""
    return frozenset({"vk=" + vk, "dk=" + dk, f"vk_dk={vk}_{dk}"})


Candidate = tuple[int, int, frozenset, str | None]  # sentence start, end, features, visitor's name


def _pairs(art: Article):
    """Per sentence with a pair: (start, end, the sentence's own features, {key: (pair features,
    visitor's name)}). The sentence's features are shared by its pairs, so a scorer sums them once."""
    text = art.text
    title_isos = {m.iso3 for m in art.title_matches if m.iso3 and m.kind in ("country", "city")}
    home = art.actors_home
    for idx, (s, e) in enumerate(art.sentences):
        dateline = art.dateline_at(s)  # (a digest's item has its own)
        dl_iso = dateline.iso3 if dateline else None
        places = [m for m in art.matches_in(s, e, ("country", "demonym", "city")) if m.iso3]
        if not places and not dl_iso:
            continue
        actors = [a for a in art.actors.in_span(s, e) if a.international or a.iso3]
        visitors = [(None if a.international else a.iso3, a.start, a.end, "act_" + (a.role or "named"), a.name)
                    for a in actors]
        # (a demonym before a thing is nobody: "the Brazilian economy", "Japanese exports")
        visitors += [(m.iso3, m.start, m.end, "pl_" + m.kind, None) for m in places
                     if not (m.kind == "demonym" and _THING_AFTER.match(text, m.end))]
        # (no unnamed "I"/"we" of the publisher's head: the frames read a release's first person)
        dests = [(m.iso3, m.start, m.end, m.kind) for m in places] + ([(dl_iso, s, s, "dateline")] if dl_iso else [])
        pairs = collections.defaultdict(list)
        for vi, vs, ve, vk, vname in visitors:
            for di, ds, de, dk in dests:
                if vi == di or (ds < ve and vs < de and dk != "dateline"):
                    continue  # one state, or the same words read twice
                pairs[(di, vi)].append((vs, ve, vk, ds, de, dk, vname))
        if not pairs:
            continue
        tok = _Tokens(text, s, e)
        n_states = len({m.iso3 for m in places})
        shared = frozenset({"s=" + w for w in tok.words} |
                           {"nst=" + _bucket(n_states, (0, 1, 2, 3, 5)), "sidx=" + _bucket(idx, (0, 1, 2, 4, 8)),
                            *(("here",) if " here" in text[s:e] else ())})
        out = {}
        for key, mentions in pairs.items():
            f: set[str] = set()
            for vs, ve, vk, ds, de, dk, _ in mentions:
                f |= _kind_features(vk, dk)
                if dk != "dateline":
                    f |= tok.dest_side(ds, de)
                    f |= tok.visitor_side(vs, ve)
                    lo, hi = (ve, ds) if ve <= ds else (de, vs)
                    between = tok.within(lo, hi)
                    f |= {"order=" + ("vd" if ve <= ds else "dv"), "gap=" + _bucket(len(between), (0, 1, 3, 6, 10, 20, 40))}
                    f |= {"btw=" + w for w in between[:15]}
            di, vi = key
            f |= _flag_features(di in title_isos, vi in title_isos, di == dl_iso, vi == dl_iso, vi is None,
                                vi == home, di == home)
            out[key] = (f, next((m[6] for m in mentions if m[6]), None))
        yield s, e, shared, out


def candidates(art: Article) -> dict[tuple, list[Candidate]]:
    """{(destination, visitor): [(sentence start, end, features, visitor name), ...]} of one article."""
    found: dict[tuple, list[Candidate]] = collections.defaultdict(list)
    for s, e, shared, pairs in _pairs(art):
        for key, (f, name) in pairs.items():
            found[key].append((s, e, frozenset(f | shared), name))
    return found


@lru_cache(maxsize=1)
def model() -> dict:
    """The trained weights ({"intercept", "threshold", "weights": {feature: weight}}), or an empty
    model (threshold above any score) when the reference file is absent."""
    try:
        raw = resources.files("dagster_project.reference").joinpath("visit_pairs.json").read_text(encoding="utf-8")
    except FileNotFoundError:
        return {"intercept": 0.0, "threshold": 2.0, "weights": {}}
    return json.loads(raw)


def _logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def _weight_sum(w: dict, features) -> float:
    """The sum of the features' weights (0 for a feature the model has none for), in the features'
    order; map() with a C-level dict.get is several times cheaper than a generator over them."""
    return sum(map(w.get, features, repeat(0.0)))


def probability(features: frozenset, m: dict | None = None) -> float:
    m = m or model()
    return _logistic(m["intercept"] + _weight_sum(m["weights"], features))


def scored_pairs(art: Article) -> list[tuple[tuple, int, int, str | None]]:
    """Each pair the model scores at or above its threshold, in its best sentence:
    (key, sentence start, end, visitor's name)."""
    m = model()
    w = m["weights"]
    if not w:
        return []
    best: dict[tuple, tuple[float, int, int, str | None]] = {}
    for s, e, shared, pairs in _pairs(art):
        base = m["intercept"] + _weight_sum(w, shared)  # once per sentence
        for key, (f, name) in pairs.items():
            z = base + _weight_sum(w, f)
            if key not in best or z > best[key][0]:
                best[key] = (z, s, e, name)
    return [(key, s, e, name) for key, (z, s, e, name) in best.items() if _logistic(z) >= m["threshold"]]
