"""Everything the extractors need to know about one article, computed once."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

from ..reference import city_rivals, dated_names, last_border_change, load_regions, state_on
from .actors import ArticleActors, home_country
from .entities import NOT_FIRST_NAMES, Gazetteer, Match, gazetteer, occurrences
from .patterns import DATELINE, lowered
from .sentences import split_sentences

_DATELINE = DATELINE  # matched at the start of the text only (.match)
# a later item's dateline in a digest: a paragraph that opens with a place in capitals and a dated credit
# ("CAIRO, Nov. 8 (Xinhua) -- "; not any paragraph that opens with a capitalized word and a dash)
# ("\nWASHINGTON - Japanese Finance Minister ..." in a Reuters highlights digest: the place alone, in capitals)
_ITEM_DATELINE = re.compile(r"\n[ \t]*(?P<place>[A-Z][A-Z.\- ]{2,30}?)(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"
                            r"(?:\(\w+\))?\s+-{1,2}\s")


# Markdown link targets and bare URLs: masked with spaces so offsets stay those of the text.
_URL = re.compile(r"(?<=\])\((?:https?://|www\.)[^)\s]*\)|https?://\S+")


def mask_urls(text: str) -> str:
    if "http" not in text and "www." not in text:
        return text
    return _URL.sub(lambda m: " " * len(m.group()), text)


# Some wire copy sets an apostrophe as a double quote ("Nakasone"s visit", "the world"s largest", "I"m"):
# read as the apostrophe it is, one character for one, so a possessive stays a possessive ("next month"s
# meeting" is a gathering spoken of, not a quotation closing on "next month").
_QUOTE_AS_APOSTROPHE = re.compile(r'(?<=[A-Za-z])"(?=(?:s|t|m|re|ll|ve|d)(?![\w"]))')


def straightened_apostrophes(text: str) -> str:
    if '"' not in text:
        return text
    return _QUOTE_AS_APOSTROPHE.sub("'", text)


# Wire copy of the 1980s is often set in capitals ("NIGERIAN OIL MINISTER ... SAID TODAY"), and
# so are its headlines: names are found in a copy with ordinary case. Words keep their length, so
# every offset stays that of the text; acronyms (the reference's own, "U.S.", "OPEC") stay as written.
_CAPS_WORD = re.compile(r"(?<![A-Za-z])[A-Z]{2,}(?![A-Za-z.])")
_FUNCTION_WORDS = frozenset("""A An And As At By For From In Into Of On Or Over The To With Without Under After
Before Between Than That This Its His Her Their Is Are Was Were Be Been Has Have Had Will Would Said Says Told
It He She They We Who Which Not No But Also Today Oil Gas Field Power De Da Del Du La Le Van Von Al El
Government Council Sources Said""".split())
# Words of office that make a name an actor's ("Oil Minister Lukman")
_TITLE_WORDS = frozenset("""President Minister Prime Premier Chancellor Secretary King Queen Prince Emir Sheikh
Sultan Ambassador Envoy Foreign Finance Trade Energy Defence Defense Deputy Vice Chairman Governor Mr Mrs Dr""".split())
_KEEP_CAPS = frozenset("""US UK UAE USSR EC EEC EU UN OPEC GATT IMF NATO ASEAN APEC WTO OECD IEA LNG LPG
MOU GDP GNP CIA FBI NASA ECB ADB IDB BIS ILO WHO FAO PRC ROK DPRK DRC PLO ANC""".split())


def is_caps(text: str | None) -> bool:
    """Set in capitals: nearly all of its letters upper case (judged on the opening 800 characters:
    a regex count, called for every article)."""
    if not text or _LOWER_RUN.search(text, 0, 200):
        return False  # ordinary text has a lower-case word at once: no count needed
    sample = text[:800]
    upper = len(_UPPER.findall(sample))
    return upper >= 8 and len(_LOWER.findall(sample)) * 4 < upper


_UPPER = re.compile(r"[A-Z]")
_LOWER = re.compile(r"[a-z]")
_LOWER_RUN = re.compile(r"[a-z]{3}")


def is_lowercase(text: str | None) -> bool:
    """Set without capitals (some wire copy is): nearly none of its letters upper case."""
    if not text or _UPPER.search(text, 0, 200):
        return False  # ordinary text has a capital at once
    sample = text[:800]
    lower = len(_LOWER.findall(sample))
    return lower >= 40 and len(_UPPER.findall(sample)) * 50 < lower


_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]{2,}(?![A-Za-z])")


def recapitalized(text: str) -> str:
    """An all-lower-case text with the names the reference knows capitalized, offsets kept:
    "petroleos de venezuela's ... at corpus christi, texas" -> "... Venezuela's ... Corpus Christi"."""
    known = gazetteer().name_words
    out = _LOWER_WORD.sub(lambda m: (m.group().capitalize() if m.group().capitalize() in known
                                     and m.group().capitalize() not in _FUNCTION_WORDS else m.group()), text)
    return out if len(out) == len(text) else text


def decapitalized(text: str) -> str:
    """An all-capitals text in ordinary case, offsets kept: a word capitalized where the reference
    knows it as part of a name or a title ("NIGERIAN OIL MINISTER RILWANU LUKMAN" -> "Nigerian oil
    Minister Rilwanu Lukman"), lower case otherwise; acronyms ("OPEC", "U.S.") as they are."""
    if not is_caps(text):
        return recapitalized(text) if is_lowercase(text) else text
    known = gazetteer().name_words

    def word(m: re.Match) -> str:
        w = m.group()
        if w in _KEEP_CAPS:
            return w
        cap = w[0] + w[1:].lower()
        return cap if cap in _TITLE_WORDS or cap in known and cap not in _FUNCTION_WORDS else w.lower()

    out = _CAPS_WORD.sub(word, text)
    out = re.sub(r"(?<=['’])S\b", "s", out)  # "NIGERIA'S" -> "Nigeria's"
    return out if len(out) == len(text) else text


# Cities that in news mostly stand for an institution rather than their country.
METONYM_CITIES = frozenset({"Brussels"})

_NAMES_CACHE: dict[str, tuple[frozenset[str], frozenset[str]]] = {}


def _reference_names(surface: str, terms) -> tuple[frozenset[str], frozenset[str]]:
    """Full names of the reference people a surname stands for, and their first names (cached:
    the terms of a surface never change)."""
    cached = _NAMES_CACHE.get(surface)
    if cached is None:
        full = frozenset(t.name for t in terms)
        cached = _NAMES_CACHE[surface] = (full, frozenset(n.split()[0] for n in full if " " in n))
    return cached


_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")


def _words_before(text: str, surname: str, starts: list[int] | None = None):
    """Capitalized words right before each whole-word occurrence of a surname. The surname is
    found by substring search: a regex starting with a capital-word class scans far slower.
    `starts`: every start of the surname in the text, when known (entities.occurrences)."""
    if starts is None:
        starts = []
        pos = text.find(surname)
        while pos >= 0:
            starts.append(pos)
            pos = text.find(surname, pos + 1)
    for pos in starts:
        end = pos + len(surname)
        if end == len(text) or not (text[end].isalnum() or text[end] == "_"):
            m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
            if m:
                yield m.group(1)


_ONE_PASS_TEXT = 100_000  # characters: a longer text is searched once for all names (entities.occurrences)


def _drop_namesakes(text: str, matches: list[Match]) -> list[Match]:
    """A bare surname of a reference person ("Gonzalez") is someone else when the article names
    another person with that surname ("Elian Gonzalez") and never the reference person in full nor
    under their title ("President Reagan")."""
    out = []
    verdict: dict[str, bool] = {}
    namesakes: dict[str, set[str]] = {}  # surname -> the other first names it follows, when the person is titled
    found: dict[str, list[int]] | None = None  # a long text is searched once for every name
    for m in matches:
        if m.kind == "person" and " " not in m.text:
            if m.text not in verdict:
                full_names, firsts = _reference_names(m.text, m.terms)
                # ("Fadhil al-Chalabi ... Al-Chalabi said": a sentence's first word is the same surname)
                cased = {m.text, m.text[:1].upper() + m.text[1:], m.text[:1].lower() + m.text[1:]}
                if found is None and len(text) > _ONE_PASS_TEXT:
                    surnames = {p.text: p.terms for p in matches if p.kind == "person" and " " not in p.text}
                    found = occurrences(text, [*surnames, *(n for surface, terms in surnames.items()
                                                            for n in _reference_names(surface, terms)[0] if " " in n)])
                if found is None:
                    others = {o for c in cased for o in _words_before(text, c) if o not in firsts and o not in NOT_FIRST_NAMES}
                    named_in_full = any(n in text for n in full_names if " " in n)
                else:
                    others = {o for c in cased if c in found for o in _words_before(text, c, found[c])
                              if o not in firsts and o not in NOT_FIRST_NAMES}
                    named_in_full = any(found[n] for n in full_names if " " in n)
                # "President Reagan ... Reagan and Nancy Reagan": under the reference person's own
                # title the surname is that person; only the mentions after another first name are not
                titled = any(t.title and f"{t.title} {m.text}" in text for t in m.terms)
                verdict[m.text] = bool(others) and not named_in_full
                if verdict[m.text] and titled:
                    namesakes[m.text] = others
                    verdict[m.text] = False
            if verdict[m.text]:
                continue
            if m.text in namesakes:
                before = _WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
                if before and before.group(1) in namesakes[m.text]:
                    continue  # "Nancy Reagan": the other bearer of the name
        out.append(m)
    return out


def _person_towns(matches: list[Match]) -> list[Match]:
    """"Mr Bush ... Bush officials": a town named like a person the article names (Bush, Egypt) is
    that person, unless the story names the town's country otherwise."""
    people = {w for m in matches if m.kind == "person" for w in (m.text, m.text.split()[-1])}
    if not people:
        return matches
    towns = [m for m in matches if m.kind == "city" and m.text in people]
    if not towns:
        return matches
    named = {m.iso3 for m in matches if m.kind in ("country", "demonym") or (m.kind == "city" and m.text not in people)}
    drop = {id(m) for m in towns if m.iso3 not in named}
    return [m for m in matches if id(m) not in drop] if drop else matches


# words that qualify a town without naming a person ("Central London", "Greater Manchester")
_TOWN_QUALIFIERS = frozenset("North South East West Northern Southern Eastern Western Central Greater Downtown Old New "
                             "Upper Lower Inner Outer Metropolitan Port Saint Mount Lake Fort Little Great".split())
_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|told|added|noted|stated|explained|declined|intends|believes)\b")


def _surname_towns(text: str, matches: list[Match]) -> list[Match]:
    """"said Charles Blackburn, Diamond Shamrock's president ... Blackburn said": a town named like a
    person the article introduces by given name and surname, and who speaks under it, is that
    person wherever it is not written as a place ("in Blackburn")."""
    # (or introduced by an office after the name: "said Bill Bradford, executive vice president of Dresser")
    speaking = {m.text for m in matches if m.kind == "city" and " " not in m.text and (
        _SPEAKS_AFTER.match(text, m.end) or _SURNAME_END_AFTER.match(text, m.end)
        and _GIVEN_NAME_BEFORE.search(text, max(0, m.start - 20), m.start))}
    people = set()
    for town in speaking:  # (most stories: no town speaks)
        # (every place the word is written, matched as a place or not: "Carbozulia President Luis Urdaneta
        # said", then '"...," Urdaneta said')
        for w in re.finditer(rf"(?<![\w\-]){re.escape(town)}(?![\w\-])", text):
            given = _GIVEN_BEFORE.search(text, max(0, w.start() - 20), w.start())
            if given is None or given.group(1) in NOT_FIRST_NAMES or given.group(1) in _TOWN_QUALIFIERS:
                continue
            if any(o.start <= given.start(1) < o.end for o in matches):
                continue  # "Hong Kong", a country or another place before it
            people.add(town)
            break
    if not people:
        return matches
    return [m for m in matches if not (m.kind == "city" and m.text in people
                                       and not _LOCATIVE_BEFORE.search(text, max(0, m.start - 12), m.start))]


_COMPANY_WORD_AFTER = re.compile(r"\s+(?:Petroleum|Oil|Gas|Energy|Resources|Mining|Minerals|Exploration|Pty|Corp|"
                                 r"Corporation|Co|Inc|Ltd|Holdings)\b")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|from|to|near|outside|of|via|into|across|around)\s+(?:the\s+)?$", re.I)


def _company_towns(text: str, matches: list[Match], capitals: dict[str, str]) -> list[Match]:
    """"<Delhi Petroleum Pty Ltd> said ... Delhi said in a statement": a town (not a capital, whose
    name speaks for its government) that names a company in the story is the company wherever it
    is not written as a place ("in Delhi")."""
    named = {m.text for m in matches if m.kind == "organisation" or m.kind == "city" and _COMPANY_WORD_AFTER.match(text, m.end)}
    if not named:
        return matches
    # (the firm's own name is the firm even after "of": "director of Cambridge Energy Research Associates")
    return [m for m in matches if not (m.kind == "city" and m.text in named and m.text != capitals.get(m.iso3 or "")
                                       and (_COMPANY_WORD_AFTER.match(text, m.end)
                                            or not _LOCATIVE_BEFORE.search(text, max(0, m.start - 12), m.start)))]


def _rival_towns(matches: list[Match], title_matches: Callable[[], list[Match]]) -> list[Match]:
    """A town whose name is shared by a place of comparable size in another state ("Santa Cruz": the
    Philippines, California, Bolivia's department) is read by the states its story names: the
    namesake in a state the story names elsewhere, else its usual reading when the story names that
    state; a story about other states only leaves the town's state unsaid (the town names no state).
    A dateline town, the story's own seat, keeps its usual reading."""
    rivals = city_rivals()
    towns = [m for m in matches if m.kind == "city" and m.text in rivals]
    if not towns:
        return matches
    named = {m.iso3 for m in matches if m.iso3 and (m.kind in ("country", "demonym") or
                                                    m.kind == "city" and m.text not in rivals)}
    named |= {m.iso3 for m in title_matches() if m.iso3 and m.kind in ("country", "demonym", "city")}
    out = []
    for m in matches:
        if m.kind == "city" and m.text in rivals and m.iso3 not in named and m.start > 2:
            other = sorted(rivals[m.text] & named)
            if other:
                out.append(m._replace(iso3=other[0]))
            elif not named:
                out.append(m)
            continue
        out.append(m)
    return out


# "U.S. dollars", "Hong Kong dlrs": a country word naming a currency names no party or place, but
# says which economy the story is about ("Swedish crowns" are one, "the Swedish crown princess" is not).
_CURRENCY_AFTER = re.compile(r"\s*(?:dollars?|dlrs?|cents?|pounds?|sterling|yen|yuan|renminbi|francs?|"
                             r"euros?|rupees?|roubles?|rubles?|pesos?|rand|crowns?(?!\s+prin)|kronor|krone|riyals?|"
                             r"dinars?|lira|liras|baht|ringgit|rupiah|shekels?|"
                             # a unit named for a country: "cents per U.S. gallon"
                             r"gallons?|"
                             # words that are verbs too: "the United States mark the anniversary"
                             r"(?:marks?|won)(?!\s+(?:the|a|an|its|their|his|her|this|that)\b))\b", re.I)
# "three billion dlrs U.S.", "500 mln dlrs Canadian": the country word after the currency
_CURRENCY_BEFORE = re.compile(r"\b(?:dollars?|dlrs?)\s+$", re.I)
# the letters _CURRENCY_AFTER's words start with (either case): no other ASCII character can follow
_CURRENCY_FIRST = frozenset("dcpsyrfeklbmwg")


def _currency_after(text: str, pos: int) -> bool:
    """_CURRENCY_AFTER.match(text, pos), tried only where the first character after the spaces can
    start one of its words (an ASCII character that cannot is most of them)."""
    i = pos
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    if i < n and text[i].isascii() and text[i].lower() not in _CURRENCY_FIRST:
        return False
    return _CURRENCY_AFTER.match(text, pos) is not None


# "Economy minister German Gref": after an office and before a surname a demonym is a first name
_OFFICES = r"minister|president|chairman|secretary|director|governor|ambassador|chief|official|spokesman|spokeswoman|" \
           r"premier|envoy|mayor"
# ("Tucson Mayor Regina Romero": the office capitalized before the name)
_OFFICE_BEFORE = re.compile(rf"\b(?i:{_OFFICES})\s+$")
# "External Trade Minister Alejandro Martinez Cuenca": the given names of a holder after the office
_OFFICE_GIVEN_NAMES_BEFORE = re.compile(rf"\b(?i:{_OFFICES})\s+(?:[A-Z][\w'’\-]+\s+){{1,2}}$")
# "<Petroleos de Venezuela SA>", "<ROK.N>": Reuters marks company names and tickers in angle brackets
_MARKER_OPEN = re.compile(r"<[^<>\n]{0,80}$")
_MARKER_CLOSE = re.compile(r"[^<>\n]{0,80}>")
# "Paris-based IEA", "a London-based shipbroker": a city that seats an organisation is no party or
# place ("a Korea-based joint venture" is Korean, so a country before "-based" stays)
_SEAT_AFTER = re.compile(r"-based\b")


# "Turkey Point", "Jordan Hill", "Chile Street": a country word that begins another place's name
_PLACE_NAME_HEAD = re.compile(r" (?:Point|Hill|Hills|Island|Bay|Cove|Creek|River|Valley|Lake|Falls|Springs|Beach|"
                              r"Harbou?r|Ridge|Mountain|County|Street|Road|Avenue|Square|Station|Park|Field|Canyon)\b")


def _in_company_marker(text: str, start: int, end: int) -> bool:
    return "<" in text[max(0, start - 80):start] and bool(
        _MARKER_OPEN.search(text, max(0, start - 80), start) and _MARKER_CLOSE.match(text, end))


_SURNAME_AFTER = re.compile(r"\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+\b")
_NAME_BEFORE_CITY = re.compile(r"(?:\b[A-Z]\.?|\b(?:President|Mr|Mrs|Ms|Dr|Senator|Minister|Secretary|Governor|"
                               r"General|Chancellor|Premier|King|Queen|Prince|Sheikh|Emir)\.?)\s+$")


_NATIVE_AFTER = re.compile(r"\s+(?:tribes?|tribal|reservations?|nations?|country|affairs|health\s+service|"
                           r"gaming|casinos?|lands?|communities|peoples?)\b", re.I)


def _not_places(text: str, matches: list[Match]) -> list[Match]:
    """Country words that here name a currency (kind "currency": no table takes it as a party or a
    place), a company (kind "organisation": inside a wire service's company marker "<Banco do
    Brasil>" or a ticker "<ROK.N>", or a firm's seat "London-based shipbroker") or a person's
    first name (dropped)."""
    # demonyms that are someone's surname here: "Michael German of AGA", "said Michael German, an economist"
    surnames = {m.text for m in matches if m.kind == "demonym" and _GIVEN_NAME_BEFORE.search(
        text, max(0, m.start - 20), m.start) and _SURNAME_END_AFTER.match(text, m.end)}
    out = []
    for m in matches:
        if m.kind in ("country", "demonym", "city") and (_currency_after(text, m.end) or
                                                         _CURRENCY_BEFORE.search(text, max(0, m.start - 12), m.start)):
            out.append(m._replace(kind="currency"))
            continue
        if m.kind in ("country", "demonym", "city") and (
                _in_company_marker(text, m.start, m.end) or m.kind == "city" and _SEAT_AFTER.match(text, m.end)
                or m.kind == "country" and _PLACE_NAME_HEAD.match(text, m.end)):
            out.append(m._replace(kind="organisation"))
            continue
        if m.kind == "demonym" and m.text == "Indian" and (_NATIVE_AFTER.match(text, m.end) or re.search(
                r"\b(?:American|Native)\s+$", text[max(0, m.start - 10):m.start])):
            continue  # "Indian tribes", "American Indian": the First Nations of the Americas, not India
        if m.kind in ("demonym", "city") and _SURNAME_AFTER.match(text, m.end) and \
                _OFFICE_BEFORE.search(text, max(0, m.start - 20), m.start):
            continue  # "Economy minister German Gref", "council president Darwin E. Stolte": a first name
        if m.kind == "city" and (_NAME_BEFORE_CITY.search(text, max(0, m.start - 30), m.start)
                                 or _OFFICE_GIVEN_NAMES_BEFORE.search(text, max(0, m.start - 60), m.start)):
            # "George W Bush", "President Bush", "trade minister Alejandro Martinez Cuenca": a surname
            # that is also a town's name
            continue
        if m.kind == "demonym" and _LANGUAGE_AFTER.match(text, m.end):
            continue  # "The English-language daily": a language, not a state
        if m.kind in ("country", "city") and _NAMED_ROUND_AFTER.match(text, m.end):
            continue  # "the Uruguay Round", "the Tokyo Round": a negotiation's name, no party nor place
        if m.kind == "demonym" and m.text in surnames and (
                _GIVEN_NAME_BEFORE.search(text, max(0, m.start - 20), m.start) or _SURNAME_VERB_AFTER.match(text, m.end)
                or text[max(0, m.start - 3):m.start] in ("'s ", "’s ")):
            continue  # "Michael German of AGA agreed ... AGA's German said ... German attributed": a surname
        if m.kind == "city" and (_FEATURE_AFTER.match(text, m.end) or _LISTED_FEATURES_AFTER.match(text, m.end)
                                 or _BUILDING_AFTER.match(text, m.end)):
            # "Bristol Bay", "Sable Island", "the Amadeus, Surat and Canning basins": a feature named
            # after a town, elsewhere; "at Miraflores, the presidential palace": a building
            continue
        if m.kind == "city" and (_CRUDE_GRADE_AFTER.match(text, m.end)
                                 or _GRADE_BEFORE.search(text, max(0, m.start - 16), m.start)):
            continue  # "North Sea Brent crude", "April Brent traded at 19.40 dlrs": a crude oil's grade, no town
        if m.kind == "person" and " " not in m.text and (text[m.start - 1:m.start] == "-" or text[m.end:m.end + 1] == "-") \
                and _COMPOUND_OWNER.match(text, m.end):
            continue  # "the Biden-Harris Administration": a surname in the name of a government, nobody present
        out.append(m)
    return out


_NAMED_ROUND_AFTER = re.compile(r"\s+Round\b")
# a town's name as the name of a crude oil: before the oil's own word, or after a delivery month or "North Sea"
_CRUDE_GRADE_AFTER = re.compile(r"\s+(?:crude|blend)\b")
_GRADE_BEFORE = re.compile(r"\b(?:North\s+Sea|dated|forward|Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|"
                           r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\s+$")
_LANGUAGE_AFTER = re.compile(r"[- ](?:language|speaking|speakers|translation|version|edition|subtitles)\b")
# a capitalized given name before a demonym that ends a name ("Michael German, an economist")
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w.’'-])(?!(?:The|A|An|West|East|North|South|New|Old|Of|And|In|For|By|To|At|On|"
                                r"But|If|As|Its|His|Her|Their|Our|Federal|Former|Swiss|Soviet|Anglo|Franco)\b)"
                                r"[A-Z][a-z]{2,}\s+$")
# ("Michael German, vice president of economic analysis at ...": an office apposed to the name)
_SURNAME_END_AFTER = re.compile(r",\s+(?:an?|the)\s|\s+(?:said|says|told|added|argued|noted)\b|\s*\)|"
                                r"\s+of\s+(?:the\s+)?[A-Z]{2,}\b|,\s+(?:(?:senior|executive|deputy|vice|chief|assistant)\s+)*"
                                r"(?:president|chairman|director|economist|analyst|spokes(?:man|woman)|manager|head|"
                                r"secretary|professor)\b")
_SURNAME_VERB_AFTER = re.compile(r"\s+(?:said|says|told|added|argued|noted|agreed|attributed|predicted|warned|"
                                 r"estimated|explained)\b")
_COMPOUND_OWNER = re.compile(r"(?:-[A-Z][\w’']+)*\s+(?:[Aa]dministration|[Gg]overnment|era|[Tt]icket|[Cc]ampaign|years)\b")
_LISTED_FEATURES_AFTER = re.compile(r"(?:,\s+[A-Z][\w\-]*){0,5},?\s+(?:and|&)\s+[A-Z][\w\-]*\s+(?:basins|fields|rivers|"
                                    r"valleys|islands|lakes|bays|seas|mountains|straits)\b|\s+(?:basins|oilfields)\b")
_FEATURE_AFTER = re.compile(r"\s+(?:Bay|Basin|Strait|Sea|Islands?|River|Valley|Canyon|Gulf|Sound|Peninsula|Lake|"
                            r"Mountains?|Shelf|Trough|Ridge)\b")
# "met President Jaime Lusinchi at Miraflores, the presidential palace": a building named like a town
# elsewhere (Miraflores, Lima)
_BUILDING_AFTER = re.compile(r",?\s+(?:the\s+)?(?:presidential|royal|imperial|official|government|governor['’]s|"
                             r"prime\s+minister['’]s|president['’]s)\s+(?:palace|residence|mansion|compound|retreat)\b",
                             re.I)


def _as_of(matches: list[Match], on: date | None) -> list[Match]:
    """Places resolved to the state of the article's date: in 1987 Moscow and "Russian" are SUN."""
    if on is None or on >= last_border_change():
        return matches
    renamed = dated_names()
    out = []
    for m in matches:
        then = state_on(m.iso3, on) if m.kind in ("country", "demonym", "city", "currency") else m.iso3
        if m.text in renamed and m.kind in ("country", "demonym") and on < renamed[m.text][0]:
            then = renamed[m.text][1]  # "Congo" in 1987 is Brazzaville's (Kinshasa's state was Zaire)
        out.append(m if then == m.iso3 else m._replace(iso3=then))
    return out


_QUALIFIER = re.compile(r",\s*(?:the\s+)?([A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*){0,2})")
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_AFTER_PLACE_NAME = re.compile(r"\b(?:in|at|near|of|from)\s+(?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*,\s*$")


def _qualified(text: str, matches: list[Match]) -> list[Match]:
    """A place followed by its state or country is in that country: "Athens, Georgia" and "East
    Palestine, Ohio" are in the USA, "London, Ontario" in Canada, "Frankfurt, Kentucky" not in
    Germany. The place becomes a city of the qualifier's country (with its leading word, "East")."""
    if ", " not in text:
        return matches
    regions = load_regions()
    out: list[Match] = []
    skip_until = -1
    for i, m in enumerate(matches):
        if m.start < skip_until:
            continue
        if m.kind == "city" and m.text in regions and regions[m.text] != m.iso3 and \
                _AFTER_PLACE_NAME.search(text, max(0, m.start - 40), m.start):
            # "claims in Elliot Lake, Ontario": a region's name after a place name qualifies it, the
            # province, not the namesake city (Ontario, California)
            out.append(m._replace(iso3=regions[m.text]))
            continue
        if m.kind in ("city", "country") and text.startswith(",", m.end):
            q = _QUALIFIER.match(text, m.end)
            region = None
            if q:
                words = q.group(1).split()
                # the longest leading run of words that names a region ("New Mexico", not "New")
                for cut in range(len(words), 0, -1):
                    name = " ".join(words[:cut])
                    name = name if name in regions else name.rstrip(".")  # "Ohio." ends a sentence
                    if name in regions:
                        region = (regions[name], q.start(1) + len(name))
                        break
            nxt = matches[i + 1] if i + 1 < len(matches) else None
            if region is None and m.kind == "city" and nxt is not None and nxt.kind == "country" and q \
                    and nxt.start == q.start(1) and nxt.iso3 != m.iso3:
                region = (nxt.iso3, None)  # a city qualified by another country: "Paris, Kenya"
            if region is not None and region[0] != m.iso3:
                start = m.start
                lead = _NAME_BEFORE.search(text, max(0, m.start - 12), m.start)
                if m.kind == "country" and lead:
                    start = lead.start(1)  # "East Palestine"
                out.append(Match(start, m.end, text[start:m.end], "city", region[0]))
                if region[1] is not None:
                    skip_until = region[1]
                continue
        out.append(m)
    return out


_STORY_YEAR = re.compile(r"\b((?:19[5-9]|20[0-3])\d)\b(?!\s*[-–/]\s*\d)")
_FUTURE_NEAR = re.compile(r"\b(?:will|would|shall|expected|expects|plans?|planned|targets?|forecasts?|projected|"
                          r"aims?|hopes?|due)\b[^.;]*$", re.I)
_AHEAD_OF_YEAR = re.compile(r"\b(?:by|until|till|through|to|before|in\s+the\s+year|target|from|end\s+of|next|-|–)\s*$", re.I)


def _same_person(matches: list[Match]) -> list[Match]:
    """A bare name that repeats a word of a person named in full before is that person: "Sheikh Ali
    al-Khalifa al-Sabah ... Ali said" is Kuwait's minister, not another Ali of the reference data."""
    full: dict[str, Match] = {}
    out = []
    for m in matches:
        if m.kind == "person":
            if " " in m.text:
                for word in m.text.split():
                    if word[:1].isupper() and len(word) > 2:
                        full.setdefault(word, m)
            elif m.text in full and full[m.text].iso3 != m.iso3:
                m = m._replace(iso3=full[m.text].iso3, terms=full[m.text].terms)
        out.append(m)
    return out


# Reuters marks firms' names in angle brackets ("<Nissan Mexicana SA de CV>"; tickers "<NSAN.T>" have no space)
_BRACKETED = re.compile(r"<([A-Z][^<>\n]{2,80})>")
_STATE_BODY_NAME = re.compile(r"\b(?:Export-Import|Central|National|Reserve|People['’]s|State|Development)\s+Bank|"
                              r"\b(?:Ministry|Government|Agency|Authority|Commission)\b")
_NAME_WORD_BEFORE = re.compile(r"(?:^|[\s<])([A-Z][\w&\-]*)\s+$")


_OWNER_BEFORE = re.compile(r"\b[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?['’]s\s+(?:[\w\-]+\s+){0,3}$")
# the rest of a company's name after its first word: "(Chinese) Petroleum Corp", "(British) Aerospace Plc"
_FIRM_NAME_AFTER = re.compile(r"(?:\s+(?:[A-Z][\w&\-]*|and|of|&)){1,3}\s+(?:Corp|Corporation|Co|Inc|Ltd|Plc|PLC|AG|SA|NV|"
                              r"GmbH|SpA|Bhd|Berhad|Limited|Company)\b(?!\s+of\s+[A-Z])")


@dataclass
class Article:
    article_id: str
    text: str  # the article text with URLs masked (same length and offsets as articles.text)
    title: str | None
    published: date | None
    source: str | None
    gaz: Gazetteer = field(repr=False)
    # the gazetteer's readings of the text (`matches`), found on first use: a story whose candidate
    # sentences hold no mention a reader keeps never needs them (a third of the stories built)
    _matches: list[Match] | None = field(default=None, repr=False)
    _title_matches: list[Match] | None = field(default=None, repr=False)
    _actors: ArticleActors | None = field(default=None, repr=False)
    original: str = field(default="", repr=False)
    _starts: list[int] | None = field(default=None, repr=False)
    # per-article results that the extractors would otherwise recompute for every sentence
    # (a whole-text search per sentence makes a long article cost sentences x text)
    memo: dict = field(default_factory=dict, repr=False)
    # every sentence's span as sentences_frame split the text, when the text is the one it split
    _split: list[tuple[int, int]] | None = field(default=None, repr=False)

    def evidence(self, start: int, end: int) -> str:
        """The sentence as it stands in articles.text."""
        return self.original[start:end]

    @classmethod
    def build(cls, article_id: str, text: str, title: str | None, published: datetime | date | None,
              source: str | None, sentences: list[tuple[int, int]] | None = None) -> Article:
        """`sentences`: the spans of all the text's sentences, when already split (sentences_frame),
        used only if reading the text changed none of its characters."""
        gaz = gazetteer()
        on = published.date() if isinstance(published, datetime) else published
        art = cls(article_id, straightened_apostrophes(mask_urls(decapitalized(text))), title, on, source, gaz)
        art.original = text
        if sentences is not None and art.text == text:
            art._split = sorted(sentences)
        return art

    @property
    def matches(self) -> list[Match]:
        """The gazetteer's matches in the text, as read in context (found on first use)."""
        if self._matches is None:
            text, gaz, on = self.text, self.gaz, self.published
            found = _not_places(text, _drop_namesakes(text, gaz.find(text, on)))
            places = _surname_towns(text, _person_towns(_as_of(_qualified(text, found), on)))
            places = _rival_towns(_company_towns(text, places, gaz.capitals), lambda: self.title_matches)
            self._matches = _same_person(places)
        return self._matches

    @property
    def title_matches(self) -> list[Match]:
        """The gazetteer's matches in the title (found on first use: most articles never ask)."""
        if self._title_matches is None:
            # (a country word naming a currency names no state here either: "TO RAISE 30 MLN U.S. DLRS")
            title = decapitalized(self.title) if self.title else ""
            self._title_matches = [m for m in _not_places(title, _as_of(self.gaz.find(title, self.published),
                                                                         self.published)) if m.kind != "currency"] \
                if self.title else []
        return self._title_matches

    def places_in(self, words: str) -> list[Match]:
        """The gazetteer's matches in a piece of text apart from the article's own reading (a heading
        set in capitals: "SOUTH AFRICA CORN"), as of the article's date."""
        return _as_of(self.gaz.find(decapitalized(words), self.published), self.published)

    @cached_property
    def lower(self) -> str | None:
        """The text lower-cased with every offset kept, else None (see patterns.Caseless)."""
        return lowered(self.text)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) of every sentence of the text (split once: several readers walk them all)."""
        if self._split is not None:
            return self._split  # (split by sentences_frame: the rules of split_sentences, vectorized)
        return split_sentences(self.text)

    @cached_property
    def news_year(self) -> int | None:
        """The year of the story: of its date, else the latest year its text names as past or present
        (an undated story of 2005 names 2005; "by 2010", "until 2008" look ahead and are left out)."""
        if self.published is not None:
            return self.published.year
        years = [int(m.group(1)) for m in _STORY_YEAR.finditer(self.text)
                 if not _AHEAD_OF_YEAR.search(self.text, max(0, m.start() - 14), m.start())
                 and not _FUTURE_NEAR.search(self.text, max(0, m.start() - 60), m.start())]
        return max(years) if years else None

    @property
    def actors_home(self) -> str | None:
        """The country of a government publisher ("the President" of a White House release)."""
        return home_country(self.source)

    @property
    def actors(self) -> ArticleActors:
        if self._actors is None:
            self._actors = ArticleActors(self.text, self.matches, self.gaz, self.published, self.source,
                                         self.dateline_place)
        return self._actors

    def matches_in(self, start: int, end: int, kinds: tuple[str, ...] | None = None) -> list[Match]:
        # matches are sorted by start: bisect, so long articles do not cost sentences x matches
        if self._starts is None:
            self._starts = [m.start for m in self.matches]
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [m for m in self.matches[lo:hi] if kinds is None or m.kind in kinds]

    def countries_in(self, start: int, end: int) -> list[str]:
        """ISO3 codes named in a span (countries, demonyms and cities), in order, once each."""
        out: list[str] = []
        for m in self.matches_in(start, end, ("country", "demonym", "city")):
            if m.text in METONYM_CITIES:
                continue
            if m.iso3 and m.iso3 not in out:
                out.append(m.iso3)
        return out

    def in_firm_name(self, m: Match) -> bool:
        """Is the place word part of a firm's name that the wire marks in angle brackets somewhere in
        the article ("<Nissan Mexicana SA de CV>", then "Nissan Mexicana will invest")? A state's
        bank keeps its state ("<Export-Import Bank of Japan>")."""
        if m.kind == "demonym" and _FIRM_NAME_AFTER.match(self.text, m.end):
            # "Taiwan's state-owned Chinese Petroleum Corp": a demonym that opens the name of a company
            # the text gives another home (there and wherever the story names that company again)
            if any(self.text.startswith(name, m.start) for name in self._homed_firm_names()):
                return True
        names = self.memo.get("bracketed_names")
        if names is None:
            names = self.memo["bracketed_names"] = [
                n for n in _BRACKETED.findall(self.text) if " " in n and not _STATE_BODY_NAME.search(n)]
        if not names:
            return False
        lead = _NAME_WORD_BEFORE.search(self.text, max(0, m.start - 30), m.start)
        if lead is None and self.text[m.start - 1:m.start] != "<":
            return False
        phrase = (lead.group(1) + " " if lead else "") + m.text
        return any(n.startswith(phrase + " ") or f" {phrase} " in f" {n} " and lead for n in names)

    def _homed_firm_names(self) -> list[str]:
        names = self.memo.get("homed_firm_names")
        if names is None:
            names = self.memo["homed_firm_names"] = []
            for m in self.matches:
                if m.kind != "demonym":
                    continue
                firm = _FIRM_NAME_AFTER.match(self.text, m.end)
                if not firm or _STATE_BODY_NAME.search(self.text, m.start, firm.end()):
                    continue
                owner = _OWNER_BEFORE.search(self.text, max(0, m.start - 50), m.start)
                if owner and any(o.kind == "country" and o.iso3 and o.iso3 != m.iso3
                                 for o in self.matches if owner.start() <= o.start < owner.end()):
                    names.append(self.text[m.start:firm.end()])
        return names

    def dateline_place(self) -> Match | None:
        """The place of the wire dateline, found once per article (it is asked for every "here")."""
        if "dateline_place" not in self.memo:
            self.memo["dateline_place"] = self._dateline_place()
        return self.memo["dateline_place"]

    def dateline_at(self, pos: int) -> Match | None:
        """The dateline that places the text at pos: in a digest of wire items ("Xinhua Mideast news
        summary") each item opens with its own ("\nCAIRO, Nov. 8 (Xinhua) -- Visiting UN Secretary-General
        ..."), which places its paragraphs; else the story's."""
        items = self.memo.get("item_datelines")
        if items is None:
            items = self.memo["item_datelines"] = self._item_datelines()
        for start, place in reversed(items):
            if start <= pos:
                return place
        return self.dateline_place()

    def _item_datelines(self) -> list[tuple[int, Match]]:
        out: list[tuple[int, Match]] = []
        for m in _ITEM_DATELINE.finditer(self.text):
            place = m.group("place").strip()
            found = [pm for pm in _as_of(self.gaz.find(place.title(), self.published), self.published)
                     if pm.kind in ("city", "country") and pm.start == 0]
            if found:  # (a paragraph opening "NOTE - " names no place: it keeps the story's)
                start = m.start("place")
                out.append((start, found[0]._replace(start=start, end=start + len(place))))
        return out

    def dateline_match(self) -> re.Match | None:
        """The wire dateline at the head of the story ("CALGARY, Alberta, June 2 - "), matched once."""
        if "dateline_match" not in self.memo:
            self.memo["dateline_match"] = _DATELINE.match(self.text)
        return self.memo["dateline_match"]

    def _dateline_place(self) -> Match | None:
        m = self.dateline_match()
        if not m:
            return None
        for pm in self.matches:
            if pm.start >= m.end():
                break
            if pm.kind in ("city", "country") and pm.start < m.end("place") + 1:
                return pm
        if m.group("region"):
            # "MAR DEL PLATA, Argentina, Nov. 5": a town the reference does not know, in the country named after it
            for pm in self.matches:
                if pm.start >= m.end("region"):
                    break
                if pm.kind == "country" and pm.start >= m.start("region"):
                    return pm
        place = m.group("place").strip()
        if place.isupper():
            # wire datelines are in capitals ("CARACAS, March 10 - "): read the place in ordinary case
            for pm in _as_of(self.gaz.find(place.title(), self.published), self.published):
                if pm.kind in ("city", "country") and pm.start == 0:
                    return pm
        return None
