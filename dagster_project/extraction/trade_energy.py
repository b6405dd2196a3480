"""Trade, energy and sanctions mentions: per article, the distinct (category, commodity) keys
it talks about substantively, with the countries involved, named infrastructure and amounts."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick
import ahocorasick_rs
import polars as pl

from .. import reference
from ..reference import state_on
from . import EXTRACTOR_VERSION
from .article import METONYM_CITIES, Article
from .blocs import bloc_in, members
from .frames import fact_id
from .patterns import (
    LIST_GAP,
    PURPOSE_AFTER,
    Caseless,
    Folded,
    WordLed,
    folded,
    lowered,
    sentence_end,
    sentence_start,
    without_word_boundaries,
)

# An oil of the oils-and-fats trade, not petroleum: "palm oil", "rape oil", "sun oil", "a fat/oil basis"
# (then "oil mills", "oil-bearing" and "oilseeds" after the word)
_EDIBLE_OIL_WORDS = ("olive", "palm", "vegetable", "cooking", "edible", "soybean", "soyabean", "soya", "soy", "coconut",
                     "rapeseed", "rape", "sunflower", "sunflowerseed", "sunseed", "canola", "sun", "cottonseed", "groundnut", "peanut", "linseed", "corn",
                     "sesame", "castor", "mustard", "safflower", "fish", "animal", "marine", "whale")
_NOT_PETROLEUM_BEFORE = "".join(rf"(?<!{w}\s)" for w in _EDIBLE_OIL_WORDS) + r"(?<!fat/)(?<!fat-)(?<!fats\sand\s)"

# (category, commodity, pattern, strong). A weak pattern alone in an article is not enough:
# one bare "trade" or "energy" in a list of policy areas is a passing word.
_R = re.I
# the words that end a firm's name ("Permian Corp", "Permian Basin Royalty Trust")
_FIRM_SUFFIX = r"Corp|Corporation|Co|Inc|Ltd|LP|L\.P\.|Partners|Group|Holdings"
# "trade" as the commodity's dealers and users, not trade between economies: "trade forecasts of
# the cocoa crop", "trade requirements" of a futures contract, "trade and interbank credit lines"
_TRADE_AS_INDUSTRY = (r"forecasts?|estimates?|ideas|requirements|credits?|credit\s+lines|financ(?:e|ing)|"
                      r"and\s+(?:interbank|money[- ]market|bank)\b")
_PURCHASE = (r"(?:bought|buys?|purchased|purchases?|sold|sells?)\s+(?:(?:an?\s+)?(?:estimated|total\s+of)\s+)?"
             r"(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|at\s+least\s+|up\s+to\s+)?"
             r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+"
             r"(?:mln\s+|million\s+|billion\s+)?"
             r"(?:tonnes|tons|bushels|bales|bags)\s+of")
_PURCHASE_WORDS = ("bought", "buy", "purchase", "sold", "sell")  # the word starts _PURCHASE can open with
KEYS: list[tuple[str, str | None, Caseless, bool]] = [
    ("trade", None, Caseless(
        r"\b(?:(?<!capital\s)exports|imports|exported|imported|exporting|importing|exporters?|importers?|re-exports?|"
        r"trade\s+(?:deficit|surplus|balance|gap|deals?|agreements?|pact|talks|disputes?|war|volumes?|barriers?|"
        r"relations|ties|partners?|policy|policies|restrictions|figures|flows?|protocol|"
        r"frictions?|tensions?|liberali[sz]ation|negotiations?|practices|issues|routes?|"
        r"preferences|zones?|sanctions|retaliation|measures|co-?operation|exchanges?)|"
        # "the bilateral economic and trade cooperation", Xinhua's words for trade between two states
        r"(?:economic|commercial)\s+(?:and|&)\s+trade\s+(?:co-?operation|ties|relations|exchanges?)|"
        r"(?:bilateral|foreign|world|global|international|"
        # ("foreign trade credit lines", "foreign trade financing": banks' lending, a debt)
        r"two-way|free|fair|defen[cs]e|agricultural|textile|farm)\s+trade(?!\s+(?:credit|financ))|trade\s+(?:between|with|in)|"
        r"(?:increas\w*|boost\w*|expand\w*|grow\w*|doubl\w*|promot\w*|rising|falling|total|their|our)\s+"
        r"(?:\w+\s+){0,2}?trade\b"
        rf"(?!\s+(?:unions?|secrets?|shows?|{_TRADE_AS_INDUSTRY}))|trade(?<!\bban\son\strade)(?<!\bbans\son\strade)\s+(?:and|&)\s+(?:investment|economic)|"
        r"trading\s+partners?|tariffs?|duty[- ]free(?!\s+(?:stores?|shops?|shopping|outlets?|sales|allowances?|"
        r"retail\w*|business|operators?|concessions?|channels?))|import\s+dut(?:y|ies)|customs\s+dut(?:y|ies)|"
        r"market\s+access(?!\s+(?:systems?|platforms?|terminals?|services?|networks?|products?))|protectionis[mt]\w*|anti-?dumping|"
        # ("waste dumping", "dumping of toxic waste": waste, not goods sold below cost)
        r"(?<!waste\s)(?<!toxic\s)(?<!ocean\s)(?<!sewage\s)(?<!sludge\s)(?<!garbage\s)(?<!illegal\s)"
        r"dumping(?!\s+(?:of\s+)?(?:toxic|nuclear|radioactive|industrial|chemical|hazardous|waste|garbage|rubbish|"
        r"trash|sewage|bodies|ground|grounds|sites?|syndrome)\b)|import\s+quotas?|export\s+quotas?|"
        r"World\s+Trade\s+Organi[sz]ation|WTO|GATT|countervailing|"
        # "continuation of Most Favored Nation (MFN) status for Romania", "normal trade relations": a state's trade
        # treatment (not a drug price: "most-favored-nation pricing")
        r"most[\s\-]+favou?red[\s\-]+nations?(?:\s*\(MFN\))?\s+(?:status|treatment|trading\s+status|tariffs?|basis)|"
        r"MFN(?:\s+(?:status|treatment|trading\s+status|tariffs?|basis)|\s+for\s+(?=[A-Z]))|"
        r"(?:permanent\s+)?normal\s+trade\s+relations|"
        # "purchased 46,000 tonnes at its import tender": the instruments of a state's buying and selling abroad
        r"(?:import|export)\s+(?:tenders?|licen[cs]es?|permits?|restrictions?|curbs?)|"
        # "Taiwan bought 450,000 tonnes of U.S. corn": a purchase of goods by the tonne (between two states:
        # _one_state_purchase)
        rf"{_PURCHASE})\b"), True),
    # ("a trade ban", "the ban on trade with Tripoli", "a trade embargo": the sanctions key's words)
    ("trade", None, Caseless(r"\btrade\b(?<!\bban\son\strade)(?<!\bbans\son\strade)(?!\s+(?:bans?|embargo\w*|unions?|union|center|centre|secrets?|shows?|names?|marks?|fair|"
                               r"sources?|journals?|press|publications?|magazines?|associations?|groups?|bod(?:y|ies)|"
                               rf"{_TRADE_AS_INDUSTRY}))"
                               r"|\b(?:export|import)\b"), False),
    ("sanctions", None, Caseless(
        r"\b(?:sanctions?|sanctioned|sanctioning|embargo(?:es|ed)?|blacklist\w*|asset\s+freezes?|"
        r"freez(?:e|ing)\s+(?:of\s+)?assets|restrictive\s+measures|Entity\s+List|"
        r"prohibit(?:s|ed|ing)?\s+(?:[\w:()]+\s+){0,6}?(?:importation|imports?|exports?|new\s+investment)|"
        r"ban(?:s|ned|ning)?\s+(?:on\s+)?(?:the\s+)?(?:imports?|exports?|importation)|trade\s+bans?|bans?\s+on\s+trade)\b"), True),
    ("energy", "lng", Caseless(r"\b(?:LNG|liquefied\s+natural\s+gas|liquified\s+natural\s+gas)\b"), True),
    ("energy", "gas", Caseless(
        r"\b(?:(?<!liquefied\s)(?<!liquified\s)natural\s+gas(?!\s+liqui+ds?\b)|"
        # ("liquefied natural gas exports": the lng key's)
        r"(?<!greenhouse\s)(?<!tear\s)(?<!nerve\s)(?<!poison\s)(?<!butane\s)(?<!propane\s)(?<!liquefied\snatural\s)"
        r"(?<!liquified\snatural\s)gas\s+(?:supplies|supply|pipelines?|"
        r"exports?|imports?|prices?|costs?|rates|fields?|reserves|production|deliveries|shipments|transit|markets?|sector|"
        r"industry|company|companies|giant|producers?|storage|deals?|contracts?|output|sales|consumption|demand|"
        r"reserves|find|discovery|condensate|exploration|drilling|wells?|exporters?|importers?|bills?|hub)|"
        # ("cubic metres of fuel": a liquid's volume)
        r"gas-fired|Gazprom|pipeline\s+gas|cubic\s+(?:feet|metres|meters)(?!\s+of\s+(?:[\w\-]+\s+)?(?:fuel|oil|petrol|gasoline|"
        r"diesel|water|crude|kerosene))|bcm|"
        r"oil\s+and\s+gas|gas\s+and\s+oil)\b"), True),
    ("energy", "oil", Caseless(
        # bare "crude" in its noun sense only ("a crude bomb" is not oil)
        r"\b(?:crude(?:\s+oil)?(?!\s+(?:attempts?|bombs?|weapons?|devices?|language|jokes?|remarks?|ways?|forms?|"
        r"estimates?|methods?|tactics?|drawings?|copy|copies|insults?|propaganda|humou?r|stereotypes?|caricatures?|"
        r"tools?|explosives?|homemade|version|sketch\w*|analogy|measures?|terms|palm|soybean|soya|vegetable|coconut|"
        r"sunflower(?:seed)?|sunseed|canola|rapeseed|cottonseed|corn|peanut|sugar|rubber|steel|iron|ores?|materials?|cotton|protein|fib(?:re|er)s?|"
        r"death|birth|rates?|"
        # shelters and tools made roughly: "stored in crude village sheds"
        r"village|sheds?|huts?|shacks?|shelters?|dwellings?|houses?|structures?|boats?|rafts?|implements?|"
        r"instruments?|equipment|machines?|conditions)\b)(?<!raw\s)|"
        rf"{_NOT_PETROLEUM_BEFORE}(?<!percentage\sof\s)"
        r"oil(?!\s+(?:seeds?|seed|seals?|paints?|painting|paintings|lamps?|filters?|pastels?|on\s+canvas|mills?|"
        r"meals?|cakes?|crush\w*|palms?)\b|-?bearing|-?seeds?)|"
        r"petroleum|(?:gasoline|petrol)(?!\s+bombs?)|diesel|"
        # ("a grain producers' OPEC", "an OPEC for coffee", "OPEC-style": the cartel as a likeness)
        r"fuel\s+oil|heating\s+oil|jet\s+fuel|barrels?|bpd|(?<!['’]\s)OPEC(?!\s+(?:of|for)\s|-style|-like)|oilfields?|LPG|petrol|"
        # refined products and gas liquids sold as oil products ("cargoes of propane", "naphtha prices")
        r"propane|butane|naphtha|kerosene|gas\s*oil|"
        r"North\s+Sea\s+(?:blocks?|fields?))\b"), True),
    ("energy", "coal", Caseless(r"\b(?:coal|coking\s+coal|thermal\s+coal|coal-fired|lignite)\b"), True),
    ("energy", "nuclear", Caseless(
        r"\b(?:nuclear\s+(?:power|energy|plants?|reactors?|fuel|stations?|electricity|industry|sector|propulsion|"
        r"cooperation|co-operation|material|generation|technology)|uranium|atomic\s+energy|civil\s+nuclear|"
        r"civilian\s+nuclear|reactors?|nuclear\s+fusion|fusion\s+(?:reactors?|energy|power|projects?))\b"), True),
    ("energy", "electricity", Caseless(
        # ("electronic power supplies", "switch-mode power supplies": components of equipment)
        r"\b(?:electricity|(?<!nuclear\s)(?<!electronic\s)(?<!switching\s)(?<!uninterruptible\s)(?<!-mode\s)(?<!computer\s)power\s+(?:grids?|sector|plants?|stations?|supply|supplies|generation|lines|outages?|"
        r"cuts|shortages?|utilit(?:y|ies)|prices|tariffs|exports?|imports?)|electric\s+(?:power|utilit(?:y|ies)|"
        r"grids?)|megawatts?|gigawatts?|kilowatt[- ]hours?|kwh)\b"), True),
    ("energy", "renewables", Caseless(
        # ("a renewable one-year lease": a lease that can be renewed)
        r"\b(?:renewables|renewable(?!\s+(?:for|every|each|annually|yearly|at\s+the\s+option|by\s+mutual)\b)"
        r"(?!\s+(?:(?!energy\b|power\b)[\w\-]+\s+)?(?:lease|leases|contract|contracts|term|terms|option|"
        r"options|licen[cs]es?|permits?|mandates?|visas?|loans?|credit))|solar(?:\s+(?:power|energy|panels?|farms?|projects?|plants?))?|"
        r"wind\s+(?:power|energy|farms?|turbines?|projects?)|offshore\s+wind|hydro(?:power|electric(?:ity)?)|"
        r"geothermal|biomass)\b"), True),
    # (hydrogen peroxide, a hydrogen bomb: a chemical and a weapon, no fuel)
    ("energy", "hydrogen", Caseless(r"\b(?:hydrogen)\b(?!\s+(?:peroxide|bombs?|sulphide|sulfide|cyanide|chloride))"), True),
    ("energy", "general", Caseless(
        r"\b(?:energy\s+(?:prices?|costs?|imports?|exports?|supplies|supply|security|sector|industry|industries|"
        r"cooperation|co-operation|companies|company|policy|policies|markets?|investments?|deals?|crisis|"
        r"independence|resources|production|consumption|demand|partnership|trade|giant|ministry|"
        r"minister|projects?|infrastructure|bills?|purchases?|needs|shortages?|sources)|"
        r"(?:cheap|cheaper|affordable|russian|chinese|domestic|foreign|imported)\s+energy|"
        r"energy-(?:rich|hungry|producing|exporting)|Energy\s+Security|"
        # "cement their cooperation in energy", "a Clean Energy Partnership"
        r"(?:co-?operation|partnership|dialogue)\s+(?:in|on)\s+(?:the\s+)?(?:fields?\s+of\s+|areas?\s+of\s+)?energy"
        r"(?!\s+(?:saving|efficiency|conservation))|"
        r"clean\s+energy\s+(?:partnerships?|co-?operation))\b"), True),
    ("energy", "general", Caseless(r"\benergy\b"), False),
]
# Lower-case words one of which must start a word for each pattern of KEYS (same order) to match
# (tests/test_patterns.py checks every match of the real corpora has one).
KEY_LITERALS: list[tuple[str, ...]] = [
    ("export", "import", "trade", "trading", "tariff", "dut", "market access", "protection", "dumping", "antidumping",
     "quota",
     "wto", "world trade", "gatt", "countervailing", "mfn", "favored", "favoured", *_PURCHASE_WORDS),
    ("trade", "export", "import"),
    ("sanction", "embargo", "blacklist", "freez", "restrictive", "entity list", "prohibit", "ban"),
    ("lng", "liquefied", "liquified"),
    ("gas", "gazprom", "cubic", "bcm"),
    ("crude", "oil", "petrol", "gasoline", "diesel", "fuel", "barrel", "bpd", "opec", "lpg", "north sea", "propane",
     "butane", "naphtha", "kerosene", "gasoil"),
    ("coal", "lignite"),
    ("nuclear", "uranium", "atomic", "reactor", "fusion"),
    ("electric", "power", "megawatt", "gigawatt", "kilowatt", "kwh"),
    ("renewable", "solar", "wind", "hydro", "geothermal", "biomass"),
    ("hydrogen",),
    ("energy",),
    ("energy",),
]
assert len(KEY_LITERALS) == len(KEYS)
_OIL_KEY = next(i for i, k in enumerate(KEYS) if k[1] == "oil")
_TRADE_KEY = next(i for i, k in enumerate(KEYS) if k[0] == "trade")
# Bans for health or to shield an industry are trade barriers, not sanctions
_SANITARY = re.compile(r"\b(?:sanitary|phytosanitary|health|safety|disease|BSE|bovine|spongiform|foot-and-mouth|"
                       r"avian|bird\s+flu|contaminat\w*|pests?|hormones?|residues?|protectionis\w*|quotas?|"
                       r"tariffs?|dumping|domestic\s+(?:industry|producers)|local\s+(?:industry|producers))\b", re.I)
# "seek sanctions against Baikal Finance Group" in a US court: a legal penalty
_COURT = re.compile(r"\b(?:courts?|judges?|lawsuits?|litigation|bankruptcy|tribunal|arbitration)\b", re.I)
# An article about edible oils ("U.S. OIL/LARD STATISTICS": soybean oil, crude and refined) or raw sugar is
# no petroleum story: its bare "oil" and "crude" are vegetable oils or the sugar.
_EDIBLE_OIL = re.compile(r"\b(?:soybean|soy|soya|vegetable|palm|cottonseed|sunflower(?:seed)?|sunseed|rapeseed|canola|coconut|peanut|"
                         r"olive|corn|linseed|edible|lard|tallow)\s*(?:oil|/|and)|"
                         # a crush's products: "output of soybean meal and oil", "meal and oil exports"
                         r"\b(?:meal|cake)\s+and\s+oil\b|"
                         # raw sugar ("CUBA CRUDE SUGAR HARVEST ... tonnes of crude production"): its crude is no oil
                         r"\bcrude\s+sugar\b", re.I)
_PETROLEUM = re.compile(rf"\b(?:petroleum|barrels?|bpd|opec|refiner\w*|gasoline|crude\s+oil|{_NOT_PETROLEUM_BEFORE}oil\s+(?:prices?|company|"
                        r"companies|industry|producers?|exports?|imports?|fields?|output|production))\b", re.I)
_EDIBLE_OIL_F, _PETROLEUM_F = Folded(_EDIBLE_OIL), Folded(_PETROLEUM)
_EDIBLE_OIL_NAME = re.compile(r"\b(?:soybean|soya|palm|palm\s+kernel|cottonseed|sunflower|rapeseed|canola|coconut|peanut|"
                              r"groundnut|olive|corn|maize|linseed|tung|castor|sesame)\)?\s+oil\b", re.I)


def _edible_oils_list(text: str) -> bool:
    """"Peanut oil- Crude FOB Southeast ... Tung oil (Argentine)- Crude oil tankcars New York": a price
    list of four or more vegetable oils, where one "crude oil" names a grade of them, not petroleum."""
    return len({m.group().split()[0].lower() for m in _EDIBLE_OIL_NAME.finditer(text)}) >= 4 and \
        len(_PETROLEUM.findall(text)) <= 1
# A named facility: "the Palo Verde Unit 3 nuclear power plant", "Norway's Draugen oil field"
_MARKET_SESSION = re.compile(r"\b(?:early|late|morning|afternoon|midday|active|thin|light|heavy|quiet|brisk|nervous|"
                             r"volatile|slow|choppy|overnight|after-hours|futures|options|stock|share|bond|currency|"
                             r"two-way|secondary|interbank|(?:grey|gray)\s+market|when-issued)\s+"
                             r"(?:[A-Z][\w.]*\s+)?$", re.I)
_DOMESTIC_TRADE = re.compile(r"\b(?:domestic|internal|interstate|inter-state|retail|wholesale|inland)\s+$", re.I)
_NOT_FUEL_USE = re.compile(r"\b(?:write[- ]?downs?|write[- ]?offs?|writing\s+down|written\s+down|impairment|provision\s+for|"
                           r"discontinued)\s+(?:of\s+|on\s+|for\s+)?(?:its\s+|the\s+)?"
                           r"(?:[\w.\-]+\s+){0,5}?(?:oil|oilfields?|gas|coal|natural\s+gas|geothermal|nuclear|solar|wind)\b|\b(?:oil|gas)\s+(?:and\s+gas\s+)?(?:property\s+)?"
                           r"write-?(?:downs?|offs?)\b|\boil[- ]changes?\b|\bused[- ]oil\b|\boil\s+lubrica\w*|\blubricating\s+oils?\b|\blube\b|\boil\s+and\s+(?:farm|farming|agricultural|mining|ranching|timber)\s+(?:states|regions|areas|towns|belts?)\b|\bmotor\s+oil\b|"
                           # a filling station as the scene of a crime: "an attack on two petrol stations"
                           r"\b(?:attack\w*|raid\w*|robb\w*|shoot\w*|gunm[ae]n|bomb\w*|set\s+fire\s+to|arson\w*|hold-?ups?)\b"
                           r"[^.;]{0,30}?\b(?:petrol|gas|filling|service)\s+stations?\b|"
                           # a diesel engine's part: "a faulty diesel fuel-injection pump" (car care, not fuel)
                           r"\bdiesel\s+(?:fuel[- ]injection|injection|engines?|motors?|pumps?|models?|versions?)\b", re.I)
# An office named for the topic: "Trade and Industry Minister", "deputy Energy Minister" (the
# words after the topic word; case-sensitive: "the trade minister" of a country is an office too,
# but "energy department store" is not one).
_OFFICE_AFTER = re.compile(r"\s+(?:department|ministry|minister|secretary)\b|"  # "Canada's energy department"
                           r"\s+(?:and\s+[A-Z]\w+\s+)?(?:Minister|Ministry|Ministers|Secretary|Department|Dept|"
                           r"Commission|Commissioner|Representative|Council|Board|Office|Agency|"
                           r"Information\s+Administration|Regulatory)\b")
_TRADE_IN_SECURITIES = re.compile(r"\s+in\s+(?:the\s+)?(?:[\w\-'’]+\s+){0,5}?(?:bonds?|shares?|stocks?|securities|"
                                  r"futures|options|notes|issues|paper|eurobonds?|debentures|CDs|certificates\s+of\s+deposit|"
                                  r"deposits|currencies)\b|"
                                  # "a trade-matching system", "trade confirmations": dealing in securities
                                  r"-?\s*(?:matching|confirmations?|settlement|tickets?|execution)\b", re.I)
_TRADING_GOES_ON = re.compile(r"\s+(?:continu\w+|was|is|remained|resumed|went\s+on)\s+(?:as\s+)?(?:normal|normally|"
                              r"thin|light|quiet|active|brisk|calm|steady|subdued)\b", re.I)
_RENEWABLE_PLANT = re.compile(r"\b(?:geothermal|solar|wind|hydro|hydroelectric|tidal|biomass)\s+$", re.I)
# A fuel named only as what a power plant burns: the plant is the topic (electricity), not the fuel
_PLANT_FUEL = re.compile(r"(?:[- ]coke)?[- ](?:fired|fueled|fuelled|powered|burning)\s+(?:[\w\-]+\s+){0,2}?"
                         r"(?:power\s+)?(?:plants?|stations?|generat\w+|units?|turbines?|boilers?)\b", re.I)
_PLANT_FUEL_BEFORE = re.compile(r"\b(?:plants?|stations?|generators?|turbines?|installations?|boilers?|blocks?|units?|engines?)"
                                r"[\s,]+(?:\w+\s+){0,3}?(?:powered|fueled|fuelled|fired|run)\s+(?:by|on|with)\s+(?:(?:oil|gas|coal|diesel|natural)\s+(?:or|and|gas)\s+)?$",
                                re.I)
# ("the Sakhalin 3 field": a numbered block of a named area)
_FACILITY = re.compile(r"(?P<name>(?:[A-Z][\w\-]*(?:['’][a-z][\w\-]+)?\s+){1,5}?(?:(?:(?:Unit|Number|No\.)\s+(?:\d{1,2}|[Oo]ne|[Tt]wo|[Tt]hree)|\d{1,2})\s+)?)"
                       # "the Palo Verde Nuclear Generating Station", "the Jamesport nuclear units", "its Hope Creek
                       # nuclear plants", "the Nine Mile Point Number two nuclear power plant"
                       # ("the Rostam offshore oilfield", "the Sizewell B commercial nuclear power station")
                       r"(?P<noun>(?:offshore|onshore)\s+(?:oil\s*field|gas\s*field|field)|commercial\s+nuclear\s+(?:power\s+)?station|"
                       r"[Nn]uclear\s+(?:[Pp]ower\s+)?(?:[Pp]lants?|[Ss]tations?|[Rr]eactor|[Pp]roject|[Gg]enerating\s+[Ss]tation|[Uu]nits?)|petroleum\s+refinery|oil\s+refinery|"
                       # "the Ahmadi and Zour export refineries", "the Elk Hills Petroleum Reserve"
                       r"(?:export\s+)?refiner(?:y|ies)|Petroleum\s+Reserves?|oil\s*fields?|petroleum\s+field|"
                       # "its Parachute Creek oil shale project"
                       r"oil\s+shale\s+(?:project|plant)|"
                       # "the Mereenie oil and gas field", "the Broussard Gas Field", "the Hoover Dam"
                       r"(?:oil\s+and\s+gas|gas\s+and\s+oil)\s+field|[Gg]as\s+[Ff]ield|[Oo]il\s+[Ff]ield|Dam(?!\s+mine)|"
                       r"heavy\s+oil\s+field|"
                       # "the Roma-Brisbane gas pipeline"
                       r"gas\s*fields?|LNG\s+(?:terminal|plant|project)|coal\s+mine|(?:gas|oil|crude)\s+pipeline|[Pp]ipeline|"
                       r"[Pp]ower\s+(?:[Pp]lant|[Ss]tation)|"
                       # "the Snettisham Hydroelectric project"
                       r"[Hh]ydro(?:-?electric)?\s+(?:[Pp]ower\s+)?(?:[Pp]roject|[Pp]lant|[Ss]tation|[Ss]cheme)|"
                       # "the Deep Wilcox Field", "the Sture crude terminal": a field or terminal of the key's fuel
                       r"[Ff]ield|(?:crude|petroleum)\s+terminals?|"
                       # "its Mawson One well", "the Emerald accumulation": a well or find of the key's fuel
                       # "the Kerna Four appraisal well", "the Ganaveh terminal" (of an oil or gas story's sentences)
                       r"(?:(?:appraisal|exploration|wildcat|development|discovery|delineation)\s+)?wells?|accumulation|prospect|"
                       # "the Oak Hill and North Rucias fields": two fields named before one plural kind
                       r"[Ff]ields|terminals?|"
                       # "the Olympic Dam mine", "the Bull Moose coking coal mine": a mine of a coal or uranium story;
                       # "the COSO Project", "the Carbozulia project": a project of the key's sentences
                       r"(?:(?:coking|steam|thermal)\s+coal|uranium)\s+mine|[Mm]ine|[Pp]roject)\b")
# (read before a pipeline's name only: an optional group in _FACILITY itself costs 7% of the extraction)
_LINE_FROM_BEFORE = re.compile(r"(?:[A-Z][\w\-]*\s+){1,3}to\s+$")
_FACILITY_KEY = (("nuclear", "nuclear"), ("generating", "power"), ("refiner", "oil"), ("crude", "oil"), ("petroleum", "oil"),
                 ("oil", "oil"), ("gas", "gas"), ("lng", "lng"), ("coal", "coal"), ("pipeline", None),
                 ("power", "power"), ("field", None), ("well", None), ("accumulation", None), ("prospect", None),
                 ("dam", "renewables"), ("hydro", "renewables"), ("uranium", "nuclear"), ("mine", "mine"),
                 ("project", "project"))
_NOT_FACILITY_NAME = frozenset("The A An This That Its Their His Her Our New Old US U.S. And Of In On At For "
                               "Most Many Some Other Several Both".split())


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
    """The KEYS patterns whose literal words start a word in lower[start:end]. The automaton
    reads a slice: given the whole text with bounds, pyahocorasick converts the whole text at
    every call (a long article would cost sentences x text)."""
    present: set[int] = set()
    for last, (length, idxs) in literals.iter(lower[start:end]):
        first = start + last - length + 1
        if first == 0 or not lower[first - 1].isalnum():
            present.update(idxs)
    return present

# Rust-regex prefilter over all sentences (vectorized; word starts so "bank" is not "ban").
PREFILTER = (r"\b(?:" + "|".join(_PURCHASE_WORDS) + r"|export|import|trade|trading|tariff|dut(?:y|ies)|market\s+access|protectionis|dumping|"
             r"anti-?dumping|quota|wto|gatt|world\s+trade|sanction|embargo|blacklist|freez|restrictive|entity\s+list|"
             r"prohibit|bans?\b|banned|banning|lng|liquefied|liquified|gas\b|gas-fired|gazprom|bcm|cubic|crude|oil|"
             r"petrol|gasoline|diesel|fuel|barrels?|bpd|opec|lpg|propane|butane|naphtha|kerosene|gasoil|north\s+sea|coal|lignite|nuclear|uranium|atomic|"
             r"reactor|electric|power\s+(?:grid|sector|plant|station|suppl|generation|line|outage|cut|shortage|"
             r"utilit|price|tariff|export|import)|megawatt|gigawatt|kilowatt|kwh|renewable|solar|wind\s+|offshore\s+wind|"
             r"hydro|geothermal|hydrogen|energy|countervailing|mfn|favou?red[\s\-]+nation)")
_NOT_ENERGY = re.compile(r"\bnuclear\s+(?:weapons?|arms|missiles?|warheads?|war|test|deterren\w*|attack)\b", _R)
# "states who cannot properly control their nuclear material": material guarded against theft, not fuel
_NUCLEAR_SECURITY = re.compile(r"\b(?:control\w*|secur\w*|steal\w*|stolen|theft|terror\w*|smuggl\w*|safeguard\w*|"
                               r"bombs?|proliferat\w*|loose|guard\w*|weapons?|traffick\w*)\b", _R)
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
    "rule": pl.String,
}

# Rule families, from the most to the least reliable kind of evidence. A row's `rule` is the
# best family among the hits of its key (each family gets its own measured precision).
RULES: tuple[str, ...] = (
    "energy.infrastructure",  # a named pipeline, terminal, field or plant
    "sanctions.explicit",     # sanctions, embargo, blacklist, asset freeze (imposed, threatened, eased)
    "trade.policy",           # tariffs, dumping, quotas, market access, WTO, trade deals, talks, disputes
    "trade.volume",           # trade balances and volumes, bilateral trade, trading partners
    "energy.supply",          # a commodity with supply, production, trade, deal or investment words
    "sanctions.ban",          # bans on imports or exports, prohibited importation or investment
    "trade.flows",            # exports and imports of goods
    "energy.general",         # energy cooperation, security, sector, prices (no commodity)
    "energy.price",           # a commodity's prices or costs
    "energy.commodity",       # a commodity named with no supply or price word (repeated)
    "trade.weak",             # bare "trade", "export", "import", repeated in sentences naming a country
)
_RANK = {r: i for i, r in enumerate(RULES)}


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
    rule: str = RULES[-1]
    support: set[int] = field(default_factory=set)  # sentences with a hit that can carry the key alone
    anchored: set[int] = field(default_factory=set)  # ... of which those that name a country
    kinds: dict[int, str] = field(default_factory=dict)  # sentence -> best rule family of its hits
    landmark: bool = False  # does it name a facility the reference knows?
    sited: list[str] = field(default_factory=list)  # the countries of its known facilities that lie in one
    alone: set[int] = field(default_factory=set)  # sentences that name the fuel on its own, not in "oil and gas"
    single: set[int] = field(default_factory=set)  # sentences that name the fuel outside "oil and gas" at all
    unpaired: set[int] = field(default_factory=set)  # ... nor in a pair before a generic noun ("oil and gas reserves")

    def absorb(self, other: _Key) -> None:
        """Take in another key's mentions (the same commodity said two ways: an LNG story's "gas")."""
        self.strong = self.strong or other.strong
        self.countries += [c for c in other.countries if c not in self.countries]
        self.infrastructure += [n for n in other.infrastructure if n not in self.infrastructure]
        self.spans = sorted(set(self.spans) | set(other.spans))
        self.amount = self.amount or other.amount
        self.weak_hits += other.weak_hits
        for i, kind in other.kinds.items():
            if i not in self.kinds or _RANK[kind] < _RANK[self.kinds[i]]:
                self.kinds[i] = kind
        for name in ("support", "anchored", "alone", "single", "unpaired"):
            getattr(self, name).update(getattr(other, name))
        self.landmark = self.landmark or other.landmark
        self.sited += [c for c in other.sited if c not in self.sited]


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
_FACILITY_WORD = re.compile(r"\b(?:pipelines?|fields?|terminals?|refiner(?:y|ies)|wells?|basin|shale|drilling|"
                            r"reservoirs?|reactors?|plants?)\b", _R)
_TRADE_WORD = re.compile(r"\b(?:trade|trading|exports?|imports?|tariffs?|dut(?:y|ies)|quotas?|wto|dumping)\b", _R)
# (a word or two of the name may come between: "Oil Term Holdings Ltd")
_COMPANY_AFTER = re.compile(r"^(?:\s+[A-Z][\w&\-]*){0,2}?\s+(?:Co|Corp|Corporation|Company|Inc|Plc|PLC|Ltd|Group|AG|SA|NV|"
                            r"Holdings)\b")
# a motor or heating fuel as a noun (not "to fuel exports", "will fuel demand")
_FUEL_NOUN = re.compile(r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bcan\s)(?<!\bhelp\s)"
                        r"(?<!\bhelped\s)(?<!\bhelps\s)\b(?:fuel|fuels|petrol|gasoline|diesel|kerosene)\b"
                        # (the fuel itself, not a good named for it: "diesel engines")
                        r"(?=\s+(?:prices?|subsid\w*|supplies|supply|shipments?|cargoes|products|needs|consumption)\b|"
                        r"\s*[,.;]|\s+(?:and|or|from|into|to)\b)", re.I)
_IMPORT_EXPORT = re.compile(r"\b(?:exports?|imports?|exported|imported|exporting|importing|exporters?|importers?)\b", _R)
_MOTOR_FUEL = re.compile(r"\b(?:gallon|gallons|at\s+the\s+pump|pump\s+prices?|gas\s+stations?|motorists?|drivers?|"
                         r"filling\s+up|fill\s+up|gas\s+tax)\b", re.I)
_SANCTION_CONTEXT = re.compile(r"\b(?:economic|financial|trade|international|western|UN|U\.N\.|impos\w*|lift\w*|"
                               r"eas(?:e|ed|es|ing)|threat\w*|evad\w*|evasion|against|on)\b", _R)
# trade words that name money: "import financing", "export finance", "import cover"
_FINANCING_AFTER = re.compile(r"[\s-]+(?:financ\w*|cover|credit\s+facilit\w*)\b", _R)
# what a loan is for: "a 250 mln dlr loan with the World Bank to support the development of exports"
_LOAN_PURPOSE_BEFORE = re.compile(r"\b(?:loans?|credits?|credit\s+lines?|lines\s+of\s+credit|financing|facilit(?:y|ies)|"
                                  r"tranche)\b[^.;]{0,70}?\bto\s+(?:support|finance|fund|promote)\s+"
                                  r"(?:[\w\-]+\s+){0,5}?(?:(?:of|and)\s+)?$", _R)
# reserves measured in the imports they pay for: "enough reserves to pay for imports and debt service for
# four or five months" (_IMPORT_COVER reads "a few weeks' imports")
_RESERVES_COVER = re.compile(r"\breserves\b[^.;]{0,60}?\b(?:pay\s+for|cover|covers|covering|finance)\s+(?:\w+\s+){0,2}?"
                             r"imports\b[^.;]{0,40}?\bfor\s+(?:\w+\s+){0,4}?(?:months?|weeks?)\b", _R)
_BY_NON_STATE = re.compile(r"\s+(?:(?:imposed|declared|called|ordered|enforced)\s+)?by\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?"
                          r"(?:unions?|workers|dockers|dockworkers|seamen|activists|campaigners|consumers|retailers|"
                          r"companies|firms)\b", _R)
# the duties a regulated firm has under a sanctions regime, no state's measure against another: "anti-money
# laundering and sanctions compliance programs", "sanctions list verification", "sanctions enforcement"
_COMPLIANCE_AFTER = re.compile(r"\s+(?:compliance|screening|enforcement|evasion|list\s+(?:verification|checks?|screening))\b", _R)
_COMPLIANCE_BEFORE = re.compile(r"\banti-?money[\s\-]+laundering\s+(?:and|or|&)\s+$", _R)
# sanctions that are a state's measure whatever else the sentence says: "economic sanctions", "UN sanctions"
_STATE_SANCTIONS = re.compile(r"\b(?:economic|financial|trade|UN|U\.N\.|western|international)\s+sanctions", _R)
# sanctions a regulator takes against a firm it licenses, beside its other actions
_REGULATORS_SANCTIONS = re.compile(r"\bsanctions?\s+(?:and|or)\s+(?:other\s+)?(?:administrative|regulatory|disciplinary|"
                                   r"enforcement)\s+(?:actions?|measures|proceedings)|\b(?:administrative|regulatory|"
                                   r"disciplinary|enforcement)\s+(?:actions?|measures|proceedings)\s+(?:and|or)\s+sanctions?\b|"
                                   r"\b(?:insurance|securities|banking)\s+(?:regulators?|commissioners?|"
                                   r"officials|departments?|superintendents?)\b", _R)
# "the ultimate sanction of losing their licence", "criminal sanctions": a penalty, not a state's measure
_PENALTY_SANCTION = re.compile(r"\b(?:the|a|an|ultimate|disciplinary|criminal|legal|civil|administrative|"
                               r"professional)\s+sanctions?\b|\bsanctions?\s+(?:of|for)\s+(?:\w+ing\b|non-)", _R)

# --- passing mentions -------------------------------------------------------------------------

# Words that make an item a clause rather than a noun phrase of a list.
_CLAUSE_WORD = re.compile(r"\b(?:said|says|say|would|will|is|are|was|were|has|have|had|be|been|can|could|may|might|"
                          r"did|does|do|told|added|that|which|who|according|while|when|because|since|after|before|"
                          r"despite|although|though|whereas|where|if|unless)\b", _R)


_METAL = re.compile(r"\b(?:gold|silver|platinum|palladium|copper|diamonds?|iron(?:\s+ore)?|zinc|nickel|tin|lead|"
                    r"bauxite|chrom(?:e|ium)|manganese|cobalt|lithium|phosphates?|potash)\b", _R)
_MINES = re.compile(r"\b(?:mines?|mining|miners?|mineworkers|deposits|mineral)\b", _R)


def _among_minerals(sentence: str, a: int, b: int) -> bool:
    """The fuel word is one item of a list of mined minerals ("gold, uranium, platinum and coal
    mines"): at least two metals coordinated with it and a word of mining next to the list."""
    lo, hi = max(0, a - 60), min(len(sentence), b + 60)
    window = sentence[lo:hi]
    if "," not in window and " and " not in window:
        return False
    metals = [m for m in _METAL.finditer(window) if not re.search(r"[.;:]", window[min(m.end(), a - lo):max(m.start(), b - lo)])]
    return len(metals) >= 2 and bool(_MINES.search(window))


_SUBORDINATE = re.compile(r"\s(?:while|whereas|which|because)\s")


def _passing(sentence: str, start: int, end: int, topic: re.Pattern = _ENERGY_WORD) -> bool:
    """The hit is one item of a list of three or more noun phrases most of whose other items are
    about something else ("energy, health and education"; "high costs, spiralling oil prices,
    competition from budget carriers and reduced demand")."""
    if "," not in sentence:
        return False  # no list (the count below would be 0)
    lo = max(sentence.rfind(";", 0, start), sentence.rfind(":", 0, start), sentence.rfind("(", 0, start),
             sentence.rfind("—", 0, start)) + 1
    his = [i for i in (sentence.find(";", end), sentence.find(":", end), sentence.find(")", end),
                       sentence.find("—", end)) if i >= 0]
    hi = min(his) if his else len(sentence)
    goes_on = _MAIN_GOES_ON.search(sentence, end, min(hi, end + 40))
    if goes_on:
        hi = goes_on.start()  # "welcomed progress on A, B, and renewable energy investments and reaffirmed ...": the list ends
    if sentence.count(",", lo, hi) == len(_THOUSANDS_COMMA.findall(sentence, max(0, lo - 1), hi)):
        return False  # (no comma but those of numbers: "flowed 660 barrels of oil and 581,000 cubic feet of gas")
    # comma-separated segments of the clause, with the one holding the hit (the hits of one
    # sentence share them: computed once per clause)
    segs = _segments(sentence, lo, hi)
    at = bisect_right(segs, (start, len(sentence) + 1)) - 1
    if at < 0 or not segs[at][0] <= start < segs[at][1]:
        return False
    if end > segs[at][1]:
        return False
    if at + 1 < len(segs) and all(_GAPPED_ITEM.fullmatch(sentence, x, y) for x, y in segs[at + 1:]):
        # "Malaysia has been allocated an export quota of 28,526 tonnes, Indonesia 24,516, Thailand 19,000": the
        # hit's own clause said again of each name, its verb left out, no list of other things
        return False

    def item_like(i: int) -> bool:
        # (the last item ends where a subordinate clause begins: "..., and everyday consumer goods while making
        # America vulnerable")
        x, y = segs[i]
        # (not the hit's own segment: "indicators which showed a sharply reduced foreign trade deficit")
        sub = _SUBORDINATE.search(sentence, x, y) if i != at and (
            sentence.startswith(" and ", x) or sentence.startswith(" or ", x)) else None
        return _item_like(sentence, x, sub.start() if sub else y)

    first = at
    if item_like(at):
        while first > 0 and item_like(first - 1):
            first -= 1
        if first > 0:
            first -= 1  # the segment before the run ends with the list's first item ("... discussed energy")
    elif (_AND_OR.search(sentence, start, segs[at][1]) and not _PAIR_ENDS_SEGMENT.fullmatch(sentence, start, segs[at][1])) \
            or at + 1 == len(segs):
        # a clause, unless the hit ends it and a list follows (a pair of fuels is one item: "systems for
        # the oil and gas, petrochemical, utility and marine industries")
        return False
    last = at
    # (a closing pair only after a hit that is itself an item: "ending unfair trade practices,
    # securing our borders and defending the rule of law")
    # (and beside another item: "Total trade with the Soviet Union, involving swaps of produce and
    # textiles for arms" is a clause, not a list)
    pair_ok = item_like(at) and (at > 0 and item_like(at - 1) or at + 1 < len(segs) and item_like(at + 1))
    while last + 1 < len(segs) and (item_like(last + 1) or pair_ok and _closing_pair(sentence, *segs[last + 1])):
        last += 1
        if _AND_OR_FIRST.match(sentence, segs[last][0], segs[last][1]) or pair_ok and _closing_pair(sentence, *segs[last]):
            break
    else:
        # "power generation, telecommunication, transportation, and infrastructure services on terms
        # no less favorable ...": the closing item is the noun phrase before the sentence goes on
        # (after a hit that is an item itself, or that ends its clause before a run of one- and
        # two-word items: "..., and enhance access to ports" after "lower maritime insurance costs"
        # goes on a clause; "banned exports to the United States of gallium, germanium, ..." lists
        # what the hit is of)
        if last > at and last + 1 < len(segs) and item_like(last) and (
                item_like(at) or not sentence[end:segs[at][1]].strip(" ,;") and
                all(len(sentence[x:y].split()) <= 2 for x, y in segs[at + 1:last + 1])):
            nxt_start, nxt_end = segs[last + 1]
            tail = _CLOSING_ITEM.match(sentence, nxt_start, nxt_end)
            if tail:
                last += 1
                segs = (*segs[:last], (nxt_start, tail.end()), *segs[last + 1:])
            elif _AND_OR_FIRST.match(sentence, nxt_start, nxt_end) and len(sentence[nxt_start:nxt_end].split()) <= 11 \
                    and not _CLAUSE_WORD.search(_EVER_BEFORE.sub("", sentence[nxt_start:nxt_end])):
                last += 1  # "..., and making America stronger and greater than ever before": a longer last item
    items: list[tuple[int, int]] = []  # offsets of the list's items in the sentence
    closed = False
    for i in range(first, last + 1):
        s, e = segs[i]
        seg = sentence[s:e]
        if _AND_OR_FIRST.match(seg):
            closed = True
        cuts = [s] + [s + m.end() for m in _AND_OR.finditer(seg)]
        parts = [(x, y) for x, y in zip(cuts, cuts[1:] + [e])]
        if i == last and len(parts) > 1:
            closed = True
        if i == first and (i != at or not item_like(i)):
            parts = parts[-1:]  # only the tail of the segment before the list is an item
        items.extend(parts)
    if not closed or len(items) < 3:
        return False
    others = [sentence[x:y] for x, y in items if not x <= start < y]
    # (names alone are no other topic: "exports of steel to the United States, Britain and France")
    off_topic = [t for t in others if not topic.search(t) and not _NAMES_ONLY.fullmatch(t)]
    return len(off_topic) >= 2 and 2 * len(off_topic) >= len(others)


_AND_OR = re.compile(r"\s(?:and|or)\s")
_PAIR_ENDS_SEGMENT = re.compile(r"(?:natural\s+)?(?:oil|gas|coal|petroleum)\s+(?:and|&)\s+(?:natural\s+)?(?:gas|oil|coal)\s*",
                                re.I)
_EVER_BEFORE = re.compile(r"\s+than\s+ever(?:\s+before)?\W*$")  # an idiom, no clause
_CLOSING_ITEM = re.compile(r"\s*(?:and|or)\s+(?:[\w\-]+\s+){0,3}?[\w\-]+(?=\s+(?:on|in|at|for|to|with|under|from|by|that|which|who)\b)")
_AND_OR_FIRST = re.compile(r"\s*(?:and|or)\b")


_GAPPED_ITEM = re.compile(r"\s*(?:and\s+)?(?:[A-Z][\w.\-]*\s+){1,3}[\d,.]+(?:\s+(?:and|or)\s+(?:[A-Z][\w.\-]*\s+){1,3}[\d,.]+)*"
                          r"(?:\s+(?:pct|percent|tonnes|tons|bpd|barrels|dlrs|mln|billion))?\s*[.;]?\s*")


@lru_cache(maxsize=64)
def _segments(sentence: str, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    """The comma-separated segments of sentence[lo:hi], as offsets in the sentence."""
    segs: list[tuple[int, int]] = []
    pos = lo
    comma = sentence.find(",", lo, hi)
    while comma >= 0:
        if not _THOUSANDS_COMMA.match(sentence, comma - 1):  # ("581,000 cubic feet", "July 6, 2023": no list)
            segs.append((pos, comma))
            pos = comma + 1
        comma = sentence.find(",", comma + 1, hi)
    segs.append((pos, hi))
    return tuple(segs)


# (and a date's comma: "July 6, 2023")
_THOUSANDS_COMMA = re.compile(r"\d,(?:\d{3}(?!\d)|\s+(?:19|20)\d\d\b)")


# the main clause going on after a list's last item with a second verb: "... and reaffirmed her interest"
_MAIN_GOES_ON = re.compile(r"\s+and\s+(?:also\s+)?(?!(?:red|bed|need|seed|feed|speed|shed|weed)\b)[a-z]{3,}ed\s+"
                           r"(?:her|his|their|its|the|a|an|that|to)\b")


@lru_cache(maxsize=256)
def _item_like(sentence: str, start: int, end: int) -> bool:
    """A segment that reads as an item of a list: a short noun phrase, not a clause."""
    seg = sentence[start:end]
    return len(seg.split()) <= 8 and not _CLAUSE_WORD.search(seg) and not _PARTICIPLE_OPENS.match(seg)


# "..., exploring for and exploiting oil and natural gas": coordinated participles sharing their
# object open a clause, not an item of a list ("mining and banking", "ending unfair trade
# practices" stay items)
_PARTICIPLE_OPENS = re.compile(r"\s*(?:and\s+|or\s+)?[a-z]+ing\s+(?:for|into|with)\s+(?:and|or)\b")


_NAMES_ONLY = re.compile(r"\s*(?:(?:the|and|or|of)\s+|[A-Z][\w.'’\-]*\s*)+[.;]?\s*")


_APPROVED_BY = re.compile(r"sanctioned\s+by\s+(?:the\s+)?(?:[A-Z][\w&'’\-]*,?\s+(?:and\s+)?){0,4}(?:Tours?|Federations?|"
                          r"Associations?|Leagues?)\b")


# the verb's other sense, to approve: "a resolution sanctioning military action", "sanctioned the
# use of force", "officially sanctioned", "state-sanctioned"
_APPROVING = re.compile(r"sanction(?:ed|ing)\s+(?:the\s+|a\s+|an\s+|any\s+)?(?:use\s+of\s+(?:military\s+)?force|"
                        r"(?:military|armed)\s+(?:action|force|intervention|strikes?|operations?|attacks?)|war|wars|"
                        r"invasion|intervention|(?:air\s*)?strikes?|attacks?|bombing|killings?|violence|torture)\b", _R)
# "if it is to sanction an increase in EC budgetary resources": to approve a change or an outlay
_APPROVED_OUTLAY = re.compile(r"sanction(?:s|ed|ing)?\s+(?:the\s+|a\s+|an\s+|any\s+|such\s+|further\s+)?(?:[\w\-]+\s+)?"
                              r"(?:increase|increases|rise|expansion|spending|expenditure|outlays?|payments?|merger|"
                              r"takeover|sale|purchase|plans?|projects?|proposals?|construction|changes?|reforms?|"
                              r"release|transfer|loans?|rescue|bail-?out|budget)\b", _R)
# a ban on a kind of goods with no state as its target: "a Canadian law banning exports of unprocessed
# herring and salmon" is a trade rule; "a ban on exports to Iran", "banned imports from South Africa" are sanctions
_OWN_GOODS_BAN = re.compile(r"\s+of\s+(?:[a-z][\w\-]*\s+){1,4}?(?:[a-z][\w\-]*)\b", _R)
_STATE_TARGET_AFTER = re.compile(r"\b(?:to|from|with|against|into|by|on)\s+(?:the\s+)?[A-Z]")
# goods barred for how they are made: "goods produced by forced or compulsory labor"
_GOODS_BY_MAKING = re.compile(r"\b(?:produced|made|manufactured|mined|extracted|harvested|caught)\s+(?:wholly\s+or\s+in\s+"
                              r"part\s+)?(?:by|with|using|through)\s+(?:forced|compulsory|child|prison|convict|slave|"
                              r"indentured)\b", _R)
_BANNED_SUBSTANCE = re.compile(r"\bas\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}(?:chemical|substance|pesticide|poison|toxin|"
                               r"drug|carcinogen)s?\b", _R)
_APPROVED_BEFORE = re.compile(r"(?:\b(?:state|government|officially|court|party|church|self)-|\bofficially\s+)$", _R)


def _closing_pair(sentence: str, start: int, end: int) -> bool:
    """The list's last segment, two items joined by "and" or "or", each short ("securing our
    borders and defending the rule of law"), longer than one item may be."""
    cut = _AND_OR.search(sentence, start, end)
    return cut is not None and _item_like(sentence, start, cut.start()) and _item_like(sentence, cut.end(), end)


_SIMILE = re.compile(r"\b(?:just|much)\s+as\b|\blike\s+(?:the|a|an)\b", _R)


def _in_comparison(sentence: str, start: int) -> bool:
    """"Just as the Rural Electrification Act brought electricity to every farm, ...": the
    commodity stands in a comparison, not in what the sentence reports."""
    low = folded(sentence)
    if low is not None and "as" not in low and "like" not in low:
        return False  # no word of _SIMILE (it needs "as" or "like")
    last = max((m.end() for m in _SIMILE.finditer(sentence, 0, start)), default=None)
    return last is not None and "," not in sentence[last:start]


# "Oil World said", "Petroleum Intelligence Weekly", "the Oil and Gas Journal": a publication's title
_PUBLICATION_AFTER = re.compile(r"(?:\s+(?:and\s+|&\s+)?[A-Z][\w&]*){0,3}?\s+(?:World|Daily|Journal|Weekly|Week|"
                                r"Intelligence|Monitor|Bulletin|Newsletter|Digest|Letter|Gazette|Argus)\b(?![\-’'])")


# a facility's kind written as part of its name after a known name: "the Golden Pass LNG Terminal"
_INFRA_NOUN_AFTER = re.compile(r" (?:Terminal|Pipeline|Project|Plant|Field|Station|Refinery|Dam|Mine|Complex)(?!\w)")
_PLANT_WORDS = frozenset({"station", "stations", "plant", "plants", "reactor", "reactors"})


# a name that says what states do together in the commodity: "Clean Energy Partnership", "Nuclear Energy
# Small Group", "Energy Security Dialogue"
_COOPERATION_NAME_AFTER = re.compile(r"(?:[\s-]+(?:and\s+)?[A-Z][\w\-]*){0,3}?[\s-]+(?:Partnership|Dialogue|Initiative|"
                                     r"Cooperation|Compact|Small\s+Group|Working\s+Group|Task\s+Force|Action\s+Plan)\b")


_COOPERATION_NOUN_END = re.compile(r"\b(?:Partnership|Dialogue|Initiative|Cooperation|Compact)$")


def _in_proper_name(sentence: str, start: int, end: int) -> bool:
    """"British Petroleum Co", "Forum on Energy and Climate": a word in a name is not a mention."""
    word = sentence[start:end]
    if not word[:1].isupper() or word.isupper():
        return False
    if (_COOPERATION_NAME_AFTER.match(sentence, end) or _COOPERATION_NOUN_END.search(word)) and \
            _ENERGY_WORD.search(word):
        # "launched the U.S.-France Bilateral Clean Energy Partnership": states' cooperation in energy by its
        # name (not "the U.S.-UK Sanctions Dialogue" in a list of a meeting's topics: a forum's name)
        return False
    if _FIRM_UNIT_BEFORE.search(sentence, max(0, start - 30), start):
        return True  # "Occidental Petroleum Corp said its unit Natural Gas Pipeline will delay ...": a firm's name
    if _COMPANY_AFTER.match(sentence[end:end + 14]) or _PUBLICATION_AFTER.match(sentence, end):
        return True
    if re.match(r"(?:[-\s]+(?:and|&)?\s*[A-Z][\w\-]*)*\s+(?:Bank|Agency|Administration|Department|Commission|"
                r"Committee|Council|Office|Forum|Organi[sz]ation|Association|Institute|Act|Trust|Foundation|"
                r"Authority|Board|Society|Division|Divisions|Unit|Subsidiary)\b", sentence[end:end + 40]):
        return True  # "Export-Import Bank", "Trade and Development Agency", "its Diesel Systems Division"
    before = sentence[:start].rstrip()
    if not before or before[-1] in ".:;\"“(-—":
        return False
    prev = before.split()[-1]
    if prev in ("called", "named", "dubbed", "renamed") and re.match(r"[\s-]+[A-Z]", sentence[end:end + 3]):
        return True  # "the new venture, to be called Energy Dominion": a name it is given
    return prev[:1].isupper() or prev in ("on", "of", "for", "and") and bool(re.search(r"[A-Z]\w+\s+(?:on|of|for|and)$", before))


_FIRM_NAME = re.compile(r"(?:[A-Z][\w&'.\-]*\s+(?:by\s+|and\s+|of\s+)?){1,6}?(?:Co|Corp|Corporation|Inc|Ltd|Plc|PLC|AG|SA|NV|"
                        r"Group|Cos)\b")
_TITLE_FIRM = re.compile(r"^(?P<name>[A-Z][A-Z0-9&'.\- ]{2,60}?)\s*<[A-Z0-9.]{1,10}>")
# a firm named without a suffix, by what the story says it is: "a truck subsidiary of Diesel Nacional, a
# Mexican government company"
_FIRM_BY_APPOSITION = re.compile(
    r"\b(?:subsidiary|unit|division|affiliate|parent)\s+of\s+(?P<of>(?:[A-Z][\w&'.\-]*\s+){0,3}[A-Z][\w&'.\-]*)|"
    r"(?P<apposed>(?:[A-Z][\w&'.\-]*\s+){1,3}[A-Z][\w&'.\-]*),\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:company|firm|corporation|concern|manufacturer|maker|producer|subsidiary)\b")

# What a match of each needs: _FIRM_NAME's suffix comes after a space ("... Power Co"); the first
# reading of _FIRM_BY_APPOSITION has "<unit> of ", the second ", a|an|the " and one of its nouns
_FIRM_SUFFIX_GATE = re.compile(r"\s(?:Co|Corp|Corporation|Inc|Ltd|Plc|PLC|AG|SA|NV|Group|Cos)\b")
_OF_PARENT_GATE = re.compile(r"(?:subsidiary|unit|division|affiliate|parent)\s+of\s")
_APPOSED_FIRM_GATE = re.compile(r",\s+(?:a|an|the)\s")
_FIRM_NOUNS = ("company", "firm", "corporation", "concern", "manufacturer", "maker", "producer", "subsidiary")


def _firm_names(art: Article) -> tuple[str, ...]:
    """The firms a story names, lower-cased: "Kyushu Electric Power Co Inc", the title's "SOLAR SYSTEMS SUN
    DANCE <SSDN>" (found once per article)."""
    names = art.memo.get("firm_names")
    if names is None:
        text = art.text
        # (each scan only where its cheap gate says it can match: both patterns are tried at every capital)
        found = [m.group(0).lower() for m in _FIRM_NAME.finditer(text)] if _FIRM_SUFFIX_GATE.search(text) else []
        if _OF_PARENT_GATE.search(text) or _APPOSED_FIRM_GATE.search(text) and any(w in text for w in _FIRM_NOUNS):
            found += [(m.group("of") or m.group("apposed")).lower() for m in _FIRM_BY_APPOSITION.finditer(text)]
        title = _TITLE_FIRM.match(art.title or "")
        if title:
            found.append(title.group("name").lower())
        names = art.memo["firm_names"] = tuple(dict.fromkeys(found))
    return names


_FIRM_ACRONYM = re.compile(r"\b(?:Co|Corp|Corporation|Inc|Ltd|Plc|PLC|AG|SA|NV|Group|Cos)\b\.?\s*\((?P<acr>[A-Z]{2,8})\)")


def _firm_acronyms(art: Article) -> tuple[str, ...]:
    """The short names a story gives its firms, lower-cased: "Oil India Ltd (OIL)" -> "oil"."""
    found = art.memo.get("firm_acronyms")
    if found is None:
        found = art.memo["firm_acronyms"] = tuple({m.group("acr").lower() for m in _FIRM_ACRONYM.finditer(art.text)})
    return found


def _in_firm_name(art: Article, sentence: str, a: int, b: int) -> bool:
    """Is the capitalized commodity word, with the word next to it, part of a firm's name the story gives
    ("Kyushu Electric Power Co Inc is issuing a bond", "Solar Systems by Sun Dance said"), or the short
    name the story gives a firm ("Oil India Ltd (OIL) ... A statement from OIL said")?"""
    if not sentence[a:a + 1].isupper() or _COOPERATION_NAME_AFTER.match(sentence, b):
        return False  # ("the Nuclear Energy Small Group": a group of states, no firm)
    if b - a >= 2 and sentence[a:b].isupper() and sentence[a:b].lower() in _firm_acronyms(art):
        return True
    names = _firm_names(art)
    if not names:
        return False
    nxt = re.match(r"[\s-]+(?:by\s+)?([A-Z][\w&'.\-]*)", sentence[b:b + 40])
    prev = re.search(r"([A-Z][\w&'.\-]*)\s+$", sentence[max(0, a - 30):a])
    phrases = []
    if nxt:
        phrases.append(f"{sentence[a:b]} {nxt.group(1)}".lower())
    if prev:
        phrases.append(f"{prev.group(1)} {sentence[a:b]}".lower())
    return any(p in n or p.replace(" by ", " ") in n for p in phrases for n in names)


# "non-oil exports", "non-oil and gas exports": the commodity is negated
_NEGATED_BEFORE = re.compile(r"\bnon-\s*$|\bnon-[\w]+(?:,\s*|\s+(?:and|or|&)\s+)$", _R)


def _negated_before(words: str) -> bool:
    """_NEGATED_BEFORE.search(words) (which needs a hyphen: most words have none)."""
    return "-" in words and _NEGATED_BEFORE.search(words) is not None


# "oil company Yukos", "gas giant Gazprom": the commodity describes a company
_COMPANY_WORDS = (r"(?:company|companies|firm|firms|giant|giants|major|majors|group|concern|conglomerate|corporation|"
                  r"agency|unit|units|subsidiary|subsidiaries|trader|distributor|retailer|refiner|producer|enterprises?)")
# ("oil giant Yukos", "Chevron's domestic oil and gas unit")
# a utility named right after its descriptor: "electricity utility Electricite de France"
_UTILITY_NAMED = re.compile(r"(?:\s+utilit(?:y|ies))?\s+(?:[A-Z][\w&.\-]*\s+){1,5}(?:(?:de|du|of|la|del)\s+[A-Z][\w&.\-]*\s+)?"
                            r"(?:is|was|has|had|said|will|plans?|\()")
_COMPANY_DESCRIPTOR = re.compile(rf"^(?:\s+(?:and|&)\s+(?:natural\s+)?(?:gas|oil))?(?:\s+[\w-]+)?\s+{_COMPANY_WORDS}\b", _R)
# "the oil drilling equipment and oil services company": a longer descriptor, lines of business
# joined by "and" (lower-case words only, none of them a determiner)
_DESCRIPTOR_WORD = (r"(?!(?:the|a|an|its|their|his|her|our|and|or|which|that|who|whose|is|was|are|were|of|on|in|at|for|"
                    r"to|from|with|by|as|than)\b)[a-z][\w\-]*")
_LONG_COMPANY_DESCRIPTOR = re.compile(rf"(?:\s+{_DESCRIPTOR_WORD}){{0,3}}(?:\s+(?:and|&)(?:\s+{_DESCRIPTOR_WORD}){{0,2}})?\s+"
                                      rf"{_COMPANY_WORDS}\b")
_DESCRIPTOR_START_BEFORE = re.compile(rf"\b(?:the|a|an)\s+(?:{_DESCRIPTOR_WORD}\s+){{0,3}}(?:(?:and|&)\s+(?:{_DESCRIPTOR_WORD}\s+){{0,2}})?$",
                                      _R)
_COMPANY_NAMES = re.compile(r"^(?:gazprom)$", _R)
_COMPANY_WORD_END = re.compile(rf"\b{_COMPANY_WORDS}$")
# Emissions, not supply: "methane emissions from the oil and gas industry"
_EMISSION = re.compile(r"\b(?:emissions?|emit\w*|methane|greenhouse|carbon\s+dioxide|CO2|pollut\w*|leaks?|"
                       r"abatement|decarboni[sz]\w*)\b", _R)
_SUPPLY_CORE = re.compile(r"\b(?:suppl\w*|imports?|exports?|imported|exported|prices?|produc\w*|output|pipelines?|"
                          r"invest\w*|deals?|contracts?|purchas\w*|sales?|barrels?|bcm|tonnes)\b", _R)
# A commodity's clause about its supply, trade, production, investment or cooperation.
_SUPPLY = re.compile(r"\b(?:suppl\w*|imports?|exports?|import(?:ed|ing|er|ers)|export(?:ed|ing|er|ers)|produc\w*|"
                     r"output|reserves|fields?|pipelines?|refiner\w*|exploration|explor\w*|drill\w*|deals?|contracts?|"
                     r"agreements?|cooperat\w*|co-operat\w*|invest\w*|shipments?|ship|shipped|shipping|deliver\w*|"
                     r"barrels?|bpd|bcm|tonnes|tons|consum\w*|demand|purchas\w*|buy\w*|bought|sell\w*|sold|sales?|"
                     r"plants?|stations?|capacity|generat\w*|grids?|projects?|markets?|reactors?|mines?|mining|"
                     r"wells?|cargo\w*|tankers?|storage|reserves?|opec|sector|industry|security|crisis|shortages?|"
                     r"cuts?|transit|stake|licen[cs]\w*|blocks?|concessions?|megawatts?|gigawatts?|mw|gw)\b", _R)
_PRICE_AFTER = re.compile(r"^(?:[\s-]+[\w-]+){0,2}?[\s-]+(?:prices?|costs?|bills?)\b", _R)
# Another "... prices" in the sentence that is not energy: a price index's components.
_OTHER_PRICES = re.compile(r"\b(?:food|clothing|apparel|shoes|bread|vegetables?|fruits?|housing|rent|rents|tobacco|"
                           r"cigarettes?|alcohol|beverages?|cars?|vehicles?|insurance|tuition|drugs?|medicines?|"
                           r"furniture|transport|services|meat|rice|grain|wheat|commodity|metals?|gold|stock|share|"
                           r"house|property|land|ticket|airfare|wage|labou?r|raw\s+material|interest|farm|milk|"
                           r"sugar|coffee|durable|medical|health|education)\s+(?:prices?|costs?)\b|"
                           r"\b(?:food|housing)\s+and\s+(?:energy|fuel|oil|petrol|gasoline)\b|"
                           r"\b(?:energy|fuel|oil|petrol|gasoline)\s+and\s+food\b", _R)
_BARE = frozenset({"oil", "coal", "electricity", "hydrogen", "uranium", "reactor", "reactors", "petroleum", "diesel",
                   "petrol", "gasoline", "lignite", "crude", "solar", "renewables", "renewable", "hydropower"})

_TRADE_POLICY = re.compile(r"tariff|dut(?:y|ies)|dumping|quota|market\s+access|protection|wto|gatt|world\s+trade|"
                           r"countervailing|(?:free|fair)\s+trade|trade\s+(?:deals?|agreements?|pact|talks|disputes?|"
                           r"war|barriers?|policy|policies|restrictions|protocol|frictions?|tensions?|liberali|"
                           r"negotiations?|practices|issues|preferences|zones?|sanctions|retaliation|measures)", _R)
# the singular noun "import"/"export" is trade only as a modifier or with "of" ("import duties", "the export of")
_WEAK_NOUN_OK = re.compile(r"^\s+(?:of|ban|bans|licen[cs]\w*|controls?|credits?|growth|markets?|earnings|revenues?|"
                           r"subsid\w*|volumes?|prices?|values?|bill|sector|industry|demand|orders?|figures|data|"
                           r"restrictions?|permits?|taxes?|levy|levies|goods|products|business|trade|agency|"
                           r"financing|guarantees?|promotion|zones?|processing|capacity|contracts?|deals?|rules?|"
                           r"regime|policy|policies|surge|boom|slump|decline|drop|rise|increase|partners?|"
                           r"destinations?|sources?|substitution|dependence|performance|sales|agreements?|"
                           r"arrangements?|pacts?|orientation|oriented|led|driven|bonus(?:es)?|tenders?|enhancement|quotas?|dut(?:y|ies)|"
                           r"shipments?|refunds?|restitutions?|incentives?)\b", _R)
_FIRM_UNIT_BEFORE = re.compile(r"\b(?:its|their|the)\s+(?:[a-z]+\s+)?(?:unit|subsidiary|affiliate|division|arm)\s+$")
# a fuel or energy word paired with a field of another kind before their common noun
_OTHER_FIELDS = (r"(?:education|educational|health|healthcare|tourism|agricultur\w*|farm|water|housing|transport\w*|"
                 r"telecommunications?|roads?|irrigation|sanitation|schools?|hospitals?|defen[cs]e|social|industrial|"
                 r"infrastructure|forestry|fisheries)")
_FIELD_HEADS = r"(?:projects?|sectors?|programm?es?|investments?|industr(?:y|ies)|loans?|schemes?|development)"
_OTHER_FIELD_PAIR_AFTER = re.compile(rf"\s+(?:and|or|&)\s+{_OTHER_FIELDS}\s+{_FIELD_HEADS}\b", _R)
_OTHER_FIELD_PAIR_BEFORE = re.compile(rf"\b{_OTHER_FIELDS},?\s+(?:and|or|&)\s+$", _R)
_FIELD_HEAD_AFTER = re.compile(rf"\s+{_FIELD_HEADS}\b", _R)
_LED_FIRMS_AFTER = re.compile(r"[\-\s]+(?:led|owned|controlled|backed)\s+(?:[\w\-]+\s+){0,2}(?:consortium|consortia|"
                              r"companies|company|firms?|group|venture|syndicate|banks?)\b", re.I)
_BACKED_FIGHTERS_AFTER = re.compile(r"[\-\s]+(?:backed|supported|funded|armed|trained|sponsored)\s+(?:[\w\-]+\s+){0,2}?"
                                    r"(?:rebels?|guerrillas?|contras?|insurgents?|militias?|militants?|fighters|"
                                    r"forces|troops)\b", re.I)
_LENDING_TARIFF_BEFORE = re.compile(r"\b(?:advances?|lending|discount|loans?|deposit|interest|repo|lombard|period|overnight|interbank|day-to-day|money)\s+$", _R)
# a price report's title and the words of its index's parts
_PRICE_INDEX = re.compile(r"\b(?:consumer|retail|wholesale|producer)\s+prices?\b|\bcost\s+of\s+living\b|\binflation\b|"
                          r"\bprice\s+index\b|\bCPI\b", re.I)
_PRICE_INDEX_PART = re.compile(r"\b(?:home|domestically)[\s\-]+(?:produced|generated|made)\b|\b(?:imported|import)\s+(?:goods\s+)?"
                               r"(?:prices?|inflation)\b|\binflation\b", _R)
# (and "for export to Switzerland", "destined for import": goods meant for the trade)
_VERB_BEFORE = re.compile(r"\b(?:to|will|would|can|could|may|might|must|should|shall|now|also|not|for)\s+$", _R)


# "a tariff rise to fund water-supply improvements": the price a utility charges
_UTILITY_TARIFFS = re.compile(r"\b(?:Electricidad|Electricit[eé]|Elettricit[aà]|(?:electric|power|electricity|water)\s+"
                              r"(?:company|utility|board|authority))\b|"  # the tariffs of a power company
                              r"\b(?:water|electricity|power|gas|energy|utility|utilities|phone|telephone|telecoms?|"
                              r"broadband|bus|rail|postal|heating)(?:[\s-]+supply)?\s+(?:tariffs?|rates)\b|"
                              r"\btariffs?\s+(?:for|of)\s+(?:water|electricity|power|gas|utilit\w*|phone|households?)\b|"
                              r"\b(?:utility|utilities|water-supply)\b|"
                              # "the tariffs the two companies charge foreign mobile operators": a network's prices
                              r"\btariffs?\s+(?:that\s+|which\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,3}(?:companies|company|operators?|"
                              r"firms?|carriers?|providers?|networks?)\s+charges?\b|\b(?:roaming|mobile\s+phone|interconnection|"
                              r"termination)\s+(?:tariffs?|charges|rates|fees)\b", _R)
_TRADE_CONTEXT = re.compile(r"\b(?:imports?|exports?|imported|exported|goods|products|trade|trading|customs|duty|duties|"
                            r"wto|gatt|retaliat\w*|dumping|steel|cars|autos|agricultur\w*)\b|"
                            r"\btariffs?\s+(?:of\s+[\w.,%\s]{1,20}?\s+)?(?:on|against)\b", _R)


_EVENT_NOUNS = r"(?:conferences?|seminars?|symposi(?:um|a)|congress(?:es)?|exhibitions?|expos?|trade\s+shows?|forums?|conventions?)"
_PERSON_OR_EVENT_AFTER = re.compile(rf"\s+(?:(?:market\s+)?(?:watchdog|agency)|analysts?|consultants?|experts?|economists?|"
                                    rf"specialists?|writers?|correspondents?|editors?|{_EVENT_NOUNS}|"
                                    r"newsletter|journal|publication)\b", re.I)
_REMIT_BEFORE = re.compile(r"\b(?:units?|agenc(?:y|ies)|offices?|bodies|departments?|divisions?|bureaus?|regulators?)\s+"
                           r"(?:that|which|who)\s+(?:govern|governs|regulate|regulates|oversee|oversees|manage|manages|"
                           r"handle|handles|supervise|supervises)\s+(?:[\w\-]+\s+){0,3}$", _R)
# (after a fuel, or a pair of fuels: "an oil and gas conference", "a coal industry seminar")
_FUEL_EVENT_AFTER = re.compile(r"(?:\s*(?:and|or|&|/)\s*(?:natural\s+)?(?:gas|oil|coal|energy|petroleum))?\s+"
                               rf"(?:industry\s+)?{_EVENT_NOUNS}\b", _R)
_FACILITY_NOUN_AFTER = re.compile(r"\s+(?:[Dd]am|[Bb]asin|[Ff]ield|[Pp]ipeline|[Pp]roject|[Pp]lant|[Ss]tation|[Rr]efinery|"
                                  r"[Tt]erminal|[Mm]ine|[Rr]eactor)\b")
# "unilateral trade sanctions", "the trade boycott": the sanctions key, not a trade one
_TRADE_SANCTIONS = re.compile(r"trade\s+(?:sanctions|embargoe?s?|boycotts?)\b", _R)
_BREWING = re.compile(r"\b(?:beer|beers|brewer|brewers|brewery|breweries|brewing|brands?\s+of\s+beer|lager|ale|wine|"
                      r"whisky|whiskey|bourbon)\b", re.I)
_UNIT_NAME_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+(?:department|division|directorate|bureau|section)\b")
_OFFICE_WORD_END = re.compile(r"\b(?:minister|ministers|ministry|secretary|department)$")
_CONDENSATE_AFTER = re.compile(r"\s+(?:a\s+day\s+|per\s+day\s+|daily\s+)?of\s+(?:gas\s+|natural\s+gas\s+)?condensates?\b", re.I)
_FUEL_QUOTA = re.compile(r"(?:export|import)s?\s+(?:quotas?|volumes?|revenues?|earnings)$", re.I)  # "oil export quota"
_GENERIC_PHRASE = re.compile(
    r"\b(?:international|world|global|world-wide|worldwide)\s+(?:agricultural\s+|farm\s+)?trade\b(?!\s+(?:talks|negotiations|round|deal|pact|"
    r"agreement|dispute|war|body|organi[sz]ation|rules))|\btrade-weighted\b|"
    r"\b(?:cheaper|cheap|dearer|costlier)\s+imports\b|\bexporters?\s+of\s+capital\b|"
    r"\ban\s+energy\s+project\b|"
    # "will depend on the extent to which threats to free trade materialise": a firm's outlook
    r"\b(?:threats?|risks?|dangers?)\s+(?:to|for)\s+(?:free|fair|open)\s+trade\b|"
    # "reserves equal to five months' worth of imports", "import cover": a measure of reserves
    r"\b(?:weeks?|months?)'?\s+(?:worth\s+of\s+|of\s+)imports\b|\bimport\s+cover\b|"
    # "we will expand our trade with world partners": an aim with nobody named, no trade told
    r"\b(?:expand|increase|boost|promote|grow)\s+(?:our|their|its)\s+trade\s+with\s+(?:(?:world|foreign|global|"
    r"international|our|its|their|other)\s+)?(?:partners|nations|countries|the\s+world)\b", _R)
# "exports, after excluding coffee and oil derivatives": a fuel left out of the figures is no mention
# ("excludes the country's oil sector": what is left out may carry its owner)
_EXCLUDED_BEFORE = re.compile(r"\b(?:excluding|exclude[sd]?|except(?:\s+for)?|other\s+than|apart\s+from|"
                              r"exclusive\s+of|not\s+including)\s*(?:(?:the|its|their|his|her)\s+)?(?:[\w\-]+['’]s\s+)?"
                              r"(?:[\w\-]+(?:,\s*|\s+(?:and|or)\s+)){0,3}$", _R)
# "exports, which do not include oil" (not "did not include the oil and gas reserves of X": a set left out)
_NOT_INCLUDING_BEFORE = re.compile(r"\b(?:do|does|did)(?:\s+not|n['’]t)\s+include\s+(?:[\w\-]+(?:,\s*|\s+(?:and|or)\s+)){0,3}$", _R)
# "Tokheim Corp, manufacturer of electronic petroleum marketing systems": what a maker makes
_MAKER_OF_BEFORE = re.compile(r"\b(?:manufacturers?|makers?)\s+of\s+(?:[\w\-]+\s+){0,2}$", _R)
_FUEL_GOOD_AFTER = re.compile(r"[\s\-]+(?:engines?|vehicles?|cars?|trucks?|buses|locomotives?|generators?|"
                              r"motors?)\b", re.I)
_EQUIPMENT_AFTER = re.compile(r"(?:\s+[\w\-]+){0,2}?\s+(?:systems|equipment|pumps|dispensers|parts|tools|valves|"
                              r"meters|instruments|machinery)\b", _R)
_REPLACED_FUEL_BEFORE = re.compile(r"\b(?:take\s+the\s+place\s+of|in\s+place\s+of|instead\s+of|replac(?:e|es|ed|ing)|"
                                   r"substitut(?:e|es|ed|ing)\s+for|displac(?:e|es|ed|ing))\s+(?:[\w\-'’]+\s+){0,7}$", _R)
_CONDUCTS = re.compile(r"\bsuperconduct\w*|\bconduct(?:s|ing)?\s+electricity\b", _R)
# gas said to move by pipe: a story of LNG that also speaks of pipeline gas keeps both keys
_PIPELINE_GAS_F = Folded(re.compile(r"\b(?:pipelines?|pipeline\s+gas|piped)\b", re.I))
_GENERATING_PLANT_AFTER = re.compile(r"s?\s+(?:generating\s+|power\s+)?(?:plants?|stations?|units?)\b", _R)
# a fuel's plant the story names: "the Perry Nuclear Power Plant", "its coal-fired station"
_FUEL_PLANT_NAMED = re.compile(r"\b(?:[Nn]uclear|[Aa]tomic|[Cc]oal(?:-fired)?|[Gg]as-fired|[Oo]il-fired|[Ll]ignite)\s+"
                               r"(?:[Pp]ower\s+|[Gg]enerating\s+)?(?:[Pp]lant|[Ss]tation|[Uu]nit)s?\b")
_FUEL_PLANT_AFTER = re.compile(r"s?\s+(?:[\w\-]+\s+)?(?:nuclear|atomic|coal|coal-fired|gas-fired|oil-fired|lignite|"
                               r"hydro\w*|wind|solar|geothermal)\s+(?:power\s+)?(?:plants?|stations?|reactors?|units?|"
                               r"farms?|dams?|parks?)\b", _R)
# a trade body as an employer or a building: "GATT secretariat staff", "(GATT) staff", "the WTO offices"
_BODY_AS_EMPLOYER_AFTER = re.compile(r"\)?\s+(?:secretariat\s+)?(?:staff|staffers|employees|personnel|workers|offices|"
                                     r"building|headquarters|canteen|pension\s+fund)\b", _R)
# "the sugar and oil divisions", "its oil and gas subsidiary": a part of a firm named for what it sells
# (not "a 300 megawatt coal unit": a generating unit is a plant)
_FIRM_PART_AFTER = re.compile(r"(?:\s*(?:and|&)\s+(?:natural\s+)?[\w\-]+|\s+gas)?\s+(?:divisions?|subsidiar(?:y|ies)|arms?)\b|"
                              # "its oilfield equipment business has been slimmed": a firm's line of business
                              r"\s+(?:equipment|services|supply)\s+(?:business|businesses|unit|units|division)\b", _R)
# "subsidiaries in businesses related to oil-drilling": a firm's line of business
_LINE_OF_BUSINESS_BEFORE = re.compile(r"\bbusiness(?:es)?\s+(?:related\s+to|serving|supplying|tied\s+to|"
                                      r"linked\s+to)\s+(?:the\s+)?$"
                                      # "which sells accounting software systems to the oil and gas industry":
                                      # a firm's customers (not "sells crude to the refining industry")
                                      r"|\b(?:sells?|selling|sold|supplies|supplying|markets?|marketing)\s+"
                                      r"(?:(?!oil\b|gas\b|crude\b|fuel\b|coal\b|power\b|electricity\b)[\w\-]+\s+){1,5}?"
                                      r"to\s+(?:the\s+)?$", _R)


def _one_state_purchase(art: Article, s_start: int, s_end: int, goods_start: int) -> bool:
    """Does a sentence of goods bought or sold by the tonne name fewer than two states? Only a
    purchase across a border is trade. The dateline's state counts only against goods of another
    origin ("NEW DELHI - ... bought 6,000 tonnes of Malaysian palm olein"), not against the buyer's own
    state ("LONDON - The Ghana Cocoa Board bought ... from farmers": filed from a market)."""
    kinds = ("country", "demonym", "city")
    states = {m.iso3 for m in art.matches_in(s_start, s_end, kinds) if m.iso3}
    if len(states) >= 2:
        return False
    dateline = art.dateline_place()
    origin = {m.iso3 for m in art.matches_in(goods_start, min(s_end, goods_start + 40), kinds) if m.iso3}
    return not (dateline is not None and dateline.iso3 and origin and dateline.iso3 not in origin)


def _hit_kind(category: str, commodity: str | None, strong: bool, word: str, sentence: str, a: int, b: int) -> str:
    """The rule family of one hit (`word` is the matched text lower-cased)."""
    if not strong:
        return "trade.weak" if category == "trade" else "energy.commodity"
    if category == "trade":
        if _IMPORT_EXPORT.fullmatch(word) or word.startswith(_PURCHASE_WORDS):
            return "trade.flows"
        return "trade.policy" if _TRADE_POLICY.search(word) else "trade.volume"
    if category == "sanctions":
        return "sanctions.ban" if word.startswith(("prohibit", "ban")) else "sanctions.explicit"
    if _PRICE_AFTER.match(sentence[b:b + 40]) or word.endswith(("price", "prices", "cost", "costs")):
        return "energy.general" if commodity == "general" else "energy.price"
    if commodity == "general":
        return "energy.general"
    if _INCOME_AFTER.match(sentence, b):
        return "energy.commodity"  # "after a 40 pct drop in oil income": a budget's background, alone no mention
    if word.split()[-1] not in _BARE or _says(_SUPPLY, sentence):
        return "energy.supply"
    return "energy.commodity"


_INCOME_AFTER = re.compile(r"\s+(?:income|revenues?|earnings|receipts)\b", _R)
_TARGETED = re.compile(r"\b(?:attack\w*|strik\w*|struck|destroy\w*|bomb\w*|shell(?:ed|ing)|hit|raid\w*|"
                       # "the airliner hit electricity lines and crashed": what a plane or a car struck
                       r"crash\w*|clipp\w*|collid\w*|(?:flew|ran|ploughed|plowed|slammed|crashed)\s+into|"
                       r"target\w*|shot|fired\s+on|missiles?|"
                       # "to protect only American ships ... the reflagged Kuwaiti oil tankers": a navy's charge
                       r"escort\w*|protect\w*|reflag\w*|convoy\w*)\b[^.;]{0,45}$", _R)
_FACILITY_AFTER = re.compile(r"^[\s-]*(?:platforms?|rigs?|install\w*|facilit\w*|terminals?|depots?|tankers?|lines|pylons?|"
                             r"poles|cables|refiner\w*|fields?|wells?|plants?)\b", _R)
_ECONOMIC = re.compile(r"\b(?:supply|supplies|prices?|production|output|exports?|imports?|barrels?|bpd|market)\b", _R)


# a sentence of a few capitalized words and no verb: a heading ("Energy Security.", "Trade:")
_HEADING_ONLY = re.compile(r"\s*(?:(?:[A-Z][\w\-'’]*|and|of|&)\s+){0,3}[A-Z][\w\-'’]*\s*[.:]?\s*")
# a row of a figures table: a label in capitals and its numbers ("IMPORTS 311.72 up 4.12")
# (also in the case a table set in capitals is read in, where its figures move: "oil/gas 4169.1 up 32.2";
# not a sentence that ends in a year: "Cambodia imported the missiles in 1980.")
_TABLE_ROW = re.compile(r"\s*[A-Z][A-Z&/'\-]*(?:\s+[A-Z][A-Z&/'\-]*){0,4}\s+[\d.,]+(?:\s+(?:up|down|off|unch\w*|vs)"
                        r"(?:\s+[\d.,]+)?)*\s*\.?\s*|"
                        r"\s*[A-Za-z][A-Za-z&/'\-]*(?:\s+[A-Za-z][A-Za-z&/'\-]*){0,2}\s+[\d.,]+(?:\s+(?:up|down|off|unch\w*)"
                        r"(?:\s+[\d.,]+)?)+\s*\.?\s*")
# a company's results table run into one sentence: "Traded oil purchases 41.2 mln vs 44.5 mln Administration
# expenses 6.2 mln vs 8.0 mln"
_RESULTS_ROWS = re.compile(r"(?:\s*[A-Za-z][\w\-/&'(),. ]{0,60}?\s+-?[\d.,]+\s*(?:mln|billion|bln|pct|dlrs|stg|cts)?\s+vs\s+"
                           r"-?[\d.,]+\s*(?:mln|billion|bln|pct|dlrs|stg|cts)?\s*)+")
_TRADE_AS_YARDSTICK = re.compile(r"\b(?:considering|given|relative\s+to|compared\s+with)\s+[^.;]{0,60}?\b(?:scale|size)\s+"
                                 r"of\s+(?:its|their|the\s+country['’]s)\s+(?:\w+\s+(?:and|or)\s+)?$", _R)
_IMPORT_COVER = re.compile(r"\b(?:weeks|months|days)['’]?\s+(?:worth\s+)?(?:of\s+)?$", _R)
_NEVER_BEFORE = re.compile(r"\bnever\s+(?:\w+\s+){0,2}?(?:threatened|imposed|used|applied|sought)\s+(?:[\w\-]+\s+){0,3}?"
                          r"(?:with\s+)?$", _R)
# ("the 1980 grain embargo", "the 1973-74 Arab oil embargo")
_OLD_YEAR_BEFORE_SANCTION = re.compile(r"\b((?:19|20)\d\d)(?:[-/](?:\d\d){1,2})?\s+(?:[\w\-]+\s+){0,2}$")
# an indefinite embargo or sanction that a measure guards against: a danger, none imposed or threatened
_GUARDED_AGAINST = re.compile(r"\b(?:protect\w*|insulat\w*|shield\w*|guard\w*|hedg\w*|safe-?guard\w*|secur\w*|"
                              r"vulnerab\w*|exposed|immune)\s+(?:[\w\-]+\s+){0,5}?(?:from|against|to)\s+"
                              r"(?:an?|any|possible|potential|future)\s+(?:[\w\-]+\s+){0,2}$|"
                              r"\bin\s+(?:the\s+)?(?:case|event)\s+of\s+(?:an?|any|another)\s+(?:[\w\-]+\s+){0,2}$", _R)


# the opening of a list of a price index's parts: "energy costs, including ...", "the category including ..."
_COMPONENTS_OPEN = re.compile(r"\b(?:costs?|prices?|index|indexes|indices|categor(?:y|ies)|components?)\s*,?\s+"
                              r"(?:including|such\s+as|which\s+includes?|made\s+up\s+of)\s+"
                              r"(?P<items>(?:[\w\-]+(?:\s+[\w\-]+)?\s*,\s*){0,5}(?P<joined>(?:and|or)\s+)?(?:[\w\-]+\s+)?)$", _R)
_LIST_ITEMS_AFTER = re.compile(r"(?:\s+[\w\-]+)?(?:\s*,\s*[\w\-]+(?:\s+[\w\-]+)?){0,5}\s*,?\s+(?:and|or)\s+[\w\-]+")


_UTILITIES_AFTER = re.compile(r"(?:\s+power)?\s+utilit(?:y|ies)\b", _R)
_FUEL_BOUGHT = re.compile(r"\b(?:coal|uranium|natural\s+gas|gas|oil|crude|lng|fuel)\b", _R)


def _index_component(sentence: str, a: int, b: int) -> bool:
    """Is the hit at [a, b) one of three or more items listed as the parts of a cost, price or index
    ("energy costs, including petroleum, coal and natural gas, rose")?"""
    opening = _COMPONENTS_OPEN.search(sentence, max(0, a - 90), a)
    if not opening:
        return False
    tail = _LIST_ITEMS_AFTER.match(sentence, b)
    if tail is None and not opening.group("joined"):
        return False  # the hit neither goes on into nor closes a coordinated list
    # (three items or more: a comma among the items before the hit or after it)
    return "," in opening.group("items") or "," in (tail.group() if tail else "")


def _minor(category: str, commodity: str | None, word: str, sentence: str, a: int, b: int) -> bool:
    """A hit that counts for a key only alongside another: the commodity describes a company
    ("oil giant Yukos"), is a source of emissions, or is one component of a price index."""
    if category == "trade":
        # "agencies for some imported wines": goods described by where they came from count only
        # beside a word of the trade itself; "speciality U.S. food importer Richter Brothers": a firm
        # described by its line of business
        return bool(_GOODS_DESCRIBED.fullmatch(word) and _DETERMINER_BEFORE.search(sentence, max(0, a - 8), a)
                    and _NOUN_AFTER.match(sentence, b)) or bool(_TRADER_FIRM.fullmatch(word) and _FIRM_NAMED_AFTER.match(sentence, b))
    if category != "energy":
        return False
    if _WORKERS_AFTER.match(sentence, b):
        return True  # "coal miners" among striking workers: labour, said of the fuel only beside its supply
    if _OPERATES_BEFORE.search(sentence, max(0, a - 90), a):
        return True  # "Pancontinental operates gold and coal mines in Australia": what a firm owns, said of it
    if _SERVES_INDUSTRY.search(sentence, max(0, a - 60), a):
        return True  # "insurance for the oil industry": a business's customers, not the commodity
    if _LANDMARK_BEFORE.search(sentence, max(0, a - 60), a):
        return True  # "the ship is lodged on rocks opposite the Hope Creek nuclear power plant": a landmark
    if _COMPANY_NAMES.match(word) or _COMPANY_DESCRIPTOR.match(sentence[b:b + 40]) or _COMPANY_WORD_END.search(word):
        return True
    if _DESCRIPTOR_START_BEFORE.search(sentence, max(0, a - 80), a) and _LONG_COMPANY_DESCRIPTOR.match(sentence, b, b + 80):
        return True  # "the oil drilling equipment and oil services company will pay": who pays
    if _UTILITY_NAMED.match(sentence, b) and (word.endswith(("utility", "utilities")) or
                                              re.match(r"\s+utilit(?:y|ies)\b", sentence[b:b + 12])):
        return True  # "the French electricity utility Electricite de France is issuing a bond": who issues
    if _says(_EMISSION, sentence) and not _says(_SUPPLY_CORE, sentence):
        return True
    if commodity == "electricity" and (_UTILITIES_AFTER.match(sentence, b) or re.search(r"utilit(?:y|ies)$", word)) and \
            _says(_FUEL_BOUGHT, sentence):
        return True  # "Japanese electricity utilities demand cuts in coal prices": the fuel's buyers
    if _index_component(sentence, a, b):
        return True  # "energy costs, including petroleum, coal and natural gas, rose 1.0 pct": a price index's part
    if _TARGETED.search(sentence[max(0, a - 60):a]) and _FACILITY_AFTER.match(sentence[b:b + 30]) and \
            not _says(_ECONOMIC, sentence):
        return True  # "a U.S. attack on two Iranian oil platforms": a military target, not supply
    return _says(_OTHER_PRICES, sentence)


_RATIO_OF_BEFORE = re.compile(r"\b(?:equivalent\s+to|equal\s+to|twice|(?:three|four|five|\d+)\s+times|(?:pct|percent|per\s+cent|%)"
                              r"\s+of)\s+(?:[\w\-]+\s+){0,3}$", _R)
_DEBT_WORD = re.compile(r"\b(?:debts?|debt-service|repayments?|servicing|obligations|borrowing)\b", _R)
_LENT_TO = re.compile(r"\b(?:lend|lends|lending|lent|loans?)\s+(?:[\w\-]+\s+){0,3}?(?:to|for)\s+(?:\w+\s+)?"
                      r"(?:(?:importers|exporters)\s+(?:and|or)\s+)?$", _R)
_RATE_OF = re.compile(r"(?:\bpct|\bpercent|%)\s+of\s+$", _R)
_ACQUIRED = re.compile(r"\b(?:acquired|bought|buys|acquires|acquire|acquiring|buying)\s+(?:[\w\-]+\s+){0,3}$", _R)
_FACTOR_BEFORE = re.compile(r"\b(?:rates?|dollar|yen|bonds?|stocks?|equities|inflation|currenc(?:y|ies)|interest)\s+"
                            r"(?:and|or)\s+(?:[\w\-]+\s+){0,2}$|"
                            # "an abrupt turnaround in external factors such as oil prices and exchange rates"
                            r"\bfactors\s+(?:such\s+as|like|including)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$|"
                            # "waiting ... for clues to the direction of oil prices": what a market watches
                            r"\b(?:clues?|signs?|hints?)\s+(?:to|of|on|about)\s+(?:the\s+)?(?:direction|course|trend)\s+of\s+$", _R)
_FACTOR_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:and|or)\s+(?:the\s+)?(?:outlook\s+for\s+the\s+|(?:a\s+)?(?:firmer|weaker|"
                           r"stronger|higher|lower|rising|falling)\s+)?(?:dollar|interest\s+rates?|inflation|bonds?|stocks?|"
                           r"federal\s+funds)\b", _R)
_PRICE_TIME_ANCHOR = re.compile(r"\b(?:before|after|since|until|despite|notwithstanding)\s+(?:last\s+year['’]s\s+|this\s+year['’]s\s+|the\s+|a\s+)?"
                                r"(?:[\w\-]+\s+)?(?:fall|drop|collapse|rise|slump|decline|surge|plunge)\s+in\s+"
                                r"(?:(?:world|international|crude)\s+)?$", _R)
# the sector's shares and firms: "energy issues", "energy stocks", "an energy-steel concern" (of energy at
# large only: "oil stocks" are mostly inventories)
# ("the steel, aerospace and energy concern", "energy retirees": a firm's trade and its people)
_SHARES_AFTER = re.compile(r"(?:-[a-z]+)?\s+(?:issues|stocks|shares|equities)\b|-[a-z]+\s+(?:concern|company|firm|group)\b|"
                           r"\s+(?:concern|retirees|pensioners|employees)\b", _R)
# a price as the cause of someone's troubles: "hit by plummeting oil prices", "because of lower oil
# prices", "to cushion the economy against a fall in oil prices"
_HARM_CAUSE_BEFORE = re.compile(r"\b(?:(?:hit|hurt|battered|squeezed|damaged|depressed|weakened|affected|buffeted|"
                                r"ravaged)\s+by|(?:protect\w*|cushion\w*|shield\w*|insulat\w*)\s+(?:[\w\-]+\s+){0,4}?"
                                r"against)\s+(?:[\w\-]+\s+){0,8}?$", _R)
# a market's turn named as what lifts a firm's results: "a gradual improvement in the energy market to allow it
# to regain profitability" (a firm's outlook, no news of the fuel)
_LIFTS_RESULTS_AFTER = re.compile(r"(?:\s+[\w\-]+){0,3}?\s+(?:to\s+(?:allow|help|enable)\s+(?:it|them|the\s+company|us)\s+to\s+|"
                                  r"(?:will|would|should|could)\s+(?:help\s+)?)(?:regain|restore|return\s+to|boost|"
                                  r"lift|improve|raise)\s+(?:its\s+|their\s+|the\s+company['’]s\s+)?(?:profitability|profits?|"
                                  r"earnings|results|margins)\b", _R)
# the rest of a list of causes after a fuel's price: "(rising oil) prices, a stronger yen and weaker exports
# were blamed for the fall"
_BLAMED_LIST_AFTER = re.compile(r"(?:[\s-]+[\w\-]+){0,2}?(?:,\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?[\w\-]+){0,4},?\s+and\s+"
                                r"(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?[\w\-]+\s+(?:were|have\s+been|had\s+been|are)\s+"
                                r"(?:\w+\s+)?(?:blamed|cited|responsible|behind|to\s+blame)\b", _R)
# a fuel as the yardstick of a ranking: "the second-biggest source of income after oil"
_YARDSTICK_BEFORE = re.compile(r"\b(?:second|third|fourth)[- ](?:biggest|largest|most\s+important|main)\s+"
                               r"(?:[\w\-]+\s+){0,5}?after\s+$", _R)
_FIGURATIVE_EXPORT = re.compile(r"\s+(?:(?:its|their|the|his|her|a|an|our)\s+)?(?:communism|revolution|revolutions|terror\w*|ideolog\w*|"
                                r"models?|values|ideals|culture|way\s+of\s+life|"
                                r"democracy|extremism|violence|instability|despotism|jihad|radicalism|inflation|"
                                r"unemployment|corruption|fundamentalism|socialism)\b", _R)
_DISEASE_BEFORE = re.compile(r"\b(?:(?-i:TB|HIV)|tuberculosis|disease|diseases|virus|viruses|infections?|malaria|measles|"
                             r"cholera|polio|influenza)\b[^.;]{0,30}$", _R)
_GOODS_DESCRIBED = re.compile(r"(?:im|ex)ported", _R)
_TRADER_FIRM = re.compile(r"(?:im|ex)porters?", _R)
_FIRM_NAMED_AFTER = re.compile(r"\s+(?!(?:of|and|or|in|to|from|for|the)\b)[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*)*")
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|some|its|their|his|her|of|for|on|all|any)\s+$", _R)
_NOUN_AFTER = re.compile(r"\s+(?!(?:from|to|into|by|in|at|for|on|under|with|and|or|goods|products)\b)[a-z][\w\-]*", _R)
_SERVES_INDUSTRY = re.compile(r"\b(?:insurance|insurer|services|equipment|software|supplies|products|consulting|"
                              r"financing|loans|advice|engineering|technicians|engineers|scientists|staff|workers)\s+"
                              r"(?:to|for)\s+(?:the\s+)?$|\bpositions?\s+in\s+the\s+$", _R)
# (also a place given by its bearing from the facility: "the road to Rawandiz, some 60 miles north of major
# Iraqi oil fields and refineries": where the fighting is, nothing said of the oil)
_LANDMARK_BEFORE = re.compile(r"\b(?:opposite|near|nearby|next\s+to|outside|beside|close\s+to|across\s+from|off|"
                              r"(?:(?:north|south|east|west)(?:-?(?:east|west))?|upstream|downstream)\s+of)\s+"
                              r"(?:the\s+)?(?:(?:major|main|big|giant|key|huge)\s+)?(?:[A-Z][\w\-]*\s+){0,4}$")


_SAID: dict[tuple[int, str], bool] = {}


def _says(pattern: re.Pattern, sentence: str) -> bool:
    """pattern.search(sentence), remembered: the hits of one sentence ask the same questions
    (keyed by the pattern's id: hashing a compiled pattern hashes its whole program)."""
    key = (id(pattern), sentence)
    said = _SAID.get(key)
    if said is None:
        if len(_SAID) >= 4096:
            _SAID.clear()
        fold = _FOLDED.get(id(pattern))
        if fold is None:
            fold = _FOLDED[id(pattern)] = Folded(pattern)
        said = _SAID[key] = fold.test(sentence)
    return said


_FOLDED: dict[int, Folded] = {}  # the patterns _says is asked about, on lower-cased text


# --- countries --------------------------------------------------------------------------------

# "the Doha round", "the Hong Kong ministerial", "the New York Mercantile Exchange", "the Chernobyl
# disaster": a place that names an event or an institution
_ACCIDENTS = r"disaster|accident|catastrophe|meltdown|explosion|blast|spill|tragedy|incident"
_EVENT_AFTER = re.compile(r"^\s*(?:(?-i:[A-Z][\w\-]*)\s+){0,2}(?:(?:trade|farm|tariff|negotiating|economic|annual|western|world|energy)\s+)?(?:round|ministerial|meeting|conference|summit|talks|agenda|"
                          r"process|declaration|protocol|accords?|agreements?|pact|club|convention|consensus|"
                          rf"{_ACCIDENTS}|crisis|crude|blend|(?<!\w)north\s+sea)\b", _R)
_CITY_EVENT_AFTER = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,3}(?:accords?|agreements?|pact|talks|meeting|summit|conference|"
                               r"round|club)\b")
# "Colombo brokers", "London traders": where a market's people work, not a party to the trade
# a city as the seat of a market or of its people: "London brokers", "the London May price", "London's
# futures market"
_MARKET_PEOPLE_AFTER = re.compile(r"^(?:['’]s)?\s+(?:[\w\-]+\s+)?(?:brokers?|broking|traders?|dealers?|auctions?|analysts?|"
                                  r"bankers?|sources|market|markets|exchange|bourse|prices?|futures|terminal)\b", _R)
_RETURN_FROM_BEFORE = re.compile(r"\b(?:return(?:ed|ing|s)?|back)\s+from\s+$", _R)
# a speaker's journey: "on his way home from Jamaica", "during a brief visit to London": where he passes
_IN_TRANSIT_BEFORE = re.compile(r"\bon\s+(?:his|her|their|the)\s+way\s+(?:home\s+|back\s+)?(?:from|to)\s+$|"
                                r"\b(?:brief|short)\s+(?:visit|stop|stopover)\s+(?:to|in)\s+$", _R)
_BODY_SEAT_BEFORE = re.compile(r"\b(?:secretariat|headquarters|head\s+office|seat)\s+(?:is\s+|was\s+)?in\s+$", _R)
# a state as a yardstick: "PNG would become an Ecuador-level crude exporter"
_YARDSTICK_AFTER = re.compile(r"-(?:level|sized?|style|type|like)\b", _R)
# an association named by its nation, at its own gathering: "told the Australian Petroleum Exploration
# Association annual conference"
_ASSOCIATION_EVENT_AFTER = re.compile(r"(?:\s+[A-Z][\w&\-]*){1,4}\s+(?:Association|Institute|Society|Council|Federation|"
                                      r"Chamber|Organi[sz]ation)(?:['’]s)?\s+(?:(?:annual|yearly|biennial|\d{4})\s+)?"
                                      r"(?:conference|meeting|convention|congress|seminar|symposium|forum)\b")
# where the people a sentence quotes are: "Broking house officials in the Sri Lankan capital Colombo
# told Reuters", "sources in Tokyo said"
_SPEAKERS_IN_BEFORE = re.compile(r"\b(?:officials?|sources|brokers?|traders?|dealers?|analysts?|bankers?|diplomats?|"
                                 r"executives?|economists?|observers)\s+in\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}$", _R)
# ("... in the Sri Lankan capital Colombo yesterday told": the place's words, a day, the verb)
_TOLD_AFTER = re.compile(r"(?:\s+[\w\-]+){0,3}?(?:\s+\w+day|\s+yesterday|\s+today)?\s+(?:said|say|says|told|reported|"
                         r"estimated|expect\w*)\b")
# a diplomat's posts and state: "the Dominican Republic's ambassador to Austria, the Netherlands and the
# UN": places in an office's title
_POSTS_BEFORE = re.compile(r"\bambassadors?\s+(?:to|in)\s+(?:the\s+)?(?:[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*"
                           r"(?:,\s+|\s+and\s+)(?:the\s+)?)*$")
_AMBASSADOR_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:former|current|new)\s+)?ambassadors?\b")
# a state a figure is compared with: "compared with about three months for Japan and the U.S."
_COMPARED_WITH_BEFORE = re.compile(r"\bcompared\s+(?:with|to)\s+(?:[\w.\-]+\s+){0,5}?(?:for|in|of|with|by)\s+"
                                   r"(?:the\s+)?(?:[A-Z][\w.\-]*\s+(?:and|or)\s+(?:the\s+)?)?$", _R)
_UNIT_AFTER = re.compile(r"^\s*(?:gallons?|barrels?|short\s+tons?|bushels?)\b", _R)
_ACCIDENT_IN = re.compile(rf"\b(?:{_ACCIDENTS}|leak)\s+(?:\w+\s+)?(?:in|at)\s+(?:the\s+)?$", _R)
# ("working groups set up in Geneva": a body's seat)
_HELD_IN = re.compile(r"\b(?:held|hosted|convened|venue|take\s+place|takes\s+place|took\s+place|taking\s+place|set\s+up|"
                      r"(?:was|were|been)\s+(?:launched|opened))\s+in\s+$", _R)
# "the talks held in Hong Kong", "an ICO special meeting ended last night in London", "the U.S.
# Embassy in London": the venue of a meeting, the seat of a mission, is not a party to it
# ("the GATT declaration last September in Punta del Este": where a meeting's paper was issued)
_VENUE_BEFORE = re.compile(r"\b(?:held|hosted|talks|meeting|meetings|conference|summit|ministerial|forum|round|"
                           r"negotiations|session|seminar|symposium|workshop|congress|fair|exhibition|declaration|"
                           r"communiqu[eé])"
                           # ("meeting of the International Coffee Organisation, ICO, executive board in London")
                           # ("a conference of the General Agreement on Tariffs and Trade (GATT) in Venice": a name's "and")
                           r"(?:,?\s+(?!in\b|with\b|between\b|and\s+(?-i:[a-z]))[\w\-'’()]+){0,10}\s+in\s+$|"
                           # ("is scheduled to meet on June 25 in Vienna")
                           r"\b(?:met|meet|meets|gathered|convened)\s+(?:on\s+(?:[\w,]+\s+){1,3}?)?(?:in|at)\s+$|"
                           r"\b(?:[Ee]mbass(?:y|ies)|[Cc]onsulate|[Hh]igh\s+[Cc]ommission)\s+in\s+$", _R)
# "OPEC agreed this weekend in Vienna on a ceiling": where a body decided, not a side of it
# ("ministers declared in Uruguay last September", "open for signature at the U.N. Headquarters in New York")
_AGREED_IN = re.compile(r"\b(?:agreed|decided|resolved|declared|launched|adopted|signed|signature|signing|reached)\s+"
                        # ("the agreement reached by OPEC ministers in Vienna": who agreed, then where)
                        r"(?:(?:this|last|on)\s+)?(?:by\s+(?:[\w.\-]+\s+){1,3}?)?(?:[\w\-]+\s+)?"
                        r"(?:at\s+(?:the\s+)?(?:[\w.\-]+\s+){1,4}?)?in\s+$|"
                        # "adopted the new MFA last July in Geneva": the paper, then its time, then where
                        r"\b(?:agreed|decided|resolved|declared|launched|adopted|signed|reached|concluded)\s+"
                        r"(?:[\w.\-]+\s+){1,4}?(?:last|this)\s+(?:week|month|year|[A-Z][a-z]+)\s+in\s+$", _R)
# "ambassador to the UN in Geneva": the seat of someone's post
_POSTED_IN = re.compile(r"\b(?:ambassador|envoy|representative|delegate|mission)\s+(?:to|at)\s+(?:the\s+)?(?:[\w.,\-]+\s+){1,6}?in\s+$", _R)
# a city's market where prices are quoted: "Prices in New York last week dropped", "crude traded in London"
# ("consumer markets in Hong Kong", "trading partners in Mexico" are sides: the market noun only, right before)
_MARKET_IN_BEFORE = re.compile(r"\b(?:prices?|futures|quoted|traded)\s+(?:(?:last|this|on)\s+\w+\s+|today\s+|yesterday\s+)?"
                               r"in\s+$", _R)
# the seat of the firm or institute a commentator speaks for: "said Dillard Spriggs of Petroleum Analysis Ltd
# in New York", "an analyst with Salomon Brothers Inc in London"
_SPEAKERS_SEAT_BEFORE = re.compile(rf"\b(?:of|with|at|from)\s+(?:the\s+)?(?:[A-Z][\w&.\-]*\s+){{1,5}}?(?:{_FIRM_SUFFIX}|Plc|PLC|LLC|"
                                   r"Associates|Research|Institute|University|Center|Centre|Brothers|Securities)\.?\s+in\s+$")


_IN_BEFORE = re.compile(r"\bin\s+$")
# a town given with the time of what happens there: "when the group reviews its pact in Vienna next week"
# (a meeting's place and date; a market's prices are read by _MARKET_IN_BEFORE first)
# (not a market's close: "A barrel of US crude closed up $2.80 at $51.15 in New York on Tuesday")
_MARKET_MOVE_BEFORE = re.compile(r"\b(?:closed|settled|ended|traded|trading|quoted|futures|rose|fell|gained|lost)\b"
                                 r"(?:[^.;]|\.\d)*$", _R)
_WHEN_AFTER_PLACE = re.compile(r"\s+(?:next|later|earlier)\s+(?:this\s+)?(?:week|month|year|monday|tuesday|wednesday|"
                               r"thursday|friday|saturday|sunday)\b|\s+(?:on|this|last)\s+(?:monday|tuesday|wednesday|"
                               r"thursday|friday|saturday|sunday)\b|\s+(?:tomorrow|yesterday)\b", _R)


def _dated_venue(text: str, start: int, end: int) -> bool:
    """Is the place at text[start:end] given with the time of what happens there ("reviews its pact in
    Vienna next week"), not a market's close ("closed up $2.80 at $51.15 in New York on Tuesday")?"""
    return bool(_IN_BEFORE.search(text, max(0, start - 4), start) and _WHEN_AFTER_PLACE.match(text, end)
                and not _MARKET_MOVE_BEFORE.search(text, max(0, start - 90), start))


def _venue_towns(art: Article) -> frozenset[str]:
    """The towns the story gives as a meeting's venue ("ahead of July's conference in Geneva", "reviews its
    pact in Vienna next week"): "in Geneva" again later ("would be pressing in Geneva for more access") is
    that venue, not a side."""
    if "venue_towns" not in art.memo:
        text = art.text
        art.memo["venue_towns"] = frozenset(
            m.text for m in art.matches if m.kind == "city"
            and (_VENUE_BEFORE.search(text, max(0, m.start - 90), m.start) or _dated_venue(text, m.start, m.end)))
    return art.memo["venue_towns"]


_LEGAL_TITLE = re.compile(r"\b(?:injunctions?|copyrights?|patents?|lawsuits?|suits?|infring\w*|trademarks?|piracy|"
                          r"antitrust|court|judge|jury|verdict)\b", _R)
_TARIFF_ON_IT = re.compile(r"\b(?:tariffs?|dut(?:y|ies)|levy|levies)\b", _R)


def _named_once(art: Article, iso3: str) -> bool:
    """Does the story (its title too) name this state once only, by any of its words?"""
    counts = art.memo.get("state_counts")
    if counts is None:
        counts = art.memo["state_counts"] = Counter(m.iso3 for m in [*art.matches, *art.title_matches]
                                                    if m.iso3 and m.kind in ("country", "demonym", "city"))
    return counts[iso3] == 1


def _venue_before(before: str) -> bool:
    """Do the words before a place make it where something was held or agreed ("talks held in Geneva",
    "the agreement reached by OPEC ministers in Vienna")?"""
    return bool(_HELD_IN.search(before) or _AGREED_IN.search(before))


# "the Oil Minister, currently in Iceland for a meeting of Nordic ministers": where someone is
_STAYING_IN = re.compile(r"\b(?:(?:is|was|are|were)\s+(?:currently\s+|now\s+)?|currently\s+|now\s+)in\s+$", _R)
# "the platforms in the Gulf east of Qatar", "50 miles off Kuwait": a place given by a landmark
_RELATIVE_TO = re.compile(r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|(?:miles|km|kilometres|"
                          r"kilometers)\s+(?:\w+\s+)?(?:off|from))\s+(?:the\s+)?$", _R)
_AUDIENCE_AFTER = re.compile(r"\s+(?:businessmen|business\s+(?:leaders|people|executives)|bankers|executives|investors|"
                             r"industrialists|students|reporters|journalists|audiences?|delegates|legislators)\b", _R)
_TOLD_BEFORE = re.compile(r"\b(?:told|addressed|addressing|telling|briefed|briefing)\s+(?:a|an|the)?\s*(?:(?:group|meeting|"
                          r"gathering|conference|seminar|luncheon|forum|delegation)\s+of\s+)?(?:visiting\s+|leading\s+|top\s+)?$", _R)
_OBSERVER_AFTER = re.compile(r"^(?:\s+[\w-]+){0,2}?\s+(?:researchers?|analysts?|economists?|experts?|scientists?|"
                             r"professors?|academics?|journalists?|newspapers?|daily|magazine|commentators?|news\s+agency|"
                             r"state\s+(?:radio|television)|(?:radio|television)\s+station)\b", _R)
# ("the Chernobyl nuclear power plant accident", a typo's "Chernobyl nucelar power accident")
_ACCIDENT_AFTER = re.compile(rf"^\s*(?:[a-z][\w\-]*\s+){{0,3}}?(?:{_ACCIDENTS})\b", _R)
# "said in New York", "speaking in Paris", "said yesterday in The Hague": where someone spoke
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?|speaking|spoke|announced|added|"
                            r"reported|writing|interview|monitored|received|published|broadcast)\s+"
                            r"(?:(?:here|yesterday|today|\w+day|last\s+\w+day|on\s+\w+day)\s+)?in\s+$", _R)
# "the Japanese electronics group", "a French carmaker": the home of a company is no party
_COMPANY_HOME = re.compile(r"^(?:\s+[\w-]+){0,2}?\s+(?:company|companies|firm|firms|group|giant|maker|makers|"
                           r"carmaker|producer|manufacturer|conglomerate|corporation|concern|subsidiary|bank|"
                           r"airline|carrier|insurer|retailer|brokerage|house)\b")


# the rest of a company's name after a place word in it: "Royal Dutch/Shell Group", "Petroles de ... SA"
_IN_COMPANY_NAME = re.compile(r"^(?:[/\s-]+[A-Z][\w&.\-]*){0,3}?[/\s-]+(?:Group|Co|Corp|Corporation|Company|Inc|"
                              r"Plc|PLC|Ltd|AG|SA|NV|BV|ASA|AS|Holdings|Petroleum|Oil|Gas|Shell|Bank|Banking|Airlines)\b")


_CAPITAL_WORD_END = re.compile(r"[A-Z][\w&]*[\s/]+$")
_PLACE_AND_BEFORE = re.compile(r"\b([A-Z][\w&]*)\s+(?:and|&)\s+$")
_TICKER_AFTER = re.compile(r"(?:[/\s-]*[A-Z][\w&.\-]*){0,2}\s*<[\w.]+>")
_CITY_LED_COMPANY = re.compile(r"^[\s-]+[A-Z][\w&.\-]*\s+(?:Group|Co|Corp|Corporation|Company|Inc|Plc|PLC|Ltd|AG|SA|NV|BV|"
                               r"Holdings|Fund|Trust|Partners)\b")  # ("the Delhi Australia Fund": a fund's name)
_COMPANY_SUFFIX = re.compile(r"^\s+(?:Petroleum|Oil|Gas|Energy|Resources|Corp|Corporation|Co|Inc|Ltd|Group|Holdings)\b"
                             r"(?!\s+(?:[Mm]inister|[Mm]inistry|[Ss]ecretary|[Dd]epartment|[Cc]ouncil|[Cc]ommission|"
                             r"[Aa]uthority|[Bb]oard|[Ee]xports?|[Ii]mports?|[Pp]rices?|[Pp]roduction|[Oo]utput|[Ff]ields?|"
                             r"[Rr]eserves|[Ss]ector|[Ii]ndustry|[Ss]upplies))")


_PUBLICATION_NOUNS = r"(?:newsletters?|newspapers?|news\s+agency|magazine|journal|daily|weekly)"
# the closing attribution of a wire sentence: ", the U.S. Embassy's agriculture report said."
_ATTRIBUTION = re.compile(r",\s+(?:according\s+to\s+[^,;]{0,90}|(?:the\s+)?[^,;]{0,90}?\b(?:said|says|reported|reports|"
                          r"showed|shows|estimated|estimates)(?:\s+(?:on\s+)?\w+day)?)\s*[.”\"']*\s*$")
# a publication named by its state ("the Kuwait daily al-Qabas"), not a state's weekly figures
_NEWSPAPER_AFTER = re.compile(rf"\s+(?:[a-z]+\s+)?(?:{_PUBLICATION_NOUNS}|dailies)\b"
                              r"(?!\s+(?:makers?|manufacturers?|industry|sets?|exports?|imports?|output|production|crude|oil|"
                              r"inventor\w*|average|stocks|sales|figures|data|volumes?|rates?))")
_NAMED_FACILITY_AFTER = re.compile(r"-[A-Z][\w\-]*\s+(?:(?:heavy|light|offshore|onshore|oil|gas|coal|crude|uranium|"
                                   r"natural)\s+){0,3}(?:fields?|pipelines?|projects?|plants?|mines?|wells?|basins?|"
                                   r"refinery|dam|terminal|properties|property|reserves|leases|acreage|concessions?)\b")
_FOLLOWED_EXAMPLE_BEFORE = re.compile(r"\b(?:follow|follows|followed|following|emulate[sd]?|emulating|copy|copied|"
                                      r"copying)\s+(?:the\s+(?:example|lead)\s+of\s+)?$", _R)
# the officials a speaker met, named by their states: "after meeting U.S., Japanese, and Canadian
# trade ministers"
_MET_BEFORE = re.compile(r"\b(?i:after|before|during|following)\s+(?:a\s+|his\s+|her\s+)?(?:meeting|meetings|talks)\s+"
                         r"(?:with\s+)?(?:the\s+)?(?:[A-Z][\w.]*,?\s+(?:and\s+)?){0,6}$")
_OFFICIALS_AFTER = re.compile(r"(?:,?\s+(?:and\s+)?[A-Z][\w.]*)*\s+(?:(?:trade|foreign|finance|economic|economy|farm|"
                              r"agriculture|energy|oil)\s+)?(?:ministers?|officials?|counterparts?|delegates?|"
                              r"delegations?|negotiators?|envoys?|leaders?)\b")
_SENTENCE_STOP = re.compile(r"\.\s|\n")
# a sentence that goes on with the trade partners: "Main destinations were Saudi Arabia, ..."
_PARTNERS_NEXT = re.compile(r"\s*(?:The\s+)?(?:main|major|chief|principal|biggest|largest|top|other)\s+(?:destinations?|"
                            r"suppliers?|buyers?|customers?|markets?|importers?|exporters?|sources?|origins?|"
                            r"outlets?|purchasers?)\b", re.I)


# (both are looked for in the whole article: WordLed tries them only where their first word is)
_PARTNER_ROLE = WordLed(("main", "major", "chief", "principal", "biggest", "largest", "top", "traditional", "leading",
                         "other"),
                        r"\s+(?:[\w\-]+\s+)?(?:suppliers?|buyers?|customers?|destinations?|purchasers?|importers?|"
                        r"exporters?|markets?|competitors?|rivals?)\b", re.I)
_BUY_WORDS = ("bought", "buys", "buying", "purchased", "purchases", "purchasing")
_BOUGHT_FROM = WordLed((*_BUY_WORDS, "imported", "importing", "sourced"), r"\b[^.;:]{0,120}?\bfrom\s+(?:the\s+)?(?=[A-Z])")
# "Soviet buying of U.S. corn", "purchased an additional 1.5 mln tonnes of U.S. corn": the state
# whose goods are bought
# ("April delivery of RBD palm olein to Singapore": a word of the goods' name may be capitalized)
# a state that buys an amount, as the subject: "Portugal bought 37,599 tonnes", "Spanish purchases were up at
# 258,507 tonnes" (a state's own buying, said with its amount)
_BUYER_AMOUNT = re.compile(r"(?:^|(?<=[\s,(]))(?P<buyer>(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)\s+(?:(?:bought|purchased|imported|"
                           r"took)\s+(?:a\s+total\s+of\s+|some\s+|about\s+|only\s+)?|(?:purchases|imports|buying)\s+(?:were|was|"
                           r"rose|fell|totalled|totaled|amounted\s+to|reached)\s+(?:[a-z]+\s+){0,3}?(?:at|to)?\s*)"
                           r"[\d][\d.,]*\s*(?:mln\s+|million\s+|bln\s+|billion\s+)?(?:tonnes|tons|bales|bushels|barrels|head|"
                           r"cubic\s+met(?:re|er)s)\b")
_GAPPED_BUYER = re.compile(r"[^,;.]*?(?:,\s+(?:and\s+)?|\s+and\s+)(?P<buyer>(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)\s+[\d][\d.,]*\b")
# (the \b before the first digit as a look behind it: a pattern that opens with a class is scanned for
# that class's characters, one that opens with \b is tried at every position)
_CARGO_FOR = re.compile(r"[\d](?<!\w\d)[\d.,]*\s*(?:mln\s+|million\s+)?(?:(?:tonnes|tons|bales|bushels|barrels)\s+)?(?:of\s+[a-z]+"
                        r"(?:\s+and\s+[a-z]+)?\s+)?(?:each\s+)?for\s+(?P<state>(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)")
_CARGO_WORD = re.compile(r"\b(?:tonnes|tons|bales|bushels|barrels|cargo(?:es)?|ships?|vessels?|shipments?|loading|load)\b", _R)
_SOLD_TO = WordLed(("sales", "sold", "shipments", "shipped", "deliveries", "delivery", "delivered", "exported"),
                   r"\b(?:\s+(?:[a-z][\w\-]*|[A-Z]{2,5}\b)){0,4}?\s+to\s+(?:the\s+)?(?=[A-Z])")
_BOUGHT_GOODS = WordLed((*_BUY_WORDS, "purchase"),
                        r"\s+(?:of\s+)?(?:(?:an?\s+)?(?:additional|further|more|another)\s+)?(?:[\d.,]+\s+(?:mln|million|"
                        r"bln|billion)?\s*(?:tonnes|tons|bushels|barrels|bales|head)\s+of\s+)?(?=[A-Z])")
_ORIGIN = re.compile(r"\b(?:would|will|to|is\s+to|are\s+to|is|are|was|were|be)\s+(?:\w+\s+)?(?:come|came|comes|coming|"
                     r"shipped|sourced|bought|purchased|supplied|imported|exported|sold|delivered)\s+(?:from|to)\s+"
                     r"(?=(?:the\s+)?[A-Z])|\b(?:destined|bound)\s+for\s+(?=(?:the\s+)?[A-Z])")


# an amount of goods from or to a state: "19,102 tonnes from the U.S."
_AMOUNT_FROM = re.compile(r"\b\d[\d,.]*\s+(?:mln\s+|million\s+|billion\s+)?(?:tonnes|tons|bales|bags|barrels|units|head)\s+"
                          # ("6,000 tonnes of Spanish corn to Italy")
                          r"(?:of\s+(?:[A-Za-z][\w\-]*\s+){1,3}?)?(?:from|to)\s+(?=(?:the\s+)?[A-Z])")
_FROM_OR_TO_BEFORE = re.compile(r"\b(?:from|to)\s+(?:the\s+)?$")
# an agency that publishes figures of others' trade: the source of the data, no side of it
_DATA_SOURCE_AFTER = re.compile(r"\s+(?:[A-Z][\w.]*\s+){0,3}(?:Department|Ministry|Bureau|Agency|Administration|Office|"
                                r"Service|Institute|Commission)\s+(?:detailed|reported|estimated|projected|forecast|"
                                r"released|published|gave)\s+(?:[\w/\-]+\s+){0,5}?(?:data|figures|estimates|"
                                r"statistics|projections|forecasts)\b")
_SPEECH_VERBS = r"said|says|told|added|predicted|warned|argued"
_SAYS_AFTER = re.compile(rf"(?:\s+(?:also|later|then))?\s+(?:{_SPEECH_VERBS})\b")


# a state's attacks: "Iraqi air attacks", "Iranian missile strikes", "U.S. warplanes"
_ATTACKS_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w\-]*\s+)?(?:air\s+|missile\s+|rocket\s+|military\s+)?(?:attacks?|raids?|"
                            r"air\s*strikes?|(?<=missile\s)strikes?|bombing|bombardments?|shelling|warplanes|gunboats)\b")
# an office, its holder's name and a speech verb after a state's word: the state is the speaker's
_SPEAKER_OFFICE_AFTER = re.compile(r"(?:['’]s)?\s+(?:[A-Z][\w\-]*\s+){0,3}?(?i:minister|secretary|president|premier|"
                                   r"chancellor|governor|spokes(?:man|woman)|official|ambassador|envoy)\s+"
                                   rf"(?:[A-Z][\w.'’\-]*\s+){{1,3}}(?:also\s+)?(?:{_SPEECH_VERBS}|expects?|believes?)\b")
# trade a state's word owns: "the U.S. trade deficit", "Japan's exports"
_OWNED_TRADE_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:foreign|overseas|external|merchandise|visible)\s+)?"
                                r"(?i:trade|exports?|imports?|current\s+account)\b")


# a gathering named after its host country: "the Uruguay round", "the Uruguay meeting"
_EVENT_NAME_AFTER = re.compile(r"[\"'’”]?\s+(?:round|meeting|ministerial|conference|summit|declaration|process|convention)\b", _R)


_LOWER_WORD_NEXT = re.compile(r"\s+[a-z]")


def _event_names(art: Article) -> frozenset[str]:
    """Country names the story gives an event ("the Uruguay round", "the Uruguay meeting")."""
    found = art.memo.get("event_names")
    if found is None:
        found = art.memo["event_names"] = frozenset(
            m.text for m in art.matches if m.kind == "country" and _EVENT_NAME_AFTER.match(art.text, m.end))
    return found


def _sentence_countries(art: Article, s_start: int, s_end: int, speakers_too: bool = True) -> list[str]:
    """ISO3 codes of the states a sentence names as parties: its countries, demonyms and cities,
    less places that name an event or a market and where someone spoke (currencies and demonyms
    used as first names are no matches: Article); then the countries of the people it names. A sentence
    that names no party gives those who speak or report in it, unless `speakers_too` is False."""
    text = art.text
    out: list[str] = []
    source = _ATTRIBUTION.search(text, s_start, s_end)
    reporters: list[str] = []
    speakers: list[str] = []
    venue_end: int | None = None  # where the last venue skipped ends
    # the wire's dateline ("NICOSIA, March 16 - OPEC produced ..."): where the story is filed from
    dateline = art.dateline_place() if s_start < 40 else None
    # (the whole dateline: "CALGARY, Alberta, June 2 - ": the town's province is no more a side than the town)
    dateline_end = dl.end() if s_start < 40 and (dl := art.dateline_match()) else -1
    for m in art.matches_in(s_start, s_end, ("country", "demonym", "city", "person")):
        if dateline is not None and m.start == dateline.start:  # ("KUWAIT, April 13 - ": a country-named city too)
            continue
        if m.start < dateline_end and m.kind != "person":
            continue
        if not m.iso3 or m.iso3 in out or m.text in METONYM_CITIES:
            continue
        if source and m.start >= source.start() and m.kind != "person" and not (
                m.kind in ("country", "demonym") and _MARKET_SIDE_AFTER.match(text, m.end)):
            # "..., the U.S. Embassy's annual report said": who reports, not who trades (unless
            # the sentence names nobody else: "stocks rose, the American Petroleum Institute said";
            # "..., U.S. exporters said" speak as a side of the trade; a newspaper is never one:
            # "..., the Kuwait daily al-Qabas said")
            if not (_NEWSPAPER_AFTER.match(text, m.end) or _EMBASSY_AFTER.match(text, m.end)):
                reporters.append(m.iso3)  # (nor an embassy reporting on its host: "the U.S. Embassy report said")
            continue
        if m.kind == "demonym" and _COLONY_AFTER.match(text, m.end, min(s_end, m.end + 30)):
            continue  # "Hong Kong, the British colony": who ruled the place, no side of its trade
        if m.kind in ("country", "demonym") and _EMBASSY_REPORT_AFTER.match(text, m.end, min(s_end, m.end + 60)):
            continue  # "A U.S. Embassy assessment puts 1987 output at ...", "the U.S. Embassy said in its annual
            #           report on Indonesia's farms": an embassy reporting on its host
        if m.kind in ("country", "demonym") and _DATA_SOURCE_AFTER.match(text, m.end, min(s_end, m.end + 80)):
            reporters.append(m.iso3)  # "The U.S. Agriculture Department detailed rice data for Thailand"
            continue
        after = text[m.end:m.end + 30]
        if m.kind != "person":
            if m.kind == "city" and _CITY_EVENT_AFTER.match(text, m.end, min(s_end, m.end + 60)):
                continue  # "last month's Paris currency stability accord": an accord named by its city
            if _EVENT_AFTER.match(after) and not (m.kind == "demonym" and re.match(r"\s+North\s+Sea\b", after)):
                continue  # (but "the British North Sea" is the British sector)
            if m.kind == "country" and m.text in _event_names(art) and _LOWER_WORD_NEXT.match(after):
                continue  # "four key Uruguay proposals" in a story of the "Uruguay round": the round's
            if _NEWSPAPER_AFTER.match(after):
                # "the Kuwait daily al-Qabas said": who reports, not who trades; and unlike an agency
                # reporting its own market ("the American Petroleum Institute said"), never the side
                # of a sentence that names no other state
                continue
            if m.kind == "demonym" and _OBSERVER_AFTER.match(after):
                continue  # "West German economics researcher X": who comments, not who is involved
            if m.kind == "demonym" and _AUDIENCE_AFTER.match(after) and \
                    _TOLD_BEFORE.search(text, max(s_start, m.start - 60), m.start):
                continue  # "an official of Pemex told a group of Japanese businessmen": whom he spoke to
            if m.kind in ("demonym", "country") and _LED_FIRMS_AFTER.match(text, m.end, min(s_end, m.end + 50)):
                continue  # "a Canadian-led oil consortium": the firms' home, not a side
            if m.kind in ("demonym", "country") and _BACKED_FIGHTERS_AFTER.match(text, m.end, min(s_end, m.end + 50)):
                continue  # "U.S.-backed rebels blew up a power pylon": who backs the fighters, no side of the power
            before = text[max(s_start, m.start - 40):m.start]
            if _ACCIDENT_IN.search(before) or _RELATIVE_TO.search(before):
                continue  # "since last year's Chernobyl nuclear accident in the Soviet Union": where it happened
            if m.kind == "country" and venue_end is not None and re.fullmatch(r",\s*", text[venue_end:m.start]):
                continue  # "launched in Punta del Este, Uruguay": the venue's country
            # (a state named like its capital is a city too: "a seminar in Luxembourg")
            city_like = m.kind == "city" or m.kind == "country" and art.gaz.capitals.get(m.iso3, "").startswith(m.text)
            if _venue_before(before) or city_like and (
                    _SPEECH_BEFORE.search(before) or _VENUE_BEFORE.search(before90 := text[max(s_start, m.start - 90):m.start])
                    or _POSTED_IN.search(before90) or _SPEAKERS_SEAT_BEFORE.search(before90)
                    or _MARKET_IN_BEFORE.search(before)
                    or _MARKET_PEOPLE_AFTER.match(after)
                    or _IN_BEFORE.search(before) and m.text in _venue_towns(art)
                    or _dated_venue(text, m.start, m.end)) \
                    or _STAYING_IN.search(before) and PURPOSE_AFTER.match(after):
                venue_end = m.end
                continue
            if m.kind == "country" and _VENUE_BEFORE.search(text, max(s_start, m.start - 90), m.start) and \
                    _named_once(art, m.iso3):
                continue  # "at a trade ministers' meeting in New Zealand last week": a host the story names only so
            if _NAMED_FACILITY_AFTER.match(text, m.end, min(s_end, m.end + 70)) and not art.matches_in(m.end + 1, m.end + 2):
                continue  # "the Irish-Lindergh heavy oil field": a word of a field's name, not a side
            if m.kind == "city" and _RETURN_FROM_BEFORE.search(before):
                continue  # "Dauster told reporters on his return from London": where he had been
            if city_like and _BODY_SEAT_BEFORE.search(before):
                continue  # "the Opec secretariat in Vienna was finalizing these figures": a body's seat
            if _IN_TRANSIT_BEFORE.search(before) and not _TRADE_WORD.search(text, m.end, min(s_end, m.end + 60)):
                continue  # "during a brief visit to London on his way home from Jamaica": a speaker's journey
            if m.kind == "country" and _YARDSTICK_AFTER.match(text, m.end):
                continue  # "an Ecuador-level crude exporter": a yardstick
            if m.kind == "demonym" and _ASSOCIATION_EVENT_AFTER.match(text, m.end, min(s_end, m.end + 100)):
                continue  # "the Australian Petroleum Exploration Association annual conference": where he spoke
            if _SPEAKERS_IN_BEFORE.search(before) and _TOLD_AFTER.match(text, m.end, min(s_end, m.end + 60)):
                speakers.append(m.iso3)  # "officials in the Sri Lankan capital Colombo told Reuters": who speaks
                continue
            if _POSTS_BEFORE.search(text, max(s_start, m.start - 120), m.start) or \
                    m.kind in ("country", "demonym") and _AMBASSADOR_AFTER.match(text, m.end):
                continue  # "X's ambassador to Austria, the Netherlands and the UN": an office's title
            if _COMPARED_WITH_BEFORE.search(text, max(s_start, m.start - 80), m.start):
                continue  # "imports of two years, compared with three months for Japan": a yardstick
            if _FOLLOWED_EXAMPLE_BEFORE.search(before) and re.match(r"\s+in\s+\w+ing\b", after):
                continue  # "Africa may have to follow Brazil in halting debt payments": a model, not a side
            if _MET_BEFORE.search(text, max(s_start, m.start - 120), m.start) and \
                    _OFFICIALS_AFTER.match(text, m.end, min(s_end, m.end + 80)):
                continue  # "he said after meeting U.S., Japanese and Canadian trade ministers": whom he met
            if m.kind in ("country", "demonym") and _ATTACKS_AFTER.match(text, m.end, min(s_end, m.end + 40)):
                continue  # "to protect its oil exports from Iraqi air attacks": who attacks, no side of the trade
            if m.kind == "country" and _UNIT_AFTER.match(after):
                continue  # "17.5 intis per U.S. gallon": a unit, not a party
            if _PUBLICATION_SEAT.match(after):
                continue  # "The Cyprus-based newsletter also said": a publication's seat (a firm's is its side)
            if _names_a_company(art, m, after, s_start) or art.in_firm_name(m):
                continue
        if m.kind in ("country", "demonym") and _SPEAKER_OFFICE_AFTER.match(text, m.end, min(s_end, m.end + 100)) and \
                any(o.iso3 and o.iso3 != m.iso3 and _OWNED_TRADE_AFTER.match(text, o.end, min(s_end, o.end + 40))
                    for o in art.matches_in(s_start, s_end, ("country", "demonym"))):
            # "Japanese Finance Minister Kiichi Miyazawa said he expects the U.S. trade deficit to fall":
            # the speaker's state, when the trade spoken of is another state's
            speakers.append(m.iso3)
            continue
        if m.kind == "person" and _SAYS_AFTER.match(text, m.end):
            # "Asked about a U.S.-EC trade war, Poehl said it would be disastrous": who comments on
            # others' trade is no party to it (but "Putin said" of "our country"'s pipelines is)
            speakers.append(m.iso3)
            continue
        out.append(m.iso3)
    if len(out) == 1 and _COUNTERPART_ONLY.search(text, s_start, s_end):
        # "Total trade with the Soviet Union ... is estimated at 3.04 billion dlrs" under "INDIA STEPS
        # UP COUNTERTRADE DEALS": trade "with" one state and nobody else is the story's state's
        first = next((m for m in art.matches_in(s_start, s_end, ("country", "demonym", "city")) if m.iso3 == out[0]), None)
        own = [t for t in _title_states(art) if t not in out]
        if first is not None and len(own) == 1 and _WITH_BEFORE.search(text, max(s_start, first.start - 12), first.start):
            out.append(own[0])
    # a programme or agency of one state: "a tender under the export bonus program" (the United States)
    for pm in _programme_pattern().finditer(text, s_start, s_end):
        iso3 = reference.load_programmes()[pm.group()]
        if iso3 not in out:
            out.append(iso3)
    if not speakers_too:
        return out
    return out or list(dict.fromkeys(speakers)) or list(dict.fromkeys(reporters))


# "imports include fertiliser and iron ore from Brazil and Australia": the states a good other than
# a fuel comes from or goes to (none of a fuel's sides, unless the sentence names them otherwise)
_GOODS_FROM_BEFORE = re.compile(r"\b(?P<goods>(?:[a-z][\w\-]*\s+){0,5}[a-z][\w\-]*)\s+(?:from|to|into)\s+(?:the\s+)?"
                                r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:,|\s+(?:and|or))\s+)*$")
_OTHER_GOODS = re.compile(r"\b(?:ores?|wheat|grains?|corn|maize|rice|soybeans?|soya|sugar|coffee|cocoa|tea|cotton|wool|"
                          r"rubber|timber|logs|fertili[sz]ers?|soda\s+ash|chemicals?|steel|cars|vehicles|textiles?|"
                          r"meat|beef|fish|fruits?|vegetables|machinery|cement|copra)\b", _R)


# where a sentence's contrasted clauses part: "China and India have increased output, while the
# Middle East has doubled imports"
_CONTRAST = re.compile(r",\s+(?:while|whereas)\s+|\s+whereas\s+")


_GOODS_OR_MONEY = re.compile(r"\b(?:exports?|imports?|shipped|shipments|products|goods|dollar|yen|currency|trade)\b", _R)
# what a clause says of a state's own economy instead: "have increased output", "its economy grew"
_HOME_ACTIVITY = re.compile(r"\b(?:output|production|harvests?|crops?|yields?|plantings?|acreage|economy|economic\s+growth|"
                            # ("South Korea, Taiwan and Japan all take a more active role in guiding economic
                            # development": their own economic policy, not trade's sides)
                            r"economic\s+(?:development|polic(?:y|ies))|industrial\s+polic(?:y|ies)|"
                            r"GDP|GNP|inflation|consumption|unemployment|budget)\b", _R)


def _places_of_other_clauses(art: Article, s_start: int, s_end: int, category: str, goods_only: bool = False) -> set[str]:
    """The states a sentence names only in contrasted clauses that say nothing of trade (or of
    energy): "China, India and South Korea have increased output, while the Middle East and Africa
    have doubled imports" names no state of the imports."""
    text = art.text
    cuts = [m for m in _CONTRAST.finditer(text, s_start, s_end)]
    if not cuts:
        return set()
    topics = (_TRADE_WORD, _IMPORT_EXPORT) if category == "trade" else (_ENERGY_WORD, _FACILITY_WORD)
    bounds = [s_start] + [c.end() for c in cuts]
    ends = [c.start() for c in cuts] + [s_end]
    tied: set[str] = set()
    free: set[str] = set()
    for lo, hi in zip(bounds, ends):
        states = {m.iso3 for m in art.matches_in(lo, hi, ("country", "demonym", "city")) if m.iso3}
        # (for energy, a clause of trade or currency too: "high oil prices have knocked 0.2% off the growth
        # rate, while the falling dollar means products shipped to the US are becoming more expensive")
        other = not any(t.search(text, lo, hi) for t in topics) and (
            not goods_only and _HOME_ACTIVITY.search(text, lo, hi) or category == "energy" and _GOODS_OR_MONEY.search(text, lo, hi))
        (tied if other else free).update(states)
    return tied - free


_BECAUSE = re.compile(r"\bbecause\b", re.I)


def _places_of_the_cause(art: Article, s_start: int, s_end: int) -> set[str]:
    """The states a sanctions sentence names only in the cause it gives after the sanctions: "called for
    sanctions because Pretoria insists on ... the withdrawal of Cuban troops from Angola" (the target,
    named before or elsewhere in the story, keeps its place)."""
    text = art.text
    cut = _BECAUSE.search(text, s_start, s_end)
    if cut is None or "sanction" not in text[s_start:cut.start()].lower():
        return set()
    before = {m.iso3 for m in art.matches_in(s_start, cut.start(), ("country", "demonym", "city")) if m.iso3}
    return {m.iso3 for m in art.matches_in(cut.end(), s_end, ("country", "demonym", "city")) if m.iso3} - before


def _other_goods_places(art: Article, s_start: int, s_end: int) -> set[str]:
    """The states a sentence names only as the origin or destination of a good other than a fuel."""
    text = art.text
    tied: set[str] = set()
    free: set[str] = set()
    for m in art.matches_in(s_start, s_end, ("country", "demonym", "city")):
        if not m.iso3:
            continue
        g = _GOODS_FROM_BEFORE.search(text, max(s_start, m.start - 80), m.start)
        if g and (_OTHER_GOODS.search(g.group("goods")) or _METAL.search(g.group("goods"))) and \
                not _ENERGY_WORD.search(g.group("goods")):
            tied.add(m.iso3)
        else:
            free.add(m.iso3)
    return tied - free


@lru_cache(maxsize=1)
def _programme_pattern() -> re.Pattern:
    names = sorted(reference.load_programmes(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


_PUBLICATION_SEAT = re.compile(rf"\s?-based\s+(?:[\w\-]+\s+){{0,2}}?(?:{_PUBLICATION_NOUNS}|survey|institute|think[- ]tank|"
                               r"consultancy|research\s+group)\b", re.I)
_COUNTERPART_ONLY = re.compile(r"\btrade\s+with\b")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")
# who speaks as a side of the trade: "U.S. exporters said"
_MARKET_SIDE_AFTER = re.compile(r"\s+(?:grain\s+|wheat\s+|sugar\s+|coffee\s+|oil\s+)?(?:exporters|importers|traders|"
                                r"shippers|millers|crushers|buyers|sellers|producers)\b")


def _names_a_company(art: Article, m, after: str, s_start: int) -> bool:
    """A place word that belongs to a company, not a party: its home ("the Japanese electronics
    group"), a word of its name ("Royal Dutch/Shell Group", "Norske Shell"), or the name itself
    ("Delhi Petroleum", "Texas Oil Co")."""
    text = art.text
    if m.kind == "demonym" and _COMPANY_HOME.match(after) and not _STATE_FIRM.match(after) and \
            not _FIRMS_BUY_AFTER.match(text, m.end, min(len(text), m.end + 60)):
        return True  # (but "the Mexican state oil company" trades for its state, and "the Japanese firms lift
        #            120,000 bpd" buy for theirs: a side)
    # a capitalized word right before: the place word is inside a name ("Royal Dutch", "Norske Shell")
    # ("Australia and New Zealand Banking Group": the second place word of a firm's name)
    inside = _CAPITAL_WORD_END.search(text, max(s_start, m.start - 20), m.start) is not None or \
        (pair := _PLACE_AND_BEFORE.search(text, max(s_start, m.start - 30), m.start)) is not None and \
        any(p.end == pair.start() + len(pair.group(1)) for p in art.matches_in(max(s_start, m.start - 30), m.start))
    if inside and _IN_COMPANY_NAME.match(after) and text[m.start - 1:m.start].strip(" ") in ("", "<", "/"):
        return True
    if inside and _TICKER_AFTER.match(after):
        return True  # "Royal Dutch <RD>": a word inside a listed company's name ("the U.S. Panhandle <PEL>" is its home)
    if m.kind == "city" and _CITY_LED_COMPANY.match(after):
        return True  # "an appeal by Rio Tinto-Zinc Corp Plc": a city's word leads a company's name
    if m.kind == "city" and _BANK_OF_BEFORE.search(text, max(s_start, m.start - 40), m.start):
        return True  # "Banque Nationale de Paris", "the Bank of Tokyo": a bank's name ("Bank of Japan", a state's, stays)
    return m.kind in ("city", "country") and bool(_COMPANY_SUFFIX.match(after))


# a state's firms as its buyers: "the Japanese firms lift around 120,000 bpd", "Korean refiners bought"
_FIRMS_BUY_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:companies|firms|refiners|utilities|mills)\s+(?:\w+ly\s+|also\s+)?"
                              r"(?:lift(?:s|ed)?|buy|bought|import(?:s|ed)?|purchas(?:e|es|ed)|take|took)\b")
# investors' holdings: the exporters a sentence of portfolios speaks of are their shares
_HOLDINGS = re.compile(r"\b(?:portfolios?|equities|blue[- ]chips|stock\s+pickers?)\b", re.I)
_STATE_FIRM = re.compile(r"\s+(?:state|state-owned|state-run|government|government-owned|national)\s", _R)
_BANK_OF_BEFORE = re.compile(r"\b(?:Banque|Banco|Banca|Bank|Credit|Cr[ée]dit|Caisse|Soci[ée]t[ée])\b(?:\s+[A-Z][\w&]*){0,3}\s+"
                             r"(?:de|du|des|di|do|of)\s+(?:la\s+)?$")


# --- keys -------------------------------------------------------------------------------------

_LEAD_CHARS = 300  # a hit starting this early is in the article's lead
_CLOSING_SHARE, _CLOSING_MIN_CHARS = 0.85, 2000  # where a long release's closing paragraph starts
# a sentence of stance or record with the leader or the government as its subject: "President Trump
# is committed to ...", "President Trump has repeatedly used ...", "Upon returning to office, ..."
_STANCE_OPENER = re.compile(r"\s*(?:(?:Vice\s+)?President\s+(?:[A-Z][\w.\-]*\s+){0,3}|(?:The|This)\s+(?:President|"
                            r"Administration)\s+)(?:is|has|remains|continues)\b|\s*(?:Upon\s+returning\s+to\s+office|"
                            r"Since\s+(?:taking|returning\s+to|assuming)\s+office|Throughout\s+(?:his|her)\s+"
                            r"(?:first\s+)?(?:term|administration|presidency))\b")


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
    for im in art.matches if _names_infrastructure(art, spans) else ():
        if im.kind == "infra":
            i = bisect_right(starts, im.start) - 1
            if i >= 0 and im.end <= spans[i][1]:
                infra_by_sentence.setdefault(i, []).append(im)
    any_country: bool | None = None  # does the article name a country? (asked for sanctions words only)
    utility_tariffs: bool | None = None  # does it speak of utilities' tariffs? (asked for bare tariffs only)
    for i in sorted(set(hits) | set(infra_by_sentence)):
        s_start, s_end = spans[i]
        sentence = text[s_start:s_end]
        if _HEADING_ONLY.fullmatch(sentence) or _TABLE_ROW.fullmatch(sentence) or _RESULTS_ROWS.fullmatch(sentence):
            continue  # "Energy Security." between items of a list, "IMPORTS 311.72 up 4.12": nothing said
        sentence_hits = hits.get(i, [])
        energy_spans = [(m.start(), m.end()) for idx, m in sentence_hits if KEYS[idx][1]
                        and not _negated_before(text[max(s_start, m.start() - 30):m.start()])
                        # (a good named for a fuel is no fuel: "exports of cars and diesel engines")
                        and not _FUEL_GOOD_AFTER.match(text, m.end())]
        hit_keys: list[_Key] = []
        done: dict[int, bool] = {}  # pattern -> did a hit of it carry the key (not minor)?
        for idx, m in sorted(sentence_hits, key=lambda h: (h[0], h[1].start())):
            if done.get(idx):
                continue
            category, commodity, _pattern, strong = KEYS[idx]
            a, b = m.start() - s_start, m.end() - s_start
            word = m.group().lower()
            if commodity == "nuclear" and (_says(_NOT_ENERGY, sentence) or word.startswith("nuclear material")
                                           and _says(_NUCLEAR_SECURITY, sentence)):
                done[idx] = True
                continue
            if category == "trade" and word.startswith(_PURCHASE_WORDS) and _one_state_purchase(art, s_start, s_end, s_start + b):
                continue  # "the mill bought 20,000 tonnes of cane from growers": goods bought at home
            if category == "trade" and _IMPORT_COVER.search(sentence, max(0, a - 30), a):
                continue  # "reserves to cover more than a few weeks' imports": a measure of reserves
            if category == "trade" and _TRADE_AS_YARDSTICK.search(sentence, max(0, a - 90), a):
                continue  # "considering ... the scale of its imports and exports, this level of foreign debt can be
                #           sustained": the size of an economy's trade as a measure of its debt
            if _negated_before(sentence[max(0, a - 30):a]) or _EXCLUDED_BEFORE.search(sentence, max(0, a - 60), a) \
                    or _NOT_INCLUDING_BEFORE.search(sentence, max(0, a - 40), a):
                continue  # "non-oil exports", "excluding coffee and oil derivatives"
            if category == "energy" and _MAKER_OF_BEFORE.search(sentence, max(0, a - 50), a) and \
                    _EQUIPMENT_AFTER.match(sentence, b):
                continue  # "manufacturer of electronic petroleum marketing systems": a maker's goods
            if category == "energy" and _LINE_OF_BUSINESS_BEFORE.search(sentence, max(0, a - 70), a):
                continue  # "subsidiaries in businesses related to oil-drilling": what a firm does
            if commodity == "electricity" and word.startswith(("megawatt", "gigawatt")) and (
                    _FUEL_PLANT_AFTER.match(sentence, b) or _GENERATING_PLANT_AFTER.match(sentence, b)
                    and _FUEL_PLANT_NAMED.search(text)):
                continue  # "two 950-megawatt nuclear power plants", "the 1,205 megawatt generating plant" of "the
                #           Perry Nuclear Power Plant": the size of a fuel's plant, that fuel's mention
            if category == "energy" and _FIRM_PART_AFTER.match(sentence, b):
                continue  # "CSR's sugar and oil divisions have moved to Brisbane": a part of a firm, named for its goods
            if category == "trade" and word in ("gatt", "wto", "world trade organization", "world trade organisation") \
                    and _BODY_AS_EMPLOYER_AFTER.match(sentence, b):
                continue  # "340 GATT secretariat staff staged a strike", "the GATT offices": the body as employer
            if category == "trade" and "trad" in word and _not_trade_between_economies(sentence, word, a, b):
                continue
            if category == "trade" and _FIGURATIVE_EXPORT.match(sentence, b) and word.startswith(("export", "import")):
                continue  # "violently exporting communism and despotism": an ideology, not goods
            if category == "trade" and _DISEASE_BEFORE.search(sentence, max(0, a - 50), a):
                continue  # "TB is not simply imported", "imported cases of malaria": a disease, not goods
            if category == "trade" and word.startswith("export") and _RATIO_OF_BEFORE.search(sentence, max(0, a - 50), a) \
                    and _says(_DEBT_WORD, sentence):
                continue  # "debt equivalent to almost twice its expected exports", "debt repayments to 10 pct of
                #           exports": a yardstick of debt ("90 pct of world rubber exports" stays trade)
            if category == "trade" and word.startswith(("export", "import")) and \
                    _FINANCE_GOODS_BEFORE.search(sentence, max(0, a - 30), a):
                continue  # "credit lines ..., as Brazil must finance its exports": the credit, not the trade
            if category == "trade" and word.startswith("tariff") and _RATE_OF.search(sentence, max(0, a - 12), a):
                continue  # "135 pct of tariff bid": a freight rate's benchmark
            if category == "trade" and word.startswith("tariff") and _LENDING_TARIFF_BEFORE.search(sentence, max(0, a - 30), a):
                continue  # "a lower special advances tariff": a central bank's lending rate
            if category == "trade" and word.startswith(("import", "export")) and _says(_PRICE_INDEX, art.title or "") \
                    and _PRICE_INDEX_PART.search(sentence):
                continue  # "Both home produced and imported goods rose by 0.1 pct ... offset by a 2.8 pct drop in
                #           imports" in a consumer price report: parts of the index, not trade
            if category == "trade" and word in ("importers", "exporters") and \
                    _LENT_TO.search(sentence, max(0, a - 50), a):
                continue  # "their ability to lend foreign exchange to importers and exporters": bank customers
            if category == "trade" and word.startswith(("importer", "exporter")) and \
                    _FRANCHISE_BEFORE.search(sentence, max(0, a - 30), a):
                continue  # "Volvo Concessionaires, the sole importer of Volvo cars into the U.K.": a firm's role
            if category == "trade" and word in ("importer", "exporter") and (
                    _FIRM_MARK_AFTER.match(sentence, b) or _BASED_BEFORE.search(sentence, max(0, a - 60), a)):
                continue  # "the Jeddah-based heavy equipment importer", "the cement importer <Arabian Bulk
                #           Trade>": what a firm is, named in a story about its debts
            if category == "trade" and sentence[a:a + 1].isupper() and word.startswith(("import", "export", "trad")) and (
                    _COMPANY_AFTER.match(sentence[b:b + 14]) or _FIRM_MARK_AFTER.match(sentence, b)
                    or _ends_firm_name(art, sentence, b)):
                continue  # "Pier 1 Imports Inc said ...", "the prospects of Pier 1 Imports": a firm's name
            if category == "trade" and word in ("importers", "exporters") and (
                    _HOLDINGS.search(sentence) or _ACQUIRED.search(sentence, max(0, a - 50), a)):
                continue  # "restructuring their portfolios to ... include a few more exporters" (shares held by
                #           investors), "has acquired electronics components importers <Ferrado Oy>" (firms bought)
            if category == "energy" and ("price" in word or _PRICE_AFTER.match(sentence[b:b + 40])) and (
                    _FACTOR_BEFORE.search(sentence, max(0, a - 50), a) or _FACTOR_AFTER.match(sentence, b)
                    or _PRICE_TIME_ANCHOR.search(sentence, max(0, a - 60), a)):
                # "dampened by a firmer federal funds rate and stable oil prices", "contracts signed
                # before last year's fall in world oil prices": a price named among market factors or
                # as a time, no mention of the fuel
                continue
            if category == "energy" and ("price" in word or _PRICE_AFTER.match(sentence[b:b + 40])) and \
                    _HARM_CAUSE_BEFORE.search(sentence, max(0, a - 80), a) and not _title_names_energy(art.title):
                # "Texas, which has been hard hit by plummeting oil prices" in a story about bank
                # closures: a price named as the cause of someone's troubles, not news of the fuel
                continue
            if category == "energy" and ("price" in word or _PRICE_AFTER.match(sentence[b:b + 40])) and \
                    _BLAMED_LIST_AFTER.match(sentence, b) and not _title_names_energy(art.title):
                # "Slower growth, rising oil prices, a stronger yen and weaker exports were blamed for the
                # fall": a price among the causes of something else, not news of the fuel
                continue
            if category == "energy" and _LIFTS_RESULTS_AFTER.match(sentence, b) and not _title_names_energy(art.title):
                continue  # "a gradual improvement in the energy market to allow it to regain profitability": a firm's outlook
            if category == "energy" and _YARDSTICK_BEFORE.search(sentence, max(0, a - 80), a) and \
                    not _says(_ECONOMIC, sentence) and not _title_names_energy(art.title):
                continue  # "remittances are the second-biggest source of income after oil": a yardstick
            if category == "energy" and _NOT_FUEL_USE.search(sentence, max(0, a - 40), min(len(sentence), b + 30)):
                continue  # "oil and gas writedowns", "a lube-and-oil-change service": accounts and car care
            if commodity in ("coal", "oil", "gas") and _REPLACED_FUEL_BEFORE.search(sentence, max(0, a - 70), a):
                continue  # "refuse-derived fuel ... to take the place of about 20 pct of the plant's coal usage": the
                #           fuel a substitute displaces, said of the substitute (power bought to replace a plant's
                #           output stays electricity)
            if commodity == "electricity" and _CONDUCTS.search(sentence):
                continue  # "a wire which can conduct electricity with no resistance": a material's property
            if commodity == "electricity" and _RENEWABLE_PLANT.search(sentence, max(0, a - 25), a):
                continue  # "geothermal power plants": renewables
            if commodity == "electricity" and re.match(r"power\s+(?:plant|station)", word) and any(
                    KEYS[j][1] == "nuclear" for j, _m in sentence_hits):
                continue  # "the reactor at its X power plant": the nuclear plant, not a second key
            if commodity in ("oil", "gas", "coal") and _PLANT_FUEL.match(sentence, b) or \
                    commodity in ("oil", "gas", "coal") and _PLANT_FUEL_BEFORE.search(sentence, max(0, a - 60), a):
                continue  # "petroleum-coke fueled power plants", "a plant powered by oil or gas": a plant's fuel
            if category == "energy" and (_OFFICE_AFTER.match(sentence, b) or _OFFICE_WORD_END.search(word)
                                         or _OFFICE_OF_BEFORE.search(sentence, max(0, a - 50), a)):
                continue  # "deputy Energy Minister", "the Oil Ministry", "minister of energy and mines": an office's name
            if category == "trade" and _TRADE_SANCTIONS.match(sentence, a):
                continue  # "unilateral trade sanctions against South Africa": the sanctions key says it
            if commodity == "oil" and word.startswith("barrel") and _CONDENSATE_AFTER.match(sentence, b):
                continue  # "500 barrels of condensate daily" from a gas well: the gas's liquids
            if commodity == "oil" and word.startswith("barrel") and _says(_BREWING, text):
                continue  # "Schmidt sold about 1.6 mln barrels": of beer
            if category == "trade" and _TRADE_JOB_AFTER.match(sentence, a + word.find("trad") + 5) and "trad" in word:
                continue  # "a foreign trade consultant": someone's job
            if category == "trade" and _UNIT_NAME_AFTER.match(sentence, b):
                continue  # "who heads the IMF's exchange and trade relations department": a unit's name
            if commodity == "nuclear" and _ACCIDENT_AFTER.match(sentence[b:b + 40]):
                continue  # "the Chernobyl nuclear power plant accident": an accident's place, not the energy
            if category == "energy" and _REMIT_BEFORE.search(sentence, max(0, a - 70), a):
                continue  # "Department of Interior units that govern domestic energy production": a body's remit
            if commodity == "general" and _COMMODITY_WORD_BEFORE.search(sentence, max(0, a - 16), a):
                continue  # "to develop geothermal energy resources": that commodity's energy, not energy at large
            if commodity == "general" and _SHARES_AFTER.match(sentence, b):
                continue  # "the rest of the energy issues out there in the stock market": shares of firms
            if commodity == "general" and _PERSON_OR_EVENT_AFTER.match(sentence, b):
                continue  # "energy analyst Fereidun Fesharaki said here", "an energy conference": who and where
            if category == "energy" and commodity != "general" and _FUEL_EVENT_AFTER.match(sentence, b) and \
                    not word.startswith("opec"):
                continue  # "she said at an oil and gas conference": where she spoke, not the fuel
            if category == "energy" and _LEASING_LAWS_AFTER.match(sentence, b):
                continue  # "the operation of the mineral and geothermal leasing laws": a land order's boilerplate
            if commodity in ("oil", "gas", "lng") and _SHIP_CARGO_BEFORE.search(sentence, max(0, a - 60), a) and \
                    _SHIPBUILDING.search(sentence):
                continue  # "building more advanced carriers to carry liquefied natural gas": a kind of ship built
            if commodity == "nuclear" and _NAVAL_REACTOR_AFTER.match(sentence, b):
                continue  # "nuclear reactors for the U.S. Navy submarines": a warship's engine
            if category == "trade" and word == "wto" and "Tourism" in text and _WTO_OTHER.search(text):
                continue  # the World Tourism Organisation's "WTO" (a whole-text scan: only where its word is)
            if commodity in ("oil", "gas", "lng") and _VEHICLE_AFTER.match(sentence, b):
                continue  # "standards met with conventional gasoline and diesel vehicles": a kind of car
            if category == "energy" and (_OTHER_FIELD_PAIR_AFTER.match(sentence, b) or
                                         _OTHER_FIELD_PAIR_BEFORE.search(sentence, max(0, a - 40), a)
                                         and _FIELD_HEAD_AFTER.match(sentence, b)):
                continue  # "loans to finance geothermal and education projects": one of two fields a loan serves
            if commodity == "electricity" and _SHARE_OF_POWER_BEFORE.search(sentence, max(0, a - 70), a) and \
                    _POWER_SOURCE.search(sentence, 0, a):
                continue  # "nuclear power provides one-third of New England's electricity": the source's share
            if category == "energy" and (crisis := _FUEL_CRISIS_AFTER.match(sentence, b)) and (
                    _LONG_AGO.search(crisis.group("tail")) or art.published is not None and (
                        year := _YEAR_JUST_BEFORE.search(sentence, max(0, a - 12), a)) and
                    int(year.group(1)) <= art.published.year - 3):
                continue  # "since the oil crisis about 15 years ago", "the 1973 oil shock": a past crisis recalled
            if commodity in ("coal", "nuclear", "oil", "gas") and _among_minerals(sentence, a, b):
                continue  # "the country's gold, uranium, platinum and coal mines": a mining story's list
            topic = _ENERGY_WORD if category == "energy" else _TRADE_WORD
            if _passing(sentence, a, b, topic) or _in_proper_name(sentence, a, b) and not (
                    # "the Nine Mile Nuclear Station", "the Snettisham Hydroelectric project": a plant's name names the plant
                    commodity == "nuclear" and word.rsplit(None, 1)[-1] in _PLANT_WORDS
                    or commodity in ("nuclear", "renewables", "coal") and _FACILITY_NOUN_AFTER.match(sentence, b)) \
                    or _in_comparison(sentence, a) \
                    or category == "energy" and _in_firm_name(art, sentence, a, b):
                continue
            if category == "trade" and (_IMPORT_EXPORT.fullmatch(word) or _FUEL_QUOTA.match(word)
                                        or word.startswith(_PURCHASE_WORDS + ("import ", "export "))) and any(
                    abs(es - m.end()) < 40 or abs(m.start() - ee) < 40 for es, ee in energy_spans) or \
                    category == "trade" and word.startswith(("import", "export")) and \
                    any(f.start() < b + 40 for f in _FUEL_NOUN.finditer(sentence, max(0, a - 40))):
                continue  # imports of a fuel are an energy mention, not a trade one ("subsidies to importers in order
                #           to stabilise domestic fuel prices")
            if category == "trade" and word in ("imports", "exports") and _BARE_FLOW_BEFORE.search(sentence, max(0, a - 25), a) \
                    and _BARE_FLOW_AFTER.match(sentence, b) and i - 1 in hits and any(
                        KEYS[j][1] not in (None, "general") for j, _m in hits[i - 1]):
                continue  # "... at 16-18 dlrs a barrel. Ultimately this would lead to a rise in U.S. imports.":
                #           the imports of the fuel the sentence before spoke of
            if category == "trade" and "trade" in word and _says(_DEALING, sentence) and \
                    not _TRADE_FIGURES_AFTER.match(sentence, a + word.find("trade") + 5) and \
                    not _says(_TRADE_POLICY, sentence) and \
                    not _says(_IMPORT_EXPORT, sentence):
                continue  # "recording additional trade data, checking, comparison and matching", "currency
                #           dealers ... a growing volume of trade": dealing in securities or currencies
            if category == "trade" and _MARKET_TRADE_WORD.fullmatch(word) and _markets_title(art.title) and \
                    not _TRADE_FIGURES_AFTER.match(sentence, a + 5) and not _says(_TRADE_POLICY, sentence) and \
                    not _BALANCE_NEAR.search(sentence, b, b + 30) and \
                    not _says(_IMPORT_EXPORT, sentence) and not any(m.end >= s_start + a - 3 for m in art.matches_in(s_start + max(0, a - 30), s_start + a)):
                continue  # '"We've not had trade like this since the boom," a dealer said' under "DUTCH BONDS
                #           RALLY": the market's dealing (trade of a state, "Dutch trade", stays trade)
            if category == "trade" and (word.startswith(("exporter", "importer")) or word == "trade") and \
                    _says(_FX_DEALING, sentence) and not _says(_TRADE_POLICY, sentence):
                continue  # "asked trading houses and exporters to refrain from excessive dollar selling": currency
            if category == "trade" and word.startswith(("import", "export")) and (
                    _FINANCING_AFTER.match(sentence, b) or _RESERVES_COVER.search(sentence)
                    or _LOAN_PURPOSE_BEFORE.search(sentence, max(0, a - 120), a)):
                continue  # "lines of credit for import financing", "reserves to pay for imports for four months":
                #           money lent or held, not goods traded
            if category == "trade" and "dump" in word.lower() and (_says(_WASTE, sentence) or _says(_WASTE, art.title or "")):
                continue  # "The dumping is alleged to have occurred ..." under "CHARGED WITH WASTE DUMPING": waste, not trade
            if category == "trade" and word.startswith(("import", "export", "inflow", "outflow")) and \
                    _CAPITAL_BEFORE.search(sentence, max(0, a - 12), a):
                continue  # "aimed at attracting capital imports": investment flowing in, not goods traded
            if category == "trade" and _RECYCLED_SURPLUS.search(sentence, max(0, a - 40), a) and "surplus" in word:
                continue  # "make use of its huge trade surplus to help developing countries": money for aid
            if category == "trade" and _BUSINESS_VERBS.search(sentence, max(0, a - 60), min(len(sentence), b + 60)) and \
                    re.fullmatch(r"(?:im|ex)ports", word):
                continue  # "Europe Craft designs, imports and distributes menswear": what a firm does
            if category == "trade" and _price_report(art) and not (_BALANCE_NEAR.search(sentence)
                                                                   or _says(_TRADE_POLICY, sentence)):
                continue  # "1 HARD RED WINTER WHEAT--Exporters bids", "reports trade in crude palm oil ... down
                #           6.50": the labels and dealing of a market's price list
            if category == "trade" and (_says(_FUTURES_REPORT, sentence) or _futures_story(art)) and \
                    _says(_PRICE_MOVE, sentence) and (
                    word.startswith(("export", "import")) and (_MARKET_DRIVER_AFTER.match(sentence, b)
                                                               or _MARKET_DRIVER_BEFORE.search(sentence, max(0, a - 30), a))
                    or "trade" in word):
                continue  # "wheat futures traded higher as firm exporter demand lent support", "gold futures closed
                #           down following news of improved U.S. trade deficit figures": a price's driver
            if category == "energy" and _ILLUSTRATION.search(sentence) \
                    and re.search(r"\b(?:producers?|consumers?|exporters?|importers?)\s+of\s+$", sentence[max(0, a - 20):a]):
                continue  # "It is the world's number two producer of coal, for instance": a size illustrated
            if commodity == "general" and (other := _OTHER_SOURCES.search(sentence, max(0, a - 14), min(len(sentence), b + 12))) \
                    and other.start() <= a < other.end():
                continue  # "oil ... against other energy sources": what a fuel competes with, not energy at large
            if category == "trade" and not strong:
                if word in ("import", "export") and not (_WEAK_NOUN_OK.match(sentence[b:b + 30])
                                                         or _VERB_BEFORE.search(sentence[max(0, a - 8):a])):
                    continue  # "the latest Japanese import" (a player), not trade
                if word == "trade" and re.search(r"\bto\s+$", sentence[max(0, a - 4):a]) and not re.match(
                        r"\s+(?:with|in|between|freely|more|goods)\b", sentence[b:b + 12]):
                    continue  # "looking to trade a pitcher": to swap
            if commodity == "gas" and _says(_MOTOR_FUEL, sentence):
                # American "gas prices ... per gallon" is gasoline: an oil mention
                category, commodity, strong = KEYS[_OIL_KEY][0], "oil", True
                idx = _OIL_KEY
                if done.get(idx):
                    continue
            if category == "sanctions" and word.startswith("restrictive") and _ON_GOODS_AFTER.match(sentence, b):
                continue  # "addressing restrictive measures on U.S. poultry": a barrier to trade in goods
            if category == "sanctions" and word == "sanctioned" and _APPROVED_BY.match(sentence, a):
                continue  # "sanctioned by the Asian Tour and the Japan Golf Tour": approved by a sport's body
            if category == "sanctions" and re.match(r"embargoed", word):
                continue  # "contents will be embargoed until ...": a press embargo
            if category == "sanctions" and _NEVER_BEFORE.search(sentence, max(0, a - 60), a):
                continue  # "has never threatened Tokyo with sanctions": none threatened
            if category == "sanctions" and art.published is not None and \
                    (dated := _OLD_YEAR_BEFORE_SANCTION.search(sentence, max(0, a - 25), a)) and \
                    int(dated.group(1)) <= art.published.year - 3:
                continue  # "since the 1980 grain embargo" in 1987: a dated embargo of the past, background
            if category == "trade" and word.startswith("trading partner") and \
                    _PARTNER_DESCRIPTOR_BEFORE.search(sentence, max(0, a - 40), a) and _says(_MONEY_MARKETS, sentence) and \
                    not _TRADE_WORD.search(sentence[:a] + " " * (b - a) + sentence[b:]):
                continue  # "the U.S., the region's main trading partner", "the United States and its major trading
                #           partners" in a story of stocks or currencies: who they are, no trade told
            if category == "trade" and "attend" in sentence and any(
                    mm.start("name") <= a and b <= mm.end("name") for mm in _ATTENDED_MEETING.finditer(sentence)):
                continue  # "where he is attending a General Agreement on Tariffs and Trade (GATT) ministerial
                #           meeting": the name of the gathering someone is at, no trade said
            if category == "trade" and re.match(r"trade\s+surplus", sentence[a:a + 16], _R) and \
                    _SURPLUS_AS_FUNDS_BEFORE.search(sentence, max(0, a - 50), a):
                continue  # "would profit from rechannelling its huge trade surplus into Third World economies": money
            if category == "trade" and word.startswith("trading partner") and (
                    _ALLIES_AND_BEFORE.search(sentence, max(0, a - 40), a) or _AND_ALLIES_AFTER.match(sentence, b)):
                continue  # "coordination with our major industrialized allies and trading partners": who they are
                #           (the sentence's other trade words still count)
            if category == "trade" and word.startswith("trading partner") and \
                    _BENCHMARK_BEFORE.search(sentence, max(0, a - 60), a):
                continue  # "targets roughly in line with its main trading partners": a yardstick, not trade
            if category == "trade" and re.search(r"\banti-?competitive\s+$", sentence[max(0, a - 20):a], _R):
                continue  # "anti-competitive trade practices" of a broadcaster: competition law, not trade
            if category == "sanctions" and _GUARDED_AGAINST.search(sentence, max(0, a - 70), a):
                continue  # "a reserve to protect the economy from an overseas embargo": a risk, not a sanction
            if category == "sanctions" and word.startswith(("ban", "blacklist")) and _BANNED_SUBSTANCE.search(sentence):
                continue  # "Thallium sulphate, banned in many countries and blacklisted ... as a deadly chemical"
            if category == "sanctions" and _BY_NON_STATE.match(sentence, b):
                continue  # "a trade ban imposed by Australian labor unions": a boycott, no state's sanction
            if category == "sanctions" and word.startswith(("ban", "prohibit", "trade ban")) and (
                    _says(_SANITARY, sentence) or _GOODS_BY_MAKING.search(sentence)
                    or (own := _OWN_GOODS_BAN.match(sentence, b))
                    and not art.matches_in(s_start + b, s_start + own.end(), ("country", "demonym", "city"))
                    and not _STATE_TARGET_AFTER.search(sentence, b, min(len(sentence), b + 80))):
                # ("prohibit the importation of goods produced by forced labor": goods barred for how
                # they are made, whoever makes them, are a trade rule)
                # "banned imports of U.S. cattle due to BSE concerns": a trade barrier, not a sanction
                category, commodity, strong, idx = "trade", None, True, _TRADE_KEY
                if done.get(idx):
                    continue
            if category == "sanctions" and word.startswith("sanction") and (
                    _APPROVING.match(sentence, a) or _APPROVED_OUTLAY.match(sentence, a)
                    or _APPROVED_BEFORE.search(sentence, max(0, a - 12), a)):
                continue  # "a UN resolution sanctioning military action", "state-sanctioned": approval
            if category == "sanctions" and word.startswith("sanction"):
                if any_country is None:
                    any_country = bool(art.countries_in(0, len(text)))
                if not (any_country and _says(_SANCTION_CONTEXT, sentence)):
                    continue  # "employers will face sanctions": not economic sanctions between states
                if _says(_COURT, sentence) and not _says(_STATE_SANCTIONS, sentence):
                    continue  # sanctions a court imposes on a party to a case
                if _REGULATORS_SANCTIONS.search(sentence) and not _says(_STATE_SANCTIONS, sentence):
                    continue  # "be subject to sanctions and administrative actions" by insurance regulators
                if _PENALTY_SANCTION.search(sentence[max(0, a - 16):b + 16]) and not _says(_STATE_SANCTIONS, sentence):
                    continue  # "the ultimate sanction of losing their licence": a penalty
                if (_COMPLIANCE_AFTER.match(sentence, b) or _COMPLIANCE_BEFORE.search(sentence, max(0, a - 40), a)) and \
                        not art.matches_in(s_start, s_end, ("country", "demonym")):
                    continue  # "sanctions compliance programs", "sanctions list verification": a firm's duties
            if _GENERIC_PHRASE.search(sentence, max(0, a - 20), min(len(sentence), b + 20)):
                # "a slowdown in international trade", "cheaper imports", "an energy project": the
                # economy's background, no mention (the words of the phrase count for nothing)
                continue
            minor = _minor(category, commodity, word, sentence, a, b)
            if category == "trade" and word.startswith("tariff") and not _says(_TRADE_CONTEXT, sentence):
                if utility_tariffs is None:
                    utility_tariffs = bool(_UTILITY_TARIFFS.search(text))
                minor = utility_tariffs  # a utility's price ("a tariff rise for water"), unless trade is said
            done[idx] = not minor
            key = keys.setdefault((category, commodity), _Key(category, commodity))
            key.strong = key.strong or strong
            key.weak_hits += 0 if strong else 1
            if not minor:
                key.support.add(i)
                if commodity not in ("oil", "gas") or not _in_stock_pair(sentence, a, b):
                    key.single.add(i)
                if not _in_business_pair(sentence, a, b):
                    key.alone.add(i)
                    if not _in_generic_pair(sentence, a, b):
                        key.unpaired.add(i)
                kind = _hit_kind(category, commodity, strong, word, sentence, a, b)
                if i not in key.kinds or _RANK[kind] < _RANK[key.kinds[i]]:
                    key.kinds[i] = kind
            if not key.spans or key.spans[-1] != (s_start, s_end):  # sentences come in order: only the
                key.spans.append((s_start, s_end))                  # last span can be this one
                hit_keys.append(key)
        for im in infra_by_sentence.get(i, ()):
            if im.infra.get("kind") in ("dam", "power_plant", "other") and not _ENERGY_WORD.search(sentence):
                continue  # a dam named in a water dispute is not an energy mention
            if im.text in (im.infra.get("ambiguous") or ()) and not (
                    _ENERGY_WORD.search(sentence) or _FACILITY_WORD.search(sentence)):
                continue  # "TAP" (a news agency), "Willow", "Permian": the facility only where energy is said
            if im.text in (im.infra.get("ambiguous") or ()) and not _FACILITY_NOUN_AFTER.match(text, im.end) and re.search(
                    re.escape(im.text) + rf"(?:\s+[A-Z][\w&]*)?\s+(?:{_FIRM_SUFFIX}|Petroleum|Oil|Resources)\b", text):
                continue  # "its Permian Corp unit ... Permian buys crude oil": the name is a company's here
            if _ACCIDENT_AFTER.match(text[im.end:im.end + 30]):
                continue  # "since the Chernobyl disaster": the place of an old accident
            if _FIRM_AFTER_INFRA.match(text, im.end):
                continue  # "Permian Basin Royalty Trust": a firm named after the basin, not the facility
            commodity = im.infra.get("commodity") or "general"
            key = keys.setdefault(("energy", commodity), _Key("energy", commodity))
            key.strong = True
            key.support.add(i)
            key.kinds[i] = "energy.infrastructure"
            name = canonical = im.infra["name"]
            tail = _INFRA_NOUN_AFTER.match(text, im.end)
            if tail and im.text.startswith(canonical.split()[0]):
                name = text[im.start:tail.end()]  # "the Golden Pass LNG Terminal": the name as written, whole
            if name != canonical and canonical in key.infrastructure:
                key.infrastructure[key.infrastructure.index(canonical)] = name  # the whole name replaces the short one
            elif name not in key.infrastructure and not (name == canonical and any(
                    n.startswith(canonical + " ") and _INFRA_NOUN_AFTER.fullmatch(n, len(canonical))
                    for n in key.infrastructure)):  # (nor the short one after the whole)
                key.infrastructure.append(name)
                key.landmark = True
                if len(im.infra.get("countries") or ()) == 1:
                    # (the state of the article's date: Chernobyl is in the Soviet Union in 1987)
                    sited = [state_on(c, art.published) if art.published else c for c in im.infra["countries"]]
                    key.sited += [c for c in sited if c not in key.sited]
            if not key.spans or key.spans[-1] != (s_start, s_end):  # sentences come in order: only the
                key.spans.append((s_start, s_end))                  # last span can be this one
                hit_keys.append(key)
        if hit_keys:
            countries = _sentence_countries(art, s_start, s_end)
            if _PAIR_SUBJECT.match(text, s_start, s_end):
                # "The two leaders discussed bilateral trade and the war in Ukraine" after "President X spoke
                # with Prime Minister Y of the United Kingdom": the pair the sentence before named
                pair = _pair_named_before(art, s_start)
                countries = pair + [c for c in countries if c not in pair]
            other_goods: set[str] | None = None
            aside: dict[str, set[str]] = {}
            for key in hit_keys:
                own = countries
                if key.category == "energy" and countries:
                    if other_goods is None:
                        other_goods = _other_goods_places(art, s_start, s_end)
                    own = [c for c in countries if c not in other_goods]
                if key.category in ("trade", "energy") and len(own) > 1:
                    if key.category not in aside:
                        aside[key.category] = _places_of_other_clauses(art, s_start, s_end, key.category)
                    own = [c for c in own if c not in aside[key.category]]
                if key.category == "sanctions" and len(own) > 1:
                    own = [c for c in own if c not in _places_of_the_cause(art, s_start, s_end)]
                named = bool(own)  # (a sentence that names a state anchors the key, whoever's side it is)
                if key.category == "energy" and len(own) == 1 and _CONTRAST.search(text, s_start, s_end):
                    # one state, named only in a contrasted clause of goods or money: "high oil prices have
                    # knocked 0.2% off the growth rate, while ... products shipped to the US are dearer"
                    own = [c for c in own if c not in _places_of_other_clauses(art, s_start, s_end, "energy", True)]
                if not own and key.category == "trade" and i in key.support and key.kinds.get(i) in ("trade.flows", "trade.volume"):
                    economy = _national_economy(art)
                    if economy and _NATIONAL_FIGURES.search(text, s_start, s_end):
                        # "Imports by volume were forecast to grow 10 pct this year and exports four pct" in a
                        # story of one state's economy ("PORTUGAL'S GDP FORECAST ...", filed from Lisbon):
                        # that economy's trade, said with its figures
                        own, named = [economy], True
                if not own and key.category in ("sanctions", "trade") and art.actors_home and \
                        _PUBLISHER_ACTS.search(text, s_start, s_end):
                    # "And, we have imposed sanctions ... on actors responsible for abuses" in a government's
                    # own release: the publisher's state acts
                    own, named = [art.actors_home], True
                key.countries += [c for c in own if c not in key.countries]
                if named and i in key.support:
                    key.anchored.add(i)
    for key in keys.values():
        if key.category != "trade":
            continue
        for _s_start, s_end in list(key.spans):
            nxt = _PARTNERS_NEXT.match(text, s_end, min(len(text), s_end + 80))
            if nxt:  # the next sentence (not a candidate: it names no trade word) lists the partners
                stop = _SENTENCE_STOP.search(text, nxt.end(), min(len(text), nxt.end() + 600))
                key.countries += [c for c in _sentence_countries(art, nxt.end(), stop.start() if stop else len(text))
                                  if c not in key.countries]
            # "... to import 100,000 tonnes of palm oil ... The palm oil would come from Malaysia or
            # Indonesia": a sentence just after that gives the goods' origin or destination
            origin = _ORIGIN.search(text, s_end, min(len(text), s_end + 400))
            if origin and _about_money(text, origin.start(), sentence_end(text, origin.end())):
                origin = None  # "loans were sold to Japanese and Swiss investors": money, not the goods
            if origin:
                stop = _SENTENCE_STOP.search(text, origin.end(), min(len(text), origin.end() + 200))
                key.countries += [c for c in art.countries_in(origin.end(), stop.start() if stop else len(text))
                                  if c not in key.countries]
            # "Japanese aluminium imports rose to 98,170 tonnes ... The February total included 19,102 tonnes
            # from the U.S., 24,391 from Australia and 12,611 from Indonesia": amounts from or to states
            amounts = _AMOUNT_FROM.search(text, s_end, min(len(text), s_end + 400))
            if amounts:
                _amount_states(art, key, amounts)
        if len(key.support) >= 2:
            # a story of goods traded in several sentences: "CINDASA will also ship 6,000 to 7,000 tonnes of
            # Spanish corn to Italy" before them is one more consignment of that trade
            for amounts in _AMOUNT_FROM.finditer(text, 0, min(key.spans)[0]):
                _amount_states(art, key, amounts)
    trade = keys.get(("trade", None))
    if trade is not None and trade.countries:
        # "The Soviet Union's main suppliers have been Canada, Argentina and Australia": a sentence
        # that names the buyers or suppliers of the story's trade names its sides, trade word or not
        for m in _PARTNER_ROLE.finditer(text, art.lower):
            lo, hi = sentence_start(text, m.start()), sentence_end(text, m.end())
            trade.countries += [c for c in _sentence_countries(art, lo, hi) if c not in trade.countries]
        # "The USSR has already bought 20 mln tonnes of grains, primarily from Canada, the European
        # Community, Argentina and Australia": whom the goods were bought from
        for m in _BOUGHT_FROM.finditer(text):
            hi = sentence_end(text, m.end())
            trade.countries += [c for c in _sentence_countries(art, m.end(), hi) if c not in trade.countries]
        for m in _BOUGHT_GOODS.finditer(text):
            origin = art.matches_in(m.end(), m.end() + 1, ("country", "demonym"))
            if origin and origin[0].iso3 and re.match(r"\s+[a-z]", text[origin[0].end:origin[0].end + 3]) and \
                    origin[0].iso3 not in trade.countries:
                trade.countries.append(origin[0].iso3)
    if ("energy", "oil") in keys and _EDIBLE_OIL_F.test(f"{art.title or ''} {text}") and (
            not _PETROLEUM_F.test(text) or _edible_oils_list(text)):
        del keys[("energy", "oil")]
    for key in list(keys.values()):
        if key.category == "energy":
            _named_facilities(art, key, spans)
            _listed_fields(art, key)
            _named_projects(art, key)
            _facilities_at(art, key)
            # in the order the story names them, whichever reading found each
            # ("Upper Zakum" of "Upper and Lower Zakum" where its first word is)
            key.infrastructure.sort(key=lambda n: pos if (pos := text.find(n)) >= 0 else
                                    pos if (pos := text.find(n.split()[0])) >= 0 else len(text))
    title_keys = _title_keys(art.title) if keys else frozenset()
    lng, gas = keys.get(("energy", "lng")), keys.get(("energy", "gas"))
    if lng is not None and gas is not None and ("energy", "lng") in title_keys and ("energy", "gas") not in title_keys \
            and not _PIPELINE_GAS_F.test(text):
        # "ALGERIA SIGNS MAJOR LNG DEAL": the story's gas ("4.5 billion cubic metres ..., 60 pct of the gas carried in
        # Algerian ships to a terminal at Lake Charles") is its liquefied gas, one key
        lng.absorb(keys.pop(("energy", "gas")))
    kept = [k for k in keys.values() if _substantive(k, spans, title_keys, art) and not _only_paired(k, keys, title_keys, text)
            and not _one_of_the_fuels(k, keys, title_keys, text, spans)]
    if any(k.category == "energy" and ("energy", k.commodity) in title_keys for k in kept) and (
            "trade", None) not in title_keys:
        # in an article about a fuel ("Saudi to remain key LPG supplier"), bare exports and
        # imports are the fuel's: an energy mention, not a trade one
        kept = [k for k in kept if k.category != "trade" or not set(k.kinds.values()) <= {"trade.flows", "trade.weak"}]
    story_fuel = max((len(k.support) for k in kept if k.category == "energy" and k.commodity not in ("general", "electricity",
                                                                                                   None)), default=0)
    if story_fuel >= _STORY_FUEL_SENTENCES:
        # "Hesse maintained Canadian gas was crucial to ... a continent-wide energy market" in a story
        # told about gas in many sentences: a word or two of "energy" there is that fuel's, no
        # mention of energy in general
        kept = [k for k in kept if k.commodity not in ("general", "electricity") or len(k.support) * 2 > story_fuel
                or k.infrastructure or ("energy", k.commodity) in title_keys
                or k.commodity == "general" and any(_energy_between_states(text, a, b) for a, b in k.spans)]
    kept = [k for k in kept if not _one_fuels_energy(k, kept, title_keys, text)]
    fuels = [k for k in kept if k.category == "energy" and k.commodity in ("gas", "coal", "oil", "nuclear", "renewables")]
    if fuels:
        kept = [k for k in kept if not _power_of_a_fuel(k, fuels, text)]
    if any(k.commodity == "renewables" for k in kept):
        # "a new hydroelectric power plant ... to be producing electricity by the turn of the century": the
        # power of a renewable plant is the renewables mention, unless the story speaks of its market
        kept = [k for k in kept if k.commodity != "electricity" or k.infrastructure or any(
            _POWER_MARKET.search(text, s, e) for s, e in k.spans)]
    nuclear = next((k for k in kept if k.commodity == "nuclear"), None)
    if nuclear is not None and not _OTHER_POWER_SOURCE.search(text):
        # "Brazil's only nuclear plant ... the state utility which runs the Angra One power station": in a
        # story whose only source of power is nuclear, its named power stations are nuclear plants, and
        # their electricity is that plant's output, no mention of its own
        # (so is "the power plant" of a story that names its nuclear plant: "the Nine Mile Nuclear Station")
        absorbed = [k for k in kept if k.commodity == "electricity" and (k.infrastructure or nuclear.infrastructure)
                    and ("energy", "electricity") not in title_keys and not any(
            _POWER_MARKET.search(text, s, e) or _POWER_REPLACED.search(text, s, e) for s, e in k.spans)]
        for k in absorbed:
            nuclear.infrastructure += [n for n in k.infrastructure if n not in nuclear.infrastructure]
        kept = [k for k in kept if k not in absorbed]
    title_fuels = [k for k in kept if k.category == "energy" and k.commodity in ("oil", "gas", "coal", "lng")
                   and (k.category, k.commodity) in title_keys]
    if len(title_fuels) == 1 and title_fuels[0].countries:
        _story_sides(art, title_fuels[0])
    amounts: dict[tuple[int, int], tuple[float, str, str] | None] = {}
    # (countries and demonyms only: a title's city can be a surname, "Bush to get tough on deficit")
    title_states = _title_states(art, ("country", "demonym"), policy=False) if any(
        k.category == "trade" for k in kept) else []
    home = art.actors_home
    low_text = art.lower if art.lower is not None else text.lower()
    names_members = any(w in low_text for w in _MEMBER_WORDS)  # (asked once per story, not per key)
    for k in kept:
        k.rule = min(k.kinds.values(), key=_RANK.__getitem__)
        if k.category == "trade" and k.countries:
            # "U.S. WHEAT BONUS TO SOVIET CALLED DORMANT": the title names the sides of the trade
            # the story is about, the other side often only there
            k.countries += [c for c in title_states if c not in k.countries]
        if home and k.category in ("trade", "sanctions") and len(k.countries) == 1 and k.countries[0] != home and \
                k.rule in ("trade.policy", "sanctions.explicit", "sanctions.ban"):
            # "the fully drafted IEEPA tariffs and sanctions will be held in reserve ... unless Colombia
            # fails to honor this agreement" in a White House release: the publisher's government is
            # the other side of its own tariffs and sanctions
            k.countries.append(home)
        elif home and k.category in ("trade", "sanctions") and k.countries and home not in k.countries and any(
                _OWN_MEASURE.search(text, s, e) for s, e in k.spans):
            # "I have imposed tariffs on China, Mexico, and Canada" in the President's proclamation: the
            # publisher's government imposes them, a side of its own measure
            k.countries.append(home)
        elif home and len(k.countries) == 1 and k.countries[0] != home and \
                {home, k.countries[0]} <= set(_title_states(art, ("country", "demonym"))):
            # "Agreement Between the United States of America and Malaysia on Reciprocal Trade": a
            # government's release of its accord with one state; what that state commits to in it
            # ("Malaysia shall not purchase nuclear reactors ...") is a matter between the two
            k.countries.append(home)
        elif home and k.category == "energy" and k.countries and home not in k.countries and any(
                _OWN_GOVERNMENT_ACTS.search(text, s, e) or _TARIFF_ON_IT.search(text, s, e) for s, e in k.spans):
            # "President Trump ... is driving Iran's oil exports to zero" in the White House's own release:
            # the publisher's government acting on another state's fuel is a side of it; so is the one
            # that taxes its imports ("Energy resources from Canada will have a lower 10% tariff")
            k.countries.append(home)
        if k.category == "trade" and k.spans and (k.spans[0][0] < 40 and _FIRM_FLOW_LEAD.match(text) or
                                                  k.spans[0][0] < _LEAD_CHARS * 2 and _FIRM_LEAD.match(text)
                                                  and _BARE_EXPORTS.search(text, max(0, k.spans[0][0] - 2), k.spans[0][1])
                                                  or _firms_own_flow(art, k)) and \
                (dateline := art.dateline_place()) is not None and dateline.iso3 and dateline.iso3 not in k.countries:
            # "SEOUL, April 7 - Hyundai Motor Co exported 80,432 cars ..., mostly to North America": a
            # firm's exports reported from its home, where the goods come from
            k.countries.append(dateline.iso3)
        if k.category == "sanctions" and len(k.countries) == 1 and not any(
                _SANCTION_TARGET_AFTER.search(text, a, b) for a, b in k.spans):
            # "POLISH TRADE OFFICIAL ...: the effect on the economy of U.S. sanctions imposed in 1982":
            # sanctions whose sentences name only who imposed them fall on the state the story is filed
            # from and titled after
            dateline = art.dateline_place()
            if dateline is not None and dateline.iso3 and dateline.iso3 != k.countries[0] and \
                    dateline.iso3 in _title_states(art, ("country", "demonym"), policy=False):
                k.countries.append(dateline.iso3)
        if k.category in ("trade", "energy") and names_members:
            _member_states(art, k)
        if not k.countries and not k.landmark:
            # a field or plant named only in this story is the story's ("the Palo Verde Unit 1
            # plant" in an Arizona utility's report); a landmark of energy politics named in
            # passing ("the Nord Stream sabotage") is not the story's subject, so no country is guessed
            k.countries = _article_countries(art)
        if not k.countries and k.sited:
            # "Pacific Gas and Electric's plan for nuclear plant revenues ... Diablo Canyon": a plant
            # or field in one country that the sentences name no state beside is that country's
            k.countries = list(k.sited)
        if k.category in ("trade", "sanctions"):
            _referred_back_states(art, k)
        if k.category == "trade":
            _table_by_country(art, k)
            _listed_below(art, k)
        if k.category in ("trade", "energy", "sanctions"):
            # (read after the story's own state, for a key whose sentences name none: "WOOL EXPORTS" of an
            # Australian board, then whom it sold to)
            _continuing_states(art, k)
        if k.category in ("trade", "energy") and _MEETING_TITLE.search(art.title or ""):
            _meeting_states(art, k)
        if k.category == "trade" and k.countries:
            # "an AWB spokesman said they include sales to Egypt, China, Iran, the Soviet Union and Iraq",
            # "has sent cars to Canada": whom the story's goods were sold or shipped to
            for m in _SOLD_TO.finditer(text):
                hi = sentence_end(text, m.end())
                lo = sentence_start(text, m.start())
                if not _about_money(text, lo, hi):
                    k.countries += [c for c in _sentence_countries(art, m.end(), hi) if c not in k.countries]
            _buyers_and_cargoes(art, k)
        # the first of its sentences that states an amount (looked for only for kept keys)
        for span in k.spans:
            if span not in amounts:
                amounts[span] = amount_in(text[span[0]:span[1]])
            if amounts[span] is not None:
                k.amount = amounts[span]
                break
    return kept


# the sentence just after one of a key's that goes on about its states: a list of three or more
# ("Other members are Algeria, Kuwait, Saudi Arabia, Libya ...", "The meeting was attended by
# representatives from Brazil, Mexico, Guatemala ..."), or a state doing the same ("Britain has also
# protested the Japanese limitations.")
_NEXT_OPENER = re.compile(r"[.!?\"'”’)\]]*\s+")
_PLANT_SITE = re.compile(r"\b(?:plants?|factory|factories|site|sites|subsidiary|assembly)\b", _R)
_GATHERING = re.compile(r"\b(?:members?|attend\w*|meeting|talks|conference|comply\w*|observers?)\b", _R)
# two sides set against each other as the sentence's subject: "Neither Brazil, the largest producer, nor the
# U.S., the largest consumer, ..."
_NEITHER_NOR = re.compile(r"(?:(?:But|And)\s+)?[Nn]either\s+(?:the\s+)?[A-Z][^;:]{0,80}?\s+nor\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?")
_FUNDS = re.compile(r"\b(?:money\s+suppl(?:y|ies)|funds|capital\s+(?:flows?|inflows?|outflows?)|investors?|lenders?|creditors?)\b", _R)


def _about_money(text: str, lo: int, hi: int) -> bool:
    """Is the span about money (markets, currencies, funds, lenders) rather than goods? A sentence
    near a key that is lends the key none of its states: "loans were sold to Japanese investors"."""
    return bool(_MONEY_MARKETS.search(text, lo, hi) or _FUNDS.search(text, lo, hi))
_ALSO_SUBJECT = re.compile(r"(?:(?:And|But)\s+)?(?:the\s+)?(?P<subject>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})\s+"
                           r"(?:(?:has|have|had|will|would|is|are|was|were)\s+)?(?:also|too)\s+[a-z]")


def _state_words(art: Article, lo: int, hi: int, kinds: tuple[str, ...] = ("country", "demonym")) -> list[str]:
    """The states a span names by country or demonym, less words of a firm's name."""
    return [m.iso3 for m in art.matches_in(lo, hi, kinds) if m.iso3 and not art.in_firm_name(m)]


def _buyers_and_cargoes(art: Article, key: _Key) -> None:
    """The states a flow story counts one by one as buyers ("Spanish purchases were up sharply at 258,507
    tonnes ... and Portugal bought 37,599 tonnes") or as a cargo's destinations ("They include 30,000
    tonnes for China, 31,000 for the Soviet Union"): sides of its trade key."""
    for states in _buyer_and_cargo_states(art):
        key.countries += [c for c in states if c not in key.countries]


# the words a match of _BUYER_AMOUNT needs, one of each list (a story with none of them is not scanned)
_BUYER_VERBS = ("bought", "purchase", "imported", "took", "imports", "buying")
_BUYER_UNITS = ("ton", "bales", "bushels", "barrels", "head", "cubic")


def _buyer_and_cargo_states(art: Article) -> list[list[str]]:
    """The states of each buyer and cargo of the story, in order (found once per article: the same
    for each of its trade keys, and both patterns scan the whole text)."""
    found = art.memo.get("buyers_and_cargoes")
    if found is not None:
        return found
    text = art.text
    found = art.memo["buyers_and_cargoes"] = []
    if any(w in text for w in _BUYER_VERBS) and any(w in text for w in _BUYER_UNITS):
        for m in _BUYER_AMOUNT.finditer(text):
            buyer = _state_words(art, m.start(), m.end("buyer"))
            if not buyer:
                continue
            # ("The Soviet Union took 263,051 tonnes, Saudi Arabia 90,944 tonnes barley, China 87,259 wheat": the
            # verb said once, for every buyer of the list)
            hi, pos = sentence_end(text, m.end()), m.end()
            while (g := _GAPPED_BUYER.match(text, pos, hi)) is not None:
                buyer += _state_words(art, g.start("buyer"), g.end("buyer"))
                pos = g.end()
            found.append(list(dict.fromkeys(buyer)))
    for m in _CARGO_FOR.finditer(text):
        lo, hi = sentence_start(text, m.start()), sentence_end(text, m.end())
        if _CARGO_WORD.search(text, lo, hi) and not _about_money(text, lo, hi):
            found.append(_state_words(art, m.start("state"), m.end("state"), ("country",)))
    return found


def _listed_states(art: Article, lo: int, hi: int) -> list[str]:
    """The states of every run of three or more that a span lists ("Algeria, Kuwait and Qatar"; "in
    addition to Benin, Ghana and Togo, four more countries -- Gabon, Liberia and Niger")."""
    text = art.text
    found = [m for m in art.matches_in(lo, hi, ("country", "demonym")) if m.iso3 and not art.in_firm_name(m)]
    runs: list[list] = []
    for m in found:
        if runs and LIST_GAP.fullmatch(text, runs[-1][-1].end, m.start):
            runs[-1].append(m)
        else:
            runs.append([m])
    return list(dict.fromkeys(m.iso3 for run in runs if len(run) >= 3 for m in run))


# the members of an organisation of states that a key's sentences name: "The ATPC consists of Malaysia,
# Indonesia, Thailand, Bolivia ...", "OPEC's other members are ..."
# (the \b before the name as a look-behind after its first capital: re then scans for capitals, see _CARGO_FOR)
_MEMBERS_OF = re.compile(r"(?P<org>[A-Z](?<!\w[A-Z])[A-Z]{2,6})(?:['’]s)?\s+(?:(?:other|current|\w+)\s+)?(?:consists\s+of|comprises|"
                         r"is\s+made\s+up\s+of|groups|members\s+(?:are|include)|member\s+(?:countries|states|nations)\s+"
                         r"(?:are|include))\s+")


# a sanction's target named after it: "sanctions on Iran", "an embargo against Cuba"
_SANCTION_TARGET_AFTER = re.compile(r"\b(?:sanctions?|embargo\w*|ban)\s+(?:\w+\s+){0,3}?(?:on|against)\s+(?:the\s+)?[A-Z]")
_MEMBER_WORDS = ("consist", "member", "compris", " groups ", "made up of")  # (_MEMBERS_OF's words: the story is read only if one is there)


def _member_states(art: Article, key: _Key) -> None:
    """The states a story lists as members of an organisation named in the key's sentences."""
    text = art.text
    if "member_lists" not in art.memo:  # (read once per story: its oil, gas and trade keys all ask)
        art.memo["member_lists"] = [(re.compile(rf"\b{m.group('org')}\b"),
                                     _listed_states(art, m.end(), sentence_end(text, m.end())))
                                    for m in _MEMBERS_OF.finditer(text)]
    for org, states in art.memo["member_lists"]:
        if states and any(org.search(text, a, b) for a, b in key.spans):
            key.countries += [c for c in states if c not in key.countries]


# the words of a trade measure ("the tax", "the deal", "the embargo"): a later sentence that refers back to
# one the key's sentences name goes on about the same measure
_INSTRUMENT_WORD = re.compile(r"\b(?:deals?|agreements?|accords?|pacts?|talks|negotiations|bill|legislation|licen[cs]es?|"
                              r"quotas?|tax|levy|dut(?:y|ies)|tariffs?|dispute|row|sanctions|ban|embargo|boycott|restrictions|curbs|"
                              r"concessions?|treatment|proposals?|package|barriers?|limits|status)\b", _R)
_REFERRED_WINDOW = 8  # sentences after a key's sentence that may refer back to its measure
_ANY_MEASURE = frozenset({"proposal", "measure"})  # words that refer back to whatever measure the key names
# a ban is called by any of its names: "a trade ban against South Africa ... The unilateral boycott gives"
_BAN_NAMES = frozenset({"ban", "embargo", "boycott", "sanction"})


@lru_cache(maxsize=1024)
def _refers_back(nouns: tuple[str, ...]) -> re.Pattern:
    """"The tax", "this proposal", "such a ban": a reference back to a measure named by one of the nouns
    (compiled once per set of nouns: the sets are few, and too many for re's own cache among the
    other patterns, so they were compiled anew for most stories)."""
    return re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ss]uch\s+an?)\s+(?:[a-z][\w\-]*\s+){0,2}?(?:"
                      + "|".join(re.escape(n) for n in nouns) + r")(?:s|es)?\b")


def _referred_back_states(art: Article, key: _Key) -> None:
    """The states of a later sentence that refers back to a measure the key's sentences name: "The
    EC's proposed tax on imported oils and fats ... Denmark and Portugal might agree to the tax",
    "the trade deal with Argentina ... Ireland and France continued to oppose the deal". The
    readers' countries of a key are every state the story ties to it, and a story about a measure
    names its sides in sentences that no longer say "trade"."""
    text = art.text
    nouns = {m.group().lower().rstrip("s") for a, b in key.spans for m in _INSTRUMENT_WORD.finditer(text, a, b)}
    if not nouns:
        return
    nouns |= _ANY_MEASURE  # "a proposed tax on imported oils ... would vote against the proposal"
    if nouns & _BAN_NAMES:
        nouns |= _BAN_NAMES
    refers_back = _refers_back(tuple(sorted(nouns)))
    sentences = art.sentences
    own = set(key.spans)
    after = sorted({j for i, span in enumerate(sentences) if span in own
                    for j in range(i + 1, min(len(sentences), i + 1 + _REFERRED_WINDOW))})
    for j in after:
        lo, hi = sentences[j]
        if sentences[j] in own or not refers_back.search(text, lo, hi) or _about_money(text, lo, hi):
            continue
        # (places said as such, not the homes of the people it names: "Lawson said ... the package"; nor a
        # place inside a compound name: "the Dominican Republic-Central America Free Trade Agreement")
        # (nor a bloc's presidency: "before Britain takes over the presidency of the EU from Luxembourg")
        named = {m.iso3 for m in art.matches_in(lo, hi, ("country", "demonym", "city"))
                 if not _COMPOUND_NAME.match(text, m.end) and not _PRESIDENCY_NEAR.search(text, max(lo, m.start - 50), m.start)}
        key.countries += [c for c in _sentence_countries(art, lo, hi, speakers_too=False)
                          if c in named and c not in key.countries]


_COMPOUND_NAME = re.compile(r"-[A-Z]")
_PRESIDENCY_NEAR = re.compile(r"\bpresidency\b[^.;]*$", _R)


# a statistics story that lays out its figures by country: "detailed world supply/demand data for major importers
# and exporters of corn, by country, as follows" (each state then heads a section set in capitals: "SOUTH AFRICA
# CORN, in mln tonnes --")
_BY_COUNTRY = re.compile(r"\b(?:by\s+(?:country|countries)\b[^.\n]{0,40}?|from\s+individual\s+countries\b[^.\n]{0,160}?)"
                         r"(?:as\s+follows|following|--|:)", _R)
_SECTION_HEAD = re.compile(r"^(?P<head>[A-Z][A-Z.'\-/ ]{2,40}?)(?:,[^\n]{0,40})?\s*$", re.M)
# a table's row that opens on a state in capitals before its figures: "DOM REP 5,848 160,160", "CONGO nil 7,599"
_STATE_ROW = re.compile(r"^(?P<head>[A-Z][A-Z.'\-/ ]{2,40}?)\s+(?:nil|[\d][\d,.]*)\b", re.M)


def _table_by_country(art: Article, key: _Key) -> None:
    """The states that head the sections of a table laid out by country are the key's sides, not
    the agency that reports the figures ("The U.S. Agriculture Department detailed ... data for
    major importers and exporters of corn, by country": the Soviet Union, South Africa, Argentina,
    Thailand and Japan)."""
    text = art.text
    lead = next((m for a, b in key.spans if (m := _BY_COUNTRY.search(text, a, b))), None)
    if lead is None:
        return
    states = [pm.iso3 for m in _SECTION_HEAD.finditer(text, lead.end())
              for pm in art.places_in(m.group("head")) if pm.kind in ("country", "demonym") and pm.iso3]
    states = list(dict.fromkeys(states))
    if len(states) >= 2:
        key.countries = states
        return
    # rows that open on a state in capitals ("BRAZIL nil 131,950"): the states the figures are for, beside
    # the key's own (the importer that reports its quotas)
    rows = list(dict.fromkeys(pm.iso3 for m in _STATE_ROW.finditer(text, lead.end())
                              for pm in art.places_in(m.group("head").title())
                              if pm.kind in ("country", "demonym") and pm.iso3))
    if len(rows) >= 3:
        key.countries += [c for c in rows if c not in key.countries]


# a list of states set out line by line under a lead that ends in a colon: "The countries he sent letters to
# today include:" / "Japan (25%)" / "Korea (25%)" ...
_LIST_LEAD = re.compile(r"\b(?:countries|nations|trading\s+partners|economies)\b[^.\n]{0,100}?:[ \t]*$", re.M | re.I)
_LINE = re.compile(r"[^\S\n]*(?P<body>[^\n]+)")  # (a line's words after its indent)


def _listed_below(art: Article, key: _Key) -> None:
    """The states listed one per line under a lead about countries, after the key's first sentence: the
    sides of the story's measure (tariff letters, quotas by country)."""
    text = art.text
    if not key.spans or ":" not in text:
        return
    for lead in _LIST_LEAD.finditer(text, key.spans[0][0]):
        states = []
        for line in _LINE.finditer(text, lead.end()):
            first = next((m for m in art.matches_in(line.start("body"), line.end(), ("country",))
                          if m.start == line.start("body")), None)
            if first is None or not first.iso3:
                break
            states.append(first.iso3)
        if len(states) >= 3:
            key.countries += [c for c in dict.fromkeys(states) if c not in key.countries]


# a sentence that opens on the goods' flow to or from a place ("Shipments to Mexico fell ...")
_FLOW_OPENER = re.compile(r"(?:Shipments|Deliveries|Sales|Purchases|Exports|Imports)\s+(?:to|from)\s")


def _amount_states(art: Article, key: _Key, amounts: re.Match) -> None:
    """The states an amount of goods goes to or comes from ("19,102 tonnes from the U.S."), as sides."""
    text = art.text
    lo, hi = sentence_start(text, amounts.start()), sentence_end(text, amounts.end())
    if not _about_money(text, lo, hi):
        key.countries += [m.iso3 for m in art.matches_in(amounts.start(), hi, ("country", "demonym", "city"))
                          if m.iso3 and m.iso3 not in key.countries
                          and _FROM_OR_TO_BEFORE.search(text, max(lo, m.start - 10), m.start)]


_MEETING_TITLE = re.compile(r"\b(?:MEETING|MEET|MEETS|TALKS|CONFERENCE|SUMMIT)\b|\b(?:[Mm]eeting|[Tt]alks|[Cc]onference|[Ss]ummit)\b")
_LEAD_MEETING = re.compile(r"\b(?:meet|meets|met|meeting|talks|conference|gather\w*)\b", _R)


def _meeting_states(art: Article, key: _Key) -> None:
    """"LATIN COFFEE MEETING ...: Representatives from Brazil, Colombia, Mexico and Nicaragua will meet
    here Friday to discuss ... falling coffee prices": in a story about a meeting, the states its lead
    lists as meeting are the sides of the trade they meet about."""
    lo, hi = 0, sentence_end(art.text, 0)  # (a dateline's town is no country or demonym: the list is the lead's)
    if _LEAD_MEETING.search(art.text, lo, hi):
        key.countries += [c for c in _listed_states(art, lo, hi) if c not in key.countries]
        # "Deputy oil ministers of the six-nation Gulf Co-operation Council (GCC) ended a meeting here": the
        # members of the bloc that meets (on the story's day)
        # (only a lead that is itself one of the key's sentences: a G7 meeting on currencies gives the G7
        # to no trade figure the story quotes)
        bloc = bloc_in(art.text, lo, hi) if any(a <= lo < b or lo <= a < hi for a, b in key.spans) else None
        if bloc is not None:
            key.countries += [c for c in members(bloc, art.published) if c not in key.countries]


def _continuing_states(art: Article, key: _Key) -> None:
    """The states of the sentence after one of the key's, when it lists states or names a state
    doing the same ("also"): the readers' "countries involved in that key's mentions" are the
    story's, and a list goes on past the sentence with the key's word."""
    text = art.text
    own = set(key.spans)
    for _s_start, s_end in list(key.spans):
        gap = _NEXT_OPENER.match(text, s_end)
        if gap is None:
            continue
        lo = gap.end()
        hi = sentence_end(text, lo)
        if (sentence_start(text, lo), hi) in own or hi - lo > 400:
            continue
        if key.category == "trade" and _HOME_ACTIVITY.search(text, lo, hi) and not _TRADE_WORD.search(text, lo, hi):
            continue  # "China, India and South Korea have increased output": their own harvests
        if key.category == "energy" and (_ENERGY_WORD.search(text, lo, hi) or _OTHER_GOODS.search(text, lo, hi)
                                         or _METAL.search(text, lo, hi)):
            continue  # a sentence naming a commodity is read by its own words (or is another good's)
        if _about_money(text, lo, hi):
            continue  # "the Plaza pact between the U.S., Japan, West Germany ... to cut down the value of the dollar"
        if key.category == "trade" and _PLANT_SITE.search(text, lo, hi) and not _TRADE_WORD.search(text, lo, hi):
            continue  # "Belgium, Britain and France are candidates for the plant": where a firm builds
        if key.category == "energy" and not (_STORY_SUPPLY.search(text, lo, hi) or _GATHERING.search(text, lo, hi)):
            continue  # a list that says nothing of the fuel's supply or of a meeting about it is another story's
        states = _listed_states(art, lo, hi)
        also = _ALSO_SUBJECT.match(text, lo, hi)
        if also:
            states += _state_words(art, also.start("subject"), also.end("subject"))
        if key.category == "trade" and _FLOW_OPENER.match(text, lo, hi):
            # "West German exports to Latin America declined ... Shipments to Mexico fell 19 pct and to
            # Colombia by 15 pct": the flow goes on, state by state
            states += _sentence_countries(art, lo, hi, speakers_too=False)
        pair = _NEITHER_NOR.match(text, lo, hi)
        if pair:  # "Neither Brazil, the largest producer, nor the U.S., the largest consumer, are ready to be flexible"
            states += _state_words(art, pair.start(), pair.end())
        key.countries += [c for c in dict.fromkeys(states) if c not in key.countries]


_STORY_FUEL_SENTENCES = 4  # a fuel said in so many sentences is what a story's energy talk is about


def _one_fuels_energy(k: _Key, kept: list[_Key], title_keys: frozenset, text: str) -> bool:
    """Is an energy-in-general key only a word for one fuel the story has as a key of its own? Every
    sentence that carries it names that one fuel and no other: "an oil import fee could ... undermine
    U.S. energy security", "Canadian gas was crucial to a continent-wide energy market" (the readers:
    that is the oil or gas mention, not a second one). A sentence naming two fuels ("energy: oil, gas
    and coal"), energy between states ("energy co-operation") or a title about energy keep it."""
    if k.commodity != "general" or k.infrastructure or ("energy", "general") in title_keys or not k.spans:
        return False
    fuels = {f.commodity for f in kept if f.category == "energy" and f.commodity in _NAMED_FUEL}
    if not fuels:
        return False
    only: set[str] = set()
    for span in k.spans:
        # every fuel the sentence names, kept as a key or not: "energy: oil, gas and coal" is energy
        named = [(c, m) for c, word in _NAMED_FUEL.items() for m in word.finditer(text, *span)]
        here = {c for c, _m in named}
        if len(here) != 1 or not here <= fuels or _energy_between_states(text, *span) or any(
                _EXAMPLE_BEFORE.search(text, max(span[0], m.start() - 40), m.start()) for _c, m in named):
            return False
        only |= here
    return len(only) == 1


def _power_of_a_fuel(k: _Key, fuels: list[_Key], text: str) -> bool:
    """Is an electricity key only power named once as what one of the story's fuels would be turned into
    ("the field's reserves could be sold ... or by converting the gas to electricity")? That is the
    fuel's mention."""
    return k.commodity == "electricity" and not k.infrastructure and len(k.support) == 1 and all(
        _FUEL_TO_POWER.search(text, a, b) and any(_NAMED_FUEL[f.commodity].search(text, a, b) for f in fuels)
        for a, b in k.spans)


# a fuel given as one example of energy: "cheap Russian energy imports and access to natural resources,
# including gas shipments" ("including through renewable energy projects" is a means, no example)
_EXAMPLE_BEFORE = re.compile(r"\b(?:including|such\s+as|notably|in\s+particular|especially|like)\s+(?!(?:through|by|via)\b)"
                             r"(?:[\w\-]+\s+){0,3}$", re.I)
# a fuel's own words, to tell which fuels a sentence names (the key patterns ask for more: a supply,
# price or trade word beside the fuel)
# ("tonnes of oil equivalent" measures energy as a whole)
_NAMED_FUEL = {"oil": re.compile(r"\b(?:oil(?!\s+equivalent)|crude|petroleum|gasoline|diesel|barrels?|OPEC)\b", re.I),
               "gas": re.compile(r"\bgas\b(?!\s*(?:station|oline))", re.I),
               "lng": re.compile(r"\b(?:LNG|liquefied\s+natural\s+gas)\b", re.I),
               "coal": re.compile(r"\bcoal\b", re.I),
               "nuclear": re.compile(r"\b(?:nuclear|atomic|uranium|reactors?)\b", re.I),
               "electricity": re.compile(r"\b(?:electricity|electric\s+power|power\s+(?:plants?|stations?|grids?))\b", re.I),
               "renewables": re.compile(r"\b(?:solar|wind\s+(?:power|farms?|energy|turbines?)|hydro\w*|renewables?|geothermal)\b", re.I),
               "hydrogen": re.compile(r"\bhydrogen\b", re.I)}
# energy between states, a mention of its own beside the fuel: "a memorandum on energy co-operation"
_ENERGY_BETWEEN_STATES = re.compile(r"\b(?:co-?operation|partnership|dialogue)\s+(?:in|on)\s+(?:the\s+)?energy\b|"
                                    r"\benergy\s+(?:co-?operation|partnership|dialogue|deals?|accords?|agreements?|"
                                    r"pacts?|supplies|supply|ties)\b", _R)
# the whole a fuel is part of: "an increasingly important part of the world's energy supply" (the fuel's
# share, no supply between states)
_WHOLE_OF_BEFORE = re.compile(r"\b(?:part|share|portion|percent|pct|half|third|quarter|fraction)\s+of\s+(?:the\s+)?"
                              r"(?:[\w\-]+['’]s?\s+)?(?:(?:total|global|primary|overall|domestic|national)\s+)?$", _R)


def _energy_between_states(text: str, lo: int, hi: int) -> bool:
    """Does the span speak of energy between states ("energy co-operation", "energy supplies")?"""
    return any(not (m.group().lower().startswith("energy suppl") and _WHOLE_OF_BEFORE.search(text, max(lo, m.start() - 60),
                                                                                               m.start()))
               for m in _ENERGY_BETWEEN_STATES.finditer(text, lo, hi))


# a bare flow word that names no goods, after a sentence about a fuel: "a rise in U.S. imports.",
# "indicated that such imports would be made"
_BARE_FLOW_BEFORE = re.compile(r"\b(?:such|these|those)\s+$|\b(?:rise|rises|increase|increases|fall|drop|"
                               r"decline|growth|jump)\s+(?:in|of)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)?$", _R)
_BARE_FLOW_AFTER = re.compile(r"\s*(?:[.;,]|$)|\s+(?:would|will|could|might|may|are|were|is|was)\b")
# dealing in securities or currencies: "trade data, checking, comparison and matching"
_DEALING = re.compile(r"\b(?:match(?:ed|ing)|clearing|settlements?|confirmations?|eurobonds?|securities|treasuries|"
                      r"gilts|equities|FRNs?|floating\s+rate\s+notes|"
                      r"(?:currency|foreign\s+exchange|forex|money|bond)\s+(?:dealers?|traders?|dealing|trading)|"
                      r"cambist\w*)\b", _R)
_TRADE_FIGURES_AFTER = re.compile(r"\s+(?:deficits?|surplus\w*|balances?|gaps?|figures|accounts?|statistics|"
                                  r"performance|flows?|talks|war|policy|settlements?|financ\w*|credits?)\b", _R)
# a firm's line of business as a series of verbs: "designs, imports and distributes menswear"
# (one verb at least other than a flow word: "the scale of its imports and exports" are nouns)
_FIRM_VERBS = r"(?:designs|makes|manufactures|produces|markets|sells|distributes|retails|wholesales|assembles|" \
              r"processes|packages|develops|services|installs|leases|rents|repairs)"
_BUSINESS_VERBS = re.compile(rf"\b{_FIRM_VERBS},?\s+(?:[a-z]+,\s+)*(?:(?:and|&)\s+)?(?:imports|exports)\b|"
                             rf"\b(?:imports|exports),?\s+(?:[a-z]+,\s+)*(?:(?:and|&)\s+)?{_FIRM_VERBS}\b")
# a futures report's driver of a price move: "as firm exporter demand lent support"
_MARKET_DRIVER_BEFORE = re.compile(r"\b(?:selling|buying|demand|interest|purchases)\s+(?:by|from)\s+(?:an?\s+|the\s+)?"
                                   r"(?:[\w\-]+\s+)?$", _R)
_MARKET_DRIVER_AFTER = re.compile(r"(?:er|ers)?\s+(?:demand|interest|buying|selling|pricing|sales|business|inquir\w+)\b", _R)
_PRICE_MOVE = re.compile(r"\b(?:lent|gave|provided)\s+support|\b(?:underpinned|supported|lifted|pressured|weighed|"
                         # "closed 1-1/4 to 1/2 cents lower", "erased early gains"
                         r"closed\s+(?:[\d\-/.]+\s+(?:to\s+[\d\-/.]+\s+)?(?:cents?|points?|dlrs?)\s+)?(?:up|down|higher|lower)|"
                         r"(?:erased|pared|trimmed|wiped\s+out)\s+(?:early\s+|its\s+|some\s+)?(?:gains|losses)|"
                         r"traded\s+(?:up|down|higher|lower|unchanged)|"
                         # "Prices opened steady to higher on some follow-through buying"
                         r"(?:opened|closed|ended|finished)\s+(?:(?:steady|mixed|unchanged|firm|weak)\s+to\s+)?(?:higher|lower|"
                         r"firmer|weaker|steady|mixed)\s+(?:on|as|after|amid)|"
                         r"(?:brought|pushed|knocked|drove|sent|took)\s+prices\s+(?:off|down|up|lower|higher)|"
                         r"(?:higher|lower)\s+at\s+midsession)\b", _R)
# a price quoted in a market's list: "310 dn 1", "430-440 unch"
# (a price per tonne is no list: a tender story quotes several)
_PRICE_QUOTE = re.compile(r"\b\d[\d.,/\-]*\s+(?:dn|up|unch)\b|\bunch\b", re.I)


def _price_report(art: Article) -> bool:
    """Is the story a market's price list (four or more quoted prices)? Its "trade", "traded" and
    "exporters bids" are the market's dealing and the list's labels."""
    found = art.memo.get("price_report")
    if found is None:
        lower = art.lower if art.lower is not None else art.text.lower()
        # (a list quotes some prices down or unchanged: only such a story is scanned)
        found = art.memo["price_report"] = (" dn " in lower or "unch" in lower) and \
            sum(1 for _ in zip(range(4), _PRICE_QUOTE.finditer(art.text))) >= 4
    return found


def _futures_story(art: Article) -> bool:
    """Does the story open as a futures market report ("Hard wheat futures closed 1-1/4 to 1/2 cents lower")?
    Its later sentences speak of the same market's prices."""
    found = art.memo.get("futures_story")
    if found is None:
        found = art.memo["futures_story"] = bool(_FUTURES_REPORT.search(art.text[:sentence_end(art.text, 0)]))
    return found


_FUTURES_REPORT = re.compile(r"\bfutures\b.*\b(?:traded|closed|opened|stood|higher|lower|unchanged|cents?)\b", _R)
_ILLUSTRATION = re.compile(r"\b(?:for\s+instance|for\s+example)\b", _R)
_OTHER_SOURCES = re.compile(r"(?:other|alternative|competing|rival)\s+energy\s+(?:sources|forms|fuels)\b", _R)


# "ICO PACT UNLIKELY BY AUTUMN - ITALIAN ADVISER", "BNL NEGOTIATING PURCHASE OF GERMAN BANK": who speaks, a firm
# the publishing government acting, in its own release: "The Secretary of State will ... implement a campaign"
# the publisher's government imposing a measure: "I have imposed tariffs on", "my Administration imposed"
# (not "we": in a communiqué the leaders of a group)
_OWN_MEASURE = re.compile(r"\b(?:I|[Mm]y\s+Administration|[Tt]he\s+President|President\s+(?:[A-Z][\w.]*\s+){1,3}?)\s+"
                          r"(?:(?:have|has|had|will|would|also|then|just|already|recently)\s+){0,2}"
                          r"(?:imposed|impose|imposes|imposing|levied|placed|slapped)\s+(?:new\s+|additional\s+|"
                          r"reciprocal\s+|sweeping\s+|higher\s+|[\d.]+\s*(?:%|percent)\s+)*(?:tariffs|duties|sanctions)\b")
_OWN_GOVERNMENT_ACTS = re.compile(r"\b(?:[Tt]he\s+President|President\s+[A-Z]\w+|[Tt]he\s+(?:Trump|Biden|Obama)?\s*"
                                  r"Administration|[Tt]he\s+Secretary\s+of|Secretary\s+of\s+(?:State|the\s+Treasury|"
                                  r"Energy|Commerce)|[Tt]he\s+United\s+States\s+(?:will|has|is|shall)|[Ww]e\s+(?:will|are|have))\b")
_COLONY_AFTER = re.compile(r"\s+(?:crown\s+)?(?:colony|territory|dependency|protectorate|enclave)\b", _R)
_TITLE_PERSON_OR_FIRM_AFTER = re.compile(r"\s+(?:ADVIS[EO]R|OFFICIAL|DELEGATE|SOURCES?|BANK|FIRMS?|COMPANY|GROUP|"
                                         r"BANKER|DEALERS?|TRADERS?|BROKERS?)\b", _R)
# a state's own economic policy named in a title: "GERMAN INTEREST RATE CUT", "JAPAN BUDGET"
_OWN_POLICY_AFTER = re.compile(r"(?:['’]S)?\s+(?:[A-Z]+\s+)?(?:INTEREST\s+RATES?|RATES?|BUDGET|INFLATION|"
                               r"STOCKS?|BONDS?|SHARES|MONEY\s+SUPPLY|CURRENCY|ELECTIONS?|CABINET|PARLIAMENT|TAX\w*)\b", _R)
# a firm's holdings described in the present tense: "X operates gold and coal mines in Australia and
# natural gas and oil fields in Canada", "X has interests in oil and gas"
_OPERATES_BEFORE = re.compile(r"^[^,;]{0,60}?\b[A-Z][\w&.\-]*\s+(?:also\s+)?(?:operates|owns|holds|has\s+(?:\w+\s+)?interests?\s+in|"
                              r"is\s+(?:engaged|involved|active)\s+in)\s+(?:[\w\-,]+\s+){0,10}$")
_EMBASSY = r"[Ee]mbass(?:y|ies)|[Cc]onsulates?"
_EMBASSY_AFTER = re.compile(rf"\s+(?:{_EMBASSY}|[Hh]igh\s+[Cc]ommission)\b")
_EMBASSY_REPORT_AFTER = re.compile(rf"\s+(?:{_EMBASSY})(?:['’]s)?\s+(?:[a-z]+\s+)?(?:said|says|reported|estimated|"
                                   r"assessments?|reports?|estimates?|surveys?|figures|data|forecasts?|projections?|"
                                   r"studies|study|statistics)\b")
_TRADE_JOB_AFTER = re.compile(r"\s+(?:consultants?|advis[eo]rs?|attorneys?|lawyers?|specialists?|counsel)\b", _R)
_LEASING_LAWS_AFTER = re.compile(r"\s+leasing\s+(?:laws?|acts?|statutes?)\b", _R)
_SHIP_CARGO_BEFORE = re.compile(r"\b(?:carriers?|tankers?|ships?|vessels)\s+(?:to\s+carry|for\s+carrying|carrying|that\s+carry)\s+"
                                r"(?:[\w\-]+\s+)?$", _R)
_SHIPBUILDING = re.compile(r"\b(?:build\w*|built|shipyards?|shipbuild\w*|yards?|orders?\s+for)\b", _R)
_NAVAL_REACTOR_AFTER = re.compile(r"(?:\s+(?:reactors?|propulsion(?:\s+plants?)?))?\s+(?:for|in|on|aboard|of)\s+(?:the\s+)?"
                                  r"(?:[\w.\-]+\s+){0,3}?(?:submarines?|warships?|aircraft\s+carriers?|icebreakers?|"
                                  r"navy|naval\s+vessels)\b", _R)
_WTO_OTHER = re.compile(r"\bWorld\s+Tourism\s+Organi[sz]ation\b")
_VEHICLE_AFTER = re.compile(r"(?:\s*(?:and|or|/)\s*(?:diesel|gasoline|gas|petrol|electric))?[\s-]+(?:(?:powered|fueled|fuelled|"
                            r"burning|engine)\s+)?(?:vehicles?|cars?|trucks?|automobiles?|buses|fleets?|tankers?|carriers?|engines?|motors?)\b(?!\s+(?:rates?|"
                            r"charters?|fixtures?|freight|market|tonnage|traffic|shipments?|cargo\w*))", _R)
_POWER_MARKET = re.compile(r"\b(?:grids?|prices?|tariffs?|rates|exports?|imports?|shortages?|outages?|blackouts?|"
                           r"transmission|interconnect\w*|supply|supplies|sells?|sold|sales|buy\w*|purchas\w*|"
                           r"consumers?|customers?|demand|contracts?|pacts?|receiv\w*|deliver\w*)\b", _R)
_COMMODITY_WORD_BEFORE = re.compile(r"\b(?:geothermal|solar|wind|hydro|hydroelectric|tidal|wave|biomass|nuclear|atomic|"
                                    r"coal|oil|gas|hydrogen)\s+$", _R)
_MONEY_MARKETS = re.compile(r"\b(?:stock\s+markets?|share\s+prices|shares|bourses?|dollar|currenc(?:y|ies)|exchange\s+rates?|"
                            r"monetary|interest\s+rates|International\s+Monetary\s+Fund|IMF)\b", _R)
_PARTNER_DESCRIPTOR_BEFORE = re.compile(r"\b(?:its|their|the\s+region['’]s|our|his|her|[A-Z]\w+['’]s)\s+(?:main|major|"
                                        r"biggest|largest|key|chief|principal|most\s+important|leading)?\s*$", _R)
# "restrictive measures on U.S. poultry": barriers to goods, not sanctions
_ON_GOODS_AFTER = re.compile(r"\s+(?:on|against)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)?(?:poultry|beef|pork|meat|imports?|exports?|"
                             r"products|goods|dairy|rice|wheat|grain|fruit|vegetables|cars|steel|textiles)\b", _R)
_FRANCHISE_BEFORE = re.compile(r"\b(?:sole|exclusive|official|authori[sz]ed)\s+(?:[\w\-]+\s+)?$", _R)
# a wire lead whose subject is a firm that exports or imports: "TOKYO, June 18 - Mazda Motor Corp <MAZT.T>
# said its vehicle exports fell"
# (the dateline, then a firm's name: "TOKYO, March 26 - Kawasaki Heavy Industries Ltd")
_FIRM_LEAD_PREFIX = (r"[A-Z][A-Za-z .'\-]{1,30},\s+[A-Z][a-z]+\.?\s+\d{1,2}\s+-+\s+(?:State-owned\s+)?<?"
                     r"(?P<firm>[A-Z][\w&'.\-]*)\s+(?:[A-Z][\w&'.\-]*\s+){0,4}(?:Co|Corp|Corporation|Inc|Ltd|Plc|PLC|AG|SA|NV|"
                     r"Group)\b")
_FIRM_FLOW_LEAD = re.compile(_FIRM_LEAD_PREFIX + r"\.?(?:\s+Ltd)?>?(?:\s*<[^>]+>)?\s+(?:said\s+(?:it\s+|its\s+)?|has\s+|"
                             r"had\s+|will\s+)?(?:(?:[\w\-]+\s+){0,3}(?:exports|imports)|exported|imported|export|import)\b")


# words of a fuel's supply that a story about that fuel uses without naming it again: "Britain declined
# to curb its output", "discoveries in Egypt and Angola"
_STORY_SUPPLY = re.compile(r"\b(?:output|production|producers?|producing|discover(?:y|ies|ed)|finds?|exports?|exported|"
                           r"exporters?|barrels?|bpd|quotas?|reserves|drilling|exploration|wells?|fields?|refiner(?:y|ies))\b")
_OTHER_FUEL = re.compile(r"\b(?:oil|crude|petroleum|gas|lng|coal|nuclear|uranium|electricity|power|solar|wind|"
                         r"hydro\w*|geothermal)\b", _R)


def _story_sides(art: Article, key: _Key) -> None:
    """The sides of the one fuel a story's title names, from its sentences of supply that name no
    commodity ("Britain, which declined to restrain output", "discoveries in Egypt and Angola"): the
    readers' "countries involved in the key's mentions" are the story's, not only its fuel words'."""
    text = art.text
    seen = set(key.spans)
    low = art.lower if art.lower is not None else text.lower()
    if len(low) != len(text):
        return  # (a lower-casing that moved the offsets)
    for m in _STORY_SUPPLY.finditer(low):
        lo, hi = sentence_start(text, m.start()), sentence_end(text, m.end())
        if (lo, hi) in seen:
            continue
        seen.add((lo, hi))
        sentence = text[lo:hi]
        if _OTHER_FUEL.search(sentence) or _OTHER_GOODS.search(sentence) or _METAL.search(sentence) or \
                _TRADE_WORD.search(sentence) and not _IMPORT_EXPORT.search(sentence):
            continue  # a sentence naming a commodity is read by its own words (or is another good's)
        key.countries += [c for c in _sentence_countries(art, lo, hi) if c not in key.countries]


# a wire lead whose subject is a firm: "TOKYO, March 26 - Kawasaki Heavy Industries Ltd <KAWH.T> will increase"
_FIRM_LEAD = re.compile(_FIRM_LEAD_PREFIX)
# the firm's own sales abroad said without a state: "colour television sales fell ... due to lower exports to
# China", "Mazda estimated vehicle exports at 1.12 mln"
_FIRMS_SALES_EXPORTS = re.compile(r"\bsales\b[^.;]{0,80}?\b(?:lower|higher|weaker|stronger|reduced|increased|rising|"
                                  r"falling|sluggish|strong|weak|poor)\s+exports\s+to\b", _R)
_FIRMS_EXPORTS = re.compile(r"\b(?:vehicle|car|kit|unit|product|its|their)?\s*exports\b", _R)


def _firms_own_flow(art: Article, k: _Key) -> bool:
    """A story filed from a firm's home whose lead is the firm ("TOKYO, June 18 - Mazda Motor Corp ..."): its
    exports said with no state before them, in a sentence about the firm ("Mazda estimated vehicle exports
    at 1.12 mln", "the company said ... lower exports to China"), are that economy's exports."""
    text = art.text
    lead = _FIRM_LEAD.match(text)
    if lead is None:
        return False
    firm = lead.group("firm")
    for s, e in k.spans:
        if _FIRMS_SALES_EXPORTS.search(text, s, e):
            return True
        if not (firm in text[s:e] or re.search(r"\bthe\s+(?:company|firm|group)\b", text[s:e], _R)):
            continue
        for m in _FIRMS_EXPORTS.finditer(text, s, e):
            if not art.matches_in(max(s, m.start() - 30), m.end(), ("country", "demonym")):
                return True
    return False
# the firm's own exports, said with no state before them: "Exports in 1987/88 are forecast to jump"
_BARE_EXPORTS = re.compile(r"(?:^|[.!?]\s+|\b(?:its|their|the\s+company['’]s)\s+)(?:vehicle\s+|car\s+|motorcycle\s+)?exports\b",
                           re.I | re.M)


def _not_trade_between_economies(sentence: str, word: str, a: int, b: int) -> bool:
    """Is the "trade" of the hit at [a, b) of the sentence something other than trade between
    economies: a market session ("in early trade"), commerce inside one economy ("domestic
    trade"), an office's name ("Trade and Industry Minister"), trading in securities ("two-way
    trade in the bonds") or on markets ("trade continuing as normal")?"""
    t = a + word.find("trad")  # where "trade" starts inside the hit ("two-way trade")
    if sentence.startswith("Trade", b - 5) and _TRADE_OFFICE_AFTER.match(sentence, b):
        return True  # "figures released by the Foreign Trade ministry show": an office's name (its minister
        #              speaking of trade stays a sign of it)
    if t == a and _OFFICE_OF_BEFORE.search(sentence, max(0, a - 50), a):
        return True  # "named Ricardo Noboa as the new minister of industry and trade": an office's name
    if t == a and _TRADE_SECTOR_AFTER.match(sentence, a + 5):
        return True  # "a loan for the trade and financial sector": a branch of the economy a loan serves
    if _TRADE_BANK_AFTER.match(sentence, b):
        return True  # "Vneshtorgbank, the Soviet foreign trade bank, is seeking a loan": a bank's name
    if t == a and _FINANCING_OF_BEFORE.search(sentence, max(0, a - 40), a):
        return True  # "the (financing) of trade and investment": banks' credit, not trade between economies
    if t == a and _THE_TRADE_BEFORE.search(sentence, max(0, a - 12), a) and _INDUSTRY_TRADE_AFTER.match(sentence, a + 5):
        return True  # "phased out by the trade in 1972", "sold to the trade": the industry's dealers
    if t == a and (_MARKET_SESSION.search(sentence, max(0, a - 25), a) or sentence.startswith("Trade", a) and _OFFICE_AFTER.match(sentence, a + 5)
                   or _TRADING_GOES_ON.match(sentence, b)):
        return True
    return bool(_DOMESTIC_TRADE.search(sentence, max(0, a - 20), t) or _TRADE_IN_SECURITIES.match(sentence, b)
                or _MARKET_SUBJECT_BEFORE.search(sentence, max(0, a - 60), t)
                and _MARKET_MOVE_AFTER.match(sentence, _word_end(sentence, t)))


_TRADE_OFFICE_AFTER = re.compile(r"\s+(?:[Mm]inistry|[Dd]epartment|[Oo]ffice)\b")
_OFFICE_OF_BEFORE = re.compile(r"\b(?:minister|ministry|secretary|department|secretariat)\s+(?:of|for)\s+(?:foreign\s+)?"
                               r"(?:[\w\-]+\s+(?:and\s+)?){0,2}$", re.I)
_TRADE_BANK_AFTER = re.compile(r"\s+(?:and\s+[\w\-]+\s+)?[Bb]anks?\b")


# "in line with its main trading partners", "faster than other trading partners": economies
# compared, not trade between them
_BENCHMARK_BEFORE = re.compile(r"\b(?:in\s+line\s+with|compared\s+(?:with|to)|(?<!more\s)(?<!less\s)(?<!fewer\s)than|relative\s+to|"
                               r"similar\s+to|like|unlike|as\s+do|as\s+did)\s+(?:those\s+of\s+)?(?:its|their|the|our|"
                               r"his|her|other|most|many)?\s*(?:[\w\-]+\s+){0,2}$", _R)
# "phased out by the trade in 1972", "viewed as a major player by the trade -- would": the dealers
# of an industry, "the trade" ending its phrase (not "the trade bill", "the trade with Japan")
_TRADE_SECTOR_AFTER = re.compile(r"\s+(?:and\s+[a-z]+\s+)?sectors?\b", _R)
# what credit finances: "the (financing) of trade and investment" (the word "trade"), "Brazil must
# finance its exports" (exports and imports: "finance its trade with Arab countries" stays trade)
_FINANCING_OF_BEFORE = re.compile(r"\bfinanc\w*\)?\s+(?:of|for)\s+(?:the\s+)?(?:\(?[\w\-]+\)?\s+)?$|"
                                  # "to pin loans on specific projects, finance trade and invest": the bare verb
                                  r"\bfinanc(?:e|es|ed|ing)\s+$", _R)
_FINANCE_GOODS_BEFORE = re.compile(r"\bfinanc(?:e|es|ed|ing)\s+(?:its|their|the|our|his|her)?\s*$", _R)
_THE_TRADE_BEFORE = re.compile(r"\b(?:by|to|for|from)\s+the\s+$", _R)
_INDUSTRY_TRADE_AFTER = re.compile(r"\s*(?:[,.;:)]|--|—|$)|\s+in\s+(?=\d)|\s+(?:since|at\s+times|said|says|is|was|has|have|"
                                   r"had|are|were|will|would|itself|generally|as\s+a\s+whole)\b", _R)


def _word_end(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isalpha():
        pos += 1
    return pos


# "sterling was targeted to trade in broad ranges against major currencies", "the dollar traded
# narrowly": a market price moving, not trade between economies
_MARKET_SUBJECT_BEFORE = re.compile(r"\b(?:sterling|the\s+dollar|dollar|yen|marks?|francs?|pound|currenc(?:y|ies)|stocks?|"
                                    r"shares?|bonds?|futures|securities|gold|index)\b[^.;]{0,40}?$", _R)
_MARKET_MOVE_AFTER = re.compile(r"\s+(?:in\s+(?:a\s+)?(?:[\w\-]+\s+)?(?:range|ranges|band)|at|around|between|within|above|"
                                r"below|against|higher|lower|firmer|steady|narrowly|broadly|near)\b", _R)


def _place_word(art: Article, pos: int, words: list[str]) -> bool:
    """Is the first word of a facility name a place that qualifies it ("Norway's Draugen field",
    "Japanese ... plant") rather than part of its name ("Turkey Point")?"""
    found = art.matches_in(pos, pos + 1)
    if not found:
        return False
    if "-" in words[0] and found[0].end < pos + len(words[0]) and words[0][found[0].end - pos + 1:][:1].isupper() \
            and not art.matches_in(found[0].end + 1, found[0].end + 2):
        return False  # "Irish-Lindergh": a place word joined to another name, one name
    if found[0].kind == "demonym" or re.match(r".*['’]s$", words[0]) or len(words) == 1:
        return True
    return found[0].end < pos + len(words[0]) or not words[1][:1].isupper()


def _facility_fits(facility: str | None, commodity: str | None) -> bool:
    """Is a facility of this kind ("power": any plant; None: a pipeline, field or terminal) named
    by a mention of this commodity? ("the Turkey Point power plant" of a nuclear or electricity one.)"""
    if facility == "power":
        return commodity in ("nuclear", "electricity", "coal", "gas", "renewables")
    if facility == "mine":
        return commodity in ("coal", "nuclear")
    if facility == "project":
        return commodity not in (None, "general")  # a named project of one fuel, in that fuel's sentences
    if facility is None:
        return commodity in ("oil", "gas", "lng")
    return facility == commodity


def _facility_fuels(noun: str) -> list[str | None]:
    """The kinds a facility noun names ("oil and gas field": oil and gas; "field": None, any fuel's)."""
    named = [c for word, c in _FACILITY_KEY if word in noun and c is not None]
    return named or [None]


_OTHER_LINE_FUEL = {"oil": re.compile(r"\b(?:gas|LNG)\b", re.I), "gas": re.compile(r"\b(?:oil|crude|petroleum)\b", re.I)}


def _sole_fuel_of_lines(text: str, commodity: str | None) -> bool:
    """Is the key's fuel the only one a pipeline of the story can carry (oil in a story that never says gas)?"""
    other = _OTHER_LINE_FUEL.get(commodity or "")
    return other is not None and other.search(text) is None


def _whole_text_facilities(art: Article) -> list[re.Match]:
    """_FACILITY's matches in the whole text, found once per article: the scan is the same for each
    key that reads the whole story (an oil and a gas key: a long release scanned twice otherwise)."""
    found = art.memo.get("facilities")
    if found is None:
        found = art.memo["facilities"] = list(_FACILITY.finditer(art.text))
    return found


def _named_facilities(art: Article, key: _Key, spans: list[tuple[int, int]]) -> None:
    """Facilities the reference does not know, named before their kind in the key's sentences, as
    written with the kind of one facility ("the Palo Verde Unit 3 nuclear power plant" -> "Palo Verde
    Unit 3 nuclear power plant"; "its Hope Creek nuclear plants" -> "Hope Creek"); one whose kind names
    the key's own fuel may stand anywhere in the story ("a working interest in the Broussard Gas Field"),
    and so may a pipeline in a story of one fuel."""
    windows = list(key.spans)
    lower = art.lower if art.lower is not None else art.text.lower()
    lines_are_its = "pipeline" in lower and _sole_fuel_of_lines(art.text, key.commodity)
    if key.commodity in ("oil", "gas", "renewables") and ("field" in lower or "dam" in lower or "accumulation" in lower) \
            or key.commodity == "oil" and "refiner" in lower \
            or key.commodity in ("nuclear", "electricity") and ("station" in lower or "unit" in lower or "plant" in lower) \
            or lines_are_its:
        windows.append((0, len(art.text)))  # (the story scanned whole only where a field or dam is named)
    for w, (s_start, s_end) in enumerate(windows):
        whole = w == len(key.spans)
        for m in _whole_text_facilities(art) if whole else _FACILITY.finditer(art.text, s_start, s_end):
            noun = m.group("noun").lower()
            fuels = _facility_fuels(noun)
            if whole and _LANDMARK_BEFORE.search(art.text, max(0, m.start() - 60), m.start()):
                continue  # "lodged on rocks opposite the Hope Creek nuclear power plant": a landmark
            if whole and not (key.commodity in noun or key.commodity == "renewables" and noun == "dam"
                              or key.commodity in ("oil", "gas") and noun == "accumulation"
                              # "revenues came from the Jay Field in Alabama ... near production costs"
                              or key.commodity in ("oil", "gas") and m.group("noun") in ("Field", "fields") and _FIELD_OUTPUT.match(
                                  art.text, m.end(), min(len(art.text), m.end() + 200))
                              or key.commodity == "electricity" and ("generating" in noun or "power" in noun)
                              # "cuts at the Ahmadi and Zour export refineries" in an oil story: a refinery is oil's
                              or key.commodity == "oil" and "refiner" in noun
                              # "the 31st attack on the Cano Limon-Covenas pipeline" in a story of oil alone
                              or noun == "pipeline" and lines_are_its):
                continue  # outside the key's sentences only a facility its own fuel names ("Gas Field"),
                #           or a find that is a petroleum word ("the Emerald accumulation")
            if not any(_facility_fits(f, key.commodity) for f in fuels):
                continue
            if m.group("noun") == "Pipeline" and not m.group("name").startswith("The ") and \
                    not re.search(r"\b[Tt]he\s+$", art.text[max(0, m.start() - 5):m.start()]):
                continue  # "the Basin Pipeline" is a line; "debt of Sohio Pipeline", "calculations by Reuters Pipeline" firms
            words = m.group("name").split()
            if _ELIDED_ARTICLE_BEFORE.search(art.text, max(0, m.start() - 3), m.start()):
                continue  # "Berre l'Etang refinery": the end of a name whose start is not capitalized
            if whole and len(words) == 1 and not art.text[sentence_start(art.text, m.start()):m.start()].strip():
                continue  # "Combined refinery and Comex stocks eased": a sentence's first word, capitalized as such
            place_end = -1  # where the last place word stripped ends ("West German": both words)
            line = noun.endswith("pipeline")  # ("the Alice Springs to Darwin gas pipeline" as "the Basin Pipeline")
            while words and not (line and _line_ends(art, m, words[0])) and (words[0] in _NOT_FACILITY_NAME or _place_word(art, m.start() + m.group(0).find(words[0]),
                                                                           words)
                             or m.start() + m.group(0).find(words[0]) < place_end):
                at = m.start() + m.group(0).find(words[0])
                place_end = max([place_end] + [pm.end for pm in art.matches_in(at, at + 1)])
                words = words[1:]  # "the", a country or demonym ("Norway's") is not part of the name
                if words and re.match(r"['’]s$", words[0]):
                    words = words[1:]
            if line and (words or m.group("name").strip()) and \
                    (ends := _LINE_FROM_BEFORE.search(art.text, max(0, m.start() - 40), m.start())):
                # "the Lago Agrio to Balao pipeline", "the Moonie to Brisbane oil pipeline": a line named by
                # its ends (the town at the far end included, a place though it is)
                words = [w for w in ends.group(0).split() if w not in _NOT_FACILITY_NAME] + \
                    (words or m.group("name").split())
            dets = [j for j, w in enumerate(words) if w in ("A", "An", "The")]
            if dets:
                words = words[dets[-1] + 1:]  # "Retiring An Indonesia Coal-fired Power Plant": a heading's words
            name = _SEA_AFTER_NAME.sub("", " ".join(words).strip())  # "the Osprey North Sea oil field": Osprey
            places = {mm.text for mm in art.matches_in(m.start(), m.end("name"))}
            kind = m.group("noun").split()[-1].lower()
            if kind == "project" and (_FUEL_IN_NAME.search(name) or
                                      art.text.startswith("The ", m.start("name"))
                                      and re.search(r"[a-z]\s+$", art.text[max(0, m.start("name") - 12):m.start("name")])) or \
                    kind == "mine" and _OTHER_MINERAL.search(name):
                continue  # "the Peninsular Gas Utilisation Project" is the gas key's (named projects, below);
                #           "Director of The Ocean Project" (a capital article after a word) an organisation;
                #           "the Island Copper mine" no fuel's
            if words and all(_FIRED_SUFFIX.sub("", w.lower()) in _COMMODITY_NAMES or w in places for w in words):
                continue  # "Indonesia Coal-fired Power Plant" in a heading set in capitals: a kind of plant, no name
            capitalized_kind = all(w[:1].isupper() for w in m.group("noun").split())
            if name and capitalized_kind:
                # "the Basin Pipeline", "the Jay Field": a capitalized kind is part of the name as written
                name = f"{name} {m.group('noun')}"
            if art.matches_in(max(0, m.start() - 40), m.end(), ("infra",)) or any(name in k for k in key.infrastructure):
                continue  # "Power of Siberia pipeline": the reference names it already
            if re.search(r"\b(?:Co|Corp|Inc|Ltd|PLC|plc|AG|SA|NV|Company|Corporation|Group)\.?$", name):
                continue  # "British Petroleum Co PLC oil refinery": the owner, not the refinery's name
            if _FIRM_AFTER_FACILITY.match(art.text, m.end()) or name in reference.load_regions() or \
                    name.lower() in _COMMODITY_NAMES:  # ("the EMP Oil refinery" names no refinery "Oil")
                continue  # "Williams Cos, the Oklahoma pipeline firm", "Texas oil fields": a firm, a region
            # "Brazil's Angra I and Angra II nuclear power stations": the first of a pair named before one kind
            pair = _PAIRED_NAME_BEFORE.search(art.text, max(0, m.start("name") - 40), m.start("name")) \
                if m.group("noun").endswith("s") else None
            if not pair and m.group("noun").endswith(("refineries", "terminals", "fields")):
                continue  # "the Esso Italiana refineries", "Mediterranean refineries": an owner's or a region's;
                #           a pair names two ("the Ahmadi and Zour export refineries")
            first = pair.group("first") if pair and not art.matches_in(pair.start("first"), pair.end("first")) else None
            if first in _NAME_QUALIFIERS and words:
                first = f"{first} {words[-1]}"  # "the Upper and Lower Zakum fields": Upper Zakum and Lower Zakum
            for found in (first, name):
                same = {n.replace("-", " ").lower() for n in key.infrastructure}
                if found and len(found) >= 3 and found not in places and not found.isupper() and not any(
                        n == (bare := found.replace("-", " ").lower()) or n.startswith(bare + " ") for n in same):
                    # ("Terra Nova" and "Terra-Nova" are one field, "Terra Nova oil field" and "Terra-Nova field" too)
                    if found is name and not capitalized_kind and m.group("noun").split()[-1].lower() in _ONE_FACILITY_NOUNS:
                        # the kind of one facility as written ("the Poplarville gas field", "the Sockeye field":
                        # the readers ask for the name as written), not the kind of several ("its Hope Creek
                        # nuclear plants")
                        found = f"{found} {m.group('noun')}"
                    key.infrastructure.append(found)


_SEA_AFTER_NAME = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?Sea$")
_OTHER_MINERAL = re.compile(r"\b(?:Copper|Gold|Silver|Iron|Zinc|Nickel|Lead|Tin|Diamond|Bauxite|Platinum|Potash|Salt)\b")
_NAME_QUALIFIERS = frozenset("Upper Lower North South East West Northern Southern Eastern Western Greater Little".split())
_ELIDED_ARTICLE_BEFORE = re.compile(r"\b[a-z]['’]$")
_ONE_FACILITY_NOUNS = frozenset({"field", "oilfield", "gasfield", "pipeline", "refinery", "terminal", "dam", "mine",
                                 "plant", "station", "project", "reactor", "well", "scheme", "unit"})
_PAIRED_NAME_BEFORE = re.compile(r"(?<![\w'’])(?P<first>(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*(?:['’][a-z][\w\-]+)?)\s+and\s+$")


# what a field named outside the key's sentences must be said to yield, within its sentence
_FIELD_OUTPUT = re.compile(r"[^.;]*?\b(?:production|producing|output|barrels|reserves|wells?|drilling|royalt(?:y|ies)|crude)\b")
# "the Roma-Brisbane gas pipeline": a line named by its two ends, places that stay in its name
_ENDS_JOINED = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")


def _line_ends(art: Article, m: re.Match, word: str) -> bool:
    # (towns, not the states of "the Turkish-Iraqi pipeline": that names no line)
    at = m.start() + m.group(0).find(word)
    return bool(_ENDS_JOINED.fullmatch(word)) and not art.matches_in(at, at + len(word), ("country", "demonym"))


# fields named in a list: "smaller North Sea fields such as Osprey, Don and Arbroath", "the larger
# Miller and Bruce oil fields", "offshore oilfields at Tern, Brae and Heather"
# (and the sites of other installations: "three Iranian offshore oil sites at Sassan, Rostam and Rakhsh",
# "identified the two platforms as Resalat and Reshadat")
_FIELDS_SUCH_AS = re.compile(r"\b(?:oil\s*|gas\s*|oil\s+and\s+gas\s+)?(?:fields|sites|platforms),?\s+"
                             r"(?:such\s+as|such|including|like|namely|at|as)\s+"
                             r"(?P<names>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?(?:,\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)*"
                             r",?\s+and\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)")
_NAMED_FIELDS = re.compile(r"(?P<names>(?:[A-Z][\w\-]*,\s+)*[A-Z][\w\-]*\s+and\s+[A-Z][\w\-]*)\s+(?:offshore\s+|onshore\s+)?"
                           r"(?:oil\s*|gas\s*|oil\s+and\s+gas\s+)fields\b")
_NAME_LIST_SPLIT = re.compile(r",\s+(?:and\s+)?|,?\s+and\s+")


def _listed_fields(art: Article, key: _Key) -> None:
    """Oil and gas fields a story lists by name ("fields such as Osprey, Don and Arbroath")."""
    if key.commodity not in ("oil", "gas"):
        return
    for fuels, name in _field_lists(art):
        # ("the Miller and Bruce oil fields" are the oil key's, not the gas key's; a list after "fields
        # such as" is every fuel's)
        if (fuels is None or key.commodity in fuels) and name not in key.infrastructure:
            key.infrastructure.append(name)


def _field_lists(art: Article) -> list[tuple[frozenset[str] | None, str]]:
    """The field names a story lists, each with the fuels its list names (None: any), read once per
    story (the oil key and the gas key both ask)."""
    if "field_lists" in art.memo:
        return art.memo["field_lists"]
    out: list[tuple[frozenset[str] | None, str]] = []
    lower = art.lower if art.lower is not None else art.text.lower()
    if "fields" in lower or "sites" in lower or "platforms" in lower:
        text = art.text
        for pattern in (_FIELDS_SUCH_AS, _NAMED_FIELDS):
            for m in pattern.finditer(text):
                # (the fuels the list's own words name: "oilfields at Tern, Brae and Heather" are oil's;
                # "fields such as Osprey, Don and Arbroath" any fuel's)
                head = m.group().lower() if pattern is _NAMED_FIELDS else m.group()[:m.start("names") - m.start()].lower()
                fuels = frozenset(f for f in ("oil", "gas") if re.search(rf"\b{f}", head)) or None
                for name in _NAME_LIST_SPLIT.split(m.group("names")):
                    name = name.strip()
                    at = m.start("names") + m.group("names").find(name)
                    if len(name) < 3 or name in _NOT_FACILITY_NAME or art.matches_in(at, at + len(name)) or \
                            name.lower() in _COMMODITY_NAMES or name.isupper():
                        continue  # a place ("Norway and Britain's fields"), not a field's name
                    out.append((fuels, name))
    art.memo["field_lists"] = out
    return out


# a title about a financial market ("DUTCH BONDS SEEN RALLYING", "TOKYO STOCKS CLOSE HIGHER") that
# names no trade: a bare "trade" in its story is the market's dealing
# (a firm's own shares are no market: "CANADA NORTHWEST TO SELL PREFERRED SHARES"; a rating agency's report on
# a firm's debt is one)
_MARKETS_TITLE = re.compile(r"\b(?:bonds|stocks|equities|gilts|eurobonds?|treasuries|bourses?|money\s+markets?|money\s+news|"
                            r"(?:debt|bond|interest\s+rate|currency|stock\s+index)\s+futures|"
                            r"(?:stock|bond|currency|foreign\s+exchange)\s*(?:markets?|exchanges?)|"
                            r"shares\s+(?:close|closed|end|ended|open|opened|rise|rose|fall|fell|higher|lower|firm|firmer|"
                            r"ease|eased|mixed|steady|up|down|seen|expected|rally|rallied|slump|slumped)|"
                            # a credit rating report: "COASTAL CORP AND UNITS UPGRADED BY S/P"
                            r"(?:upgraded|downgraded|affirmed|reviewed)\s+by\s+(?:s/p|s&p|moody['’]?s)|"
                            r"(?:s/p|s&p|moody['’]?s)\s+(?:upgrades|downgrades|affirms|may\s+(?:upgrade|downgrade)))", _R)


_BALANCE_NEAR = re.compile(r"\b(?:deficits?|surplus\w*|balances?|gaps?|imbalances?)\b", _R)  # "trade and budget deficits"
_MARKET_TRADE_WORD = re.compile(r"trade(?:\s+volumes?)?")


@lru_cache(maxsize=256)
def _markets_title(title: str | None) -> bool:
    return bool(title) and bool(_MARKETS_TITLE.search(title)) and not _TRADE_WORD.search(title)


@lru_cache(maxsize=256)
def _title_names_energy(title: str | None) -> bool:
    # (both asked for hits of every sentence of a story: its title is read once)
    return bool(title) and bool(_ENERGY_WORD.search(title))


_FIRM_MARK_AFTER = re.compile(r"\s*,?\s*<[A-Z]")  # Reuters' brackets round a firm's name
def _ends_firm_name(art: Article, sentence: str, end: int) -> bool:
    """Does the word ending at `end` end a name the story gives a firm with its suffix elsewhere ("the
    prospects of Pier 1 Imports" in a story of "Pier 1 Imports Inc")?"""
    head = sentence[max(0, end - 60):end].lower()
    return any(head.endswith(name.rsplit(" ", 1)[0]) for name in _firm_names(art) if " " in name)
_BASED_BEFORE = re.compile(r"\b(?:the|a|an)\s+[\w.\-]+-based\s+(?:[a-z][\w\-]*\s+){0,3}$")
_FX_DEALING = re.compile(r"\b(?:dollar|yen|mark|sterling|currency|foreign\s+exchange)\s+(?:selling|sales|buying|"
                         r"purchases|holdings|positions|dealing|trading|transactions)\b", _R)
_WASTE = re.compile(r"\b(?:waste|toxic|sewage|garbage|sludge|effluent|radioactive|pollut\w*|chemicals?\s+into|at\s+sea|"
                    r"into\s+the\s+(?:sea|ocean|river|lake))\b", _R)
_CAPITAL_BEFORE = re.compile(r"\b(?:capital|investment|portfolio|funds?)\s+$", _R)
_RECYCLED_SURPLUS = re.compile(r"\b(?:recycl\w*|use\s+of|using|use)\s+(?:its|their|the|Japan['’]s)\s+(?:[\w\-]+\s+)?$", _R)
_WORKERS_AFTER = re.compile(r"\s+(?:miners|mineworkers|pitmen|workers|unions?|strikers|employees)\b", _R)
_FIRED_SUFFIX = re.compile(r"-(?:fired|fuell?ed|based|powered)$")
_COMMODITY_NAMES = frozenset({"oil", "gas", "coal", "petroleum", "energy", "power", "crude", "fuel", "fuels",
                              "natural gas", "electric", "nuclear"})
# "Williams Cos, the Oklahoma pipeline firm", "Texas Eastern Pipeline Co": a firm, not a facility's name
_FIRM_AFTER_FACILITY = re.compile(r"\s+(?i:firms?|company|companies|operators?|group|concerns?|subsidiary|unit)\b|"
                                  r"\s*(?:,\s*)?(?:Co|Corp|Corporation|Inc|Ltd|LP|L\.P\.|Partners|Cos|Holdings|System|"
                                  r"Systems|Pipe\s+Line)\b")


# "the Peninsular Gas Utilisation Project": a project whose capitalized name holds its fuel, named
# anywhere in the story
# (matched from the fuel word on, the capitalized words before it read backwards: a pattern that
# opens with optional words tries every word of a long release)
_NAMED_PROJECT = re.compile(r"\b(?P<fuel>Gas|Oil|LNG|Petroleum|Coal|Nuclear|Power|Pipeline|Hydroelectric|Hydropower|Solar|"
                            r"Wind)\s+(?:[A-Z][\w\-]*\s+){0,2}Project\b")
_NAME_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w\-]*\s+){0,3}$")
_PROJECT_FUEL = {"Gas": "gas", "Oil": "oil", "Petroleum": "oil", "LNG": "lng", "Coal": "coal", "Nuclear": "nuclear",
                 "Power": "power", "Pipeline": None, "Hydroelectric": "renewables", "Hydropower": "renewables",
                 "Solar": "renewables", "Wind": "renewables"}


# a project named for a fuel ("the Peninsular Gas Utilisation Project"): read by _named_projects, not as a facility
_FUEL_IN_NAME = re.compile(rf"\b(?:{'|'.join(_PROJECT_FUEL)})\b")


def _named_projects(art: Article, key: _Key) -> None:
    if "named_projects" not in art.memo:
        found = []
        if " Project" in art.text:
            for m in _NAMED_PROJECT.finditer(art.text):
                lead = _NAME_WORDS_BEFORE.search(art.text, max(0, m.start() - 60), m.start())
                # (every fuel word of the name: "Arizona Nuclear Power Project" is a nuclear and a power one)
                fuels = [f for f in _PROJECT_FUEL if re.search(rf"\b{f}\b", m.group())]
                found.append((fuels, lead.start() if lead else m.start(), m.end()))
        art.memo["named_projects"] = found
    for fuels, start, end in art.memo["named_projects"]:
        if not any(_facility_fits(_PROJECT_FUEL[f], key.commodity) for f in fuels):
            continue
        words = art.text[start:end].split()
        while words and words[0] in _NOT_FACILITY_NAME:
            words = words[1:]
        if len(words) < 3 or art.matches_in(start, end, ("infra",)):
            continue  # "the Gas Project": no name of its own
        name = " ".join(words)
        if not any(name in k or k in name for k in key.infrastructure):
            key.infrastructure.append(name)


_FACILITY_AT = re.compile(r"\b(?P<noun>(?:oil\s+|petroleum\s+)?refinery|(?:crude\s+|oil\s+|LNG\s+)?terminal|"
                          r"nuclear\s+(?:power\s+)?(?:plant|station)|power\s+(?:plant|station))\s+at\s+"
                          r"(?P<name>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)")
_FACILITY_AT_KEY = (("refiner", "oil"), ("terminal", None), ("nuclear", "nuclear"), ("power", "power"))


def _facilities_at(art: Article, key: _Key) -> None:
    """"The BP oil refinery at Grangemouth": a facility named by its site, after its kind."""
    for s_start, s_end in key.spans:
        for m in _FACILITY_AT.finditer(art.text, s_start, s_end):
            noun = m.group("noun").lower()
            if not _facility_fits(next(c for word, c in _FACILITY_AT_KEY if word in noun), key.commodity):
                continue
            name = m.group("name")
            if name not in key.infrastructure and not art.matches_in(m.start("name"), m.end("name"), ("country",)):
                key.infrastructure.append(name)


def _title_keys(title: str | None) -> frozenset[tuple[str, str | None]]:
    """The keys a title names with a strong pattern."""
    if not title:
        return frozenset()
    low = lowered(title)
    # each strong pattern's hits, less negated ones ("INDONESIA'S NON-OIL EXPORTS DECLINE": no oil, and
    # the exports are trade), found once
    hits = [(category, commodity, [m for m in pattern.finditer(title, low)
                                   if not _negated_before(title[max(0, m.start() - 30):m.start()])])
            for category, commodity, pattern, strong in KEYS if strong]
    fuels = [(m.start(), m.end()) for _c, commodity, found in hits if commodity and commodity != "general"
             for m in found]

    def trade_word(m: re.Match) -> bool:
        # ("S. AFRICAN TRADE SANCTIONS": the sanctions key, not a trade one; "LNG IMPORTS FROM
        # ALGERIA", "U.S. POWER EXPORTS": a fuel's imports and exports, an energy title)
        if _TRADE_SANCTIONS.match(title, m.start()):
            return False
        return not (_IMPORT_EXPORT.fullmatch(m.group()) and any(
            fs - 12 <= m.end() and m.start() <= fe + 12 for fs, fe in fuels))

    # ("INDIAN OIL FIRM GETS 3.5 BILLION YEN CREDIT": a fuel that describes a firm names the firm's news)
    return frozenset((category, commodity) for category, commodity, found in hits
                     if any((category != "trade" or trade_word(m)) and not _FIRM_AFTER_TITLE_WORD.match(title, m.end())
                            for m in found))


_FIRM_AFTER_TITLE_WORD = re.compile(r"(?:\s*(?:and|&|/)\s*(?:natural\s+)?(?:gas|oil))?\s+(?:firm|company|giant|concern|group|"
                                    r"unit)\b", re.I)


# "oil and gas exploration", "natural gas and oil properties": a fuel named as one of a pair that
# names a line of business
_FUEL_PAIR_BEFORE = re.compile(r"\b(?:oil|gas|coal|petroleum)\s*(?:and|or|&|/|-)\s*(?:natural\s+)?$", _R)
_FUEL_PAIR_AFTER = re.compile(r"\s*(?:and|or|&|/|-)\s*(?:natural\s+)?(?:gas|oil|coal|petroleum)\b", _R)
_BUSINESS_AFTER = re.compile(r"\s*(?:(?:and|&)\s+(?:natural\s+)?(?:gas|oil)\s+)?(?:properties|operations|assets|interests|"
                             r"holdings|business|businesses|writedowns?|concerns?|companies|company|unit|subsidiary|"
                             r"division|conglomerate|group|producers\s+and\s+suppliers|industries|"
                             # "systems for the oil and gas, petrochemical, utility ... industries": a list of sectors
                             r",\s+(?:[\w\-]+(?:\s+[\w\-]+)?,\s+){1,6}(?:and\s+)?(?:[\w\-]+\s+){0,5}(?:industries|sectors|assets|"
                             r"businesses|operations|interests|holdings|properties|units))\b", _R)


def _in_pair_before(sentence: str, a: int, b: int, noun_after: re.Pattern) -> bool:
    """Is the hit one fuel of a pair ("oil and gas") that `noun_after` follows? Whatever follows the
    pair is read after its second fuel."""
    if _FUEL_PAIR_AFTER.search(sentence, a, b):  # the hit is the pair itself: "oil and gas"
        return bool(noun_after.match(sentence, b))
    after = _FUEL_PAIR_AFTER.match(sentence, b)
    if after:
        return bool(noun_after.match(sentence, after.end()))
    return bool(_FUEL_PAIR_BEFORE.search(sentence, max(0, a - 20), a)) and bool(noun_after.match(sentence, b))


_STORY_FUEL_PAIRED = 2  # sentences that name the other fuel alone: the story speaks of it
_FUEL_WORD = {"oil": re.compile(r"\b(?:oil|petroleum)\b", re.I), "gas": re.compile(r"\bgas\b", re.I)}
# the stock phrase of the industry, not two fuels each meant ("deliveries of crude oil and natural gas")
# ("oil and natural gas revenues" too; not "crude oil and natural gas": two fuels, each meant)
_STOCK_PAIR = re.compile(r"\b(?:oil|petroleum)\s*(?:and|&|/)\s*gas\b|\b(?<!crude\s)(?:oil|petroleum)\s*(?:and|&|/)\s*natural\s+gas\b|"
                         r"\b(?:natural\s+)?gas\s*(?:and|&|/)\s*oil\b", re.I)


def _in_stock_pair(text: str, a: int, b: int) -> bool:
    """Is text[a:b] inside the stock phrase "oil and gas"?"""
    return any(m.start() <= a and b <= m.end() for m in _STOCK_PAIR.finditer(text, max(0, a - 20), min(len(text), b + 20)))


def _fuel_alone_anywhere(text: str, commodity: str) -> bool:
    """Does the story name the fuel outside the stock phrase anywhere, candidate sentence or not
    ("Gazprom has a huge amount of gas" in a quote)?"""
    return any(not _in_stock_pair(text, m.start(), m.end()) for m in _FUEL_WORD[commodity].finditer(text))


def _in_business_pair(sentence: str, a: int, b: int) -> bool:
    """Is the hit one fuel of a pair that names a line of business ("oil and gas properties",
    "its oil and gas exploration")?"""
    return _in_pair_before(sentence, a, b, _BUSINESS_AFTER)


# a pair of fuels before a noun that says nothing of either fuel's supply or trade: "lower oil and gas
# prices", "proven oil and gas reserves", "oil and gas drilling tool activities", "the oil and gas industry"
# (the nouns of a line of business, _BUSINESS_AFTER, are read first: such a pair names no fuel alone)
_GENERIC_PAIR_AFTER = re.compile(r"\s*(?:(?:and|&|/)\s+(?:natural\s+)?(?:gas|oil)\s+)?(?:prices?|reserves|industry|"
                                 r"sector|drilling|exploration|activities|producers?|leases|acreage|tools?|equipment|"
                                 r"services)\b", _R)


def _in_generic_pair(sentence: str, a: int, b: int) -> bool:
    """Is the hit one fuel of a pair before a generic noun ("oil and gas reserves")?"""
    return _in_pair_before(sentence, a, b, _GENERIC_PAIR_AFTER)


def _only_paired(k: _Key, keys: dict, title_keys: frozenset, text: str) -> bool:
    """A fuel the article names only in a pair naming a line of business ("oil and gas
    exploration" in a story about heavy oil), beside another fuel it speaks of on its own: a
    passing word (GUIDELINES), no mention. So is a fuel named in one sentence only, in a pair
    before a generic noun ("cited lower oil and gas prices"), beside the other fuel on its own."""
    if k.category != "energy" or k.commodity not in ("oil", "gas", "coal") or k.infrastructure \
            or (k.category, k.commodity) in title_keys:
        return False
    if not k.alone:
        return any(o is not k and o.category == "energy" and o.commodity in ("oil", "gas", "coal")
                   and o.alone - k.support for o in keys.values())
    if k.commodity in ("oil", "gas") and not k.single and any(o is not k and o.category == "energy" and o.commodity in ("oil", "gas")
                            and len(o.single) >= _STORY_FUEL_PAIRED for o in keys.values()) \
            and not _fuel_alone_anywhere(text, k.commodity):
        # "European firms are buying U.S. oil and gas reserves ... a median price of 6.45 dlrs a barrel of
        # oil": a fuel said only beside another, in a story that speaks of that other alone, is the
        # stock phrase's
        return True
    return not k.unpaired and len(k.support) == 1 and any(
        o is not k and o.category == "energy" and o.commodity in ("oil", "gas") and o.unpaired - k.support
        for o in keys.values())


# a source's share of the power supply: "provides one-third of New England's electricity", "generates
# 20 pct of the country's electricity" (the source is the mention, electricity its measure)
_SHARE_OF_POWER_BEFORE = re.compile(r"\b(?:provides?|providing|generates?|generating|supplies|supply|supplying|"
                                    r"accounts?\s+for|produces?|producing|makes?\s+up)\s+(?:about\s+|some\s+|nearly\s+|"
                                    r"almost\s+|over\s+|more\s+than\s+|less\s+than\s+|roughly\s+)?"
                                    r"(?:(?:one|two|a)[\s\-](?:half|third|quarter|fifth|tenth)s?|half|two-thirds|"
                                    r"three-quarters|\d+(?:\.\d+)?\s*(?:pct|percent|per\s+cent|%)|most|much|"
                                    r"the\s+(?:bulk|majority|rest))\s+of\s+"
                                    r"(?:(?:the|its|their|[\w.\-]+(?:['’]s?)?)\s+){0,3}$", _R)
_POWER_SOURCE = re.compile(r"\b(?:nuclear|coal|gas|oil|hydro\w*|wind|solar|geothermal|renewables?)\b", _R)


_SURPLUS_AS_FUNDS_BEFORE = re.compile(r"\b(?:re-?cycl|re-?channel|channel|invest|deploy|lend|spend)\w*\s+(?:part\s+of\s+|some\s+of\s+)?"
                                      r"(?:(?:its|their|the|his|her|[\w.]+['’]s)\s+)?(?:[\w\-]+\s+){0,2}$", _R)
_ALLIES_AND_BEFORE = re.compile(r"\b(?:allies|friends)\s+and\s+(?:(?:our|its|their|other|major|main|key)\s+){0,2}$", _R)
_AND_ALLIES_AFTER = re.compile(r"\s+and\s+(?:(?:other|close)\s+)?(?:allies|friends)\b", _R)
_FIRM_AFTER_INFRA = re.compile(rf"\s+(?:Royalty\s+)?(?:Trust|{_FIRM_SUFFIX})\b")
_ATTENDED_MEETING = re.compile(r"\battend(?:s|ed|ing)?\s+(?:a|an|the)\s+(?P<name>[^,;.]{0,90}?)\s+(?:ministerial\s+)?"
                               r"(?:meeting|conference|session|summit|gathering)\b", _R)
_FUEL_TO_POWER = re.compile(r"\b(?:convert\w*|turn\w*|transform\w*)\s+(?:[\w\-]+\s+){0,3}?(?:in)?to\s+electricity\b", _R)
_POWER_REPLACED = re.compile(r"\b(?:replace|replacement|generate[sd]?|output)\b[^.;]{0,40}\belectricity\b|"
                             r"\belectricity\s+(?:which|that)\s+would\s+have\s+been\b", _R)
_OTHER_POWER_SOURCE = re.compile(r"\b(?:coal|gas|oil)[\s\-]+(?:fired|power|plants?|stations?)\b|\b(?:hydro\w*|wind|solar|"
                                 r"geothermal|thermal|diesel)\b", _R)
_FUEL_CRISIS_AFTER = re.compile(r"\s+(?:price\s+)?(?:crisis|crises|shocks?)\b(?P<tail>[^.;]{0,40})", _R)
_LONG_AGO = re.compile(r"\b(?:years|decades)\s+ago\b|\b(?:of|in)\s+(?:the\s+)?(?:19|20)\d\d\b|\bof\s+the\s+(?:19)?[1-9]0s\b", _R)
_YEAR_JUST_BEFORE = re.compile(r"\b((?:19|20)\d\d)\s+(?:[\w\-]+\s+)?$")
_FOOTNOTE = re.compile(r"\s*(?:NOTES?|Notes?)\s*[:\-]")
_SCHEDULE_SLOT = re.compile(r"\(\d{3,4}\s*/\s*\d{3,4}\)")


# every fossil fuel in one breath: "oil, natural gas, and coal production", "coal, oil and gas"
_FUEL = r"(?:crude\s+)?(?:oil|(?:natural\s+)?gas|coal)"
_FUEL_FLOW = re.compile(r"\b(?:imports?|exports?|imported|exported|importing|exporting|purchases|shipments|"
                        r"deliveries|embargo|sanctions|price\s+cap)\b", _R)
_FUEL_LIST = re.compile(rf"\b{_FUEL},\s+{_FUEL},?\s+(?:and|or|&)\s+{_FUEL}\b", _R)


def _one_of_the_fuels(k: _Key, keys: dict, title_keys: frozenset, text: str, spans: list[tuple[int, int]]) -> bool:
    """A fuel named once, as one of a list of every fossil fuel ("United States oil, natural gas, and
    coal production have increased"), in a story that speaks at length of another energy key (a
    fact sheet on electricity prices): energy in general said in passing, not that fuel's mention."""
    if k.category != "energy" or k.commodity not in ("oil", "gas", "coal") or k.infrastructure \
            or len(k.support) != 1 or (k.category, k.commodity) in title_keys:
        return False
    (i,) = k.support
    s, e = spans[i]
    if not _FUEL_LIST.search(text, s, e) or _FUEL_FLOW.search(text, s, e):
        return False  # ("phase out their dependency on Russian gas, oil and coal imports": the fuels' trade)
    return any(o is not k and o.category == "energy" and o.commodity not in ("oil", "gas", "coal")
               and len(o.support) >= 2 for o in keys.values())


# the publisher's first person taking a measure: "we have imposed sanctions", "we are also denying the entry"
_PUBLISHER_ACTS = re.compile(r"\b(?:[Ww]e|I)\s+(?:(?:have|has|had|will|are|also|now|already|recently)\s+){0,3}"
                             r"(?:imposed|imposing|impose|levied|levying|lifted|lifting|eased|tightened|expanded|"
                             r"extended|denying|denied|banned|banning|restricted|restricting)\b")


# a sentence whose subject refers back to a pair: "The two leaders discussed", "Both sides agreed"
_PAIR_SUBJECT = re.compile(r"\W*(?:(?:the\s+two|both)\s+(?:leaders|presidents|prime\s+ministers|ministers|sides|"
                           r"countries|nations|governments|men)|the\s+(?:leaders|sides))\b", _R)


def _pair_named_before(art: Article, s_start: int) -> list[str]:
    """The two states of the sentence before (its places and its people's states), else none."""
    i = bisect_right(art.sentences, (s_start, s_start)) - 1  # (the sentences are sorted by start)
    if i < 0 or art.sentences[i][1] > s_start:
        i -= 1
    if i < 0:
        return []
    states = _sentence_countries(art, *art.sentences[i])
    return states if len(states) == 2 else []


def _substantive(k: _Key, spans: list[tuple[int, int]], title_keys: frozenset, art: Article) -> bool:
    """Does the article talk about the key, rather than name it in passing? A key met only through
    weak words needs them twice, in sentences that name a country; one met in a single sentence
    needs that sentence to name a country and say something about the commodity (its supply,
    trade or price), unless the title or the lead is about it."""
    if not k.support:
        return False
    if not k.strong:
        return k.weak_hits >= 2 and bool(k.countries)
    if k.infrastructure or len(k.support) >= 2:
        return True
    (i,) = k.support
    if k.category == "energy" and _markets_title(art.title) and not _title_names_energy(art.title):
        # "Thai stocks are expected to rise, barring dramatic increases in oil prices": a market
        # report that names a fuel in one sentence names it among the market's factors
        # (not a trade matter: readers take "the narrowing U.S. trade balance" given as a cause of falling
        # rates for a trade mention)
        return False
    if k.category == "trade" and (k.category, k.commodity) not in title_keys and _LEGAL_TITLE.search(art.title or ""):
        # "MICROSOFT WINS COPYRIGHT INJUNCTION": a court's case between firms, whose goods "the Taiwan companies
        # were believed to be importing", said once, is no trade between economies
        return False
    if (k.category, k.commodity) not in title_keys and (_FOOTNOTE.match(art.text, spans[i][0])
                                                        or _SCHEDULE_SLOT.search(art.text, *spans[i])):
        # "NOTE: ... includes pretax gain from sale of export quota rights" under an earnings table; "REAGAN
        # MEETS U.S.-CANADA FREE TRADE GROUP (1000/1400)" in a day's diary: a listing's line, said once
        return False
    if spans[i][0] < _LEAD_CHARS or (k.category, k.commodity) in title_keys:
        return True
    if art.actors_home and spans[i][0] > _CLOSING_SHARE * len(art.text) and len(art.text) > _CLOSING_MIN_CHARS \
            and _STANCE_OPENER.match(art.text, spans[i][0]):
        # "President Trump is committed to securing American energy independence, recognizing that
        # America's domestic supply of clean coal and natural gas ...": the closing paragraph of a
        # government's release restates its leader's stance and record; a key said nowhere else
        # is no news of it
        return False
    return i in k.anchored and k.kinds[i] != "energy.commodity"


@lru_cache(maxsize=1)
def _region_pattern() -> re.Pattern:
    names = sorted(reference.load_regions(), key=len, reverse=True)
    # (lookarounds, not \b: an abbreviation ends with its stop, "near Montgomery, W.Va.")
    # (an abbreviation set without its stop before a comma: "a well in Weld County, Colo, the company said";
    # not one that is also a word or a name: "Mass", "Wash", "Miss", "Penn", "Mont")
    bare = [n[:-1] for n in names if n.endswith(".") and "." not in n[:-1] and len(n) > 4
            and n[:-1] not in _BARE_ABBREVIATION_WORDS]
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names if len(n) > 3) + r")(?!\w)"
                      + (r"|(?<!\w)(?:" + "|".join(re.escape(n) for n in bare) + r")(?=,)" if bare else ""))


_BARE_ABBREVIATION_WORDS = frozenset({"Mass", "Wash", "Miss", "Penn", "Mont", "Kans", "Wyo"})


# (a bank's: a utility named for its state has its plants there, "Northern Indiana Public Service Co")
_REGION_IN_FIRM_AFTER = re.compile(r"(?:\s+[A-Z][\w&.\-]*){0,3}?\s+(?:Bank|Bancorp|Bancshares|Trust|Savings)\b")


def _regions_named(text: str) -> list[str]:
    """The countries of the states and provinces a text names (US states, Canadian provinces...), less
    venues ("open for signature at U.N. Headquarters in New York") and the seats of those who comment
    ("said Dillard Spriggs of Petroleum Analysis Ltd in New York")."""
    regions = reference.load_regions()
    return list(dict.fromkeys(
        regions.get(m.group()) or regions[m.group() + "."] for m in _region_pattern().finditer(text)
        if not _venue_before(text[max(0, m.start() - 40):m.start()])
        and not _SPEAKERS_SEAT_BEFORE.search(text, max(0, m.start() - 90), m.start())
        and not _SPEECH_BEFORE.search(text, max(0, m.start() - 40), m.start())
        # ("notes from Continental Illinois National Bank": a word of a bank's name)
        and not _REGION_IN_FIRM_AFTER.match(text, m.end())))


def _article_countries(art: Article) -> list[str]:
    """Who a mention is about when its sentences name no country: the title's countries, else
    the publishing government's own, else the country the article names most (twice or more).
    Found once per article (it reads the whole text)."""
    if "mention_countries" not in art.memo:
        art.memo["mention_countries"] = _countries_of_article(art)
    return list(art.memo["mention_countries"])


# a trade figure: imports or exports with a number ("grew 10 pct", "totalled 26,361 billion lire")
_FIGURE = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a\s+half)"
_NATIONAL_FIGURES = re.compile(rf"\b(?:imports?|exports?)\b[^.;]{{0,80}}?\b{_FIGURE}\s*(?:pct|percent|per\s+cent|%|mln|"
                               rf"billion|bln|million|dlrs)|\b{_FIGURE}\s*(?:pct|percent|per\s+cent|%)\b[^.;]{{0,40}}?"
                               r"\b(?:imports?|exports?)\b", _R)


def _national_economy(art: Article) -> str | None:
    """The one state whose economy the story reports: its title names that state alone (by name or
    demonym, not a firm's home) and the story is filed from it."""
    if "national_economy" not in art.memo:
        states = _title_states(art, ("country", "demonym"))
        dateline = art.dateline_place()
        art.memo["national_economy"] = states[0] if len(states) == 1 and dateline is not None and \
            dateline.iso3 == states[0] and not _FIRM_TITLE.search(art.title or "") else None
    return art.memo["national_economy"]


_FIRM_TITLE = re.compile(r"<[A-Z.]+>|\b(?:CORP|INC|CO|LTD|PLC|AG|SA|NV|GROUP|BANK)\b")


def _title_states(art: Article, kinds: tuple[str, ...] = ("country", "demonym", "city"), policy: bool = True) -> list[str]:
    """The states a title names, less venues and words of a listed company's name; with `policy`
    False, less a state named for its own economic policy ("POEHL SPEAKS AGAINST GERMAN INTEREST RATE
    CUT": no side of a trade)."""
    title_text = art.title or ""
    # "... Trade Meeting in Geneva", "... sign agreement on WTO deal in Vietnam": a place after
    # "in"/"at" in a title is a venue, not a party
    return list(dict.fromkeys(
        m.iso3 for m in art.title_matches if m.kind in kinds and m.iso3
        and not re.search(r"\b(?:in|at)\s+$", title_text[max(0, m.start - 4):m.start], re.I)
        and (policy or not _OWN_POLICY_AFTER.match(title_text, m.end))
        and not (m.kind == "demonym" and _TITLE_PERSON_OR_FIRM_AFTER.match(title_text, m.end))
        # ("U.K. ANALYSTS", "GERMAN ECONOMISTS": who comments)
        and not (m.kind in ("demonym", "country") and _OBSERVER_AFTER.match(title_text[m.end:]))
        and not (m.kind in ("country", "demonym") and _TICKER_AFTER.match(title_text, m.end)
                 and _CAPITAL_WORD_END.search(title_text, max(0, m.start - 20), m.start))))
    # ("ROYAL DUTCH <RD> UNIT": a word inside a company's name; "ROCHESTER GAS <RGS>" stays, its home)


_ORGANISATION_OF_STATES = re.compile(r"\b(?:EC|EEC|EU|European\s+(?:Community|Union|Commission)|OPEC|IMF|International\s+"
                                     r"Monetary\s+Fund|World\s+Bank|IDB|[A-Z][a-z]+\s+Development\s+Bank|United\s+Nations|"
                                     r"UN|U\.N\.|GATT|OECD|NATO|Comecon|ASEAN|Paris\s+Club|G-?7|Group\s+of\s+Seven|"
                                     # commodity bodies: "the International Coffee Organization, ICO"
                                     r"International\s+(?:[A-Z][a-z]+\s+){1,3}(?:Organi[sz]ation|Council|Agreement|"
                                     r"Association|Study\s+Group))\b")


def _countries_of_article(art: Article) -> list[str]:
    title = _title_states(art)
    if title:
        return title
    if art.actors_home:
        return [art.actors_home]
    # (the dateline's words are where the story is filed from, read last, below: "CALGARY, Alberta, June 2 - ")
    dateline_end = dl.end() if (dl := art.dateline_match()) else 0
    regions = _regions_named(art.text[dateline_end:])  # "Weld County, Colorado", "Arizona Nuclear Power Project"
    if regions:
        return regions
    counts: dict[str, int] = {}
    venues = _venue_towns(art)  # (a meeting's town is no side however often named: "the conference in Geneva")
    for m in art.matches:  # "Malagasy francs" too: the story is about that economy
        if m.start < dateline_end:
            continue
        if m.kind in ("country", "demonym", "city", "currency") and m.iso3 and not (m.kind == "city" and m.text in venues):
            counts[m.iso3] = counts.get(m.iso3, 0) + 1
    best = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
    if best[1] >= 2:
        return [best[0]]
    # "Chancellor Gordon Brown has announced a freeze on fuel duty": a story led by a government's
    # office holder is about that government's economy
    lead = next((a for a in art.actors.in_span(0, sentence_end(art.text, 0)) if a.iso3 and a.name and a.role
                 and not a.international), None)
    if lead is not None and best[1] <= 1 and (best[0] is None or best[0] == lead.iso3):
        return [lead.iso3]
    # "TULSA, April 8 - Williams Cos said ...": a company story that names no country is of the
    # place it is filed from (not a story about an organisation of states, filed from its seat:
    # "LUXEMBOURG - EC ministers ...")
    if _ORGANISATION_OF_STATES.search(art.text):
        return []
    dateline = art.dateline_place()
    if dateline is not None and dateline.iso3:
        return [dateline.iso3]
    # "BARTLESVILLE, Okla., April 8 - ": a town the reference does not know, in a state or province it does
    return _regions_named(art.text[dl.start("region"):dl.end("region")]) if dl and dl.group("region") else []


def candidate_stages() -> list[pl.Expr]:
    """Sentences that can hold a mention: one vectorized pass over all sentences."""
    return [(pl.col("sentence_idx") >= 0) & (
        pl.col("lower").str.contains(_PREFILTER_RS)
        | pl.col("sentence").str.contains_any(infrastructure_names())
    )]


_PREFILTER_RS = without_word_boundaries(PREFILTER)  # (the same sentences, thirty times faster)


@lru_cache(maxsize=1)
def infrastructure_names() -> list[str]:
    return sorted({n for i in reference.load_infrastructure() for n in (i["name"], *(i.get("variants") or ()))})


def _infrastructure_scanner(gaz) -> ahocorasick_rs.AhoCorasick | None:
    """The gazetteer's keys of kind "infra", as it holds them (with their typeset apostrophes), in an
    automaton kept with the gazetteer (None: it has none)."""
    if "_infrastructure_scanner" not in gaz.__dict__:
        keys = [key for key, hit in gaz.automaton.items() if any(kind == "infra" for kind, _ in hit[1])]
        gaz.__dict__["_infrastructure_scanner"] = ahocorasick_rs.AhoCorasick(
            keys, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest) if keys else None
    return gaz.__dict__["_infrastructure_scanner"]


def _names_infrastructure(art: Article, spans: list[tuple[int, int]]) -> bool:
    """Does a span hold one of the gazetteer's keys of kind "infra" (a match's text is its key)? When
    none does, the story's gazetteer matches are not needed for its facilities, and a story with no
    mention kept is never read for places."""
    scanner = _infrastructure_scanner(art.gaz)
    return scanner is not None and any(scanner.find_matches_as_indexes(art.text[s:e]) for s, e in spans)


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
            "extractor_version": EXTRACTOR_VERSION, "rule": k.rule,
        })
    return rows


def extract_trade_energy(articles: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    from .pipeline import extract_facts

    return extract_facts(articles, sentences, ("trade_energy_mentions",))["trade_energy_mentions"]
