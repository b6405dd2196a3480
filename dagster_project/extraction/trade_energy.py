"""Trade, energy and sanctions mentions: per article, the distinct (category, commodity) keys
it talks about substantively, with the countries involved, named infrastructure and amounts."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick
import polars as pl

from .. import reference
from . import EXTRACTOR_VERSION
from .article import Article
from .frames import fact_id
from .patterns import Caseless, lowered

# (category, commodity, pattern, strong). A weak pattern alone in an article is not enough:
# one bare "trade" or "energy" in a list of policy areas is a passing word.
_R = re.I
KEYS: list[tuple[str, str | None, Caseless, bool]] = [
    ("trade", None, Caseless(
        r"\b(?:exports|imports|exported|imported|exporting|importing|exporters?|importers?|re-exports?|"
        r"trade\s+(?:deficit|surplus|balance|gap|deals?|agreements?|pact|talks|disputes?|war|volumes?|barriers?|"
        r"relations|ties|partners?|policy|policies|restrictions|figures|flows?|protocol|"
        r"frictions?|tensions?|liberali[sz]ation|negotiations?|practices|issues|routes?|"
        r"preferences|zones?|sanctions|retaliation|measures)|(?:bilateral|foreign|world|global|international|"
        r"two-way|free|fair|defen[cs]e|agricultural|textile|farm)\s+trade|trade\s+(?:between|with|in)|"
        r"(?:increas\w*|boost\w*|expand\w*|grow\w*|doubl\w*|promot\w*|rising|falling|total|their|our)\s+"
        r"(?:\w+\s+){0,2}?trade\b(?!\s+(?:unions?|secrets?|shows?))|trade\s+(?:and|&)\s+(?:investment|economic)|"
        r"trading\s+partners?|tariffs?|duty[- ]free|import\s+dut(?:y|ies)|customs\s+dut(?:y|ies)|"
        r"market\s+access|protectionis[mt]\w*|anti-?dumping|dumping(?!\s+(?:of\s+)?(?:toxic|nuclear|radioactive|industrial|chemical|hazardous|waste|garbage|rubbish|trash|sewage|bodies|ground|grounds|sites?|syndrome)\b)|import\s+quotas?|export\s+quotas?|"
        r"World\s+Trade\s+Organi[sz]ation|WTO|GATT|countervailing)\b"), True),
    ("trade", None, Caseless(r"\btrade\b(?!\s+(?:unions?|union|center|centre|secrets?|shows?|names?|marks?|fair))"
                               r"|\b(?:export|import)\b"), False),
    ("sanctions", None, Caseless(
        r"\b(?:sanctions?|sanctioned|sanctioning|embargo(?:es|ed)?|blacklist\w*|asset\s+freezes?|"
        r"freez(?:e|ing)\s+(?:of\s+)?assets|restrictive\s+measures|Entity\s+List|"
        r"prohibit(?:s|ed|ing)?\s+(?:[\w:()]+\s+){0,6}?(?:importation|imports?|exports?|new\s+investment)|"
        r"ban(?:s|ned|ning)?\s+(?:on\s+)?(?:the\s+)?(?:imports?|exports?|importation))\b"), True),
    ("energy", "lng", Caseless(r"\b(?:LNG|liquefied\s+natural\s+gas|liquified\s+natural\s+gas)\b"), True),
    ("energy", "gas", Caseless(
        r"\b(?:(?<!liquefied\s)(?<!liquified\s)natural\s+gas|(?<!greenhouse\s)(?<!tear\s)(?<!nerve\s)(?<!poison\s)gas\s+(?:supplies|supply|pipelines?|"
        r"exports?|imports?|prices?|fields?|reserves|production|deliveries|shipments|transit|markets?|sector|"
        r"industry|company|companies|giant|producers?|storage|deals?|contracts?|output|sales|consumption|demand|"
        r"reserves|find|discovery|condensate|exploration|drilling|wells?|exporters?|importers?|bills?|hub|terminals?|plants?)|gas-fired|Gazprom|pipeline\s+gas|cubic\s+(?:feet|metres|meters)|bcm|"
        r"oil\s+and\s+gas|gas\s+and\s+oil)\b"), True),
    ("energy", "oil", Caseless(
        r"\b(?:crude(?:\s+oil)?(?!\s+(?:attempts?|bombs?|weapons?|devices?|language|jokes?|remarks?|ways?|forms?|estimates?|methods?|tactics?|drawings?|copy|copies|insults?|propaganda|humou?r|stereotypes?|caricatures?|tools?|explosives?|homemade|version|sketch\w*|analogy|measures?|terms)\b)|(?<!olive\s)(?<!palm\s)(?<!vegetable\s)(?<!cooking\s)(?<!edible\s)(?<!soybean\s)"
        r"(?<!soya\s)(?<!coconut\s)(?<!fish\s)oil(?!\s+(?:seeds?|seed|seals?|paints?|painting|paintings|lamps?|filters?|pastels?|on\s+canvas))|petroleum|gasoline|diesel|"
        r"fuel\s+oil|heating\s+oil|jet\s+fuel|barrels?|bpd|OPEC|oilfields?|LPG|petrol|"
        r"North\s+Sea\s+(?:blocks?|fields?))\b"), True),
    ("energy", "coal", Caseless(r"\b(?:coal|coking\s+coal|thermal\s+coal|coal-fired|lignite)\b"), True),
    ("energy", "nuclear", Caseless(
        r"\b(?:nuclear\s+(?:power|energy|plants?|reactors?|fuel|stations?|electricity|industry|sector|propulsion|"
        r"cooperation|co-operation|material|generation|technology)|uranium|atomic\s+energy|civil\s+nuclear|"
        r"civilian\s+nuclear|reactors?)\b"), True),
    ("energy", "electricity", Caseless(
        r"\b(?:electricity|power\s+(?:grids?|sector|plants?|stations?|supply|supplies|generation|lines|outages?|"
        r"cuts|shortages?|utilit(?:y|ies)|prices|tariffs|exports?|imports?)|electric\s+(?:power|utilit(?:y|ies)|"
        r"grids?)|megawatts?|gigawatts?|kilowatt[- ]hours?|kwh)\b"), True),
    ("energy", "renewables", Caseless(
        r"\b(?:renewables?|renewable\s+energy|solar(?:\s+(?:power|energy|panels?|farms?|projects?|plants?))?|"
        r"wind\s+(?:power|energy|farms?|turbines?|projects?)|offshore\s+wind|hydro(?:power|electric(?:ity)?)|"
        r"geothermal)\b"), True),
    ("energy", "hydrogen", Caseless(r"\b(?:hydrogen)\b"), True),
    ("energy", "general", Caseless(
        r"\b(?:energy\s+(?:prices?|costs?|imports?|exports?|supplies|supply|security|sector|industry|industries|"
        r"cooperation|co-operation|companies|company|policy|policies|markets?|investments?|deals?|crisis|"
        r"independence|resources|production|consumption|demand|partnership|trade|giant|ministry|"
        r"minister|projects?|infrastructure|bills?|purchases?|needs|shortages?|sources)|"
        r"(?:cheap|cheaper|affordable|russian|chinese|domestic|foreign|imported)\s+energy|"
        r"energy-(?:rich|hungry|producing|exporting)|Energy\s+Security)\b"), True),
    ("energy", "general", Caseless(r"\benergy\b"), False),
]
# Lower-case words one of which must start a word for each pattern of KEYS (same order) to match
# (tests/test_patterns.py checks every match of the real corpora has one).
KEY_LITERALS: list[tuple[str, ...]] = [
    ("export", "import", "trade", "trading", "tariff", "dut", "market access", "protection", "dumping", "antidumping",
     "quota",
     "wto", "world trade", "gatt", "countervailing"),
    ("trade", "export", "import"),
    ("sanction", "embargo", "blacklist", "freez", "restrictive", "entity list", "prohibit", "ban"),
    ("lng", "liquefied", "liquified"),
    ("gas", "gazprom", "cubic", "bcm"),
    ("crude", "oil", "petrol", "gasoline", "diesel", "fuel", "barrel", "bpd", "opec", "lpg", "north sea"),
    ("coal", "lignite"),
    ("nuclear", "uranium", "atomic", "reactor"),
    ("electric", "power", "megawatt", "gigawatt", "kilowatt", "kwh"),
    ("renewable", "solar", "wind", "hydro", "geothermal"),
    ("hydrogen",),
    ("energy",),
    ("energy",),
]
assert len(KEY_LITERALS) == len(KEYS)
_OIL_KEY = next(i for i, k in enumerate(KEYS) if k[1] == "oil")


@lru_cache(maxsize=1)
def _literal_automaton() -> ahocorasick.Automaton:
    """Literal word -> the KEYS patterns that need it, found in one C-speed pass per sentence."""
    by_word: dict[str, set[int]] = {}
    for idx, words in enumerate(KEY_LITERALS):
        for word in words:
            by_word.setdefault(word, set()).add(idx)
    auto = ahocorasick.Automaton()
    for word, idxs in by_word.items():
        auto.add_word(word, (len(word), frozenset(idxs)))
    auto.make_automaton()
    return auto


def _patterns_present(literals: ahocorasick.Automaton, lower: str, start: int, end: int) -> set[int]:
    """The KEYS patterns whose literal words start a word in lower[start:end]."""
    present: set[int] = set()
    for last, (length, idxs) in literals.iter(lower, start, end):
        first = last - length + 1
        if first == 0 or not lower[first - 1].isalnum():
            present.update(idxs)
    return present

# Rust-regex prefilter over all sentences (vectorized; word starts so "bank" is not "ban").
PREFILTER = (r"\b(?:export|import|trade|trading|tariff|dut(?:y|ies)|market\s+access|protectionis|dumping|"
             r"anti-?dumping|quota|wto|gatt|world\s+trade|sanction|embargo|blacklist|freez|restrictive|entity\s+list|"
             r"prohibit|bans?\b|banned|banning|lng|liquefied|liquified|gas\b|gas-fired|gazprom|bcm|cubic|crude|oil|"
             r"petrol|gasoline|diesel|fuel|barrels?|bpd|opec|lpg|north\s+sea|coal|lignite|nuclear|uranium|atomic|"
             r"reactor|electric|power\s+(?:grid|sector|plant|station|suppl|generation|line|outage|cut|shortage|"
             r"utilit|price|tariff|export|import)|megawatt|gigawatt|kilowatt|kwh|renewable|solar|wind\s+|offshore\s+wind|"
             r"hydro|geothermal|hydrogen|energy|countervailing)")
# A word standing in a list of policy areas ("energy, health and education") is passing.
# Possessive word runs: a shorter run never lets the pattern go on (a word character would follow),
# so not backtracking into it changes no match and halves the time.
_ITEM = r"[\w\-]++(?:\s[\w\-]++)?"
_LIST = re.compile(rf"(?:{_ITEM},\s+){{1,}}{_ITEM},?\s+(?:and|or)\s+{_ITEM}")
_NOT_ENERGY = re.compile(r"\bnuclear\s+(?:weapons?|arms|missiles?|warheads?|war|test|deterren\w*|attack)\b", _R)
_AMOUNT = Caseless(
    r"(?P<cur>US\$|\$|€|£|¥)?\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>trillion|billion|million|bln|mln|"
    r"thousand|tn|bn|m)?\s*(?P<unit>dlrs|dollars|yen|francs|marks|pounds|euros|yuan|roubles|rubles|"
    r"bcm|billion\s+cubic\s+met(?:re|er)s|cubic\s+met(?:re|er)s|cubic\s+feet|tonnes|tons|barrels\s+per\s+day|"
    r"barrels|bpd|mw|gw|kwh|megawatts|gigawatts|pct|percent|per\s+cent)?\b")
_SCALE = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bln": 1e9, "bn": 1e9, "million": 1e6, "mln": 1e6, "m": 1e6,
          "thousand": 1e3}

MENTION_SCHEMA = {
    "mention_id": pl.String,
    "article_id": pl.String,
    "category": pl.String,
    "commodity": pl.String,
    "countries": pl.List(pl.String),
    "infrastructure": pl.List(pl.String),
    "amount_value": pl.Float64,
    "amount_unit": pl.String,
    "amount_text": pl.String,
    "n_sentences": pl.Int32,
    "sentence": pl.String,
    "sentence_start": pl.Int32,
    "sentence_end": pl.Int32,
    "extractor_version": pl.String,
}


@dataclass
class _Key:
    category: str
    commodity: str | None
    strong: bool = False
    countries: list[str] = field(default_factory=list)
    infrastructure: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    amount: tuple[float, str, str] | None = None
    weak_hits: int = 0


def amount_in(text: str) -> tuple[float, str, str] | None:
    """The first amount with a unit or currency: (value, unit, as written)."""
    for m in _AMOUNT.finditer(text, lowered(text)):
        if not (m.group("cur") or m.group("unit")) or (not m.group("scale") and not m.group("unit")
                                                      and not m.group("cur")):
            continue
        try:
            value = float(m.group("num").replace(",", ""))
        except ValueError:
            continue
        scale = (m.group("scale") or "").lower()
        value *= _SCALE.get(scale, 1.0)
        unit = (m.group("unit") or "").lower() or {"$": "usd", "us$": "usd", "€": "eur", "£": "gbp", "¥": "jpy"}.get(
            (m.group("cur") or "").lower(), "")
        unit = {"dlrs": "usd", "dollars": "usd", "tons": "tonnes", "percent": "pct", "per cent": "pct"}.get(unit, unit)
        if unit in ("pct",):
            continue
        return value, unit, text[m.start():m.end()].strip()
    return None


_ENERGY_WORD = re.compile(r"\b(?:oil|gas|lng|coal|petroleum|petrol|diesel|gasoline|fuel|crude|electricity|power|"
                          r"energy|nuclear|uranium|solar|wind|hydro\w*|renewables?|hydrogen|lpg|barrels?)\b", _R)
_LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_COMPANY_AFTER = re.compile(r"^\s+(?:Co|Corp|Corporation|Company|Inc|Plc|PLC|Ltd|Group|AG|SA|NV|Holdings)\b")
_IMPORT_EXPORT = re.compile(r"\b(?:exports?|imports?|exported|imported|exporting|importing|exporters?|importers?)\b", _R)
_MOTOR_FUEL = re.compile(r"\b(?:gallon|gallons|at\s+the\s+pump|pump\s+prices?|gas\s+stations?|motorists?|drivers?|"
                         r"filling\s+up|fill\s+up|gas\s+tax)\b", re.I)
_SANCTION_CONTEXT = re.compile(r"\b(?:economic|financial|trade|international|western|UN|U\.N\.|impos\w*|lift\w*|"
                               r"eas\w*|threat\w*|evad\w*|evasion|against|on)\b", _R)


def _passing(sentence: str, start: int, end: int) -> bool:
    """A word inside a list of mixed items ("oil and gas, coal, agriculture, and landfills")."""
    lo = max(0, start - 60)
    window = sentence[lo:end + 60]
    if "," not in window or (" and " not in window and " or " not in window):
        return False
    for lm in _LIST.finditer(window):
        if lo + lm.start() <= start and end <= lo + lm.end():
            items = [i for i in _LIST_SPLIT.split(lm.group()) if i.strip()]
            return not all(_ENERGY_WORD.search(i) for i in items)
    return False


def _in_proper_name(sentence: str, start: int, end: int) -> bool:
    """"British Petroleum Co", "Forum on Energy and Climate": a word in a name is not a mention."""
    word = sentence[start:end]
    if not word[:1].isupper() or word.isupper():
        return False
    if _COMPANY_AFTER.match(sentence[end:end + 14]):
        return True
    if re.match(r"(?:[-\s]+(?:and|&)?\s*[A-Z][\w\-]*)*\s+(?:Bank|Agency|Administration|Department|Commission|"
                r"Committee|Council|Office|Forum|Organi[sz]ation|Association|Institute|Act)\b", sentence[end:end + 40]):
        return True  # "Export-Import Bank", "Trade and Development Agency"
    before = sentence[:start].rstrip()
    if not before or before[-1] in ".:;\"“(-—":
        return False
    prev = before.split()[-1]
    return prev[:1].isupper() or prev in ("on", "of", "for", "and") and bool(re.search(r"[A-Z]\w+\s+(?:on|of|for|and)$", before))


def mentions_for_article(art: Article, spans: list[tuple[int, int]]) -> list[_Key]:
    keys: dict[tuple[str, str | None], _Key] = {}
    text = art.text
    # A pattern runs only on the sentences that contain one of its literal words (a substring
    # test is far cheaper than a regex scan).
    starts = [s for s, _ in spans]
    hits: dict[int, list[tuple[int, re.Match]]] = {}
    literals = _literal_automaton()
    lower = art.lower
    for i, (s_start, s_end) in enumerate(spans):
        if lower is not None:
            present = _patterns_present(literals, lower, s_start, s_end)
        else:  # the sentence alone, after the character before it (for the word-start test)
            local = (text[s_start - 1] if s_start else " ") + text[s_start:s_end].lower()
            present = _patterns_present(literals, local, 1, len(local))
        for idx in sorted(present):
            for m in KEYS[idx][2].finditer(text, lower, s_start, s_end):
                hits.setdefault(i, []).append((idx, m))
    infra_by_sentence: dict[int, list] = {}
    for im in art.matches:
        if im.kind == "infra":
            i = bisect_right(starts, im.start) - 1
            if i >= 0 and im.end <= spans[i][1]:
                infra_by_sentence.setdefault(i, []).append(im)
    any_country: bool | None = None  # does the article name a country? (asked for sanctions words only)
    for i in sorted(set(hits) | set(infra_by_sentence)):
        s_start, s_end = spans[i]
        sentence = text[s_start:s_end]
        sentence_hits = hits.get(i, [])
        energy_spans = [(m.start(), m.end()) for idx, m in sentence_hits if KEYS[idx][1]]
        hit_keys: list[_Key] = []
        done: set[int] = set()
        for idx, m in sorted(sentence_hits, key=lambda h: (h[0], h[1].start())):
            if idx in done:
                continue
            category, commodity, _pattern, strong = KEYS[idx]
            a, b = m.start() - s_start, m.end() - s_start
            if commodity == "nuclear" and _NOT_ENERGY.search(sentence):
                done.add(idx)
                continue
            if _passing(sentence, a, b) or _in_proper_name(sentence, a, b):
                continue
            if category == "trade" and _IMPORT_EXPORT.fullmatch(m.group()) and any(
                    abs(es - m.end()) < 40 or abs(m.start() - ee) < 40 for es, ee in energy_spans):
                continue  # imports of a fuel are an energy mention, not a trade one
            if commodity == "gas" and _MOTOR_FUEL.search(sentence):
                # American "gas prices ... per gallon" is gasoline: an oil mention
                category, commodity, strong = KEYS[_OIL_KEY][0], "oil", True
                idx = _OIL_KEY
                if idx in done:
                    continue
            if category == "sanctions" and re.match(r"embargoed", m.group(), re.I):
                continue  # "contents will be embargoed until ...": a press embargo
            if category == "sanctions" and m.group().lower().startswith("sanction"):
                if any_country is None:
                    any_country = bool(art.countries_in(0, len(text)))
                if not (any_country and _SANCTION_CONTEXT.search(sentence)):
                    continue  # "employers will face sanctions": not economic sanctions between states
            done.add(idx)
            key = keys.setdefault((category, commodity), _Key(category, commodity))
            key.strong = key.strong or strong
            key.weak_hits += 0 if strong else 1
            if (s_start, s_end) not in key.spans:
                key.spans.append((s_start, s_end))
                hit_keys.append(key)
        for im in infra_by_sentence.get(i, ()):
            if im.infra.get("kind") in ("dam", "power_plant", "other") and not _ENERGY_WORD.search(sentence):
                continue  # a dam named in a water dispute is not an energy mention
            commodity = im.infra.get("commodity") or "general"
            key = keys.setdefault(("energy", commodity), _Key("energy", commodity))
            key.strong = True
            if im.infra["name"] not in key.infrastructure:
                key.infrastructure.append(im.infra["name"])
            if (s_start, s_end) not in key.spans:
                key.spans.append((s_start, s_end))
                hit_keys.append(key)
        if hit_keys:
            # countries named in the sentence, and those of the people named in it
            countries = art.countries_in(s_start, s_end)
            for pm in art.matches_in(s_start, s_end, ("person",)):
                if pm.iso3 and pm.iso3 not in countries:
                    countries.append(pm.iso3)
            for key in hit_keys:
                key.countries += [c for c in countries if c not in key.countries]
    # A key met only through weak words needs them twice, in sentences that name a country.
    kept = [k for k in keys.values() if k.strong or (k.weak_hits >= 2 and k.countries)]
    amounts: dict[tuple[int, int], tuple[float, str, str] | None] = {}
    for k in kept:
        if not k.countries:
            k.countries = _article_countries(art)
        # the first of its sentences that states an amount (looked for only for kept keys)
        for span in k.spans:
            if span not in amounts:
                amounts[span] = amount_in(text[span[0]:span[1]])
            if amounts[span] is not None:
                k.amount = amounts[span]
                break
    return kept


def _article_countries(art: Article) -> list[str]:
    """Who a mention is about when its sentences name no country: the title's countries, else
    the publishing government's own, else the country the article names most (twice or more)."""
    title = [m.iso3 for m in art.title_matches if m.kind in ("country", "demonym", "city") and m.iso3]
    if title:
        return list(dict.fromkeys(title))
    if art.actors_home:
        return [art.actors_home]
    counts: dict[str, int] = {}
    for m in art.matches:
        if m.kind in ("country", "demonym", "city") and m.iso3:
            counts[m.iso3] = counts.get(m.iso3, 0) + 1
    best = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
    return [best[0]] if best[1] >= 2 else []


def candidate_stages() -> list[pl.Expr]:
    """Sentences that can hold a mention: one vectorized pass over all sentences."""
    return [(pl.col("sentence_idx") >= 0) & (
        pl.col("lower").str.contains(PREFILTER)
        | pl.col("sentence").str.contains_any(infrastructure_names())
    )]


@lru_cache(maxsize=1)
def infrastructure_names() -> list[str]:
    return sorted({n for i in reference.load_infrastructure() for n in (i["name"], *(i.get("variants") or ()))})


def rows_for_article(art: Article, spans: list[tuple[int, int]]) -> list[dict]:
    rows = []
    for k in mentions_for_article(art, spans):
        start, end = k.spans[0]
        value, unit, amount_text = k.amount or (None, None, None)
        rows.append({
            "mention_id": fact_id(art.article_id, "mention", k.category, k.commodity or ""),
            "article_id": art.article_id, "category": k.category, "commodity": k.commodity,
            "countries": sorted(k.countries), "infrastructure": k.infrastructure, "amount_value": value,
            "amount_unit": unit, "amount_text": amount_text, "n_sentences": len(k.spans),
            "sentence": art.evidence(start, end), "sentence_start": start, "sentence_end": end,
            "extractor_version": EXTRACTOR_VERSION,
        })
    return rows


def extract_trade_energy(articles: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    from .pipeline import extract_facts

    return extract_facts(articles, sentences, ("trade_energy_mentions",))["trade_energy_mentions"]
