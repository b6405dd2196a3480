"""Case-insensitive patterns run on lower-cased text match exactly where IGNORECASE would, and the
gazetteer's Rust scan finds exactly the keys of the pyahocorasick longest-match scan."""

import pytest

from dagster_project.extraction import documents, trade_energy, visits
from dagster_project.extraction.entities import gazetteer
from dagster_project.extraction.patterns import Caseless, lower_literals, lowered
from dagster_project.extraction.pipeline import chunk_sizes

TEXTS = [
    "Russian exports of LNG rose; OPEC said crude Oil and natural gas prices fell. President Xi Will VISIT Beijing.",
    "The Trade Representative met in Geneva. A $240 billion deal, 38 BCM of Gas and 510,000 Tons of coal.",
    "İstanbul hosts the İİ talks: Erdoğan will welcome Putin. US$5 mln in tariffs.",  # lower() changes length
    "Memorandum of Understanding signed; MOUs and a Joint Statement were issued in Hanoi.",
]


def test_lower_literals_keeps_escapes_and_group_names():
    assert lower_literals(r"(?P<Name>US\$)\S+\B(?P=Name)[A-Z]") == r"(?P<Name>us\$)\S+\B(?P=Name)[a-z]"
    assert lower_literals(r"\bOPEC\s+(?<!Gas\s)X\d") == r"\bopec\s+(?<!gas\s)x\d"


@pytest.mark.parametrize("pattern", [k[2] for k in trade_energy.KEYS] + [visits.TRIGGER])
def test_caseless_matches_where_ignorecase_does(pattern: Caseless):
    for text in TEXTS:
        want = [(m.start(), m.end(), m.lastgroup) for m in pattern.ignorecase.finditer(text)]
        got = [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(text, lowered(text))]
        assert got == want, text


def test_lowered_refuses_text_whose_length_changes():
    assert lowered("Ankara") == "ankara"
    assert lowered("İstanbul") is None  # "i̇stanbul": one character more
    hits = list(Caseless(r"\bistanbul\b").finditer("İstanbul and ISTANBUL", None))
    assert [m.start() for m in hits] == [0, 13]


def test_amount_keeps_the_text_as_written():
    assert trade_energy.amount_in("Trade reached US$240 Billion last year.") == (240e9, "usd", "US$240 Billion")
    assert trade_energy.amount_in("İİ shipped 38 BCM of gas.") == (38.0, "bcm", "38 BCM")


def test_vectorized_prefilters_pass_every_sentence_the_python_patterns_match():
    import polars as pl

    frame = pl.DataFrame({"lower": [t.lower() for t in TEXTS]})
    hits = frame.select(v=pl.col("lower").str.contains(visits._TRIGGER_RS),
                        d=pl.col("lower").str.contains(documents._DOC_NOUN_RS))
    for text, v, d in zip(TEXTS, hits["v"], hits["d"]):
        assert v or not any(visits.TRIGGER.finditer(text, lowered(text)))
        assert d or not any(documents._LOWER_NOUNS.finditer(text, lowered(text)))
    assert hits["v"].sum() >= 3 and hits["d"].sum() >= 2


def test_gazetteer_scan_equals_longest_match_scan():
    gaz = gazetteer()
    for text in TEXTS + ["Nord Stream pipelines and the Power of Siberia pipeline; New York City, Yorkshire."]:
        rust = [(s, e) for _, s, e in gaz.scanner.find_matches_as_indexes(text)]
        python = [(end - hit[0] + 1, end + 1) for end, hit in gaz.automaton.iter_long(text)]
        assert rust == python


def test_chunk_sizes_shrink_towards_the_end():
    assert chunk_sizes(0, 2000, 2) == []
    assert chunk_sizes(100, 2000, 2) == [100]
    assert chunk_sizes(500, 2000, 2) == [250, 250]  # two workers share even a small batch
    assert chunk_sizes(5000, 2000, 1) == [2000, 2000, 1000]
    sizes = chunk_sizes(20_000, 2000, 2)
    assert sum(sizes) == 20_000 and sizes[0] == 2000 and sizes[-2] == 250
    assert all(a >= b for a, b in zip(sizes, sizes[1:]))


def test_every_trade_pattern_match_holds_one_of_its_literals_at_a_word_start():
    # mentions_for_article runs a KEYS pattern only where one of its literals starts a word
    texts = TEXTS + [
        "Antidumping duties and anti-dumping probes; re-exports rose; 500 megawatts, 3 kilowatt-hours.",
        "A duty-free zone, import quotas, trading partners, an asset freeze and the Entity List.",
        "Offshore wind, hydroelectric dams, coking coal, coal-fired plants, oilfields and LPG.",
    ]
    literals = trade_energy._literal_automaton()
    seen = 0
    for text in texts:
        low = lowered(text)
        if low is None:
            continue
        for idx, (_cat, _com, pattern, _strong) in enumerate(trade_energy.KEYS):
            for m in pattern.finditer(text, low):
                seen += 1
                assert idx in trade_energy._patterns_present(literals, low, m.start(), m.end()), m.group()
    assert seen > 20


def test_title_and_honorific_words_are_letters_only():
    # patterns.matches_from relies on it: a word found inside another never hides one at a word start
    from dagster_project.extraction import actors

    assert all(w.isalpha() for w in actors._TITLE_STARTS + actors._HONORIFICS)


def test_split_trigger_prefilter_matches_where_the_whole_does():
    import polars as pl

    from dagster_project.extraction.patterns import alternatives, split_word_alternation

    assert alternatives(r"a|(b|c)|[|(]d|\|e") == ["a", "(b|c)", "[|(]d", r"\|e"]
    parts = visits._TRIGGER_RS_PARTS
    assert len(parts) > 1 and all("{" not in p for p in parts[:1])
    assert split_word_alternation(r"\bfoo\b") == [r"\bfoo\b"]
    sentences = [t.lower() for t in TEXTS] + [
        "the ministers met on monday with officials of the bank in geneva", "he will attend the summit",
        "departure of the delegation for canberra", "they signed three accords in hanoi", "nothing here",
        "the funeral of the late king in amman", "meeting at the un", "a trip", "she told the assembly in",
        "talks in", "meets leaders, ministers in", "summit next week in rome", "arrived here today"]
    frame = pl.DataFrame({"lower": sentences})
    got = frame.select(pl.any_horizontal(*(pl.col("lower").str.contains(p) for p in parts)))[:, 0]
    want = frame.select(pl.col("lower").str.contains(visits._TRIGGER_RS))[:, 0]
    assert got.to_list() == want.to_list()
    assert sum(want) >= 12


def test_the_trade_prefilter_without_word_boundaries_matches_where_the_original_does():
    import polars as pl

    from dagster_project.extraction.patterns import without_word_boundaries

    # every character before and after a word: a word character (ASCII or not) blocks it alike
    sentences = [t.lower() for t in TEXTS] + [f"{chr(c)}oil{chr(d)} x" for c in range(0, 0x3000, 5)
                                              for d in (32, 0xE9, 0x4E00, 0x2019)] + \
        [f"x gas{chr(c)}" for c in range(0, 0x3000, 3)] + [f"bans{chr(c)}" for c in range(0, 0x3000, 3)]
    frame = pl.DataFrame({"lower": sentences})
    got = frame.select(pl.col("lower").str.contains(trade_energy._PREFILTER_RS))[:, 0]
    want = frame.select(pl.col("lower").str.contains(trade_energy.PREFILTER))[:, 0]
    assert got.to_list() == want.to_list() and 0 < sum(want) < len(sentences)
    assert without_word_boundaries(r"\b(?:bans?\b|oil)") == r"(?:^|\W)(?:bans?(?:\W|$)|oil)"
    for unsupported in (r"\b(?:(?:a|b)c)", r"\b(?:\sx)", r"\b(?:a\bb)", r"\b(?:a)\b", r"\b(?:a)|(?:b)"):
        with pytest.raises(ValueError):
            without_word_boundaries(unsupported)

def test_ignorecase_equals_lower_case_matching_but_for_the_fold_exceptions():
    """patterns.Folded relies on it: for every character whose lower case is one character, an
    IGNORECASE letter, letter range or class matches it exactly where the lower-cased pattern
    matches its lower case, except the characters of _FOLD_EXCEPTIONS."""
    import re

    from dagster_project.extraction.patterns import _FOLD_EXCEPTIONS

    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF and len(chr(c).lower()) == 1]
    text = "".join(chars)  # every such character once, and below the same with each lower-cased
    low = "".join(c.lower() for c in chars)
    odd = set()
    tests = [(letter, re.I) for letter in "abcdefghijklmnopqrstuvwxyzé"] + [
        (r"[a-zà-ÿ]", re.I), (r"[^a-z]", re.I), (r"\w", 0), (r"\d", 0), (r"\s", 0), (r"\b", 0)]
    for pattern, flags in tests:
        want = {m.start() for m in re.finditer(pattern, text, flags)}
        got = {m.start() for m in re.finditer(pattern.lower() if flags else pattern, low)}
        odd |= {chars[i] for i in want ^ got if i < len(chars)}
    assert odd == set(_FOLD_EXCEPTIONS)


WORD_LED_TEXTS = TEXTS + [
    "Its main suppliers were Canada and Australia; other buyers, mainly Japan, bought from the EC.",
    "MAIN BUYERS: Egypt. The top two customers and their biggest rivals; a stop supplier, another market.",
    "Oman imported crude from Iran and purchased_ wheat from France; reimported goods from Chile; "
    "it buys grain. from Canada, and buying from the United States.",
    "_bought from Brazil; rebought from Peru. The chiefly traditional markets of the region",
]


@pytest.mark.parametrize("pattern", [trade_energy._PARTNER_ROLE, trade_energy._BOUGHT_FROM])
def test_word_led_scan_finds_what_the_whole_pattern_finds(pattern):
    for text in WORD_LED_TEXTS:
        want = [m.span() for m in pattern.pattern.finditer(text)]
        assert [m.span() for m in pattern.finditer(text, lowered(text))] == want, text
        assert [m.span() for m in pattern.finditer(text, None)] == want, text
    # (the texts do hold matches: the test would pass on an empty scan otherwise)
    assert any(pattern.pattern.search(t) for t in WORD_LED_TEXTS)


def test_folded_pattern_answers_as_ignorecase():
    import re

    from dagster_project.extraction.patterns import Folded, folded

    pattern = re.compile(r"\b(?:supply|[A-Z]il\s+prices?|gas)\b", re.I)
    fold = Folded(pattern)
    for text in TEXTS + ["OIL PRICES", "Gas", "ſupply and dıl prices", "no", "İİ gas"]:
        assert fold.test(text) == bool(pattern.search(text)), text
    assert folded("Kılıç") is None and folded("İzmir") is None and folded("Oil") == "oil"
    with pytest.raises(ValueError):
        Folded(re.compile(r"(?-i:May)\b", re.I))


def test_required_literals():
    from dagster_project.extraction.patterns import required_literals

    assert required_literals(r"\bshould\s+(?:visit|travel|go)\b|\bif\s+(?:he|she)\s+(?:visit|travel)") == (
        "should", "travel", "visit")
    assert required_literals(r"(?:a|b)c+d*") == ("c",)
    assert required_literals(r"\bfoo(?:bar)?") == ("foo",)
    assert required_literals(r"x?|y") is None  # a branch that needs nothing
    assert required_literals(r"(?i:abc)") is None and required_literals(r"[a-z]+") is None


def test_required_literals_are_in_every_match():
    """Every match of every Caseless and Folded pattern of the extractors holds one of the
    strings its pre-test asks for (on the sentences of TEXTS and of these rules' own tests)."""

    from dagster_project.extraction import actors, article, timing
    from dagster_project.extraction.patterns import Caseless, Folded, required_literals

    texts = [t.lower() for t in TEXTS] + [
        "he should visit paris", "if they travel", "food prices rose", "housing and energy costs",
        "methane emissions", "executive order", "a good deal for", "private visit", "non-oil exports"]
    checked = 0
    for module in (visits, documents, trade_energy, actors, article, timing):
        objects = [v for v in vars(module).values() if isinstance(v, (Caseless, Folded))]
        objects += [k[2] for k in getattr(module, "KEYS", [])]
        for obj in objects:
            needs = required_literals(obj.lowercase.pattern)
            if needs is None:
                continue
            for text in texts:
                for m in obj.lowercase.finditer(text):
                    assert any(n in m.group() for n in needs), (obj.lowercase.pattern[:60], m.group())
            checked += 1
    assert checked >= 10
