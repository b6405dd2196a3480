"""Extraction of one long article grows linearly with its text (issue 13 item 4), measured by
counting work, never by timing: the characters the extraction regexes scan, the characters the
trade automaton reads, the documents an earlier mention is compared with, the calls of the
per-article helpers. A text twice as long must cost (nearly) twice as much of each."""

import re
from datetime import datetime

import polars as pl
import pytest
from synthetic import long_text

from dagster_project.extraction import (
    actors,
    article,
    documents,
    entities,
    patterns,
    pipeline,
    timing,
    trade_energy,
    visits,
)
from dagster_project.extraction.sentences import sentences_frame

MODULES = (visits, documents, trade_energy, timing, actors, article)
SCANS = ("search", "finditer", "findall", "sub", "split")  # a match or fullmatch reads a few characters


class _Counted:
    """A compiled pattern that adds the characters each scan can read to a counter."""

    def __init__(self, pattern: re.Pattern, counter: dict):
        self._pattern, self._counter = pattern, counter

    def __getattr__(self, name):
        attr = getattr(self._pattern, name)
        if name not in SCANS:
            return attr

        def scan(string, *args, **kwargs):
            if name in ("search", "finditer", "findall"):
                pos = args[0] if args else kwargs.get("pos", 0)
                end = args[1] if len(args) > 1 else kwargs.get("endpos", len(string))
                self._counter["regex"] += max(0, min(end, len(string)) - pos)
            else:
                self._counter["regex"] += len(args[0]) if args else 0
            return attr(string, *args, **kwargs)

        return scan


def _article(text: str) -> pl.DataFrame:
    return pl.DataFrame({"article_id": ["long"], "title": ["Leaders meet on trade and energy"], "text": [text],
                         "published_at": [datetime(2024, 3, 10)], "source": ["Reuters"]},
                        schema={"article_id": pl.String, "title": pl.String, "text": pl.String,
                                "published_at": pl.Datetime("us", "UTC"), "source": pl.String})


def _work(text: str, monkeypatch) -> dict:
    counter = {"regex": 0, "automaton": 0, "compared": 0, "city": 0, "countries": 0, "sentences": 0}
    with monkeypatch.context() as mp:
        for module in MODULES:
            for name, value in list(vars(module).items()):
                if isinstance(value, re.Pattern):
                    mp.setattr(module, name, _Counted(value, counter))
        caseless = patterns.Caseless.finditer

        def caseless_finditer(self, text, lower, pos=0, endpos=None):
            counter["regex"] += (len(text) if endpos is None else endpos) - pos
            return caseless(self, text, lower, pos, endpos)

        mp.setattr(patterns.Caseless, "finditer", caseless_finditer)
        present = trade_energy._patterns_present

        def patterns_present(literals, lower, start, end):
            reads = []

            class Reader:  # what the automaton is given to read (with bounds, it converts all of it)
                def iter(self, string, *bounds):
                    reads.append(len(string))
                    return literals.iter(string, *bounds)

            found = present(Reader(), lower, start, end)
            counter["automaton"] += sum(reads)
            return found

        mp.setattr(trade_energy, "_patterns_present", patterns_present)
        same = documents._same_document

        def same_document(d, merged, first=0):
            counter["compared"] += len(merged) - first
            return same(d, merged, first)

        mp.setattr(documents, "_same_document", same_document)
        # a window shorter than these texts, so that it is what bounds the comparisons here
        mp.setattr(documents, "SAME_DOCUMENT_WINDOW", 20_000)
        for name, key in (("_most_named_city", "city"), ("_countries_of_article", "countries")):
            module = visits if name == "_most_named_city" else trade_energy
            original = getattr(module, name)

            def once(art, _original=original, _key=key):
                counter[_key] += 1
                return _original(art)

            mp.setattr(module, name, once)
        arts = _article(text)
        sentences = sentences_frame(arts)
        counter["sentences"] = sentences.height
        tables = pipeline.extract_facts(arts, sentences)
    counter["rows"] = {k: v.height for k, v in tables.items()}
    return counter


@pytest.fixture(scope="module")
def texts():
    return long_text(60_000), long_text(120_000)


def test_extraction_work_grows_linearly_with_the_text(texts, monkeypatch):
    short, long = (_work(t, monkeypatch) for t in texts)
    assert 1.9 <= long["sentences"] / short["sentences"] <= 2.1
    assert short["rows"]["visits"] > 50 and short["rows"]["documents"] > 20 and short["rows"]["trade_energy_mentions"] > 3
    for measure in ("regex", "automaton", "compared"):
        assert short[measure] > 0, measure
        # twice the text, twice the work (a whole-text scan per sentence would make it four times)
        assert long[measure] / short[measure] <= 2.3, (measure, short[measure], long[measure])
    # the regexes read each character of the text a bounded number of times, whatever its length
    assert long["regex"] / len(texts[1]) <= 1.1 * short["regex"] / len(texts[0])
    # whole-article helpers run once per article, not once per sentence that needs them
    assert long["city"] <= 1 and long["countries"] <= 1


def test_words_of_a_long_text_are_found_in_one_pass(monkeypatch):
    """Surnames and full names of a long text are found with one automaton over the text, not
    one search of the whole text per name (names x text); both ways find the same matches and
    actors."""
    text = long_text(150_000)
    calls = []
    one_pass = entities.occurrences

    def counted(t, words):
        calls.append(len(words))
        return one_pass(t, words)

    def build():
        art = article.Article.build("long", text, None, datetime(2024, 3, 10), "Reuters")
        return art.matches, [(a.start, a.end, a.name, a.iso3, a.role) for a in art.actors.actors]

    monkeypatch.setattr(actors, "occurrences", counted)
    monkeypatch.setattr(article, "occurrences", counted)
    monkeypatch.setattr(actors, "ONE_PASS_ABOVE", 0)
    monkeypatch.setattr(article, "_ONE_PASS_TEXT", 0)
    one = build()
    assert len(calls) == 2  # the namesakes test of the gazetteer's matches, the surnames of the actors
    monkeypatch.setattr(actors, "ONE_PASS_ABOVE", 10 ** 12)
    monkeypatch.setattr(article, "_ONE_PASS_TEXT", 10 ** 12)
    each = build()
    assert len(calls) == 2
    assert one == each and len(one[1]) > 1000


def test_long_sentences_frame_equals_the_splitter(texts):
    """The vectorized splitter cuts each sentence from its own pieces: the same spans and texts
    as the Python splitter on a long text."""
    from dagster_project.extraction.sentences import split_sentences

    text = texts[1]
    frame = sentences_frame(_article(text)).filter(pl.col("sentence_idx") >= 0)
    spans = split_sentences(text)
    assert list(zip(frame["start"], frame["end"])) == spans
    assert frame["sentence"].to_list() == [text[s:e] for s, e in spans]
