"""Checks of the curated reference data in dagster_project/reference/."""

import datetime as dt
import json
import sys
from collections import defaultdict
from importlib import resources
from pathlib import Path

try:
    import dagster_project.reference as ref
except ImportError:  # repository not installed: import from the checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import dagster_project.reference as ref

FILES = ("countries.json", "people.json", "infrastructure.json", "cities_extra.json")


def _iso3s():
    return {c["iso3"] for c in ref.load_countries()}


def _active(name, iso3, role, day):
    return [
        t
        for t in ref.people_in_office(day, iso3=iso3, role=role)
        if t["name"] == name or name in t["variants"]
    ]


def test_files_are_valid_json_and_reasonably_sized():
    base = resources.files("dagster_project.reference")
    for name in FILES:
        raw = base.joinpath(name).read_bytes()
        json.loads(raw.decode("utf-8"))
        assert len(raw) < 1_000_000, name


def test_countries_cover_iso_and_historic_states():
    countries = ref.countries_by_iso3()
    assert len(countries) >= 250
    for iso3 in ("USA", "CHN", "RUS", "GBR", "PSE", "XKX", "TWN"):
        assert not countries[iso3]["historic"]
    for iso3 in ("SUN", "YUG", "CSK", "DDR"):
        assert countries[iso3]["historic"], iso3
    assert "West Germany" in countries["DEU"]["names"]
    assert "Soviet Union" in countries["SUN"]["names"]
    for c in countries.values():
        assert len(c["iso3"]) == 3 and c["iso3"].isupper()
        assert c["name"] in c["names"]
        assert set(c["ambiguous"]) <= set(c["names"]) | set(c["adjectives"]) | {c["capital"]}, c["iso3"]
        assert c["parent"] is None or c["parent"] in countries


def test_every_iso3_reference_exists():
    valid = _iso3s()
    for t in ref.load_people():
        assert t["iso3"] is None or t["iso3"] in valid, t
    for i in ref.load_infrastructure():
        assert i["countries"] and set(i["countries"]) <= valid, i
    data = json.loads(
        resources.files("dagster_project.reference").joinpath("cities_extra.json").read_text("utf-8")
    )
    for c in data["cities"]:
        assert c["iso3"] in valid, c
    for rec in ref.load_cities().values():
        assert rec["iso3"] in valid, rec
    for bloc in ref.load_blocs():
        assert bloc["names"] and bloc["members"], bloc
        for m in bloc["members"]:
            assert m["iso3"] in valid, (bloc["bloc"], m)
            assert dt.date.fromisoformat(m["from"]) < dt.date.fromisoformat(m.get("to") or "9999-12-31"), (bloc["bloc"], m)


def test_no_surface_form_maps_to_two_countries_unless_ambiguous():
    owners = defaultdict(set)
    for c in ref.load_countries():
        for form in c["names"] + c["adjectives"]:
            owners[form].add(c["iso3"])
    countries = ref.countries_by_iso3()
    clashes = {
        form: isos
        for form, isos in owners.items()
        if len(isos) > 1 and not all(form in countries[i]["ambiguous"] for i in isos)
    }
    assert not clashes, clashes


def test_people_terms_are_well_formed():
    people = ref.load_people()
    assert len(people) >= 500
    for t in people:
        assert t["role"] in ref.ROLES, t
        start = dt.date.fromisoformat(t["start"])
        assert t["end"] is None or dt.date.fromisoformat(t["end"]) >= start, t
        assert (t["iso3"] is None) == (t["role"] == "international_official"), t
        assert set(t["title_only"]) <= set(t["variants"]), t
        assert t["name"] not in t["variants"], t


def test_g20_heads_present_throughout():
    g20 = [
        "ARG",
        "AUS",
        "BRA",
        "CAN",
        "CHN",
        "FRA",
        "DEU",
        "IND",
        "IDN",
        "ITA",
        "JPN",
        "KOR",
        "MEX",
        "RUS",
        "SAU",
        "ZAF",
        "TUR",
        "GBR",
        "USA",
    ]
    heads = ("head_of_state", "head_of_government", "party_leader")
    for year in range(1993, 2026):
        day = f"{year}-07-01"
        for iso3 in g20:
            assert ref.people_in_office(day, iso3=iso3, role=heads), (iso3, day)
    for year in range(1986, 1991):
        for iso3 in ("USA", "SUN", "GBR", "FRA", "DEU", "JPN", "CHN"):
            assert ref.people_in_office(f"{year}-07-01", iso3=iso3, role=heads), (iso3, year)


def test_required_office_holders():
    assert _active("Xi Jinping", "CHN", "head_of_state", "2024-05-14")
    assert _active("Vladimir Putin", "RUS", "head_of_state", "2024-05-14")
    assert _active("Vladimir Putin", "RUS", "head_of_government", "2010-01-01")
    assert not _active("Vladimir Putin", "RUS", "head_of_state", "2010-01-01")
    assert _active("Ronald Reagan", "USA", "head_of_state", "1987-03-01")
    assert [t for t in ref.people_in_office("1987-06-01", iso3="SUN") if t["name"] == "Mikhail Gorbachev"]
    assert _active("Joe Biden", "USA", "head_of_state", "2022-01-01")
    assert "Joseph R. Biden, Jr." in _active("Joe Biden", "USA", "head_of_state", "2022-01-01")[0]["variants"]
    assert _active("Kamala Harris", "USA", "vice_president", "2021-08-12")
    assert _active("Hisham Nazer", "SAU", "oil_minister", "1987-03-01")
    assert _active("Clayton Yeutter", "USA", "trade_minister", "1987-03-01")
    eu = [
        t
        for t in ref.people_in_office("2024-01-01", role="international_official")
        if t["name"] == "Ursula von der Leyen"
    ]
    assert eu and eu[0]["iso3"] is None


def test_city_resolution():
    assert ref.resolve_city("Harbin")["iso3"] == "CHN"
    assert ref.resolve_city("Beijing")["iso3"] == "CHN"
    assert ref.resolve_city("Peking")["iso3"] == "CHN"
    assert ref.resolve_city("Washington")["iso3"] == "USA"
    assert ref.resolve_city("Paris")["iso3"] == "FRA"
    assert ref.resolve_city("Kiev")["iso3"] == "UKR"
    assert ref.resolve_city("Camp David")["iso3"] == "USA"
    assert ref.resolve_city("Reykjavik")["iso3"] == "ISL"
    assert ref.resolve_city("Geneva")["iso3"] == "CHE"
    assert ref.resolve_city("Sao Paulo")["iso3"] == "BRA"
    assert ref.resolve_city("Mobile") is None
    for rec in ref.load_cities().values():
        assert -90 <= rec["lat"] <= 90 and -180 <= rec["lon"] <= 180
        assert set(rec) >= {"name", "iso3", "lat", "lon", "population"}


def test_country_forms():
    forms = ref.country_forms()
    assert [r["iso3"] for r in forms["Philippine"]] == ["PHL"]
    assert [r["iso3"] for r in forms["U.S."]] == ["USA"]
    assert forms["Soviet"][0]["iso3"] == "SUN"
    assert forms["Georgia"][0]["ambiguous"]
    assert not forms["China"][0]["ambiguous"]


def test_infrastructure():
    infra = {i["name"]: i for i in ref.load_infrastructure()}
    assert infra["Power of Siberia"]["commodity"] == "gas"
    assert set(infra["Power of Siberia"]["countries"]) == {"RUS", "CHN"}
    assert "Nord Stream 2" in infra
    kinds = {"pipeline", "lng_terminal", "field", "power_plant", "dam", "refinery", "other"}
    commodities = {"oil", "gas", "lng", "coal", "nuclear", "electricity", "renewables", "hydrogen"}
    for i in infra.values():
        assert i["kind"] in kinds and i["commodity"] in commodities, i


def test_blockers_and_not_cities():
    assert "Latin America" in ref.load_not_country_phrases()
    assert "New Jersey" in ref.load_not_country_phrases()
    not_cities = ref.load_not_cities()
    assert {"Mobile", "Reading", "Of"} <= not_cities
    capitals = {c["capital"] for c in ref.load_countries() if c["sovereign"] and not c["historic"]}
    assert not (not_cities & capitals) - {"Victoria"}
