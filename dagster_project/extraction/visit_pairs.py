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
        self._dest_words: dict[tuple[int, int], tuple] = {}
        self._visitor_words: dict[tuple[int, int], tuple] = {}
        self.sums: dict[tuple, float] = {}  # a scorer's sums of each side's weights (see _Scorer)

    def within(self, lo: int, hi: int) -> list[str]:
        """The words that lie wholly in [lo, hi)."""
        return self.words[bisect_left(self.starts, lo):bisect_right(self.ends, hi)]

    def dest_words(self, ds: int, de: int) -> tuple[str, str | None, list[str], list[str], bool]:
        """The words around a destination named in the sentence: the one before it ("<s>": none), the two
        before it joined (None: fewer), the six before it, the one after it, and a possessive after it."""
        key = (ds, de)
        got = self._dest_words.get(key)
        if got is None:
            s, e = self.start, self.end
            before = self.within(max(s, ds - 40), ds)[-3:]
            got = self._dest_words[key] = (
                before[-1] if before else "<s>", "_".join(before[-2:]) if len(before) > 1 else None,
                self.within(max(s, ds - 60), ds)[-6:], self.within(de, min(e, de + 30))[:1],
                self.text[de:de + 2] in ("'s", "’s"))
        return got

    def dest_side(self, ds: int, de: int) -> frozenset:
        """The features of the words before and after a destination named in the sentence."""
        key = (ds, de)
        if key not in self._dests:
            p1, p2, win, n1, poss = self.dest_words(ds, de)
            f = {"d_p1=" + p1}
            if p2 is not None:
                f.add("d_p2=" + p2)
            f |= {"d_win=" + w for w in win}
            f |= {"d_n1=" + w for w in n1}
            if poss:
                f.add("d_poss")
            self._dests[key] = frozenset(f)
        return self._dests[key]

    def visitor_words(self, vs: int, ve: int) -> tuple[list[str], list[str]]:
        """The word before a visitor (none or one) and the six after it."""
        key = (vs, ve)
        got = self._visitor_words.get(key)
        if got is None:
            s, e = self.start, self.end
            got = self._visitor_words[key] = (self.within(max(s, vs - 25), vs)[-1:],
                                              self.within(ve, min(e, ve + 60))[:6])
        return got

    def visitor_side(self, vs: int, ve: int) -> frozenset:
        """The features of the word before a visitor and the words after it."""
        key = (vs, ve)
        if key not in self._visitors:
            p1, win = self.visitor_words(vs, ve)
            self._visitors[key] = frozenset({"v_p1=" + w for w in p1} | {"v_win=" + w for w in win})
        return self._visitors[key]


@cache
def _kind_features(vk: str, dk: str) -> frozenset:
    """The kinds of a pair's two mentions (few kinds: built once per combination)."""
    return frozenset({"vk=" + vk, "dk=" + dk, f"vk_dk={vk}_{dk}"})


Candidate = tuple[int, int, frozenset, str | None]  # sentence start, end, features, visitor's name


def _sentence_pairs(art: Article):
    """Per sentence with a pair: (index, start, end, its places, the dateline's state, {key: mentions}),
    a mention being (visitor start, end, kind, destination start, end, kind, visitor's name)."""
    text = art.text
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
        if pairs:
            yield idx, s, e, places, dl_iso, pairs


def _sentence_features(tok: _Tokens, places: list, idx: int) -> tuple[str, str, bool]:
    """The sentence's own features besides its words: its count of states, its place in the story, "here"."""
    return ("nst=" + _bucket(len({m.iso3 for m in places}), (0, 1, 2, 3, 5)), "sidx=" + _bucket(idx, (0, 1, 2, 4, 8)),
            " here" in tok.text[tok.start:tok.end])


def _flags_of(key: tuple, title_isos: set, dl_iso: str | None, home: str | None) -> tuple[bool, ...]:
    """The story's flags (_FLAGS) of a pair."""
    di, vi = key
    return di in title_isos, vi in title_isos, di == dl_iso, vi == dl_iso, vi is None, vi == home, di == home


def _between(tok: _Tokens, vs: int, ve: int, ds: int, de: int) -> tuple[str, str, list[str]]:
    """The order of a pair's mentions, the bucket of the count of words between them, those words."""
    lo, hi = (ve, ds) if ve <= ds else (de, vs)
    between = tok.within(lo, hi)
    return "order=" + ("vd" if ve <= ds else "dv"), "gap=" + _bucket(len(between), (0, 1, 3, 6, 10, 20, 40)), between


def _pairs(art: Article):
    """Per sentence with a pair: (start, end, the sentence's own features, {key: (pair features,
    visitor's name)}). The sentence's features are shared by its pairs, so a scorer sums them once."""
    text = art.text
    title_isos = {m.iso3 for m in art.title_matches if m.iso3 and m.kind in ("country", "city")}
    home = art.actors_home
    for idx, s, e, places, dl_iso, pairs in _sentence_pairs(art):
        tok = _Tokens(text, s, e)
        nst, sidx, here = _sentence_features(tok, places, idx)
        shared = frozenset({"s=" + w for w in tok.words} | {nst, sidx, *(("here",) if here else ())})
        out = {}
        for key, mentions in pairs.items():
            f: set[str] = set()
            for vs, ve, vk, ds, de, dk, _ in mentions:
                f |= _kind_features(vk, dk)
                if dk != "dateline":
                    f |= tok.dest_side(ds, de)
                    f |= tok.visitor_side(vs, ve)
                    order, gap, between = _between(tok, vs, ve, ds, de)
                    f |= {order, gap}
                    f |= {"btw=" + w for w in between[:15]}
            f |= _flag_features(*_flags_of(key, title_isos, dl_iso, home))
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


class _Scorer:
    """A pair's score summed from the parts of its features, without the feature strings (what
    `_pairs` builds, and `candidates` gives for training): the model's weights of word features in
    a table per kind ("d_win=" + word: d_win[word]), each mention's side summed once per sentence.
    A feature counts once however many of the pair's mentions have it: the parts of several
    mentions are merged as sets first. (The terms are added in another order than over the
    feature set; a set's order changes with the string hash, from run to run, anyway.)"""

    _TABLES = ("s", "d_p1", "d_p2", "d_win", "d_n1", "v_p1", "v_win", "btw")

    def __init__(self, m: dict):
        self.model = m
        self.w = w = m["weights"]
        tables: dict[str, dict[str, float]] = {t: {} for t in self._TABLES}
        for name, weight in w.items():
            kind, eq, word = name.partition("=")
            if eq and kind in tables:
                tables[kind][word] = weight
        self.s, self.d_p1, self.d_p2, self.d_win, self.d_n1, self.v_p1, self.v_win, self.btw = tables.values()
        self.d_poss = w.get("d_poss", 0.0)
        self._sets: dict[frozenset, float] = {}  # kinds and flags: few combinations

    def of_words(self, table: dict[str, float], words) -> float:
        return sum(map(table.get, words, repeat(0.0)))

    def of_set(self, features: frozenset) -> float:
        got = self._sets.get(features)
        if got is None:
            got = self._sets[features] = _weight_sum(self.w, features)
        return got

    def dest(self, tok: _Tokens, ds: int, de: int) -> float:
        key = ("d", ds, de)
        got = tok.sums.get(key)
        if got is None:
            p1, p2, win, n1, poss = tok.dest_words(ds, de)
            got = tok.sums[key] = (self.d_p1.get(p1, 0.0) + (self.d_p2.get(p2, 0.0) if p2 is not None else 0.0)
                                   + self.of_words(self.d_win, set(win)) + self.of_words(self.d_n1, n1)
                                   + (self.d_poss if poss else 0.0))
        return got

    def visitor(self, tok: _Tokens, vs: int, ve: int) -> float:
        key = ("v", vs, ve)
        got = tok.sums.get(key)
        if got is None:
            p1, win = tok.visitor_words(vs, ve)
            got = tok.sums[key] = self.of_words(self.v_p1, p1) + self.of_words(self.v_win, set(win))
        return got

    def pair(self, tok: _Tokens, mentions: list) -> float:
        """The weights of the pair's features (the story's flags aside)."""
        w = self.w
        if len(mentions) == 1:
            vs, ve, vk, ds, de, dk, _ = mentions[0]
            z = self.of_set(_kind_features(vk, dk))
            if dk != "dateline":
                order, gap, between = _between(tok, vs, ve, ds, de)
                z += self.dest(tok, ds, de) + self.visitor(tok, vs, ve) + w.get(order, 0.0) + w.get(gap, 0.0) \
                    + self.of_words(self.btw, set(between[:15]))
            return z
        kinds: set[str] = set()
        d_p1: set[str] = set()
        d_p2: set[str] = set()
        d_win: set[str] = set()
        d_n1: set[str] = set()
        v_p1: set[str] = set()
        v_win: set[str] = set()
        btw: set[str] = set()
        other: set[str] = set()
        poss = False
        for vs, ve, vk, ds, de, dk, _ in mentions:
            kinds |= _kind_features(vk, dk)
            if dk != "dateline":
                p1, p2, win, n1, possessive = tok.dest_words(ds, de)
                d_p1.add(p1)
                if p2 is not None:
                    d_p2.add(p2)
                d_win.update(win)
                d_n1.update(n1)
                poss = poss or possessive
                p1, win = tok.visitor_words(vs, ve)
                v_p1.update(p1)
                v_win.update(win)
                order, gap, between = _between(tok, vs, ve, ds, de)
                other |= {order, gap}
                btw.update(between[:15])
        return (_weight_sum(w, kinds) + self.of_words(self.d_p1, d_p1) + self.of_words(self.d_p2, d_p2)
                + self.of_words(self.d_win, d_win) + self.of_words(self.d_n1, d_n1) + (self.d_poss if poss else 0.0)
                + self.of_words(self.v_p1, v_p1) + self.of_words(self.v_win, v_win) + _weight_sum(w, other)
                + self.of_words(self.btw, btw))


_SCORER: list = [None]  # the scorer of the model last asked for


def _scorer(m: dict) -> _Scorer:
    if _SCORER[0] is None or _SCORER[0].model is not m:
        _SCORER[0] = _Scorer(m)
    return _SCORER[0]


def scored_pairs(art: Article) -> list[tuple[tuple, int, int, str | None]]:
    """Each pair the model scores at or above its threshold, in its best sentence:
    (key, sentence start, end, visitor's name). The scores of `_pairs`' features, summed by parts
    (_Scorer): building every pair's feature strings cost a third of the learned reader."""
    m = model()
    w = m["weights"]
    if not w:
        return []
    sc = _scorer(m)
    text = art.text
    title_isos = {mm.iso3 for mm in art.title_matches if mm.iso3 and mm.kind in ("country", "city")}
    home = art.actors_home
    best: dict[tuple, tuple[float, int, int, str | None]] = {}
    for idx, s, e, places, dl_iso, pairs in _sentence_pairs(art):
        tok = _Tokens(text, s, e)
        nst, sidx, here = _sentence_features(tok, places, idx)
        base = m["intercept"] + (sc.of_words(sc.s, set(tok.words)) + w.get(nst, 0.0) + w.get(sidx, 0.0)
                                 + (w.get("here", 0.0) if here else 0.0))  # once per sentence
        for key, mentions in pairs.items():
            z = base + (sc.pair(tok, mentions) + sc.of_set(_flag_features(*_flags_of(key, title_isos, dl_iso, home))))
            if key not in best or z > best[key][0]:
                best[key] = (z, s, e, next((mm[6] for mm in mentions if mm[6]), None))
    return [(key, s, e, name) for key, (z, s, e, name) in best.items() if _logistic(z) >= m["threshold"]]
