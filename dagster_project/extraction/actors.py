"""Who acts in an article: people with their country, found by name, by title, by surname
once introduced, and by role ("the President" of a White House release, "the Russian leader").

All positions are character offsets into the article text (the title is handled as its own text).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from ..reference import last_border_change, state_on
from .entities import NEXT_NAME, ONE_PASS_ABOVE, Gazetteer, Match, Term, gazetteer, occurrences, pick_term
from .patterns import DATELINE, matches_from, sentence_start


@dataclass(frozen=True, slots=True)
class Actor:
    start: int
    end: int
    name: str | None  # as written, fullest form known in the article; None for a role or delegation
    iso3: str | None
    role: str | None = None
    international: bool = False  # an official of an international organisation


# Publishers whose releases speak of "the President" meaning their own head of state.
HOME_COUNTRY = {"whitehouse.gov": "USA", "whitehouse": "USA", "kremlin.ru": "RUS", "gov.uk": "GBR",
                "state.gov": "USA", "mid.ru": "RUS", "fmprc.gov.cn": "CHN", "gov.cn": "CHN"}


# between a state's word and the title of the one who leads its delegation ("Brazilian delegation, led
# by central bank president")
_LEADS_DELEGATION_GAP = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:delegation|team|mission),?\s+(?:(?:which|that)\s+"
                                   r"(?:is|was|will\s+be)\s+)?(?:led|headed)\s+by\s+(?:[a-z]+\s+){0,4}")


_AND_OTHER_AFTER_NAME = re.compile(r"\s+and\s+other\s+(?:senior\s+|top\s+|high-ranking\s+|leading\s+)?")
_OFFICIALS_NOUN = re.compile(r"\s+(?:government\s+)?(?:officials|ministers|leaders|diplomats|negotiators)\b")


def home_country(source: str | None) -> str | None:
    """The country of a government publisher, from its source name or web host
    ("whitehouse.gov", "bidenwhitehouse.archives.gov", "www.gov.uk")."""
    source = (source or "").lower()
    if not source:
        return None
    if source in HOME_COUNTRY:
        return HOME_COUNTRY[source]
    if "whitehouse" in source:
        return "USA"
    for key, iso3 in HOME_COUNTRY.items():
        if "." in key and source.endswith("." + key):
            return iso3
    return None

# States whose people are named family name first, in news as at home.
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "KHM", "VNM"})

_NAME_PARTICLES = r"(?:von|van|de|da|del|der|den|al|el|bin|ibn|arap|la|le|du|di|dos|ben|abu)"
_NAME_WORD = r"(?:[A-Z][\w'’\-]*[a-zà-ÿ\w]|[A-Z]\.|[A-Z](?=\s+[A-Z][a-z]))"  # "George W Bush": an initial
# the space inside a name: a line break at most, never a paragraph break ("... Ambassador to France
# Nominee\n\nMr. Isaac Perlmutter" names nobody "Nominee Mr")
_IN_NAME = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"
# a particle joined by a hyphen inside a name: "Rashid Abdulla al-Nuaimi"
_HYPHENED_PARTICLE_WORD = r"(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn)-[A-Z][\w'’\-]*[a-z]"
NAME = (rf"{_NAME_WORD}(?:{_IN_NAME}(?:{_NAME_PARTICLES}{_IN_NAME})?(?:{_NAME_WORD}|{_HYPHENED_PARTICLE_WORD})){{0,4}}"
        rf"(?:,?{_IN_NAME}Jr\.)?")

TITLE = (
    r"(?:(?:First\s+)?(?:Deputy\s+|Vice\s+)?(?:Prime\s+Minister|Premier|President|Chancellor|"
    r"(?:Foreign|Finance|Trade|Oil|Energy|Petroleum|Economy|Economics?|Defen[cs]e|Commerce|Industry|Agriculture|"
    r"Interior|Planning|Mines|Labour|Labor)\s+Minister|Minister(?:\s+of\s+(?:State\s+)?(?:for\s+)?[A-Z][a-z]+"
    r"(?:\s+and\s+[A-Z][a-z]+)?)?|"  # "Minister of Mines and Energy Subroto"
    r"Secretary[- ]General|Secretary\s+of\s+State|Foreign\s+Secretary|(?:Treasury|Commerce|Defense|Energy|State)\s+Secretary|"
    r"Secretary(?:\s+of\s+(?:the\s+)?[A-Z][a-z]+)?|Trade\s+Representative|"
    # "Undersecretary of State Michael Armacost", "Under Secretary of Commerce X"
    r"Under[- ]?[Ss]ecretary(?:\s+of\s+(?:the\s+)?[A-Z][a-z]+)?|"
    r"National\s+Security\s+(?:Advisor|Adviser)|Special\s+(?:Presidential\s+)?Envoy|Envoy|Ambassador|King|Queen|"
    r"Crown\s+Prince|First\s+Lady|Second\s+Gentleman|First\s+Gentleman|"
    r"Prince|Emir|Sheikh|Sultan|Chairman|Leader|leader|president|premier|prime\s+minister|counterpart|envoy|ambassador|"
    # "US chief negotiator Christopher Hill"
    r"(?:chief|top|lead|senior|nuclear|trade)\s+negotiator|"
    # the speaker of a legislature ("US House of Representatives speaker", "Speaker of the Knesset");
    # a lower-case "speaker" only after the chamber's name (a conference's speaker is nobody's official)
    r"(?:House(?:\s+of\s+(?:Representatives?|Commons))?|[Pp]arliament(?:ary)?|(?:National\s+)?Assembly|Senate|"
    r"Duma|Knesset)\s+[Ss]peaker|Speaker(?:\s+of\s+the\s+(?:House(?:\s+of\s+(?:Representatives|Commons))?|"
    r"Parliament|(?:National\s+)?Assembly|Senate|Duma|Knesset))?|"
    r"(?:foreign|finance|trade|oil|energy|economy)\s+minister|minister|"
    # "Mexican central bank head Miguel Mancera Aguayo" (a bank's own head: not "head coach")
    r"[Cc]entral\s+[Bb]ank\s+(?:head|governor|chief))"
    # whom the office serves or what it covers: "National Security Advisor to the Vice President",
    # "Special Envoy for the Horn of Africa" (lazy: the capitalized words after it are the name)
    r"(?:\s+to\s+the\s+(?:Vice\s+President|President|Prime\s+Minister|Secretary(?:\s+of\s+[A-Z]\w+)?)|"
    # where an envoy serves: "US envoy in Sudan Andrew Natsios", "Ambassador to Japan X"
    r"(?<=nvoy|ador)\s+(?:to|in)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}?|"
    r"\s+(?:for|on)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w\-]*){0,4}?)?)"
)
_TITLED = re.compile(rf"\b(?P<title>{TITLE}),?{_IN_NAME}(?:(?:Mr|Mrs|Ms|Dr)\.?{_IN_NAME})?(?P<name>{NAME})")
_HONORIFIC = re.compile(rf"\b(?:Mr|Mrs|Ms|Dr)\.?{_IN_NAME}(?P<name>{NAME})")
# a portfolio in lower case: "British corporate affairs minister Michael Howard"
_PORTFOLIO_WORDS = (r"(?:corporate|affairs|foreign|trade|finance|agriculture|industry|economic|economics|energy|"
                    r"defen[cs]e|interior|home|health|education|transport|environment|fisheries|food|overseas|"
                    r"development|employment|labou?r|justice|commerce|housing|european|junior|mines|mining|oil|petroleum|"
                    r"planning|public\s+works|communications|information|culture|tourism|water|power|resources|"
                    # "Surinam military leader Desi Bouterse", "Pakistani army chief"
                    r"military|army|navy|naval|air\s+force|"
                    # "Peruvian central bank president", "Brazilian Coffee Institute (IBC) president"
                    r"central\s+bank|\([A-Z]{2,6}\))")
# Between a demonym and its title: a possessive, a qualifier, or the words of the portfolio
# ("British Corporate Affairs minister", "Dutch Economic Minister").
_GAP_BEFORE_TITLE = re.compile(r"(?:'s|’s)?\s*(?:(?:then|former|new|acting|visiting|deputy|senior)\s+)?"
                               r"(?:(?:[A-Z][\w\-]*|" + _PORTFOLIO_WORDS + r")\s+(?:and\s+)?){0,3}(?:Under|Vice|Deputy|Assistant)?-?")
_OF_COUNTRY = re.compile(r"^,?\s+(?:of|from)\s+(?:the\s+)?")
_ATTRIBUTION_BEFORE = re.compile(r",\s*(?:the\s+|its\s+)?$")
_ATTRIBUTION_VERB = re.compile(r",?\s+(?:said|says|told|added)\b")
_PRESIDENTIAL_DELEGATION = re.compile(r"\b(?:[Aa]|[Tt]he)\s+Presidential\s+Delegation\b")
_HOME_ROLE = re.compile(r"\b(?:the|The)\s+(?P<role>Vice\s+President|President|First\s+Lady|Secretary)\b(?!\s+of\b)")
# the roles of a navy's ships (visits.py: they call at ports, they attend no meeting)
SHIP_ROLES = "fleet|flotilla|squadron|warships"
_ROLE_NOUN = re.compile(
    r"\s*(?:(?:trade|foreign|finance|government|senior|high-level|top|official|military|business|economic|"
    r"parliamentary|goodwill|army|navy|naval|defen[cs]e|intelligence|security)\s+)*(?P<noun>leader|president|"
    r"premier|prime\s+minister|delegation|officials?|mission|minister|envoys?|team|negotiators?|diplomats?|"
    # "a Pakistani military chief", "the Indian army chief" (not a firm's "chief executive")
    r"delegates|king|monarch|head\s+of\s+state|chief\s+of\s+staff|commander|"
    # "British detectives arrived in Moscow to conduct an inquiry": a state's police and prosecutors abroad
    r"investigators|detectives|prosecutors|"
    # "Chinese warships", "a Russian naval squadron": a navy's port calls are a military delegation's visits
    rf"{SHIP_ROLES}|"
    r"chief(?!\s+(?:executive|financial|operating|economist|editor|justice|investment|technology)))\b",
    re.IGNORECASE,
)
_COUNTRY_TEAM = re.compile(r"\s+(?P<noun>delegation|negotiating\s+team|negotiators|diplomats|envoys|delegates|trade\s+mission|"
                           r"mission)\b")
# "Majzoub al-Khalifa, head of the Sudanese government's delegation": a delegation's named head
_HEAD_OF_CUE = re.compile(r",\s+(?:the\s+)?(?:head|leader|chief)\s+of\s+(?:the\s+|a\s+)?")
_DELEGATION_HEAD = re.compile(rf"(?P<name>{NAME}),\s+(?:the\s+)?(?:head|leader|chief)\s+of\s+(?:the\s+|a\s+)?")
_DELEGATION_AFTER = re.compile(r"(?:['’]s)?\s+(?:government(?:['’]s)?\s+|official\s+|peace\s+|negotiating\s+|high-level\s+)*"
                               r"(?:delegation|negotiating\s+team|team\s+of\s+negotiators|mission)\b")
# a group that acts for several states: "North Korean and South Korean diplomats" (the first demonym
# takes the noun of the second), "senior diplomats from North Korea, South Korea and the United States"
_TEAM_NOUNS = frozenset({"delegation", "negotiating team", "negotiators", "diplomats", "envoys", "delegates"})
_COORDINATED_PLACES = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
# ("representatives from" ten states at a conference are not each a delegation: fresh set C+H readers)
# "presidents of Zambia, Ghana and Kenya", "the foreign ministers of India and Pakistan": each state's own
_HEADS_OF = re.compile(r"\b(?P<noun>(?i:presidents|leaders|prime\s+ministers|premiers|heads\s+of\s+(?:state|government)|"
                       r"(?:foreign|finance|trade|defen[cs]e|energy)\s+ministers))\s+of\s+(?:the\s+)?(?=[A-Z])")
HEAD_ROLES = frozenset({"president", "prime minister", "premier", "leader", "king", "queen", "emir", "sultan",
                              "chancellor", "head_of_state", "head_of_government"})
_HEADS_OF_HINTS = ("residents of", "eaders of", "inisters of", "remiers of", "eads of")
_TEAM_FROM = re.compile(r"\b(?P<noun>(?i:delegations|negotiators|diplomats|envoys|delegates|leaders|ministers|officials))\s+from\s+(?:the\s+)?")
_POSSESSIVE_ROLE = re.compile(r"'s\s+(?:(?:[a-z]+|[A-Z][a-z]+)\s+){0,2}?(?P<noun>leader|president|prime\s+minister|premier|"
                              r"(?:foreign|finance|trade|economy|defen[cs]e|revenue|commerce)\s+(?:minister|secretary)|"
                              r"secretary|minister|envoy|ambassador|delegation|negotiators?)\b")
_STOP_NAMES = frozenset(
    "The This That These On In At For And But Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "January February March April June July August September October November December Administration "
    "Government Office Department House Council Biden-Harris "
    # an office's qualifier or a region's word left after a title: "Ambassador to France Nominee",
    # "Special Envoy to the Middle East"
    "Nominee Designate Designee East West North South Middle "
    # honorifics of South Asian usage: "Shri Narendra Modi"
    "Shri Sri Smt Shrimati".split()
)
# a leader's surname naming the government: "Reagan Administration officials", "the Clinton administration"
_ADMINISTRATION_AFTER = re.compile(r"(?:['’]s)?\s+(?:[Aa]dministration|[Gg]overnment|[Cc]abinet|[Aa]ides?|[Ee]ra)\b")
# a body that an international organisation sends ("a joint IMF-World Bank mission", "the U.N. inspection
# team"; not "the IMF's mission is to ...": the noun with an article or a qualifier before the body)
_INTERNATIONAL_TEAM = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Aa]nother|[Tt]wo|[Tt]hree|[Jj]oint|[Hh]igh-level|[Tt]echnical)\s+(?:[a-z\-]+\s+)?"
    r"(?P<body>(?:UN|U\.N\.|United\s+Nations|IMF|I\.M\.F\.|International\s+Monetary\s+Fund|World\s+Bank|"
    r"IAEA|International\s+Atomic\s+Energy\s+Agency|European\s+Commission|EC|EU|E\.U\.|European\s+Union|OSCE|"
    r"African\s+Union|AU|Arab\s+League|FAO|WHO|World\s+Health\s+Organi[sz]ation|UNESCO|UNICEF|OPEC|NATO|"
    r"OAS|Organi[sz]ation\s+of\s+American\s+States|SADC|ECOWAS|WTO|OECD)"
    r"(?:[-/ ](?:IMF|World\s+Bank|UN|EU))?)\s+(?:[a-z\-]+\s+){0,2}?(?:mission|team|delegation)s?\b")
# The last word of each body of _INTERNATIONAL_TEAM ("Nations" of "United Nations") and of its second name
# ("IMF-World Bank"), read off the pattern itself
_TEAM_BODIES = _INTERNATIONAL_TEAM.pattern.split("(?P<body>(?:", 1)[1].split(")(?:[-/ ](?:", 1)
_TEAM_BODY_END = re.compile("|".join(dict.fromkeys(
    alt.split(r"\s+")[-1] for part in (_TEAM_BODIES[0], _TEAM_BODIES[1].split("))?)", 1)[0])
    for alt in part.split("|"))))
_TEAM_GAP = re.compile(r"[\sa-z\-]*")  # the characters between the body and the team's noun


def _may_name_international_team(text: str) -> bool:
    """False when _INTERNATIONAL_TEAM cannot match: no "mission", "team" or "delegation" (with "s")
    stands as a word (\\b...s?\\b) with the last word of a body shortly before it. A
    match's body is followed by spaces and at most two lower-case words up to the noun, so where the
    250 characters before the noun are not all such characters the body ends within them (the scan
    of the text with the pattern itself, tried at every position, cost as much as the rest of the
    actors; a substring search and a look before each noun cost little)."""
    n = len(text)
    for noun in ("mission", "team", "delegation"):
        pos = text.find(noun)
        while pos >= 0:
            end = pos + len(noun)
            if (pos == 0 or not _word_char(text[pos - 1])) and (
                    end == n or not _word_char(text[end])
                    or text[end] == "s" and (end + 1 == n or not _word_char(text[end + 1]))):
                if _TEAM_GAP.fullmatch(text, max(0, pos - 250), pos) or \
                        _TEAM_BODY_END.search(text, max(0, pos - 280), pos):
                    return True
            pos = text.find(noun, pos + 1)
    return False


def _word_char(c: str) -> bool:
    """A character that \\w matches (re's Unicode word characters: letters, digits, the underscore)."""
    return c.isalnum() or c == "_"


_TEAM_LED_BY = re.compile(rf",?\s+(?:which\s+is\s+|that\s+is\s+)?(?:led|headed)\s+by\s+(?:(?:[a-z\-]+|[A-Z][a-z]+)\s+){{0,4}}?"
                          rf"(?P<name>{NAME})")


# Words a title can start with: found by Aho-Corasick, then the title pattern is tried only there
# (scanning the whole text with the title alternation is the slow part otherwise).
_TITLE_STARTS = (
    "First", "Deputy", "Vice", "Prime", "Premier", "President", "Chancellor", "Foreign", "Finance", "Trade", "Oil",
    "Energy", "Petroleum", "Economy", "Economics", "Economic", "Defense", "Defence", "Commerce", "Industry", "Agriculture",
    "Interior", "Planning", "Mines", "Labour", "Labor", "Minister", "Secretary", "Treasury", "State", "National",
    "Special", "Envoy", "Ambassador", "King", "Queen", "Crown", "Prince", "Emir", "Sheikh", "Sultan", "Chairman",
    "Leader", "leader", "president", "premier", "prime", "foreign", "finance", "trade", "oil", "energy", "economy",
    "Second", "counterpart", "envoy", "ambassador", "House", "Parliament", "Parliamentary", "parliament", "parliamentary", "Assembly",
    "Senate", "Duma", "Knesset", "Speaker", "Under",
    "minister", "central", "Central", "chief", "top", "lead", "senior", "nuclear",
)


_HONORIFICS = ("Mr", "Mrs", "Ms", "Dr")
_ROLE_WORDS = ("Vice", "President", "First", "Secretary")  # the words a role of _HOME_ROLE starts with


def _home_roles(text: str):
    """_HOME_ROLE.finditer(text), faster: the role words are found by substring search and the
    pattern is tried only at the "the"/"The" before them. (Its matches cannot overlap: none holds
    a "the" after its start. A scan with the pattern itself tries it at every character.)"""
    starts = set()
    for word in _ROLE_WORDS:
        pos = text.find(word)
        while pos >= 0:
            ws = pos
            while ws > 0 and text[ws - 1].isspace():
                ws -= 1
            if ws < pos and ws >= 3 and text[ws - 3:ws] in ("the", "The"):
                starts.add(ws - 3)
            pos = text.find(word, pos + 1)
    for start in sorted(starts):
        m = _HOME_ROLE.match(text, start)
        if m:
            yield m


def _titled_matches(text: str):
    return matches_from(text, _TITLE_STARTS, _TITLED)


_NOT_NAME_LEAD = frozenset("Affairs Relations Trade Industry Defense Defence Finance Economy Commerce Cooperation "
                           "Development Energy Security Justice Interior National Council Committee Commission "
                           "Ministry Agency Bureau Board Federal Revenue Administration Presidential "
                           # a second title after "counterpart": "his Chinese counterpart Minister Li Zhaoxing"
                           "Minister Prime President Premier Chancellor Foreign "
                           # the rest of an office's subject: "Minister for Trade Negotiations Michael Duffy"
                           "Negotiations Resources Environment Health Education Transport Agriculture Labour Labor "
                           "Immigration Communications Tourism Welfare Mines Petroleum Fisheries Forestry Housing "
                           "Planning Works Technology Information".split())
# Offices every government has below the top: in a government's own release a holder of one whose
# country is not written is that government's official ("Special Envoy X" in a White House release).
_HOME_OFFICES = re.compile(r"secretary|advis[eo]r|envoy|ambassador|representative|administrator|director|"
                           r"coordinator|counsel|first\s+lady|gentleman|speaker", re.I)


# Offices of a cabinet (a story filed from a capital names its own government's holders bare)
_CABINET = re.compile(r"\b(?:minister|(?:under)?secretary|chancellor)\b")  # ("under-secretary" too)
_CENTRAL_BANK_BEFORE = re.compile(r"\b[Cc]entral\s+[Bb]ank\s+$")


# Words that end a name in a headline-case line: "President Trump Announces Presidential Delegation"
_NAME_BREAK = frozenset("Announces Announce Says Say Visits Visit Meets Meet Signs Sign Calls Call Launches Hosts Host "
                        "Welcomes Welcome Delivers Travels Travel Leads Lead Names Statement Readout Remarks Delegation "
                        "Presidential Holds Discusses Joins Urges Wins".split())


# (both asked of every word of every name: compiled once, not looked up in re's cache each time)
_POSSESSIVE_END = re.compile(r"['’]s$")
_REGNAL_NUMBER = re.compile(r"[IVX]{1,5}")


def _clean_name(name: str) -> str:
    words = name.strip().rstrip(",").split()
    cut = next((i for i, w in enumerate(words) if i and w in _NAME_BREAK), None)
    if cut is not None:
        words = words[:cut]
    own = next((i for i, w in enumerate(words) if _POSSESSIVE_END.search(w)), None)
    if own is not None:  # "Prime Minister Modi’s State Visit": the name ends at its possessive
        owner = _POSSESSIVE_END.sub("", words[own])
        # "told visiting Secretary of State George Shultz China's troubles were over": a country's
        # possessive after the name opens the next clause
        words = words[:own] if own and owner in gazetteer().country_name_set else words[:own] + [owner]
    while words and words[0] in _NOT_NAME_LEAD:  # "Minister of Foreign Affairs Per Stig Moeller"
        words.pop(0)
    while words and words[0] in _STOP_NAMES:
        words.pop(0)
    while words and words[-1] in _STOP_NAMES:
        words.pop()
    return " ".join(words)


def _surname(name: str) -> str:
    words = [w for w in name.replace(",", " ").split() if w not in ("Jr.", "Sr.", "Jr", "Sr")]
    # (a regnal number is no surname: "Abdullah" of "King Abdullah II", "Benedict" of "Benedict XVI")
    while len(words) > 1 and _REGNAL_NUMBER.fullmatch(words[-1]):
        words.pop()
    return words[-1] if words else name


_FRONTED_IN = re.compile(r"\s*In\s+(?:the\s+)?")
_LEAD = 600  # characters: a minister named this early belongs to the story's state


# An office of an international organisation right before a name (not "Ambassador to the UN")
_ORG_OFFICE = re.compile(
    r"(?<!to\s)(?<!to\sthe\s)\b(?:EU|E\.U\.|European\s+Union|EC|European\s+Commission|UN|U\.N\.|United\s+Nations|NATO|"
    r"IMF|World\s+Bank|OSCE|OPEC|WTO|IAEA|African\s+Union|OAU|ASEAN|Arab\s+League)\b"
    # ("World Bank Vice-President David Knox": the office after a hyphen)
    r"(?:\s+[\w\-]+){0,4}?(?:\s+|\s+[Vv]ice-|\s+[Dd]eputy-)(?:[Cc]ommissioner|chief|[Cc]hief|head|[Hh]ead|[Dd]irector(?:[- ][Gg]eneral)?|"
    r"[Ss]ecretary[- ][Gg]eneral|[Ee]nvoy|[Pp]resident|[Rr]epresentative|[Cc]oordinator|[Mm]ission|"
    r"[Mm]anaging\s+[Dd]irector|[Hh]igh\s+[Rr]epresentative)(?:\s+[\w\-]+){0,3}?\s*,?\s*$")


# OPEC's conference president is a member's minister: still his state's official ("OPEC President
# Rilwanu Lukman" is Nigeria's oil minister), unlike its secretary-general
# the one a traveller meets ("will visit Tokyo for discussions with Deputy Foreign Minister Ryohei Murata"):
# not of the state the story is filed from
_MET_BEFORE = re.compile(r"\b(?:(?:talks|discussions|meetings?|consultations)\s+with|met(?:\s+with)?|received\s+by)\s+"
                         r"(?:his\s+|her\s+|the\s+)?$", re.I)
_NATIONAL_CHAIR = re.compile(r"OPEC\s+(?:[Cc]onference\s+)?[Pp]resident")


def _terms_by_surname(gaz: Gazetteer, iso3: str) -> dict[str, list[Term]]:
    """A country's terms of office by the holder's surname, each list in the reference's order
    (built once per country, kept with the gazetteer)."""
    cache = gaz.__dict__.setdefault("_terms_by_surname", {})
    if iso3 not in cache:
        index: dict[str, list[Term]] = {}
        for t in gaz.terms_by_country.get(iso3, []):
            index.setdefault(_surname(t.name), []).append(t)
        cache[iso3] = index
    return cache[iso3]


def _successive(text: str, key: str, found: dict[str, list[int]] | None):
    """The starts of `key` in the text that `pos = text.find(key, pos + len(key))` visits from 0
    (occurrences that do not overlap the one before), from `found` (see entities.occurrences)
    when given."""
    if found is None:
        pos = text.find(key)
        while pos >= 0:
            yield pos
            pos = text.find(key, pos + len(key))
        return
    next_from = 0
    for pos in found[key]:
        if pos >= next_from:
            yield pos
            next_from = pos + len(key)


def _one_person(terms: tuple[Term, ...], on: date | None) -> bool:
    """A bare surname names one known person: the only one of that name, or the only one in
    office on the article's date."""
    if len({t.name for t in terms}) == 1:
        return True
    return on is not None and len({t.name for t in terms if t.active(on)}) == 1


# Roles that name a group or several people: they take no one person's name.
_GROUP_ROLE = re.compile(r"\b(?:delegations?|officials|teams?|missions?|negotiators|leaders|ministers|envoys|"
                         r"representatives|diplomats|delegates|sources|forces|troops|government|authorities)$")
_NAME_AFTER_ROLE = re.compile(r",?\s+([A-Z][a-z][\w\-]+(?:\s+[A-Z][a-z][\w\-]+){1,2})(?=\s*(?:,|\s+(?:is|was|has|had|will|said|says|"
                              r"arrived|arrives|met|left|told)\b))")
_APPOSED = r"(?<![\w.])([A-Z][a-z][\w\-]{first}(?:\s+[A-Z][a-z][\w\-]+){{1,3}}),\s+(?:the\s+)?$"
_APPOSED_NAME = re.compile(_APPOSED.format(first="+"))
# "Xu Jialu, vice-chairman of the Standing Committee of China's National People's Congress (NPC), met": a
# name whose apposition gives an office in a state's body, the state named inside it (wire copy of a capital
# names its own officials so)
_OFFICE_OF_BODY = re.compile(r",\s+(?:the\s+)?(?P<role>(?:(?:vice|deputy|executive\s+vice)[\s\-])?(?:chairman|chairwoman|"
                             r"chairperson|president|speaker|head|director|secretary|minister|governor|leader|chief|"
                             r"commander))\s+of\s+(?P<body>[^,;()\n]{3,120}?)(?:\s*\([^()\n]{1,12}\))?,")
_NAVY_AFTER = re.compile(r"(?:['’]s)?\s+(?:People['’]s\s+Liberation\s+Army\s+)?(?:\(PLA\)\s+|PLA\s+)?Navy\b")
_SHIPS_OF_BEFORE = re.compile(rf"\b(?P<ships>{SHIP_ROLES}|ships|vessels)\s+of\s+(?:the\s+)?$", re.I)
# (a family name of two letters first: "Xu Jialu", "Wu Yi")
_APPOSED_OFFICIAL = re.compile(_APPOSED.format(first="*"))
_STATE_BODY = re.compile(r"\b(?:Congress|Parliament|Assembly|Committee|Ministry|Council|Government|Cabinet|Senate|"
                         r"Party|Army|Commission|Conference|Duma|Diet|Knesset|Legislature|Navy|Air\s+Force|Armed\s+Forces|"
                         r"Central\s+Bank|State\s+Council)\b")


class ArticleActors:
    """Every actor mention in one article, with a registry that resolves later surnames."""

    def __init__(self, text: str, matches: list[Match], gaz: Gazetteer, on: date | None, source: str | None,
                 dateline: Callable[[], Match | None] | None = None):
        self.text = text
        self.on = on
        self.gaz = gaz
        self.home = home_country(source)
        self.places = [m for m in matches if m.kind in ("country", "demonym", "city")]
        self._place_starts = [m.start for m in self.places]
        self._people = [m for m in matches if m.kind == "person"]  # matches are in text order
        self._person_starts = [m.start for m in self._people]
        self.actors: list[Actor] = []
        registry: dict[str, Actor] = {}
        # the characters of the spans already claimed (1): a claimed span is never empty, so a new
        # span overlaps one exactly when it holds a claimed character (constant work per actor,
        # where a sorted list of spans costs an insertion that grows with the article)
        claimed = bytearray(len(text) + 1)

        def add(actor: Actor) -> None:
            if claimed.find(1, actor.start, actor.end) >= 0:
                return  # overlaps a span already claimed by an earlier, more specific rule
            claimed[actor.start:actor.end] = b"\x01" * (actor.end - actor.start)
            self.actors.append(actor)
            if actor.name and actor.iso3 in FAMILY_NAME_FIRST and 2 <= len(actor.name.split()) <= 3:
                # "Hu" after "Hu Jintao", "Hun" after "Hun Sen": the family name leads
                registry.setdefault(actor.name.split()[0], actor)
            if actor.name and len(actor.name.split()) >= 3 and len(actor.name.split()[0]) >= 4:
                # "Kamal Ahmed El-Ganzoury" ... "Kamal, who flew here": a long name's first word
                registry.setdefault(actor.name.split()[0], actor)
            if actor.name:
                key = _surname(actor.name)
                known = registry.get(key)
                if known is None or (len(actor.name) > len(known.name or "")):
                    registry[key] = actor
                registry.setdefault(actor.name, actor)

        # 1. Titled people: "Nigerian Finance Minister Chu Okongwu", "President Sauli Niinistö of Finland".
        for m in _titled_matches(text):
            name = _clean_name(m.group("name"))
            if not name or name in gaz.country_name_set:
                continue
            name_start = m.start("name")
            written = m.group("name").find(name)
            # the span ends with the name as cleaned ("President Trump", not "... Announces Presidential")
            m_end = name_start + written + len(name) if written >= 0 else m.end()
            title = m.group("title").lower()
            known = self._known_person_at(name_start, m.end("name"), title) or \
                self._known_person_at(m.start(), m.start() + 1, title)  # "King Abdullah of Jordan" as one name
            if known is None and self.home:
                known = self._home_person(name, title)
            iso3 = known.iso3 if known else (self._country_before(m.start()) or self._country_after(m.end())
                                              or self._country_in_title(m.start("title"), name_start)
                                              or self._attributed_country(m.start(), m.end("name"))
                                              or self._delegation_state(m.start())
                                              or self._others_of_state(m.end("name")))
            if known is not None and on is not None and not known.active(on):
                # the reference knows a later or earlier office: the text's own country wins
                # ("his West German counterpart Manfred Woerner" in 1987, NATO's chief from 1988)
                iso3 = self._country_before(m.start()) or self._country_after(m.end()) or iso3
            if iso3 is None and known is None and registry.get(_surname(name)) is not None:
                # "Prime Minister Hamdok" after "Prime Minister Abdalla Hamdok of Sudan"
                introduced = registry[_surname(name)]
                if len(name.split()) == 1 or name.split()[0] in (introduced.name or "").split():
                    iso3, name = introduced.iso3, introduced.name or name
                elif _SPOUSE_TITLE.fullmatch(title):
                    # "President Joe Biden and First Lady Jill Biden": another person of the name, of the
                    # same state, under her own name
                    iso3 = introduced.iso3
            if iso3 is None and known is None:
                # "In Hong Kong, Baldrige will hold meetings with ... Trade and Industry Secretary Eric
                # Ho": an official of no written state, in a sentence that opens with a place, is of it
                iso3 = self._fronted_place(m.start())
            if iso3 is None and known is None and self.home and _HOME_OFFICES.search(title):
                iso3 = self.home
            if iso3 is None and known is None and not self.home and dateline is not None and _CABINET.search(title) \
                    and not self._state_word_before(m.start()) and not self._met_elsewhere(m.start()):
                # "LONDON - ... visit to Tokyo by Corporate Affairs Minister Michael Howard": a minister
                # whose state the story never writes is of the capital it is filed from (not one after a
                # state's word: "a Ghanaian delegation headed by Foreign Minister X")
                place = dateline()
                if place is not None and place.kind == "city" and place.iso3 and gaz.capitals.get(place.iso3) == place.text \
                        and (self._lead_names(place.iso3) or " " in name and not self._lead_states() - {place.iso3}):
                    # (a story whose lead names that state, or no other: not "TOKYO - North Korea ...";
                    # "CARACAS - Finance Minister Manuel Azpurua returned from Tokyo": wire copy names a
                    # foreign minister's state, its own ministers go without; a whole name, not a
                    # quotation's "(Prime Minister Junichiro) Koizumi")
                    iso3 = place.iso3
            if iso3 is None and known is None and not self.home and dateline is not None and \
                    _CENTRAL_BANK_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                # "RIO DE JANEIRO - Central Bank president Francisco Gros said": the central bank of the
                # state the story is filed from (any of its cities) and its lead names
                place = dateline()
                if place is not None and place.kind == "city" and place.iso3 and self._lead_names(place.iso3) and not any(
                        pm.kind in ("country", "demonym") and pm.iso3 != place.iso3 for pm in self.places if pm.start < 400):
                    iso3 = place.iso3  # (not "LONDON - ... Brazil's debt talks": a lead naming another state)
            if iso3 is None and known is None and m.start() < _LEAD and _CABINET.search(title) and \
                    not self._state_word_before(m.start(), m.start() - sentence_start(text, m.start())):
                # "CAIRO - Sudan has rejected a demand by the IMF ... Finance Minister Beshir Omer said his
                # government ...": a minister of no written state, near a lead whose subject is a state
                iso3 = self._opening_state(0, possessive=False)  # the lead's subject
            if known is not None:
                name = _fullest(name, known.name)
            office = _ORG_OFFICE.search(text, max(0, m.start() - 70), name_start)
            if office and _NATIONAL_CHAIR.match(office.group()):
                national = self._term_at(name_start, m.end("name"))
                if national is not None and national.iso3:
                    office, iso3 = None, iso3 or national.iso3
            if office:
                add(Actor(m.start(), m_end, name, None, m.group("title").lower(), international=True))
                continue
            add(Actor(m.start(), m_end, name, iso3, m.group("title").lower(),
                      international=known is not None and known.iso3 is None and iso3 is None))
        # 2. People the reference data knows, by name.
        for pm in matches:
            if pm.kind != "person":
                continue
            introduced = registry.get(pm.text) if " " not in pm.text else None
            if introduced is not None:  # "Harris" after "Vice President Kamala Harris"
                add(Actor(pm.start, pm.end, introduced.name, introduced.iso3, introduced.role,
                          international=introduced.international))
                continue
            if " " not in pm.text and not _one_person(pm.terms, on):
                continue  # "Mr Fischer" in 2005: the Austrian president or the German minister? neither
            term = pick_term(pm.terms, on)
            office = _ORG_OFFICE.search(text, max(0, pm.start - 70), pm.start)
            if office and not (term and term.iso3 and _NATIONAL_CHAIR.match(office.group())):
                # "EU Humanitarian Aid Commissioner Emma Bonino", "the head of the OSCE mission,
                # Franz Vranitzky": acting for an organisation, whatever their nationality
                add(Actor(pm.start, pm.end, _fullest(pm.text, term.name) if " " not in pm.text else pm.text, None,
                          term.role, international=True))
                continue
            iso3 = term.iso3 or self._country_before(pm.start)
            add(Actor(pm.start, pm.end, _fullest(pm.text, term.name) if " " not in pm.text else pm.text, iso3,
                      term.role, international=term.iso3 is None))
        # 3. Honorifics: "Mr Blair" -> the registered Tony Blair.
        for m in matches_from(text, _HONORIFICS, _HONORIFIC):
            name = _clean_name(m.group("name"))
            ref = registry.get(_surname(name)) if name else None
            if ref and " " in name and ref.name and " " in ref.name and name.split()[0] != ref.name.split()[0]:
                continue  # "Ms. Allison Lutnick" after "Howard Lutnick": another person of that name
            if ref:
                add(Actor(m.start(), m.end(), ref.name, ref.iso3, ref.role, international=ref.international))
        # 3a. "Xu Jialu, vice-chairman of the Standing Committee of China's National People's Congress,": an
        # official of the state whose body the apposition names (one state only; not a firm's chairman)
        for m in _OFFICE_OF_BODY.finditer(text):
            appo = _APPOSED_OFFICIAL.search(text, max(0, m.start() - 60), m.start("role"))
            if appo is None or not _STATE_BODY.search(m.group("body")) or \
                    gaz.country_name_set.intersection([appo.group(1)]):
                continue
            states = {p.iso3 for p in self.places if m.start("body") <= p.start < m.end("body")
                      and p.kind in ("country", "demonym") and p.iso3}
            if len(states) == 1 and not any(p.start <= appo.start(1) < p.end for p in self.places):
                add(Actor(appo.start(1), appo.end(1), appo.group(1), states.pop(), m.group("role").lower()))
        # 4. Home-country roles: "the President" in a White House release; in a wire story, the
        # president of the state it is filed from, when the story names him ("WASHINGTON - ...
        # Reagan and Mulroney are to meet ... when the President visits Prime Minister Mulroney")
        if not self.home and dateline is not None and "the President" in text:
            place = dateline()  # the article's dateline place (found once per article)
            filed = place.iso3 if place is not None else None
            if filed:
                for m in _home_roles(text):
                    if m.group("role") == "President":
                        term = gaz.leader(filed, on, ("head_of_state",))
                        known = registry.get(_surname(term.name)) if term else None
                        if known is not None and known.iso3 == filed:
                            add(Actor(m.start(), m.end(), known.name, filed, "head_of_state"))
        if self.home:
            for m in _home_roles(text):
                role = m.group("role").replace("  ", " ")
                role_key = {"President": "head_of_state", "Vice President": "vice_president"}.get(role)
                term = gaz.leader(self.home, on, (role_key,)) if role_key else None
                if term:
                    known = registry.get(_surname(term.name))
                    # named only when the text names the holder (GUIDELINES: "null if only a role")
                    add(Actor(m.start(), m.end(), known.name if known else None, self.home, role_key))
            if "Presidential Delegation" in text:
                # "the designation of a Presidential Delegation to Poland": the publisher's own
                for m in _PRESIDENTIAL_DELEGATION.finditer(text):
                    add(Actor(m.start(), m.end(), None, self.home, "delegation"))
        # 5. Country + role noun: "Kenyan leader", "the Russian leader", "a Chinese delegation".
        for pm in self.places:
            if pm.kind not in ("demonym", "country"):
                continue
            if pm.kind == "demonym":
                rm = _ROLE_NOUN.match(text, pm.end)
            elif text.startswith("'s", pm.end):  # "Russia's leader"
                rm = _POSSESSIVE_ROLE.match(text, pm.end)
            else:  # "a Taiwan delegation", "U.S. negotiators": a country name used as a modifier
                rm = _COUNTRY_TEAM.match(text, pm.end)
            if not rm:
                continue
            noun = rm.group("noun").lower()
            end = rm.end()
            name = None
            if noun in ("leader", "president", "premier", "prime minister", "head of state", "king", "monarch"):
                role = "head_of_government" if noun in ("premier", "prime minister") else "head_of_state"
                term = gaz.leader(pm.iso3, on, (role, "head_of_government", "head_of_state")) if on else None
                name = term.name if term else None
            add(Actor(pm.start, end, name, pm.iso3, noun))
        # 5'. "A fleet of the Chinese People's Liberation Army (PLA) Navy": the navy's ships, for its state
        if "Navy" in text:
            for pm in self.places:
                if pm.kind in ("demonym", "country") and pm.iso3:
                    navy = _NAVY_AFTER.match(text, pm.end)
                    ships = _SHIPS_OF_BEFORE.search(text, max(0, pm.start - 40), pm.start) if navy else None
                    if ships:
                        # (its ships' role, so that they attend no meeting: visits.py)
                        role = ships.group("ships").lower()
                        add(Actor(ships.start(), navy.end(), None, pm.iso3,
                                  role if re.fullmatch(SHIP_ROLES, role) else "warships"))
        # 5a. "An IMF mission", "a World Bank team", "the UN delegation": a body of an international
        # organisation, unnamed (GUIDELINES: visitor null, no state)
        if _may_name_international_team(text):
            for m in _INTERNATIONAL_TEAM.finditer(text):
                # ("a World Bank team led by senior economist Katrine Saito": the team goes by its leader's name)
                leader = _TEAM_LED_BY.match(text, m.end())
                add(Actor(m.start("body"), m.end(), _clean_name(leader.group("name")) if leader else None, None,
                          "delegation", international=True))
        self._team_spans: list[list[tuple[int, int]]] = []
        self._teams_of_states(add)
        if "head of" in text or "leader of" in text or "chief of" in text:
            self._delegation_heads(add)
        # 5b. "A British minister said ... Corporate Affairs Minister Michael Howard said": a titled
        # name of no known country, after unnamed officials of one country holding the same office,
        # is that official (wire copy introduces a person by office and names them later)
        unnamed = [a for a in self.actors if a.name is None and a.iso3 and a.role]
        for i, a in enumerate(self.actors if unnamed else ()):
            if a.name and a.iso3 is None and not a.international and a.role:
                office = a.role.split()[-1]
                earlier = {u.iso3 for u in unnamed if u.start < a.start and u.role.split()[-1] == office}
                if len(earlier) == 1:
                    self.actors[i] = named = replace(a, iso3=earlier.pop())
                    for key in [k for k, v in registry.items() if v is a]:
                        registry[key] = named
        # 5c. "Makoto Kuroda, Japan's deputy minister", "Britain's corporate affairs minister left for
        # Tokyo" in a story that names him elsewhere: an unnamed office holder takes the name the
        # apposition gives, else the one person of that state named with that office in the story
        for i, a in enumerate(self.actors):
            if a.name is not None or not a.iso3 or not a.role or _GROUP_ROLE.search(a.role):
                continue
            appo = _APPOSED_NAME.search(text, max(0, a.start - 60), a.start) or _NAME_AFTER_ROLE.match(text, a.end)
            if appo and not gaz.country_name_set.intersection([appo.group(1)]) and not any(
                    p.start <= appo.start(1) < p.end for p in self.places) and not any(
                    b.start <= appo.start(1) < b.end for b in self.actors if b is not a):
                self.actors[i] = replace(a, name=appo.group(1))  # "Norway's peace negotiator Erik Solheim"
                continue
            office = a.role.split()[-1]
            names = {b.name for b in self.actors if b.name and b.iso3 == a.iso3 and b.role == a.role}
            if not names:  # "Britain's trade minister" and "the minister, X" (not "Prime Minister Y")
                names = {b.name for b in self.actors if b.name and b.iso3 == a.iso3 and b.role
                         and b.role.split()[-1] == office and (a.role.endswith(b.role) or b.role.endswith(a.role))}
            if len(names) == 1:
                self.actors[i] = replace(a, name=names.pop())
            elif not names and re.search(r"\b[Tt]he\s+$", text[max(0, a.start - 4):a.start]):
                # "... Foreign Secretary Jack Straw ... told the British minister": a definite
                # unnamed official is the last named official of that state before it
                prior = [b for b in self.actors[:i] if b.name and b.iso3 == a.iso3 and b.role and not b.international]
                if prior:
                    self.actors[i] = replace(a, name=prior[-1].name)
        # 6. Surnames alone once the person is introduced: "Okongwu left Paris".
        surnames = [(key, ref) for key, ref in registry.items() if " " not in key]
        found = occurrences(text, [key for key, _ in surnames]) \
            if len(text) * len(surnames) > ONE_PASS_ABOVE else None
        for key, ref in surnames:
            for pos in _successive(text, key, found):
                end = pos + len(key)
                if (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()) \
                        and ref.start != pos:
                    if ref.name and key == ref.name.split()[0] and NEXT_NAME.match(text, end):
                        continue  # "Miguel Mancera" after "Miguel de la Madrid": a given name opening another name
                    # ("Conable arrived" after "World Bank president Barber Conable": still the Bank's)
                    add(Actor(pos, end, ref.name, ref.iso3, ref.role, international=ref.international))
        self.actors.sort(key=lambda a: a.start)
        for i, a in enumerate(self.actors):
            if a.name and " " not in text[a.start:a.end] and _ADMINISTRATION_AFTER.match(text, a.end):
                # "talks with Reagan Administration officials": the leader's government acts, not the leader
                self.actors[i] = replace(a, name=None, role="officials")
        if on is not None and on < last_border_change():
            # a person's state is the one of that date: "Kabila" in April 1997 is of Zaire's land, not yet the
            # Congo's (the reference gives office holders the state they held office for)
            self.actors = [replace(a, iso3=then) if a.iso3 and (then := state_on(a.iso3, on)) != a.iso3 else a
                           for a in self.actors]
        self._starts = [a.start for a in self.actors]
        self.registry = registry

    def _teams_of_states(self, add) -> None:
        """Unnamed teams of several states: each state's members act for it (GUIDELINES: envoys
        and negotiating teams travel for their state)."""
        text = self.text
        nouns = {a.start: a.role for a in self.actors if a.name is None and a.role in _TEAM_NOUNS}
        heads_hinted = any(h in text for h in _HEADS_OF_HINTS)
        if not nouns and " from " not in text and not heads_hinted:
            return  # (most stories: no team of a state named, nothing to coordinate)
        states = [pm for pm in self.places if pm.kind in ("demonym", "country") and pm.iso3]
        group: list[tuple[int, int]] = []
        for k in range(len(states) - 2, -1, -1) if nouns else ():  # "North Korean and South Korean diplomats"
            pm, nxt = states[k], states[k + 1]
            if pm.kind == "demonym" and nxt.start in nouns and _COORDINATED_PLACES.fullmatch(text, pm.end, nxt.start):
                add(Actor(pm.start, pm.end, None, pm.iso3, nouns[nxt.start]))
                nouns[pm.start] = nouns[nxt.start]
                group = [(pm.start, pm.end)] + (group if group and group[0][0] == nxt.start else [(nxt.start, nxt.end)])
                self._team_spans.append(group)
        starts = [pm.start for pm in states]
        heads = list(_HEADS_OF.finditer(text)) if heads_hinted else []
        if heads:
            # (countries only: "leaders of Chinese and Russian oil companies" lead firms; a state whose head
            # the story names is that person, "the leaders of Australia, India and Japan" after "Prime
            # Minister Modi"; a state with another named official is left to the frames)
            named: dict[str, str | None] = {}
            for a in self.actors:
                if a.name and a.iso3 and (a.iso3 not in named or named[a.iso3] is None):
                    named[a.iso3] = a.name if (a.role or "").lower() in HEAD_ROLES else None
            countries = [pm for pm in states if pm.kind == "country"]
            for m in heads:  # "15 African leaders ..., including presidents of Zambia, Ghana and Kenya"
                self._coordinated_team(add, m, countries, [pm.start for pm in countries], named=named)
        if " from " not in text:
            return
        pos = text.find(" from ")
        while pos >= 0:  # "senior diplomats from North Korea, South Korea and the United States"
            m = _TEAM_FROM.search(text, max(0, pos - 16), min(len(text), pos + 12))  # the noun before "from"
            pos = text.find(" from ", pos + 6)
            if m is None:
                continue
            self._coordinated_team(add, m, states, starts)

    def _coordinated_team(self, add, m: re.Match, states: list, starts: list[int],
                          named: dict[str, str | None] | None = None) -> None:
        """One unnamed member per state of the list right after a group's noun ("delegates from A, B
        and C", "presidents of A and B"): each acts for their own state."""
        text = self.text
        end = m.end()
        group = []
        noun = " ".join(m.group("noun").lower().split())
        for pm in states[bisect_left(starts, end):]:
            if pm.start != end and not _COORDINATED_PLACES.fullmatch(text, end, pm.start):
                break
            if named is None or pm.iso3 not in named:
                add(Actor(pm.start, pm.end, None, pm.iso3, noun))
            elif named[pm.iso3]:
                add(Actor(pm.start, pm.end, named[pm.iso3], pm.iso3, noun))
            group.append((pm.start, pm.end))
            end = pm.end
        if len(group) > 1:
            self._team_spans.append(group)

    def _delegation_heads(self, add) -> None:
        """"Majzoub al-Khalifa, head of the Sudanese government's delegation to the talks": a person
        named as the head of a state's delegation acts for that state."""
        text = self.text
        for cue in _HEAD_OF_CUE.finditer(text):
            # (the name before the cue, read back from it: the name pattern is costly to scan a story with)
            m = _DELEGATION_HEAD.search(text, max(0, cue.start() - 60), cue.end())
            if m is None or m.end() != cue.end():
                continue
            i = bisect_left(self._place_starts, m.end())
            if i == len(self.places):
                continue
            pm = self.places[i]
            if pm.kind not in ("demonym", "country") or not pm.iso3 or pm.start != m.end() or \
                    not _DELEGATION_AFTER.match(text, pm.end):
                continue
            add(Actor(m.start("name"), m.end("name"), m.group("name"), pm.iso3, "delegation"))

    def team_of(self, actor: Actor) -> list[Actor]:
        """The other members of a team of several states the actor belongs to ("leaders from Bhutan,
        India and Nepal arrived"): one journey, each state's members travelling for it."""
        for spans in self._team_spans:
            if (actor.start, actor.end) in spans:
                return [a for a in self.actors if (a.start, a.end) in spans and a is not actor]
        return []

    def _met_elsewhere(self, pos: int) -> bool:
        """The person at pos is the one a traveller meets in a place of another state the sentence names
        ("WASHINGTON - Armacost will visit Tokyo for discussions with Deputy Foreign Minister Ryohei
        Murata"): not of the state the story is filed from."""
        if not _MET_BEFORE.search(self.text, max(0, pos - 40), pos):
            return False
        s = sentence_start(self.text, pos)
        lo, hi = bisect_left(self._place_starts, s), bisect_left(self._place_starts, pos)
        first = self.places[0] if self.places and self.places[0].start < 40 else None  # the dateline's place
        return any(pm.iso3 and pm is not first and (first is None or pm.iso3 != first.iso3)
                   for pm in self.places[lo:hi])

    def _term_at(self, start: int, end: int) -> Term | None:
        """The reference person's term of the day for a name at [start, end), whatever the title."""
        i = bisect_left(self._person_starts, start)
        if i == len(self._people) or self._people[i].start >= end:
            return None
        return pick_term(self._people[i].terms, self.on)

    def _known_person_at(self, start: int, end: int, title: str) -> Term | None:
        """The reference person named after a title, if the title fits one of their offices
        ("Vice President Harris" is not the Irish Taoiseach Simon Harris)."""
        i = bisect_left(self._person_starts, start)
        if i == len(self._people) or self._people[i].start >= end:
            return None
        roles = _roles_for_title(title)
        fitting = tuple(t for t in self._people[i].terms if roles is None or t.role in roles)
        return pick_term(fitting, self.on) if fitting else None

    def _home_person(self, name: str, title: str) -> Term | None:
        """In a government's own release, a titled surname is one of its office holders."""
        roles = _roles_for_title(title)
        for t in _terms_by_surname(self.gaz, self.home).get(_surname(name), ()):
            if (roles is None or t.role in roles) and (self.on is None or t.active(self.on)):
                return t
        return None

    def _country_before(self, pos: int) -> str | None:
        """A demonym or country just before a title: "Nigerian Finance Minister", "Britain's PM"."""
        hi = bisect_left(self._place_starts, pos)
        for pm in reversed(self.places[max(0, hi - 3):hi]):
            if pm.end <= pos and pos - pm.end <= 40:
                gap = self.text[pm.end:pos]
                if _GAP_BEFORE_TITLE.fullmatch(gap):
                    return pm.iso3 if pm.kind in ("country", "demonym") else None
        return None

    def _delegation_state(self, pos: int) -> str | None:
        """The state whose delegation a title leads: "A Brazilian delegation, led by central bank
        president Francisco Gros" (a title that names no state of its own)."""
        hi = bisect_left(self._place_starts, pos)
        for pm in reversed(self.places[max(0, hi - 2):hi]):
            if pm.kind in ("country", "demonym") and pos - pm.end <= 90 and \
                    _LEADS_DELEGATION_GAP.fullmatch(self.text, pm.end, pos):
                return pm.iso3
        return None

    def _others_of_state(self, end: int) -> str | None:
        """"Deputy Foreign Minister Ryohei Murata and other senior Japanese officials": one of the state's
        officials the words after the name count him among."""
        tail = _AND_OTHER_AFTER_NAME.match(self.text, end)
        if tail is None:
            return None
        i = bisect_left(self._place_starts, tail.end())
        if i < len(self.places) and self.places[i].start == tail.end() and self.places[i].kind == "demonym" and \
                _OFFICIALS_NOUN.match(self.text, self.places[i].end):
            return self.places[i].iso3
        return None

    def _fronted_place(self, pos: int) -> str | None:
        """The state of the place a sentence opens with ("In Hong Kong, ..."), for a position in it."""
        opening = sentence_start(self.text, pos)
        m = _FRONTED_IN.match(self.text, opening)
        if m is None:
            return None
        i = bisect_left(self._place_starts, m.end())
        if i < len(self.places) and self.places[i].start == m.end() and self.places[i].iso3 and \
                self.text.startswith(",", self.places[i].end) and self.places[i].end < pos:
            return self.places[i].iso3
        return None

    def _lead_states(self, lead: int = 400) -> set[str]:
        """The states the story's lead names by a country or demonym (not by a city: the dateline's, or
        where the story's people go)."""
        return {pm.iso3 for pm in self.places if pm.start < lead and pm.kind in ("country", "demonym") and pm.iso3}

    def _lead_names(self, iso3: str, lead: int = 400) -> bool:
        """Does the story's lead name the state?"""
        return iso3 in self._lead_states(lead)

    def _state_word_before(self, pos: int, reach: int = 60) -> bool:
        """Is a country or demonym named in the `reach` characters before pos?"""
        hi = bisect_left(self._place_starts, pos)
        return any(pm.kind in ("country", "demonym") and pm.end > pos - reach for pm in self.places[max(0, hi - 4):hi])

    def _country_in_title(self, start: int, end: int) -> str | None:
        """A demonym inside a title, or a country after its "of": "Secretary of the Mongolian
        National Security Council", "Minister of Foreign Affairs of Peru" (not "Envoy for Sudan")."""
        i = bisect_left(self._place_starts, start)
        while i < len(self.places) and self.places[i].start < end:
            pm = self.places[i]
            if pm.kind == "demonym" or (pm.kind == "country" and re.search(
                    r"\bof\s+(?:the\s+)?$", self.text[max(start, pm.start - 8):pm.start])):
                return pm.iso3
            i += 1
        return None

    def _attributed_country(self, start: int, end: int) -> str | None:
        """"Venezuela has obtained new credits, finance minister Manuel Azpurua said": an official
        named without a country in the attribution of a sentence whose subject is a country
        speaks for that country."""
        if not _ATTRIBUTION_BEFORE.search(self.text[max(0, start - 20):start]) or \
                not _ATTRIBUTION_VERB.match(self.text, end):
            return None
        return self._opening_state(sentence_start(self.text, start))

    def _opening_state(self, opening: int, possessive: bool = True) -> str | None:
        """The country a sentence opens with, after the story's dateline when it is the first
        ("CARACAS, June 1 - Venezuela has obtained ..."); with `possessive` False, not "Venezuela's"."""
        dateline = DATELINE.match(self.text, opening) if opening == 0 else None
        if dateline:
            opening = dateline.end()
        i = bisect_left(self._place_starts, opening)
        if i < len(self.places) and self.places[i].kind == "country" and \
                re.fullmatch(r"\s*(?:[Tt]he\s+)?", self.text[opening:self.places[i].start]) and \
                (possessive or not self.text.startswith("'s", self.places[i].end)):
            return self.places[i].iso3
        return None

    def _country_after(self, pos: int) -> str | None:
        m = _OF_COUNTRY.match(self.text[pos:pos + 12])
        if not m:
            return None
        at = pos + m.end()
        i = bisect_left(self._place_starts, at)
        if i < len(self.places) and self.places[i].start == at and self.places[i].kind == "country":
            return self.places[i].iso3
        return None

    def in_span(self, start: int, end: int) -> list[Actor]:
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return self.actors[lo:hi]

    def before(self, pos: int, limit: int = 3) -> list[Actor]:
        """The last actors mentioned before a position (nearest last)."""
        hi = bisect_left(self._starts, pos)
        prior = [a for a in self.actors[max(0, hi - limit - 2):hi] if a.end <= pos]
        return prior[-limit:]


_TITLE_ROLES = (
    ("vice president", {"vice_president"}),
    ("president", {"head_of_state", "party_leader"}),
    ("prime minister", {"head_of_government"}),
    ("premier", {"head_of_government"}),
    ("chancellor", {"head_of_government", "finance_minister"}),
    ("foreign minister", {"foreign_minister"}),
    ("secretary of state", {"foreign_minister"}),
    ("foreign secretary", {"foreign_minister"}),
    ("finance minister", {"finance_minister"}),
    ("treasury", {"finance_minister"}),
    ("trade", {"trade_minister"}),
    ("oil", {"oil_minister"}),
    ("energy", {"oil_minister"}),
    ("petroleum", {"oil_minister"}),
    ("king", {"head_of_state"}),
    ("queen", {"head_of_state"}),
    ("emir", {"head_of_state"}),
    ("sultan", {"head_of_state"}),
    ("crown prince", {"royal", "head_of_government"}),
)


def _roles_for_title(title: str) -> set[str] | None:
    """Roles a title can stand for; None when the title says nothing about the office."""
    title = " ".join(title.lower().split())
    for key, roles in _TITLE_ROLES:
        if key in title:
            return roles
    return None


_SPOUSE_TITLE = re.compile(r"(?:first|second)\s+(?:lady|gentleman)", re.I)


def _fullest(written: str, reference_name: str) -> str:
    """Prefer the form written in the article unless it is only a surname."""
    return written if len(written.split()) > 1 else reference_name
