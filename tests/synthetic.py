"""A synthetic news text of any length, for the long-article test and benchmark (issue 13 item 4).

Sentences written for this purpose (no corpus text) from templates that exercise every extractor:
titled and bare names, surnames and pronouns that refer back, trips with and without a place
("arrived here"), meetings, signed and planned documents and definite mentions of them, trade,
energy and sanctions words with amounts, datelines and paragraph breaks. The fillers rotate with
different periods, so the text does not repeat one paragraph: the further it goes, the more
combinations it holds, as a long real text would.
"""

from __future__ import annotations

LEADERS = [  # (title and name, surname, country word, capital)
    ("President Joe Biden", "Biden", "American", "Washington"),
    ("Prime Minister Fumio Kishida", "Kishida", "Japanese", "Tokyo"),
    ("Chancellor Olaf Scholz", "Scholz", "German", "Berlin"),
    ("President Emmanuel Macron", "Macron", "French", "Paris"),
    ("Prime Minister Narendra Modi", "Modi", "Indian", "New Delhi"),
    ("President Xi Jinping", "Xi", "Chinese", "Beijing"),
    ("President Vladimir Putin", "Putin", "Russian", "Moscow"),
    ("Prime Minister Justin Trudeau", "Trudeau", "Canadian", "Ottawa"),
    ("President Luiz Inacio Lula da Silva", "Lula", "Brazilian", "Brasilia"),
    ("Foreign Minister Sergei Lavrov", "Lavrov", "Russian", "Moscow"),
    ("Nigerian Oil Minister Rilwanu Lukman", "Lukman", "Nigerian", "Lagos"),
    ("Saudi Oil Minister Hisham Nazer", "Nazer", "Saudi", "Riyadh"),
]
COUNTRIES = ["Japan", "Germany", "France", "India", "China", "Brazil", "Canada", "Kenya", "Egypt", "Mexico",
             "Indonesia", "Turkey", "Norway", "Chile", "Vietnam", "Poland", "Nigeria", "Australia", "Peru"]
CITIES = ["Tokyo", "Berlin", "Paris", "New Delhi", "Beijing", "Nairobi", "Cairo", "Jakarta", "Ankara", "Oslo",
          "Santiago", "Hanoi", "Warsaw", "Lagos", "Canberra", "Lima", "Vienna", "Geneva", "Brussels"]
COMMODITIES = ["crude oil", "natural gas", "liquefied natural gas", "coal", "wheat", "steel", "electricity",
               "soybeans", "uranium", "copper"]
MONTHS = ["January", "February", "March", "April", "June", "July", "September", "October", "November"]
DOCS = ["a memorandum of understanding on energy cooperation", "a trade agreement", "a joint statement",
        "an agreement on visa rules", "a treaty on border demarcation", "a contract for gas supplies",
        "a framework agreement on investment", "an accord on fisheries"]

TEMPLATES = [
    "{leader} will visit {country} next week for talks with {leader2} on trade and security.",
    "{surname} arrived here today for a two-day official visit, the foreign ministry said.",
    "He met {leader2} in {city} on {month} {day} and the two sides signed {doc}.",
    "The {demonym} delegation left for {city} after the talks, officials said.",
    "{country}'s exports of {commodity} to {country2} rose {pct} pct to {amount} billion dlrs in {month}, "
    "the trade ministry said.",
    "Mr {surname} told reporters in {city} that the agreement would be signed in {month}.",
    "The two countries also agreed to expand cooperation in {commodity}, agriculture and tourism, and to "
    "hold the next round of talks in {city2}.",
    "{country2} imposed sanctions on {country} over the dispute, banning imports of {commodity}.",
    "Output of {commodity} at the state company rose to {amount} million tonnes, up {pct} pct from a year ago.",
    "OPEC ministers met in Vienna and agreed to keep crude oil output at {amount} million barrels per day.",
    "{leader} and {leader2} issued a joint statement after their meeting at the summit in {city}.",
    "The agreement, which was signed last year, will be reviewed when the ministers meet in {city2}.",
    "{surname} is expected to travel to {country2} in {month} to sign {doc}.",
    "{city} -- The {demonym} trade minister said on {weekday} that tariffs on {commodity} would be cut "
    "by {pct} pct.",
    "During his visit to {country}, {surname} will also meet business leaders and visit a power plant.",
    "Officials said the deal, worth {amount} billion dollars, covers {commodity} deliveries until {year}.",
    "\n",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def sentence(i: int) -> str:
    """The i-th sentence of the synthetic text (every filler rotates with its own period)."""
    t = TEMPLATES[i % len(TEMPLATES)]
    if t == "\n":
        return "\n"
    lead = LEADERS[(i // 3) % len(LEADERS)]
    other = LEADERS[(i // 7 + 5) % len(LEADERS)]
    if other[1] == lead[1]:
        other = LEADERS[(i // 7 + 6) % len(LEADERS)]
    return t.format(
        leader=lead[0], surname=lead[1], demonym=lead[2], leader2=other[0],
        country=COUNTRIES[(i // 2) % len(COUNTRIES)], country2=COUNTRIES[(i // 5 + 3) % len(COUNTRIES)],
        city=CITIES[(i // 4) % len(CITIES)], city2=CITIES[(i // 11 + 7) % len(CITIES)],
        commodity=COMMODITIES[(i // 3) % len(COMMODITIES)], doc=DOCS[(i // 13) % len(DOCS)],
        month=MONTHS[(i // 17) % len(MONTHS)], day=1 + i % 27, weekday=WEEKDAYS[i % len(WEEKDAYS)],
        pct=1 + i % 19, amount=f"{1 + i % 9}.{i % 10}", year=2025 + i % 9,
    )


def long_text(n_chars: int) -> str:
    """About n_chars characters of synthetic news text (sentences joined by spaces, paragraphs
    by blank lines)."""
    parts: list[str] = []
    size = 0
    i = 0
    while size < n_chars:
        s = sentence(i)
        piece = "\n\n" if s == "\n" else s + " "
        parts.append(piece)
        size += len(piece)
        i += 1
    return "".join(parts).strip() + "\n"
