"""Tense, modality and dates around a travel phrase -> planned / ongoing / completed / cancelled."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

# The words that undo a trip; before the trip's words also those that stop someone making it.
_UNDONE = (r"cancel(?:l)?(?:ed|ing|s)?|called\s+off|call\s+off|postpon(?:e|ed|es|ing|ement)|scrapped|put\s+off|"
           r"shelved|abandon(?:ed)?")
CANCELLED = re.compile(rf"\b(?:{_UNDONE}|no\s+longer\s+(?:visit|travel|go)|block(?:ed|ing|s)?|bar(?:red|ring)|refused|pull(?:ed|ing|s)?\s+the\s+plug\s+on)\b",
                       re.I)
PLANNED = re.compile(
    r"\b(?:will|would|shall|to\s+be|is\s+to|are\s+to|was\s+to|plans?\s+to|planned|planning|plan\s+for|intends?|"
    r"expected|expects|scheduled|due\s+to|due\s+(?:here|in|back)|upcoming|forthcoming|next\s+(?:week|month|year|"
    r"[a-z]+day)|tomorrow|later\s+(?:this|in|today|tonight)|invit(?:ation|ed|es)|looks?\s+forward|looking\s+forward|set\s+to|"
    r"going\s+to|propos(?:ed|es)|prepar(?:e|es|ing)\s+(?:for|to)|prepared\s+to|likely\s+to|(?-i:may)|might|could|hope[sd]?|aims?\s+to|"
    r"seeks?\s+to|to\s+(?:visit|travel|fly|go|pay|make|attend|meet|hold|sign|conclude|host|welcome|tour|lead))\b",
    re.I,
)
ONGOING = re.compile(
    # ("Rha is heading a trade mission to 37 U.S. cities": leading it now)
    r"\b(?:current|currently|(?:is|are)\s+(?:heading|leading)\s+(?:a|an|the|his|her|their)\s+(?:[\w\-]+\s+){0,2}"
    r"(?:mission|delegation|team)|"
    r"(?:is|are)\s+(?:visiting|touring|traveling|travelling|holding|in|on\s+(?:a|an|his|her|their)\s+"
    r"(?:[\w\-]+\s+){0,2}(?:visit|tour|trip))|(?:is|are)\s+here|(?:is|are)\s+(?:now\s+)?at\s+(?:a|an|the|this)\s+"
    r"(?:[\w\-]+\s+){0,3}(?:summit|meeting|conference|talks|gathering|forum))|arriv(?:ed|es|ing)|today|here\s+for|yesterday|tonight|"
    r"now\s+in|under\s+way|began|begins|(?:we|I)\s+begin|has\s+traveled|has\s+travelled|continu(?:es|ing)\b", re.I)
COMPLETED = re.compile(
    r"\b(?:visited|was\s+in|were\s+in|returned|returns|completed|ended|last\s+(?:week|month|year|[a-z]+day|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)|ago|earlier\s+this|"
    r"left|wrapped\s+up|concluded|met|held|made|paid|took|went|flew|traveled|travelled|toured|came|had|"
    r"arrived\s+back|previous|recent(?:ly)?|first\s+trip|during|told|said|spoke|addressed)\b", re.I)
# The words of COMPLETED that report the trip's end or put it in the past, not just a past tense.
_ENDED = re.compile(
    r"\b(?:returned|returns|completed|ended|last\s+(?:week|month|year|[a-z]+day|january|february|march|april|may|"
    r"june|july|august|september|october|november|december)|ago|earlier\s+this|wrapped\s+up|concluded|"
    r"arrived\s+back|previous|recent(?:ly)?|first\s+trip|successful|fruitful)\b", re.I)
_PAST_TIME = re.compile(
    r"\b(?:last\s+(?:week|month|year|[a-z]+day|january|february|march|april|may|june|july|august|september|"
    r"october|november|december)|\w+\s+ago|earlier\s+this\s+(?:week|month|year)|previous|just-ended)\b", re.I)
# a past time that opens a sentence: "Last week, X and Y met in Mexico City", "Two weeks ago, ..." (too far before
# the verb for a reader that looks just before it)
_OPENS_PAST = re.compile(r"\s*(?:last\s+weekend|" + _PAST_TIME.pattern + r")\s*,", re.I)


def opens_in_the_past(text: str, pos: int) -> bool:
    """Does the sentence that starts at `pos` open with a past time ("Last week, ...")?"""
    return bool(_OPENS_PAST.match(text, pos))


_IN_YEAR = re.compile(r"\bin\s+((?:19|20)\d\d)\b")
_MONTH_NAME = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
               r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_MONTH_DAY = re.compile(  # "January 6", "Jan. 6, 2025", and the day first: "6 January"
    rf"(?:\b(?P<day0>\d{{1,2}})\s+)?\b{_MONTH_NAME}\b\.?(?:\s+(?P<day>\d{{1,2}})(?!\d))?(?:,?\s+(?P<year>(?:19|20)\d\d))?",
    re.I)


def _month_number(word: str) -> int | None:
    """1-12 for a month name or abbreviation as _MONTH_NAME matches it ("Sept", "december")."""
    word = word.lower()
    return MONTHS.get("sept" if word.startswith("sept") else word[:3])


_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(last|next)\s+year\b", re.I)


def mentioned_date(window: str, published: date | None) -> tuple[date, bool] | None:
    """The first month(-day) named in the window, placed relative to the publication year.
    Returns (date, has_day)."""
    if published is None:
        return None
    for m in _MONTH_DAY.finditer(window):
        word = m.group("month").lower()
        day_text = m.group("day") or m.group("day0")
        if word == "may" and not day_text:
            continue  # "may" is mostly the modal verb
        if not m.group("month")[0].isupper() and not (day_text or re.search(
                r"\b(?:in|since|last|early|late|mid-?)\s*$", window[max(0, m.start() - 7):m.start()], re.I)):
            continue  # (a month in lower case only where nothing else can be meant: "visit to Mexico in march")
        month = _month_number(word)
        year = int(m.group("year")) if m.group("year") else published.year
        if not m.group("year") and not day_text:
            lead = window[max(0, m.start() - 5):m.start()].lower()
            if lead.endswith("last ") and month >= published.month:
                year -= 1  # "last October" in March: the October before
            elif lead.endswith("next ") and month <= published.month:
                year += 1
            tail = _YEAR_AFTER.match(window, m.end())
            if tail is not None:  # "in October of last year", "in March next year"
                year += -1 if tail.group(1).lower() == "last" else 1
        day = int(day_text) if day_text else 1
        try:
            return date(year, month, min(day, 28) if not day_text else day), bool(day_text)
        except ValueError:
            continue
    return None


# A cancel verb whose object is the trip's noun phrase, however long its determiners run: "to
# cancel her and the Second Gentleman's upcoming trip", "postponed the President's planned state visit".
_CANCELLED_OBJECT = re.compile(
    r"\b(?:cancel(?:l)?(?:ed|ing|s)?|called\s+off|call(?:ing|s)?\s+off|postpon(?:e|ed|es|ing)|scrapped|scrap|"
    r"put\s+off|shelved|abandon(?:ed|ing)?|pull(?:ed|ing|s)?\s+the\s+plug\s+on)\s+(?:(?:(?:her|his|their|its|our|the|a|an|and|this|that|next|"
    r"week['’]s|month['’]s|(?:up)?coming|forthcoming|planned|scheduled|proposed|expected|long-awaited|"
    r"state|official|working|two-day|three-day|four-day|five-day|[A-Z][\w\-]*(?:['’]s)?|\w+['’]s)\s+){1,8}|"
    # "the Danish minister of development co-operation's week-long visit": the trip of an owner named at length
    r"(?:the|a|an)\s+(?:[\w\-]+\s+){0,5}[\w\-]+['’]s\s+(?:[\w\-]+\s+){0,2})$")


# the trip named by a noun (_TRIP_NOUN) as the subject of its calling off, after its traveller and place
_TRIP_CALLED_OFF = re.compile(r"(?:(?!\b(?:that|which|who|after|before|because|when|while|but|and|went|go|goes)\b)"
                              r"[^;,\"“”]){0,100}?\b(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|will\s+be)\s+"
                              r"(?:postponed|cancell?ed|called\s+off|put\s+off|scrapped|shelved)\b")
# a relative clause that gives the trip's start as to come
_TRIP_STARTS_AHEAD = re.compile(r"[^.;,]{0,80},\s+which\s+(?:starts|begins|opens|is\s+due\s+to\s+(?:start|begin)|"
                                r"will\s+(?:start|begin|open))\s+(?:on\s+|next\s+|this\s+)?(?:(?i:monday|tuesday|wednesday|"
                                r"thursday|friday|saturday|sunday)|tomorrow|week|month|January|February|March|April|May|June|"
                                r"July|August|September|October|November|December)\b")


def trip_clause_status(before: str, trigger: str, after: str) -> str | None:
    """The status a trip's own clause gives it, beyond the words next to it that visit_status reads:
    "cancelled" when the trip is the object of its calling off, named at length ("has pulled the plug on
    the Danish minister of development co-operation's week-long visit": `before` may run past the 90
    characters visit_status reads) or the subject of it ("The visit by U.S. Secretary of State X to Japan
    was postponed"); "planned" when a relative clause starts it ahead ("the four-day visit of President
    X, which starts on Friday"); else None. `after` is the rest of the sentence."""
    if _CANCELLED_OBJECT.search(before) or _TRIP_NOUN.fullmatch(trigger) and _TRIP_CALLED_OFF.match(after):
        return "cancelled"
    if _TRIP_STARTS_AHEAD.match(after):
        return "planned"
    return None


# After the trip's words only the trip's own undoing counts ("an Iranian trade mission to Tokyo,
# which refused discounts": the mission refused something, it was not refused)
_CANCELLED_AFTER = re.compile(rf"\b(?:{_UNDONE})\b", re.I)
# A cancel word whose object is something else: "talks were shelved during her visit".
_CANCEL_FRAMED = re.compile(r"\b(?:during|while|amid|after|before|on\s+the\s+eve\s+of|ahead\s+of)\b", re.I)
# The trigger itself says the trip happened: its tense wins over plan words around it
# ("offered the invitation when the two met in Singapore").
_PAST_TRIGGER = re.compile(r"(?:met|visited|arrived|travel+ed|flew|went|came|signed|held|discussed|toured|"
                           r"returned|conferred|initial+ed|spoke|said|told)\b", re.I)
# Present-tense departure is a schedule: "leaves for Tokyo on Saturday".
_DEPARTS = re.compile(r"^(?:leaves|departs|heads|travels|flies|sets\s+(?:out|off)|is\s+leaving|is\s+heading)\b", re.I)
# "During her visit to Kenya, ... she will stress": a framed trip takes the main clause's tense.
_FRAMING_NOUN = re.compile(r"\b(?:during|on|in\s+the\s+course\s+of)\s+(?:(?:his|her|their|the|its|this)\s+)?"
                           r"(?:[\w\-]+\s+){0,3}$", re.I)
_MAIN_FUTURE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|is\s+expected\s+to|are\s+expected\s+to)\s+\w+", re.I)
_END_REPORTED = re.compile(r"\b(?:returned|left|ended|concluded|wrapped\s+up|wound\s+up|flew\s+home|"
                           r"went\s+home|back\s+home|after\s+(?:a|his|her|their)\s+[\w\-]+\s+visit)\b", re.I)
_PAST_PASSIVE = re.compile(r"\b(?:was|were)\s+(?!(?:due|expected|scheduled|planned|set|supposed|invited|asked)\b)"
                           r"(?:\w+ly\s+)?\w+ed\b", re.I)
_THERE_BEFORE_NEXT_LEG = re.compile(r"\b(?:was|were|is|are|arrived)\s+(?:\w+\s+){0,3}?(?:to\s+)?$", re.I)
_NEXT_LEG_SOON = re.compile(r"\b(?:prior\s+to|ahead\s+of|before)\b(?:[^.;]|(?<=\b[A-Z])\.|\.(?=\S)){0,90}?\b(?:later\s+this\s+week|later\s+today|"
                            r"tomorrow|later\s+this\s+month)\b", re.I)
_FUTURE_WORD = re.compile(r"\b(?:will|shall|would|plans?|planning|is\s+to|are\s+to|next|upcoming)\b", re.I)
_WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
# a past participle right before the trip's frame: "agreed during a visit", "signed on his trip"
_DONE_BEFORE_FRAME = re.compile(r"\b(?:agreed|signed|reached|concluded|struck|sealed|announced|discussed|made)\s+$", re.I)
_SINCE = re.compile(r"\bsince\b", re.I)
_PRESENT_TRIGGER = re.compile(r"(?:is|are)\s+(?:in|here|visiting|touring|on\s+(?:a|an|his|her|their)\b)", re.I)
_HAS_DONE = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:visited|arrived|met|held|toured|sought|been|lobbied)\b", re.I)
_OPENED_TRIP = re.compile(r"\b(?:opened|began|started|kicked\s+off|is\s+on|are\s+on|on\s+the\s+(?:first|opening)\s+"
                          r"(?:leg|stop|day|stage)\s+of)\s+(?:a|an|his|her|their|the)\s+"
                          r"(?:[\w\-]+\s+){0,3}?(?:visit|tour|trip|mission)\b", re.I)
_LONG_PAST = re.compile(r"\b(?:last\s+(?:month|year)|\w+\s+(?:weeks|months|years)\s+ago|in\s+(?:19|20)\d\d)\b", re.I)
_STARTS = re.compile(r"\b(?:starts|begins|opens|embarks\s+on|sets\s+(?:off|out)(?:\s+on)?|leaves\s+on)\s+"
                     r"(?:[\w\-]+\s+){0,4}$", re.I)
_UNDER_WAY = re.compile(r"\b(?:first|second|third|\w+th)\s+(?:day|leg|stop|stage)\s+of\s+(?:[\w\-]+\s+){0,4}$", re.I)
# an arrival told as a leg of a tour: the traveller is at that leg ("flew to Italy on the second
# and final leg of a European visit"); a leg that is over is said otherwise ("after", "earlier")
_ARRIVED = re.compile(r"(?:arrived|flew|travel+ed|landed|touched\s+down|went|came)\b", re.I)
ON_A_LEG_AFTER = re.compile(r"[^.;]{0,40}?\bon\s+(?:the\s+)?(?:[\w\-]+\s+(?:and\s+)?){0,3}?(?:leg|stop|stage)\s+of\b", re.I)
_WHEN_PRESENT = re.compile(r"\b(?:when|once|after|before|as\s+soon\s+as)\s+(?:he|she|they|[A-Z][\w\-]+)\s+$")
# what is said, issued or done during a trip, while it lasts ("speaking on a visit", "on the occasion of X's visit")
_WHILE_IT_LASTS = re.compile(r"\b(?:(?:speaking|talking|writing)\s+(?:on|during)\s+(?:a|an|his|her|their)\s+(?:[\w\-]+\s+){0,2}|"
                             r"(?:on\s+the\s+occasion\s+of|in\s+honou?r\s+of)\s+(?:(?:the|a|an|his|her|their)\s+)?"
                             r"(?:[\w.'’\-]+\s+){0,6})$", re.I)
_AT_THE_END = re.compile(r"\b(?:(?:end|close|conclusion|last\s+day|final\s+day)\s+of|winding\s+up|wound\s+up|wrapping\s+up|"
                         r"rounding\s+off|concluding)\s+(?:an?|his|her|their|the|this)\s+(?:[\w\-]+\s+){0,4}$", re.I)
_RELATIVE_FUTURE = re.compile(r"\s+(?:that\s+|which\s+)?(?:he|she|they|we|I|[A-Z][\w\-]+)\s+(?:will|would|is\s+to|are\s+to|"
                              r"plans?\s+to|is\s+due\s+to|intends?\s+to)\s+(?:make|pay|undertake|take)\b")
# "after meeting Funaro, who is in Rome on a tour": the meeting is over, the visitor still there
_STILL_THERE = re.compile(r"\b(?:who|which)\s+(?:is|are)\s+(?:now\s+|currently\s+)?(?:in|here|visiting|touring)\b")
_PROPOSED_VERB = re.compile(r"\bproposed\s+(?:the|a|an|his|her|its|their|that|to)\b(?![^.;]{0,60}$)|"
                            r"\bproposed\s+(?:the|a|an|his|her|its|their)\s+[^.;]{0,60}?\b(?:during|on|in)\s+", re.I)
_INVITATION_TO = re.compile(r"\binvitation\s+(?:[\w.'’\-]+\s+){0,8}?to\s+$", re.I)
_DATE_WHEN = re.compile(rf"\b{_MONTH_NAME}\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?,?\s+when\s+[^.;,]{{0,90}}$", re.I)
# a trip that took the weekend ("a brief weekend visit"; not "arrived at the weekend for a week-long visit")
_LAST_WEEKEND = re.compile(r"(?<!this\s)(?<!next\s)(?<!coming\s)\b(?:weekend|week-end)\s+(?:[\w\-]+\s+)?"
                           r"(?:visit|trip|tour|stay|stopover|talks)\b", re.I)
# a trip said to begin in the present tense, on the story's own day (not "begins talks on Monday")
_BEGINS_NOW = re.compile(r"\b(?:begins|starts|opens|is\s+beginning|is\s+starting)\s+(?:(?:an?|his|her|their|the)\s+)?"
                         r"(?:[\w\-]+\s+){0,4}$", re.I)
_LATER_START = re.compile(r"\b(?:tomorrow|next|later|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", re.I)
_ENDS_TODAY = re.compile(r"\b(?:ends|ending|concludes|winds\s+up)\s+(?:today|tonight|tomorrow)\b", re.I)


_JOURNEY_TRIGGER = re.compile(r"(?:fly|flying|travel+ing|heading|leaving|going)\b", re.I)
# a stay reported as over, then the journey on: "spent two days in Tanzania before "
_STAY_THEN_BEFORE = re.compile(r"\b(?:spent|stayed|visited|toured|was\s+in|were\s+in)\b[^.;]{0,90}?\b(?:before|then)\s+$", re.I)


def _past_clause(before: str) -> bool:
    """A past passive frames the trip ("the fund was proposed by Ongpin during a trip to ..."), with
    no future or plan word beside it."""
    return bool(_PAST_PASSIVE.search(before[-120:])) and not _FUTURE_WORD.search(before[-120:])


_WEEKDAY_ORDER = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def names_a_weekday(word: str) -> bool:
    return bool(_WEEKDAY.fullmatch(word))


def days_back(weekday: str, published: date | None) -> int | None:
    """How many days before publication the weekday of the story's week fell (0: that day); None
    for a word that is no weekday or a story with no date."""
    if published is None or not names_a_weekday(weekday):
        return None
    return (published.weekday() - _WEEKDAY_ORDER.index(weekday[:3].lower())) % 7


def _weekday_status(window: str, past: bool) -> str | None:
    """A weekday with no date is this week's: after a past verb, with no word of the trip's end,
    the trip is still under way (GUIDELINES hard case); after a present or future verb it lies ahead."""
    if not _WEEKDAY.search(window):
        return None
    return "ongoing" if past else "planned"


# "December 21-22", and the day first: "from 25-26 September 2023"
_DAY_RANGE = re.compile(rf"\b{_MONTH_NAME}\b\.?[\s-]+(?P<d1>\d{{1,2}})\s*[-–]\s*(?P<d2>\d{{1,2}})\b|"
                        rf"\b(?P<e1>\d{{1,2}})\s*[-–]\s*(?P<e2>\d{{1,2}})\s+{_MONTH_NAME.replace('?P<month>', '?P<month2>')}\b",
                        re.I)


def _day_range(window: str, published: date | None) -> tuple[date, date] | None:
    """"December 21-22" in the publication's year (the span of a trip), if the window has one."""
    if published is None:
        return None
    for m in _DAY_RANGE.finditer(window):
        if m.group("month"):
            if not m.group("month")[0].isupper():
                continue
            month, d1, d2 = _month_number(m.group("month")), m.group("d1"), m.group("d2")
        else:
            month, d1, d2 = _month_number(m.group("month2")), m.group("e1"), m.group("e2")
        if month is None:
            continue  # ("10-12 Downing Street": no month)
        try:
            return date(published.year, month, int(d1)), date(published.year, month, int(d2))
        except (ValueError, TypeError):
            continue
    return None


def planned_by_main_clause(head: str) -> bool:
    """A trip framed by a future main clause ("The Saudi leader will hold talks with Thatcher and
    meet the Queen during the visit"): what is done during it, so the trip, lies ahead. `head` is
    the sentence up to the trip's word."""
    return bool(_DURING_THE.search(head[-40:]) and _FUTURE_MAIN_CLAUSE.match(head))


# (narrower than _FRAMING_NOUN and _MAIN_FUTURE: "is expected to canvass support ... during his
# visit" is said of a visit already under way)
_DURING_THE = re.compile(r"\b(?:during|on|throughout)\s+(?:the|his|her|their|this)\s+(?:[\w\-]+\s+){0,2}$", re.I)
_FUTURE_MAIN_CLAUSE = re.compile(r"[^.;:]*?\b(?:will|shall|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to)\s+[^.;:]*$")


_RECENT_BEFORE = re.compile(r"\b(?:recent|recently\s+(?:concluded|completed|ended)|just[\s\-](?:concluded|completed|ended))\s+"
                            r"(?:(?:state|official|working|historic|first)\s+)?$", re.I)
_YEAR_OF_TRIP = re.compile(r"\b((?:19|20)\d\d)\s+(?:(?:state|official|working|historic|first|second|last)\s+)?$")
_TRIP_FOLLOWS = re.compile(r"\s+(?:follows|comes\s+after|comes\s+on\s+the\s+heels\s+of|comes\s+in\s+the\s+wake\s+of)\b", re.I)
_FOLLOWS_TRIP = re.compile(r"\b(?:follows|followed|came\s+after|comes\s+after)\s+(?:a|an|the|his|her|their)\s+"
                           r"(?:[\w\-]+\s+){0,2}$", re.I)
_FOLLOWING_TRIP = re.compile(r"\b(?:following|after)\s+(?:a|an|the|his|her|their)\s+(?:[\w\-]+\s+){0,2}$", re.I)
_AHEAD_WORD = re.compile(r"\b(?:next|upcoming|coming|later|tomorrow|will)\b", re.I)
_YEAR_WHEN = re.compile(r"\b(?:in|since)\s+((?:19|20)\d\d),?\s+when\s+(?:[\w.'’\-]+\s+){0,10}$", re.I)
_DISPATCH_AHEAD = re.compile(r"sen(?:d|ds|ding)\b", re.I)
_TRIP_NOUN = re.compile(r"(?:state\s+|official\s+)?(visits?|trips?|tours?|journey)\b", re.I)
_PLAN_OBJECT = re.compile(r"\b(?:plans?|planning|is\s+preparing|are\s+preparing)\s+(?:an?|his|her|their)\s+"
                          r"(?:[\w\-]+\s+){0,2}$", re.I)


_BEEN_ALREADY = re.compile(r"(?:has|have|had)\s+already\s+been\s+in\b", re.I)


def visit_status(before: str, trigger: str, after: str, published: date | None, rest: str | None = None,
                 default: str | None = "completed") -> str | None:
    """Status of a visit from the words before and after its trigger (the trigger included);
    `rest` is the sentence after the trigger, for a trip framed by another clause. `default` is
    returned when no word decides (a bare past tense): callers that see several mentions of one
    trip pass None so that a mention that does decide can give the trip its status."""
    lead = before[-60:]
    close = f"{before[-40:]} {trigger} {after[:40]}"
    cancel_before = CANCELLED.search(before[-30:])
    if (cancel_before and not _CANCEL_FRAMED.search(before[-30:][cancel_before.end():])) or \
            _CANCELLED_AFTER.search(f"{trigger} {after[:30]}") or _CANCELLED_OBJECT.search(before[-90:]):
        return "cancelled"
    if _BEEN_ALREADY.match(trigger):
        return "completed"  # "The mission has already been in Congo and Rwanda": stops behind it
    if _ENDS_TODAY.search(close):
        return "ongoing"
    if re.search(r"\bhere$", trigger, re.I) and re.match(r"\s*(?:early\s+|later\s+)?today\b", after, re.I):
        return "ongoing"  # "will meet senior bankers here today": in the story's place the day it is filed
    if _BEGINS_NOW.search(lead) and not _LATER_START.search(f"{trigger} {after[:40]}"):
        return "ongoing"  # "BONN, April 2 - Antonov begins two days of economic talks in Bonn": the story's day
    if _DISPATCH_AHEAD.match(trigger):
        return "planned"  # "is sending Secretary Shultz to Moscow", "will send a delegation": not yet there
    trip_noun = _TRIP_NOUN.match(trigger)
    if trip_noun and _TRIP_FOLLOWS.match(after) and not _PAST_TIME.search(lead) and not PLANNED.search(lead[-30:]):
        # "Funaro's trip follows the decision by Brazil 10 days ago to suspend ...": the time words
        # after it date what the trip follows, not the trip
        return default
    if trip_noun and _FOLLOWS_TRIP.search(lead):
        return "completed"  # "the announcement follows a visit here this week by Secretary Baldrige": behind him
    if re.match(r"(?:visiting|touring)\b", trigger, re.I) and re.search(r"\bafter\s+$", lead, re.I) and \
            not _AHEAD_WORD.search(lead[-60:]) and not PLANNED.search(lead[-60:]):
        return "completed"  # "arrived home on Tuesday after visiting four ports in the United States": behind them
    if trip_noun and _FOLLOWING_TRIP.search(lead) and not _AHEAD_WORD.search(after[:70]):
        return "completed"  # "Egypt's role following the visit by the Israeli Prime Minister to Egypt": behind him
    if trip_noun and _RECENT_BEFORE.search(lead):
        return "completed"  # "the Prime Minister's recent trip to Poland": behind him
    year_when = _YEAR_WHEN.search(before[-90:])
    if year_when and published is not None and int(year_when.group(1)) < published.year:
        return "completed"  # "in 2003 when Chinese President Hu Jintao paid a state visit to the country"
    year_of_trip = _YEAR_OF_TRIP.search(before[-24:]) if trip_noun else None
    if year_of_trip and published is not None and int(year_of_trip.group(1)) != published.year:
        # "during his 2008 visit to the White House": the year names the trip
        return "completed" if int(year_of_trip.group(1)) < published.year else "planned"
    if _THERE_BEFORE_NEXT_LEG.search(lead) and _NEXT_LEG_SOON.search(f"{trigger} {(rest or after)[:130]}"):
        return "ongoing"  # "was in Indiana to visit farms prior to talks in Washington later this week"
    journey = _JOURNEY_TRIGGER.match(trigger)
    if journey and _STAY_THEN_BEFORE.search(before[-120:]):
        return "ongoing"  # "spent two days in Tanzania before heading on Friday evening to Mozambique": the next leg is under way
    if journey and _WEEKDAY.search(f"{trigger} {after[:25]}") and not re.search(r"\b(?:was|were)\s+$", lead):
        return "planned"  # "flying on Sunday to Tokyo": a journey on a day to come
    if trip_noun and trip_noun.group(1).lower() != "journey" and _RELATIVE_FUTURE.match(after):
        return "planned"  # "a state visit he will make to Britain later this month"
    if trip_noun and _PLAN_OBJECT.search(lead):
        return "planned"  # "said he plans a July trip to China": the plan's object is the trip
    past_trigger = bool(_PAST_TRIGGER.match(trigger)) and not re.search(
        r"\b(?:will|would|to|shall)\s+(?:have\s+)?$", lead, re.I)
    if _DEPARTS.match(trigger) and not _PAST_TIME.search(close):
        return "planned"
    if re.match(r"leaving\b", trigger, re.I) and re.search(r"\bbefore\s+$", lead, re.I) and not _PAST_TIME.search(close):
        return "planned"  # "told a press conference before leaving for Tokyo": the journey is still ahead
    if re.match(r"departure\b", trigger, re.I) and re.search(r"\b(?:before|ahead\s+of|prior\s+to)\s+(?:his|her|their|the)\s+$",
                                                            lead, re.I) and not _PAST_TIME.search(close) \
            and not _past_clause(before):
        return "planned"  # "Talking before his departure for Paris, he said": the journey is still ahead
    if re.search(r"\b(?:coincid(?:e|es|ed|ing)\s+with|timed\s+to\s+coincide\s+with)\s+(?:an?|the|his|her|their)\s+"
                 r"(?:[\w\-]+\s+){0,3}$", lead, re.I):
        return "ongoing"  # "an interview coinciding with a visit to London by King Fahd": under way
    if re.match(r"(?:spen[dt]|stay|visited|was\s+in|were\s+in)", trigger, re.I) and re.match(
            r"[^.;]{0,60}?\bbefore\s+(?:heading|leaving|flying|travel+ing|moving|going)\b", after):
        return "completed"  # "spent two days in Tanzania before heading on Friday to Mozambique"
    if re.search(r"\b(?:left|departed|set\s+off|set\s+out)\s+(?:[\w\-]+\s+){0,3}?for\s+(?:a|an|his|her|their)\s+"
                 r"(?:[\w\-]+\s+){0,2}$", lead, re.I) and re.match(r"(?:tour|trip|visit|swing)", trigger, re.I) and \
            not _LONG_PAST.search(close):
        # "he left Washington for a tour of Europe and talks in Britain, ...": the tour is under way
        # (GUIDELINES: "is on a tour of A and B"; readers of seeds 36 and 39 against seed 21's one)
        return "ongoing"
    if _AT_THE_END.search(lead):
        return "completed"  # "said at the end of a two-day visit to Mexico": the story reports its end
    span = _day_range(after[:60], published) or _day_range(before[-30:], published)
    if span is not None:
        first, last = span  # "traveled to Israel December 21-22": the trip's whole span is reported
        return "planned" if first > published else ("ongoing" if last > published else "completed")
    if re.match(r"(?:while|when|whilst)\s", trigger, re.I) and re.search(r"\b(?:has|have|is|are)\s+\w+", rest or after):
        return "ongoing"  # "while in New Delhi for the G20, President Biden has continued to ..."
    if re.search(r"\b(?:was|were)\s+invited\s+to\s+$", lead, re.I) and not _AHEAD_WORD.search(close):
        return "completed"  # "were invited to attend some of the sessions" of a meeting reported as held
    if re.match(r"(?:left|departed)\b", trigger, re.I) and re.match(r"\s*(?:\w+\s+){0,3}?for\b", after) and \
            not re.search(r"\b(?:will|would|to|shall)\s+(?:have\s+)?$", lead, re.I) and not _LONG_PAST.search(close):
        return "ongoing"  # "left at the weekend for the United States": on the way or there now
    if re.match(r"(?:talks|meeting|meetings|summit|conference)\b", trigger, re.I) and re.search(
            r"\bafter\s+(?:\w+\s+){0,2}$", lead, re.I) and not _STILL_THERE.search(f"{trigger} {rest or after}") and \
            not re.search(r"\b(?:told|tells|said|says|(?:made|gave|issued)\s+(?:the|these|those|his|her|their)\s+"
                          r"(?:remarks|comments|statement))\s+(?:\w+\s+){0,2}after\s+(?:an?\s+|the\s+)?$", lead, re.I):
        # ("told reporters after meeting Bush in Busan", "made the remarks after a meeting in Khartoum
        # yesterday": said there, just after it: not an earlier leg)
        return "completed"  # "on a visit to Malaysia after talks in Thailand": the earlier leg is over
    if re.search(r"\bafter\s+(?:a|an|his|her|their)\s+(?:\w+\s+)?stopover\s*$", f"{before} {trigger}", re.I):
        return "completed"  # "arrived last night after a brief stopover in Riyadh": that leg is over
    if re.search(r"\bfrom$", trigger, re.I) and (past_trigger or (
            re.match(r"return\s", trigger, re.I) and re.search(r"\b(?:on|upon)\s+(?:(?:his|her|their|its)\s+)?$", lead, re.I))):
        return "completed"  # "arrived from Helsinki", "said on return from Belgrade": that place is behind them
    if _STARTS.search(lead) and not re.search(r"\btoday\b", close, re.I):
        return "planned"  # "starts a week-long visit to Washington on Sunday"
    if re.search(r"\b(?:which|that)\s+(?:also\s+)?includes?\b|\bwill\s+(?:also\s+)?take\s+(?:him|her|them)\s+to|"
                 r"\bwill\s+also\s+visit", f"{trigger} {after[:90]}", re.I) and not _LONG_PAST.search(close):
        return "planned"  # "opening a Latin American tour which includes Bolivia": legs still ahead
    if re.search(r"\b(?:is|was|are|were)\s+(?:still\s+)?(?:under\s+consideration|being\s+considered)\b",
                 f"{trigger} {after[:110]}", re.I):  # "a visit to Moscow by Shultz ... was under consideration"
        return "planned"
    if published is not None and published.weekday() == 6 and re.search(r"\bthis\s+week\b", close, re.I) and \
            not _PAST_TIME.search(close) and not COMPLETED.search(lead[-40:]) and not _HAS_DONE.search(lead[-30:]) \
            and not _PAST_TRIGGER.match(trigger) and not re.search(r"\b(?:was|were|had)\b", close, re.I):
        return "planned"  # "during Chirac's first official visit this week" in a Sunday story: the week ahead
    if re.search(r"\bthis\s+(?:weekend|week)(?:['’]s)?\b", close, re.I) and not PLANNED.search(lead[-45:]) and \
            not _PAST_TIME.search(close) and \
            not COMPLETED.search(lead[-40:]) and not _HAS_DONE.search(lead[-30:]) and \
            not re.search(r"\b(?:next|coming|upcoming)\b", close, re.I):
        return "ongoing"  # "at this weekend meeting in central Japan": reported while it lasts
    if _INVITATION_TO.search(lead) and not past_trigger:
        # "Reagan's invitation to Gorbachev to visit the United States, made at their first summit in
        # Geneva in November, 1985, was still on the table": the date is the invitation's; the trip is ahead
        return "planned"
    dated_when = _DATE_WHEN.search(before[-120:])
    if dated_when and published is not None:
        # "before April 19, when LDP General Council Chairman Shintaro Abe visits Washington"
        when = mentioned_date(dated_when.group(), published)
        if when is not None and when[1]:
            return "planned" if when[0] > published else ("ongoing" if (published - when[0]).days <= 1 else "completed")
    if published is not None and published.weekday() <= 3 and _LAST_WEEKEND.search(close) and (
            past_trigger or re.search(r"\b(?:paid|made|spent)\s+(?:[\w\-]+\s+){0,3}$", lead, re.I)):
        return "completed"  # "paid a brief weekend visit to the Ivory Coast" in a Monday story: the weekend is over
    if _HAS_DONE.search(lead[-25:] + trigger) and _OPENED_TRIP.search(f"{before} {trigger} {rest or after}"):
        return "ongoing"  # "has visited Kenya's biggest shantytown as he opened a week-long visit to Africa"
    if re.match(r"attending\b", trigger, re.I) and re.search(r"[A-Za-z],\s*$", lead) and not _PAST_TIME.search(close) \
            and not PLANNED.search(lead[-45:]):
        return "ongoing"  # "Subroto, attending a Pacific Energy Cooperation conference, blamed ...": there as reported
    if re.match(r"attending\b", trigger, re.I) and re.search(r"\b(?:is|are)\s+(?:among\s+)?(?:[\w\-]+\s+){0,12}$", before, re.I) \
            and not PLANNED.search(lead[-60:]):
        return "ongoing"  # "X and Y are among the more than 20 leaders attending the meeting"
    if _UNDER_WAY.search(lead) or (re.match(r"visiting", trigger, re.I) and re.search(r"(?:,|\b(?:is|are))\s*$", lead)):
        return "ongoing"  # "on the first day of an official visit", "X, visiting the UAE on a Gulf tour,"
    if re.match(r"arrival\b", trigger, re.I) and re.search(r"\b(?:upon|on)\s+(?:his|her|their)?\s*$", lead, re.I) and \
            not _PAST_TIME.search(close) and not _LONG_PAST.search(close):
        return "ongoing"  # "said Tuesday upon arrival in Beijing": there as the story is told
    if _WHEN_PRESENT.search(lead) and re.match(r"(?:visits|travels|comes|arrives|goes)\b", trigger, re.I) and \
            not _PAST_TIME.search(close):
        return "planned"  # "looks forward to seeing Prime Minister Chinh when he visits the United States": ahead
    if (trip_noun and _WHILE_IT_LASTS.search(lead) or _ARRIVED.match(trigger) and ON_A_LEG_AFTER.match(after)) \
            and not _PAST_TIME.search(close) and not _LONG_PAST.search(close):
        # "Speaking on a visit to Japan, King Abdullah said", "On the occasion of President X's visit to
        # France, the United States is taking steps", "flew to Italy on the second and final leg of a
        # European visit": there as the story is told
        return "ongoing"
    if _PRESENT_TRIGGER.match(trigger) and re.search(r"\b(?:next\s+(?:week|month)|tomorrow|later\s+this)\b",
                                                     after[:80], re.I):
        return "planned"  # "when he is in Washington for the IMF meeting next week"
    if _PRESENT_TRIGGER.match(trigger) and not PLANNED.search(lead[-30:]):
        return "ongoing"  # "who is in Rome today, will fly to Tokyo on Sunday"
    if _FRAMING_NOUN.search(lead) and re.search(r"\b(?:has|have)\s+(?:\w+\s+)?(?:said|told|warned|called|urged)\s+"
                                                r"(?:[\w\-]+\s+){0,3}$", lead, re.I):
        return "ongoing"  # "President Musharraf has said during a visit to Britain": said there, now
    frame = _FRAMING_NOUN.search(lead)
    done = _DONE_BEFORE_FRAME.search(lead, 0, frame.start()) if frame else None
    if done and not re.search(r"\b(?:be|to|will|would|shall|expected|due)\s+(?:\w+\s+)?$", lead[:done.start()], re.I):
        # "the loan, agreed during a visit here this week by ...": what the trip produced is done
        return "ongoing" if re.search(r"\b(?:this\s+week|today)\b", close, re.I) else "completed"
    if _FRAMING_NOUN.search(lead) and _MAIN_FUTURE.search((rest or after)[:220]) and not past_trigger:
        return "planned"
    if _FRAMING_NOUN.search(lead) and _past_clause(before):
        return "completed"  # "the fund was proposed by Ongpin during a trip to the United States": done then
    if re.match(r"return\w*\s+from\b", trigger, re.I) and re.search(r"\bafter\s+$", lead, re.I):
        # "is expected to hold a press conference today after returning from Washington": whatever
        # lies ahead, the stay there is behind
        return "completed"
    # a modal or plan word governing the trip: "will visit", "plans to travel", "upcoming trip"
    plan = PLANNED.search(lead[-45:])
    if plan and plan.group().lower().startswith("propos") and _PROPOSED_VERB.search(lead[-45:]):
        plan = None  # "Ongpin proposed the fund during a trip ... last September": a verb of the past, not "a proposed trip"
    if not past_trigger and (plan or PLANNED.search(trigger)):
        return "planned"
    if re.search(r"[A-Za-z],\s*$", lead) and re.match(r"(?:heading|travel+ing|flying|en\s+route)\b", trigger, re.I) \
            and not _PAST_TIME.search(close):
        return "ongoing"  # "Shultz, travelling to China for a week-long visit, refused to comment": on the way
    if re.search(r"\b(?:was|were)\s+$", lead) and re.match(r"(?:heading|travel+ing|flying|going|returning|visiting|"
                                                         r"touring)\b", trigger, re.I) and not _PAST_TIME.search(close):
        return "ongoing"  # "was heading for Washington", "was visiting the West Bank": under way when reported
    # (a "since" clause dates something else: "his first visit to Britain since he assumed power in June 1982")
    window = f"{trigger} {after[:90]}"
    since = _SINCE.search(window)
    # the time said nearest the trip is the trip's: in "arrived on Monday to review the plan launched in
    # July" the month dates the plan (the weekday decides below)
    weekday = _WEEKDAY.search(window)
    cut = min(since.start() if since else len(window), weekday.start() if weekday else len(window))
    when = mentioned_date(window[:cut], published)  # "met on March 30 and 31 in Brussels"
    if when and published:
        day, has_day = when
        if has_day:
            if day > published:
                return "planned"
            if (published - day).days <= 1:
                return "ongoing"
            return "completed"
        if (day.year, day.month) > (published.year, published.month):
            if _past_clause(before):
                return "completed"  # "was proposed by Ongpin during a trip to the U.S. in September": last year's
            return "planned"
        if (day.year, day.month) < (published.year, published.month):
            return "completed"
    if re.search(r"\b(?:upcoming|planned|forthcoming|proposed|next|tomorrow|possible|potential|prospective|"
                 r"later\s+this\s+(?:week|month|year))\b", close, re.I):
        return "planned"
    if _PAST_TIME.search(close):
        return "completed"
    year = _IN_YEAR.search(close)
    if year and published:
        if int(year.group(1)) < published.year:
            return "completed"
        if int(year.group(1)) > published.year:
            return "planned"
    if not _END_REPORTED.search(close):
        weekday = _weekday_status(f"{before[-25:]} {trigger} {after[:40]}", past_trigger or not PLANNED.search(close))
        if weekday:
            return weekday
    if past_trigger and re.match(r"visited|toured|returned", trigger, re.I):
        return "completed"
    if ONGOING.search(f"{lead} {trigger}") or ONGOING.search(after[:40]):
        return "ongoing"
    if _ENDED.search(lead[-30:]) or _ENDED.search(trigger) or _ENDED.search(after[:60]):
        return "completed"
    if COMPLETED.search(lead) or COMPLETED.search(trigger) or COMPLETED.search(after[:60]):
        # a bare past tense ("met", "held talks") says the meeting happened, not that the trip is
        # over: completed unless another mention of the trip says how it stands
        return default
    if PLANNED.search(close):
        return "planned"
    return default


# The time words of a clause with no travel word (the learned reader's pairs, visits._learned):
# a date or a relative time says where the trip stands; nothing else is read into the tense.
_CLAUSE_AHEAD = re.compile(
    r"\b(?:next|tomorrow|upcoming|coming|forthcoming|within\s+(?:a|one|two|three|four|\d+)\s+(?:days?|weeks?|"
    r"months?)|should\s+be|resumes?|reopens?|reconvenes?|starts?|begins?|opens?)\b", re.I)
_CLAUSE_BEHIND = re.compile(
    r"\b(?:last\s+(?:week|weekend|month|year|[a-z]+day)|ago|earlier\s+this|in\s+the\s+past\s+(?:week|month|"
    r"few\s+days)|previous|previously|recently|recent|returned|earlier|"
    # the pluperfect: "Stoltenberg had said in Paris that ..."
    # (not "said he had made progress in talks with ...": a result reported, the visitor still there)
    r"had\s+(?:already\s+|earlier\s+|previously\s+)?(?:been|said|met|told|spoken|visited|gone|travel+ed))\b",
    re.I)
_A_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_CLAUSE_NOW = re.compile(r"\b(?:today|tonight|now|currently|this\s+week|under\s+way|(?:is|are)\s+(?:in|at|here))\b",
                         re.I)
# a departure reported: the trip is under way, whatever is planned for the place ("said she would push for
# closer cooperation as she left here for the summit in Hanoi")
_DEPARTED = re.compile(r"\b(?:(?:left|departed)\s+(?:here\s+|[A-Z][\w\-]+\s+)?for|en\s+route\s+to|"
                       r"on\s+(?:his|her|their|its)\s+way\s+to)\b", re.I)
# "..., reported the Yonhap News Agency on Wednesday": the time of the report, not of the trip
# (a short tail only: "..., said that the President would attend the summit in Venice" is the trip itself;
# and only of a whole sentence: in the clause that places a trip, "X said on Tuesday after a visit to
# Beijing" holds the place)
_ATTRIBUTION_TAIL = re.compile(r"[,;]\s*(?:(?:the\s+)?[\w\-.'’]+\s+){0,6}?(?:said|says|reported|reports|told|announced|"
                               r"according\s+to|quoted)\b[^,;]{0,60}$", re.I | re.S)


# the words of a day that date a whole sentence, whatever clause holds them ("Today, X ... met Y ... in
# New Delhi"); not "now", which is as often the present of something else ("the pledge now has 157 members")
# the talks in progress: "The debt talks in New York are being headed by X and are expected to last for
# several days" (their length is expected, not their start)
_BEING_HELD = re.compile(r"\b(?:is|are)\s+being\s+(?:held|headed|led|conducted|hosted|chaired)\b", re.I)
_SENTENCE_NOW = re.compile(r"\b(?:today|tonight|this\s+week)\b", re.I)


def sentence_status(sentence: str, published: date | None, modal: bool = True) -> str | None:
    """clause_status of a whole sentence, less the attribution that closes it. Without `modal`, only its
    dates and words of a day count: the will/would/to of a sentence are as often those of what is said
    at the place as of the trip ("had said in Paris that the reform would be introduced next year")."""
    return clause_status(_ATTRIBUTION_TAIL.sub("", sentence), published, modal)


def clause_status(window: str, published: date | None, modal: bool = True) -> str | None:
    """Status of a trip from the time words of the clause that places it, or None: a date more than a
    week before publication or a word of the past is completed (GUIDELINES), a date after it or a word
    of the future or a plan (PLANNED: "to hold", "asked ... to travel", "invited") planned, a date
    within the week or "today" under way."""
    span = _day_range(window, published)
    if span is not None:
        first, last = span  # "talks ... March 23-25 in Riyadh": the span says where it stands
        return "planned" if first > published else ("ongoing" if last > published else "completed")
    dated = mentioned_date(window, published)
    if dated is not None and published is not None:
        day, has_day = dated
        if day > published if has_day else (day.year, day.month) > (published.year, published.month):
            return "planned"
        if (published - day).days > 7 if has_day else (day.year, day.month) < (published.year, published.month):
            return "completed"
        if has_day:
            return "ongoing"  # a day of the story's week: "hosted ... at the White House on August 23"
    year = _A_YEAR.search(window)
    if year and published is not None and int(year.group(1)) < published.year:
        return "completed"
    if _CLAUSE_BEHIND.search(window):
        return "completed"
    if not modal:
        return "ongoing" if _SENTENCE_NOW.search(window) else None
    if _DEPARTED.search(window) or _BEING_HELD.search(window):
        return "ongoing"
    if _CLAUSE_AHEAD.search(window) or PLANNED.search(window):
        return "planned"
    if _CLAUSE_NOW.search(window):
        return "ongoing"
    weekday = _WEEKDAY.search(window)
    if weekday and published is not None:
        back = days_back(weekday.group(), published)
        if back is not None:
            return "ongoing" if back <= 1 else "completed"
    return None
