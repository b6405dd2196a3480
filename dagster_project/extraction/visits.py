"""Visits: someone acting for a state travelling from their country to another.

Candidate sentences are picked with one vectorized Polars pass over all sentences; only those
get the careful work: find the travel phrase, the places after it (a city implies its
country), the traveller (the actor before the phrase, or after "welcome"/"host"/"by"), the
host (a named actor of the destination), and the status from tense, modality and dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

import polars as pl

from .. import reference
from ..reference import possession_of, state_on
from . import EXTRACTOR_VERSION
from .actors import NAME, SHIP_ROLES, Actor
from .article import METONYM_CITIES, Article
from .entities import NOT_FIRST_NAMES, Match
from .frames import fact_id
from .patterns import (
    CAPS_HEADING,
    DATELINE,
    PURPOSE_AFTER,
    Caseless,
    Folded,
    consumed_word_boundaries,
    rust_prefilter,
    sentence_end,
    sentence_start,
    split_word_alternation,
)
from .timing import (
    ON_A_LEG_AFTER,
    clause_status,
    days_back,
    mentioned_date,
    names_a_weekday,
    opens_in_the_past,
    planned_by_main_clause,
    sentence_status,
    trip_clause_status,
    visit_status,
)
from .visit_pairs import scored_pairs

# Cheap prefilter (lower-cased substrings) for the vectorized pass.
_SIDELINE_WORDS = ["sideline", "margins of", "margin of", "fringes of"]
PREFILTER = ["swing through", "attendance", "participation", "presence", "among the", *_SIDELINE_WORDS, "said in", "spoke in", "speaking in", "told ", "announced in", "signed", "initial", "discussed",
             "held talks", "conferred", "met ", "visit", "trip", "tour", "travel", "arriv", "flew", "fly ", "flies", "head", "left ", "leave",
             "summit", "talks in", "talks with", "met in", "meet", "welcome", "host", "here for", "return",
             "stop", "touched down", "touches down", "touch down", "expected in", "due in", "went to", "came to", "in town", "delegation", "mission to", "go to", "going to", "goes to", "going next", "goes next", "go next", "going this", "going tomorrow", "go tomorrow", "receive",
             "depart", "be in", "is in", "was in", "were in", "are in", "now in", "currently in", "still in", "already in", *(f" {v} {d} " for v in ("lead", "leads", "leading", "led") for d in ("a", "an", "the", "its", "their", "his", "her")), "taken ", "took ", "takes ", "brought ",
             "brings ", "inauguration", "funeral", "coronation", "while in", "when in", "whilst in",
             "meeting here", "said here", "spoke here", "talks here", "gathered ", "convened ", "gathering here", "met here", "conference here", "summit here", "addressed", "attend",
             "present at", "took part", "take part", "taking part", "participat", "sought", "lobbied",
             "negotiated", "campaigned", "spent ", "spend", "day in ", "today in ", "yesterday in ", "tonight in ", "speaking to ",
             "spoke to ", "speech in", "speech at", "address in", "address at", "lecture in", "lecture at", "send ", "sent ", "sends ", "sending ", "appearance", " here"]

# "met with her in February 2024 at the Munich Security Conference": a month is no place
_NOT_A_MONTH = r"(?!\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
# an arrival with a time and no place ("who arrives today"): placed by the dateline or the title
# ("arrived here Wednesday", "is expected to arrive early Saturday morning")
_ARRIVAL_WHEN = (r"arriv(?:e|es|ed|ing)\s+(?:here\s+)?(?:(?:early|late|later)\s+)?"
                 r"(?:today|tonight|yesterday|tomorrow|on\s+\w+day|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|"
                 # "arrived here last night", "arrived here this morning" (here only: "arrived last night after
                 # a stopover in Lima" does not arrive in Lima)
                 r"arriv(?:e|es|ed|ing)\s+here\s+(?:last\s+night|overnight|this\s+(?:morning|afternoon|evening))\b")

_SENT_BODIES = r"(?:delegation|envoy|mission|team|representatives?)"  # what a state sends abroad as a body
# a tour's leg: "(a tour that has) taken him to", "will also bring him on to" (a trigger, and the leg's own tense)
_TOUR_LEG = r"(?:taken|took|takes|take|brought|brings|bring)\s+(?:him|her|them)\s+(?:on\s+)?to"
TRIGGER = Caseless(
    r"\b(?:(?P<visit>(?:state\s+|official\s+|working\s+|first\s+|goodwill\s+)?visit(?:s|ed|ing)?|trips?|tour(?:s|ed|ing)?|"
    r"journey|stopover|arrival|mission\s+to|delegation\s+to|swing\s+through|"
    # "He will see an HIV/Aids orphanage in Tanzania": a site the traveller goes to see
    r"(?:see|sees|saw|inspect(?:s|ed)?|view(?:s|ed)?)\s+(?:an?|the|its|their|his|her)\s+(?:[\w/\-]+\s+){0,3}?"
    r"(?:orphanage|school|hospital|clinic|camp|slum|shantytown|project|factory|site|village|farm|mine|military\s+base|"
    r"memorial|museum|community|centre|center|credit\s+union|port|dam)s?)"
    r"|(?P<travel>travel(?:s|ed|led|ing|l?ing)?\s+(?:on\s+)?to|fl(?:y|ies|ew|ying)\s+(?:on\s+to|(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:to|into))|head(?:s|ed|ing)?\s+(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:(?:morning|afternoon|evening|night)\s+)?)?(?:to|for)|"
    r"go(?:es|ing)?\s+(?:(?:next|this)\s+(?:week|month)\s+|tomorrow\s+|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?to|went\s+to|c[oa]me?\s+to|coming\s+to|return(?:s|ed|ing)?\s+(?:to|from)|"
    # "arrived Saturday in Cairo", "touched down in Cairo"
    r"(?:arriv(?:e|es|ed|ing)|touch(?:es|ed|ing)?\s+down)\s+(?:back\s+)?(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+"
    r"(?:(?:morning|afternoon|evening|night)\s+)?|today\s+|yesterday\s+|tonight\s+)?(?:in|at|from)|left|leaves|"
    # "Bush departed Washington early Thursday for Mar del Plata": read as "left"
    r"depart(?:s|ed)(?=\s+[A-Z])(?!\s+(?:for|from)\b)|"
    r"(?:leaving|leave)\s+(?:[\w\-]+\s+){0,3}?for(?=\s+(?:the\s+)?[A-Z])|depart(?:s|ed)?\s+(?:for|from)|land(?:s|ed)\s+in|stop(?:s|ped)?\s+"
    r"(?:in|at|over\s+in)|(?:be|is|was|were|are)\s+(?:now\s+|currently\s+|still\s+|already\s+)?in|"
    # "The AU mission has already been in DRC and Rwanda": stays behind it
    r"(?:has|have|had)\s+(?:already\s+|also\s+)?been\s+in(?=\s+(?:the\s+)?[A-Z])|here\s+for|in\s+town|(?:while|when|whilst)\s+in|"
    # "who was expected in Lima early Thursday", "is due in Tokyo on Monday": an arrival awaited
    r"(?:be|is|was|were|are)\s+(?:also\s+)?(?:expected|due)\s+(?:back\s+)?in(?=\s+(?:the\s+)?[A-Z])|"
    # "is due here next week", "was expected here on Monday": awaited at the story's place
    r"(?:be|is|was|were|are)\s+(?:also\s+)?(?:expected|due)\s+(?:back\s+)?here\b|"
    # "will be here too", "is here": the place of the story ("is here to stay" is no stay)
    r"(?:be|is|was|were|are)\s+(?:also\s+)?here(?!\s+to\b)(?=\s+too\b|\s*[.,;]|\s+(?:this|last|earlier\s+this)\s+(?:week|month)\b|\s+(?:today|yesterday)\b)|"
    rf"{_TOUR_LEG}|"
    r"departure\s+(?:[\w\-]+\s+){0,10}?(?:for|to)(?=\s+(?:the\s+)?[A-Z])|"
    # "spent two days at the end of last week in Washington": a stay
    r"spen(?:d|ds|t|ding)\s+(?:(?:a|an|the|two|three|four|five|six|seven|several|few|\d+)\s+)?(?:[\w\-]+\s+)?"
    r"(?:days?|weeks?|weekend|nights?|hours?)\s+(?:[\w\-]+\s+){0,6}?in(?=\s+(?:the\s+)?[A-Z])|"
    # "would send a high-level delegation to Washington": the sender's state travels
    rf"sen(?:d|ds|t|ding)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w\-]+\s+){{0,3}}?{_SENT_BODIES}\s+to|"
    # "will lead a high-level U.S. team to Beijing": the one who leads a state's body travels with it
    rf"(?:lead|leads|leading|led)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w.\-]+\s+){{0,3}}?{_SENT_BODIES}\s+"
    # ("led a US delegation with representatives from the Department of State to a high-level conference
    # in Tashkent": who came along, then the gathering and its place)
    r"(?:with\s+[^.;:]{3,160}?\s+)?(?:(?:next|this)\s+(?:week|month)\s+)?to"
    r"(?:\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?(?:conference|summit|meeting|forum|talks|session|ministerial)\s+in)?"
    r"(?=\s+(?:the\s+)?[A-Z])|"
    # "is sending Secretary of State George Shultz to Moscow": the official sent travels (_travellers)
    r"sen(?:d|ds|t|ding)\s+(?:[\w.'’\-]+\s+){1,6}?to(?=\s+(?:the\s+)?[A-Z])|"
    rf"(?P<arrival_when>{_ARRIVAL_WHEN}))"
    r"|(?P<presence>(?:said|spoke|speaking|told\s+(?:[\w.'’\-]+\s+){0,4}?|announced)\s+in"
    r"|told\s+(?:reporters|journalists|newsmen|the\s+press)\s+in"
    # "Sasae Kenichiro, head of the Japanese delegation, said here Tuesday": where the story is filed
    r"|(?:said|spoke|told\s+(?:reporters|journalists|newsmen|the\s+press)|called|urged|warned|stressed|declared)\s+here"
    # "said Sunday in Shanghai", "speaking to journalists in Tokyo": the day or the audience between
    r"|(?:said|spoke|speaking|announced)\s+(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|"
    r"tonight)\s+in|(?:spoke|speaking)\s+to\s+(?:journalists|reporters|the\s+press|a\s+news\s+conference)\s+in"
    r"|(?:told|addressed|address(?:es|ing)?)\s+(?:an?|the)\s+(?:(?!that\s)[\w.'’\-()]+\s+){0,12}in"
    r"|(?:signed|initialled|initialed|discussed|held\s+talks|conferred|sought|lobbied|negotiated|campaigned)\s+"
    r"(?:[\w.'’\-]+\s+){0,8}?in"
    # "Hu Jintao delivers speech in India", "gave a lecture at Oxford"
    r"|(?:deliver(?:s|ed|ing)?|g(?:ave|ives|iving)|made|makes)\s+(?:an?\s+|his\s+|her\s+)?(?:[\w\-]+\s+)?(?:speech|address|"
    r"lecture)\s+(?:in|at)(?=\s+(?:the\s+)?[A-Z])"
    # "made a surprise appearance in Davos"
    r"|(?:made|makes|make|making)\s+(?:an?\s+|his\s+|her\s+)?(?:[\w\-]+\s+)?appearance\s+(?:in|at)"
    r"(?=\s+(?:the\s+)?[A-Z]))"
    r"|(?P<meet>(?P<attend>attend(?:ed|s|ing)?|(?:was|were|is|are)\s+present\s+at|t(?:ook|ake|akes|aking)\s+part\s+in|"
    r"participat(?:ed|es|ing)\s+in)|(?:met|meeting|talks|conference|gather(?:ed|s|ing)?)\s+here|"
    # "will meet senior commercial bankers here today": whom one meets, then the story's place
    r"meets?\s+(?:[\w\-]+\s+){1,4}?here|"
    # "met a Latvian delegation here on Monday": the object came to the story's place
    r"met\s+(?:an?\s+|the\s+)?(?:[\w.'’\-]+\s+){0,4}?(?:delegation|mission|team|envoy|group)\s+here|(?:met|meeting|gathered|convened)\s+(?:[\w.'’\-]+\s+){0,24}?(?:in|at)(?=\s+(?:the\s+)?[A-Z])"
    f"{_NOT_A_MONTH}"
    r"|meet(?:s|ing)?\s+(?:[\w,\-]+\s+){0,6}?in|summit(?:\s+meeting)?\s+in|summit\s+here|talks\s+in|conference\s+in|"
    # "during talks with Kenyan President Moi in Washington": the one talked with is there
    r"(?<!held\s)(?<!hold\s)(?<!holds\s)(?<!had\s)talks\s+with\s+(?:[\w.'’\-]+\s+){1,8}?in(?=\s+(?:the\s+)?[A-Z])|"
    r"(?:inauguration|funeral|coronation|summit|conference)\s+(?:of\s+|for\s+)(?:[\w.'’\-]+\s+){0,5}?in(?=\s+(?:the\s+)?[A-Z])|"
    r"summit\s+(?:meeting\s+)?(?:last|next|this)\s+\w+\s+in|(?P<named_meeting>summit|conference))"
    r"|(?P<host>welcom(?:e|es|ed|ing)|host(?:s|ed|ing)?|receiv(?:e|es|ed|ing)))\b",
)
# Where a clause ends: places after this belong to something else.
# (an honorific's stop ends nothing: "her National Security Advisor, Dr. Phil Gordon, to Guatemala City")
_CLAUSE_END = re.compile(r";|\s(?:but|while|whereas|although|said|says|according)\s|(?<![A-Z])(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)"
                         r"(?<!\bJr)\.\s|\s—\s|\s-\s")
# A place right after these words is not a stop of the trip.
# "the Thai beach resort of Phuket", "the port city of Aden": the place itself, after its kind
_PLACE_OF = re.compile(r"\b(?:resort|city|town|port|capital|island|province|region|village|state)\s+of\s+$")
_NOT_A_STOP_BEFORE = re.compile(r"(?:\bof|\bfrom|\bwith|\bbetween|\bagainst|\bamong|\bby|"
                                # "discussed shared concerns about Belarus": the topic of talk
                                r"\babout|\bconcerning|\bregarding|"
                                # "precedes the announcement of a new policy on Iraq": what it is about
                                r"\b(?:polic(?:y|ies)|strateg(?:y|ies)|stance|views?|position|report|debate|resolution)\s+"
                                r"(?:toward|towards|on))\s+(?:the\s+)?$", re.I)
_SAYING = re.compile(r"said|spoke|speaking|told|announced|called|urged|warned|stressed|declared", re.I)
# between two coordinated people: a comma or "and", the next one's determiner and qualifiers
# ("Tony Blair and South African President Thabo Mbeki", "his Israeli counterpart, Ariel Sharon, and the
# Palestinian leader, Mahmoud Abbas")
# (an official's state after the name: "Foreign Minister X of Australia, Foreign Minister Y of Japan, and ...")
_LIST_GAP = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})?"
                       r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:the|his|her|their)\s+)?(?:[A-Z][\w.\-]*\s+){0,3}")
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|his|her|they|their)\b", re.I)
_INVITATION_HOST = re.compile(r"invitation\s+of\s+$", re.I)
LANDMARKS = {"White House": "USA", "Camp David": "USA", "Oval Office": "USA", "Kremlin": "RUS",
             "Elysee Palace": "FRA", "Élysée Palace": "FRA", "Downing Street": "GBR",
             "Great Hall of the People": "CHN", "Zhongnanhai": "CHN", "Capitol Hill": "USA",
             # the seats of government, not the namesake towns of Colorado or elsewhere
             "Westminster": "GBR", "Whitehall": "GBR"}
_LANDMARK = re.compile("|".join(re.escape(k) for k in LANDMARKS))
# the means of a contact made from afar
_REMOTE_MEANS_WORDS = r"phone|telephone|video|virtual(?:ly)?"
# ("spoke with the Prime Minister" is a readout's call; "spoke to reporters" is an audience there)
_VIRTUAL = re.compile(rf"\b(?:{_REMOTE_MEANS_WORDS}|call(?:ed|s)?\s+with|spoke\s+(?:with|to|by)"
                      r"(?!\s+(?:the\s+)?(?:reporters|journalists|press|media|students|crowds?|supporters|troops|"
                      r"workers|audiences?|lawmakers|parliament))|"
                      r"written\s+(?:remarks|statement|message)|(?:remarks|message|statement)\s+(?:was\s+|were\s+)?"
                      r"(?:distributed|read\s+out|circulated))\b", re.I)
# (the means alone for the learned reader: "spoke with" says none: "Sullivan spoke with X. Sullivan hosted Y")
_REMOTE_MEANS = re.compile(rf"\b(?:{_REMOTE_MEANS_WORDS})\b", re.I)
# contact by letter: "Thatcher and Shultz have written to the Japanese government about the merger"
_CORRESPONDENCE = re.compile(r"\b(?:written|wrote|writes|write|writing)\s+(?:a\s+letter\s+)?to\b|\b(?:sent|send|sends)\s+"
                             r"(?:a\s+|an\s+)?(?:letter|message|note|cable)\b|\bletters?\s+to\b", re.I)
# Roles whose holders travel for their state; a presence phrase ("said in Vilnius") needs one.
LEADER_ROLES = frozenset({"head_of_state", "head_of_government", "vice_president", "foreign_minister", "royal",
                          "party_leader", "president", "prime minister", "premier", "chancellor", "king", "queen",
                          "foreign minister", "secretary of state", "foreign secretary", "crown prince", "emir"})
# Characters between the traveller's name and the travel phrase ("X, who ... , will visit Y").
MAX_SUBJECT_GAP = 90
_WHERE_CLAUSE = re.compile(r",?\s+where\s+(?:he|she|they|it|[A-Z][\w\-]+)\s+(?:was|were|is|are|had\s+been|has\s+been)\s+"
                           r"(?:on\s+)?(?:an?|his|her|their)?\s*(?:[\w\-]+\s+){0,3}$")
_NAMES_A_ROUND = re.compile(r"\s+[Rr]ound\b")
_TODAY_OR_YESTERDAY = re.compile(r"\b(?:[Tt]oday|[Yy]esterday|[Tt]his\s+(?:morning|afternoon|evening)|[Tt]onight|"
                                 r"[Ll]ast\s+night)\b")
# Refusing a trip: "declined to travel", "skipped the summit", "boycotted the talks".
_REFUSE_TO = r"(?:declined|refused|decided\s+not|chose\s+not|failed)\s+to"
_SHUNNED = r"skipp\w+|boycott\w*"
_NOT_TO = rf"(?:{_REFUSE_TO}|(?:did|will|would)\s+(?:now\s+|then\s+)?not|didn.t|won.t|(?:will|would)\s+no\s+longer)"
_DECLINED_ATTEND = re.compile(rf"\b(?:{_NOT_TO}\s+attend|{_SHUNNED}|stayed\s+away\s+from)\s+(?:[\w\-'’]+\s+){{0,4}}$", re.I)
# the attending verb itself refused: "he would now not attend"
_NOT_BEFORE_ATTEND = re.compile(rf"\b{_NOT_TO}\s+$", re.I)
# a venue and then its city after "met at": "met today at the Office of the Government in Hanoi"
_VENUE_IN = re.compile(r"\s+the\s+[A-Z][^.;,]{0,80}?\s+in\s+")
# a trip that was planned before it was called off
_AS_PLANNED = re.compile(r"\bas\s+(?:planned|scheduled|expected)\b|\b(?:had\s+been|was|were)\s+(?:due|expected|scheduled|set)\s+to\b|"
                         r"\bno\s+longer\b|\b(?:will|would)\s+now\s+not\b", re.I)
_GOING_TO_VERB = re.compile(r"\s+(?!the\b)[a-z]+\b")
_WELCOMED_THING = re.compile(r"\s+(?:the|a|an|this|that|his|her|their|its|[A-Z][\w\-]*['’]s)\s+(?:[\w\-]+\s+){0,2}?(?:outcome|decision|"
                             r"move|news|results?|agreement|proposal|statement|report|initiative|steps?|announcement|"
                             r"progress|efforts?|plan|deal|accord|resolution|release|vote|ruling|election|appointment|"
                             r"idea|offer|call|commitment|support|signing|resumption|launch|creation|letter|message|"
                             r"note|invitation|request|assurances?|reply|telegram|briefing|diplomas?|degrees?|doctorates?|awards?|prizes?|"
                             r"medals?|honou?rs?|participation|contributions?|engagement|leadership)\b")
# ("received a letter from", "receive an honorary diploma"; "welcome the participation of the Leaders of
# A and B" in a summit's communique: what they bring, not guests received where the publisher is)
_IN_YEAR = re.compile(r"\b(?:in|since)\s+(?:(?:early|mid|late)-?\s*)?(?:(?:January|February|March|April|May|June|July|"
                      r"August|September|October|November|December)\s+)?((?:19|20)\d\d)\b")


def _year_before(head: str, published) -> bool:
    """The sentence dates what follows in a year before the story's ("in February 2005 when ...")."""
    return published is not None and any(int(m.group(1)) < published.year for m in _IN_YEAR.finditer(head))


# "the meeting, which the Vice President co-hosted with Prime Minister Davis": a fellow host, no guest
_COHOST_WITH = re.compile(r"\s+(?:[\w\-’']+\s+){0,6}?with\b")
# a gathering in a clause that follows a future main verb takes its tense ("after having
# completed a trip" is behind the traveller: only "before" and "then")
_FUTURE_THEN_GERUND = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+due\s+to|plans?\s+to|is\s+set\s+to)\b"
                                 r"[^.;]{0,200}?\b(?:before|then)\s+(?!having\b)\w+ing\s+(?:[\w\-'’]+\s+){0,4}$")
# "left Manila for the 14th APEC Leaders' Meeting in Hanoi": the gathering's place is the destination
_FOR_MEETING_IN = re.compile(r"\bfor\s+(?:the\s+|an?\s+)?(?:[\w\-()'’]+\s+){0,10}?(?:summit|meeting|conference|"
                             r"talks|forum|session|games|ceremony|inauguration|funeral)s?\s+(?:in|at)\s+$", re.I)
_PARTICIPANTS_AFTER = re.compile(r"[^,;.]{0,50}?\bbetween\s+")
# A diplomat's postings, not trips: "tours of duty", "served overseas tours in Mexico".
_TOUR_OF_DUTY_AFTER = re.compile(r"\s+of\s+duty\b", re.I)
_POSTING_TOUR_BEFORE = re.compile(r"\b(?:overseas|diplomatic|military|multiple|served|serving)\s+(?:[\w\-]+\s+)?$", re.I)
_CAREER_TOURS_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+$")


def _posting(text: str, trig: re.Match, s_start: int) -> bool:
    """Is a "tour" a posting ("tours of duty", "served overseas tours in Mexico", "her tours spanned from Latin
    America to Russia"), not a trip ("his tour of Africa")?"""
    return bool(_TOUR_OF_DUTY_AFTER.match(text, trig.end())
                or _POSTING_TOUR_BEFORE.search(text, max(s_start, trig.start() - 40), trig.start())
                or trig.group().lower() == "tours" and _CAREER_TOURS_BEFORE.search(text, max(s_start, trig.start() - 5),
                                                                                  trig.start()))


# Missions that are deployments, not a delegation's trip: "a UN peacekeeping mission to Mali".
_FORCE_MISSION = re.compile(r"\b(?:security|support|peace-?keeping|military|rescue|observers?|monitoring|space|police|"
                            r"training|combat|humanitarian|stabili[sz]ation|assistance|naval|medical|relief)\s+$", re.I)
# Time before a gathering: "in the lead-up to the summit in X", "ahead of the conference in Y".
_BEFORE_GATHERING = re.compile(r"\b(?:lead[- ]up|run[- ]up|in\s+advance|preparations?|ahead)\s+(?:to|of|for)\s+"
                               r"(?:the\s+|this\s+|next\s+)?(?:[\w\-]+\s+){0,4}$", re.I)
_PROPOSED = re.compile(r"\b(?:propos(?:e|es|ed|ing|al\s+for)|suggest(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing))\s+"
                       r"(?:[\w\-]+\s+){0,6}?(?:an?|the)\s+(?:[\w\-]+\s+){0,2}$", re.I)
_HERE = re.compile(r"\bhere\b")
# "who is here on an official visit", "here for a three-day visit": the trip's noun after "here"
# "here on a visit after talks in X, Y" ("before talks in Z"): what lies between the visit and its first place
# names legs behind it (ahead of it)
_OTHER_LEGS = re.compile(r"[\w\s\-]{0,40}?\b(?:(?P<behind>after|following)|before|ahead\s+of)\s+(?:(?:talks|visits?|stops?|meetings|a\s+(?:tour|visit|stop))\s+)?"
                           r"(?:in|to)\s+(?:the\s+)?$")
_HERE_ON = re.compile(r"\bhere\s+(?:on|for)\s+(?:(?:an?|his|her|their)\s+)?(?:[\w\-]+\s+){0,3}$")
# what follows a meeting named by its place when the words cite its paper ("the Tokyo Summit agreement")
_MEETINGS_PAPER = re.compile(r"\s+(?:agreement|accord|declaration|communiqu[eé]|statement|pledge|commitments?|decisions?|"
                             r"process|guidelines)\b", re.I)


def _quoted(text: str, pos: int) -> bool:
    """Is pos inside a quotation opened in its paragraph?"""
    para = text.rfind("\n", 0, pos) + 1
    before = text[para:pos]
    return (before.count('"') + before.count("“") - before.count("”")) % 2 == 1


_MEETING_TARGETS = re.compile(r"meet(?:ing|s)?\s+(?:[\w\-]+\s+){0,2}?(?:commitments?|targets?|obligations?|demands?|needs|"
                              r"requirements?|goals?|deadlines?|criteria|conditions|costs|expectations|standards)\b|"
                              # "a development that has already met with success in Chile": a reception, no meeting
                              r"met\s+with\s+(?:\w+\s+)?(?:success|approval|resistance|opposition|criticism|scepticism|"
                              r"skepticism|objections?|protests?|interest|enthusiasm|silence|failure|setbacks?|"
                              r"response|reaction)\b", re.I)
_INSERTION_BEFORE_VERB = re.compile(r"\s[–—-]\s[^–—;]{3,400}?\s?[–—-]\s*$|\s\([^()]{3,400}\)\s*$")
_NEGATED_TRAVEL = re.compile(r"\b(?:did\s+not|didn't|does\s+not|doesn't|has\s+not|hasn't|have\s+not|never|"
                             rf"{_REFUSE_TO}|{_SHUNNED}|"
                             r"not\s+to|no\s+plans?\s+to|will\s+not|won't|would\s+not|unlikely\s+to|"
                             r"not\s+expected\s+to|no\s+longer|(?:is|are|was|were)\s+not|isn't|aren't|wasn't|"
                             r"weren't)\s+(?:\w+\s+){0,2}$|\bprivate\s+(?:\w+\s+)?$", re.I)
_PRIVATE_TRAVELLERS = re.compile(r"\b(?:detainees|prisoners|hostages|refugees|migrants|tourists|fans|students|pilgrims|"
                                 r"asylum[- ]seekers|holidaymakers|passengers|business(?:men|women|people)|"
                                 r"business\s+leaders|investors|executives|bankers|entrepreneurs|industrialists|"
                                 r"exporters|traders|journalists|lobbyists|strategists|consultants)\b(?![^.;]{0,60}\b(?:minister|president|"
                                 r"secretary|envoy|delegation)\b)", re.I)
# (a leader's own holiday abroad is a private trip too: "since returning from his holiday in Egypt")
_PRIVATE = re.compile(r"\bprivate\s+(?:visit|trip|capacity|holiday|vacation|business)\b|"
                      r"\b(?:his|her|their|family|summer|christmas|new\s+year|easter)\s+(?:holiday|vacation)s?\b", re.I)
_MET_TODAY = Caseless(r"\b(?:met|meets|meeting)\b[^.]{0,30}\btoday\b|\btoday\b[^.]{0,30}\bmet\b")
_HYPOTHETICAL = re.compile(r"\bshould\s+(?:visit|travel|go)\b|\bif\s+(?:he|she|they)\s+(?:visit|travel)", re.I)
_HYPOTHETICAL_F, _PRIVATE_F = Folded(_HYPOTHETICAL), Folded(_PRIVATE)  # the same, on lower-cased text

VISIT_SCHEMA = {
    "visit_id": pl.String,
    "article_id": pl.String,
    "visitor_name": pl.String,
    "visitor_iso3": pl.String,
    "destination_iso3": pl.String,
    "host_name": pl.String,
    "cities": pl.List(pl.String),
    "status": pl.String,
    "sentence": pl.String,
    "sentence_start": pl.Int32,
    "sentence_end": pl.Int32,
    "extractor_version": pl.String,
    "rule": pl.String,
}


@dataclass
class _Visit:
    visitor_name: str | None
    visitor_iso3: str | None
    destination: str
    host: str | None
    cities: list[str] = field(default_factory=list)
    status: str = "completed"
    start: int = 0
    end: int = 0
    rule: str = "visit.noun"  # the frame that found it (RULES); its measured precision is the row's confidence
    # False when no word of the mention decided the status ("completed" by default): another
    # mention of the same trip that does decide gives the trip its status
    status_decided: bool = True
    ended: bool = False  # another sentence reports the end of the visitor's trip
    visitor_role: str | None = None  # the office of an unnamed visitor ("the Prime Ministers of A and B")
    here_now: bool = False  # a mention places the traveller "here" (the dateline's place) with no word of time


# The frames a visit is found by, each with its own measured precision (reference/confidence.json).
RULES = (
    "visit.noun",         # a trip noun with its place: "visit to X", "trip to X", "tour of X"
    "visit.travel",       # a travel verb with its place: "travel to", "arrived in", "left for", "is in"
    "visit.story_place",  # an arrival placed by the dateline or the title: "arrived here", "arrives today"
    "visit.meeting",      # a meeting, summit or talks in a place: "met in", "summit in", "a Brussels summit"
    "visit.presence",     # an official acting in a place: "said in", "signed ... in", "In Paris, X discussed"
    "visit.hosted",       # a host receiving guests: "welcomed X to", "hosted the leaders of", "received by"
    "visit.visiting",     # "visiting X" received by a host
    "visit.learned",      # no frame: a pair of states the learned reader scores as travel (visit_pairs.py)
    "visit.event",        # an official taking part in the story's event, placed in its lead: "X is among those attending"
)


@dataclass
class _Stop:
    iso3: str
    city: str | None
    start: int
    end: int = -1  # where the place's name ends, when known


_UNIONS = frozenset({"EU", "European Union"})  # named like a country, visited like none
# "Brazil's debt crisis" names an owner; "China's Shandong province", "Russia's capital" a place
_POSSESSIVE = re.compile(r"['’]s\s+(?!(?:capital|province|region|city|port|north|south|east|west|\w+ern)\b|"
                         r"(?:[A-Z][\w\-]+\s+){1,2}(?:[Pp]rovince|[Rr]egion|[Pp]refecture|[Ss]tate|[Oo]blast|[Cc]ounty)\b)")
_INSTITUTION_AFTER = re.compile(r"\s+(?:government|officials?|spokes(?:man|woman|person)|authorities|leadership|"
                                r"regime|(?:Finance|Foreign|Economy|Defence|Defense|Trade)\s+Ministry|Ministry|leaders?|"
                                r"newspaper|daily|radio|television|correspondent)\b")
# a capital that stands for its government is no stop: "so that he could tell Washington", "ask
# Tokyo to remove its quotas", "Washington says"; nor a firm's home: "a New York investment house"
_GOVERNMENT_NAMED = re.compile(r"\b(?:ask|asks|asked|asking|tell|tells|told|telling|urge|urges|urged|urging|press|"
                               r"presses|pressed|pressing|persuade|persuaded|convince|convinced|warn|warns|warned|"
                               r"accuse|accused|pressure\s+on|"
                               # "its trade surplus with Washington", "relations with Tokyo": a government
                               r"(?:surplus|deficit|imbalance|relations|ties|dispute|row|friction)\s+with)\s+$", re.I)
_GOVERNMENT_ACTS = re.compile(r"\s+(?:has|have|had|says|said|wants|wanted|insists|insisted|argues|argued|claims|"
                              r"claimed|agreed|refused|rejected|must|should|would|believes|fears|investment|bank|"
                              r"firm|company|brokerage)\b|-based\b")
_INSTITUTION_BEFORE = re.compile(r"\b(?:Technology|University|College|Institute|School|Academy|Polytechnic|Airport|"
                                 r"Stock\s+Exchange|Exchange)\s+$")
_LOCALITY_AFTER = re.compile(r"\s+(?:border\s+|port\s+|coastal\s+|northern\s+|southern\s+|eastern\s+|western\s+)?"
                             r"(?:town|city|capital|village|port|resort|region|province|island|state)\s+of\s+[A-Z]")
_UNNAMED_LOCALITY_AFTER = re.compile(r"\s+(?:[a-z\-]+\s+){0,2}?(?:town|city|capital|village|port|resort|island)\b(?!\s+of\b)")
_IN_SOME_PLACE_BEFORE = re.compile(r"\b(?:in|to|at)\s+(?:this|that|a|an|the)\s+(?:[a-z\-]+\s+){0,2}$")
# "on the German leg of his European tour": the part of a tour in that demonym's state
_LEG_AFTER = re.compile(r"\s+(?:leg|stage|stop|stopover)\s+of\s+(?:his|her|their|the)\s+(?:[\w\-]+\s+){0,2}?"
                        r"(?:tour|trip|visit|journey)\b")
_LISTED_WITH = re.compile(r"\s*(?:,|and|or|,\s*and|,\s*or)\s*(?:the\s+)?")


def _stops(art: Article, start: int, end: int) -> list[_Stop]:
    """Places named in [start, end): countries, cities (with their country) and landmarks.
    A place right at `start` always counts ("returned from Iraq"); later ones not after "of", "with"..."""
    out: list[_Stop] = []
    text = art.text
    excluded_end = -1  # where the last place that is not a stop ended: those listed with it are not either
    for m in art.matches_in(start, end, ("country", "city")):
        if m.kind == "city" and m.text in LANDMARKS:
            continue  # "at Westminster": the landmark below says whose it is
        if _NAMES_A_ROUND.match(text, m.end):
            continue  # "the Uruguay round of GATT": a negotiation's name, not a place
        if m.kind == "city" and _INSTITUTION_AFTER.match(text, m.end):
            continue  # "a Bonn Finance Ministry spokesman", "Kremlin leader": the institution, not a stop
        if m.kind == "city" and _INSTITUTION_BEFORE.search(text, max(0, m.start - 14), m.start):
            continue  # "the Indian Institute of Technology Delhi", "University College London": a name's word
        listed = excluded_end >= 0 and _LISTED_WITH.fullmatch(text[excluded_end:m.start])
        owner = _POSSESSIVE.match(text, m.end) and not art.matches_in(m.end + 2, m.end + 4, ("city",)) \
            and m.start - start > 5  # "visited Kenya's biggest shantytown": the object of the trip itself
        if listed or (m.start - start > 5 and _NOT_A_STOP_BEFORE.search(text[max(0, m.start - 24):m.start])
                      and not _PLACE_OF.search(text, max(0, m.start - 24), m.start)) \
                or owner:
            # "talks with Malaysia and Cambodia", "to solve Brazil's debt crisis": the place
            # belongs to another phrase (a partner, an owner), not to the trip
            excluded_end = m.end
            continue
        excluded_end = -1
        if m.text in _UNIONS:
            continue
        out.append(_Stop(m.iso3, m.text if m.kind == "city" else None, m.start, m.end))
    for dm in art.matches_in(start, end, ("demonym",)):
        # "the rebel-held southern Albanian town of Gjirokaster": a place the reference does not know
        # ("talks in this western German spa town": a place left unnamed, in that demonym's state)
        if dm.iso3 and (_LOCALITY_AFTER.match(text, dm.end) or _LEG_AFTER.match(text, dm.end)
                        or _UNNAMED_LOCALITY_AFTER.match(text, dm.end)
                        and _IN_SOME_PLACE_BEFORE.search(text, max(0, dm.start - 40), dm.start)):
            out.append(_Stop(dm.iso3, None, dm.start))
    for lm in _LANDMARK.finditer(art.text, start, end):
        if _INSTITUTION_AFTER.match(art.text, lm.end()):
            continue
        # the Kremlin of 1987 is the Soviet Union's: venues resolve by the article's date too
        out.append(_Stop(state_on(LANDMARKS[lm.group()], art.published), lm.group(), lm.start(), lm.end()))
    return sorted(out, key=lambda s: s.start)


_LISTED_BODY = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*(?:\s+\([A-Z]{2,6}\))?\s*(?:,\s*(?:and\s+)?|and\s+)")
_COORDINATION = re.compile(r"^\s*(?:,|and|or|,\s*and|,\s*or|&|/|\(|\),?)?\s*(?:then\s+)?(?:the\s+|on\s+to\s+|to\s+)?$", re.I)


def _coordinated(text: str, stops: list[_Stop], first_gap: int | None = None) -> list[_Stop]:
    """The first place and those listed with it: "Guatemala and Mexico", "Seoul, Republic of Korea",
    "the United States, France, England and Switzerland". A place further on belongs to another phrase."""
    if not stops:
        return []
    out = [stops[0]]
    prev_end = stops[0].start + _stop_len(text, stops[0])
    first_prep = re.search(r"\b(in|to)\s+(?:the\s+)?$", text[max(0, stops[0].start - 8):stops[0].start])
    for st in stops[1:]:
        gap = text[prev_end:st.start]
        if _LISTED_BODY.fullmatch(gap):
            gap = ","  # "Japan, the European Union (EU) and Norway": a listed body is a member of the list
        if not _COORDINATION.match(gap) and not (
                first_prep and re.fullmatch(rf"\s+and\s+(?:(?:a|an|the)\s+)?(?:[\w'’/\-]+\s+){{0,5}}?{first_prep.group(1)}"
                                            r"\s+(?:the\s+)?", gap)):
            # "an orphanage in Tanzania and a credit union in Mozambique": parallel phrases list places too
            break
        out.append(st)
        prev_end = st.start + _stop_len(text, st)
    return out


# an itinerary's next entry: "stops in Hawaii, where the delegation met ...; Fiji, where they met ...;
# and Papua New Guinea, where ..."
_NEXT_BARE_ENTRY = re.compile(r";\s+(?:and\s+)?(?=[A-Z])")
_NEXT_ENTRY = re.compile(r",\s+where\b[^;.]{0,300};\s+(?:and\s+)?(?:then\s+)?(?:in\s+|to\s+)?(?:the\s+)?(?=[A-Z])")


def _itinerary(art: Article, last: _Stop, s_end: int) -> list[_Stop]:
    """The places of an itinerary whose entries each say what happened there, after its first."""
    text = art.text
    out: list[_Stop] = []
    pos = last.start + _stop_len(text, last)
    while True:
        if (m := _NEXT_ENTRY.match(text, pos, s_end)) is not None:
            nxt = [st for st in _stops(art, m.end(), min(s_end, m.end() + 40)) if st.start == m.end()]
            if not nxt or not re.match(r",\s+where\b", text[nxt[0].start + _stop_len(text, nxt[0]):]):
                break
            out.append(nxt[0])
            pos = nxt[0].start + _stop_len(text, nxt[0])
        elif (m := _NEXT_BARE_ENTRY.match(text, pos, s_end)) is not None:
            # "visited Wellington, New Zealand; Port Moresby, Papua New Guinea; and Suva, Fiji": entries that
            # are places alone, each with its country
            nxt = [st for st in _stops(art, m.end(), min(s_end, m.end() + 80)) if st.start >= m.end()]
            if not nxt or nxt[0].start != m.end():
                break
            end = nxt[0].start + _stop_len(text, nxt[0])
            if len(nxt) > 1 and nxt[1].iso3 == nxt[0].iso3 and re.fullmatch(r",\s*", text[end:nxt[1].start]):
                end = nxt[1].start + _stop_len(text, nxt[1])
            if not re.match(r"\s*(?:[;.]|$)", text[end:end + 3]):
                break
            out.append(nxt[0])
            pos = end
        else:
            break
    return out


def _stop_len(text: str, st: _Stop) -> int:
    if st.end > st.start:  # the name's own length ("Lisbon"), not the words that follow it
        return st.end - st.start
    m = re.match(r"[\w.'’\- ]*?(?=[,;:()]|\s+(?:and|or|on|in|for|to|from|with|at|last|next|this|the)\b|$)",
                 text[st.start:st.start + 40])
    return len(m.group().rstrip()) if m else 1


def _clause_end(text: str, pos: int, limit: int) -> int:
    m = _CLAUSE_END.search(text, pos, limit)
    return m.start() if m else limit


# A sentence that opens with its place: "In Jakarta, the President signed ...", "Last week in Paris,
# X discussed ...". The place frames the whole clause, so the officials acting in it were there.
# (a release's capitals heading may come first: "DELIVERING PEACE ...: Today in Kuala Lumpur, ...")
_FRONTED = r"\W*(?:(?:last|earlier|later|next|this)\s+\w+\s+|on\s+\w+(?:\s+\d+)?,?\s+|today\s+|tonight\s+)?in\s+"
_HEADING = CAPS_HEADING
_FRONTED_PLACE = re.compile(rf"{_HEADING}(?i:{_FRONTED})(?=(?:the\s+)?[A-Z])")
_FRONTED_RS = rf"^(?:[a-z0-9 ,’'\-]{{3,80}}:\s+)?{_FRONTED}\S"  # the same on lower-cased text, for the vectorized prefilter


def _fronted_place_visits(art: Article, s_start: int, s_end: int) -> list[_Visit]:
    text = art.text
    m = _FRONTED_PLACE.match(text, s_start, s_end)
    if not m:
        return []
    stops = [st for st in _stops(art, m.end(), min(s_end, m.end() + 60))]
    if not stops or stops[0].start - m.end() > 4:
        return []
    stops = _coordinated(text, stops)
    after_place = stops[-1].start + _stop_len(text, stops[-1])
    comma = re.match(r"\s*,\s*", text[after_place:after_place + 4])
    if not comma:
        return []
    dest = stops[0].iso3
    if any(st.iso3 != dest for st in stops) or _VIRTUAL.search(text, s_start, s_end):
        return []
    subject_start = after_place + comma.end()
    clause_end = _clause_end(text, subject_start, s_end)
    actors = [a for a in art.actors.in_span(subject_start, min(clause_end, subject_start + 120))
              if a.role and a.iso3 and a.iso3 != dest]
    if not actors or actors[0].start - subject_start > 40:
        return []
    status = visit_status(text[s_start:m.start()], text[m.start():m.end()], text[subject_start:clause_end],
                          art.published, default=None)
    cities = [st.city for st in stops if st.city]
    host = _host(art, art.actors.in_span(s_start, s_end), dest, s_start)
    return [_Visit(a.name, a.iso3, dest, host, list(cities), status or "completed", s_start, s_end, "visit.presence",
                   status_decided=status is not None)
            for a in _unique(actors[:2])]


# "Bush, in Hanoi for the APEC meeting, said": an official set in a place by an apposition.
_APPOSED_PLACE = re.compile(r",\s+(?:now\s+|currently\s+)?in\s+(?=(?:the\s+)?[A-Z])")
_APPOSED_RS = r", (?:now |currently )?in [a-z][^,]{0,40} (?:for|on an?|on (?:his|her|their)) "


def _apposed_place_visits(art: Article, s_start: int, s_end: int) -> list[_Visit]:
    text = art.text
    out: list[_Visit] = []
    for m in _APPOSED_PLACE.finditer(text, s_start, s_end):
        stops = _stops(art, m.end(), min(s_end, m.end() + 50))
        if not stops or stops[0].start - m.end() > 4:
            continue
        stops = _coordinated(text, stops)
        after_place = stops[-1].start + _stop_len(text, stops[-1])
        if not PURPOSE_AFTER.match(text, after_place):
            continue
        dest = stops[0].iso3
        who = [a for a in art.actors.in_span(s_start, m.start() + 1) if 0 <= m.start() - a.end <= 1]
        if not who or not who[-1].iso3 or who[-1].iso3 == dest or _VIRTUAL.search(text, s_start, s_end):
            continue
        status = visit_status(text[s_start:m.start()], "is in", text[after_place:s_end], art.published, default=None)
        out.append(_Visit(who[-1].name, who[-1].iso3, dest, None, [st.city for st in stops if st.city and st.iso3 == dest],
                          status or "completed", s_start, s_end, "visit.presence", status_decided=status is not None))
    return out


# A meeting said with no place, in a wire story filed from one side's country: the other side came
# ("BRASILIA, June 18 - An IMF mission today held talks with Finance Minister X"; the host stays home)
_MET_WITH = re.compile(r"\b(?:met|meets|held\s+talks|holds\s+talks|had\s+talks|conferred|talked|"
                       r"(?:held|holds|had)\s+(?:separate\s+|several\s+|a\s+series\s+of\s+)?meetings\s+with|"
                       # "Liang made the remarks in his talks with his Bulgarian counterpart X"
                       r"(?:in|during)\s+(?:his|her|their)\s+(?:[\w\-]+\s+)?(?:talks|meeting)\s+with|"
                       # "X said after talks with King Hussein of Jordan": the talks held
                       r"(?:after|following)\s+(?:(?:his|her|their)\s+)?(?:[\w\-]+\s+)?(?:talks|meetings?)\s+with)"
                       # "met here Tuesday separately with": the place, the day and the manner before the other side
                       r"(?:\s+here)?(?:\s+(?:on\s+)?(?:today|yesterday|tonight|(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)))?"
                       r"(?:\s+(?:separately|respectively|briefly|jointly))?(?:\s+with)?\s+")
_MEETING_PARTY_GAP = 90
_SAID_AFTER_TALKS = re.compile(r"\s+(?:said|told\s+\w+|announced|declared)(?:\s+(?:on\s+)?(?:\w+day|today|yesterday))?\s+")
_OWN_COUNTERPART = re.compile(r"(?:his|her)\s+")
_APPOSITION = re.compile(r",\s+[^,;:\"“”]{3,160}?(?:,\s+[^,;:\"“”]{3,60}?)?,\s*")
# (the same words for the prefilter: such a sentence needs no place name)
_MET_WITH_WORDS = [" met ", " meets ", "held talks", "holds talks", "had talks", "conferred ", "talked ", "meetings with",
                   " talks with ", " meeting with "]
# offices that travel for a state (not firms' chairmen; an ambassador is posted there, not visiting)
_STATE_OFFICE = re.compile(r"minister|president|premier|secretary|envoy|delegation|diplomat|negotiator|mission|king|queen|"
                           r"counterpart|"
                           r"prince|emir|sultan|chancellor|official|representative|leader|head_of|foreign|royal|team")


# Cities where international organisations sit: their officials meeting there are at home, not visiting
# (a wire story filed from one places an IMF or UN official in the city of the organisation's seat)
# (the large ones only: an IMF mission in Cairo visits Egypt, whatever the Arab League's seat)
_ORGANISATION_SEATS = frozenset({"New York", "Washington", "Geneva", "Brussels", "Vienna", "Rome", "Paris",
                                 "Luxembourg", "Strasbourg", "The Hague"})


def _away_from_seats(dateline: Match | None) -> bool:
    """Is a story filed from a city that is no large international organisation's seat?"""
    return dateline is not None and dateline.text not in _ORGANISATION_SEATS


_ORG_OFFICE_ROLE = re.compile(r"director|chief|head|commissioner|coordinator|secretary|president|envoy|mission|delegation")


# "welcomes attendance by Australia, Japan and New Zealand at the NATO Summit in Washington": states
# whose attendance at a gathering in a place is reported (one visit each, no visitor named)
_ATTENDANCE_BY = re.compile(r"\b(?:attendance|participation|presence)\s+(?:of|by)\s+(?:the\s+)?|"
                            # "The meeting involved delegates from the U.K., Switzerland and Japan"
                            r"\b(?P<sent>delegates|delegations|representatives)\s+from\s+(?:the\s+)?", re.I)
_AT_GATHERING = re.compile(r"\)?(?:\s*\([A-Z]{2,6}\))?\s+at\s+(?:the\s+|this\s+(?:week['’]s\s+|year['’]s\s+)?)?(?:[\w.'’\-]+\s+){0,6}?"
                           r"(?:[Ss]ummit|[Cc]onference|[Mm]eeting|[Ff]orum|[Tt]alks|[Ss]ession|[Ii]nauguration|"
                           r"[Cc]eremony|[Gg]ames)\s+(?:in|at)\s+(?:the\s+)?(?=[A-Z])")


_NOT_COMING = re.compile(r"\s+(?:\w+\s+){0,2}?(?:not|never|cannot|can['’]t|won['’]t|unable)\b")


def _attendance_visits(art: Article, s_start: int, s_end: int) -> list[_Visit]:
    text = art.text
    if "attendance" not in text and "participation" not in text and "presence" not in text and \
            "delegat" not in text and "representatives" not in text:
        return []
    out: list[_Visit] = []
    for m in _ATTENDANCE_BY.finditer(text, s_start, s_end):
        listed = _coordinated(text, _stops(art, m.end(), min(s_end, m.end() + 200)))
        if not listed or any(st.city for st in listed) or listed[0].start - m.end() > 60 or \
                re.search(r"[,;.]", text[m.end():listed[0].start]):
            continue  # the states themselves, after "attendance by" and at most a name for them
            #           ("NATO's Indo-Pacific Partners (IPP) Australia, Japan"; not a city's people)
        last = listed[-1]
        if _NOT_COMING.match(text, last.start + _stop_len(text, last), s_end):
            continue  # "representatives from Thailand may not be able to attend"
        at = _AT_GATHERING.match(text, last.start + _stop_len(text, last))
        dateline = art.dateline_at(s_start) if not at and m.group("sent") else None
        if dateline is not None and dateline.iso3 and _GATHERING_WORD.search(text, s_start, m.start()) and \
                not any(st.iso3 == dateline.iso3 and st.start < m.start() for st in _stops(art, s_start, s_end)):
            # "LONDON - The meeting involved delegates from ...": the story's meeting, where it is filed from
            venue = [_dateline_stop(dateline)]
        elif not at:
            continue
        else:
            venue = _coordinated(text, _stops(art, at.end(), min(s_end, at.end() + 60)))[:1]
            if not venue or venue[0].start != at.end():
                continue
        dest = venue[0].iso3
        status = visit_status(text[max(s_start, m.start() - 80):m.start()], m.group().strip(),
                              text[at.end() if at else m.end():s_end], art.published, default="ongoing")
        out += [_Visit(None, st.iso3, dest, None, [venue[0].city] if venue[0].city else [], status, s_start, s_end,
                       "visit.meeting", visitor_role="delegation") for st in listed if st.iso3 != dest]
    return out


# the gathering a story opens on, with its place: "the first day of the World Economic Forum in the Swiss
# resort of Davos", "the Commonwealth summit in Malta"
_STORY_GATHERING = re.compile(r"\b(?:[Ss]ummit|[Ff]orum|[Cc]onference|[Mm]eeting|[Tt]alks|[Gg]ames|[Cc]eremony|"
                              r"[Ii]nauguration|[Ff]uneral|[Aa]ssembly|[Cc]ongress)s?\s+(?:[\w\-]+\s+){0,3}?(?:in|at)\s+"
                              r"(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:(?:resort|city|capital|town|village)\s+of\s+)?(?=[A-Z])")
# those the story says will be at it: "Viktor Yushchenko will also be there - as will Mahmoud Abbas",
# "more than 20 other world leaders are expected to attend, including French President Jacques Chirac"
# (present and past only with "also": "President Bush is there for four years" is in office)
_THERE_TOO = re.compile(r"\b(?P<verb>will\s+(?:also\s+)?be|(?:is|are|was|were)\s+also)\s+there\b"
                        r"(?!\s+(?:is|are|was|were|will|has|have|for|because)\b)")
_ATTEND_INCLUDING = re.compile(r"\b(?P<verb>expected|due|scheduled|set|invited)\s+to\s+attend,?\s+(?:including|among\s+them)\b")
# "the summit opened, drawing the presence of such prominent figures as Chinese President X": those present
_PRESENCE_OF = re.compile(r"\bpresence\s+of\s+(?:such\s+)?(?:[\w\-]+\s+){0,3}?(?:figures|leaders|dignitaries|guests|"
                          r"heads\s+of\s+state(?:\s+and\s+government)?)\s+(?:as|including|like)\b|"
                          # "The delegates include U.S. Trade Representative X": those at the story's meeting
                          r"\b(?:[Tt]he\s+)?(?:delegates|participants|attendees|delegations)\s+(?:here\s+)?"
                          r"(?:include|includes|included|including)\b")
_LEAD_OF_STORY = 400  # characters: where a story names the gathering it reports


def _story_gathering(art: Article) -> _Stop | None:
    """The place of the gathering the story's title or lead names, once per story."""
    if "story_gathering" not in art.memo:
        found = None
        for m in _STORY_GATHERING.finditer(art.text, 0, _LEAD_OF_STORY):
            at = [st for st in _stops(art, m.end(), min(len(art.text), m.end() + 40)) if st.start == m.end()]
            if at:
                found = at[0]
                break
        art.memo["story_gathering"] = found
    return art.memo["story_gathering"]


def _story_gathering_attendees(art: Article, s_start: int, s_end: int) -> list[_Visit]:
    """Leaders the story says will be at the gathering it opens on, with no place of their own in the
    sentence: "The Ukraine's new president, Viktor Yushchenko, will also be there - as will newly elected
    Palestinian leader Mahmoud Abbas" after "the World Economic Forum in the Swiss resort of Davos"."""
    text = art.text
    if "there" not in text[s_start:s_end] and "attend" not in text[s_start:s_end] and \
            "presence" not in text[s_start:s_end] and "includ" not in text[s_start:s_end]:
        return []
    m = _THERE_TOO.search(text, s_start, s_end) or _ATTEND_INCLUDING.search(text, s_start, s_end) or \
        _PRESENCE_OF.search(text, s_start, s_end)
    if m is None or _quoted(text, m.start()):
        return []  # (a quotation's "there" is the speaker's)
    place = _story_gathering(art)
    filed = False
    if place is None and m.re is _PRESENCE_OF:
        # "HANOI - The APEC summit opened, drawing the presence of ...": the gathering of the lead, where it is filed
        dateline = art.dateline_at(s_start)
        if dateline is not None and dateline.iso3 and _GATHERING_WORD.search(text, 0, _LEAD_OF_STORY):
            place, filed = _dateline_stop(dateline), True
    if place is None or place.start >= s_start and not filed or any(re.search(r"\b(?:in|to|at|for|from|visit\w*)\s+(?:the\s+)?$", text[max(s_start, st.start - 12):st.start])
                            for st in _stops(art, s_start, s_end)):
        return []  # (a sentence with a place of its own speaks of that place; "The Ukraine's new president" is an owner)
    # (every official named in the sentence with a state office: the subject before "will be there", those
    # coordinated after "as will", those listed after "including")
    named = [a for a in art.actors.in_span(s_start, s_end) if a.name and a.iso3 and a.iso3 != place.iso3
             and not a.international and a.role and _STATE_OFFICE.search(a.role)]
    verb = m.group("verb") if m.re is not _PRESENCE_OF else "is"
    status = "planned" if re.match(r"will|expected|due|scheduled|set|invited", verb) else \
        "completed" if re.match(r"was|were", verb) else "ongoing"
    return [_Visit(a.name, a.iso3, place.iso3, None, [place.city] if place.city else [], status, s_start, s_end,
                   "visit.meeting") for a in _unique(named)]


_FUTURE_HEAD = re.compile(r"\b(?:will|would|is\s+to|to)\s+(?:be\s+)?(?:head|lead)\b", re.I)
_HEAD_OF_BEFORE = re.compile(r"\b(?:head|leader|chief)\s+of\s+(?:the|a)\s+$", re.I)
# "Cabinet chief Bernard Prauge will lead the French delegation": the one named before leads it
_LEADS_BEFORE = re.compile(r"(?P<name>[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3})\s+(?:will\s+|is\s+to\s+|would\s+)?"
                           r"(?:lead|leads|led|heads|headed|is\s+leading|is\s+heading)\s+(?:the|a)\s+$")
_NAME_APPOSED_AFTER = re.compile(r",\s+(?P<name>[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3}),")
_NAME_APPOSED_BEFORE = re.compile(r"(?P<name>[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3}),\s+(?:the\s+)?$")


def _delegation_head_visits(art: Article, s_start: int, s_end: int) -> list[_Visit]:
    """"The head of the British delegation, John Sawers, said" in a story of a gathering filed from its city:
    a delegation is sent, so its head is at the story's gathering (the dateline's state), unless the
    sentence names another place."""
    text = art.text
    if "delegation" not in text[s_start:s_end]:
        return []
    place = _story_gathering(art)
    if place is None:
        dateline = art.dateline_at(s_start)
        if dateline is None or not dateline.iso3 or not _GATHERING_WORD.search(text, 0, _LEAD_OF_STORY):
            return []
        place = _dateline_stop(dateline)
    out: list[_Visit] = []
    for a in art.actors.in_span(s_start, s_end):
        if a.role != "delegation" or a.name or not a.iso3 or a.iso3 == place.iso3:
            continue
        head = _HEAD_OF_BEFORE.search(text, max(s_start, a.start - 30), a.start) or \
            _LEADS_BEFORE.search(text, max(s_start, a.start - 80), a.start)
        if head is None or any(st.iso3 not in (a.iso3, place.iso3) for st in _stops(art, s_start, s_end)):
            continue  # (a delegation named with another place may be there)
        named = _NAME_APPOSED_AFTER.match(text, a.end) if head.re is _HEAD_OF_BEFORE else head
        named = named or _NAME_APPOSED_BEFORE.search(text, max(s_start, head.start() - 60), head.start())
        # (at the story's gathering now, unless the sentence puts the delegation ahead: "will head")
        status = "planned" if _FUTURE_HEAD.search(text, max(s_start, head.start() - 40), a.end) else "ongoing"
        out.append(_Visit(named.group("name") if named else None, a.iso3, place.iso3, None,
                          [place.city] if place.city else [], status, s_start, s_end, "visit.meeting",
                          visitor_role=None if named else "delegation"))
    return out


# "Chinese President Hu Jintao, Indonesian President X and Singapore Prime Minister Y are among the guests
# scheduled to speak on the first day": the officials listed before are at the gathering the story reports
_AMONG_ATTENDEES = re.compile(r"\b(?:is|are|was|were|will\s+be)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\w\-]+\s+)?"
                              r"(?:guests|speakers|participants|attendees|dignitaries|delegates|those)\s+"
                              r"(?:(?:who\s+(?:are|were|will\s+be)\s+)?(?:scheduled|expected|due|invited|set)\s+to\s+|"
                              r"(?P<now>attending|taking\s+part|present)\b)?(?P<verb>speak|address|attend|take\s+part)?")


def _among_attendees(art: Article, s_start: int, s_end: int) -> list[_Visit]:
    text = art.text
    if "among" not in text[s_start:s_end]:
        return []
    m = _AMONG_ATTENDEES.search(text, s_start, s_end)
    if m is None or not (m.group("now") or m.group("verb")):
        return []
    places = [st for st in _stops(art, m.end(), s_end) if st.iso3]
    dateline = art.dateline_place()
    if places:
        dest, city = places[0].iso3, places[0].city
    elif dateline is not None and dateline.iso3:
        dest, city = dateline.iso3, dateline.text if dateline.kind == "city" else None
    else:
        return []
    named = [a for a in art.actors.in_span(s_start, m.start()) if a.name and a.iso3 and a.iso3 != dest
             and not a.international and a.role and _STATE_OFFICE.search(a.role)]
    if not named or _CLAUSE_END.search(text, named[-1].end, m.start()):
        return []
    # (guests "scheduled to speak" at a gathering under way are there: only "will be among" or an
    # attendance still awaited is a plan)
    status = "planned" if re.match(r"will|.*\b(?:expected|due|invited|set)\s+to\s+attend", m.group()) else "ongoing"
    return [_Visit(a.name, a.iso3, dest, None, [city] if city else [], status, s_start, s_end, "visit.meeting")
            for a in named]


# "met Japanese Prime Minister X on the sidelines of the APEC summit": a meeting at a gathering whose
# place the story gives elsewhere ("the APEC summit in Busan", "arrived in Rome for the G20 Summit")
_SIDELINES = re.compile(r"\b(?:on|at)\s+the\s+(?:sidelines?|margins?|fringes?)\s+of\s+"
                        r"(?:the\s+|an?\s+|this\s+week['’]s\s+|next\s+week['’]s\s+)?"
                        r"(?P<event>(?:[\w\-.’']+\s+){0,4}?(?:[Ss]ummit|[Mm]eeting|[Cc]onference|[Ff]orum|[Ss]ession|"
                        r"[Aa]ssembly|G-?\d+|Games))\b")
_PLACE_FOR_EVENT = re.compile(r"\b(?:in|to)\s+(?:the\s+)?(?P<place>[A-Z][\w\-]+(?:[ ,]+[A-Z][\w\-]+){0,2})\s+"
                              r"(?:for|to\s+attend)\s+(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,3}$")


def _gathering_place(art: Article, event: str) -> _Stop | None:
    """Where the story places a gathering: "<event> in <Place>" or "in <Place> for the <event>", anywhere in
    it, the gathering known by its distinctive word ("APEC" of "the APEC leaders' meeting", "G20")."""
    text = art.text
    caps = [w for w in event.split() if w[:1].isupper() and w.lower() not in _GENERIC_GATHERINGS]
    if not caps:
        return None  # "the Summit", "the meeting": which one the story cannot say by its name
    noun = rf"(?:{'|'.join(sorted(_GENERIC_GATHERINGS))})s?\b"
    key = re.escape(caps[0]) + (rf"(?:\s+[\w\-'’]+){{0,3}}?\s+{noun}" if not re.fullmatch(r"G-?\d+", caps[0])
                                else rf"(?:(?:\s+[\w\-'’]+){{0,2}}?\s+{noun})?")  # ("the G20 Summit in Rome", "the G20")
    for m in re.finditer(key, text, re.I):
        after = _GATHERING_IN.match(text, m.end())
        if after:
            found = [st for st in _stops(art, after.end(), min(len(text), after.end() + 40)) if st.start == after.end()]
            if found:
                return found[0]
        before = _PLACE_FOR_EVENT.search(text, max(0, m.start() - 80), m.start())
        if before:
            found = [st for st in _stops(art, before.start("place"), before.end("place")) if st.start == before.start("place")]
            if found:
                return found[0]
    return None


def _sideline_visits(art: Article, s_start: int, s_end: int) -> list[_Visit]:
    text = art.text
    m = _SIDELINES.search(text, s_start, s_end)
    if m is None:
        return []
    # the place the sentence gives ("met ... in Lucerne, Switzerland, on the margins of the Summit on Peace in
    # Ukraine"), one inside the gathering's name ("the Busan APEC summit"), else where the story puts it
    # ("a world information summit in the Tunisian capital Tunis", "a summit held at the weekend in Bamako")
    after = _GATHERING_IN.match(text, m.end())
    placed = [st for st in _stops(art, after.end(), min(s_end, after.end() + 40)) if st.start == after.end()] \
        if after else []
    # (the place right before: "in Lucerne, Switzerland, on the margins"; not "discussed the situation in
    # Ivory Coast in talks with X, on the sidelines")
    own = [st for st in _stops(art, max(s_start, m.start() - 60), m.start())
           if re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(s_start, st.start - 8):st.start])
           and re.fullmatch(r"[\w\s,.'’\-]*?,?\s*", text[st.start:m.start()])
           and not _CLAUSE_BREAK.search(text, st.start, m.start())][-1:]
    inside = _stops(art, m.start("event"), m.end("event"))
    place = (placed or own or inside or [None])[0] or _gathering_place(art, m.group("event"))
    if place is None:
        return []
    dest = place.iso3
    clause = _clause_start_at(text, s_start, m.start())
    named = [a for a in art.actors.in_span(clause, s_end) if a.name and a.iso3 and a.iso3 != dest and not a.international
             and a.role and _STATE_OFFICE.search(a.role)]
    if not named or not _MET_WORDS.search(text, clause, m.start()):
        return []
    status = visit_status(text[clause:m.start()], m.group(), text[m.end():s_end], art.published, default=None)
    if status in (None, "completed") and _AHEAD.search(text, clause, m.start()):
        status = "planned"  # "looks forward to meeting X on the sidelines of", "will meet X on the margins of"
    dated = _DATED.search(text, s_start, s_end)
    if status in (None, "completed") and art.published is not None and (
            dated is None or names_a_weekday(dated.group()) or _TODAY_OR_YESTERDAY.search(text, s_start, s_end)):
        status = "ongoing"  # a meeting at the gathering the story reports, no older date: still there
    return [_Visit(a.name, a.iso3, dest, None, [place.city] if place.city else [], status or "completed", s_start, s_end,
                   "visit.meeting") for a in _unique(named)]


_GATHERING_IN = re.compile(r"(?:\s+(?:held|taking\s+place|under\s+way|this\s+week|last\s+week|next\s+week|at\s+the\s+weekend|"
                           r"on\s+\w+day|will\s+be|is\s+to\s+be|was|is|opens|opened))*"
                       r"\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+capital\s+(?:of\s+)?|capital\s+)?")
_AHEAD = re.compile(r"\b(?:will|would|shall|to\s+be|looks?\s+forward|plans?|planned|expected|scheduled|due|"
                    r"set\s+to|is\s+to|are\s+to)\b", re.I)
_GENERIC_GATHERINGS = frozenset({"summit", "meeting", "conference", "forum", "session", "assembly", "games"})
_MET_WORDS = re.compile(r"\b(?:met|meets|meet|meeting|meetings|talks|talked|held|holds|hold|conferred|signed|discussed|"
                        r"spoke|speaking|see\s+each\s+other)\b", re.I)


# the sentence after a meeting that names its place: "The Downing Street talks covered ...", "The talks in
# Rome ended ..." (a story with no dateline places the meeting so)
_NAMED_TALKS_OPENING = re.compile(r"\W*The\s+(?:(?P<before>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})\s+)?"
                                  r"(?:talks|meeting|meetings|discussions)\b(?:\s+(?:in|at)\s+(?:the\s+)?"
                                  r"(?P<after>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}))?")


def _next_sentence_meeting_place(art: Article, s_end: int) -> Match | None:
    """The place the sentence after names a meeting by ("The Downing Street talks"), else None."""
    opening = _NAMED_TALKS_OPENING.match(art.text, s_end)
    if opening is None:
        return None
    for group in ("before", "after"):
        if opening.group(group):
            found = [m for m in art.matches_in(opening.start(group), opening.end(group), ("city", "country"))
                     if m.iso3]
            if len(found) == 1:
                return found[0]
    return None


def _dateline_meeting_visits(art: Article, s_start: int, s_end: int) -> list[_Visit]:
    dateline = art.dateline_place()
    # ("Blair has met Berlusconi and Schroeder ... The Downing Street talks covered": the talks the next
    # sentence names are the news, said in the present perfect)
    named_next = _next_sentence_meeting_place(art, s_end) if dateline is None else None
    dateline = dateline or named_next
    if dateline is None or not dateline.iso3:
        return []
    home, text = dateline.iso3, art.text
    if text.startswith(("-", "*", "•"), s_start):
        return []  # "-- Hu Jintao meets with Pakistani President.": an item of a news list, the dateline the desk's
    trip_word = _TRIP_WORD.search(text, s_start, s_end)
    out: list[_Visit] = []
    for m in _MET_WITH.finditer(text, s_start, s_end):
        before = [a for a in art.actors.in_span(max(s_start, m.start() - _MEETING_PARTY_GAP), m.start())
                  if not _CLAUSE_END.search(text, a.end, m.start())
                  # "Tindemans said after talks with King Hussein": the speaker held them
                  or _SAID_AFTER_TALKS.fullmatch(text, a.end, m.start()) and m.group().startswith(("after", "following"))] or [
            # "Xu Jialu, vice-chairman of the Standing Committee of China's National People's Congress (NPC), met":
            # the subject before a long apposition
            a for a in art.actors.in_span(s_start, m.start()) if _APPOSITION.fullmatch(text, a.end, m.start())][:1]
        after = art.actors.in_span(m.end(), min(s_end, m.end() + 20))  # "met his Austrian counterpart X"
        if not before and after and after[0].role == "counterpart" and _OWN_COUNTERPART.match(text, m.end()):
            # "Liang made the remarks in his talks with his Bulgarian counterpart X", the subject named by a
            # surname the reader does not know: a counterpart's counterpart is the host's official
            before = [Actor(m.start(), m.start(), None, home, "counterpart")]
        if not before or not after:
            continue
        pair = (before[-1], after[0])
        hosts = [a for a in pair if a.iso3 == home]
        guests = [a for a in pair if a.iso3 and a.iso3 != home or a.international and a.iso3 is None
                  and _away_from_seats(dateline)]
        if len(hosts) != 1 or len(guests) != 1:
            continue
        guest = guests[0]
        if trip_word and pair[0] is hosts[0]:
            continue  # "Abe met President Reagan during his visit": the subject's own trip, told elsewhere
        if not (guest.role and (_STATE_OFFICE.search(guest.role) or guest.international and _ORG_OFFICE_ROLE.search(
                guest.role))) or "ambassador" in (guest.role or "") or \
                _VIRTUAL.search(text, s_start, s_end) or (_HAD_MET.search(text, max(s_start, m.start() - 20), m.start())
                                                          and not (named_next and _HAS_MET.search(text, max(s_start, m.start() - 20),
                                                                                                   m.start()))):
            continue
        status = visit_status(text[max(s_start, m.start() - 80):m.start()], m.group().strip(), text[m.end():s_end],
                              art.published, default=None)
        dated = _DATED.search(text, m.end(), min(s_end, m.end() + 120))
        if status != "planned" and dated and not _TODAY_OR_YESTERDAY.search(text, s_start, s_end) and \
                not names_a_weekday(dated.group()):
            continue  # "met X last month": where is not said, the dateline is today's place (a weekday is this week's)
        if status in (None, "completed") and (_TODAY_OR_YESTERDAY.search(text, s_start, s_end) or _met_today(art)
                                              or dated and days_back(dated.group(), art.published) in (0, 1)
                                              or ON_A_LEG_AFTER.match(text, pair[1].end, s_end)):
            # a meeting reported the day it happened or the day before (by name: "on Tuesday" in a
            # Wednesday story), or "on the fourth leg of a tour" in the story filed from that leg: under way
            status = "ongoing"
        decided = status is not None
        status = status or "completed"
        city = dateline.text if dateline.kind == "city" else None
        # (an undated meeting is left undecided: filed from that city, the trip is of the news cycle)
        out.append(_Visit(guest.name, guest.iso3, home, hosts[0].name, [city] if city else [], status, s_start, s_end,
                          "visit.meeting", visitor_role=guest.role if guest.name is None else None,
                          status_decided=decided))
        guest_row = out[-1]
        team = art.actors.team_of(guest) if guest.name is None else []
        out += [replace(guest_row, visitor_iso3=a.iso3) for a in team if a.iso3 and a.iso3 != home]
        if guest is pair[1]:
            # "met Italian Prime Minister X and German Chancellor Y": each official coordinated with the guest
            last = guest
            for a in art.actors.in_span(guest.end, s_end):
                if not _LIST_GAP.fullmatch(text, last.end, a.start):
                    break
                last = a
                if a.iso3 and a.iso3 != home and a.role and _STATE_OFFICE.search(a.role) and "ambassador" not in a.role:
                    out.append(replace(guest_row, visitor_name=a.name, visitor_iso3=a.iso3,
                                       visitor_role=a.role if a.name is None else None))
    return out


_BE_IN = re.compile(r"(?:be|is|was|were|are)\s", re.I)
_THING_SUBJECT = re.compile(r"\b(?:it|this|that|which|what|there)\s+$", re.I)
_UPCOMING_VISIT_OF = re.compile(r"\b(?:upcoming|forthcoming|coming|planned|impending)\s+(?:(?:state|official|working)\s+)?"
                                r"visit\s+(?:of|by)\s", re.I)
_ELSEWHERE_AFTER = re.compile(r"[^.;]{0,80}?\b(?:to|in)\s+(?:the\s+)?(?:region|area|continent|abroad|Europe|Asia|Africa|"
                              r"Middle\s+East|Gulf|Americas)\b")
_TRIP_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$")
_TRIP_WORD = re.compile(r"\b(?:visit\w*|trips?|tour\w*|journey|stay|stopover)\b", re.I)
_HAS_MET = re.compile(r"\b(?:has|have)\s+$")
_HAD_MET = re.compile(r"\b(?:had|have|has)\s+(?:\w+\s+)?$|\b(?:previously|earlier|once)\s+$", re.I)


def _visits_in_sentence(art: Article, s_start: int, s_end: int, prev_start: int) -> list[_Visit]:
    text = art.text
    sentence = text[s_start:s_end]
    if _HYPOTHETICAL_F.test(sentence) or _PRIVATE_F.test(sentence):
        return []  # "should visit"; "came to Brazil on a private visit": no state travel
    fronted = _fronted_place_visits(art, s_start, s_end)
    if ", " in sentence:
        fronted += _apposed_place_visits(art, s_start, s_end)
    triggers = list(TRIGGER.finditer(text, art.lower, s_start, s_end))
    if not triggers:
        return _with_gathering_frames(art, s_start, s_end, fronted)
    virtual: bool | None = None  # a phone or video call: looked for once a trip has a stop
    out: list[_Visit] = []
    # The host stays home: whoever hosts or welcomes in this sentence travels in none of its trips
    # ("Biden hosted visits with the leaders of ..."), unless the trip is theirs by name.
    stay_home: set[int] | None = None  # found on first need: it needs the article's actors
    for i, trig in enumerate(triggers):
        kind = trig.lastgroup
        if _NEGATED_TRAVEL.search(text, max(s_start, trig.start() - 25), trig.start()):
            continue  # "did not arrive in Guangzhou", "has never visited"
        called_off = False
        if kind == "meet" and (_DECLINED_ATTEND.search(text, max(s_start, trig.start() - 70), trig.start()) or trig.group("attend")
                               and _NOT_BEFORE_ATTEND.search(text, max(s_start, trig.start() - 40), trig.start())):
            if not _AS_PLANNED.search(text, max(s_start, trig.start() - 70), s_end):
                continue  # "Goria, who declined to attend the February meeting in Paris": no trip
            called_off = True  # "he would now not attend the summit in Barcelona on Sunday as planned": cancelled
        if _COUNTERFACTUAL.search(text, max(s_start, trig.start() - 120), trig.start()):
            continue  # "If I were Nakasone, I would ... attend the Venice summit": advice, no trip
        if _WISHED_BEFORE.search(text, max(s_start, trig.start() - 40), trig.start()) and \
                _SOMEDAY.search(text, max(s_start, trig.start() - 40), min(s_end, trig.end() + 60)):
            continue  # "who hopes one day to visit the Holy Land": a wish, no trip
        if _PRIVATE_TRAVELLERS.search(text, max(s_start, trig.start() - 90), trig.start()):
            continue  # "the freed British detainees ... on their return from Cuba": no state travel
        if kind == "travel" and trig.group().lower() == "left" and _LEFT_A_POST.match(text, trig.end()):
            continue  # "when chairman John Shad left to become Ambassador": a post left, not a journey
        if kind == "travel" and trig.group()[:4].lower() in ("left", "leav", "depa") and \
                _GOODS_LEAVE.search(text, max(s_start, trig.start() - 60), trig.start()):
            continue  # "a first shipment of Venezuelan crude oil will leave for Ecuador": cargo, not a traveller
        if kind == "visit" and trig.group().lower() == "arrival" and _THINGS_ARRIVAL.search(
                text, max(s_start, trig.start() - 60), trig.start()):
            continue  # "announced the existence of the missiles so late after their arrival": things arrive
        if kind == "travel" and trig.group()[:2].lower() == "go" and _THING_TO_GO.search(text, max(s_start, trig.start() - 40),
                                                                                      trig.start()):
            continue  # "called for control to go to West Germany's Siemens": a thing goes, nobody travels
        if kind == "travel" and trig.group()[:2].lower() == "go" and _GOING_TO_VERB.match(text, trig.end()):
            continue  # "he is going to hammer Germany": a future, not a journey
        if kind == "presence" and _AUDIENCE_THEN_EVENT.match(trig.group()):
            continue  # "told a press conference the agreement reached last month in Paris": the accord's place
        if kind == "host" and (_WELCOMED_THING.match(text, trig.end()) or
                               text[max(0, trig.start() - 3):trig.start()].lower() in ("co-", " co") and
                               _COHOST_WITH.match(text, trig.end())):
            continue  # "welcomed the outcome of a meeting between A and B": nobody is received
        if kind == "meet" and trig.group("attend") and _PASSIVE_BY.match(text, trig.end()) and \
                _PASSIVE_BE.search(text, max(s_start, trig.start() - 12), trig.start()):
            out.extend(_attended_by(art, trig, s_start, s_end))
            continue
        if kind == "visit" and trig.group().lower().startswith("mission") and \
                _FORCE_MISSION.search(text, max(s_start, trig.start() - 40), trig.start()):
            continue  # "a Multinational Security Support mission to Haiti": a deployment, not a trip
        if kind == "visit" and trig.group()[:4].lower() == "tour" and _posting(text, trig, s_start):
            continue  # "he served overseas tours in Mexico, Portugal and Cuba": a diplomat's postings
        if kind == "visit" and trig.group().startswith("Mission"):
            continue  # "Chargé d'Affaires, United States Mission to Poland": a standing post, not a trip
        if trig.group().lower() == "visiting":
            guest = _visiting_guest(art, art.actors.in_span(s_start, s_end), trig, s_start)
            if guest is not None:
                out.append(guest)
                continue
        nxt = triggers[i + 1].start() if i + 1 < len(triggers) else s_end
        # a trip noun's places run to the clause end, unless a journey verb comes first ("extend his
        # tour, flying on Sunday to Tokyo": Tokyo is the flight's)
        next_travel = next((t.start() for t in triggers[i + 1:] if t.lastgroup == "travel"
                            and re.search(r",\s*$", text[max(s_start, t.start() - 3):t.start()])), s_end)
        stop_window_end = min(_clause_end(text, trig.end(), s_end), max(nxt, trig.end() + 20) if kind != "visit"
                              else min(_clause_end(text, trig.end(), s_end), max(next_travel, trig.end() + 20)))
        if kind in ("travel",):
            # "arrived in X", "travel to X": the place follows at once.
            stop_window_end = min(stop_window_end, trig.end() + 60)
        if trig.group("named_meeting"):
            # "a Brussels summit", "the Madrid conference": the place names the meeting
            # (a city: "the US-Africa summit" names its members, not its place)
            named = [st for st in _stops(art, max(s_start, trig.start() - 30), trig.start())
                     if st.city and st.start + len(st.city) >= trig.start() - 1]
            stops = named[-1:]
            if _MEETINGS_PAPER.match(text, trig.end()):
                stops = []  # "the Tokyo Summit agreement", "the Venice summit declaration": its paper, cited
        else:
            stops = _stops(art, trig.end(), stop_window_end)
        if kind == "travel" and trig.group().lower().startswith(_LEAVING):
            stops = stops[:1] + [s for s in _stops(art, trig.end(), s_end) if
                                 re.search(r"\bfor\s+$", text[max(0, s.start - 5):s.start])
                                 or _FOR_MEETING_IN.search(text, trig.end(), s.start)]
        if kind in ("travel",) and stops and stops[0].start - trig.end() > 25:
            stops = []
        if kind == "travel" and re.match(r"\s*(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|July|"
                                         r"August|September|October|November|December|Monday|Tuesday|Wednesday|"
                                         r"Thursday|Friday|Saturday|Sunday|(?:19|20)\d\d)\b", text[trig.end():trig.end() + 20]):
            stops = []  # "than he was in January before the Paris accord": a time, not a place
        if kind in ("meet", "presence") and stops and stops[0].start - trig.end() > 12 and not re.fullmatch(
                r"\s+(?:the\s+)?(?:[a-z\-]+\s+){0,3}", text[trig.end():stops[0].start]) and \
                not (re.match(r"met\b", trig.group(), re.I) and _VENUE_IN.fullmatch(text, trig.end(), stops[0].start)):
            # "met in the White House", not a place named later in the sentence ("met at the Office of the
            # Government in Hanoi": a venue and its city)
            stops = []
        if kind in ("presence", "meet") and _TOPIC_IN.search(trig.group()):
            stops = []  # "discussed the situation in Gaza": the place is the topic's, not theirs
        if kind == "visit" and (named_of := _VISIT_OF_NAMED.match(text, trig.end())):
            # "the visit of U.S. Secretary of State X": the state in the traveller's title is no stop
            stops = [st for st in stops if st.start >= named_of.end()]
        if kind == "visit" and re.match(r"\s+by\s", text[trig.end():trig.end() + 4]):
            # "a visit by U.S. Secretary of State X": the traveller's country, not a stop; the place is
            # the one the trip goes to after the traveller ("the visit by Israeli Prime Minister X to Egypt")
            stops = [st for st in stops if _TRIP_TO_BEFORE.search(text, max(s_start, st.start - 6), st.start)][:1]
        if kind == "visit" and not stops and re.match(r"(?:visits?|trips?|journey|stopover)\b", trig.group(), re.I):
            # "a scheduled Moscow visit by U.S. Secretary of State George Shultz": the place before the noun
            named = [st for st in _stops(art, max(s_start, trig.start() - 30), trig.start())
                     if st.start + _stop_len(text, st) >= trig.start() - 1 and not _POSSESSIVE.match(text, st.end or st.start)]
            stops = named[-1:]
        if kind == "visit" and not stops:
            # "flew here from neighbouring Malaysia where he was on a three-day visit": the place
            # the relative clause hangs on
            where = _WHERE_CLAUSE.search(text, max(s_start, trig.start() - 70), trig.start())
            if where:
                placed = [st for st in _stops(art, max(s_start, where.start() - 40), where.start() + 1)
                          if st.start + _stop_len(text, st) >= where.start() - 1]
                stops = placed[-1:]
        if kind == "visit" and re.match(r"\s+here\b", text[trig.end():trig.end() + 6]):
            stops = []  # "a visit here this week by Ecuador's minister": the story's place, not Ecuador
        if not stops and kind == "visit" and _THE_COUNTRY_AFTER.match(text, trig.end()):
            stops = _country_named_before(art, s_start, prev_start, trig)
        if not (kind == "travel" and trig.group().lower().startswith(_LEAVING)):
            stops = _coordinated(text, stops)
        if stops and kind in ("travel", "visit"):
            stops += _itinerary(art, stops[-1], s_end)
        leg_status: dict[str, str] = {}  # stops the trip has left behind or has ahead, by the words that name them
        here_visit = False  # the trip's own stop is "here", the others are legs of it
        if kind == "travel" and stops and trig.group()[:5].lower() == "arriv" and \
                (way := _ON_WAY_FROM.search(text, trig.end(), s_end)) is not None:
            # "arrived in Nicaragua on his way from El Salvador": a stop behind
            prior = [st for st in _stops(art, way.end(), min(s_end, way.end() + 40)) if st.start == way.end()]
            if prior and prior[0].iso3 not in {st.iso3 for st in stops}:
                leg_status[prior[0].iso3] = "completed"
                stops = stops + prior[:1]
        if kind == "visit" and stops and _HERE_ON.search(text, max(s_start, trig.start() - 50), trig.start()) and \
                (legs := _OTHER_LEGS.match(text, trig.end(), stops[0].start)):
            # "Carney, here on a three-day visit after talks in Japan and China": the visit is here; the
            # places after "after talks in" are legs before it ("before talks in": after it)
            leg_status = {st.iso3: "completed" if legs.group("behind") else "planned" for st in stops}
            here_visit = True
            stops = [st for st in _story_place(art, s_start) if st.iso3 not in leg_status] + stops
        if kind in ("visit",) and stops and stops[0].start - trig.end() > 90:
            stops = []
        host_actor: Actor | None = None
        visitor: Actor | None = None
        extra_guests: list[Actor] = []
        if kind == "host":
            # "Biden will welcome Macron to the White House": the subject hosts, the object visits.
            actors = art.actors.in_span(s_start, s_end)  # the article's actors: built once, on first need
            subj = [a for a in actors if a.end <= trig.start()]
            obj = [a for a in actors if a.start >= trig.end() and a.start - trig.end() < 60]
            passive = _passive_host(text, s_start, trig)
            if passive:
                # "X was received by Y", "to be welcomed by Y": the subject visits, Y hosts
                subj, obj = obj[:1], [a for a in subj if not _CLAUSE_END.search(text, a.end, trig.start())][-1:]
            guests = _guests(art, actors, obj, trig.end(), s_end)
            if not passive and stops and re.match(r"\s+(?:me|us)\b", text[trig.end():trig.end() + 4]) and \
                    art.title and _PRESIDENT_SPEAKS.search(art.title):
                # "He also graciously hosted me in New Delhi in 2013" in the President's own statement: the
                # President was the guest; the host is the person of that place the story speaks of
                me = _publishers_head(art, trig.end() + 1)
                if me is None or me.iso3 == stops[0].iso3:
                    continue
                guests = [me]
                subj = subj or [a for a in art.actors.before(trig.start(), 12) if a.iso3 == stops[0].iso3][-1:]
            if not subj and not passive:
                speaker = _first_person(art, s_start, trig.start())
                subj = [speaker] if speaker else []  # "When I welcomed President X to the White House"
            if not subj or not guests or not subj[-1].iso3:
                continue
            host_actor = subj[-1]
            # "President Donald J. Trump and First Lady Melania Trump will welcome ...": of a coordinated
            # subject, the office holder hosts (a spouse accompanies)
            pair = [a for a in subj[-2:] if a.iso3 == host_actor.iso3]
            if len(pair) == 2 and _LIST_GAP.fullmatch(text, pair[0].end, pair[1].start) and \
                    pair[0].role in LEADER_ROLES and pair[1].role not in LEADER_ROLES:
                host_actor = pair[0]
            guests = [g for g in guests if g.iso3 and g.iso3 != host_actor.iso3]
            if not guests:
                continue
            visitor = guests[0]
            extra_guests = guests[1:]
            if not stops or stops[0].iso3 != host_actor.iso3:
                stops = [_Stop(host_actor.iso3, None, trig.start())] + [s for s in stops if s.iso3 == host_actor.iso3]
        title_places: set[str] = set()  # the trip's place came from the title: its parties
        story = False  # the place came from the dateline or the title
        # "during French Prime Minister Chirac's first official visit this week" in a story filed from
        # Washington: a named person's trip, no place said, is to the dateline
        possessed = False
        if not stops:
            attend = kind == "meet" and trig.group("attend") and _GATHERING_AHEAD.match(text, trig.end(), s_end)
            if kind in ("visit", "travel") or (kind in ("meet", "presence") and trig.group().lower().endswith("here")) \
                    or attend:
                # "arrived here Wednesday", "who arrives today for a visit", "a meeting here last
                # week": the place of the story
                if trig.group("arrival_when") and re.search(r"\bwhere\s+(?:[\w\-]+\s+){0,4}$",
                                                            text[max(s_start, trig.start() - 40):trig.start()]):
                    continue  # "on his way to Tokyo, where he is to arrive on Sunday": not the story's place
                if trig.group().endswith("here") and _quoted(text, trig.start()):
                    continue  # '"... when Nakasone was here," said Shultz, speaking from Washington': the speaker's here
                here = re.match(r"\s+here\b", text[trig.end():trig.end() + 8]) or trig.group().endswith("here") or re.search(
                    r"\bhere\s+$", text[max(s_start, trig.start() - 6):trig.start()]) or \
                    _HERE_ON.search(text, max(s_start, trig.start() - 50), trig.start()) or \
                    trig.group("arrival_when") or kind == "meet"  # "meeting here", "attended the summit"
                # ("the four-day visit of West German President X, which starts on Friday": owned by its "of")
                possessed = kind == "visit" and bool(_POSSESSED_TRIP.search(text, max(s_start, trig.start() - 60),
                                                                           trig.start()) or _VISIT_OF_NAMED.match(text, trig.end()))
                here = here or possessed and art.dateline_place() is not None
                stops = (_story_place(art, s_start) or _place_in_sentence(art, trig.end(), s_end) or _article_city(art)) \
                    if here else []
                if kind == "presence" or attend and _INDEFINITE_AHEAD.match(text, trig.end()):
                    # "said here": only a wire dateline says where the speaker is (a title names the story's
                    # subject); "attended a meeting between A and B": some meeting, not the story's ("attend
                    # some of the sessions" are its own): only a dateline places it
                    dateline = art.dateline_at(s_start)
                    stops = [st for st in stops if dateline is not None and st.start == dateline.start]
                if not stops and kind == "visit" and art.actors.home and _UPCOMING_VISIT_OF.search(
                        text, max(s_start, trig.start() - 30), trig.end() + 4) and not _ELSEWHERE_AFTER.match(
                        text, trig.end()) and not _quoted(text, trig.start()):
                    # "previewed the upcoming visit of President X of Ukraine" in the White House's own release:
                    # a foreign leader's coming visit, no place said, is to the publisher's state
                    stops = [_Stop(art.actors.home, None, trig.start())]
                if not stops and kind == "visit" and _VISIT_BY.match(text, trig.end(), s_end):
                    # "Brazil and Russia agreed Thursday to cooperate during a visit by Russia's Foreign
                    # Minister": of the two states that act, the one the visitor is not from hosts
                    stops = _pair_host(art, s_start, trig)
                if not stops:
                    continue
                story = True
                title_places = {st.iso3 for st in stops} if stops[0].start < 0 else set()
            else:
                continue
        if kind not in ("visit",):
            virtual = bool(_VIRTUAL.search(sentence)) if virtual is None else virtual
            if virtual:
                continue
        destinations: dict[str, list[str]] = {}
        for st in stops:
            cities = destinations.setdefault(st.iso3, [])
            city = st.city or (_town_of(art, s_start, st) if st.start >= 0 else None)
            if city and city not in cities:
                cities.append(city)
        before = text[max(s_start, trig.start() - 80):trig.start()]
        after = text[trig.end():min(s_end, nxt + 40)]
        status = visit_status(before, text[trig.start():trig.end()], after, art.published, text[trig.end():s_end],
                              default=None)
        if called_off:
            status = "cancelled"
        if status is None and opens_in_the_past(text, s_start):
            status = "completed"  # "Last week, Peruvian central bank president X and Y met in Mexico City ..."
        dated_earlier = _year_before(text[s_start:trig.start()], art.published)
        if status is None and dated_earlier:
            status = "completed"  # "The summit occurred in February 2005 when four leaders ... met in": history
        if status in (None, "ongoing") and kind == "visit" and _SUCCEEDED_TRIP.search(before):
            status = "completed"  # "Thatcher's successful trip to Moscow": a trip judged by its outcome is over
        decided = status is not None
        if kind == "meet" and status in (None, "completed") and not dated_earlier and _met_today(art):
            status, decided = "ongoing", True  # a meeting reported the day it happened: the visit is under way
        if kind == "presence" and status in (None, "completed") and _SAYING.match(trig.group()) and \
                not _DATED.search(sentence) and (art.published is not None or not _PERFECT.search(sentence)):
            # "X told a conference in Brussels": the speech is the news of the day (also in an undated
            # story, unless told as one of a series: "The latest has been X, who told the summit")
            status, decided = "ongoing", True
        if kind in ("meet", "host", "presence") and status is None and _TODAY_OR_YESTERDAY.search(sentence):
            # "Yesterday, President X and King Y held a meeting at the White House", "conducted talks
            # today in Muscat": a meeting of the day before or of the day, with no word of the return
            status, decided = "ongoing", True
        if kind == "visit":
            own = trip_clause_status(text[max(s_start, trig.start() - 130):trig.start()], trig.group(), text[trig.end():s_end])
            if own == "cancelled" and status != "cancelled" or own == "planned" and status in (None, "completed"):
                status, decided = own, True  # called off ("was postponed"), or started ahead ("which starts on Friday")
        if status is None and kind == "visit" and planned_by_main_clause(text[s_start:trig.start()]):
            status, decided = "planned", True  # "The Saudi leader will hold talks ... during the visit"
        if status in (None, "completed") and _FUTURE_THEN_GERUND.search(text, s_start, trig.start()):
            status, decided = "planned", True  # "He will visit Tanzania before chairing a meeting in Cape Town"
        if kind == "visit" and trig.group()[:10].lower() == "delegation" and status in (None, "ongoing") and \
                _DESIGNATED.search(text, max(s_start, trig.start() - 90), trig.start()):
            status, decided = "planned", True  # "announced the designation of a Presidential Delegation to X"
        if status is None and possessed and story and \
                _POSSESSED_TRIP_AHEAD.search(text, max(s_start, trig.start() - 90), min(s_end, trig.end() + 30)):
            # "asked if Nakasone's visit might help", "expects harmonious talks during Chirac's first
            # official visit this week": a named person's trip spoken of as to come
            status, decided = "planned", True
        if story and kind == "visit" and art.dateline_place() is not None and \
                _OWN_TRIP.search(text, max(s_start, trig.start() - 12), trig.start()) and \
                _HERE_LONG_AGO.match(text, trig.end()):
            # "Channon said there was more protectionism in Congress since his visit here last year", filed
            # from Washington: the speaker's "here" is where he is now; this trip of his is news, that one its
            # background (one record per visitor and place: the one under way)
            status, decided = "ongoing", True
        status = status or "completed"
        actors = art.actors.in_span(s_start, s_end)
        for dest, cities in destinations.items():
            # other cities of the destination named in the sentence are stops of the same trip
            for cm in art.matches_in(s_start, s_end, ("city",)):
                if cm.iso3 == dest and cm.text not in cities and not _INSTITUTION_AFTER.match(text, cm.end) \
                        and not _INSTITUTION_BEFORE.search(text, max(0, cm.start - 14), cm.start) \
                        and not _GOVERNMENT_NAMED.search(text, max(0, cm.start - 16), cm.start) \
                        and not _GOVERNMENT_ACTS.match(text, cm.end):
                    cities.append(cm.text)
            travellers = _travellers(art, actors, trig, kind, dest, visitor, prev_start, s_start) + extra_guests
            if kind not in ("visit", "travel"):
                # a navy's ships call at ports; they hold no talks and attend no meetings
                travellers = [v for v in travellers if not (v.role and _SHIPS_ROLE.fullmatch(v.role))]
            if travellers and travellers[0].name is None:
                # "Leaders from Bhutan, India and Nepal arrived in Dhaka": the whole team travels
                travellers += [a for a in art.actors.team_of(travellers[0]) if a not in travellers]
            # a former official travels on private business, not for a state (GUIDELINES: private persons)
            travellers = [v for v in travellers if not _FORMER.search(text, max(0, v.start - 30), v.start)]
            if kind != "host" and travellers:
                if stay_home is None:
                    stay_home = {id(a) for t in triggers if t.lastgroup == "host" and not _passive_host(text, s_start, t)
                                 and not _WELCOMED_THING.match(text, t.end())
                                 for a in art.actors.in_span(s_start, t.start())[-1:]}
                travellers = [v for v in travellers if id(v) not in stay_home]
            if not travellers:
                continue
            host = host_actor.name if host_actor else _host(art, actors, dest, s_start, trig.end())
            if host is None and kind == "meet":
                host = _host_of_pair(art, travellers, dest, trig.start(), s_start, prev_start)
            stop_status = status
            if kind == "travel" and trig.group().lower().startswith(_LEAVING) and \
                    not re.match(r"\s+(?:(?:today|tonight|tomorrow|later|soon|again|(?:on\s+)?\w+day|"
                                 r"(?:next|this|later\s+this|early\s+next)\s+(?:week|weekend|month))\s+)?for\b",
                                 text[trig.end():trig.end() + 35]) and not trig.group().lower().endswith("for") and \
                    stops and stops[0].iso3 == dest and stops[0].start < trig.end() + 20:
                stop_status = "completed"
            leg = _itinerary_leg(art, trig, next((st for st in stops if st.iso3 == dest and st.start >= 0), None), s_end)
            if leg is not None:
                stop_status = leg
            elif _FIRST_STOP_OF.search(text, max(s_start, trig.start() - 40), trig.start()) and stops and \
                    dest != stops[0].iso3 and stop_status in ("completed", "ongoing"):
                # "on the first stop of a five-day visit to Japan and Korea": the stops after the first are ahead
                stop_status = "planned"
            elif here_visit:
                here_status = visit_status(before, text[trig.start():trig.end()], "", art.published, default="ongoing")
                # (legs behind a visit still to come are to come: "will be here after talks in Japan")
                stop_status = "planned" if here_status == "planned" and dest in leg_status else \
                    leg_status.get(dest, here_status)
            elif dest in leg_status:
                stop_status = leg_status[dest]
            for v in travellers:
                if v.iso3 == dest or (len(title_places) > 1 and v.iso3 not in title_places):
                    continue  # "China, Pakistan sign ...": a Chinese arrival "here" is in Pakistan
                if v.iso3 is None and not v.international:
                    continue  # an official whose state the reader does not know travels for no state it can name
                if v.name is None and v.role == "delegation" and _society_delegation(art):
                    continue  # "a Japanese delegation" that is "the Japan-China Friendship Association delegation"
                if v.iso3 is None and kind == "travel" and trig.group().lower().startswith(("return", "back")):
                    continue  # "the Secretary-General ... on his return to New York": an organisation's
                    #           official going back to its seat, not visiting
                out.append(_Visit(v.name, v.iso3, dest, host, list(cities), stop_status, s_start, s_end,
                                  "visit.story_place" if story else _KIND_RULES[kind],
                                  status_decided=decided or stop_status != status,
                                  visitor_role=None if v.name else v.role))
    return _with_gathering_frames(art, s_start, s_end, out + fronted)


# a tour's legs told by its course: "which has already brought him to A and will also bring him on to B"
_ITINERARY_LEG = re.compile(r"\b(?:(?P<ahead>will|would|is\s+to|are\s+to|is\s+due\s+to|is\s+expected\s+to)\s+(?:also\s+)?"
                            rf"(?:then\s+)?)?(?P<leg>{_TOUR_LEG})\b", re.I)


def _itinerary_leg(art: Article, trig: re.Match, stop: _Stop | None, s_end: int) -> str | None:
    """The status of one stop of a tour from the leg that names it: a leg behind ("has already
    brought him to A") is over unless it is where the story is filed, a leg ahead ("will also bring
    him on to B") is planned. None when no such leg names the stop."""
    if stop is None:
        return None
    legs = [m for m in _ITINERARY_LEG.finditer(art.text, trig.start(), min(s_end, stop.start)) if m.end() <= stop.start]
    if not legs:
        return None
    leg = legs[-1]
    if leg.group("ahead") or leg.group("leg").split()[0].lower() in ("take", "takes", "bring", "brings"):
        return "planned"
    here = art.dateline_place()
    if here is not None and here.iso3 == stop.iso3:
        return None  # "a tour that has taken him to Kuwait", filed from Kuwait: he is still there
    return "completed"


_VISIT_BY = re.compile(r"\s+by\s+(?:[A-Z][\w.'’\-]*\s+){0,6}?(?:[A-Z][\w.\-]*|\w+['’]s\s+[A-Z][\w\-]*)", re.S)
# "A and B agreed/signed/pledged ...": two states as the subject that opens the sentence
_PAIR_SUBJECT = re.compile(r"\W*(?:[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)\s+and\s+(?:the\s+)?(?:[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)\s+"
                           r"(?:have\s+|has\s+)?(?:agreed|signed|pledged|vowed|decided|discussed|reaffirmed|announced|held)\b")


def _pair_host(art: Article, s_start: int, trig: re.Match) -> list[_Stop]:
    """The host of a visit "by" someone when two states open the sentence as its subject: the one of
    the two that the visitor (named after "by") is not from."""
    head_start = s_start
    dateline = DATELINE.match(art.text, s_start)
    if dateline:
        head_start = dateline.end()
    pair = _PAIR_SUBJECT.match(art.text, head_start, trig.start())
    if not pair:
        return []
    states = list(dict.fromkeys(m.iso3 for m in art.matches_in(pair.start(), pair.end(), ("country",)) if m.iso3))
    visitor = [a for a in art.actors.in_span(trig.end(), trig.end() + 80) if a.iso3][:1]
    if len(states) != 2 or not visitor or visitor[0].iso3 not in states:
        return []
    host = states[1] if visitor[0].iso3 == states[0] else states[0]
    return [_Stop(host, None, trig.start())]


def _with_gathering_frames(art: Article, s_start: int, s_end: int, found: list[_Visit]) -> list[_Visit]:
    """A sentence's trips with those of the frames that need no trip word: a meeting placed by the dateline,
    states attending a gathering, guests among its speakers (when nothing else was found), and the sides of a
    meeting on a gathering's sidelines, whatever else the sentence said ("Biden held meetings on the margins
    of the G20 with Chancellor Merkel")."""
    found = found or _dateline_meeting_visits(art, s_start, s_end) or _attendance_visits(art, s_start, s_end) \
        or _among_attendees(art, s_start, s_end) or _story_gathering_attendees(art, s_start, s_end) \
        or _delegation_head_visits(art, s_start, s_end)
    return found + [v for v in _sideline_visits(art, s_start, s_end)
                    if not any((f.visitor_iso3, f.destination) == (v.visitor_iso3, v.destination) for f in found)]


def _host_of_pair(art: Article, travellers: list[Actor], dest: str, pos: int, s_start: int, prev_start: int) -> str | None:
    """The host of a meeting its sentence names only as a pair: the destination's one of them, who
    received the other."""
    if _THEY_MET.match(art.text, s_start, pos):
        # "They reflected on their first meeting in Paris" (Harris and Macron, named the sentence before)
        return next((v.name for v in travellers if v.iso3 == dest and v.name), None) or next(
            (a.name for a in _last_sentence_actors(art, s_start, prev_start) if a.iso3 == dest and a.name and a.role),
            None)
    if _THE_TWO_MET.search(art.text, max(s_start, pos - 40), pos):
        # "follows on the two leaders' first meeting in Washington": the last two people named before
        pair = _unique([a for a in reversed(art.actors.before(pos, 12)) if a.name])[:2]
        if any(a.iso3 != dest for a in pair):
            return next((a.name for a in pair if a.iso3 == dest), None)
    if _WHEN_THEY_MET.search(art.text, max(s_start, pos - 30), pos):
        # "Baker said he had given that message to Brazilian officials when they met for talks in
        # Washington": "they" are the sentence's speaker of the destination and the visitors
        speaker = [a for a in art.actors.in_span(s_start, pos) if a.iso3 == dest and a.name and a.role]
        if speaker and any(s_start <= t.start < pos and t.start > speaker[0].end for t in travellers):
            return speaker[0].name
    for t in travellers:
        co = _CO_SUBJECT_BY_OFFICE.match(art.text, t.end, pos) if t.end <= pos else None
        if co and any(m.iso3 == dest for m in art.matches_in(co.start("office"), co.end("office"), ("country", "demonym"))) \
                and not art.matches_in(co.start("name"), co.end("name")):
            # "Peruvian central bank president X and the head of Bank of Mexico, Miguel Mancera Aguayo, met
            # in Mexico City": the one the destination's office names received the other
            return co.group("name")
    return None


_WHEN_THEY_MET = re.compile(r"\b(?:when|where|after|as)\s+they\s+(?:had\s+)?(?:(?:met|meet)\s+(?:for\s+(?:[\w\-]+\s+){0,2})?)?$")
# a meeting's second subject by an office of a state, then the name: "and the head of the central bank of
# Mexico, Miguel Mancera Aguayo, met in"
_CO_SUBJECT_BY_OFFICE = re.compile(r",?\s+and\s+(?:the\s+|his\s+|her\s+)?(?P<office>(?:[\w\-]+\s+){1,3}?of\s+(?:the\s+)?"
                                   r"(?:[\w\-]+\s+){0,3}?[A-Z][\w\-]+),\s+"
                                   r"(?P<name>(?:[A-Z][\w\-]+\s+){1,3}[A-Z][\w\-]+),?\s+(?:[a-z]+\s+){0,2}$")


# an audience, then what is spoken of: an event of its own place ("told a press conference the agreement
# reached last month in")
_AUDIENCE_THEN_EVENT = re.compile(r"(?:told|addressed|address(?:es|ing)?)\s[^.;]*?\b(?:reached|agreed|signed|concluded|"
                                  r"struck|adopted|held|made|taken)\s+(?:[\w\-]+\s+){0,3}in$", re.I)
_INDEFINITE_AHEAD = re.compile(r"\s+an?\s")
_THE_TWO_MET = re.compile(r"\b(?:the\s+two|both)\s+(?:leaders|presidents|ministers|men|sides)['’]?\s+(?:[\w\-]+\s+){0,2}$",
                          re.I)
_HERE_LONG_AGO = re.compile(r"\s+here\s+(?:last\s+(?:year|month)|in\s+(?:19|20)\d\d|\w+\s+(?:years|months)\s+ago)\b")
_PERFECT = re.compile(r"\b(?:has|have)\s+been\b")
# the meeting's people are those of the sentence before: "They reflected on their first meeting in Paris"
# (not "The two delegations agreed to meet", nor a meeting of another subject: "They discussed the
# work of the council, which met in Pittsburgh")
_THEY_MET = re.compile(r"\W*(?:They|Both|The\s+two)\b(?!\s+(?:delegations|teams|sides|countries|governments|nations))"
                       r"(?!.*\b(?:which|that|who|where)\b)")


# "He will meet Zheng Tuobin, ... attend a meeting of the Joint Commission": whom the subject meets
# is met, not a participant who travelled to the gathering the clause goes on to name
_MET_OBJECT = re.compile(r"\b(?:meet|meets|met|see|sees|saw|receive|receives|received|call\s+on|calls\s+on|called\s+on)"
                         r"\s+(?:(?:his|her|their|the)\s+)?(?:[\w\-]+\s+){0,2}$", re.I)


# a gathering whose participants are an unnamed group: nobody named earlier is placed there
_GROUP_HOLDS = re.compile(r"\b(?:heads\s+of\s+(?:state|government)|leaders|ministers|officials|delegates|members)\s+"
                          r"(?:who|which|that)\s+(?:will\s+)?(?:hold|holds|meet|attend|gather|convene)\s+"
                          r"(?:(?:a|an|the|their)\s+)?(?:[\w\-]+\s+){0,2}$", re.I)
_COUNTERFACTUAL = re.compile(r"\b[Ii]f\s+(?:I|we|he|she|they|[A-Z][\w\-]+)\s+(?:were|had\s+been)\b|"
                             # "under such a scenario the President would announce, just before the summit in Venice"
                             r"\b(?:under|in)\s+(?:such\s+a|this|that|one|the)\s+(?:\w+\s+)?scenario\b")
# the travel words that leave a place ("left Washington for", "departed Washington early Thursday for")
_LEAVING = ("left", "leaves", "leaving", "departed", "departs")
# a wish for some day, no plan: "Pope Benedict XVI, who hopes one day to visit the Holy Land", "he
# hoped to visit, if possible in times of peace"
_WISHED_BEFORE = re.compile(r"\b(?:hopes?|hoped|hoping|wish(?:es|ed)?|dreams?\s+of|dreamed\s+of|longs?\s+to|longed\s+to)\s+"
                            r"(?:[\w\-]+\s+){0,3}$", re.I)
_SOMEDAY = re.compile(r"\b(?:one\s+day|some\s*day|eventually|if\s+possible|in\s+times\s+of\s+peace)\b", re.I)


# Speech or a decision between a person and a gathering: the gathering is what they speak of.
# "Officials from A, B and C opened a two-day conference here": they convene it, so they are there
_CONVENED = re.compile(r"\b(?:opened|open|opens|began|begin|begins|convened|convene|convenes)\s+(?:a|an|the|their)?\s*"
                       r"(?:[\w\-]+\s+){0,3}$", re.I)
_DELEGATES_OF = re.compile(r"\b(?:representatives|delegations?|delegates|officials|ministers|leaders|envoys|"
                           r"heads\s+of\s+(?:state|government))\s+(?:from|of)\s+", re.I)
# "meeting" used as a noun: "the meeting", "last month's meeting", "a Paris meeting"
_MEETING_NOUN = re.compile(r"(?:\b(?:the|a|an|this|that|its|their|his|her|weekend|ministerial|annual)|['’]s|[A-Z]\w+)\s+$")
_TOLD_DURING = re.compile(r"\s+(?:told|said|says|tells)\s+(?:(?:Reuters|reporters|journalists|[\w\-]+)\s+)?(?:during|at)\s+"
                          r"(?:the|a|an|this|its|their)\s+(?:[\w\-'’()]+\s+){0,7}?")
_REPORTED_BETWEEN = re.compile(r"\b(?:said|says|told|tell|called|calls|urged|urges|asked|asks|decided|announced|"
                               r"hoped|hopes|expects?|expected|proposed|warned|suggested|predicted|when|that|whether)\b",
                               re.I)
# "the situation in Gaza", "the war in Ukraine": a place that belongs to what is spoken of
_TOPIC_IN = re.compile(r"\b(?:situation|crisis|conflict|war|fighting|violence|developments|events|unrest|tensions?|"
                       r"elections?|peace|security|stability|humanitarian|hostages?|people|investments?|"
                       r"interests?|operations?|presence|troops|forces|role|attacks?|progress|reforms?)\s+in$", re.I)
_FRONTED_OWN_TRIP = re.compile(r"\W*(?:(?:During|On|In\s+the\s+course\s+of|Ahead\s+of|Before|After)\s+(?:his|her|their)|"
                               # "Speaking on a visit to Japan, a key donor to the region, Jordan's King Abdullah II said"
                               r"(?:Speaking|Talking|Writing)\s+(?:on|during)\s+(?:a|an|his|her|their))\s+(?:[\w\-]+\s+){0,3}$")
# things that travel, carried: they leave, arrive and go without a traveller
_CARGO = r"shipments?|cargo(?:es)?|goods|supplies|tankers?|vessels?|ships?|aid|crude(?:\s+oil)?|oil"
_GOODS_LEAVE = re.compile(rf"\b(?:{_CARGO}|consignments?|barrels|tonnes|tons|freighters?|trains?|trucks?|exports)\s+"
                          r"(?:(?:will|would|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|was|were|has|have|had|"
                          r"to|should|may)\s+)?(?:(?:also|soon|then)\s+)?$", re.I)
# ("announced the existence of the missiles so late after their arrival")
_THINGS_ARRIVAL = re.compile(rf"\b(?:{_CARGO}|missiles?|weapons|arms|rockets|troops|forces|grain|equipment)\b"
                             r"[^.;]{0,40}?\b(?:their|its)\s+(?:[\w\-]+\s+)?$", re.I)
_LEFT_A_POST = re.compile(r"\s+(?:(?:the|his|her|their)\s+(?:post|job|office|agency|government|cabinet|company|firm)\s+)?"
                          r"to\s+(?:become|join|take|head|run|pursue|work|be|lead)\b")
_THING_TO_GO = re.compile(r"\bfor\s+(?!him\b|her\b|them\b|me\b|us\b)(?:[a-z][\w\-]*\s+){1,5}to\s+$")
_DATED_BEFORE = re.compile(r"\b(?:in|last)\s+(?:january|february|march|april|june|july|august|september|october|"
                           r"november|december|(?:19|20)\d\d)\b|\b(?:months|years)\s+ago\b|\blast\s+(?:month|year)\b", re.I)
_ASKED_TO = re.compile(r"\b(?:asked|asks|ask|told|tells|ordered|orders|instructed|instructs|requested|requests|"
                       r"summoned|summons)\s+(?P<obj>[^,;.]{2,90}?)\s+to\s+$")
_FRONTED_PARTICIPLE = re.compile(r"\W*(?:Addressing|Speaking|Attending|Opening|Closing|Chairing|Talking)\b")
_URGED_CLAUSE = re.compile(r"\b(?:urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|call(?:s|ed|ing)?\s+on|persuad(?:e|es|ed|ing)|"
                           r"encourag(?:e|es|ed|ing))\s+(?P<obj>[^,;.]{2,60}?)\s+to\s+[^.;]*$")
_ENVOY = re.compile(r"\b(?:[Aa]mbassadors?|[Hh]igh\s+[Cc]ommissioners?|[Ee]nvoys?|[Cc]onsul(?:-[Gg]eneral)?s?|"
                    r"[Cc]harg[eé]\s+d['’]affaires)\b")
_OTHER_PERSON = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+[A-Z]")
_OWN_TRIP = re.compile(r"\b(?:his|her|their)\s+(?:[\w\-]+\s+){0,2}$", re.I)
# what an attendance verb's object must be to place its subject: a gathering ("were present at the opening")
_GATHERINGS = (r"(?:summit|conference|meeting|talks|ceremony|inauguration|funeral|opening|session|forum|celebration|"
               r"parade|gathering|negotiations|consultations)s?")
_GATHERING_WORD = re.compile(rf"\b(?:{_GATHERINGS}|ministerial)\b", re.I)  # a story's lead that names one
_GATHERING_AHEAD = re.compile(r"\s+(?:the|a|an|this|that|its|their|his|her)?\s*(?:[\w\-’']+\s+){0,4}?"
                              + _GATHERINGS + r"\b", re.I)
_DATED = re.compile(r"\b(?:last|earlier|ago|previous|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                    r"january|february|march|april|may|june|july|august|september|october|november|december|"
                    r"(?:19|20)\d\d|had|before)\b", re.I)
# a named person's trip, no place said: "Chirac's first official visit", "the Emir's state visit"
_ON_WAY_FROM = re.compile(r"\bon\s+(?:his|her|their)\s+way\s+(?:back\s+)?from\s+(?:the\s+)?")
_FIRST_STOP_OF = re.compile(r"\bfirst\s+(?:stop|leg)\s+of\s+(?:an?|his|her|their|the)\s+(?:[\w\-]+\s+){0,2}$", re.I)
# a delegation of a society, not of a state: "the Japan-China Friendship Association delegation"
_NON_STATE_DELEGATION = re.compile(r"\b(?:Association|Society|Federation|Foundation|Chamber\s+of\s+Commerce|Institute|"
                                   r"Business\s+Council|Confederation|Friendship\s+Group|Party)\s+delegation\b")
def _society_delegation(art: Article) -> bool:
    """Does the story name a society's delegation? (read once per story)"""
    if "society_delegation" not in art.memo:
        art.memo["society_delegation"] = bool(_NON_STATE_DELEGATION.search(art.text))
    return art.memo["society_delegation"]


_VISIT_OF_NAMED = re.compile(r"\s+of\s+(?:[A-Z][\w.\-]*\s+)(?:(?:[A-Z][\w.\-]*|of)\s+){0,6}[A-Z]")
_POSSESSED_TRIP = re.compile(r"(?<![\w.])[A-Z][\w\-]+['’]s\s+(?:(?:first|second|official|state|working|current|"
                             r"forthcoming|coming|planned|\w+-day)\s+){0,3}$")
# a trip judged by its outcome, with its owner: "Thatcher's successful trip", "his fruitful visit" (not
# "wished him a successful visit": a trip to come)
_SUCCEEDED_TRIP = re.compile(r"(?:['’]s|\b(?:his|her|their))\s+(?:recent\s+|highly\s+|very\s+)?"
                             r"(?:successful|fruitful|productive|triumphant)\s+(?:[\w\-]+\s+){0,2}$", re.I)
_POSSESSED_TRIP_AHEAD = re.compile(r"\b(?:expects?|expected|might|may|could|would|will|coming|upcoming|forthcoming|"
                                   r"planned|slated|scheduled|looks?\s+forward|looking\s+forward)\b", re.I)
# the sentence's people hold the talks: "held talks in", "after talks in", "begins two days of economic talks
# in Bonn" (a holding verb may stand a few words off; "for" and "during" only close by)
_OWN_TALKS_BEFORE = re.compile(r"\b(?:(?:held|hold|holds|holding|had|have|has|opened|open|opens|began|begin|begins|"
                               r"convened|convene|convenes)\s+(?:[\w\-]+\s+){0,4}|(?:for|during|after|before|attend\w*)\s+"
                               r"(?:[\w\-]+\s+){0,2})$", re.I)
_FORMER = re.compile(r"(?:\b(?:former|retired|late)\b|\b(?:ex|then)-)\s*(?:[\w\-]+\s+){0,3}$", re.I)


def _last_match(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """The last match of `pattern` in text[start:end] (None if there is none)."""
    last = None
    for last in pattern.finditer(text, start, end):  # noqa: B007 (the loop only walks to the last)
        pass
    return last


_CLAUSE_OPENING = re.compile(r";|:|,\s+(?:and|but|while|as|which|who)\b")


def _clause_start_at(text: str, s_start: int, pos: int) -> int:
    """Where the clause that holds `pos` begins (after the last ';', ':' or ', ' + conjunction)."""
    m = _last_match(_CLAUSE_OPENING, text, s_start, pos)
    return m.end() if m else s_start


# An unnamed group or official: "a senior State Department official", "a World Bank mission",
# "two Japanese trade officials". Its state comes from the words that qualify it.
_GROUP = (r"(?:(?:a|an|the|two|three|four|several|some)\s+)?(?:(?:senior|top|high-level|high-ranking|joint|special)\s+)?"
          r"(?P<qual>(?:[A-Z][\w.&\-]*\s+){0,4}(?:(?:trade|government|military|economic|technical|administration)\s+)?)"
          r"(?P<noun>mission|delegation|team|officials?|envoys?|diplomats?|negotiators?)\b")
_UNNAMED_GROUP = re.compile(_GROUP)
# (with no determiner, a qualifier that opens the subject: "U.S. officials traveled", "Senior administration
# officials traveled" in the government's own release)
_UNNAMED_GROUP_SUBJECT = re.compile(r"(?:\b(?=(?:a|an|the|two|three|four|several|some)\s)|(?:^|(?<=[.;:]\s)|(?<=\n))(?=[A-Z]))" + _GROUP + r"\s+(?:(?:will|would|shall|is|are|was|were|has|have|had|also|"
                                    r"to|plans?\s+to|is\s+to|due\s+to|expected\s+to|set\s+to)\s+){0,3}$")
_HOME_DEPARTMENTS = {"State Department": "USA", "Pentagon": "USA", "White House": "USA", "Foreign Office": "GBR",
                     "Kremlin": "RUS", "Quai d'Orsay": "FRA"}


def _unnamed_group(art: Article, m: re.Match, dest: str) -> list[Actor]:
    """The unnamed group of `m` as a traveller: of the state its qualifier names, an organisation's
    (no state), else nobody (its state cannot be told)."""
    lo, hi = m.start("qual"), m.end("qual")
    qual = art.text[lo:hi]
    states = [pm.iso3 for pm in art.matches_in(lo, hi, ("country", "demonym")) if pm.iso3]
    for name, iso3 in _HOME_DEPARTMENTS.items():
        if name in qual:
            states.append(state_on(iso3, art.published))
    if not states and art.actors.home and re.search(r"\b[Aa]dministration\b", qual):
        states.append(art.actors.home)  # "Senior administration officials" in the White House's release
    if states and states[0] != dest:
        return [Actor(m.start(), m.end(), None, states[0], m.group("noun"))]
    if _INTERNATIONAL_BODY.search(qual):
        return [Actor(m.start(), m.end(), None, None, m.group("noun"), international=True)]
    return []


_INTERNATIONAL_BODY = re.compile(r"\b(?:UN|U\.N\.|United\s+Nations|IMF|World\s+Bank|NATO|EU|AU|European|OPEC|WTO|GATT|"
                                 r"ASEAN|African\s+Union|OECD|FAO|WHO|IAEA|Red\s+Cross)\b")


_PASSIVE_BY = re.compile(r"\s+by\s")


def _passive_host(text: str, s_start: int, trig: re.Match) -> bool:
    """"X was received by Y", "was received on arrival in rainy weather by his counterpart": the
    subject is the guest."""
    return bool(_PASSIVE_BY.match(text, trig.end()) or (
        _PASSIVE_BE.search(text, max(s_start, trig.start() - 12), trig.start())
        and re.match(r"[^.;,]{0,40}?\bby\s", text[trig.end():trig.end() + 45])))
_PASSIVE_BE = re.compile(r"\b(?:was|were|been|being|be)\s+$")


def _attended_by(art: Article, trig: re.Match, s_start: int, s_end: int) -> list[_Visit]:
    """"The conference in Brussels was attended by World Bank director X and Botswana's President
    Y": the gathering's place stands before the verb, its participants after "by"."""
    text = art.text
    gathering = _last_match(_GATHERING_NOUN, text, s_start, trig.start())
    if gathering is None:
        return []
    stops = _coordinated(text, _stops(art, gathering.end(), trig.start()))
    if not stops and re.search(r"\bhere\b", text[gathering.end():trig.start()]):
        stops = _story_place(art)
    if not stops and re.match(r"(?:the|this|that)\s", text[max(s_start, gathering.start() - 5):gathering.start()].lstrip(),
                              re.I):
        # "The conference was attended by ...": the conference the sentences before placed
        earlier = None
        for earlier in _GATHERING_NOUN.finditer(text, max(0, s_start - 600), s_start):
            if earlier.group().lower() != gathering.group().lower():
                continue
            placed = _coordinated(text, _stops(art, earlier.end(), min(s_start, earlier.end() + 90)))
            stops = placed or stops
    if not stops or len({st.iso3 for st in stops}) != 1:
        return []
    dest = stops[0].iso3
    end = _clause_end(text, trig.end() + 4, s_end)
    who = [a for a in art.actors.in_span(trig.end(), end) if (a.iso3 or a.international) and a.iso3 != dest]
    status = visit_status(text[max(s_start, trig.start() - 80):trig.start()], trig.group(), text[trig.end():s_end],
                          art.published, default=None)
    cities = [st.city for st in stops if st.city]
    return [_Visit(a.name, a.iso3, dest, None, list(cities), status or "completed", s_start, s_end, "visit.meeting",
                   status_decided=status is not None) for a in _unique(who)]


_GATHERING_NOUN = re.compile(r"\b" + _GATHERINGS + r"\b", re.I)


# "will be in Spangdahlem, Germany": a town the reference does not know, placed by its country
_QUALIFIED_TOWN = re.compile(r"\b(?:in|to|at|visit\w*|from)\s+(?P<town>[A-Z][\w'’]+(?:[\s\-][A-Z][\w'’]+){0,2}),\s*$")


def _town_of(art: Article, s_start: int, st: _Stop) -> str | None:
    """The city of a country stop: a town written before it ("in Spangdahlem, Germany"), or the
    country itself when its capital bears its name (Singapore, Monaco, Luxembourg)."""
    text = art.text
    m = _QUALIFIED_TOWN.search(text, max(s_start, st.start - 45), st.start)
    if m and m.group("town") not in _STOP_NAMES_OF_TOWNS and not art.matches_in(m.start("town"), m.end("town")):
        return m.group("town")  # (a name the reference knows is a place of its own: "to Singapore, Bahrain")
    name = _city_states().get(st.iso3)
    return name if name and text.startswith(name, st.start) else None


_STOP_NAMES_OF_TOWNS = frozenset("The This That These Those January February March April May June July August September "
                                 "October November December Monday Tuesday Wednesday Thursday Friday Saturday "
                                 "Sunday".split())


@lru_cache(maxsize=1)
def _city_states() -> dict[str, str]:
    return {c["iso3"]: c["capital"] for c in reference.load_countries()
            if c.get("capital") and c["capital"] in (c["name"], *(c.get("names") or ()))}


_DESIGNATED = re.compile(r"\b(?:designat\w*|announc\w*|nam(?:e|es|ed|ing)|appoint\w*)\b", re.I)


_SHIPS_ROLE = re.compile(SHIP_ROLES)
_LEADS_BODY = re.compile(r"l(?:ead|eads|eading|ed)\s", re.I)
_SENT_BODY_ROLE = re.compile(_SENT_BODIES)
_SENT_BODY = re.compile(rf"\b{_SENT_BODIES}\s+to$", re.I)


def _travellers(art: Article, actors: list[Actor], trig: re.Match, kind: str, dest: str, visitor: Actor | None,
                prev_start: int, s_start: int) -> list[Actor]:
    if kind == "visit" and trig.group()[:10].lower() in ("delegation", "mission to"):
        # "a Presidential Delegation to Poland", "an Iranian trade mission to Tokyo": the delegation travels
        own = [a for a in actors if a.start <= trig.start() < a.end and a.iso3 and a.iso3 != dest]
        if own:
            return own[:1]
    if kind == "meet" and visitor is None:
        urged = _URGED_CLAUSE.search(art.text, max(s_start, trig.start() - 200), trig.start())
        if urged:
            # "Lyng will also urge Japan to put its farm policies on the table during GATT talks in
            # Geneva": the talks are those of the one urged, not the urger's trip
            return [a for a in actors if urged.start("obj") <= a.start < urged.end("obj")
                    and a.iso3 != dest and (a.iso3 or a.international)][:1]
    if kind == "travel" and trig.group()[:3].lower() == "sen" and not _SENT_BODY.search(trig.group()):
        # "sending Secretary of State George Shultz to Moscow": the named official sent, nobody else
        # ("sent troops to", "sent a letter to" move no official)
        return [a for a in actors if trig.start() < a.start and a.end <= trig.end() and a.name
                and a.iso3 != dest and (a.iso3 or a.international)][:1]
    found = _travellers_of(art, actors, trig, kind, dest, visitor, prev_start, s_start)
    if not found and kind == "travel" and _LEADS_BODY.match(trig.group()):
        # "Dr. X, led a US delegation ... to a conference in Tashkent": a leader the reader does not know as
        # an official still takes the state's body along
        return [a for a in actors if trig.start() < a.start and a.end <= trig.end() and a.iso3 and a.iso3 != dest
                and a.role and _SENT_BODY_ROLE.search(a.role)][:1]
    if kind == "meet" and trig.group()[:10].lower() == "talks with":
        # "the IMF's director made the pledge during talks with Moi in Washington": an official of an
        # organisation is placed only as the one talked with (its own seat may be the place)
        found = [a for a in found if not a.international or trig.start() < a.start < trig.end()]
    if found and kind == "travel" and trig.group()[:3].lower() == "sen":
        # "Conable said his agency plans to send a mission to Brazil": the mission travels, for the
        # sender's state (or organisation), not the sender
        return [Actor(a.start, a.end, None, a.iso3, "delegation", international=a.international) for a in found[:1]]
    if not found and kind == "travel" and trig.group()[:3].lower() == "sen":
        # "Japan sent a trade mission to Brazil": a state that sends one is its delegation's state
        lo = _clause_start_at(art.text, s_start, trig.start())
        senders = [m for m in art.matches_in(lo, trig.start(), ("country", "demonym"))
                   if m.iso3 and m.iso3 != dest and not re.search(r"\b(?:in|at|from|to)\s+(?:the\s+)?$",
                                                                  art.text[max(lo, m.start - 8):m.start])]
        return [Actor(senders[-1].start, senders[-1].end, None, senders[-1].iso3, "delegation")] if senders else []
    if found and visitor is None and kind in ("visit", "travel"):
        # "... raised hopes Mr Fischer first went to Israel": someone the article names right before
        # the travel phrase, whom it does not know as an official, is the one who travels
        last = max((a.end for a in found if a.end <= trig.start()), default=s_start)
        person = _OTHER_PERSON.search(art.text, max(last, s_start), trig.start())
        if person and not any(a.start <= person.start() < a.end for a in actors):
            return []
    return found


_PRAISED_FOR = re.compile(r"\b(?:commend\w*|thank\w*|congratulat\w*|prais\w*|applaud\w*|lauded|lauds?|criticiz\w*|"
                          r"criticis\w*|condemn\w*|rebuk\w*)\s+(?P<obj>[^.;]{1,80}?)\s+(?:for|on|over)\s+(?:his|her|their)\s+"
                          # (the trip itself, not "his invitation to visit Israel": the thanked one invites)
                          r"(?:(?!to\b|invitations?\b)[\w\-]+\s+){0,3}$", re.I)
_I_BEFORE = re.compile(r"(?<![\w'’])I\s+(?:(?:first|last|recently|also|once|have|had|just)\s+){0,2}$")
# a release in the President's own words: "Statement from President Joe Biden on ...", "Remarks by President Trump"
_PRESIDENT_SPEAKS = re.compile(r"\b(?:Statement|Remarks|Message|Letter|Op-Ed|Address)\s+(?:from|by|of)\s+(?:the\s+)?President\b|"
                               # "ICYMI: President Joe Biden Op-Ed: ...": the President's own words
                               r"\bPresident\s+(?:[A-Z][\w.]*\s+){1,3}(?:Op-Ed|Op-ed|Statement|Remarks|Message|Letter)\b")
_SUBJECTLESS_BEFORE = re.compile(r"\b(?:after|upon|before|while|since)\s+(?:just\s+|recently\s+|first\s+)?$", re.I)


def _travellers_of(art: Article, actors: list[Actor], trig: re.Match, kind: str, dest: str, visitor: Actor | None,
                   prev_start: int, s_start: int) -> list[Actor]:
    if visitor is not None:
        return [visitor]
    if kind == "presence":
        # "President Biden said in Vilnius": only a leader named right before the verb, who
        # speaks abroad, is placed there (a local official speaking at home is not a visit).
        if not _SAYING.match(trig.group()):
            # "A and B signed the accord in C", "X discussed the problem in Paris with Y": every
            # foreign official of the clause's subject acted there
            subject = [a for a in actors if a.iso3 and a.iso3 != dest and a.role and a.end <= trig.start()
                       and not _CLAUSE_END.search(art.text, a.end, trig.start())]
            if not subject and re.match(r"(?:sought|lobbied|negotiated|campaigned)", trig.group(), re.I) and \
                    re.search(r"\b(?:they|he|she)\s+(?:\w+\s+){0,3}$", art.text[s_start:trig.start()], re.I):
                # "This week they have sought official support in the U.K., France ...": the people
                # the previous sentence names
                subject = _previous_subjects(art, s_start, prev_start, dest)
            return _unique(subject)
        # addressing an audience there places any office holder ("told a conference in Brussels");
        # a bare "said in" only a leader (others speak by statement or dateline)
        audience = re.match(r"(?:told|address\w*)\s+(?:an?|the)\s", trig.group(), re.I)
        # (the head of a state's delegation at talks abroad speaks there too: "X, head of the Japanese
        # delegation, said here Tuesday")
        # (an international organisation's official speaking "here" is away from its seat: "BEIJING - WTO chief
        # Renato Ruggiero called here Monday for")
        abroad = trig.group().lower().endswith("here") and _away_from_seats(art.dateline_place())
        leaders = [a for a in actors if a.iso3 and a.iso3 != dest and a.role and
                   (a.role in LEADER_ROLES or a.role.endswith("speaker") or audience or a.role == "delegation" and a.name)
                   or abroad and a.international and a.iso3 is None and a.name]
        speaker = [a for a in leaders if a.end <= trig.start() and trig.start() - a.end <= 40]
        if not speaker and not art.text[s_start:trig.start()].strip(" \"“'[("):
            # "Speaking in Vilnius, President Biden said ...": the speaker follows the phrase
            speaker = [a for a in leaders if trig.end() < a.start <= trig.end() + 60][:1]
        return speaker[-1:]
    foreign = [a for a in actors if a.iso3 != dest and (a.iso3 or a.international)]
    lead = art.text[s_start:trig.start()]
    if kind == "travel" and _BE_IN.match(trig.group()) and _THING_SUBJECT.search(lead):
        return []  # "it is now in a bank in Egypt", "which is in Geneva": a thing is somewhere, nobody travels
    if kind == "travel" and re.match(r"return|go(?:es|ing)?\s+(?:back|home)|head\w*\s+(?:back|home)|fl(?:y|ies|ew)\s+(?:back|home)",
                                     trig.group(), re.I):
        # "Funaro, who travels to Italy tonight, said he may return to Brazil first": the person
        # nearest before a journey home is going home, not someone named in an earlier sentence
        nearest = [a for a in actors if s_start <= a.start and a.end <= trig.start() and a.iso3]
        if nearest and nearest[-1].iso3 == dest:
            return []
    # "Mr Blair made a visit to Iraq, where he met ...": a pronoun means the person named earlier in
    # the sentence, else the subject (first actor) of the nearest previous sentence that names one.
    if kind in ("visit", "travel"):
        subject = _UNNAMED_GROUP_SUBJECT.search(art.text, max(s_start, trig.start() - 90), trig.start())
        if subject and not [a for a in foreign if subject.start() <= a.start < trig.start()]:
            # "He added that a World Bank mission would travel to Brazil": the mission travels,
            # not the person "he" stands for
            return _unnamed_group(art, subject, dest)
    if kind == "travel" and re.match(r"[a-z]+ing\b", trig.group(), re.I) and _SUBJECTLESS_BEFORE.search(lead):
        # "Abe made the recommendation at a meeting with Nakasone soon after returning from a U.S.
        # visit": a participle with no subject of its own has the main clause's, not the person
        # named last (when that subject is nobody the article places, nobody travels)
        everyone = art.actors.in_span(s_start, trig.start())
        if everyone and not _PRONOUN_SUBJECT.search(lead[:max(0, everyone[0].start - s_start)]):
            return [everyone[0]] if everyone[0] in foreign else []
    if kind in ("visit", "travel") and _I_BEFORE.search(art.text, max(s_start, trig.start() - 30), trig.start()) and \
            art.title and _PRESIDENT_SPEAKS.search(art.title):
        # "As I said when I visited Belfast last year" in the President's own statement: the President
        speaker = _first_person(art, s_start, trig.start())
        return [speaker] if speaker and speaker.iso3 != dest else []
    asked = _ASKED_TO.search(art.text, max(s_start, trig.start() - 110), trig.start()) if kind == "travel" else None
    if asked:
        # "the government had asked High Commissioner Rod Gates to return from Suva": the one asked
        # travels, not the asker; an envoy called home from his post makes no visit
        if _ENVOY.search(asked.group("obj")):
            return []
        return _unique([a for a in foreign if asked.start("obj") <= a.start < asked.end("obj")])
    praised = _PRAISED_FOR.search(lead) if kind == "visit" else None
    if praised:
        # "The President commended the Prime Minister for his historic visits to Poland": the trip is
        # the one praised, not the praiser's
        lo = s_start + praised.start("obj")
        return _unique([a for a in foreign if lo <= a.start and a.end <= s_start + praised.end("obj")][-1:])
    in_sentence = [a for a in foreign if a.end <= trig.start() and not _INVITATION_HOST.search(
        art.text[max(0, a.start - 20):a.start])]
    pronoun = _PRONOUN_SUBJECT.search(lead)
    fronted = _FRONTED_OWN_TRIP.match(lead) if not in_sentence else None
    comma = art.text.find(",", trig.end(), trig.end() + 80) if fronted else -1
    # (the main clause opens after the last comma before its subject: an apposition may come between)
    main_subject = [a for a in foreign if comma >= 0 and a.name and comma < a.start <= comma + 120 and not re.search(
        r"[^\w\s]|\b[a-z]", re.sub(r"['’]s\b", "", art.text[art.text.rfind(",", comma, a.start) + 1:a.start]))] \
        if fronted else []  # (demonym and title words only)
    if in_sentence and (not pronoun or in_sentence[0].start < s_start + pronoun.start()):
        prior = in_sentence[:1]
    elif main_subject:
        # "During his visit to Tokyo, Howard said ...": the pronoun looks ahead to the main
        # clause's subject, not back to the person the sentence before named
        prior = main_subject[:1]
    else:
        prior = _previous_subject(art, s_start, prev_start, dest)
    if kind == "meet" and re.match(r"talks|meeting|summit|conference", trig.group(), re.I):
        # "talks in Washington Monday between Prime Minister X and President Y": the participants
        # are named after the gathering's place, whoever the sentence's subject is
        sentence_end = _sentence_end(art, trig.end())
        between = _PARTICIPANTS_AFTER.match(art.text, trig.end(), sentence_end)
        if between:
            end = _clause_end(art.text, between.end(), sentence_end)
            named = [a for a in foreign if between.end() <= a.start < end]
            if named:
                return _unique(named)
    if kind == "meet" and re.match(r"talks|conference", trig.group(), re.I) and not _OWN_TALKS_BEFORE.search(
            art.text, max(s_start, trig.start() - 50), trig.start()):
        return []  # "welcomed the resumption of six-party talks in Beijing": not their talks
    # a gathering (a summit, a conference, "the meeting ... in Paris", taking part in one) places
    # only people said to be at it; "X met Y in Paris" places its subject by the verb itself
    gathering = kind == "meet" and (bool(re.match(r"summit|conference|meets?\b|meeting\s+in", trig.group(), re.I))
                                    or bool(trig.group("attend"))
                                    or (trig.group().lower().startswith("meeting") and _MEETING_NOUN.search(
                                        art.text, max(s_start, trig.start() - 40), trig.start())))
    if gathering and _BEFORE_GATHERING.search(art.text, max(s_start, trig.start() - 70), trig.start()):
        return []  # "in the lead up to the July NATO Summit in Washington": nobody is there yet
    if kind == "meet":
        # "The meeting of delegates ... was called to work out a consensus ahead of the Group of 77
        # meeting in Havana": the place belongs to the last gathering the trigger spans
        inner = [m for m in _GATHERING_NOUN.finditer(art.text, trig.start() + 1, trig.end())]
        if inner and _BEFORE_GATHERING.search(art.text, max(s_start, inner[-1].start() - 70), inner[-1].start()):
            return []
    if kind == "meet" and _GROUP_HOLDS.search(art.text, max(s_start, trig.start() - 90), trig.start()):
        return []  # "referred to EC heads of government who hold a summit meeting on June 29 in Brussels"
    if kind == "meet" and _PROPOSED.search(art.text, max(s_start, trig.start() - 60), trig.start()):
        return []  # "will propose to Andean Pact countries a summit meeting with Reagan": no trip yet
    if kind == "meet" and _MEETING_TARGETS.match(trig.group()):
        return []  # "meeting our commitments ... as agreed in Paris": to meet a target is no meeting
    if gathering and trig.group("attend") and prior and re.search(r"\b(?:he|she)\s+(?:[a-z]+\s+){0,4}$", lead):
        return [prior[-1]]  # "his office said he would now not attend the summit in Barcelona": the one named before
    if gathering:
        # A summit or conference places only those said to take part: "called for a pledge at the
        # coming summit in Venice", "it was decided at last year's Tokyo summit" place nobody.
        # (unless the telling is done at the gathering: "X told Reuters during the bank's annual meeting here")
        foreign = [a for a in foreign if not _REPORTED_BETWEEN.search(art.text, a.end, trig.start())
                   or _TOLD_DURING.fullmatch(art.text, a.end, trig.start())]
        if not _OWN_TRIP.search(lead[-25:]):  # "at their summit meeting": theirs, whoever speaks
            prior = [a for a in prior if not _REPORTED_BETWEEN.search(art.text, max(a.end, s_start), trig.start())]
    if kind == "meet" and (re.search(r"summit|talks|conference|meeting|met|meet|gathered|convened", trig.group(), re.I)
                           or trig.group("attend")):
        # "the Reagan-Gorbachev summit in Geneva": every foreign leader named close by was there;
        # "their summit" adds the person the previous sentences speak of.
        near = 40 if re.match(r"summit|talks|conference", trig.group(), re.I) else MAX_SUBJECT_GAP
        named = [a for a in foreign if trig.start() - near <= a.end and a.start < max(trig.end(), trig.start() + 40)
                 and not (a.end <= trig.start() and _MET_OBJECT.search(art.text, max(s_start, a.start - 30), a.start))]
        if (re.search(r"\b(?:their|they|he|she|his|her)\b", lead[-40:], re.I)
                or re.match(r"\W*(?:He|She|They)\b", lead)) and prior:
            # "they will meet in Venice", "at their summit", "He will ... before chairing a meeting
            # in Cape Town": near the gathering or the sentence's subject ("the results of their
            # work will be presented at next week's summit" places nobody)
            named = [prior[-1], *named]
        if named and named[0].end <= trig.start():
            # "UK Prime Minister Tony Blair and South African President Thabo Mbeki are among the
            # leaders attending": the people coordinated with the nearest are there too
            before = [a for a in foreign if a.end <= named[0].start]
            while before and _LIST_GAP.fullmatch(art.text, before[-1].end, named[0].start):
                named.insert(0, before.pop())
        if re.search(r"\b(?:the\s+two(?!-)|both)\b", lead, re.I):
            # "when the two met in Singapore": the last two people named before
            earlier = [a for a in art.actors.before(trig.start(), 12) if a.name and a.iso3 != dest]
            pair = _unique(list(reversed(earlier)))[:2]
            named = [*pair, *named]
        if named:
            return _unique(named)
    if gathering and (trig.group("attend") or _CONVENED.search(lead)):
        # "Representatives from China, India and Brazil were invited to attend": one unnamed
        # delegation for each country of the subject
        by_country = _DELEGATES_OF.search(art.text, max(s_start, trig.start() - 160), trig.start())
        if by_country:
            places = _coordinated(art.text, _stops(art, by_country.end(), trig.start()))
            if places and places[0].start - by_country.end() <= 4:
                return [Actor(st.start, st.start + 1, None, st.iso3, "delegation") for st in places
                        if not st.city and st.iso3 != dest]
    if gathering and re.match(r"summit|conference|meeting", trig.group(), re.I):
        # "As we begin this historic NATO Summit in Madrid" in the White House's own release
        me = _first_person(art, s_start, trig.start())
        if me and me.iso3 != dest and re.search(r"\b(?:I|[Ww]e)\s+(?:begin|began|open|opened|attend|attended|"
                                                r"gather|gathered|arrive|arrived|convene|convened|are\s+at|were\s+at)\b",
                                                art.text[s_start:trig.start()]):
            return [me]
    if kind == "meet" and _FRONTED_PARTICIPLE.match(lead):
        # "Addressing Argentine businessmen during the IADB meeting here, he said ...": the fronted
        # clause's subject is the main clause's, after its comma
        comma = art.text.find(",", trig.end(), min(len(art.text), trig.end() + 60))
        if comma >= 0:
            main = re.match(r"\s+(?:he|she)\b", art.text[comma + 1:comma + 6], re.I)
            if main:
                return _previous_subject(art, s_start, prev_start, dest)
            after = [a for a in foreign if comma < a.start <= comma + 40 and re.fullmatch(
                r"\s*(?:the\s+)?(?:[A-Z][\w.\-]*\s+){0,3}", art.text[comma + 1:a.start])]
            if after:
                return after[:1]
    if gathering:
        return []  # nobody named at the gathering: a subject further away is not placed there
    if _OWN_TRIP.search(lead[-25:]) and prior:
        # "Thatcher left Bonn after talks with Kohl ahead of her visit to Moscow": a possessive
        # trip is the subject's, not that of the person named last; "on his return to the United
        # States" of an American subject is a trip home
        opener = [a for a in actors if a.end <= trig.start() and a.iso3][:1]
        if opener and opener[0].iso3 == dest:
            return []
        return prior[:1]
    if re.match(r"(?:while|when|whilst)\s", trig.group(), re.I):
        # "X, while in Delhi, said ..." or "while in Delhi for the G20, President X announced ...":
        # the subject of the main clause, before the subordinate clause or right after it
        close = [a for a in foreign if a.end <= trig.start() and re.fullmatch(
            r"\s*,\s*(?:who\s+(?:is|was)\s+)?|\s+[a-z]+\s+", art.text[a.end:trig.start()])]
        if close:
            return close[-1:]
        # "while in New Delhi, India, for the G20 Summit, President Biden ...": the first official
        # who opens the main clause, right after a comma
        for a in foreign:
            if trig.end() < a.start <= trig.end() + 150:
                head = art.text[trig.end():a.start]
                if "," in head and re.fullmatch(r"\s*(?:the\s+)?(?:[A-Z][\w.\-]*\s+){0,3}", head.rsplit(",", 1)[1]):
                    return [a]
        return []
    if trig.group().lower().startswith("departure"):
        # "the departure later today of a Chilean delegation for Canberra": the traveller is inside
        inside = [a for a in foreign if trig.start() < a.start and a.end <= trig.end()]
        if inside:
            return inside[:1]
    # "the visit of West German president Richard von Weizsaecker", "a visit here by Japanese officials"
    by = re.match(r"[^.;,]{0,60}?\b(?:by|of)\s+", art.text[trig.end():trig.end() + 70]) if kind == "visit" else None
    # ("noted the visit of her National Security Advisor": the possessor's aide travels, whoever is named before)
    if by and (not [a for a in foreign if a.end <= trig.start() and trig.start() - a.end < 25]
               or re.match(r"(?:his|her|their|its)\s", art.text[trig.end() + by.end():trig.end() + by.end() + 6])):
        at = trig.end() + by.end()
        after = [a for a in foreign if at - 2 <= a.start < at + 40
                 and re.fullmatch(r"[\s\w.'’\-]*", art.text[at:a.start]) and "," not in art.text[at:a.start]]
        if after:
            return [after[0]]
        group = _UNNAMED_GROUP.match(art.text, at)
        if group:
            # "a visit to Tokyo by a senior State Department official": someone unnamed travels,
            # not the person the sentences before speak of
            return _unnamed_group(art, group, dest)
    # "a U.S. delegation – led by A, B and C – visited Honiara": the subject stands before an
    # insertion (between dashes or in brackets) that ends right at the verb, however long it is
    insertion = _INSERTION_BEFORE_VERB.search(lead)
    if insertion:
        at = s_start + insertion.start()
        subject = [a for a in foreign if a.end <= at and at - a.end <= MAX_SUBJECT_GAP]
        if subject:
            return subject[-1:]
    # the traveller is the subject: named shortly before the travel phrase
    before = [a for a in foreign if a.end <= trig.start() and trig.start() - a.end <= MAX_SUBJECT_GAP]
    if before and _OTHER_PERSON.search(art.text, before[-1].end, trig.start()):
        return []  # "Mr Fischer first went to Israel": someone the article does not know as an official
    if before:
        return [before[-1]]
    # the subject that opens the sentence, however long what follows it ("X and a delegation of
    # officials, including Y, will travel to ..."), as long as no clause ends in between
    # ("QINGDAO, Nov. 7 (Xinhua) - A fleet of the Chinese Navy ...": after a wire dateline, an article too)
    head_start = s_start
    dateline = DATELINE.match(art.text, s_start)
    if dateline:
        head_start = dateline.end()
    opener = [a for a in foreign if a.end <= trig.start() and re.fullmatch(
        r"\W*(?:the\s+|The\s+|An?\s+)?", art.text[head_start:a.start])]
    if opener and not _CLAUSE_END.search(art.text, opener[0].end, trig.start()):
        return opener[:1]
    # "Before visiting Israel, Mr Blair made ...": the subject follows the opening clause.
    if re.match(r"\s*(?:before|after|while|when|during|following|on|upon)\b", lead, re.I):
        after = [a for a in foreign if a.start > trig.end()]
        if after:
            return [after[0]]
    # "He/She ..." or "her upcoming trip": the last actor of the previous sentences.
    if _PRONOUN_SUBJECT.search(lead) or trig.start() - s_start < 3 or main_subject:
        if prior:
            return [prior[-1]]
    described = _DESCRIBED_SUBJECT.match(art.text, head_start, trig.start())
    if described:
        # "The Korean premier is on a tour that has taken him to Qatar": an office named without its
        # holder refers back to the last official of that office (and state) the story named
        for a in reversed(art.actors.before(s_start, 12)):
            if s_start - a.end > 1500:
                break
            if a.name and a.iso3 and a.iso3 != dest and _same_office(art, described, a):
                return [a]
    return []


# a sentence opened by an office without a name: "The premier", "The South Korean prime minister"
_DESCRIBED_SUBJECT = re.compile(r"\W*(?:But\s+|And\s+)?[Tt]he\s+(?:visiting\s+)?(?P<adj>(?:[A-Z][\w\-]+\s+){0,2})"
                                r"(?P<office>premier|prime\s+minister|president|vice\s+president|(?:foreign\s+|finance\s+|trade\s+|"
                                r"defen[cs]e\s+|energy\s+|oil\s+|economy\s+)?minister|chancellor|secretary|king|queen|emir|"
                                r"sultan|crown\s+prince)\b")


def _same_office(art: Article, described: re.Match, actor: Actor) -> bool:
    """Does "the (South Korean) premier" describe the actor: the office is the actor's, and a
    state word before it names the actor's state?"""
    office = re.sub(r"\s+", " ", described.group("office").lower())
    role = (actor.role or "").lower()
    # (the office as written, a title's other word for it, and the reference data's codes: _OFFICE_ROLES)
    wanted = {office, *_OFFICE_ROLES.get(office, ()), *(("prime minister", "premier") if office in ("premier", "prime minister")
                                                       else ())}
    if not any(w in role for w in wanted):
        return False
    adj = described.group("adj").strip()
    if not adj:
        return True
    states = {m.iso3 for m in art.matches_in(described.start("adj"), described.end("adj"), ("country", "demonym"))
              if m.iso3}
    # ("the Korean premier": a word naming no state of the reference data leaves the office to decide)
    return not states or actor.iso3 in states


def _visiting_guest(art: Article, actors: list[Actor], trig: re.Match, s_start: int) -> _Visit | None:
    """"Mubarak held talks with visiting Palestinian President Mahmoud Abbas": the guest is the
    actor after "visiting", the host the actor before, the destination the host's country."""
    guest = next((a for a in actors if trig.end() < a.start <= trig.end() + 25
                  and re.fullmatch(r"[\s\w.'’\-]*", art.text[trig.end():a.start])), None)
    if guest is None:
        return None
    host = next((a for a in reversed(actors) if a.end <= trig.start() and a.iso3), None)
    if host is not None and _LEFT_AFTER.match(art.text, host.end):
        host = None  # "minister X left to attend a session ... also attended by visiting Y": not Y's host
    dest = host.iso3 if host else None
    if dest is None:
        dl = art.dateline_at(s_start)
        dest = dl.iso3 if dl else None
    if dest is None or not (guest.iso3 or guest.international) or guest.iso3 == dest:
        return None  # an envoy of the UN or the Quartet visits too, for no state
    return _Visit(guest.name, guest.iso3, dest, host.name if host else None, [], "ongoing", s_start,
                  _sentence_end(art, trig.end()), "visit.visiting")


# "hosted the leaders of India, Japan and the Republic of Korea": guests named by their countries
# ("hosted State or Official Visits with the leaders of A, B"; not "welcome the participation of the
# Leaders of A, B": a gathering's guests, its place unsaid)
_GUESTS_BY_COUNTRY = re.compile(r"\s+(?:(?!of\b)\w+\s+){0,6}?(?P<noun>leader|counterpart|president|prime\s+minister|"
                                r"heads?\s+of\s+(?:state|government)|delegation|minister)s?\s+(?:of|from)\s+(?:the\s+)?",
                                re.I)


def _guests(art: Article, actors: list[Actor], obj: list[Actor], pos: int, s_end: int) -> list[Actor]:
    """Who a host receives: the object actor and those listed with it ("welcomed President X and
    Prime Minister Y"), or the countries of "the leaders of A, B and C" (unnamed, one each)."""
    text = art.text
    by_country = _GUESTS_BY_COUNTRY.match(text, pos, min(s_end, pos + 60))
    if by_country and (not obj or obj[0].start > by_country.end()):
        places = _coordinated(text, _stops(art, by_country.end(), min(s_end, by_country.end() + 120)))
        if places and places[0].start - by_country.end() <= 4:
            role = re.sub(r"\s+", " ", by_country.group("noun").lower())
            return [Actor(st.start, st.start + 1, None, st.iso3, role) for st in places if not st.city]
    if not obj:
        return []
    out = [obj[0]]
    for a in actors:
        if a.start > out[-1].end and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", text[out[-1].end:a.start]):
            out.append(a)
    return out


_KIND_RULES = {"visit": "visit.noun", "travel": "visit.travel", "meet": "visit.meeting", "presence": "visit.presence",
               "host": "visit.hosted"}


# "paid a state visit to the country": the state the sentence (or the one before) named last
_THE_COUNTRY_AFTER = re.compile(r"\s+(?:to\s+)?the\s+(?:country|nation)\b(?!\s*['’]s\s+(?:capital|north|south|east|west))")


def _country_named_before(art: Article, s_start: int, prev_start: int, trig: re.Match) -> list[_Stop]:
    """The country a sentence named last before a trip "to the country" ("China and Mongolia became
    partners in 2003, when Chinese President Hu Jintao paid a state visit to the country"): a country's
    name (not an adjective, which names the traveller's side), in this sentence or the one before, and
    not the state of anyone named in between (the traveller)."""
    travellers = {a.iso3 for a in art.actors.in_span(s_start, trig.start()) if a.iso3}
    for lo in (s_start, prev_start):
        named = [m for m in art.matches_in(lo, trig.start() if lo == s_start else s_start, ("country",))
                 if m.iso3 and m.iso3 not in travellers and m.text not in _UNIONS]
        if named:
            return [_Stop(named[-1].iso3, None, named[-1].start)]
    # "HARARE - ... a Chinese delegation which is on a five-day visit to the country": where the story is filed
    dateline = art.dateline_at(s_start)
    if dateline is not None and dateline.iso3 and dateline.iso3 not in travellers:
        return [_dateline_stop(dateline)]
    return []


def _dateline_stop(dateline: Match) -> _Stop:
    """The stop a dateline names: its state, and its city when it is one."""
    return _Stop(dateline.iso3, dateline.text if dateline.kind == "city" else None, dateline.start)


def _story_place(art: Article, pos: int = 0) -> list[_Stop]:
    """Where "here" is: the dateline (of the item at pos, in a digest), else the places of the title (at
    negative offsets: not in the text). A title naming several countries leaves the choice to the
    traveller's country."""
    dl = art.dateline_at(pos)
    if dl is not None:
        return [_dateline_stop(dl)]
    out: list[_Stop] = []
    for m in art.title_matches:
        if m.kind in ("country", "city") and m.iso3 and m.text not in _UNIONS \
                and all(st.iso3 != m.iso3 for st in out):
            out.append(_Stop(m.iso3, m.text if m.kind == "city" else None, -1))
    return out if len(out) <= 2 else []


def _place_in_sentence(art: Article, pos: int, s_end: int) -> list[_Stop]:
    """Where "here" is when neither dateline nor title says: the place the rest of the sentence
    names ("arrived here Monday for talks ... outside Cairo"), else the country of the person the
    traveller came to see ("for talks with the Egyptian leader")."""
    stops = _stops(art, pos, s_end)
    if stops:
        return stops[:1]
    for a in art.actors.in_span(pos, s_end):
        if a.iso3 and re.search(r"\bwith\s+(?:the\s+)?(?:[A-Z][\w.\-]*\s+){0,2}$", art.text[max(pos, a.start - 30):a.start]):
            return [_Stop(a.iso3, None, a.start)]
    return []


def _met_today(art: Article) -> bool:
    """Does the article report a meeting held today? (once per article: it reads the whole text)"""
    if "met_today" not in art.memo:
        art.memo["met_today"] = next(_MET_TODAY.finditer(art.text, art.lower), None) is not None
    return art.memo["met_today"]


def _article_city(art: Article) -> list[_Stop]:
    """The story's established place, last resort for "here": the city the article names most
    (the first of equals): "... the congress hall in the Malian capital, Bamako". Found once per
    article (it counts every place of the text)."""
    if "article_city" not in art.memo:
        art.memo["article_city"] = _most_named_city(art)
    return list(art.memo["article_city"])


def _most_named_city(art: Article) -> list[_Stop]:
    counts: dict[str, int] = {}
    first: dict[str, Match] = {}
    for m in art.matches:
        if m.kind == "city" and m.iso3 and m.text not in METONYM_CITIES:
            counts[m.text] = counts.get(m.text, 0) + 1
            first.setdefault(m.text, m)
    if not counts:
        return []
    best = max(counts, key=lambda c: (counts[c], -first[c].start))
    m = first[best]
    if counts[best] == 1 and (_PAST_EVENT_BEFORE.search(art.text, max(0, m.start - 40), m.start)
                              or _PAST_TIME_AFTER.match(art.text, m.end)):
        # "since the round was launched in Punta del Este, Uruguay, last September": a place named
        # once, for an event of the past, is not where the story is
        return []
    return [_Stop(m.iso3, best, m.start)]


_PAST_EVENT_BEFORE = re.compile(r"\b(?:launched|held|signed|agreed|began|started|founded|born|reached|concluded)\s+"
                                r"(?:[\w\-]+\s+){0,3}?(?:in|at)\s+$")
_PAST_TIME_AFTER = re.compile(r"(?:,\s*[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?,?)?\s+(?:last\s+\w+|in\s+(?:19|20)\d\d|"
                              r"\w+\s+(?:years?|months?)\s+ago)\b")


_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)|\n")


SENTENCE_END_LOOKAHEAD = 4000  # a search bound, so that a text without stops is not read to its end per call


def _sentence_end(art: Article, pos: int) -> int:
    end = min(len(art.text), pos + SENTENCE_END_LOOKAHEAD)
    m = _SENTENCE_STOP.search(art.text, pos, end)
    return m.start() + 1 if m else end


def _last_sentence_actors(art: Article, s_start: int, prev_start: int) -> list[Actor]:
    """The actors of the last sentence before this one that names any (back to prev_start)."""
    earlier = [a for a in art.actors.before(s_start, 12) if a.start >= prev_start]
    if not earlier:
        return []
    # (a full stop before prev_start, or none, keeps every actor found: the search stops there)
    last_sentence_start = sentence_start(art.text, earlier[-1].start, prev_start)  # a paragraph ends one too
    return [a for a in earlier if a.start >= last_sentence_start]


def _previous_subjects(art: Article, s_start: int, prev_start: int, dest: str) -> list[Actor]:
    """Every official of the last sentence before this one that names one ("they")."""
    return [a for a in _last_sentence_actors(art, s_start, prev_start) if a.iso3 and a.iso3 != dest and a.role][:3]


def _first_person(art: Article, lo: int, hi: int) -> Actor | None:
    """"I"/"we" as the subject in a government's own release: its head of state (the President's
    statement) or the state itself."""
    m = re.search(r"\b(?:I|[Ww]e)\s+(?:\w+\s+){0,5}$", art.text[lo:hi])
    return _publishers_head(art, lo + m.start()) if m else None


def _publishers_head(art: Article, pos: int) -> Actor | None:
    """The head of state of a government's own release, as an actor at pos ("I", "me")."""
    home = art.actors.home
    if not home:
        return None
    term = art.gaz.leader(home, art.published, ("head_of_state",))
    return Actor(pos, pos + 1, term.name if term else None, home, "head_of_state")


def _previous_subject(art: Article, s_start: int, prev_start: int, dest: str, depth: int = 0) -> list[Actor]:
    """The subject (first foreign actor) of the last sentence before this one that names an actor;
    nobody when a later sentence has a person the article does not know as its subject ("... Bill
    Clinton's comeback. But Morris is no ideologue. ... he is back after returning from the Ukraine":
    he is Morris, a private strategist). When that sentence's own subject is "he" or "she", the one it
    stands for ("Musharraf held talks with Blair. He arrived after flying from the United States, where he
    met President Bush. He is due to visit Manchester": Musharraf, not Bush)."""
    found = _last_sentence_actors(art, s_start, prev_start)
    if found and depth < 3:
        opens = sentence_start(art.text, found[0].start, prev_start)
        if opens < found[0].start and _PRONOUN_OPENS.match(art.text, opens, found[0].start):
            chained = _previous_subject(art, opens, prev_start, dest, depth + 1)
            if chained:
                return chained
    if found:
        for m in _NAMED_SUBJECT.finditer(art.text, sentence_end(art.text, found[-1].end), s_start):
            name = m.group("name")
            if name not in NOT_FIRST_NAMES and not art.actors.in_span(m.start("name"), m.end("name")) and \
                    not art.matches_in(m.start("name"), m.end("name")):
                return []
    for a in found:
        if a.iso3 != dest and (a.iso3 or a.international):
            return [a]
    return []


# a sentence whose subject is a pronoun: "He arrived in Britain on Sunday", "But she said"
_PRONOUN_OPENS = re.compile(r"\s*(?:(?:But|And|Then|Later|Meanwhile|There),?\s+)?(?:He|She)\s+(?!and\b)")
# a sentence whose subject is a bare capitalized name: "But Morris is no ideologue."
_NAMED_SUBJECT = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:(?:But|And|Yet|So)\s+)?(?P<name>[A-Z][a-z]{2,})\s+"
                            r"(?:is|was|has|had|says|said|will|would|remains|became)\b")


def _host(art: Article, actors: list[Actor], dest: str, s_start: int, trig_end: int | None = None) -> str | None:
    """The named person of the destination who receives the visitor: one met, hosted or talked
    with ("talks with X", "his counterpart X"), or named in the trip's own clause. A person of the
    destination who speaks of it elsewhere in the sentence, or travels themselves, hosts nobody."""
    text = art.text
    for a in actors:
        if not a.name:
            continue
        if a.iso3 is None and not a.international and trig_end is not None and \
                _STRONG_HOST_CUE.search(text, max(s_start, a.start - 45), a.start):
            return a.name  # "discussions with Deputy Foreign Minister Ryohei Murata": one met there, of no written state
        if a.iso3 != dest:
            continue
        if _MOURNED.search(text, max(0, a.start - 50), a.start):
            continue  # "to pay respects upon the death of His Excellency Jovenel Moïse": nobody's host
        if _LEFT_AFTER.match(text, a.end):
            continue  # "when labour minister Alfredo Franco left to attend a session ... also attended by
            #           visiting West German President X": on his own way, receiving nobody
        if _HOST_CUE.search(text, max(s_start, a.start - 30), a.start) or _HOSTING_SUBJECT.match(text, a.end):
            return a.name
        if trig_end is None:
            return a.name
        if a.end <= trig_end and _CO_SUBJECT_MET.match(text, a.end, trig_end):
            return a.name  # "President X, and President Y of Z, met in X's capital": X receives Y
        lo, hi = (a.end, trig_end) if a.end <= trig_end else (trig_end, a.start)
        if _SPOKEN_BY.search(text, max(s_start, a.start - 60), a.start):
            continue  # "followed an announcement by Soviet leader Mikhail Gorbachev": who spoke, not who receives
        if hi - lo <= 80 and not _CLAUSE_BREAK.search(text, lo, hi) and not _POSSESSIVE_TRIP.match(text, a.end) \
                and not _POSSESSIVE_OTHER.match(text, a.end):
            return a.name  # (not "following Gorbachev's weekend proposal": whose proposal, not who receives)
    if trig_end is not None:
        # "IMF Managing director Michel Camdessus made the pledge during talks with Moi in Washington": an
        # international official (or one of no written state) who held the talks with the visitor there
        # received him
        talks = _TALKS_WITH_VISITOR.search(text, max(s_start, trig_end - 90), trig_end)
        if talks is not None:
            heads = [a for a in actors if (a.international or a.iso3 is None) and a.name and a.end <= talks.start()
                     and not _CLAUSE_BREAK.search(text, a.end, talks.start())]
            if heads:
                return heads[-1].name
    return None


_SPOKEN_BY = re.compile(r"\b(?:announcement|statement|proposal|offer|remarks?|speech|warning|letter|message|"
                        r"initiative)\s+(?:[\w\-]+\s+){0,2}?by\s+(?:[\w.\-]+\s+){0,4}$", re.I)
_TALKS_WITH_VISITOR = re.compile(r"\b(?:talks|discussions|consultations|meetings?)\s+with\s+(?:[\w.'’\-]+\s+){1,8}?in$")


_LEFT_AFTER = re.compile(r"\s+(?:left|leaves|went|flew|departed)\s+(?:to|for)\b")
# the one met, right before their title and name: "held discussions with", "was received by"
_STRONG_HOST_CUE = re.compile(r"\b(?:(?:talks|discussions|meetings?|consultations)\s+with|(?:received|welcomed|hosted)\s+by|"
                              r"met\s+(?:with\s+)?)\s+(?:his\s+|her\s+|their\s+)?(?:[\w\-]+\s+){0,4}?$", re.I)
_MOURNED = re.compile(r"\b(?:(?:death|funeral|memory|memorial|burial|passing|assassination|killing|tomb|grave|"
                      r"mausoleum|statue|monument|resting\s+place)\s+of|the\s+late)\s+"
                      r"(?:[\w.’'\-]+\s+){0,4}$", re.I)
# ("by" only after a host's verb: "received by X", not "the plan launched by Finance Minister X")
_HOST_CUE = re.compile(r"\b(?:with|(?:received|welcomed|hosted|greeted|invited|met|invitation|guest|reception)\s+"
                       r"(?:[\w\-]+\s+){0,2}?by|met|meets|meeting|hosted|hosts|received|receives|welcomed|welcomes|"
                       r"counterpart|invitation\s+of|guest\s+of|talks\s+with)\b[^.;,]{0,24}$", re.I)
_HOSTING_SUBJECT = re.compile(r"[^.;]{0,25}?\b(?:met|meets|hosted|hosts|received|receives|welcomed|welcomes)\b"
                              r"|\s+(?:told\s+\w+\s+)?after\s+meeting\b")
_CO_SUBJECT_MET = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})?,?\s+and\s+[^.;]{0,100}?\s(?:met|meet|held\s+(?:[\w\-]+\s+){0,6}?(?:talks|meetings?|"
                             r"discussions)|talked|conferred)\b")
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|as|which)\b|\b(?:said|says|told)\b|\s—\s")
_POSSESSIVE_OTHER = re.compile(r"['’]s\s+(?!invitation\b|invite\b|guests?\b|hospitality\b|residence\b|palace\b)")
_POSSESSIVE_TRIP = re.compile(r"['’]s\s+(?:[\w\-]+\s+){0,3}?(?:visit|trip|tour|arrival|stay)", re.I)


def _unique(actors: list[Actor]) -> list[Actor]:
    seen, out = set(), []
    for a in actors:
        key = a.name or a.iso3
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def visits_for_article(art: Article, candidate_spans: list[tuple[int, int]]) -> list[_Visit]:
    found: list[_Visit] = []
    for start, end in candidate_spans:
        found.extend(_visits_in_sentence(art, start, end, max(0, start - 600)))
    merged: dict[tuple, _Visit] = {}
    for v in found:
        if v.visitor_iso3 and (possession_of(v.destination, v.visitor_iso3) or possession_of(v.visitor_iso3, v.destination)):
            continue  # a U.S. official in Puerto Rico: travel inside one state (GUIDELINES: domestic)
        key = (_traveller_key(v), v.destination)
        here_now = v.rule == "visit.story_place" and not v.status_decided and v.start > 0
        have = merged.get(key)
        if have is None:
            merged[key] = v
            v.here_now = here_now
            continue
        have.here_now = have.here_now or here_now
        if v.visitor_name and (not have.visitor_name or len(v.visitor_name) > len(have.visitor_name)
                               and have.visitor_name.split()[-1] in v.visitor_name.split()):
            # "Bush" -> "George W. Bush"; another person of the same state keeps the first name
            have.visitor_name = v.visitor_name
        if have.host is None and (not have.visitor_name or not v.visitor_name
                                  or have.visitor_name.split()[-1] == v.visitor_name.split()[-1]):
            have.host = v.host  # (Nakasone's host is not Miyazawa's, of the same state and destination)
        have.cities += [c for c in v.cities if c not in have.cities]
        if v.status == "cancelled":
            have.status = "cancelled"
        elif v.status_decided and not have.status_decided:
            have.status, have.status_decided = v.status, True  # the first mention that says how the trip stands
    for v in _title_meeting(art, list(merged.values())):
        merged[(_traveller_key(v), v.destination)] = v
    for v in _event_participants(art, list(merged.values())):
        merged.setdefault((_traveller_key(v), v.destination), v)
    for v in _learned(art, list(merged.values())):
        merged.setdefault((_traveller_key(v), v.destination), v)
    _settle(art, list(merged.values()))
    return list(merged.values())


_DENIED = re.compile(r"\b(?:declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|not|never|no\s+longer|cancel+(?:s|ed|ing)?|"
                     r"postpon(?:e|es|ed|ing)|called\s+off|scrap+(?:s|ed|ing)?|boycott(?:s|ed|ing)?|snub+(?:s|ed|ing)?|"
                     r"stay(?:ed|s)?\s+away|skip+(?:s|ed|ing)?)\b|n't\b", re.I)
# an opening clause that tells what came before: "In line with presidential-level discussions between ...,"
_PRIOR_TALKS = re.compile(r"\W*(?:In\s+line\s+with|Following(?:\s+up\s+on)?|After|Building\s+on|Pursuant\s+to|"
                          r"In\s+accordance\s+with|As\s+agreed\s+(?:by|between))\b[^,;]{0,200},")
_TEAM_WORDS = r"(?:delegations?|teams?|representatives|negotiators|negotiating\s+teams?|sides?)"
# a state's team: "the Russian and American delegations", "representatives of the United States and Ukraine"
_TEAM = re.compile(rf"(?:\s+and\s+[\w\-.]+)?\s+{_TEAM_WORDS}\b", re.I)
_TEAM_OF = re.compile(rf"\b{_TEAM_WORDS}\s+of\s+(?:the\s+)?(?:[\w\-.]+\s+(?:and\s+)?){{0,3}}$", re.I)
_OFFICE_WORD = (r"(?i:adviser|advisor|minister|secretary|chief|director|envoy|ambassador|president|chairman|chairwoman|"
                r"general|head|representative|governor|commissioner|spokes(?:man|woman|person))")
# "Emmanuel Bonne, National Security Advisor to the President of France"; "Christopher Hill, U.S.
# assistant secretary of state": a name apposed to an office of the state (the actor reader knows
# offices that come before a name)
_APPOSED_OFFICE_OF = re.compile(rf"(?P<name>{NAME}),\s+(?:the\s+)?[^,;()]{{0,60}}?\b{_OFFICE_WORD}\b[^,;()]{{0,40}}?"
                                r"\b(?:of|to\s+the\s+\w+\s+of)\s+(?:the\s+)?$")
_APPOSED_STATE = re.compile(rf"(?P<name>{NAME}),\s+(?:the\s+)?$")


# "Director of the National Security Office of the Republic of Korea (ROK) Kim Sung-han": the name after
# an office of the state
_OFFICE_OF_BEFORE = re.compile(rf"\b{_OFFICE_WORD}\b[^,;()]{{0,60}}?\bof\s+(?:the\s+)?$")
_NAME_AFTER = re.compile(rf"(?:\s*\([^)]{{1,12}}\))?,?\s+(?P<name>{NAME})")


def _office_holder(art: Article, iso3: str, mine: list[Match]) -> str | None:
    """"India's finance minister", "the Peruvian oil minister": the holder of an office named after the
    state, as _named_head reads a head of state."""
    for p in mine:
        m = _OFFICE_AFTER.match(art.text, p.end)
        if m is not None:
            return _holder_named(art, iso3, _OFFICE_ROLES[" ".join(m.group("office").lower().split())])
    return None


_HEAD_WORDS = r"(?:leaders?|presidents?|prime\s+ministers?|premiers?|chancellors?|kings?|heads?\s+of\s+(?:state|government))"
_ROLE_FILLER = frozenset({"of", "the", "for", "and", "to", "united", "other", "state", "states"})


def _office_words(role: str) -> str:
    """The words that name an office in a sentence, as a pattern: "finance minister" for the finance
    minister, any word of a head of state or government for a head."""
    if role in _HEAD_OFFICES:
        return _HEAD_WORDS
    words = [re.escape(w) for w in role.replace("_", " ").split() if w not in _ROLE_FILLER]
    return r"\s+(?:[\w\-]+\s+){0,2}?".join(words) + r"s?" if words else r"(?!)"


def _office_said(role: str, text: str, mine: list[Match]) -> bool:
    """Does the sentence name the office at a mention of the state: after it ("India's finance minister",
    "the Peruvian central bank president") or before a list of states ("four leaders of Egypt, Jordan
    and Israel")? (Not an office elsewhere in the sentence: "discussions between President Trump and
    President Putin, the United States facilitated talks in Riyadh")"""
    words = _office_words(role)
    after = re.compile(rf"(?:['’]s)?\s+(?:[\w\-]+\s+){{0,2}}?{words}\b", re.I)
    before = re.compile(rf"\b{words}\s+of\s+(?:the\s+)?(?:[\w\-.()]+,?\s+(?:and\s+)?){{0,24}}$", re.I)
    return any(after.match(text, p.end) or before.search(text, max(0, p.start - 240), p.start) for p in mine)


# "for talks with Hernandez": the one met, by the surname the story gave in full before
_TALKS_WITH = re.compile(r"\b(?:talks|meeting|meetings|met|meets|discussions|consultations)\s+with\s+"
                         r"(?:[A-Z][\w.\-]*\s+)?(?P<surname>[A-Z][\w\-]+)\b(?!\s+[A-Z])")


def _host_by_surname(art: Article, dest: str, s: int, e: int) -> str | None:
    """The host the sentence names by surname only ("invited to Caracas for talks with Hernandez"),
    when the story names one official of the destination with that surname (its fullest form)."""
    m = _TALKS_WITH.search(art.text, s, e)
    if m is None:
        return None
    surname = m.group("surname")
    named = {a.name for a in art.actors.in_span(0, len(art.text))
             if a.name and a.iso3 == dest and not a.international and surname in a.name.split()}
    return max(named, key=len) if named and len({n.split()[-1] for n in named}) == 1 else None


def _sole_official(art: Article, iso3: str, mine: list[Match]) -> str | None:
    """"India's finance minister ... lashed out" in a story that names Palaniappan Chidambaram once: an
    unnamed official of a state is the one official of that state the story names, when the sentence
    names their office at the state's mention (none when the story names several: which of them
    travelled is not said; none for another office: "central bank president X" is not the minister)."""
    named = [a for a in art.actors.in_span(0, len(art.text))
             if a.name and a.iso3 == iso3 and not a.international and a.role]
    if len({a.name.split()[-1] for a in named}) != 1 or not any(_office_said(a.role, art.text, mine) for a in named):
        return None
    return max((a.name for a in named), key=len)


def _apposed_name(text: str, s: int, mine: list[Match]) -> str | None:
    for p in mine:
        after = _NAME_AFTER.match(text, p.end)
        if after and len(after.group("name").split()) >= 2 and _OFFICE_OF_BEFORE.search(text, max(s, p.start - 90),
                                                                                            p.start):
            return after.group("name")
        lead = text[max(s, p.start - 140):p.start]
        m = _APPOSED_STATE.search(lead) if re.match(rf"[^,;]{{0,50}}\b{_OFFICE_WORD}\b", text[p.end:p.end + 60], re.I) \
            else None
        m = m or _APPOSED_OFFICE_OF.search(lead)
        if m and len(m.group("name").split()) >= 2:
            return m.group("name")
        # "A top West German Foreign Ministry official, Helmut Schaefer, told reporters", "his Mexican
        # counterpart, minister of oil, mines and parastatal industry, Alfredo del Mazo, should be in Lima"
        after = _OFFICE_THEN_NAME.match(text, p.end)
        if after and len(after.group("name").split()) >= 2:
            return after.group("name")
    return None


_OFFICE_THEN_NAME = re.compile(
    rf"(?:\s+[\w\-]+){{0,4}}?\s+(?i:official|counterpart|minister|envoy|ambassador|negotiator|diplomat|secretary|"
    rf"adviser|advisor|spokesman|spokeswoman)(?:,\s+[^;.]{{0,70}}?)?,\s+(?P<name>{NAME})(?=,|\s+(?:said|says|told|is|was|"
    rf"will|would|should|has|had)\b)")


@lru_cache(maxsize=1)
def _territories() -> frozenset[str]:
    return frozenset(c["iso3"] for c in reference.load_countries() if not c.get("sovereign", True) and not c.get("historic"))


_DATELINE_LEAD = re.compile(r"[A-Z][A-Za-z .'\-]+,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s*\([^)]*\))?\s*[-–]{1,2}\s*")
_PLACE_CLAUSE_END = re.compile(r",|;|\s(?:that|which|who|where|but|and|after|before|when|while|because|although|"
                               r"though|since|until)\s")
# "in London ahead of the meeting": there before it; "said ahead of the summit in Hanoi": the place is
# the coming event's
_AHEAD_OF_AFTER = re.compile(r",?\s+(?:on\s+\w+\s+)?ahead\s+of\b", re.I)
_AHEAD_OF_EVENT = re.compile(r"\bahead\s+of\s+(?:[\w\-().']+\s+){0,8}?(?:summit|meeting|talks|conference|forum|session|"
                             r"visit|games|ceremony|inauguration)\b[^,;]{0,60}?\b(?:in|at)\s+(?:the\s+)?$", re.I)


def _no_border(visitor: str, dest: str) -> bool:
    """Travel inside one state, or from a territory, which is no state that sends visitors (Macao)."""
    return possession_of(dest, visitor) or possession_of(visitor, dest) or visitor in _territories()


def _vetoed(sentence: str) -> bool:
    """The frames' vetoes ("should visit", "a private visit", "If I were X, I would ...", "under such a
    scenario"), and any denial: "who declined to attend the meeting in Paris" (the frames judge a
    cancellation). For the readers that add trips where no frame spoke."""
    return bool(_HYPOTHETICAL_F.test(sentence) or _PRIVATE_F.test(sentence) or _COUNTERFACTUAL.search(sentence)
                or _DENIED.search(sentence))


def _remote_contact(sentence: str) -> bool:
    """A call, a video link or a letter: "have written to the Japanese government about the merger" places
    nobody abroad (the frames read these words in their own clauses; the learned reader sees the sentence)."""
    return bool(_REMOTE_MEANS.search(sentence) or _CORRESPONDENCE.search(sentence))


def _learned(art: Article, trips: list[_Visit]) -> list[_Visit]:
    """The trips no frame found that the learned reader scores as travel (visit_pairs.py): over the
    whole story, since "told reporters in Tokyo" has no travel word for the prefilter to see."""
    have = {(v.visitor_iso3, v.destination) for v in trips}
    framed = {v.start for v in trips}  # sentences whose frames already said who travels where
    out = []
    for (dest, iso3), s, e, name in scored_pairs(art):
        dateline = art.dateline_at(s)  # (a digest's item has its own)
        if (iso3, dest) in have or s in framed or iso3 is None:
            # (an international official's travel is left to the frames: the reader cannot tell a
            # visit from the organisation's own seat)
            continue
        if _no_border(iso3, dest):
            continue
        if name is None and iso3 == art.actors_home:
            continue  # "I", "we" of a release: the frames know whose statement it is
        sentence = art.text[s:e]
        if _vetoed(sentence) or _remote_contact(sentence):
            continue
        places = [m for m in art.matches_in(s, e, ("country", "city", "demonym")) if m.iso3 == dest]
        if all(m.kind == "demonym" or dateline is not None and m.start == dateline.start for m in places) and (
                _DATED_BEFORE.search(sentence) or next(TRIGGER.finditer(art.text, art.lower, s, e), None)):
            # placed by the dateline alone: not when the sentence dates the meeting before the story,
            # nor when it speaks of a trip the frames read and placed nowhere ("during his visit")
            continue
        m = next((p for p in places if p.kind != "demonym"), None)
        lead = _DATELINE_LEAD.match(art.text, s)
        # (never the wire dateline's date: "MANILA, March 2 - X starts talks in New York tomorrow")
        whole = art.text[lead.end() if lead else s:e]
        # the city that places the trip before a country named in passing ("the Australia-United States
        # Strategic Commercial Dialogue, which will convene in Detroit later this week")
        at = next((p for p in places if p.kind == "city"), m)
        if at is not None:
            # the time words of the clause that places the trip ("Last week, ... met in Mexico City", "would
            # attend the opening of the talks in London on Monday"), not those of what is said there
            after = art.text[at.end:e]
            lo = max(s, at.start - 160, lead.end() if lead else s)
            status = clause_status(art.text[lo:at.end + _PLACE_CLAUSE_END.search(after + ",").start()], art.published)
            if status is None and _AHEAD_OF_AFTER.match(art.text, at.end):
                status = "ongoing"
            elif status is None and _AHEAD_OF_EVENT.search(art.text, max(s, at.start - 90), at.start):
                status = "planned"
            if status is None:
                # the clause has no word of time: the dates and days of the sentence ("Today, X ... met
                # with A, B, and C in New Delhi"), not its modals
                status = sentence_status(whole, art.published, modal=False)
        else:
            status = sentence_status(whole, art.published)
        decided = status is not None
        if status is None:
            # no word of time: a story filed from the destination reports the visitor there now, a
            # release (no dateline) what was done
            status = "ongoing" if dateline is not None and dateline.iso3 == dest else "completed"
        mine = [p for p in art.matches_in(s, e, ("country", "demonym")) if p.iso3 == iso3]
        team = any(_TEAM.match(art.text, p.end) or _TEAM_OF.search(art.text, max(s, p.start - 40), p.start)
                   for p in mine)
        opening = _PRIOR_TALKS.match(art.text, s, e)
        if name and opening and s <= art.text.find(name, s, e) < opening.end() and any(p.start >= opening.end()
                                                                                        for p in mine):
            # "In line with discussions between President Trump and President Zelenskyy, the United States
            # facilitated talks with the Ukrainian delegation in Riyadh": the leaders' talks came before;
            # the state's team travelled
            name = None
        if name and team:
            # "In line with discussions between President Trump and President Putin, the Russian and
            # American delegations met in Riyadh": the teams travelled, not the leaders the sentence names
            name = None
        if name is None:
            name = _apposed_name(art.text, s, mine) or _office_holder(art, iso3, mine) or (
                None if team else _sole_official(art, iso3, mine))
        actors = art.actors.in_span(s, e)
        host = _host(art, actors, dest, s, m.end if m is not None else None) or _host_by_surname(art, dest, s, e)
        cities = list(dict.fromkeys(p.text for p in places if p.kind == "city"))
        out.append(_Visit(name, iso3, dest, host, cities, status, s, e, "visit.learned", status_decided=decided))
    return out


# the story's event, named with its place in the lead ("leaders are arriving in Davos for the annual World
# Economic Forum", "the G7 meeting taking place in London")
_EVENT_NOUNS = r"(?:summit|forum|conference|meeting|talks|negotiations|session|games|ceremony|inauguration|assembly|" \
               r"funeral|gathering|event|celebrations?|commemoration)"
# taking part in it, said of the story's event ("the meeting", "the forum", "here"), not of another
_PARTICIPATES = re.compile(
    rf"\b(?:attend(?:s|ed|ing)?|(?:take|takes|taking|took)\s+part\s+in|participat(?:e|es|ed|ing)\s+in|"
    rf"(?:com(?:e|es|ing)|travel+(?:s|ing|ed)?|head(?:s|ing|ed)?)\s+to|(?:speak|speaks|spoke|address|addresses|addressed)"
    rf"(?:\s+at)?)\s+(?:the\s+|this\s+year['’]s\s+)?(?:[\w\-]+\s+){{0,2}}?{_EVENT_NOUNS}\b|"
    rf"\b(?:will\s+be|is|are)\s+(?:also\s+)?here\b", re.I)
_HOPED_THAT = re.compile(r"\b(?:hope[sd]?|hoping|wish(?:es|ed)?|want(?:s|ed)?)\s+that\b", re.I)
_PARTICIPATED = re.compile(r"\b(?:attended|took\s+part|participated|spoke|addressed|came)\b", re.I)


_EVENT_WORD = re.compile(rf"\b{_EVENT_NOUNS}\b", re.I)


def _event_place(art: Article, lead: list[tuple[int, int]]) -> Match | None:
    """The place of the story's event, when one of its first two sentences (`lead`) names an event and,
    in the same sentence, the city abroad where it is held ("arriving in Davos for the annual World
    Economic Forum")."""
    for s, e in lead:
        for m in art.matches_in(s, e, ("city",)):
            if m.iso3 and m.iso3 != art.actors_home and _EVENT_WORD.search(art.text, max(s, m.start - 100),
                                                                            min(e, m.end + 100)):
                return m
    return None


def _event_participants(art: Article, trips: list[_Visit]) -> list[_Visit]:
    """"More than 2,000 leaders are arriving in Davos for the World Economic Forum. ... UK Prime Minister
    Tony Blair and South African President Thabo Mbeki are among those attending the meeting": officials
    a later sentence has taking part in the story's event, placed by its lead (GUIDELINES: the place
    from the sentence, then the title or dateline, then the article's established place)."""
    if not _EVENT_WORD.search(art.text, 0, 800):
        return []  # (most stories: no event in the lead, no need to split them into sentences)
    spans = art.sentences
    place = _event_place(art, spans[:2])
    if place is None or not _PARTICIPATES.search(art.text, place.end):
        return []
    have = {(v.visitor_iso3, v.destination) for v in trips}
    dest = place.iso3
    out = []
    for s, e in spans:
        if s <= place.start:
            continue
        cue = _PARTICIPATES.search(art.text, s, e)
        if cue is None:
            continue
        sentence = art.text[s:e]
        if _vetoed(sentence):
            continue
        if _HOPED_THAT.search(art.text, s, cue.start()):
            continue  # "The organisers also hope that X will use the opportunity ...": a wish, not a plan
        actors = [a for a in art.actors.in_span(s, cue.start()) if a.name and a.iso3 and not a.international]
        own = {a.iso3 for a in actors}
        if any(m.kind == "city" or m.kind == "country" and m.iso3 not in own
               for m in art.matches_in(s, e, ("country", "city")) if m.iso3):
            continue  # the sentence places something itself: the frames' and the learned reader's
        said = sentence_status(sentence, art.published)
        for a in actors:
            if a.iso3 == dest or (a.iso3, dest) in have or _no_border(a.iso3, dest):
                continue
            status = said or ("completed" if _PARTICIPATED.search(art.text, a.end, cue.end()) else "ongoing")
            have.add((a.iso3, dest))
            out.append(_Visit(a.name, a.iso3, dest, None, [place.text], status, s, e, "visit.event",
                              status_decided=True))
    return out


# "Joint Statement on U.S.-China Economic and Trade Meeting in Geneva": a title that names the sides of a
# meeting and its place abroad places each side's delegation there (GUIDELINES: a place only in the title)
_TITLE_MEETING_NOUNS = ("meeting", "talks", "negotiations", "consultations")
_TITLE_MEETING_IN = re.compile(rf"\b(?:{'|'.join(_TITLE_MEETING_NOUNS)})\s+(?:in|at)\s+(?=[A-Z])", re.I)
# (the prefilter's words: a literal test on every sentence, the pattern above only on the titles it passes)
_TITLE_MEETING_WORDS = [f"{noun} {prep} " for noun in _TITLE_MEETING_NOUNS for prep in ("in", "at")]
_TITLE_AHEAD = re.compile(r"\b(?:to|will|next|upcoming|planned|ahead\s+of)\b", re.I)


def _title_meeting(art: Article, trips: list[_Visit]) -> list[_Visit]:
    m = _TITLE_MEETING_IN.search(art.title or "")
    if m is None:
        return []
    places = [tm for tm in art.title_matches if tm.start >= m.end() and tm.kind in ("city", "country") and tm.iso3]
    sides = list(dict.fromkeys(tm.iso3 for tm in art.title_matches
                               if tm.end <= m.start() and tm.kind in ("country", "demonym") and tm.iso3))
    if not places or len(sides) < 2 or places[0].iso3 in sides:
        return []  # one side named, or a side at home (it hosts)
    dest = places[0]
    have = {(_traveller_key(v), v.destination) for v in trips}
    end = _sentence_end(art, 0)
    status = "planned" if _TITLE_AHEAD.search(art.title or "") else "completed"
    said = mentioned_date(art.text[:end], art.published)
    if status == "completed" and said is not None and said == (art.published, True):
        status = "ongoing"  # "having met in Kuala Lumpur on October 26" in a release of October 26
    office = _TITLE_HEADS.search(art.title, 0, m.start())  # "by the Prime Minister of A and the Prime Minister of B"
    role = re.sub(r"s$", "", office.group().lower()) if office else None
    return [_Visit(None, iso3, dest.iso3, None, [dest.text] if dest.kind == "city" else [], status, 0, end,
                   "visit.story_place", status_decided=False, visitor_role=role)
            for iso3 in sides if (iso3, dest.iso3) not in have]


_TITLE_HEADS = re.compile(r"\b(?:Prime\s+Ministers?|Presidents?|Leaders?)\b")
# the offices whose holder an unnamed visitor's role names, in the reference data's terms
_HEAD_ROLES = {"prime minister": ("head_of_government",), "premier": ("head_of_government",),
               "president": ("head_of_state",), "king": ("head_of_state",),
               "leader": ("head_of_government", "head_of_state")}
# the offices of a head as the actor reader gives them (titles and the reference data's codes)
_HEAD_OFFICES = frozenset({*_HEAD_ROLES, *(r for roles in _HEAD_ROLES.values() for r in roles), "chancellor"})
# the offices whose holder on a date people.json knows, as written after a state's name ("India's finance
# minister"): the heads above and the ministers of its roles
_OFFICE_ROLES = {**_HEAD_ROLES, "foreign minister": ("foreign_minister",), "finance minister": ("finance_minister",),
                 "economy minister": ("finance_minister",), "trade minister": ("trade_minister",),
                 "oil minister": ("oil_minister",), "energy minister": ("oil_minister",),
                 "petroleum minister": ("oil_minister",)}
_OFFICE_AFTER = re.compile(r"(?:['’]s)?\s+(?:new\s+|visiting\s+)?(?P<office>"
                           + "|".join(o.replace(" ", r"\s+") for o in _OFFICE_ROLES if o != "leader") + r")\b", re.I)


def _holder_named(art: Article, iso3: str, roles: tuple[str, ...]) -> str | None:
    """The one holder of these roles for the state on the story's date whose surname the story writes,
    as written (GUIDELINES: null if only a role)."""
    held = {t.name for role in roles if (t := art.gaz.leader(iso3, art.published, (role,)))}
    written = [name for name in held if re.search(rf"\b{re.escape(name.split()[-1])}\b", art.text)]
    return _as_written(art, written[0]) if len(written) == 1 else None


def _named_head(art: Article, v: _Visit) -> str | None:
    """"Trump and Anwar hosted the Prime Ministers of Thailand and Cambodia ... Prime Minister Anutin
    Charnvirakul signed": an unnamed head of a state is the holder of that office on the story's date,
    when the article names them."""
    roles = _HEAD_ROLES.get(v.visitor_role or "")
    return _holder_named(art, v.visitor_iso3, roles) if roles is not None and v.visitor_iso3 else None


def _settle(art: Article, trips: list[_Visit]) -> None:
    """What the story as a whole says of each trip, after its mentions are merged: the dateline
    (filed from the destination), ends and meetings reported in other sentences, trips under way."""
    if not trips:
        return  # (most candidate articles: the story's actors and ends are not worth finding)
    lead_place = None if art.dateline_place() is not None else _lead_place(art)
    for v in trips:
        # (a digest's item has its own dateline: "WASHINGTON - Japanese Finance Minister ..." in a story filed
        # from New York)
        dateline = art.dateline_at(v.start) or lead_place
        filed_from = dateline if dateline is not None and dateline.kind == "city" else None
        if filed_from is not None:
            if not v.cities and v.destination == filed_from.iso3 and (
                    v.status == "ongoing" or v.status == "completed" and not _DATED_BEFORE.search(art.text, v.start, v.end)
                    or (v.status == "planned" and _HERE.search(art.text, v.start, v.end))):  # "due here tomorrow"
                # (not a trip the sentence dates to an earlier month: "during Garcia's visit to Mexico in March")
                v.cities.append(filed_from.text)  # "LONDON - Funaro was in Britain ...": filed from where he is
    _ends_reported(art, trips)
    names = {a.name for a in art.actors.in_span(0, len(art.text)) if a.name}
    for v in trips:
        if v.visitor_name is None and v.visitor_iso3:
            # "a Presidential Delegation to Poland ... Steve Witkoff will lead the delegation": an
            # unnamed delegation is recorded under its leader
            v.visitor_name = _delegation_leader(art, v) or _named_head(art, v) or _arrived_from_home(art, v)
        if v.visitor_name:
            # GUIDELINES: the visitor's name in its fullest form in the article ("Cavaco Silva" ->
            # "Anibal Cavaco Silva")
            # (a particle's case aside: "De Clercq" opening a sentence is "Willy de Clercq")
            longer = [n for n in names if n.lower().endswith(" " + v.visitor_name.lower())]
            if longer:
                v.visitor_name = max(longer, key=len)
            else:
                v.visitor_name = _royal_in_full(art, v.visitor_name, names)
    for v in trips:
        if v.host is None and v.status in ("ongoing", "planned", "completed"):
            v.host, today = _host_nearby(art, v)
            if today and v.status != "ongoing" and not v.ended:
                v.status = "ongoing"  # "Funaro and Gros are today meeting British Chancellor Nigel Lawson"
                if filed_from is not None and not v.cities and v.destination == filed_from.iso3:
                    v.cities.append(filed_from.text)  # (in LONDON's story: meeting him there today)
    # "Chirac opened a two-day summit here on Saturday ... about 20 heads of state, including
    # Mbeki": a trip whose mentions never say how it stands, to a place where another visitor's
    # stay is under way, is the same gathering's and under way too
    under_way = {v.destination for v in trips if v.status_decided and v.status == "ongoing" and not v.ended}
    if filed_from is not None:
        # a story filed from the destination reports a trip of the same days: with no word of its
        # end or its date it is under way there (GUIDELINES: status at publication)
        under_way.add(filed_from.iso3)
        for v in trips:
            if not v.status_decided and v.status == "completed" and v.rule == "visit.meeting" and not v.ended:
                v.status = "ongoing"  # a meeting in a wire story with no date or end: of the news cycle
    for v in trips:
        if not v.status_decided and v.status == "completed" and v.destination in under_way and not v.ended:
            v.status = "ongoing"
        elif v.here_now and v.status == "planned" and not v.ended and filed_from is not None and \
                v.destination == filed_from.iso3:
            # "Addressing businessmen during the meeting here, he said the two sides will meet again next
            # Thursday in New York": there now, with a further stop ahead in the same state
            v.status = "ongoing"
    for v in trips:
        if not v.cities and v.status in ("ongoing", "completed"):
            v.cities += _event_city(art, v)
        if v.host is None:
            v.host = _resident_host(art, v) or _thanked_host(art, v) or _side_head(art, v)
    if filed_from is not None:
        # "BEIJING - Bush arrived here ... He visited Japan and Korea and attended the Nov. 18-19
        # forum in Busan": a traveller is where the story is filed; the other places are behind them
        here = {_traveller_key(v) for v in trips if v.destination == filed_from.iso3 and v.status == "ongoing"}
        for v in trips:
            if _traveller_key(v) in here and v.destination != filed_from.iso3 and v.status == "ongoing":
                v.status = "completed"
    if filed_from is not None:
        lead_end = sentence_end(art.text, filed_from.end)
        for v in trips:
            if v.cities and filed_from.text not in v.cities and v.destination == filed_from.iso3 and \
                    v.status == "ongoing" and v.visitor_name and \
                    re.search(rf"\b{re.escape(v.visitor_name.split()[-1])}\b", art.text[filed_from.end:lead_end]) and \
                    not art.matches_in(filed_from.end, lead_end, ("city",)):  # (not "arrived in Alexandria")
                # "INDIANAPOLIS - ... Michael Jopling, British minister of Agriculture, warned ... was in Indiana
                # to visit several farms prior to talks in Washington later this week": the story's lead has
                # the visitor where it is filed from, a stop before the others
                v.cities.insert(0, filed_from.text)


# A head's residence: a visit to it is hosted by the holder of that office on the article's date
_RESIDENCES = {"White House": ("head_of_state",), "Oval Office": ("head_of_state",),
               "Elysee Palace": ("head_of_state",), "Élysée Palace": ("head_of_state",),
               "Downing Street": ("head_of_government",)}


def _resident_host(art: Article, v: _Visit) -> str | None:
    """"Modi will visit the White House": a trip to a head's residence is hosted by its holder,
    when the article names them (GUIDELINES: only what the text says), as the article writes it."""
    roles = next((_RESIDENCES[c] for c in v.cities if c in _RESIDENCES and LANDMARKS.get(c) == v.destination), None)
    if roles is None:
        return None
    term = art.gaz.leader(v.destination, art.published, roles)
    if term is None or term.name.split()[-1] not in art.text or term.name == v.visitor_name:
        return None
    return _as_written(art, term.name)


# thanks for a host's hospitality: "expresses gratitude to Crown Prince Mohammed bin Salman for his leadership and
# hospitality in once again facilitating these discussions"
_HOSPITALITY = re.compile(r"\bfor\s+(?:his|her|their|the)\s+(?:[\w\-]+\s+and\s+)?(?:warm\s+|gracious\s+|generous\s+|kind\s+)?"
                          r"hospitality\b", re.I)


_THANKS = re.compile(r"\b(?:gratitude|thanks|thanked|thanking|thank|appreciation)\s+(?:to\s+)?", re.I)


def _thanked_host(art: Article, v: _Visit) -> str | None:
    """The person of the destination a story thanks for their hospitality hosts its visitors there."""
    text = art.text
    for m in _HOSPITALITY.finditer(text) if "hospitality" in text else ():
        # (the last cue before the hospitality: whom the thanks go to follows it)
        thanks = next(reversed(list(_THANKS.finditer(text, sentence_start(text, m.start()), m.start()))), None)
        if thanks is None:
            continue
        named = [a for a in art.actors.in_span(thanks.end(), m.start())
                 if a.iso3 == v.destination and a.name and a.name != v.visitor_name]
        if named:
            return named[0].name
    return None


# "an agreement reached in Tehran today", "talks held in Lagos": where the story's event took place
_EVENT_IN = re.compile(r"\b(?:reached|signed|initialled|initialed|concluded|held|hosted|opened|met|meeting|talks|summit|"
                       r"conference|agreed|announced)\s+(?:[\w\-]+\s+){0,3}?in\s+$")
_LEAD = 600  # characters: an event placed this early is the story's
_STATE_VISIT_HOSTED = re.compile(r"\b(?:[Ss]tate|[Oo]fficial)\s+[Vv]isit\s+(?:has\s+been\s+|was\s+|is\s+being\s+)?hosted\s+in\s+$")


def _event_city(art: Article, v: _Visit) -> list[str]:
    """The one city of the trip's destination where the story places its event (in its lead, or in
    a sentence that names the visitor): the stop of a trip whose own sentences name no city
    ("Ghana will import oil under an agreement reached in Tehran today ... a visiting Ghanaian
    delegation"). None when the story places events in two cities of that state."""
    text = art.text
    surname = v.visitor_name.split()[-1] if v.visitor_name else None
    found: list[str] = []
    dateline = art.dateline_place()
    for m in art.matches:
        if m.kind != "city" or m.iso3 != v.destination or m.text in found or m.text in METONYM_CITIES:
            continue
        if dateline is not None and m.start == dateline.start:
            continue
        if not _EVENT_IN.search(text, max(0, m.start - 50), m.start):
            continue
        lead_in = text[sentence_start(text, m.start):m.start]
        if m.start > _LEAD and not (surname and surname in lead_in) and not _STATE_VISIT_HOSTED.search(lead_in):
            continue  # ("a State Visit has been hosted in Gyeongju": the trip itself, wherever the story says it)
        found.append(m.text)
    return found if len(found) == 1 else []


# "DELIVERING PEACE ...: Today in Kuala Lumpur, President Trump brokered ...": a release whose lead
# places the day's events, as a wire dateline does
_TODAY_IN = re.compile(rf"{_HEADING}(?:Today|Tonight|This\s+(?:morning|afternoon|evening))\s+in\s+(?=[A-Z])")


def _lead_place(art: Article):
    m = _TODAY_IN.match(art.text)
    if m is None:
        return None
    return next((pm for pm in art.matches_in(m.end(), m.end() + 40, ("city",)) if pm.start == m.end()), None)


_LED_BY = re.compile(r"\b(?:delegation|team|mission)\b[^.;]{0,40}?\b(?:(?:headed|led)\s+by|(?:will\s+)?includ(?:e|es|ed|ing))\s+")
_LEADS_IT = re.compile(r"\b(?:will\s+|to\s+)?(?:lead|leads|led|head|heads|headed)\s+(?:the|an?)\s+(?:[\w.\-]+\s+){0,2}?"
                       r"(?:delegation|team|mission)\b")


_SIDE_REPRESENTED = re.compile(rf"\b(?:representatives?|delegates?|negotiators?)\s+(?:from|of|for)\s+the\s+"
                               rf"(?P<side>(?:[\w.’'\-]+\s+){{1,3}}?)side\s+(?:(?:for|at|in)\s+(?:this|the|these|those|that)\s+[\w\-]+\s+)?"
                               rf"(?:was|were|is|are|will\s+be)\s+(?P<name>\b(?=[A-Z][a-z]){NAME})")
_SIDE_HEADED = re.compile(rf"\b(?P<side>(?:[A-Z][\w.\-]+\s+)?[A-Z][\w.\-]+)\s+(?:side|delegation|team)\s+(?:will\s+be|was|is|would\s+be)\s+"
                          rf"(?:headed|led)\s+by\s+(?P<name>\b(?=[A-Z][a-z]){NAME})")


def _side_head(art: Article, v: _Visit) -> str | None:
    """"The Japanese side will be headed by Toyoo Gyohten": the head of the destination's side at talks
    with the visitors receives them (within the trip's sentence and the two after it)."""
    for m in _SIDE_HEADED.finditer(art.text, v.start, min(len(art.text), v.end + _NEAR)):
        states = {pm.iso3 for pm in art.matches_in(m.start("side"), m.end("side"), ("country", "demonym"))}
        named = art.actors.in_span(m.start("name"), m.end("name"))
        if states == {v.destination} and not any(a.iso3 not in (None, v.destination) or a.international for a in named):
            return named[0].name if named and named[0].name else m.group("name")
    return None


_LEADER_APPOSED = re.compile(rf"\b(?:(?:delegation|team|mission)['’]s\s+(?:leader|head|chief)|(?:leader|head|chief)\s+of\s+"
                             rf"the\s+(?:[\w\-]+\s+){{0,2}}?(?:delegation|team|mission)),\s+(?P<name>\b(?=[A-Z][a-z]){NAME})\s*,")


def _delegation_leader(art: Article, v: _Visit) -> str | None:
    """The first named official of the visitor's state in the sentence that says who leads the
    delegation, the trip's own or one just after ("The Honorable Steve Witkoff ... and Howard
    Lutnick ... will lead the delegation"); None when the text names none."""
    text = art.text
    led = _LED_BY.search(text, v.start, min(len(text), v.end + 400))
    if led is not None:
        # "a Ghanaian delegation headed by Foreign Minister Obed Asamoah": the one named next
        after = next((a for a in art.actors.in_span(led.end(), min(len(text), led.end() + 80)) if a.name and (
            a.iso3 == v.visitor_iso3 or a.iso3 is None and not a.international)), None)
        if after is not None:
            return after.name
        named = _NAME_THEN_OFFICE.match(text, led.end())
        if named and not art.actors.in_span(named.start("name"), named.end("name")):
            return named.group("name")  # "the French delegation will include Daniel Lebegue, Director General of"
    for side in _SIDE_REPRESENTED.finditer(text, v.start):
        # "The representative from the Chinese side for this meeting was He Lifeng, Vice Premier": the
        # side's state is its demonym's or name's
        # (or, where the side's words are no place the gazetteer finds there, the named official's own state)
        named = art.actors.in_span(side.start("name"), side.end("name"))
        states = {pm.iso3 for pm in art.matches_in(side.start("side"), side.end("side"), ("country", "demonym"))} \
            or {a.iso3 for a in named}
        if states == {v.visitor_iso3} and not any(a.iso3 not in (None, v.visitor_iso3) or a.international for a in named):
            return side.group("name")
    apposed = _LEADER_APPOSED.search(text, v.start, min(len(text), v.end + 400))
    if apposed is not None and not any(a.iso3 not in (None, v.visitor_iso3) or a.international
                                       for a in art.actors.in_span(apposed.start("name"), apposed.end("name"))):
        # "The delegation's leader, Vincent Siew, told reporters": the name apposed to the leader
        return apposed.group("name")
    m = _LEADS_IT.search(text, v.start, min(len(text), v.end + 400))
    if m is None:
        return None
    lo = sentence_start(text, m.start(), v.start)
    # (an official whose state the text leaves to the team: "MITI vice minister Makoto Kuroda")
    leader = next((a.name for a in art.actors.in_span(lo, m.start()) if a.name and (
        a.iso3 == v.visitor_iso3 or a.iso3 is None and not a.international)), None)
    if leader is None:
        # "The Honorable Kelly Loeffler, Administrator of the U.S. Small Business Administration,
        # will lead the delegation": an honorific names the leader whose office the registry lacks
        named = _HONORIFIC_NAME.search(text, lo, m.start()) or _NAME_THEN_OFFICE.search(text, lo, m.start())
        leader = named.group("name") if named else None
    return leader


# "Peter Myers, Deputy Secretary of Agriculture will head the U.S. delegation": a name, then its office
_NAME_THEN_OFFICE = re.compile(rf"(?P<name>\b(?=[A-Z][a-z]){NAME}),\s+(?:the\s+)?"
                               r"(?:(?:Deputy|Under|Assistant|Vice)\s+)?(?:Secretary|Minister|Administrator|Director|"
                               r"Ambassador|Chairman|Governor|Senator|Representative|Commissioner|Advis[eo]r)\b")
_HONORIFIC_NAME = re.compile(rf"\b(?:The\s+Honorable|Hon\.|Honourable|Mrs?\.|Ms\.|Dr\.)\s+(?P<name>{NAME})(?=\s*,)")


# "The vice minister of MITI, Makoto Kuroda, flew in from Tokyo for the talks": a name, then an arrival
# from a place
_ARRIVED_FROM = re.compile(rf"(?P<name>\b(?=[A-Z][a-z]){NAME}),?\s+(?:who\s+|had\s+|has\s+)?(?:flew|flown|came|arrived|"
                           r"travell?ed)\s+(?:in\s+|here\s+|over\s+)?from\s+(?:the\s+)?(?=[A-Z])")


def _arrived_from_home(art: Article, v: _Visit) -> str | None:
    """The name of an unnamed visitor given by an arrival from a place of the visitor's state in the
    sentences just after the trip's ("A senior Japanese trade official met U.S. negotiators ... The vice
    minister of MITI, Makoto Kuroda, flew in from Tokyo"); None when the name is another state's official."""
    text = art.text
    for m in _ARRIVED_FROM.finditer(text, v.start, min(len(text), v.end + _NEAR)):
        home = [pm for pm in art.matches_in(m.end(), m.end() + 40, ("city", "country")) if pm.start == m.end()]
        if not home or home[0].iso3 != v.visitor_iso3:
            continue
        named = art.actors.in_span(m.start("name"), m.end("name"))
        if any(a.iso3 != v.visitor_iso3 or a.international for a in named) or art.matches_in(m.start("name"), m.end("name")):
            continue
        return named[0].name if named and named[0].name else m.group("name")
    return None


def _traveller_key(v: _Visit) -> str | None:
    # an official of no state is one traveller under any form of the name: "Willy de Clercq", "De Clercq"
    return v.visitor_iso3 or (v.visitor_name.split()[-1].lower() if v.visitor_name else None)


_NEAR = 500  # characters each side of the trip's sentence: the story's next or previous two sentences
_MEETING_CUE = re.compile(r"\b(?:met|meet|meets|meeting|talks|talked|discussions|consultations|conferred|received\s+by|"
                          # "is expected to present a package of measures to President Reagan", "to present
                          # Reagan with details": received by him
                          r"hosted\s+by|present\s+(?:[\w\-]+\s+){1,6}?to|present|"
                          # "will be explaining Brazil's actions to U.S. Treasury Secretary James Baker"
                          r"(?:explain|brief)\w*\s+(?:[\w\-’']+\s+){1,5}?to|"
                          r"(?:welcomed|greeted|received|met)\s+on\s+(?:his\s+|her\s+|their\s+)?arrival\s+by|"
                          r"greeted\s+by|welcomed\s+by|(?:joint\s+)?(?:news|press)\s+conference\s+with|(?:reception|dinner|banquet|lunch|luncheon)\s+(?:[\w\-]+\s+){0,3}?by)\b(?:\s+(?:for|on)\s+[^.;,]{0,20}?)?\s+(?:with\s+)?(?:(?:his|her|their)\s+)?(?-i:(?:the\s+)?(?:[A-Z][\w.\-]*['’]?s?\s+|counterparts?\s+|of\s+(?:the\s+)?(?=[A-Z])){0,6})$",
                          re.I)


_BY_PHONE = re.compile(r"[^.;]{0,40}?\b(?:over|by|on)\s+the\s+(?:tele)?phone\b|[^.;]{0,40}?\bby\s+(?:tele)?phone\b", re.I)


def _host_nearby(art: Article, v: _Visit) -> tuple[str | None, bool]:
    """"Shultz arrived in Moscow ... He drove straight to a meeting with Soviet Foreign Minister
    Eduard Shevardnadze": the person of the destination whom the visitor meets, named in a
    sentence next to the trip's own. The meeting's subject must be the visitor (by name or as
    the sentence's pronoun), so another guest's talks host nobody. Also says whether that meeting is
    today's ("are today meeting"): the trip is then under way."""
    text = art.text
    surname = v.visitor_name.split()[-1] if v.visitor_name else None
    # a visitor met by name can be met anywhere in the story ("Gen Musharraf held talks with Tony
    # Blair on Monday" a paragraph after the visit's news); a pronoun only near the trip's sentence
    lo, hi = (0, len(text)) if surname else (max(0, v.start - _NEAR), min(len(text), v.end + _NEAR))
    for a in art.actors.in_span(lo, hi):
        if a.iso3 != v.destination or not a.name or a.name == v.visitor_name:
            continue
        near = v.start - _NEAR <= a.start <= v.end + _NEAR
        s_start = sentence_start(text, a.start)
        cue = _MEETING_CUE.search(text, max(s_start, a.start - 60), a.start) or _listed_after_cue(art, a, s_start)
        owner = _OWNER_BEFORE.search(text, max(s_start, cue.start() - 40), cue.start()) if cue is not None else None
        if owner is not None and owner.group("name") != surname:
            cue = None  # "Abe's visit is to prepare for Nakasone's talks with Reagan": another's talks
        if cue is not None and _BY_PHONE.match(text, a.end):
            cue = None  # "he recently talked with U.S. Treasury Secretary James Baker over the telephone": no meeting
        if cue is not None:
            subject = text[s_start:cue.start()]
            pronoun = re.match(r"\s*(?:He|She|They)\b", subject)
            # a pronoun near the trip's sentence, or just after a sentence that names the visitor
            # ("Mr Straw's China trip is part of ... He will meet Chinese counterpart Minister Li")
            if (surname and surname in subject) or pronoun and (near or surname and surname in text[
                    sentence_start(text, max(0, s_start - 2)):s_start]):
                return a.name, bool(_MEETING_TODAY.search(text, max(s_start, cue.start() - 30), cue.end()))
        if surname:
            s_end = sentence_end(text, a.end)
            if _MEETING_WORD.search(text, s_start, s_end) and (
                    _SUBJECT_TITLES.fullmatch(text, s_start, a.start) and _pair(surname, "after").match(text, a.end)
                    or _pair(surname, "before").search(text, s_start, a.start)):
                # the pair that meets: "West German Finance Minister Stoltenberg and U.S. Treasury
                # Secretary Baker reaffirmed ... at a meeting in Frankfurt", "a meeting between
                # Baker and Stoltenberg": the destination's one of the two receives the other
                return a.name, False
            # the host as the subject: "Kato said he will meet U.S. Agriculture Secretary Richard
            # Lyng here", "talks between President Reagan and Nakasone", "Omer ... after a meeting
            # in Khartoum yesterday with IMF envoy Shaalan"
            if _SIGNED_AFTER.match(text, a.end, s_end) and _during_visit_pair(surname).search(text, s_start, a.start):
                # "During the visit President Trump and Prime Minister Keir Starmer signed the Deal"
                return a.name, False
            m = _HOST_MEETS.match(text, a.end)
            if m and surname in m.group("object") and not _NO_MEETING.search(m.group("lead")):
                # ("Lyng said he had no plans to meet with Indian officials during Gandhi's visit")
                return a.name, False
            m = _TALKS_BETWEEN.search(text, max(s_start, a.start - 40), a.start)
            if m and re.match(rf"\s+and\s+(?:[\w.\-]+\s+){{0,4}}?{re.escape(surname)}\b", text[a.end:a.end + 60]):
                return a.name, False
    return None, False


# (a pair that issues a joint declaration met: "Garcia and Mexican President X issued a joint declaration")
def _listed_after_cue(art: Article, a: Actor, s_start: int) -> re.Match | None:
    """"held talks with his Israeli counterpart, Ariel Sharon, and the Palestinian leader, Mahmoud
    Abbas": a person listed after one whom a meeting word reaches is met too (the cue of the list's
    first person)."""
    prev = a
    for b in reversed(art.actors.in_span(s_start, a.start)):
        if b.end > prev.start or not b.name:
            continue
        if not _LIST_GAP.fullmatch(art.text, b.end, prev.start):
            return None
        cue = _MEETING_CUE.search(art.text, max(s_start, b.start - 60), b.start)
        if cue is not None:
            return cue
        prev = b
    return None



# ("A and B are heading their respective delegations": the two sides meet; "President A and Prime Minister
# B hosted the leaders of C and D", "A and B announced deals": the pair acts together, where one receives)
_MEETING_WORD = re.compile(r"\b(?:met|meet|meets|meeting|meetings|talks|talked|conferred|summit|respective\s+delegations|"
                           r"(?:co-)?hosted|co-chaired|witnessed|announced|inaugurated|"
                           r"joint\s+(?:declaration|statement|communiqu\w*|news\s+conference|press\s+conference))\b", re.I)
# the start of a sentence up to the first of a pair of subjects: title words only
_SUBJECT_TITLES = re.compile(r"\s*(?:[A-Z][\w.\-]*\s+|(?:of|the)\s+){0,8}")


_SIGNED_AFTER = re.compile(r"[^.;]{0,20}?\b(?:signed|initialled|initialed)\b")


@lru_cache(maxsize=256)
def _during_visit_pair(surname: str) -> re.Pattern:
    """The visitor first of a pair that acts during the visit: "During the visit President Trump
    and Prime Minister ..." (the host's name follows)."""
    return re.compile(rf"\b(?:[Dd]uring|[Oo]n)\s+(?:the|this|his|her|their)\s+(?:[\w\-]+\s+){{0,2}}?(?:visit|trip),?\s+"
                      rf"(?:[A-Z][\w.\-]*\s+){{0,4}}{re.escape(surname)},?\s+and\s+(?:[\w.\-]+\s+){{0,6}}$")


@lru_cache(maxsize=256)
def _pair(surname: str, side: str) -> re.Pattern:
    """The visitor as the other one of a pair with the host: after the host ("Stoltenberg and U.S.
    Treasury Secretary James Baker"), or before ("between Baker and ", "Baker and West German
    Finance Minister ", at the sentence's start)."""
    name = re.escape(surname)
    if side == "after":
        return re.compile(rf",?\s+and\s+(?:[\w.\-]+\s+){{0,6}}?{name}\b")
    # (also after a reporting verb: "A ministry spokesman said French Defence Minister Andre Giraud
    # and his West German counterpart Manfred Woerner had agreed ... during talks in Bonn")
    return re.compile(rf"(?:\bbetween\s+(?:[\w.\-]+\s+){{0,6}}?|(?:^|(?<=\n)|(?<=\.\s)|(?<=,\s)|(?<=:\s)|(?<=\bsaid\s)|(?<=\bsays\s)|"
                      rf"(?<=\bthat\s))\s*(?:[A-Z][\w.\-]*\s+){{0,6}}){name},?"
                      rf"\s+and\s+(?:[\w.'’\-]+\s+){{0,6}}$")  # ("Biden and Vietnam's President ")


_MEETING_TODAY = re.compile(r"\b(?:is|are)\s+(?:today|now)\s+meeting\b|\b(?:is|are)\s+meeting\s+(?:[\w.\-]+\s+){0,6}?today\b|"
                            r"\btoday\s+(?:met|meets|is\s+meeting|are\s+meeting)\b", re.I)


# (the host may share the subject with a colleague: "Treasury Secretary James Baker and Federal Reserve Board
# Chairman Paul Volcker held a meeting with senior West German officials, including Finance Minister Stoltenberg")
_HOST_MEETS = re.compile(r"(?P<lead>(?:[^.;:]|(?<=\b[A-Z])\.|\.(?=\S)){0,40}?|\s+and\s+(?:[A-Z][\w.\-]*\s+){1,7}?)"
                         r"\b(?:met|meet|meets|will\s+meet|received|receives|hosted|hosts|welcomed|"
                         r"welcomes|held\s+talks\s+with|(?:held|had)\s+(?:a\s+)?meetings?\s+with|talked\s+with|"
                         r"conferred\s+with|after\s+a\s+meeting)\b"
                         r"(?P<object>(?:[^.;:]|(?<=\b[A-Z])\.|\.(?=\S)){0,60}?,\s+including\s+(?:[A-Z][\w.\-]*\s+){0,6}[A-Z][\w\-]+|"
                         r"(?:[^.;:]|(?<=\b[A-Z])\.|\.(?=\S)){0,70})")  # "U.S." does not end the clause
_NO_MEETING = re.compile(r"\b(?:no|not|never|n['’]t)\b", re.I)
# "Nakasone's talks with Reagan": the meeting of the person named in the possessive
_OWNER_BEFORE = re.compile(r"\b(?P<name>[A-Z][\w\-]+)['’]s\s+(?:[a-z][\w\-]*\s+){0,2}$")
_TALKS_BETWEEN = re.compile(r"\b(?:talks|meeting|meetings|summit|discussions)\s+between\s+$", re.I)


# "Funaro last night concluded this week's tour of European capitals": the end of a person's
# trip reported in a sentence that names no destination (the tour's legs are named elsewhere).
_TRIP_ENDED = Caseless(
    r"\b(?:concluded|ended|wrapped\s+up|wound\s+up|completed|cut\s+short|returned\s+home\s+from|flew\s+home\s+from|"
    r"caps|capped|capping|crowns|crowned|culminat\w+)"
    r"\s+(?:(?:a|an|his|her|their|the|this|last)\s+)?(?:week['’]s\s+|month['’]s\s+)?(?:[\w\-'’]+\s+){0,3}?"
    r"(?:visit|tour|trip|mission|swing)\b")
_END_FRAMED = re.compile(r"\b(?:will|would|to|shall|expected|due|before|after|when|once|until|if)\b", re.I)
# "IRNA quoted Aqazadeh as saying on his return to Tehran from Moscow": back from a named place
_RETURN_FROM = re.compile(r"\breturn(?:ed|ing|s)?\s+(?:home\s+|to\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s+)?from\s+"
                          r"(?:the\s+)?(?=[A-Z])")
_RETURN_AHEAD = re.compile(r"\b(?:will|would|to|shall|expected|due|before|until|after)\s+(?:\w+\s+){0,2}$")


def _ends_reported(art: Article, trips: list[_Visit]) -> None:
    """A trip whose end the story reports is completed (GUIDELINES), whatever the tense of the
    sentences that name it: when a sentence says that the visitor ended their tour, each of their
    trips that is not still ahead is over; when it says they came back from a place, the trip
    there is. A future or framed end ("will conclude", "before his return from") ends nothing."""
    text = art.text
    ends = [(m, None) for m in _TRIP_ENDED.finditer(text, art.lower)
            if not _END_FRAMED.search(text, sentence_start(text, m.start()), m.start())]
    for m in _RETURN_FROM.finditer(text) if "return" in text else ():
        if not _RETURN_AHEAD.search(text, sentence_start(text, m.start()), m.start()):
            ends.append((m, {pm.iso3 for pm in art.matches_in(m.end(), m.end() + 40, ("country", "city"))
                             if pm.start == m.end()}))
    for m, places in ends:
        lo = sentence_start(text, m.start())
        clause = text[lo:m.start()]
        # the one who came back is the last person named before the verb: "Nakasone told reporters
        # that special envoy Shintaro Abe, who has just returned from Washington" ends Abe's trip
        named = [a for a in art.actors.in_span(lo, m.start()) if a.name]
        last = named[-1].name.split()[-1] if named else None
        for v in trips:
            surname = v.visitor_name.split()[-1] if v.visitor_name else None
            if not surname or surname not in clause and surname not in text[m.start():m.end()] or v.status == "cancelled":
                continue  # ("This deal caps President Trump's successful trip to Asia": named in the phrase)
            if last is not None and last != surname and surname not in text[named[-1].end:m.start()]:
                continue
            if (v.destination in places) if places is not None else v.status != "planned":
                v.status, v.ended = "completed", True


_SENT_FROM_WORDS = ["delegates from", "delegations from", "representatives from"]


def candidate_stages() -> list[pl.Expr]:
    """Sentences with a travel word and a place name (or "here", resolved by the dateline)."""
    low = pl.col("lower")
    fronted = low.str.contains(_FRONTED_RS)
    # the apposition ("X, in Hanoi for the summit,") is tried only where ", in " occurs (a regex
    # over every sentence costs more than the rest of the prefilter)
    # (a title that places a meeting of two states abroad flags its story: _title_meeting)
    title_meeting = (pl.col("sentence_idx") == -1) & low.str.contains_any(_TITLE_MEETING_WORDS)
    # (literal words are searched in one contains_any per stage: one pass over the sentences, not one per list)
    # ("X will also be there": the gathering the story opens on)
    return [(pl.col("sentence_idx") >= 0) & (low.str.contains_any(PREFILTER + [", in ", ", now in ", ", currently in "]
                                                                  + _THERE_WORDS + _SENT_FROM_WORDS) | fronted) | title_meeting,
            pl.any_horizontal(*(low.str.contains(part) for part in _TRIGGER_RS_PARTS)) | fronted
            | low.str.contains_any(_THERE_WORDS + _MET_WITH_WORDS + _SIDELINE_WORDS
                                   + _SENT_FROM_WORDS)  # "delegates from A and B" at the story's meeting
            | low.str.contains(_APPOSED_RS) | title_meeting
            | low.str.contains(_AMONG_RS)  # "X is among the guests scheduled to speak": the story's place
            | low.str.contains("of the ", literal=True) & low.str.contains(" delegation", literal=True)  # its head
            | low.str.contains(r"\b(?:lead|leads|led|heads|headed|leading|heading)\s+(?:the|a)\s+(?:[a-z.\-]+\s+){0,2}delegation"),
            pl.col("sentence").str.contains_any(place_names()) | low.str.contains(_HERE_RS)
            | low.str.contains_any(
                _MET_WITH_WORDS
                + ["attended by"]  # its place may be in an earlier sentence
                # "ANKARA - Visiting UN Secretary General Kofi Annan revealed Monday": the dateline in capitals
                # is no place name the test above knows
                + ["visiting "]
                + _SIDELINE_WORDS  # the gathering's place may be in another sentence
                + [" delegation"]  # "the head of the British delegation": the story's place
                # "Subroto, attending a Pacific Energy Cooperation conference, said": there now, where the story is filed
                + ["attending "]
                + _THERE_WORDS)
            | low.str.contains(_AMONG_RS)
            | low.str.contains(rf"\b{_ARRIVAL_WHEN}")]


_THERE_WORDS = [" be there", " also there", "to attend, including", "to attend including", "to attend, among them",
                "delegates include", "participants include", "attendees include", "delegations include",
                "delegates here include", "presence of"]
# \bhere\b with its Unicode \b consumed (see consumed_word_boundaries: the same sentences, on the fast engine)
_HERE_RS = consumed_word_boundaries(r"\b(?:here)\b")


_AMONG_RS = rust_prefilter(_AMONG_ATTENDEES.pattern)
_TRIGGER_RS = rust_prefilter(TRIGGER.ignorecase.pattern, (r"(?<!held\s)", r"(?<!hold\s)", r"(?<!holds\s)", r"(?<!had\s)",
                                                            r"(?=\s+(?:the\s+)?[A-Z])", r"(?!that\s)", r"(?!\s+to\b)",
                                                            r"(?=\s+too\b|\s*[.,;]|\s+(?:this|last|earlier\s+this)\s+(?:week|month)\b|\s+(?:today|yesterday)\b)", _NOT_A_MONTH, r"(?=\s+[A-Z])",
                                                            r"(?!\s+(?:for|from)\b)"))
# the same test as a few regexes, any of which matches (thirty times faster: see split_word_alternation);
# the first, the big alternation of plain words, with its Unicode \b consumed (see consumed_word_boundaries)
_TRIGGER_RS_PARTS = split_word_alternation(_TRIGGER_RS)
_TRIGGER_RS_PARTS[0] = consumed_word_boundaries(_TRIGGER_RS_PARTS[0])


@lru_cache(maxsize=1)
def place_names() -> list[str]:
    forms = {f for c in reference.load_countries() for f in (c["name"], *(c.get("names") or ()))}
    forms |= set(reference.load_cities())
    forms |= set(LANDMARKS)
    return sorted(f for f in forms if len(f) >= 2)


def _as_written(art: Article, name: str | None) -> str | None:
    """GUIDELINES: a name as written, in its fullest form in the article. A name the reference
    data completed ("Ronald Reagan" of "President Reagan", "Donald Trump" of "Donald J. Trump") is
    cut back to the words the article writes before the surname: the reference name's own words
    and initials."""
    if not name or name in art.text:
        return name
    words = name.split()
    surname, given = words[-1], set(words[:-1])
    best = None
    # (a regnal number is no surname to look for: "King Charles III" written "King Charles the III")
    for m in () if re.fullmatch(r"[IVX]{1,5}", surname) else \
            re.finditer(rf"((?:[A-Z][\w'’\-]*\.?\)?[ \t]+){{0,3}}){re.escape(surname)}\b", art.text):
        # ("(Prime Minister Yasuhiro) Nakasone": an editor's brackets inside the name)
        lead = m.group(1).replace(")", "").split()
        # the reference name's own given names and initials right before the surname (not a title,
        # and not another person of that surname: "Melania Trump" is no "Donald Trump")
        while lead and not (lead[0] in given or re.fullmatch(r"[A-Z]\.", lead[0])):
            lead.pop(0)
        if lead and not all(w in given or re.fullmatch(r"[A-Z]\.", w) for w in lead):
            continue
        written = " ".join([*lead, surname])
        if best is None or len(written) > len(best):
            best = written
    if best is None and re.fullmatch(r"[IVX]{1,5}", surname):
        # "King Charles the III": a regnal number written after "the"
        regnal = re.search(rf"\b{re.escape(' '.join(words[:-1]))}\s+the\s+{surname}\b", art.text)
        if regnal:
            return regnal.group()
    if best is None:
        # "Prime Minister Anwar" of "Anwar Ibrahim", "King Hassan" of "King Hassan II": the longest
        # run of the name's words the article writes, with more in it than a title
        for size in range(len(words) - 1, 0, -1):
            for i in range(len(words) - size + 1):
                run = words[i:i + size]
                if all(w in _NAME_TITLES for w in run) or size == 1 and len(run[0]) <= 2:
                    continue
                if re.search(rf"\b{re.escape(' '.join(run))}\b", art.text):
                    return " ".join(run)
    return best or name


def _royal_in_full(art: Article, name: str, names: set[str]) -> str:
    """"Crown Prince Abdullah" of a story that introduced "Crown Prince Abdullah bin Abdul Aziz": a
    royal's name (title and given name) in the fuller form the article gives, extended after the
    given name ("bin ...", "al-..."), with the title where the article writes it so."""
    *titles, given = name.split()
    if name.split()[0] in _NAME_TITLES:
        # "Sultan bin Abdul Aziz" read after "Crown Prince": a given name that is also a title keeps
        # the royal title the article writes before it
        royal = re.search(rf"\b(?:Crown\s+Prince|Prince|King|Emir|Sheikh)\s+{re.escape(name)}\b", art.text)
        if royal:
            return royal.group()
    if not titles or not all(w in _NAME_TITLES for w in titles):  # (a given name may be a title: "Sultan")
        return name
    fuller = [n for n in names if n.startswith(given + " ") and n != given]
    if len(fuller) != 1:
        return name
    titled = " ".join([*titles, fuller[0]])
    return titled if titled in art.text else fuller[0]


_NAME_TITLES = frozenset({"King", "Queen", "Prince", "Princess", "Sheikh", "Emir", "Sultan", "Crown", "President",
                          "Pope", "Shri", "Sir", "Lord", "Lady", "Dr", "Mr", "Mrs"})


def rows_for_article(art: Article, spans: list[tuple[int, int]]) -> list[dict]:
    return [{
        "visit_id": fact_id(art.article_id, "visit", v.visitor_iso3 or v.visitor_name or "", v.destination),
        "article_id": art.article_id, "visitor_name": _as_written(art, v.visitor_name), "visitor_iso3": v.visitor_iso3,
        "destination_iso3": v.destination, "host_name": _as_written(art, v.host), "cities": v.cities, "status": v.status,
        "sentence": art.evidence(v.start, v.end), "sentence_start": v.start, "sentence_end": v.end,
        "extractor_version": EXTRACTOR_VERSION, "rule": v.rule,
    } for v in visits_for_article(art, spans)]


def extract_visits(articles: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    from .pipeline import extract_facts

    return extract_facts(articles, sentences, ("visits",))["visits"]
