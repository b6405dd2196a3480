"""Find countries, demonyms, cities, people and named infrastructure in text.

One Aho-Corasick automaton holds every surface form of the reference data; matching is
case-sensitive (proper nouns), checked at word boundaries, longest match first. People named
with a title that the reference data does not know ("Nigerian Finance Minister Chu Okongwu")
are found by pattern, with their country from the demonym or "of <Country>" beside them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

import ahocorasick
import ahocorasick_rs

from .. import reference


@dataclass(frozen=True, slots=True)
class Term:
    """A person's term in an office, from the reference data."""

    name: str
    iso3: str | None
    role: str
    title: str | None
    start: date | None
    end: date | None

    def near(self, on: date, years: int) -> bool:
        """In office on the date, or within `years` of it."""
        slack = timedelta(days=365 * years)
        return (self.start is None or self.start - slack <= on) and (self.end is None or on <= self.end + slack)

    def active(self, on: date) -> bool:
        # end is exclusive: on a handover day the successor is in office
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


class Match(NamedTuple):
    """A key of the gazetteer found in a text (a named tuple: articles have hundreds of them, and
    a tuple is three times cheaper to make than a frozen dataclass)."""

    start: int
    end: int
    text: str
    kind: str  # country | demonym | city | person | infra (| currency: set by Article, "U.S. dollars")
    iso3: str | None = None
    terms: tuple[Term, ...] = ()
    infra: dict | None = None


# Single-word name variants that are also ordinary words, months or common first names:
# they count as a person only after a title ("Prime Minister May", "Mr Brown").
_AMBIGUOUS_SURNAMES = frozenset("""
May June April March August Brown Major Rice King Young Park Moon Lee Li Hu Wen Ma Sun Kim Long Rose Bush?
Green White Black Gray Grey Little Short Hall Wall Bill Will Mark Hope Chance Price Frank Rich Law Bond Cook
Smith Jones Baker Miller Carter Chan Wong Lim Tan Ng Singh Khan Ali Said Love Mark Fox Wolf Powell Kerry
""".replace("?", "").split())

# Country forms whose other reading dominates in news text (the reference data flags more
# forms as ambiguous, such as "US" or "England", but those mean the country far more often).
NOT_COUNTRY_FORMS = frozenset({"CAR", "Saba", "Jersey", "Chad", "Georgia", "Georgian", "San Jose",
                               "Nippon"})  # "Nippon" in English news is a company's name (Nippon Steel)

_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def _parse_date(value) -> date | None:
    if not value:
        return None
    m = _DATE_RE.match(str(value))
    return date(int(m[1]), int(m[2]), int(m[3])) if m else None


# Preference when one surface has several readings: a country beats a city of the same name
# ("Singapore", "Mexico"), a person beats nothing.
_KIND_ORDER = ("country", "demonym", "infra", "person", "city")
_NAME_KINDS = frozenset({"country", "demonym", "person", "city"})


@dataclass
class Gazetteer:
    automaton: ahocorasick.Automaton  # every key, all matches: finds the keys inside each key
    scanner: ahocorasick_rs.AhoCorasick  # the same keys, leftmost-longest: the main scan
    hits: list[tuple]  # (length, entries, fixed reading) of each key, by the scanner's key index
    inner: list[tuple]  # the keys inside each key but its last character: (start, end, hit) in it
    country_names: dict[str, str]  # iso3 -> common name
    capitals: dict[str, str]  # iso3 -> capital
    terms_by_country: dict[str, list[Term]]
    title_only: frozenset[str] = frozenset()
    name_words: frozenset[str] = frozenset()  # the capitalized words of every key ("Nigerian", "Lukman")

    def __post_init__(self) -> None:
        self.country_name_set = frozenset(self.country_names.values())

    def find(self, text: str, on: date | None = None) -> list[Match]:
        """Non-overlapping matches at word boundaries, the longest winning. `on` is the article's
        date, used to reject bare surnames of people long out of office."""
        out: list[Match] = []
        n = len(text)
        # The longest key at each point, left to right and non-overlapping (Rust, in character
        # offsets). When the longest one is not a whole word ("Nord Stream pipeline" in
        # "... pipelines"), the shorter keys inside it are tried, longest first at each start
        # (which keys lie inside a key is known from the key alone: `inner`).
        hits = self.hits
        new = tuple.__new__  # Match(...) without the Python-level __new__ of a named tuple
        claimed_until = 0  # the end of a key found by a second scan inside a failed one
        for idx, start, end in self.scanner.find_matches_as_indexes(text):
            if start < claimed_until:
                continue
            hit = hits[idx]
            if (start == 0 or not text[start - 1].isalnum()) and (end == n or not text[end].isalnum()):
                fixed = hit[2]
                if fixed is None:
                    self._take(out, text, start, end, hit, on)
                elif fixed[0] != "blocker":  # _take's first case, inline (most keys)
                    out.append(new(Match, (start, end, fixed[1], fixed[0], fixed[2], (), fixed[3])))
                continue
            inner = [(start + s0, s0 - e0, start + e0, sub) for s0, e0, sub in self.inner[idx]
                     if _whole_word(text, start + s0, start + e0)]
            if inner:
                inner.sort(key=lambda t: t[:2])
                last_end = -1
                for s0, _, e0, sub in inner:
                    if s0 >= last_end and self._take(out, text, s0, e0, sub, on):
                        last_end = e0
            else:
                # "the Sudanese": the longest key ("the Sudan") is no whole word and hid a key that
                # starts inside it and ends beyond it ("Sudanese"): scan again from its next word
                claimed_until = max(claimed_until, self._rescan(out, text, start, end, on))
        return out

    def _rescan(self, out: list[Match], text: str, start: int, end: int, on: date | None) -> int:
        """Whole-word keys that start inside the failed key's span [start, end): the end of the last one taken."""
        lo = text.find(" ", start, end)
        if lo < 0:
            return 0
        lo += 1
        hi = min(len(text), end + 60)
        taken = 0
        for idx, s0, e0 in self.scanner.find_matches_as_indexes(text[lo:hi]):
            s0, e0 = s0 + lo, e0 + lo
            if s0 >= end:
                break
            if _whole_word(text, s0, e0) and self._take(out, text, s0, e0, self.hits[idx], on):
                taken = e0
        return taken

    def _take(self, out: list[Match], text: str, start: int, end: int, hit: tuple, on: date | None) -> bool:
        """Append the reading of one key found in the text; True when it claims its span (a
        blocker claims it without a reading)."""
        fixed = hit[2]
        if fixed is not None:  # a reading that needs no context: known when the automaton was built
            if fixed[0] != "blocker":
                out.append(Match(start, end, fixed[1], fixed[0], fixed[2], (), fixed[3]))
            return True
        match = self._resolve(text, start, end, hit[1], on)
        if match is not None:
            out.append(match)
            return True
        return False

    def _resolve(self, text: str, start: int, end: int, entries: tuple, on: date | None) -> Match | None:
        surface = text[start:end]
        by_kind: dict[str, list] = {}
        for kind, payload in entries:
            by_kind.setdefault(kind, []).append(payload)
        for kind in _KIND_ORDER:
            if kind not in by_kind:
                continue
            payloads = by_kind[kind]
            if kind == "person":
                terms = tuple(t for p in payloads for t in p)
                if " " not in surface and surface in self.title_only and not _after_title(text, start):
                    continue
                if " " not in surface and (NEXT_NAME.match(text, end) or _PREV_NAME.search(text, max(0, start - 25), start)):
                    continue  # "Ibrahim Kalin", "Elian Gonzalez": someone else who shares the name
                if " " not in surface and "city" in by_kind and _PLACE_PREPOSITION.search(text, max(0, start - 8), start):
                    continue  # "flew to Lagos", "in Lagos": the city, not Chile's President Lagos
                if " " not in surface and on is not None and not any(
                        t.near(on, SURNAME_YEARS) for t in terms):
                    continue  # a bare surname of someone out of office for years is someone else
                # ("Stoltenberg" in 1987 is Gerhard, West Germany's finance minister, not Jens of Norway:
                # the state of the term nearest the article's date)
                states = {t.iso3 for t in terms}
                iso3 = terms[0].iso3 if on is None or len(states) == 1 else pick_term(terms, on).iso3
                if len(states) > 1:
                    # the title before the name says whose term it is: "Vice President Harris" is the USA's
                    # Kamala Harris in 2024, not Ireland's Taoiseach Simon Harris
                    before = text[max(0, start - 40):start].lower()
                    titled = {t.iso3 for t in terms if t.title and before.endswith(t.title.lower() + " ")}
                    if len(titled) == 1:
                        iso3 = titled.pop()
                return Match(start, end, surface, "person", iso3, terms)
            if kind == "infra":
                return Match(start, end, surface, "infra", None, (), payloads[0])
            return Match(start, end, surface, kind, payloads[0])
        return None

    def leader(self, iso3: str, on: date | None, roles=("head_of_state", "head_of_government")) -> Term | None:
        """The person in one of `roles` for a country on a date (first role first)."""
        terms = self.terms_by_country.get(iso3, [])
        for role in roles:
            for t in terms:
                if t.role == role and (on is None or t.active(on)):
                    return t
        return None


# A bare surname resolves to a reference person only within this many years of their terms.
SURNAME_YEARS = 4
NEXT_NAME = re.compile(
    r" (?!(?:Administration|Government|Cabinet|Doctrine|Plan|Era|Said|Says|The|In|On|At|And|Of|For|White|House|"
    r"Jr|Sr|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b)[A-Z][a-z]+\b")
def occurrences(text: str, words) -> dict[str, list[int]]:
    """Every start of every word in the text, overlapping ones too, in order: what repeated
    `text.find(word, pos + 1)` gives, in one pass over the text for all the words (searching a long
    text once per word costs words x text)."""
    words = [w for w in dict.fromkeys(words) if w]
    out: dict[str, list[int]] = {w: [] for w in words}
    if not words or not text:
        return out
    auto = ahocorasick.Automaton()
    for w in words:
        auto.add_word(w, w)
    auto.make_automaton()
    for last, w in auto.iter(text):
        out[w].append(last - len(w) + 1)
    for positions in out.values():
        positions.sort()
    return out


# Searching a text once per word is cheaper than building an automaton below about this many
# characters x words (a long text with many words is searched once, with `occurrences`).
ONE_PASS_ABOVE = 2_000_000


def _whole_word(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


# A capitalized first name right before a surname ("Elian Gonzalez"); titles, honorifics and
# sentence-initial words are not names.
# Capitalized words that come before a surname without being a first name: titles, honorifics,
# and words that open sentences. Anything else capitalized before a surname is a first name.
NOT_FIRST_NAMES = frozenset("""
Mr Mrs Ms Dr President Premier Minister Chancellor Secretary King Queen Prince Emir Sheikh Leader Governor Senator
Ambassador General Gen Pope Former Speaker Sir Lord Lady Madame Monsieur Saint St Prime Vice Foreign Finance Trade
Chairman Deputy Acting The A An When After Before But And As Today Yesterday Tomorrow Meanwhile Also Then Earlier
Later On In At For With Under Since While If Although Though That This These Those It He She They We Our His Her
Their Its So Both Neither Either Following During Despite Monday Tuesday Wednesday Thursday Friday Saturday Sunday
January February March April May June July August September October November December US UN EU
""".split())
_PREV_NAME = re.compile(r"\b(?!(?:" + "|".join(sorted(NOT_FIRST_NAMES)) + r"|U\.S)\b)[A-Z][a-z]+\s$")
_TITLE_BEFORE = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|President|Premier|Minister|Chancellor|Secretary|King|Queen|Prince|Emir|Sheikh|Leader|"
    r"Governor|Senator|Ambassador|PM)\.?\s+$"
)


_PLACE_PREPOSITION = re.compile(r"\b(?:in|to|from|into|at|near|outside)\s+$")


def _after_title(text: str, start: int) -> bool:
    return bool(_TITLE_BEFORE.search(text[max(0, start - 20):start]))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    auto = ahocorasick.Automaton()
    table: dict[str, list[tuple[str, object]]] = {}

    def add(surface: str, kind: str, payload) -> None:
        surface = surface.strip()
        if len(surface) < 2:
            return
        table.setdefault(surface, []).append((kind, payload))
        if "'" in surface:  # "People’s Republic of China" as typeset (else "Republic of China" wins)
            table.setdefault(surface.replace("'", "’"), []).append((kind, payload))

    country_names: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for c in reference.load_countries():
        if c.get("no_state"):
            continue  # Antarctica: a place no state holds, no party of anything
        iso3 = c["iso3"]
        country_names.setdefault(iso3, c["name"])
        for name in [c["name"], *(c.get("names") or ())]:
            if name not in NOT_COUNTRY_FORMS:
                add(name, "country", iso3)
        for adj in c.get("adjectives") or ():
            if adj not in NOT_COUNTRY_FORMS:
                add(adj, "demonym", iso3)
        if c.get("capital"):
            capitals.setdefault(iso3, c["capital"])

    for form, city in reference.load_cities().items():
        if city.get("kind") != "region":
            add(form, "city", city["iso3"])

    terms_by_country: dict[str, list[Term]] = {}
    people_surfaces: dict[str, list[Term]] = {}
    title_only: set[str] = set(_AMBIGUOUS_SURNAMES)
    for p in reference.load_people():
        term = Term(p["name"], p.get("iso3"), p.get("role") or "", p.get("title"),
                    _parse_date(p.get("start")), _parse_date(p.get("end")))
        if term.iso3:
            terms_by_country.setdefault(term.iso3, []).append(term)
        for surface in {p["name"], *(p.get("variants") or ())}:
            people_surfaces.setdefault(surface.strip(), []).append(term)
            dotless = re.sub(r"\b([A-Z])\.(?=\s)", r"\1", surface.strip())  # "George W Bush" (BBC style)
            if dotless != surface.strip():
                people_surfaces.setdefault(dotless, []).append(term)
        for surface in p.get("title_only") or ():
            title_only.add(surface.strip())
            people_surfaces.setdefault(surface.strip(), []).append(term)
    for surface, terms in people_surfaces.items():
        add(surface, "person", tuple(terms))

    for infra in reference.load_infrastructure():
        for surface in {infra["name"], *(infra.get("variants") or ())}:
            add(surface, "infra", infra)

    # Longer phrases that contain a country form but are not the country ("Latin America",
    # "Indian Ocean", "New Jersey") win as longest matches and are then dropped.
    for phrase in reference.load_not_country_phrases():
        table.setdefault(phrase, []).insert(0, ("blocker", None))

    hits = []
    for surface, entries in table.items():
        hit = (len(surface), tuple(entries), _fixed_reading(surface, entries))
        auto.add_word(surface, hit)
        hits.append(hit)
    auto.make_automaton()
    scanner = ahocorasick_rs.AhoCorasick(list(table), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    inner = [tuple((end - sub[0] + 1, end + 1, sub) for end, sub in auto.iter(surface, 0, len(surface) - 1))
             for surface in table]
    name_words = frozenset(w for surface, entries in table.items() if any(k in _NAME_KINDS for k, _ in entries)
                           for w in re.findall(r"[A-Z][a-z]+", surface))
    return Gazetteer(auto, scanner, hits, inner, country_names, capitals, terms_by_country, frozenset(title_only),
                     name_words)


def _fixed_reading(surface: str, entries: list[tuple[str, object]]) -> tuple | None:
    """(kind, surface, iso3, infra) when a surface resolves the same way in any context (the kind
    `_resolve` would pick first is not a person); None when `_resolve` must look at the text."""
    if entries[0][0] == "blocker":
        return ("blocker", surface, None, None)
    kinds = {kind: payload for kind, payload in reversed(entries)}  # first payload of each kind
    for kind in _KIND_ORDER:
        if kind in kinds:
            if kind == "person":
                return None
            if kind == "infra":
                return ("infra", surface, None, kinds[kind])
            return (kind, surface, kinds[kind], None)
    return None


def pick_term(terms: tuple[Term, ...], on: date | None) -> Term:
    """The term in office on the article's date, else the nearest one in time."""
    if on is None:
        return max(terms, key=lambda t: (t.end is None, t.end or date.max))
    active = [t for t in terms if t.active(on)]
    if active:
        return active[0]

    def distance(t: Term) -> int:
        if t.start and on < t.start:
            return (t.start - on).days
        if t.end and on > t.end:
            return (on - t.end).days
        return 0

    return min(terms, key=distance)
